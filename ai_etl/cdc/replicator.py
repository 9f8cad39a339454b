"""One step of a cdc pipeline: make sure the source side exists, snapshot the tables that need it, then
apply one micro-batch of changes and only then advance the slot.

Order of writes, and why a crash anywhere loses and duplicates nothing in the current-state views:
1. the batch's rows go into the raw tables (a crash here: the slot and the positions are unchanged, the
   batch is read again and writes the same rows with the same versions, which FINAL reads once);
2. the positions table gets the batch's end (a crash after it: the slot sends the batch again and it is
   skipped, since ClickHouse already holds everything up to that position);
3. the slot is advanced to the batch's end (PostgreSQL may now recycle that WAL).
A step starting behind its positions (a crash between 2 and 3) advances the slot first.

The snapshot is read after the slot exists, by the fast path of the batch loads (ClickHouse pulls from
PostgreSQL itself), and its rows get the slot's position as their version. Changes committed while it
was read are in the snapshot *and* applied again from the slot with their own, higher versions, so the
raw table converges on the source by the end of the step; an exported snapshot would pin the read to
one point but force it through Python, at about half the speed (ai_etl/loading.py's arrow transfer).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

import psycopg
from psycopg import sql
from pydantic import BaseModel

from ai_etl.cdc.apply import SchemaChanges, SourceColumn, follow_schema, write_table_changes
from ai_etl.cdc.batch import Batch, read_batch
from ai_etl.cdc.pgoutput import Relation
from ai_etl.cdc.slot import (
    SlotStatus,
    advance_slot,
    check_logical_decoding,
    ensure_identity,
    ensure_publication,
    create_slot,
    replication_name,
    slot_status,
)
from ai_etl.cdc.values import wire_converter
from ai_etl.cdc.warehouse import (
    DELETED,
    VERSION,
    create_current_view,
    ensure_positions,
    forget_positions,
    raw_layout,
    raw_shape,
    read_positions,
    table_sql,
    write_positions,
)
from ai_etl.errors import UserError
from ai_etl.loading import copy_from_postgres, leftovers_after, load_table, pg_columns, pick_transfer, refusal, source_query
from ai_etl.resolved_pipeline import ResolvedPipeline
from ai_etl.resources.clickhouse import ClickHouseResource
from ai_etl.resources.postgres import PostgresResource
from ai_etl.spec import Load
from ai_etl.type_mapping import column_mapping


class CdcTable(BaseModel):
    source_table: str
    raw: str  # the ReplacingMergeTree table
    view: str  # its current state


class CdcPlan(BaseModel):
    """Everything a step needs to know of a cdc pipeline, named once (from its resolved spec)."""

    name: str  # the slot's and the publication's
    schema_name: str
    database: str
    tables: list[CdcTable]
    replica_identity_full: bool = False
    max_changes: int = 200_000
    max_retained_wal_mb: int = 1024

    @classmethod
    def of(cls, resolved: ResolvedPipeline, schema_name: str) -> CdcPlan:
        from ai_etl.assets.naming import current_view_name

        pipeline, settings = resolved.pipeline, resolved.pipeline.cdc_settings
        return cls(
            name=replication_name(resolved.project, resolved.name),
            schema_name=schema_name,
            database=resolved.raw_database,
            tables=[CdcTable(source_table=t.entity, raw=t.table, view=current_view_name(pipeline, t.entity)) for t in resolved.raw_tables],
            replica_identity_full=settings.replica_identity_full,
            max_changes=settings.max_changes_per_batch,
            max_retained_wal_mb=settings.max_retained_wal_mb,
        )


class TableReport(BaseModel):
    snapshot_rows: int | None = None  # when snapshotted in this step
    snapshot_seconds: float | None = None
    changes: int = 0
    rows_written: int = 0
    truncated: bool = False
    schema_changes: SchemaChanges = SchemaChanges()
    current_rows: int = 0  # rows of the current-state view after the step


class StepReport(BaseModel):
    """What one step did: metadata of the raw-table assets, and what the bench measures."""

    tables: dict[str, TableReport]
    transactions: int
    skipped_transactions: int
    start_lsn: int
    end_lsn: int
    last_commit_time: datetime | None
    slot: SlotStatus
    seconds: float

    @property
    def changes(self) -> int:
        return sum(t.changes for t in self.tables.values())

    def retained_wal_over(self, threshold_mb: int) -> bool:
        return self.slot.retained_wal_bytes > threshold_mb * 1024 * 1024


def run_step(plan: CdcPlan, postgres: PostgresResource, warehouse: ClickHouseResource) -> StepReport:
    """Snapshot what needs it, then one micro-batch (see the module for the order of writes)."""
    started = time.perf_counter()
    source_tables = [t.source_table for t in plan.tables]
    reports = {t.source_table: TableReport() for t in plan.tables}
    with postgres.connect() as pg, warehouse.get_client() as client:
        check_logical_decoding(pg)
        ensure_identity(pg, plan.schema_name, source_tables, plan.replica_identity_full)
        ensure_publication(pg, plan.name, plan.schema_name, source_tables)
        positions, confirmed = _slot_and_positions(pg, client, plan)
        for table in plan.tables:
            if table.source_table not in positions or raw_shape(client, plan.database, table.raw) is None:
                copied = time.perf_counter()
                reports[table.source_table].snapshot_rows = _snapshot(client, postgres, warehouse, plan, table, confirmed)
                reports[table.source_table].snapshot_seconds = round(time.perf_counter() - copied, 3)
                positions[table.source_table] = confirmed
                write_positions(client, plan.database, plan.name, {table.source_table: confirmed})
            create_current_view(client, plan.database, table.raw, table.view)
        behind = min(positions.values())
        if behind > confirmed:  # a step stopped between its positions and the slot's advance
            advance_slot(pg, plan.name, behind)
        shapes = {t.source_table: raw_shape(client, plan.database, t.raw) for t in plan.tables}
        batch = read_batch(pg, plan.name, plan.name, plan.schema_name, {t: s.key for t, s in shapes.items()}, positions, plan.max_changes)
        _write_batch(client, pg, plan, batch, shapes, reports)
        write_positions(client, plan.database, plan.name, {t: max(batch.end, positions[t]) for t in source_tables})
        advance_slot(pg, plan.name, max(batch.end, behind))
        status = slot_status(pg, plan.name)
        for table in plan.tables:
            _count_current_rows(client, plan, table, reports[table.source_table])
    return StepReport(
        tables=reports, transactions=batch.transactions, skipped_transactions=batch.skipped_transactions, start_lsn=batch.start,
        end_lsn=batch.end, last_commit_time=batch.last_commit_time, slot=status, seconds=round(time.perf_counter() - started, 3),
    )  # fmt: skip


def _slot_and_positions(pg: psycopg.Connection, client, plan: CdcPlan) -> tuple[dict[str, int], int]:
    """What ClickHouse holds (table -> LSN) and the slot's confirmed position, the slot created if missing."""
    ensure_positions(client, plan.database)
    slot = slot_status(pg, plan.name)
    if slot.exists:
        return read_positions(client, plan.database, plan.name), slot.confirmed_lsn
    # positions of an earlier slot of this name say nothing of the new one's stream: forgotten before it
    # exists, so a crash right after creating it still leads to a snapshot
    forget_positions(client, plan.database, plan.name)
    return {}, create_slot(pg, plan.name)


