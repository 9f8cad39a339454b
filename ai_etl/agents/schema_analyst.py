"""Schema Analyst: reads the real source schema and grounds the Planner's intent in it.

Reading is introspection through the connector resource (read-only queries only): tables,
columns, keys, references (constraints, else the `<thing>_id` convention) and the values of
low-cardinality text columns, which is how "completed orders" becomes `status = 'completed'`.
Grounding checks that every name exists, finds the joins that reach the columns the intent
uses, and chooses the target's name, ORDER BY and partitioning.
"""

from __future__ import annotations

import difflib
import re

from psycopg import sql

from ai_etl.agents.contracts import (
    Catalog,
    CatalogColumn,
    CatalogTable,
    GroundedPlan,
    Intent,
    JoinStep,
)
from ai_etl.catalog.abbreviations import speaks_schema_abbreviations
from ai_etl.catalog.code_lists import list_separator
from ai_etl.catalog.comments import (
    comment_names,
    null_names,
    nulls_spelled,
    referred_names,
    value_names,
    with_act_participles,
    with_row_nouns,
    with_rows_noun_dropped,
    without_names_of_one_kind,
    with_shared_legends,
    without_other_tables_names,
    without_units_its_rows_count,
    zero_names,
)
from ai_etl.catalog.joins import AmbiguousJoin, NoJoinPath, extends, join_path
from ai_etl.catalog.keys import Column, KeyInference, identifiers, infer_references
from ai_etl.catalog.values import TEXT_TYPES, is_measuring_number, is_numeric
from ai_etl.errors import UserError
from ai_etl.language.reading import closest_tables
from ai_etl.language.references import one_said
from ai_etl.language.request_text import singular
from ai_etl.project_files import ProjectFolder
from ai_etl.resources.postgres import PostgresResource

MAX_VALUES = 20
FOREIGN_KEYS = """
select src.relname, a.attname, dst.relname, b.attname
from pg_constraint c
join pg_class src on src.oid = c.conrelid join pg_namespace n on n.oid = src.relnamespace
join pg_class dst on dst.oid = c.confrelid
join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
join pg_attribute b on b.attrelid = c.confrelid and b.attnum = c.confkey[1]
where c.contype = 'f' and n.nspname = %s and cardinality(c.conkey) = 1
"""


class Refusal(UserError):
    """The request cannot become a pipeline; the message says what is missing or wrong."""


def read_catalog(postgres: PostgresResource, connector: str) -> Catalog:
    """The source schema with references (declared, else inferred: `ai_etl.catalog.keys`) and the values of
    low-cardinality columns (read-only, bounded scans)."""
    tables = postgres.introspect()
    with postgres.connect() as conn:
        conn.read_only = True
        foreign = {(src, col): f"{dst}.{dcol}" for src, col, dst, dcol in conn.execute(FOREIGN_KEYS, (postgres.schema_name,))}
        inference = KeyInference(conn, postgres.schema_name)
        foreign |= infer_references(inference, tables, foreign)
        catalog_tables = []
        for table in tables:
            references = {col: ref for (src, col), ref in foreign.items() if src == table.name}
            bounds = _bounds(conn, postgres.schema_name, table.name, [c.name for c in table.columns if is_measuring_number(c.name, c.data_type)])  # bounds say what kind of number
            columns = []
            for c in table.columns:
                c = c.model_copy(update={"comment": nulls_spelled(c.comment)}) if c.nullable else c  # ("empty = not paid yet")
                values = _values(conn, postgres.schema_name, table.name, c.name) if _categorical(c.name, c.data_type, c.comment) else None
                separator = list_separator(c.comment, values) if _categorical(c.name, c.data_type) and c.data_type.startswith(TEXT_TYPES) else None
                if separator:  # 'E,G,M': the codes are the values
                    values = _listed_values(conn, postgres.schema_name, table.name, c.name, separator)
                columns.append(
                    CatalogColumn(
                        name=c.name, type=c.data_type, nullable=c.nullable, values=values, bounds=bounds.get(c.name),
                        comment=c.comment, value_names=value_names(c.comment, values), called=comment_names(c.comment), null_names=null_names(c.comment),
                        zero_names=zero_names(c.comment) if is_numeric(c.data_type) else [], separator=separator,
                    )
                )
            catalog_tables.append(
                CatalogTable(
                    name=table.name,
                    primary_key=table.primary_key,
                    identifier=next((c.name for c in identifiers(inference, table)), None),
                    label=_row_label(inference, table),
                    columns=columns,
                    references=references,
                    rows=table.row_estimate,
                    comment=table.comment,
                    called=comment_names(table.comment),
                )
            )
    with_shared_legends(catalog_tables)
    for table in catalog_tables:  # what a reference column's comment calls the rows it refers to
        with_act_participles(table)
        without_names_of_one_kind(table)
        without_units_its_rows_count(table)
        with_rows_noun_dropped(table)
        for target, names in referred_names(table).items():
            if referred := next((t for t in catalog_tables if t.name == target), None):
                referred.called = list(dict.fromkeys([*referred.called, *names]))
    with_row_nouns(catalog_tables)
    without_other_tables_names(catalog_tables)
    return Catalog(connector=connector, tables=catalog_tables)


