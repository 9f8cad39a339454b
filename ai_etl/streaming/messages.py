"""JSON messages -> typed columns: flattening, type inference from a batch, and dead letters.

A message is a JSON object; nested objects become columns joined by `__` (`{"user": {"id": 1}}` ->
`user__id`), arrays are kept as JSON text. A column's type is inferred from the first batch that
carries it (later batches add new keys as new columns, never change a type). A message that is not
a JSON object, or holds a value its column cannot store, is a dead letter: its row keeps the
metadata columns, `_error` says why and `_raw` holds the message as received, so one bad message
never stops the stream and nothing is silently dropped (query `WHERE _error != ''`).
"""

from __future__ import annotations

from typing import Literal

import orjson
import pyarrow as pa
from pydantic import BaseModel

ColumnType = Literal["Bool", "Int64", "Float64", "String"]
METADATA_COLUMNS = ("_topic", "_partition", "_offset", "_timestamp", "_key", "_error", "_raw", "_loaded_at")
INT64 = (-(2**63), 2**63 - 1)
ARROW_TYPES = {"Bool": pa.bool_(), "Int64": pa.int64(), "Float64": pa.float64(), "String": pa.string()}


class Message(BaseModel):
    """One Kafka message as the consumer hands it over (the value still undecoded)."""

    partition: int
    offset: int
    timestamp_ms: int | None
    key: bytes | None
    value: bytes | None


def flatten(value: dict, prefix: str = "") -> dict[str, object]:
    """Nested objects -> `parent__child` keys; arrays -> JSON text; scalars as they are."""
    flat: dict[str, object] = {}
    for key, item in value.items():
        name = f"{prefix}{key}"
        if isinstance(item, dict):
            flat.update(flatten(item, f"{name}__"))
        elif isinstance(item, list):
            flat[name] = orjson.dumps(item).decode()
        else:
            flat[name] = item
    return flat


def infer_type(value: object) -> ColumnType:
    if isinstance(value, bool):
        return "Bool"
    if isinstance(value, int):
        return "Int64" if INT64[0] <= value <= INT64[1] else "Float64"
    if isinstance(value, float):
        return "Float64"
    return "String"


def fitted(kind: ColumnType, value: object) -> object:
    """`value` as column type `kind` stores it; ValueError when it cannot be stored without loss."""
    if value is None:
        return None
    if kind == "String":
        return value if isinstance(value, str) else orjson.dumps(value).decode()
    if kind == "Bool" and isinstance(value, bool):
        return value
    if kind == "Int64" and isinstance(value, int) and not isinstance(value, bool) and INT64[0] <= value <= INT64[1]:
        return value
    if kind == "Float64" and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    raise ValueError(f"{orjson.dumps(value).decode()[:80]} is not {kind}")


class DecodedBatch(BaseModel):
    """Rows of one chunk of messages, column by column, and the columns first seen in it."""

    columns: dict[str, ColumnType]  # every data column of the table after this chunk
    new_columns: dict[str, ColumnType]
    rows: list[dict[str, object]]  # fitted data values per message (empty for dead letters)
    errors: list[str]  # '' or why the message is a dead letter, per message

    @property
    def dead_letters(self) -> int:
        return sum(1 for e in self.errors if e)


def decode(messages: list[Message], known: dict[str, ColumnType]) -> DecodedBatch:
    """Parse and type a chunk against the table's `known` data columns; new keys get inferred types."""
    parsed: list[dict | None] = []
    errors: list[str] = []
    for message in messages:
        try:
            value = orjson.loads(message.value or b"")
        except orjson.JSONDecodeError as err:
            parsed.append(None)
            errors.append(f"not JSON: {err}")
            continue
        if not isinstance(value, dict):
            parsed.append(None)
            errors.append(f"not a JSON object but {type(value).__name__}")
            continue
        flat = flatten(value)
        reserved = [k for k in flat if k in METADATA_COLUMNS]
        parsed.append(None if reserved else flat)
        errors.append(f"key '{reserved[0]}' is reserved for the message's metadata" if reserved else "")
    columns, new = dict(known), {}
    for flat in parsed:
        for key, value in (flat or {}).items():
            if key not in columns and value is not None:
                columns[key] = new[key] = infer_type(value)
    for flat in parsed:  # keys that were null in every message of the chunk: text until they say otherwise
        for key in flat or {}:
            if key not in columns:
                columns[key] = new[key] = "String"
    rows: list[dict[str, object]] = []
    for i, flat in enumerate(parsed):
        row: dict[str, object] = {}
        for key, value in (flat or {}).items():
            try:
                row[key] = fitted(columns[key], value)
            except ValueError as err:
                errors[i] = f"field '{key}': {err}"
                row = {}
                break
        rows.append(row)
    return DecodedBatch(columns=columns, new_columns=new, rows=rows, errors=errors)


def to_arrow(topic: str, messages: list[Message], batch: DecodedBatch) -> pa.Table:
    """The chunk as the raw table's columns: metadata first, then every data column (nulls where absent)."""
    dead = [bool(e) for e in batch.errors]
    arrays = {
        "_topic": pa.array([topic] * len(messages), pa.string()),
        "_partition": pa.array([m.partition for m in messages], pa.int32()),
        "_offset": pa.array([m.offset for m in messages], pa.int64()),
        "_timestamp": pa.array([m.timestamp_ms for m in messages], pa.timestamp("ms", tz="UTC")),
        "_key": pa.array([m.key.decode("utf-8", "replace") if m.key is not None else None for m in messages], pa.string()),
        "_error": pa.array(batch.errors, pa.string()),
        "_raw": pa.array([(m.value or b"").decode("utf-8", "replace") if bad else "" for m, bad in zip(messages, dead)], pa.string()),
    }
    for name, kind in batch.columns.items():
        arrays[name] = pa.array([row.get(name) for row in batch.rows], ARROW_TYPES[kind])
    return pa.table(arrays)
