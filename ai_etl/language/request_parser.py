"""The built-in model's Planner: a deterministic semantic parser for ETL requests (EN and RU).

It reads the request against the source catalog, as an LLM would with the schema in its prompt:
table mentions (by name, name part, singular/plural or synonym), column mentions, values of
low-cardinality columns ("completed", "Germany", "EU"), measures (sum/count/average...), group
keys with time grains, derived columns, deduplication, anti joins, load mode, target and schedule.
Names it cannot ground are returned as such; the Schema Analyst decides what they mean.
"""

from __future__ import annotations

import re

from ai_etl.agents.contracts import (
    QUALIFIED,
    Catalog,
    CatalogTable,
    Condition,
    Dedup,
    Derivation,
    GroupKey,
    Intent,
    MeasureIntent,
    ParseStep,
    Ranking,
)
from ai_etl.catalog.joins import AmbiguousJoin, NoJoinPath, join_path
from ai_etl.catalog.values import TEXT_TYPES
from ai_etl.language.column_comparisons import read_column_comparisons
from ai_etl.language.missing_values import read_fills, read_missing_values
from ai_etl.language.money import discount_column, less_discount
from ai_etl.language.presentation import without_presentation_order, without_spoken_weekday, without_stated_units
from ai_etl.language.rankings import MONEY, MOST, counting_column, ranked_phrase, read_row_ranking
from ai_etl.language.reading import (
    PERSON_NAME,
    PEOPLE,
    SHARE_WITHIN,
    SHARE_WORD,
    Mention,
    Parse,
    blank,
    catalog_words,
    column_of,
    column_type,
    consume,
    event_column,
    is_numeric,
    label_column,
    near_tables,
    numeric_owner,
    own_and_parent_tables,
    event_column_of,
    person_name_parts,
    people_table,
    reachable,
    resolve_column,
    resolve_column_head,
    resolve_column_tail,
    resolve_table,
    year_column,
)
from ai_etl.language.request_text import (
    UNITS,
    without_nightly_adjective,
    DATA_NOUNS,
    SPOKEN_UNITS,
    verb_quantities,
    column_aliases,
    expanded_contractions,
    holds_weekday_names,
    singular,
    snake,
    table_aliases,
    translate_russian,
    with_numerals,
    with_plain_grouping,
)
from ai_etl.language.schedule_text import NUMBER, ScheduleTextError, number_value, parse_schedule
from ai_etl.language.spoken import is_past_verb, joined_compounds, lemma, spoken_words, synonyms, table_prefix, verb_lemma
from ai_etl.language.signs import read_signs
from ai_etl.language.said_values import on_referencing_columns, read_said_values
from ai_etl.language.text_patterns import read_text_patterns
from ai_etl.language.value_conditions import read_value_conditions, table_of_said_values
from ai_etl.language.dates import read_dates
from ai_etl.language.years import read_years, when_column

GRAINS = {
    "hour": "hour", "hourly": "hour", "day": "day", "days": "day", "daily": "day", "date": "day",
    "week": "week", "weekly": "week", "weeks": "week", "month": "month", "monthly": "month", "months": "month",
    "quarter": "quarter", "quarterly": "quarter", "year": "year", "yearly": "year", "annual": "year", "years": "year",
}  # fmt: skip
MONEY_WORDS = {"revenue", "sales", "amount", "amounts", "spend", "spent", "turnover", "value", "gmv", "income", "sum"}
STOP = {
    "for", "from", "with", "in", "to", "into", "where", "only", "loaded", "load", "run", "every", "and", "then",
    "refreshed", "updated", "daily", "hourly", "weekly", "monthly", "on", "at", "of", "the", "a", "an", "i",
    "using", "as", "that", "which", "who", "keeping", "calculating", "computing", "counting", "summing",
}  # fmt: skip
DESTRUCTIVE = re.compile(
    r"\b(drop|delete|truncate|alter|update\s+\w+\s+set|insert\s+into|grant|revoke|remove|wipe|erase|purge|"
    r"destroy|overwrite the source|удал\w*|очист\w*)\b",
    re.IGNORECASE,
)


def parse_request(request: str, catalog: Catalog) -> Intent:
    """The Intent of `request` grounded as far as the catalog allows (see module docstring)."""
    original = request.strip()
    if not original:
        return Intent(refusal="The request is empty; say which data to load, from where, and when.")
    try:
        schedule = parse_schedule(original)
    except ScheduleTextError as err:
        return Intent(refusal=str(err))
    text = joined_compounds(with_plain_grouping(with_numerals(expanded_contractions(translate_russian(original).lower()))), catalog_words(catalog))
    text = without_stated_units(without_presentation_order(text), [c.name for t in catalog.tables for c in t.columns])
    text = re.sub(r"(\w)['’]s\b", r"\1", text)  # customer's email -> customer email
    text = without_nightly_adjective(without_spoken_weekday(text), [c.name for t in catalog.tables for c in t.columns])
    p = Parse(catalog=catalog, text=text, original=original, normalized=text)
    p.intent.cron, p.intent.schedule_phrase, p.intent.replicate_every = schedule.cron, schedule.phrase, schedule.every
    said = list(re.finditer(rf"(?<![\w]){re.escape(schedule.phrase.lower())}(?![\w])", p.text)) if schedule.cron else []
    if said:  # 'every Monday at 6 AM' is when it runs, never a condition on a weekday column (the last one said:
        consume(p, said[-1])  # in 'daily revenue, daily at 2 AM' the first 'daily' is a grouping)
    _target(p)
    _explicit_source(p)
    _load_mode(p)
    p.spread = SPREAD.search(p.text)
    if p.spread:
        blank(p, p.spread.start(), p.spread.start("rest"))
    _top_groups(p)
    _share(p)
    _ratio(p)
    _count_threshold(p)
    _measure_threshold(p)
    _count_per_subject(p)
    _explicit_conditions(p)
    read_said_values(p)
    mentions = _table_mentions(p)
    _choose_main(p, mentions)
    if p.intent.main_table is None:
        if not p.intent.unknown_tables:
            tables = ", ".join(t.name for t in catalog.tables)
            p.intent.refusal = f"The request does not say which data to load; name a table of the source ({tables})."
        return p.intent
    _load_columns(p)
    on_referencing_columns(p)
    _same_values(p)
    _repeated_values(p)
    read_text_patterns(p)
    _never_related_to_values(p)
    _anti_join(p, mentions)
    read_fills(p)
    read_column_comparisons(p)
    read_missing_values(p)
    read_signs(p)
    _through_tables(p, mentions)
    _parse_steps(p)
    _dedupe(p)
    _derivations(p)
    _related_columns(p, mentions)
    _group_by(p, mentions)
    _group_of_the_act(p)
    _their_measures(p)
    _measures(p)
    _share_within(p)
    _measured_rows(p)
    _flag_rate(p)
    _measures_of_many(p)
    _quotient_base(p)
    read_value_conditions(p)
    _related_to_all(p)
    read_dates(p, when_column(p))
    read_years(p)
    _either(p)
    _ranking(p)
    if p.intent.rank and p.top:
        p.intent.rank.limit = p.top
    read_row_ranking(p)
    main = catalog.table(p.intent.main_table)
    if p.intent.group_by and not p.intent.measures and {g.column for g in p.intent.group_by} <= {f"{main.name}.{k}" for k in [*(main.primary_key or [main.identifier]), label_column(main)]}:
        p.intent.group_by = []  # 'the population per area for each state' over states: each row is one already
    if p.intent.group_by and not p.intent.measures:
        p.intent.measures.append(MeasureIntent(function="count", name="rows"))
    p.intent.related_tables = sorted({c.split(".")[0] for c in p.intent.qualified_columns()} - {p.intent.main_table})
    return p.intent


# ------------------------------------------------------------------ clauses


def _target(p: Parse) -> None:
    """'to ClickHouse table analytics.daily_sales', "into table 'x'", 'to ClickHouse db.table'."""
    patterns = [
        r"\b(?:to|into|in)\s+(?:the\s+)?clickhouse\s+(?:table\s+)?[`'\"]?([a-z_]\w*)\.([a-z_]\w*)[`'\"]?",
        r"\b(?:to|into|in)\s+(?:the\s+)?clickhouse\s+table\s+[`'\"]?([a-z_]\w*)[`'\"]?()",
        r"\b(?:to|into|in)\s+(?:the\s+)?clickhouse\s+[`'\"]([a-z_]\w*)[`'\"]()",
        r"\b(?:into|as)\s+(?:a\s+|the\s+)?(?:clickhouse\s+)?(?:table\s+)?(?P<q>[`'\"])([a-z_]\w*)(?P=q)()",
        # 'a table named "x"', not 'the branch named "North"' (a condition, `said_values`)
        r"\b(?:table|clickhouse)\s+(?:named|called)\s+(?P<n>[`'\"])([a-z_]\w*)(?P=n)()",
        r"\b(?:into|to)\s+(?:the\s+)?(?:clickhouse\s+)?table\s+([a-z_]\w*)()",
        # a made-up name: 'into category_item_value', 'refresh a table pending_orders with ...'
        r"\binto\s+(?:a\s+|the\s+)?([a-z][a-z0-9]*_[a-z0-9_]*[a-z0-9])\b()",
        r"\b(?:refresh|build|create|fill|maintain|make|keep|write|produce)\s+(?:a|the|an)\s+(?:new\s+)?table\s+([a-z_]\w*)\b()",
    ]
    for pattern in patterns:
        if (match := re.search(pattern, p.text)) and not (match.re.pattern in patterns[-2:] and p.catalog.table(match[1])):
            first, second = match.groups()[-2:]
            p.intent.target_database, p.intent.target_table = (first, second) if second else (None, first)
            consume(p, match)
            return


def _explicit_source(p: Parse) -> None:
    """'from PostgreSQL table sales_transactions', "table 'users'", 'the orders table'."""
    patterns = [
        r"\b(?:postgres(?:ql)?\s+)?table\s+[`'\"]?([a-z_]\w*)[`'\"]?",
        r"\b(?:the\s+)?(?:postgres(?:ql)?\s+)?[`'\"]?([a-z_]\w*)[`'\"]?\s+table\b",
    ]
    skip = {"postgres", "postgresql", "clickhouse", "source", "target", "whole", "entire", "new", "this", "that"} | STOP | {
        "including", "by", "per", "result", "results", "one", "same", "my", "our", "your"
    }
    for pattern in patterns:
        for match in re.finditer(pattern, p.text):
            name = match[1]
            if name in skip or name in DATA_NOUNS:
                continue
            if p.catalog.table(name):
                p.intent.main_table = name
            elif resolve_table(p.catalog, name) is None:
                p.intent.unknown_tables.append(name)
                continue
            else:
                p.intent.main_table = resolve_table(p.catalog, name)
            consume(p, match)
            return


WORDS_OF_A_COLUMN = r"([a-z_]\w*(?:\s+[a-z_]\w*){0,2})"  # 'by updated_at', 'by order date': read against the main table later


def _load_mode(p: Parse) -> None:
    if match := re.search(rf"\bincremental(?:ly)?\s+(?:by|on|using|with)\s+(?:the\s+)?{WORDS_OF_A_COLUMN}", p.text):
        p.intent.load_mode, p.intent.cursor = "incremental", match[1]
        consume(p, match)
    elif match := re.search(rf"\b(?:upsert|merge|dedupe)\s+(?:on|by|using)\s+(?:the\s+)?{WORDS_OF_A_COLUMN}", p.text):
        p.intent.load_mode, p.intent.key = "upsert", [match[1]]
        consume(p, match)
    elif re.search(r"\b(including|with|and)\s+updates\b|\bupsert\b|\bkeep (it )?in sync\b|\bchanged rows\b", p.text):
        p.intent.load_mode = "upsert"
    elif match := re.search(r"\bincremental(?:ly)?\b|\bonly new (rows|records)\b|\bappend new\b", p.text):
        p.intent.load_mode = "incremental"
    said_cursor = rf"\b(?:rows|records|changes)\s+(?:by|on|using|via|based\s+on)\s+(?:the\s+|their\s+|its\s+)?{WORDS_OF_A_COLUMN}"
    if p.intent.load_mode != "full_refresh" and not p.intent.cursor and (match := re.search(said_cursor, p.text)):
        p.intent.cursor = match[1]  # 'picking up new and changed rows by updated_at': the column that finds them
        consume(p, match)


def _load_columns(p: Parse) -> None:
    """The cursor and key said as words ('incrementally by order date' -> `o_orderdate`): the longest
    first words that name a column of the main table, else the first word as said (refused later, naming it)."""
    main = p.catalog.table(p.intent.main_table)

    def column(said: str | None) -> str | None:
        if not said:
            return said
        words_ = said.split()
        return next((c for n in range(len(words_), 0, -1) if (c := column_of(main, " ".join(words_[:n])))), words_[0])

    p.intent.cursor = column(p.intent.cursor)
    p.intent.key = [column(k) for k in p.intent.key]


# Words that compare a number ('above 100', 'at least 3 orders', 'exactly 2').
COMPARISONS = {
    "above": ">", "over": ">", "greater than": ">", "more than": ">", "higher than": ">", "at least": ">=",
    "below": "<", "under": "<", "less than": "<", "lower than": "<", "at most": "<=", "equal to": "=",
    "fewer than": "<", "no more than": "<=", "no fewer than": ">=", "no less than": ">=", "exactly": "=",
}  # fmt: skip
# Comparatives that also say what is compared ('longer than 200 km': a distance or a duration).
COMPARATIVES: dict[str, tuple[str, tuple[str, ...]]] = {
    "longer than": (">", ("length", "distance", "duration")), "shorter than": ("<", ("length", "distance", "duration")),
    "heavier than": (">", ("weight",)), "lighter than": ("<", ("weight",)), "bigger than": (">", ("size", "area", "capacity")),
    "larger than": (">", ("size", "area", "capacity")), "smaller than": ("<", ("size", "area", "capacity")),
    "taller than": (">", ("height",)), "faster than": (">", ("speed",)), "slower than": ("<", ("speed",)),
    "more expensive than": (">", MONEY), "pricier than": (">", MONEY), "cheaper than": ("<", MONEY),
}  # fmt: skip
COMPARISONS |= {phrase: op for phrase, (op, _) in COMPARATIVES.items()}


def column_of_any(catalog: Catalog, phrase: str) -> str:
    """The column name a phrase says in the first table that has it (qualified later against the main table)."""
    return next(c for t in catalog.tables if (c := column_of(t, phrase)))