def _row_label(inference: KeyInference, table) -> str | None:
    """The one short text column (or text named as a reference or number: `batch_ref`, `inv_no`) every row has and no two
    share, where no column is a name or title: what people call a row by (an aircraft's `reg` 'as painted on the side'),
    beside a surrogate key."""
    if any(re.search(r"(^|_)(name|nm|title)$", c.name) for c in table.columns):
        return None
    short = [c for c in table.columns if re.fullmatch(r"(character varying|character|varchar|char)\((\d+)\)", c.data_type) and int(re.search(r"\d+", c.data_type)[0]) <= 20]
    short += [c for c in table.columns if c.data_type in ("text", "character varying") and re.search(r"(^|_)(ref|no|num|number|code)$", c.name)]  # `batch_ref`
    short = [c for c in short if not c.nullable and c.name not in table.primary_key and not re.search(r"(^|_)(id|email|phone|url|postcode|pcode|pc|zip)$", c.name)]
    unique = [c.name for c in short if inference.unique(Column(table.name, c.name, c.data_type, 0))]
    return unique[0] if len(unique) == 1 else None


def _categorical(name: str, data_type: str, comment: str | None = None) -> bool:
    """A column of a few kinds: text that is no name or address, or whole numbers its comment gives a legend for
    ('1 = calved on her own, 2 = pulled by the farmer, ...')."""
    if re.search(r"(^|_)(id|email|name|sku|url|phone|address|description)$", name):
        return False
    return data_type.startswith(TEXT_TYPES) or (data_type in ("smallint", "integer") and bool(NUMBER_LEGEND.search(comment or "")))


# a legend of whole-number codes: '1 = calved on her own, 2 = pulled by the farmer'
NUMBER_LEGEND = re.compile(r"(?:^|[:;,(]\s*)\d{1,2}\s*=\s*[a-z][^,;]*[,;]\s*\d{1,2}\s*=\s*[a-z]", re.I)


def _values(conn, schema: str, table: str, column: str) -> list[str] | None:
    """The few values of a categorical column, as text: `char(n)` without its blank padding, as PostgreSQL
    compares it and as the loader writes it ('1-URGENT', not '1-URGENT       ')."""
    query = sql.SQL("select distinct {c}::text from (select {c} from {s}.{t} limit 50000) d where {c} is not null limit {n}").format(
        c=sql.Identifier(column), s=sql.Identifier(schema), t=sql.Identifier(table), n=sql.Literal(MAX_VALUES + 1)
    )
    values = [row[0] for row in conn.execute(query)]
    return sorted(values) if len(values) <= MAX_VALUES else None


