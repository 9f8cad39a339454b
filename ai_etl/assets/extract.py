"""Extract/load assets: each source table of a pipeline -> its raw table in ClickHouse, atomically.

The raw tables of a project are the specs of a few subsettable multi-assets (ai_etl/assets/steps.py),
not one op per table: an op costs Dagster ~3 ms to define and a node in the job snapshot that every
load and reload reads, and a run only executes the tables it selected (a schedule selects its
pipeline's own).
"""

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
from psycopg import sql

from ai_etl.assets.freshness import freshness_policy
from ai_etl.assets.naming import asset_key, current_view_name, source_asset_name, sources_group, transforms_in_dbt
from ai_etl.assets.steps import assign_steps, members_by_step, retry_policy
from ai_etl.interruptible import run_interruptibly
from ai_etl.loading import LoadResult, load_from_frame, load_from_postgres
from ai_etl.monitoring.asset_profile import profile_metadata
from ai_etl.project_files import ProjectFolder
from ai_etl.python_transforms import source_frame, transform_digest
from ai_etl.resolved_pipeline import RawTable, ResolvedPipeline
from ai_etl.spec import FilesSource, KafkaSource, Pipeline, PostgresSource


def source_specs(folder: ProjectFolder) -> list[dg.AssetSpec]:
    """Every source table the project reads, once: external assets, so lineage starts at the source."""
    seen: dict[dg.AssetKey, dg.AssetSpec] = {}
    for pipeline in folder.pipelines.values():
        source = pipeline.source
        kind = _source_kind(folder, pipeline)
        where = source.path if isinstance(source, FilesSource) else source.topic if isinstance(source, KafkaSource) else (source.entity if source.query is None else "(query)")
        for entity in pipeline.entities:
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


def _source_kind(folder: ProjectFolder, pipeline: Pipeline) -> str:
    """The source's icon in the UI."""
    source = pipeline.source
    if isinstance(source, FilesSource):
        return "s3" if folder.project.connectors[source.connector].root.startswith("s3://") else "file"
    return source.type  # postgres, kafka


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


def raw_table_spec(folder: ProjectFolder, resolved: ResolvedPipeline, raw: RawTable, extra: dict) -> dg.AssetSpec:
    """The raw table as an asset: lineage from its source, the pipeline's group, owners, tags, freshness."""
    pipeline = resolved.pipeline
    source = pipeline.source
    mode = "cdc" if pipeline.type == "cdc" else raw.load.mode
    cdc = {"current_view": f"{raw.database}.{current_view_name(pipeline, raw.entity)}"} if pipeline.type == "cdc" else {}
    return dg.AssetSpec(
        key=raw.asset_key,
        deps=[raw.source_key],
        group_name=resolved.group,
        kinds={source.type if source.type == "postgres" else "polars", "clickhouse"},
        description=f"`{raw.entity}` from `{source.connector}` into ClickHouse `{raw.database}.{raw.table}` ({mode}"
        + (f"; current state in `{cdc['current_view']}`)." if cdc else ")."),
        code_version=_spec_version(pipeline, raw.entity, folder.root),
        owners=pipeline.owners,
        tags=pipeline.tags,
        freshness_policy=freshness_policy(pipeline.schedule) if not resolved.in_dbt and raw.main else None,
        metadata={"dagster/table_name": f"{raw.database}.{raw.table}", "load_mode": mode, **cdc, **extra},
    )


def extract_assets(folder: ProjectFolder, pipelines: list[ResolvedPipeline], metadata) -> list[dg.AssetsDefinition]:
    """Every raw table of the project's batch pipelines, in shared steps per warehouse connector and retries.
    `metadata(pipeline)`: the artifact version behind the pipeline, waiting proposals."""
    by_warehouse: dict[str, dict[str, ResolvedPipeline]] = defaultdict(dict)
    for resolved in pipelines:
        if resolved.pipeline.type == "stream":
            continue  # micro-batches: ai_etl/assets/stream.py
        by_warehouse[resolved.pipeline.target.connector][resolved.name] = resolved
    steps = []
    for warehouse, members in sorted(by_warehouse.items()):
        assigned = assign_steps(f"{folder.name}__extract__{warehouse}", {name: p.pipeline.retries for name, p in members.items()})
        for step, names in members_by_step(assigned).items():
            steps.append(_extract_step(folder, step, [members[name] for name in names], metadata))
    return steps


