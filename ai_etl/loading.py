"""Atomic loads into ClickHouse: fill a staging table, then swap it in; a failure leaves the target as it was."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import Literal

from clickhouse_connect.driver.client import Client
from pydantic import BaseModel

from ai_etl.resources.clickhouse import ClickHouseResource, quote_ident
from ai_etl.resources.postgres import PgTable, PostgresResource
from ai_etl.type_mapping import clickhouse_type

Transfer = Literal["pull", "arrow"]


class LoadResult(BaseModel):
    database: str
    table: str
    rows: int
    bytes: int
    seconds: float
    transfer: Transfer


def create_table_sql(database: str, table: str, source: PgTable) -> str:
    columns = ",\n  ".join(
        f"{quote_ident(c.name)} {clickhouse_type(c.data_type, c.nullable)}" for c in source.columns
    )
    order_by = ", ".join(quote_ident(k) for k in source.primary_key) or "tuple()"
    return (
        f"CREATE TABLE {quote_ident(database)}.{quote_ident(table)} (\n  {columns}\n)\n"
        f"ENGINE = MergeTree ORDER BY ({order_by})"
    )


def replace_table(
    client: Client, database: str, table: str, create_sql: Callable[[str], str], fill: Callable[[str], None]
) -> None:
    """Build `table` anew under a temporary name and swap it in with one atomic EXCHANGE."""
    staging = f"{table}__ai_etl_{uuid.uuid4().hex[:12]}"
    db, new = quote_ident(database), quote_ident(staging)
    client.command(f"CREATE DATABASE IF NOT EXISTS {db}")
    try:
        client.command(create_sql(staging))
        fill(staging)
        if client.command(f"EXISTS TABLE {db}.{quote_ident(table)}"):
            client.command(f"EXCHANGE TABLES {db}.{new} AND {db}.{quote_ident(table)}")
        else:
            client.command(f"RENAME TABLE {db}.{new} TO {db}.{quote_ident(table)}")
    finally:
        client.command(f"DROP TABLE IF EXISTS {db}.{new} SYNC")


def full_refresh_from_postgres(
    postgres: PostgresResource,
    warehouse: ClickHouseResource,
    source_table: str,
    database: str,
    table: str,
    transfer: Literal["auto", "pull", "arrow"] = "auto",
) -> LoadResult:
    """Copy a PostgreSQL table into ClickHouse, replacing the target atomically."""
    started = time.perf_counter()
    source = postgres.describe(source_table)
    chosen: Transfer = ("pull" if warehouse.is_embedded else "arrow") if transfer == "auto" else transfer
    columns = ", ".join(quote_ident(c.name) for c in source.columns)

    with warehouse.get_client() as client:

        def fill(staging: str) -> None:
            if chosen == "pull":
                function = warehouse.postgres_table_function(postgres.address(), source_table, source.schema_name)
                client.command(
                    f"INSERT INTO {quote_ident(database)}.{quote_ident(staging)} ({columns}) "
                    f"SELECT {columns} FROM {function}"
                )
            else:
                query = f'select {", ".join(_pg_ident(c.name) for c in source.columns)} from {_pg_ident(source.schema_name)}.{_pg_ident(source_table)}'
                for batch in postgres.stream_arrow(query):
                    if batch.num_rows:
                        client.insert_arrow(staging, batch, database=database)

        replace_table(
            client,
            database,
            table,
            lambda staging: create_table_sql(database, staging, source),
            fill,
        )
        rows, size = client.query(
            "SELECT total_rows, total_bytes FROM system.tables WHERE database = {db:String} AND name = {t:String}",
            parameters={"db": database, "t": table},
        ).result_rows[0]
    return LoadResult(
        database=database,
        table=table,
        rows=int(rows or 0),
        bytes=int(size or 0),
        seconds=round(time.perf_counter() - started, 3),
        transfer=chosen,
    )


def _pg_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