def _listed_values(conn, schema: str, table: str, column: str, separator: str) -> list[str] | None:
    """The distinct codes of a column of lists ('E,G', 'G,M' -> E, G, M), over the same bounded scan as `_values`."""
    query = sql.SQL(
        "select distinct btrim(item) from (select unnest(string_to_array({c}::text, {sep})) item from (select {c} from {s}.{t} limit 50000) d) i"
        " where btrim(item) <> '' limit {n}"
    ).format(c=sql.Identifier(column), s=sql.Identifier(schema), t=sql.Identifier(table), sep=sql.Literal(separator), n=sql.Literal(MAX_VALUES + 1))
    values = [row[0] for row in conn.execute(query)]
    return sorted(values) if len(values) <= MAX_VALUES else None


def _bounds(conn, schema: str, table: str, columns: list[str]) -> dict[str, tuple[float, float]]:
    """The smallest and largest value of each numeric column, over the same bounded scan as `_values`:
    a discount between 0 and 1 is a fraction of the price, one above is money off."""
    if not columns:
        return {}
    pairs = sql.SQL(", ").join(sql.SQL("min({c})::numeric::float8, max({c})::numeric::float8").format(c=sql.Identifier(c)) for c in columns)
    query = sql.SQL("select {p} from (select * from {s}.{t} limit 50000) d").format(p=pairs, s=sql.Identifier(schema), t=sql.Identifier(table))
    row = conn.execute(query).fetchone()
    return {c: (row[2 * i], row[2 * i + 1]) for i, c in enumerate(columns) if row[2 * i] is not None}


# ------------------------------------------------------------------ grounding


