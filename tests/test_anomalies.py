"""Anomalies of an asset's metric against its own history (ai_etl.monitoring): each kind, and what must not be one."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import numpy as np
import pytest

from ai_etl.monitoring.anomalies import AnomalyKind, Metric, MetricPoint, Severity, judge

START = datetime(2026, 9, 7, 2, tzinfo=timezone.utc)  # a Monday, 02:00 UTC


def daily_rows(days: int = 56, base: float = 10_000, sunday: float = 1.0, noise: float = 0.03, seed: int = 0) -> list[MetricPoint]:
    """A daily 02:00 run's row counts: slight growth, lognormal noise, Sundays times `sunday`."""
    rng = np.random.default_rng(seed)
    points = []
    for day in range(days):
        at = START + timedelta(days=day)
        level = base * (1 + 0.002 * day) * (sunday if at.weekday() == 6 else 1.0)
        points.append(MetricPoint(at=at, value=round(level * np.exp(rng.normal(0, noise)))))
    return points


def next_run(history: list[MetricPoint], value: float, days_after: int = 1) -> MetricPoint:
    return MetricPoint(at=history[-1].at + timedelta(days=days_after), value=value)


def test_a_drop_to_near_zero_is_an_error_with_the_expected_range_in_its_sentence():
    history = daily_rows()
    finding = judge(history, next_run(history, 40), metric=Metric.row_count)
    assert finding.status == "anomaly" and not finding.passed
    assert finding.kind == AnomalyKind.drop
    assert finding.severity == Severity.error
    assert 9_000 < finding.expected_low < finding.expected < finding.expected_high < 13_500
    assert f"{round(finding.expected_low):,}–{round(finding.expected_high):,}" in finding.explanation
    assert finding.explanation.startswith("row count 40 is far below the expected ")
    assert "(last 8 weeks, 56 points)" in finding.explanation


def test_a_normal_run_passes_and_says_so():
    history = daily_rows()
    finding = judge(history, next_run(history, history[-1].value), metric=Metric.row_count)
    assert finding.status == "ok" and finding.passed and finding.kind is None and finding.severity is None
    assert finding.expected_low <= history[-1].value <= finding.expected_high
    assert "is within the expected" in finding.explanation


def test_a_spike_and_a_duplicate_load_are_told_apart():
    history = daily_rows()
    doubled = judge(history, next_run(history, 2 * 11_200), metric=Metric.row_count)
    assert doubled.kind == AnomalyKind.duplicate_load
    assert "about 2.0×" in doubled.explanation and "loaded twice" in doubled.explanation
    spike = judge(history, next_run(history, 5 * 11_200), metric=Metric.row_count)
    assert spike.kind == AnomalyKind.spike


def test_a_slow_drift_is_found_before_any_single_run_leaves_the_band():
    history = daily_rows(noise=0.02)
    for point in history[-8:]:
        history[history.index(point)] = MetricPoint(at=point.at, value=point.value * 1.07)
    new = next_run(history, history[-1].value)
    finding = judge(history, new, metric=Metric.row_count)
    assert finding.expected_low <= new.value <= finding.expected_high  # one point alone would pass...
    assert finding.kind == AnomalyKind.drift  # ... the run of them does not
    assert "has drifted up" in finding.explanation and "where the older history expects" in finding.explanation
    # The same new point after an ordinary history is fine: the drift is in the window, not the point.
    plain = daily_rows(noise=0.02)
    assert judge(plain, next_run(plain, new.value / 1.07), metric=Metric.row_count).status == "ok"


def test_one_high_run_is_a_spike_not_a_drift():
    history = daily_rows()
    finding = judge(history, next_run(history, 16_000), metric=Metric.row_count)
    assert finding.kind == AnomalyKind.spike


