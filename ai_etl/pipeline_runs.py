"""How a pipeline runs in Dagster: one asset job per project, and a pipeline's run is that job over
the pipeline's own assets, tagged with the pipeline.

One job, not one per pipeline: every job costs the repository snapshot a JobSnap (~44 KB, most of it
Dagster's config schema) that the code server builds and the webserver reads on every load, so a
job per pipeline made one reload at 500 pipelines cost 80 s (bench/location_scale.py). A pipeline's
schedule, the rerun after a fix, `ai-etl ask`/eval and the UI (select the pipeline's group,
Materialize) all launch the project job with the pipeline's asset selection; the runs page filters
by the `ai_etl/pipeline` tag.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

import dagster as dg
# not exported by name: the type of `define_asset_job(...)`
from dagster._core.definitions.unresolved_asset_job_definition import UnresolvedAssetJobDefinition
from dagster._core.events import DagsterEventType, RunFailureReason
from pydantic import BaseModel

from ai_etl.resolved_pipeline import ResolvedPipeline

PIPELINE_TAG = "ai_etl/pipeline"
PROJECT_TAG = "ai_etl/project"


def project_job_name(project: str) -> str:
    return f"{project}_pipelines"


def pipeline_tags(project: str, pipeline: str) -> dict[str, str]:
    """The tags of a pipeline's run (the runs page filters by them; the repair sensor reads them)."""
    return {PROJECT_TAG: project, PIPELINE_TAG: pipeline}


