"""The repair loop: diagnosis, the Reflector's fixes from evidence, the sensor's decisions, the
reflect job end to end with a webhook receiver, and the failure catalog (bench/repair_catalog.py)."""

from __future__ import annotations

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import dagster as dg
import pytest
from project_builder import make_project, pipeline

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.offline_model.run_repair import repair_run
from ai_etl.repair.contracts import RunRepairInput
from ai_etl.repair.diagnosis import RunFailure, classify

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))


def failure(message: str, error_class: str = "Failure", step: str = "models") -> RunFailure:
    return RunFailure(run_id="r1", project="p", pipeline="x", step_key=step, error_class=error_class, message=message)


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("Cannot connect to PostgreSQL at 127.0.0.1:9/shop (connection refused); check that the server is up", "infrastructure"),
        ('FATAL:  password authentication failed for user "etl"', "infrastructure"),
        ("No space left on device", "infrastructure"),
        ("Failure in test unique_stg_x__orders_id (models/x/staging/stg_x__orders.yml)\n  Got 25 results, configured to fail if != 0", "data"),
        ("Code: 47. DB::Exception: Unknown expression identifier `amount` in scope SELECT sum(amount)", "code"),
        ("Syntax error: failed at position 120 (',')", "code"),
    ],
)
def test_failures_are_classified(message, kind):
    assert classify(failure(message)).kind == kind


def test_the_same_failure_has_the_same_fingerprint_until_an_artifact_changes():
    a = failure("boom").model_copy(update={"artifact_versions": {"p.yaml": 1}})
    assert a.fingerprint() == a.model_copy(update={"run_id": "r2"}).fingerprint()
    assert a.fingerprint() != a.model_copy(update={"artifact_versions": {"p.yaml": 2}}).fingerprint()


def catalog(columns: dict[str, str], table: str = "orders") -> Catalog:
    return Catalog(connector="shop", tables=[CatalogTable(name=table, columns=[CatalogColumn(name=n, type=t) for n, t in columns.items()])])


SPEC = {
    "name": "x", "type": "on_demand", "source": {"type": "postgres", "connector": "shop", "table": "orders"},
    "target": {"type": "clickhouse", "connector": "warehouse", "table": "x"}, "load": {"key": ["id"]},
    "transformations": [{"type": "filter", "condition": "status = 'completed' and currency = 'EUR'"},
                        {"type": "aggregate", "group_by": ["region"], "measures": [{"name": "total", "expr": "sum(amount)"}]}],
}  # fmt: skip
BEFORE = {"orders": {"id": "bigint", "status": "text", "currency": "text", "region": "text", "amount": "numeric(12,2)"}}


def repair(message: str, now: dict[str, str], table: str = "orders", kind: str = "code", **extra):
    payload = RunRepairInput(failure=failure(message), kind=kind, pipeline=SPEC, previous_schema=BEFORE, catalog=catalog(now, table), **extra)
    return repair_run(payload)


def renamed(columns: dict[str, str], old: str, new: str) -> dict[str, str]:
    """The columns after `alter table ... rename column old to new` (same position, same type)."""
    return {new if name == old else name: kind for name, kind in columns.items()}


def test_a_renamed_column_is_followed():
    fixed = repair("Unknown expression identifier `amount`", renamed(BEFORE["orders"], "amount", "total_amount"))
    # the source's new name is read under the old one; every later step is unchanged (the contract stays)
    assert fixed.pipeline["transformations"] == [{"type": "rename", "columns": {"total_amount": "amount"}}, *SPEC["transformations"]]
    assert fixed.pipeline["load"] == SPEC["load"] and fixed.pipeline["target"] == SPEC["target"]
    assert "amount is now total_amount" in fixed.explanation and "still calls it amount" in fixed.explanation


