"""Extract/load assets: a pipeline's source table -> its raw table in ClickHouse, atomically."""


import dagster as dg

from ai_etl.assets.naming import asset_key, group_name, raw_table_name
from ai_etl.loading import full_refresh_from_postgres
from ai_etl.project_files import ProjectFolder
from ai_etl.spec import Pipeline, Retries
from ai_etl.type_mapping import clickhouse_type


def retry_policy(retries: Retries) -> dg.RetryPolicy:
    return dg.RetryPolicy(
        max_retries=retries.max_retries,
        delay=retries.delay_s,
        backoff=dg.Backoff.EXPONENTIAL if retries.backoff == "exponential" else dg.Backoff.LINEAR,
    )


def source_spec(folder: ProjectFolder, pipeline: Pipeline) -> dg.AssetSpec:
    """The PostgreSQL table itself: an external asset, so lineage starts at the source."""
    source = pipeline.source
    return dg.AssetSpec(
        key=asset_key(folder.name, "source", source.table),
        description=f"Table {source.table} in the `{source.connector}` PostgreSQL database.",
        group_name=group_name(folder.name, pipeline.name),
        kinds={"postgres"},
        metadata={"connector": source.connector, "dagster/table_name": f"{source.connector}.public.{source.table}"},
    )


def extract_asset(folder: ProjectFolder, pipeline: Pipeline) -> dg.AssetsDefinition:
    source, target = pipeline.source, pipeline.target
    database = folder.project.warehouse_database(folder.project.connector(target.connector))
    table = raw_table_name(source.table)

    @dg.asset(
        key=asset_key(folder.name, "raw", source.table),
        deps=[asset_key(folder.name, "source", source.table)],
        group_name=group_name(folder.name, pipeline.name),
        kinds={"postgres", "clickhouse"},
        description=f"`{source.table}` copied from `{source.connector}` into ClickHouse `{database}.{table}` ({pipeline.load.mode}).",
        required_resource_keys={source.connector, target.connector},
        retry_policy=retry_policy(pipeline.retries),
        owners=pipeline.owners,
        tags=pipeline.tags,
        pool=f"warehouse:{target.connector}",
        metadata={"dagster/table_name": f"{database}.{table}", "load_mode": pipeline.load.mode},
    )
    def _extract(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
        postgres = getattr(context.resources, source.connector)
        warehouse = getattr(context.resources, target.connector)
        result = full_refresh_from_postgres(postgres, warehouse, source.table, database, table, pipeline.load.transfer)
        columns = postgres.describe(source.table).columns
        return dg.MaterializeResult(
            metadata={
                "dagster/row_count": result.rows,
                "bytes": dg.MetadataValue.int(result.bytes),
                "duration_s": result.seconds,
                "transfer": result.transfer,
                "dagster/column_schema": dg.TableSchema(
                    columns=[dg.TableColumn(c.name, clickhouse_type(c.data_type, c.nullable)) for c in columns]
                ),
            }
        )

    return _extract
