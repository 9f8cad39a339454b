"""The built-in model's Planner: a deterministic semantic parser for ETL requests (EN and RU).

It reads the request against the source catalog, as an LLM would with the schema in its prompt:
table mentions (by name, name part, singular/plural or synonym), column mentions, values of
low-cardinality columns ("completed", "Germany", "EU"), measures (sum/count/average...), group
keys with time grains, derived columns, deduplication, anti joins, load mode, target and schedule.
Names it cannot ground are returned as such; the Schema Analyst decides what they mean."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import (
    QUALIFIED,
    Catalog,
    CatalogTable,
    Condition,
    Intent,
    MeasureIntent,
)
from ai_etl.catalog.abbreviations import speaks_schema_abbreviations
from ai_etl.catalog.comments import said_forms
from ai_etl.catalog.values import is_measuring_number
from ai_etl.language.acts import with_acts_named
from ai_etl.language.anti_joins import (
    conditions_of_the_absent,
    read_anti_join,
    read_never_acted,
    read_never_related_to_values,
    read_state_no_related_row_has,
)
from ai_etl.language.column_comparisons import read_column_comparisons
from ai_etl.language.conditions import (
    read_either,
    read_explicit_conditions,
    read_named_codes,
    read_numbered_kinds,
    read_related_to_all,
)
from ai_etl.language.conditional_counts import read_conditional_counts
from ai_etl.language.counts import (
    read_count_per_subject,
    refuse_undone_rows_counted,
    refuse_undone_rows_summed,
    read_counted_unit,
    read_times_acted,
    read_count_threshold,
    read_times_threshold,
    read_groups_kept_by_measure,
    read_measure_threshold,
    read_repeated_values,
    read_same_values,
    read_zero_groups,
)
from ai_etl.language.dates import read_dates
from ai_etl.language.derivations import read_dedupe, read_derivations, read_parse_steps
from ai_etl.language.grouping import read_attributes_of_the_groups, read_every_value_listed_apart, read_group_by
from ai_etl.language.happened import read_act_not_undone, read_happened, read_went_ahead
from ai_etl.language.inclusions import inclusions
from ai_etl.language.measures import (
    SPREAD,
    read_group_of_the_act,
    read_measured_rows,
    read_measures,
    read_measures_of_many,
    read_their_measures,
    refuse_an_average_within_each_parent,
)
from ai_etl.language.missing_values import (
    read_fills,
    read_missing_values,
    read_acts_kept,
    read_null_states,
    read_rows_of_the_kind_named,
    read_zero_states,
)
from ai_etl.language.money import with_money_spent_named
from ai_etl.language.nominal_acts import with_acts_as_nouns
from ai_etl.language.phrasal_verbs import with_phrasal_verbs
from ai_etl.language.presentation import (
    without_calendar_word,
    without_examples,
    without_presentation_order,
    without_spoken_weekday,
    without_stated_units,
)
from ai_etl.language.ranked_groups import read_ranking, read_top_groups
from ai_etl.language.rankings import read_row_ranking
from ai_etl.language.rounding import read_rounding
from ai_etl.language.ratios import (
    read_flag_rate,
    read_quotient_base,
    read_quotient_of_totals,
    read_ratio,
    read_share,
    read_share_within,
)
from ai_etl.language.reading import (
    Parse,
    blank,
    catalog_words,
    column_of,
    consume,
    is_numeric,
    label_column,
    resolve_table,
    schema_names,
)
from ai_etl.language.request_text import (
    DATA_NOUNS,
    FUNCTION_WORDS,
    STOP,
    plain_wording,
    singular,
    without_nightly_adjective,
)
from ai_etl.language.code_descriptions import read_described_codes
from ai_etl.language.russian import translate_russian, without_russian_schedule
from ai_etl.language.said_values import on_referencing_columns, read_said_values
from ai_etl.language.schedule_text import (
    SAID_ON_DEMAND,
    ScheduleTextError,
    parse_schedule,
)
from ai_etl.language.signs import read_signs
from ai_etl.language.spoken import is_noun, joined_compounds, spoken_words
from ai_etl.language.table_choice import (
    read_main_table,
    read_related_columns,
    read_through_tables,
    table_mentions,
)
from ai_etl.language.text_patterns import read_text_patterns
from ai_etl.language.relative_periods import read_relative_periods
from ai_etl.language.unit_acts import read_unit_acts
from ai_etl.language.units import with_sterling_pounds
from ai_etl.language.value_conditions import read_value_conditions
from ai_etl.language.years import dated_by_measured_rows, read_years, when_column

# Nouns of rows that hold an amount rather than record an event: 'balances per warehouse' asks for the
# amounts, not for how many balance rows there are.
HELD_AMOUNTS = {"balance", "stock", "inventory", "level", "holding", "position", "amount", "total", "quantity", "volume"}


def _held_quantity(table: CatalogTable) -> str | None:
    """The amount a table's rows hold (`stock_balances.qty_on_hand`), where its name says its rows are
    amounts held and it has one such column."""
    if not set(spoken_words(table.name)) & HELD_AMOUNTS:
        return None
    numbers = [c.name for c in table.columns if is_measuring_number(c.name, c.type) and c.name not in table.references and c.name != table.identifier]
    return numbers[0] if len(numbers) == 1 else None


def _acts_that_may_not_happen(catalog: Catalog) -> set[str]:
    """The participles of the acts a nullable date records ('cancelled' of `cxl_dt` 'date the job was cancelled'): 'count the
    cancelled ones too' keeps them, as it does rows of a value."""
    from ai_etl.language.events import comment_acts
    from ai_etl.language.spoken import acts_named, verb_forms

    stamps = [c for t in catalog.tables for c in t.columns if c.nullable and c.type.startswith(("date", "timestamp"))]
    return {form for c in stamps for act in comment_acts(c) | acts_named(c.name) for form in verb_forms(act, "VBN")}


