"""Dagster's event log -> telemetry rows, incrementally: the runs that ended after a storage id.

A run is read once it has ended (success, failure or cancel), all of it at once: its steps
(`get_run_step_stats`: status, times, attempts), its materializations and check evaluations (with
their storage ids, the keys that make a replay add nothing), the failure's class and kind (the
repair diagnosis), and what the agent jobs put in their output metadata (model calls, repairs).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Collection
from dataclasses import dataclass

import dagster as dg
from dagster._core.event_api import RunStatusChangeRecordsFilter
from dagster._core.events import DagsterEventType

from ai_etl.pipeline_runs import PIPELINE_TAG, PROJECT_TAG
from ai_etl.repair.diagnosis import RunFailure, classify, root_error
from ai_etl.telemetry.records import (
    AGENT_CALLS_METADATA,
    DIAGNOSIS_KIND_METADATA,
    AgentCall,
    AgentCallRow,
    CheckRow,
    MaterializationRow,
    RepairRow,
    RunRow,
    StepRow,
    TelemetryBatch,
)

RUN_END_EVENTS = (DagsterEventType.RUN_SUCCESS, DagsterEventType.RUN_FAILURE, DagsterEventType.RUN_CANCELED)
STATUS_OF_END = {DagsterEventType.RUN_SUCCESS: "SUCCESS", DagsterEventType.RUN_FAILURE: "FAILURE", DagsterEventType.RUN_CANCELED: "CANCELED"}
RUN_EVENTS = {DagsterEventType.ASSET_MATERIALIZATION, DagsterEventType.ASSET_CHECK_EVALUATION, DagsterEventType.STEP_OUTPUT, DagsterEventType.STEP_FAILURE}
REFLECT_JOB, FAILED_RUN_TAG = "reflect", "ai_etl/failed_run"  # ai_etl.repair.dagster_defs (not imported: it imports the agents)


@dataclass(frozen=True)
class RunEnd:
    storage_id: int
    run_id: str
    job_name: str
    status: str


def run_ends_after(instance: dg.DagsterInstance, after: int, limit: int) -> list[RunEnd]:
    """Up to `limit` run-end events after storage id `after`, oldest first, none skipped: a type
    that filled its limit cuts the others at its last id (storage ids are global to the event log)."""
    found, cutoff = [], None
    for event_type in RUN_END_EVENTS:
        records = instance.fetch_run_status_changes(RunStatusChangeRecordsFilter(event_type, after_storage_id=after), limit=limit, ascending=True).records
        found += [RunEnd(r.storage_id, r.run_id, r.event_log_entry.job_name or "", STATUS_OF_END[event_type]) for r in records]
        if len(records) == limit:
            cutoff = min(cutoff or records[-1].storage_id, records[-1].storage_id)
    found.sort(key=lambda end: end.storage_id)
    return [end for end in found if cutoff is None or end.storage_id <= cutoff][:limit]


def newest_run_end(instance: dg.DagsterInstance) -> int:
    """The storage id of the newest run-end event (0 when none): a cursor above it belongs to another instance."""
    newest = [instance.fetch_run_status_changes(t, limit=1).records for t in RUN_END_EVENTS]
    return max((records[0].storage_id for records in newest if records), default=0)


@dataclass(frozen=True)
class RunScope:
    """Which runs are the project's, and which are telemetry's own (read, but never recorded)."""

    project: str
    pipeline_of_asset: Callable[[dg.AssetKey], str | None]
    own_jobs: Collection[str] = ()
    own_asset_prefix: tuple[str, ...] = ()

    def is_own(self, run: dg.DagsterRun) -> bool:
        if run.job_name in self.own_jobs:
            return True
        selection = run.asset_selection or ()
        return bool(selection) and bool(self.own_asset_prefix) and all(tuple(k.path[: len(self.own_asset_prefix)]) == self.own_asset_prefix for k in selection)

    def includes(self, run: dg.DagsterRun) -> bool:
        """Tagged with the project, or (untagged: a UI or test selection) selecting its assets."""
        if self.is_own(run):
            return False
        if PROJECT_TAG in run.tags:
            return run.tags[PROJECT_TAG] == self.project
        return any(k.path[0] == self.project for k in (run.asset_selection or ()))

    def pipeline_of_run(self, run: dg.DagsterRun) -> str:
        if run.tags.get(PIPELINE_TAG):
            return run.tags[PIPELINE_TAG]
        owners = {self.pipeline_of_asset(k) for k in (run.asset_selection or ())} - {None}
        return owners.pop() if len(owners) == 1 else ""


def read_finished_runs(instance: dg.DagsterInstance, scope: RunScope, after: int, limit: int = 200) -> TelemetryBatch:
    """The project's runs that ended after storage id `after` (at most `limit` run ends looked at)."""
    ends = run_ends_after(instance, after, limit)
    batch = TelemetryBatch(cursor=ends[-1].storage_id if ends else after)
    if not ends:
        return batch
    records = {r.dagster_run.run_id: r for r in instance.get_run_records(dg.RunsFilter(run_ids=list({e.run_id for e in ends})))}
    for end in ends:
        record = records.get(end.run_id)
        if record is None or not scope.includes(record.dagster_run):
            continue
        batch.extend(read_run(instance, scope, record, end))
    return batch


