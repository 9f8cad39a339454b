"""An asset's newest materialization judged metric by metric against the ones before it: what its check reports.

One verdict per asset (one `anomalies` check in Dagster, not one per metric): the key columns come
from the profile at run time, so per-column checks could not be declared up front, and one row per
asset keeps the checks list readable. The description is the raised findings' sentences (or why all
is well); the metadata has one sentence per metric and `findings`, the numbers as JSON, which the
next check reads to keep a drift it reported from being raised again (ai_etl/monitoring/repeated_drift.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel

from ai_etl.monitoring.anomalies import AnomalyKind, DetectorSettings, Finding, MetricPoint, judge
from ai_etl.monitoring.asset_metrics import Observation, gaps, metric_of, series
from ai_etl.monitoring.metrics import Metric
from ai_etl.monitoring.repeated_drift import FollowUp, Reported, follow_up

ORDER = [Metric.row_count, Metric.duration, Metric.freshness, Metric.null_rate, Metric.distinct_count]
OPERATIONAL = {Metric.duration, Metric.freshness}  # how the run went, not what it loaded


class MetricVerdict(BaseModel):
    name: str  # row_count, duration, freshness, null_rate/<column>, distinct_count/<column>
    finding: Finding
    follow_up: FollowUp

    @property
    def sentence(self) -> str:
        """The detector's sentence, saying which column; freshness is judged when a materialization lands, so
        its "last success" is the one before it."""
        column = self.name.partition("/")[2]
        if column:
            return f"{column}: {self.finding.explanation}"
        if self.finding.metric == Metric.freshness and self.finding.status != "not_enough_history":
            return f"before this materialization, {self.finding.explanation}"
        return self.finding.explanation

    @property
    def repeated(self) -> bool:
        """A drift seen again and already reported: shown, not raised."""
        return self.finding.kind == AnomalyKind.drift and not self.follow_up.raised

    @property
    def status(self) -> str:
        if self.follow_up.raised:
            return f"ANOMALY ({self.finding.kind.value})" if self.finding.kind else "ANOMALY"
        if self.repeated:
            return f"drift reported before (at {self.follow_up.drift_reported.shift:+.1f} sd), not raised again"
        return self.finding.status.replace("_", " ")

    def record(self) -> dict[str, Any]:
        carried = self.follow_up.drift_reported
        return {**self.finding.metadata(), "raised": self.follow_up.raised, "drift_reported": carried.model_dump() if carried else None}


class AssetVerdict(BaseModel):
    policy: str  # warn | block
    judged: Observation | None
    metrics: list[MetricVerdict]
    settings: DetectorSettings

    @property
    def raised(self) -> list[MetricVerdict]:
        return [m for m in self.metrics if m.follow_up.raised]

    @property
    def passed(self) -> bool:
        return not self.raised

    @property
    def about_the_data(self) -> bool:
        """Does a raised finding say the data may be wrong (rows, nulls, distinct values)? A slow or late run does
        not: with `anomalies: block` only these keep the downstream assets from running."""
        return any(metric_of(m.name) not in OPERATIONAL for m in self.raised)

    def description(self) -> str:
        if self.judged is None:
            return "No materialization to judge yet."
        if not self.metrics:
            return "Nothing to judge: the materialization reported no row count, duration or profile."
        if self.raised:
            return " ".join(_capitalized(m.sentence) for m in self.raised)
        short = [m for m in self.metrics if m.finding.status == "not_enough_history"]
        if len(short) == len(self.metrics):
            earlier = max((m.finding.history_points for m in short), default=0)
            return (
                f"Not enough history to judge yet: {earlier} earlier materializations in the last {self.settings.lookback_days:g} days, "
                f"at least {self.settings.min_points} are needed."
            )
        ok = [m for m in self.metrics if m.finding.status == "ok"]
        parts = [f"{len(ok)} metric{'s' if len(ok) != 1 else ''} within the expected range"]
        if short:
            parts.append(f"{len(short)} without enough history yet ({', '.join(m.name for m in short)})")
        repeated = [m.name for m in self.metrics if m.repeated]
        if repeated:
            parts.append(f"a drift reported before continues ({', '.join(repeated)})")
        return "Normal: " + "; ".join(parts) + "."

    def metadata(self) -> dict[str, Any]:
        """Plain values: `policy`, `anomalies`, the judged materialization, a sentence per metric, `findings` (JSON)."""
        metadata: dict[str, Any] = {"policy": self.policy, "anomalies": len(self.raised)}
        if self.judged is not None:
            metadata.update(judged_run_id=self.judged.run_id, judged_at=self.judged.at.isoformat())
        metadata.update({m.name: m.sentence if m.finding.status == "not_enough_history" else f"{m.status}: {m.sentence}" for m in self.metrics})
        metadata["findings"] = {m.name: m.record() for m in self.metrics}
        return metadata


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def judge_asset(
    observations: Sequence[Observation], scheduled: bool, previous: Mapping[str, Any], policy: str, settings: DetectorSettings | None = None
) -> AssetVerdict:
    """The newest observation against the earlier ones. `scheduled`: judge the interval since the one before
    too (freshness); `previous`: the metadata of the check's last verdict (the drifts it reported)."""
    settings = settings or DetectorSettings()
    if not observations:
        return AssetVerdict(policy=policy, judged=None, metrics=[], settings=settings)
    newest = observations[-1]
    history = series(observations[:-1])
    judged: dict[str, tuple[list[MetricPoint], MetricPoint]] = {
        name: (history.get(name, []), MetricPoint(at=newest.at, value=value)) for name, value in newest.values.items()
    }
    intervals = gaps(observations)
    if scheduled and intervals:
        judged[Metric.freshness.value] = (intervals[:-1], intervals[-1])
    reported = previous.get("findings") if isinstance(previous.get("findings"), Mapping) else {}
    verdicts = []
    for name in sorted(judged, key=lambda n: (ORDER.index(metric_of(n)), n)):
        earlier, point = judged[name]
        finding = judge(earlier, point, metric=metric_of(name), settings=settings)
        carried = (reported.get(name) or {}).get("drift_reported")
        carried = Reported.model_validate(carried) if isinstance(carried, Mapping) else None
        verdicts.append(MetricVerdict(name=name, finding=finding, follow_up=follow_up(finding, carried, settings)))
    return AssetVerdict(policy=policy, judged=newest, metrics=verdicts, settings=settings)
