"""A prepared project folder -> `dg.Definitions`: the one place where assets, jobs, schedules,
sensors and resources are wired. Reads only (see `ai_etl.prepare`); imported by
`ai_etl.definitions` after it has started any prepare, because dagster-dbt and dbt take seconds to import.
"""

from __future__ import annotations

import dagster as dg

from ai_etl.agents.dagster_job import generate_pipeline_job
from ai_etl.artifacts.dagster_metadata import read_artifact_view
from ai_etl.assets.anomaly_checks import anomaly_checks
from ai_etl.assets.broken import broken_assets
from ai_etl.assets.cdc import cdc_assets, slot_watch_sensor
from ai_etl.assets.extract import extract_assets, source_specs
from ai_etl.assets.freshness import freshness_policy
from ai_etl.assets.naming import transforms_in_dbt
from ai_etl.assets.stream import is_stream, micro_batch_sensor, stream_assets
from ai_etl.connections import connector_resources, project_warehouse
from ai_etl.dbt.assets import project_dbt_assets, read_manifest
from ai_etl.dbt.cli_resource import DBT_RESOURCE_KEY, dbt_resource
from ai_etl.dbt.project import DbtSetup, dbt_setup
from ai_etl.dbt.translator import ProjectDbtTranslator
from ai_etl.dead_runs import dead_run_sensor
from ai_etl.errors import UserError
from ai_etl.model_drift import drift_metadata, location_drift
from ai_etl.model_folders import orphan_model_folders, without_unparsable
from ai_etl.pipeline_runs import PipelineSelections
from ai_etl.project_compiler import loads_dbt_models
from ai_etl.project_files import ProjectFolder
from ai_etl.repair.dagster_defs import reflect_job, repair_sensors
from ai_etl.resolved_pipeline import resolve_pipeline
from ai_etl.run_executor import guarded_in_process_executor, guarded_multiprocess_executor
from ai_etl.telemetry.dagster_defs import telemetry_assets, telemetry_job, telemetry_sensor


class NotPreparedError(UserError):
    pass


def location_definitions(folder: ProjectFolder, check_fresh: bool = True) -> dg.Definitions:
    """The project's definitions from its prepared files. `check_fresh=False` when this load has just
    prepared (the freshness fingerprint reads every file)."""
    warehouse_key, warehouse = project_warehouse(folder)
    setup = dbt_setup(folder)
    folder = without_unparsable(folder, setup.target_path)  # dbt skips their models: broken, as a bad file is
    pool = f"warehouse:{warehouse_key}"
    artifacts = read_artifact_view(folder)
    drift = location_drift(folder, setup.models_dir, setup.target_path, look_for_deleted=check_fresh)  # on each asset of the pipeline
    # Embedded chDB is single-process: run every step of a run in one process, one after another.
    # Both first fail runs whose process died and free their pool slots (ai_etl/dead_runs.py).
    executor = guarded_in_process_executor if setup.target == "embedded" else guarded_multiprocess_executor

    resources = {**connector_resources(folder), DBT_RESOURCE_KEY: dbt_resource(setup)}

    sources = [dg.AssetsDefinition(specs=[spec]) for spec in source_specs(folder)]
    resolved = [resolve_pipeline(folder, pipeline) for pipeline in folder.pipelines.values()]
    pipeline_metadata = lambda p: {**artifacts.for_pipeline(folder.name, p), **drift_metadata(drift.get(p, []))}  # noqa: E731
    replicated = [p for p in resolved if p.pipeline.type == "cdc"]
    extracts = [
        *extract_assets(folder, [p for p in resolved if p.pipeline.type != "cdc"], pipeline_metadata),
        *stream_assets(folder, resolved, pipeline_metadata),
        *cdc_assets(folder, replicated, pipeline_metadata),
    ]
    file_metadata = lambda path: {**artifacts.for_file(path), **drift_metadata(drift.get(_pipeline_of_file(path), []))}  # noqa: E731
    models = dbt_model_assets(folder, setup, warehouse_key, pool, file_metadata, check_fresh=check_fresh)
    # one bad file breaks one pipeline: the others load, each broken one is an asset saying why
    faults = {**orphan_model_folders(folder, setup.models_dir), **folder.broken}
    for why in faults.values():
        dg.get_dagster_logger().warning(f"not loaded: {why}")
    assets: list[dg.AssetsDefinition] = [*sources, *extracts, *models, *broken_assets(folder.name, faults)]
    selections = PipelineSelections.of(folder.name, {p.group: p.name for p in resolved}, [*extracts, *models])
    assets.append(telemetry_assets(folder.name, warehouse_key, selections))
    job = selections.job()
    schedules = [s for s in (selections.schedule(p, job) for p in resolved) if s is not None]
    reflect = reflect_job(folder.root, folder.name)
    sensors = [*(repair_sensors(folder.root, selections, job, reflect) if resolved else []), dead_run_sensor()]
    sensors += [micro_batch_sensor(selections, p, job) for p in resolved if is_stream(p)]
    sensors += [selections.cdc_sensor(p, job) for p in replicated] + ([slot_watch_sensor(folder.name, replicated)] if replicated else [])
    jobs = [job] if resolved else []
    telemetry = telemetry_job(folder.name)
    sensors.append(telemetry_sensor(folder.name, telemetry))
    jobs += [generate_pipeline_job(folder.root, folder.name), reflect, telemetry]
    checks = anomaly_checks([*extracts, *models], resolved)  # one check op after each asset step
    return dg.Definitions(assets=assets, asset_checks=checks, jobs=jobs, schedules=schedules, sensors=sensors, resources=resources, executor=executor)


def _pipeline_of_file(path: str) -> str:
    """dbt_project/models/<project>/<pipeline>/... -> <pipeline>."""
    parts = path.split("/")
    return parts[3] if len(parts) > 4 else ""


def dbt_model_assets(
    folder: ProjectFolder, setup: DbtSetup, warehouse_key: str, pool: str, artifact_metadata, check_fresh: bool = True
) -> list[dg.AssetsDefinition]:
    """The project's dbt models from the prepared manifest (read only), in shared steps.
    `check_fresh=False` when this load just prepared (the fingerprint reads every file)."""
    if not loads_dbt_models(folder, setup):
        return []  # only loaded pipelines' model folders count (ai_etl.model_folders)
    in_dbt = {name: p for name, p in folder.pipelines.items() if transforms_in_dbt(p)}
    if not setup.manifest_path.exists():
        raise NotPreparedError(
            f"Project '{folder.name}' has no dbt manifest ({setup.manifest_path}); run `ai-etl prepare` before loading it."
        )
    if check_fresh and not setup.is_fresh():
        dg.get_dagster_logger().warning(
            f"The dbt manifest of project '{folder.name}' is older than its pipeline or model files; "
            "run `ai-etl prepare` to compile and parse them (loading the last prepared models)."
        )
    finals = {p.target.table: freshness_policy(p.schedule) for p in in_dbt.values()}
    translator = ProjectDbtTranslator(folder.name, artifact_metadata, freshness=finals.get)
    retries = {name: p.retries for name, p in in_dbt.items()}
    manifest = read_manifest(setup.manifest_path)
    return project_dbt_assets(folder.name, manifest, retries, setup, translator, warehouse_key, pool, owners=set(folder.pipelines))
