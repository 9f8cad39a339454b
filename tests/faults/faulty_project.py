"""Projects with one bad thing beside a good pipeline, on the real engines (tests/faults/)."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest
import yaml
from project_builder import make_project, pipeline

from ai_etl.dbt.project import DbtParseError, dbt_setup, parse
from ai_etl.project_files import load_project

# `source:` is a flow mapping never closed: libyaml stops at line 4
MALFORMED = """name: bad
type: on_demand
source: {type: postgres, connector: shop, table: orders
target: {type: clickhouse, connector: warehouse, table: bad_out}
"""
MALFORMED_LINE = 4

BY_STATUS = [{"type": "aggregate", "group_by": ["status"], "measures": [{"name": "orders", "expr": "count()"}]}]


def good_pipeline(name: str = "good", target: str = "orders_by_status", **extra) -> dict:
    """Orders counted per status: a raw table, a staging view and a mart."""
    return pipeline(name, {"table": "orders"}, target, transformations=BY_STATUS, **extra)


def faulty_project(root: Path, pipelines: list[dict], bad: dict[str, str | bytes] | None = None, name: str = "faulty") -> Path:
    """`make_project` plus pipeline files written as given (`bad`: file name -> content)."""
    project = make_project(root, name, pipelines)
    for file_name, content in (bad or {}).items():
        path = project / "pipelines" / file_name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content)
    return project


def prepared_keep_and_good(root: Path) -> Path:
    """`keep` and `good` (orders per status), prepared: compiled and parsed."""
    from ai_etl.prepare import prepare_project

    project = faulty_project(root, [good_pipeline("keep", "kept_by_status"), good_pipeline("good", "good_by_status")])
    prepare_project(load_project(project))
    return project


def good_mart(project: Path) -> Path:
    """The generated mart model of `good` (as `prepared_keep_and_good` makes it)."""
    return project.parent.parent / "dbt_project" / "models" / "faulty" / "good" / "marts" / "good_by_status.sql"


def write_pipeline(project: Path, spec: dict) -> Path:
    path = project / "pipelines" / f"{spec['name']}.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return path


def run_selection(defs: dg.Definitions, selection: str, raise_on_error: bool = True) -> dg.ExecuteInProcessResult:
    """Materialize a selection of already built definitions in-process, as the UI's Materialize does."""
    keys = list(dg.AssetSelection.from_string(selection).resolve(defs.resolve_asset_graph()))
    job = defs.resolve_implicit_global_asset_job_def()
    return job.execute_in_process(instance=dg.DagsterInstance.ephemeral(), asset_selection=keys, raise_on_error=raise_on_error)


def asset_specs(defs: dg.Definitions) -> dict[str, dg.AssetSpec]:
    """Every asset of the definitions by its key as the UI writes it ('faulty/broken/old')."""
    return {spec.key.to_user_string(): spec for spec in defs.resolve_all_asset_specs()}


def parse_fails_without_the_skip(project: Path, match: str) -> None:
    """What `.dbtignore` prevents: dbt reading every model folder fails for the whole project."""
    (project.parent.parent / "dbt_project" / ".dbtignore").unlink()
    with pytest.raises(DbtParseError, match=match):
        parse(dbt_setup(load_project(project)))
