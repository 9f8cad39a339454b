"""Freshness checks derived from each pipeline's schedule: the final table must have been updated
within one schedule interval (plus grace) before every cron tick."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from functools import lru_cache

import dagster as dg
from croniter import croniter

from ai_etl.assets.naming import final_asset_key
from ai_etl.project_files import ProjectFolder


@lru_cache(maxsize=256)
def schedule_interval(cron: str) -> dt.timedelta:
    """The longest gap between consecutive ticks over a few weeks (weekly crons are uneven)."""
    start = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)
    ticks = croniter(cron, start)
    times = [ticks.get_next(dt.datetime) for _ in range(40)]
    return max(b - a for a, b in zip(times, times[1:]))


def freshness_checks(folder: ProjectFolder) -> tuple[list[dg.AssetChecksDefinition], dg.SensorDefinition | None]:
    # one check definition per distinct schedule, covering every pipeline on it
    finals_by_schedule: dict[tuple[str, str], list[dg.AssetKey]] = defaultdict(list)
    for pipeline in folder.pipelines.values():
        if pipeline.schedule is not None:
            finals_by_schedule[(pipeline.schedule.cron, pipeline.schedule.timezone)].append(final_asset_key(folder.name, pipeline))
    checks: list[dg.AssetChecksDefinition] = []
    for (cron, timezone), finals in sorted(finals_by_schedule.items()):
        interval = schedule_interval(cron)
        grace = min(interval, dt.timedelta(hours=1))
        checks += dg.build_last_update_freshness_checks(
            assets=finals, deadline_cron=cron, lower_bound_delta=interval + grace, timezone=timezone
        )
    if not checks:
        return [], None
    sensor = dg.build_sensor_for_freshness_checks(freshness_checks=checks, name=f"{folder.name}_freshness_checks_sensor")
    return checks, sensor
