"""The ClickHouse side of a cdc pipeline: raw tables that keep versions, their current-state views, and
the positions table.

A raw cdc table is `ReplacingMergeTree(_version, _is_deleted)` ordered by the source's primary key
(every column when REPLICA IDENTITY FULL stands in for one): each change is a row whose `_version` is
its transaction's commit end LSN, a delete a row with `_is_deleted = 1`. Applying a change twice writes
the same row twice, which `FINAL` reads once, so a replay after a crash cannot duplicate.
`<raw>_current` (a view: FINAL, deletes left out) is what people and dbt models read.

The positions table (`_ai_etl_cdc_positions`, in the same database) holds, per slot and table, the LSN
up to which ClickHouse has every change; it is written after a batch's rows, before the slot is advanced,
so the next batch skips what is already here.
"""

from __future__ import annotations

from clickhouse_connect.driver.client import Client
from pydantic import BaseModel

from ai_etl.loading import ColumnDef, TableLayout, sorting_key_columns
from ai_etl.resources.clickhouse import quote_ident, quote_literal

VERSION, DELETED = "_version", "_is_deleted"
POSITIONS = "_ai_etl_cdc_positions"


def raw_layout(columns: list[ColumnDef], key: list[str]) -> TableLayout:
    """Versioned rows ordered by the key (the whole row when the table has none)."""
    return TableLayout(
        columns=[*columns, ColumnDef(name=VERSION, ch_type="UInt64"), ColumnDef(name=DELETED, ch_type="UInt8")],
        engine=f"ReplacingMergeTree({VERSION}, {DELETED})",
        order_by=list(key) or [c.name for c in columns],
    )


def table_sql(database: str, table: str) -> str:
    return f"{quote_ident(database)}.{quote_ident(table)}"


def create_current_view(client: Client, database: str, raw: str, view: str) -> None:
    """`<raw>_current`: the latest version of each key, deletes left out, without the bookkeeping columns."""
    client.command(
        f"CREATE OR REPLACE VIEW {table_sql(database, view)} AS SELECT * EXCEPT ({VERSION}, {DELETED}) "
        f"FROM {table_sql(database, raw)} FINAL WHERE {DELETED} = 0"
    )


class RawTableShape(BaseModel):
    """What the raw table is now: its columns (name -> ClickHouse type, in order) and its key."""

    columns: dict[str, str]
    key: list[str]

    @property
    def data_columns(self) -> list[str]:
        return [c for c in self.columns if c not in (VERSION, DELETED)]


def raw_shape(client: Client, database: str, table: str) -> RawTableShape | None:
    found = client.query(
        "SELECT sorting_key FROM system.tables WHERE database = {db:String} AND name = {t:String}", parameters={"db": database, "t": table}
    ).result_rows
    if not found:
        return None
    columns = client.query(
        "SELECT name, type FROM system.columns WHERE database = {db:String} AND table = {t:String} ORDER BY position",
        parameters={"db": database, "t": table},
    ).result_rows
    return RawTableShape(columns=dict(columns), key=sorting_key_columns(found[0][0]))


def add_column(client: Client, database: str, table: str, column: str, ch_type: str, after: str) -> None:
    """A column the source gained, placed after `after` (before the bookkeeping columns)."""
    client.command(f"ALTER TABLE {table_sql(database, table)} ADD COLUMN IF NOT EXISTS {quote_ident(column)} {ch_type} AFTER {quote_ident(after)}")


def modify_column(client: Client, database: str, table: str, column: str, ch_type: str) -> None:
    """A wider type for a column (a mutation, waited for: the batch's rows follow)."""
    client.command(f"ALTER TABLE {table_sql(database, table)} MODIFY COLUMN {quote_ident(column)} {ch_type}", settings={"mutations_sync": 2})


# ---------------------------------------------------------------- positions


def ensure_positions(client: Client, database: str) -> None:
    client.command(f"CREATE DATABASE IF NOT EXISTS {quote_ident(database)}")
    client.command(
        f"CREATE TABLE IF NOT EXISTS {table_sql(database, POSITIONS)} "
        "(slot String, source_table String, lsn UInt64, written_at DateTime64(3, 'UTC') DEFAULT now64(3)) "
        "ENGINE = ReplacingMergeTree(lsn) ORDER BY (slot, source_table)"
    )


def read_positions(client: Client, database: str, slot: str) -> dict[str, int]:
    """Source table -> the LSN up to which its raw table holds every change (none: not snapshotted yet)."""
    rows = client.query(
        f"SELECT source_table, max(lsn) FROM {table_sql(database, POSITIONS)} WHERE slot = {{slot:String}} GROUP BY source_table",
        parameters={"slot": slot},
    ).result_rows
    return {table: int(lsn) for table, lsn in rows}


def write_positions(client: Client, database: str, slot: str, positions: dict[str, int]) -> None:
    if positions:
        values = ", ".join(f"({quote_literal(slot)}, {quote_literal(t)}, {lsn})" for t, lsn in positions.items())
        client.command(f"INSERT INTO {table_sql(database, POSITIONS)} (slot, source_table, lsn) VALUES {values}")


def forget_positions(client: Client, database: str, slot: str) -> None:
    """After `ai-etl cdc drop`: the next run snapshots again."""
    if client.command(f"EXISTS TABLE {table_sql(database, POSITIONS)}") and read_positions(client, database, slot):  # a mutation: only when needed
        client.command(f"ALTER TABLE {table_sql(database, POSITIONS)} DELETE WHERE slot = {quote_literal(slot)}", settings={"mutations_sync": 2})
