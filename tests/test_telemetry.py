"""Telemetry on the real engines: pipeline runs (one failing), a reflect run of the repair loop, then
the telemetry job reading Dagster's event log into `<project>_ops` of the embedded warehouse, twice
and replayed (nothing added), its sensor's decisions, the marts, and the Prometheus endpoint over HTTP."""

from __future__ import annotations


import dagster as dg
import pytest
from project_builder import make_project, pipeline, query

from ai_etl.definitions import build_definitions
from ai_etl.pipeline_runs import execute_pipeline
from ai_etl.telemetry.dagster_defs import telemetry_job_name

TOTALS = [{"type": "aggregate", "group_by": ["status"], "measures": [{"name": "revenue", "expr": "sum(amount)"}]}]
BROKEN = [{"type": "filter", "condition": "statuss = 'completed'"}]  # a code failure the Reflector repairs


@pytest.fixture
def observed(tmp_path, shop_url, monkeypatch):
    """A project with a good and a broken pipeline, run on a real instance, the failure reflected on."""
    from ai_etl.repair.dagster_defs import failure_from_run

    monkeypatch.setenv("SHOP_DATABASE_URL", shop_url)
    project = make_project(tmp_path, "obs", [pipeline("totals", {"table": "orders"}, "totals", transformations=TOTALS),
                                            pipeline("paid", {"table": "orders"}, "paid", transformations=BROKEN)])  # fmt: skip
    defs = build_definitions(project, prepare=True)
    (tmp_path / "dagster_home").mkdir()
    with dg.instance_for_test(temp_dir=str(tmp_path / "dagster_home")) as instance:
        assert execute_pipeline(defs, "obs", "totals", instance=instance).success
        failed = execute_pipeline(defs, "obs", "paid", instance=instance, raise_on_error=False)
        assert not failed.success
        failure = failure_from_run(instance, instance.get_run_by_id(failed.run_id), project, "paid")
        config = {"ops": {"diagnose_and_propose": {"config": {"failure_json": failure.model_dump_json()}}}}
        reflect = defs.resolve_job_def("reflect").execute_in_process(run_config=config, instance=instance, tags={"ai_etl/failed_run": failed.run_id})
        assert reflect.success
        yield project, defs, instance, failed.run_id


def record(defs, instance) -> dg.ExecuteInProcessResult:
    result = defs.resolve_job_def(telemetry_job_name("obs")).execute_in_process(instance=instance)
    assert result.success
    return result


def counts(project) -> dict[str, int]:
    tables = ("runs", "steps", "materializations", "checks", "agent_calls", "repairs")
    return {t: query(project, f"SELECT count() FROM obs_ops.{t}")[0][0] for t in tables}


def test_runs_steps_materializations_checks_agent_calls_and_repairs_land_once(observed):
    project, defs, instance, failed_run = observed
    first = record(defs, instance)
    stored = counts(project)
    assert stored["runs"] == 3  # totals, paid (failed), reflect; never telemetry's own run
    assert stored["steps"] >= 5 and stored["materializations"] >= 3 and stored["checks"] >= 1
    assert stored["agent_calls"] >= 1 and stored["repairs"] == 1

    runs = dict(query(project, "SELECT pipeline, status FROM obs_ops.runs WHERE job_name = 'obs_pipelines'"))
    assert runs == {"totals": "SUCCESS", "paid": "FAILURE"}
    [(kind, error_class, message)] = query(project, f"SELECT failure_kind, failure_class, failure_message FROM obs_ops.runs WHERE run_id = '{failed_run}'")
    assert kind == "code" and error_class and "statuss" in message
    rows = dict(query(project, "SELECT asset_key, rows FROM obs_ops.materializations WHERE pipeline = 'totals'"))
    assert rows["obs/raw/totals__orders"] == 3000 and rows["obs/marts/totals"] > 0
    [(model, latency, cache)] = query(project, "SELECT any(model), max(latency_s), any(cache_layer) FROM obs_ops.agent_calls WHERE job_name = 'reflect'")
    assert model and latency >= 0 and cache == ""
    [(outcome, diagnosis, proposals)] = query(project, "SELECT outcome, diagnosis_kind, length(proposals) FROM obs_ops.repairs")
    assert (outcome, diagnosis) == ("proposed", "code") and proposals >= 1
    assert first.asset_materializations_for_node("obs__ops_telemetry")  # every ops table and mart is an asset

    # again: nothing new; then the same events replayed from the start: nothing added either
    again = record(defs, instance)
    assert counts(project) == stored
    assert all(m.metadata["rows_added"].value == 0 for m in again.asset_materializations_for_node("obs__ops_telemetry") if "rows_added" in m.metadata)
    query(project, "TRUNCATE TABLE obs_ops.telemetry_cursor")
    record(defs, instance)
    assert counts(project) == stored


def test_the_marts_answer_health_cost_and_repair_questions(observed):
    project, defs, instance, _ = observed
    record(defs, instance)
    health = {row[0]: row[1:] for row in query(project, "SELECT pipeline, runs, success_rate, p50_duration_s, p95_duration_s FROM obs_ops.pipeline_health")}
    assert health["totals"][:2] == (1, 1.0) and health["paid"][:2] == (1, 0.0)
    assert 0 < health["totals"][2] <= health["totals"][3]
    [(asset, last_rows)] = query(project, "SELECT asset_key, last_rows FROM obs_ops.asset_rows_per_run WHERE asset_key = 'obs/raw/totals__orders'")
    assert last_rows == 3000
    [(calls, tokens)] = query(project, "SELECT sum(calls), sum(tokens) FROM obs_ops.llm_cost_daily WHERE job_name = 'reflect'")
    assert calls >= 1 and tokens >= 0
    assert query(project, "SELECT pipeline, diagnosis_kind, reflections, proposed FROM obs_ops.repair_outcomes") == [("paid", "code", 1, 1)]
    assert query(project, "SELECT count() FROM obs_ops.cache_savings") == [(0,)]  # no generation answered from the cache here


def test_the_sensor_fires_after_runs_end_and_not_after_its_own(observed):
    _, defs, instance, _ = observed
    sensor = defs.resolve_sensor_def("obs_telemetry_sensor")
    first = sensor.evaluate_tick(dg.build_sensor_context(instance=instance, definitions=defs))
    assert len(first.run_requests) == 1 and first.cursor
    record(defs, instance)
    after_own = sensor.evaluate_tick(dg.build_sensor_context(instance=instance, definitions=defs, cursor=first.cursor))
    assert not after_own.run_requests and "own" in after_own.skip_message
    idle = sensor.evaluate_tick(dg.build_sensor_context(instance=instance, definitions=defs, cursor=after_own.cursor))
    assert not idle.run_requests and "no run ended" in idle.skip_message
