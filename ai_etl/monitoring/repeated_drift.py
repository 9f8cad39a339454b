"""A drift is news once: raised at the check that first sees it, then quiet while it lasts, unless it grows.

A drift is a sustained shift of the recent runs, so every later check sees the same shift until the
lookback has forgotten the older level (weeks): raising it at each one made the same finding arrive
every day. What was reported is carried from check to check in the check's metadata: the shift (robust
standard deviations) and the level (the recent runs' median, or the new value when it was farther).
A drift on the same side is raised again only when it has grown past the reported level: a new
value anomalous even against that level (band_sigmas of the band beyond it; the detector calls such
a point a drift, not a spike, so it must be caught here), or a shift GROWTH times the one reported
with the value drift_sigmas beyond the level (a shift that grows only because the window fills up
with runs at the reported level is not news). The detector's window changes with every run, so a drift can vanish for a check or two and
come back: it is forgotten only when a value is back on the other side of what is expected (or
cannot be judged), not merely when one check does not call it a drift.
"""

from __future__ import annotations

import math

from pydantic import BaseModel

from ai_etl.monitoring.anomalies import AnomalyKind, DetectorSettings, Finding
from ai_etl.monitoring.metrics import SCALES

GROWTH = 1.5


class Reported(BaseModel):
    """The drift last raised for a metric: how far off (signed) and at what level."""

    shift: float
    level: float


class FollowUp(BaseModel):
    """Whether a finding is raised at this check, and the drift to carry to the next one."""

    raised: bool
    drift_reported: Reported | None = None


def follow_up(finding: Finding, reported: Reported | None, settings: DetectorSettings | None = None) -> FollowUp:
    """The finding against the drift reported before (None: none is being carried)."""
    settings = settings or DetectorSettings()
    if finding.kind != AnomalyKind.drift or finding.score is None:
        still = reported is not None and finding.score is not None and finding.score * reported.shift > 0
        return FollowUp(raised=finding.status == "anomaly", drift_reported=reported if still else None)
    if reported is None or reported.shift * finding.score <= 0:
        return FollowUp(raised=True, drift_reported=reported_now(finding))
    past = beyond(finding, reported, settings)
    if past >= settings.band_sigmas or (abs(finding.score) >= GROWTH * abs(reported.shift) and past >= settings.drift_sigmas):
        return FollowUp(raised=True, drift_reported=reported_now(finding))
    return FollowUp(raised=False, drift_reported=reported)


def reported_now(finding: Finding) -> Reported:
    """The drift as raised now: its level is the window's median, or the new value when that is farther out."""
    level = finding.drift_level if finding.drift_level is not None else finding.value
    farther = max(level, finding.value) if finding.score > 0 else min(level, finding.value)
    return Reported(shift=finding.score, level=farther)


def beyond(finding: Finding, reported: Reported, settings: DetectorSettings) -> float:
    """How far the new value is past the reported level, on the drift's side, in the band's standard deviations."""
    scale = SCALES[finding.metric]
    if finding.expected is None or finding.expected_high is None:
        return 0.0
    sigma = (float(scale.forward(finding.expected_high)) - float(scale.forward(finding.expected))) / settings.band_sigmas
    if not sigma > 0:
        return 0.0
    distance = (float(scale.forward(finding.value)) - float(scale.forward(reported.level))) / sigma
    return math.copysign(1.0, reported.shift) * distance
