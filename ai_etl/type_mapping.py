"""PostgreSQL -> ClickHouse column types, and how each value travels so that it lands as PostgreSQL has it.

A PostgreSQL column is read with an expression (`ColumnMapping.select`, run by PostgreSQL) into a
"wire" value both transfers carry without loss (native ints/floats/bools/uuids/dates, timestamps as
UTC wall time, text for everything else), and ClickHouse turns it into the target type with
`ColumnMapping.parse` (an expression over the wire column; the INSERT's own cast when absent).
Values a ClickHouse type cannot hold (a NaN numeric, a date past 2299) stop the load with one
sentence naming the column and the value (raised inside PostgreSQL, marked `REFUSAL`), never a
silently clamped, rounded or zeroed value. Types with no mapping (composites, arrays of arrays or
of bytea) are refused by name before anything is read.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

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
    "time with time zone": "String",
    "interval": "String",
    "inet": "String",
    "cidr": "String",
    "macaddr": "String",
    "citext": "String",
    "money": "Decimal(19, 2)",
    # short names, as cursor descriptions print them
    "int2": "Int16",
    "int4": "Int32",
    "int8": "Int64",
    "float4": "Float32",
    "float8": "Float64",
    "bool": "Bool",
    "bpchar": "String",
    "name": "String",
    '"char"': "String",
    "timestamptz": "DateTime64(6, 'UTC')",
    "timestamp": "DateTime64(6, 'UTC')",
    "time": "String",
    "timetz": "String",
}
# read as PostgreSQL prints them (`::text`): the cast PostgreSQL itself uses when comparing or printing.
# bpchar: without its blank padding, as PostgreSQL compares it; json: as stored; jsonb: normalized;
# time/timetz/interval: PostgreSQL's text (IntervalStyle of the server, `postgres` by default);
# inet/cidr/macaddr: with their mask (ClickHouse's IPv4/IPv6 types have none)
_AS_TEXT = {"bpchar", "name", '"char"', "citext", "json", "jsonb", "time without time zone", "time with time zone",
            "time", "timetz", "interval", "inet", "cidr", "macaddr"}  # fmt: skip
# PostgreSQL type categories (pg_type.typcategory) loaded as their text: enums, strings, geometry,
# ranges, network, bit strings, intervals and user-defined types (xml, tsvector, PostGIS...) all
# print a text PostgreSQL reads back as the same value
_TEXT_CATEGORIES = set("ESGRIVTU")
# the ClickHouse ranges (Date32; DateTime64 up to precision 6): PostgreSQL's reach further, to ±infinity
DATE_RANGE = ("1900-01-01", "2299-12-31")
TIMESTAMP_RANGE = ("1900-01-01 00:00:00", "2300-01-01 00:00:00")
UNBOUNDED_NUMERIC = (76, 38)  # numeric without typmod: the widest Decimal, 38 digits each side of the point
REFUSAL = "ai-etl: "  # marks the load-stopping messages the read expressions raise inside PostgreSQL


class UnmappableTypeError(UserError):
    pass


class ColumnMapping(BaseModel):
    """How one PostgreSQL column lands: `select` runs in PostgreSQL ({col} is the quoted column),
    `parse` in ClickHouse ({col} is the wire column); `wire_text` when the wire value is text."""

    ch_type: str
    select: str = "{col}"
    parse: str = "{col}"
    wire_text: bool = False


def clickhouse_type(pg_type: str, nullable: bool, category: str = "") -> str:
    """The ClickHouse type for a PostgreSQL `format_type()` string."""
    return column_mapping(pg_type, nullable, category).ch_type


def column_mapping(pg_type: str, nullable: bool, category: str = "", where: str = "") -> ColumnMapping:
    """The mapping of a column of PostgreSQL type `pg_type` (category: pg_type.typcategory of the
    type, or of the element of an array); `where` names the column in errors ("column 'x' of t")."""
    pg = pg_type.strip().lower()
    where = where or "a column"
    if pg.endswith("[]") or (pg.startswith("_") and pg != "_"):
        element = pg[:-2] if pg.endswith("[]") else pg[1:]
        return _array(element, category, where)
    mapping = _scalar(pg, category, where)
    if nullable:
        mapping = mapping.model_copy(update={"ch_type": f"Nullable({mapping.ch_type})"})
    return mapping


def _scalar(pg: str, category: str, where: str) -> ColumnMapping:
    base = _base_type(pg, category, where)
    fail = _failure(where, pg)
    if pg in _AS_TEXT or (pg not in _SIMPLE and base == "String"):
        return ColumnMapping(ch_type=base, select="{col}::text", wire_text=True)
    if pg == "bytea":  # hex on the wire: the pull transfer reads bytea as its escaped text otherwise
        return ColumnMapping(ch_type=base, select="encode({col}, 'hex')", parse="unhex({col})", wire_text=True)
    if pg == "date":
        low, high = DATE_RANGE
        guard = f"{{col}} < date '{low}' or {{col}} > date '{high}'"
        return ColumnMapping(ch_type=base, select=_guarded(guard, fail(f"outside ClickHouse's Date32 range {low}..{high}", "date", f"least(col, date '{high}')"), "{col}"))
    if base.startswith("DateTime64"):
        low, high = TIMESTAMP_RANGE
        zoned = "with time zone" in pg or pg.startswith("timestamptz")
        literal = "timestamptz" if zoned else "timestamp"
        bound = (lambda t: f"{literal} '{t}+00'") if zoned else (lambda t: f"{literal} '{t}'")
        guard = f"{{col}} < {bound(low)} or {{col}} >= {bound(high)}"
        value = "({col} at time zone 'UTC')" if zoned else "{col}"  # UTC wall time: no session time zone in play
        return ColumnMapping(ch_type=base, select=_guarded(guard, fail("outside ClickHouse's DateTime64 range 1900-01-01..2299-12-31", "timestamp", "col::text"), value))
    if base.startswith("Decimal"):
        precision, scale = map(int, re.findall(r"\d+", base))
        if pg == "money":
            return ColumnMapping(ch_type=base, select="{col}::numeric::text", wire_text=True)
        limit = f"1e{precision - scale}"
        guard = f"{{col}} = 'NaN' or abs({{col}}) >= {limit}"
        if pg == "numeric":
            guard += f" or {{col}} <> round({{col}}, {scale})"
        why = "NaN" if pg != "numeric" else f"NaN, infinite, {precision - scale}+ digits before the point or more than {scale} after"
        message = fail(f"which Decimal({precision}, {scale}) cannot hold ({why})", "numeric", "col::float8 or col::text")
        return ColumnMapping(ch_type=base, select=f"({_guarded(guard, message, '{col}')})::text", wire_text=True)
    return ColumnMapping(ch_type=base)


def _array(element: str, category: str, where: str) -> ColumnMapping:
    """One-dimensional arrays as JSON arrays of PostgreSQL's text of each element: the pull transfer
    cannot tell an array's dimensions when its first row is NULL or empty, and JSON keeps NULL elements."""
    if element.endswith("[]") or element == "bytea":
        raise _unmappable(f"{element}[]", where)
    inner = _scalar(element, category, where)
    if inner.parse != "{col}":
        raise _unmappable(f"{element}[]", where)
    each = inner.select.replace("{col}", "e")
    fail = _failure(where, f"{element}[]")
    multi = fail("an array of more than one dimension, which loads do not take", "int", "col::text") + "::text"
    json = f"(select coalesce(json_agg(({each})::text order by i), '[]')::text from unnest({{col}}) with ordinality as u(e, i))"
    select = f"case when array_ndims({{col}}) > 1 then {multi} else {json} end"
    parse = f"CAST(JSONExtract(ifNull({{col}}, '[]'), 'Array(Nullable(String))') AS Array(Nullable({inner.ch_type})))"
    # ClickHouse arrays cannot be Nullable: a NULL array loads as []
    return ColumnMapping(ch_type=f"Array(Nullable({inner.ch_type}))", select=select, parse=parse, wire_text=True)


