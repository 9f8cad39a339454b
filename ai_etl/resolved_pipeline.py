"""A pipeline spec resolved against its project: every name the rest of the product derives from it.

Where a pipeline's raw tables live (database, table, engine layout, load), its asset keys, group,
schedule name, and its dbt models folder are decided here, once. The extract assets, the
dry run, the code generator, the orchestrator, repair and the artifact views all read them from a
`ResolvedPipeline` instead of computing them again, so they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ai_etl.assets.naming import (
    asset_key,
    group_name,
    raw_asset_name,
    raw_table_name,
    source_asset_name,
    staging_model_name,
    transforms_in_dbt,
)
from ai_etl.project_files import ProjectFolder
from ai_etl.spec import ClickHouseConnector, Load, Pipeline

if TYPE_CHECKING:
    import dagster as dg


def project_models_dir(folder: ProjectFolder) -> Path:
    """dbt_project/models/<project>: the model path dbt parses for this project."""
    from ai_etl.dbt.project import dbt_project_dir

    return dbt_project_dir(folder) / "models" / folder.name


@dataclass(frozen=True)
class RawTable:
    """One table a pipeline reads, as its extract asset loads it into ClickHouse."""

    entity: str
    main: bool  # the pipeline's own source (its load mode); else a joined dimension (full copy)
    database: str
    table: str
    load: Load
    partition_by: str | None
    order_by: tuple[str, ...]
    project: str
    source_connector: str
    asset_name: str
    staging_model: str | None  # the dbt staging model reading it, when the pipeline has transformations

    @property
    def asset_key(self) -> dg.AssetKey:
        return asset_key(self.project, "raw", self.asset_name)

    @property
    def source_key(self) -> dg.AssetKey:
        return asset_key(self.project, "source", source_asset_name(self.source_connector, self.entity))

    @property
    def staging_key(self) -> dg.AssetKey | None:
        return asset_key(self.project, "staging", self.staging_model) if self.staging_model else None


@dataclass(frozen=True)
class ResolvedPipeline:
    project: str
    pipeline: Pipeline
    warehouse_connector: str
    warehouse_database: str  # the project's warehouse database (dbt models live there)
    models_dir: Path  # dbt_project/models/<project>/<pipeline>

    @property
    def name(self) -> str:
        return self.pipeline.name

    @property
    def in_dbt(self) -> bool:
        """Pipelines with transformations get staging + mart dbt models; others load the final table directly."""
        return transforms_in_dbt(self.pipeline)

    @property
    def raw_database(self) -> str:
        """A direct copy may name its own target database; raw tables of dbt pipelines sit beside the models."""
        return self.pipeline.target.database if not self.in_dbt and self.pipeline.target.database else self.warehouse_database

    @cached_property
    def raw_tables(self) -> tuple[RawTable, ...]:
        pipeline, target = self.pipeline, self.pipeline.target
        direct = not self.in_dbt
        tables = []
        for entity in pipeline.entities:
            main = entity == pipeline.source.entity
            tables.append(
                RawTable(
                    entity=entity,
                    main=main,
                    database=self.raw_database,
                    table=raw_table_name(pipeline, entity),
                    load=pipeline.load if main else Load(transfer=pipeline.load.transfer),
                    partition_by=target.partition_by if direct else None,
                    order_by=tuple(target.order_by) if direct else (),
                    project=self.project,
                    source_connector=pipeline.source.connector,
                    asset_name=raw_asset_name(pipeline, entity),
                    staging_model=None if direct else staging_model_name(pipeline, entity),
                )
            )
        return tuple(tables)

    def raw(self, entity: str) -> RawTable:
        return next(t for t in self.raw_tables if t.entity == entity)

    @property
    def main(self) -> RawTable:
        return self.raw_tables[0]

    @property
    def final_key(self) -> dg.AssetKey:
        return asset_key(self.project, "marts", self.pipeline.target.table) if self.in_dbt else self.main.asset_key

    @property
    def group(self) -> str:
        return group_name(self.project, self.name)

    @property
    def schedule_name(self) -> str:
        return f"{self.name}_schedule"

    def asset_keys(self) -> list[dg.AssetKey]:
        """Source, raw, staging and mart keys, in lineage order."""
        keys = [t.source_key for t in self.raw_tables] + [t.asset_key for t in self.raw_tables]
        if self.in_dbt:
            keys += [t.staging_key for t in self.raw_tables] + [self.final_key]
        return keys


def resolve_pipeline(folder: ProjectFolder, pipeline: Pipeline) -> ResolvedPipeline:
    """Raises KeyError (the project's own message) when the target connector is not a ClickHouse connector."""
    connector = folder.project.connector(pipeline.target.connector, ClickHouseConnector)
    return ResolvedPipeline(
        project=folder.name,
        pipeline=pipeline,
        warehouse_connector=pipeline.target.connector,
        warehouse_database=folder.project.warehouse_database(connector),
        models_dir=project_models_dir(folder) / pipeline.name,
    )
