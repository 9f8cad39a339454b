"""The product through the entry point its users use: a real `dagster dev` (webserver + daemon),
driven through the webserver's GraphQL API as the UI drives it.

One `dagster dev` for the module, on a throwaway copy of projects/ecommerce whose shop database is
a copy of its own (the last test renames a source column). The tests build on each other, in order:
the demo location loads -> `generate_pipeline` writes a new pipeline and its assets appear ->
the new pipeline's job runs -> a renamed source column fails it -> the repair sensor's `reflect`
run stores a proposal.
"""

from __future__ import annotations

import re
import time

import psycopg
import pytest
import yaml
from dagster_dev import DagsterDev, dagster_dev_on_a_copy, demo_database

SOURCE = "ecommerce/source/shop__sales_transactions"
RAW = "ecommerce/raw/daily_sales__sales_transactions"
STAGING = "ecommerce/staging/stg_daily_sales__sales_transactions"
MART = "ecommerce/marts/daily_sales"
REQUEST = "Active products per category, hourly"
NEW_ASSETS_TIMEOUT_S = 60  # the generate run reloads the location through the webserver
SENSOR_TIMEOUT_S = 240  # run-failure sensors tick every ~30 s; the daemon then queues and launches
FAILING_RUN_TIMEOUT_S = 480  # the step retries twice first (pipeline default: 30 s, then 90 s)


@pytest.fixture(scope="module")
def ui_shop_url(pg_server) -> str:
    """The demo shop in a database of this module's own: its source gets broken on purpose."""
    return demo_database(pg_server, "dagster_ui_shop")


@pytest.fixture(scope="module")
def dev(tmp_path_factory, ui_shop_url):
    with dagster_dev_on_a_copy(tmp_path_factory.mktemp("dagster_ui"), ui_shop_url) as running:
        yield running


@pytest.fixture(scope="module")
def generated() -> dict:
    """What the generate test made, for the tests after it."""
    return {}


def needs(generated: dict, *keys: str) -> None:
    missing = [k for k in keys if k not in generated]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} from test_generate_pipeline_run_writes_a_pipeline_whose_assets_appear (it failed or did not run)")


def check_names(node: dict) -> set[str]:
    checks = node["assetChecksOrError"]
    assert checks["__typename"] == "AssetChecks", checks
    return {c["name"] for c in checks["checks"]}


def upstream(node: dict) -> set[str]:
    return {"/".join(d["path"]) for d in node["dependencyKeys"]}


# ------------------------------------------------------------------ the demo location


def test_location_loads_the_demo_pipeline_with_lineage_and_dbt_tests_as_checks(dev: DagsterDev):
    assert dev.location_error() is None
    everything = dev.assets()
    assets = {key: node for key, node in everything.items() if not key.startswith("ecommerce/ops/")}
    assert set(assets) == {SOURCE, RAW, STAGING, MART}, f"assets in the location: {sorted(everything)}"
    assert {"ecommerce/ops/runs", "ecommerce/ops/pipeline_health"} <= set(everything)  # telemetry, its own group
    assert upstream(assets[SOURCE]) == set()
    assert upstream(assets[RAW]) == {SOURCE}
    assert upstream(assets[STAGING]) == {RAW}
    assert upstream(assets[MART]) == {STAGING}
    assert {assets[k]["groupName"] for k in (RAW, STAGING, MART)} == {"ecommerce__daily_sales"}
    assert all("ecommerce_pipelines" in assets[k]["jobNames"] for k in (RAW, STAGING, MART))
    assert {"dbt", "clickhouse"} <= set(assets[MART]["kinds"])

    assert "unique_daily_sales_transaction_date" in check_names(assets[MART])  # the mart's dbt test
    assert "anomalies" in check_names(assets[MART]) and "anomalies" in check_names(assets[RAW])  # ai_etl/assets/anomaly_checks.py
    assert "anomalies" not in check_names(assets[STAGING])
    assert {"unique_stg_daily_sales__sales_transactions_id", "not_null_stg_daily_sales__sales_transactions_id"} <= check_names(assets[STAGING])


def test_jobs_schedule_and_a_running_repair_sensor(dev: DagsterDev):
    repo = dev.repository()
    jobs = {j["name"] for j in repo["jobs"]}
    assert {"ecommerce_pipelines", "generate_pipeline", "reflect"} <= jobs, sorted(jobs)
    schedules = {s["name"]: s for s in repo["schedules"]}
    assert "daily_sales_schedule" in schedules, sorted(schedules)
    assert schedules["daily_sales_schedule"]["cronSchedule"] == "0 2 * * *"
    assert schedules["daily_sales_schedule"]["scheduleState"]["status"] == "STOPPED"  # off until switched on (README)
    sensors = {s["name"]: s["sensorState"]["status"] for s in repo["sensors"]}
    assert sensors.get("ecommerce_repair_sensor") == "RUNNING", sensors


# ------------------------------------------------------------------ generate from the launchpad