def _base_type(pg: str, category: str, where: str) -> str:
    if pg in _SIMPLE:
        return _SIMPLE[pg]
    if pg.startswith(("character varying", "character", "varchar", "char", "bpchar", "bit")):
        return "String"
    if match := re.fullmatch(r"numeric\((\d+),(\d+)\)", pg.replace(" ", "")):
        precision, scale = int(match[1]), int(match[2])
        return f"Decimal({min(precision, 76)}, {scale})"
    if match := re.fullmatch(r"numeric\((\d+)\)", pg.replace(" ", "")):
        return f"Decimal({min(int(match[1]), 76)}, 0)"
    if pg == "numeric":
        return "Decimal({}, {})".format(*UNBOUNDED_NUMERIC)
    if match := re.fullmatch(r"timestamp(?:\((\d)\))? with(?:out)? time zone|timestamp(?:tz)?(?:\((\d)\))?", pg):
        return f"DateTime64({match[1] or match[2] or '6'}, 'UTC')"
    if re.fullmatch(r"time(?:\(\d\))? with(out)? time zone|time(?:tz)?\(\d\)|interval.*", pg):
        return "String"
    if category and category in _TEXT_CATEGORIES:
        return "String"
    raise _unmappable(pg, where)


def _unmappable(pg: str, where: str) -> UnmappableTypeError:
    return UnmappableTypeError(
        f"{where[0].upper()}{where[1:]} has PostgreSQL type '{pg}', which has no ClickHouse mapping; "
        f"cast it in a query source (e.g. col::text or to_json(col)::text)."
    )


def _failure(where: str, pg: str):
    """A function (why, PostgreSQL type to raise as, suggested cast) -> an expression that stops the
    read inside PostgreSQL with one sentence naming the column and its value (an invalid cast:
    PostgreSQL has no raise in expressions, and a text made of the value is never folded at plan time)."""

    def fail(why: str, as_type: str, cast: str) -> str:
        before, after = f"{REFUSAL}{where} ({pg}) holds ", f", {why}; cast it in a query source (e.g. {cast})."
        return f"({_quote(before)} || left({{col}}::text, 60) || {_quote(after)})::{as_type}"

    return fail


def _guarded(guard: str, failure: str, value: str) -> str:
    return f"case when {guard} then {failure} else {value} end"


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


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