@speaks_schema_abbreviations
def ground(request: str, intent: Intent, catalog: Catalog, folder: ProjectFolder) -> GroundedPlan:
    """A plan whose names all exist, with joins; a Refusal saying what is wrong otherwise."""
    if intent.refusal:
        raise Refusal(intent.refusal)
    if intent.main_table is None or catalog.table(intent.main_table) is None:
        missing = intent.main_table or (intent.unknown_tables[0] if intent.unknown_tables else None)
        if missing is None:
            raise Refusal("The request does not say which data to load; name a table of the source.")
        close = closest_tables(catalog, missing)
        hint = f"did you mean {', '.join(close)}?" if close else f"it has: {', '.join(t.name for t in catalog.tables)}"
        raise Refusal(f"There is no table '{missing}' in source '{catalog.connector}' ({hint}).")
    main = catalog.table(intent.main_table)
    for condition in intent.conditions:
        if "." not in condition.column:
            known = [c.name for c in main.columns]
            close = difflib.get_close_matches(condition.column, known, n=2, cutoff=0.5)
            hint = f"did you mean {', '.join(close)}?" if close else f"it has: {', '.join(known)}"
            raise Refusal(f"The request filters on '{condition.column}', which is not a column of '{main.name}' ({hint}).")
    plan = GroundedPlan(
        request=request,
        connector=catalog.connector,
        intent=intent,
        main_table=main.name,
        primary_key=main.primary_key,
        pipeline_name="pending",
        target_table="pending",
        target_database=intent.target_database,
    )
    names = {c.name: c.name for c in main.columns}
    plan.column_names = {f"{main.name}.{c.name}": c.name for c in main.columns}
    used = {c.split(".")[0] for c in _columns_used(intent)}
    through = [t for t in intent.through_tables if t not in used]  # a table a condition is on is a goal, not a way
    for table in through:  # 'authors who wrote publications ...': through the tables named, in order
        if not any(j.table == table for j in plan.joins):
            plan.joins += _join_path(catalog, main, table, plan.joins, said=request)
    for column in _columns_used(intent):
        table = column.split(".")[0]
        if catalog.table(table) is None or catalog.table(table).column(column.split(".")[1]) is None:
            raise Refusal(f"Column '{column}' does not exist in source '{catalog.connector}'; name a column it has.")
        if table == main.name or any(j.table == table for j in plan.joins):
            continue
        plan.joins += _join_path(catalog, main, table, plan.joins, through, said=request)
    for join in plan.joins:  # take the used columns and the keys later joins start from
        wanted = {c.split(".")[1] for c in _columns_used(intent) if c.split(".")[0] == join.table}
        wanted |= {j.left_on.split(".")[1] for j in plan.joins if j.left_on.split(".")[0] == join.table}
        if not intent.measures and not intent.dedupe and extends(catalog, join.table, main.name):  # 'every cancelled trip': the trip and
            wanted |= {c.name for c in catalog.table(join.table).columns} - set(catalog.table(join.table).primary_key)  # what happened on it
        for column in sorted(wanted):
            alias = column if column not in names else f"{singular(join.table)}_{column}"
            join.columns[column] = alias
            names[alias] = alias
            plan.column_names[f"{join.table}.{column}"] = alias
    _measure_each_row_once(plan, main)
    if intent.keep_unmatched or any(m.function == "quotient" for m in intent.measures):  # rows counted, matched or not
        for join in plan.joins:
            join.how = "left"
            if intent.keep_unmatched:  # 'tunings each tuner completed, including tuners with none': a condition on the rows
                join.where = [c for c in intent.conditions if c.column.split(".")[0] == join.table]  # counted picks which are joined
        intent.conditions = [c for c in intent.conditions if not any(c in j.where for j in plan.joins)]  # (after, it drops the zeros)
    for join in plan.joins:
        join.left_on = plan.column_names[join.left_on]
    if intent.exclude_related and intent.exclude_where:
        plan.joins.append(_narrowed_anti_join(catalog, main, intent.exclude_related, intent.exclude_where))
    elif intent.exclude_related:
        plan.joins.append(_anti_join(catalog, main, intent.exclude_related, request))
    if intent.load_mode == "upsert":
        if not intent.key:
            intent.key = main.primary_key
        if not intent.key:
            raise Refusal(f"Table '{main.name}' has no primary key; say which column identifies a row (upsert on <column>).")
        intent.cursor = intent.cursor or next((c.name for c in main.columns if c.name in ("updated_at", "modified_at", "last_modified")), None)
        if intent.cursor is None:
            raise Refusal(f"An upsert needs a column that grows on every update, and '{main.name}' has no updated_at; ask for a full refresh instead.")
    if intent.load_mode == "incremental" and not intent.cursor:
        intent.cursor = arrival_column(main)  # 'as they land in the archive': `ingested_at`, when each row arrived
    if intent.load_mode == "incremental" and not intent.cursor:
        stamps = ", ".join(c.name for c in main.columns if c.type.startswith(("timestamp", "date"))) or "none"
        raise Refusal(f"An incremental load needs the column that finds new rows; say which, e.g. 'incrementally by <column>' (timestamps of '{main.name}': {stamps}).")
    for column in [intent.cursor, *intent.key]:
        if column and main.column(column) is None:
            raise Refusal(f"Column '{column}' does not exist in table '{main.name}'; name one of: {', '.join(c.name for c in main.columns)}.")
    if intent.target_table:
        owner = next((p.name for p in folder.pipelines.values() if p.target.table == intent.target_table), None)
        if owner:
            raise Refusal(f"Pipeline '{owner}' already writes table '{intent.target_table}'; ask for another table name.")
        plan.target_table = intent.target_table
        plan.pipeline_name = _unique_name(intent.target_table, folder)
    else:
        plan.pipeline_name = plan.target_table = _unique_name(_target_name(intent, catalog), folder)
    if not intent.measures:
        plan.order_by = list(main.primary_key)
    return plan


def _columns_used(intent: Intent) -> list[str]:
    return list(dict.fromkeys(intent.qualified_columns()))


def _join_path(catalog: Catalog, main: CatalogTable, table: str, done: list[JoinStep], through: list[str] = (), said: str = "") -> list[JoinStep]:
    """Joins from the main table to `table` along the one shortest path of references (left_on qualified);
    from the last table the request named on the way when one reaches it ('publications in the domain X');
    of several paths, the one whose last reference the request says ('the station where the trip started')."""
    for start in reversed(through):
        try:
            hops = join_path(catalog, start, table)
        except (NoJoinPath, AmbiguousJoin):
            continue
        joined = {j.table for j in done} | {main.name}
        if not any(h.table in joined for h in hops):
            return [JoinStep(table=h.table, left_on=h.left, right_on=h.right, fans_out=h.fans_out) for h in hops]
    try:
        hops = join_path(catalog, main.name, table)
    except NoJoinPath as err:
        raise Refusal(f"Table {err}; say how they join.") from None
    except AmbiguousJoin as err:
        hops = one_said(err.paths, lambda path: [path[-1].left.split(".")[-1], path[-1].right], table, said, catalog)  # the reference into the
        # goal says which way ('the client's preferred stylist'); a table passed on the way does not ('client reviews' per stylist)
        if hops is None:
            raise Refusal(f"Table {err}") from None
    joined = {j.table for j in done}
    return [JoinStep(table=h.table, left_on=h.left, right_on=h.right, fans_out=h.fans_out) for h in hops if h.table not in joined]


