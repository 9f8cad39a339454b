"""The repair loop in Dagster: a run-failure sensor launches a `reflect` run per new failure; after
an auto-applied fix, a run-status sensor runs the pipeline once more.

No LLM work happens in a sensor tick (60 s limit): the sensor only reads the failed run's events
and the artifact versions, and skips runs Dagster will retry, the reflect job's own runs, runs a
blocking anomaly check stopped (the data is off, not the code), and a failure it has seen (same
fingerprint). `run_key` is the failed run's id.
"""

from pathlib import Path

import dagster as dg
# not exported by name: the type of `define_asset_job(...)`
from dagster._core.definitions.unresolved_asset_job_definition import UnresolvedAssetJobDefinition
from pydantic import Field

from ai_etl.assets.anomaly_checks import is_anomaly_step
from ai_etl.pipeline_runs import PIPELINE_TAG, PROJECT_TAG, PipelineSelections
from ai_etl.repair.diagnosis import RunFailure, root_error

FINGERPRINT_TAG = "ai_etl/failure_fingerprint"
RERUN_TAG = "ai_etl/rerun_pipeline"
REFLECT_JOB = "reflect"
# Op and graph names share one namespace in a repository: the op must not be named like its job.
REFLECT_OP = "diagnose_and_propose"


class ReflectConfig(dg.Config):
    failure_json: str = Field(description="the RunFailure the sensor saw, as JSON")


def reflect_job(project_dir: Path, project: str | None = None) -> dg.JobDefinition:
    """`project` tags its runs (ai_etl/project), so telemetry of a shared instance knows whose they are."""
    @dg.op(name=REFLECT_OP, tags={"kind": "ai"})
    def reflect_op(context: dg.OpExecutionContext, config: ReflectConfig) -> dg.Output[str]:
        from ai_etl.project_files import load_project
        from ai_etl.repair.notify import Notifier
        from ai_etl.repair.reflect import _webhook, previous_schema_from_instance, reflect_on_failure
        from ai_etl.telemetry.records import DIAGNOSIS_KIND_METADATA, agent_calls, agent_calls_metadata

        failure = RunFailure.model_validate_json(config.failure_json)
        folder = load_project(project_dir)
        previous = previous_schema_from_instance(context.instance, folder, failure.pipeline) if failure.pipeline in folder.pipelines else {}
        outcome = reflect_on_failure(folder, failure, previous, notify=Notifier(_webhook(folder), context.log))
        if outcome.applied:
            context.instance.add_run_tags(context.run_id, {RERUN_TAG: failure.pipeline})
        return dg.Output(
            outcome.diagnosis.kind,
            metadata={
                "diagnosis": outcome.diagnosis.summary,
                "proposals": dg.MetadataValue.json(outcome.proposal_ids),
                "rejected": dg.MetadataValue.json(outcome.rejected_ids),
                "applied": outcome.applied,
                "explanation": outcome.explanation,
                "diff": dg.MetadataValue.md(f"```diff\n{outcome.diff}\n```" if outcome.diff else "(none)"),
                DIAGNOSIS_KIND_METADATA: outcome.diagnosis.kind,
                "pipeline": failure.pipeline,
                **agent_calls_metadata(agent_calls(outcome.model_calls)),
            },
        )

    return dg.JobDefinition(
        name=REFLECT_JOB,
        description="Diagnose a failed pipeline run; propose a validated fix for code and data failures.",
        graph_def=dg.GraphDefinition(name=REFLECT_JOB, node_defs=[reflect_op]),
        executor_def=dg.in_process_executor,
        tags={"ai_etl/agents": "reflect", **({PROJECT_TAG: project} if project else {})},
    )


def failure_from_run(instance: dg.DagsterInstance, run: dg.DagsterRun, project_dir: Path, pipeline: str) -> RunFailure:
    """The first failed step of `run`, its error and log tail, and the artifact versions now."""
    from ai_etl.artifacts.store import StoreError
    from ai_etl.artifacts.working_copy import store_for
    from ai_etl.project_files import load_project

    records = instance.all_logs(run.run_id, of_type=dg.DagsterEventType.STEP_FAILURE)
    event = records[0].dagster_event if records else None
    error = event.step_failure_data.error if event and event.step_failure_data else None
    step_key = event.step_key if event else "run"
    logs = [r.user_message for r in instance.all_logs(run.run_id) if r.step_key == step_key and r.user_message]
    folder = load_project(project_dir)
    try:
        versions = {v.path: v.number for v in store_for(folder).versions(status="active")}
    except StoreError:
        versions = {}
    error_class, message = root_error(error)
    return RunFailure(
        run_id=run.run_id, project=folder.name, pipeline=pipeline,
        step_key=step_key, error_class=error_class, message=message, log_tail="\n".join(logs)[-4000:], artifact_versions=versions,
    )  # fmt: skip


