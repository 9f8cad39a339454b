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


VALID = "isValidJSON(_value) AND JSONType(_value) = 'Object'"


def keys_sql(incoming: str, parents: list[list[str]]) -> str:
    """The distinct keys one level below each of `parents` (`[[]]`: the top level) in the chunk's
    objects: one row, one array per parent. Cheap: one parse per message and parent, no types."""
    keys = ", ".join(f"groupUniqArrayArray(JSONExtractKeys(_value{_at(parent)}))" for parent in parents)
    return f"SELECT {keys} FROM {incoming} WHERE {VALID}"


def types_sql(incoming: str, paths: list[list[str]]) -> str:
    """The JSON types (JSONType's names) each path took in the chunk: one row, one array per path.
    Asked only for paths the table has no column for (usually the first chunk's)."""
    types = ", ".join(f"groupUniqArray(toString(JSONType(_value{_at(path)})))" for path in paths)
    return f"SELECT {types} FROM {incoming} WHERE {VALID}"


def _at(path: list[str]) -> str:
    return "".join(", " + quote_literal(part) for part in path)


Columns = dict[str, tuple[list[str], ColumnType]]  # column -> (its JSON path, its type)
ALLOWED_VARIANTS: dict[str, tuple[str, ...]] = {"Int64": ("Int64",), "Float64": ("Int64", "UInt64", "Float64"), "Bool": ("Bool",)}
# Strings stay strings (a date-like text is not re-typed by ClickHouse's inference). Short-circuit
# evaluation off: with it, each branch of multiIf/if parses the message again (measured 7x slower);
# nothing here can throw on the rows a branch would skip (accurateCastOrNull, JSONExtract*).
SETTINGS = " SETTINGS input_format_try_infer_dates = 0, input_format_try_infer_datetimes = 0, short_circuit_function_evaluation = 'disable'"


def _shape(columns: Columns) -> tuple[dict, set[str]]:
    """The columns as a tree of JSON keys (one `JSONExtract` into nested Tuples of Dynamic reads them all
    in one parse), and the columns whose path is also another's parent (read one by one instead)."""
    parents = {tuple(path[:i]) for path, _ in columns.values() for i in range(1, len(path))}
    tree: dict = {name: None for name in METADATA_COLUMNS}  # a key named like a metadata column: a dead letter
    one_by_one = set()
    for name, (path, _) in columns.items():
        if tuple(path) in parents:
            one_by_one.add(name)
            continue
        node = tree
        for part in path[:-1]:
            node = node.setdefault(part, {})
        node[path[-1]] = None
    return tree, one_by_one


def _tuple_type(tree: dict) -> str:
    return "Tuple(" + ", ".join(f"{quote_ident(key)} {'Dynamic' if sub is None else _tuple_type(sub)}" for key, sub in tree.items()) + ")"


def _element(path: list[str]) -> str:
    value = "_x"
    for part in path:
        value = f"tupleElement({value}, {quote_literal(part)})"
    return value


def _shown(value: str) -> str:
    return f"if(dynamicType({value}) = 'String', concat('\"', substring(toString({value}), 1, 80), '\"'), substring(toString({value}), 1, 80))"


def _error_sql(columns: Columns, one_by_one: set[str]) -> str:
    """Why a message is a dead letter, or ''."""
    cases = [
        ("NOT isValidJSON(_value)", "'not JSON'"),
        ("JSONType(_value) != 'Object'", "concat('not a JSON object but ', toString(JSONType(_value)))"),
    ]
    for name in METADATA_COLUMNS:
        cases.append((f"dynamicType({_element([name])}) != 'None'", quote_literal(f"key '{name}' is reserved for the message's metadata")))
    for name, (path, kind) in columns.items():
        if kind not in ALLOWED_VARIANTS:
            continue
        if name in one_by_one:
            allowed = ", ".join(quote_literal(t) for t in ("Null", *ALLOWED_JSON_TYPES[kind]))
            condition = f"toString(JSONType(_value{_at(path)})) NOT IN ({allowed})"
            shown = f"substring(JSONExtractRaw(_value{_at(path)}), 1, 80)"
        else:
            value = _element(path)
            allowed = ", ".join(quote_literal(t) for t in ("None", *ALLOWED_VARIANTS[kind]))
            condition, shown = f"dynamicType({value}) NOT IN ({allowed})", _shown(value)
        cases.append((condition, f"concat({quote_literal(f'field {name!r}: ')}, {shown}, ' is not {kind}')"))
    return "multiIf(" + ", ".join(f"{condition}, {message}" for condition, message in cases) + ", '')"


def _value_sql(path: list[str], kind: ColumnType, one_by_one: bool) -> str:
    if one_by_one:
        at = _at(path)
        if kind != "String":
            return f"JSONExtract(_value{at}, 'Nullable({kind})')"
        json_type = f"toString(JSONType(_value{at}))"
        return f"multiIf({json_type} = 'Null', NULL, {json_type} = 'String', JSONExtractString(_value{at}), JSONExtractRaw(_value{at}))"
    value = _element(path)
    if kind != "String":
        return f"accurateCastOrNull({value}, '{kind}')"
    kind_of = f"dynamicType({value})"
    return f"multiIf({kind_of} = 'None', NULL, {kind_of} = 'String', toString({value}), toJSONString({value}))"  # arrays, objects: JSON text


def insert_sql(database: str, table: str, incoming: str, columns: Columns) -> str:
    """The chunk from `incoming` into the raw table: metadata, `_error`/`_raw`, and every data column,
    each message parsed once (into `_x`)."""
    tree, one_by_one = _shape(columns)
    names = ["_topic", "_partition", "_offset", "_timestamp", "_key", "_error", "_raw", *columns]
    values = ["_topic", "_partition", "_offset", "_timestamp", "_key", "_error", "if(_error = '', '', _value)"]
    values += [f"if(_error = '', {_value_sql(path, kind, name in one_by_one)}, NULL)" for name, (path, kind) in columns.items()]
    parsed = f"SELECT *, JSONExtract(_value, {quote_literal(_tuple_type(tree))}) AS _x FROM {incoming}"
    return (
        f"INSERT INTO {quote_ident(database)}.{quote_ident(table)} ({', '.join(quote_ident(n) for n in names)}) "
        f"SELECT {', '.join(values)} FROM (SELECT *, {_error_sql(columns, one_by_one)} AS _error FROM ({parsed})){SETTINGS}"
    )
