"""A scratch copy of a project: generate and materialize there, never in the project itself.

Used by `ai-etl eval` (every case) and `ai-etl ask` (a question answered as a table): the copy
has the project's connectors, pointing at the same source databases, and its own empty chDB
warehouse; pipelines run in-process with Dagster, exactly the job the code location defines.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from ai_etl.project_files import ProjectFolder, load_project
from ai_etl.spec import ClickHouseConnector, FilesConnector, PostgresConnector


def scratch_workspace(folder: ProjectFolder, root: Path) -> ProjectFolder:
    """projects/<name>/ + dbt_project/ under `root`: same sources, an empty warehouse, no pipelines."""
    from ai_etl.dbt.project import dbt_project_dir

    source_dbt = dbt_project_dir(folder)
    shutil.copytree(source_dbt, root / "dbt_project", ignore=shutil.ignore_patterns("models", "target", "logs", "dbt_packages"))
    (root / "dbt_project" / "models").mkdir()
    project_dir = root / "projects" / folder.name
    (project_dir / "pipelines").mkdir(parents=True)
    data = folder.project.model_dump(mode="json", by_alias=True, exclude_none=True)
    for name, connector in folder.project.connectors.items():
        entry = data["connectors"][name]
        if isinstance(connector, PostgresConnector) and connector.embedded is not None:
            entry["embedded"]["data_dir"] = str(folder.resolve(connector.embedded.data_dir))
        elif isinstance(connector, FilesConnector) and "://" not in connector.root:
            entry["root"] = str(folder.resolve(connector.root))
        elif isinstance(connector, ClickHouseConnector):
            entry["url"] = f"chdb://{project_dir / '.data' / 'warehouse'}"
            entry.pop("url_env", None)  # never the real warehouse
    (project_dir / "project.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    return load_project(project_dir)


def pipeline_definitions(project_dir: Path):
    """The scratch project's definitions, prepared (compiled and parsed) first."""
    from ai_etl.definitions import build_definitions

    return build_definitions(project_dir, prepare=True)


def materialize_pipeline(defs, project: str, pipeline: str) -> str | None:
    """Run the pipeline in-process (its project's job over its assets); None on success, else the first error."""
    import dagster as dg

    from ai_etl.pipeline_runs import execute_pipeline

    with dg.DagsterInstance.ephemeral() as instance:
        quiet = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}
        result = execute_pipeline(defs, project, pipeline, instance=instance, raise_on_error=False, run_config=quiet)
        if result.success:
            return None
        for event in result.all_events:
            if event.is_step_failure and event.step_failure_data and event.step_failure_data.error:
                return f"step {event.step_key}: {event.step_failure_data.error.message.strip().splitlines()[0][:300]}"
    return "the run failed"


def final_table_rows(folder: ProjectFolder, pipeline_name: str) -> tuple[list[str], list[tuple]]:
    """Every row of a pipeline's final table in the project's warehouse."""
    from ai_etl.connections import clickhouse_resource, project_warehouse
    from ai_etl.evaluation.compare import fetch_actual

    pipeline = folder.pipelines[pipeline_name]
    warehouse = clickhouse_resource(folder, project_warehouse(folder)[1]).process_config_and_initialize()
    with warehouse.get_client() as client:
        return fetch_actual(client, pipeline.target.database or warehouse.database, pipeline.target.table)
