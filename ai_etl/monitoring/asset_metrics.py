"""The metrics an asset's materialization already reports, read from its metadata, one series per name.

Nothing is measured twice: the extract, stream and cdc steps write `dagster/row_count` and
`duration_s`, dagster-dbt writes `Execution Duration` on a model, and the target's profile writes
`profile/<column>/null_rate` and, for the sorting-key columns, `profile/<column>/distinct`
(ai_etl/monitoring/asset_profile.py). The key columns are those with a distinct count; their null
rate and distinct count are judged. Freshness is the time between consecutive materializations.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from ai_etl.monitoring.anomalies import MetricPoint
from ai_etl.monitoring.asset_profile import PREFIX
from ai_etl.monitoring.metrics import Metric

ROW_COUNT_KEY = "dagster/row_count"
DURATION_KEYS = ("duration_s", "Execution Duration")  # ours (extract, stream, cdc), dagster-dbt's (a model)


class Observation(BaseModel):
    """One materialization of the asset: when, in which run, and the value of each named metric."""

    model_config = ConfigDict(frozen=True)

    at: datetime
    run_id: str
    storage_id: int
    values: dict[str, float]


def metric_of(name: str) -> Metric:
    """`null_rate/<column>` -> Metric.null_rate; the name is the metric's, then its column."""
    return Metric(name.split("/", 1)[0])


def values_of(metadata: Mapping[str, Any]) -> dict[str, float]:
    """Named metric values in a materialization's metadata: row_count, duration, null_rate/<key>, distinct_count/<key>."""
    plain = {key: _number(value) for key, value in metadata.items()}
    values: dict[str, float] = {}
    if plain.get(ROW_COUNT_KEY) is not None:
        values[Metric.row_count.value] = plain[ROW_COUNT_KEY]
    duration = next((plain[key] for key in DURATION_KEYS if plain.get(key) is not None), None)
    if duration is not None:
        values[Metric.duration.value] = duration
    for key, value in plain.items():
        parts = key.split("/")
        if value is None or len(parts) != 3 or parts[0] != PREFIX or parts[2] != "distinct":
            continue
        column = parts[1]
        values[f"{Metric.distinct_count.value}/{column}"] = value
        null_rate = plain.get(f"{PREFIX}/{column}/null_rate")
        if null_rate is not None:
            values[f"{Metric.null_rate.value}/{column}"] = null_rate
    return values


def _number(value: Any) -> float | None:
    value = getattr(value, "value", value)  # a MetadataValue from the event log, or a plain number
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def series(observations: Sequence[Observation]) -> dict[str, list[MetricPoint]]:
    """Each metric's points over the observations (oldest first), by name."""
    found: dict[str, list[MetricPoint]] = {}
    for observation in observations:
        for name, value in observation.values.items():
            found.setdefault(name, []).append(MetricPoint(at=observation.at, value=value))
    return found


def gaps(observations: Sequence[Observation]) -> list[MetricPoint]:
    """Seconds from each materialization to the next (oldest first), at the later one: the freshness series."""
    return [MetricPoint(at=later.at, value=(later.at - earlier.at).total_seconds()) for earlier, later in zip(observations, observations[1:])]