def _count_current_rows(client, plan: CdcPlan, table: CdcTable, report: TableReport) -> None:
    """A FINAL count reads the whole table: not when it was just snapshotted and nothing changed since."""
    if report.snapshot_rows is not None and not report.changes:
        report.current_rows = report.snapshot_rows
    else:
        report.current_rows = int(client.command(f"SELECT count() FROM {table_sql(plan.database, table.view)}"))


def _snapshot(client, postgres: PostgresResource, warehouse: ClickHouseResource, plan: CdcPlan, table: CdcTable, version: int) -> int:
    """The whole table into a new raw table (swapped in whole), every row at `version`."""
    described = postgres.describe(table.source_table)
    layout = raw_layout(pg_columns(described), described.primary_key)
    relation = sql.Identifier(plan.schema_name, table.source_table).as_string(None)
    transfer = pick_transfer(warehouse, "auto")

    def fill(staging: str, mark) -> None:
        query = source_query(postgres, relation, described, Load(), None)
        copy_from_postgres(
            client, postgres, warehouse, described, query, plan.database, staging, transfer,
            constants={VERSION: f"toUInt64({version})", DELETED: "toUInt8(0)"}, wire_prefix=table.raw,
        )  # fmt: skip

    try:
        loaded, _ = load_table(client, plan.database, table.raw, layout, Load(), fill, leftovers_after(warehouse))
    except Exception as err:
        if sentence := refusal(str(err)):
            raise UserError(sentence) from None
        raise
    return loaded


def _write_batch(client, pg: psycopg.Connection, plan: CdcPlan, batch: Batch, shapes: dict, reports: dict[str, TableReport]) -> None:
    by_source = {t.source_table: t for t in plan.tables}
    types: dict[tuple[int, int], tuple[str, str]] = {}
    for source_table, changes in batch.tables.items():
        if not changes.changes or changes.relation is None:
            continue
        table, report = by_source[source_table], reports[source_table]
        columns = _source_columns(pg, changes.relation, types)
        report.schema_changes = follow_schema(client, plan.database, table.raw, f"{plan.schema_name}.{source_table}", shapes[source_table], columns)
        if report.schema_changes.added or report.schema_changes.widened:  # the view lists the columns it was made with
            create_current_view(client, plan.database, table.raw, table.view)
        report.changes = changes.changes
        report.truncated = changes.truncated_at is not None
        report.rows_written = write_table_changes(client, plan.database, table.raw, shapes[source_table], changes, columns)


def _source_columns(pg: psycopg.Connection, relation: Relation, types: dict) -> list[SourceColumn]:
    """The relation's columns with their PostgreSQL types (a domain as its base type, as `describe` reads it)."""
    columns = []
    for column in relation.columns:
        found = (column.type_oid, column.typmod)
        if found not in types:
            types[found] = pg.execute(
                "select format_type(coalesce(nullif(t.typbasetype, 0), t.oid), case when t.typtype = 'd' then t.typtypmod else %s end),"
                " coalesce(e.typcategory, b.typcategory) from pg_type t join pg_type b on b.oid = coalesce(nullif(t.typbasetype, 0), t.oid)"
                " left join pg_type e on e.oid = b.typelem and b.typcategory = 'A' where t.oid = %s",
                (column.typmod, column.type_oid),
            ).fetchone()
        pg_type, category = types[found]
        mapping = column_mapping(pg_type, True, category, f"column '{column.name}' of {relation.table}")
        columns.append(SourceColumn(name=column.name, pg_type=pg_type, mapping=mapping, wire=wire_converter(pg_type, mapping)))
    return columns


def lag_seconds(report: StepReport) -> float | None:
    """How old the newest change applied in this step is (None: no change applied)."""
    if report.last_commit_time is None:
        return None
    return round((datetime.now(UTC) - report.last_commit_time).total_seconds(), 3)
