"""The expected value of a metric, and how far from it a normal run lands, learnt from the metric's own history.

Everything is robust so that the anomalies already in a history do not widen the band: the trend
is a Theil-Sen line (median of pairwise slopes), seasonal offsets are medians per bucket, and the
spread is the median absolute deviation of the residuals. Seasonality is used only where it pays
off out of sample: each candidate's bucket offsets are learnt on every other cycle and scored on
the remaining ones, and a candidate is kept only when it cuts that spread clearly below the plain
trend's. Values arrive already on the scale the caller judges them on (log for counts, square root
for rates): the model itself knows nothing about metrics.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

DAY = 86_400.0
MAD_TO_SIGMA = 1.4826  # the MAD of a normal sample times this is its standard deviation
DECILE_RANGE_TO_SIGMA = 2.5631  # the 10-90% range of a normal sample is this many standard deviations
MAX_TREND_POINTS = 120  # Theil-Sen over pairs of at most this many points (7,140 pairs)
MIN_POINTS_PER_BUCKET = 2
MIN_POINTS_FOR_SPREAD = 20  # an hour's own spread needs this many runs of that hour
FOLDS = 4  # cross-validation folds of whole cycles when seasonalities are compared
MIN_CYCLES = 3  # a seasonality is considered only when the history spans this many of its cycles
SEASONAL_GAIN = 0.85
CAP_SIGMAS = 4.0  # residuals are capped here when models are compared  # ... and kept only when its out-of-sample spread is below this share of the simpler model's


@dataclass(frozen=True)
class Seasonality:
    """A way to bucket times (hour of day, weekday) whose buckets have offsets of their own."""

    name: str
    cycle_seconds: float
    bucket_count: int
    subdaily_only: bool

    def buckets(self, seconds: np.ndarray) -> np.ndarray:
        if self.name == "weekday":
            return ((seconds // DAY).astype(np.int64) + 3) % 7  # 1970-01-01 was a Thursday; Monday is 0
        return ((seconds % DAY) // 3600).astype(np.int64)

    def cycles(self, seconds: np.ndarray) -> np.ndarray:
        return (seconds // self.cycle_seconds).astype(np.int64)


WEEKDAY = Seasonality("weekday", 7 * DAY, 7, subdaily_only=False)
HOUR_OF_DAY = Seasonality("hour_of_day", DAY, 24, subdaily_only=True)


@dataclass(frozen=True)
class HistoryFit:
    """A fitted history: a line in time, per-bucket offsets of the chosen seasonalities, and the residual spread."""

    slope_per_day: float
    intercept: float
    origin: float
    seasonalities: tuple[Seasonality, ...]
    offsets: tuple[np.ndarray, ...]
    spread: float  # robust standard deviation of a normal run around center()
    points: int
    mean_day: float  # mean and sum of squared deviations of the points' days: how well the line is pinned
    day_scatter: float
    hour_spreads: np.ndarray | None  # per hour of day, where the hours differ in noise (few rows at night)

    def spread_at(self, seconds: np.ndarray) -> np.ndarray:
        """The residual spread at these times: the hour's own where it is known to be larger."""
        seconds = np.asarray(seconds, dtype=float)
        if self.hour_spreads is None:
            return np.full(seconds.shape, self.spread)
        return np.maximum(self.spread, self.hour_spreads[HOUR_OF_DAY.buckets(seconds)])

    def center_uncertainty(self, seconds: float) -> float:
        """Standard error of center() in spreads: the level and the line's slope are estimates too.

        The prediction-interval term of a fitted line, sqrt(1/n + (t - mean t)^2 / Sxx): small for a
        long history judged a day ahead, large for two weeks extrapolated a week ahead.
        """
        day = (seconds - self.origin) / DAY
        return float(np.sqrt(1 / self.points + (day - self.mean_day) ** 2 / max(self.day_scatter, 1e-9)))

    def center(self, seconds: np.ndarray) -> np.ndarray:
        """The expected (transformed) value at these times."""
        seconds = np.asarray(seconds, dtype=float)
        value = self.intercept + self.slope_per_day * (seconds - self.origin) / DAY
        for seasonality, offsets in zip(self.seasonalities, self.offsets):
            value = value + offsets[seasonality.buckets(seconds)]
        return value

    @property
    def seasonality_names(self) -> tuple[str, ...]:
        return tuple(seasonality.name for seasonality in self.seasonalities)


