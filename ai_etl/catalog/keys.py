"""References a schema does not declare, inferred from names and checked on the data.

Many databases declare no foreign keys (or no keys at all): `review.business_id` refers to
`business.business_id`, `city.state_name` to `state.state_name`, `orders.o_custkey` to
`customer.c_custkey` only by convention. A reference is inferred the way schema-matching tools
find inclusion dependencies: a column whose name matches an identifier of another table
(the same name, the same name once each table's column prefix is dropped, or `<table>_id` for the
table's one identifier, whatever it is called), whose non-null values occur in that identifier (most of them: data has strays), which is unique there. Names propose,
data decides; where two tables could be meant and the name does not say which, nothing is inferred
(a join nobody can justify is worse than a refusal that says the tables are not linked).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from psycopg import sql

from ai_etl.language.request_text import plural, singular
from ai_etl.language.spoken import ABBREVIATIONS, abbreviates, table_prefix

SAMPLE_ROWS = 50_000  # bounded scans: uniqueness and containment are judged on at most this many rows
CONTAINED = 0.7  # share of a referencing column's distinct values the referenced identifier must hold
GENERIC = {"id", "name", "code", "type", "status", "value", "year", "month", "day", "count", "text", "date"}
KEY_SUFFIXES = ("_id", "_key", "_name", "_code", "_no", "id", "key")


@dataclass(frozen=True)
class Column:
    table: str
    name: str
    type: str
    position: int  # 0-based ordinal in its table


def _family(pg_type: str) -> str:
    if pg_type.startswith(("int", "bigint", "smallint", "numeric", "decimal", "real", "double")):
        return "number"
    if pg_type.startswith(("text", "character", "varchar", "citext")):
        return "text"
    return pg_type


def _stem(column: str, prefix: str) -> str:
    """`state_name` -> 'state', `o_custkey` -> 'cust', `business_id` -> 'business'."""
    name = column.removeprefix(prefix) if prefix else column
    for suffix in KEY_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)].rstrip("_")
    return name


def _names_table(stem: str, table: str) -> int:
    """How well the stem of a column names the table: 3 by its whole name ('business' -> business, 'user'
    -> users, 'acct' -> accounts through the abbreviation), 2 by its last word ('course' -> program_course),
    1 by a prefix of it ('cust' -> customer) or its letters in order ('appt' -> appointments), else 0."""
    if not stem:
        return 0
    said = {stem, singular(stem), ABBREVIATIONS.get(stem)}
    if said & {table, singular(table), plural(table)}:
        return 3
    last = re.split(r"_+", table)[-1]
    if said & {last, singular(last)}:
        return 2
    return int(len(stem) >= 3 and (table.startswith(stem) or abbreviates(stem, table)))


class KeyInference:
    """Reads uniqueness and containment through one read-only connection, each at most once."""

    def __init__(self, conn, schema: str):
        self.conn, self.schema = conn, schema
        self._unique: dict[tuple[str, str], bool] = {}

    def _sample(self, column: Column) -> sql.Composable:
        return sql.SQL("(select {c} from {s}.{t} limit {n})").format(
            c=sql.Identifier(column.name), s=sql.Identifier(self.schema), t=sql.Identifier(column.table), n=sql.Literal(SAMPLE_ROWS)
        )

    def unique(self, column: Column) -> bool:
        """Non-null and unique in (a sample of) the data, and not an empty table."""
        key = (column.table, column.name)
        if key not in self._unique:
            query = sql.SQL("select count(*), count({c}), count(distinct {c}) from {sample} x").format(
                c=sql.Identifier(column.name), sample=self._sample(column)
            )
            rows, non_null, distinct = self.conn.execute(query).fetchone()
            self._unique[key] = rows > 0 and rows == non_null == distinct
        return self._unique[key]

    def contained(self, child: Column, parent: Column) -> bool:
        """Most distinct non-null values of `child` occur in `parent` (real data has strays: cities
        of a state the states table lacks), and there is at least one."""
        query = sql.SQL(
            "select count(*), count(*) filter (where not exists (select 1 from {s}.{pt} p where p.{pc} = c.{cc})) "
            "from (select distinct {cc} from {sample} y where {cc} is not null) c"
        ).format(
            s=sql.Identifier(self.schema), pt=sql.Identifier(parent.table), pc=sql.Identifier(parent.name),
            cc=sql.Identifier(child.name), sample=self._sample(child),
        )  # fmt: skip
        values, missing = self.conn.execute(query).fetchone()
        return values > 0 and missing <= (1 - CONTAINED) * values


def identifiers(inference: KeyInference, table) -> list[Column]:
    """Columns that identify a row of a `PgTable`: the declared single-column key, else unique columns
    named as an identifier of this table (`id`, `<table>_id`, `<table>_name`) or standing first."""
    prefix = table_prefix([c.name for c in table.columns]) or ""
    columns = [Column(table.name, c.name, c.data_type, i) for i, c in enumerate(table.columns)]
    if len(table.primary_key) == 1:
        return [c for c in columns if c.name == table.primary_key[0]]
    found = []
    for column in columns:
        stem = _stem(column.name, prefix)
        named = column.name == "id" or (column.name not in GENERIC and _names_table(stem, table.name))
        if (named or column.position == 0) and inference.unique(column):
            found.append(column)
    return found


def _key_named_in_comment(comment: str | None, keys: dict[str, list[Column]], own: str) -> Column | None:
    """The one key of another table a column's comment names as `table.column` ('staff.staff_id of the trainer')."""
    named = {(t, c) for t, c in re.findall(r"\b([A-Za-z_]\w*)\.([A-Za-z_]\w*)\b", comment or "")}
    found = [k for t, ks in keys.items() if t != own for k in ks if (k.table, k.name) in named]
    return found[0] if len(found) == 1 else None


