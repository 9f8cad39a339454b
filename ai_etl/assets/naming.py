"""Asset keys, groups and table names: `<project>/<layer>/<name>`, one group per project and pipeline.

Each pipeline owns its raw and staging tables (`raw_<pipeline>__<entity>`, `stg_<pipeline>__<entity>`),
so pipelines over the same source table can differ in schedule, load mode and columns without
sharing state; the dbt source of a pipeline is named after the pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ai_etl.spec import Pipeline

if TYPE_CHECKING:
    import dagster as dg

LAYERS = ("source", "raw", "staging", "marts", "broken")  # broken: a pipeline file that does not load (assets/broken.py)


def asset_key(project: str, layer: str, name: str) -> dg.AssetKey:
    import dagster as dg  # here, not at the top: CLI commands that need no Dagster import this module

    assert layer in LAYERS, layer
    return dg.AssetKey([project, layer, name])


def group_name(project: str, pipeline: str) -> str:
    return f"{project}__{pipeline}"


def sources_group(project: str) -> str:
    return f"{project}__sources"


def source_asset_name(connector: str, entity: str) -> str:
    return f"{connector}__{entity}"


def transforms_in_dbt(pipeline: Pipeline) -> bool:
    """Pipelines with transformations get staging + mart dbt models; others load the final table directly."""
    return bool(pipeline.transformations)


def raw_table_name(pipeline: Pipeline, entity: str) -> str:
    """The ClickHouse table an extract asset loads (a cdc pipeline's dbt source reads its current view).
    A direct copy of several tables (cdc) names each `<target table>__<entity>`."""
    if not transforms_in_dbt(pipeline):
        return pipeline.target.table if len(pipeline.entities) == 1 else f"{pipeline.target.table}__{entity}"
    return f"raw_{pipeline.name}__{entity}"


def current_view_name(pipeline: Pipeline, entity: str) -> str:
    """A cdc raw table's current state (latest version of each key, deletes gone): `<raw table>_current`."""
    return f"{raw_table_name(pipeline, entity)}_current"


def staging_model_name(pipeline: Pipeline, entity: str) -> str:
    return f"stg_{pipeline.name}__{entity}"


def raw_asset_name(pipeline: Pipeline, entity: str) -> str:
    """The extract asset's name: the final table of a copy, else `<pipeline>__<entity>`."""
    return raw_table_name(pipeline, entity) if not transforms_in_dbt(pipeline) else f"{pipeline.name}__{entity}"
