"""A `type: cdc` pipeline file through the code location: its assets, sensor, metadata and check, and
runs materialized in-process on embedded PostgreSQL + chDB, with and without dbt models downstream."""

from __future__ import annotations

import json
import re

import dagster as dg
import pytest
from conftest import run_cli
from project_builder import as_shop, make_project, materialize, normalized, pipeline, query

from ai_etl.cdc.slot import drop_replication
from ai_etl.definitions import build_definitions
from ai_etl.errors import ConfigError
from ai_etl.project_files import load_project
from ai_etl.validation import validate_project

SETUP = """
create table orders (id bigint primary key, customer_id bigint not null, amount numeric(12,2), status text not null);
insert into orders select g, g % 7, g * 1.25, case when g % 3 = 0 then 'completed' else 'pending' end from generate_series(1, 200) g;
create table customers (id bigint primary key, name text not null);
insert into customers select g, 'c' || g from generate_series(0, 6) g;
"""


@pytest.fixture
def source(scratch_db, monkeypatch):
    yield as_shop(scratch_db, monkeypatch, SETUP)
    with scratch_db.connect() as conn:
        for name in conn.execute("select slot_name from pg_replication_slots where slot_name like 'ai_etl_%'").fetchall():
            drop_replication(conn, name[0])


def cdc_pipeline(name: str, tables: list[str], target: str, **extra) -> dict:
    spec = pipeline(name, {"tables": tables}, target, **extra)
    spec["type"] = "cdc"
    spec["cdc"] = {"every": "30s", **spec.get("cdc", {})}
    return spec


def test_a_cdc_pipeline_is_assets_a_sensor_and_a_wal_check(source, tmp_path):
    project = make_project(tmp_path, "rep", [cdc_pipeline("mirror", ["orders", "customers"], "mirror")])
    defs = build_definitions(project, prepare=True)
    specs = {s.key.to_user_string(): s for s in defs.resolve_all_asset_specs()}
    assert {"rep/raw/mirror__orders", "rep/raw/mirror__customers", "rep/source/shop__orders"} <= set(specs)
    assert specs["rep/raw/mirror__orders"].kinds == {"postgres", "clickhouse"}
    assert specs["rep/raw/mirror__orders"].metadata["current_view"] == "rep.mirror__orders_current"
    sensor = defs.resolve_sensor_def("mirror_cdc_sensor")
    assert sensor.minimum_interval_seconds == 30
    checks = {k.to_user_string() for k in defs.resolve_asset_graph().asset_check_keys}
    assert "rep/raw/mirror__orders:retained_wal_within_threshold" in checks
    assert {"rep/raw/mirror__orders:anomalies", "rep/raw/mirror__customers:anomalies"} <= checks  # ai_etl/assets/anomaly_checks.py

    first = materialize(project)
    assert first.success
    assert query(project, "SELECT count() FROM rep.mirror__orders_current") == [(200,)]
    with source.connect() as conn:
        conn.execute("update orders set amount = 0, status = 'completed' where id <= 10")
        conn.execute("delete from orders where id > 190")
        conn.execute("update customers set name = 'renamed' where id = 3")
    second = materialize(project)
    events = second.get_asset_materialization_events()
    metadata = {e.asset_key.to_user_string(): e.materialization.metadata for e in events}
    orders = metadata["rep/raw/mirror__orders"]
    assert orders["changes_applied"].value == 20 and orders["dagster/row_count"].value == 190
    assert orders["retained_wal_bytes"].value > 0 and orders["retained_wal_over_threshold"].value is False
    assert "/" in orders["lsn"].value and orders["lag_s"].value >= 0
    [check] = [c for c in second.get_asset_check_evaluations() if c.asset_check_key.name == "retained_wal_within_threshold"]
    assert check.passed
    anomalies = [c for c in second.get_asset_check_evaluations() if c.asset_check_key.name == "anomalies"]
    assert len(anomalies) == 2 and all(c.passed and c.description.startswith("Not enough history") for c in anomalies)
    with source.connect() as conn:
        expected = conn.execute("select id, customer_id, amount, status from orders").fetchall()
    assert normalized(query(project, "SELECT id, customer_id, amount, status FROM rep.mirror__orders_current")) == normalized(expected)
    assert query(project, "SELECT name FROM rep.mirror__customers_current WHERE id = 3") == [("renamed",)]


