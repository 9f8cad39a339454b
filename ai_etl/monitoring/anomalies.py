"""Is the new value of an asset's metric anomalous against that asset's own history? One finding, one sentence.

Called by the `anomalies` asset check of every pipeline table (ai_etl/assets/anomaly_checks.py),
once per metric of the newest materialization (ai_etl/monitoring/anomaly_verdict.py):

    finding = judge(history, MetricPoint(at=materialized_at, value=rows), metric=Metric.row_count)

`history` is the metric's earlier points (any order, UTC). The new point is judged only against
points before it. A single point outside the band (trend + seasonality where the history shows
it, ± band_sigmas robust standard deviations) is a drop, spike, duplicate load (row count about
twice the expected), stale (freshness) or null burst (null rate); a run of recent points sitting
on one side of what the older history expects is a drift, even when no single point leaves the band.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from enum import StrEnum
from typing import Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, field_validator

from ai_etl.monitoring.explanations import Expectation, describe
from ai_etl.monitoring.history_model import DAY, MIN_CYCLES, WEEKDAY, HistoryFit, fit_history
from ai_etl.monitoring.metrics import SCALES, Metric, MetricScale

LOG_TWO = float(np.log(2.0))
MEDIAN_EFFICIENCY = 1.2533  # the median of n normal points has sqrt(pi/2)/sqrt(n) standard deviations of error


class AnomalyKind(StrEnum):
    drop = "drop"
    spike = "spike"
    drift = "drift"
    duplicate_load = "duplicate_load"
    stale = "stale"
    null_burst = "null_burst"


class Severity(StrEnum):
    warn = "warn"
    error = "error"


class MetricPoint(BaseModel):
    """One observation of a metric: when (UTC) and its value."""

    model_config = ConfigDict(frozen=True)

    at: datetime
    value: float

    @field_validator("at")
    @classmethod
    def in_utc(cls, at: datetime) -> datetime:
        return at.replace(tzinfo=timezone.utc) if at.tzinfo is None else at.astimezone(timezone.utc)


class DetectorSettings(BaseModel):
    """The few numbers of the method; the same for every metric and asset."""

    model_config = ConfigDict(frozen=True)

    lookback_days: float = 56.0
    min_points: int = Field(14, ge=4)
    band_sigmas: float = 4.0  # a point beyond this many robust standard deviations is anomalous
    error_sigmas: float = 8.0  # ... and beyond this many it is an error, not a warning
    drift_sigmas: float = 2.0  # the median of the recent window beyond this many is a drift
    drift_runs: int = 6  # the recent window: at least this many runs ...
    drift_days: float = 2.0  # ... or all runs of this many days, whichever is more
    drift_agreement: float = 0.75  # share of the window's points that must sit on the drift's side


class Finding(BaseModel):
    """The verdict on one new point, with the range it was held to and why."""

    metric: Metric
    status: Literal["ok", "anomaly", "not_enough_history"]
    kind: AnomalyKind | None = None
    severity: Severity | None = None
    value: float
    expected: float | None = None
    expected_low: float | None = None
    expected_high: float | None = None
    score: float | None = None  # robust standard deviations from the expected value (the window median for a drift)
    drift_level: float | None = None  # a drift's recent window median, in the metric's units
    seasonality: list[str] = []
    history_points: int
    explanation: str

    @property
    def passed(self) -> bool:
        return self.status != "anomaly"

    def metadata(self) -> dict[str, str | float | int | None]:
        """Plain values for `AssetCheckResult(metadata=...)`."""
        return {
            "metric": self.metric.value,
            "status": self.status,
            "kind": self.kind.value if self.kind else None,
            "value": self.value,
            "expected": self.expected,
            "expected_low": self.expected_low,
            "expected_high": self.expected_high,
            "score": self.score,
            "seasonality": ", ".join(self.seasonality) or "none",
            "history_points": self.history_points,
        }


def judge(
    history: Sequence[MetricPoint], new_point: MetricPoint, metric: Metric, settings: DetectorSettings | None = None
) -> Finding:
    """The finding for new_point given the points of the same metric before it."""
    settings = settings or DetectorSettings()
    scale = SCALES[metric]
    new_seconds = new_point.at.timestamp()
    seconds, values = history_arrays(history, new_seconds, settings.lookback_days)
    if len(values) < settings.min_points:
        return Finding(
            metric=metric,
            status="not_enough_history",
            value=new_point.value,
            history_points=len(values),
            explanation=(
                f"not enough history to judge the {scale.label}: {len(values)} earlier points in the last "
                f"{settings.lookback_days:g} days, at least {settings.min_points} are needed."
            ),
        )
    transformed = scale.forward(values)
    new_transformed = float(scale.forward(new_point.value))
    fit = fit_history(seconds, transformed)
    expectation = expectation_at(fit, scale, new_seconds, settings, seconds)
    score = (new_transformed - expectation.center) / expectation.sigma
    drift = None if metric == Metric.freshness else sustained_shift(fit, seconds, transformed, new_seconds, new_transformed, scale, settings)

    kind: AnomalyKind | None = None
    severity: Severity | None = None
    outside = score >= settings.band_sigmas or (not scale.high_side_only and score <= -settings.band_sigmas)
    if outside:
        kind = point_kind(metric, score, new_transformed, expectation, drift, settings)
        severity = Severity.error if abs(score) >= settings.error_sigmas else Severity.warn
    elif drift is not None:
        kind = AnomalyKind.drift
        severity = Severity.error if abs(drift.shift) >= settings.band_sigmas else Severity.warn
    if kind == AnomalyKind.drift and drift is not None:
        expectation, score = drift.expectation, drift.shift
    return Finding(
        metric=metric,
        status="anomaly" if kind else "ok",
        kind=kind,
        severity=severity,
        value=new_point.value,
        expected=float(scale.inverse(expectation.center)),
        expected_low=expectation.low,
        expected_high=expectation.high,
        score=round(float(score), 2),
        seasonality=list(fit.seasonality_names),
        history_points=len(values),
        drift_level=drift.window_median if kind == AnomalyKind.drift and drift is not None else None,
        explanation=describe(metric, kind, new_point, expectation, drift if kind == AnomalyKind.drift else None),
    )


def history_arrays(history: Sequence[MetricPoint], before: float, lookback_days: float) -> tuple[np.ndarray, np.ndarray]:
    """Times (epoch seconds, sorted) and values of the points in the lookback before the new point."""
    seconds = np.fromiter((point.at.timestamp() for point in history), dtype=float, count=len(history))
    values = np.fromiter((point.value for point in history), dtype=float, count=len(history))
    keep = (seconds < before) & (seconds >= before - lookback_days * DAY) & np.isfinite(values)
    seconds, values = seconds[keep], values[keep]
    order = np.argsort(seconds, kind="stable")
    return seconds[order], values[order]


def expectation_at(
    fit: HistoryFit, scale: MetricScale, at_seconds: float, settings: DetectorSettings, seconds: np.ndarray
) -> Expectation:
    """The band for one time: the spread of a run there, widened by how uncertain the fitted centre is there."""
    center = float(fit.center(np.array([at_seconds]))[0])
    run_spread = max(float(fit.spread_at(np.array([at_seconds]))[0]), scale.resolution)
    sigma = run_spread * float(np.sqrt(1 + fit.center_uncertainty(at_seconds) ** 2))
    band = settings.band_sigmas * sigma
    return Expectation(
        center=center,
        sigma=sigma,
        low=float(scale.inverse(center - band)),
        high=float(scale.inverse(center + band)),
        at=datetime.fromtimestamp(at_seconds, tz=timezone.utc),
        seasonality=fit.seasonality_names,
        history_days=float(at_seconds - seconds[0]) / DAY,
        history_points=fit.points,
    )


@dataclass(frozen=True)
class Drift:
    """A recent window whose median sits well off what the history before it expects."""

    shift: float  # the window's median, in robust standard deviations of the older history
    runs: int
    window_median: float  # in the metric's own units
    window_expected: float  # what the older history expects for those runs (the median of their centres)
    expectation: Expectation


def sustained_shift(
    fit: HistoryFit,
    seconds: np.ndarray,
    transformed: np.ndarray,
    new_seconds: float,
    new_transformed: float,
    scale: MetricScale,
    settings: DetectorSettings,
) -> Drift | None:
    """The recent runs (and the new one) against a model of the history before them, or None when they agree.

    The older history keeps the seasonality chosen on the whole (a few runs fewer do not change it),
    and must span the weeks a weekly pattern needs to be seen (MIN_CYCLES).
    """
    recent = max(settings.drift_runs, int(np.sum(seconds >= new_seconds - settings.drift_days * DAY)))
    if len(seconds) - recent < settings.min_points:
        return None
    if seconds[-recent - 1] - seconds[0] < MIN_CYCLES * WEEKDAY.cycle_seconds:
        return None  # the older history is too short to have shown a weekly pattern: a weekend would look like a drift
    reference = fit_history(seconds[:-recent], transformed[:-recent], fit.seasonalities)
    window_seconds = np.append(seconds[-recent:], new_seconds)
    window_values = np.append(transformed[-recent:], new_transformed)
    standardized = (window_values - reference.center(window_seconds)) / np.maximum(reference.spread_at(window_seconds), scale.resolution)
    shift = float(np.median(standardized))
    side = np.sign(shift)
    if abs(shift) < settings.drift_sigmas or (scale.high_side_only and shift < 0):
        return None
    # Significant as well as large: the window median's noise plus the uncertainty of the older history's line there.
    noise = MEDIAN_EFFICIENCY / np.sqrt(len(window_values))
    if abs(shift) < settings.band_sigmas * np.hypot(noise, reference.center_uncertainty(float(window_seconds.mean()))):
        return None
    if np.mean(np.sign(standardized) == side) < settings.drift_agreement or np.sign(standardized[-1]) != side:
        return None
    expectation = expectation_at(reference, scale, new_seconds, settings, seconds)
    return Drift(
        shift=round(shift, 2),
        runs=len(window_values),
        window_median=float(scale.inverse(np.median(window_values))),
        window_expected=float(scale.inverse(np.median(reference.center(window_seconds)))),
        expectation=expectation,
    )


def point_kind(
    metric: Metric, score: float, new_transformed: float, expectation: Expectation, drift: Drift | None, settings: DetectorSettings
) -> AnomalyKind:
    """The name of a single point outside the band."""
    if metric == Metric.freshness:
        return AnomalyKind.stale
    if metric == Metric.null_rate:
        return AnomalyKind.null_burst
    if drift is not None and np.sign(drift.shift) == np.sign(score):
        return AnomalyKind.drift
    if metric == Metric.row_count and score > 0:
        doubled = (new_transformed - (expectation.center + LOG_TWO)) / expectation.sigma
        if abs(doubled) < settings.band_sigmas:
            return AnomalyKind.duplicate_load
    return AnomalyKind.spike if score > 0 else AnomalyKind.drop
