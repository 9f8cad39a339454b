"""A failed run -> diagnosis -> (code/data) Reflector -> validated proposal -> stored, maybe applied.

The Reflector sees the error and the failing step's log tail, the pipeline's artifacts as they are
now (hand edits included), the source schema now and the schema of the last successful run. Its
proposal is validated exactly as a generated pipeline (columns, parse, dry run of the models on a
sample of the real source, dbt tests) before it is stored as `proposed`; a proposal that fails
is stored as `rejected` with the reason. Nothing here writes a working-copy file except an
accept (auto_apply), which records the engineer's state first.
"""

from __future__ import annotations

import os

from pydantic import BaseModel

from ai_etl.agents.gateway import CallRecord, Gateway
from ai_etl.artifacts.working_copy import accept, relative, store_for, sync, unified_diff
from ai_etl.dbt_codegen import GeneratedFiles, compile_pipeline
from ai_etl.generated_files import read_record
from ai_etl.project_files import ProjectFolder
from ai_etl.repair.contracts import RunRepair, RunRepairInput
from ai_etl.repair.diagnosis import Diagnosis, RunFailure, classify
from ai_etl.repair.notify import Notification, Notifier
from ai_etl.resolved_pipeline import resolve_pipeline

SYSTEM = """task: repair_run
A run of a generated ETL pipeline failed. The user message is JSON: {"failure": {step_key,
error_class, message, log_tail}, "kind": code|data, "pipeline": the spec, "previous_schema":
{table: {column: type}} at the last successful run, "catalog": the source schema now, "files":
the pipeline's dbt files as they are now, "previous_files": those files before their last hand
edit}. Answer {"pipeline": corrected spec or null, "files": {path: corrected content},
"explanation": one or two sentences}. Change only what the failure requires. JSON only."""


class ReflectOutcome(BaseModel):
    diagnosis: Diagnosis
    proposal_ids: list[int] = []
    rejected_ids: list[int] = []
    applied: bool = False
    explanation: str = ""
    diff: str = ""
    model_calls: list[CallRecord] = []  # telemetry reads them from the reflect run's output metadata