def test_a_renamed_key_and_cursor_are_read_under_their_old_names_in_the_source_order():
    """The load reads the source (new names); the final table passes the columns through, where a
    rename step would move `id` last, so a select lists the source's columns in their order."""
    spec = {**SPEC, "load": {"mode": "upsert", "key": ["id"], "cursor": "updated_at"}, "transformations": [SPEC["transformations"][0]]}
    before = {"orders": {**BEFORE["orders"], "updated_at": "timestamp with time zone"}}
    now = renamed(renamed(before["orders"], "id", "order_id"), "updated_at", "modified_at")
    fixed = repair_run(RunRepairInput(failure=failure("Missing columns: 'updated_at'"), kind="code", pipeline=spec, previous_schema=before, catalog=catalog(now)))
    assert fixed.pipeline["load"] == {"mode": "upsert", "key": ["order_id"], "cursor": "modified_at"}
    assert fixed.pipeline["transformations"] == [
        {"type": "select", "columns": [{"name": "id", "from": "order_id"}, "status", "currency", "region", "amount", {"name": "updated_at", "from": "modified_at"}]},
        spec["transformations"][0],
    ]  # fmt: skip
    assert "id is now order_id" in fixed.explanation and "updated_at is now modified_at" in fixed.explanation


def test_a_renamed_column_is_aliased_where_the_pipeline_already_names_it():
    steps = [{"type": "select", "columns": ["id", "region", {"name": "net", "expr": "amount * 0.8"}, {"name": "amount", "cast": "Decimal(14, 2)"}]},
             {"type": "join", "table": "customers", "left_on": "id", "right_on": "customer_ref", "columns": ["segment", {"name": "city", "from": "town"}]},
             {"type": "aggregate", "group_by": ["region", "segment"], "measures": [{"name": "total", "expr": "sum(amount)"}]}]  # fmt: skip
    spec = {**SPEC, "transformations": steps}
    customers = {"customer_ref": "bigint", "segment": "text", "town": "text"}
    now = Catalog(connector="shop", tables=[
        catalog(renamed(BEFORE["orders"], "amount", "total_amount")).tables[0],
        catalog(renamed(renamed(customers, "customer_ref", "customer_id"), "town", "city_name"), "customers").tables[0],
    ])  # fmt: skip
    payload = RunRepairInput(failure=failure("Unknown expression identifier `amount`"), kind="code", pipeline=spec,
                             previous_schema={**BEFORE, "customers": customers}, catalog=now)  # fmt: skip
    fixed = repair_run(payload)
    select, join, aggregate = fixed.pipeline["transformations"]
    assert select["columns"] == ["id", "region", {"name": "net", "expr": "total_amount * 0.8"}, {"name": "amount", "from": "total_amount", "cast": "Decimal(14, 2)"}]
    assert join == {**steps[1], "right_on": "customer_id", "columns": ["segment", {"name": "city", "from": "city_name"}]}
    assert aggregate == steps[2]


def test_hand_written_sql_reading_the_source_sees_the_old_names():
    staging = "-- mine\nselect id, region, amount from {{ source('x', 'orders') }} FINAL where amount > 0\n"
    mart = "select region, sum(amount) as total from {{ ref('stg_x__orders') }} group by 1\n"
    files = {"staging/stg_x__orders.sql": staging, "marts/x.sql": mart}
    fixed = repair("Unknown expression identifier `amount`", renamed(BEFORE["orders"], "amount", "total_amount"), files=files)
    # the mart reads the staging model, which keeps the old names: it is not changed
    assert fixed.files == {"staging/stg_x__orders.sql": staging.replace(
        "{{ source('x', 'orders') }} FINAL",
        "(select id, status, currency, region, total_amount AS amount from {{ source('x', 'orders') }} FINAL)",
    )}  # fmt: skip


def test_a_changed_type_is_cast_back_and_a_dropped_column_stops_being_used():
    fixed = repair("Illegal type String of argument of function sum", {**BEFORE["orders"], "amount": "text"})
    assert fixed.pipeline["transformations"][0] == {"type": "cast", "columns": {"amount": "Nullable(Decimal(12, 2))"}}
    dropped = repair("Unknown expression identifier `currency`", {k: v for k, v in BEFORE["orders"].items() if k != "currency"})
    assert dropped.pipeline["transformations"][0]["condition"] == "status = 'completed'"
    assert "dropped" in dropped.explanation


def test_a_renamed_table_is_found_by_its_columns():
    fixed = repair('relation "public.orders" does not exist', BEFORE["orders"], table="orders_v2")
    assert fixed.pipeline["source"]["table"] == "orders_v2"