@speaks_schema_abbreviations
def parse_request(request: str, catalog: Catalog) -> Intent:
    """The Intent of `request` grounded as far as the catalog allows (see module docstring)."""
    original = request.strip()
    if not original:
        return Intent(refusal="The request is empty; say which data to load, from where, and when.")
    try:
        schedule = parse_schedule(original)
    except ScheduleTextError as err:
        return Intent(refusal=str(err))
    russian = without_russian_schedule(original, schedule.phrase, schedule.time_phrase)  # read from the original words
    text = with_phrasal_verbs(joined_compounds(plain_wording(translate_russian(russian, schema_names(catalog)).lower()), catalog_words(catalog)), catalog)
    text = with_acts_as_nouns(text, catalog)  # 'more than 40 failures' -> 'more than 40 failed insp'
    text = without_stated_units(without_calendar_word(without_presentation_order(without_examples(with_sterling_pounds(text, catalog.tables)))), [c.name for t in catalog.tables for c in t.columns])
    text = re.sub(r"(\w)['’]s\b|(\ws)['’](?=\s)", r"\1\2", text)  # customer's email -> customer email; members' boats
    text = with_acts_named(text, catalog)  # 'the most borrowed books' -> 'the books with the most loans'
    text = with_money_spent_named(text, catalog)
    text = without_nightly_adjective(without_spoken_weekday(text), [c.name for t in catalog.tables for c in t.columns])
    p = Parse(catalog=catalog, text=text, original=original, normalized=text)
    p.intent.cron, p.intent.schedule_phrase, p.intent.replicate_every = schedule.cron, schedule.phrase, schedule.every
    said_on_demand = SAID_ON_DEMAND.fullmatch(schedule.phrase)  # 'one-off load, no schedule'
    said = list(re.finditer(rf"(?<![\w]){re.escape(schedule.phrase.lower())}(?![\w])", p.text)) if schedule.cron or said_on_demand else []
    if said_on_demand:  # 'one-off load, no schedule': every such phrase
        said = list(SAID_ON_DEMAND.finditer(p.text))
    if said:  # 'every Monday at 6 AM' is when it runs, never a condition on a weekday column (the last one said:
        consume(p, said[-1])  # in 'daily revenue, daily at 2 AM' the first 'daily' is a grouping)
    for other in said[:-1] if said_on_demand else []:
        consume(p, other)
    if schedule.cron and schedule.time_phrase and (at := re.search(rf"(?<!\w){re.escape(schedule.time_phrase)}(?!\w)", p.text)):
        consume(p, at)  # 'per genre, every Sunday at 10 pm': the time is when it runs, not a column named `*_at`
    read_rounding(p)
    _target(p)
    _explicit_source(p)
    _load_mode(p)
    p.spread = SPREAD.search(p.text)
    if p.spread:
        blank(p, p.spread.start(), p.spread.start("rest"))
    for start, end, _ in inclusions(p.text, {form.strip().lower() for t in catalog.tables for c in t.columns for form, _ in said_forms(c)} | _acts_that_may_not_happen(catalog)):
        blank(p, start, end)  # 'refunded ones included': no condition
        p.included.append((start, end))
        if (before := re.search(r",\s*$", p.text[:start])) and (after := re.match(r"\s*,", p.text[end:])):
            blank(p, before.start(), end + after.end())  # ', cancellations included,' said aside: the clause goes on around it
    read_unit_acts(p)
    read_top_groups(p)
    read_share(p)
    read_ratio(p)
    read_named_codes(p)
    read_count_threshold(p)
    read_times_threshold(p)
    read_measure_threshold(p)
    read_count_per_subject(p)
    read_times_acted(p)
    read_explicit_conditions(p)
    read_numbered_kinds(p)
    read_said_values(p)
    mentions = table_mentions(p)
    mentioned_words = re.findall(r"[a-z0-9_]+", p.text)
    read_main_table(p, mentions)
    if p.intent.main_table is None:
        if not p.intent.unknown_tables:
            tables = ", ".join(t.name for t in catalog.tables)
            p.intent.refusal = f"The request does not say which data to load; name a table of the source ({tables})."
        return p.intent
    read_counted_unit(p)
    _load_columns(p)
    on_referencing_columns(p)
    read_described_codes(p)
    read_same_values(p)
    read_repeated_values(p)
    read_text_patterns(p)
    read_never_related_to_values(p)
    read_anti_join(p, mentions)
    if p.intent.exclude_related is None:
        read_never_acted(p)
    read_fills(p)
    read_column_comparisons(p)
    read_null_states(p)
    read_zero_states(p)
    read_missing_values(p)
    read_went_ahead(p)
    read_act_not_undone(p)
    read_happened(p)
    read_signs(p)
    read_through_tables(p, mentions)
    read_parse_steps(p)
    read_dedupe(p)
    read_derivations(p)
    read_related_columns(p, mentions)
    read_group_by(p, mentions)
    read_act_not_undone(p, linking=True)
    read_attributes_of_the_groups(p)
    read_group_of_the_act(p)
    read_their_measures(p)
    read_measures(p)
    read_quotient_of_totals(p)
    if len(measured := {m.column.split(".")[0] for m in p.intent.measures if m.function in ("sum", "avg", "min", "max") and "." in (m.column or "")}) == 1:
        dated_by_measured_rows(p, measured.pop())  # 'total kilos of honey per apiary and year': the harvests' year
    read_share_within(p)
    read_measured_rows(p)
    read_flag_rate(p)
    read_measures_of_many(p)
    read_quotient_base(p)
    read_value_conditions(p)
    read_state_no_related_row_has(p)
    read_conditional_counts(p)
    read_rows_of_the_kind_named(p)
    read_related_to_all(p)
    read_dates(p, when_column(p))
    read_relative_periods(p, when_column(p))
    read_years(p)
    read_acts_kept(p)  # (after the dates: 'signed off in 2024' is a year of `done_at`, no state of it)
    read_either(p)
    if (added := ROWS_ADDED.search(p.original.lower())) and not p.intent.either:
        p.intent.refusal = f"'{added[0]}' adds rows of another kind to those asked for (either one or the other), which this reading cannot keep together; ask for each kind on its own."
    read_zero_groups(p)
    read_ranking(p)
    if p.intent.rank and p.top:
        p.intent.rank.limit = p.top
    read_row_ranking(p)
    for key in p.intent.group_by if p.intent.rank else []:  # 'the top 5 members': rows with no member are no member
        table, column = key.column.split(".")
        if column in p.catalog.table(table).references and not any(c.column == key.column for c in p.intent.conditions):
            p.intent.conditions.append(Condition(column=key.column, op="not_null"))
    main = catalog.table(p.intent.main_table)
    if p.intent.group_by and not p.intent.measures and {g.column for g in p.intent.group_by} <= {f"{main.name}.{k}" for k in [*(main.primary_key or [main.identifier]), label_column(main)]}:
        p.intent.group_by = []  # 'the population per area for each state' over states: each row is one already
    own = {f"{main.name}.{k}" for k in [*(main.primary_key or [main.identifier]), label_column(main)] if k}
    averaged = {t.split(".")[0] for m in p.intent.measures for t in QUALIFIED.findall(m.column or "")}
    if p.intent.measures and all(m.function == "avg" for m in p.intent.measures) and averaged == {main.name} and any(g.column in own for g in p.intent.group_by):
        p.intent.group_by = [g for g in p.intent.group_by if g.column not in own]  # 'average tonnes per haul by month': the
        # hauls are what is averaged over, not one group each (the average of one haul is its own tonnes)
    if p.intent.group_by and not p.intent.measures and (held := _held_quantity(main)):
        grouped = ", ".join(g.column for g in p.intent.group_by)
        p.intent.refusal = f"The rows of '{main.name}' are amounts held ({held}), not events to count; say what to compute per {grouped}, e.g. 'total {held}'."
    read_every_value_listed_apart(p)
    if p.intent.group_by and not p.intent.measures and (amount := _rows_said_as_an_amount(p, mentions, mentioned_words)):
        p.intent.refusal = f"'{amount}' is said as an amount, not as rows to count; say what to add up (e.g. 'total <amount column>') or 'how many {p.intent.main_table}'."
    if p.intent.group_by and not p.intent.measures:
        p.intent.measures.append(MeasureIntent(function="count", name="rows"))
    read_groups_kept_by_measure(p)
    refuse_undone_rows_counted(p)
    refuse_undone_rows_summed(p)
    conditions_of_the_absent(p)
    refuse_an_average_within_each_parent(p)
    p.intent.related_tables = sorted({c.split(".")[0] for c in p.intent.qualified_columns()} - {p.intent.main_table})
    return p.intent


