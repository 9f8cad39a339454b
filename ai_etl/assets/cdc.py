"""A cdc pipeline's raw tables as one multi-asset: materializing it is one step of replication (the
snapshot when a table needs one, then one micro-batch of changes; ai_etl/cdc/replicator.py).

One op per pipeline, not subsettable: its tables share one slot, which a batch reads and advances for
all of them at once. The step takes the warehouse pool like the extract steps, so embedded chDB is
never opened by two runs at once. A check on the main table fails (severity WARN) while the slot holds
back more WAL than `cdc.max_retained_wal_mb`: a consumer that stopped fills the source's disk, and the
asset graph is where that must show.
"""

from collections.abc import Iterator

import dagster as dg

from ai_etl.assets.extract import raw_table_spec
from ai_etl.assets.steps import retry_policy
from ai_etl.cdc.pgoutput import lsn_text
from ai_etl.cdc.replicator import CdcPlan, StepReport, TableReport, lag_seconds, run_step
from ai_etl.errors import ConnectorError
from ai_etl.interruptible import run_interruptibly
from ai_etl.project_files import ProjectFolder
from ai_etl.resolved_pipeline import ResolvedPipeline

RETAINED_WAL_CHECK = "retained_wal_within_threshold"
SLOT_WATCH_INTERVAL_S = 300


def cdc_assets(folder: ProjectFolder, pipelines: list[ResolvedPipeline], metadata) -> list[dg.AssetsDefinition]:
    """One multi-asset per cdc pipeline. `metadata(pipeline)`: artifact version, waiting proposals."""
    return [_cdc_step(folder, resolved, metadata(resolved.name)) for resolved in pipelines]


def _cdc_step(folder: ProjectFolder, resolved: ResolvedPipeline, extra: dict) -> dg.AssetsDefinition:
    pipeline = resolved.pipeline
    source, warehouse = pipeline.source.connector, pipeline.target.connector
    settings = pipeline.cdc_settings
    main = resolved.main.asset_key

    @dg.multi_asset(
        name=f"{folder.name}__cdc__{resolved.name}",
        specs=[raw_table_spec(folder, resolved, raw, extra) for raw in resolved.raw_tables],
        check_specs=[
            dg.AssetCheckSpec(
                RETAINED_WAL_CHECK, asset=main,
                description=f"The replication slot holds back at most {settings.max_retained_wal_mb} MB of WAL on the source.",
            )
        ],  # fmt: skip
        required_resource_keys={source, warehouse},
        retry_policy=retry_policy(pipeline.retries),
        pool=f"warehouse:{warehouse}",
        op_tags={"kind": "cdc"},
    )
    def _replicate(context: dg.AssetExecutionContext) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
        postgres = getattr(context.resources, source)
        plan = CdcPlan.of(resolved, postgres.schema_name)
        report = run_interruptibly(lambda: run_step(plan, postgres, getattr(context.resources, warehouse)), name="ai-etl-cdc")
        over = report.retained_wal_over(plan.max_retained_wal_mb)
        context.log.info(
            f"{resolved.name}: {report.changes:,} changes in {report.transactions:,} transactions applied up to {lsn_text(report.end_lsn)} "
            f"in {report.seconds} s; slot {plan.name} retains {report.slot.retained_wal_bytes:,} bytes of WAL."
        )
        if over:
            context.log.warning(
                f"{resolved.name}: replication slot {plan.name} retains {report.slot.retained_wal_bytes / 2**20:.0f} MB of WAL, over "
                f"`cdc.max_retained_wal_mb` ({plan.max_retained_wal_mb}); run the pipeline more often, or `ai-etl cdc drop {resolved.name}` if it is abandoned."
            )
        for raw in resolved.raw_tables:
            yield dg.MaterializeResult(asset_key=raw.asset_key, metadata=step_metadata(plan, report, report.tables[raw.entity], over))
        yield dg.AssetCheckResult(
            check_name=RETAINED_WAL_CHECK, asset_key=main, passed=not over, severity=dg.AssetCheckSeverity.WARN,
            metadata={"retained_wal_bytes": dg.MetadataValue.int(report.slot.retained_wal_bytes), "threshold_mb": plan.max_retained_wal_mb},
        )  # fmt: skip

    return _replicate


