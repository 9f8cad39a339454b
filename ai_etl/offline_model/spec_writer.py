"""The built-in model's SQL Expert: a grounded plan -> a pipeline spec (ClickHouse SQL expressions).

What the spec's transformations can say, it says with them (so the compiler writes the dbt
models and their tests); what they cannot (a case-insensitive deduplication with a tie-break),
it writes as free ClickHouse SQL in a `sql` step.
"""

from __future__ import annotations

import re

from ai_etl.agents.contracts import QUALIFIED, Catalog, CatalogColumn, Condition, GroundedPlan, MeasureIntent
from ai_etl.catalog.abbreviations import speaks_schema_abbreviations
from ai_etl.catalog.values import TEXT_TYPES
from ai_etl.language.relative_periods import period_sql
from ai_etl.language.spoken import is_past_verb, verb_lemma

GRAIN_SQL = {
    "hour": "toStartOfHour({})", "day": "toDate({})", "week": "toMonday({})", "month": "toStartOfMonth({})",
    "quarter": "toStartOfQuarter({})", "year": "toYear({})", "weekday": "toDayOfWeek({})",  # 1 = Monday; a year as its number (2024)
}  # fmt: skip
AGGREGATE_SQL = {"sum": "sum({0})", "avg": "avg({0})", "min": "min({0})", "max": "max({0})", "count_distinct": "uniqExact({0})", "spread": "max({0}) - min({0})"}
REPLACING_SQL = {"lower": "lower({})", "upper": "upper({})", "trim": "trimBoth({})", "fill": "coalesce({}, {value})"}


