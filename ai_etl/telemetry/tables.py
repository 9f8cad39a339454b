"""The `<project>_ops` tables: one per row model, created from the model, appended insert-if-absent.

Each table is a ReplacingMergeTree ordered by the row's identity (a run id, a step of a run, an event's
storage id): rows whose identity is already stored are left out before inserting, and a write cut
short and replayed collapses on merge (read with FINAL). The cursor (the storage id read up to) is a
table of its own, written after the rows.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from dataclasses import dataclass

from clickhouse_connect.driver.client import Client
from pydantic import BaseModel

from ai_etl.resources.clickhouse import quote_ident
from ai_etl.telemetry.records import AgentCallRow, CheckRow, MaterializationRow, RepairRow, RunRow, StepRow, TelemetryBatch

CURSOR_TABLE = "telemetry_cursor"


@dataclass(frozen=True)
class OpsTable:
    name: str  # also the TelemetryBatch field holding its rows
    row: type[BaseModel]
    key: tuple[str, ...]

    @property
    def columns(self) -> list[str]:
        return list(self.row.model_fields)

    def ddl(self, database: str) -> str:
        columns = ", ".join(f"{quote_ident(n)} {_clickhouse_type(f.annotation)}" for n, f in self.row.model_fields.items())
        return (f"CREATE TABLE IF NOT EXISTS {quote_ident(database)}.{quote_ident(self.name)} ({columns}) "
                f"ENGINE = ReplacingMergeTree ORDER BY ({', '.join(quote_ident(k) for k in self.key)})")  # fmt: skip


OPS_TABLES = (
    OpsTable("runs", RunRow, ("run_id",)),
    OpsTable("steps", StepRow, ("run_id", "step_key")),
    OpsTable("materializations", MaterializationRow, ("run_id", "event_id")),
    OpsTable("checks", CheckRow, ("run_id", "event_id")),
    OpsTable("agent_calls", AgentCallRow, ("run_id", "call_index")),
    OpsTable("repairs", RepairRow, ("run_id",)),
)


def ops_database(project: str) -> str:
    return f"{project}_ops"


def _clickhouse_type(annotation) -> str:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(annotation) if a is not type(None)]
        return f"Nullable({_clickhouse_type(inner[0])})"
    if typing.get_origin(annotation) is list:
        return f"Array({_clickhouse_type(typing.get_args(annotation)[0])})"
    return {str: "String", int: "Int64", float: "Float64", bool: "Bool", dt.datetime: "DateTime64(3, 'UTC')"}[annotation]


def ensure_ops_tables(client: Client, database: str) -> None:
    client.command(f"CREATE DATABASE IF NOT EXISTS {quote_ident(database)}")
    for table in OPS_TABLES:
        client.command(table.ddl(database))
    client.command(
        f"CREATE TABLE IF NOT EXISTS {quote_ident(database)}.{CURSOR_TABLE} (name String, storage_id Int64, updated_at DateTime64(3, 'UTC')) "
        "ENGINE = ReplacingMergeTree(storage_id) ORDER BY name"
    )


def read_cursor(client: Client, database: str) -> int:
    return int(client.command(f"SELECT max(storage_id) FROM {quote_ident(database)}.{CURSOR_TABLE}") or 0)


def write_cursor(client: Client, database: str, storage_id: int) -> None:
    client.insert(CURSOR_TABLE, [["event_log", storage_id, dt.datetime.now(dt.UTC)]], column_names=["name", "storage_id", "updated_at"], database=database)


def reset_cursor(client: Client, database: str) -> None:
    """The instance was replaced (its newest event is older than the cursor): read it from the start;
    rows already stored are not added again."""
    client.command(f"TRUNCATE TABLE {quote_ident(database)}.{CURSOR_TABLE}")


def append_batch(client: Client, database: str, batch: TelemetryBatch) -> dict[str, int]:
    """The batch's rows whose identity is not stored yet; runs last, so a run row means its rows are in. -> rows added per table."""
    added = {}
    for table in sorted(OPS_TABLES, key=lambda t: t.name == "runs"):
        rows: list[BaseModel] = getattr(batch, table.name)
        fresh = _absent(client, database, table, rows)
        if fresh:
            data = [[getattr(row, c) for c in table.columns] for row in fresh]
            client.insert(table.name, data, column_names=table.columns, database=database)
        added[table.name] = len(fresh)
    return added


def _absent(client: Client, database: str, table: OpsTable, rows: list[BaseModel]) -> list[BaseModel]:
    if not rows:
        return []
    run_ids = sorted({row.run_id for row in rows})
    stored = client.query(
        f"SELECT {', '.join(quote_ident(k) for k in table.key)} FROM {quote_ident(database)}.{quote_ident(table.name)} WHERE run_id IN {{ids:Array(String)}}",
        parameters={"ids": run_ids},
    ).result_rows
    have = {tuple(r) for r in stored}
    seen, fresh = set(), []
    for row in rows:
        identity = tuple(getattr(row, k) for k in table.key)
        if identity not in have and identity not in seen:
            seen.add(identity)
            fresh.append(row)
    return fresh


def table_counts(client: Client, database: str) -> dict[str, int]:
    """Rows per ops table, as queries see them (FINAL: duplicates of a replayed write collapsed)."""
    return {t.name: int(client.command(f"SELECT count() FROM {quote_ident(database)}.{quote_ident(t.name)} FINAL")) for t in OPS_TABLES}
