"""The entry point: a project folder -> `dg.Definitions`. The one place where things are wired.

`dagster dev` / `dagster asset materialize -m ai_etl.definitions` load `defs`, the project named
by AI_ETL_PROJECT (a folder; default: projects/ecommerce of $AI_ETL_WORKSPACE or this checkout). A workspace with
several projects loads each as its own code location with `attribute: <project name>`.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import dagster as dg

from ai_etl.agents.dagster_job import generate_pipeline_job
from ai_etl.artifacts.dagster_metadata import read_artifact_view
from ai_etl.assets.extract import extract_assets, source_specs
from ai_etl.assets.freshness import freshness_policy
from ai_etl.assets.naming import transforms_in_dbt
from ai_etl.connections import connector_resources, project_warehouse
from ai_etl.dbt.assets import project_dbt_assets, read_manifest
from ai_etl.dbt.cli_resource import DBT_RESOURCE_KEY, dbt_resource
from ai_etl.dbt.project import DbtSetup, dbt_setup
from ai_etl.dbt.translator import ProjectDbtTranslator
from ai_etl.errors import UserError
from ai_etl.pipeline_runs import PipelineSelections
from ai_etl.prepare import is_dev_cli, prepare_project
from ai_etl.project_compiler import has_models
from ai_etl.project_files import ProjectFolder, load_project
from ai_etl.repair.dagster_defs import reflect_job, repair_sensors
from ai_etl.resolved_pipeline import resolve_pipeline

WORKSPACE_ROOT = Path(__file__).resolve().parent.parent


def workspace_root() -> Path:
    """The folder holding projects/ and dbt_project/: $AI_ETL_WORKSPACE, else this checkout."""
    return Path(os.environ.get("AI_ETL_WORKSPACE") or WORKSPACE_ROOT).resolve()


def default_project_dir() -> Path:
    return Path(os.environ.get("AI_ETL_PROJECT") or workspace_root() / "projects" / "ecommerce").resolve()


class NotPreparedError(UserError):
    pass


def build_definitions(project_dir: Path, prepare: bool | None = None) -> dg.Definitions:
    """The project's definitions. Loading only reads: `prepare` (default: only under `dagster dev`
    / `dg dev`) first compiles pipeline files, parses dbt and records edits (`ai-etl prepare`)."""
    folder = load_project(project_dir)
    prepared = is_dev_cli() if prepare is None else prepare
    if prepared:
        report = prepare_project(folder, just_read=True)
        dg.get_dagster_logger().info(f"prepared {report.summary()}")
    warehouse_key, warehouse = project_warehouse(folder)
    setup = dbt_setup(folder)
    pool = f"warehouse:{warehouse_key}"
    artifacts = read_artifact_view(folder)
    # Embedded chDB is single-process: run every step of a run in one process, one after another.
    executor = dg.in_process_executor if setup.target == "embedded" else dg.multiprocess_executor

    resources = {**connector_resources(folder), DBT_RESOURCE_KEY: dbt_resource(setup)}

    sources = [dg.AssetsDefinition(specs=[spec]) for spec in source_specs(folder)]
    resolved = [resolve_pipeline(folder, pipeline) for pipeline in folder.pipelines.values()]
    extracts = extract_assets(folder, resolved, lambda pipeline: artifacts.for_pipeline(folder.name, pipeline))
    models = dbt_model_assets(folder, setup, warehouse_key, pool, artifacts.for_file, check_fresh=not prepared)
    assets: list[dg.AssetsDefinition] = [*sources, *extracts, *models]
    selections = PipelineSelections.of(folder.name, {p.group: p.name for p in resolved}, [*extracts, *models])
    job = selections.job()
    schedules = [s for s in (selections.schedule(p, job) for p in resolved) if s is not None]
    reflect = reflect_job(folder.root)
    sensors = repair_sensors(folder.root, selections, job, reflect) if resolved else []
    jobs = [job] if resolved else []
    jobs += [generate_pipeline_job(folder.root), reflect]
    return dg.Definitions(assets=assets, jobs=jobs, schedules=schedules, sensors=sensors, resources=resources, executor=executor)


def dbt_model_assets(
    folder: ProjectFolder, setup: DbtSetup, warehouse_key: str, pool: str, artifact_metadata, check_fresh: bool = True
) -> list[dg.AssetsDefinition]:
    """The project's dbt models from the prepared manifest (read only), in shared steps.
    `check_fresh=False` when this load just prepared (the fingerprint reads every file)."""
    in_dbt = {name: p for name, p in folder.pipelines.items() if transforms_in_dbt(p)}
    if not in_dbt and not has_models(setup.models_dir):
        return []
    if not setup.manifest_path.exists():
        raise NotPreparedError(
            f"Project '{folder.name}' has no dbt manifest ({setup.manifest_path}); run `ai-etl prepare` "
            "(or `dagster dev`, which prepares) before loading it."
        )
    if check_fresh and not setup.is_fresh():
        dg.get_dagster_logger().warning(
            f"The dbt manifest of project '{folder.name}' is older than its pipeline or model files; "
            "run `ai-etl prepare` to compile and parse them (loading the last prepared models)."
        )
    finals = {p.target.table: freshness_policy(p.schedule) for p in in_dbt.values()}
    translator = ProjectDbtTranslator(folder.name, artifact_metadata, freshness=finals.get)
    retries = {name: p.retries for name, p in in_dbt.items()}
    return project_dbt_assets(folder.name, read_manifest(setup.manifest_path), retries, setup, translator, warehouse_key, pool)


def __getattr__(name: str) -> dg.Definitions:
    """Built on first access, not on import (PEP 562): `defs` is the default project
    ($AI_ETL_PROJECT or projects/ecommerce); `ai_etl.definitions.<project>` is projects/<project>
    of the workspace ($AI_ETL_WORKSPACE or this checkout)."""
    if name == "defs":
        return _built(default_project_dir())
    project_dir = workspace_root() / "projects" / name
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