def _explicit_conditions(p: Parse) -> None:
    """`status = 'completed'`, `amount > 0` written in the request."""
    pattern = r"\b([a-z_]\w*)\s*(=|==|!=|<>|>=|<=|>|<)\s*('[^']*'|\"[^\"]*\"|-?\d+(?:\.\d+)?|true|false)"
    for match in re.finditer(pattern, p.text):
        column, op, raw = match[1], match[2], match[3]
        op = {"==": "=", "<>": "!="}.get(op, op)
        value: str | float | bool = raw.strip("'\"") if raw[0] in "'\"" else raw
        if value in ("true", "false"):
            value = value == "true"
        elif raw[0] not in "'\"":
            value = float(raw) if "." in raw else int(raw)
        if raw[0] in "'\"":  # the original casing of a quoted literal
            value = p.original[match.start(3) + 1 : match.end(3) - 1] if len(p.original) == len(p.text) else value
        p.intent.conditions.append(Condition(column=column, op=op, value=value))
        consume(p, match)
    phrase = "|".join(sorted(COMPARISONS, key=len, reverse=True))
    for match in re.finditer(rf"\b({phrase})\s+\$?(-?\d+(?:\.\d+)?)\s+([a-z_]+)\b", p.text):  # 'fewer than 100000 people'
        said = [match[3], *sorted(synonyms(lemma(match[3])))]  # 'more than 300 pages' is `pages` itself
        column = next((w for w in said if any(column_of(t, w) and is_numeric(t.column(column_of(t, w)).type) for t in p.catalog.tables)), None)
        column = column_of_any(p.catalog, column) if column else None
        tallies = {f"{t.name}.{c}" for t in p.catalog.tables if (c := counting_column(t, match[3]))}
        column = column or (tallies.pop() if len(tallies) == 1 else None)  # 'more than 10 citations': `citation_num`
        column = column or _column_written_in(p, match[3], COMPARATIVES.get(match[1], ("", ()))[1])  # 'longer than 200 km': `distance_km`
        if column:
            number = float(match[2]) if "." in match[2] else int(match[2])
            p.intent.conditions.append(Condition(column=column, op=COMPARISONS[match[1]], value=number))
            consume(p, match)
    bound = r"or\s+(?P<dir>more|less|fewer|higher|lower|above|below|greater|over|under)"
    for match in re.finditer(rf"\b(?P<verb>[a-z_]+)\s+\$?(?P<n>-?\d+(?:\.\d+)?)\s+(?P<unit>[a-z_]+)\s+{bound}\b", p.text):
        # 'vehicles that can carry 1000 kg or more': the quantity the verb states, or the column in that unit
        column = _quantity_of_verb(p, p.text[: match.end("verb")], match["verb"]) or _column_written_in(p, match["unit"])
        if column:
            op = ">=" if match["dir"] in ("more", "higher", "above", "greater", "over") else "<="
            p.intent.conditions.append(Condition(column=column, op=op, value=float(match["n"]) if "." in match["n"] else int(match["n"])))
            blank(p, match.start("n"), match.end())
    for match in re.finditer(rf"\b([a-z_]+(?:\s+[a-z_]+)?)\s+(?:is\s+|of\s+)?({phrase})\s+\$?(-?\d+(?:\.\d+)?)\b", p.text):
        number = float(match[3]) if "." in match[3] else int(match[3])
        before = p.text[: match.start()]
        column = _column_of_table_before(p, before, match[1]) or _column_of_table_before(p, before + match[1].split()[0], match[1].split()[-1])
        said = match[1].split()[-1]
        column = column or _quantity_of_verb(p, before + match[1], said)
        if column is None and " " in match[1] and (named := resolve_column(p, match[1])) and is_numeric(column_type(p, named)):
            column = named  # 'a base rate above 400': the two words are the column's name
        if column is None and (table := resolve_table(p.catalog, said)) and (column := _one_measured_number(p.catalog.table(table))):
            p.intent.conditions.append(Condition(column=column, op=COMPARISONS[match[2]], value=number))
            blank(p, match.start(2), match.end())  # 'orders above 1000': an order's one number; 'orders' still names the rows
            continue
        if not column and not any(column_of(t, said) for t in p.catalog.tables) and said in NOT_COLUMNS:
            continue  # 'publications have more than 10 ...': no column is named here
        p.intent.conditions.append(Condition(column=column or said, op=COMPARISONS[match[2]], value=number))
        consume(p, match)


def _column_written_in(p: Parse, unit: str, dimensions: tuple[str, ...] = ()) -> str | None:
    """The one numeric column written in `unit` (`distance_km`, `weight_kg`) of the nearest table that has one;
    of those, the one measuring what a comparative says ('longer': a distance, not an odometer reading)."""
    if unit not in UNITS:
        return None
    groups = [[t] for t in near_tables(p)] if p.intent.main_table else [list(p.catalog.tables)]
    for tables in groups:
        found = [(t, c.name) for t in tables for c in t.columns if is_numeric(c.type) and (c.name == unit or c.name.endswith(f"_{unit}"))]
        measured = [(t, c) for t, c in found if set(dimensions) & set(spoken_words(c, table_prefix([x.name for x in t.columns])))]
        found = measured if dimensions and measured else found
        if found:
            return f"{found[0][0].name}.{found[0][1]}" if len(found) == 1 else None
    return None


def _quantity_of_verb(p: Parse, said: str, verb: str) -> str | None:
    """The numeric column a quantity verb states of the table named before it ('tickets that cost' ->
    `ticket.price`), else of the one table with such a column."""
    if not verb_quantities(verb):
        return None
    named = [t for w in reversed(re.findall(r"[a-z_]+", said)[-4:]) if (t := resolve_table(p.catalog, w))]
    tables = [p.catalog.table(t) for t in named[:1]] or list(p.catalog.tables)
    for word in verb_quantities(verb):
        found = {f"{t.name}.{c.name}" for t in tables for c in t.columns if is_numeric(c.type) and word in spoken_words(c.name, table_prefix([x.name for x in t.columns]))}
        if len(found) == 1:
            return found.pop()
    return None


NOT_COLUMNS = {"have", "has", "had", "having", "with", "are", "is", "was", "were", "be", "got", "get", "gets", "received", "made", "make"}


def _one_measured_number(table: CatalogTable) -> str | None:
    """The table's one numeric column that is no key or reference (an order's `amount`), if it has one only."""
    keys = set(table.primary_key) | set(table.references) | {table.identifier}
    found = [c.name for c in table.columns if is_numeric(c.type) and c.name not in keys and not re.search(r"(^|_)(id|key|no|code)$", c.name)]
    return f"{table.name}.{found[0]}" if len(found) == 1 else None


def _column_of_table_before(p: Parse, before: str, phrase: str) -> str | None:
    """'states with an area greater than 1000': the column of the table named right before it
    ('with', 'whose', 'that have' between), when that table has such a number."""
    said = re.search(r"\b([a-z_]+)\s+(?:with|whose|that\s+have|that\s+has|having|where)(?:\s+(?:a|an|the|their|its))?\s*$", before)
    table = p.catalog.table(resolve_table(p.catalog, said[1]) or "") if said else None
    column = column_of(table, phrase) if table else None
    return f"{table.name}.{column}" if column and is_numeric(table.column(column).type) else None


RATIO = re.compile(
    r"\b(?:the\s+)?(?:ratio|proportion|share|fraction)\s+of\s+(?P<num>.+?)\s+(?:to|versus|vs\.?|compared\s+(?:to|with)|out\s+of)\s+"
    r"(?P<den>.+?)(?=\s+(?:in|for|within|among|across|overall|per|by)\b|[?.!,;]|$)"
)


def _ratio(p: Parse) -> None:
    """'the ratio of restaurants with a rating above 4 to restaurants with a rating below 4',
    'the share of Italian restaurants out of all restaurants': two counts of one table's rows, each
    side's conditions read on their own. Anything else about a ratio is left to the coverage check."""
    match = RATIO.search(p.text)
    if not match:
        return
    measured = [_measured_side(p.catalog, part) for part in (match["num"], match["den"])]
    if any(measured) and not all(measured):  # 'of the United States to the population of California': the same rows' number
        known = next(m for m in measured if m)
        measured = [m or _measured_side(p.catalog, part, known[0]) for m, part in zip(measured, (match["num"], match["den"]))]
    if any(measured):  # 'the length of the Mississippi to the length of the Rhine': one column, summed on each side
        if measured[0] != measured[1]:
            return
        sides = [measured[0][0]] * 2
    else:
        sides = []
        for part in (match["num"], match["den"]):
            table = next(_tables_named(p.catalog, part), None)
            if table is None:
                return
            sides.append(table)
    if sides[0] != sides[1]:
        _quotient_of_counts(p, match, *sides)
        return
    table = sides[0]

    def side_conditions(part: str) -> list[Condition]:
        return _clause_conditions(p, part, table).intent.conditions

    conditions = [side_conditions(match["num"]), side_conditions(match["den"])]
    end = match.end()
    rest = re.match(r"[^?.!;]*", p.text[match.end("den") :])[0]
    if rest.strip():  # 'businesses in California to businesses in New York': the den's own 'in ...' like the num's
        longer = side_conditions(match["den"] + rest)
        said_both = {c.column for c in conditions[0]} & {c.column for c in longer} - {c.column for c in conditions[1]}
        if said_both:
            conditions[1], end = longer, match.end("den") + len(rest)
    everything = re.match(r"\s*(?:the\s+)?(?:total\s+number\s+of\s+|number\s+of\s+)?all\b|\s*(?:the\s+)?total\b", match["den"])
    if not conditions[0] or not (conditions[1] or everything):
        return  # a side whose rows the request does not say
    p.intent.main_table = table
    column = f"{table}.{measured[0][1]}" if measured[0] else None
    p.intent.measures.append(MeasureIntent(function="ratio", name="ratio", column=column, numerator=conditions[0], denominator=conditions[1] or None))
    blank(p, match.start(), end)


def _quotient_of_counts(p: Parse, match: re.Match, counted: str, per: str) -> None:
    """'the ratio of authors to organizations (by continent)': how many of each, counted by their
    identifiers, and one over the other, where one table refers to the other (the rows are joined
    keeping those with no match: an organization without authors still counts). Which table the rows
    start from is settled once the grouping is known (`_quotient_base`)."""
    if any(re.search(r"\b(?:with|whose|where|that|which|who)\b", side) for side in (match["num"], match["den"])):
        return  # a side with its own condition is not read here (coverage names it)
    linked = _reference(p.catalog, counted, per) or _reference(p.catalog, per, counted)
    ids = [p.catalog.table(counted).identifier, p.catalog.table(per).identifier]
    if not linked or None in ids:
        return  # 'publications to authors' (through a link table, or no key to count by): not one pipeline's rows
    names = [snake(f"{counted}_count"), snake(f"{per}_count")]
    p.intent.main_table = counted
    p.intent.measures += [
        MeasureIntent(function="count_distinct", column=f"{counted}.{ids[0]}", name=names[0]),
        MeasureIntent(function="count_distinct", column=f"{per}.{ids[1]}", name=names[1]),
        MeasureIntent(function="quotient", column=f"{names[0]} / {names[1]}", name="ratio"),
    ]
    consume(p, match)


def _quotient_base(p: Parse) -> None:
    """A quotient of two tables' counts grouped by a column of the other table starts from that table:
    'authors to organizations by continent' reads organizations (each one counted, authors or not)."""
    quotient = next((m for m in p.intent.measures if m.function == "quotient"), None)
    if quotient is None or not p.intent.group_by:
        return
    tables = {m.column.split(".")[0] for m in p.intent.measures if m.function == "count_distinct" and m.name in quotient.column.split(" / ")}
    grouped = {g.column.split(".")[0] for g in p.intent.group_by}
    if len(grouped) == 1 and (other := grouped & tables - {p.intent.main_table}):
        p.intent.main_table = other.pop()


def _tables_named(catalog: Catalog, phrase: str):
    """The tables the spans of a phrase name, longest spans first."""
    words_ = phrase.split()
    spans = (" ".join(words_[i : i + n]) for n in range(len(words_), 0, -1) for i in range(len(words_) - n + 1))
    return (t for span in spans if (t := resolve_table(catalog, span)))


def _reference(catalog: Catalog, child: str, parent: str) -> str | None:
    """The column of `child` that refers to `parent`, if one does."""
    return next((column for column, ref in catalog.table(child).references.items() if ref.split(".")[0] == parent), None)


def _measured_side(catalog: Catalog, part: str, other_side: str | None = None) -> tuple[str, str] | None:
    """'the population of California': (table, numeric column) of a ratio's side that names a column of
    some rows; the table is the one the rest names, else the only one with such a column, else the
    table the other side measures."""
    said = re.match(r"\s*(?:the\s+)?(?:total\s+)?(?P<col>[a-z_]+(?:\s+[a-z_]+)?)\s+of\s+(?P<rest>.+)", part)
    if not said:
        return None
    tables = list(_tables_named(catalog, said["rest"])) or [numeric_owner(catalog, said["col"]) or other_side]
    for table in filter(None, tables):
        if (column := column_of(catalog.table(table), said["col"])) and is_numeric(catalog.table(table).column(column).type):
            return table, column
    return None


def _top_groups(p: Parse) -> None:
    """'top 5 customers by revenue', 'the 3 regions with the most orders': the first N groups by a
    measure, read as 'which customers have the most revenue' keeping N. Only where what is ranked is
    not a column of the ranked rows themselves ('top 5 states by area' ranks rows: `read_row_ranking`)."""
    most = "most|highest|largest|biggest|greatest|fewest|least|lowest|smallest"
    measured = r"(?P<y>(?:total\s+|average\s+|avg\s+|mean\s+|number\s+of\s+|count\s+of\s+)?[a-z_]+(?:\s+[a-z_]+)?)"
    patterns = [
        rf"\btop\s+(?P<n>{NUMBER})\s+(?P<x>[a-z_]+(?:\s+[a-z_]+)?)\s+(?:by|per|in\s+terms\s+of)\s+(?:the\s+)?(?:(?P<adj>{most})\s+)?{measured}",
        rf"\b(?:the\s+)?(?:top\s+)?(?P<n>{NUMBER})\s+(?P<x>[a-z_]+(?:\s+[a-z_]+)?)\s+(?:with|that\s+have|having|who\s+have|have|has)\s+the\s+(?P<adj>{most})\s+{measured}",
    ]
    for pattern in patterns:
        match = re.search(pattern, p.text)
        if not match:
            continue
        x_table = resolve_table(p.catalog, match["x"].split()[-1])
        if x_table and column_of(p.catalog.table(x_table), match["y"]):
            return  # 'top 3 businesses in terms of review count': a column of theirs (`review_count`), rows ranked
        y_words = re.sub(r"^(?:total|average|avg|mean|number of|count of)\s+", "", match["y"]).split()
        y_phrases = [" ".join(y_words[:n]) for n in range(len(y_words), 0, -1)] + [" ".join(y_words[-n:]) for n in range(len(y_words) - 1, 0, -1)]
        y_table = next((t for phrase in y_phrases if (t := resolve_table(p.catalog, phrase))), None)  # 'completed appointments'
        y_owner = y_table or numeric_owner(p.catalog, " ".join(y_words)) or numeric_owner(p.catalog, y_words[0])
        money = bool(set(y_words) & MONEY_WORDS)
        if x_table and not money and (y_owner is None or y_owner == x_table):
            return  # a column of the ranked rows themselves, or nothing known: rows ranked, not groups
        if x_table and match["y"].startswith("number of") and counting_column(p.catalog.table(x_table), y_words[0]):
            return  # 'the 3 albums with the highest number of tracks' over album.track_count: rows ranked by it
        n = number_value(match["n"])
        adjective = match["adj"] or "most"
        said = f"which {match['x']} have the {adjective} {match['y']}"
        head = re.sub(r"\b(?:what|which)\s+(?:are|is|were|was)\s+(?:the\s+)?$", "", p.text[: match.start()])  # 'what are the top 5 ...'
        p.text = head + said + p.text[match.end() :]
        p.normalized = p.normalized.replace(match[0], said, 1)
        p.top = n
        return