def test_duplicates_on_the_load_key_become_an_upsert():
    message = "Failure in test unique_stg_x__orders_id (models/x/staging/stg_x__orders.yml)\n  Got 25 results, configured to fail if != 0"
    fixed = repair(message, {**BEFORE["orders"], "updated_at": "timestamp with time zone"}, kind="data")
    assert fixed.pipeline["load"] == {"key": ["id"], "mode": "upsert", "cursor": "updated_at"}


def test_a_broken_hand_edit_keeps_the_hunks_that_parse():
    good = "select region,\n  sum(amount) as total\nfrom t\ngroup by 1\n"
    edited = "-- reviewed by dana\nselect region,\n  sum(amount) as total\nfrom t\ngroup by 1,\n"
    fixed = repair("Syntax error: failed at position 60", BEFORE["orders"], files={"marts/x.sql": edited}, previous_files={"marts/x.sql": good})
    assert fixed.files == {"marts/x.sql": "-- reviewed by dana\n" + good}
    assert "keeps 1 of its 2" in fixed.explanation


def test_no_evidence_no_proposal():
    fixed = repair("something odd happened", BEFORE["orders"])
    assert fixed.pipeline is None and not fixed.files and "a person needs to look" in fixed.explanation


# ------------------------------------------------------------------ a renamed source column keeps the contract