def _at(timestamp: float | None) -> dt.datetime:
    return dt.datetime.fromtimestamp(timestamp or 0, tz=dt.UTC)


def read_run(instance: dg.DagsterInstance, scope: RunScope, record, end: RunEnd) -> TelemetryBatch:
    """Every row one ended run gives."""
    run: dg.DagsterRun = record.dagster_run
    project, pipeline = scope.project, scope.pipeline_of_run(run)
    stats = instance.get_run_step_stats(run.run_id)
    step_seconds = {s.step_key: (s.end_time or 0) - (s.start_time or 0) for s in stats if s.start_time}
    steps = [
        StepRow(
            run_id=run.run_id, step_key=s.step_key, project=project, pipeline=pipeline, status=s.status.value if s.status else "UNKNOWN",
            started_at=_at(s.start_time), ended_at=_at(s.end_time or s.start_time), duration_s=round(step_seconds.get(s.step_key, 0.0), 3),
            attempts=s.attempts or 1,
        )  # fmt: skip
        for s in stats
    ]
    events = instance.get_records_for_run(run.run_id, of_type=RUN_EVENTS, limit=None).records
    batch = TelemetryBatch(steps=steps, cursor=end.storage_id)
    failure = None
    for event_record in events:
        entry = event_record.event_log_entry
        event = entry.dagster_event
        if event is None:
            continue
        if event.event_type == DagsterEventType.ASSET_MATERIALIZATION:
            materialization = event.step_materialization_data.materialization
            metadata = materialization.metadata
            batch.materializations.append(MaterializationRow(
                event_id=event_record.storage_id, run_id=run.run_id, project=project,
                pipeline=scope.pipeline_of_asset(materialization.asset_key) or pipeline, step_key=entry.step_key or "",
                asset_key=materialization.asset_key.to_user_string(), materialized_at=_at(entry.timestamp),
                rows=_int(metadata.get("dagster/row_count")), bytes=_int(metadata.get("bytes")),
                step_duration_s=round(step_seconds[entry.step_key], 3) if entry.step_key in step_seconds else None,
            ))  # fmt: skip
        elif event.event_type == DagsterEventType.ASSET_CHECK_EVALUATION:
            check = event.event_specific_data
            batch.checks.append(CheckRow(
                event_id=event_record.storage_id, run_id=run.run_id, project=project,
                pipeline=scope.pipeline_of_asset(check.asset_key) or pipeline, asset_key=check.asset_key.to_user_string(),
                check_name=check.check_name, passed=check.passed, severity=check.severity.value, evaluated_at=_at(entry.timestamp),
            ))  # fmt: skip
        elif event.event_type == DagsterEventType.STEP_FAILURE and failure is None:
            failure = (entry.step_key or "run", event.step_failure_data.error)
        elif event.event_type == DagsterEventType.STEP_OUTPUT:
            metadata = event.step_output_data.metadata or {}
            batch.agent_calls += _agent_calls(run, project, pipeline, metadata, entry.timestamp, start=len(batch.agent_calls))
            if run.job_name == REFLECT_JOB and DIAGNOSIS_KIND_METADATA in metadata:
                batch.repairs.append(_repair(run, project, pipeline, metadata, entry.timestamp))
    if run.job_name == REFLECT_JOB and not batch.repairs:
        batch.repairs.append(RepairRow(
            run_id=run.run_id, failed_run_id=run.tags.get(FAILED_RUN_TAG, ""), project=project, pipeline=pipeline, diagnosis_kind="",
            diagnosis=_failure_text(failure), outcome="failed", reflected_at=_at(record.end_time),
        ))  # fmt: skip
    failure_class = failure_kind = failure_message = ""
    if failure is not None:
        step_key, error = failure
        failure_class, message = root_error(error)
        failure_message = next((line.strip() for line in message.splitlines() if line.strip()), "")[:500]
        failure_kind = classify(RunFailure(run_id=run.run_id, project=project, pipeline=pipeline, step_key=step_key, error_class=failure_class, message=message)).kind
    batch.runs.append(RunRow(
        run_id=run.run_id, project=project, pipeline=pipeline, job_name=run.job_name, status=end.status, launched_by=_launched_by(run),
        started_at=_at(record.start_time or record.create_timestamp.timestamp()), ended_at=_at(record.end_time or record.update_timestamp.timestamp()),
        duration_s=round((record.end_time or 0) - (record.start_time or record.end_time or 0), 3), steps=len(steps),
        steps_failed=sum(s.status == "FAILURE" for s in steps), attempts=sum(s.attempts for s in steps),
        failure_class=failure_class, failure_kind=failure_kind, failure_message=failure_message, end_event_id=end.storage_id,
    ))  # fmt: skip
    return batch