def test_a_stuck_asset_is_stale_against_its_usual_interval():
    rng = np.random.default_rng(3)
    completions = [START + timedelta(days=day, minutes=float(rng.normal(12, 2))) for day in range(40)]
    intervals = [MetricPoint(at=b, value=(b - a).total_seconds()) for a, b in zip(completions, completions[1:])]
    check = completions[-1] + timedelta(hours=30)
    stale = judge(intervals, MetricPoint(at=check, value=30 * 3600), metric=Metric.freshness)
    assert stale.kind == AnomalyKind.stale
    assert 22.5 * 3600 < stale.expected_low < stale.expected_high < 25.5 * 3600
    assert stale.explanation.startswith("the last success was 30.0 h ago, longer than the usual interval of ")
    fresh = judge(intervals, MetricPoint(at=completions[-1] + timedelta(hours=1), value=3600), metric=Metric.freshness)
    assert fresh.status == "ok"


def test_a_null_burst_in_a_key_column():
    rng = np.random.default_rng(4)
    history = [MetricPoint(at=START + timedelta(days=day), value=rng.binomial(10_000, 0.01) / 10_000) for day in range(30)]
    burst = judge(history, next_run(history, 0.2), metric=Metric.null_rate)
    assert burst.kind == AnomalyKind.null_burst and burst.severity == Severity.error
    assert "null rate 20.0% is far above the expected" in burst.explanation
    fewer = judge(history, next_run(history, 0.0), metric=Metric.null_rate)
    assert fewer.status == "ok"  # fewer NULLs than usual is not an anomaly


def test_a_single_null_in_a_small_batch_of_a_mostly_clean_column_is_not_a_burst():
    rng = np.random.default_rng(9)
    start = START.replace(hour=0)
    history = []
    for hour in range(24 * 28):
        rows = 200
        history.append(MetricPoint(at=start + timedelta(hours=hour), value=rng.binomial(rows, 0.001) / rows))
    assert sum(point.value == 0 for point in history) > 0.7 * len(history)  # the MAD of this history is 0
    later = start + timedelta(days=28, hours=1)
    assert judge(history, MetricPoint(at=later, value=1 / 200), metric=Metric.null_rate).status == "ok"
    assert judge(history, MetricPoint(at=later, value=0.15), metric=Metric.null_rate).kind == AnomalyKind.null_burst


def test_distinct_count_drop():
    history = daily_rows(base=3_000, seed=5)
    finding = judge(history, next_run(history, 900), metric=Metric.distinct_count)
    assert finding.kind == AnomalyKind.drop and finding.explanation.startswith("distinct count 900 is")


def test_a_low_sunday_is_normal_but_the_same_value_on_a_wednesday_is_not():
    history = daily_rows(sunday=0.55)
    assert history[-1].at.weekday() == 6  # the history ends on a Sunday
    sunday = judge(history, next_run(history, 6_500, days_after=7), metric=Metric.row_count)
    assert sunday.status == "ok", sunday.explanation
    assert "weekday" in sunday.seasonality
    assert "for a Sunday run" in sunday.explanation
    wednesday = judge(history, next_run(history, 6_500, days_after=3), metric=Metric.row_count)
    assert wednesday.kind == AnomalyKind.drop


def test_no_seasonality_is_assumed_where_the_history_shows_none():
    history = daily_rows(sunday=1.0)
    finding = judge(history, next_run(history, 11_000), metric=Metric.row_count)
    assert finding.seasonality == []
    assert " for a " not in finding.explanation


def test_an_hourly_asset_with_quiet_nights():
    rng = np.random.default_rng(6)
    start = START.replace(hour=0)
    history = []
    for hour in range(24 * 28):
        at = start + timedelta(hours=hour)
        level = 1_000 * np.exp(0.8 * np.cos(2 * np.pi * (at.hour - 14) / 24))
        history.append(MetricPoint(at=at, value=round(level * np.exp(rng.normal(0, 0.05)))))
    night = start + timedelta(days=28, hours=3)
    afternoon = start + timedelta(days=28, hours=14)
    quiet = 1_000 * np.exp(0.8 * np.cos(2 * np.pi * (3 - 14) / 24))
    assert judge(history, MetricPoint(at=night, value=quiet), metric=Metric.row_count).status == "ok"
    finding = judge(history, MetricPoint(at=afternoon, value=quiet), metric=Metric.row_count)
    assert finding.kind == AnomalyKind.drop
    assert "hour_of_day" in finding.seasonality and "14:00 run" in finding.explanation


