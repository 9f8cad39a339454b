"""The metrics a pipeline asset is judged on, and for each the scale on which its noise is even.

Counts and durations vary by a share of their size, so they are judged in logs (a duplicate load
is +log 2 whatever the table's size; a duration's share is of itself plus 15 seconds, so the
jitter of a sub-second step on a busy machine is no anomaly); a null rate varies like a count of rare events, so it is
judged as a square root. The resolution is the smallest spread the band may assume: a history that
never moved does not make every later change of one row an anomaly.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import numpy as np


class Metric(StrEnum):
    row_count = "row_count"
    duration = "duration"  # seconds of the run or step
    null_rate = "null_rate"  # share 0..1 of NULLs in a key column
    distinct_count = "distinct_count"  # distinct values of a key column
    freshness = "freshness"  # seconds: the history holds intervals between successes, the new point the age now


@dataclass(frozen=True)
class MetricScale:
    """How one metric is transformed, which of its sides can be anomalous, and how its values read."""

    label: str
    transform: str  # "log" or "sqrt"
    high_side_only: bool
    resolution: float  # smallest spread on the transformed scale
    unit: float = 1.0  # a log scale is log(1 + value / unit): changes well below `unit` are noise, not shares

    def forward(self, values: np.ndarray | float) -> np.ndarray:
        values = np.maximum(np.asarray(values, dtype=float), 0.0)
        return np.log1p(values / self.unit) if self.transform == "log" else np.sqrt(values)

    def inverse(self, values: np.ndarray | float) -> np.ndarray:
        values = np.asarray(values, dtype=float)
        return np.maximum(self.unit * np.expm1(values), 0.0) if self.transform == "log" else np.square(np.maximum(values, 0.0))


SCALES: dict[Metric, MetricScale] = {
    Metric.row_count: MetricScale("row count", "log", high_side_only=False, resolution=0.01),
    # a step of 0.1 s that once takes 0.5 s is a busy machine, not an anomaly: seconds count in shares of (15 s + the duration)
    Metric.duration: MetricScale("duration", "log", high_side_only=False, resolution=0.03, unit=15.0),
    Metric.null_rate: MetricScale("null rate", "sqrt", high_side_only=True, resolution=0.01),
    Metric.distinct_count: MetricScale("distinct count", "log", high_side_only=False, resolution=0.01),
    Metric.freshness: MetricScale("time since the last success", "log", high_side_only=True, resolution=0.01),
}


def format_value(metric: Metric, value: float) -> str:
    """A value as a person reads it: 9,200 rows, 12.5 min, 0.40%."""
    if metric in (Metric.row_count, Metric.distinct_count):
        return f"{round(value):,}"
    if metric == Metric.null_rate:
        return f"{value * 100:.2f}%" if value < 0.01 else f"{value * 100:.1f}%"
    return format_seconds(value)


def format_seconds(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 2 * 3600:
        return f"{seconds / 60:.1f} min"
    if seconds < 3 * 86_400:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86_400:.1f} days"
