"""Stream pipelines as Dagster assets: the raw stream table, and the sensor that runs its micro-batches.

The raw tables of a project's stream pipelines are the specs of one subsettable multi-asset per
warehouse (`<project>__stream__<warehouse>`), in the warehouse's pool like the loads: embedded chDB
is single-process, so a micro-batch waits for any other run that holds the warehouse. Each
materialization is one micro-batch (`ai_etl.streaming.consumer`); its metadata says how many
messages it read, the offsets it stopped at and each partition's lag.
"""

import datetime as dt
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterator

import dagster as dg

from ai_etl.assets.steps import retry_policy
from ai_etl.interruptible import run_interruptibly
from ai_etl.pipeline_runs import PipelineSelections
from ai_etl.project_files import ProjectFolder
from ai_etl.resolved_pipeline import RawTable, ResolvedPipeline
from ai_etl.streaming.consumer import BatchResult, StreamTarget, consume_batch



def is_stream(resolved: ResolvedPipeline) -> bool:
    return resolved.pipeline.type == "stream"


def stream_target(project: str, resolved: ResolvedPipeline) -> StreamTarget:
    raw = resolved.main
    return StreamTarget(
        pipeline=resolved.name,
        topic=resolved.pipeline.source.topic,
        group_id=f"ai-etl.{project}.{resolved.name}",
        database=raw.database,
        table=raw.table,
        partition_by=raw.partition_by,
    )


def stream_table_spec(resolved: ResolvedPipeline, raw: RawTable, extra: dict) -> dg.AssetSpec:
    pipeline = resolved.pipeline
    settings = pipeline.stream_settings
    version = json.dumps({"source": pipeline.source.model_dump(mode="json"), "partition_by": raw.partition_by}, sort_keys=True)
    return dg.AssetSpec(
        key=raw.asset_key,
        deps=[raw.source_key],
        group_name=resolved.group,
        kinds={"kafka", "clickhouse"},
        description=(
            f"Topic `{pipeline.source.topic}` of `{pipeline.source.connector}` into ClickHouse `{raw.database}.{raw.table}` "
            f"in micro-batches every {settings.every:g} s (at most {settings.max_messages:,} messages each); "
            "read it with FINAL: a replayed batch is deduplicated by (_partition, _offset)."
        ),
        code_version=hashlib.sha256(version.encode()).hexdigest()[:12],
        owners=pipeline.owners,
        tags=pipeline.tags,
        # the final table of a plain stream must be no older than two micro-batch intervals (Dagster: at least 1 min)
        freshness_policy=None if resolved.in_dbt else dg.FreshnessPolicy.time_window(fail_window=dt.timedelta(seconds=max(60, 2 * settings.every))),
        metadata={"dagster/table_name": f"{raw.database}.{raw.table}", "load_mode": "stream", "every_s": settings.every, **extra},
    )


def stream_assets(folder: ProjectFolder, pipelines: list[ResolvedPipeline], metadata) -> list[dg.AssetsDefinition]:
    """One micro-batch step per warehouse for the project's stream pipelines."""
    by_warehouse: dict[str, list[ResolvedPipeline]] = defaultdict(list)
    for resolved in pipelines:
        if is_stream(resolved):
            by_warehouse[resolved.pipeline.target.connector].append(resolved)
    return [_stream_step(folder, warehouse, members, metadata) for warehouse, members in sorted(by_warehouse.items())]


def _stream_step(folder: ProjectFolder, warehouse: str, pipelines: list[ResolvedPipeline], metadata) -> dg.AssetsDefinition:
    by_key = {resolved.main.asset_key: resolved for resolved in pipelines}

    @dg.multi_asset(
        name=f"{folder.name}__stream__{warehouse}",
        specs=[stream_table_spec(resolved, resolved.main, metadata(resolved.name)) for resolved in pipelines],
        can_subset=True,
        required_resource_keys={warehouse, *(resolved.pipeline.source.connector for resolved in pipelines)},
        retry_policy=retry_policy(pipelines[0].pipeline.retries),
        pool=f"warehouse:{warehouse}",
        op_tags={"kind": "stream"},
    )
    def _stream(context: dg.AssetExecutionContext) -> Iterator[dg.MaterializeResult]:
        """One micro-batch of each selected stream; a failed one does not stop the others."""
        failures: list[Exception] = []
        for key in sorted(context.selected_asset_keys, key=lambda k: k.to_user_string()):
            resolved = by_key[key]
            source = resolved.pipeline.source
            kafka, clickhouse = getattr(context.resources, source.connector), getattr(context.resources, warehouse)
            target = stream_target(folder.name, resolved)
            try:
                result = run_interruptibly(
                    lambda: consume_batch(kafka, clickhouse, target, resolved.pipeline.stream_settings.max_messages, log=context.log.info)
                )
                rows = _row_count(clickhouse, target)
            except Exception as err:
                context.log.error(f"{resolved.name}: micro-batch of topic {source.topic} failed: {err}")
                failures.append(err)
                continue
            context.log.info(
                f"{resolved.name}: {result.messages:,} messages from {result.topic} into {target.database}.{target.table} "
                f"in {result.seconds} s; lag {result.lag:,}"
            )
            yield dg.MaterializeResult(asset_key=key, metadata=batch_metadata(result, rows))
        if failures:
            raise failures[0]

    return _stream


def _row_count(warehouse, target: StreamTarget) -> int:
    """Messages in the deduplicated view (FINAL)."""
    from ai_etl.resources.clickhouse import quote_ident

    with warehouse.get_client() as client:
        return int(client.command(f"SELECT count() FROM {quote_ident(target.database)}.{quote_ident(target.table)} FINAL"))


def batch_metadata(result: BatchResult, rows: int) -> dict:
    return {
        "dagster/row_count": rows,
        "messages": result.messages,
        "dead_letters": result.dead_letters,
        "lag_messages": result.lag,
        "lag_by_partition": dg.MetadataValue.json({str(p.partition): p.lag for p in result.partitions}),
        "next_offsets": dg.MetadataValue.json({str(p.partition): p.next_offset for p in result.partitions}),
        "log_end_offsets": dg.MetadataValue.json({str(p.partition): p.log_end for p in result.partitions}),
        "new_columns": dg.MetadataValue.json(result.new_columns),
        "duration_s": result.seconds,
    }


def micro_batch_sensor(selections: PipelineSelections, resolved: ResolvedPipeline, job) -> dg.SensorDefinition:
    """The pipeline's run (raw stream table, then its dbt models) every `stream.every` seconds."""
    every = resolved.pipeline.stream_settings.every
    description = f"Micro-batches of stream pipeline {resolved.name} every {every:g} s ({selections.job_name} over group {resolved.group})."
    return selections.micro_batch_sensor(resolved, job, f"{resolved.name}_micro_batches", int(every), description)
