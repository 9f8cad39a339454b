"""Telemetry on the real engines: pipeline runs (one failing), a reflect run of the repair loop, then
the telemetry job reading Dagster's event log into `<project>_ops` of the embedded warehouse, twice
and replayed (nothing added), its sensor's decisions, the marts, and the Prometheus endpoint over HTTP."""

from __future__ import annotations


import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import dagster as dg
import pytest
from project_builder import make_project, pipeline, query

from ai_etl.definitions import build_definitions
from ai_etl.pipeline_runs import execute_pipeline
from ai_etl.telemetry.dagster_defs import telemetry_job_name

TOTALS = [{"type": "aggregate", "group_by": ["status"], "measures": [{"name": "revenue", "expr": "sum(amount)"}]}]
BROKEN = [{"type": "filter", "condition": "statuss = 'completed'"}]  # a code failure the Reflector repairs


@pytest.fixture(scope="module")
def observed(tmp_path_factory, shop_url):
    """A project with a good and a broken pipeline, run on a real instance, the failure reflected on
    (once for the module: the telemetry job is idempotent, so the tests may record in any order)."""
    from ai_etl.repair.dagster_defs import failure_from_run

    tmp_path = tmp_path_factory.mktemp("observed")
    previous = os.environ.get("SHOP_DATABASE_URL")
    os.environ["SHOP_DATABASE_URL"] = shop_url
    project = make_project(tmp_path, "obs", [pipeline("totals", {"table": "orders"}, "totals", transformations=TOTALS),
                                            pipeline("paid", {"table": "orders"}, "paid", transformations=BROKEN)])  # fmt: skip
    defs = build_definitions(project, prepare=True)
    (tmp_path / "dagster_home").mkdir()
    with dg.instance_for_test(temp_dir=str(tmp_path / "dagster_home")) as instance:
        for _ in range(2):  # twice: SQLite numbers each run's events from 1, so an event id alone is no identity
            assert execute_pipeline(defs, "obs", "totals", instance=instance).success
        failed = execute_pipeline(defs, "obs", "paid", instance=instance, raise_on_error=False)
        assert not failed.success
        failure = failure_from_run(instance, instance.get_run_by_id(failed.run_id), project, "paid")
        config = {"ops": {"diagnose_and_propose": {"config": {"failure_json": failure.model_dump_json()}}}}
        reflect = defs.resolve_job_def("reflect").execute_in_process(run_config=config, instance=instance, tags={"ai_etl/failed_run": failed.run_id})
        assert reflect.success
        yield project, defs, instance, failed.run_id
    if previous is None:
        os.environ.pop("SHOP_DATABASE_URL", None)
    else:
        os.environ["SHOP_DATABASE_URL"] = previous


def record(defs, instance) -> dg.ExecuteInProcessResult:
    result = defs.resolve_job_def(telemetry_job_name("obs")).execute_in_process(instance=instance)
    assert result.success
    return result


def counts(project) -> dict[str, int]:
    tables = ("runs", "steps", "materializations", "checks", "agent_calls", "repairs")
    return {t: query(project, f"SELECT count() FROM obs_ops.{t}")[0][0] for t in tables}


def test_runs_steps_materializations_checks_agent_calls_and_repairs_land_once(observed):
    project, defs, instance, failed_run = observed
    query(project, "DROP DATABASE IF EXISTS obs_ops")  # from the start, whichever test ran first
    first = record(defs, instance)
    stored = counts(project)
    assert stored["runs"] == 4  # totals twice, paid (failed), reflect; never telemetry's own run
    assert stored["steps"] >= 5 and stored["materializations"] >= 3 and stored["checks"] >= 1
    assert stored["agent_calls"] >= 1 and stored["repairs"] == 1

    runs = dict(query(project, "SELECT pipeline, status FROM obs_ops.runs WHERE job_name = 'obs_pipelines'"))
    assert runs == {"totals": "SUCCESS", "paid": "FAILURE"}
    [(kind, error_class, message)] = query(project, f"SELECT failure_kind, failure_class, failure_message FROM obs_ops.runs WHERE run_id = '{failed_run}'")
    assert kind == "code" and error_class and "statuss" in message
    rows = dict(query(project, "SELECT asset_key, rows FROM obs_ops.materializations WHERE pipeline = 'totals'"))
    assert rows["obs/raw/totals__orders"] == 3000 and rows["obs/marts/totals"] > 0
    assert query(project, "SELECT count() FROM obs_ops.materializations WHERE asset_key = 'obs/raw/totals__orders'") == [(2,)]
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
    assert health["totals"][:2] == (2, 1.0) and health["paid"][:2] == (1, 0.0)
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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def scrape(url: str, attempts: int = 100) -> str:
    for _ in range(attempts):
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read().decode()
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"nothing answered at {url}")


def test_metrics_serve_answers_prometheus_over_http(observed):
    """The installed command on a free port, over the instance the runs were recorded in; scraped twice
    (the second scrape reads nothing new and reports the same totals)."""
    project, _, instance, _ = observed
    port = free_port()
    command = [str(Path(sys.executable).parent / "ai-etl"), "metrics", "serve", "--port", str(port), "--project", str(project)]
    env = {**os.environ, "DAGSTER_HOME": instance.root_directory, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    server = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        text = scrape(f"http://127.0.0.1:{port}/metrics")
        again = scrape(f"http://127.0.0.1:{port}/metrics")
    finally:
        server.terminate()
        server.wait(timeout=30)
    lines = set(text.splitlines())
    assert 'ai_etl_runs_total{job="obs_pipelines",pipeline="totals",project="obs",status="SUCCESS"} 2.0' in lines
    assert 'ai_etl_runs_total{job="obs_pipelines",pipeline="paid",project="obs",status="FAILURE"} 1.0' in lines
    assert 'ai_etl_asset_last_rows{asset="obs/raw/totals__orders",pipeline="totals",project="obs"} 3000.0' in lines
    assert any(line.startswith('ai_etl_run_failures_total{error_class=') and 'kind="code"' in line for line in lines)
    assert any(line.startswith("ai_etl_agent_calls_total{") and 'job="reflect"' in line for line in lines)
    assert any(line.startswith("ai_etl_repairs_total{") and 'outcome="proposed"' in line for line in lines)
    assert any(line.startswith('ai_etl_run_duration_seconds_bucket{job="obs_pipelines",le="+Inf",pipeline="totals"') for line in lines)
    assert "obs_ops_telemetry" not in text  # telemetry's own runs are not counted
    totals = lambda body: sorted(line for line in body.splitlines() if line.startswith("ai_etl_runs_total"))  # noqa: E731
    assert totals(again) == totals(text)
    # every metric the Grafana dashboard queries is one the endpoint serves
    dashboard = (Path(__file__).resolve().parent.parent / "deploy" / "grafana" / "ai-etl.json").read_text()
    served = {re.sub(r"_total$", "", line.split()[2]) for line in lines if line.startswith("# TYPE ")}
    queried = {re.sub(r"_(total|bucket)$", "", name) for name in re.findall(r"ai_etl_[a-z_]+", json.loads(dashboard) and dashboard)}
    assert queried and queried <= served, queried - served


def test_metrics_serve_refuses_a_bad_port_in_one_sentence(observed):
    project = observed[0]
    done = subprocess.run([str(Path(sys.executable).parent / "ai-etl"), "metrics", "serve", "--port", "70000", "--project", str(project)],
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)})  # fmt: skip
    assert done.returncode == 2 and done.stderr.strip() == "error: --port 70000 is not a TCP port (0-65535)."