SHARE = re.compile(
    r"\b(?:the\s+)?(?P<kind>percentage|percent|share|proportion|fraction|ratio)\s+of\s+(?:the\s+)?(?:total\s+)?(?:number\s+of\s+)?"
    r"(?P<what>[a-z_]+(?:\s+[a-z_]+)?)\s+(?:in\s+each|for\s+each|in\s+every|per|by)\s+(?P<group>[a-z_]+(?:\s+[a-z_]+)?)"
    r"(?:\s+(?:to|out\s+of|compared\s+to|versus|of)\s+(?:the\s+)?(?:total\s+|overall\s+)?(?:number\s+of\s+)?(?:all\s+)?(?P<whole>[a-z_]+)"
    r"(?:\s+in\s+the\s+database|\s+overall|\s+in\s+total)?)?"
)


PERCENT_OF = re.compile(
    r"\b(?:the\s+)?(?P<kind>percentage|percent|share|proportion|fraction)\s+of\s+(?:the\s+|all\s+)?(?P<what>[a-z_]+)\s+"
    r"(?P<cond>(?:(?:in|at|for|from)\s+each\s+[a-z_]+\s+|per\s+[a-z_]+\s+)?"  # the group may come first: 'of loans in each branch were lost'
    r"(?:(?:who|that|which|are|is|were|was)\s+[^?.;,]+|(?!in\b|for\b|per\b|by\b|of\b|to\b)[a-z]+\s+[^?.;,]+))"
)


# 'what percentage of all tickets does each tier account for'
SHARE_OF_EACH = re.compile(
    r"\b(?:the\s+)?(?P<kind>percentage|percent|share|proportion|fraction)\s+of\s+(?:the\s+)?(?:all\s+)?(?:the\s+)?(?P<what>[a-z_]+)\s+"
    r"(?:does|do|did)\s+each\s+(?P<group>[a-z_]+(?:\s+[a-z_]+)?)\s+(?:account\s+for|make\s+up|represent|hold|have|get)\b"
)


def _clause_conditions(p: Parse, clause: str, table: str) -> Parse:
    """The conditions one clause says of `table`'s rows ('VIP tickets', 'work remotely'), read on their
    own, with values as the request wrote them ('VIP', not 'vip'); the Parse keeps what was left over."""
    written = re.search(re.escape(clause.strip()), p.original, re.IGNORECASE)
    side = Parse(catalog=p.catalog, text=f" {clause} ", original=f" {written[0] if written else clause} ")
    side.intent.main_table = table
    _explicit_conditions(side)
    read_value_conditions(side)
    read_dates(side, when_column(side))  # 'what share of all papers were published in 2020'
    read_years(side)
    return side


def _flags_rated(p: Parse, tables: list[CatalogTable]) -> list[tuple[re.Match, str]]:
    """'pass rate' over a `passed` column: each '<word> rate' and the one yes/no column of `tables` the word names."""
    found = []
    for match in re.finditer(r"\b([a-z]+)\s+rates?\b", p.text):
        said = lemma(match[1])
        flags = [f"{t.name}.{c.name}" for t in tables for c in t.columns if c.type == "boolean" and said in {lemma(w) for w in spoken_words(c.name)} - {"be", "have"}]
        if len(flags) == 1:
            found.append((match, flags[0]))
    return found


def _flag_rate(p: Parse) -> None:
    """'the pass rate', 'cancellation rate as a percentage': the share of rows whose yes/no column the word
    names (`passed`, `is_cancelled`), over all rows; in percent where the request says so."""
    tables = [p.catalog.table(p.intent.main_table), *(p.catalog.table(n) for n in reachable(p))]
    for match, flag in _flags_rated(p, tables):
        flags = [flag]
        if len(flags) != 1 or any(m.function == "ratio" for m in p.intent.measures):
            continue
        percent = bool(re.search(r"\b(?:percent(?:age)?s?|%)", p.text))
        name = f"{match[1]}_rate" + ("_pct" if percent else "")
        p.intent.measures.append(MeasureIntent(function="ratio", name=name, numerator=[Condition(column=flags[0], op="is_true")], per_hundred=percent))
        consume(p, match)


def _percent_of_rows(p: Parse) -> bool:
    """'what percentage of the employees work remotely (for each office city)': the rows that meet a
    condition over all rows, counted in each group said elsewhere."""
    match = PERCENT_OF.search(p.text)
    table = resolve_table(p.catalog, match["what"]) if match else None
    if table is None:
        return False
    grouped = EACH_GROUP.search(match["cond"])  # 'of appointments at each clinic were no-shows': the group stays to be read
    clause = match["cond"][: grouped.start()] + match["cond"][grouped.end() :] if grouped else match["cond"]
    side = _clause_conditions(p, clause, table)
    leftover = re.findall(r"[a-z]+", side.text)
    if not side.intent.conditions or len(leftover) > 3:
        return False  # the condition is not read whole: not this reading
    p.intent.main_table = table
    name = {"percent": "percentage"}.get(match["kind"], match["kind"])
    p.intent.measures = [MeasureIntent(function="ratio", name=name, numerator=side.intent.conditions, per_hundred=name == "percentage")]
    if grouped:
        start = match.start("cond")
        blank(p, match.start(), start + grouped.start())
        blank(p, start + grouped.end(), match.end())
    else:
        blank(p, match.start(), match.end())
    return True


EACH_GROUP = re.compile(r"\b(?:at|in|for|of|from)\s+each\s+[a-z_]+\b|\bper\s+[a-z_]+\b")


def _share(p: Parse) -> None:
    """'the share of businesses in each state', 'the percentage of orders per region', 'the ratio of
    the number of businesses in each state to the total number of businesses': each group's count
    over the count of all rows (a window over the groups). Only where the rows shared and the whole
    are the same table's."""
    if _percent_of_rows(p):  # 'of loans in each branch were lost': the lost ones over each branch's loans
        return
    match = SHARE.search(p.text) or SHARE_OF_EACH.search(p.text)
    if not match:
        return
    words_ = match["what"].split()
    table = next((t for n in range(len(words_), 0, -1) if (t := resolve_table(p.catalog, " ".join(words_[:n])))), None)
    whole = match.groupdict().get("whole")
    if table is None or (whole and resolve_table(p.catalog, whole) != table):
        return
    p.intent.main_table = table
    group_words = match["group"].split()
    found = next(((k, n) for n in range(len(group_words), 0, -1) if (k := _group_key(p, " ".join(group_words[:n]), True))), None)
    if found is None:
        p.intent.main_table = None
        return
    key, n = found
    p.intent.group_by = [k for k in (key, _label_of_named_reference(p, key, " ".join(group_words[:n]))) if k]
    count = snake(f"{table}_count")
    function = "percentage" if match["kind"] in ("percentage", "percent") else "share"
    p.intent.measures = [MeasureIntent(function="count", name=count), MeasureIntent(function=function, column=count, name=function)]
    end = match.end("group") - len(" ".join(group_words[n:])) if n < len(group_words) else match.end()
    blank(p, match.start(), end)




def _count_per_subject(p: Parse) -> None:
    """'Which users have posted reviews ..., and how many reviews have they posted?': the counted rows
    (reviews) grouped by their reference to the subject (users, with its name), never one total."""
    if p.intent.main_table:
        return
    match = re.search(r"\b(?:which|what)\s+(?P<x>[a-z_]+)\b.*?\bhow\s+many\s+(?P<y>[a-z_]+(?:\s+[a-z_]+)?)", p.text)
    if not match:
        return
    subject = resolve_table(p.catalog, match["x"])
    words_ = match["y"].split()
    counted = next((t for n in range(len(words_), 0, -1) if (t := resolve_table(p.catalog, " ".join(words_[:n])))), None)
    if not subject or not counted or subject == counted:
        return
    reference = _reference(p.catalog, counted, subject)
    if reference is None:
        return  # counted through a bridge: not read here
    p.intent.main_table = counted
    key = GroupKey(column=f"{counted}.{reference}")
    p.intent.group_by = [k for k in (key, _label_of_named_reference(p, key, match["x"])) if k]


def _count_threshold(p: Parse) -> None:
    """'customers with more than 5 orders', 'authors who wrote at least 3 papers', 'stores with 10 or more
    employees': the rows counted (orders) grouped by their reference to the subject (customers, with its
    name), the groups kept by the count. Only where the counted table refers to the subject directly."""
    if p.intent.main_table:
        return
    compared = "|".join(sorted(COMPARISONS, key=len, reverse=True))
    counted_words = r"(?P<counted>[a-z_]+(?:\s+[a-z_]+)?)"
    patterns = [
        rf"\b(?P<cmp>{compared})\s+(?P<n>{NUMBER})\s+{counted_words}",
        rf"\b(?P<n>{NUMBER})\s+(?P<cmp>or more|or fewer|or less)\s+{counted_words}",
    ]
    for pattern in patterns:
        match = re.search(pattern, p.text)
        if not match:
            continue
        words_ = match["counted"].split()  # 'completed orders': the value stays in the text for its condition
        counted = next((t for i in range(len(words_)) for j in range(len(words_), i, -1) if (t := resolve_table(p.catalog, " ".join(words_[i:j])))), None)
        before = re.findall(r"[a-z_]+", p.text[: match.start()])[-4:]  # 'customers (who have) placed', 'regions with'
        said = next((w for w in reversed(before) if resolve_table(p.catalog, w) or (counted and column_of(p.catalog.table(counted), w))), None)
        if not said or not counted:
            return
        subject = resolve_table(p.catalog, said)
        holder = counted
        if subject:  # another table: grouped by the counted rows' reference to it
            reference = _reference(p.catalog, counted, subject)
            if reference is None and subject != counted:  # 'courses with more than 300 enrollments': each enrollment's
                bridges = [t.name for t in p.catalog.tables if t.name not in (counted, subject) and _reference(p.catalog, counted, t.name) and _reference(p.catalog, t.name, subject)]
                if len(bridges) == 1:  # offering's course, one course per enrollment along the references
                    holder, reference = bridges[0], _reference(p.catalog, bridges[0], subject)
        else:  # 'regions with more than 1000 orders': a column of the counted rows
            reference = column_of(p.catalog.table(counted), said)
        op = {"or more": ">=", "or fewer": "<=", "or less": "<="}.get(match["cmp"]) or COMPARISONS[match["cmp"]]
        n = number_value(match["n"])
        links = [t.name for t in p.catalog.tables if subject and reference is None and t.name not in (counted, subject) and _reference(p.catalog, t.name, counted) and _reference(p.catalog, t.name, subject)]
        if len(links) == 1 and op in (">", ">=", "=") and n >= 1:  # 'papers with more than two authors': the link rows
            _count_through_link(p, match, said, links[0], subject, counted, op, n)  # of each paper, its distinct authors counted
            return
        if subject == counted or reference is None:
            return  # not counted (the words stay for coverage)
        if op in ("<", "<=") or n < 1:  # 'fewer than 2 albums' includes the artists with none: each subject row,
            _count_below(p, match, subject, counted, holder, op, n)  # its related rows counted, zero included
            return
        name = snake(f"{counted}_count")
        p.intent.main_table = counted
        key = GroupKey(column=f"{holder}.{reference}")
        p.intent.group_by = [k for k in (key, _label_of_named_reference(p, key, said)) if k]
        p.intent.measures = [MeasureIntent(function="count", name=name)]
        p.intent.having = [Condition(column=name, op=op, value=n)]
        if subject:  # 'owners with more than 2 pets': pets with no owner are no owner's
            p.intent.conditions.append(Condition(column=key.column, op="not_null"))
        start, end = min(match.start("cmp"), match.start("n")), max(match.end("cmp"), match.end("n"))
        blank(p, start, end)
        return


def _count_through_link(p: Parse, match: re.Match, said: str, link: str, subject: str, counted: str, op: str, n: int) -> None:
    """The subjects whose link rows name more than n distinct counted rows (a paper's authors in `writes`)."""
    name = snake(f"{counted}_count")
    p.intent.main_table = link
    key = GroupKey(column=f"{link}.{_reference(p.catalog, link, subject)}")
    p.intent.group_by = [k for k in (key, _label_of_named_reference(p, key, said)) if k]
    p.intent.measures = [MeasureIntent(function="count_distinct", column=f"{link}.{_reference(p.catalog, link, counted)}", name=name)]
    p.intent.having = [Condition(column=name, op=op, value=n)]
    p.intent.conditions.append(Condition(column=key.column, op="not_null"))
    blank(p, min(match.start("cmp"), match.start("n")), max(match.end("cmp"), match.end("n")))


THRESHOLD_FUNCTIONS = {"average": "avg", "avg": "avg", "mean": "avg", "total": "sum", "combined": "sum",
                       "maximum": "max", "highest": "max", "minimum": "min", "lowest": "min"}  # fmt: skip