def _int(value) -> int | None:
    value = getattr(value, "value", value)
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _json(value):
    value = getattr(value, "value", value) if value is not None else None
    return json.loads(value) if isinstance(value, str) else value


def _agent_calls(run: dg.DagsterRun, project: str, pipeline: str, metadata, timestamp: float, start: int) -> list[AgentCallRow]:
    calls = _json(metadata.get(AGENT_CALLS_METADATA)) or []
    pipeline = pipeline or str(getattr(metadata.get("pipeline"), "value", "") or "")
    return [
        AgentCallRow(**AgentCall.model_validate(call).model_dump(), run_id=run.run_id, call_index=start + i, project=project, pipeline=pipeline,
                     job_name=run.job_name, called_at=_at(timestamp))  # fmt: skip
        for i, call in enumerate(calls)
    ]


def _repair(run: dg.DagsterRun, project: str, pipeline: str, metadata, timestamp: float) -> RepairRow:
    value = lambda key, default: getattr(metadata.get(key), "value", default) if key in metadata else default  # noqa: E731
    proposals, rejected, applied = _json(metadata.get("proposals")) or [], _json(metadata.get("rejected")) or [], bool(value("applied", False))
    outcome = "applied" if applied else "proposed" if proposals else "rejected" if rejected else "no proposal"
    return RepairRow(
        run_id=run.run_id, failed_run_id=run.tags.get(FAILED_RUN_TAG, ""), project=project, pipeline=pipeline or str(value("pipeline", "")),
        diagnosis_kind=str(value(DIAGNOSIS_KIND_METADATA, "")), diagnosis=str(value("diagnosis", "")), proposals=proposals, rejected=rejected,
        applied=applied, explanation=str(value("explanation", "")), outcome=outcome, reflected_at=_at(timestamp),
    )  # fmt: skip


def _failure_text(failure) -> str:
    if failure is None:
        return ""
    _, message = root_error(failure[1])
    return message.strip().splitlines()[0][:500] if message.strip() else ""


def _launched_by(run: dg.DagsterRun) -> str:
    if run.tags.get("dagster/schedule_name"):
        return f"schedule:{run.tags['dagster/schedule_name']}"
    if run.tags.get("dagster/sensor_name"):
        return f"sensor:{run.tags['dagster/sensor_name']}"
    return "manual"