def test_dbt_models_read_the_current_state(source, tmp_path):
    transforms = [
        {"type": "filter", "condition": "status = 'completed'"},
        {"type": "aggregate", "group_by": ["customer_id"], "measures": [{"name": "revenue", "expr": "sum(amount)"}]},
    ]
    spec = cdc_pipeline("revenue", ["orders"], "revenue_by_customer", transformations=transforms, cdc={"max_retained_wal_mb": 1})
    project = make_project(tmp_path, "rep", [spec])
    assert materialize(project).success
    with source.connect() as conn:
        conn.execute("update orders set status = 'completed' where id < 30")
        conn.execute("delete from orders where id % 10 = 0")
        conn.execute("insert into orders select g, g % 7, 1, 'completed' from generate_series(1000, 1100) g")
        expected = conn.execute("select customer_id, sum(amount) from orders where status = 'completed' group by 1").fetchall()
    # a transaction left open holds the slot's restart point back: the ~3 MB written after it stay retained
    with source.connect(autocommit=False) as open_transaction:
        open_transaction.execute("create table held (x int)")
        with source.connect() as conn:
            conn.execute("create table filler as select g, md5(g::text) as t from generate_series(1, 40000) g")
        second = materialize(project)
        # runs or not, the slot watch sees the same (a consumer that stopped must not fill the disk silently)
        defs = build_definitions(project)
        with dg.instance_for_test() as instance:
            watched = defs.resolve_sensor_def("rep_cdc_slot_watch").evaluate_tick(dg.build_sensor_context(instance=instance, definitions=defs, resources=defs.resources))
        open_transaction.rollback()
    [observed] = [e for e in watched.asset_events if isinstance(e, dg.AssetCheckEvaluation)]
    assert not observed.passed and observed.asset_key == dg.AssetKey(["rep", "raw", "revenue__orders"])
    assert normalized(query(project, "SELECT customer_id, revenue FROM rep.revenue_by_customer")) == normalized(expected)
    [check] = [c for c in second.get_asset_check_evaluations() if c.asset_check_key.name == "retained_wal_within_threshold"]
    assert not check.passed and check.severity == dg.AssetCheckSeverity.WARN
    assert check.metadata["retained_wal_bytes"].value > 2**20


def test_cdc_spec_mistakes_are_one_sentence(tmp_path):
    bad = [
        ({"schedule": "0 2 * * *"}, "a cdc pipeline runs every `cdc.every` (30s..1h), not on a `schedule`"),
        ({"cdc": {"every": "5s"}}, "'5s' is outside 30s..1h"),
        ({"load": {"mode": "append"}}, "a cdc pipeline keeps its tables by replication; remove `load`"),
    ]
    for change, message in bad:
        spec = {**cdc_pipeline("p", ["orders"], "out"), **change}
        with pytest.raises(ConfigError, match=re.escape(message)):
            load_project(make_project(tmp_path / str(len(message)), "v", [spec])).pipeline("p")
    batch = pipeline("b", {"tables": ["orders"]}, "out")
    with pytest.raises(ConfigError, match="a batch pipeline reads one `table`"):
        load_project(make_project(tmp_path / "b", "v", [batch])).pipeline("b")


def test_the_sensor_skips_while_a_run_of_the_pipeline_is_active(source, tmp_path):
    project = make_project(tmp_path, "rep", [cdc_pipeline("mirror", ["orders"], "mirror")])
    defs = build_definitions(project, prepare=True)
    sensor = defs.resolve_sensor_def("mirror_cdc_sensor")
    with dg.instance_for_test() as instance:
        [request] = sensor.evaluate_tick(dg.build_sensor_context(instance=instance, definitions=defs)).run_requests
        assert request.tags["ai_etl/pipeline"] == "mirror"
        assert {k.to_user_string() for k in request.asset_selection} == {"rep/raw/mirror"}
        instance.add_run(dg.DagsterRun(job_name="rep_pipelines", run_id="r1", status=dg.DagsterRunStatus.STARTED, tags=request.tags))
        result = sensor.evaluate_tick(dg.build_sensor_context(instance=instance, definitions=defs, resources=defs.resources))
        assert not result.run_requests and "has not finished" in result.skip_message