def _measure_threshold(p: Parse) -> None:
    """'hotels with an average review score under 7', 'customers whose total order amount exceeds 1000':
    a measure of the rows that refer to the subject, grouped by that reference, the groups kept by it."""
    if p.intent.main_table:
        return
    compared = "|".join(sorted(COMPARISONS, key=len, reverse=True))
    functions = "|".join(THRESHOLD_FUNCTIONS)
    match = re.search(
        rf"\b(?P<subject>[a-z_]+)\s+(?:(?:that|which|who)\s+)?(?:have|has|had|with|whose)\s+(?:an?\s+|the\s+)?(?P<fn>{functions})\s+"
        rf"(?P<col>[a-z_]+(?:\s+[a-z_]+)?)\s+(?:is\s+|of\s+)?(?P<cmp>{compared})\s+\$?(?P<n>-?\d+(?:\.\d+)?)\b",
        p.text,
    )
    subject = resolve_table(p.catalog, match["subject"]) if match else None
    if subject is None:
        return
    found = []
    for table in p.catalog.tables:
        reference = _reference(p.catalog, table.name, subject) if table.name != subject else None
        if reference is None:
            continue
        words_ = match["col"].split()
        column = column_of(table, match["col"])
        if column is None and len(words_) == 2 and resolve_table(p.catalog, words_[0]) == table.name:
            column = column_of(table, words_[1])  # 'review score': the reviews' score
        if column and is_numeric(table.column(column).type):
            found.append((table.name, reference, column))
    if len(found) != 1:
        return  # no measured rows, or two tables that could be meant: left to coverage
    rows, reference, column = found[0]
    function = THRESHOLD_FUNCTIONS[match["fn"]]
    name = f"{function}_{column}"
    p.intent.main_table = rows
    key = GroupKey(column=f"{rows}.{reference}")
    p.intent.group_by = [k for k in (key, _label_of_named_reference(p, key, match["subject"])) if k]
    p.intent.measures = [MeasureIntent(function=function, column=f"{rows}.{column}", name=name)]
    p.intent.having = [Condition(column=name, op=COMPARISONS[match["cmp"]], value=float(match["n"]) if "." in match["n"] else int(match["n"]))]
    blank(p, match.start("fn"), match.end())


def _count_below(p: Parse, match: re.Match, subject: str | None, counted: str, holder: str, op: str, n: int) -> None:
    identifier = p.catalog.table(counted).identifier
    if not subject or holder != counted or not identifier:
        return  # a column of the counted rows, a count through a bridge, or rows with no key to count: not read
    main = p.catalog.table(subject)
    key = main.identifier or (main.primary_key[0] if main.primary_key else None)
    if key is None:
        return
    name = snake(f"{counted}_count")
    p.intent.main_table = subject
    label = label_column(main)
    p.intent.group_by = [GroupKey(column=f"{subject}.{c}") for c in dict.fromkeys([key, label]) if c]
    p.intent.measures = [MeasureIntent(function="count_distinct", column=f"{counted}.{identifier}", name=name)]
    p.intent.having = [Condition(column=name, op=op, value=n)]
    p.intent.keep_unmatched = True
    start, end = min(match.start("cmp"), match.start("n")), max(match.end("cmp"), match.end("n"))
    blank(p, start, end)


SAME = re.compile(
    r"\b(?:have|has|had|having|with|share|shares|sharing)\s+the\s+same\s+(?P<col>[a-z_]+(?:\s+[a-z_]+)?)(?!\s+as\b)"
    r"(?:\s+(?:in|within|per|for)\s+(?:each|every|the\s+same|a|one)\s+(?P<scope>[a-z_]+))?"
)


def _same_values(p: Parse) -> None:
    """'restaurants that have the same name in each city', 'customers sharing the same email': the rows'
    values that occur more than once (within each scope said), with how many rows share each one.
    'the same domain as Martin' is another question (not read here)."""
    match = SAME.search(p.text)
    main = p.catalog.table(p.intent.main_table)
    if not match or p.intent.group_by or p.intent.measures:
        return
    words_ = match["col"].split()
    column = column_of(main, match["col"]) or column_of(main, words_[0])
    scope = _group_key(p, match["scope"], each=True) if match["scope"] else None
    if column is None or (match["scope"] and scope is None):
        return
    name = snake(f"{main.name}_count")
    p.intent.group_by = [GroupKey(column=f"{main.name}.{column}"), *([scope] if scope else [])]
    p.intent.measures = [MeasureIntent(function="count", name=name)]
    p.intent.having = [Condition(column=name, op=">", value=1)]
    end = match.end() if match["scope"] or column_of(main, match["col"]) else match.start("col") + len(words_[0])
    blank(p, match.start(), end)


REPEATED = re.compile(
    r"\b(?:(?:each|every|any|the|all)\s+)?(?P<cols>[a-z_]+(?:\s+(?:and\s+)?[a-z_]+){0,3}?)\s+(?:that|which)\s+(?:appears?|occurs?|shows?\s+up|is\s+used|are\s+used)\s+"
    r"(?:more\s+than\s+once|more\s+than\s+one\s+time|twice\s+or\s+more|at\s+least\s+twice|multiple\s+times)"
)


def _repeated_values(p: Parse) -> None:
    """'each first and last name that appears more than once': the values (of one or more columns) held by
    more than one row, with how many rows hold each."""
    match = REPEATED.search(p.text)
    main = p.catalog.table(p.intent.main_table)
    if not match or p.intent.group_by or p.intent.measures:
        return
    words_ = match["cols"].split()
    if "and" in words_:  # 'first and last name': each modifier with the shared head
        phrases = [f"{modifier} {words_[-1]}" for modifier in words_[:-1] if modifier != "and"]
    else:
        phrases = [match["cols"]]
    columns = [column_of(main, phrase) for phrase in dict.fromkeys(phrases)]
    if not columns or None in columns:
        return
    name = snake(f"{main.name}_count")
    p.intent.group_by = [GroupKey(column=f"{main.name}.{c}") for c in dict.fromkeys(columns)]
    p.intent.measures = [MeasureIntent(function="count", name=name)]
    p.intent.having = [Condition(column=name, op=">", value=1)]
    blank(p, match.start(), match.end())


def _table_mentions(p: Parse) -> list[Mention]:
    tokens = re.findall(r"[a-z0-9_]+", p.text)
    found: list[Mention] = []
    aliases: dict[str, tuple[str, int]] = {}
    for table in p.catalog.tables:
        for alias, strength in table_aliases(table.name).items():
            if alias not in aliases or strength > aliases[alias][1]:
                aliases[alias] = (table.name, strength)
    part_owners: dict[str, set[str]] = {}
    for table in p.catalog.tables:
        for alias, strength in table_aliases(table.name).items():
            if strength in (1, 2):
                part_owners.setdefault((alias, strength), set()).add(table.name)
    if people := people_table(p.catalog):  # 'which people ...': the one table of persons
        for word in PEOPLE:
            aliases.setdefault(word, (people, 2))
    i = 0
    while i < len(tokens):
        for size in (3, 2, 1):
            phrase = " ".join(tokens[i : i + size])
            if phrase in aliases:
                table, strength = aliases[phrase]
                if strength in (1, 2) and len(part_owners.get((phrase, strength), ())) > 1:
                    break  # 'order' is part of orders and order_items: not distinctive
                found.append(Mention(table=table, start=i, strength=strength, role=_role(tokens, i)))
                i += size - 1
                break
        i += 1
    return found


def _role(tokens: list[str], i: int) -> str:
    before = tokens[max(0, i - 3) : i]
    if before[-1:] in (["distinct"], ["unique"], ["different"]):
        return "counted"
    if before[-1:] == ["by"] and len(before) > 1 and is_past_verb(before[-2]) and before[-2] not in GROUPING_VERBS:
        return "plain"  # 'references cited by publications': who did it, not a grouping
    if before[-1:] in (["per"], ["by"], ["each"]) or before[-2:] == ["for", "each"] or before[-2:-1] in (["per"], ["by"]) and before[-1] not in DATA_NOUNS and before[-1] not in ("the",):
        return "dimension"
    return "plain"


RELATING = {"have", "has", "had", "having", "with", "own", "owns", "contain", "contains", "include", "includes"}


def _relating(word: str) -> bool:
    """A word that relates its subject to what follows: 'have', 'with', or a verb's past form ('wrote', 'posted')."""
    return word in RELATING or is_past_verb(word)


def _through_tables(p: Parse, mentions: list[Mention]) -> None:
    """The other tables the request relates the rows to, in the order said: as nouns after a relating
    word ('authors who have publications', 'who wrote papers in journals') or as the verb a link table
    is named for ('wrote': `writes`). The rows kept are those that have them, and conditions read after
    them are about them. A table named any other way ('for each business category') is not one."""
    named = [m.table for m in sorted(mentions, key=lambda m: m.start) if m.role in ("plain", "related")]
    verbs = {verb_lemma(w) for w in re.findall(r"[a-z]+", p.text) if _relating(w)}
    related = [t.name for t in p.catalog.tables if any(_named_for_verb(t.name, v) for v in verbs if v) and t.name not in named]
    text = p.text  # without the values it names: 'the United States' relates nothing to a `state` table
    for value in sorted({v.lower() for t in p.catalog.tables for c in t.columns for v in c.known_values()}, key=len, reverse=True):
        text = re.sub(rf"(?<![\w]){re.escape(value)}(?![\w])", lambda m: " " * len(m[0]), text)
    for table in dict.fromkeys(named):
        if table in (p.intent.main_table, p.intent.exclude_related):
            continue
        aliases = "|".join(re.escape(a) for a in sorted(table_aliases(table), key=len, reverse=True))
        for said in re.finditer(rf"\b(?:{aliases})\b", text):
            before = [w for w in re.findall(r"[a-z]+", text[: said.start()]) if w not in ("the", "a", "an", "any", "some")][-1:]
            if any(_relating(w) for w in before) or (before and before[-1] in ("in", "at", "on") and related):
                related.append(table)
                break
    for table in dict.fromkeys(related):
        try:
            join_path(p.catalog, p.intent.main_table, table)
        except (NoJoinPath, AmbiguousJoin):
            continue
        p.intent.through_tables.append(table)


NOUN_ENDINGS = ("ment", "ments", "ance", "ances", "ence", "ences", "ion", "ions", "ation", "ations", "ing", "ings", "al", "als")


def _named_for_verb(table: str, verb: str) -> bool:
    """A link table named for what its rows record: `writes` for 'wrote', `assignment` for 'assigned',
    `performance` for 'performed', `enrollment` for 'enrolled'."""
    if lemma(table) == verb:
        return True
    stem = verb.removesuffix("e")
    return len(stem) >= 4 and table.startswith(stem) and table[len(stem) :].removeprefix("e") in NOUN_ENDINGS


def _table_of_counted_value(p: Parse) -> str | None:
    """The one table holding the value a count names as its object ('count the no-shows', 'how many
    cancellations'... when 'no-show' is a status of reservations), when the value names no table."""
    match = re.search(r"\b(?:count|number\s+of|how\s+many)\s+(?:the\s+|all\s+)?([a-z][a-z_-]*)", p.text)
    if not match or resolve_table(p.catalog, match[1]):
        return None
    said = {match[1], singular(match[1]), match[1].replace("-", "_"), singular(match[1]).replace("-", "_")}
    holders = {t.name for t in p.catalog.tables for c in t.columns for v in c.known_values() if str(v).lower().replace(" ", "_") in said}
    return holders.pop() if len(holders) == 1 else None


def _choose_main(p: Parse, mentions: list[Mention]) -> None:
    if p.intent.main_table:
        return
    plain = [m for m in mentions if m.role == "plain"]
    counted = {m.table for m in mentions if m.role == "counted"}
    if counted and not plain:  # 'distinct customers per order status': the table that refers to them
        for m in mentions:
            table = p.catalog.table(m.table)
            if m.role != "counted" and any(ref.split(".")[0] in counted for ref in table.references.values()):
                p.intent.main_table = m.table
                return
    ranked = ranked_phrase(p.text)
    ranked_table = None
    if ranked:  # 'the most papers': papers; 'the highest total price paid': the table with that number
        words_ = ranked[3].split()
        phrases = [" ".join(words_[:n]) for n in range(len(words_), 0, -1)]
        ranked_table = next((t for phrase in phrases if (t := resolve_table(p.catalog, phrase) or numeric_owner(p.catalog, phrase))), None)
        if ranked_table is None and words_[0] in MONEY_WORDS:  # 'the most revenue from completed orders': the orders
            after = re.findall(r"[a-z_]+", re.split(r"[,.;?!]", p.text[ranked.start(3) :])[0])[1:6]
            windows = [" ".join(after[i : i + n]) for i in range(len(after)) for n in (2, 1)]  # 'sale lines' before 'sale'
            ranked_table = next((t for w in windows if (t := resolve_table(p.catalog, w))), None) or _fact_table(p, [m.table for m in mentions])
        if words_[0] == "times":  # 'which artist performed the most times': the rows of the table named for the verb
            verbs = {verb_lemma(w) for w in re.findall(r"[a-z]+", p.text[ranked.end(1) : ranked.start(2)])} - {None}
            named = [t.name for t in p.catalog.tables if any(_named_for_verb(t.name, v) for v in verbs)]
            ranked_table = named[0] if len(named) == 1 else None
    if ranked_table and ranked_table != resolve_table(p.catalog, ranked[1].split()[-1]):
        p.intent.main_table = ranked_table  # 'which conference published the most papers': papers are what is counted
        return
    if counted_value := _table_of_counted_value(p):  # 'count the no-shows per hotel': the reservations that are
        p.intent.main_table = counted_value  # no-shows are counted, not the hotels
        return
    if len(rated := {flag.split(".")[0] for _, flag in _flags_rated(p, list(p.catalog.tables))}) == 1:
        p.intent.main_table = rated.pop()  # 'pass rate per department': the rows that pass or not are what is measured
        return
    if plain and _money_of_those_named(p, plain[0].table):
        return
    if plain:
        p.intent.main_table = plain[0].table
        return
    if re.search(r"\b(revenue|sales|turnover|spend|spent)\b", p.text) and (fact := _fact_table(p, [m.table for m in mentions])):
        p.intent.main_table = fact
        return
    measured = _tables_with_measure_columns(p)
    if measured:
        p.intent.main_table = measured[0]
        return
    if mentions:
        p.intent.main_table = mentions[0].table
        return
    if owner := _owner_of_distinctive_column(p):
        p.intent.main_table = owner
        return
    if holder := table_of_said_values(p):  # 'gold and platinum loyalty members'
        p.intent.main_table = holder
        return
    if re.match(r"\s*who\b", p.text) and (people := people_table(p.catalog)):  # 'who joined in 2022?': the people
        p.intent.main_table = people
        return
    _unknown_noun(p)


