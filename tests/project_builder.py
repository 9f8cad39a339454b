"""Build throwaway projects on the real engines and materialize them in-process."""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import clickhouse_connect
import dagster as dg
import yaml

from ai_etl.definitions import build_definitions
from ai_etl.telemetry.dagster_defs import telemetry_group

REPO = Path(__file__).resolve().parent.parent


def make_project(root: Path, name: str, pipelines: list[dict], lake: dict | None = None) -> Path:
    """A workspace at `root` with projects/<name>; `shop` reads $SHOP_DATABASE_URL."""
    project = root / "projects" / name
    (project / "pipelines").mkdir(parents=True, exist_ok=True)
    if not (root / "dbt_project").exists():
        shutil.copytree(REPO / "dbt_project", root / "dbt_project", ignore=shutil.ignore_patterns("target", "logs", "models"))
        (root / "dbt_project" / "models").mkdir()
    connectors = {
        "shop": {"type": "postgres", "url_env": "SHOP_DATABASE_URL"},
        "warehouse": {"type": "clickhouse", "url": "chdb://.data/warehouse", "database": name},
        "lake": lake or {"type": "files", "root": "lake"},
    }
    (project / "project.yaml").write_text(yaml.safe_dump({"name": name, "connectors": connectors}))
    for pipeline in pipelines:
        (project / "pipelines" / f"{pipeline['name']}.yaml").write_text(yaml.safe_dump(pipeline, sort_keys=False))
    return project


def as_shop(db, monkeypatch, setup: str):
    """`db` after running `setup`, as the `shop` connector of `make_project`'s projects ($SHOP_DATABASE_URL)."""
    with db.connect() as conn:
        conn.execute(setup)
    monkeypatch.setenv("SHOP_DATABASE_URL", db.url)
    return db


def pipeline(name: str, source: dict, target_table: str, transformations=(), load=None, **extra) -> dict:
    spec = {
        "name": name,
        "type": "on_demand",
        "source": {"connector": "shop", **source} if "type" in source else {"type": "postgres", "connector": "shop", **source},
        "target": {"type": "clickhouse", "connector": "warehouse", "table": target_table},
        "transformations": list(transformations),
        "retries": {"max_retries": 0},
        **extra,
    }
    if load:
        spec["load"] = load
    return spec


def materialize(project: Path, selection: str | None = None, raise_on_error: bool = True, instance: dg.DagsterInstance | None = None) -> dg.ExecuteInProcessResult:
    defs = build_definitions(project, prepare=True)
    job = defs.resolve_implicit_global_asset_job_def()
    # the project's pipelines, not its telemetry (which records finished runs: ai_etl/telemetry)
    chosen = dg.AssetSelection.from_string(selection) if selection else dg.AssetSelection.all() - dg.AssetSelection.groups(telemetry_group(project.name))
    graph = defs.resolve_asset_graph()
    keys = [key for key in chosen.resolve(graph) if graph.get(key).is_executable]
    return job.execute_in_process(instance=instance or dg.DagsterInstance.ephemeral(), asset_selection=keys, raise_on_error=raise_on_error)


def query(project: Path, sql: str) -> list[tuple]:
    client = clickhouse_connect.get_client(dsn=f"chdb://{project / '.data' / 'warehouse'}")
    try:
        return [tuple(row) for row in client.query(sql).result_rows]
    finally:
        client.close()


def normalized(rows) -> list[tuple]:
    """Rows comparable across engines: decimals and floats rounded to cents, sorted as a multiset."""

    def value(v):
        if isinstance(v, Decimal | float):
            return round(float(v), 2)
        if hasattr(v, "tzinfo") and hasattr(v, "hour") and v.tzinfo is not None:
            return v.replace(tzinfo=None)
        return v

    return sorted((tuple(value(v) for v in row) for row in rows), key=repr)


@contextmanager
def shop_database(url: str):
    """$SHOP_DATABASE_URL set to `url` for a module-scoped fixture (monkeypatch is per test), restored after."""
    previous = os.environ.get("SHOP_DATABASE_URL")
    os.environ["SHOP_DATABASE_URL"] = url
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("SHOP_DATABASE_URL", None)
        else:
            os.environ["SHOP_DATABASE_URL"] = previous