def literal(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"


@speaks_schema_abbreviations
def write_pipeline(plan: GroundedPlan, catalog: Catalog, warehouse: str, timezone: str = "UTC") -> dict:
    """The pipeline spec as a dict (validated by the SQL Expert against `ai_etl.spec.Pipeline`)."""
    intent, name_of = plan.intent, plan.column_names
    main = catalog.table(plan.main_table)
    transforms: list[dict] = []

    replaced: dict[str, list] = {}
    for derivation in intent.derive:
        if derivation.function in REPLACING_SQL:  # 'the name trimmed and in lower case': one after the other
            replaced.setdefault(derivation.columns[0], []).append(derivation)
    if replaced:
        columns = []
        for column in main.columns:
            expr = column.name
            for derivation in replaced.get(f"{main.name}.{column.name}", []):
                expr = REPLACING_SQL[derivation.function].format(expr, value=literal(derivation.value or ""))
            columns.append({"name": column.name, "expr": expr} if expr != column.name else column.name)
        transforms.append({"type": "select", "columns": columns})
    for join in plan.joins:
        if join.how == "anti":
            continue
        taken = [{"name": alias, "from": column} if alias != column else column for column, alias in join.columns.items()]
        transforms.append({"type": "join", "table": join.table, "how": join.how, "left_on": join.left_on, "right_on": join.right_on, "columns": taken})
        if join.where:  # 'tunings completed by each tuner, including tuners with none': the joined rows that count
            transforms[-1]["where"] = " and ".join(_condition_sql(c, {c.column: c.column}, catalog) for c in join.where)
    # a quotient in floating point: ClickHouse divides decimals at the dividend's scale (12000 / 9500.0 = 1.2)
    computed = {"multiply": "{} * {}", "divide": "toFloat64({}) / nullIf({}, 0)", "elapsed": "dateDiff('{unit}', {}, {})"}
    derived = [d for d in intent.derive if d.function in computed]
    if derived:
        columns = [{"name": d.name, "expr": computed[d.function].format(*(name_of[c] for c in d.columns), unit=d.unit)} for d in derived]
        transforms.append({"type": "derive", "columns": columns})
    for join in plan.joins:
        if join.how == "anti":
            anti = {"type": "join", "table": join.table, "how": "anti", "left_on": join.left_on, "right_on": join.right_on}
            if join.through:
                anti["through"] = [{"table": table, "left_on": left, "right_on": right} for table, left, right in join.through]
            if join.where:  # named `table.column`: several tables are joined in there
                anti["where"] = " and ".join(_condition_sql(c, {c.column: c.column}, catalog) for c in join.where)
            transforms.append(anti)
    said = [_condition_sql(c, name_of, catalog) for c in intent.conditions]
    if intent.either:  # 'Italian food or in New York': one of them
        said.append("(" + " or ".join(_condition_sql(c, name_of, catalog) for c in intent.either) + ")")
    if said:
        transforms.append({"type": "filter", "condition": " and ".join(said)})
    if intent.dedupe:
        transforms.append(_dedupe(plan))
    if intent.rank and intent.rank.column and not intent.measures:  # 'the 3 longest rivers': rows, ranked
        direction = "desc" if intent.rank.descending else "asc"
        # ties at the cut are broken by the key, else by every column in order: the same rows on every run
        ties = "".join(f", {name_of[f'{main.name}.{k}']}" for k in (main.primary_key or ([main.identifier] if main.identifier else [c.name for c in main.columns])))
        per = [name_of[c] for c in intent.rank.per]  # 'the two largest loans in each category': the first N of each
        first = "".join(f"{c}, " for c in per)
        by = f" by {', '.join(per)}" if per else ""
        sql = f"select * from {{{{ input }}}} order by {first}{name_of[intent.rank.column]} {direction}{ties} limit {intent.rank.limit}{by}"
        transforms.append({"type": "sql", "sql": sql, "columns": list(dict.fromkeys(name_of.values()))})
    own = list(dict.fromkeys(name_of.get(f"{main.name}.{c.name}", c.name) for c in main.columns))
    if intent.related_to_all:  # 'authors who wrote in both domains': each author whose rows meet every value
        every = next(c for c in intent.conditions if c.column == intent.related_to_all)
        sql = f"select {', '.join(own)} from {{{{ input }}}} group by {', '.join(own)} having uniqExact({name_of[every.column]}) = {len(every.value)}"
        transforms.append({"type": "sql", "sql": sql, "columns": own})
    elif not intent.measures and not intent.rank and any(j.fans_out for j in plan.joins):
        # 'authors who wrote publications in 2020': each author once, however many rows it met (with what was asked of theirs)
        kept = list(dict.fromkeys(own + [name_of[c] for c in intent.extra_columns]))
        transforms.append({"type": "sql", "sql": f"select distinct {', '.join(kept)} from {{{{ input }}}}", "columns": kept})
    if intent.measures:
        group_by = []
        for key in intent.group_by:
            column = name_of[key.column]
            if key.grain:
                group_by.append({"name": key.grain, "expr": GRAIN_SQL[key.grain].format(column)})
            else:
                group_by.append(column)
        shares = [m for m in intent.measures if m.function in ("share", "percentage")]
        exprs = {m.name or m.function: _measure_sql(m, name_of, catalog) for m in intent.measures if m.function not in ("share", "percentage", "quotient")}
        for m in intent.measures:  # 'the ratio of authors to organizations': one counted measure over another
            if m.function == "quotient":
                above, below = (exprs[n] for n in m.column.split(" / "))
                exprs[m.name] = f"toFloat64({above}) / nullIf({below}, 0)"
        measures = [{"name": m.name or m.function, "expr": _rounded(exprs[m.name or m.function], m, intent.decimals)} for m in intent.measures if m not in shares]
        transforms.append({"type": "aggregate", "group_by": group_by, "measures": measures})
        if shares:  # 'the share of businesses in each state': each group's measure over its total across groups
            scale = {"share": "", "percentage": "100 * "}
            def whole(m: MeasureIntent) -> str:
                return f"partition by {', '.join(name_of[k] for k in m.within)}" if m.within else ""

            columns = [{"name": m.name, "expr": _rounded(f"{scale[m.function]}{m.column} / nullIf(sum({m.column}) over ({whole(m)}), 0)", m, intent.decimals)} for m in shares]
            transforms.append({"type": "derive", "columns": columns})
        if intent.having:  # 'customers with more than 5 orders': a condition on the counted groups
            transforms.append({"type": "filter", "condition": " and ".join(f"{h.column} {h.op} {literal(h.value)}" for h in intent.having)})
        if intent.rank:  # order by the measure, keep the first rows (ties broken by the keys, deterministic)
            names = [g["name"] if isinstance(g, dict) else g for g in group_by] + [m["name"] for m in measures]
            direction = "desc" if intent.rank.descending else "asc"
            keys = "".join(f", {n}" for n in names[: len(group_by)])
            sql = f"select * from {{{{ input }}}} order by {intent.rank.measure} {direction}{keys} limit {intent.rank.limit}"
            transforms.append({"type": "sql", "sql": sql, "columns": names})

    load: dict = {"mode": intent.load_mode}
    if intent.load_mode == "incremental":
        load["cursor"] = intent.cursor
    if intent.load_mode == "upsert":
        load |= {"key": intent.key, "cursor": intent.cursor}
    elif main.primary_key:
        load["key"] = list(main.primary_key)
    target: dict = {"type": "clickhouse", "connector": warehouse, "table": plan.target_table}
    if plan.target_database:
        target["database"] = plan.target_database
    if plan.order_by and not transforms:
        target["order_by"] = plan.order_by
    if plan.partition_by:
        target["partition_by"] = plan.partition_by
    spec: dict = {
        "name": plan.pipeline_name,
        "description": plan.request.strip()[:500],
        "type": "batch" if intent.cron else "on_demand",
        "source": _source(plan, catalog),
        "target": target,
        "load": load,
        "transformations": transforms,
        "tags": {"generated_by": "ai-etl"},
    }
    if intent.cron:
        spec["schedule"] = {"cron": intent.cron, "timezone": timezone}
    if intent.replicate_every:  # 'replicate orders continuously': changes from a logical slot, no cron, no load mode
        spec |= {"type": "cdc", "cdc": {"every": intent.replicate_every}}
        del spec["load"]
        spec["target"].pop("order_by", None)
    return spec


def _condition_sql(condition: Condition, name_of: dict[str, str], catalog: Catalog | None = None) -> str:
    column = name_of.get(condition.column, condition.column.split(".")[-1])
    if condition.other:  # 'received after its commit date': two columns of the row
        return f"{column} {condition.op} {name_of.get(condition.other, condition.other.split('.')[-1])}"
    listed = _catalog_column(catalog, condition.column)
    if listed and listed.separator and condition.op in ("=", "!=", "in", "not_in"):  # 'meals with egg' of lists 'E,G,M'
        codes = [str(v) for v in condition.value] if isinstance(condition.value, list) else [str(condition.value)]
        return holds_sql(column, listed.separator, codes, negated=condition.op in ("!=", "not_in"))
    match condition.op:
        case "is_true":
            return column
        case "is_false":
            return f"not {column}"
        case "is_null":
            return f"{column} is null"
        case "not_null":  # a function, not 'is not null': no 'not' the request's own negations could be read into
            return f"isNotNull({column})"
        case "year" | "year<" | "year>" | "year>=" | "year<=":  # the year of a date: 'in 2024', 'before 2010', 'after 2019'
            return f"toYear({column}) {condition.op.removeprefix('year') or '='} {int(condition.value)}"
        case "within_last" | "in_period" | "older_than":  # 'in the last 7 days', 'this month', '60 days ago': from the day it runs
            return period_sql(column, condition.op, condition.value, _column_type(catalog, condition.column))
        case "year_between":
            low, high = (int(v) for v in condition.value)
            return f"toYear({column}) between {low} and {high}"
        case "not_in" if _said_missing(listed, condition.value):  # 'leaving out cancelled ones' of a reason its comment says is empty when there is
            # none ('NULL when not cancelled', 'only for cancelled: ...'):
            return f"({column} is null or {column} not in ({', '.join(literal(v) for v in condition.value)}))"  # those rows are not left out
        case "in" | "not_in":
            return f"{column} {'not in' if condition.op == 'not_in' else 'in'} ({', '.join(literal(v) for v in condition.value)})"
        case "contains_words":  # 'mentions customer complaints': the words in that order, anything between
            spelled = [re.sub(r"([%_\\])", r"\\\1", str(word)) for word in condition.value]
            return f"{column} ilike {literal('%' + '%'.join(spelled) + '%')}"
        case "starts_with" | "ends_with" | "contains" | "not_starts_with" | "not_ends_with" | "not_contains":
            spelled = re.sub(r"([%_\\])", r"\\\1", str(condition.value))  # the text itself, not a pattern
            shape = {"starts_with": "{}%", "ends_with": "%{}", "contains": "%{}%"}[condition.op.removeprefix("not_")]
            negated = "not " if condition.op.startswith("not_") else ""
            return f"{column} {negated}ilike {literal(shape.format(spelled))}"
    if isinstance(condition.value, (int, float)) and not isinstance(condition.value, bool) and _column_type(catalog, condition.column).startswith(TEXT_TYPES):
        column = f"toFloat64OrNull({column})"  # 'worth more than 3 credits' of a text column that holds numbers
    if condition.op == "!=" and _said_missing(listed, [condition.value]):
        return f"({column} is null or {column} != {literal(condition.value)})"  # (a missing code is not the one left out)
    return f"{column} {condition.op} {literal(condition.value)}"


def _said_missing(column: CatalogColumn | None, codes: list) -> bool:
    """Are the rows without a value of a nullable column known not to be any of `codes`: its comment says they lack the act
    the codes are kinds of ('US = cancelled by us' where 'NULL when not cancelled'; 'only for cancelled: PR = cancelled by the
    practice')? Then leaving the codes out keeps them. (Not where NULL is another state: 'NULL = not performed yet' beside
    'C = cancelled'.)"""
    if not column or not column.nullable:
        return False
    acts = {verb_lemma(w) for code in codes for name in column.value_names.get(str(code), []) for w in name.lower().split() if is_past_verb(w)}
    missing = [m[1] for n in column.null_names for m in [re.match(r"(?:not|never)\s+(?:yet\s+)?([a-z]+)", n)] if m]
    missing += re.findall(r"\bonly\s+(?:for|when|if)\s+([a-z]+)", (column.comment or "").lower())
    return bool((acts - {None}) & {verb_lemma(w) for w in missing})


def holds_sql(column: str, separator: str, codes: list[str], negated: bool = False) -> str:
    """Does the list of codes in `column` ('E,G') hold one of `codes`? A missing list holds none."""
    items = f"arrayMap(x -> trimBoth(x), splitByChar({literal(separator)}, ifNull({column}, '')))"
    quoted = ", ".join(literal(code) for code in codes)
    test = f"has({items}, {quoted})" if len(codes) == 1 else f"hasAny({items}, [{quoted}])"
    return f"not {test}" if negated else test


def _rounded(expr: str, measure: MeasureIntent, decimals: int | None) -> str:
    """'to one decimal place': an amount rounded; a count is whole already."""
    if decimals is not None and measure.function == "avg" and (plain := re.fullmatch(r"avg\(([\w.]+)\)", expr)):
        expr = _exact_aggregate("avg", plain[1])  # an average of whole minutes, 52.65, rounds as
        # PostgreSQL's numeric does (52.7), never as the float 52.6499... does
    return expr if decimals is None or measure.function in ("count", "count_distinct") else f"round({expr}, {decimals})"


def _measure_sql(measure: MeasureIntent, name_of: dict[str, str], catalog: Catalog | None = None) -> str:
    if measure.function == "count" and measure.numerator:  # 'and how many failed': the count of those rows only
        return f"countIf({' and '.join(_condition_sql(c, name_of, catalog) for c in measure.numerator)})"
    if measure.function == "count":
        return "count()"
    if measure.function == "spread" and measure.grain:  # 'how many days between the first and last': whole units
        column = name_of[measure.column]
        return f"dateDiff('{measure.grain}', min({column}), max({column}))"
    if measure.function == "ratio":  # 'the ratio of rated above 4 to below 4': two conditional counts (or sums of a column)
        def counted(conditions: list[Condition] | None) -> str:
            where = " and ".join(_condition_sql(c, name_of, catalog) for c in conditions or [])
            if measure.column:
                return f"sumIf({name_of[measure.column]}, {where})" if where else f"sum({name_of[measure.column]})"
            return f"countIf({where})" if where else "count()"

        scale = "100 * " if measure.per_hundred else ""
        return f"{scale}toFloat64({counted(measure.numerator)}) / nullIf({counted(measure.denominator)}, 0)"
    expression = QUALIFIED.sub(lambda said: name_of[said[0]], measure.column or "")
    if measure.function in ("sum", "avg", "min", "max") and (converted := UNIT_CONVERTED.fullmatch(expression)):
        return _exact_aggregate(measure.function, converted["column"], f" {converted['op']} {converted['factor']}")
    return AGGREGATE_SQL[measure.function].format(expression)


# a column in another unit of its dimension (`units.in_unit_said`): 'hours' of `mins`
UNIT_CONVERTED = re.compile(r"toFloat64\((?P<column>[\w.]+)\) (?P<op>[*/]) (?P<factor>[\d.]+)")


def _exact_aggregate(function: str, column: str, scale: str = "") -> str:
    """sum/avg/min/max of `column` in Decimal, then `scale` (' / 60', the minutes turned into hours once), as PostgreSQL's
    numeric does: 3,159 minutes are 52.65 hours, which 'to 1 decimal' rounds to 52.7; sixtieths added up in floating point
    give 52.6499... and 52.6. An average is the exact sum over the count."""
    whole = f"{'sum' if function == 'avg' else function}(toDecimal128({column}, 9)){scale}"
    return f"{whole} / nullIf(count({column}), 0)" if function == "avg" else whole


def _dedupe(plan: GroundedPlan) -> dict:
    dedupe, name_of = plan.intent.dedupe, plan.column_names
    key = [name_of[k] for k in dedupe.key]
    latest = name_of[dedupe.latest_by] if dedupe.latest_by else None  # (a date the plan does not join is a bug, never "any row")
    if not dedupe.case_insensitive and latest and not plan.primary_key and not dedupe.earliest:
        return {"type": "deduplicate", "key": key, "latest_by": latest}
    order = [f"{latest} {'asc' if dedupe.earliest else 'desc'}"] if latest else []
    order += [f"{name_of[f'{plan.main_table}.{k}']} desc" for k in plan.primary_key]
    by = ", ".join(f"lower({k})" if dedupe.case_insensitive else k for k in key)
    order_sql = f" order by {', '.join(order)}" if order else ""
    columns = list(dict.fromkeys(name_of.values()))
    return {"type": "sql", "sql": f"select * from {{{{ input }}}}{order_sql} limit 1 by {by}", "columns": columns}


def _source(plan: GroundedPlan, catalog: Catalog) -> dict:
    main = catalog.table(plan.main_table)
    if catalog.kind == "postgres":
        return {"type": "postgres", "connector": plan.connector, "table": main.name}
    source = {"type": "files", "connector": plan.connector, "path": main.path, "format": main.format, "name": main.name}
    if plan.intent.parse:
        source["transform"] = f"transforms/{plan.pipeline_name}.py"
    return source


def _column_type(catalog: Catalog | None, qualified: str) -> str:
    column = _catalog_column(catalog, qualified)
    return column.type if column else ""


def _catalog_column(catalog: Catalog | None, qualified: str) -> CatalogColumn | None:
    table, _, name = qualified.partition(".")
    found = catalog.table(table) if catalog else None
    return found.column(name) if found else None