@dataclass(frozen=True)
class PipelineSelections:
    """Each pipeline's own asset keys (raw, staging, mart): what a run of the pipeline selects."""

    project: str
    keys: Mapping[str, tuple[dg.AssetKey, ...]]

    @cached_property
    def _owner(self) -> dict[dg.AssetKey, str]:
        return {key: name for name, keys in self.keys.items() for key in keys}

    @classmethod
    def of(cls, project: str, pipeline_of_group: Mapping[str, str], assets: Iterable[dg.AssetsDefinition]) -> PipelineSelections:
        """Each pipeline's keys: the assets in its group, whichever multi-asset defines them."""
        keys: dict[str, list[dg.AssetKey]] = {name: [] for name in pipeline_of_group.values()}
        for definition in assets:
            for spec in definition.specs:
                if spec.group_name in pipeline_of_group:
                    keys[pipeline_of_group[spec.group_name]].append(spec.key)
        return cls(project, {name: tuple(found) for name, found in keys.items()})

    @property
    def job_name(self) -> str:
        return project_job_name(self.project)

    def job(self) -> UnresolvedAssetJobDefinition:
        """Every asset of every pipeline of the project (not the external source tables). By key: a
        selection of N groups resolves by scanning every asset once per group."""
        return dg.define_asset_job(
            self.job_name,
            selection=dg.AssetSelection.assets(*(key for keys in self.keys.values() for key in keys)),
            description=f"The pipelines of project {self.project}: a run materializes one pipeline's assets (its schedule's selection) or any selection made in the UI.",
            tags={PROJECT_TAG: self.project},
        )

    def run_request(self, pipeline: str, run_key: str | None = None, tags: Mapping[str, str] | None = None) -> dg.RunRequest:
        return dg.RunRequest(
            run_key=run_key,
            job_name=self.job_name,
            asset_selection=list(self.keys[pipeline]),
            tags={**pipeline_tags(self.project, pipeline), **(tags or {})},
        )

    def pipeline_of(self, keys: Iterable[dg.AssetKey]) -> str | None:
        """The one pipeline that owns these keys; None when they span several or none."""
        owners = {self._owner[key] for key in keys if key in self._owner}
        return owners.pop() if len(owners) == 1 else None

    def schedule(self, resolved: ResolvedPipeline, job: UnresolvedAssetJobDefinition) -> dg.ScheduleDefinition | None:
        """The pipeline's cron schedule: the project job over the pipeline's assets.

        ScheduleDefinition rather than AutomationCondition.on_cron: a schedule runs the whole
        pipeline at the cron tick even when nothing upstream changed (a full refresh must run),
        needs no automation sensor, and shows as one toggle per pipeline in the UI.
        """
        schedule = resolved.pipeline.schedule
        if schedule is None:
            return None
        name = resolved.name

        def tick(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
            return self.run_request(name)

        return dg.ScheduleDefinition(
            name=resolved.schedule_name,
            job=job,
            cron_schedule=schedule.cron,
            execution_timezone=schedule.timezone,
            execution_fn=tick,
            description=f"Runs pipeline {name} ({project_job_name(self.project)} over group {resolved.group}).",
            default_status=dg.DefaultScheduleStatus.STOPPED,
        )

    def cdc_sensor(self, resolved: ResolvedPipeline, job: UnresolvedAssetJobDefinition) -> dg.SensorDefinition:
        every = resolved.pipeline.cdc_settings.every
        description = f"Replicates pipeline {resolved.name} every {every} ({project_job_name(self.project)} over group {resolved.group})."
        return self.micro_batch_sensor(resolved, job, f"{resolved.name}_cdc_sensor", resolved.pipeline.cdc_settings.every_seconds, description)

    def micro_batch_sensor(
        self, resolved: ResolvedPipeline, job: UnresolvedAssetJobDefinition, sensor_name: str, every_seconds: int, description: str
    ) -> dg.SensorDefinition:
        """A run of the pipeline's assets every `every_seconds` (cdc and stream micro-batches), never while one
        is queued or running: cron has no seconds, and a batch longer than the cadence must not pile runs up.
        Off until switched on, like the schedules."""
        name = resolved.name

        def tick(context: dg.SensorEvaluationContext):
            active = context.instance.get_run_records(
                dg.RunsFilter(tags=pipeline_tags(self.project, name), statuses=list(ACTIVE_RUN_STATUSES)), limit=1
            )
            if active:
                return dg.SkipReason(f"run {active[0].dagster_run.run_id} of pipeline {name} has not finished")
            return self.run_request(name)

        return dg.SensorDefinition(
            name=sensor_name,
            evaluation_fn=tick,
            minimum_interval_seconds=every_seconds,
            job=job,
            description=description,
            default_status=dg.DefaultSensorStatus.STOPPED,
        )


ACTIVE_RUN_STATUSES = (dg.DagsterRunStatus.QUEUED, dg.DagsterRunStatus.NOT_STARTED, dg.DagsterRunStatus.STARTING, dg.DagsterRunStatus.STARTED)


def execute_pipeline(defs: dg.Definitions, project: str, pipeline: str, **kwargs) -> dg.ExecuteInProcessResult:
    """Run one pipeline in-process (eval, `ask`, tests): the project job over the pipeline's group."""
    from ai_etl.assets.naming import group_name

    job = defs.resolve_job_def(project_job_name(project))
    keys = dg.AssetSelection.groups(group_name(project, pipeline)).resolve(defs.resolve_asset_graph())
    if not keys:
        raise KeyError(f"project {project} has no pipeline {pipeline}")
    tags = {**pipeline_tags(project, pipeline), **kwargs.pop("tags", {})}
    return job.execute_in_process(asset_selection=sorted(keys), tags=tags, **kwargs)


class PipelineRunOutcome(BaseModel):
    """How a launched pipeline run ended, in words for the command line."""

    run_id: str
    success: bool
    interrupted: bool = False
    error: str | None = None


def launch_pipeline_run(instance: dg.DagsterInstance, project: str, pipeline: str, module: str = "ai_etl.definitions", attribute: str = "defs") -> PipelineRunOutcome:
    """`ai-etl materialize`: the project job over the pipeline's assets, tagged like its schedule's runs
    (the runs page and the repair sensor see it), executed in this process, so killing the command
    kills the run and the next check (ai_etl/dead_runs.py) finds it dead. Interrupts are captured as
    `dagster asset materialize` captures them: a step stops at once, the run fails and frees its slot."""
    from dagster._core.definitions.reconstruct import ReconstructableRepository
    from dagster._utils.interrupts import capture_interrupts

    from ai_etl.assets.naming import group_name
    from ai_etl.dead_runs import fail_dead_runs, worker_tags

    repository = ReconstructableRepository.for_module(module, attribute, working_directory=os.getcwd())
    keys = dg.AssetSelection.groups(group_name(project, pipeline)).resolve(repository.get_definition().asset_graph)
    if not keys:
        raise KeyError(f"project {project} has no pipeline {pipeline}")
    fail_dead_runs(instance)
    with capture_interrupts():
        result = dg.execute_job(
            repository.get_reconstructable_job(project_job_name(project)),
            instance=instance,
            asset_selection=sorted(keys),
            tags={**pipeline_tags(project, pipeline), **worker_tags()},
            run_config={"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}},
        )
    return run_outcome(instance, result.run_id)


def run_outcome(instance: dg.DagsterInstance, run_id: str) -> PipelineRunOutcome:
    """Success, an interrupt, or the first failed step's error (its first line)."""
    run = instance.get_run_by_id(run_id)
    if run is not None and run.status == dg.DagsterRunStatus.SUCCESS:
        return PipelineRunOutcome(run_id=run_id, success=True)
    failures = instance.all_logs(run_id, of_type=DagsterEventType.RUN_FAILURE)
    reason = failures[-1].dagster_event.event_specific_data.failure_reason if failures and failures[-1].dagster_event else None
    interrupted = reason == RunFailureReason.UNEXPECTED_TERMINATION or (run is not None and run.status == dg.DagsterRunStatus.CANCELED)
    errors = [
        event.dagster_event.step_failure_data.error
        for event in instance.all_logs(run_id, of_type=DagsterEventType.STEP_FAILURE)
        if event.dagster_event and event.dagster_event.step_failure_data.error
    ]
    error = errors[-1].message.strip().splitlines()[0] if errors else (failures[-1].message if failures else "the run did not finish")
    blocked = blocking_check_failures(instance, run_id)
    return PipelineRunOutcome(run_id=run_id, success=False, interrupted=interrupted, error="; ".join(blocked) if blocked else error)


def blocking_check_failures(instance: dg.DagsterInstance, run_id: str) -> list[str]:
    """`<asset>: its <check> check blocked the run: <description>` for each blocking check that failed with ERROR:
    Dagster's own error names the check, not what it found."""
    found = []
    for record in instance.all_logs(run_id, of_type=DagsterEventType.ASSET_CHECK_EVALUATION):
        check = record.dagster_event.event_specific_data if record.dagster_event else None
        if check is not None and not check.passed and check.blocking and check.severity == dg.AssetCheckSeverity.ERROR:
            found.append(f"{check.asset_key.to_user_string()}: its {check.check_name} check blocked the run: {check.description}")
    return found
