"""Writing a batch's rows of one table into its raw table, after following the table's schema.

Schema changes arrive as Relation messages, the table's shape at that point of the WAL:
- an added column is added to the raw table (Nullable: rows before it have none);
- a column whose type widens (smallint -> integer -> bigint, real -> double, a numeric's precision) is
  altered in place (not a key column: ClickHouse does not alter those);
- a dropped column stays in ClickHouse, NULL (or its type's default) in rows from then on;
- a column whose type maps to another ClickHouse type stops the batch with one sentence (rows of the
  new type cannot be kept in the old column); the slot is not advanced, so nothing is lost.

Rows travel as text (what pgoutput sends) into a Memory table, and one INSERT ... SELECT converts them
as a snapshot would (ai_etl/cdc/values.py). Unchanged TOAST values are taken, in the same statement, from
the row ClickHouse holds under the fill key (an update that changed the key: the old key; when the
snapshot was read after that update, the row sits under the new key, so that one is looked at next).
"""

from __future__ import annotations

import re
import uuid

import pyarrow as pa
from clickhouse_connect.driver.client import Client
from pydantic import BaseModel

from ai_etl.cdc.batch import TableChanges
from ai_etl.cdc.pgoutput import UNCHANGED_TOAST
from ai_etl.cdc.values import Wire, base_type, clickhouse_expression
from ai_etl.cdc.warehouse import DELETED, VERSION, RawTableShape, add_column, modify_column, table_sql
from ai_etl.errors import SourceChangedError
from ai_etl.loading import STAGING_INFIX
from ai_etl.resources.clickhouse import quote_ident, quote_literal
from ai_etl.type_mapping import ColumnMapping

UNCHANGED, FILL = "_ai_etl_unchanged", "_ai_etl_fill__"


class CdcSchemaError(SourceChangedError):
    """A replicated column changed in a way the raw table cannot follow."""


class SourceColumn(BaseModel):
    """A column of the table in the WAL: its PostgreSQL type, how it maps, how its text reaches the wire."""

    model_config = {"arbitrary_types_allowed": True}

    name: str
    pg_type: str
    mapping: ColumnMapping
    wire: Wire | None = None


class SchemaChanges(BaseModel):
    added: list[str] = []
    widened: list[str] = []
    dropped: list[str] = []


_INTEGERS = ("Int16", "Int32", "Int64")


def widens(old: str, new: str) -> bool:
    """Whether every value of ClickHouse type `old` is one of `new` (smallint -> integer -> bigint, real ->
    double precision, numeric(p,s) -> numeric(p',s) with p' > p): the column can be altered in place."""
    if old in _INTEGERS and new in _INTEGERS:
        return _INTEGERS.index(new) > _INTEGERS.index(old)
    if (old, new) == ("Float32", "Float64"):
        return True
    before, after = re.fullmatch(r"Decimal\((\d+), (\d+)\)", old), re.fullmatch(r"Decimal\((\d+), (\d+)\)", new)
    return bool(before and after and before[2] == after[2] and int(after[1]) > int(before[1]))


def follow_schema(client: Client, database: str, raw: str, source_table: str, shape: RawTableShape, columns: list[SourceColumn]) -> SchemaChanges:
    """Bring the raw table to the source's columns, or refuse with one sentence (see the module)."""
    changes = SchemaChanges()
    last = shape.data_columns[-1]
    for column in columns:
        have = shape.columns.get(column.name)
        if have is None:
            add_column(client, database, raw, column.name, column.mapping.ch_type, after=last)
            changes.added.append(column.name)
            last = column.name
        elif base_type(have) == base_type(column.mapping.ch_type):
            continue
        elif column.name not in shape.key and widens(base_type(have), base_type(column.mapping.ch_type)):
            wider = f"Nullable({base_type(column.mapping.ch_type)})" if have.startswith("Nullable(") else base_type(column.mapping.ch_type)
            modify_column(client, database, raw, column.name, wider)
            changes.widened.append(column.name)
        else:
            raise CdcSchemaError(
                f"Column {source_table}.{column.name} changed type in PostgreSQL to {column.pg_type} (ClickHouse {base_type(column.mapping.ch_type)}), "
                f"but {database}.{raw} keeps it as {have}; rename the new column in PostgreSQL, or run `ai-etl cdc drop` for this "
                "pipeline and drop the raw table to replicate it anew."
            )
    names = {c.name for c in columns}
    changes.dropped = [c for c in shape.data_columns if c not in names]
    return changes