def _money_of_those_named(p: Parse, named: str) -> bool:
    """'customers and their total revenue', 'which customers have the most revenue': rows that have no money
    of their own (a customer) are measured by the money of the rows that refer to them (their orders), one
    group per customer. Only where no other grouping is said."""
    if not re.search(r"\b(revenue|sales|turnover|spend|spending|spent)\b", p.text) or re.search(r"\b(?:per|by|each|every)\b", p.text):
        return False
    table = p.catalog.table(named)
    prefix = table_prefix([c.name for c in table.columns])
    if any(is_numeric(c.type) and set(MONEY) & set(spoken_words(c.name, prefix)) for c in table.columns):
        return False  # its own money: not this reading
    fact = _fact_table(p, [named])
    reference = _reference(p.catalog, fact, named) if fact else None
    if reference is None:
        return False
    p.intent.main_table = fact
    key = GroupKey(column=f"{fact}.{reference}")
    p.intent.group_by = [k for k in (key, _label_of_named_reference(p, key, named)) if k]
    return True


def _fact_table(p: Parse, dimensions: list[str]) -> str | None:
    """'Revenue per product category': the table with money that refers to the dimension's table
    and holds most of the columns the request names."""
    words_ = set(re.findall(r"[a-z_]+", p.text))
    best: tuple[int, str] | None = None
    for table in p.catalog.tables:
        names = {c.name for c in table.columns}
        prefix = table_prefix(list(names))
        prices = [c.name for c in table.columns if is_numeric(c.type) and "price" in spoken_words(c.name, prefix)]
        priced_lines = discount_column(table) and len(prices) == 1 and less_discount(f"{table.name}.{prices[0]}", table, "")
        if not (names & {"amount", "total", "revenue"} or ({"quantity", "qty"} & names and {"unit_price", "price"} & names) or priced_lines):
            continue  # (a table of priced lines with discounts is where sales are: TPC-H's lineitem)
        refers = {ref.split(".")[0] for ref in table.references.values()}
        score = 2 * len(refers & set(dimensions)) + len(names & words_)
        if best is None or score > best[0]:
            best = (score, table.name)
    return best[1] if best else None


def _owner_of_distinctive_column(p: Parse) -> str | None:
    """'Revenue per currency': the one table with a column named in the request."""
    text_words = set(re.findall(r"[a-z_]+", p.text))
    owners: dict[str, set[str]] = {}
    for table in p.catalog.tables:
        for column in table.columns:
            owners.setdefault(column.name, set()).add(table.name)
    for table in p.catalog.tables:
        for column in table.columns:
            if len(owners[column.name]) == 1 and (
                any(alias in text_words for alias in column_aliases(column.name)[:1] + [column.name + "s"])
                or ("_" in column.name and any(re.search(rf"\b{re.escape(alias)}\b", p.text) for alias in column_aliases(column.name)[1:3]))
            ):  # 'hire dates' says `hire_date`
                return table.name
    said: dict[str, int] = {}  # 'for each return flag and line status': the one table whose columns are said by their words
    for table in p.catalog.tables:
        prefix = table_prefix([c.name for c in table.columns])
        for column in table.columns:
            words_ = spoken_words(column.name, prefix)
            if len(words_) > 1 and re.search(rf"\b{re.escape(' '.join(words_))}(?:s|es)?\b", p.text):
                said[table.name] = said.get(table.name, 0) + 1
    ranked = sorted(said.items(), key=lambda item: -item[1])
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def _unknown_noun(p: Parse) -> None:
    """'Load invoices from PostgreSQL': a noun in the object position that names no table."""
    verbs = r"(?:load|copy|move|sync|replicate|transfer|extract|ingest|export|import|get|pull|bring)"
    match = re.search(rf"\b{verbs}\s+(?:all\s+|the\s+|only\s+|our\s+|my\s+)*([a-z_]\w*)(?:\s+([a-z_]\w*))?", p.text)
    if match:
        noun = match[1]
        if noun in DATA_NOUNS or noun in ("some", "any", "everything", "it", "them", "this", "that", "stuff"):
            return
        if noun not in ("postgres", "postgresql", "clickhouse"):
            p.intent.unknown_tables.append(noun)


def _tables_with_measure_columns(p: Parse) -> list[str]:
    hits = []
    for table in p.catalog.tables:
        for column in table.columns:
            if column.name in ("id",) or column.name.endswith("_id"):
                continue
            mentioned = any(re.search(rf"\b{re.escape(alias)}\b", p.text) for alias in column_aliases(column.name))
            if mentioned and is_numeric(column.type):
                hits.append(table.name)
                break
    return hits


NEVER = re.compile(
    r"\b(?:never|(?:did|does|do|have|has|had)\s+(?:not|never))\s+(?:ever\s+|yet\s+|once\s+)?(?:been\s+)?(?P<verb>[a-z]+)\s+(?P<rest>[^,.;?!]+)"
)


def _never_related_to_values(p: Parse) -> None:
    """'students who never took Physics', 'authors who have never published in Nature': the rows with no
    related row (an enrollment, a paper) that leads to the value said (a course titled Physics), read
    where every condition of the clause is one table's, reached from the rows through rows that refer to them."""
    if p.intent.exclude_related or not (match := NEVER.search(p.text)):
        return
    side = _clause_conditions(p, match["rest"], p.intent.main_table)
    tables = {c.column.split(".")[0] for c in side.intent.conditions}
    if len(tables) != 1 or len(re.findall(r"[a-z]+", side.text)) > 3:
        return  # nothing said of other rows, or not read whole
    table = tables.pop()
    try:
        hops = join_path(p.catalog, p.intent.main_table, table)
    except (NoJoinPath, AmbiguousJoin):
        return
    if table == p.intent.main_table or not hops or not hops[0].fans_out:
        return
    p.intent.exclude_related, p.intent.exclude_where = table, side.intent.conditions
    blank(p, match.start(), match.end())


def _anti_join(p: Parse, mentions: list[Mention]) -> None:
    patterns = [
        r"\b(?:(?:who|that|which)\s+)?(?:have|has|had|did|do|does)\s*(?:n[o']t|never|not)\s+(?:an?\s+|any\s+)?([a-z_]+)",
        r"\b(?:(?:who|that|which)\s+)?(?:have|has|had|did|do|does)\s*(?:n[o']t|never|not)\s+\w+\s+(?:an?\s+(?:single\s+)?|any\s+|one\s+|even\s+one\s+)?([a-z_]+)",
        r"\b(?:have|has|had)\s*(?:n[o']t|never)\s+(?:been|gone|come)\s+(?:in\s+)?(?:for|to|through|into)\s+(?:an?\s+|any\s+)?([a-z_]+)",
        r"\b(?:(?:who|that|which)\s+)?(?:have|has|had|did|do|does)\s*(?:n[o']t|never|not)\s+\w+\s+\w+\s+(?:an?\s+|any\s+)?([a-z_]+)",
        r"\b(?:never|not yet)\s+(?:placed|made|had|ordered|bought|purchased)\s+(?:an?\s+|any\s+)?([a-z_]+)",
        r"\b(?:with(?:out|\s+no)|(?:have|has|had)\s+no)\s+(?:any\s+|an?\s+)?([a-z_]+)",
        r"\bnot\s+(?:been\s+)?[a-z]+(?:ing|ed)\s+(?:any\s+|an?\s+)([a-z_]+)",  # 'not teaching any course', 'not given a grade'
        # 'authors (who are) not part of any organization', 'not assigned to any team', 'not in any playlist'
        r"\bnot\s+(?:[a-z]+\s+){0,2}?(?:of|to|in|with|by)\s+any\s+([a-z_]+)",
    ]
    if (passive := re.search(r"\b(?:have|has|had|were|was|are|is)\s*(?:n[o']t|never)\s+(?:been\s+|yet\s+been\s+)?([a-z]+ed)\b", p.text)) and (verb := verb_lemma(passive[1])):
        # 'rooms that have never been booked': no row of the table that records the act (bookings, `booking`)
        named = [t.name for t in p.catalog.tables if _named_for_verb(t.name, verb)]
        table = resolve_table(p.catalog, f"{verb}ing") or resolve_table(p.catalog, verb) or (named[0] if len(named) == 1 else None)
        if table and table != p.intent.main_table and _reference(p.catalog, table, p.intent.main_table):
            p.intent.exclude_related = table
            consume(p, passive)
            return
    for pattern in patterns:
        if match := re.search(pattern + r"(?:\s+([a-z_]+))?", p.text):
            two = f"{match[1]} {match[2]}" if match[2] else ""
            table = (resolve_table(p.catalog, two) if two else None) or resolve_table(p.catalog, match[1])
            if table and table != p.intent.main_table:
                p.intent.exclude_related = table
                for m in mentions:
                    if m.table == table:
                        m.role = "anti"
                consume(p, match)
                return


def _parse_steps(p: Parse) -> None:
    """'split contact into name and email', 'parse signed as dates', 'amounts with currency signs'."""
    names = r"([a-z_]+(?:\s*(?:,|and)\s*[a-z_]+)+)"
    found: list[ParseStep] = []
    for match in re.finditer(rf"\bsplit\w*\s+(?:the\s+)?([a-z_]+)(?:\s+column)?\s+into\s+{names}", p.text):
        into = re.split(r"\s*,\s*|\s*,?\s*and\s+", match[2])
        kept = next((i for i, name in enumerate(into) if name in STOP or name.endswith("ing")), len(into))
        found.append(ParseStep(column=match[1], kind="split", into=into[:kept]))
        tail = ", ".join(into[kept:])  # give the words after the list back to the other clauses
        consume(p, match)
        if tail:
            p.text = p.text[: match.end()] + " " + tail + p.text[match.end() :]
    for match in re.finditer(rf"\bextract\w*\s+{names}\s+from\s+(?:the\s+)?([a-z_]+)", p.text):
        found.append(ParseStep(column=match[2], kind="split", into=re.split(r"\s*,\s*|\s*,?\s*and\s+", match[1])))
        consume(p, match)
    date = r"\b(?:pars\w*|and|convert\w*)\s+(?:the\s+)?([a-z_]+)(?:\s+column)?\s+(?:as|into|to)\s+(?:a\s+|proper\s+)?dates?\b|\b([a-z_]+)\s+(?:with|in|has|have)\s+mixed\s+(?:date\s+)?formats?"
    for match in re.finditer(date, p.text):
        found.append(ParseStep(column=match[1] or match[2], kind="date"))
        consume(p, match)
    number = (
        r"\b(?:pars\w*|and|convert\w*)\s+(?:the\s+)?([a-z_]+)(?:\s+column)?\s+(?:as|into|to)\s+(?:a\s+)?(?:numbers?|amounts?|decimals?|numeric)"
        r"|\b(?:strip|remove|drop)\w*\s+(?:the\s+)?(?:currency\s+(?:signs?|symbols?)|thousands?\s+separators?)\s+(?:from|in)\s+(?:the\s+)?([a-z_]+)"
    )
    for match in re.finditer(number, p.text):
        found.append(ParseStep(column=match[1] or match[2], kind="number"))
        consume(p, match)
    for step in found:
        names = []
        for name in step.into:  # 'into name and email, parsing ...': the list ends at the next clause
            if name in STOP or name.endswith("ing") or name in ("as", "then"):
                break
            names.append(name)
        step.into = names
        column = resolve_column(p, step.column)
        if column is None:
            p.intent.refusal = f"The request parses '{step.column}', which is not a column of '{p.intent.main_table}'."
            return
        step.column = column
        step.into = [snake(name) for name in step.into if name]
    p.intent.parse = found


LATEST = r"latest|newest|most\s+recent(?:ly)?|last|first|earliest|oldest"


def _latest_per_group(p: Parse) -> None:
    """'the most recent enrollment of every student', 'for each guest, their latest booking': of the rows
    that refer to each thing, the one with the latest (or first) event date, kept whole."""
    thing = r"(?:(?P<made>made|placed|created|added|booked|submitted|filed)\s+)?(?P<thing>[a-z_]+)"
    patterns = [
        rf"\b(?:the\s+)?(?P<which>{LATEST})\s+{thing}\s+(?:of|for|per|by|from)\s+(?:each|every|all|the)\s+(?P<group>[a-z_]+)",
        rf"\b(?:for\s+)?(?:each|every)\s+(?P<group>[a-z_]+),?\s+(?:(?:show|list|give|get|load|return|find)\s+(?:me\s+)?)?(?:their|its|his|her|the)\s+(?P<which>{LATEST})\s+{thing}",
    ]
    for pattern in patterns:
        for match in re.finditer(pattern, p.text):
            rows, group = resolve_table(p.catalog, match["thing"]), resolve_table(p.catalog, match["group"])
            reference = _reference(p.catalog, rows, group) if rows and group and rows != group else None
            when = (_made_at(p.catalog.table(rows), match["made"]) or event_column_of(p.catalog.table(rows))) if reference else None
            if when is None:
                continue
            p.intent.main_table = rows
            earliest = match["which"] in ("first", "earliest", "oldest")
            p.intent.dedupe = Dedup(key=[f"{rows}.{reference}"], latest_by=f"{rows}.{when}", earliest=earliest)
            consume(p, match)
            return


def _money_column(p: Parse) -> str | None:
    """The main table's one column of what a row costs (price, cost, fare, fee, amount), in that order."""
    main = p.catalog.table(p.intent.main_table)
    prefix = table_prefix([c.name for c in main.columns])
    for word in MONEY:
        found = [c.name for c in main.columns if is_numeric(c.type) and word in spoken_words(c.name, prefix)]
        if found:
            return f"{main.name}.{found[0]}" if len(found) == 1 else None
    return None


def _made_at(table, verb: str | None) -> str | None:
    """'their most recently made booking': when the row was made (`booked_at`, `created_at`), not another date of it."""
    if not verb:
        return None
    stamps = [c.name for c in table.columns if c.type == "date" or c.type.startswith("timestamp")]
    named = [c for c in stamps if c.startswith(verb)] or [c for c in stamps if is_past_verb(c.split("_")[0]) and not c.startswith(("updated", "modified"))]
    return named[0] if len(named) == 1 else None  # `booked_at`, `created_at`: the one stamp named for an act


def _dedupe(p: Parse) -> None:
    _latest_per_group(p)
    if p.intent.dedupe:
        return
    match = re.search(r"\b(?:de-?duplicat\w*|dedup\w*|remove duplicates?|unique)\b[^.;]*?\bby\s+(?:the\s+)?([a-z_]+(?:\s+[a-z_]+)?)", p.text)
    if not match:
        return
    key = resolve_column(p, match[1].split()[0]) or resolve_column(p, match[1])
    if key is None:
        return
    insensitive = bool(CASE_INSENSITIVE.search(p.text))
    latest = None
    if re.search(r"most recent(?:ly)? updated|last updated|latest update|most recent update|newest update", p.text):
        latest = resolve_column(p, "updated_at")
    elif re.search(r"\b(latest|newest|most recent|last)\b", p.text):
        latest = resolve_column(p, "updated_at") or resolve_column(p, "created_at")
    elif re.search(r"\b(oldest|first|earliest)\b", p.text):
        latest = None
    p.intent.dedupe = Dedup(key=[key], case_insensitive=insensitive, latest_by=latest)
    consume(p, match)