def step_metadata(plan: CdcPlan, report: StepReport, table: TableReport, over: bool) -> dict:
    """What the asset shows: changes applied, the LSN reached, the WAL the slot holds back, the lag."""
    metadata = {
        "dagster/row_count": table.current_rows,
        "changes_applied": table.changes,
        "rows_written": table.rows_written,
        "lsn": lsn_text(report.end_lsn),
        "retained_wal_bytes": dg.MetadataValue.int(report.slot.retained_wal_bytes),
        "retained_wal_over_threshold": over,
        "replication_slot": plan.name,
        "duration_s": report.seconds,
    }
    if (lag := lag_seconds(report)) is not None:
        metadata["lag_s"] = lag  # the newest change applied: commit in PostgreSQL -> this step's end
    if table.snapshot_rows is not None:
        metadata["snapshot_rows"] = table.snapshot_rows
    if table.truncated:
        metadata["truncated"] = True
    changed = table.schema_changes
    if changed.added or changed.widened or changed.dropped:
        metadata.update(columns_added=", ".join(changed.added), columns_widened=", ".join(changed.widened), columns_dropped_in_source=", ".join(changed.dropped))
    return metadata


def slot_watch_sensor(project: str, pipelines: list[ResolvedPipeline]) -> dg.SensorDefinition:
    """Every 5 minutes, on by default: each cdc pipeline's slot observed on its main raw asset, and the
    retained-WAL check evaluated, also when no run consumes the slot (its sensor off, runs failing):
    the case where the source's disk would otherwise fill silently."""
    from pathlib import Path

    from ai_etl.cdc.slot import replication_name, slot_status
    from ai_etl.embedded_postgres import EmbeddedPostgres

    def tick(context: dg.SensorEvaluationContext) -> dg.SensorResult | dg.SkipReason:
        events: list = []
        for resolved in pipelines:
            postgres = getattr(context.resources, resolved.pipeline.source.connector)
            if not postgres.url and not postgres.url_env and EmbeddedPostgres(Path(postgres.embedded_data_dir)).port() is None:
                continue  # an embedded server that is stopped retains nothing more; not started for a look
            try:
                with postgres.connect() as conn:
                    slot = slot_status(conn, replication_name(project, resolved.name))
            except ConnectorError as err:  # the runs will say it too; the others are still watched
                context.log.warning(f"{resolved.name}: {err}")
                continue
            if not slot.exists:
                continue
            threshold = resolved.pipeline.cdc_settings.max_retained_wal_mb
            over = slot.retained_wal_bytes > threshold * 1024 * 1024
            metadata = {"retained_wal_bytes": dg.MetadataValue.int(slot.retained_wal_bytes), "threshold_mb": threshold,
                        "pending_wal_bytes": dg.MetadataValue.int(slot.pending_wal_bytes), "wal_status": slot.wal_status or "", "slot_active": slot.active}  # fmt: skip
            key = resolved.main.asset_key
            events.append(dg.AssetObservation(asset_key=key, metadata=metadata))
            events.append(dg.AssetCheckEvaluation(asset_key=key, check_name=RETAINED_WAL_CHECK, passed=not over, severity=dg.AssetCheckSeverity.WARN, metadata=metadata))
            if over:
                context.log.warning(f"{resolved.name}: replication slot {slot.slot} retains {slot.retained_wal_bytes / 2**20:.0f} MB of WAL (threshold {threshold} MB).")
        return dg.SensorResult(asset_events=events) if events else dg.SkipReason("no cdc pipeline has a replication slot yet")

    return dg.SensorDefinition(
        name=f"{project}_cdc_slot_watch",
        evaluation_fn=tick,
        minimum_interval_seconds=SLOT_WATCH_INTERVAL_S,
        required_resource_keys={p.pipeline.source.connector for p in pipelines},
        description="Observes the WAL each cdc pipeline's replication slot holds back on its source and evaluates the retained-WAL checks, runs or not.",
        default_status=dg.DefaultSensorStatus.RUNNING,
    )
