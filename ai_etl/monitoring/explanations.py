"""One sentence per finding, with the expected range and what it was expected for, so nobody opens a chart to see why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from ai_etl.monitoring.metrics import SCALES, Metric, format_value

if TYPE_CHECKING:
    from ai_etl.monitoring.anomalies import AnomalyKind, Drift, MetricPoint


@dataclass(frozen=True)
class Expectation:
    """What a normal point at one time looks like: centre and spread (transformed scale), band (metric's units)."""

    center: float
    sigma: float
    low: float
    high: float
    at: datetime
    seasonality: tuple[str, ...]
    history_days: float
    history_points: int

    def expected_range(self, metric: Metric) -> str:
        return f"{format_value(metric, self.low)}–{format_value(metric, self.high)}"

    def context(self) -> str:
        """'for a Tuesday 02:00 run (last 8 weeks)': the bucket the range belongs to and the history behind it."""
        parts = []
        if "weekday" in self.seasonality:
            parts.append(self.at.strftime("%A"))
        if "hour_of_day" in self.seasonality:
            parts.append(self.at.strftime("%H:00"))
        bucket = f" for a {' '.join(parts)} run" if parts else ""
        return f"{bucket} ({history_span(self.history_days)}, {self.history_points} points)"


def history_span(days: float) -> str:
    if days >= 14:
        return f"last {round(days / 7)} weeks"
    if days >= 2:
        return f"last {round(days)} days"
    return f"last {round(days * 24)} hours"


def describe(metric: Metric, kind: AnomalyKind | None, point: MetricPoint, expectation: Expectation, drift: Drift | None) -> str:
    """The finding in one sentence: the value, the expected range, and for which run and history."""
    label = SCALES[metric].label
    value = format_value(metric, point.value)
    usual = f"{expectation.expected_range(metric)}{expectation.context()}"
    expected = f"the expected {usual}"
    name = kind.value if kind else None
    if name is None:
        return f"{label} {value} is within {expected}."
    if name == "stale":
        return f"the last success was {value} ago, longer than the usual interval of {usual}."
    if name == "drift" and drift is not None:
        direction = "up" if drift.shift > 0 else "down"
        median, was = format_value(metric, drift.window_median), format_value(metric, drift.window_expected)
        change = f" ({drift.window_median / drift.window_expected - 1:+.0%})" if drift.window_expected > 0 else ""
        return (
            f"{label} has drifted {direction}: the last {drift.runs} runs have a median of {median} where the older "
            f"history expects {was}{change}; now {value}, against {expected}."
        )
    if name == "duplicate_load":
        center = float(SCALES[metric].inverse(expectation.center))
        ratio = point.value / center if center > 0 else float("inf")
        return f"{label} {value} is about {ratio:.1f}× {expected}: the same data was probably loaded twice."
    side = "above" if point.value > expectation.high else "below"
    far = "far " if point.value > 2 * expectation.high or point.value < expectation.low / 2 else ""
    return f"{label} {value} is {far}{side} {expected}."
