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
    # short names, as cursor descriptions print them
    "int2": "Int16",
    "int4": "Int32",
    "int8": "Int64",
    "float4": "Float32",
    "float8": "Float64",
    "bool": "Bool",
    "bpchar": "String",
    "name": "String",
    "timestamptz": "DateTime64(6, 'UTC')",
    "timestamp": "DateTime64(6, 'UTC')",
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
    if pg.startswith("_"):  # array types in short form: _int8
        return f"Array({_base_type(pg[1:])})"
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


def polars_clickhouse_type(dtype, nullable: bool = True) -> str:
    """The ClickHouse type for a polars dtype (files carry no NOT NULL: nullable unless a key)."""
    import polars as pl

    simple = {
        pl.Int8: "Int8", pl.Int16: "Int16", pl.Int32: "Int32", pl.Int64: "Int64",
        pl.UInt8: "UInt8", pl.UInt16: "UInt16", pl.UInt32: "UInt32", pl.UInt64: "UInt64",
        pl.Float32: "Float32", pl.Float64: "Float64", pl.Boolean: "Bool", pl.String: "String",
        pl.Date: "Date32", pl.Null: "String",
    }  # fmt: skip
    if isinstance(dtype, pl.Datetime):
        base = "DateTime64(6, 'UTC')"
    elif isinstance(dtype, pl.Decimal):
        base = f"Decimal({min(dtype.precision or 38, 76)}, {dtype.scale})"
    elif dtype.base_type() in simple:
        base = simple[dtype.base_type()]
    else:
        raise UnmappableTypeError(f"File column type {dtype} has no ClickHouse mapping; cast it in a `cast` transform.")
    return f"Nullable({base})" if nullable else base
