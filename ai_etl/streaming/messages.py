"""JSON messages -> typed columns, parsed by ClickHouse, not by Python.

A chunk of messages goes to ClickHouse as it came from Kafka (partition, offset, timestamp, key and
the value's bytes, in one Arrow block: no per-message Python work beyond collecting them), into an
`incoming` table; ClickHouse then finds the chunk's JSON paths and their types (the JSON type's
`JSONAllPathsWithTypes`) and extracts every column in one INSERT ... SELECT. Parsing in C++ is what
keeps the consumer close to the speed of a plain Kafka read (bench/stream.py).

The rules:
- nested objects become columns joined by `__` (`{"user": {"id": 1}}` -> `user__id`); arrays are
  kept as JSON text;
- a column's type comes from the first chunk that carries a value for it: Int64, Float64 (any
  other mix of numbers), Bool, else String; later chunks add columns, never change a type; a key
  that is null everywhere gets no column until a chunk carries a value;
- a dead letter (a value that is not JSON, not an object, has a key named like a metadata column,
  or holds a value its column's type cannot store) keeps its metadata columns, `_error` says why
  and `_raw` holds the message; its data columns are NULL. One bad message never stops the stream
  and nothing is silently dropped: `WHERE _error != ''` lists them.
"""

from __future__ import annotations

from typing import Literal

import pyarrow as pa

from ai_etl.resources.clickhouse import quote_ident, quote_literal

ColumnType = Literal["Bool", "Int64", "Float64", "String"]
METADATA_COLUMNS = ("_topic", "_partition", "_offset", "_timestamp", "_key", "_error", "_raw", "_loaded_at")
ALLOWED_JSON_TYPES: dict[str, tuple[str, ...]] = {"Int64": ("Int64",), "Float64": ("Int64", "UInt64", "Double"), "Bool": ("Bool",)}
INCOMING_DDL = "`_topic` String, `_partition` Int32, `_offset` Int64, `_timestamp` Nullable(DateTime64(3, 'UTC')), `_key` Nullable(String), `_value` String"


class Chunk:
    """Messages collected column by column, as the consumer hands them over."""

    def __init__(self) -> None:
        self.partitions: list[int] = []
        self.offsets: list[int] = []
        self.timestamps: list[int | None] = []
        self.keys: list[bytes | None] = []
        self.values: list[bytes | None] = []

    def __len__(self) -> int:
        return len(self.offsets)

    def add(self, partition: int, offset: int, timestamp_ms: int | None, key: bytes | None, value: bytes | None) -> None:
        self.partitions.append(partition)
        self.offsets.append(offset)
        self.timestamps.append(timestamp_ms)
        self.keys.append(key)
        self.values.append(value)

    def offset_ranges(self) -> dict[int, tuple[int, int]]:
        """partition -> (first, last) offset of it in this chunk (a partition's messages come in order)."""
        first: dict[int, int] = {}
        last: dict[int, int] = {}
        for partition, offset in zip(self.partitions, self.offsets):
            if partition not in first:
                first[partition] = offset
            last[partition] = offset
        return {partition: (first[partition], last[partition]) for partition in first}

    def next_offsets(self) -> dict[int, int]:
        """partition -> the offset after the last message of it in this chunk."""
        return {partition: last + 1 for partition, (_, last) in self.offset_ranges().items()}

    def to_arrow(self, topic: str) -> pa.Table:
        return pa.table({
            "_topic": pa.array([topic] * len(self), pa.string()),
            "_partition": pa.array(self.partitions, pa.int32()),
            "_offset": pa.array(self.offsets, pa.int64()),
            "_timestamp": pa.array(self.timestamps, pa.timestamp("ms", tz="UTC")),
            "_key": pa.array(self.keys, pa.binary()),
            "_value": pa.array([v or b"" for v in self.values], pa.binary()),
        })  # fmt: skip


def column_name(path: list[str]) -> str:
    """A JSON path (`["user", "id"]`) -> its column (`user__id`)."""
    return "__".join(path)