def infer_references(inference: KeyInference, tables, declared: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """(table, column) -> 'table.column' for references the data confirms and no constraint declares.

    `tables` are `PgTable`s (name, columns with name/data_type, primary_key)."""
    prefixes = {t.name: table_prefix([c.name for c in t.columns]) or "" for t in tables}
    columns = {t.name: [Column(t.name, c.name, c.data_type, i) for i, c in enumerate(t.columns)] for t in tables}
    keys = {t.name: identifiers(inference, t) for t in tables}
    inferred: dict[tuple[str, str], str] = {}
    for table in tables:
        own = {c.name for c in keys[table.name]}
        for column in columns[table.name]:
            if (table.name, column.name) in declared or column.name in GENERIC:
                continue
            stem = _stem(column.name, prefixes[table.name])
            if (said := _key_named_in_comment(table.column(column.name).comment, keys, table.name)) and _family(column.type) == _family(said.type):
                if inference.contained(column, said):  # 'staff.staff_id of the personal trainer (not enforced)'
                    inferred[(table.name, column.name)] = f"{said.table}.{said.name}"
                continue
            targets, same_named = [], []
            for other in tables:
                if other.name == table.name:
                    continue
                for key in keys[other.name]:
                    same = column.name == key.name or (
                        prefixes[table.name] and column.name.removeprefix(prefixes[table.name]) == key.name.removeprefix(prefixes[other.name])
                    )
                    by_id = key.name == "id" and column.name.endswith("_id") and _names_table(stem, other.name)
                    # `trip.driver_id` -> `driver.drv_id`: the column names the table, the key is its one identifier
                    by_table = len(keys[other.name]) == 1 and column.name.endswith(("_id", "_key", "_no")) and _names_table(stem, other.name)
                    if (same or by_id or by_table) and _family(column.type) == _family(key.type):
                        targets.append(key)
                        same_named += [key] if same else []
            strength = {k: _names_table(stem, k.table) for k in targets}
            named = [k for k in targets if strength[k] == max(strength.values(), default=0) > 0]  # by name before by prefix
            if column.name in own and _names_table(stem, table.name) >= max(strength.values(), default=0):
                continue  # `course.course_id` is the course's own key, not a reference to `program_course.course_id`
            if not same_named and _names_table(stem, table.name) > max(strength.values(), default=0):
                continue  # `karts.kart_no`, the number painted on each kart, names the kart itself, not `kart_maintenance_jobs`
            if column.name in own:  # one table's identifier refers on only to the table its name names (1:1)
                targets = [k for k in named if strength[k] >= 2 or k in same_named]
            if len(same_named) == 1 and same_named[0] in targets:
                targets = same_named  # `prescription.appt_id` -> `appointments.appt_id`, not the `line_id` of `appt_treatments`
            if len(targets) > 1:
                targets = named
            if len(targets) == 1 and inference.contained(column, targets[0]):
                inferred[(table.name, column.name)] = f"{targets[0].table}.{targets[0].name}"
    return inferred
