"""The `anomalies` asset check (ai_etl/assets/anomaly_checks.py) on a real location and a real Dagster instance.

A history of normal materializations (real runs of the extract step on embedded PostgreSQL + chDB),
then a sudden drop to near zero: a warning that names the expected range; with `anomalies: block`
an ERROR that keeps the dbt step (staging, mart) from running. Before there is enough history the
check passes and says so. A drift is raised once, not at every check after (backdated history).
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime, timedelta, timezone

import dagster as dg
import numpy as np
import psycopg
import pytest
from dagster._core.events import DagsterEvent, DagsterEventType, StepMaterializationData
from dagster._core.events.log import EventLogEntry
from project_builder import make_project, pipeline, query, shop_database

from ai_etl.assets.anomaly_checks import CHECK_NAME, Checked, anomaly_checks
from ai_etl.definitions import build_definitions
from ai_etl.monitoring.anomalies import DetectorSettings
from ai_etl.monitoring.metrics import Metric, format_value
from ai_etl.pipeline_runs import run_outcome

HISTORY_RUNS = DetectorSettings().min_points + 2
COPY = dg.AssetKey(["anom", "raw", "events_copy"])
TOTALS_RAW = dg.AssetKey(["anom", "raw", "totals__orders"])
TOTALS_STAGING = dg.AssetKey(["anom", "staging", "stg_totals__orders"])
TOTALS_MART = dg.AssetKey(["anom", "marts", "totals"])
QUIET = dg.AssetKey(["anom", "raw", "events_quiet"])
BY_STATUS = [{"type": "aggregate", "group_by": ["status"], "measures": [{"name": "orders", "expr": "count()"}]}]


def fill(url: str, table: str, rows: int) -> None:
    """`table` with `rows` rows: ids 1..rows, a third of `kind` NULL, four statuses."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"create table if not exists {table} (id int primary key, kind text, status text)")
        conn.execute(f"truncate {table}")
        conn.execute(
            f"insert into {table} select g, case when g %% 3 = 0 then null else 'k' || (g %% 4) end, 's' || (g %% 4) from generate_series(1, %s) g",
            (rows,),
        )


@pytest.fixture(scope="module")
def location(tmp_path_factory, pg_server):
    """Three pipelines over two source tables: a copy (warn, the default), a dbt mart (block), a copy with anomalies off."""
    url = pg_server.start("anomaly_source")
    fill(url, "events", 1_000)
    fill(url, "orders", 1_000)
    root = tmp_path_factory.mktemp("anomaly_checks")
    with shop_database(url):
        project = make_project(root, "anom", [
            pipeline("copies", {"table": "events"}, "events_copy", load={"mode": "full_refresh", "key": ["id"]}),
            pipeline("totals", {"table": "orders"}, "totals", transformations=BY_STATUS, anomalies="block"),
            pipeline("quiet", {"table": "events"}, "events_quiet", anomalies="off"),
        ])  # fmt: skip
        defs = build_definitions(project, prepare=True)
        yield url, project, defs, dg.DagsterInstance.ephemeral()


def run(location, *keys: dg.AssetKey) -> dg.ExecuteInProcessResult:
    _, _, defs, instance = location
    return defs.resolve_job_def("anom_pipelines").execute_in_process(instance=instance, asset_selection=list(keys), raise_on_error=False)


def failure_report(location, result: dg.ExecuteInProcessResult) -> str:
    """Why a run failed: each step failure's innermost error and the errors the steps logged (a bare 'step failed' says nothing)."""
    lines = []
    for event in result.all_events:
        if event.event_type == dg.DagsterEventType.STEP_FAILURE:
            error = event.step_failure_data.error
            while error.cause is not None:
                error = error.cause
            lines.append(f"{event.step_key}: {error.cls_name}: {error.message.strip()}")
    lines += [r.user_message for r in location[3].all_logs(result.run_id) if r.level >= 40 and not r.is_dagster_event]
    return "\n".join(lines)


def evaluation(result: dg.ExecuteInProcessResult, key: dg.AssetKey) -> dg.AssetCheckEvaluation:
    [found] = [e for e in result.get_asset_check_evaluations() if e.asset_key == key and e.check_name == CHECK_NAME]
    return found


def plain(evaluation: dg.AssetCheckEvaluation) -> dict:
    return {k: v.value for k, v in evaluation.metadata.items()}


