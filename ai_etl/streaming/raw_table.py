"""The raw stream table: ReplacingMergeTree ordered by (_partition, _offset), which grows new columns.

A message replayed after a crash lands with the same (_partition, _offset): merges keep one row of
each, and `SELECT ... FINAL` (what the dbt staging model of a stream pipeline reads) shows each
message once before any merge ran.
"""

from __future__ import annotations

from clickhouse_connect.driver.client import Client

from ai_etl.resources.clickhouse import quote_ident, quote_literal
from ai_etl.streaming.messages import INCOMING_DDL, METADATA_COLUMNS, ColumnType

METADATA_DDL = (
    "`_topic` LowCardinality(String), `_partition` Int32, `_offset` Int64, "
    "`_timestamp` Nullable(DateTime64(3, 'UTC')), `_key` Nullable(String), "
    "`_error` String, `_raw` String, `_loaded_at` DateTime64(3, 'UTC') DEFAULT now64(3)"
)
TYPES = {"Bool": "Bool", "Int64": "Int64", "Float64": "Float64", "String": "String"}
PATH_COMMENT = "json path: "


def ensure_raw_table(client: Client, database: str, table: str, partition_by: str | None = None) -> None:
    partition = f" PARTITION BY {partition_by}" if partition_by else ""
    client.command(
        f"CREATE TABLE IF NOT EXISTS {quote_ident(database)}.{quote_ident(table)} ({METADATA_DDL})"
        f" ENGINE = ReplacingMergeTree ORDER BY (_partition, _offset){partition}"
    )


def data_columns(client: Client, database: str, table: str) -> dict[str, tuple[list[str], ColumnType]]:
    """The table's columns from messages (not the metadata ones): column -> (its JSON path, its type).
    The path is kept in the column's comment: a key may itself hold `__`."""
    rows = client.query(
        "SELECT name, type, comment FROM system.columns WHERE database = {db:String} AND table = {t:String} AND name NOT IN {meta:Array(String)} ORDER BY position",
        parameters={"db": database, "t": table, "meta": list(METADATA_COLUMNS)},
    ).result_rows
    return {name: (_path(comment, name), kind.removeprefix("Nullable(").removesuffix(")")) for name, kind, comment in rows}


def _path(comment: str, name: str) -> list[str]:
    return comment.removeprefix(PATH_COMMENT).split(".") if comment.startswith(PATH_COMMENT) else [name]


def add_columns(client: Client, database: str, table: str, columns: dict[str, tuple[list[str], ColumnType]]) -> None:
    """New JSON keys -> new Nullable columns (rows loaded before hold NULL there)."""
    if not columns:
        return
    added = ", ".join(
        f"ADD COLUMN IF NOT EXISTS {quote_ident(name)} Nullable({TYPES[kind]}) COMMENT {quote_literal(PATH_COMMENT + '.'.join(path))}"
        for name, (path, kind) in columns.items()
    )
    client.command(f"ALTER TABLE {quote_ident(database)}.{quote_ident(table)} {added}")


def incoming_table(client: Client, database: str, table: str) -> str:
    """An empty Memory table that receives a chunk as it came from Kafka, before ClickHouse parses it."""
    name = f"{quote_ident(database)}.{quote_ident('_ai_etl_incoming__' + table)}"
    client.command(f"CREATE TABLE IF NOT EXISTS {name} ({INCOMING_DDL}) ENGINE = Memory")
    client.command(f"TRUNCATE TABLE {name}")
    return name
