"""A table's profile computed in ClickHouse: per column nulls, distinct values, min/max and, for
low-cardinality columns, the most frequent values.

One aggregate query per batch of columns (a column store reads only the columns named, so column by
column costs no more I/O than one query and lets a caller show progress); never rows pulled into
Python. Distinct counts are exact (`uniqExact`) on tables up to EXACT_DISTINCT_MAX_ROWS rows and
`uniqCombined` above (HyperLogLog-based, within about 1%): measured on 1M rows, uniqExact of a text
column took 320 ms and uniqCombined 30 ms.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence

from clickhouse_connect.driver.client import Client
from pydantic import BaseModel, Field

from ai_etl.resources.clickhouse import quote_ident

EXACT_DISTINCT_MAX_ROWS = 200_000
LOW_CARDINALITY_MAX_DISTINCT = 20  # columns with at most this many values get their top values
TOP_VALUES = 5
# types min/max or a plain distinct count do not apply to (compared as text for distinct)
_COMPOSITE = re.compile(r"^(Array|Map|Tuple|Nested|JSON|Object|Variant|Dynamic|AggregateFunction|SimpleAggregateFunction|Nothing|Point|Ring|Polygon|MultiPolygon|LineString)\b")
_MERGING_ENGINES = ("ReplacingMergeTree", "CollapsingMergeTree", "VersionedCollapsingMergeTree")


class TopValue(BaseModel):
    value: str | None = Field(description="as text; None is NULL")
    count: int


class ColumnInfo(BaseModel):
    name: str
    type: str
    in_key: bool = Field(description="part of the table's sorting key (ORDER BY)")

    @property
    def nullable(self) -> bool:
        return "Nullable(" in self.type

    @property
    def composite(self) -> bool:
        return bool(_COMPOSITE.match(_base_type(self.type)))


class ColumnProfile(ColumnInfo):
    nulls: int
    null_rate: float = Field(description="nulls / rows, 0 on an empty table")
    distinct: int = Field(description="distinct non-NULL values")
    distinct_exact: bool
    min: str | None = None
    max: str | None = None
    top_values: list[TopValue] | None = Field(None, description=f"low-cardinality columns (<= {LOW_CARDINALITY_MAX_DISTINCT} values) only")


class TableProfile(BaseModel):
    database: str
    table: str
    engine: str
    rows: int
    distinct_method: str = Field(description="uniqExact (exact) or uniqCombined (approximate, within about 1%)")
    columns: list[ColumnProfile]
    seconds: float


class ProfiledTable(BaseModel):
    """What profiling needs to know of a table before reading it."""

    database: str
    table: str
    engine: str
    columns: list[ColumnInfo]

    @property
    def source(self) -> str:
        """The table as a FROM clause; merging engines read with FINAL, as every reader of them does."""
        final = " FINAL" if self.engine.startswith(_MERGING_ENGINES) else ""
        return f"{quote_ident(self.database)}.{quote_ident(self.table)}{final}"


def _base_type(type_name: str) -> str:
    for wrapper in ("LowCardinality(", "Nullable("):
        if type_name.startswith(wrapper):
            type_name = type_name[len(wrapper) : -1]
    return type_name


def describe_table(client: Client, database: str, table: str) -> ProfiledTable | None:
    """Columns, types, sorting-key membership and engine; None when there is no such table."""
    found = client.query(
        "SELECT engine FROM system.tables WHERE database = {db:String} AND name = {t:String}", parameters={"db": database, "t": table}
    ).result_rows
    if not found:
        return None
    columns = client.query(
        "SELECT name, type, is_in_sorting_key FROM system.columns WHERE database = {db:String} AND table = {t:String} ORDER BY position",
        parameters={"db": database, "t": table},
    ).result_rows
    return ProfiledTable(database=database, table=table, engine=found[0][0], columns=[ColumnInfo(name=n, type=t, in_key=bool(k)) for n, t, k in columns])


def count_rows(client: Client, table: ProfiledTable) -> int:
    return int(client.command(f"SELECT count() FROM {table.source}"))


def distinct_function(rows: int) -> str:
    return "uniqExact" if rows <= EXACT_DISTINCT_MAX_ROWS else "uniqCombined"


def measure_columns(
    client: Client, table: ProfiledTable, columns: Sequence[ColumnInfo], rows: int, distinct: bool = True, min_max: bool = True, top_values: bool = True
) -> list[ColumnProfile]:
    """One aggregate query for `columns` (nulls of the Nullable ones, distinct, min/max; none when
    nothing needs reading), then one small GROUP BY for each low-cardinality column's top values.
    `distinct=False`: distinct is left 0 (null rates only, the cheapest profile)."""
    if not columns:
        return []
    uniq = distinct_function(rows)
    expressions, slots = [], []
    for column in columns:
        name = quote_ident(column.name)
        if column.nullable:
            expressions.append(f"countIf(isNull({name}))")
        if distinct:
            expressions.append(f"{uniq}({f'toString({name})' if column.composite else name})")
        ordered = min_max and not column.composite and rows > 0
        if ordered:
            expressions += [f"toString(min({name}))", f"toString(max({name}))"]
        slots.append((column, ordered))
    values = iter(client.query(f"SELECT {', '.join(expressions)} FROM {table.source}").result_rows[0] if expressions else ())
    profiles = []
    for column, ordered in slots:
        nulls = int(next(values)) if column.nullable else 0
        count = int(next(values)) if distinct else 0
        low, high = (next(values), next(values)) if ordered else (None, None)
        repeated = 0 < count <= LOW_CARDINALITY_MAX_DISTINCT and count < rows - nulls  # values that repeat: worth counting
        top = _top_values(client, table, column) if top_values and repeated else None
        profiles.append(
            ColumnProfile(
                **column.model_dump(), nulls=nulls, null_rate=nulls / rows if rows else 0.0, distinct=count,
                distinct_exact=uniq == "uniqExact", min=low, max=high, top_values=top,
            )  # fmt: skip
        )
    return profiles


def _top_values(client: Client, table: ProfiledTable, column: ColumnInfo) -> list[TopValue]:
    name = quote_ident(column.name)
    rows = client.query(f"SELECT toString({name}) AS value, count() AS n FROM {table.source} GROUP BY value ORDER BY n DESC, value LIMIT {TOP_VALUES}").result_rows
    return [TopValue(value=value, count=int(n)) for value, n in rows]


def profile_table(client: Client, table: ProfiledTable, rows: int, on_column: Callable[[ColumnProfile], None] | None = None) -> TableProfile:
    """Every column, one at a time (`on_column` after each: a progress bar's step); `rows` from count_rows."""
    started = time.perf_counter()
    profiles = []
    for column in table.columns:
        [profile] = measure_columns(client, table, [column], rows)
        profiles.append(profile)
        if on_column is not None:
            on_column(profile)
    return TableProfile(
        database=table.database, table=table.table, engine=table.engine, rows=rows, distinct_method=distinct_function(rows),
        columns=profiles, seconds=round(time.perf_counter() - started, 3),
    )  # fmt: skip