@pytest.fixture(scope="module")
def history(location) -> list[dg.ExecuteInProcessResult]:
    """HISTORY_RUNS + 1 runs of both raw tables at 1,000-1,021 rows, each judged against the ones before."""
    url = location[0]
    results = []
    for number in range(HISTORY_RUNS + 1):
        rows = 1_000 + 7 * (number % 4)
        fill(url, "events", rows)
        fill(url, "orders", rows)
        result = run(location, COPY, TOTALS_RAW)
        assert result.success, failure_report(location, result)
        results.append(result)
    return results


def test_every_pipeline_table_has_the_check_in_the_location_unless_its_pipeline_turns_it_off(location):
    _, _, defs, _ = location
    graph = defs.resolve_asset_graph()
    checks = {key for key in graph.asset_check_keys if key.name == CHECK_NAME}
    assert checks == {dg.AssetCheckKey(k, CHECK_NAME) for k in (COPY, TOTALS_RAW, TOTALS_MART)}  # not staging, not `quiet`
    specs = {spec.asset_key: spec for definition in defs.asset_checks for spec in definition.check_specs if spec.name == CHECK_NAME}
    assert not specs[COPY].blocking and specs[TOTALS_RAW].blocking and specs[TOTALS_MART].blocking
    assert "a finding is a warning" in specs[COPY].description and "stops the run's downstream assets" in specs[TOTALS_RAW].description
    # the project job (schedules, `ai-etl materialize`) runs them with the pipeline's assets
    job = defs.resolve_job_def("anom_pipelines")
    assert {dg.AssetCheckKey(k, CHECK_NAME) for k in (COPY, TOTALS_RAW, TOTALS_MART)} <= set(job.asset_layer.asset_graph.asset_check_keys)


def test_without_enough_history_the_check_passes_and_says_so(history):
    first = evaluation(history[0], COPY)
    assert first.passed and first.severity == dg.AssetCheckSeverity.WARN
    assert first.description == "Not enough history to judge yet: 0 earlier materializations in the last 56 days, at least 14 are needed."
    metadata = plain(first)
    assert metadata["row_count"].startswith("not enough history to judge the row count: 0 earlier points")
    assert metadata["findings"]["row_count"]["status"] == "not_enough_history" and metadata["anomalies"] == 0
    # the metrics the profile writes for the key column are judged too
    assert {"row_count", "duration", "null_rate/id", "distinct_count/id"} <= set(metadata["findings"])
    short = evaluation(history[DetectorSettings().min_points - 1], COPY)
    assert short.passed and short.description.startswith("Not enough history to judge yet: 13 earlier materializations")


def test_a_normal_run_after_a_history_of_them_passes_within_the_expected_range(history):
    last = evaluation(history[-1], COPY)
    assert last.passed, last.description
    assert re.fullmatch(r"Normal: 4 metrics within the expected range\.", last.description), last.description
    findings = plain(last)["findings"]
    assert findings["row_count"]["status"] == "ok" and findings["row_count"]["history_points"] == HISTORY_RUNS
    assert findings["row_count"]["expected_low"] <= 1_000 + 7 * (HISTORY_RUNS % 4) <= findings["row_count"]["expected_high"]
    assert plain(last)["row_count"].startswith("ok: row count ")


def test_a_drop_to_near_zero_fails_with_a_warning_that_names_the_expected_range(location, history):
    url = location[0]
    fill(url, "events", 3)
    result = run(location, COPY)
    assert result.success  # a warning does not fail the run
    check = evaluation(result, COPY)
    assert not check.passed and check.severity == dg.AssetCheckSeverity.WARN and not check.blocking
    finding = plain(check)["findings"]["row_count"]
    assert (finding["kind"], finding["raised"]) == ("drop", True)
    low, high = finding["expected_low"], finding["expected_high"]
    assert 900 < low < 1_000 < 1_021 < high < 1_100  # the history's own range, not a band wide enough to hold anything
    expected_range = f"{format_value(Metric.row_count, low)}–{format_value(Metric.row_count, high)}"
    assert check.description.startswith(f"Row count 3 is far below the expected {expected_range} (")
    assert f"{HISTORY_RUNS + 1} points)" in check.description
    assert plain(check)["row_count"].startswith("ANOMALY (drop): row count 3 is far below")
    assert plain(check)["anomalies"] >= 1 and plain(check)["policy"] == "warn"