CASE_INSENSITIVE = re.compile(
    r"ignor\w* (?:the )?(?:letter )?case|case[- ]insensitive\w*|regardless of (?:letter )?case|any case"
    r"|differ\w*\s+only\s+(?:in|by)\s+(?:upper\s*(?:/|or|and)?\s*lower|lower\s*(?:/|or|and)?\s*upper|letter)?\s*case"
)


def _derivations(p: Parse) -> None:
    word2 = r"([a-z_]+(?:\s+[a-z_]+)?)"
    for match in re.finditer(rf"{word2}\s+(?:times|multiplied by|x|\*)\s+{word2}", p.text):
        left = resolve_column_tail(p, match[1])
        right = resolve_column_head(p, match[2])
        if left and right:
            named = re.search(r"\b(?:with|add(?:ing)?)\s+(?:an?\s+|the\s+)?([a-z_]+(?:\s+[a-z_]+)?)\s+column\b", p.text)
            name = snake(named[1]) if named else f"{left.split('.')[1]}_x_{right.split('.')[1]}"
            p.intent.derive.append(Derivation(function="multiply", columns=[left, right], name=name))
            consume(p, match)
            if named:
                consume(p, named)
    _elapsed(p)
    _quotients(p)
    functions = {"lower": r"lower ?cased?|in lower ?case|to lower ?case", "upper": r"upper ?cased?|in upper ?case|to upper ?case",
                 "trim": r"trimmed|stripped|without\s+(?:the\s+|any\s+)?(?:(?:stray|extra|surrounding|leading|trailing|and|or)[\s/]+)*(?:white)?spaces?"}  # fmt: skip
    def replace(function: str, column: str) -> None:
        if not any(d.function == function and d.columns == [column] for d in p.intent.derive):
            p.intent.derive.append(Derivation(function=function, columns=[column], name=column.split(".")[1]))

    said = "|".join(f"(?:{w})" for w in functions.values())
    for match in re.finditer(rf"\b([a-z_]+(?:\s+[a-z_]+)?)\s+((?:(?:{said})(?:\s*,\s*|\s+and\s+)?)+)", p.text):
        words_ = match[1].split()  # 'the common name trimmed and lowercased': each, in the order said
        column = resolve_column(p, match[1]) or resolve_column(p, words_[-1])
        said_functions = sorted((m.start(), function) for function, words in functions.items() for m in re.finditer(rf"\b(?:{words})", match[2]))
        for _, function in said_functions if column else ():
            replace(function, column)
    for function, words_ in functions.items():
        verb = {"lower": "lowercase", "upper": "uppercase", "trim": "trim"}[function]
        for match in re.finditer(rf"\b{verb}d?\s+(?:the\s+|all\s+)?([a-z_]+)", p.text):
            if column := resolve_column(p, match[1]):
                replace(function, column)


ELAPSED = re.compile(
    r"\bhow\s+(?:many\s+(?P<unit>minutes|hours|days|weeks|months|years)|long)\b[^?.;]*?\bfrom\s+(?:the\s+|its\s+|their\s+)?(?P<a>[a-z_]+(?:\s+date)?)"
    r"\s+(?:to|until|till)\s+(?:the\s+|its\s+|their\s+)?(?P<b>[a-z_]+(?:\s+date)?)"
)
ELAPSED_UNITS = {"minutes": "minute", "hours": "hour", "days": "day", "weeks": "week", "months": "month", "years": "year"}


def _elapsed(p: Parse) -> None:
    """'how many days did each project run, from start to end': per row, the whole units from one of
    its dates to another ('start' is `start_date`)."""
    match = ELAPSED.search(p.text)
    main = p.catalog.table(p.intent.main_table)
    if not match:
        return
    dates = []
    for said in (match["a"], match["b"]):
        column = column_of(main, said) or column_of(main, f"{said.removesuffix(' date')} date")
        if not column or not main.column(column).type.startswith(("date", "timestamp")):
            return
        dates.append(f"{main.name}.{column}")
    unit = ELAPSED_UNITS.get(match["unit"] or "days", "day")
    p.intent.derive.append(Derivation(function="elapsed", columns=dates, name=f"{unit}s", unit=unit))
    blank(p, match.start("a"), match.end())
    if match["unit"]:  # 'how many days' is the derived number, not a count of rows
        blank(p, match.start(), match.end("unit"))


QUOTIENT = re.compile(
    r"\b(?P<said>(?:the\s+)?(?:ratio|proportion|quotient)\s+of\s+(?:the\s+)?(?:each\s+)?)?(?P<x>[a-z_]+(?:\s+[a-z_]+)?)\s+"
    r"(?P<by>to|over|per|divided\s+by|relative\s+to|in\s+relation\s+to)\s+(?:the\s+|its\s+|their\s+|each\s+|every\s+|a\s+|an\s+)?"
    r"(?P<y>[a-z_]+(?:\s+[a-z_]+)?)"
)


def _quotients(p: Parse) -> None:
    """'the population per area', 'the ratio of wins to games', 'a city population relative to the state':
    one number of a row over another of the same row (or of a row it refers to: 'the state' there is
    the state's population). 'Revenue per customer' is no such thing: a table or a key is a grouping."""
    for match in list(QUOTIENT.finditer(p.text)):
        if match["by"] in ("to", "over") and not match["said"]:
            continue  # 'load orders to ClickHouse'
        host = _table_with_both(p, match["x"], match["y"]) if not _column_in_unit(p, match["y"]) else None
        if host and host != p.intent.main_table and not _has_column(p, p.intent.main_table, match["y"]):
            p.intent.main_table = host  # 'the population per area of each state': the state's two numbers
        above = resolve_column_tail(p, match["x"])
        below = _number_column(p, match["y"], above)
        if not above or not below or not _plain_number(p, above):
            continue
        name = "ratio" if match["said"] else f"{above.split('.')[1]}_per_{below.split('.')[1]}"
        p.intent.derive.append(Derivation(function="divide", columns=[above, below], name=name))
        consume(p, match)


def _number_column(p: Parse, phrase: str, above: str | None) -> str | None:
    """The numeric column a quotient divides by: one named ('area'), or the same number of the table
    named ('relative to the state': the state's population)."""
    words_ = phrase.split()
    if table := resolve_table(p.catalog, phrase) or resolve_table(p.catalog, words_[0]):
        same = above and column_of(p.catalog.table(table), above.split(".")[1].removeprefix(f"{singular(above.split('.')[0])}_"))
        if same and table != above.split(".")[0]:
            return f"{table}.{same}" if _plain_number(p, f"{table}.{same}") else None
        if len(words_) == 1:
            return None  # 'per customer': a grouping
    column = resolve_column_head(p, phrase) or _column_in_unit(p, phrase)
    return column if column and _plain_number(p, column) else None


def _column_in_unit(p: Parse, phrase: str) -> str | None:
    """'per square metre' where one numeric column of the table read is written in that unit (`area_sqm`)."""
    for said, suffixes in SPOKEN_UNITS.items():
        if re.match(rf"(?:{said})\b", phrase):
            found = [f"{t.name}.{c.name}" for t in near_tables(p)[:1] for c in t.columns if is_numeric(c.type) and c.name.split("_")[-1] in suffixes]
            return found[0] if len(found) == 1 else None
    return None


def _table_with_both(p: Parse, x: str, y: str) -> str | None:
    """The nearest table with a quantity column for each of two phrases."""
    for table in near_tables(p):
        if all(_has_column(p, table.name, phrase) for phrase in (x, y)):
            return table.name
    return None


def _has_column(p: Parse, table: str, phrase: str) -> bool:
    """Whether `table` has a quantity column the phrase (or its last word) names."""
    found = p.catalog.table(table)
    column = next((c for said in (phrase, phrase.split()[0], phrase.split()[-1]) if (c := column_of(found, said))), None)
    return bool(column) and _plain_number(p, f"{table}.{column}")


def _plain_number(p: Parse, qualified: str) -> bool:
    """A numeric column that is a quantity, not a key (`customer_id` is numeric but no amount)."""
    table_name, column = qualified.split(".")
    table = p.catalog.table(table_name)
    keys = set(table.primary_key) | set(table.references) | {table.identifier}
    return column not in keys and is_numeric(table.column(column).type)


def _either(p: Parse) -> None:
    """'restaurants that serve Italian food or are located in New York': two values of different columns
    said with 'or' between them (and nothing else that joins clauses) are alternatives, not both."""
    located = []
    for condition in p.intent.conditions:  # where its value is said: a name, or a number ('born before 1970')
        said = condition.value if isinstance(condition.value, (str, int, float)) and not isinstance(condition.value, bool) else None
        if said is not None and (found := re.search(rf"(?<![\w.]){re.escape(str(said).lower())}(?![\w.])", p.normalized)):
            located.append((found.start(), found.end(), condition))
    located.sort(key=lambda item: item[0])
    for (_, end, first), (start, _, second) in zip(located, located[1:]):
        between = p.normalized[end:start]
        if first.column != second.column and re.search(r"\bor\b", between) and not re.search(r"\band\b|[,;.?!]", between):
            p.intent.either = [first, second]
            p.intent.conditions = [c for c in p.intent.conditions if c is not first and c is not second]
            return


def _related_to_all(p: Parse) -> None:
    """'authors who published in both the domain A and the domain B', 'customers who bought all of X, Y
    and Z': the rows kept are those related to every value listed, not to any one of them."""
    listed = [c for c in p.intent.conditions if c.op == "in" and c.column.split(".")[0] != p.intent.main_table]
    if len(listed) != 1 or p.intent.measures:
        return
    values = [p.normalized.find(str(v).lower()) for v in listed[0].value]
    first = min((v for v in values if v >= 0), default=-1)
    for said in re.finditer(r"\b(?P<both>both)\b|\b(?:all|every\s+one|each)\s+of\b", p.normalized):
        if 0 <= first - said.end() <= 30 and (not said["both"] or len(listed[0].value) == 2):  # said of the values listed
            p.intent.related_to_all = listed[0].column


def _related_columns(p: Parse, mentions: list[Mention]) -> None:
    """'together with the customer email', 'including the product name'."""
    pattern = r"\b(?:with|including|plus|and|along with|together with|adding)\s+(?:the\s+|their\s+|its\s+)?([a-z_]+)\s+([a-z_]+)"
    for match in re.finditer(pattern, p.text):
        table = resolve_table(p.catalog, match[1])
        if not table or table == p.intent.main_table:
            continue
        column = column_of(p.catalog.table(table), match[2])
        if column:  # 'the customer's name' of first and last names: both of them
            parts = person_name_parts(p.catalog.table(table)) if match[2] in ("name", "names") and PERSON_NAME.search(column) else []
            p.intent.extra_columns += [f"{table}.{c}" for c in parts or [column]]
            for m in mentions:
                if m.table == table:
                    m.role = "related"
            consume(p, match)
    for table_name in reachable(p):  # 'the highest point in each state': `highlow.highest_point`, said in full
        table = p.catalog.table(table_name)
        prefix = table_prefix([c.name for c in table.columns])
        for column in table.columns:
            said = spoken_words(column.name, prefix)
            if len(said) < 2 or column.name in table.references or f"{table_name}.{column.name}" in p.intent.extra_columns:
                continue
            match = _said_in_full(p.text, said)
            if match and not (resolve_column(p, match[0]) or "").startswith(f"{p.intent.main_table}."):
                p.intent.extra_columns.append(f"{table_name}.{column.name}")
                consume(p, match)


def _said_in_full(text: str, lemmas: tuple[str, ...]) -> re.Match | None:
    """Where the words of `lemmas` are said in a row, in any inflection ('highest point' says
    `high point`), not as a grouping ('per ...', 'by ...')."""
    tokens = list(re.finditer(r"[a-z_]+", text))
    for i in range(len(tokens) - len(lemmas) + 1):
        if all(lemma(tokens[i + k][0]) == word for k, word in enumerate(lemmas)):
            if any(t[0] in ("per", "by", "each", "every") for t in tokens[max(0, i - 2) : i]):
                continue  # 'per album release year' is a grouping, not a column to carry
            return re.compile(r".+", re.S).match(text, tokens[i].start(), tokens[i + len(lemmas) - 1].end())
    return None


GROUPING_VERBS = {"summed", "counted", "totalled", "totaled", "averaged", "grouped", "aggregated", "bucketed", "segmented", "broken", "split"}


def _group_by(p: Parse, mentions: list[Mention]) -> None:
    keys: list[GroupKey] = list(p.intent.group_by)  # a count threshold's subject is grouped already
    clause = r"\b(?:per|by|for each|for every|each|every|group(?:ed)? by|aggregat\w* by|broken down by|split by)\s+"
    keywords = r"(?:per|by|for each|for every|each|every|group(?:ed)? by|aggregat\w* by|broken down by|split by)"
    # a clause ends where the next one starts: 'received by publications in each year' is two
    for match in re.finditer(clause + rf"([^.;:()?]*?)(?=\s+{keywords}\s|[.;:()?]|$)", p.text):
        before = p.text[: match.start()].split()[-1:]
        if before and before[0] in ("sorted", "ordered", "partitioned", "incrementally", "replaced"):
            continue
        agent = not re.match(r"\s*(?:each|every)\b", match[1])  # 'received by each author' groups
        if match[0].startswith("by") and agent and before and _relating(before[0]) and before[0] not in GROUPING_VERBS:
            continue  # 'publications written by authors', 'orders placed by customers': who did it, not a grouping
        if re.search(r"\btop\s+(?:\d+\s+|[a-z]+\s+){0,3}$", p.text[: match.start()]):  # 'top 5 states by area' ranks
            continue
        keyword = match[0].split()[0]
        first = (re.findall(r"[a-z_]+", match[1]) or [""])[0]
        grain = GRAINS.get(first)
        if keyword in ("each", "every") and before[-1:] != ["for"] and grain and p.intent.cron and grain in p.intent.schedule_phrase:
            continue  # 'each day at 02:00' is the schedule the schedule parser read, not a grouping
        for piece in re.split(r"\s*,\s*|\s+and\s+", re.sub(r"[^\w\s,]", " ", match[1])):
            words_ = piece.split()
            each = keyword in ("per", "each", "every", "for") or words_[:1] in (["each"], ["every"])  # not 'received by publications'
            found = next(((k, n) for n in range(min(len(words_), 3), 0, -1) if (k := _group_key(p, " ".join(words_[:n]), each))), None)
            if found is None:
                break  # the list of keys ended
            key = found[0]
            for each_key in (key, _label_of_named_reference(p, key, " ".join(words_[: found[1]]))):
                if each_key and each_key not in keys:
                    keys.append(each_key)
            if len(words_) > 3 or (words_ and key and len(words_) > 1 and _group_key(p, " ".join(words_)) is None):
                break  # words after the key: the clause went on to something else
    adjective = r"\b(daily|weekly|monthly|yearly|hourly|quarterly)\s+(count|revenue|sales|total|sum|average|number|amount|orders|signups|new|quantity)\b"
    for match in re.finditer(adjective, p.text):
        key = _group_key(p, match[1])
        if key and key not in keys:
            keys.insert(0, key)
    p.intent.group_by = keys