def _measure_each_row_once(plan: GroundedPlan, main: CatalogTable) -> None:
    """A join against a reference repeats each main row once per matching row: a count of main rows
    becomes a count of its distinct keys; a sum or average is right only where each main row meets
    one row of the side it is measured on (grouped, or filtered to one value), and refused otherwise."""
    fanned: set[str] = set()
    branches: list[str] = []  # the first table of each chain of joins that repeats rows ('staff' to 'evt'; 'staff' to 'ord' to 'arr')
    for join in plan.joins:
        if join.left_on.split(".")[0] in fanned:
            fanned.add(join.table)
        elif join.fans_out:
            fanned.add(join.table)
            branches += [join.table] if join.how != "anti" else []
    if not fanned:
        return
    intent = plan.intent
    if len(branches) > 1 and any(m.function in ("count", "sum", "avg") for m in intent.measures):
        raise Refusal(
            f"'{main.name}' joined to both '{branches[0]}' and '{branches[1]}' would repeat each row of one once per row of the "
            f"other, so totals would be multiplied; ask about one of them at a time."
        )
    for measure in intent.measures:
        if measure.function == "count":
            if main.identifier is None:
                raise Refusal(
                    f"Counting '{main.name}' through '{sorted(fanned)[0]}' would count each row once per match, and "
                    f"'{main.name}' has no key to count it by; ask for a count of '{sorted(fanned)[0]}' rows instead."
                )
            measure.function, measure.column = "count_distinct", f"{main.name}.{main.identifier}"
    if any(m.function == "ratio" for m in intent.measures):
        raise Refusal(
            f"A share of '{main.name}' rows through '{sorted(fanned)[0]}' would count each row once per match; "
            f"say it of '{main.name}' rows' own columns, or ask for the share of '{sorted(fanned)[0]}' rows."
        )
    one_value = bool(intent.conditions) and all(c.op == "=" for c in intent.conditions)
    adds = [m for m in intent.measures if m.function in ("sum", "avg")]
    if adds and not intent.group_by and not one_value:
        raise Refusal(
            f"A {adds[0].function} over '{main.name}' joined to '{sorted(fanned)[0]}' would add each row once per match; "
            "group by it, or filter it to one value."
        )