def test_with_block_the_check_is_an_error_and_the_downstream_assets_do_not_run(location, history):
    url, project, defs, instance = location
    fill(url, "orders", 2)
    result = run(location, TOTALS_RAW, TOTALS_STAGING, TOTALS_MART)
    assert not result.success
    check = evaluation(result, TOTALS_RAW)
    assert not check.passed and check.severity == dg.AssetCheckSeverity.ERROR and check.blocking
    assert check.description.startswith("Row count 2 is far below the expected ")
    materialized = {e.asset_key for e in result.get_asset_materialization_events()}
    assert materialized == {TOTALS_RAW}  # the load happened; staging and mart were not built from it
    started = {e.step_key for e in result.all_events if e.event_type == dg.DagsterEventType.STEP_START}
    assert started == {"anom__extract__warehouse", "anom__extract__warehouse__anomalies"}  # dbt never started
    assert query(project, "SELECT count() FROM system.tables WHERE database = 'anom' AND name = 'totals'") == [(0,)]
    assert instance.get_latest_materialization_event(TOTALS_MART) is None
    # `ai-etl materialize` says what the check found; the repair loop does not try to fix the code for it
    assert run_outcome(instance, result.run_id).error == f"anom/raw/totals__orders: its anomalies check blocked the run: {check.description}"
    sensor = next(s for s in defs.sensors if s.name == "anom_repair_sensor")
    failure = next(e for e in result.all_events if e.event_type == dg.DagsterEventType.RUN_FAILURE)
    context = dg.build_run_status_sensor_context(
        sensor_name=sensor.name, dagster_event=failure, dagster_instance=instance, dagster_run=instance.get_run_by_id(result.run_id)
    ).for_run_failure()
    skipped = sensor(context)
    assert isinstance(skipped, dg.SkipReason) and "stopped by a blocking anomaly check" in skipped.skip_message
    # back to normal: the check passes and the mart is built
    fill(url, "orders", 1_007)
    again = run(location, TOTALS_RAW, TOTALS_STAGING, TOTALS_MART)
    assert again.success and evaluation(again, TOTALS_RAW).passed
    assert query(project, "SELECT sum(orders) FROM anom.totals") == [(1_007,)]
    mart = evaluation(again, TOTALS_MART)
    assert mart.passed and mart.description.startswith("Not enough history to judge yet: 0 earlier")
    # dbt's model duration and the mart's profile (its key column `status`) are what the mart is judged on
    assert set(plain(mart)["findings"]) == {"row_count", "duration", "null_rate/status", "distinct_count/status"}


# ------------------------------------------------------------------ backdated histories (a real run cannot be backdated)

DRIFTING = dg.AssetKey(["anom", "raw", "drifting"])


class Backdated:
    """One asset's materializations stored in a real instance at times of our choosing, and its check run alone."""

    def __init__(self, scheduled: bool = False, policy: str = "warn"):
        from ai_etl.assets.anomaly_checks import _step_checks

        checks = _step_checks("drifting__anomalies", {DRIFTING: Checked(policy=policy, scheduled=scheduled)})
        self.defs = dg.Definitions(assets=[dg.AssetSpec(DRIFTING)], asset_checks=[checks], jobs=[dg.define_asset_job("check", dg.AssetSelection.checks_for_assets(DRIFTING))])
        self.instance = dg.DagsterInstance.ephemeral()
        self.start = datetime.now(timezone.utc) - timedelta(days=40)

    def store(self, day: float, rows: float, seconds: float = 2.0) -> None:
        materialization = dg.AssetMaterialization(asset_key=DRIFTING, metadata={"dagster/row_count": int(rows), "duration_s": seconds})
        event = DagsterEvent(DagsterEventType.ASSET_MATERIALIZATION.value, job_name="history", event_specific_data=StepMaterializationData(materialization))
        at = self.start + timedelta(days=day)
        self.instance.store_event(EventLogEntry(error_info=None, level="debug", user_message="", run_id=str(uuid.uuid4()), timestamp=at.timestamp(), dagster_event=event))

    def check(self, day: float | None = None, rows: float | None = None, seconds: float = 2.0) -> dg.AssetCheckEvaluation:
        """The check of the newest materialization (after storing one at `day` when given)."""
        if day is not None:
            self.store(day, rows, seconds)
        return evaluation(self.defs.resolve_job_def("check").execute_in_process(instance=self.instance, raise_on_error=False), DRIFTING)


@pytest.fixture
def drifting():
    """A daily table whose row count stepped up 7% a week ago."""
    history = Backdated()
    rng = np.random.default_rng(0)
    for day in range(39):
        history.store(day, 10_000 * (1.07 if day >= 31 else 1.0) * np.exp(rng.normal(0, 0.02)))
    return history.check


