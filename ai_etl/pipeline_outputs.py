"""What each pipeline of a project writes, and the rule that no two pipelines write the same thing.

A pipeline writes ClickHouse tables (its raw tables, its staging views, its final table), defines
Dagster assets and, with transformations, dbt models (one name space per project). Two pipelines
sharing any of them would overwrite each other's table, give Dagster two assets with one key (the
location does not load, so every materialization fails) or give dbt two models of one name (dbt
parse fails for the whole project). So the first pipeline by name keeps what it writes, and each
later one that writes any of it is broken, with one sentence naming both files.
"""

from __future__ import annotations

from pathlib import Path

from ai_etl.assets.naming import current_view_name, raw_asset_name, raw_table_name, staging_model_name, transforms_in_dbt
from ai_etl.project_files import line_of_field
from ai_etl.spec import Pipeline, Project

Output = tuple[str, ...]  # ("table", database, table) | ("asset", layer, name) | ("model", name)


def pipeline_outputs(project: Project, pipeline: Pipeline) -> dict[Output, str]:
    """Everything the pipeline writes -> how a sentence names it; its final table first. The names
    are those `ResolvedPipeline` and the dbt code generator give (read here without Dagster)."""
    warehouse = project.warehouse_database(project.connectors[pipeline.target.connector])
    in_dbt = transforms_in_dbt(pipeline)
    final_database, final = pipeline.target.database or warehouse, pipeline.target.table
    layer = "marts" if in_dbt else "raw"
    outputs: dict[Output, str] = {
        ("table", final_database, final): f"table {final_database}.{final}",
        ("asset", layer, final): f"asset {project.name}/{layer}/{final}",
    }
    if in_dbt:
        outputs[("model", final)] = f"dbt model {final}"
    raw_database = warehouse if in_dbt else final_database
    for entity in pipeline.entities:
        raw_table, raw_asset = raw_table_name(pipeline, entity), raw_asset_name(pipeline, entity)
        outputs.setdefault(("table", raw_database, raw_table), f"table {raw_database}.{raw_table}")
        if pipeline.type == "cdc":
            current = current_view_name(pipeline, entity)
            outputs.setdefault(("table", raw_database, current), f"view {raw_database}.{current}")
        outputs.setdefault(("asset", "raw", raw_asset), f"asset {project.name}/raw/{raw_asset}")
        if in_dbt:
            staging = staging_model_name(pipeline, entity)
            outputs.setdefault(("table", warehouse, staging), f"view {warehouse}.{staging}")
            outputs.setdefault(("asset", "staging", staging), f"asset {project.name}/staging/{staging}")
            outputs.setdefault(("model", staging), f"dbt model {staging}")
    return outputs


def claim_outputs(project: Project, pipelines: dict[str, Pipeline], files: dict[str, Path]) -> dict[str, str]:
    """Pipelines that write something an earlier pipeline (by name) writes -> why each is not loaded."""
    owners: dict[Output, str] = {}
    refused: dict[str, str] = {}
    for name in sorted(pipelines):
        pipeline = pipelines[name]
        outputs = pipeline_outputs(project, pipeline)
        clash = next((output for output in outputs if output in owners), None)
        if clash is None:
            owners.update(dict.fromkeys(outputs, name))
            continue
        owner, path, final = owners[clash], files[name], pipeline.target.table
        if clash[0] == "table" and clash[-1] == final:
            field, what = "target.table", f"pipeline '{name}' writes {outputs[clash]}, which pipeline '{owner}' ({files[owner]}) already writes"
            advice = "give one of them another target table"
        elif clash[-1] == final:
            field, what = "target.table", f"pipeline '{name}' and pipeline '{owner}' ({files[owner]}) both name their final table '{final}' (one {outputs[clash]})"
            advice = "give one of them another target table"
        else:
            field, what = "name", f"pipeline '{name}' would write {outputs[clash]}, which pipeline '{owner}' ({files[owner]}) already writes"
            advice = "rename one of them or give it another target table"
        line = line_of_field(path, tuple(field.split(".")))
        refused[name] = f"{path}:{line}: field `{field}`: {what}; {advice} (it is loaded, this one is not)."
    return refused