def test_outliers_in_the_history_do_not_widen_the_band_or_hide_a_drop():
    history = daily_rows(seed=7)
    for index, factor in ((10, 0.01), (17, 6.0), (25, 0.02), (33, 2.0), (41, 0.3), (48, 4.0)):
        history[index] = MetricPoint(at=history[index].at, value=history[index].value * factor)
    finding = judge(history, next_run(history, 40), metric=Metric.row_count)
    assert finding.kind == AnomalyKind.drop
    assert finding.expected_low > 9_000 and finding.expected_high < 13_500
    moderate = judge(history, next_run(history, 8_000), metric=Metric.row_count)
    assert moderate.kind == AnomalyKind.drop  # a mean and standard deviation would pass this one


def test_too_short_a_history_says_so_instead_of_guessing():
    history = daily_rows(days=5)
    finding = judge(history, next_run(history, 40), metric=Metric.row_count)
    assert finding.status == "not_enough_history" and finding.passed
    assert finding.kind is None and finding.expected_low is None
    assert finding.explanation.startswith("not enough history to judge the row count: 5 earlier points")


def test_only_points_before_the_new_one_count():
    history = daily_rows()
    new = MetricPoint(at=history[20].at + timedelta(hours=1), value=40)
    finding = judge(history, new, metric=Metric.row_count)
    assert finding.history_points == 21


def test_an_ordinary_stretch_of_runs_raises_nothing():
    history = daily_rows(days=84, sunday=0.6, noise=0.05, seed=8)
    findings = [judge(history[:day], history[day], metric=Metric.row_count) for day in range(28, 84)]
    assert [finding.explanation for finding in findings if not finding.passed] == []


def test_naive_timestamps_are_read_as_utc_and_metadata_is_plain():
    point = MetricPoint(at=datetime(2026, 9, 7, 2), value=1)
    assert point.at.tzinfo == timezone.utc
    history = daily_rows()
    metadata = judge(history, next_run(history, 40), metric=Metric.row_count).metadata()
    assert metadata["kind"] == "drop" and metadata["metric"] == "row_count"
    assert all(value is None or isinstance(value, (str, int, float)) for value in metadata.values())


@pytest.mark.parametrize("metric", list(Metric))
def test_every_metric_judges_a_flat_history(metric):
    history = [MetricPoint(at=START + timedelta(days=day), value=0.01 if metric == Metric.null_rate else 86_400) for day in range(20)]
    finding = judge(history, next_run(history, history[-1].value), metric=metric)
    assert finding.status == "ok", finding.explanation


def test_a_sub_second_step_slowed_by_a_busy_machine_is_no_anomaly_but_a_step_many_times_slower_is():
    """Before: durations were shares of themselves, so a 0.1 s load that once took 0.5 s was an error (and a
    blocking check failed the run, as CI saw); now they are shares of the duration plus 15 seconds."""
    rng = np.random.default_rng(0)
    history = [MetricPoint(at=START + timedelta(days=day), value=float(rng.uniform(0.08, 0.14))) for day in range(20)]
    for busy in (0.5, 1.5):
        assert judge(history, next_run(history, busy), metric=Metric.duration).passed, busy
    slow = judge(history, next_run(history, 40), metric=Metric.duration)
    assert slow.kind == AnomalyKind.spike and slow.severity == Severity.error
    # minutes-long steps are judged by their share as before: three times slower is a spike
    minutes = [MetricPoint(at=START + timedelta(days=day), value=float(600 * np.exp(rng.normal(0, 0.05)))) for day in range(20)]
    assert judge(minutes, next_run(minutes, 1_800), metric=Metric.duration).kind == AnomalyKind.spike
    assert judge(minutes, next_run(minutes, 640), metric=Metric.duration).passed
