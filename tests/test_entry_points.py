"""The location through Dagster's own tools, which run the repository-wide checks that
`dagster asset materialize` and `execute_in_process` skip (an op named like its job passed those
and failed `dagster dev`): `dg check defs`, `dagster definitions validate` over a workspace with
several projects, and a location load that only reads."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest
import yaml

from ai_etl.definitions import build_definitions
from ai_etl.location import NotPreparedError
from ai_etl.prepare import prepare_project
from ai_etl.project_files import load_project

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def two_project_workspace(workspace: Path) -> Path:
    """The demo project and a second one (`shop2`) with a pipeline of its own, both prepared."""
    second = workspace / "projects" / "shop2"
    shutil.copytree(workspace / "projects" / "ecommerce", second)
    text = (second / "project.yaml").read_text().replace("name: ecommerce", "name: shop2").replace("database: ecommerce", "database: shop2")
    (second / "project.yaml").write_text(text)
    daily = (second / "pipelines" / "daily_sales.yaml").read_text()
    (second / "pipelines" / "weekly_sales.yaml").write_text(
        daily.replace("name: daily_sales", "name: weekly_sales").replace("table: daily_sales", "table: weekly_sales").replace("0 2 * * *", "0 3 * * 1")
    )
    for name in ("ecommerce", "shop2"):
        prepare_project(load_project(workspace / "projects" / name))
    locations = [{"python_module": {"module_name": "ai_etl.definitions", "attribute": n, "location_name": n}} for n in ("ecommerce", "shop2")]
    (workspace / "workspace.yaml").write_text(yaml.safe_dump({"load_from": locations}))
    return workspace


def dagster_env(workspace: Path, tmp_path: Path) -> dict:
    home = tmp_path / "dagster_home"
    home.mkdir(exist_ok=True)
    from ai_etl.cli import DAGSTER_YAML

    (home / "dagster.yaml").write_text(DAGSTER_YAML)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AI_ETL_", "DAGSTER_"))}
    return {**env, "AI_ETL_WORKSPACE": str(workspace), "DAGSTER_HOME": str(home)}


def test_dagster_definitions_validate_passes_over_a_workspace_of_two_projects(workspace, tmp_path):
    root = two_project_workspace(workspace)
    done = subprocess.run(
        [str(BIN / "dagster"), "definitions", "validate", "-w", str(root / "workspace.yaml")],
        capture_output=True, text=True, cwd=root, env=dagster_env(root, tmp_path),
    )  # fmt: skip
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-3000:]
    assert "Validation successful for code location ecommerce" in output
    assert "Validation successful for code location shop2" in output
    assert "Traceback" not in output and "Warning" not in output.replace("SupersessionWarning", "")


def test_dg_check_defs_passes_and_warns_of_nothing_of_ours(workspace, tmp_path):
    """`dg` reads [tool.dg] of the repository's pyproject: the location is `ai_etl.definitions`'s `defs`."""
    prepare_project(load_project(workspace / "projects" / "ecommerce"))
    env = {**dagster_env(workspace, tmp_path), "AI_ETL_PROJECT": str(workspace / "projects" / "ecommerce")}
    done = subprocess.run([str(BIN / "dg"), "check", "defs"], capture_output=True, text=True, cwd=REPO, env=env)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-3000:]
    assert "All definitions loaded successfully" in output
    assert "Warning" not in output and "WARNING" not in output.replace("No dagster instance configuration", ""), output[-3000:]


def test_the_repository_passes_dagsters_own_checks_in_process(workspace):
    """`Definitions.validate_loadable` runs the checks `dagster dev` runs (unique op/graph names...)."""
    root = two_project_workspace(workspace)
    for name in ("ecommerce", "shop2"):
        defs = build_definitions(root / "projects" / name)
        dg.Definitions.validate_loadable(defs)
        jobs = {job.name for job in defs.get_repository_def().get_all_jobs()}
        assert {"generate_pipeline", "reflect", f"{name}_pipelines"} <= jobs
    assert "weekly_sales_schedule" in {s.name for s in build_definitions(root / "projects" / "shop2").schedules}


def _tree_digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*")) if p.is_file()}


def test_loading_the_location_only_reads(workspace):
    """A deployed code server must not write to the repository: compile, parse and artifact
    records are `ai-etl prepare`'s; the load reads what it prepared and writes nothing."""
    project = workspace / "projects" / "ecommerce"
    prepare_project(load_project(project))
    before = _tree_digest(workspace)
    defs = build_definitions(project)
    assert "ecommerce/marts/daily_sales" in {s.key.to_user_string() for s in defs.resolve_all_asset_specs()}
    assert _tree_digest(workspace) == before


def test_an_unprepared_project_is_a_clear_error_when_loading_must_not_write(workspace):
    project = workspace / "projects" / "ecommerce"
    with pytest.raises(NotPreparedError, match=r"run `ai-etl prepare`"):
        build_definitions(project, prepare=False)
    assert not (workspace / "dbt_project" / "target").exists()


def test_a_project_never_prepared_is_prepared_by_its_first_load(workspace):
    """A fresh checkout has no manifest: Dagster's own loaders (validate, `dg check defs`) prepare it once."""
    project = workspace / "projects" / "ecommerce"
    defs = build_definitions(project)
    assert "ecommerce/marts/daily_sales" in {s.key.to_user_string() for s in defs.resolve_all_asset_specs()}
    assert (workspace / "dbt_project" / "target" / "ecommerce" / "manifest.json").exists()


def test_dagster_definitions_validate_loads_a_fresh_checkout(workspace, tmp_path):
    """`dagster definitions validate -m ai_etl.definitions` failed with 'no dbt manifest' before any prepare."""
    assert not (workspace / "dbt_project" / "target").exists()
    env = {**dagster_env(workspace, tmp_path), "AI_ETL_PROJECT": str(workspace / "projects" / "ecommerce")}
    done = subprocess.run([str(BIN / "dagster"), "definitions", "validate", "-m", "ai_etl.definitions"], capture_output=True, text=True, cwd=workspace, env=env)
    output = done.stdout + done.stderr
    assert done.returncode == 0 and "Validation successful" in output, output[-3000:]
    assert "Traceback" not in output


def test_an_edited_pipeline_is_loaded_after_prepare_and_flagged_stale_before(workspace, caplog):
    project = workspace / "projects" / "ecommerce"
    prepare_project(load_project(project))
    spec = project / "pipelines" / "daily_sales.yaml"
    spec.write_text(spec.read_text().replace("0 2 * * *", "0 5 * * *"))
    build_definitions(project)
    assert "run `ai-etl prepare`" in caplog.text
    assert build_definitions(project, prepare=True).resolve_schedule_def("daily_sales_schedule").cron_schedule == "0 5 * * *"
