"""The `anomalies` asset check of every pipeline table: its newest materialization against its own history.

Checked: each pipeline's raw tables and its final table (the mart, or the raw table of a copy),
unless the pipeline says `anomalies: off`. One `@multi_asset_check` per asset step (extract, stream,
cdc, dbt), over that step's checked tables, so a run executes one check op after each step and the
checks of a raw table can gate the dbt step that reads it: with `anomalies: block` the check is
blocking and a finding about the data (row count, null rate, distinct count) is an ERROR, so Dagster
skips the downstream assets of the run (a slow or late run is still a warning); with `warn`
(the default) it is a WARN and the run goes on. The check reads only the Dagster instance (no
warehouse, no pool) and never fails the run for its own error: it passes and says why.
"""

import traceback
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import dagster as dg

from ai_etl.monitoring.anomalies import DetectorSettings
from ai_etl.monitoring.anomaly_verdict import judge_asset
from ai_etl.monitoring.asset_history import previous_verdict, recent_observations
from ai_etl.resolved_pipeline import ResolvedPipeline

CHECK_NAME = "anomalies"
STEP_SUFFIX = "__anomalies"
SETTINGS = DetectorSettings()


@dataclass(frozen=True)
class Checked:
    """How one table is checked: its pipeline's `anomalies` setting, and whether it runs on a schedule."""

    policy: str  # warn | block
    scheduled: bool

    @property
    def blocking(self) -> bool:
        return self.policy == "block"

    def description(self) -> str:
        freshness = ", the time since the previous materialization" if self.scheduled else ""
        outcome = (
            "a finding about the data (rows, nulls, distinct values) is an ERROR that stops the run's downstream assets, "
            "a slow or late run a warning (`anomalies: block`)"
            if self.blocking
            else "a finding is a warning (`anomalies: warn`; `block` stops downstream assets)"
        )
        return (
            f"Row count, duration{freshness}, and the null rate and distinct count of key columns of each materialization, "
            f"against this asset's own earlier materializations (last {SETTINGS.lookback_days:g} days, seasonality where they show it); {outcome}."
        )


def checked_tables(pipelines: Sequence[ResolvedPipeline]) -> dict[dg.AssetKey, Checked]:
    """Each pipeline's raw tables and final table, unless its anomalies are off."""
    checked: dict[dg.AssetKey, Checked] = {}
    for resolved in pipelines:
        pipeline = resolved.pipeline
        if pipeline.anomalies == "off":
            continue
        how = Checked(policy=pipeline.anomalies, scheduled=pipeline.schedule is not None)
        for key in [*(raw.asset_key for raw in resolved.raw_tables), resolved.final_key]:
            checked[key] = how
    return checked


def anomaly_checks(steps: Sequence[dg.AssetsDefinition], pipelines: Sequence[ResolvedPipeline]) -> list[dg.AssetChecksDefinition]:
    """One check op per asset step that holds checked tables."""
    checked = checked_tables(pipelines)
    definitions = []
    for step in steps:
        members = {key: checked[key] for key in sorted(step.keys, key=lambda k: k.to_user_string()) if key in checked}
        if members:
            definitions.append(_step_checks(f"{step.node_def.name}{STEP_SUFFIX}", members))
    return definitions


def is_anomaly_step(step_key: str | None) -> bool:
    return bool(step_key) and step_key.endswith(STEP_SUFFIX)


def _step_checks(name: str, members: dict[dg.AssetKey, Checked]) -> dg.AssetChecksDefinition:
    specs = [dg.AssetCheckSpec(CHECK_NAME, asset=key, blocking=how.blocking, description=how.description()) for key, how in members.items()]

    @dg.multi_asset_check(specs=specs, name=name, can_subset=True, op_tags={"kind": "anomalies"})
    def _anomalies(context: dg.AssetCheckExecutionContext) -> Iterator[dg.AssetCheckResult]:
        run_id = context.op_execution_context.run_id
        for check in sorted(context.selected_asset_check_keys, key=lambda k: k.asset_key.to_user_string()):
            yield evaluate(context.instance, check, run_id, members[check.asset_key], context.log)

    return _anomalies


def evaluate(instance: dg.DagsterInstance, check: dg.AssetCheckKey, run_id: str, how: Checked, log) -> dg.AssetCheckResult:
    """The check's result for the asset's newest materialization; an error of its own (reading the history,
    judging it, or writing the result) passes, saying why, and its traceback goes to the run's log."""
    severity = dg.AssetCheckSeverity.ERROR if how.blocking else dg.AssetCheckSeverity.WARN
    try:
        observations = recent_observations(instance, check.asset_key, SETTINGS.lookback_days)
        verdict = judge_asset(observations, how.scheduled, previous_verdict(instance, check, run_id), how.policy, SETTINGS)
        metadata = verdict.metadata()
        metadata["findings"] = dg.MetadataValue.json(metadata["findings"])
        blocks = how.blocking and verdict.about_the_data  # a slow run is a warning even under `block`
        result = dg.AssetCheckResult(
            asset_key=check.asset_key, check_name=check.name, passed=verdict.passed, severity=dg.AssetCheckSeverity.ERROR if blocks else dg.AssetCheckSeverity.WARN,
            description=verdict.description(), metadata=metadata,
        )  # fmt: skip
    except Exception as err:  # the data is not to blame
        reason = str(err).splitlines()[0] if str(err) else type(err).__name__
        log.warning(f"{check.asset_key.to_user_string()}: anomalies not judged: {reason}\n{traceback.format_exc()}")
        return dg.AssetCheckResult(
            asset_key=check.asset_key, check_name=check.name, passed=True, severity=severity,
            description=f"Not judged: {reason}", metadata={"policy": how.policy, "error": reason},
        )  # fmt: skip
    if not verdict.passed:
        log.warning(f"{check.asset_key.to_user_string()}: {verdict.description()}")
    return result