def _group_key(p: Parse, phrase: str, each: bool = False) -> GroupKey | None:
    """The column a phrase groups by; `each`: the phrase said each/every/per, so the main table itself
    ('citations of each author') is a grouping too."""
    words_ = [w for w in phrase.split() if w not in ("the", "a", "an", "their", "its", "each", "every")]
    if not words_:
        return None
    if words_ in (["weekday"], ["weekdays"]):  # 'each day of the week': a column of weekday names, else a date's weekday
        named = next((f"{t.name}.{c.name}" for t in near_tables(p) for c in t.columns if holds_weekday_names(c.known_values())), None)
        column = named or event_column(p)
        return GroupKey(column=column, grain=None if named else "weekday") if column else None
    if len(words_) == 1 and words_[0] in GRAINS:
        column = event_column(p)
        if column is None and GRAINS[words_[0]] == "year" and (year := year_column(p)):
            return GroupKey(column=year)  # 'per year' over an integer year column
        if column is None:  # no date: a column that holds the period itself ('each month' over `review.month`)
            grain = GRAINS[words_[0]]
            held = next((f"{t.name}.{c.name}" for t in own_and_parent_tables(p) for c in t.columns if c.name == grain), None)
            return GroupKey(column=held) if held else None
        return GroupKey(column=column, grain=_grain_for(p, column, GRAINS[words_[0]]))
    named = resolve_table(p.catalog, " ".join(words_))
    exactly = named and table_aliases(named).get(" ".join(words_)) == 3
    column = resolve_column(p, " ".join(words_))
    if column and exactly and (column.split(".")[0] not in (named, p.intent.main_table) or named == p.intent.main_table):
        column = None  # 'in every department': the departments themselves, not a `department` text; 'each loan': not `loan_days`
    if column and exactly and named != p.intent.main_table and _reference(p.catalog, p.intent.main_table, named):
        column = None  # 'which products': each product by the rows' reference to it (its name comes along), not one row per name
    if column:
        if rival := _table_and_column_reading(p, words_, column):
            said = " ".join(words_)
            p.intent.refusal = f"'{said}' could be `{column}` or the {words_[0]}'s own `{rival}`; say which (e.g. '{rival}')."
            return None
        return GroupKey(column=column)
    for size in range(len(words_) - 1, 0, -1):  # 'product category' -> products.category
        head, tail = " ".join(words_[:-size]), " ".join(words_[-size:])
        if (table := resolve_table(p.catalog, head)) and (column := column_of(p.catalog.table(table), tail)):
            return GroupKey(column=f"{table}.{column}")
        kind = resolve_table(p.catalog, tail)  # 'each business category': a table of the business's categories
        if table and kind and kind != table and _reference(p.catalog, kind, table) and (label := label_column(p.catalog.table(kind))):
            if label not in p.catalog.table(kind).references:
                return GroupKey(column=f"{kind}.{label}")
    table = resolve_table(p.catalog, " ".join(words_))
    if each and table and table == p.intent.main_table and reachable(p) and (label := label_column(p.catalog.table(table))):
        return GroupKey(column=f"{table}.{label}")  # 'citations of each author': one row per author
    if table and table != p.intent.main_table:  # 'per customer' -> orders.customer_id
        main = p.catalog.table(p.intent.main_table)
        label = label_column(p.catalog.table(table))
        for column, ref in main.references.items():  # (the name said elsewhere comes along with the key)
            if ref.split(".")[0] == table:
                return GroupKey(column=f"{main.name}.{column}")
        if table in reachable(p) and label:  # 'per author' of publications, 'the conference name' -> its label
            return GroupKey(column=f"{table}.{label}")
    return None


def _table_and_column_reading(p: Parse, words_: list[str], column: str) -> str | None:
    """'per stage name' where the rows refer to an artist with a `stage_name` and to a stage with a
    name: the other table's column the words also say (the stage's name), when the column found is not
    the main table's own. Two readings with different rows: not ours to choose."""
    if len(words_) < 2 or column.startswith(f"{p.intent.main_table}."):
        return None
    for size in range(len(words_) - 1, 0, -1):
        table = resolve_table(p.catalog, " ".join(words_[:size]))
        if table and table != column.split(".")[0] and (table == p.intent.main_table or table in reachable(p)):
            other = column_of(p.catalog.table(table), " ".join(words_[size:]))
            if other and f"{table}.{other}" != column:
                return f"{table}.{other}"
    return None


def _label_of_named_reference(p: Parse, key: GroupKey, phrase: str) -> GroupKey | None:
    """'each conference' groups publications by their reference to it (`cid`); the conference's name
    comes along, one join away, as a person reads the answer (same groups: the name follows the key)."""
    table, column = key.column.split(".")
    ref = p.catalog.table(table).references.get(column)
    words_ = [w for w in phrase.split() if w not in ("the", "a", "an", "their", "its", "each", "every")]
    if key.grain or not ref or resolve_table(p.catalog, " ".join(words_)) != ref.split(".")[0]:
        return None
    label = label_column(p.catalog.table(ref.split(".")[0]))
    return GroupKey(column=f"{ref.split('.')[0]}.{label}") if label and label != ref.split(".")[1] else None


def _reference_to(p: Parse, phrase: str) -> str | None:
    """'customers' counted in orders -> orders.customer_id."""
    table = resolve_table(p.catalog, phrase)
    main = p.catalog.table(p.intent.main_table)
    return next((f"{main.name}.{column}" for column, ref in main.references.items() if table and ref.split(".")[0] == table), None)


def _grain_for(p: Parse, column: str, grain: str) -> str | None:
    """A day grain of a DATE column is the column itself."""
    table, name = column.split(".")
    kind = p.catalog.table(table).column(name).type
    return None if grain == "day" and kind == "date" else grain


def _counted_columns(p: Parse, measures: list[MeasureIntent]) -> None:
    """'the average number of citations' over a column `citation_num` (or `review_count`,
    `num_pages`): a numeric column that already holds the number is summed or averaged, not
    counted. The phrase is consumed so it is not read again as a row count."""
    functions = {"average": "avg", "avg": "avg", "mean": "avg", "total": "sum", "sum": "sum", "overall": "sum",
                 "maximum": "max", "max": "max", "highest": "max", "minimum": "min", "min": "min", "lowest": "min"}  # fmt: skip
    pattern = rf"\b({'|'.join(functions)})\s+(?:the\s+)?(?:number|count|amount)\s+of\s+([a-z_]+)"
    for match in list(re.finditer(pattern, p.text)):
        noun = lemma(match[2])
        if resolve_table(p.catalog, match[2]) == p.intent.main_table:
            continue  # 'the total number of reviews' read from reviews: a count of its rows
        parents = own_and_parent_tables(p)[1:]  # a parent's count repeats on each of its rows: never summed from them
        tables = [t for t in near_tables(p) if t not in parents]
        found = next(
            (f"{t.name}.{c.name}" for t in tables for c in t.columns
             if is_numeric(c.type) and set(spoken_words(c.name, table_prefix([x.name for x in t.columns]))) in ({noun, "number"}, {noun, "count"}, {noun})),
            None,
        )  # fmt: skip
        if found:
            function = functions[match[1]]
            measures.append(MeasureIntent(function=function, column=found, name=f"{ {'avg': 'avg', 'sum': 'total', 'max': 'max', 'min': 'min'}[function]}_{found.split('.')[1]}"))
            consume(p, match)


THEIR = re.compile(
    r"\b(?P<key>[a-z_]+\s+(?:names?|titles?))\b[^,.;?]*?\b(?:and|with)\s+their\s+(?:average|avg|mean|total|number|count|minimum|maximum|lowest|highest)\b"
)


def _their_measures(p: Parse) -> None:
    """'a list of business names in New York and their average ratings': a measure of each thing listed,
    grouped by what names it."""
    if p.intent.group_by or not (match := THEIR.search(p.text)):
        return
    if key := _group_key(p, match["key"], each=True):
        p.intent.group_by = [key]
        blank(p, match.start("key"), match.end("key"))


def _group_of_the_act(p: Parse) -> None:
    """'customers who rented from each store': the rows' own store (`customer.store_id`) or the store the
    rentals were from (the rental's copy's store)? When the table of the act said reaches the group's table
    without the rows read, two groupings are possible: the request is asked back, never guessed."""
    for key in p.intent.group_by:
        table, column = key.column.split(".")
        target = p.catalog.table(table).references.get(column, "").split(".")[0]
        if table != p.intent.main_table or not target:
            continue
        for act in p.intent.through_tables:
            if act in (p.intent.main_table, target):
                continue
            try:
                hops = join_path(p.catalog, act, target)
            except AmbiguousJoin:
                hops = [None]
            except NoJoinPath:
                continue
            if hops and all(hop is None or hop.table != p.intent.main_table for hop in hops):
                p.intent.refusal = (
                    f"'each {target}' could be the {table}'s own {target} (`{key.column}`) or the {target} of the {act}; "
                    f"say which (e.g. 'per {table} {target}' or 'per {act} {target}')."
                )
                return


def _share_within(p: Parse) -> None:
    """'orders by status in each region, with what percentage of that region's orders each status makes
    up': each group's count over the count of the groups that share the outer key (a window per region),
    read where two keys are grouped, one of them said to hold the whole."""
    kind = SHARE_WORD.search(p.text)  # (reading.py: the coverage check reads the same words)
    counts = [m for m in p.intent.measures if m.function == "count"]
    if not kind or len(p.intent.group_by) < 2 or len(counts) != 1 or any(m.function in ("share", "percentage", "ratio") for m in p.intent.measures):
        return
    for match in SHARE_WITHIN.finditer(p.text, kind.end()):
        said = (match["a"] or match["b"]).split()
        outer = next((k for n in range(len(said), 0, -1) if (k := _group_key(p, " ".join(said[:n])))), None)
        if outer is None or outer.column not in {g.column for g in p.intent.group_by}:
            continue
        function = "percentage" if kind["kind"] in ("percentage", "percent") else "share"
        name = counts[0].name or "count"
        p.intent.measures.append(MeasureIntent(function=function, column=name, name=function, within=[outer.column]))
        blank(p, kind.start(), match.end())
        return


def _measured_rows(p: Parse) -> None:
    """'how many units were sold per category in 2024': the sums are of the order lines that refer to the
    products, so the lines are the rows read (their order's date says when), the products what they join."""
    tables = {(m.column or "").split(".")[0] for m in p.intent.measures}
    if len(tables) != 1 or any(m.function not in ("sum", "avg", "min", "max") for m in p.intent.measures):
        return
    measured = tables.pop()
    if measured != p.intent.main_table and p.intent.group_by and _reference(p.catalog, measured, p.intent.main_table):
        p.intent.main_table = measured


def _measures_of_many(p: Parse) -> None:
    """'the businesses and their average rating': one business has one `rating`, so an average per
    business is of the ratings of the rows that refer to it (its reviews' `rating`), when exactly one
    such table has that number. Grouped by something else (a city), the business's own number stays."""
    main = p.catalog.table(p.intent.main_table)
    own = {f"{main.name}.{k}" for k in [*(main.primary_key or [main.identifier]), label_column(main)] if k}
    if not p.intent.group_by or not {g.column for g in p.intent.group_by} <= own:
        return
    for measure in p.intent.measures:
        table, _, name = (measure.column or "").partition(".")
        if measure.function not in ("avg", "sum", "min", "max") or table != main.name:
            continue
        children = [t.name for t in p.catalog.tables if _reference(p.catalog, t.name, main.name) and t.column(name) and is_numeric(t.column(name).type)]
        if len(children) == 1:
            measure.column = f"{children[0]}.{name}"


