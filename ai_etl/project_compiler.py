"""Keep a project's generated dbt files in step with its pipeline files (run on every load)."""

from __future__ import annotations

from pathlib import Path

from ai_etl.dbt_codegen import GeneratedFiles, compile_pipeline
from ai_etl.dbt.project import DbtSetup
from ai_etl.generated_files import RECORD, SyncReport, is_current, sync_generated
from ai_etl.project_files import ProjectFolder


def compile_project(folder: ProjectFolder, setup: DbtSetup) -> dict[str, SyncReport]:
    """Write each pipeline's dbt files; remove the untouched files of pipelines that are gone. A
    broken pipeline file is not gone: its folder stays as it is (dbt skips it, see
    `ai_etl.model_folders`) until the file is fixed."""
    reports: dict[str, SyncReport] = {}
    database = setup.vars["ai_etl_database"]
    for name, pipeline in folder.pipelines.items():
        generated = compile_pipeline(folder.name, pipeline, database)
        if is_current(setup.models_dir / name, generated.digest()):
            continue  # generated from this very output last time: no file to read or write
        reports[name] = sync_generated(setup.models_dir / name, generated)
    if setup.models_dir.is_dir():
        for record in setup.models_dir.glob(f"*/{RECORD}"):
            name = record.parent.name
            if name not in folder.pipelines and name not in folder.broken:
                reports[name] = sync_generated(record.parent, GeneratedFiles(pipeline=name, files={}))
    return reports


def has_models(models_dir: Path) -> bool:
    return models_dir.is_dir() and any(models_dir.rglob("*.sql"))


def loads_dbt_models(folder: ProjectFolder, setup: DbtSetup) -> bool:
    """Whether the location loads dbt models: a pipeline transforms in dbt, or a loaded pipeline's model
    folder holds models (`ai_etl.model_folders`); only then is a manifest needed."""
    from ai_etl.assets.naming import transforms_in_dbt

    return any(transforms_in_dbt(p) for p in folder.pipelines.values()) or any(has_models(setup.models_dir / n) for n in folder.pipelines)
