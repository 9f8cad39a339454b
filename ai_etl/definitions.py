"""The entry point: a project folder -> `dg.Definitions`. The one place where things are wired.

`dagster dev` / `dagster asset materialize -m ai_etl.definitions` load `defs`, the project named
by AI_ETL_PROJECT (a folder; default: projects/ecommerce of this checkout). A workspace with
several projects loads each as its own code location with `attribute: <project name>`.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import dagster as dg

from ai_etl.agents.dagster_job import generate_pipeline_job
from ai_etl.repair.dagster_defs import reflect_job, repair_sensors
from ai_etl.artifacts.dagster_metadata import record_working_copy
from ai_etl.assets.dbt_models import DBT_RESOURCE_KEY, dbt_models_asset, dbt_resource
from ai_etl.assets.extract import extract_assets, source_specs
from ai_etl.assets.freshness import freshness_checks
from ai_etl.assets.naming import group_name
from ai_etl.connections import connector_resources, project_warehouse
from ai_etl.dbt_manifest import dbt_setup, ensure_manifest
from ai_etl.project_compiler import compile_project, has_models
from ai_etl.project_files import ProjectFolder, load_project

WORKSPACE_ROOT = Path(__file__).resolve().parent.parent


def default_project_dir() -> Path:
    return Path(os.environ.get("AI_ETL_PROJECT", WORKSPACE_ROOT / "projects" / "ecommerce")).resolve()


def pipeline_job_and_schedule(folder: ProjectFolder, name: str) -> tuple[dg.UnresolvedAssetJobDefinition, dg.ScheduleDefinition | None]:
    """A job per pipeline over its group; a cron schedule when the pipeline has one.

    ScheduleDefinition rather than AutomationCondition.on_cron: a schedule runs the whole
    pipeline at the cron tick even when nothing upstream changed (a full refresh must run),
    needs no automation sensor, and shows as one toggle per pipeline in the UI.
    """
    pipeline = folder.pipelines[name]
    job = dg.define_asset_job(
        f"{name}_job",
        selection=dg.AssetSelection.groups(group_name(folder.name, name)).materializable(),
        description=pipeline.description,
        tags={"ai_etl/project": folder.name, "ai_etl/pipeline": name},
    )
    if pipeline.schedule is None:
        return job, None
    schedule = dg.ScheduleDefinition(
        name=f"{name}_schedule",
        job=job,
        cron_schedule=pipeline.schedule.cron,
        execution_timezone=pipeline.schedule.timezone,
        default_status=dg.DefaultScheduleStatus.STOPPED,
    )
    return job, schedule


def build_definitions(project_dir: Path) -> dg.Definitions:
    folder = load_project(project_dir)
    warehouse_key, warehouse = project_warehouse(folder)
    setup = dbt_setup(folder)
    pool = f"warehouse:{warehouse_key}"

    for name, report in compile_project(folder, setup).items():
        if report.kept_hand_edits:
            dg.get_dagster_logger().info(f"pipeline {name}: kept hand-edited files {report.kept_hand_edits}")
    artifacts = record_working_copy(folder)

    assets: list = list(source_specs(folder))
    jobs, schedules = [], []
    for name, pipeline in folder.pipelines.items():
        assets += extract_assets(folder, pipeline, artifacts.for_pipeline(folder.name, name))
        job, schedule = pipeline_job_and_schedule(folder, name)
        jobs.append(job)
        schedules += [schedule] if schedule else []
    reflect = reflect_job(folder.root)
    sensors = repair_sensors(folder.root, list(jobs), reflect) if jobs else []
    jobs += [generate_pipeline_job(folder.root), reflect]
    if has_models(setup.models_dir):
        assets.append(dbt_models_asset(folder.name, setup, ensure_manifest(setup), warehouse_key, pool, artifacts.for_file))
    checks, freshness_sensor = freshness_checks(folder)

    resources = {**connector_resources(folder), DBT_RESOURCE_KEY: dbt_resource(setup)}
    # Embedded chDB is single-process: run every step of a run in one process, one after another.
    executor = dg.in_process_executor if setup.target == "embedded" else dg.multiprocess_executor
    return dg.Definitions(
        assets=assets,
        asset_checks=checks,
        jobs=jobs,
        schedules=schedules,
        sensors=([freshness_sensor] if freshness_sensor else []) + sensors,
        resources=resources,
        executor=executor,
    )


def __getattr__(name: str) -> dg.Definitions:
    """Built on first access, not on import (PEP 562): `defs` is the default project
    ($AI_ETL_PROJECT or projects/ecommerce); `ai_etl.definitions.<project>` is projects/<project>."""
    if name == "defs":
        return _built(default_project_dir())
    project_dir = WORKSPACE_ROOT / "projects" / name
    if name.startswith("_") or not (project_dir / "project.yaml").exists():
        raise AttributeError(name)
    return _built(project_dir.resolve())


@functools.cache
def _built(project_dir: Path) -> dg.Definitions:
    """Once per process: Dagster reads the attribute ~12 times while loading a location
    (measured in bench/orchestration_overhead.py), which at 500 pipelines would cost ~50 s."""
    return build_definitions(project_dir)


def __dir__() -> list[str]:
    """Lists `defs`, so Dagster's module scan (`-m ai_etl.definitions`) finds and builds it."""
    return sorted([*globals(), "defs"])
