"""Loads into ClickHouse that are atomic in every mode; a failure leaves the target as it was.

- full_refresh: build the table anew under a temporary name, then one `EXCHANGE TABLES`.
- append / incremental / upsert: fill a temporary table shaped `AS target`, then move its parts in
  with `ATTACH PARTITION ... FROM` (a metadata operation per partition) and drop it.
- The high-water mark of incremental/upsert loads is read from the target itself, so a rerun
  never duplicates and a lost run never skips. The source is read from the mark on (`>=`): rows
  sharing the mark's value that arrived after the last run are not lost.
- A row can commit after a later-stamped row was loaded (`updated_at = now()` is its transaction's
  start). So the read starts at the trusted mark, not the maximum: before each read from PostgreSQL
  the loader takes the start of the oldest transaction then open on the source database (or the
  clock, if none), records it on the target as its table comment, and the next run reads from the
  smaller of it and the maximum, minus the load's `lag` (as dlt's incremental `lag`).
- Rows read again are not duplicated: those of the re-read window the target already holds are
  dropped from the temporary table by whole-row hash (a keyed table then keeps one version per key).
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
import re
import time
import uuid
from collections.abc import Callable
from typing import Any, Literal

import polars as pl
from clickhouse_connect.driver.client import Client
from psycopg import sql
from pydantic import BaseModel

from ai_etl.errors import UserError
from ai_etl.resources.clickhouse import ClickHouseResource, quote_ident
from ai_etl.resources.postgres import PgTable, PostgresResource
from ai_etl.spec import Load
from ai_etl.type_mapping import REFUSAL, ColumnMapping, column_mapping, polars_clickhouse_type

Transfer = Literal["pull", "arrow"]
STAGING_INFIX = "__ai_etl_"
# a load into a ClickHouse server that runs longer than this would lose its temporary table to the next load
LEFTOVERS_AFTER = dt.timedelta(hours=24)
PULL_INSERT_SETTINGS = {"min_insert_block_size_rows": 262_144, "max_insert_block_size": 262_144}


class ColumnDef(BaseModel):
    name: str
    ch_type: str


class TableLayout(BaseModel):
    """Columns, engine and keys of a ClickHouse table the loader creates (a sort column keeps
    Nullable, so a NULL key loads as NULL, not as 0 or '')."""

    columns: list[ColumnDef]
    engine: str = "MergeTree"
    order_by: list[str] = []
    partition_by: str | None = None

    def create_sql(self, database: str, table: str) -> str:
        columns = ",\n  ".join(f"{quote_ident(c.name)} {c.ch_type}" for c in self.columns)
        order_by = ", ".join(quote_ident(k) for k in self.order_by) or "tuple()"
        partition = f"\nPARTITION BY {self.partition_by}" if self.partition_by else ""
        nullable_key = any(c.name in self.order_by and c.ch_type.startswith("Nullable(") for c in self.columns)
        return (
            f"CREATE TABLE {quote_ident(database)}.{quote_ident(table)} (\n  {columns}\n)\n"
            f"ENGINE = {self.engine}{partition}\nORDER BY ({order_by})" + ("\nSETTINGS allow_nullable_key = 1" if nullable_key else "")
        )

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


class LoadResult(BaseModel):
    database: str
    table: str
    mode: str
    rows_loaded: int
    rows: int
    bytes: int
    seconds: float
    transfer: Transfer
    high_water_mark: str | None = None


def layout_for(
    columns: list[ColumnDef], load: Load, key: list[str], partition_by: str | None = None, order_by: list[str] = ()
) -> TableLayout:
    """ORDER BY the given columns, else the load key, else the source key (Nullable ones too: TableLayout)."""
    order_by = list(order_by or load.key or key)
    engine = "MergeTree"
    if load.merges_on_key:
        engine = f"ReplacingMergeTree({quote_ident(load.cursor)})" if load.cursor else "ReplacingMergeTree"
    return TableLayout(columns=list(columns), engine=engine, order_by=order_by, partition_by=partition_by)


def pg_columns(table: PgTable) -> list[ColumnDef]:
    return [ColumnDef(name=c.name, ch_type=m.ch_type) for c, m in zip(table.columns, pg_mappings(table))]


def pg_mappings(table: PgTable) -> list[ColumnMapping]:
    """How each column of `table` is read and converted (type_mapping)."""
    return [column_mapping(c.data_type, c.nullable, c.category, f"column '{c.name}' of {table.name}") for c in table.columns]


def frame_columns(frame: pl.DataFrame) -> list[ColumnDef]:
    return [ColumnDef(name=name, ch_type=polars_clickhouse_type(dtype)) for name, dtype in frame.schema.items()]


# ------------------------------------------------------------------ the load


def load_table(
    client: Client,
    database: str,
    table: str,
    layout: TableLayout,
    load: Load,
    fill: Callable[[str, Any], Any],
    leftovers_after: dt.timedelta = LEFTOVERS_AFTER,
) -> tuple[int, Any]:
    """Run `fill(staging_table, window_start)` and make its rows part of `table` atomically.

    `fill` returns the trusted mark of its read (every source row below it was visible to the read;
    None: no such bound, the maximum loaded is trusted), kept as the target's comment for the next run.

    Temporary tables of this target that a killed load left behind are dropped first: those older
    than `leftovers_after` (zero for the embedded warehouse, which one process holds at a time, so
    any it finds is dead). Returns (rows loaded, high-water mark used).
    """
    db = quote_ident(database)
    client.command(f"CREATE DATABASE IF NOT EXISTS {db}")
    drop_leftovers(client, database, table, leftovers_after)
    staging = f"{table}{STAGING_INFIX}{uuid.uuid4().hex[:12]}"
    target_sql, staging_sql = f"{db}.{quote_ident(table)}", f"{db}.{quote_ident(staging)}"
    exists = bool(client.command(f"EXISTS TABLE {target_sql}"))
    rebuild = load.mode == "full_refresh" or (exists and not _same_layout(client, database, table, layout))
    mark = None
    tracked = bool(load.cursor) and load.mode in ("incremental", "upsert")
    try:
        if rebuild or not exists:
            client.command(layout.create_sql(database, staging))
        else:
            client.command(f"CREATE TABLE {staging_sql} AS {target_sql}")
            if tracked:
                count, top = client.query(f"SELECT count(), max({quote_ident(load.cursor)}) FROM {target_sql}").result_rows[0]
                mark = window_start(top, _trusted_mark(client, database, table), load.lag) if count else None
        trusted = fill(staging, mark)
        if mark is not None:
            _drop_loaded_window_rows(client, target_sql, staging_sql, load.cursor, layout.names, mark)
        loaded = int(client.command(f"SELECT count() FROM {staging_sql}"))
        if tracked and (rebuild or not exists):  # recorded with the new table, before it takes the target's place
            _record_trusted_mark(client, staging_sql, trusted)
        if not exists:
            client.command(f"RENAME TABLE {staging_sql} TO {target_sql}")
        elif rebuild:  # a full refresh, or a load mode / columns / keys that changed since the table was made
            client.command(f"EXCHANGE TABLES {staging_sql} AND {target_sql}")
        else:
            partitions = client.query(
                "SELECT DISTINCT partition_id FROM system.parts WHERE database = {db:String} AND table = {t:String} AND active",
                parameters={"db": database, "t": staging},
            ).result_rows
            for (partition_id,) in partitions:
                client.command(f"ALTER TABLE {target_sql} ATTACH PARTITION ID '{partition_id}' FROM {staging_sql}")
            if tracked:  # after the rows: a load failing in between leaves the older, smaller mark (read again, deduplicated)
                _record_trusted_mark(client, target_sql, trusted)
    finally:
        client.command(f"DROP TABLE IF EXISTS {staging_sql} SYNC")
    return loaded, mark


def drop_leftovers(client: Client, database: str, table: str, older_than: dt.timedelta) -> list[str]:
    """Drop `<table>__ai_etl_<hex>` tables older than `older_than`; their names."""
    names = [
        name
        for (name,) in client.query(
            "SELECT name FROM system.tables WHERE database = {db:String} AND startsWith(name, {prefix:String})"
            " AND match(name, {pattern:String}) AND metadata_modification_time <= now() - toIntervalSecond({age:UInt64})",
            parameters={"db": database, "prefix": f"{table}{STAGING_INFIX}", "pattern": f"{STAGING_INFIX}[0-9a-f]{{12}}$", "age": int(older_than.total_seconds())},
        ).result_rows
    ]
    for name in names:
        client.command(f"DROP TABLE IF EXISTS {quote_ident(database)}.{quote_ident(name)} SYNC")
    return names


def _drop_loaded_window_rows(client: Client, target_sql: str, staging_sql: str, cursor: str, columns: list[str], start: Any) -> None:
    """Delete from the temporary table the rows of the re-read window (cursor >= `start`) that the target
    already holds, compared as whole rows (NULLs equal), as dlt dedupes its boundary rows: an append-only
    table gets no second copy, a keyed one no second row of the same version."""
    row = f"sipHash128(toString(tuple({', '.join(quote_ident(c) for c in columns)})))"
    in_window = f"{quote_ident(cursor)} >= {_ch_literal(start)}"
    client.command(
        f"ALTER TABLE {staging_sql} DELETE WHERE {in_window} AND {row} IN (SELECT {row} FROM {target_sql} WHERE {in_window})",
        settings={"mutations_sync": 2},
    )


def _ch_literal(value: Any) -> str:
    """A cursor value as a ClickHouse literal, microseconds kept (the cursor's DateTime64(6, 'UTC') is UTC wall time)."""
    if isinstance(value, dt.datetime):
        utc = value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo else value
        return f"toDateTime64('{utc.isoformat(sep=' ')}', 6, 'UTC')"
    if isinstance(value, dt.date):
        return f"toDate('{value.isoformat()}')"
    if isinstance(value, int | float | decimal.Decimal):
        return str(value)
    return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"


def window_start(top: Any, trusted: Any, lag: float | None) -> Any:
    """Where the next read starts: the smaller of the maximum loaded and the trusted mark, less `lag`
    (seconds for a timestamp, days for a date, units for a number, as dlt's `lag`)."""
    start = top
    if trusted is not None and isinstance(top, dt.datetime) and isinstance(trusted, dt.datetime):
        if top.tzinfo is None and trusted.tzinfo is not None:
            trusted = trusted.astimezone(dt.UTC).replace(tzinfo=None)
        elif top.tzinfo is not None and trusted.tzinfo is None:
            trusted = trusted.replace(tzinfo=dt.UTC)
        start = min(top, trusted)
    if lag:
        if isinstance(start, dt.datetime):
            start -= dt.timedelta(seconds=lag)
        elif isinstance(start, dt.date):
            start -= dt.timedelta(days=lag)
        elif isinstance(start, int | float):
            start -= int(lag) if isinstance(start, int) and float(lag).is_integer() else lag
    return start


def _trusted_mark(client: Client, database: str, table: str) -> Any:
    """The trusted mark the last load recorded in the target's comment (None: none recorded)."""
    found = client.query(
        "SELECT comment FROM system.tables WHERE database = {db:String} AND name = {t:String}", parameters={"db": database, "t": table}
    ).result_rows
    try:
        value = json.loads(found[0][0]).get("ai_etl_trusted_mark") if found and found[0][0] else None
    except (ValueError, AttributeError):
        return None  # a comment someone else wrote: trust the maximum, as before
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else None


def _record_trusted_mark(client: Client, table_sql: str, trusted: Any) -> None:
    comment = json.dumps({"ai_etl_trusted_mark": trusted.isoformat()}) if isinstance(trusted, dt.datetime) else ""
    client.command(f"ALTER TABLE {table_sql} MODIFY COMMENT {_ch_literal(comment)}")


def _same_layout(client: Client, database: str, table: str, layout: TableLayout) -> bool:
    """Whether the existing table has the engine, sorting key and columns this load would create."""
    found = client.query(
        "SELECT engine, sorting_key FROM system.tables WHERE database = {db:String} AND name = {t:String}",
        parameters={"db": database, "t": table},
    ).result_rows
    if not found:
        return False
    engine, sorting_key = found[0]
    columns = [name for (name,) in client.query(
        "SELECT name FROM system.columns WHERE database = {db:String} AND table = {t:String} ORDER BY position",
        parameters={"db": database, "t": table},
    ).result_rows]  # fmt: skip
    same_key = sorting_key_columns(sorting_key) == sorting_key_columns(", ".join(layout.order_by))
    return engine == layout.engine.split("(")[0] and same_key and columns == layout.names


def sorting_key_columns(key: str) -> list[str]:
    """`system.tables.sorting_key` ('(a, b)', 'a, `b`') -> its columns."""
    return [part.strip() for part in key.replace("`", "").strip().removeprefix("(").removesuffix(")").split(",") if part.strip()]


def _result(client: Client, database: str, table: str, load: Load, loaded: int, started: float, transfer: Transfer) -> LoadResult:
    rows, size = client.query(
        "SELECT total_rows, total_bytes FROM system.tables WHERE database = {db:String} AND name = {t:String}",
        parameters={"db": database, "t": table},
    ).result_rows[0]
    mark = None
    if load.cursor:
        mark = client.query(f"SELECT toString(max({quote_ident(load.cursor)})) FROM {quote_ident(database)}.{quote_ident(table)}").result_rows[0][0]
    return LoadResult(
        database=database, table=table, mode=load.mode, rows_loaded=loaded, rows=int(rows or 0), bytes=int(size or 0),
        seconds=round(time.perf_counter() - started, 3), transfer=transfer, high_water_mark=mark,
    )  # fmt: skip


def leftovers_after(warehouse: ClickHouseResource) -> dt.timedelta:
    return dt.timedelta(0) if warehouse.is_embedded else LEFTOVERS_AFTER


# ---------------------------------------------------------- from PostgreSQL


def _pg_literal(value: Any, pg_type: str) -> sql.Composable:
    """The high-water mark as a PostgreSQL literal of the cursor's own type: ClickHouse hands back UTC
    wall time, an instant for timestamptz and the wall time itself for timestamp (never compared
    through the session's time zone)."""
    naive = re.fullmatch(r"timestamp(\(\d\))?( without time zone)?", pg_type)
    if isinstance(value, dt.datetime) and value.tzinfo is None and not naive:
        value = value.replace(tzinfo=dt.UTC)
    return sql.Literal(value)


PUBLISH_MARGIN_S = 2  # longer than a transaction start takes to show in pg_stat_activity, even on a loaded machine


def open_transaction_bound(postgres: PostgresResource, source: PgTable, load: Load) -> dt.datetime | None:
    """The trusted mark of a read that starts after this call returns: the start of the oldest
    transaction open on the source database now (`now()` in it is its start), else the clock. A row
    stamped `now()` below it committed before this call, so the read sees it. For timestamp cursors
    only (None otherwise); a `timestamp` cursor gets the wall time of the server's time zone. Sessions
    of other roles show no start without pg_read_all_stats: then only the clock bounds it."""
    column = source.column(load.cursor) if load.cursor else None
    if column is None or not column.data_type.startswith("timestamp"):
        return None
    zoned = "with time zone" in column.data_type or column.data_type.startswith("timestamptz")
    # a transaction's now() is its BEGIN's arrival, published in pg_stat_activity a moment later: a writer
    # descheduled in between (a loaded machine) would be invisible here with now() below the clock. The clock
    # is taken PUBLISH_MARGIN back, so such a row is still at or above the mark (re-read, deduplicated).
    bound = f"least(clock_timestamp() - interval '{PUBLISH_MARGIN_S} seconds', min(xact_start))" + ("" if zoned else " at time zone current_setting('TimeZone')")
    with postgres.connect() as conn:
        return conn.execute(
            f"select {bound} from pg_stat_activity where datname = current_database()"
            " and pid <> pg_backend_pid() and backend_type = 'client backend'"
        ).fetchone()[0]


def source_query(postgres: PostgresResource, relation: str, source: PgTable, load: Load, mark: Any) -> str:
    """The PostgreSQL SELECT for one load: each column read as its mapping says, from the high-water mark on."""
    items = [sql.SQL(m.select.replace("{col}", sql.Identifier(c.name).as_string(None)) + " as {}").format(sql.Identifier(c.name))
             for c, m in zip(source.columns, pg_mappings(source))]  # fmt: skip
    query = sql.SQL("select {} from {}").format(sql.SQL(", ").join(items), sql.SQL(relation))
    if mark is not None and load.cursor:  # from the mark on: the boundary's rows are deduplicated after the read
        column = source.column(load.cursor)
        literal = _pg_literal(mark, column.data_type if column else "")
        query = sql.SQL("{} where {} >= {}").format(query, sql.Identifier(load.cursor), literal)
    with postgres.connect() as conn:
        return query.as_string(conn)


def load_from_postgres(
    postgres: PostgresResource,
    warehouse: ClickHouseResource,
    source: PgTable,
    relation: str,
    database: str,
    table: str,
    load: Load,
    partition_by: str | None = None,
    order_by: list[str] = (),
) -> LoadResult:
    """Load a PostgreSQL table or query (`relation`: a quoted table name or a parenthesized query)."""
    started = time.perf_counter()
    transfer = pick_transfer(warehouse, load.transfer)
    layout = layout_for(pg_columns(source), load, source.primary_key, partition_by, order_by)

    with warehouse.get_client() as client:

        def fill(staging: str, mark: Any) -> dt.datetime | None:
            trusted = open_transaction_bound(postgres, source, load)  # taken before the read's snapshot
            query = source_query(postgres, relation, source, load, mark)
            copy_from_postgres(client, postgres, warehouse, source, query, database, staging, transfer, wire_prefix=table)
            return trusted

        try:
            loaded, _ = load_table(client, database, table, layout, load, fill, leftovers_after(warehouse))
        except Exception as err:
            if sentence := refusal(str(err)):
                raise UserError(sentence) from None
            raise
        return _result(client, database, table, load, loaded, started, transfer)


def pick_transfer(warehouse: ClickHouseResource, asked: Literal["auto", "pull", "arrow"]) -> Transfer:
    """`auto`: ClickHouse pulls from PostgreSQL itself when embedded (fastest); a server may not reach the source."""
    return ("pull" if warehouse.is_embedded else "arrow") if asked == "auto" else asked


def copy_from_postgres(
    client: Client, postgres: PostgresResource, warehouse: ClickHouseResource, source: PgTable, query: str,
    database: str, table: str, transfer: Transfer, constants: dict[str, str] | None = None, wire_prefix: str | None = None,
) -> None:  # fmt: skip
    """Insert the rows of `query` (written by `source_query`) into `table`, each column converted as its
    mapping says; `constants`: more columns set to a ClickHouse expression (a cdc snapshot's version)."""
    mappings = pg_mappings(source)
    constants = constants or {}
    columns = ", ".join(quote_ident(c) for c in [*(c.name for c in source.columns), *constants])
    # the wire columns made into the target's values: the same ClickHouse expressions for both transfers
    parsed = ", ".join([*(m.parse.replace("{col}", quote_ident(c.name)) for c, m in zip(source.columns, mappings)), *constants.values()])
    target = f"{quote_ident(database)}.{quote_ident(table)}"
    if transfer == "pull":
        function = warehouse.postgres_query_function(postgres.address(), query)
        # smaller insert blocks: ~1.2 GB instead of ~1.8 GB peak at 6M rows, same speed (bench/load_throughput.py);
        # UTC: timestamps arrive as UTC wall time, which the engine's own time zone must not shift
        client.command(f"INSERT INTO {target} ({columns}) SELECT {parsed} FROM {function}", settings=PULL_INSERT_SETTINGS | {"session_timezone": "UTC"})
    elif all(not m.wire_text for m in mappings) and not constants:
        _insert_batches(client, postgres, query, database, table)
    else:  # text on the wire: into a table of wire columns, then converted as the pull transfer does
        wire = f"{wire_prefix or table}{STAGING_INFIX}{uuid.uuid4().hex[:12]}"
        wire_sql = f"{quote_ident(database)}.{quote_ident(wire)}"
        wire_columns = ", ".join(f"{quote_ident(c.name)} {'Nullable(String)' if m.wire_text else m.ch_type}" for c, m in zip(source.columns, mappings))
        client.command(f"CREATE TABLE {wire_sql} ({wire_columns}) ENGINE = Memory")
        try:
            _insert_batches(client, postgres, query, database, wire)
            client.command(f"INSERT INTO {target} ({columns}) SELECT {parsed} FROM {wire_sql}")
        finally:
            client.command(f"DROP TABLE IF EXISTS {wire_sql} SYNC")


def _insert_batches(client: Client, postgres: PostgresResource, query: str, database: str, table: str) -> None:
    for batch in postgres.stream_arrow(query):
        if batch.num_rows:
            client.insert_arrow(table, batch, database=database)


def refusal(error: str) -> str | None:
    """The sentence a read expression raised inside PostgreSQL (type_mapping), out of the error that carried it."""
    found = re.search(f'invalid input syntax for type [^:]+: "{re.escape(REFUSAL)}([^\n]*)"', error)
    return found[1] if found else None


def full_refresh_from_postgres(
    postgres: PostgresResource, warehouse: ClickHouseResource, source_table: str, database: str, table: str,
    transfer: Literal["auto", "pull", "arrow"] = "auto",
) -> LoadResult:  # fmt: skip
    """Copy a whole PostgreSQL table, replacing the target atomically."""
    source = postgres.describe(source_table)
    relation = sql.Identifier(source.schema_name, source_table).as_string(None)
    return load_from_postgres(postgres, warehouse, source, relation, database, table, Load(transfer=transfer))


# ------------------------------------------------------------- from files


def load_from_frame(
    warehouse: ClickHouseResource,
    frame: pl.DataFrame,
    database: str,
    table: str,
    load: Load,
    partition_by: str | None = None,
    order_by: list[str] = (),
) -> LoadResult:
    """Load a polars frame (read from files), honouring the load mode."""
    started = time.perf_counter()
    layout = layout_for(frame_columns(frame), load, [], partition_by, order_by)
    frame = frame.with_columns(
        pl.col(c).dt.replace_time_zone("UTC") if isinstance(d, pl.Datetime) and d.time_zone is None else pl.col(c)
        for c, d in frame.schema.items()
    )

    with warehouse.get_client() as client:

        def fill(staging: str, mark: Any) -> None:
            rows = frame
            if mark is not None and load.cursor:
                value = mark.replace(tzinfo=dt.UTC) if isinstance(mark, dt.datetime) and mark.tzinfo is None else mark
                column = pl.col(load.cursor)
                rows = rows.filter(column >= value)
            if rows.height:
                client.insert_arrow(staging, rows.to_arrow(), database=database)

        loaded, _ = load_table(client, database, table, layout, load, fill, leftovers_after(warehouse))
        return _result(client, database, table, load, loaded, started, "arrow")


def create_table_sql(database: str, table: str, source: PgTable) -> str:
    """The DDL a full refresh of `source` creates (ORDER BY its primary key)."""
    return layout_for(pg_columns(source), Load(), source.primary_key).create_sql(database, table)