def test_a_late_materialization_of_a_scheduled_pipeline_is_stale_against_its_usual_interval():
    history = Backdated(scheduled=True)
    rng = np.random.default_rng(1)
    for day in range(30):
        history.store(day + rng.normal(0, 0.01), 10_000)
    on_time = history.check(30, 10_000)
    assert on_time.passed and plain(on_time)["findings"]["freshness"]["status"] == "ok"
    assert plain(on_time)["freshness"].startswith("ok: before this materialization, time since the last success 2")
    late = history.check(33, 10_000)
    assert not late.passed and plain(late)["findings"]["freshness"]["kind"] == "stale"
    assert late.description.startswith("Before this materialization, the last success was 3.0 days ago, longer than the usual interval of ")
    assert "freshness" not in plain(Backdated().check(0, 1))["findings"]  # on-demand: no interval to expect


def test_a_drift_is_raised_once_then_not_at_every_check_while_it_lasts_and_again_when_it_grows(drifting):
    first = drifting()
    assert not first.passed and first.description.startswith("Row count has drifted up: the last ")
    reported = plain(first)["findings"]["row_count"]["drift_reported"]
    assert reported["shift"] > 0 and reported["level"] > 10_400
    # the next days at the same level: the detector still sees the drift, the check does not raise it again
    quiet = [drifting(39 + n / 4, 10_750) for n in range(4)]
    assert all(c.passed for c in quiet), [c.description for c in quiet]
    assert any("a drift reported before continues (row_count)" in c.description for c in quiet)
    assert any(plain(c)["findings"]["row_count"]["kind"] == "drift" for c in quiet)  # seen, and shown, just not raised
    assert all(plain(c)["findings"]["row_count"]["drift_reported"] == reported for c in quiet)
    # it grows: runs well past the reported level are out of their band (spikes) until the detector sees the
    # new level as a drift, which is raised once; then quiet again
    grown = [drifting(40.5 + n / 3, 13_000) for n in range(8)]
    kinds = [plain(c)["findings"]["row_count"]["kind"] if not c.passed else None for c in grown]
    assert not grown[0].passed and "13,000 is above the expected" in grown[0].description
    assert kinds.count("drift") == 1 and set(kinds) <= {"spike", "drift", None}, kinds
    assert kinds[-2:] == [None, None], [c.description for c in grown]
    assert "has drifted up" in grown[kinds.index("drift")].description and "(+2" in grown[kinds.index("drift")].description


def test_a_drift_that_was_never_reported_is_raised_at_each_check_when_the_previous_verdict_is_ignored(drifting, monkeypatch):
    """The control: without the carried report the same checks raise the drift again (what the dedupe prevents)."""
    import ai_etl.assets.anomaly_checks as module

    monkeypatch.setattr(module, "previous_verdict", lambda *args: {})
    assert not drifting().passed
    assert not drifting(39, 10_750).passed


def test_a_check_that_cannot_read_its_history_passes_and_says_why(drifting, monkeypatch):
    import ai_etl.assets.anomaly_checks as module

    def broken(*args, **kwargs):
        raise RuntimeError("event log unavailable")

    monkeypatch.setattr(module, "recent_observations", broken)
    check = drifting()
    assert check.passed and check.description == "Not judged: event log unavailable"


def test_checks_follow_the_asset_steps(location):
    """One check op per step: the extract step's and the dbt step's (the dbt step waits for a blocking raw check)."""
    _, _, defs, _ = location
    names = sorted(definition.node_def.name for definition in defs.asset_checks if any(s.name == CHECK_NAME for s in definition.check_specs))
    assert len(names) == 2 and names[0].startswith("anom__dbt") and names[1].startswith("anom__extract") and all(n.endswith("__anomalies") for n in names)
    assert anomaly_checks([], []) == []


def test_under_block_a_slow_run_is_a_warning_and_bad_data_an_error():
    """A load that took ten minutes instead of seconds is worth a look, not a reason to keep correct rows from the marts."""
    history = Backdated(policy="block")
    rng = np.random.default_rng(2)
    for day in range(30):
        history.store(day, 10_000 * np.exp(rng.normal(0, 0.02)), seconds=2.0 + rng.uniform(0, 0.5))
    slow = history.check(30, 10_000, seconds=600)
    assert not slow.passed and slow.severity == dg.AssetCheckSeverity.WARN and slow.description.startswith("Duration ")
    empty = history.check(31, 12, seconds=2.2)
    assert not empty.passed and empty.severity == dg.AssetCheckSeverity.ERROR