def theil_sen(days: np.ndarray, values: np.ndarray) -> tuple[float, float]:
    """Slope and intercept of the median pairwise slope: one outlier in ten moves it hardly at all."""
    if len(days) > MAX_TREND_POINTS:
        keep = np.linspace(0, len(days) - 1, MAX_TREND_POINTS).round().astype(int)
        sample_days, sample_values = days[keep], values[keep]
    else:
        sample_days, sample_values = days, values
    first, second = pairs(len(sample_days))
    gaps = sample_days[second] - sample_days[first]
    usable = gaps > 1e-9
    slope = float(np.median((sample_values[second] - sample_values[first])[usable] / gaps[usable])) if usable.any() else 0.0
    return slope, float(np.median(values - slope * days))


@lru_cache(maxsize=MAX_TREND_POINTS + 1)
def pairs(count: int) -> tuple[np.ndarray, np.ndarray]:
    return np.triu_indices(count, k=1)


def bucket_medians(residuals: np.ndarray, buckets: np.ndarray, bucket_count: int, least: int = MIN_POINTS_PER_BUCKET) -> np.ndarray:
    """Median residual per bucket; 0 for a bucket with fewer than `least` points."""
    order = np.lexsort((residuals, buckets))  # by bucket, then value: each bucket's median is its middle
    sorted_buckets, sorted_values = buckets[order], residuals[order]
    starts = np.searchsorted(sorted_buckets, np.arange(bucket_count), side="left")
    counts = np.searchsorted(sorted_buckets, np.arange(bucket_count), side="right") - starts
    enough = counts >= least
    lower = np.minimum(starts + (counts - 1) // 2, len(sorted_values) - 1)
    upper = np.minimum(starts + counts // 2, len(sorted_values) - 1)
    return np.where(enough, (sorted_values[lower] + sorted_values[upper]) / 2, 0.0)


def robust_spread(residuals: np.ndarray) -> float:
    """The larger of the MAD and the 10-90% range, each scaled to a normal standard deviation.

    The MAD alone collapses to 0 when more than half the values tie (a null rate that is mostly 0,
    then one NULL in a small batch looked like a burst); the range is still blind to the 10% most
    extreme values, so the outliers of a history do not widen it either.
    """
    mad = MAD_TO_SIGMA * float(np.median(np.abs(residuals - np.median(residuals))))
    low, high = np.quantile(residuals, [0.1, 0.9]) if len(residuals) else (0.0, 0.0)
    return max(mad, float(high - low) / DECILE_RANGE_TO_SIGMA)


def fit_with(seconds: np.ndarray, values: np.ndarray, seasonalities: tuple[Seasonality, ...]) -> HistoryFit:
    """Alternate the robust line and the bucket medians (two rounds settle them)."""
    origin = float(seconds[-1])
    days = (seconds - origin) / DAY
    seasonal = np.zeros_like(values)
    offsets: list[np.ndarray] = []
    for _ in range(2 if seasonalities else 1):
        slope, intercept = theil_sen(days, values - seasonal)
        remaining = values - (intercept + slope * days)
        seasonal = np.zeros_like(values)
        offsets = []
        for seasonality in seasonalities:
            buckets = seasonality.buckets(seconds)
            bucket_offsets = bucket_medians(remaining - seasonal, buckets, seasonality.bucket_count)
            offsets.append(bucket_offsets)
            seasonal = seasonal + bucket_offsets[buckets]
    if seasonalities:
        slope, intercept = theil_sen(days, values - seasonal)
    residuals = values - (intercept + slope * days) - seasonal
    hour_spreads = None
    if HOUR_OF_DAY in seasonalities:
        hours = HOUR_OF_DAY.buckets(seconds)
        deviations = np.abs(residuals - bucket_medians(residuals, hours, 24)[hours])
        hour_spreads = MAD_TO_SIGMA * bucket_medians(deviations, hours, 24, MIN_POINTS_FOR_SPREAD)
    return HistoryFit(
        slope, intercept, origin, seasonalities, tuple(offsets), robust_spread(residuals), len(values),
        float(days.mean()), float(np.sum((days - days.mean()) ** 2)), hour_spreads,
    )


def out_of_sample_residuals(seconds: np.ndarray, detrended: np.ndarray, seasonalities: tuple[Seasonality, ...]) -> np.ndarray | None:
    """Residuals when each cycle's offsets are learnt on the other cycles (up to FOLDS folds of whole cycles).

    None when the history holds a single cycle, so nothing can be held out.
    """
    cycles = (seasonalities[-1] if seasonalities else WEEKDAY).cycles(seconds)
    cycles = cycles - cycles[0]
    folds = min(FOLDS, int(cycles[-1]) + 1)
    if folds < 2:
        return None
    residuals = np.empty_like(detrended)
    for fold in range(folds):
        held_out = cycles % folds == fold
        learn = ~held_out
        if not learn.any() or not held_out.any():
            return None
        learnt = detrended[learn] - np.median(detrended[learn])
        applied = np.full(held_out.sum(), np.median(detrended[learn]))
        for seasonality in seasonalities:
            offsets = bucket_medians(learnt, seasonality.buckets(seconds[learn]), seasonality.bucket_count)
            learnt = learnt - offsets[seasonality.buckets(seconds[learn])]
            applied = applied + offsets[seasonality.buckets(seconds[held_out])]
        residuals[held_out] = detrended[held_out] - applied
    return residuals


def candidate_seasonalities(seconds: np.ndarray) -> list[tuple[Seasonality, ...]]:
    """The seasonalities this history is long and dense enough to test, simplest first."""
    span = float(seconds[-1] - seconds[0])
    subdaily = len(seconds) > 1 and float(np.median(np.diff(seconds))) < DAY / 2
    single = [
        seasonality
        for seasonality in (HOUR_OF_DAY, WEEKDAY)
        if span >= MIN_CYCLES * seasonality.cycle_seconds and (subdaily or not seasonality.subdaily_only)
    ]
    candidates: list[tuple[Seasonality, ...]] = [()] + [(seasonality,) for seasonality in single]
    if len(single) == 2:
        candidates.append((HOUR_OF_DAY, WEEKDAY))
    return candidates


def fit_history(seconds: np.ndarray, values: np.ndarray, seasonalities: tuple[Seasonality, ...] | None = None) -> HistoryFit:
    """The simplest model that no richer one clearly beats out of sample (or the given seasonalities); seconds sorted.

    Models are compared on the mean absolute residual with each residual capped at CAP_SIGMAS
    plain-trend spreads: a MAD would not see a Sunday dip (one point in seven is an outlier to
    it), an uncapped mean would let a few outliers decide.
    """
    origin = float(seconds[-1])
    slope, intercept = theil_sen((seconds - origin) / DAY, values)
    detrended = values - (intercept + slope * (seconds - origin) / DAY)
    if seasonalities is None:
        chosen, chosen_residuals = choose_seasonalities(seconds, detrended)
    else:
        chosen, chosen_residuals = seasonalities, out_of_sample_residuals(seconds, detrended, seasonalities)
    fit = fit_with(seconds, values, chosen)
    # The in-sample spread flatters the model (it saw those points): use the larger of the two.
    spread = max(fit.spread, robust_spread(chosen_residuals) if chosen_residuals is not None else 0.0)
    return replace(fit, spread=spread)


def choose_seasonalities(seconds: np.ndarray, detrended: np.ndarray) -> tuple[tuple[Seasonality, ...], np.ndarray | None]:
    """The chosen seasonalities and their out-of-sample residuals."""
    plain = out_of_sample_residuals(seconds, detrended, ())
    if plain is None:
        return (), None
    cap = CAP_SIGMAS * max(robust_spread(plain), 1e-12)
    chosen: tuple[Seasonality, ...] = ()
    chosen_residuals, chosen_error = plain, float(np.mean(np.minimum(np.abs(plain), cap)))
    for candidate in candidate_seasonalities(seconds)[1:]:
        residuals = out_of_sample_residuals(seconds, detrended, candidate)
        if residuals is None:
            continue
        error = float(np.mean(np.minimum(np.abs(residuals), cap)))
        if error < chosen_error * (SEASONAL_GAIN if len(candidate) > len(chosen) else 1.0):
            chosen, chosen_error, chosen_residuals = candidate, error, residuals
    return chosen, chosen_residuals