def _measures(p: Parse) -> None:
    kept = {h.column for h in p.intent.having} | {m.column for m in p.intent.measures if m.function in ("share", "percentage")}
    kept |= {n for m in p.intent.measures if m.function == "quotient" for n in m.column.split(" / ")}
    measures: list[MeasureIntent] = [m for m in p.intent.measures if m.function in ("ratio", "share", "percentage", "quotient") or m.name in kept]
    _counted_columns(p, measures)
    phrase = r"([a-z_]+(?:\s+[a-z_]+)?)"
    for match in re.finditer(rf"\b(?:count|number|how many)\s+(?:of\s+)?(?:the\s+)?(distinct|unique|different)?\s*{phrase}?", p.text):
        if match[1] and match[2] and (column := resolve_column_head(p, match[2]) or _reference_to(p, match[2].split()[0]) or resolve_column_tail(p, match[2])):
            if CASE_INSENSITIVE.search(p.text) and column_type(p, column).startswith(TEXT_TYPES):
                column = f"lower({column})"  # 'emails that differ only in case are the same': one address
            measures.append(MeasureIntent(function="count_distinct", column=column, name=f"distinct_{QUALIFIED.search(column)[0].split('.')[1]}"))
        elif not any(m.function == "count" for m in measures):
            after = re.findall(r"[a-z_]+", p.text[match.end(1) if match[1] else match.start(2) if match[2] else match.end() :])[:3]
            if after and counting_column(p.catalog.table(p.intent.main_table), after[0]):
                continue  # 'the number of references' is `reference_num`, a number each row holds
            if after and lemma(after[0]) in ("unit", "piece") and (quantity := resolve_column(p, after[0])):
                measures.append(MeasureIntent(function="sum", column=quantity, name=f"{after[0]}_sold" if "sold" in after else after[0]))
                continue  # 'how many units were sold': the quantities summed, not the lines counted
            stop = next((i for i, w in enumerate(after) if w in ("per", "by", "each", "every", "for", "in")), len(after))
            noun = next((w for w in after[:stop] if resolve_table(p.catalog, w)), "rows")  # not the group ('... per pier')
            name = snake(f"{noun}_count" if noun != "rows" else "row_count")
            counted = resolve_table(p.catalog, noun) if noun != "rows" else None
            if tally := _tally_column(p, noun):  # each check-in row already holds a count of check-ins
                measures.append(MeasureIntent(function="sum", column=tally, name=name))
            elif counted and counted != p.intent.main_table:  # 'users ... how many reviews': reviews, never the users
                if reference := _reference(p.catalog, p.intent.main_table, counted):  # the rows' own reference to them
                    if not any(m.function == "count_distinct" and m.column == f"{p.intent.main_table}.{reference}" for m in measures):
                        measures.append(MeasureIntent(function="count_distinct", column=f"{p.intent.main_table}.{reference}", name=name))
                elif identifier := p.catalog.table(counted).identifier:
                    measures.append(MeasureIntent(function="count_distinct", column=f"{counted}.{identifier}", name=name))
            else:
                measures.append(MeasureIntent(function="count", name=name))
    if spread := _spread(p, p.spread):
        measures.append(spread)
    functions = {"sum": r"sums?|totals?", "avg": r"averages?|avg|mean", "min": r"min|minimum|lowest|smallest|cheapest|least\s+expensive",
                 "max": r"max|maximum|highest|largest|biggest|greatest|priciest|most\s+expensive|costliest|dearest"}  # fmt: skip
    # 'the minimum and (the) maximum price': each function of a coordinated list applies to the phrase after it
    any_function = "|".join(functions.values())
    text = re.sub(
        rf"\b({any_function})(?:\s*,\s*(?:and\s+)?|\s+(?:and|&|or)\s+)(?:the\s+)?(?=(?:{any_function})\b)",
        lambda m: m[1] + " \x00 ",
        p.text,
    )
    for function, words_ in functions.items():
        for match in re.finditer(rf"\b(?:{words_})\s+(?:\x00\s+(?:{any_function})\s+)*(?:of\s+)?(?:the\s+|their\s+|its\s+|all\s+)?{phrase}", text):
            if function in ("min", "max") and re.search(r"\b(?:with|has|have|had|having)\s+the\s+$", text[: match.start()]):
                continue  # 'the restaurant with the highest rating' selects rows (read_row_ranking), it is not a max
            if function == "sum" and match[1].split()[0] in ("number", "count", "counts"):
                continue  # 'the total number of reviews' is a count (read above), not a sum of some number
            column = _measure_column(p, match[1])
            if column is None and (following := re.match(r"\s+([a-z_]+)", text[match.end() :])):
                column = _measure_column(p, f"{match[1].split()[-1]} {following[1]}")  # 'totals of completed order amounts'
            if column is None and function == "sum" and "sum" in (match[0].split()[0], match[1].split()[0]):
                column = _money_expression(p)  # 'their total sum': what the rows are worth
            if column is None and function == "sum":  # 'the total amount' of a `total_amt`: the word is the column's own
                column = _measure_column(p, f"{match[0].split()[0]} {match[1].split()[0]}")
            if column is None and function in ("min", "max") and re.match(r"cheapest|most\s+expensive|priciest|costliest|least\s+expensive", match[0]):
                column = _money_column(p)  # 'the cheapest and most expensive job': what the rows cost
            products = [d for d in p.intent.derive if d.function == "multiply"]
            if column is None and function in ("sum", "avg") and len(products) == 1:
                column = " * ".join(products[0].columns)  # 'total cost (quantity times unit price)': the product defined
                p.intent.derive.remove(products[0])
            if column:
                name = _measure_name(function, match[1], column)
                if not any(m.function == function and m.column == column for m in measures):
                    measures.append(MeasureIntent(function=function, column=column, name=name))
                first = next((n for n in (2, 1) if len(match[1].split()) >= n and _numeric_column_said(p, " ".join(match[1].split()[:n]))), 1)
                rest = text[match.start(1) + len(" ".join(match[1].split()[:first])) :]
                for said, other in _coordinated_columns(p, rest):  # 'the average easiness and helpfulness'
                    if not any(m.function == function and m.column == other for m in measures):
                        measures.append(MeasureIntent(function=function, column=other, name=_measure_name(function, said, other)))
    worth = re.search(r"\b(revenue|turnover|spend|spending|spent|value)\b", p.text) or (None if measures else re.search(r"\b(sales)\b", p.text))
    if worth and not any(m.function == "sum" for m in measures) and (p.intent.group_by or measures):
        products = [d for d in p.intent.derive if d.function == "multiply"]
        if len(products) == 1:  # 'revenue ... (quantity times unit price)': the product the request defines
            column = " * ".join(products[0].columns)
            p.intent.derive.remove(products[0])
        else:
            column = _money_expression(p) if worth[0] != "value" else None
        if column:
            measures.append(MeasureIntent(function="sum", column=column, name="revenue" if worth[0] != "value" else "value"))
    names: set[str] = set()
    for measure in measures:
        while measure.name in names:
            measure.name += "_2"
        names.add(measure.name)
    p.intent.measures = measures


LOW_WORDS = r"first|earliest|oldest|lowest|smallest|minimum|min|shortest|cheapest"
HIGH_WORDS = r"last|latest|newest|most\s+recent|highest|largest|biggest|maximum|max|longest|priciest"
SPREAD = re.compile(
    rf"\b(?:(?:difference|gap|span|spread|range)\s+(?:in\s+(?P<what>[a-z_]+(?:\s+[a-z_]+)?)\s+)?"
    rf"|how\s+many\s+(?P<unit>days|weeks|months|years|hours|minutes)\s+(?:are\s+there\s+|passed\s+|elapsed\s+|were\s+there\s+)?)(?:between|from)\s+(?:the\s+)?"
    rf"(?:(?P<low>{LOW_WORDS})\s+(?:and|to)\s+(?:the\s+)?(?:{HIGH_WORDS})|(?:{HIGH_WORDS})\s+(?:and|to)\s+(?:the\s+)?(?P<low2>{LOW_WORDS}))"
    rf"\s+(?:of\s+)?(?:the\s+)?(?:number\s+of\s+)?(?P<rest>[a-z_]+(?:\s+[a-z_]+)?)"
)
TIME_WORDS = {"time", "times", "years", "year", "dates", "date", "days", "period"}


def _spread(p: Parse, match: re.Match | None) -> MeasureIntent | None:
    """'the difference in time between the first and last paper published', 'the gap between the lowest
    and highest price': the largest value of a column minus its smallest. Said of time (or of the first
    and the last thing), the column is when the rows happened. `match`: SPREAD, read before the words
    'highest number of' could be read as anything else (and blanked up to what it measures)."""
    if not match:
        return None
    temporal = (match["low"] or match["low2"]) in ("first", "earliest", "oldest") or (match["what"] or "") in TIME_WORDS or bool(match["unit"])
    column = _measure_column(p, match["what"]) if match["what"] and match["what"] not in TIME_WORDS else None
    column = column or (_measure_column(p, match["rest"]) if not temporal else None)
    column = column or ((event_column(p) or year_column(p)) if temporal else None)
    if column is None:
        return None
    units = {"minutes": "minute", "hours": "hour", "days": "day", "weeks": "week", "months": "month", "years": "year"}
    unit = units.get(match["unit"] or "") if column_type(p, column).startswith(("date", "timestamp")) else None
    return MeasureIntent(function="spread", column=column, name=f"{match['unit'] or column.split('.')[1] + '_spread'}", grain=unit)


TALLY_COLUMNS = {"count", "cnt", "counts", "tally", "occurrences"}


def _tally_column(p: Parse, noun: str) -> str | None:
    """A table whose rows are already counts (a numeric `count` column, as in pre-aggregated
    check-ins or page views): the number of its things is the sum of that column, not its rows."""
    named = resolve_table(p.catalog, noun) if noun != "rows" else None
    table = p.catalog.table(named or p.intent.main_table)
    if table is None or table.name != p.intent.main_table:
        return None
    found = [c.name for c in table.columns if c.name.lower() in TALLY_COLUMNS and is_numeric(c.type)]
    return f"{table.name}.{found[0]}" if len(found) == 1 else None


def _measure_name(function: str, phrase: str, column: str) -> str:
    word = phrase.split()[-1]
    prefix = {"sum": "total", "avg": "avg", "min": "min", "max": "max"}[function]
    if word in MONEY_WORDS and word not in ("amount", "amounts"):
        return snake(word) if function == "sum" else f"{prefix}_{snake(word)}"
    base = column.split(".")[1] if "*" not in column else snake(phrase)
    return f"{prefix}_{base}"


def _coordinated_columns(p: Parse, after: str) -> list[tuple[str, str]]:
    """The numeric columns listed right after a measured one ('easiness, clarity and helpfulness scores'):
    each word or two after ',' / 'and' that names one, until a word that does not."""
    found: list[tuple[str, str]] = []
    while match := re.match(r"\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s+)(?:the\s+|its\s+|their\s+)?([a-z_]+(?:\s+[a-z_]+)?)", after):
        words_ = match[1].split()
        said = next((" ".join(words_[:n]) for n in (2, 1) if len(words_) >= n and _numeric_column_said(p, " ".join(words_[:n]))), None)
        if said is None or said.split()[0] in FUNCTION_NAMES:
            break
        found.append((said, _numeric_column_said(p, said)))
        after = after[match.start(1) + len(said) :]
    return found


def _numeric_column_said(p: Parse, phrase: str) -> str | None:
    """The numeric column the whole phrase names (no part of it)."""
    column = resolve_column(p, phrase)
    return column if column and is_numeric(column_type(p, column)) else None


FUNCTION_NAMES = {"sum", "total", "average", "avg", "mean", "min", "minimum", "max", "maximum", "count", "number", "highest", "lowest"}


def _measure_column(p: Parse, phrase: str) -> str | None:
    words_ = phrase.split()
    for size in (2, 1):
        for start in range(len(words_) - size, -1, -1):
            part = " ".join(words_[start : start + size])
            if part in MONEY_WORDS:  # the column the word names ('amount' of a `paid_amount`), else what a row is worth
                named = resolve_column(p, part)
                return named if named and is_numeric(column_type(p, named)) else _money_expression(p)
            column = resolve_column(p, part)
            if column and is_numeric(column_type(p, column)):
                return column
    return None


def _money_expression(p: Parse) -> str | None:
    """The money of a row of the main table: an amount-like column as charged, else quantity * unit price
    or the one price column, less the row's discount (`ai_etl.language.money`)."""
    table = p.catalog.table(p.intent.main_table)
    for name in ("amount", "total", "total_amount", "revenue", "value"):
        if table.column(name) and is_numeric(table.column(name).type):
            return f"{table.name}.{name}"
    quantity = next((c.name for c in table.columns if c.name in ("quantity", "qty", "units")), None)
    price = next((c.name for c in table.columns if c.name in ("unit_price", "price")), None)
    if quantity and price:
        return less_discount(f"{table.name}.{quantity} * {table.name}.{price}", table, p.text)
    if price:
        return less_discount(f"{table.name}.{price}", table, p.text)
    if _money_in_referring_rows(p):
        return None  # 'revenue' of orders whose line items have prices too: which sum is meant is not ours to guess
    column = _money_column(p)  # `total_cost`, `l_extendedprice`, `total_amt`: the one column of what a row cost
    priced = column and "price" in spoken_words(column.split(".")[1], table_prefix([c.name for c in table.columns]))
    return less_discount(column, table, p.text) if priced else column  # a cost or total is as charged


def _money_in_referring_rows(p: Parse) -> bool:
    """Do rows that refer to the main table hold money of their own (an order's line items with their
    prices and discounts)? Then a main-table column only said to be some price is one reading of many."""
    main = p.intent.main_table
    for table in p.catalog.tables:
        if table.name != main and any(ref.split(".")[0] == main for ref in table.references.values()):
            prefix = table_prefix([c.name for c in table.columns])
            if any(is_numeric(c.type) and set(MONEY) & set(spoken_words(c.name, prefix)) for c in table.columns):
                return True
    return False


def _ranking(p: Parse) -> None:
    """'Which region has the most completed orders?', 'What category had the highest revenue?':
    the groups of the named key, ranked by the measure, the first one kept."""
    match = ranked_phrase(p.text)
    if not match:
        return
    words_ = match[1].split()
    phrases = [" ".join(words_[-n:]) for n in range(len(words_), 0, -1)] + [" ".join(words_[:n]) for n in range(len(words_) - 1, 0, -1)]
    key, said = next(((k, phrase) for phrase in phrases if (k := _group_key(p, phrase))), (None, ""))  # 'which author has written': the key, then a verb
    if key is None:
        return
    for at, each_key in enumerate(k for k in (key, _label_of_named_reference(p, key, said)) if k):
        if each_key not in p.intent.group_by:
            p.intent.group_by.insert(at, each_key)
    measures = [m for m in p.intent.measures if m.function not in ("max", "min")]  # 'highest' ranks; it is not a max
    if not measures:
        column = _measure_column(p, match[3])
        function = "avg" if re.search(r"\b(?:average|avg|mean)\s+$", p.text[: match.start(3)]) else "sum"  # 'the highest average score'
        measures = [
            MeasureIntent(function=function, column=column, name=_measure_name(function, match[3], column))
            if column
            else MeasureIntent(function="count", name=snake(f"{match[3].split()[0]}_count"))
        ]
    p.intent.measures = measures
    if p.top is None and (counted := re.search(rf"\b(?:which|what)\s+(?:are\s+the\s+)?({NUMBER})\s+[a-z_]+", p.text[: match.start(2)])):
        p.top = number_value(counted[1])  # 'which five parts earned the most revenue': five of them
        blank(p, counted.start(1), counted.end(1))
    if p.top is None and _plural_subject(p.text[match.start() : match.start(2)], key_words=words_):
        return  # 'which neighbourhoods have the most businesses': how many is not said, so none is cut (nor ranked)
    p.intent.rank = Ranking(measure=measures[0].name or measures[0].function, descending=MOST[match[2]], limit=p.top or 1)


def _plural_subject(said: str, key_words: list[str]) -> bool:
    """Is 'which <key> ... the most' about several rows? The verb says it ('which species has': one), else the noun."""
    if re.search(r"\b(?:has|is|was|does)\b", said):
        return False
    if re.search(r"\b(?:have|are|were|do)\b", said):
        return True
    noun = next((w for w in reversed(key_words) if w not in ("has", "have", "is", "are", "was", "were", "does", "do")), key_words[-1])
    return singular(noun) != noun


# ------------------------------------------------------------------ name resolution