# more rows of another kind added to those asked for: 'the dogs whose vaccination runs out before March, plus the ones we have
# no record for' (either, never both)
ROWS_ADDED = re.compile(r"\b(?:plus|as\s+well\s+as|and\s+also)\s+(?:all\s+)?(?:the\s+ones|those|any(?:\s+ones)?)\b")


COUNTING_DETERMINERS = {"a", "an", "each", "every", "per", "one", "which", "what", "any", "no", "single"}


def _rows_said_as_an_amount(p: Parse, mentions: list, words: list[str]) -> str | None:
    """'rent collected per landlord' of `rent_pmts`: the rows' table named only by a singular noun no determiner
    counts ('rent', never 'payments' or 'each payment'), which says money, not a number of rows; the word, else None."""
    said = [m for m in mentions if m.table == p.intent.main_table]
    if not said or not all(m.start < len(words) for m in said):
        return None
    nouns = {words[m.start] for m in said}
    if any(len(after := words[m.start + 1 : m.start + 2]) and singular(after[0]) != after[0] and is_noun(singular(after[0])) for m in said):
        return None  # 'rent payments per month': payments, counted
    if any(singular(n) != n or not is_noun(n) for n in nouns) or any(m.start and words[m.start - 1] in COUNTING_DETERMINERS for m in said):
        return None
    table_words = spoken_words(p.intent.main_table)
    if not all(n in table_words and table_words[-1] != n for n in nouns):
        return None
    main = p.catalog.table(p.intent.main_table)  # the noun is what an amount of theirs is of ('Rent due for the month'), not
    amounts = [c for c in main.columns if is_numeric(c.type) and c.name not in main.references and c.name != main.identifier]  # the things sold ('kit')
    comments = [(c.comment or "").lower() for c in amounts] + ([(main.comment or "").lower()] if len(amounts) == 1 else [])  # ('Mooring rent
    return next(iter(nouns)) if any(re.search(rf"\b{re.escape(n)}\b", comment) for comment in comments for n in nouns) else None  # received')


