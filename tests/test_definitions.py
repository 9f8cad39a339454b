"""The code location: loads offline with default settings; keys, lineage, kinds, checks, schedule; manifest freshness."""

import os
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest

from ai_etl.dbt.project import DbtParseError, dbt_setup, ensure_manifest
from ai_etl.definitions import build_definitions
from ai_etl.project_files import load_project

REPO = Path(__file__).resolve().parent.parent


def test_definitions_load_with_no_environment_beyond_defaults(tmp_path):
    """A bare environment (no AI_ETL_*, no secrets, no DAGSTER_HOME) loads the repository's demo project."""
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path)}
    code = "from ai_etl.definitions import defs; print(len([s for s in defs.resolve_all_asset_specs() if s.group_name != 'ecommerce_ops']))"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "4"  # source, raw, staging, mart


def test_asset_graph_keys_lineage_kinds_and_groups(workspace):
    defs = build_definitions(workspace / "projects" / "ecommerce", prepare=True)
    specs = {s.key.to_user_string(): s for s in defs.resolve_all_asset_specs() if s.group_name != "ecommerce_ops"}  # telemetry: tests/test_telemetry.py
    source, raw = "ecommerce/source/shop__sales_transactions", "ecommerce/raw/daily_sales__sales_transactions"
    staging, mart = "ecommerce/staging/stg_daily_sales__sales_transactions", "ecommerce/marts/daily_sales"
    assert set(specs) == {source, raw, staging, mart}
    upstream = {k: {d.asset_key.to_user_string() for d in s.deps} for k, s in specs.items()}
    assert upstream[raw] == {source}
    assert upstream[staging] == {raw}
    assert upstream[mart] == {staging}
    assert specs[source].kinds == {"postgres"}
    assert specs[raw].kinds == {"postgres", "clickhouse"}
    assert specs[mart].kinds == {"dbt", "clickhouse"}
    assert specs[source].group_name == "ecommerce__sources"
    assert {specs[k].group_name for k in (raw, staging, mart)} == {"ecommerce__daily_sales"}
    assert all(specs[k].code_version for k in (raw, staging, mart))

    checks = {k.to_user_string() for k in defs.resolve_asset_graph().asset_check_keys}
    assert f"{mart}:unique_daily_sales_transaction_date" in checks
    assert specs[mart].freshness_policy is not None  # from the daily schedule, evaluated by the daemon
    assert specs[staging].freshness_policy is None and specs[raw].freshness_policy is None
    assert f"{staging}:unique_stg_daily_sales__sales_transactions_id" in checks

    schedule = defs.resolve_schedule_def("daily_sales_schedule")
    assert schedule.cron_schedule == "0 2 * * *" and schedule.execution_timezone == "UTC"
    job = defs.resolve_job_def("ecommerce_pipelines")
    assert {k.to_user_string() for k in job.asset_layer.executable_asset_keys} == {raw, staging, mart}
    # the schedule runs the project job over the pipeline's own assets, tagged with the pipeline
    [request] = schedule.evaluate_tick(dg.build_schedule_context()).run_requests
    assert {k.to_user_string() for k in request.asset_selection} == {raw, staging, mart}
    assert request.job_name == "ecommerce_pipelines" and request.tags["ai_etl/pipeline"] == "daily_sales"


def test_manifest_is_reused_then_reparsed_after_an_edit(workspace):
    setup = dbt_setup(load_project(workspace / "projects" / "ecommerce"))
    manifest = ensure_manifest(setup)
    stamp = manifest.stat().st_mtime_ns
    assert setup.is_fresh()
    assert ensure_manifest(setup).stat().st_mtime_ns == stamp  # fresh: not parsed again

    mart = setup.models_dir / "daily_sales" / "marts" / "daily_sales.sql"
    mart.write_text(mart.read_text().replace("count() AS transactions", "count() AS transactions, max(amount) AS largest"))
    assert not setup.is_fresh()
    ensure_manifest(setup)
    assert "largest" in manifest.read_text()


def test_broken_model_gives_a_clear_parse_error(workspace):
    setup = dbt_setup(load_project(workspace / "projects" / "ecommerce"))
    mart = setup.models_dir / "daily_sales" / "marts" / "daily_sales.sql"
    mart.write_text(mart.read_text() + "\n{{ ref('no_such_model') }}\n")
    with pytest.raises(DbtParseError, match="dbt parse failed for project 'ecommerce'.*no_such_model"):
        ensure_manifest(setup)


def test_second_project_reuses_model_names_without_conflict(workspace):
    """Projects are isolated: each parses only its own models, so names may repeat across projects."""
    import shutil

    shutil.copytree(workspace / "projects" / "ecommerce", workspace / "projects" / "shop2")
    (workspace / "projects" / "shop2" / "project.yaml").write_text(
        (workspace / "projects" / "shop2" / "project.yaml").read_text().replace("name: ecommerce", "name: shop2").replace("database: ecommerce", "database: shop2")
    )

    keys = {
        name: {s.key.to_user_string() for s in build_definitions(workspace / "projects" / name, prepare=True).resolve_all_asset_specs()}
        for name in ("ecommerce", "shop2")
    }
    assert "shop2/marts/daily_sales" in keys["shop2"] and "ecommerce/marts/daily_sales" in keys["ecommerce"]
    assert not any(k.startswith("ecommerce/") for k in keys["shop2"])