def write_table_changes(client: Client, database: str, raw: str, shape: RawTableShape, changes: TableChanges, columns: list[SourceColumn]) -> int:
    """The batch's rows of one table (after a truncate's deletes); the number of rows written."""
    target = table_sql(database, raw)
    key = shape.key
    if changes.truncated_at is not None:
        keys = ", ".join(quote_ident(k) for k in key)
        client.command(
            f"INSERT INTO {target} ({keys}, {VERSION}, {DELETED}) SELECT {keys}, {changes.truncated_at}, 1 FROM {target} FINAL WHERE {DELETED} = 0"
        )
    rows = list(changes.rows.values())
    if not rows:
        return 0
    data: dict[str, list] = {c.name: [] for c in columns}
    unchanged: list[list[str]] = []
    fill: dict[str, list] = {k: [] for k in key}
    for row in rows:
        kept = []
        for column in columns:
            value = row.values.get(column.name)
            if value is UNCHANGED_TOAST:
                kept.append(column.name)
                value = None
            elif value is not None and column.wire is not None:
                value = column.wire(value)
            data[column.name].append(value)
        unchanged.append(kept)
        for i, k in enumerate(key):
            fill[k].append(row.fill_key[i] if row.fill_key is not None else None)
    arrays = {
        **{name: pa.array(values, pa.string()) for name, values in data.items()},
        VERSION: pa.array([r.version for r in rows], pa.uint64()),
        DELETED: pa.array([int(r.deleted) for r in rows], pa.uint8()),
        UNCHANGED: pa.array(unchanged, pa.list_(pa.string())),
        **{FILL + k: pa.array(values, pa.string()) for k, values in fill.items()},
    }
    wire = f"{raw}{STAGING_INFIX}{uuid.uuid4().hex[:12]}"
    wire_columns = [*(f"{quote_ident(n)} Nullable(String)" for n in data), f"{VERSION} UInt64", f"{DELETED} UInt8",
                    f"{UNCHANGED} Array(String)", *(f"{quote_ident(FILL + k)} Nullable(String)" for k in key)]  # fmt: skip
    client.command(f"CREATE TABLE {table_sql(database, wire)} ({', '.join(wire_columns)}) ENGINE = Memory")
    try:
        client.insert_arrow(wire, pa.table(arrays), database=database)
        client.command(_insert_sql(database, raw, wire, key, columns, needs_fill=any(unchanged)), settings={"join_use_nulls": 1})
    finally:
        client.command(f"DROP TABLE IF EXISTS {table_sql(database, wire)} SYNC")
    return len(rows)


def _insert_sql(database: str, raw: str, wire: str, key: list[str], columns: list[SourceColumn], needs_fill: bool) -> str:
    by_name = {c.name: c for c in columns}
    values = []
    for column in columns:
        value = clickhouse_expression(column.mapping, f"w.{quote_ident(column.name)}")
        if needs_fill:
            name = quote_ident(column.name)
            value = f"if(has(w.{UNCHANGED}, {quote_literal(column.name)}), if(p._found = 1, p.{name}, q.{name}), {value})"
        values.append(value)
    names = ", ".join(quote_ident(c.name) for c in columns)
    select = f"SELECT {', '.join(values)}, w.{VERSION}, w.{DELETED} FROM {table_sql(database, wire)} AS w"
    if needs_fill:
        wire_sql = table_sql(database, wire)
        keys = ", ".join(quote_ident(k) for k in key)

        def held(prefix: str, alias: str) -> str:
            """A join on the rows ClickHouse holds under the keys in the wire columns `<prefix><key>` of the rows
            that need a fill (a small right side, not the whole table)."""
            parsed = [clickhouse_expression(by_name[k].mapping, "w." + quote_ident(prefix + k)) for k in key]
            wanted = f"SELECT {', '.join(parsed)} FROM {wire_sql} AS w WHERE notEmpty(w.{UNCHANGED})"
            rows = f"(SELECT *, toUInt8(1) AS _found FROM {table_sql(database, raw)} FINAL WHERE {DELETED} = 0 AND ({keys}) IN ({wanted}))"
            return f" LEFT JOIN {rows} AS {alias} ON " + " AND ".join(f"{alias}.{quote_ident(k)} = {e}" for k, e in zip(key, parsed))

        select += held(FILL, "p") + held("", "q")  # the old key's row first, else the new key's (see the module)
    return f"INSERT INTO {table_sql(database, raw)} ({names}, {VERSION}, {DELETED}) {select}"
