"""Freshness policies derived from each pipeline's schedule: the final table must have been updated
within one schedule interval plus a grace (an hour, or the interval when shorter).

Dagster's `FreshnessPolicy` (evaluated by the daemon when `freshness: enabled` is set in
dagster.yaml, shown on the asset and in the asset health), not the superseded freshness checks,
which needed a sensor that is off by default.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import dagster as dg
from croniter import croniter

from ai_etl.spec import Schedule


@lru_cache(maxsize=256)
def schedule_interval(cron: str) -> dt.timedelta:
    """The longest gap between consecutive ticks over a few weeks (weekly crons are uneven)."""
    start = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)
    ticks = croniter(cron, start)
    times = [ticks.get_next(dt.datetime) for _ in range(16)]
    return max(b - a for a, b in zip(times, times[1:]))


@lru_cache(maxsize=1024)
def _policy(cron: str) -> dg.FreshnessPolicy:
    interval = schedule_interval(cron)
    grace = min(interval, dt.timedelta(hours=1))
    # a time window, not FreshnessPolicy.cron: a cron policy's lower bound cannot exceed one interval,
    # and the run that starts at a tick finishes after it, so the grace must come on top
    return dg.FreshnessPolicy.time_window(fail_window=interval + grace)


def freshness_policy(schedule: Schedule | None) -> dg.FreshnessPolicy | None:
    """None for an on-demand pipeline: nothing says when it should have run."""
    return None if schedule is None else _policy(schedule.cron)