def test_generate_pipeline_run_writes_a_pipeline_whose_assets_appear(dev: DagsterDev, generated: dict):
    pipelines_dir = dev.project_dir / "pipelines"
    before_files = {p.name for p in pipelines_dir.glob("*.yaml")}
    before_assets = set(dev.assets())

    started = time.monotonic()
    run_id = dev.launch("generate_pipeline", {"ops": {"generate": {"config": {"request": REQUEST}}}})
    run = dev.wait_for_run(run_id)
    assert run["status"] == "SUCCESS", f"generate_pipeline run {run_id} ended {run['status']}\n{dev.run_errors(run_id)}\n{dev.log_tail()}"
    print(f"generate_pipeline run: {time.monotonic() - started:.0f} s")

    new_files = sorted({p.name for p in pipelines_dir.glob("*.yaml")} - before_files)
    assert len(new_files) == 1, f"pipeline files written: {new_files}"
    spec = yaml.safe_load((pipelines_dir / new_files[0]).read_text())
    name = spec["name"]
    group = f"ecommerce__{name}"

    # The run reloaded the location through the webserver it runs under; this test never asks for a reload.
    def new_group_loaded():
        assets = dev.assets()
        in_group = {k: n for k, n in assets.items() if n["groupName"] == group}
        schedules = {s["name"] for s in dev.repository()["schedules"]}
        return in_group if in_group and (f"{name}_schedule" in schedules or not spec.get("schedule")) else None

    def reload_messages() -> str:
        return dev.run_errors(run_id, limit=40)

    in_group = dev.wait_for(
        f"the assets of the generated pipeline {name} (group {group}) and its schedule to appear without a manual reload",
        new_group_loaded, NEW_ASSETS_TIMEOUT_S, every=2.0, details=reload_messages,
    )  # fmt: skip
    print(f"generated pipeline {name}: assets visible {time.monotonic() - started:.0f} s after launch")
    assert dev.location_error() is None
    assets = dev.assets()
    assert {MART, STAGING, RAW, SOURCE} <= set(assets), "the demo pipeline's assets are still there"
    new_keys = set(assets) - before_assets
    raw = [k for k in in_group if k.startswith("ecommerce/raw/")]
    marts = [k for k in in_group if k.startswith("ecommerce/marts/")]
    assert raw and marts, f"new assets: {sorted(new_keys)}"
    source_key = f"ecommerce/source/shop__{spec['source']['table']}"
    assert source_key in assets and upstream(assets[raw[0]]) == {source_key}
    assert all(upstream(assets[m]) for m in marts) and any(check_names(assets[m]) for m in marts)
    generated.update(name=name, spec=spec, marts=marts, raw=raw)


def test_the_generated_pipeline_job_succeeds(dev: DagsterDev, generated: dict):
    needs(generated, "name")
    started = time.monotonic()
    run = dev.run_pipeline(generated["name"])  # what its schedule launches
    assert run["tags"].get("ai_etl/pipeline") == generated["name"]
    print(f"{generated['name']} run: {time.monotonic() - started:.0f} s")
    generated["succeeded_run"] = run["runId"]


# ------------------------------------------------------------------ a broken source -> the repair loop


def test_a_renamed_source_column_fails_the_run_and_the_repair_sensor_proposes_a_fix(dev: DagsterDev, generated: dict, ui_shop_url: str):
    needs(generated, "name", "succeeded_run")
    name, spec = generated["name"], generated["spec"]
    table = spec["source"]["table"]
    column = grouped_column(spec)
    renamed = f"{table.removesuffix('s')}_{column}"  # products.category -> product_category
    with psycopg.connect(ui_shop_url, autocommit=True) as conn:
        conn.execute(f'alter table "{table}" rename column "{column}" to "{renamed}"')

    started = time.monotonic()
    # launched as the UI's Materialize button does (no pipeline tag): the sensor finds the pipeline by its assets
    failed = dev.materialize(dev.pipeline_assets(name), expect="FAILURE", timeout=FAILING_RUN_TIMEOUT_S)
    print(f"{name} failed in {time.monotonic() - started:.0f} s (retries included)")
    failed_id = failed["runId"]
    errors = dev.run_errors(failed_id)
    assert f"`{column}`" in errors or f'"{column}"' in errors, f"the run should fail on the missing column {column}:\n{errors}"

    def reflect_run():
        runs = dev.runs(job="reflect", tags={"ai_etl/failed_run": failed_id})
        return runs[0] if runs else None

    def sensor_state() -> str:
        return f"reflect runs: {dev.runs(job='reflect')}\n" + "\n".join(
            line for line in dev.log.read_text(errors="replace").splitlines() if "repair_sensor" in line
        )[-3000:]

    reflect = dev.wait_for(f"the repair sensor's reflect run for failed run {failed_id}", reflect_run, SENSOR_TIMEOUT_S, every=3.0, details=sensor_state)
    print(f"reflect run {reflect['runId']} launched {time.monotonic() - started:.0f} s after the failing run started")
    assert reflect["tags"].get("ai_etl/pipeline") == name
    done = dev.wait_for_run(reflect["runId"])
    assert done["status"] == "SUCCESS", f"reflect run ended {done['status']}\n{dev.run_errors(reflect['runId'])}"

    listed = dev.cli("artifacts", "list", "--status", "proposed")
    assert listed.returncode == 0, listed.stderr
    proposals = [line for line in listed.stdout.splitlines() if f"pipelines/{name}.yaml" in line and "proposed" in line]
    assert proposals, f"no proposal for pipelines/{name}.yaml:\n{listed.stdout}\n{listed.stderr}\n{dev.run_errors(reflect['runId'], limit=40)}"
    version_id = re.match(r"\s*(\d+)", proposals[0]).group(1)
    shown = dev.cli("artifacts", "show", version_id)
    assert shown.returncode == 0, shown.stderr
    assert renamed in shown.stdout, f"the proposal does not follow the rename {column} -> {renamed}:\n{shown.stdout}"
    print(f"proposal {version_id} {time.monotonic() - started:.0f} s after the failing run started")


def grouped_column(spec: dict) -> str:
    """The first group-by column of the pipeline's aggregate: renaming it must break the pipeline."""
    for step in spec.get("transformations", []):
        if step.get("type") == "aggregate":
            key = step["group_by"][0]
            return key["name"] if isinstance(key, dict) else key
    raise AssertionError(f"the generated pipeline has no aggregate step: {spec}")