def test_cdc_status_and_drop_on_the_command_line(source, tmp_path):
    project = make_project(tmp_path, "rep", [cdc_pipeline("mirror", ["orders"], "mirror"), pipeline("batch", {"table": "orders"}, "copy")])
    env = {"SHOP_DATABASE_URL": source.url}
    assert materialize(project, "key:rep/raw/mirror").success
    status = run_cli("cdc", "status", "--project", str(project), "--json", env=env)
    [mirror] = json.loads(status.stdout)["pipelines"]
    assert mirror["pipeline"] == "mirror" and mirror["slot"]["exists"] and mirror["slot"]["retained_wal_bytes"] > 0
    wrong = run_cli("cdc", "drop", "batch", "--project", str(project), env=env)
    assert wrong.returncode == 2 and wrong.stderr == "error: Project 'rep' has no cdc pipeline 'batch' and no slot ai_etl_rep_batch on its sources (its cdc pipelines: mirror).\n"
    dropped = run_cli("cdc", "drop", "mirror", "--project", str(project), env=env)
    assert dropped.returncode == 0, dropped.stderr
    assert "Dropped replication slot ai_etl_rep_mirror and publication ai_etl_rep_mirror" in dropped.stdout
    with source.connect() as conn:
        assert conn.execute("select count(*) from pg_replication_slots where slot_name = 'ai_etl_rep_mirror'").fetchone()[0] == 0
        assert conn.execute("select count(*) from pg_publication where pubname = 'ai_etl_rep_mirror'").fetchone()[0] == 0
    assert materialize(project, "key:rep/raw/mirror").success  # a new slot: the table is snapshotted again
    assert query(project, "SELECT count() FROM rep.mirror_current") == [(200,)]
    # the pipeline file deleted: its slot would hold WAL back for ever; status names it, drop removes it
    (project / "pipelines" / "mirror.yaml").unlink()
    status = run_cli("cdc", "status", "--project", str(project), env=env)
    assert status.returncode == 0 and status.stdout.startswith("Project 'rep' has no cdc pipeline.\nleftover slot ai_etl_rep_mirror on shop")
    assert status.stdout.rstrip().endswith("`ai-etl cdc drop mirror` removes it")
    dropped = run_cli("cdc", "drop", "mirror", "--project", str(project), env=env)
    assert dropped.returncode == 0 and "Dropped replication slot ai_etl_rep_mirror and publication ai_etl_rep_mirror" in dropped.stdout


def test_validate_names_a_table_without_a_key(source, tmp_path):
    with source.connect() as conn:
        conn.execute("create table events (kind text, n int)")
    refused = make_project(tmp_path / "a", "rep", [cdc_pipeline("events", ["orders", "events"], "events")])
    [problem] = validate_project(load_project(refused))
    assert str(problem).endswith(
        "field `source.tables`: Table public.events has no primary key, so its updates and deletes cannot be matched in ClickHouse; "
        "add a primary key, or set `cdc: {replica_identity_full: true}` to have ai-etl set REPLICA IDENTITY FULL on it."
    )
    accepted = make_project(tmp_path / "b", "rep", [cdc_pipeline("events", ["orders", "events"], "events", cdc={"replica_identity_full": True})])
    assert validate_project(load_project(accepted)) == []


def test_a_request_to_replicate_continuously_becomes_a_cdc_pipeline_that_runs(source, tmp_path):
    """The agents write `type: cdc` from the words ('continuously'), the file validates, and its asset
    replicates the table: the current-state view holds PostgreSQL's rows."""
    project = make_project(tmp_path, "rep", [])
    env = {"SHOP_DATABASE_URL": source.url}
    done = run_cli("generate", "Replicate the orders table to ClickHouse continuously", "--project", str(project), "--json", "--yes", env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    name = result["pipeline"]
    spec = load_project(project).pipeline(name)
    assert (spec.type, spec.cdc_settings.every, spec.schedule) == ("cdc", "1m", None)
    assert result["reading"][0] == "replicates table orders of PostgreSQL connector shop from its changes (a logical replication slot)"
    assert result["reading"][-1].startswith("runs every 1m")
    assert materialize(project, f"key:rep/raw/{name}").success
    with source.connect() as conn:
        expected = conn.execute("select count(*), sum(amount) from orders").fetchone()
    assert normalized(query(project, f"SELECT count(), sum(amount) FROM rep.{name}_current")) == normalized([expected])


def test_a_type_change_the_raw_table_cannot_follow_reaches_the_repair_loop_as_a_source_change(source, tmp_path):
    """The failed run is diagnosed as a source change: an alert saying what to do, never a code proposal."""
    from ai_etl.repair.diagnosis import classify
    from ai_etl.repair.reflect import reflect_on_failure
    from ai_etl.repair.dagster_defs import failure_from_run

    project = make_project(tmp_path, "rep", [cdc_pipeline("mirror", ["orders"], "mirror")])
    assert materialize(project).success
    with source.connect() as conn:
        conn.execute("alter table orders alter column customer_id type text using 'c' || customer_id")
        conn.execute("update orders set customer_id = 'vip' where id = 1")
    instance = dg.DagsterInstance.ephemeral()
    failed = materialize(project, raise_on_error=False, instance=instance)
    assert not failed.success
    failure = failure_from_run(instance, failed.dagster_run, project, "mirror")
    assert failure.error_class == "CdcSchemaError" and "changed type in PostgreSQL to text" in failure.message
    assert classify(failure).kind == "source"
    sent = []
    outcome = reflect_on_failure(load_project(project), failure, {}, notify=sent.append)
    assert outcome.diagnosis.kind == "source" and "no proposal" in outcome.explanation
    assert [n.event for n in sent] == ["failure", "alert"] and "ai-etl cdc drop" in sent[-1].summary
