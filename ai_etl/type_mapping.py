"""PostgreSQL -> ClickHouse column types: nullability kept, decimals as Decimal, timestamps in UTC."""

from __future__ import annotations

import re

from ai_etl.errors import UserError

_SIMPLE = {
    "smallint": "Int16",
    "integer": "Int32",
    "bigint": "Int64",
    "real": "Float32",
    "double precision": "Float64",
    "boolean": "Bool",
    "text": "String",
    "uuid": "UUID",
    "json": "String",
    "jsonb": "String",
    "bytea": "String",
    "date": "Date32",
    "time without time zone": "String",
    "interval": "String",
    "inet": "String",
    "citext": "String",
}


class UnmappableTypeError(UserError):
    pass


def clickhouse_type(pg_type: str, nullable: bool) -> str:
    """The ClickHouse type for a PostgreSQL `format_type()` string."""
    base = _base_type(pg_type.strip().lower())
    if base.startswith("Array("):
        return base  # ClickHouse arrays cannot be Nullable; NULL arrays load as []
    return f"Nullable({base})" if nullable else base


def _base_type(pg: str) -> str:
    if pg.endswith("[]"):
        return f"Array({_base_type(pg[:-2])})"
    if pg in _SIMPLE:
        return _SIMPLE[pg]
    if pg.startswith(("character varying", "character", "varchar", "char")):
        return "String"
    if match := re.fullmatch(r"numeric\((\d+),(\d+)\)", pg.replace(" ", "")):
        precision, scale = int(match[1]), int(match[2])
        return f"Decimal({min(precision, 76)}, {scale})"
    if pg == "numeric":  # unconstrained: wide enough for money and most measures
        return "Decimal(38, 9)"
    if match := re.fullmatch(r"timestamp(?:\((\d)\))? with(out)? time zone", pg):
        precision = match[1] or "6"
        return f"DateTime64({precision}, 'UTC')"
    raise UnmappableTypeError(
        f"PostgreSQL type '{pg}' has no ClickHouse mapping; cast it to text or a number in a query source."
    )
