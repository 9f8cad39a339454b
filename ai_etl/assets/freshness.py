"""Freshness checks derived from each pipeline's schedule: the final table must have been updated
within one schedule interval (plus grace) before every cron tick."""

from __future__ import annotations

import datetime as dt

import dagster as dg
from croniter import croniter

from ai_etl.assets.naming import final_asset_key
from ai_etl.project_files import ProjectFolder


def schedule_interval(cron: str, timezone: str) -> dt.timedelta:
    """The longest gap between consecutive ticks over the next few weeks (weekly crons are uneven)."""
    start = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)
    ticks = croniter(cron, start)
    times = [ticks.get_next(dt.datetime) for _ in range(60)]
    return max(b - a for a, b in zip(times, times[1:]))


def freshness_checks(folder: ProjectFolder) -> tuple[list[dg.AssetChecksDefinition], dg.SensorDefinition | None]:
    checks: list[dg.AssetChecksDefinition] = []
    for pipeline in folder.pipelines.values():
        if pipeline.schedule is None:
            continue
        interval = schedule_interval(pipeline.schedule.cron, pipeline.schedule.timezone)
        grace = min(interval, dt.timedelta(hours=1))
        checks += dg.build_last_update_freshness_checks(
            assets=[final_asset_key(folder.name, pipeline)],
            deadline_cron=pipeline.schedule.cron,
            lower_bound_delta=interval + grace,
            timezone=pipeline.schedule.timezone,
        )
    if not checks:
        return [], None
    sensor = dg.build_sensor_for_freshness_checks(freshness_checks=checks, name=f"{folder.name}_freshness_checks_sensor")
    return checks, sensor