def _target(p: Parse) -> None:
    """'to ClickHouse table analytics.daily_sales', "into table 'x'", 'to ClickHouse db.table'."""
    patterns = [
        r"\b(?:to|into|in)\s+(?:the\s+)?clickhouse\s+(?:table\s+)?[`'\"]?([a-z_]\w*)\.([a-z_]\w*)[`'\"]?",
        r"\b(?:to|into|in)\s+(?:the\s+)?clickhouse\s+table\s+[`'\"]?([a-z_]\w*)[`'\"]?()",
        r"\b(?:to|into|in)\s+(?:the\s+)?clickhouse\s+[`'\"]([a-z_]\w*)[`'\"]()",
        r"\b(?:into|as)\s+(?:a\s+|the\s+)?(?:clickhouse\s+)?(?:table\s+)?(?P<q>[`'\"])([a-z_]\w*)(?P=q)()",
        # 'a table named "x"', not 'the branch named "North"' (a condition, `said_values`)
        r"\b(?:table|clickhouse)\s+(?:named|called)\s+(?P<n>[`'\"])([a-z_]\w*)(?P=n)()",
        r"\b(?:into|to|as|in)\s+(?:a\s+|the\s+)?(?:new\s+)?(?:clickhouse\s+)?table\s+(?:named|called)\s+([a-z_]\w*)\b()",  # 'into a table called rush_jobs'
        r"\b(?:call|name)\s+(?:it|them|the\s+(?:new\s+)?table|the\s+result)\s+[`'\"]?([a-z_]\w*)[`'\"]?()",  # 'call it late_jobs'
        r"\b(?:into|to)\s+(?:the\s+)?(?:clickhouse\s+)?table\s+([a-z_]\w*)()",
        # a made-up name: 'into category_item_value', 'refresh a table pending_orders with ...'
        r"\binto\s+(?:a\s+|the\s+)?([a-z][a-z0-9]*_[a-z0-9_]*[a-z0-9])\b()",
        r"\b(?:refresh|build|create|fill|maintain|make|keep|write|produce|set\s+up|setup)\s+(?:me\s+|us\s+)?(?:a|the|an)\s+(?:new\s+)?table\s+(?:(?:named|called|titled)\s+)?([a-z_]\w*)\b()",
        r"\b(?:a|an)\s+(?:new\s+)?table\s+(?:named|called|titled)\s+([a-z_]\w*)\b()",  # 'put together a table called subs_owed': a table
        # made ('a'), whatever the verb; the tables read are 'the' ones
    ]
    for pattern in patterns:
        if (match := re.search(pattern, p.text)) and not (match.re.pattern in patterns[-3:] and (p.catalog.table(match[1]) or match[1] in FUNCTION_WORDS)):  # ('a table of')
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
    said_cursor = rf"\b(?:rows|records|changes)\s+(?:by|on|using|via|based\s+on)\s+(?!(?:each|every|next|the\s+next)\b)(?:the\s+|their\s+|its\s+)?{WORDS_OF_A_COLUMN}"  # (not 'on each run')
    if p.intent.load_mode != "full_refresh" and not p.intent.cursor and (match := re.search(said_cursor, p.text)):
        p.intent.cursor = match[1]  # 'picking up new and changed rows by updated_at': the column that finds them
        consume(p, match)
    mark = r"(?:watermark|high[- ]?water[- ]?mark|cursor|incremental\s+key)(?:\s+column)?"
    named = rf"\b(?:using|with|taking)\s+(?:the\s+)?{WORDS_OF_A_COLUMN}\s+as\s+(?:the\s+|its\s+|a\s+)?{mark}|\b{mark}\s*(?:is\s+|=\s*|:\s*|of\s+)?(?:the\s+)?{WORDS_OF_A_COLUMN}"
    if p.intent.load_mode == "incremental" and not p.intent.cursor and (match := re.search(named, p.text)):
        p.intent.cursor = (match[1] or match[2]).removesuffix(" column")  # 'using updated_at as the watermark column'
        consume(p, match)
    if p.intent.load_mode != "full_refresh" and (since := re.search(r"\bsince\s+the\s+(?:last|previous)\s+(?:run|load|sync|refresh|time)\b", p.text)):
        consume(p, since)  # 'new rows since the last run' is what an incremental load reads


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