def _anti_join(catalog: Catalog, main: CatalogTable, table: str, request: str = "") -> JoinStep:
    other = catalog.table(table)
    for column, ref in other.references.items():
        if ref.split(".")[0] == main.name:
            return JoinStep(table=table, left_on=ref.split(".")[1], right_on=column, how="anti")
    for column, ref in main.references.items():  # 'authors not part of any organization': no (existing) parent
        if ref.split(".")[0] == table:
            return JoinStep(table=table, left_on=column, right_on=ref.split(".")[1], how="anti")
    if (down := _rows_of_the_rows(catalog, main.name, table)) and len(down) > 1:  # 'customers who never had a visit': no visit
        first, rest = down[0], down[1:]  # of a flue of a property of theirs, never 'no invoice' (an invoice refers to both)
        return JoinStep(table=first[0], left_on=first[2], right_on=first[1], how="anti", through=[(t, f"{prev}.{up}", col) for (t, col, up), (prev, _, _) in zip(rest, down)])
    # 'employees not assigned to any project': no rows of the table that links them (`assignment`), the
    # one said by the request's verb when several link them
    links = [t for t in catalog.tables if _refers(t, main.name) and _refers(t, table)]
    said = [t for t in links if any(len(w) > 3 and t.name.startswith(w.rstrip("e")[:6]) for w in re.findall(r"[a-z]+", request.lower()))]
    link = links[0] if len(links) == 1 else said[0] if len(said) == 1 else None
    if link is not None:
        column = next(c for c, ref in link.references.items() if ref.split(".")[0] == main.name)
        return JoinStep(table=link.name, left_on=link.references[column].split(".")[1], right_on=column, how="anti")
    if links:
        names = " or ".join(t.name for t in links)
        raise Refusal(f"'{main.name}' and '{table}' are linked through {names}; say which (e.g. 'without {links[0].name}').")
    try:  # 'books never borrowed': no loan of any copy of the book; every hop is to rows of the one before
        hops = join_path(catalog, main.name, table)
    except (NoJoinPath, AmbiguousJoin):
        hops = []
    if 1 < len(hops) <= 3 and all(hop.fans_out for hop in hops):
        return _narrowed_anti_join(catalog, main, table, [])
    raise Refusal(f"Table '{table}' and '{main.name}' do not refer to each other, so 'without {table}' has no meaning here.")


def _narrowed_anti_join(catalog: Catalog, main: CatalogTable, table: str, where: list) -> JoinStep:
    """'students who never took Physics': no row of the table that refers to a student (an enrollment)
    whose path leads to a course titled Physics; the enrollments are joined to their course first."""
    try:
        hops = join_path(catalog, main.name, table)
    except (NoJoinPath, AmbiguousJoin) as err:
        raise Refusal(f"What '{main.name}' are to be without is not clear: {err}; name the table that links them.") from None
    if not hops or not hops[0].fans_out:
        raise Refusal(f"'{table}' does not record anything of each '{main.name}' row, so 'never' has no meaning here; say it another way.")
    first, rest = hops[0], hops[1:]
    through = [(hop.table, hop.left, hop.right) for hop in rest]
    reached = {main.name, first.table, *(hop.table for hop in rest)}
    absent = catalog.table(table)
    for parent in dict.fromkeys(c.column.split(".")[0] for c in where if c.column.split(".")[0] not in reached):
        column = next((c for c, ref in absent.references.items() if ref.split(".")[0] == parent), None)
        if column is None:
            raise Refusal(f"'{parent}' is not a table the '{table}' rows refer to, so what is said of it cannot narrow them; say it another way.")
        through.append((parent, f"{table}.{column}", absent.references[column].split(".")[1]))  # 'no train in 2026': the trains
        reached.add(parent)  # joined to the operating day they ran on
    return JoinStep(table=first.table, left_on=first.left.split(".")[1], right_on=first.right, how="anti", through=through, where=list(where))


def _rows_of_the_rows(catalog: Catalog, main: str, table: str, most: int = 3) -> list[tuple[str, str, str]] | None:
    """The one shortest chain down from `main` to `table` where each table's rows refer to the one before (a visit to a
    flue, a flue to a property, a property to a customer): (table, its referring column, the referred column) per hop."""
    chains: list[list[tuple[str, str, str]]] = [[]]
    for _ in range(most):
        chains = [
            [*chain, (t.name, column, ref.split(".")[1])]
            for chain in chains
            for t in catalog.tables
            for column, ref in t.references.items()
            if ref.split(".")[0] == (chain[-1][0] if chain else main) and t.name not in {main, *(hop[0] for hop in chain)}
        ]
        found = [chain for chain in chains if chain[-1][0] == table]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _refers(table: CatalogTable, other: str) -> bool:
    return any(ref.split(".")[0] == other for ref in table.references.values())


