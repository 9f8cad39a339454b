"""Extract/load assets: each source table of a pipeline -> its raw table in ClickHouse, atomically."""

import hashlib
import json
from pathlib import Path

import dagster as dg
from psycopg import sql

from ai_etl.assets.freshness import freshness_policy
from ai_etl.python_transforms import source_frame, transform_digest
from ai_etl.assets.naming import asset_key, source_asset_name, sources_group, transforms_in_dbt
from ai_etl.loading import LoadResult, load_from_frame, load_from_postgres
from ai_etl.project_files import ProjectFolder
from ai_etl.resolved_pipeline import RawTable, ResolvedPipeline
from ai_etl.spec import FilesSource, Pipeline, PostgresSource, Retries


def retry_policy(retries: Retries) -> dg.RetryPolicy | None:
    """Dagster's retries for the pipeline's steps; none at all when max_retries is 0."""
    if retries.max_retries == 0:
        return None
    return dg.RetryPolicy(
        max_retries=retries.max_retries,
        delay=retries.delay_s,
        backoff=dg.Backoff.EXPONENTIAL if retries.backoff == "exponential" else dg.Backoff.LINEAR,
    )


def source_specs(folder: ProjectFolder) -> list[dg.AssetSpec]:
    """Every source table the project reads, once: external assets, so lineage starts at the source."""
    seen: dict[dg.AssetKey, dg.AssetSpec] = {}
    for pipeline in folder.pipelines.values():
        source = pipeline.source
        kind = "postgres" if source.type == "postgres" else ("s3" if folder.project.connectors[source.connector].root.startswith("s3://") else "file")
        where = source.path if isinstance(source, FilesSource) else (source.table or "(query)")
        for entity in [source.entity, *pipeline.joined_tables]:
            key = asset_key(folder.name, "source", source_asset_name(source.connector, entity))
            seen.setdefault(
                key,
                dg.AssetSpec(
                    key=key,
                    description=f"`{where if entity == source.entity else entity}` of connector `{source.connector}`.",
                    group_name=sources_group(folder.name),
                    kinds={kind},
                    metadata={"connector": source.connector},
                ),
            )
    return list(seen.values())


def _spec_version(pipeline: Pipeline, entity: str, project_root: Path) -> str:
    """code_version: what decides the raw table's content (source, its transform, load, target layout)."""
    relevant = {
        "transform": transform_digest(project_root, pipeline.source),
        "entity": entity,
        "source": pipeline.source.model_dump(mode="json"),
        "load": pipeline.load.model_dump(mode="json"),
        "target": pipeline.target.model_dump(mode="json") if not transforms_in_dbt(pipeline) else None,
    }
    return hashlib.sha256(json.dumps(relevant, sort_keys=True).encode()).hexdigest()[:12]


def extract_assets(folder: ProjectFolder, resolved: ResolvedPipeline, metadata: dict | None = None) -> list[dg.AssetsDefinition]:
    """One asset per table the pipeline reads: its main source (with its load mode) and joined tables.
    `metadata` (the artifact version behind the pipeline, waiting proposals) goes on each."""
    return [_extract_asset(folder, resolved, raw, metadata or {}) for raw in resolved.raw_tables]


def _extract_asset(folder: ProjectFolder, resolved: ResolvedPipeline, raw: RawTable, extra: dict) -> dg.AssetsDefinition:
    pipeline = resolved.pipeline
    source, target = pipeline.source, pipeline.target
    database, table, load = raw.database, raw.table, raw.load
    partition_by, order_by = raw.partition_by, list(raw.order_by)

    @dg.asset(
        key=raw.asset_key,
        deps=[raw.source_key],
        group_name=resolved.group,
        kinds={source.type if source.type == "postgres" else "polars", "clickhouse"},
        description=f"`{raw.entity}` from `{source.connector}` into ClickHouse `{database}.{table}` ({load.mode}).",
        required_resource_keys={source.connector, target.connector},
        retry_policy=retry_policy(pipeline.retries),
        code_version=_spec_version(pipeline, raw.entity, folder.root),
        owners=pipeline.owners,
        tags=pipeline.tags,
        pool=f"warehouse:{target.connector}",
        freshness_policy=freshness_policy(pipeline.schedule) if not resolved.in_dbt and raw.main else None,
        metadata={"dagster/table_name": f"{database}.{table}", "load_mode": load.mode, **extra},
    )
    def _extract(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
        reader = getattr(context.resources, source.connector)
        warehouse = getattr(context.resources, target.connector)
        if isinstance(source, PostgresSource):
            if raw.main and source.query:
                described = reader.describe_query(source.query, raw.entity)
                relation = f"({source.query}) as {sql.Identifier(raw.entity).as_string(None)}"
            else:
                described = reader.describe(raw.entity)
                relation = sql.Identifier(described.schema_name, raw.entity).as_string(None)
            result = load_from_postgres(reader, warehouse, described, relation, database, table, load, partition_by, order_by)
            columns = [(c.name, c.data_type) for c in described.columns]
        else:
            frame = source_frame(folder.root, source, reader.read(source.path, source.format))
            result = load_from_frame(warehouse, frame, database, table, load, partition_by, order_by)
            columns = [(name, str(dtype)) for name, dtype in frame.schema.items()]
        context.log.info(f"{result.mode}: {result.rows_loaded:,} rows loaded into {database}.{table} in {result.seconds} s ({result.transfer}).")
        return dg.MaterializeResult(metadata=_metadata(result, columns))

    return _extract


def _metadata(result: LoadResult, columns: list[tuple[str, str]]) -> dict:
    metadata = {
        "dagster/row_count": result.rows,
        "rows_loaded": result.rows_loaded,
        "bytes": dg.MetadataValue.int(result.bytes),
        "duration_s": result.seconds,
        "transfer": result.transfer,
        "dagster/column_schema": dg.TableSchema(columns=[dg.TableColumn(name, kind) for name, kind in columns]),
    }
    if result.high_water_mark is not None:
        metadata["high_water_mark"] = result.high_water_mark
    return metadata