def failed_pipeline(instance: dg.DagsterInstance, run: dg.DagsterRun, selections: PipelineSelections) -> str | None:
    """The pipeline a failed run belongs to: its tag (schedules, reruns, `ai-etl`), else the owner of
    the assets its failed step planned (a selection materialized from the UI)."""
    if run.tags.get(PIPELINE_TAG) in selections.keys:
        return run.tags[PIPELINE_TAG]
    failed = {r.step_key for r in instance.all_logs(run.run_id, of_type=dg.DagsterEventType.STEP_FAILURE)}
    planned = instance.all_logs(run.run_id, of_type=dg.DagsterEventType.ASSET_MATERIALIZATION_PLANNED)
    keys = [r.dagster_event.asset_key for r in planned if r.step_key in failed and r.dagster_event]
    return selections.pipeline_of(keys) or selections.pipeline_of(run.asset_selection or ())


def repair_sensors(
    project_dir: Path, selections: PipelineSelections, pipelines_job: UnresolvedAssetJobDefinition, reflect: dg.JobDefinition
) -> list[dg.SensorDefinition]:
    """Every job of the location is watched (the project job, and ad-hoc materializations from the UI);
    a failure that belongs to no one pipeline is skipped with the reason."""

    @dg.run_failure_sensor(
        name=f"{project_dir.name}_repair_sensor",
        request_job=reflect,
        default_status=dg.DefaultSensorStatus.RUNNING,
        description="A failed run of a generated pipeline -> a reflect run (diagnosis, and a validated proposal for code/data failures).",
    )
    def repair_sensor(context: dg.RunFailureSensorContext):
        run = context.dagster_run
        if run.tags.get("dagster/will_retry") == "true":
            return dg.SkipReason(f"run {run.run_id[:8]} will be retried by Dagster")
        if run.job_name == REFLECT_JOB:
            return dg.SkipReason("a reflect run's own failure")
        failed_steps = {r.step_key for r in context.instance.all_logs(run.run_id, of_type=dg.DagsterEventType.STEP_FAILURE)}
        if failed_steps and all(is_anomaly_step(step) for step in failed_steps):
            return dg.SkipReason(f"run {run.run_id[:8]} was stopped by a blocking anomaly check: the data needs a look, not the pipeline's code")
        pipeline = failed_pipeline(context.instance, run, selections)
        if pipeline is None:
            return dg.SkipReason(f"run {run.run_id[:8]} of {run.job_name} failed outside any one pipeline's assets")
        failure = failure_from_run(context.instance, run, project_dir, pipeline)
        fingerprint = failure.fingerprint()
        seen = context.instance.get_run_records(dg.RunsFilter(tags={FINGERPRINT_TAG: fingerprint}), limit=1)
        if seen:
            return dg.SkipReason(f"failure {fingerprint} of {failure.pipeline} was already reflected on (run {seen[0].dagster_run.run_id[:8]})")
        return dg.RunRequest(
            run_key=run.run_id,
            run_config={"ops": {REFLECT_OP: {"config": {"failure_json": failure.model_dump_json()}}}},
            tags={FINGERPRINT_TAG: fingerprint, "ai_etl/failed_run": run.run_id, PIPELINE_TAG: failure.pipeline},
        )

    @dg.run_status_sensor(
        name=f"{project_dir.name}_rerun_after_fix_sensor",
        run_status=dg.DagsterRunStatus.SUCCESS,
        monitored_jobs=[reflect],
        request_job=pipelines_job,
        default_status=dg.DefaultSensorStatus.RUNNING,
        description="After an auto-applied fix, run the pipeline once more.",
    )
    def rerun_sensor(context: dg.RunStatusSensorContext):
        pipeline = context.instance.get_run_by_id(context.dagster_run.run_id).tags.get(RERUN_TAG)
        if not pipeline:
            return dg.SkipReason("no fix was applied")
        if pipeline not in selections.keys:
            return dg.SkipReason(f"pipeline {pipeline} is no longer in the project")
        run_id = context.dagster_run.run_id
        return selections.run_request(pipeline, run_key=f"rerun-{run_id}", tags={"ai_etl/rerun_after": run_id})

    return [repair_sensor, rerun_sensor]