def reflect_on_failure(
    folder: ProjectFolder,
    failure: RunFailure,
    previous_schema: dict[str, dict[str, str]],
    gateway: Gateway | None = None,
    notify: Notifier | None = None,
) -> ReflectOutcome:
    from ai_etl.agents import qa_validator, sql_expert
    from ai_etl.agents.gateway import gateway_config
    from ai_etl.agents.orchestrator import read_catalog

    notify = notify or Notifier(_webhook(folder))
    diagnosis = classify(failure)
    say = lambda event, summary, **extra: notify(  # noqa: E731
        Notification(event=event, project=folder.name, pipeline=failure.pipeline, run_id=failure.run_id, summary=summary, **extra)
    )
    say("failure", diagnosis.summary)
    if diagnosis.needs_a_person:
        say("alert", f"{diagnosis.kind}, no code change proposed: {diagnosis.summary}")
        return ReflectOutcome(diagnosis=diagnosis, explanation=f"{diagnosis.kind} failure: alert sent, no proposal")
    pipeline = folder.pipelines.get(failure.pipeline)
    if pipeline is None:
        return ReflectOutcome(diagnosis=diagnosis, explanation=f"pipeline {failure.pipeline} no longer exists")
    store = store_for(folder)
    sync(folder, store)
    spec_path = relative(folder.pipeline_files[pipeline.name], folder)
    models_dir = resolve_pipeline(folder, pipeline).models_dir
    models_prefix = relative(models_dir, folder) + "/" if models_dir.exists() else None
    limit = folder.project.repair.max_proposals_per_day
    made = store.proposals_today(spec_path) + (store.proposals_today(models_prefix) if models_prefix else 0)
    if made >= limit:
        say("limit", f"{made} proposal(s) today for {pipeline.name} (limit {limit}); only alerting")
        return ReflectOutcome(diagnosis=diagnosis, explanation=f"proposal limit of {limit} per day reached")

    files = {str(p.relative_to(models_dir)): p.read_text() for p in sorted(models_dir.rglob("*")) if p.suffix in (".sql", ".yml")} if models_dir.exists() else {}
    previous_files = _before_last_edit(store, models_dir, folder, files)
    catalog = read_catalog(folder, pipeline.source.connector)
    spec = pipeline.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    payload = RunRepairInput(
        failure=failure, kind=diagnosis.kind, pipeline=spec, previous_schema=previous_schema, catalog=catalog,
        files=files, previous_files=previous_files,
    )  # fmt: skip
    gateway = gateway or Gateway(gateway_config(folder.project.llm))
    repair = gateway.ask(SYSTEM, payload.model_dump_json(), RunRepair)
    if repair.pipeline is None and not repair.files:
        say("rejected", f"no proposal: {repair.explanation}")
        return ReflectOutcome(diagnosis=diagnosis, explanation=repair.explanation, model_calls=gateway.calls)

    edited = _hand_edited(models_dir, files)
    if repair.pipeline:  # files the compiler generates follow the spec: propose only hand-edited ones
        repair.files = {path: text for path, text in repair.files.items() if path in edited}
    candidate = sql_expert.as_pipeline(repair.pipeline) if repair.pipeline else pipeline
    compiled = compile_pipeline(folder.name, candidate, resolve_pipeline(folder, candidate).warehouse_database).files
    to_build = {**compiled, **{k: v for k, v in files.items() if k in edited}, **repair.files}
    report = qa_validator.validate(folder, candidate, GeneratedFiles(pipeline=candidate.name, files=to_build))
    status = "proposed" if report.passed else "rejected"
    reason = f"{repair.explanation} (after run {failure.run_id[:8]}: {diagnosis.summary[:200]})"
    if not report.passed:
        first = report.failures[0]
        reason += f"; rejected by validation: {first.check} at {first.where}: {first.message[:200]}"
    validation = {"score": report.score, "checks": report.checks, "failures": [f.model_dump() for f in report.failures]}
    changes: dict[str, str] = {}
    if repair.pipeline:
        changes[spec_path] = qa_validator.pipeline_yaml(candidate)
    for path, text in repair.files.items():
        changes[relative(models_dir / path, folder)] = text
    versions, diffs = [], []
    for path, text in changes.items():
        active = store.active(path)
        version = store.record(path, text, "agent:reflector", reason, status=status, parent_id=active.id if active else None, validation=validation)
        versions.append(version)
        diffs.append(unified_diff(active, version))
    outcome = ReflectOutcome(diagnosis=diagnosis, explanation=repair.explanation, diff="".join(diffs), model_calls=gateway.calls)
    if not report.passed:
        outcome.rejected_ids = [v.id for v in versions]
        say("rejected", reason, proposal_ids=outcome.rejected_ids, diff=outcome.diff)
        return outcome
    outcome.proposal_ids = [v.id for v in versions]
    say("proposal", repair.explanation, proposal_ids=outcome.proposal_ids, diff=outcome.diff)
    auto = pipeline.auto_apply if pipeline.auto_apply is not None else folder.project.repair.auto_apply
    if auto:
        for version in versions:
            accept(folder, store, version.id)
        outcome.applied = True
        say("applied", f"applied proposal(s) {outcome.proposal_ids}; the pipeline runs again", proposal_ids=outcome.proposal_ids)
    return outcome


def _hand_edited(models_dir, files: dict[str, str]) -> set[str]:
    from ai_etl.artifacts.store import sha

    generated = read_record(models_dir)
    return {path for path, text in files.items() if generated.get(path) != sha(text)}


def _before_last_edit(store, models_dir, folder: ProjectFolder, files: dict[str, str]) -> dict[str, str]:
    """For each hand-edited file, its content before the engineer's latest version."""
    previous = {}
    for path in _hand_edited(models_dir, files):
        history = [v for v in store.versions(relative(models_dir / path, folder)) if v.status in ("active", "superseded")]
        engineer = [v for v in history if v.author.startswith("engineer:")]
        if engineer and engineer[-1].parent_id:
            parent = next((v for v in history if v.id == engineer[-1].parent_id), None)
            if parent:
                previous[path] = parent.content
    return previous


def _webhook(folder: ProjectFolder) -> str | None:
    name = folder.project.repair.webhook_env
    return os.environ.get(name) if name else None


def previous_schema_from_instance(instance, folder: ProjectFolder, pipeline_name: str) -> dict[str, dict[str, str]]:
    """The column schema each raw asset of the pipeline recorded at its last materialization."""
    import dagster as dg

    schema = {}
    for raw in resolve_pipeline(folder, folder.pipelines[pipeline_name]).raw_tables:
        entity = raw.entity
        for record in instance.fetch_materializations(raw.asset_key, limit=50).records:  # newest first
            run = instance.get_run_by_id(record.run_id)
            if run is None or run.status != dg.DagsterRunStatus.SUCCESS:
                continue  # the extract of a failed run may already hold the drifted schema
            table_schema = record.asset_materialization.metadata.get("dagster/column_schema")
            if table_schema is not None:
                schema[entity] = {c.name: c.type for c in table_schema.schema.columns}
            break
    return schema