def column_type(json_types: set[str]) -> ColumnType | None:
    """The column type for the JSON types (JSONType's names) one path had in a chunk; None when it held
    only objects (their keys become columns) and nulls."""
    kinds = set(json_types) - {"Null", "Object"}
    if not kinds:
        return None
    if kinds == {"Int64"}:
        return "Int64"
    if kinds <= {"Int64", "UInt64", "Double"}:
        return "Float64"
    if kinds == {"Bool"}:
        return "Bool"
    return "String"


def keys_sql(incoming: str, parents: list[list[str]]) -> str:
    """The keys one level below each of `parents` (`[[]]`: the top level), as (parent's index, key,
    the JSON types its values took in the chunk): one pass over the chunk per level of nesting."""
    per_parent = [f"arrayMap(kv -> ({i}, kv.1, kv.2), JSONExtractKeysAndValuesRaw(_value{_at(parent)}))" for i, parent in enumerate(parents)]
    pairs = per_parent[0] if len(per_parent) == 1 else f"arrayConcat({', '.join(per_parent)})"
    return (
        "SELECT parent, key, groupUniqArray(toString(JSONType(raw))) FROM (SELECT arrayJoin("
        f"{pairs}) AS kv, kv.1 AS parent, kv.2 AS key, kv.3 AS raw, _offset FROM {incoming} "
        "WHERE isValidJSON(_value) AND JSONType(_value) = 'Object') GROUP BY parent, key ORDER BY parent, min(_offset)"
    )


def _at(path: list[str]) -> str:
    return "".join(", " + quote_literal(part) for part in path)


def _error_sql(columns: dict[str, tuple[list[str], ColumnType]]) -> str:
    """Why a message is a dead letter, or ''."""
    reserved = "[" + ", ".join(quote_literal(c) for c in METADATA_COLUMNS) + "]"
    cases = [
        ("NOT isValidJSON(_value)", "'not JSON'"),
        ("JSONType(_value) != 'Object'", "concat('not a JSON object but ', toString(JSONType(_value)))"),
        (f"hasAny(JSONExtractKeys(_value), {reserved})",
         f"concat('key ''', arrayFirst(k -> has({reserved}, k), JSONExtractKeys(_value)), ''' is reserved for the message''s metadata')"),
    ]  # fmt: skip
    for name, (path, kind) in columns.items():
        if kind in ALLOWED_JSON_TYPES:
            allowed = ", ".join(quote_literal(t) for t in ("Null", *ALLOWED_JSON_TYPES[kind]))
            value = f"substring(JSONExtractRaw(_value{_at(path)}), 1, 80)"
            cases.append((f"toString(JSONType(_value{_at(path)})) NOT IN ({allowed})", f"concat({quote_literal(f'field {name!r}: ')}, {value}, ' is not {kind}')"))
    return "multiIf(" + ", ".join(f"{condition}, {message}" for condition, message in cases) + ", '')"


def _value_sql(path: list[str], kind: ColumnType) -> str:
    at = _at(path)
    if kind != "String":
        return f"JSONExtract(_value{at}, 'Nullable({kind})')"
    json_type = f"toString(JSONType(_value{at}))"
    return f"multiIf({json_type} = 'Null', NULL, {json_type} = 'String', JSONExtractString(_value{at}), JSONExtractRaw(_value{at}))"


def insert_sql(database: str, table: str, incoming: str, columns: dict[str, tuple[list[str], ColumnType]]) -> str:
    """The chunk from `incoming` into the raw table: metadata, `_error`/`_raw`, and every data column.
    `columns`: column -> (its JSON path, its type)."""
    names = ["_topic", "_partition", "_offset", "_timestamp", "_key", "_error", "_raw", *columns]
    values = ["_topic", "_partition", "_offset", "_timestamp", "_key", "_error", "if(_error = '', '', _value)"]
    values += [f"if(_error = '', {_value_sql(path, kind)}, NULL)" for path, kind in columns.values()]
    return (
        f"INSERT INTO {quote_ident(database)}.{quote_ident(table)} ({', '.join(quote_ident(n) for n in names)}) "
        f"SELECT {', '.join(values)} FROM (SELECT *, {_error_sql(columns)} AS _error FROM {incoming})"
    )