def _extract_step(folder: ProjectFolder, name: str, pipelines: list[ResolvedPipeline], metadata) -> dg.AssetsDefinition:
    first = pipelines[0].pipeline
    warehouse = first.target.connector
    tables = [(resolved, raw) for resolved in pipelines for raw in resolved.raw_tables]
    by_key = {raw.asset_key: (resolved, raw) for resolved, raw in tables}
    extras = {resolved.name: metadata(resolved.name) for resolved in pipelines}

    @dg.multi_asset(
        name=name,
        specs=[raw_table_spec(folder, resolved, raw, extras[resolved.name]) for resolved, raw in tables],
        can_subset=True,
        required_resource_keys={warehouse, *(resolved.pipeline.source.connector for resolved in pipelines)},
        retry_policy=retry_policy(first.retries),
        pool=f"warehouse:{warehouse}",
        op_tags={"kind": "extract"},
    )
    def _extract(context: dg.AssetExecutionContext) -> Iterator[dg.MaterializeResult]:
        """Each selected raw table in turn; a failed table does not stop the others, and the step
        fails with the first error once every table was tried."""
        failures: list[tuple[dg.AssetKey, Exception]] = []
        for key in sorted(context.selected_asset_keys, key=lambda k: k.to_user_string()):
            resolved, raw = by_key[key]
            try:
                # in a thread: Ctrl-C/SIGTERM stop the step at once, not after the load (ai_etl/interruptible.py)
                result, columns, profile = run_interruptibly(lambda: load_and_profile(context, folder, resolved, raw))
            except Exception as err:
                context.log.error(f"{resolved.name}: loading {raw.database}.{raw.table} failed: {err}")
                failures.append((key, err))
                continue
            yield dg.MaterializeResult(asset_key=key, metadata={**_metadata(result, columns), **profile})
        if failures:
            if len(failures) > 1:
                context.log.error(f"{len(failures)} raw tables failed: {', '.join(k.to_user_string() for k, _ in failures)}")
            raise failures[0][1]

    return _extract


def load_and_profile(context: dg.AssetExecutionContext, folder: ProjectFolder, resolved: ResolvedPipeline, raw: RawTable) -> tuple[LoadResult, list, dict]:
    """The load, then the table's profile as metadata when it is the pipeline's target (a copy
    without transformations; a dbt pipeline's target is its mart, profiled by the dbt step)."""
    result, columns = load_raw_table(context, folder, resolved, raw)
    if resolved.in_dbt:
        return result, columns, {}
    warehouse = getattr(context.resources, resolved.pipeline.target.connector)
    try:
        with warehouse.get_client() as client:
            profile = profile_metadata(client, raw.database, raw.table, context.log.warning, rows=result.rows)
    except Exception as err:  # the warehouse could not be opened again: the load stands, without a profile
        context.log.warning(f"Could not profile {raw.database}.{raw.table}: {err}")
        profile = {}
    return result, columns, profile


def load_raw_table(context: dg.AssetExecutionContext, folder: ProjectFolder, resolved: ResolvedPipeline, raw: RawTable) -> tuple[LoadResult, list]:
    """One source table (or the pipeline's query, or its files) into its raw table."""
    source, target = resolved.pipeline.source, resolved.pipeline.target
    reader = getattr(context.resources, source.connector)
    warehouse = getattr(context.resources, target.connector)
    database, table, load = raw.database, raw.table, raw.load
    partition_by, order_by = raw.partition_by, list(raw.order_by)
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
    context.log.info(f"{resolved.name}: {result.mode}: {result.rows_loaded:,} rows loaded into {database}.{table} in {result.seconds} s ({result.transfer}).")
    return result, columns


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