RENAMES = {
    # a measure and a group key: the aggregate names the final columns, a leading rename step is enough
    "measure_and_group_key": (
        pipeline("totals", {"table": "orders"}, "totals", load={"key": ["id"]}, transformations=[
            {"type": "filter", "condition": "status = 'completed'"},
            {"type": "aggregate", "group_by": ["region"], "measures": [{"name": "total", "expr": "sum(amount)"}, {"name": "orders", "expr": "count()"}]},
        ]),
        {"amount": "total_amount", "region": "sales_region"},
    ),
    # the upsert key and cursor, and a mart that passes every column through in the source's order
    "key_and_cursor": (
        pipeline("done", {"table": "orders"}, "done", load={"mode": "upsert", "key": ["id"], "cursor": "updated_at"},
                 transformations=[{"type": "filter", "condition": "status = 'completed'"}]),
        {"id": "order_id", "updated_at": "modified_at"},
    ),
    # a copy loaded incrementally by its cursor: the final table is a copy of the source and keeps the old name
    "copy_cursor": (
        pipeline("copy", {"table": "orders"}, "orders_copy", load={"mode": "incremental", "cursor": "updated_at"}),
        {"updated_at": "modified_at"},
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", list(RENAMES))
def test_a_renamed_source_column_is_repaired_and_the_final_table_keeps_its_columns_and_rows(case, scratch_db, tmp_path, monkeypatch):
    """Materialize, rename columns in PostgreSQL, the run fails, reflect proposes, accept, re-run:
    the final table has the same column names, types, order and rows as before the rename."""
    import psycopg
    from project_builder import normalized, query

    from ai_etl.artifacts.working_copy import accept, store_for
    from ai_etl.definitions import build_definitions
    from ai_etl.demo_data import generate
    from ai_etl.pipeline_runs import execute_pipeline
    from ai_etl.project_files import load_project
    from ai_etl.repair.dagster_defs import failure_from_run
    from ai_etl.repair.reflect import previous_schema_from_instance, reflect_on_failure

    spec, renames = RENAMES[case]
    with scratch_db.connect() as conn:
        generate(conn, rows=400, seed=3)
    monkeypatch.setenv("SHOP_DATABASE_URL", scratch_db.url)
    project = make_project(tmp_path, "keep", [spec])
    instance = dg.DagsterInstance.ephemeral()

    def run() -> dg.ExecuteInProcessResult:
        return execute_pipeline(build_definitions(project, prepare=True), "keep", spec["name"], instance=instance, raise_on_error=False)

    def final_table() -> tuple[list[tuple], list[tuple]]:
        table = spec["target"]["table"]
        columns = query(project, f"select name, type from system.columns where database = 'keep' and table = '{table}' order by position")
        return columns, normalized(query(project, f"select * from keep.{table}"))

    assert run().success
    columns, rows = final_table()
    with psycopg.connect(scratch_db.url, autocommit=True) as conn:
        for old, new in renames.items():
            conn.execute(f"alter table orders rename column {old} to {new}")
    failed = run()
    assert not failed.success

    failure = failure_from_run(instance, instance.get_run_by_id(failed.run_id), project, spec["name"])
    outcome = reflect_on_failure(load_project(project), failure, previous_schema_from_instance(instance, load_project(project), spec["name"]))
    assert outcome.proposal_ids, outcome.explanation
    for old, new in renames.items():
        assert f"orders.{old} is now {new}" in outcome.explanation
    store = store_for(load_project(project))
    for version_id in outcome.proposal_ids:
        accept(load_project(project), store, version_id)
    assert run().success
    assert final_table() == (columns, rows)


# ------------------------------------------------------------------ Dagster: sensor and reflect job


class Receiver:
    """A webhook receiver on 127.0.0.1 that keeps what it was sent."""

    def __init__(self):
        self.received: list[dict] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                owner.received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"


def test_sensor_launches_one_reflect_run_per_new_failure_and_the_job_stores_a_validated_proposal(tmp_path, shop_url, monkeypatch):
    from ai_etl.artifacts.working_copy import store_for
    from ai_etl.definitions import build_definitions
    from ai_etl.project_files import load_project

    receiver = Receiver()
    monkeypatch.setenv("SHOP_DATABASE_URL", shop_url)
    monkeypatch.setenv("HOOK_URL", receiver.url)
    spec = pipeline("paid", {"table": "orders"}, "paid", transformations=[{"type": "filter", "condition": "statuss = 'completed'"}])
    project = make_project(tmp_path, "rep", [spec])
    text = (project / "project.yaml").read_text() + "repair: {webhook_env: HOOK_URL}\n"
    (project / "project.yaml").write_text(text)
    defs = build_definitions(project, prepare=True)
    instance = dg.DagsterInstance.ephemeral()
    # as the UI's "Materialize" of the pipeline's group launches it: the project job, no pipeline tag
    paid_assets = dg.AssetSelection.groups("rep__paid").resolve(defs.resolve_asset_graph())
    failed = defs.resolve_job_def("rep_pipelines").execute_in_process(instance=instance, raise_on_error=False, asset_selection=sorted(paid_assets))
    assert not failed.success
    run = instance.get_run_by_id(failed.run_id)
    assert "ai_etl/pipeline" not in run.tags
    sensor = next(s for s in defs.sensors if s.name == "rep_repair_sensor")
    failure_event = next(e for e in failed.all_events if e.event_type_value == "PIPELINE_FAILURE")

    def tick():
        context = dg.build_run_status_sensor_context(
            sensor_name=sensor.name, dagster_event=failure_event, dagster_instance=instance, dagster_run=run
        ).for_run_failure()
        return sensor(context)

    request = tick()
    assert isinstance(request, dg.RunRequest) and request.run_key == failed.run_id
    config = request.run_config["ops"]["diagnose_and_propose"]["config"]
    assert "statuss" in json.loads(config["failure_json"])["message"]

    reflected = defs.resolve_job_def("reflect").execute_in_process(run_config=request.run_config, instance=instance, tags=request.tags)
    assert reflected.success and reflected.output_for_node("diagnose_and_propose") == "code"
    [proposal] = store_for(load_project(project)).versions(status="proposed")
    assert proposal.author == "agent:reflector" and "status = 'completed'" in proposal.content and proposal.validation["checks"]["dry_run"]
    assert [event["event"] for event in receiver.received] == ["failure", "proposal"]
    assert receiver.received[1]["proposal_ids"] == [proposal.id] and "+" in receiver.received[1]["diff"]

    skipped = tick()  # the same failure again (same fingerprint): no second reflect run
    assert isinstance(skipped, dg.SkipReason) and "already reflected" in skipped.skip_message
    instance.add_run_tags(run.run_id, {"dagster/will_retry": "true"})
    run = instance.get_run_by_id(failed.run_id)
    assert "will be retried" in tick().skip_message


def test_failure_catalog_repairs_code_and_data_failures_and_only_alerts_on_infrastructure(tmp_path, pg_server, monkeypatch):
    """The whole catalog runs in bench/repair_catalog.py; here three kinds, one of each family."""
    import repair_catalog

    monkeypatch.setenv("SHOP_DATABASE_URL", "unset")
    base = pg_server.start("postgres")
    results = {s.kind: repair_catalog.run_scenario(s, base, tmp_path) for s in repair_catalog.SCENARIOS
               if s.kind in ("column_renamed", "hand_edit_syntax_error", "source_unreachable")}  # fmt: skip
    assert results["column_renamed"].repaired, results["column_renamed"].note
    assert results["hand_edit_syntax_error"].repaired and results["hand_edit_syntax_error"].lost_edits == 0
    assert results["source_unreachable"].diagnosis == "infrastructure" and results["source_unreachable"].proposals == 0


def test_auto_apply_fixes_the_file_and_the_rerun_sensor_runs_the_pipeline_again(tmp_path, shop_url, monkeypatch):
    from ai_etl.artifacts.working_copy import store_for
    from ai_etl.definitions import build_definitions
    from ai_etl.pipeline_runs import execute_pipeline
    from ai_etl.project_files import load_project
    from ai_etl.repair.dagster_defs import RERUN_TAG, failure_from_run

    monkeypatch.setenv("SHOP_DATABASE_URL", shop_url)
    spec = pipeline("paid", {"table": "orders"}, "paid", transformations=[{"type": "filter", "condition": "statuss = 'completed'"}])
    project = make_project(tmp_path, "auto", [spec])
    (project / "project.yaml").write_text((project / "project.yaml").read_text() + "repair: {auto_apply: true, max_proposals_per_day: 1}\n")
    defs = build_definitions(project, prepare=True)
    instance = dg.DagsterInstance.ephemeral()
    failed = execute_pipeline(defs, "auto", "paid", instance=instance, raise_on_error=False)
    failure = failure_from_run(instance, instance.get_run_by_id(failed.run_id), project, "paid")
    config = {"ops": {"diagnose_and_propose": {"config": {"failure_json": failure.model_dump_json()}}}}
    reflected = defs.resolve_job_def("reflect").execute_in_process(run_config=config, instance=instance)
    assert reflected.success
    assert "status = 'completed'" in (project / "pipelines" / "paid.yaml").read_text()  # applied to the working copy
    active = store_for(load_project(project)).active("projects/auto/pipelines/paid.yaml")
    assert active.author == "agent:reflector" and "accepted proposal" in active.reason
    assert instance.get_run_by_id(reflected.run_id).tags[RERUN_TAG] == "paid"

    rerun = next(s for s in defs.sensors if s.name == "auto_rerun_after_fix_sensor")
    success = next(e for e in reflected.all_events if e.event_type_value == "PIPELINE_SUCCESS")
    context = dg.build_run_status_sensor_context(
        sensor_name=rerun.name, dagster_event=success, dagster_instance=instance, dagster_run=instance.get_run_by_id(reflected.run_id)
    )
    request = rerun(context)
    assert isinstance(request, dg.RunRequest) and request.job_name == "auto_pipelines" and request.tags["ai_etl/pipeline"] == "paid"
    assert {k.to_user_string() for k in request.asset_selection} == {"auto/raw/paid__orders", "auto/staging/stg_paid__orders", "auto/marts/paid"}
    rerun_defs = build_definitions(project, prepare=True)
    assert rerun_defs.resolve_job_def(request.job_name).execute_in_process(instance=instance, asset_selection=request.asset_selection).success

    again = failure.model_copy(update={"run_id": "another", "message": "Unknown expression identifier `amout`"})
    from ai_etl.repair.reflect import reflect_on_failure

    limited = reflect_on_failure(load_project(project), again, {})
    assert limited.proposal_ids == [] and "limit of 1 per day" in limited.explanation


def test_every_source_change_error_is_diagnosed_as_one():
    """The diagnosis knows errors by class name: each class of SourceChangedError must be in its list."""
    import ai_etl.cdc.apply  # noqa: F401  (defines CdcSchemaError)
    import ai_etl.cdc.slot  # noqa: F401  (defines CdcSourceError)
    from ai_etl.errors import SourceChangedError
    from ai_etl.repair.diagnosis import SOURCE_CHANGED

    def names(cls) -> set[str]:
        return {cls.__name__} | {n for sub in cls.__subclasses__() for n in names(sub)}

    assert names(SourceChangedError) == SOURCE_CHANGED
    diagnosis = classify(failure("Partition 0 of Kafka topic 'views' no longer holds the offset ...", "StreamPositionError"))
    assert diagnosis.kind == "source" and diagnosis.needs_a_person
    assert classify(failure("Cannot connect to Kafka (connection refused)", "ConnectorError")).kind == "infrastructure"
