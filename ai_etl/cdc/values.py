"""From a pgoutput value (PostgreSQL's text output of the column) to the ClickHouse value a snapshot of the
same row loads: the same type mapping (ai_etl/type_mapping.py), reached from text instead of from the
mapping's `select`. Python brings the text to the mapping's wire form where the two differ (booleans,
bytea, money, char(n), inet, arrays, infinities); ClickHouse then applies the mapping's `parse`, as the batch loads do.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from ai_etl.type_mapping import ColumnMapping

Wire = Callable[[str], str]


def wire_converter(pg_type: str, mapping: ColumnMapping) -> Wire | None:
    """How a text value of `pg_type` becomes the mapping's wire value (None: the text already is)."""
    pg = pg_type.strip().lower()
    base = base_type(mapping.ch_type)
    if base.startswith("Array("):
        return _array_json
    if pg == "bytea":
        return lambda text: text[2:]  # '\x0a0b' (bytea_output = hex) -> the mapping's encode(.., 'hex')
    if re.fullmatch(r"(character|char|bpchar)(\(\d+\))?", pg):
        return lambda text: text.rstrip(" ")  # as `bpchar::text` reads it: without the blank padding
    if pg == "inet":  # `inet::text` always has the mask; the output function leaves out a host's
        return lambda text: text if "/" in text else text + ("/128" if ":" in text else "/32")
    if pg == "money":
        return lambda text: re.sub(r"[^0-9.\-]", "", text)
    if base == "Bool":
        return lambda text: "true" if text == "t" else "false"
    if base.startswith("Float"):
        return lambda text: {"Infinity": "inf", "-Infinity": "-inf"}.get(text, text)
    return None


def clickhouse_expression(mapping: ColumnMapping, wire_column: str) -> str:
    """The ClickHouse value from a Nullable(String) wire column, typed Nullable (NULL becomes the column's
    default on insert: the other columns of a delete row)."""
    base = base_type(mapping.ch_type)
    if mapping.wire_text:
        parsed = mapping.parse.replace("{col}", wire_column)
    elif base.startswith("DateTime64"):
        precision = re.search(r"DateTime64\((\d+)", base)[1]
        # '...+00' (the session runs in UTC) or wall time; a NULL's placeholder text must parse too
        parsed = f"if(isNull({wire_column}), NULL, parseDateTime64BestEffort(ifNull({wire_column}, '1970-01-01'), {precision}, 'UTC'))"
    else:
        parsed = wire_column
    target = base if base.startswith("Array(") else f"Nullable({base})"
    return f"CAST({parsed} AS {target})"


def base_type(ch_type: str) -> str:
    return ch_type[len("Nullable(") : -1] if ch_type.startswith("Nullable(") else ch_type


def _array_json(text: str) -> str:
    """A one-dimensional PostgreSQL array literal ('{a,"b c",NULL}') -> the JSON array of its elements' text."""
    return json.dumps(parse_array(text))


def parse_array(text: str) -> list[str | None]:
    if text.startswith("["):  # explicit bounds: '[0:1]={a,b}'
        text = text[text.index("=") + 1 :]
    inner = text[1:-1]
    items: list[str | None] = []
    i, n = 0, len(inner)
    while i < n:
        if inner[i] == '"':
            i += 1
            chars = []
            while inner[i] != '"':
                if inner[i] == "\\":
                    i += 1
                chars.append(inner[i])
                i += 1
            items.append("".join(chars))
            i += 1
        else:
            end = inner.find(",", i)
            end = n if end < 0 else end
            word = inner[i:end]
            items.append(None if word == "NULL" else word)
            i = end
        i += 1  # the comma
    return items
