"""An asset's own history, read from the Dagster instance: its recent materializations and its check's last verdict.

The event log already holds every materialization with its metadata and time, so the anomaly check
keeps no books of its own. Reads are bounded: the detector's lookback, and at most
MAX_MATERIALIZATIONS records (a stream's micro-batch every minute would be 80,000 in 8 weeks; the
newest 2,000 are 33 hours of them).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

import dagster as dg
from dagster._core.storage.asset_check_execution_record import AssetCheckExecutionRecordStatus

from ai_etl.monitoring.asset_metrics import Observation, values_of
from ai_etl.monitoring.history_model import DAY

MAX_MATERIALIZATIONS = 2_000
DONE = {AssetCheckExecutionRecordStatus.SUCCEEDED, AssetCheckExecutionRecordStatus.FAILED}


def recent_observations(instance: dg.DagsterInstance, key: dg.AssetKey, lookback_days: float, limit: int = MAX_MATERIALIZATIONS) -> list[Observation]:
    """The asset's materializations of the last `lookback_days` (and a day more, for the first interval), oldest first."""
    since = time.time() - (lookback_days + 1) * DAY
    records = instance.fetch_materializations(dg.AssetRecordsFilter(asset_key=key, after_timestamp=since), limit=limit, ascending=False).records
    observations = [
        Observation(
            at=datetime.fromtimestamp(record.timestamp, tz=timezone.utc),
            run_id=record.run_id,
            storage_id=record.storage_id,
            values=values_of(record.asset_materialization.metadata if record.asset_materialization else {}),
        )
        for record in records
    ]
    return observations[::-1]


def previous_verdict(instance: dg.DagsterInstance, check: dg.AssetCheckKey, run_id: str) -> Mapping[str, Any]:
    """The metadata of the check's last finished evaluation before this run (plain values), or {}."""
    for record in instance.event_log_storage.get_asset_check_execution_history(check, limit=3, status=DONE):
        if record.run_id == run_id or record.event is None or record.event.dagster_event is None:
            continue
        evaluation = record.event.dagster_event.event_specific_data
        return {key: getattr(value, "value", value) for key, value in (getattr(evaluation, "metadata", None) or {}).items()}
    return {}