def _target_name(intent: Intent, catalog: Catalog) -> str:
    """A name that says what the table holds: orders_by_status, customers_germany, products_active."""
    base = intent.main_table
    if intent.group_by:
        parts = [g.grain or g.column.split(".")[1] for g in intent.group_by]
        return f"{base}_by_{'_'.join(parts)}"[:60]
    suffix = []
    for condition in intent.conditions:
        if isinstance(condition.value, (str, int)) and not isinstance(condition.value, bool) and condition.op in ("=", "year"):
            suffix.append(re.sub(r"[^a-z0-9]+", "_", str(condition.value).lower()).strip("_"))
        elif condition.op == "is_true":
            suffix.append(condition.column.split(".")[1].removeprefix("is_"))
    if intent.exclude_related:
        suffix.append(f"without_{intent.exclude_related}")
    if intent.dedupe:
        suffix.append("deduplicated")
    if intent.derive and not suffix:
        suffix.append("enriched" if any(d.function in ("multiply", "divide") for d in intent.derive) else "cleaned")
    return "_".join([base, *suffix])[:60]


def _unique_name(name: str, folder: ProjectFolder) -> str:
    taken = set(folder.pipelines) | {p.target.table for p in folder.pipelines.values()}
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name}_{n}", n + 1
    return candidate


# ------------------------------------------------------------------ files


def read_files_catalog(files, connector: str) -> Catalog:
    """Datasets of a files connector: a folder of files (`contacts/*.csv`) or one file, each
    described by its first file (columns, a few example values, low-cardinality values)."""
    import polars as pl

    from ai_etl.resources.files import guess_format

    datasets: dict[str, tuple[str, str]] = {}
    for name in files.list("**/*"):
        try:
            fmt = guess_format(name)
        except UserError:
            continue
        parts = name.split("/")
        dataset = parts[-2] if len(parts) > 1 else parts[0].rsplit(".", 1)[0]
        pattern = "/".join(parts[:-1] + [f"*.{name.rsplit('.', 1)[1]}"]) if len(parts) > 1 else name
        datasets.setdefault(re.sub(r"\W+", "_", dataset.lower()), (pattern, fmt))
    tables = []
    for dataset, (pattern, fmt) in sorted(datasets.items()):
        frame = files.read(files.list(pattern)[0], fmt).head(2000)
        columns = []
        for column, dtype in frame.schema.items():
            text = dtype == pl.String
            distinct = frame[column].drop_nulls().unique(maintain_order=True) if text else None
            categorical = text and len(distinct) <= MAX_VALUES and 2 * len(distinct) <= frame.height and _categorical(column, "text")
            columns.append(
                CatalogColumn(
                    name=column,
                    type=_postgres_name(dtype),
                    values=sorted(distinct.to_list()) if categorical else None,
                    examples=[str(v) for v in frame[column].drop_nulls().head(5).to_list()] if text else None,
                )
            )
        tables.append(CatalogTable(name=dataset, columns=columns, rows=frame.height, path=pattern, format=fmt))
    return Catalog(connector=connector, kind="files", tables=tables)


def _postgres_name(dtype) -> str:
    """Polars types named as the parser knows them from PostgreSQL."""
    import polars as pl

    if dtype == pl.String:
        return "text"
    if dtype == pl.Boolean:
        return "boolean"
    if dtype == pl.Date:
        return "date"
    if isinstance(dtype, pl.Datetime):
        return "timestamp with time zone" if dtype.time_zone else "timestamp without time zone"
    if dtype.is_integer():
        return "bigint"
    if dtype.is_float():
        return "double precision"
    if dtype.is_decimal():
        return "numeric"
    return str(dtype).lower()


# Acts that say when a row came to be in the table (not when the thing it records happened): a safe cursor.
ARRIVALS = {"create", "creation", "insert", "ingest", "load", "land", "add", "record", "arrive"}


def arrival_column(table: CatalogTable) -> str | None:
    """The one timestamp of `table` that says when each row arrived (`created_at`, `ingested_at` 'when the frame landed
    in the archive'): new rows are found by it even when what they record happened earlier. None when not one."""
    from ai_etl.language.spoken import spoken_words, verb_lemma

    found = []
    for column in table.columns:
        if column.type.startswith("timestamp"):
            words = [*spoken_words(column.name), *re.findall(r"[a-z]+", (column.comment or "").lower())]
            if {verb_lemma(w) or w for w in words} & ARRIVALS:
                found.append(column.name)
    return found[0] if len(found) == 1 else None

