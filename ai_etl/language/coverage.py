"""Coverage: every content word of a request must be accounted for by the pipeline written for it.

A word is accounted for when the spec uses what it names (a table, a column, a value, a number),
does what it says (a sum for "total", a grouping for "per", a comparison for "before", a month
grain for "monthly"), or when it is wording with no meaning for a pipeline ("load", "please",
"from PostgreSQL"). A word left over means the request was not understood: no pipeline is
written, and the answer names the phrase and the closest readings in the schema.

The check reads the request and the finished spec only, never the model's intermediate output,
so it holds for the built-in model and for any LLM behind litellm alike.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta

from pydantic import BaseModel

from ai_etl.agents.contracts import QUALIFIED, Catalog, CatalogTable, QaFailure, QaReport
from ai_etl.catalog.abbreviations import speaks_schema_abbreviations
from ai_etl.catalog.comments import STOPPED, codes_of_now, count_noun, counts_of, legend_entry, legend_word, no_phrases, NOT_HAPPENED, null_forms, said_forms, said_pattern, said_plural_pattern, still_patterns, unheld_forms, yes_phrases
from ai_etl.catalog.joins import extends
from ai_etl.catalog.values import TEXT_TYPES, is_measuring_number
from ai_etl.language.acts import act_table, act_verbs, acts_kept_of, payer_spans
from ai_etl.language.code_descriptions import described_clauses
from ai_etl.language.conditional_counts import SECOND_COUNT
from ai_etl.language.counts import TIMES_WORDS, ZERO_GROUPS, counted_unit_spans
from ai_etl.language.durations import CLOSINGS, SECONDS, closing_stamps
from ai_etl.language.durations import LASTED as DURATION_LASTED
from ai_etl.language.durations import SUBJECT as DURATION_SUBJECT
from ai_etl.language.durations import UNIT_WORDS as _UNITS
from ai_etl.language.durations import UNITS as DURATION_UNITS
from ai_etl.language.dates import EDGE, MONTH_EDGE_SAID, edge_bound, month_edge
from ai_etl.language.relative_periods import period_markers, periods_said
from ai_etl.language.rounding import rounding_said
from ai_etl.language.events import AUXILIARIES, PARTICLES, act_patient, act_said, comment_acts, comment_lemmas, rows_act_date, table_acts
from ai_etl.language.derivations import ELAPSED_UNITS, LATE_BY
from ai_etl.language.evidence import Evidence, pipeline_evidence
from ai_etl.language.grouping import ACT_CLAUSE, SCOPE_WORDS, act_of_manner, says_manner_of
from ai_etl.language.happened import FINISHED, LATER_ACTS, NOT_YET, went_ahead_codes_said, went_ahead_said
from ai_etl.language.inclusions import inclusions
from ai_etl.language.missing_values import (
    FREE,
    LEFT_US,
    TIME_OF_ROWS,
    WITH_A,
    WITHOUT,
    absence_codes,
    lasting_state,
    state_forms,
    state_pattern,
    zero_priced,
)
from ai_etl.language.nominal_acts import act_nouns, act_of_noun, with_acts_as_nouns
from ai_etl.language.phrasal_verbs import PHRASAL, SAID_OF_DATES, acts_not_yet, called_acts, recorded_acts, with_phrasal_verbs
from ai_etl.language.presentation import (
    without_calendar_word,
    without_examples,
    without_presentation_order,
    without_spoken_weekday,
    without_stated_units,
)
from ai_etl.language.column_comparisons import TURNED_OUT
from ai_etl.language.reading import (
    KIND_NAMED,
    KIND_SAID,
    PEOPLE,
    STATUS_SAID,
    PERSON_NAME,
    QUANTITY_WORDS,
    SHARE_WITHIN,
    SHARE_WORD,
    catalog_words,
    column_of,
    columns_named_with_next_word,
    cut_short_for,
    event_of,
    head_noun,
    is_numeric,
    kept_as_time,
    people_table,
    person_name_parts,
    quantity_names,
    resolve_table,
    schema_names,
    stamps_of_event,
    status_column,
)
from ai_etl.language.request_text import (
    COMPOUND_NAMES,
    EACH_GROUP_ASKED,
    FUNCTION_WORDS,
    plain_wording,
    SMALL_NUMBERS,
    singular,
    holds_weekday_names,
    table_aliases,
    verb_quantities,
    with_unit_suffixes,
    without_nightly_adjective,
    without_article,
)
from ai_etl.language.russian import translate_russian
from ai_etl.language.schedule_text import ENGLISH_NUMBERS, MONTH_NAMES, SAID_ON_DEMAND
from ai_etl.language.tax import amount_as_taxed, tax_said
from ai_etl.language.schedule_text import WEEKDAYS as SCHEDULE_WEEKDAYS
from ai_etl.language.signs import with_one_word_signs
from ai_etl.language.spoken import (
    abbreviates,
    acts_named,
    flag_phrase,
    is_past_verb,
    is_participle,
    joined_compounds,
    lemma,
    own_abbreviations,
    spoken_column_names,
    spoken_flag,
    spoken_words,
    starts_a_column_name,
    synonyms,
    table_prefix,
    verb_forms,
    verb_lemma,
    word_classes,
)
from ai_etl.language.references import agent_named, names_the_role, reference_column
from ai_etl.language.table_choice import command_verb_spans, starts_a_clause
from ai_etl.language.value_conditions import kinds_said_of_rows, state_of_noun
from ai_etl.language.units import (
    DIMENSIONS,
    UNITS,
    with_sterling_pounds,
    amounts_of_act,
    amount_in_unit_of,
    column_unit,
    kept_in_unit,
    names_a_state,
    same_dimension,
    unit_measure,
)
from ai_etl.language.years import PERIOD_OF, period_of_said
from ai_etl.language.value_conditions import (
    ACT_FOLLOWS,
    MEASURE_NOUNS,
    NEGATED_LIST,
    UNNEGATED,
    VALUE_SYNONYMS,
    code_not_done_yet,
    describes_a_measure,
    flag_statement_names,
    group_key_said,
    same_state,
    time_in_the_value,
)
from ai_etl.spec import AggregateTransform, FilterTransform, JoinTransform, Measure, Pipeline, SqlTransform

# Wording about the pipeline itself, not about which rows it produces.
PIPELINE_WORDS = set(
    """set setup recompute recomputes recomputed recalculate recalculated rebuild rebuilds rebuilt reload reloads reloaded regenerate
    load loads loaded loading copy copies copied copying move moved moving sync synced syncing synchronize mirror mirrored mirroring picking
    flat flattened denormalized denormalised wide
    replicate replicated replicating transfer transferred extract extracted ingest ingested import imported export
    exported bring pull push put send take took taken get got give given show list listing display return find compute
    computed computing calculate calculated calculating build built create created make made produce generate keep
    kept store stored save saved write written land landed refresh refreshed refreshing update updates materialize materialized
    pipeline pipelines etl elt job jobs task table tables data dataset datasets record records row rows entry entries
    information info details detail figures stats statistics result results report output copy snapshot source target destination warehouse
    database databases db schema column columns field fields everything stuff analytics analysis analyze
    run runs ran running execute executed postgres postgresql pg psql clickhouse ch sql query want need like would could tell provide include includes
    included including along together containing contain contains having put new current existing whole entire
    value values wise respective each corresponding their data catalog collection list fine ok okay ever
    file files csv tsv json jsonl parquet excel xlsx xls spreadsheet spreadsheets folder folders lake bucket s3""".split()
)
SCHEDULE_WORDS = set(
    """at am pm a.m p.m midnight noon utc gmt every each run runs running ran schedule scheduled scheduling time
    times o'clock oclock clock night nightly morning evening afternoon minute minutes min mins hour hours day days
    week weeks month months daily hourly weekly monthly starting start час часа часов ночи ночью утра утром вечера
    вечером дня минут минуты каждый каждую каждые раз""".split()
)
ON_DEMAND_WORDS = set("manual manually demand on-demand hoc ad once hand oneoff one-off вручную запросу разово".split())
WEEKDAYS = SCHEDULE_WEEKDAYS | {f"{day}s": n for day, n in SCHEDULE_WEEKDAYS.items() if day.isascii()}  # 'on Sundays'
NUMBER_WORDS = {"zero": "0", **{word: str(n) for word, n in ENGLISH_NUMBERS.items()}, "hundred": "100", "thousand": "1000"}

ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "last": "L"}

# money said to come in: what was received, which the amount summed says ('how much money came in from payments')
MONEY_CAME_IN = re.compile(r"\b(?:money|cash|income|revenue|takings|payments?|amount)\b(?:\s+[a-z]+){0,2}?\s+(?P<came>came|come|comes|coming)\s+in\b")

# 'what each site took', 'what the shop made in May': money taken asked for with 'what'
MONEY_TAKEN_SAID = re.compile(r"\bwhat\b[^?.;]*?\b(took|take|takes|taken|earned|brought\s+in|made\s+in\s+(?:sales|takings))\b")
# 'what's still owing on each unpaid invoice': an amount asked, never the rows that owe it
AMOUNT_OWED_SAID = re.compile(r"\bwhat(?:'s|’s|\s+is|\s+was|\s+remains)\s+(?:still\s+|left\s+)?(owed|owing|outstanding|due|unpaid|left\s+to\s+pay)\b")

# the constructs that compute an amount ('how much' is never a copy of the rows)
AMOUNTS_COMPUTED = {"sum", "avg", "count", "sum_quantity", "max", "min", "division"}

# Analytical words -> the constructs that can carry them (any one is enough).
ANALYTICAL: dict[str, tuple[str, ...]] = {}
for _words, _constructs in [
    ("total totals overall combined cumulative aggregate", ("sum", "count")),  # 'the total number of orders' counts
    ("sum sums summed much", ("sum",)),  # 'how much did we bill'
    ("revenue turnover income spend spending spent earnings gmv sales money cash takings amount", ("sum",)),
    ("count counts counted number numbers many tally frequency", ("count", "sum_quantity")),
    ("average avg mean", ("avg",)),
    ("figure figures", ("sum", "count", "sum_quantity", "avg", "max", "min")),  # 'one combined figure per town': any measure
    ("max maximum highest largest biggest greatest most top best longest peak expensive priciest costliest dearest tallest "
     "heaviest deepest widest populous", ("max", "order_desc")),  # (never a ranking lowest first)
    ("single individual", ("max", "min", "limit")),  # 'the largest single payment': of rows one by one
    ("min minimum lowest smallest least fewest shortest cheapest worst lightest", ("min", "order_asc")),  # (never a ranking highest first)
    ("latest newest recent recently last", ("max", "limit", "order_desc", "now", "dedupe")),
    ("earliest oldest first", ("min", "limit", "order", "dedupe")),
    ("distinct unique different deduplicate deduplicated dedupe deduplication duplicate duplicates", ("distinct", "dedupe", "group")),
    ("by grouped group groups broken breakdown split across", ("group",)),
    ("per", ("group", "division")),
    ("not no without never except excluding exclude excluded non neither none nobody", ("negation", "anti")),
    ("missing empty blank null unknown lacking", ("negation",)),  # 'whose phone is missing': phone is null
    ("known", ("known",)),  # 'with a known region': region is not null ('present' is also the lemma of 'presented')
    ("negative positive nonpositive nonnegative nonzero", ("comparison", "negation")),  # 'a negative amount': amount < 0
    ("above over more greater higher exceed exceeds exceeding below under less fewer lower before after since until till "
     "between older newer earlier later within past prior ago longer shorter heavier lighter bigger larger smaller cheaper "
     "pricier taller faster slower warmer hotter colder cooler onward onwards", ("comparison",)),
    ("ratio percentage percent share proportion fraction rate divided relative quotient", ("division",)),
    ("times multiplied product", ("multiply",)),
    ("start starts starting begin begins beginning end ends ending contain contains containing include includes "
     "including letter letters word words prefix suffix substring character characters spelled mention mentions mentioning "
     "talk talks talking", ("pattern",)),
    ("minus subtract subtracted difference gap span spread range elapsed between", ("subtract",)),  # ('hours between opening and closing')
    ("duration durations lasted lasting long length lengths", ("subtract",)),  # 'the ride duration': end time less start time
    ("time", ("subtract", "now")),
    ("lowercase lowercased lower case insensitive insensitively", ("lower", "upper")),  # ('case': 'ignoring case')
    ("differ differs differing", ("lower", "upper", "distinct")),  # 'emails that differ only in case are the same'
    ("uppercase uppercased upper", ("upper",)),
    ("trim trimmed strip stripped whitespace spaces stray leading trailing", ("trim",)),
    ("clean cleaned cleanup tidy tidied", ("trim", "lower", "upper", "fill", "dedupe")),  # 'a clean customer list'
    ("missing empty blank null unknown fill filling filled replace replacing replaced default defaulting", ("fill",)),  # "'unknown' where the segment is missing"
    ("sorted ordered ranked rank ranking descending ascending order", ("order", "limit")),
    ("rated", ("order", "limit", "comparison")),
    ("same shares sharing shared", ("group",)),  # 'the same name in each city': rows grouped by it ('a share of' divides)
    ("part belong belongs belonged belonging affiliated associated", ("join", "anti", "exists")),  # 'part of any organization'
    ("exist exists any least", ("exists", "comparison", "join")),
    ("atmost", ("comparison",)),  # (`_normalized`)
    ("incremental incrementally append appended appending watermark watermarks cursor high-water since", ("incremental",)),
    ("last previous", ("incremental",)),  # 'new rows since the last run' (and the latest rows, read below)
    ("upsert upserts merge merged updates updated changes changed sync", ("upsert",)),
]:
    for _word in _words.split():
        ANALYTICAL.setdefault(_word, ())
        ANALYTICAL[_word] += _constructs
GRAINS = {
    "hour": "hour", "hourly": "hour", "day": "day", "daily": "day", "date": "day", "week": "week", "weekly": "week",
    "month": "month", "monthly": "month", "quarter": "quarter", "quarterly": "quarter", "year": "year", "yearly": "year",
    "annual": "year", "annually": "year", "weekday": "weekday",
}  # fmt: skip
_GRAIN_SQL = {
    "hour": r"hour", "day": r"todate\b|tostartofday|date_trunc\s*\(\s*'day'|::date|\bdate\s*\(|datediff\s*\(\s*'day'",
    "week": r"week|tomonday", "month": r"month|yyyymm", "quarter": r"quarter", "year": r"year|yyyy", "weekday": r"dayofweek|\bdow\b|isodow",
}  # fmt: skip


class Gap(BaseModel):
    """A phrase of the request that the pipeline does not account for, and what it may have meant."""

    phrase: str
    readings: list[str] = []
    why: str = ""

    def sentence(self) -> str:
        maybe = f" (did you mean {' or '.join(f'`{r}`' for r in self.readings)}?)" if self.readings else ""
        maybe = f" ({self.why})" if self.why else maybe
        return f"'{self.phrase.strip()}'{maybe}"


class CoverageReport(BaseModel):
    gaps: list[Gap] = []

    @property
    def complete(self) -> bool:
        return not self.gaps

    def refusal(self) -> str:
        """One sentence naming what was not understood (no pipeline is written)."""
        if len(self.gaps) == 1:
            return f"I could not place {self.gaps[0].sentence()} in the pipeline, so nothing was written; rephrase it with the schema's names."
        listed = "; ".join(gap.sentence() for gap in self.gaps[:4])
        return f"I could not place these parts of the request in the pipeline, so nothing was written: {listed}. Rephrase them with the schema's names."


class SchemaIndex:
    """The catalog indexed by spoken lemma: which tables, columns and values a word can name."""

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self.tables: dict[str, set[str]] = {}
        self.columns: dict[str, set[tuple[str, str]]] = {}
        self.values: dict[str, set[tuple[str, str, str]]] = {}
        self.column_names: dict[str, set[tuple[str, str]]] = {}
        self.date_columns: set[str] = set()
        self.time_columns: set[str] = set()  # dates and timestamps
        self.weekday_columns: set[str] = set()
        self.text_columns: set[tuple[str, str]] = set()
        self.numeric_columns: set[tuple[str, str]] = set()
        self.flags: set[tuple[str, str]] = set()  # boolean columns: `activebool` is said 'active'
        self.counted: dict[str, set[str]] = {}  # what a column's comment says it is the number of -> the columns ('bowlers': `n_plyr`)
        self.person_names = {t.name: parts for t in catalog.tables if (parts := person_name_parts(t))}  # 'name' = first + last
        self.prefixes: dict[str, str | None] = {}
        self.referring: dict[str, set[str]] = {}  # table -> the columns of other tables that refer to it
        self.referrers: dict[str, set[str]] = {}  # table -> the tables that refer to it
        self.spoken_column_names = spoken_column_names(catalog.tables)
        if people := people_table(catalog):  # 'which people ...': the one table of persons
            for word in PEOPLE:
                self.tables.setdefault(word, set()).add(people)
        for table in catalog.tables:
            for column, ref in table.references.items():
                self.referring.setdefault(ref.split(".")[0], set()).add(column.lower())
                self.referrers.setdefault(ref.split(".")[0], set()).add(table.name)
            for spoken in spoken_words(table.name):
                for word in synonyms(spoken):
                    self.tables.setdefault(word, set()).add(table.name)
            for short, _ in own_abbreviations(table.name):  # 'PT revenue' of `pt_session`, the personal training sessions
                self.tables.setdefault(short, set()).add(table.name)
            for alias, strength in table_aliases(table.name, tuple(table.called)).items():  # its head noun, 'readings' of `meter_read`
                if strength >= 2 and " " not in alias and "_" not in alias:
                    self.tables.setdefault(lemma(alias), set()).add(table.name)
            for verb in act_verbs(table.name):  # 'borrowed' says the act a `loan` records
                self.tables.setdefault(verb, set()).add(table.name)
            self.tables.setdefault(table.name, set()).add(table.name)
            prefix = self.prefixes[table.name] = table_prefix([c.name for c in table.columns])
            for column in table.columns:
                self.column_names.setdefault(column.name.lower(), set()).add((table.name, column.name))
                if column.type == "date":
                    self.date_columns.add(column.name.lower())
                if column.type == "date" or column.type.startswith("timestamp"):
                    self.time_columns.add(column.name.lower())
                if column.type.startswith(TEXT_TYPES):
                    self.text_columns.add((table.name, column.name))
                if is_numeric(column.type):
                    self.numeric_columns.add((table.name, column.name))
                if holds_weekday_names(column.known_values()):
                    self.weekday_columns.add(column.name.lower())
                if column.type == "boolean":
                    self.flags.add((table.name, column.name))
                if is_numeric(column.type) and (things := count_noun(column)):
                    for word in {things, lemma(things)}:
                        self.counted.setdefault(word, set()).add(column.name.lower())
                for word in {w for spoken in self.spoken(table.name, column.name) for w in synonyms(spoken)}:
                    self.columns.setdefault(word, set()).add((table.name, column.name))
                called = [*quantity_names(column), *(n for n in column.called if " " not in n)]  # 'overtime' of `ot_hrs`; 'weight' of `hrv_kg`
                for word in {lemma(w) for name in called for w in name.split() if w not in FUNCTION_WORDS}:  # ('net weight delivered, kg')
                    self.columns.setdefault(word, set()).add((table.name, column.name))
                for name in (n for n in column.called if "-" in n and " " not in n):  # 'pre-treatment' of `pretreat_cd`, as its comment says
                    for word in {name, name.replace("-", "")}:
                        self.columns.setdefault(word, set()).add((table.name, column.name))
                for part, _ in own_abbreviations(column.name):  # 'ABV' of `tgt_abv_pct`, as the schema writes it
                    if len(part) > 2:
                        self.columns.setdefault(part, set()).add((table.name, column.name))
                if column.type.startswith(("date", "timestamp")):  # 'the end time' of `ended_at`, 'return date' of `returned_on`
                    for word in ("time", "date", event_of(column.name, prefix)):  # and the act itself: 'close' of `closed_at`
                        self.columns.setdefault(word, set()).add((table.name, column.name))
                for said, events in (FINISHED | NOT_YET).items():  # 'finished rides' have an `ended_at`, 'open tasks' no `closed_at`
                    if column.type.startswith(("date", "timestamp")) and event_of(column.name, prefix) in events:
                        self.columns.setdefault(said, set()).add((table.name, column.name))
                if is_numeric(column.type) and head_noun(column.name, prefix) in QUANTITY_WORDS:  # 'units sold' are a quantity
                    for word in ("unit", "piece"):
                        self.columns.setdefault(word, set()).add((table.name, column.name))
                if column.name == status_column(table):  # 'in each status' of `st`, 'Status: T = taken, ...'
                    for word in STATUS_SAID:
                        self.columns.setdefault(word, set()).add((table.name, column.name))
                said_with = COMPOUND_NAMES.get(column.name.split("_")[-1])  # 'the email address' is `email`
                if said_with and not any(said_with in c.name.split("_") for c in table.columns):
                    self.columns.setdefault(said_with, set()).add((table.name, column.name))
                for form, value in [*said_forms(column), *unheld_forms(column), *kinds_said_of_rows(catalog, table, column)]:  # ('returned damaged' where no
                    # loan went out 'D = damaged'; 'trade customers' of 'T = trade account')
                    self.values.setdefault(form.strip().lower(), set()).add((table.name, column.name, value))
            for start in stamps_of_event(table, "start"):  # 'stoppages that began in 2026': the first of `dt_st` .. `dt_end`
                for word in ("start", "begin"):
                    self.columns.setdefault(word, set()).add((table.name, start))
            if len(closing := closing_stamps(table)) == 1:  # 'close' of the one `resolved_at`: one act that ends a case for another
                for word in CLOSINGS:
                    self.columns.setdefault(word, set()).add((table.name, closing[0]))

        for table in catalog.tables:  # `coll_ts`, 'when the recipient collected it': 'collect', 'collection', 'collecting'
            for column in table.columns:  # (a word that names a table is that table: 'when the appointment was cancelled')
                if column.type.startswith(("date", "timestamp")):
                    for word in {w for act in comment_acts(column) for w in (act, *act_nouns(act), *verb_forms(act, "VBG"))} - set(self.tables):
                        self.columns.setdefault(word, set()).add((table.name, column.name))

    def spoken(self, table: str, column: str) -> tuple[str, ...]:
        """The words people say for a column (a yes/no column without its `bool`/`flag` suffix)."""
        return spoken_flag(column, self.prefixes.get(table)) if (table, column) in self.flags else spoken_words(column, self.prefixes.get(table))

    def tables_named(self, word: str) -> set[str]:
        """The tables a word names: by the index, else as the parser reads it ('patient' of `pt`, by its columns' comments)."""
        found = self.tables.get(lemma(word), set()) | self.tables.get(word, set())
        return found or ({read} if (read := resolve_table(self.catalog, word)) else set())

    def parents_of(self, table: str) -> set[str]:
        """The tables `table` refers to (its parents)."""
        return {parent for parent, children in self.referrers.items() if table in children}

    def ancestors_of(self, table: str) -> set[str]:
        """The tables `table` refers to, and those they refer to, up to the top."""
        found, todo = set(), [table]
        while todo:
            for parent in self.parents_of(todo.pop()) - found:
                found.add(parent)
                todo.append(parent)
        return found - {table}

    def names(self, word: str) -> bool:
        """Whether a word of a request names a table, a column or a value of this schema."""
        base = lemma(word)
        return bool(self.tables.get(base) or self.tables.get(word) or self.columns.get(base) or self.column_names.get(word) or self.values.get(word) or self.values.get(base))

    def readings(self, word: str, limit: int = 3) -> list[str]:
        """The schema names closest to a word (rapidfuzz over spoken names), for the refusal."""
        from rapidfuzz import fuzz, process

        choices: dict[str, str] = {}
        for spoken, owners in self.columns.items():
            for table, column in owners:
                choices[f"{table}.{column}"] = f"{spoken} {column.lower()}"
        for value, owners in self.values.items():
            for table, column, original in owners:
                choices[f"{table}.{column} = '{original}'"] = value
        found = process.extract(lemma(word), choices, scorer=fuzz.WRatio, limit=None, score_cutoff=80)
        return [key for _, _, key in sorted(found, key=lambda f: (-f[1], f[2]))[:limit]]  # ties in name order, the same on every run


SAID_AS_A_CONNECTOR = r"(?:\b(?:from|in|into|on|via|to)\s+(?:the\s+|our\s+)?{word}\b|\b{word}(?:'s|\.[a-z_]|\s+(?:database|db|connector|server|source|warehouse|postgres|clickhouse)\b))"


def _values_called(word: str, schema: SchemaIndex) -> set[tuple[str, str, str]]:
    """The legend values a word is what they are called ('shearing' of 'SH = shearing per head'), never a word only in a
    column's name (`dlv_fee` of 'the delivery trips') or in a value's qualifier ('cash on delivery')."""
    return {v for form, values in schema.values.items() if form.split()[:1] == [word] for v in values}


def _said_as_a_connector(text: str, position: int, word: str) -> bool:
    """Whether a connector's name that a legend also names ('shearing' of a contractor's connector and its 'SH = shearing'
    invoice lines) is said as the connector: 'from shearing', 'the shearing database', 'shearing.bookings'. Else it is the
    schema's word ('shearing and crutching all in'), checked as any other."""
    said = re.compile(SAID_AS_A_CONNECTOR.format(word=re.escape(word)))
    return any(m.start() <= position <= m.end() for m in said.finditer(text))


@speaks_schema_abbreviations
def check_coverage(
    request: str, catalog: Catalog, pipeline: Pipeline, connectors: set[str] | None = None, transform_code: str | None = None
) -> CoverageReport:
    """The phrases of `request` that `pipeline` (and its Python transform) does not account for."""
    evidence = pipeline_evidence(pipeline, transform_code)
    schema = SchemaIndex(catalog)
    blanked, gaps = _without_schedule(request.lower(), request, pipeline)
    text = with_acts_as_nouns(with_phrasal_verbs(joined_compounds(_normalized(blanked, schema_names(catalog)), catalog_words(catalog)), catalog), catalog)
    text = without_calendar_word(without_presentation_order(text))
    text = without_nightly_adjective(text, [c.name for t in catalog.tables for c in t.columns])
    text = re.sub(r"\b(?:counting|considering|taking|including)\s+only\b|\bi\.e\.?|\b(?:kept|keep|keeps|keeping)\s+(?:it\s+|them\s+|this\s+)?(?:up[\s-]+to[\s-]+date|fresh)\b"
                  r"|\b(?:re-?)?check(?:\s+(?:it|this|them))?(?=\s+(?:every|each|daily|nightly|hourly|weekly|monthly)\b)"
                  r"|\b(?:is|will\s+be|would\s+be)\s+(?:plenty|enough|sufficient)\b",
                  lambda m: " " * len(m[0]), text)  # 'counting only finished rides': which rows; 'kept up to date every hour': refreshed;
    # 'once a week is plenty': of the schedule
    text = with_unit_suffixes(without_stated_units(with_sterling_pounds(text, catalog.tables), [c.name for t in catalog.tables for c in t.columns]), [c.name for t in catalog.tables for c in t.columns])
    times_said, times_gaps = _times_of_rows(text, catalog, evidence)
    gaps += times_gaps + _presences_unread(text, catalog, evidence)
    table_names = _table_names_said(text, catalog, evidence) + _column_names_said(text, catalog, evidence)  # 'season pass holders': the
    # rows read, no value 'pass holder' of others; 'jar size': the `jar_g` whose comment says 'jar size in grams' 
    amounts = _acts_of_amounts(text, catalog, evidence) + _periods_of(text, catalog, evidence) + _events_dated(text, catalog, evidence)  # 'hectolitres packaged': which
    # volume, not a state 'packaged'; 'each month of service': the date that says it is of the service
    null_states = _null_states_said(text, catalog, evidence)  # ('the shops have not paid for' of `paid_on is null`: no status 'paid')
    null_states += _absences_said(text, catalog, evidence) + _zero_states_said(text, catalog, evidence, getattr(pipeline.source, "table", None))  # ('no lining' of 'U = unlined': no lining of 'E = epoxy lining')
    agents = _agents_of_the_rows(text, schema, evidence)  # ('where the driver did not empty': each visit's own, no value 'D = driver')
    went_ahead, went_ahead_gaps = _went_ahead_by_status(text, catalog.table(getattr(pipeline.source, "table", None) or ""), evidence)
    gaps += went_ahead_gaps  # ('the lessons we actually taught': no other table's 'R = ran' said 'went ahead')
    covered = _yes_states_said(text, catalog, evidence) + times_said + table_names + amounts + null_states + agents + went_ahead + _every_value_of_a_key_said(text, catalog, evidence)
    covered += _compared_as_it_turned_out(text, evidence)  # ('higher than what we quoted': the number quoted, never 'Q = quoted')
    covered_spans, value_gaps = _values(text, request, schema, evidence, getattr(pipeline.source, "table", None), covered)
    covered_spans += amounts + _taxes_said(text, catalog, evidence) + _periods_from_today(text, evidence) + _acts_of_counts_said(text, catalog, evidence) + _edges_of_periods_said(text, evidence) + _seasons_kept(text, evidence)
    covered_spans += null_states + went_ahead + _amounts_converted(text, evidence) + _late_by_said(text, evidence) + _signed_rows_netted(text, schema, evidence)
    covered_spans += _zero_groups_said(text, request, evidence)  # 'including contractors with none'
    covered_spans += _busiest_of_every_group_listed(text, evidence)
    covered_spans += [span for span, digits in rounding_said(text) if re.search(rf"\bround\s*\(.*,\s*{digits}\s*\)", evidence.text)]  # 'to one decimal place'
    source = catalog.table(getattr(pipeline.source, "table", None) or "")
    covered_spans += [span for span, column, _ in went_ahead_said(text, source) if column.lower() in evidence.identifiers]  # 'parties that went ahead'
    covered_spans += payer_spans(text, catalog) if evidence.has("sum") else []  # 'how much did listeners donate': who pays, no rows chosen
    covered_spans += counted_unit_spans(text, catalog, getattr(pipeline.source, "table", None)) if evidence.has("count") else []  # '(every driver in every race counts once)'
    if evidence.grouped and not evidence.has("outer") and (zero := ZERO_GROUPS.search(text) or ZERO_GROUPS.search(request.lower())):  # ('even if we bought nothing from them')
        gaps.append(Gap(phrase=zero[0].strip(), why="the pipeline keeps only the groups that have rows; groups with none are not listed"))
    gaps += _groups_said_of_one_total(text, request, schema, pipeline, evidence) + _counts_of_one_row(text, catalog, pipeline) + _taxes_not_kept(text, catalog, evidence) + _phrasal_act_misdated(text, catalog, evidence)
    gaps += _count_of_money_unsaid(text, catalog, pipeline, evidence) + _value_counted(text, pipeline) + _total_of_money_rows_counted(text, catalog, pipeline) + _every_value_one_total(request, catalog, pipeline)
    gaps += _rankings_not_restarted(text, evidence) + _count_of_some_kept_for_all(text, schema, evidence) + _questions_unanswered(text, pipeline)
    if (taken := MONEY_TAKEN_SAID.search(request.lower())) and not evidence.has("sum"):
        gaps.append(Gap(phrase=taken[1], why="the pipeline sums no money: what the rows took is not computed"))  # ('what each site's
        # machines took in 2025' had counted the machines installed that year)
    if (owed := AMOUNT_OWED_SAID.search(request.lower())) and not evidence.constructs & AMOUNTS_COMPUTED and not evidence.derived_names:
        gaps.append(Gap(phrase=owed[0], why="the pipeline computes no amount: it loads rows"))  # ('what's still owing' had loaded the invoices)
    if re.search(r"\bhow\s+much\b", request.lower()) and not evidence.constructs & AMOUNTS_COMPUTED and not evidence.derived_names:
        gaps.append(Gap(phrase="how much", why="the pipeline computes no amount: it loads rows"))  # ('how much money was received': never a
        # copy of the rows that has a `total_amt` column)
    covered_spans += _quoted_literals(text, evidence) + _derived_names_said(text, evidence) + _scope_of_a_load(text, evidence) + _manners_grouped(text, catalog, evidence) + _described_codes_kept(text, catalog, evidence)
    covered_spans += _legend_words_before_kept_codes(text, catalog, evidence) + _arrivals_of_kept_codes(text, catalog, evidence)
    covered_spans += [m.span("came") for m in MONEY_CAME_IN.finditer(text) if evidence.constructs & AMOUNTS_COMPUTED]  # 'how much money came in'
    covered_spans += _money_owed_summed(text, catalog, evidence)
    covered_spans += _parent_compounds(text, schema, evidence)
    covered_spans += _clause_subjects(text, schema, evidence) + agents + command_verb_spans(text) + _cursor_said(text, catalog, pipeline)
    named = r"\b(?:table\s+(named|called|titled)|((?:call|name)\s+(?:it|them|the\s+(?:new\s+)?table|the\s+result)))\s+[`'\"]?([a-z_]\w*)"
    covered_spans += [m.span(1 if m[1] else 2) for m in re.finditer(named, text) if m[3] == pipeline.target.table.lower()]  # ('call it late_jobs')
    gaps += value_gaps
    tokens = [(m.start(), m[0].strip(".'’`")) for m in re.finditer(r"[\w.%$'’`-]+", text)]
    target = {pipeline.target.table.lower(), (pipeline.target.database or "").lower()}
    used_connectors = {pipeline.source.connector, pipeline.target.connector}
    sequence = " ".join(lemma(w) for _, token in tokens for w in re.split(r"[.\-/]", token) if w)
    sequence += " | " + re.sub(r"\b(?:with|whose|have|having)\s+(?:(?:the|a|an|its|their)\s+)?", "", sequence)  # 'business with ID' says 'business id'
    said = set(sequence.split())
    missing: list[tuple[int, str, list[str]]] = []
    relational = _relational_verbs(tokens, pipeline, schema, evidence) | _names_of_text_columns(tokens, schema, evidence) | _name_as_command(tokens, text)
    relational |= _numbers_of_rows_read(tokens, schema, evidence)
    acts = recorded_acts(catalog)
    relational |= _numbers_of_quantities(tokens, schema, evidence) | _passive_participles(tokens, schema, evidence, pipeline, acts)
    relational |= _adverbs_of_flags(tokens, schema, evidence) | _negated_relations(tokens, catalog, evidence)
    unplaced = _acts_no_date_records(tokens, catalog, schema, evidence)
    gaps += _negated_acts_of_unread_rows(tokens, catalog, pipeline, evidence)
    gone_by = _date_gone_by(text, schema, evidence)
    for i, (position, token) in enumerate(tokens):
        if position in unplaced:
            missing.append((position, token, unplaced[position]))
            continue
        if not token or position in relational or any(start <= position < end for start, end in covered_spans):
            continue
        attributive = i == 0 or tokens[i - 1][1] in DETERMINERS or tokens[i - 1][1] in PIPELINE_WORDS or tokens[i - 1][1].isdigit()  # 'load lapsed
        # policies', 'at least 50 rated tickets'
        if attributive and _qualifies_rows(token, _noun_after(tokens, i, schema), schema, evidence):
            missing.append((position, token, []))  # 'each completed project': which projects, not what happened
            continue
        if _state_said_after_rows(i, tokens, schema, evidence):
            missing.append((position, token, []))  # 'the tours that got cancelled': which tours, not what happened to all
            continue
        if (flags := _unrecorded_act_of_the_rows(i, tokens, schema, evidence, acts)) is not None:
            missing.append((position, token, flags))  # 'the customers we've banned' where nothing records a ban: which customers
            continue
        tested = {c.lower() for _, c in schema.columns.get(token, ())} & evidence.identifiers
        if i and tokens[i - 1][1] == "still" and (token in PIPELINE_WORDS or token in SCHEDULE_WORDS or _event_verb(token)) and not tested and (
            verb_lemma(token) or token
        ) not in AUXILIARIES:  # ('still have not paid': the verb after it says the state)
            missing.append((position, token, []))  # 'the tenancies that are still running', 'the payments we are still waiting on':
            # which rows (a state of theirs), never the job's run nor a description of every row
            continue
        if i and tokens[i - 1][1] == "still" and verb_lemma(token) in HOLDING and [w for _, w in tokens[i + 1 : i + 2]] not in (["not"], ["to"], ["never"]) and not (
            evidence.has("negation") or evidence.has("known") or evidence.strings
        ):
            missing.append((position, token, []))  # 'the toys we've still got': which toys (a state of theirs: not retired), never all
            continue
        counted = [w for _, w in tokens[max(0, i - 2) : i]] in (["how", "many"], ["number", "of"])
        described = i + 1 < len(tokens) and schema.names(tokens[i + 1][1])  # 'how many new customers': an adjective
        if counted and token in ("each", "apiece") and evidence.grouped and evidence.has("count"):
            continue  # 'with how many each': the count of each group
        if counted and token in PIPELINE_WORDS and token not in ROW_NOUNS and not schema.names(token) and not described:
            missing.append((position, token, []))  # 'how many copies of each film': what is counted must be named
            continue
        if token == "let" and (let := LET_PHRASAL.match(text, position)) and not any(a <= let.start("particle") < b for a, b in covered_spans) and not (
            let["particle"] == "off" and _waiver_read(catalog, evidence)
        ):
            missing.append((position, let[0], []))  # 'the fees I let clients off': an act (waived), never the filler of 'let me know'
            continue
        in_where = any(w in ("where", "when") for _, w in tokens[max(0, i - 6) : i])  # ('every penalty where the driver got thrown out')
        if i + 1 < len(tokens) and _unread_phrasal_verb(token, tokens[i + 1][1], acts, in_where) and not _phrasal_stamp_used(token, tokens[i + 1][1], catalog, evidence):
            missing.append((position, f"{token} {tokens[i + 1][1]}", []))  # 'guests who showed up': an act, not 'show'
            continue
        if token in ("or", "или") and not _alternatives_kept(text[position:], evidence) and not _both_name_the_rows_read(text, position, schema, evidence):
            gaps.append(Gap(phrase=token, why="the pipeline would keep only rows meeting both conditions; ask for one, or for values of one column"))
            continue
        if token in ("both", "оба", "обоих") and evidence.has("disjunction") and not evidence.has("all_of"):
            gaps.append(Gap(phrase=token, why="the pipeline would keep rows with either value, not those with both"))
            continue
        for word in _words_of(token, schema, target):
            if connectors and word in connectors and (not _values_called(word, schema) or _said_as_a_connector(text, position, word)):
                if word not in used_connectors:
                    missing.append((position, word, [f"source connector {pipeline.source.connector}"]))
                continue
            verdict = _word_covered(word, pipeline, evidence, schema, said, sequence)
            if verdict is not True and gone_by and _a_time_of_rows_read(word, schema, evidence):
                continue  # 'sessions booked per week, going by session date': the date said is the one, not the booking's
            if verdict is not True:
                missing.append((position, word, verdict or []))
    gaps += [gap for gap in _phrases(text, missing) if not _names_an_output(gap.phrase, text, evidence)]
    gaps += _each_without_groups(text, schema, evidence, getattr(pipeline.source, "table", None)) + _averaged_over_other_rows(text, pipeline, schema) + _per_without_groups(text, schema, evidence)
    gaps += _compared_with_a_column(text, schema, evidence)
    gaps += _share_without_its_whole(text, evidence, schema, pipeline)
    gaps += _different_rows_counted_once_each(text, schema, pipeline)
    gaps += _orphans_unasked(text, catalog, evidence)
    gaps += _related_rows_said_to_exist(tokens, schema, pipeline)
    said_once = {}
    for gap in gaps:  # (a phrase two checks find, 'signed out', asked once)
        said_once.setdefault(gap.phrase, gap)
    return CoverageReport(gaps=list(said_once.values()))


GOING_BY = re.compile(r"\b(?:going\s+by|based\s+on|according\s+to|counted\s+by|by)\s+(?:the\s+|their\s+|its\s+)?([a-z]+)\s+(?:date|day)\b")


def _date_gone_by(text: str, schema: SchemaIndex, evidence: Evidence) -> bool:
    """Does the request say which date its periods are of ('going by sailing date'), and the spec use that date?"""
    return any(
        c.lower() in evidence.identifiers and c.lower() in schema.time_columns
        for match in GOING_BY.finditer(text) for word in {lemma(match[1]), verb_lemma(match[1]) or ""} - {""} for _, c in schema.columns.get(word, ())
    )  # fmt: skip


def _a_time_of_rows_read(word: str, schema: SchemaIndex, evidence: Evidence) -> bool:
    """Is every column a word names a date or time every row of a table the spec reads has (the act that made the
    rows, `booked_at NOT NULL`: saying it selects none of them)?"""
    columns = schema.columns.get(verb_lemma(word) or lemma(word), set())
    return bool(columns) and all(
        t in evidence.tables and c.lower() in schema.time_columns and not schema.catalog.table(t).column(c).nullable for t, c in columns
    )


PHRASAL_DATED = re.compile(rf"\b(?P<verb>[a-z]+ed)\s+(?P<particle>{'|'.join(sorted(PARTICLES))})\s+(?:in|during|before|after|since|between|from)\s+(?:(?:19|20)\d\d|{MONTH_NAMES})\b")


def _phrasal_act_misdated(text: str, catalog: Catalog, evidence: Evidence) -> list[Gap]:
    """'swimmers who signed out in 2025' dated by a safety check's date: a phrasal act said with when it happened is dated by
    the time column of the rows read that records that act (by its name, comment or what the comment calls it), where one does."""
    gaps = []
    for said in PHRASAL_DATED.finditer(text):
        verb = verb_lemma(said["verb"]) or said["verb"]
        acts = {verb + said["particle"], verb}
        stamps = [c for t in catalog.tables if t.name in evidence.tables for c in t.columns if c.type.startswith(("date", "timestamp"))]
        recording = [c for c in stamps if acts & (acts_named(c.name) | set(comment_acts(c)) | called_acts(c))]
        if recording and not any(c.name.lower() in evidence.identifiers for c in recording):
            gaps.append(Gap(phrase=f"{said['verb']} {said['particle']}", why=f"no date the pipeline uses records when rows were {said['verb']} {said['particle']}"))
    return gaps


def _whose_every_row_is(word: str, source: str | None, schema: SchemaIndex) -> bool:
    """Does every row read belong to a row of the table the word names (a reference to it that is never empty)?"""
    read = schema.catalog.table(source) if source else None
    named = resolve_table(schema.catalog, word)
    return bool(read) and bool(named) and any(ref.split(".")[0] == named and not read.column(c).nullable for c, ref in read.references.items())


def _past_act(phrase: str) -> str | None:
    """The act a past verb says, with its particle as one word ('paid out' -> 'payout', the way `table_acts` keeps it)."""
    verb, _, particle = phrase.partition(" ")
    if not is_past_verb(verb) or (particle and particle not in PARTICLES):
        return None
    return (verb_lemma(verb) or "") + particle or None


def _flag_named(phrase: str, catalog: Catalog, evidence: Evidence) -> bool:
    """Is the phrase the name of a yes/no column the spec uses ('rained off' of `rained_off`), or that name negated ('not paid',
    'unpaid' of `paid`)?"""
    said = {phrase.lower(), UNNEGATED.sub("", phrase.lower())}
    return any(
        c.type == "boolean" and c.name.lower() in evidence.identifiers and flag_phrase(c.name) in said
        for t in evidence.tables if (table := catalog.table(t)) for c in table.columns
    )  # fmt: skip


def _phrasal_stamp_used(word: str, particle: str, catalog: Catalog, evidence: Evidence) -> bool:
    """'tenants who haven't moved out' where the spec tests `mo_dt`, whose comment calls it the 'move-out date';
    'certificates that run out in 2027' where it tests `expiry_dt`, the day they expire."""
    act = f"{verb_lemma(word) or word}{particle}"
    meant = set(SAID_OF_DATES.get((verb_lemma(word) or word, particle), ()))
    return any(
        column.name.lower() in evidence.identifiers and column.type.startswith(("date", "timestamp"))
        and (act in called_acts(column) or meant & {act_of_noun(w) for w in spoken_words(column.name)})
        for table in catalog.tables if table.name in evidence.tables for column in table.columns
    )  # fmt: skip


def _waiver_read(catalog: Catalog, evidence: Evidence) -> bool:
    """Does the spec read a column that says a charge was waived (`fee_wvd` 'the renewal fee was waived'): what 'we let the
    customer off' says."""
    return any(re.search(r"waiv|wvd", f"{c.name} {c.comment or ''}".lower()) for t in catalog.tables for c in t.columns if c.name.lower() in evidence.identifiers)


LET_PHRASAL = re.compile(r"let\s+(?!(?:me|us|you)\b)(?:[a-z]+\s+){0,2}?(?P<particle>off|out|through|go)\b")


def _unread_phrasal_verb(word: str, particle: str, acts: set[str], in_where: bool = False) -> bool:
    """'guests who showed up', 'bikes taken out': a past verb and its particle, where the verb alone is a pipeline's
    word or the phrasal verb one of an act the schema does not record ('checked out' of `checked_out_on` is read);
    'set up' is as likely the command. In a 'where' clause, which only ever says which rows, any such act nothing records
    ('where the driver got thrown out'; not 'the penalties handed out', 'the new make that came off the still')."""
    verb = verb_lemma(word)
    if verb == "run" and particle in PARTICLES and verb + particle not in acts:
        return True  # 'permits that run out in December': the rows' act in any tense (run out, run down), never the job's run
    return bool(verb) and word != verb and particle in PARTICLES and is_past_verb(word) and verb + particle not in acts and (
        lemma(word) in PIPELINE_WORDS or (verb, particle) in PHRASAL or (in_where and particle in ("out", "up", "off", "down", "back", "away") and verb not in acts)
    )


COMPARED_WITH = re.compile(r"\b(?:over|above|under|below|exceed(?:s|ed|ing)?|beyond|within|more\s+than|less\s+than)\s+(?:the\s+|their\s+|its\s+|a\s+)?(?P<what>[a-z_]+)\b(?!\s*\d)")


def _compared_with_a_column(text: str, schema: SchemaIndex, evidence: Evidence) -> list[Gap]:
    """'projects over budget': a number of the rows compared with a column, which the spec must compare
    (`spent > budget`); carrying the column along is not it."""
    gaps = []
    for match in COMPARED_WITH.finditer(text):
        if match["what"] in SMALL_NUMBERS or _number(match["what"]):
            continue  # 'more than one flight': a number said in words
        columns = {c for t, c in schema.columns.get(lemma(match["what"]), ()) if (t, c) in schema.numeric_columns}
        if columns and not any(re.search(rf"[<>]=?\s*\w*{re.escape(c)}\b|\b{re.escape(c)}\w*\s*[<>]", evidence.text) for c in columns):
            gaps.append(Gap(phrase=match[0], why="compared with which number of the rows? name it (e.g. 'spent > budget')"))
    return gaps


# 'the final invoice came out higher than what we quoted': how the first number turned out, and the second said by its act
CAME_OUT_COMPARED = re.compile(
    rf"\b(?P<came>{TURNED_OUT})\s+(?:higher|lower|bigger|smaller|more|less|later|earlier|above|below|over|under)\b"
    r"|\bthan\s+(?P<what>what\s+(?:we|they|you|i)\s+(?:had\s+|have\s+)?(?P<verb>[a-z]+))\b"
)


def _compared_as_it_turned_out(text: str, evidence: Evidence) -> list[tuple[int, int]]:
    """The words of a comparison of two columns the spec makes said as how a number turned out ('came out higher than') or of
    a number said by its act ('what we quoted': `quote_amt`, compared)."""
    if not evidence.has("comparison"):
        return []
    spans = []
    for match in CAME_OUT_COMPARED.finditer(text):
        if match["came"]:
            spans.append(match.span("came"))
        elif (act := verb_lemma(match["verb"])) and any(act in {verb_lemma(w) or w for w in re.split(r"[._]", name)} for name in evidence.identifiers):
            spans.append(match.span("what"))
    return spans


def _derived_names_said(text: str, evidence: Evidence) -> list[tuple[int, int]]:
    """The spans that say the name of a column the spec derives ('a line total column (quantity times unit
    price)'): the name is accounted for whole, whatever its words also name ('line' is an order item too)."""
    spans = []
    for name in evidence.kept_derived_names:  # (a derived column an aggregate drops names nothing)
        said = r"\s+".join(rf"{re.escape(word)}(?:s|es)?" for word in name.split("_") if word)
        spans += [m.span() for m in re.finditer(rf"(?<![\w]){said}(?![\w])", text)] if len(name.split("_")) > 1 else []
    return spans


def _quoted_literals(text: str, evidence: Evidence) -> list[tuple[int, int]]:
    """The spans of quoted text the spec writes as a literal ("showing 'n/a' where ..."): accounted for whole."""
    return [m.span() for m in re.finditer(r"'([^']+)'|\"([^\"]+)\"", text) if (m[1] or m[2]).strip().lower() in evidence.strings]


def _described_codes_kept(text: str, catalog: Catalog, evidence: Evidence) -> list[tuple[int, int]]:
    """The spans of 'that include parts' where the spec keeps the code whose legend entry says it (`code_descriptions`:
    'P = premium (standard plus all parts included)')."""
    tables = [t for t in catalog.tables if t.name in evidence.tables]
    return [(start, end) for t in tables for start, end, column, code in described_clauses(t, text)
            if re.search(rf"\b{re.escape(column)}\s*=\s*'{re.escape(code)}'", evidence.text, re.IGNORECASE)]  # fmt: skip


def _legend_words_before_kept_codes(text: str, catalog: Catalog, evidence: Evidence) -> list[tuple[int, int]]:
    """'the fittings the customer never turned up for' where the spec keeps 'N = customer did not turn up': the words of
    the code's own legend entry said right before its name (who did not, here) restate it; so do the words of a column's
    comment before a null state the spec keeps ('the breakdowns where the bay is still out of action' of 'Date the bay
    was working again; NULL = still out of action')."""
    spans = []
    for table in [t for t in catalog.tables if t.name in evidence.tables]:
        for column in table.columns:
            for code, names in column.value_names.items():
                if re.search(rf"\b{re.escape(column.name)}\s*(?:=|in\s*\()\s*[^)]*'{re.escape(code)}'", evidence.text, re.IGNORECASE):
                    spans += _entry_words_before(text, names, _content_lemmas(legend_entry(column, code)))
            if re.search(rf"\b{re.escape(column.name)}\s+is\s+null\b", evidence.text, re.IGNORECASE):
                spans += _entry_words_before(text, [f for n in column.null_names for f in null_forms(n)], _content_lemmas(column.comment or ""))
    return spans


# how someone came to a thing, said before the state of their coming ('turned up late', 'showed up late', 'arrived late')
ARRIVED = re.compile(r"\b(?P<verb>(?:turn(?:ed|s)?|show(?:ed|s)?|came|come|comes)\s+(?:up|in)|arriv(?:ed|es|e))\s+(?P<state>[a-z]+(?:\s+[a-z]+)?)\b")


def _arrivals_of_kept_codes(text: str, catalog: Catalog, evidence: Evidence) -> list[tuple[int, int]]:
    """'where the pupil turned up late' of a register mark 'L = late' the spec keeps: the arrival says no more than the
    state after it."""
    kept = {name for table in catalog.tables if table.name in evidence.tables for column in table.columns for code, names in column.value_names.items()
            if re.search(rf"\b{re.escape(column.name)}\s*(?:=|in\s*\()\s*[^)]*'{re.escape(code)}'", evidence.text, re.IGNORECASE) for name in names}  # fmt: skip
    return [m.span("verb") for m in ARRIVED.finditer(text) if m["state"] in kept or m["state"].split()[0] in kept]


def _content_lemmas(said: str) -> set[str]:
    """The lemmas of the content words of a comment or legend entry."""
    return {lemma(w) for w in re.findall(r"[a-z]+", said.lower())} - FUNCTION_WORDS


def _entry_words_before(text: str, names: list[str], entry: set[str]) -> list[tuple[int, int]]:
    """The spans of the up to three words right before each name said that are words of its entry."""
    spans = []
    for name in names:
        for said in re.finditer(rf"\b{re.escape(name)}\b", text):
            offset = max(0, said.start() - 40)
            for w in reversed(list(re.finditer(r"[a-z0-9]+(?:-[a-z0-9]+)*", text[offset : said.start()]))[-3:]):  # ('same-day rush'
                parts = [lemma(x) for x in w[0].split("-") if x not in FUNCTION_WORDS]  # of 'X = rush (same day)')
                if parts and not set(parts) <= entry:
                    break  # only the words right before the name ('pallets that arrived at their depot in 2026 were
                spans += [(offset + w.start(), offset + w.end())] if parts else []  # rejected': no 'depot' of 'rejected at depot')
    return spans


MANNER_GROUPED = re.compile(r"\b(?:by|per|each|every)\s+(?:the\s+)?(?P<manner>how\s+(?:\w+\s+){0,2}?\w+|(?:way|ways|method|methods|means|mode)\s+of\s+\w+)")


def _manners_grouped(text: str, catalog: Catalog, evidence: Evidence) -> list[tuple[int, int]]:
    """The spans of 'by how they paid', 'for each way of paying' where the spec groups by the column saying how that act was
    done (`grouping.says_manner_of`: `pay_mth`)."""
    keyed = [(t, c) for t in catalog.tables if t.name in evidence.tables for c in t.columns if c.name.lower() in evidence.keys]
    return [said.span("manner") for said in MANNER_GROUPED.finditer(text) if (act := act_of_manner(said["manner"])) and any(says_manner_of(t, c, act) for t, c in keyed)]


ROW_NOUNS = {"rows", "records", "entries", "lines", "items", "results", "values"}  # 'how many rows': the rows read
DETERMINERS = {"the", "each", "every", "all", "any", "only", "their", "its", "our", "these", "those", "some", "no", "of", "many", "much", "my", "your"}


def _state_kept(word: str, schema: SchemaIndex, evidence: Evidence) -> bool:
    """The spec keeps the state `word` says in the legend's other words ('completed' as 'D = done')."""
    return any(_values_kept(schema.values.get(other, ()), evidence) for other in same_state(word))


def _codes_left_unnamed(word: str, schema: SchemaIndex, evidence: Evidence) -> list[str]:
    """The codes of the rows read that a column's legend names not and that begin as the word does (`res_cd` 'P = pass,
    A = ..., F' and 'failed': 'F'), of a column the spec keeps no rows by, as readings: the act said may be that state."""
    found = []
    for name in evidence.tables:
        table = schema.catalog.table(name)
        for column in table.columns if table else ():
            if column.value_names and column.values and len(column.values) <= 12 and column.name.lower() not in evidence.identifiers:
                found += [f"{name}.{column.name} = '{v}'" for v in column.values if v not in column.value_names and v[:1].lower() == word[:1]]
    return found[:3]


def _synonym_in_a_kept_name(word: str, schema: SchemaIndex, evidence: Evidence, sequence: str) -> bool:
    """Does the request say the name of a value the spec keeps rows by, with the word for a synonym of one of its words
    ('cancelled by the customer' of 'cancelled by the client')? `sequence`: the request's lemmas in order."""
    others = synonyms(lemma(word)) - {lemma(word), word}
    for form, values in schema.values.items() if others else ():
        said = [lemma(w) for w in form.split()]
        for at in (i for i, w in enumerate(said) if w in others and len(said) > 1):
            if f" {' '.join([*said[:at], lemma(word), *said[at + 1 :]])} " in f" {sequence} " and _values_kept(values, evidence):
                return True
    return False


def _values_kept(values, evidence: Evidence) -> bool:
    """Does the spec keep rows by one of these `(table, column, value)` of a legend?"""
    return any(v.lower() in evidence.strings and c.lower() in evidence.identifiers for _, c, v in values)


def _noun_after(tokens: list[tuple[int, str]], i: int, schema: SchemaIndex) -> str:
    """The noun a word before a noun phrase qualifies: the phrase's first word within three that names a table
    ('completed grooming appointments': 'appointments'), else the next word."""
    after = []
    for _, word in tokens[i + 1 : i + 4]:
        if word in FUNCTION_WORDS or not word.isalpha():
            break
        after.append(word)
    return next((w for w in after if schema.tables.get(lemma(w))), tokens[i + 1][1] if i + 1 < len(tokens) else "")


def _qualifies_rows(word: str, following: str, schema: SchemaIndex, evidence: Evidence) -> bool:
    """A past participle before a table's name ('the completed projects', 'cancelled orders') picks
    some of its rows: unless the spec uses it (a value, a yes/no column), it is not accounted for by
    describing what happened, as a participle after its noun is ('orders placed in 2024')."""
    if not is_past_verb(word) or word in ("named", "called", "titled", "listed", "given", "used") or not schema.tables.get(lemma(following)):
        return False
    if word in evidence.strings or lemma(word) in evidence.strings or (word in VALUE_SYNONYMS and any(VALUE_SYNONYMS[word] in s for s in evidence.strings)):
        return False
    if _state_kept(word, schema, evidence):
        return False  # 'completed' kept as the state 'D = done'
    named = schema.columns.get(lemma(word), set()) | schema.columns.get(word, set())
    return not ({c.lower() for _, c in named} & evidence.identifiers)


def _state_said_after_rows(i: int, tokens: list[tuple[int, str]], schema: SchemaIndex, evidence: Evidence) -> bool:
    """'tours that got cancelled', 'invoices which were paid': an act that happens to some rows after they exist,
    said of the rows in a relative clause, picks some of them, as 'cancelled tours' does."""
    word = tokens[i][1]
    before = [w for _, w in tokens[max(0, i - 4) : i]]
    if not is_past_verb(word) or verb_lemma(word) not in LATER_ACTS or not re.search(r"(?:that|which|who) (?:were|was|are|is|got|get|have been|has been|had been)$", " ".join(before)):
        return False
    relative = max(j for j, w in enumerate(before) if w in ("that", "which", "who"))
    noun = before[relative - 1] if relative else ""
    return bool(schema.tables.get(lemma(noun), set()) & evidence.tables) and _qualifies_rows(word, noun, schema, evidence)


def _unrecorded_act_of_the_rows(i: int, tokens: list[tuple[int, str]], schema: SchemaIndex, evidence: Evidence, acts: set[str]) -> list[str] | None:
    """'the customers we've banned', 'the items they have flagged': an act someone did to the rows read, said right after
    them, that no date, code, column or comment of the schema records, where the rows keep yes/no columns, picks some of
    them (a flag) rather than describing every row, as 'the orders we shipped' of a table that records shipping does.
    None when it is not such an act; else the yes/no columns of the rows it may mean."""
    word = tokens[i][1]
    before = [w for _, w in tokens[max(0, i - 4) : i]]
    said = re.search(r"([a-z_]+) (?:(?:that|which|who) )?(?:we|they|you|i|staff|someone) (?:have |has |had |'ve )?$", " ".join(before) + " ")
    if not said or not is_past_verb(word) or not _event_verb(word):
        return None
    act = verb_lemma(word) or word
    noun = lemma(said[1])
    tables = (schema.tables.get(noun, set()) | {t for t, _, _ in schema.values.get(noun, ())}) & evidence.tables  # ('the pastries', 'P = pastry')
    if not tables or act in LIGHT_ACTS or act in acts or schema.columns.get(word) or schema.columns.get(act) or schema.values.get(act) or schema.values.get(word):
        return None
    if any(act in table_acts(t) for name in evidence.tables if (t := schema.catalog.table(name))):
        return None
    flags = sorted(f"{t}.{c.name}" for t in tables for c in schema.catalog.table(t).columns if c.type == "boolean")[:3]
    return flags or None  # (rows with no yes/no column to hold such a state: 'the invoices we raised' are every invoice)


# Verbs that say little of their own ('the bookings we got', 'the accounts we've put on stop'): the words after them do.
LIGHT_ACTS = AUXILIARIES | {"make", "take", "put", "give", "keep", "see", "hold", "let", "set"}


DIFFERENT = re.compile(r"\b(?:different|distinct|unique)\b")
ACT_OF_OURS = re.compile(r"\b(?:did|have|has|had)\s+(?:we|they|you|i)\b|\b(?:we|they|i)(?:'ve|'d)?\s+(?:\w+ly\s+)?\w+ed\b")


def _different_rows_counted_once_each(text: str, schema: SchemaIndex, pipeline: Pipeline) -> list[Gap]:
    """'how many different horses did we work on each month' (an act of ours said) counted as the distinct keys of `horse` itself (joined to no
    rows that repeat them): every horse is one row, so 'different' says nothing there; it speaks of the rows where the
    horses recur (their visits), which are not read. Asked, never all horses dated by a date of their own."""
    said = DIFFERENT.search(text) if ACT_OF_OURS.search(text) else None
    rows = getattr(pipeline.source, "table", None)
    table = schema.catalog.table(rows) if said and rows else None
    if table is None or not table.identifier:
        return []
    counted = re.compile(rf"^\s*(?:uniq\w*\(\s*|count\(\s*distinct\s+){re.escape(table.identifier.lower())}\s*\)\s*$")
    steps = pipeline.transformations
    distinct = [m for step in steps if isinstance(step, AggregateTransform) for m in step.measures if counted.match(m.expr.lower())]
    repeating = [step for step in steps if step.type == "join" and step.table in schema.referrers.get(rows, set())]
    if not distinct or repeating:
        return []
    recur = sorted(f"{t}.{c}" for t in schema.referrers.get(rows, set()) for c, ref in schema.catalog.table(t).references.items() if ref.split(".")[0] == rows)
    why = f"each `{rows}` row is one of them, so counting different ones counts every row; the rows where they recur are not read"
    return [Gap(phrase=said[0], readings=recur[:3], why=why)]


def _share_without_its_whole(text: str, evidence: Evidence, schema: SchemaIndex, pipeline: Pipeline) -> list[Gap]:
    """'each status's share within its region': a share over all groups (a window over every row) is not it. 'In the
    shipments' names the rows shared themselves: their whole is every row."""
    kind = SHARE_WORD.search(text)
    within = SHARE_WITHIN.search(text, kind.end()) if kind else None
    rows = getattr(pipeline.source, "table", None)
    if within and within["a"] and rows and resolve_table(schema.catalog, within["a"].split()[0]) == rows:
        return []
    if within and evidence.has("whole_window"):
        return [Gap(phrase=within[0].strip(), readings=["a share within each group: sum(...) over (partition by ...)"])]
    return []


def _each_without_groups(text: str, schema: SchemaIndex, evidence: Evidence, rows: str | None) -> list[Gap]:
    """'the lowest salary in every department' answered by one overall row: a measure asked for each
    thing the schema names, in a spec that aggregates without grouping, is not what was asked. 'Every standard-plan
    boiler contract', the rows `rows` themselves, asks for all of them."""
    aggregates = any(evidence.has(c) for c in ("sum", "avg", "count", "max", "min"))
    if not aggregates or evidence.grouped:
        return []
    for match in re.finditer(r"\b(?:each|every)\s+(?:single\s+|one\s+of\s+(?:our|the|their|your|its|these|those)\s+|of\s+(?:our|the|their|your|its|these|those)\s+)?([a-z_]+)(?P<rest>(?:[\s-]+[a-z_]+){0,3})", text):
        phrase = list(itertools.takewhile(lambda w: w not in FUNCTION_WORDS, [match[1], *re.split(r"[\s-]+", match["rest"].strip())]))
        if rows and phrase and rows in schema.tables.get(lemma(phrase[-1]), ()):
            continue
        if schema.names(match[1]) and match[1] not in GRAINS:
            return [Gap(phrase=text[match.start() : match.end(1)], why="the pipeline computes one total, not one per " + match[1])]
    return []


def _per_without_groups(text: str, schema: SchemaIndex, evidence: Evidence) -> list[Gap]:
    """'pieces ordered per requested delivery date' answered by the order lines themselves: 'per' a thing the schema keeps
    rows of, or a date or a period, asks for one row per group (or a rate), which a spec that neither groups nor divides
    is not ('per' is a function word, accounted for everywhere else)."""
    if evidence.grouped or any(evidence.has(c) for c in ("division", "count", "sum", "avg", "min", "max")):
        return []  # (an aggregate 'per' something the spec reads otherwise is `_each_without_groups`' to judge: 'average tonnes per haul')
    for match in re.finditer(r"\bper\s+(?:(?:each|every|the|a|an)\s+)?((?:[a-z_]+\s+){0,2}[a-z_]+)", text):
        words = match[1].split()
        if any(w in GRAINS or schema.tables.get(lemma(w)) or schema.tables.get(w) or (lemma(w) in ("date", "day")) for w in words):
            return [Gap(phrase=match[0], why="the pipeline keeps the rows as they are, not one row per " + match[1])]
    return []


def _averaged_over_other_rows(text: str, pipeline: Pipeline, schema: SchemaIndex) -> list[Gap]:
    """'the average fee per treatment item' answered by the procedures' catalogue fee: an average said per rows the
    schema names is an average of their own numbers, not of another table's."""
    averaged = {c.lower() for step in pipeline.transformations if step.type == "aggregate" for m in step.measures for c in re.findall(r"\bavg\(\s*([a-z_]\w*)", m.expr.lower())}
    owners = {t for c in averaged for t, _ in schema.column_names.get(c, ())}
    if not owners:
        return []
    for said in re.finditer(r"\b(?:average|avg|mean)\s+(?:[a-z_]+\s+){1,3}?per\s+(?:(?:a|an|each|one)\s+)?((?:[a-z_]+\s+)?[a-z_]+)\b", text):
        words = said[1].split()
        rows = set().union(*(schema.tables.get(lemma(w), set()) for w in words[-1:]))
        if rows and not rows & owners and not _grouped_by_rows_of(pipeline, rows, schema):
            return [Gap(phrase=said[0], readings=[f"the average of a column of {' or '.join(sorted(rows))}"])]
    return []


def _grouped_by_rows_of(pipeline: Pipeline, tables: set[str], schema: SchemaIndex) -> bool:
    """Does the spec group by a column of these tables, or by a reference to them ('average rent per building')?"""
    keys = {k.lower() if isinstance(k, str) else k.name.lower() for step in pipeline.transformations if step.type == "aggregate" for k in step.group_by}
    keys |= {k.removeprefix(f"{t}_") for k in keys for t in tables}  # (a joined key renamed `building_building_id`)
    return any(t in tables for k in keys for t, _ in schema.column_names.get(k, ())) or any(keys & schema.referring.get(t, set()) for t in tables)


OR_COMPARISONS = {"more", "less", "fewer", "greater", "higher", "lower", "above", "below", "over", "under", "equal",
                  "later", "earlier", "after", "before", "older", "newer", "longer", "shorter", "больше", "меньше"}  # fmt: skip


def _name_as_command(tokens: list[tuple[int, str]], text: str) -> set[int]:
    """'Name the album that ...': the verb of a command, as 'list' or 'show', at the start of a sentence."""
    first = {position for position, token in tokens[:1] if token in ("name", "names")}
    return first | {m.start() for m in re.finditer(r"(?<=[.?!;]\s)name(?=\s+(?:the|all|every|each|a)\b)", text)}


def _adverbs_of_flags(tokens: list[tuple[int, str]], schema: SchemaIndex, evidence: Evidence) -> set[int]:
    """'employees (who) work remotely' where `is_remote` is a column the spec uses: the adverb says the
    flag, and the verb before it only carries it."""
    found: set[int] = set()
    for i, (position, word) in enumerate(tokens):
        if word.endswith("ly") and any(c.lower() in evidence.identifiers for _, c in schema.columns.get(lemma(word[:-2]), ())):
            found.add(position)
            if i and "VERB" in word_classes(tokens[i - 1][1]):
                found.add(tokens[i - 1][0])
    return found


# A breakdown announced in words of its own, whatever follows ('broken down by how they paid', 'split it by region').
BREAKDOWN_SAID = re.compile(r"\b(?:broken|break\s+(?:it|them|this|that)|split(?:\s+(?:it|them|this|that))?|grouped|group\s+(?:it|them))\s+(?:down\s+|out\s+|up\s+)?by\b")
# 'each of our current drivers', 'for every kennel', 'per vehicle': the rows named after it, one answer for each
EACH_NAMED = re.compile(r"\b(?:each|every|per)\s+(?:one\s+)?(?:of\s+(?:our|the|their|your|its|these|those)\s+)?(?P<words>[a-z_]+(?:\s+[a-z_]+){0,2})")


def _groups_said_of_one_total(text: str, request: str, schema: SchemaIndex, pipeline: Pipeline, evidence: Evidence) -> list[Gap]:
    """'How many jobs did each of our current drivers do': a spec that aggregates every row into one total answers no
    question asked of each driver. Before, 'each' was wording and such a total was reported valid. So with a breakdown said
    in words of its own ('broken down by how they paid'), whatever read the words after 'by' (read in the request: the text
    read has lost them)."""
    if evidence.grouped or not any(isinstance(step, AggregateTransform) for step in pipeline.transformations):
        return []
    gaps = [Gap(phrase=said[0], why="the pipeline computes one total over all rows, not one for each group said") for said in BREAKDOWN_SAID.finditer(request.lower())]
    for said in EACH_NAMED.finditer(text):
        words = said["words"].split()
        if words[0] in GRAINS or words[0] in SCHEDULE_WORDS or words[0] in WEEKDAYS:
            continue  # 'every day at 2', 'each month' of a schedule
        named = [i for i, w in enumerate(words) if schema.tables.get(lemma(w))]
        if words[0] in KIND_SAID or (named and getattr(pipeline.source, "table", None) in schema.tables.get(lemma(words[named[0]]), ())):
            continue  # 'each kind of class' (a kind, read elsewhere); 'average tonnes per haul' over the hauls: per row
        if named:
            phrase = said[0][: said.start("words") - said.start()] + " ".join(words[: named[0] + 1])
            gaps.append(Gap(phrase=phrase, why="the pipeline computes one total over all rows, not one for each of these"))
    return gaps


def _zero_groups_said(text: str, request: str, evidence: Evidence) -> list[tuple[int, int]]:
    """The spans of the words that keep the groups with no rows ('including contractors with none', 'show the leagues that have
    no teams yet as well', whose 'as well' the text read has lost), where the spec joins outer."""
    if not evidence.has("outer"):
        return []
    said = [m[0] for m in ZERO_GROUPS.finditer(request.lower())] + [m[0] for m in ZERO_GROUPS.finditer(text)]
    phrases = {re.sub(r"\s+(?:as\s+well|too)$", "", phrase) for phrase in said}
    return [m.span() for phrase in phrases for m in re.finditer(re.escape(phrase), text)]


def _went_ahead_by_status(text: str, source: CatalogTable | None, evidence: Evidence) -> tuple[list[tuple[int, int]], list[Gap]]:
    """'the lessons we actually taught' of 'D = done, X = cancelled': placed where the spec keeps the codes that happened,
    else a gap (never another table's 'R = ran' said 'went ahead')."""
    spans, gaps = [], []
    for span, column, codes in went_ahead_codes_said(text, source):
        if codes and column.lower() in evidence.identifiers and all(code.lower() in evidence.strings for code in codes):
            spans.append(span)
        else:
            gaps.append(Gap(phrase=text[span[0] : span[1]], readings=[f"{source.name}.{column} in ({', '.join(codes)})"] if codes else [], why="the rows that happened are kept by their status"))
    return spans, gaps


def _money_owed_summed(text: str, catalog: Catalog, evidence: Evidence) -> list[tuple[int, int]]:
    """'how much each owner still owes', 'has run up': placed where the spec sums money, and, for what is owed, keeps the
    rows whose missing payment says they are unpaid."""
    from ai_etl.language.measures import MONEY_OWED, says_unpaid

    unpaid = any(c.name.lower() in evidence.identifiers and _null_test(c.name, evidence) and says_unpaid(c) for t in catalog.tables if t.name in evidence.tables for c in t.columns)
    return [m.span("verb") for m in MONEY_OWED.finditer(text) if evidence.has("sum") and (unpaid or not m["verb"].startswith("ow"))]


BUSIEST = re.compile(r"\b(?:busiest|quietest)\b")


def _busiest_of_every_group_listed(text: str, evidence: Evidence) -> list[tuple[int, int]]:
    """'Which days are busiest for lessons? For each weekday, how many went ahead': every group is asked with its count,
    the busiest are read off that list; no group is chosen for the reader."""
    if not (evidence.grouped and evidence.has("count") and EACH_GROUP_ASKED.search(text)):
        return []
    return [m.span() for m in BUSIEST.finditer(text)]


def _questions_unanswered(text: str, pipeline: Pipeline) -> list[Gap]:
    """'how many defects have been logged, and how many are still waiting to be repaired': each 'how many' asks a number of
    its own; a spec that computes fewer numbers answered one of them for both (the open ones counted as all of them)."""
    asked = list(re.finditer(r"\bhow\s+(?:many|much)\b", text))
    steps = pipeline.transformations
    if len(asked) < 2 or any(isinstance(step, SqlTransform) for step in steps):
        return []
    numbers = sum(len(step.measures) for step in steps if isinstance(step, AggregateTransform))
    return [Gap(phrase=asked[-1][0], why=f"the request asks {len(asked)} numbers; the pipeline computes {numbers}")] if numbers < len(asked) else []


def _counts_of_one_row(text: str, catalog: Catalog, pipeline: Pipeline) -> list[Gap]:
    """'How many times has each tool been borrowed' counted over the tools by their own identifier: every count is 1,
    the rows to count (the loans) were never read. A count grouped by what identifies each row read, with nothing
    joined before it that could repeat a row, answers no question."""
    table = catalog.table(getattr(pipeline.source, "table", None) or "")
    if table is None or not table.identifier:
        return []
    fanned, same = False, {}  # same: a column -> the columns a join made equal to it
    for step in pipeline.transformations:
        if isinstance(step, JoinTransform):
            joined = catalog.table(step.table)
            fanned |= step.how != "anti" and not (joined and step.right_on.split(".")[-1] == joined.identifier)  # rows of a table
            # that refers to these: several per row read
            taken = {c.source or c.name: c.name for c in step.columns}
            if step.how == "inner" and (right := taken.get(step.right_on.split(".")[-1])):
                left = step.left_on.split(".")[-1]
                same.setdefault(left, {left}).add(right)
                same.setdefault(right, {right}).add(left)
        elif isinstance(step, AggregateTransform):
            keys = {name for key in step.group_by if not key.expr for name in (key.name, key.source) if name}
            counts = [m for m in step.measures if re.match(r"\s*(?:count|uniq\w*)\s*\(", m.expr, re.I)]
            distinct = [m for m in counts if (arg := re.fullmatch(r"\s*uniq\w*\(\s*(\w+)\s*\)\s*", m.expr)) and same.get(arg[1], {arg[1]}) & keys]
            if not distinct and (fanned or table.identifier not in keys or not counts):
                return []
            said = COUNT_SAID.search(text)
            phrase = said[0] if said else counts[0].name
            return [Gap(phrase=phrase, why=f"each group is one row of `{table.name}` (by `{table.identifier}`), so every count is 1; the rows to count are not read")]
        elif not isinstance(step, FilterTransform):
            return []
    return []


COUNT_SAID = re.compile(r"\bhow\s+many(?:\s+times)?|\bnumber\s+of\s+[a-z]+|\bcount\s+of\s+[a-z]+|\b(?:count|times)\b")
NEGATIONS = {"not", "never", "no", "none", "without", "zero", "n't", "nor", "neither"}


MONEY_ROWS = {"money", "payments"}  # what a table's comment calls rows that are each an amount of money


def _measures(pipeline: Pipeline) -> list[Measure]:
    """The measures of the spec's aggregate steps."""
    return [m for step in pipeline.transformations if isinstance(step, AggregateTransform) for m in step.measures]


def _count_of_money_unsaid(text: str, catalog: Catalog, pipeline: Pipeline, evidence: Evidence) -> list[Gap]:
    """'Deposits received per month' over rows its comment calls money ('Money asked of and received from clients'): a
    count of them or the total of their amounts, and the request says neither; a count written for it is a guess."""
    source = catalog.table(getattr(pipeline.source, "table", None) or "")
    if not source or not MONEY_ROWS & set(source.called) or not evidence.grouped or COUNT_SAID.search(text):
        return []
    measures = _measures(pipeline)
    if [m.expr.replace(" ", "").lower() for m in measures] != ["count()"]:
        return []
    return [Gap(phrase="per" if re.search(r"\bper\b", text) else "each", readings=[f"count of {source.name} rows", "the total of their amounts"],
                why="a count of the rows or the total of their money: say 'how many' or 'total'")]


def _every_value_of_a_key_said(text: str, catalog: Catalog, evidence: Evidence) -> list[tuple[int, int]]:
    """Where the request names every value of a column the spec groups by ('our average rating on Google, on Tripadvisor and
    on our own website'), the values are the groups asked for, one figure each; one value alone is a filter."""
    spans = []
    for table in catalog.tables:
        for column in table.columns if table.name in evidence.tables else ():
            if column.name.lower() not in evidence.keys or not column.values or len(column.values) < 2:
                continue
            said = {value: [m.span() for form, v in said_forms(column) if v == value for m in re.finditer(rf"(?<![\w-]){said_plural_pattern(form)}(?![\w-])", text)]
                    for value in column.values}  # fmt: skip
            if all(said.values()):
                spans += [span for found in said.values() for span in found]
    return spans


TOTAL_OF_ROWS = re.compile(r"\b(?!(?:the|a|our|their|its|what|grand|running)\s)(?P<noun>[a-z_-]+)\s+totals?\b|\btotals?\s+(?:of\s+(?:the\s+|our\s+)?)?(?P<after>[a-z_-]+)\b")


def _total_of_money_rows_counted(text: str, catalog: Catalog, pipeline: Pipeline) -> list[Gap]:
    """'Monthly donation totals' written as a count of the donations: the total of rows that are each an amount of money
    is their money, and a count answers another question ('the total number of donations' says a count)."""
    from ai_etl.language.money import amounts

    source = catalog.table(getattr(pipeline.source, "table", None) or "")
    measures = _measures(pipeline)
    if source is None or not amounts(source) or not measures or any(m.expr.replace(" ", "").lower() != "count()" for m in measures):
        return []
    for said in TOTAL_OF_ROWS.finditer(text):
        noun = said["noun"] or said["after"]
        if noun not in ("number", "count", "of") and resolve_table(catalog, noun) == source.name:
            return [Gap(phrase=said[0], readings=[f"count of {source.name} rows", f"the total of {amounts(source)[0].name}"],
                        why="a count of the rows or the total of their money: say 'how many' or 'total amount'")]
    return []


# 'the total value of the orders', 'order value per month', 'the average value': an amount of each row, summed or averaged
VALUE_MEASURED = re.compile(r"\b(?:total|overall|combined|sum\s+of\s+the|average|mean)\s+(?:[a-z_-]+\s+){0,2}?values?\b|\b[a-z_]+\s+values?\s+(?:per|by|for\s+each|each)\b")


def _value_counted(text: str, pipeline: Pipeline) -> list[Gap]:
    """'Total value of the orders placed each month' written as a count of the orders: the value of a row is an amount,
    and a count of rows answers another question. Before, 'value' was wording and 'total' a count, so it was reported valid."""
    measures = _measures(pipeline)
    said = VALUE_MEASURED.search(text)
    if not said or not measures or any(not re.fullmatch(r"count\(\)|uniqexact\([\w.]+\)", m.expr.replace(" ", "").lower()) for m in measures):
        return []
    return [Gap(phrase=said[0].strip(), why="the pipeline counts rows; the value said is an amount to add up: say which column holds it")]


def _every_value_one_total(request: str, catalog: Catalog, pipeline: Pipeline) -> list[Gap]:
    """'How many bookings were made on the website, by telephone and as walk-ins?' kept by `chan in ('D', 'T', 'W')`, every
    value the column holds, and counted as one total: the filter keeps every row, so the values listed were asked one by
    one; a total over all of them answers no question said."""
    aggregates = [step for step in pipeline.transformations if isinstance(step, AggregateTransform)]
    if len(aggregates) != 1 or aggregates[0].group_by:
        return []
    tables = [t for name in {getattr(pipeline.source, "table", None), *(s.table for s in pipeline.transformations if isinstance(s, JoinTransform))} if name and (t := catalog.table(name))]
    for step in pipeline.transformations:
        if not isinstance(step, FilterTransform):
            continue
        for column, listed in re.findall(r"\b(\w+)\s+in\s*\(([^)]*)\)", step.condition):
            values = set(re.findall(r"'([^']*)'", listed))
            held = next((set(c.known_values() or []) for t in tables if (c := t.column(column))), set())
            if len(values) >= 2 and values == held:
                said = re.search(r"\bhow\s+many\b|\bnumber\s+of\b|\bcount\b", request.lower())
                return [Gap(phrase=said[0] if said else column, readings=[f"one count for each {column}: group by {column}"], why="the values listed are every value of the column: one total over them is every row")]
    return []


def _own_reference_missing(catalog: Catalog, evidence: Evidence) -> bool:
    """Whether the spec keeps rows whose own reference is empty ('members who do not belong to any company': their
    `co_id is null`), the relation said not to hold, as an anti join would."""
    return any(
        (test := _null_test(column, evidence)) and not re.search(r"NotNull|not\s+null", test[0], re.I)
        for t in evidence.tables if (table := catalog.table(t)) for column in table.references
    )


def _negated_relations(tokens: list[tuple[int, str]], catalog: Catalog, evidence: Evidence) -> set[int]:
    """'rooms that have never been booked', 'instructors not teaching any course': in a spec that keeps the
    rows with no related row (an anti join), the verb after the negation is that relation; unless it is an act
    the missing rows record as happening later (`completed_at`, NULL until then), or they record several acts
    and it is none of them: 'never finished any course' is not 'never enrolled in any'."""
    if not evidence.anti_join and not _own_reference_missing(catalog, evidence):
        return set()
    if _orphans(catalog, evidence):
        return set()  # rows whose own course is missing: no verb of the request says that ('never finished any course')
    acts = [_acts_recorded(catalog.table(t)) for t in evidence.anti_joined if catalog.table(t)]  # (made, happened later)
    found: set[int] = set()
    for i, (_, word) in enumerate(tokens):
        if word in NEGATIONS:
            for position, following in tokens[i + 1 : i + 4]:
                if following in ("been", "yet", "ever"):
                    continue
                if "VERB" in word_classes(following) and (following.endswith(("ed", "ing")) or is_past_verb(following)):
                    act = verb_lemma(following) or lemma(following)
                    if (other := act_table(catalog, following)) and other not in evidence.anti_joined:
                        break  # 'bookings that never became a trip and were not cancelled': no row of `cxl`, which no join excludes
                    if not any(act in later or (act not in made and len(made | later) > 1) for made, later in acts):
                        found.add(position)
                break
    return found


CLAUSE_BOUNDARIES = {"who", "that", "which", "but", "and", "whose", "where", "while", "although", "yet"}


def _negated_acts_of_unread_rows(tokens: list[tuple[int, str]], catalog: Catalog, pipeline: Pipeline, evidence: Evidence) -> list[Gap]:
    """'bookings that never became a job and were not cancelled either': an act said not to have happened, which another
    table's rows record (`cxl`, whose reasons are 'cancelled by the customer', ...), where the spec reads none of that table.
    Before, the act was taken for wording, and a spec that excluded the jobs alone was reported valid."""
    gaps, excluded = [], sum(isinstance(step, JoinTransform) and step.how == "anti" for step in pipeline.transformations)
    for i, (_, word) in enumerate(tokens):
        if word not in NEGATIONS:
            continue
        following = next((w for _, w in tokens[i + 1 : i + 4] if w not in ("been", "yet", "ever", "either", "be", "once")), "")
        if not is_past_verb(following):
            continue
        if excluded:  # the acts said first are those of the rows the spec's anti joins leave out ('boats we never lifted out')
            excluded -= 1
            continue
        if any(following in name.split() for t in catalog.tables if t.name in evidence.tables for c in t.columns if c.name.lower() in evidence.identifiers for name in c.null_names):
            continue  # 'lots not inspected at intake yet': the rows' own `insp_dt`, 'NULL = not inspected yet'
        if _act_stamp_used(verb_lemma(following), catalog, evidence):
            continue  # 'learners who have not passed the theory test' of `theory_dt`, 'date the theory test was passed'
        if _flag_named(following, catalog, evidence):
            continue  # 'bookings not paid for' of their own `paid` the spec tests
        recording = {t.name for t in catalog.tables for c in t.columns for names in c.value_names.values() for n in names if n.split()[0] == following}
        recording |= {t} if (t := act_table(catalog, following)) else set()
        if recording and not recording & (evidence.tables | evidence.anti_joined):
            gaps.append(Gap(phrase=f"{word} {following}", readings=[f"rows of {' or '.join(sorted(recording))}"], why="the pipeline reads none of the rows that record it"))
    return gaps


def _related_rows_said_to_exist(tokens: list[tuple[int, str]], schema: SchemaIndex, pipeline: Pipeline) -> list[Gap]:
    """'customers we've shipped to who have never had a pallet rejected': a spec that keeps the rows with no pallet
    rejected (an anti join) does not keep only those that have pallets at all, which a clause without a negation says
    of the same table (its name or the act it records). Before, such a pipeline was written, reported valid."""
    joins = [step for step in pipeline.transformations if isinstance(step, JoinTransform)]
    source = getattr(pipeline.source, "table", None)  # (a file source has none)
    absent = {step.table for step in joins if step.how == "anti"} - {source} - {step.table for step in joins if step.how != "anti"}
    if not absent:
        return []
    gaps, negated = [], False
    for i, (_, word) in enumerate(tokens):
        if word in CLAUSE_BOUNDARIES or word in (",", ";"):
            negated = False
        negated = negated or word in NEGATIONS or word.endswith("n't")
        if i == 0 or negated or word in FUNCTION_WORDS:
            continue
        named = schema.tables_named(word) | schema.tables.get(verb_lemma(word) or "", set())
        if named & absent and source not in named:  # ('books never borrowed': the rows read, by their own name)
            gaps.append(Gap(phrase=word, why="the pipeline keeps rows with none of these, not rows that have them; ask for one or the other"))
    return gaps


ORPHANS_SAID = re.compile(r"\b(?:orphan\w*|dangling|missing|unknown|invalid|broken|no\s+(?:matching|such)|(?:not|n't)\s+exist\w*)\b")


def _orphans(catalog: Catalog, evidence: Evidence) -> set[str]:
    """The anti-joined tables that the rows read refer to by a column that is never NULL: the spec keeps rows
    whose own parent is missing ('sponsors not attached to any stage', by a nullable `stage_id`, are fine)."""
    read = [catalog.table(t) for t in evidence.tables - evidence.anti_joined if catalog.table(t)]
    required = {ref.split(".")[0] for table in read for column, ref in table.references.items() if (c := table.column(column)) and not c.nullable}
    return evidence.anti_joined & required if evidence.anti_join else set()


def _orphans_unasked(text: str, catalog: Catalog, evidence: Evidence) -> list[Gap]:
    """'learners who never finished any course' written as the enrollments whose course does not exist: rows
    without their own parent answer only a request that asks for missing or orphaned references."""
    if not (orphans := _orphans(catalog, evidence)) or ORPHANS_SAID.search(text):
        return []
    said = re.search(r"\b(?:never|not|no|without|n't)\b(?:\s+[\w'-]+){0,3}", text)
    return [Gap(phrase=said[0] if said else "without", why=f"the pipeline would keep the rows whose own {sorted(orphans)[0]} is missing")]


def _acts_recorded(table) -> tuple[set[str], set[str]]:
    """The acts a table's date columns record: those every row has (`enrolled_at`, and the acts its name or comment
    says: the row's making) and those some rows have (`completed_at`, NULL until it happens)."""
    dated = [(c, act) for c in table.columns if (c.type == "date" or c.type.startswith("timestamp")) and (act := _act_of_date(c.name, table.name))]
    named = {act for name in (table.name, *(n.replace(" ", "_") for n in table.called)) for act in act_verbs(name)}  # ('every treatment given')
    return {act for c, act in dated if not c.nullable} | named, {act for c, act in dated if c.nullable}


# who an act is done to, after an active verb ('recommended us')
OBJECT_PRONOUNS = {"us", "them", "me", "him", "her", "you", "it"}


def _passive_participles(tokens: list[tuple[int, str]], schema: SchemaIndex, evidence: Evidence, pipeline: Pipeline, acts: set[str]) -> set[int]:
    """'the references cited by publications', 'the number of references cited': a past participle after
    a thing the spec uses says how that thing relates to others; it names nothing of its own (even where
    a table the spec does not read is called like it: `cite`)."""
    found: set[int] = set()
    source = getattr(pipeline.source, "table", None)
    for i in range(1, len(tokens)):
        word, before, after = tokens[i][1], tokens[i - 1][1], tokens[i + 1][1] if i + 1 < len(tokens) else ""
        if not is_participle(word) or word in ARITHMETIC_VERBS:
            continue  # ('total invoiced divided by total quoted': a division, no relation; 'students came': an act)
        if after in OBJECT_PRONOUNS:
            continue  # 'because another student recommended us': the noun's own act on an object, no passive
        if set(PHRASAL.get((verb_lemma(word), after), ())) & acts:
            continue  # 'the claims each insurance company turned down' of 'X = denied': an act the schema records, no relation
        if after in PARTICLES and source in schema.tables.get(lemma(before), set()) and (tokens[i + 2][1] if i + 2 < len(tokens) else "") not in PLACE_PREPOSITIONS | {"by", "with", "of"}:
            continue  # 'events sold out': the rows' own act, a phrasal verb, never how they relate to others ('ended up with')
        read = {t for t, _ in schema.columns.get(lemma(word), ())} | schema.tables.get(lemma(word), set())
        if after != "by" and read & evidence.tables:
            continue  # 'customers churned': maybe `customer.is_churned`, which the spec reads and must use
        base = lemma(before)
        used = schema.tables.get(base, set()) & evidence.tables or {c for _, c in schema.columns.get(base, ())} & evidence.identifiers
        acting = act_table(schema.catalog, word)
        if acting and acting not in evidence.tables and any(reference_column(schema.catalog, acting, t) for t in schema.tables.get(base, set()) - {acting}):
            continue  # 'how many times was each block sprayed': the spray records of the blocks, which the spec never reads
        if acting and acting in evidence.tables and _act_rows_uncounted(acting, pipeline, schema):
            continue  # 'the number of frames sold' counted as distinct frames, each sold many times
        if _a_code_names(word, schema.tables.get(base, set()), schema, evidence) or _rows_of_other_kinds(word, schema.tables.get(base, set()), schema, evidence):
            continue  # 'the events held in 2026' of 'D = done (event held)', 'the tunings carried out' of 'tunings we carried
            # out or were booked for': which rows, not how they relate
        if not acting and _befalls_some_rows(word, schema, evidence) and verb_lemma(word) not in acts and after != "by":
            continue  # 'the pieces refused' where nothing in the schema says refusing: which pieces is not told, no relation
        if used:
            found.add(tokens[i][0])
    return found


def _a_code_names(word: str, tables: set[str], schema: SchemaIndex, evidence: Evidence) -> list[str]:
    """The codes of `tables` the spec does not test that are named with `word` ('D = done (event held)'), as readings."""
    return sorted({
        f"{table}.{column.name} = '{code}'"
        for table in tables if (found := schema.catalog.table(table))
        for column in found.columns if column.name.lower() not in evidence.identifiers
        for code, names in column.value_names.items() if any(word in name.split() for name in names)
    })[:3]


def _codes_not_happened_yet(evidence: Evidence, schema: SchemaIndex) -> list[str]:
    """The untested codes of the rows read whose legend says their event has not happened yet: a past act said of the
    rows ('the sight tests we carried out') keeps some of them, and the spec keeps them all."""
    return sorted({
        f"{table.name}.{column.name} = '{code}'"
        for name in evidence.tables if (table := schema.catalog.table(name))
        for column in table.columns if column.name.lower() not in evidence.identifiers
        for code in column.value_names if NOT_HAPPENED.search(legend_entry(column, code).lower())
    })[:3]  # fmt: skip


PLANNED_FOR = re.compile(r"\b(?:booked|planned|scheduled|due|meant|expected|set)\s+to\b|\b(?:planned|scheduled)\b")
UNDONE = re.compile(r"\bnever\b|\bmissed\b|\bcancel+ed\b|\bcalled\s+off\b|\bdid\s+not\b|\bno[- ]show\b")


def _flags_of_the_act_undone(word: str, schema: SchemaIndex, evidence: Evidence) -> list[str]:
    """The untested yes/no columns of the rows read whose comment says the act the word names did not happen to some rows
    (`cancelled` 'True if the class did not run that term' of 'running'): the act says which rows, which no condition keeps."""
    act = verb_lemma(word)
    if act is None or act in ("be", "have", "do"):
        return []
    undone = re.compile(rf"\b(?:not|never|n't)\s+(?:\w+\s+)?(?:{'|'.join(map(re.escape, {act, word}))})\b")
    return sorted(
        f"{name}.{column.name}" for name in evidence.tables if (table := schema.catalog.table(name))
        for column in table.columns if column.type == "boolean" and column.name.lower() not in evidence.identifiers
        and any(verb_lemma(w) == act for w in re.findall(r"[a-z]+", (column.comment or "").lower())) and undone.search(_verbs_as_lemmas(column.comment or ""))
    )[:2]  # fmt: skip


def _verbs_as_lemmas(text: str) -> str:
    return " ".join(verb_lemma(w) or w for w in re.findall(r"[a-z']+", text.lower()))


def _codes_of_a_planned_act_undone(columns: set, used: set, schema: SchemaIndex, evidence: Evidence) -> list[str]:
    """The untested codes saying an act never happened ('M = missed (booked but never went to air)') of the rows whose
    date the spec reads for a past act, where that date is only when the act was planned for ('date the spot was booked to
    run'): the past act says which rows happened, which the date alone does not."""
    planned = {t for t, c in columns if c in used and (found := schema.catalog.table(t)) and (col := found.column(c))
               and col.type.startswith(("date", "timestamp")) and PLANNED_FOR.search((col.comment or "").lower())}  # fmt: skip
    return sorted({
        f"{table.name}.{column.name} = '{code}'"
        for name in planned if (table := schema.catalog.table(name))
        for column in table.columns if column.name.lower() not in evidence.identifiers
        for code in column.value_names if UNDONE.search(legend_entry(column, code).lower())
    })[:3]  # fmt: skip


def _act_rows_uncounted(acted: str, pipeline: Pipeline, schema: SchemaIndex) -> bool:
    """Does the spec count distinct rows that the rows recording the act refer to ('top frame brands by number of frames
    sold' as distinct frames, each sold many times by `ord.frm_id`)? Then the act is not what is counted."""
    if getattr(pipeline.source, "table", None) == acted:
        return False
    table = schema.catalog.table(acted)
    distinct = [re.fullmatch(r"uniqExact\((?:\w+\.)?(\w+)\)", m.expr.replace(" ", "")) for m in _measures(pipeline)]
    referred = {c for c in table.references} | {t.identifier for name in table.references.values() if (t := schema.catalog.table(name.split(".")[0])) and t.identifier}
    return any(d and d[1] in referred and d[1] != table.identifier for d in distinct)  # (each referred row may be acted on many
    # times; 'phone numbers that have paid more than 5 bills' counts bills no payment refers to, each paid once)


def _a_code_says_the_act(word: str, tables: set[str], schema: SchemaIndex, evidence: Evidence) -> list[str]:
    """The untested codes of `tables` one of whose names says the act `word` says, done or not ('D = did not attend'
    for 'attended'), as readings: the act then tells some rows from others (`_a_code_names` takes the word as said)."""
    act = verb_lemma(word)
    return sorted({
        f"{table}.{column.name} = '{code}'"
        for table in tables if (found := schema.catalog.table(table))
        for column in found.columns if column.name.lower() not in evidence.identifiers
        for code, names in column.value_names.items() if any(verb_lemma(w) == act for name in names for w in name.split())
    })[:3]  # fmt: skip


def _a_missing_value_says_the_act(word: str, tables: set[str], schema: SchemaIndex, evidence: Evidence) -> list[str]:
    """The untested columns of `tables` whose missing value says the act `word` says has not happened ('NULL = not
    placed' for 'placed'), as readings: the act then tells some rows from others."""
    act = verb_lemma(word)
    return sorted({
        f"{table}.{column.name} is not null"
        for table in tables if (found := schema.catalog.table(table))
        for column in found.columns if column.nullable and column.name.lower() not in evidence.identifiers
        for name in column.null_names if (said := re.match(r"(?:not|never)\s+(?:yet\s+)?([a-z]+)$", name.lower().strip())) and verb_lemma(said[1]) == act
    })[:3]  # fmt: skip


def _rows_of_other_kinds(word: str, tables: set[str], schema: SchemaIndex, evidence: Evidence) -> list[str]:
    """The untested codes of a table read whose comment says its rows record the act `word` says or something else
    ('Events we cater or were asked to cater'): the act then picks some rows, by a state the spec does not test."""
    act = verb_lemma(word)
    found: list[str] = []
    for table in [t for name in sorted(tables) if (t := schema.catalog.table(name))]:
        clauses = re.split(r"[;:.()]|,(?![^;:.()]*\bor\b)", (table.comment or "").lower())  # ('booked, attended, missed or cancelled': one list)
        if any(re.search(r"\bor\b", clause[m.end() :]) for clause in clauses for m in re.finditer(r"[a-z]+", clause) if verb_lemma(m[0]) == act):
            found += [f"{table.name}.{c.name} = '{code}'" for c in table.columns if c.value_names and c.name.lower() not in evidence.identifiers for code in c.value_names]
    return found[:3]


def _acts_no_date_records(tokens: list[tuple[int, str]], catalog: Catalog, schema: SchemaIndex, evidence: Evidence) -> dict[int, list[str]]:
    """'members churned each month': a verb right after the rows it is said of and before when, where the spec
    dates the rows by another act (`join_dt` records joining). Which date is the churn is not known (a status
    'cancelled' says who did, not when): the verb is not understood. Position -> the dates to offer. (A date
    of no act, `order_date` or `created_at`, is when the row was made: 'orders placed in 2023'.)"""
    found: dict[int, list[str]] = {}
    for i in range(1, len(tokens)):
        word, after = tokens[i][1], tokens[i + 1][1] if i + 1 < len(tokens) else ""
        numbers = {(t, c) for t, c in schema.columns.get(lemma(word), set()) & schema.numeric_columns if c not in catalog.table(t).primary_key and c not in catalog.table(t).references}
        if word in FUNCTION_WORDS or word in PIPELINE_WORDS or not is_past_verb(word) or numbers:
            continue  # 'shipping cost per carrier': a number's name (never a key's: 'checked' of `chk_id`)
        if after and after not in WHEN_WORDS:
            continue  # 'got installed', 'took place', 'brought in the most': not the act said alone
        act = verb_lemma(word)
        subject = i - 1 - (i > 1 and tokens[i - 1][1] in ("who", "that", "which", "we", "they", "you", "i"))  # 'members who churned',
        # 'accessions we took in each year' (the rows the act was done to)
        for name in schema.tables.get(lemma(tokens[subject][1]), set()) & evidence.tables:
            if name in schema.tables.get(act, ()):
                continue  # 'shipments sent': the act that makes the rows what they are, dated by their one act
            table = catalog.table(name)
            dates = [c.name for c in table.columns if c.type == "date" or c.type.startswith("timestamp")]
            acts = [_act_of_date(d, name) for d in dates if d.lower() in evidence.identifiers]
            named = schema.tables.get(lemma(tokens[subject][1]), set()) & evidence.tables
            undated = not any(c.name.lower() in evidence.identifiers and c.type.startswith(("date", "timestamp")) for t in named for c in catalog.table(t).columns)
            grouped = subject > 0 and tokens[subject - 1][1] in ("each", "every", "per")  # ('did each supplier deliver': who did it)
            if dates and not acts and undated and not grouped and _dated_by_another_table(name, catalog, evidence):
                found[tokens[i][0]] = [f"{name}.{d}" for d in dates][:3]  # 'samples collected during 2024' dated by the
                continue  # results' `anl_ts`: the samples keep dates of their own, one of which the act is
            if not acts or not all(acts) or act in acts or any(act in comment_acts(table.column(d)) for d in dates if d.lower() in evidence.identifiers):
                continue  # (`added_ts`, 'when the bike was registered with us': the act said)
            if (own := rows_act_date(table, {act})) and own.split(".")[1].lower() in evidence.identifiers and not any(act in comment_acts(table.column(d)) for d in dates):
                continue  # 'payments we received in 2026' of 'Money received against invoices' dated by `paid_on`, every
                # payment's one date: the act that makes the rows, dated by their one date
            if act in ("start", "begin") and any(d.lower() in evidence.identifiers for d in stamps_of_event(table, "start")):
                continue  # 'stoppages that began in 2026' dated by the first of `dt_st` .. `dt_end`
            found[tokens[i][0]] = [f"{name}.{d}" for d in dates][:3]
    return found


# a column's comment saying it counts things an act was done to: 'Number of bottles filled.'
COUNTED_ACT = re.compile(r"^\s*(?:the\s+)?(?:number|count)\s+of\s+(?P<noun>[a-z]+)\s+(?P<act>[a-z]+ed)\b")


def _acts_of_counts_said(text: str, catalog: Catalog, evidence: Evidence) -> list[tuple[int, int]]:
    """'how many bottles we've filled' where the spec uses `btl_cnt`, 'Number of bottles filled.': the act is what the
    count is of, said as its comment says it."""
    spans = []
    for table in catalog.tables:
        for column in table.columns if table.name in evidence.tables else ():
            if column.name.lower() in evidence.identifiers and (said := COUNTED_ACT.match((column.comment or "").lower())):
                pattern = rf"\b{re.escape(said['noun'])}\b(?:\s+[a-z']+){{0,3}}?\s+(?P<act>{re.escape(said['act'])})\b"
                spans += [m.span("act") for m in re.finditer(pattern, text)]
    return spans


def _edges_of_periods_said(text: str, evidence: Evidence) -> list[tuple[int, int]]:
    """'since the start of 2026', 'until the end of June 2025': the bounds the spec keeps (its day compared, that way);
    'between 1 December 2025 and the end of February 2026': the day after the month's last, or its first, compared."""
    spans = []
    for said in EDGE.finditer(text):
        if (bound := edge_bound(said)) and re.search(rf"{bound[0]}\s*'{bound[1].isoformat()}'", evidence.text):
            spans.append(said.span())
    for said in re.finditer(MONTH_EDGE_SAID, text):
        day = month_edge(said["edge"], said["edge_month"], said["edge_year"])
        kept = date.fromordinal(day.toordinal() + 1) if said["edge"] == "end" else day
        if re.search(rf"[<>]=?\s*'{kept.isoformat()}'", evidence.text):
            spans.append(said.span())
    return spans


# the months a season spans, as the bounds a spec keeps them by (northern meteorological seasons)
SEASON_MONTHS = {"spring": ("03", "06"), "summer": ("06", "09"), "autumn": ("09", "12"), "fall": ("09", "12"), "winter": ("12", "03")}


def _seasons_kept(text: str, evidence: Evidence) -> list[tuple[int, int]]:
    """'over the summer of 2025, June through August': a season the spec's dates span exactly, restated (never read alone)."""
    spans = []
    for said in re.finditer(rf"\b({'|'.join(SEASON_MONTHS)})\b", text):
        first, end = SEASON_MONTHS[said[1]]
        if re.search(rf">=\s*'\d{{4}}-{first}-01'", evidence.text) and re.search(rf"<\s*'\d{{4}}-{end}-01'", evidence.text):
            spans.append(said.span())
    return spans


# a ranking said to start again in each group: 'the top 2 loans by amount in each category', 'the 3 cheapest jobs per town'
RANKED_IN_EACH = re.compile(
    r"\b(?:top\s+)?\d+\s+(?:[a-z_-]+\s+){0,4}?(?P<each>(?:(?:in|for|of|within|from|at)\s+(?:each|every)|per(?!\s+(?:number|count|amount|total|sum|quantity|value)\b))\s+[a-z_]+)"
)  # ('top 5 customers per number of shipments' ranks by the number: no group)


def _rankings_not_restarted(text: str, evidence: Evidence) -> list[Gap]:
    """'the top 2 loans by amount in each category' answered by the 2 first rows overall: the ranking of each group is not
    kept (it is where the spec keeps N rows by the group: `limit N by`)."""
    if not re.search(r"\blimit\s+\d+\b(?!\s+by\b)", evidence.text, re.I):
        return []
    return [Gap(phrase=said["each"], why="the pipeline keeps the first rows overall, not the first of each group") for said in RANKED_IN_EACH.finditer(text)]


def _periods_from_today(text: str, evidence: Evidence) -> list[tuple[int, int]]:
    """'in the last 7 days', 'this month', 'yesterday': the periods said from today that the spec keeps."""
    kept = evidence.text.lower()
    return [(said.start, said.end) for said in periods_said(text) if any(marker in kept for marker in period_markers(said))]


def _late_by_said(text: str, evidence: Evidence) -> list[tuple[int, int]]:
    """'how many days late': the units the spec counts from one date to another (`dateDiff('day', due_dt, pd_dt)`)."""
    return [
        said.span() for said in LATE_BY.finditer(text)
        if re.search(rf"\bdatediff\s*\(\s*'{ELAPSED_UNITS[said['unit']]}'", evidence.text, re.I)
    ]  # fmt: skip


def _dated_by_another_table(name: str, catalog: Catalog, evidence: Evidence) -> bool:
    """Does the spec use a date or time of a table other than `name`?"""
    return any(
        c.name.lower() in evidence.identifiers and (c.type == "date" or c.type.startswith("timestamp"))
        for t in catalog.tables if t.name in evidence.tables and t.name != name for c in t.columns
    )  # fmt: skip


# what follows an act said alone: when it happened, or how it is grouped
WHEN_WORDS = {"in", "on", "during", "before", "after", "since", "between", "from", "until", "within", "each", "every", "per", "last", "this"}


def _act_of_date(column: str, table: str) -> str | None:
    """The act a date column records (`join_dt`: 'join', `booked_at`: 'book'), none for when the row was made
    (`created_at`, `order_date` of orders, `birth_dt`)."""
    own = {lemma(w) for w in spoken_words(table)} | {"create", "date", "time", "day", "timestamp", "at", "on", "datetime"}
    verbs = [w for w in spoken_words(column) if w not in own and "VERB" in word_classes(w)]
    nouns = [act for w in spoken_words(column) if w not in own and (act := act_of_noun(w))]  # `coll_dt`: the collection date
    return verb_lemma(verbs[0]) if verbs else nouns[0] if nouns else None


def _numbers_of_quantities(tokens: list[tuple[int, str]], schema: SchemaIndex, evidence: Evidence) -> set[int]:
    """'the highest number of pages' where `pages` is a number the spec uses: the number is the value
    itself, not a count of rows."""
    found: set[int] = set()
    for i in range(len(tokens) - 2):
        if tokens[i][1] in ("number", "numbers") and tokens[i + 1][1] == "of" and any(
            (t, c) in schema.numeric_columns and c.lower() in evidence.identifiers and spoken_words(c, schema.prefixes.get(t)) in _counted_as(lemma(tokens[i + 2][1]))
            for t, c in schema.columns.get(lemma(tokens[i + 2][1]), ())
        ):  # the column is the thing said, whole ('pages', `track_count`), never a key that merely contains it (`order_id`)
            found.add(tokens[i][0])
    return found


def _counted_as(noun: str) -> set[tuple[str, ...]]:
    """How a column holding the number of `noun` is named: `pages`, `track_count`, `num_tracks`."""
    return {(noun,), (noun, "count"), (noun, "number"), ("number", noun), ("count", noun), ("number", "of", noun)}


def _numbers_of_rows_read(tokens: list[tuple[int, str]], schema: SchemaIndex, evidence: Evidence) -> set[int]:
    """'the job number' of the jobs the spec reads: the number that identifies each (its key), kept with the rows."""
    found: set[int] = set()
    for i in range(1, len(tokens)):
        if tokens[i][1] in ("number", "numbers") and any(
            (table := schema.catalog.table(t)) and table.identifier and table.identifier.lower() in evidence.identifiers
            for t in schema.tables.get(lemma(tokens[i - 1][1]), set()) & evidence.tables
        ):
            found.add(tokens[i][0])
    return found


def _names_of_text_columns(tokens: list[tuple[int, str]], schema: SchemaIndex, evidence: Evidence) -> set[int]:
    """'the region name' where `region` is a text column the spec uses: the name is the value itself."""
    found: set[int] = set()
    for i in range(1, len(tokens)):
        if tokens[i][1] in ("name", "names") and any(
            (t, c) in schema.text_columns and c.lower() in evidence.identifiers for t, c in schema.columns.get(lemma(tokens[i - 1][1]), ())
        ):
            found.add(tokens[i][0])
    return found


PLACE_PREPOSITIONS = {"in", "into", "through", "across", "at", "on", "within", "from", "to", "over", "under", "for"}


ARITHMETIC_VERBS = {"divided", "divide", "divides", "multiplied", "multiply", "multiplies", "subtracted", "subtract", "minus", "plus", "times", "total", "totals", "totalled", "totaled"}


def _relational_verbs(tokens: list[tuple[int, str]], pipeline: Pipeline, schema: SchemaIndex, evidence: Evidence) -> set[int]:
    """Verbs that only relate the rows read to an attribute of theirs the spec uses: 'restaurants (that)
    serve Italian food', 'restaurants serving each type of food'. The subject is the table read and the
    object, right after the verb, a value or a column of that same table; no preposition between
    ('customers who churned in Germany' is not one: 'churned' may be a condition)."""
    main = getattr(pipeline.source, "table", None)
    if not main:
        return set()
    words = [token for _, token in tokens]
    found: set[int] = set()
    for i, word in enumerate(words):
        if "VERB" not in word_classes(word) or schema.names(word) or i == 0 or word in ARITHMETIC_VERBS:
            continue  # ('total invoiced divided by total quoted': arithmetic the spec must do, no relation)
        before = i - 1 - (words[i - 1] in ("that", "which", "who"))
        subject = schema.tables.get(lemma(words[before]), set()) if before >= 0 else set()
        after = i + 1
        if words[after : after + 2] and words[after] in PLACE_PREPOSITIONS and words[after + 1 : after + 2] in (["each"], ["every"]):
            after += 1  # 'rivers (that) flow through each country': a grouping by the rows' own column
        after += words[after : after + 1] in (["the"], ["a"], ["an"], ["each"], ["every"], ["all"])
        obj = (words[after] if after < len(words) else "").removeprefix("non-")  # 'serving non-vegan food
        owners = {t for t, c, _ in schema.values.get(obj, ()) if c.lower() in evidence.identifiers} | {t for t, c in schema.columns.get(lemma(obj), ()) if c.lower() in evidence.identifiers}
        if main in subject and main in owners:
            found.add(tokens[i][0])
    return found


def _alternatives_kept(rest: str, evidence: Evidence) -> bool:
    """An 'or' is read when the spec keeps alternatives (an OR, or one column's list of values), or
    when it ends a comparison ('5 or more'); filters joined by AND would answer another question."""
    following = re.findall(r"\w+", rest)[1:3]
    if following and following[0] in OR_COMPARISONS or following[1:] and following[1] in OR_COMPARISONS and following[0] in ("equal", "the"):
        return evidence.has("comparison")
    return evidence.has("disjunction")


def _both_name_the_rows_read(text: str, position: int, schema: SchemaIndex, evidence: Evidence) -> bool:
    """'a clock or a watch' where `piece` is 'Clocks and watches we have had in': both words name the rows read, so
    together they are every one of them; no alternatives to keep."""
    before = re.findall(r"[a-z_]+", text[:position])[-1:]
    after = re.match(r"\s*or\s+(?:an?\s+|the\s+|any\s+)?([a-z_]+)", text[position:])
    named = [schema.tables_named(w) for w in (*before, *(after.groups() if after else ()))]
    return len(named) == 2 and len(named[0]) == 1 and named[0] == named[1] and bool(named[0] & evidence.tables)


def _names_an_output(phrase: str, text: str, evidence: Evidence) -> bool:
    """'with their line totals (quantity times unit price)': the phrase is the name of a column the
    spec derives (its expression's words are checked on their own). A measure's name counts only
    when said as a name ('a column named revenue'): a name proves nothing about a sum."""
    said = tuple(lemma(w) for w in re.findall(r"\w+", phrase))
    if any(said == tuple(lemma(w) for w in name.split("_")) for name in evidence.derived_names):
        return True
    name = re.sub(r"\W+", "_", phrase.strip()).strip("_")
    if name not in evidence.output_names:
        return False
    escaped = re.escape(phrase.strip())
    return bool(re.search(rf"{escaped}\s+(?:column|field|measure|metric)\b|\b(?:named|called|as|column|field)\s+{escaped}", text))


def _normalized(request: str, names: list[str]) -> str:
    text = plain_wording(translate_russian(request, names).lower())
    text = without_spoken_weekday(re.sub(r"(\w)['’]s\b", r"\1", text))
    text = with_one_word_signs(text)  # 'zero or negative' is one condition
    text = re.sub(r"\b(?:upper\s*(?:/|or|and)\s*lower|lower\s*(?:/|or|and)\s*upper)[\s-]*case\b", "case", text)  # either case: one idea
    text = re.sub(r"\bwithout\s+(?:the\s+|any\s+)?(?:(?:stray|extra|surrounding|leading|trailing|and|or)[\s/]+)*(?:white)?spaces?\b", "trimmed", text)
    text = re.sub(r"\bin terms of\b", "by", text)  # 'top 3 businesses in terms of review count'
    text = re.sub(r"\bas well\b", " ", text)  # 'return the yearly numbers as well'
    text = re.sub(r"\b(a|one)\s+single\b", r"\1", text)  # 'not a single trip': emphasis
    text = re.sub(r"\bup\s+to\s+(?:but\s+not|and)\s+including\b", "until", text)  # one bound of a range, said in full
    text = re.sub(r"\bhow many (minutes|hours|days|weeks|months|years)\b(?=[^?.;]*\bfrom\b[^?.;]*\b(?:to|until|till)\b)", r"\1", text)
    text = re.sub(r"\b(most|many|number of|fewest|least)\s+times\b", r"\1 count", text)  # how often, not a product
    text = re.sub(
        rf"\bhow\s+(?:long|many\s+({_UNITS}))(\s+on\s+average)?\s+(?:does|did|do|will)\s+{DURATION_SUBJECT}\s+take(?:\s+(?:us|them|you|people|the\s+team))?\s+to\b",
        r"\2 \1 to", text,
    )  # a duration: 'how many hours on average did it take to resolve', 'how many days do our clients take to pay'
    text = re.sub(  # 'how many hours does a weather closure last', 'how long does a wall reset take (on average)'
        rf"\bhow\s+(?:long|many\s+({_UNITS}))(\s+on\s+average)?\s+(?:does|did|do)\s+((?:[a-z_]+\s+){{0,3}}?[a-z_]+){DURATION_LASTED}",
        r"\2 \1 duration of \3", text,
    )
    text = re.sub(rf"\b(average|mean)\s+number\s+of\s+({_UNITS})\b", r"\1 \2", text)  # 'the average number of days from A to B'
    text = re.sub(r"\b(?:leave|leaving|leaves|left|keep|keeping)\s+out\b(?!\s+of\b)", "excluding", text)  # 'leave out the cancelled ones'
    text = re.sub(r"\b(?:rather\s+than|instead\s+of)(?:\s+(?:actually|the|at|on|in))*(?:\s+[a-z]+){1,2}(?=\s*(?:[,;.?!]|$|\bper\b|\bby\b|\bfor\s+each\b))", " ", text)  # 'estimated rather than (actually) read
    # 'counted by the day the shipment was delivered': which date (`grouping.DAY_OF_AN_ACT`), not a grain
    text = re.sub(rf"\b(counted|dated|attributed|assigned)\s+by\s+the\s+(?:day|date|time)\s+(?={ACT_CLAUSE})", r"\1 by ", text)
    text = re.sub(  # 'how many days pass between A and B', 'how many days after A was B': the time between two acts
        rf"\bhow\s+many\s+({_UNITS})(\s+on\s+average)?\s+(?:pass(?:es|ed)?\s+|elapse[sd]?\s+|go\s+by\s+|went\s+by\s+)?(?:between|after)\b", r"\2 difference in \1", text
    )
    text = re.sub(  # 'how many hours do parcels wait in the locker before the recipient collects them'
        rf"\bhow\s+many\s+({_UNITS})(\s+on\s+average)?\s+(?:do|does|did)\s+((?:[a-z_]+\s+){{1,3}}?)(?:wait|stay|sit|remain|spend|last)\b([^.?;]{{0,40}}?)\s+(?:before|until|till)\b",
        r"\2 difference in \1 \3 \4", text,
    )
    text = re.sub(r"\b((?:more|fewer|less)\s+than|at\s+(?:least|most)|over|exactly)\s+(\d+)\s+times\b", r"\1 \2 count", text)  # 'complained more than 3 times'
    text = re.sub(r"\b(?:accounts?|accounted)\s+for\b|\bmakes?\s+up\b", " ", text)  # 'what share does each tier account for'
    text = re.sub(r"\b(?:right\s+now|at\s+the\s+moment|at\s+present|as\s+of\s+(?:now|today))\b", "currently", text)  # the rows' state now
    text = re.sub(r"\bshare(?=\s+(?:the\s+same|an?|one|their|its|a\s+common)\b)", "shared", text)  # the verb ('who share a postcode'), not 'a share of'
    text = re.sub(r"\b(difference|gap|span|spread|range)((?:\s+in\s+\w+)?)\s+(?:between|from)\b", r"\1\2", text)  # no comparison
    text = re.sub(r"\bhow many (minutes|hours|days|weeks|months|years)(?:\s+(?:are|were) there|\s+passed|\s+elapsed)?\s+(?:between|from)\b", r"difference in \1", text)
    text = re.sub(r"(\d)\s*(?:per\s*cent|percent)\b", r"\1%", text)  # '15 percent' is '15%'
    text = re.sub(r"\bat\s+most\b(?=\s+\$?\d)", "atmost", text)  # 'at most 5 hectares' is a comparison, not the most of anything
    unit = "|".join(sorted((u for u in UNITS if len(u) > 2 or u in ("kg", "km", "lb", "ml", "hl", "m2", "m3")), key=len, reverse=True))  # ('how many kg')
    text = re.sub(rf"\bhow\s+many\s+(?=(?:[a-z]+ing\s+)?(?:{unit})\b)", "how much ", text)  # 'how many (mixing) hours were logged': an amount summed
    return re.sub(r"[,;:!?()\[\]{}\"“”«»]", " ", without_examples(text))


def _without_schedule(text: str, request: str, pipeline: Pipeline) -> tuple[str, list[Gap]]:
    """The text with the recurrence phrase ('daily', 'every 15 minutes') blanked once: the spec's
    cron accounts for it when it fires at the same times; else the phrase is a gap."""
    from ai_etl.evaluation.cases import same_cron_meaning
    from ai_etl.language.schedule_text import ScheduleTextError, parse_schedule

    try:
        said = parse_schedule(request)
    except ScheduleTextError:
        return text, []
    spec_cron = pipeline.schedule.cron if pipeline.schedule else None
    gaps = []
    if said.every is not None:  # 'replicate orders continuously': accounted by a cdc pipeline at that cadence
        if pipeline.type != "cdc" or pipeline.cdc_settings.every != said.every:
            return text, [Gap(phrase=said.phrase, readings=[f"a {pipeline.type} pipeline, not a replication every {said.every}"])]
        replication = rf"(?<![\w]){re.escape(said.phrase.lower())}(?![\w])|\b(?:replicat\w*|mirror\w*|sync|synced|syncing|cdc|change data capture|changes)\b"
        replication += r"|\bevery\s+(?:\w+\s+)?(?:seconds?|secs?|minutes?|mins?|hours?)\b"
        return re.sub(replication, lambda m: " " * len(m[0]), text), []
    if said.cron is not None and not same_cron_meaning(said.cron, spec_cron):
        gaps.append(Gap(phrase=said.phrase, readings=[f"schedule {spec_cron or 'on demand'}"]))
    if pipeline.schedule and pipeline.schedule.cron.split()[2] != "*":  # 'on the first day of every month'
        text = re.sub(
            r"\b(?:on\s+)?(?:the\s+)?(?:first|last|\d{1,2}(?:st|nd|rd|th)?)\s+(?:day\s+)?of\s+(?:every|each|the)\s+month\b",
            lambda m: " " * len(m[0]),
            text,
        )
    if said.cron is None and pipeline.schedule is None:  # 'one-off load, no schedule': accounted by no schedule
        text = SAID_ON_DEMAND.sub(lambda m: " " * len(m[0]), text)
    if said.time_phrase and not gaps and (at := re.search(rf"(?<![\w]){re.escape(said.time_phrase.lower())}(?![\w])", text)):
        text = text[: at.start()] + " " * (at.end() - at.start()) + text[at.end() :]  # 'at a quarter past the hour': the cron's minute
        # (first: 'at a quarter past every hour' holds the recurrence 'every hour')
    phrase = said.phrase.lower()
    refresh = r"(?:(?:updated|refreshed|topped\s+up|run|runs|loaded|synced|scheduled|executed|done|check|recheck|re-check)\s+)?"  # ('Check every Friday at noon.')
    found = re.search(rf"{refresh}(?<![\w]){re.escape(phrase)}(?![\w])", text) if phrase not in ("", "on demand", "at a time of day") else None
    if found:
        text = text[: found.start()] + " " * (found.end() - found.start()) + text[found.end() :]
    if pipeline.schedule:  # 'topped up on the 1st of each month at 6am': refreshed, the schedule's words read above
        text = re.sub(r"\b(?:top|tops|topped|topping)\s+(?:it\s+|them\s+)?up(?=\s{2,}|\s*[,.;!?]|\s*$)", lambda m: " " * len(m[0]), text)
    return text, gaps


ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _words_of(token: str, schema: SchemaIndex, target: set[str]) -> list[str]:
    """A token as the words to account for: a hyphenated name of a column or a table is one ('pre-treatment' of
    `pretreat_cd`; 'call-outs' of jobs, 'Call-outs: ...'), other tokens in pieces."""
    if "-" in token and schema.columns.get(token):
        return [token]
    if "-" in token and schema.tables.get(lemma(joined := token.replace("-", ""))):
        return [joined]
    return _pieces(token, target)


def _pieces(token: str, target: set[str]) -> list[str]:
    """A token as words: a named target (`analytics.daily_sales`) is one word, other dotted or
    hyphenated tokens are split; `don't` stays whole."""
    if token in target or token.replace("`", "") in target:
        return []
    if re.fullmatch(r"[$]?\d+\.\d+%?", token):
        return [token]  # a decimal number ('4.5') is one word
    if ISO_DATE.fullmatch(token):
        return [token]  # a day ('2025-03-31') is one word
    parts = [p for p in re.split(r"[.\-/]", token) if p]
    return [p for p in parts if p not in target]


def _all_past_the_code_not_done_yet(value: str, owners, schema: SchemaIndex, evidence: Evidence) -> bool:
    """Does the spec keep every row but those whose code says the act `value` names has not happened yet?"""
    for table, column, _ in owners:
        found = schema.catalog.table(table).column(column)
        if found and (code := code_not_done_yet(found, value)) and re.search(rf"\b{re.escape(column)}\s*(?:!=|<>)\s*'{re.escape(code)}'", evidence.text, re.IGNORECASE):
            return True
    return False


def _values(
    text: str, request: str, schema: SchemaIndex, evidence: Evidence, source: str | None, covered: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[Gap]]:
    """Catalog values said in the request (longest first, multi-word ones too) outside `covered`: each one
    must be a literal of the spec. Returns the spans they and `covered` cover and the values the spec does not use."""
    spans: list[tuple[int, int]] = list(covered)
    gaps: list[Gap] = []
    for start, end, value in inclusions(text, schema.values):  # 'refunded ones included': kept, not filtered
        spans.append((start, end))
        owners = schema.values[value]
        if any(_left_out(t, c, v, schema, evidence) for t, c, v in owners):
            gaps.append(Gap(phrase=text[start:end].strip(), why=f"the request includes them, but the pipeline filters {sorted({c for _, c, _ in owners})[0]} without them"))
    names = schema.spoken_column_names
    measured = MEASURE_NOUNS | {w for t, c in schema.numeric_columns for w in spoken_words(c, schema.prefixes.get(t))}
    for value in sorted(schema.values, key=len, reverse=True):
        if len(value) < 2 or value.isdigit() or value in FUNCTION_WORDS:
            continue  # ('type of appliance' says no code 'OF = open fire')
        said = said_plural_pattern(value) if len(value) >= 3 else said_pattern(value)  # also "on mondays"; 'has' is no plural of 'HA'
        for match in re.finditer(rf"(?<![\w]){said}(?![\w])", text):
            if any(s <= match.start() < e for s, e in spans) or starts_a_column_name(text, match.start(), match.end(), names):
                continue
            if _names_a_used_column(text, match.start(), match.end(), schema, evidence):
                continue  # 'phone numbers' of the `cust_ph` the spec groups by: no value 'P = phone'
            owners = schema.values[value]
            if _role_of_a_used_reference(value, {t for t, _, _ in owners}, schema, evidence, source):
                spans.append(match.span())
                continue  # 'each fixer' of the `repairs.fixer_id` the spec groups by: who fixed each, no role 'F = fixer'
            if describes_a_measure(text, match.span(), measured) and not {t for t, _, _ in owners} & evidence.tables:
                continue  # 'the total amount paid': a word about the amount, unless the rows read have that state
            if (grain := GRAINS.get(value)) and re.search(_GRAIN_SQL[grain], evidence.text) and not meant_as_value(value, evidence):
                continue  # 'monthly fare revenue' grouped by month: the grain, not the 'monthly' plan
            acted = schema.tables.get(verb_lemma(value) or "", set()) if is_past_verb(value) else set()
            if acted & evidence.tables and not {t for t, _, _ in owners} & evidence.tables:
                continue  # 'shipments sent before July': the act of the rows read, not the status 'sent' of other rows
            if source and source not in {t for t, _, _ in owners} and (read := schema.catalog.table(source)) and _past_act(value) in table_acts(read):
                spans.append(match.span())
                continue  # 'deliveries we received' of 'Deliveries received at the back door': what every row read is, not a status
                # 'R = received in full' of their orders ('money paid out' of 'Money we paid out on repairs', not 'O = paid out')
            if _flag_of_rows_read(value, schema, evidence) and not {t for t, _, _ in owners} & evidence.tables:
                spans.append(match.span())
                continue  # 'ignoring voided loads': the loads' own yes/no column `void_flg` the spec tests, not tickets 'V = voided'
            if is_past_verb(value) and _all_past_the_code_not_done_yet(value, owners, schema, evidence):
                spans.append(match.span())
                continue  # 'the quotes we sent out' kept by `qte_st != 'D'`, 'D = draft (not sent yet)'
            if is_past_verb(value) and _act_timed(verb_lemma(value), schema, evidence):
                spans.append(match.span())
                continue  # 'from when the permit is issued to ...': the time of the act, measured, not a status 'issued'
            if is_past_verb(value) and _act_stamp_used(verb_lemma(value), schema.catalog, evidence):
                spans.append(match.span())
                continue  # 'learners who have passed their theory test' of `theory_dt` 'date the theory test was passed', not
                # the tests' result 'P = pass'
            if is_past_verb(value) and (follows := ACT_FOLLOWS.match(text, match.end())) and _act_dated(verb_lemma(value), {t for t, _, _ in owners}, schema, evidence, follows[0].split()[0] in ("to", "by")):
                spans.append(match.span())
                continue  # 'delivered in March': when the rows' act happened (`delivered_at`), not their status now
            phrasal_dated = len(value.split()) == 2 and value.split()[1] in ("in", "on", "out", "up", "off", "back", "down") and ACT_FOLLOWS.match(text, match.end())  # 'booked in during 2025'
            if (time_in_the_value(text, match.span()) or phrasal_dated) and is_past_verb(value.split()[0]) and _act_dated(verb_lemma(value.split()[0]), {t for t, _, _ in owners}, schema, evidence):
                spans.append(match.span())
                continue  # 'jobs booked in 2025' of `booked_dt`, not the status 'B = booked in'
            named = schema.tables_named(without_article(value)) | _table_said_from(text, match.start(), schema)  # ('the patients',
            # never 'P = the patient')
            keyed = _keyed_tables(schema.catalog, evidence)
            grouped_by = re.search(r"\b(?:per|each|every|by)\s+$", text[: match.start()])
            named_columns = schema.columns.get(value, set()) | schema.columns.get(lemma(value), set())
            keyed_by = {(t, c) for t, c in named_columns if c.lower() in {k.lower() for k in evidence.keys}}
            if group_key_said(schema.catalog, text, match.start(), keyed_by, {t for t, _, _ in owners}):
                spans.append(match.span())
                continue  # 'members per voice' grouped by `voice_cd`, not teachers whose instrument is 'voice'
            if named & (evidence.tables | keyed) and (not {t for t, _, _ in owners} & evidence.tables or (grouped_by and named & keyed)):
                spans.append(match.span())
                continue  # 'patron circle members': the rows read, not tickets whose type is 'M = member'; 'for every patient'
                # ('for every customer' grouped by `cust_id`, not the washes cancelled by 'C = customer')
            read = schema.catalog.table(source) if source else None
            if read and table_aliases(read.name, tuple(read.called)).get(match[0], 0) >= 2 and {t for t, _, _ in owners} <= evidence.anti_joined:
                spans.append(match.span())
                continue  # 'growers who never had a check': the rows read, not deliveries 'G = grower' that must be missing
            if any(t in evidence.tables and table_aliases(t).get(match[0]) == 3 for t, _, _ in owners):
                spans.append(match.span())
                continue  # 'drivers who never reported a fault': the rows of `driver` by its own name, not its grade 'D = driver'
            if is_past_verb(match[0]) and re.search(r"\bnever\s+(?:been\s+)?$", text[: match.start()]) and any(
                t in evidence.anti_joined and verb_lemma(match[0]) in table_acts(schema.catalog.table(t)) for t, _, _ in owners
            ):
                spans.append(match.span())
                continue  # 'customers who have never booked a lane' with no `bkg` row at all: any booking, whatever its status 'B = booked'
            if _amount_of_the_act(value, schema, evidence):
                spans.append(match.span())
                continue  # 'hours of welding': the amount `weld_s` the spec measures, not the jigs 'W = welding jig'
            if _names_rows_read(text, match.end(), owners, schema, evidence):
                spans.append(match.span())
                continue  # 'the phone lines': a word of the rows' noun, not the channel of their tickets
            if _kept_though_excluded(text, match.start(), owners, evidence):
                spans.append(match.span())
                gaps.append(Gap(phrase=value, why="the request leaves these rows out, but the pipeline keeps only them"))
                continue
            if negation := _excluded_by_what_is_kept(text, match.start(), owners, schema, evidence):
                spans += [match.span(), negation]
                continue  # '(excluding no-shows and cancelled shifts)' where the spec keeps the shifts worked
            if (" " in value or UNNEGATED.sub("", value) != value) and _flag_named(value, schema.catalog, evidence):
                spans.append(match.span())
                continue  # 'the days we got rained off' of the flag `rained_off` the spec tests, not a note 'Rained off'; 'not paid'
                # of the rows' own `paid`, not their customers' orders 'N = not paid'
            common = (len(value) <= 3 and not legend_word(value, [v for _, _, v in owners])) or value in FUNCTION_WORDS or value in PIPELINE_WORDS
            if common and not _said_as_value(text, request, match, owners):
                continue  # 'eu', 'us', 'new' as words, not as values
            spans.append((match.start(), match.end()))
            meant = {v.strip().lower() for _, _, v in owners}  # 'california' is said, 'CA' written
            if not meant & evidence.strings and not any(m in s for m in meant for s in evidence.strings):
                columns = sorted({f"{t}.{c} = '{v}'" for t, c, v in owners})
                gaps.append(Gap(phrase=value, readings=columns[:3]))
    return spans, gaps


def _price_of_the_act(word: str, sequence: str, evidence: Evidence) -> bool:
    """A money word after the act it is the price of ('selling price', 'asking price') where the spec measures a number
    named for that act (`sold_amt`, `ask_amt`)."""
    from ai_etl.language.rankings import MONEY

    acts = {verb_lemma(m[1]) for m in re.finditer(rf"\b([a-z]+) {re.escape(word)}\b", sequence)} - {None} if word in MONEY else set()  # (lemmas: 'sell price')
    acts -= {"average", "total", "mean", "sum", "count", "top", "round"}  # ('the average price': no act)
    return any(act in (said := spoken_words(c)) and set(said) & set(MONEY) for act in acts for c in evidence.identifiers)  # (a money
    # column: never `order_lines` of 'order line price')


def _amount_of_the_act(word: str, schema: SchemaIndex, evidence: Evidence) -> bool:
    """Is the word the gerund of the act a number column the spec uses is named for ('welding' of `weld_s`)?"""
    act = verb_lemma(word) if word.endswith("ing") else None
    return bool(act) and any((t, c) in schema.numeric_columns and c.lower() in evidence.identifiers for t, c in schema.columns.get(act, ()))


def _flag_of_rows_read(value: str, schema: SchemaIndex, evidence: Evidence) -> bool:
    """Does the spec test a yes/no column of the rows it reads that is named by the word said ('voided' of `void_flg`)?"""
    bases = {lemma(value), verb_lemma(value) or ""} - {""}
    return any((t, c) in schema.flags and t in evidence.tables and c.lower() in evidence.identifiers for b in bases for t, c in schema.columns.get(b, ()))


def _left_out(table: str, column: str, value: str, schema: SchemaIndex, evidence: Evidence) -> bool:
    """Does the spec leave out the rows with this value of the column: rows kept by its other values, or this one
    excluded by name (`!= 'V'` keeps the credit notes 'C')?"""
    if column.lower() not in evidence.identifiers:
        return False
    rows_kept = re.sub(r"\b\w+if\s*\((?:[^()]|\([^()]*\))*\)", " ", evidence.text, flags=re.I)  # (a ratio's `countIf(st = 'K')` over
    # every row, cancellations included, leaves none out)
    if _left_out_by(column, value, rows_kept):
        return True
    others = [v for v in (schema.catalog.table(table).column(column).known_values() or []) if v.lower() != value.lower()]
    return not _kept_by(column, value, rows_kept) and any(_kept_by(column, other, rows_kept) for other in others)


def _kept_though_excluded(text: str, start: int, owners: set[tuple[str, str, str]], evidence: Evidence) -> bool:
    """A value said under a negation ('excluding cancellations and no-shows') that the spec keeps rows by (`= 'N'`)."""
    if evidence.anti_join or not NEGATED_LIST.search(text[:start]):
        return False  # ('did not enrol in Latin': the rows with no enrolment kept by it)
    return any(_kept_by(c, v, evidence.text) and not _left_out_by(c, v, evidence.text) for _, c, v in owners)  # (a ratio of vegan to non-vegan keeps both)


def _left_out_by(column: str, value: str, text: str) -> bool:
    """Does the spec (its text, `Evidence.text`) also leave rows of this value out (`!= 'D'`, `not in (..., 'D')`)?"""
    return bool(re.search(rf"\b{re.escape(column.lower())}\s*(?:(?:!=|<>)\s*'{re.escape(value.lower())}'|not\s+in\s*\([^)]*'{re.escape(value.lower())}')", text))


def _excluded_by_what_is_kept(text: str, start: int, owners: set[tuple[str, str, str]], schema: SchemaIndex, evidence: Evidence) -> tuple[int, int] | None:
    """The span of the negation a value is said under, where the spec keeps rows by another value of its column (an
    equality says the rest are left out); None otherwise."""
    negation = NEGATED_LIST.search(text[:start])
    if not negation:
        return None
    for table, column, value in owners:
        others = [v for v in (schema.catalog.table(table).column(column).known_values() or []) if v != value]
        if value.lower() not in evidence.strings and any(_kept_by(column, other, evidence.text) for other in others):
            return negation.start(), negation.start() + len(negation[0].split()[0])
    return None


def _kept_by(column: str, value: str, text: str) -> bool:
    """Does the spec (its text, `Evidence.text`) keep rows by this value of the column (`= 'D'`, `in (..., 'D')`)?"""
    return bool(re.search(rf"\b{re.escape(column.lower())}\s*(?:=\s*'{re.escape(value.lower())}'|in\s*\([^)]*'{re.escape(value.lower())}')", text))


def _names_rows_read(text: str, end: int, owners: set[tuple[str, str, str]], schema: SchemaIndex, evidence: Evidence) -> bool:
    """Is the value said right before the noun of a table the spec reads, and held only by rows that refer to
    that table (`value_conditions._adjective_of_the_rows`)?"""
    following = re.match(r"\s+([a-z_]+)", text[end:])
    named = (schema.tables.get(lemma(following[1]), set()) | schema.tables.get(following[1], set())) & evidence.tables if following else set()
    return bool(named) and all(t not in evidence.tables and named & schema.parents_of(t) and not any(extends(schema.catalog, t, n) for n in named) for t, _, _ in owners)


def _parent_compounds(text: str, schema: SchemaIndex, evidence: Evidence) -> list[tuple[int, int]]:
    """'inverter alarms', 'missed bin pickups': the noun of a table the rows read refer to (or one it refers to), right before
    the rows' own noun, says whose rows they are (every alarm is an inverter's), not which of them."""
    spans = []
    for match in re.finditer(r"\b([a-z]+)['’]?\s+(?=([a-z]+)\b(?:\s+([a-z]+)\b)?)", text):
        rows = resolve_table(schema.catalog, match[2]) or _valued_rows(match[2], schema, evidence)  # ('members' catamarans')
        rows = rows or (_valued_rows(f"{match[2]} {match[3]}", schema, evidence) if match[3] else None)  # ('class waiting lists')
        if rows in evidence.tables and (parent := resolve_table(schema.catalog, match[1])) and parent != rows and parent in schema.ancestors_of(rows):
            spans.append(match.span(1))  # ('customer tunings': the tunings of the pianos of customers)
    for match in re.finditer(r"\b([a-z]+)\s+of\s+(?:the\s+|our\s+)?([a-z]+s)\b", text):
        rows, parent = resolve_table(schema.catalog, match[1]) or resolve_table(schema.catalog, f"{match[1]}s"), resolve_table(schema.catalog, match[2])
        if rows in evidence.tables and parent and parent != rows and parent in schema.ancestors_of(rows):
            spans.append(match.span(2))  # 'complaints of customers' (translated 'жалобы клиентов'): whose they are, as 'customer complaints'
    return spans


def _clause_subjects(text: str, schema: SchemaIndex, evidence: Evidence) -> list[tuple[int, int]]:
    """'the invoices customers still have not paid': the noun of a table the rows read refer to (maybe through another), as the subject
    of a clause about those rows (`table_choice._clause_subject`), is each row's own customer, not which of them."""
    spans = []
    for match in re.finditer(r"\b([a-z]+s)\s+([a-z]+)\s+((?:[a-z]+\s+){0,3}[a-z]+)\b", text):
        rows, parent = resolve_table(schema.catalog, match[1]) or resolve_table(schema.catalog, f"{match[1]}s"), resolve_table(schema.catalog, match[2])
        if rows in evidence.tables and parent and parent != rows and parent in schema.ancestors_of(rows) and starts_a_clause(match[1], match[3].split()):
            spans.append(match.span(2))
    return spans


def _agents_of_the_rows(text: str, schema: SchemaIndex, evidence: Evidence) -> list[tuple[int, int]]:
    """'quotes accepted by the customer', 'what percentage did the customer accept', 'the payments customers made': the noun
    of a table the rows read refer to, as the one who acts on each row, is that row's own customer, not which of them."""
    spans = []
    for match in re.finditer(r"\b(?:(?P<act>[a-z]+)\s+by|did|does|do)\s+(?:(?:the|its|their)\s+)?(?P<agent>[a-z]+)\b", text):
        if match["act"] and not is_past_verb(match["act"]):
            continue
        parent = resolve_table(schema.catalog, match["agent"])
        if parent and any(parent != rows and parent in schema.ancestors_of(rows) for rows in evidence.tables):
            spans.append(match.span("agent"))  # ('jobs picked up by customers': each job's instrument's customer)
    for match in re.finditer(r"\b(?=(?P<rows>[a-z]+)\s+(?:the\s+|our\s+)?(?P<agent>[a-z]+)\s+(?:have\s+|has\s+|had\s+)?(?P<act>[a-z]+)\b)", text):
        rows, parent = resolve_table(schema.catalog, match["rows"]), resolve_table(schema.catalog, match["agent"])
        if is_past_verb(match["act"]) and rows in evidence.tables and parent and parent != rows and parent in schema.ancestors_of(rows):
            spans.append(match.span("agent"))  # 'the payments customers made by cheque': each payment's own customer (its invoice's)
    acted_on = r"\b(?P<act>[a-z]+)\s+(?:a|an|the|their|its)\s+(?P<agent>[a-z]+)\b"  # 'the price each artist quoted a client'
    acting = [  # 'where the client mentioned', 'where the bike courier was late'
        rf"\b(?:where|when|that|which|after|before)\s+(?:the|a|an|their|its)\s+(?P<agent>{agent})\s+(?:(?:did|does|has|had)\s+)?(?:not\s+|never\s+)?(?P<act>[a-z]+)\b"
        for agent in (r"[a-z]+", r"[a-z]+\s+[a-z]+")
    ]
    source = r"\b(?P<act>from|on|of|at)\s+(?:the|our|their)\s+(?P<agent>[a-z]+)\b"  # 'the claims we turned down from the DJs', 'every
    # defect on the coaches': each row's own coach
    for match in (*re.finditer(acted_on, text), *(m for pattern in acting for m in re.finditer(pattern, text)), *re.finditer(source, text)):
        if match["act"] not in ("from", "on", "of", "at") and not (is_past_verb(match["act"]) or ((match["act"].endswith("ing") or verb_lemma(match["act"]) == match["act"]) and "VERB" in word_classes(match["act"]))):
            continue
        parents = {resolve_table(schema.catalog, match["agent"])} - {None}
        parents |= {t for t, _, _ in schema.values.get(match["agent"], ()) if any(agent_named(schema.catalog, rows, t, match["agent"]) for rows in evidence.tables)}
        if any(parent != rows and parent in schema.ancestors_of(rows) for parent in parents for rows in evidence.tables):
            spans.append(match.span("agent"))  # 'touch-ups we did without charging the client': each row's own client; 'where the
            # driver did not empty the coin box': each visit's own driver (a staff role)
    return spans


def _cursor_said(text: str, catalog: Catalog, pipeline: Pipeline) -> list[tuple[int, int]]:
    """'as they land in the archive' of the cursor `ingested_at`, 'when the frame landed in the archive': the words
    of its comment say which column finds the new rows."""
    table = catalog.table(getattr(pipeline.source, "table", None) or "")  # (a file source has no table)
    column = table.column(pipeline.load.cursor) if table and pipeline.load.cursor else None
    said = comment_lemmas(column) if column else set()
    return [m.span() for m in re.finditer(r"[a-z]+", text) if lemma(m[0]) in said]


def _valued_rows(word: str, schema: SchemaIndex, evidence: Evidence) -> str | None:
    """The one table read whose rows the spec keeps by a value said as this noun ('catamarans': `vsl_typ = 'CT'`)."""
    owners = {t for form in (word, singular(word)) for t, _, v in schema.values.get(form, ()) if v.lower() in evidence.strings}
    return owners.pop() if len(owners) == 1 else None


def _scope_of_a_load(text: str, evidence: Evidence) -> list[tuple[int, int]]:
    """'load all the teams, from every season': the rows of every season, in a spec that loads rows (neither
    filtered on it nor aggregated; 'revenue from every store' may mean per store, so it stays unplaced there)."""
    if evidence.grouped or any(evidence.has(c) for c in ("sum", "avg", "count", "max", "min")):
        return []
    scope = "|".join(SCOPE_WORDS)
    return [m.span() for m in re.finditer(rf"\b(?:{scope})\s+(?:every|all(?:\s+(?:the|our|of\s+our|of\s+the))?|any)\s+[a-z_]+", text)]  # ('from each': a grouping)


def _act_dated(act: str | None, tables: set[str], schema: SchemaIndex, evidence: Evidence, to_whom: bool = False) -> bool:
    """Does the spec use a date or time column of one of `tables` recording the act (`delivered_at` of 'deliver'),
    or, for 'issued to them', read the rows of a table recording it?"""
    return bool(act) and any(
        t in tables and (c.lower() in evidence.identifiers or (to_whom and t in evidence.tables)) and c.lower() in schema.time_columns
        and (act in acts_named(c) or act in comment_acts(schema.catalog.table(t).column(c)))  # (`pd_dt`, 'date the payment arrived')
        for t, c in schema.columns.get(act, ())
    )


def _act_stamp_used(act: str | None, catalog: Catalog, evidence: Evidence) -> bool:
    """Does the spec use a date or time column of the rows read whose comment or name says it records the act (`paid_dt`)?"""
    return bool(act) and any(
        column.name.lower() in evidence.identifiers and column.type.startswith(("date", "timestamp")) and (act in comment_acts(column) or column.name in stamps_of_event(found, act))
        for table in evidence.tables if (found := catalog.table(table)) for column in found.columns
    )


def _act_timed(act: str | None, schema: SchemaIndex, evidence: Evidence) -> bool:
    """Does the spec measure time from or to a column recording the act (`issued_dt` in a `dateDiff`), or order
    rows by it ('the most recent part received')?"""
    return bool(act) and any(
        c.lower() in schema.time_columns
        and re.search(rf"\bdatediff\s*\([^)]*\b{re.escape(c.lower())}\b|\border\s+by\s+{re.escape(c.lower())}\b", evidence.text, re.I)
        for _, c in schema.columns.get(act, ())
    )


def _null_states_said(text: str, catalog: Catalog, evidence: Evidence) -> list[tuple[int, int]]:
    """The spans of null states a column's comment names ('month-to-month' of `end_dt`: 'NULL = ... (month-to-month)'),
    accounted for when the spec tests that column for a value."""
    spans = []
    for table in catalog.tables:
        for column in table.columns:
            tested = _null_test(column.name, evidence)
            for form in state_forms(catalog, table, column) if tested else ():
                negation = r"(?:\b(?:not|no\s+longer|never)\s+(?:been\s+|yet\s+)?)?" if re.search(r"NotNull|not\s+null", tested[0], re.I) else ""
                for said in re.finditer(negation + state_pattern(form), text):  # 'not month-to-month' of a test for a value
                    spans += [said.span(), *_state_restated(text, said.end(), column.comment or "")]
            if tested:  # 'the proposals the TAC has not reviewed yet' of `hrs_alloc` 'granted by the TAC; NULL = not reviewed yet'
                spans += _agents_of_the_state(text, [column.comment or "", table.comment or ""])
            named = {v for w in spoken_words(column.name) if (v := verb_lemma(w))}
            missing = bool(tested) and not re.search(r"NotNull|not\s+null", tested[0], re.I)
            happened = acts_not_yet(column) if tested and not missing else set()  # 'sessions that got cancelled' of `cncl_cd is not null`
            acts = comment_acts(column) | named | happened
            for act in acts if tested else ():  # 'has not returned | to the desk yet' of `returned_ts`, 'when the gear came back to the desk'
                particles = [p for p in PARTICLES if act + p in acts]  # 'handed the box back': not the 'handed to the reader' of another column
                stem, particle = next(((act[: -len(p)], p) for p in PARTICLES if act.endswith(p) and verb_lemma(act[: -len(p)]) == act[: -len(p)]), (act, ""))
                said_as = rf"(?:{'|'.join(verb_forms(stem, 'VBN') or (stem,))})\s+{particle}" if particle else "|".join(verb_forms(act, "VBN") or (act,))
                for said in re.finditer(rf"\b(?:{said_as})\b", text):  # ('comeback' of 'the finished job came back': 'come back')
                    if particles and not re.match(rf"(?:\s+[a-z]+){{0,3}}?\s+(?:{'|'.join(particles)})\b", text[said.end() :]):
                        continue
                    spans += _state_restated(text, said.end(), column.comment or "", whole=True)
                    if (patient := PATIENT_BEFORE.search(text[: said.start()])) and singular(patient[1]) == act_patient(column, act):
                        spans.append(patient.span(1))  # 'where the tool was handed to ...' of 'when the tool was handed to ...'
                    negated = re.search(r"\b(?:not|never)\s+(?:(?:yet|been|ever|once)\s+)?$", text[: said.start()])
                    if (missing and negated) or (act in happened and not negated):
                        spans.append(said.span())  # 'the shops still have not paid us for' of a test that `paid_on` is missing
    return spans


PATIENT_BEFORE = re.compile(r"\b([a-z]+)\s+(?:has|have|had|was|were|is|are)\s+(?:not\s+|never\s+)?(?:yet\s+)?(?:been\s+)?$")


def _state_restated(text: str, end: int, comment: str, whole: bool = False) -> list[tuple[int, int]]:
    """'customers who get no credit and have to pay before we ship' of 'NULL = no credit, must pay before shipment': a
    clause joined to the state said whose every word the comment's note on the missing value says is the same state
    (`whole`: the words of the whole comment, said after the act it records)."""
    note = comment.lower() if whole else re.split(r"\bnull\b", comment.lower(), maxsplit=1)[-1]
    meant = {form for w in re.findall(r"[a-z]+", note) for form in (w, lemma(w), verb_lemma(w) or w)}
    said = lambda w: bool({w, lemma(w), verb_lemma(w) or w} & meant) or any(n in meant for n in act_nouns(verb_lemma(w) or w))  # noqa: E731
    filler = lambda w: (w in FUNCTION_WORDS or w in ("have", "has", "must", "need", "needs")) and (w not in NEGATIONS or w in meant)  # noqa: E731
    # ('still standing that are | not in good condition': a negation the note does not say is no part of the state)
    if joined := re.match(r"\s*(?:,\s*)?(?:and|i\.e\.|so)\s+(?P<rest>[a-z' ]+)", text[end:]):
        words = [w for w in re.findall(r"[a-z]+", joined["rest"]) if not filler(w)]
        return [(end + joined.start("rest"), end + joined.end("rest"))] if words and all(said(w) for w in words) else []
    covered = end  # 'not inspected | at intake yet' of 'NULL = not inspected at intake yet': the note said on, word
    while (word := NEXT_WORD.match(text, covered)) and (filler(word[1]) or said(word[1])):  # after word (no other text between)
        covered = word.end()
    return [(end, covered)] if covered > end else []


NEXT_WORD = re.compile(r"\s*([a-z]+)\b")


def _agents_of_the_state(text: str, comments: list[str]) -> list[tuple[int, int]]:
    """The subject of a negated act ('the domes have not reopened') that the tested column's or its table's comment
    names ('Periods when the domes of a site were closed'): who the schema says acts, not a thing to look up."""
    named = {singular(w) for comment in comments for w in re.findall(r"[a-z]+", comment.lower()) if w not in FUNCTION_WORDS}
    said = re.finditer(r"\b([a-z]+)\s+(?:has|have|had|is|are|was|were)\s+(?:not|never)\b", text)
    return [m.span(1) for m in said if singular(m[1]) in named]


def _presences_unread(text: str, catalog: Catalog, evidence: Evidence) -> list[Gap]:
    """'orders where the diner used a promo code', 'payments with a late fee': a column of the rows read that may
    be missing, said to be there, must be tested (before, the column's name passed as a column carried)."""
    gaps = []
    for said in WITH_A.finditer(text):
        words = said["what"].split()
        if any(resolve_table(catalog, " ".join(words[:n])) for n in range(len(words), 0, -1)) or re.search(r"\b(?:not|never|no)\s+$", text[: said.start()]):
            continue  # 'airlines that do not have any flights': rows of another table, an anti join's
        for table in [catalog.table(t) for t in evidence.tables if catalog.table(t)]:
            name = next((c for n in range(len(words), 0, -1) if (c := column_of(table, " ".join(words[:n])))), None)
            column = table.column(name) if name else None
            if column is None or not column.nullable or column.type == "boolean":
                continue
            if name.lower() not in evidence.identifiers:  # (carried as it is: no row chosen by it)
                gaps.append(Gap(phrase=said[0], readings=[f"{table.name}.{name} is not null"]))
    return gaps


def _zero_states_said(text: str, catalog: Catalog, evidence: Evidence, rows: str | None) -> list[tuple[int, int]]:
    """The spans of the zero states a number's comment names ('waived' of `fee`: '0 = waived'), accounted for when the spec
    compares that column with 0 (said after 'not', when it keeps the others)."""
    spans = []
    priced = zero_priced([t for t in catalog.tables if t.name == rows])
    for table in catalog.tables:
        for column in table.columns:
            tested = re.search(rf"\b{re.escape(column.name)}\s*(?P<op>!=|<>|=)\s*0\b", evidence.text, re.I) if column.zero_names else None
            negation = r"(?:\b(?:not|no\s+longer|never)\s+(?:been\s+|yet\s+)?)" if tested and tested["op"] != "=" else ""
            free = set(FREE) if column is priced else set()
            for form in {f for name in column.zero_names for f in null_forms(name)} | free if tested else ():
                spans += [said.span() for said in re.finditer(negation + state_pattern(form), text)]
    return spans


def _null_test(column: str, evidence: Evidence) -> re.Match | None:
    """Where the spec tests `column` for a missing value (`isNull(c)`, `isNotNull(c)`, `c is [not] null`)."""
    return re.search(rf"\bis(?:Not)?Null\(\s*{re.escape(column)}\s*\)|\b{re.escape(column)}\s+is\s+(?:not\s+)?null\b", evidence.text, re.I)


def _times_of_rows(text: str, catalog: Catalog, evidence: Evidence) -> tuple[list[tuple[int, int]], list[Gap]]:
    """'current employees', 'former members' where the rows' table says a state still lasts ('NULL = still employed'):
    placed when the spec tests that column, a gap when it does not (before, 'current' passed as wording)."""
    spans, gaps = [], []
    for said in TIME_OF_ROWS.finditer(text):
        if column := lasting_state(catalog, said[2], sorted(evidence.tables)):
            name = column.split(".")[1]
            if _null_test(name, evidence):
                spans.append(said.span(1))
            else:
                gaps.append(Gap(phrase=said[0], readings=[f"{column} is null" if said[1] == "current" else f"{column} is not null"]))
    for said in LEFT_US.finditer(text):  # 'staff who have left the company': the lasting state's column tested
        if said["noun"] and resolve_table(catalog, said["noun"]):
            continue
        tested = [c for t in evidence.tables if (c := lasting_state(catalog, t)) and _null_test(c.split(".")[1], evidence)]
        spans += [said.span()] if tested else []
    for said in re.finditer(r"\b(?:currently|now|right\s+now|at\s+the\s+moment|at\s+present)\b", text):
        for table in [catalog.table(t) for t in evidence.tables if catalog.table(t)]:  # 'how many employees are there now': the current ones
            lasting = lasting_state(catalog, table.name)
            if lasting and _null_test(lasting.split(".")[1], evidence):
                spans.append(said.span())  # ('which horses are on full livery now': those still here)
            elif lasting and not any(codes_of_now(c) for c in table.columns) and not any(
                c.name.lower() in evidence.identifiers for c in table.columns if c.name not in table.primary_key and c.name not in table.references
            ):  # ('walls with no routes open at the moment': the routes' state now is their status)
                gaps.append(Gap(phrase=said[0], readings=[f"{lasting} is null"]))
            now = [f"{table.name}.{c.name} = '{code}'" for c in table.columns for code in codes_of_now(c)]
            if now and not any(reading.rsplit("'", 2)[-2].lower() in evidence.strings for reading in now):
                gaps.append(Gap(phrase=said[0], readings=now[:3]))  # 'out on loan right now' of 'OL = object currently out on loan'
    return spans, gaps


NETTED = re.compile(
    r"\b(?:(?:(?:with|after|less|minus|net\s+of)\s+(?:the\s+|any\s+|all\s+)?)?(?P<kind>[a-z]+?)(?:e?s)?\s+(?:taken\s+off|deducted|netted\s+off|subtracted|knocked\s+off)"
    r"|net\s+of\s+(?:the\s+|any\s+)?(?P<net>[a-z]+?)(?:e?s)?)\b"
)


def _signed_rows_netted(text: str, schema: SchemaIndex, evidence: Evidence) -> list[tuple[int, int]]:
    """'money in per month, refunds taken off' where the rows summed keep refunds negative ('Money received against jobs;
    refunds are negative'): the sum itself takes them off, so the words are accounted for. Never where no comment of the
    rows summed says so."""
    summed = {c.lower() for c in re.findall(r"\bsum\(\s*([a-z_]\w*)", evidence.text, re.I)}
    spans = []
    for said in NETTED.finditer(text) if summed else ():
        kind = said["kind"] or said["net"]
        for table in (schema.catalog.table(t) for t in evidence.tables):
            comments = [table.comment or "", *(c.comment or "" for c in table.columns if c.name.lower() in summed)] if table else []
            if any(re.search(rf"\b{re.escape(kind)}(?:e?s)?\b[^.;]*?\b(?:negative|minus|below\s+zero)\b", c, re.I) for c in comments):
                spans.append(said.span())
                break
    return spans


def _amounts_converted(text: str, evidence: Evidence) -> list[tuple[int, int]]:
    """The spans of amounts said in another unit than the column's that the spec compares with, converted
    ('over 5 miles' and `route_length_km > 8.04672`)."""
    spans = []
    for said in re.finditer(r"(?<![\w.])(\d+(?:\.\d+)?)\s*([a-z]+)\b", text):
        for column in [c for c in evidence.identifiers if same_dimension(said[2], c)]:
            value = amount_in_unit_of(column, float(said[1]), said[2])
            if value != float(said[1]) and re.search(rf"\b{re.escape(column)}\s*[<>=!]+\s*{re.escape(str(value))}(?![\d.])", evidence.text, re.I):
                spans.append(said.span())
    return spans


def _yes_states_said(text: str, catalog: Catalog, evidence: Evidence) -> list[tuple[int, int]]:
    """The spans of what a yes/no column's comment says yes means ('roaming abroad' of `roam_flg`: 'true = made
    while roaming abroad'), accounted for when the spec uses that column."""
    spans = []
    for table in catalog.tables:
        for column in table.columns:
            for phrase in yes_phrases(column.comment) + no_phrases(column.comment) + flag_statement_names(column) if column.type == "boolean" and column.name.lower() in evidence.identifiers else ():
                for said in re.finditer(rf"(?<![\w-]){re.escape(phrase)}s?(?![\w-])", text):  # ('a pitch raise ... was needed')
                    verb = re.search(r"\b([a-z]+)\s+(?:by|via|with|through|while|when)\s+(?:the\s+|a\s+)?$", text[: said.start()])
                    carries = verb and "VERB" in word_classes(verb[1])
                    spans.append((verb.start(1) if carries else said.start(), said.end()))  # 'who pay by direct debit': the verb carries the flag
            for pattern in still_patterns(column.comment) if column.type == "boolean" and column.name.lower() in evidence.identifiers else ():
                spans += [said.span() for said in re.finditer(pattern, text)]  # 'who still work with us'
    return spans


def _table_names_said(text: str, catalog: Catalog, evidence: Evidence) -> list[tuple[int, int]]:
    """The spans of the names of several words a comment calls a table the spec reads (or groups its rows by)
    ('scale tickets' of `load_tkt`: 'Scale tickets, one per truckload received'); one word of them names nothing alone."""
    spans = []
    keyed = _keyed_tables(catalog, evidence)
    for table in catalog.tables:
        kinds = _kinds_named(table, catalog) if table.name in evidence.tables | keyed else set()
        for name in {short for said, strength in table_aliases(table.name, tuple(table.called)).items() if strength >= 2 and " " in said for short in _shortened(said)} if table.name in evidence.tables | keyed else ():
            if _one_of_two_kinds(name, table.comment) or _lemmas(name) in kinds:
                continue  # 'boulder problems' of 'Routes and boulder problems': some of the rows, which ones not told
            spans += [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
            if len(words := name.split()) == 2:  # 'complaints of customers' (translated 'жалобы клиентов') of 'customer complaints'
                spans += [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(words[1])}\s+of\s+(?:the\s+)?{re.escape(words[0])}s?(?![\w-])", text)]
        for name in _named_after_parent(catalog, table) if table.name in evidence.tables else ():
            spans += [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
        named = [said for said, strength in table_aliases(table.name, tuple(table.called)).items() if strength >= 2 and _lemmas(said) not in kinds] if table.name in evidence.tables else []
        for name in named:  # 'the most recent downtime event': a row of `eqp_dt`, whatever the rows are called after its name
            spans += [m.span(1) for m in re.finditer(rf"(?<![\w-]){re.escape(name)}\s+(events?|records?|entry|entries)\b", text)]
        nouns = "|".join(re.escape(n) for n in named if " " not in n)
        for modifier in {n.rsplit(" ", 1)[0] for n in named if " " in n} if nouns else ():  # 'tuning appointments' of 'Tuning visits
            spans += [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(modifier)}\s+(?:{nouns})(?![\w-])", text)]  # (appointments)'
        for place in _place_of_every_row(table.comment) if nouns else ():  # 'stall tickets' of 'Till tickets from the market stall'
            spans += [m.span(1) for m in re.finditer(rf"(?<![\w-])({re.escape(place)})\s+(?:{nouns})(?![\w-])", text)]
    return spans


def _place_of_every_row(comment: str | None) -> list[str]:
    """Where a table's comment says all its rows come from ('Till tickets from the market stall': stall), one place
    alone: 'Bookings at the courts and lanes' names two, and a request's 'court bookings' would be some of them."""
    places, lowered = [], (comment or "").lower()
    for said in re.finditer(r"\b(?:from|at)\s+(?:the|our)\s+((?:[a-z]+\s+){0,2}[a-z]+)", lowered):
        words = said[1].split()
        words = words[: next((i for i, w in enumerate(words) if w in FUNCTION_WORDS), len(words))]
        rest = lowered[said.start(1) + len(" ".join(words)) :]
        if words and "NOUN" in word_classes(words[-1]) and not re.match(r"\s*(?:and|or|&|,)", rest):
            places.append(words[-1])
    return places


def _kinds_named(table: CatalogTable, catalog: Catalog) -> set[str]:
    """'trade customer' of sellers where 'T = trade account' (`kinds_said_of_rows`), in lemmas: a name some of the rows'
    own code gives them (a skip hire's reference calls the sellers 'Trade customer'), to be read as that code, never as
    every row."""
    return {_lemmas(form) for c in table.columns for form, _ in kinds_said_of_rows(catalog, table, c)}


def _lemmas(name: str) -> str:
    return " ".join(lemma(w) for w in name.lower().split())


def _one_of_two_kinds(name: str, comment: str | None) -> bool:
    """Is the name one of two kinds of rows a table's comment lists ('boulder problems' of 'Routes and boulder problems';
    not 'tear charges' of 'Wear and tear charges', one kind said with two words)?"""
    lowered = (comment or "").lower()
    other = re.search(rf"\b([a-z]+)\s+(?:and|or)\s+{re.escape(name)}\b", lowered) or re.search(rf"\b{re.escape(name)}\s+(?:and|or)\s+(?:[a-z]+\s+)??([a-z]+s)\b", lowered)
    return bool(other) and other[1].endswith("s") and lemma(other[1]) != other[1]


def _column_names_said(text: str, catalog: Catalog, evidence: Evidence) -> list[tuple[int, int]]:
    """The spans of the names of several words a comment calls a column the spec uses ('jar size' of `jar_g`: 'jar size
    in grams'); a column the spec does not use accounts for nothing."""
    used = [(t, c) for t in catalog.tables if t.name in evidence.tables for c in t.columns if c.name.lower() in evidence.identifiers]
    kinds = {kind for t in catalog.tables if t.name in evidence.tables for kind in _kinds_named(t, catalog)}  # ('Trade customer who hired the skip' of a
    named = {name for _, c in used for name in c.called if " " in name and _lemmas(name) not in kinds}  # reference, 'T = trade account')
    spans = [m.span() for name in named for m in re.finditer(rf"(?<![\w-]){re.escape(name)}s?(?![\w-])", text)]
    for table, column in used:  # 'the average refractometer moisture': a word of the comment of `moisture_pct` ('refractometer
        said = "|".join(w for w in spoken_words(column.name, table_prefix([c.name for c in table.columns])) if len(w) > 2)  # reading, % water')
        comment = {w for w in re.findall(r"[a-z]{4,}", (column.comment or "").lower()) if w not in FUNCTION_WORDS}  # before a word of its name
        spans += [m.span(1) for m in re.finditer(rf"\b([a-z]+)\s+(?:{said})\b", text) if said and m[1] in comment]
    return spans


def _shortened(name: str) -> set[str]:
    """A name and the shorter ones that keep its head noun and a word before it, in order: 'grooming salon
    appointments' is also 'grooming appointments' and 'salon appointments'."""
    *before, head = name.split()
    return {name} | {f"{' '.join(kept)} {head}" for n in range(1, len(before)) for kept in itertools.combinations(before, n)}


def _table_said_from(text: str, start: int, schema: SchemaIndex) -> set[str]:
    """The table two words from `start` name together ('maintenance job' of `mnt_job`, where 'PM = planned maintenance')."""
    two = re.match(r"[a-z]+\s+[a-z]+", text[start:])
    return {read} if two and (read := resolve_table(schema.catalog, two[0])) else set()


def _keyed_tables(catalog: Catalog, evidence: Evidence) -> set[str]:
    """The tables the rows are grouped or deduplicated by a reference to: 'visits per season ticket' grouped by
    `permit_id` name the season tickets by their key."""
    return {
        reference.split(".")[0] for name in evidence.tables if (read := catalog.table(name))
        for column, reference in read.references.items() if column.lower() in evidence.keys
    }  # fmt: skip


def _named_after_parent(catalog: Catalog, table: CatalogTable) -> set[str]:
    """'machinery bookings' of `equip_bkg`, a table named after the `equip` it refers to (its comment: 'Machinery
    ...'): any name of the parent before the table's own head noun."""
    names: set[str] = set()
    for reference in table.references.values():
        parent = catalog.table(reference.split(".")[0])
        if parent is None or parent.name == table.name or not table.name.startswith(f"{parent.name}_"):
            continue
        parents = [said for said, strength in table_aliases(parent.name, tuple(parent.called)).items() if strength >= 2]
        heads = [said for said, strength in table_aliases(table.name, tuple(table.called)).items() if strength >= 2 and " " not in said and said not in parents]
        names |= {f"{p} {h}" for p in parents for h in heads}
    return names


def meant_as_value(value: str, evidence: Evidence) -> bool:
    """Whether the spec writes the value as a literal (a grain word that is also a value is then both)."""
    return any(value in s for s in evidence.strings)


def _said_as_value(text: str, request: str, match: re.Match, owners: set[tuple[str, str, str]]) -> bool:
    """A short or common value counts when the request writes it as the schema does in capitals
    ('EU') or next to its column's name ('status new')."""
    near = text[max(0, match.start() - 20) : match.end() + 20]
    capitals = any(v.isupper() and len(v) > 1 and re.search(rf"(?<!\w){re.escape(v)}(?!\w)", request) for _, _, v in owners)
    return capitals or any(any(w in near.split() for w in spoken_words(c)) for _, c, _ in owners)


def _taxes_said(text: str, catalog: Catalog, evidence: Evidence) -> list[tuple[int, int]]:
    """'before VAT', 'VAT included': accounted for when the spec uses the amount the table says is net or gross of it."""
    if (said := tax_said(text)) is None:
        return []
    kind, match = said
    for table in catalog.tables:
        taxed = amount_as_taxed(table, kind)
        if taxed and {q.split(".")[1].lower() for q in QUALIFIED.findall(taxed)} <= evidence.identifiers:
            return [match.span()]
    return []


def _absences_said(text: str, catalog: Catalog, evidence: Evidence) -> list[tuple[int, int]]:
    """'chimneys that have no liner' where the spec keeps 'N = unlined': the value that names the absence says it
    (`missing_values.value_of_absence`)."""
    spans = []
    tables = [catalog.table(t) for t in evidence.tables if catalog.table(t)]
    for match in WITHOUT.finditer(text):
        said = match["what"].split()[0]
        if any(code.lower() in evidence.strings and column.split(".")[1].lower() in evidence.identifiers for column, code in absence_codes(tables, said)):
            spans.append((match.start(), match.start("what") + len(said)))
    return spans


def _count_of_some_kept_for_all(text: str, schema: SchemaIndex, evidence: Evidence) -> list[Gap]:
    """'for each year, how many tools got tested and how many failed': where the spec keeps only the rows of a value
    said in the second count, both counts are of those rows; the count of some beside all of them is not computed."""
    gaps = []
    counted = " ".join(re.findall(r"\bcountif\s*\(([^()]*)\)", evidence.text, re.I)).lower()  # (a count of only those rows: asked)
    for said in SECOND_COUNT.finditer(text):
        for form, owners in schema.values.items():
            if re.search(rf"(?<![\w]){re.escape(form)}(?![\w])", said["rest"]) and _values_kept(owners, evidence) and not any(f"'{v.lower()}'" in counted for _, _, v in owners):
                gaps.append(Gap(phrase=said[0].strip(), why=f"the pipeline keeps only the rows that are '{form}' for every count; a count of those beside all rows is not computed"))
                break
    return gaps


def _role_of_a_used_reference(value: str, owners: set[str], schema: SchemaIndex, evidence: Evidence, source: str | None) -> bool:
    """Does a value's word name a reference of the rows read to the value's table that the spec uses (`fixer_id`)?"""
    read = schema.catalog.table(source or "")
    return read is not None and any(
        ref.split(".")[0] in owners and column.lower() in evidence.identifiers and names_the_role(value, column) for column, ref in read.references.items()
    )


def _names_a_used_column(text: str, start: int, end: int, schema: SchemaIndex, evidence: Evidence) -> bool:
    """Do a value's words and the word after them name a column the spec uses ('phone numbers' of `cust_ph`)?"""
    tables = [t for t in schema.catalog.tables if t.name in evidence.tables]
    return any(c.lower() in evidence.identifiers for _, c in columns_named_with_next_word(tables, text, start, end))


def _taxes_not_kept(text: str, catalog: Catalog, evidence: Evidence) -> list[Gap]:
    """'total invoiced including VAT' answered with the VAT alone: where a table read says which of its amounts is before or
    after tax, the spec must use that one."""
    if (said := tax_said(text)) is None or _taxes_said(text, catalog, evidence):
        return []
    readings = [taxed for table in catalog.tables if table.name in evidence.tables and (taxed := amount_as_taxed(table, said[0]))]
    return [Gap(phrase=said[1][0].strip(), readings=readings[:3])] if readings else []


def _periods_of(text: str, catalog: Catalog, evidence: Evidence) -> list[tuple[int, int]]:
    """'for each month of service': the word a period is said of, where the spec uses the date whose comment says so."""
    tables = [t for t in catalog.tables if t.name in evidence.tables]
    return [said.span(1) for said in PERIOD_OF.finditer(text) if (column := period_of_said(said[0], tables)) and column.split(".")[1].lower() in evidence.identifiers]


def _events_dated(text: str, catalog: Catalog, evidence: Evidence) -> list[tuple[int, int]]:
    """'bookings for 2026 games' where the spec dates the bookings by `slot_ts`, 'booked start of the game': the word the
    rows are for is the event a date of theirs is of, not rows of another table ('Games actually played')."""
    dated = [(c.comment or "").lower() for t in catalog.tables if t.name in evidence.tables for c in t.columns
             if (c.type == "date" or c.type.startswith("timestamp")) and c.name.lower() in evidence.identifiers]  # fmt: skip
    return [said.span(1) for said in re.finditer(r"\bfor\s+(?:(?:19|20)\d\d\s+|the\s+|their\s+)?([a-z]+)\b", text)
            if any(re.search(rf"\bof\s+(?:the\s+|a\s+|an\s+)?(?:{re.escape(lemma(said[1]))}|{re.escape(singular(said[1]))})\b", comment) for comment in dated)]  # fmt: skip


def _acts_of_amounts(text: str, catalog: Catalog, evidence: Evidence) -> list[tuple[int, int]]:
    """'hectolitres packaged', 'tonnes hauled': the act right after a unit says which amount of that dimension
    (`unit_acts`); accounted for when the spec uses that amount."""
    spans = []
    for match in re.finditer(r"\b([a-z]+)\s+(?=([a-z]+)\b)", text):
        unit, word = match[1], match[2]
        if unit in UNITS and len(unit) > 1 and is_past_verb(word):
            measured = unit_measure(list(catalog.tables), unit, verb_lemma(word), first_is_read=False)
            table, column = QUALIFIED.search(measured)[0].split(".") if measured else ("", "")
            if measured and column.lower() in evidence.identifiers and not names_a_state(catalog.table(table), word):  # (a state of
                spans.append((match.end(), match.end() + len(word)))  # the amount's own rows, 'D = delivered', is read as one)
        elif is_past_verb(word) and (act := verb_lemma(word)):  # 'volume packaged': the packaging runs' `vol_l`
            kept = [(t, c) for t in catalog.tables if t.name in evidence.tables for c in t.columns if is_numeric(c.type) and column_of(t, unit) == c.name]
            found = amounts_of_act(kept, act) if len(kept) > 1 else []
            if len(found) == 1 and found[0][1].name.lower() in evidence.identifiers and not names_a_state(found[0][0], word):
                spans.append((match.end(), match.end() + len(word)))
    return spans + _modifiers_of_units(text, catalog, evidence)


def _modifiers_of_units(text: str, catalog: Catalog, evidence: Evidence) -> list[tuple[int, int]]:
    """'on-air hours': words before a unit that the comment of the amount the spec uses says of it ('Actual length on air,
    in minutes'): which amount, not which rows."""
    used = [c for t in catalog.tables if t.name in evidence.tables for c in t.columns if is_numeric(c.type) and c.name.lower() in evidence.identifiers]
    spans = []
    for unit in re.finditer(r"[a-z]+", text):
        if unit[0] not in UNITS or len(unit[0]) < 2:
            continue
        comments = [(c.comment or "").lower() for c in used if same_dimension(unit[0], c.name)]  # ('last-minute bookings': no amount
        # kept in minutes says 'last')
        before = re.search(r"(?:\b[a-z]+[\s-]+){1,2}$", text[: unit.start()])
        words = [w for w in re.split(r"[\s-]+", before[0]) if w] if before else []
        for n in range(len(words), 0, -1):
            phrase = " ".join(words[-n:])
            if phrase not in FUNCTION_WORDS and any(re.search(rf"\b{re.escape(phrase)}\b", comment) for comment in comments):
                spans.append((unit.start() - len(before[0]) + before[0].index(words[-n]), unit.start()))
                break
    return spans


def _word_covered(
    word: str, pipeline: Pipeline, evidence: Evidence, schema: SchemaIndex, said: set[str], sequence: str = ""
) -> bool | list[str]:
    """True when the spec accounts for `word`; else the readings to offer (maybe empty). `sequence`: the
    request's lemmas in order."""
    if word in FUNCTION_WORDS or word in ("'", "’"):
        return True
    if word in evidence.strings or lemma(word) in evidence.strings:
        return True  # the spec (or its transform) uses the word literally: a value, a new column's name
    if word in ("no", "non") and any(_flag_named(f"{word} {following}", schema.catalog, evidence) for following in re.findall(rf"\b{word}[ -](\w+)", sequence)):
        return True  # the 'no' of 'no-shows' where the spec tests `no_show`
    if any(verb_lemma(word) == verb and re.search(rf"\b{re.escape(lemma(word))} {particle}\b", sequence) and _phrasal_stamp_used(word, particle, schema.catalog, evidence) for verb, particle in SAID_OF_DATES):
        return True  # 'run' of 'certificates that run out in 2027' where the spec keeps `expiry_dt`
    if word in VALUE_SYNONYMS and any(VALUE_SYNONYMS[word] in s for s in evidence.strings):
        return True
    if _state_kept(word, schema, evidence):
        return True  # 'completed' where the spec keeps the state 'D = done'
    if (kept := _act_kept_by_a_column(word, schema, evidence)) is not None and not re.search(rf"\b(?:we|i) (?:(?:have|do) )?{re.escape(lemma(word))}\b", sequence):
        return kept  # 'students another student recommended' of `referred_by` ('who recommended ...; NULL = found us ...'); never
        # the business's own act ('the day passes we've sold': every pass, whoever sold it)
    if is_past_verb(word) and _act_of_a_used_column(verb_lemma(word), schema, evidence):
        return True  # 'the lowest fee each mechanic has charged' of `fee`, 'Fee charged, GBP'
    if _synonym_in_a_kept_name(word, schema, evidence, sequence):
        return True  # 'called off by the customer' where the spec keeps 'X = cancelled by the client'
    if not schema.columns.get(word) and (stem := state_of_noun(word, schema.values)):
        if _values_kept(schema.values[stem], evidence):
            return True  # 'lost to sickness': the state 'S = sick' the spec keeps (`value_conditions._with_value_synonyms`)
    if ISO_DATE.fullmatch(word):  # a day said is the bound written, or the day after an inclusive end
        said_day = date.fromisoformat(word)
        return any(str(d) in evidence.text for d in (said_day, said_day + timedelta(days=1))) or []
    if TIMES_WORDS.get(word) and str(TIMES_WORDS[word]) in evidence.numbers:
        return True  # 'more than twice': the count the spec keeps groups by
    if word == "times" and re.search(r"\b\w+_count\s*(?:>|>=|<|<=|=)\s*\d", evidence.text):
        return True  # 'at least three times'
    if number := _number(word):
        fraction = _number(f"{float(number) / 100:.6g}") if word.endswith("%") and re.fullmatch(r"[\d.]+", number) else None
        return True if number in evidence.numbers or fraction in evidence.numbers or _in_schedule(number, pipeline) else []  # (15% kept as 0.15)
    base = lemma(word)
    readings: list[str] = []
    if (seconds := SECONDS.get(DURATION_UNITS.get(word, ""))) and re.search(rf"\bdatediff\s*\(\s*'second'[^)]*\)\s*/\s*{seconds}\b", evidence.text, re.I):
        return True  # 'in hours': the seconds elapsed over 3600
    if DURATION_UNITS.get(word) == "day" and re.search(r"\bdatediff\s*\(\s*'day'", evidence.text, re.I):
        return True  # 'in nights', 'in days': the days between two dates
    if base == "duration" and any(kept_as_time(c) and c.lower() in evidence.identifiers for _, c in schema.numeric_columns):
        return True  # 'how long does a repair take' of the `mins` each repair keeps
    if word.startswith(("in", "un", "non")) and _satisfied("negation", evidence):  # 'inactive' = not active
        rest = word[3:] if word.startswith("non") else word[2:]
        if (named_rest := _named_elements(rest, lemma(rest), schema)) and {c for _, c in named_rest[1]} & evidence.identifiers:
            return True
    if word.endswith("ing") and _time_spent_on_an_unread_act(word, schema, evidence, sequence):
        return []  # 'hours they've spent instructing' summed from blocks of hours students bought: no instructing recorded
        # ('coaching' said of the coaches' hours too)
    named = _named_elements(word, base, schema)
    if untested := _flags_of_the_act_undone(word, schema, evidence):
        return untested  # 'the classes running this autumn' where `cancelled` is 'True if the class did not run that term'
    if named and is_past_verb(word) and (acted := act_table(schema.catalog, word)) in evidence.tables and _act_rows_uncounted(acted, pipeline, schema):
        return [f"count of {acted} rows"]  # 'frames sold' counted as distinct frames (`ord.frm_id`, 'frame sold from stock')
    if named:
        tables, columns = named
        used = {c for _, c in columns} & (evidence.identifiers | evidence.strings)
        whole = {c for t, c in columns if schema.spoken(t, c) == (base,) and t in evidence.tables}
        if whole and not whole & used:  # 'the same name' is restaurant.name: city_name counts only if said as 'city name'
            used = {c for t, c in columns if c in used and f" {' '.join(schema.spoken(t, c))} " in f" {sequence} "}
        halves = [t for t, parts in schema.person_names.items() if t in evidence.tables and 0 < len(set(parts) & used) < len(parts)]
        if base == "name" and halves and not tables:  # 'the customer's name' kept in parts: one part is half a name
            return [f"{halves[0]}.{c}" for c in schema.person_names[halves[0]]]
        if is_past_verb(word) and (unhappened := _codes_of_a_planned_act_undone(columns, used, schema, evidence)):
            return unhappened  # 'spots that ran in 2025' read as `run_on` 'date the spot was booked to run' where 'M = missed (never
            # went to air)': which spots ran is a state the spec does not test
        if tables & evidence.tables or used or tables & evidence.identifiers:
            return True
        if _whose_every_row_is(word, getattr(pipeline.source, "table", None), schema) and re.search(rf"\bour {re.escape(lemma(word))}\b(?! (?:who|that|which|whose)\b)", sequence):
            return True  # 'the hours our volunteers put in' of `duty_log`, every row some volunteer's (`vol_id` not null): who
            # did it, said of all of ours (never 'their instructor', a column to show, nor 'our people who did not show up')
        if any(c in evidence.identifiers for t in tables for c in schema.referring.get(t, ())):
            return True  # 'how many books' counted by the rows' reference to them (`genre.isbn`)
        if evidence.anti_join and any(schema.referrers.get(t, set()) & evidence.tables for t in tables):
            return True  # 'not assigned to any project': no rows of the table linking them to projects
        if re.search(rf"\b{re.escape(base)} (?:column|field|flag)", sequence) and any(t in evidence.passthrough_tables for t, _ in columns):
            return True  # 'with its contractor column': the yes/no column carried, no rows chosen by it
        if any(t in evidence.passthrough_tables and (t, c) not in schema.flags and set(spoken_words(c, schema.prefixes.get(t))) <= said for t, c in columns):
            return True  # a column the output table carries as it is, named in full ('late fee', not 'late'); a yes/no column said selects rows
        if any(t in evidence.passthrough_tables and (t, c) not in schema.flags and set(spoken_words(c, schema.prefixes.get(t))) - {"name"} == {base} for t, c in columns):
            return True  # 'which city has ...': the `city_name` the output carries (a name is the thing itself)
        heads = {(t, c) for t, c in columns if t in evidence.passthrough_tables and (t, c) not in schema.flags and head_noun(c, schema.prefixes.get(t)) == base}
        if len(heads) == 1:
            return True  # 'plate and payload please': the one column carried as it is whose head noun is the word (`reg_plate`)
        if base == "name" and any(t in evidence.passthrough_tables and PERSON_NAME.search(c) for t, c in columns):
            return True  # 'their names': a person's first and last name, carried as they are
        as_noun = not is_past_verb(word) and re.search(rf"\b(?:a|an|the|on)\s+{re.escape(word)}\b", sequence)  # 'on a pause': a state
        acted = is_past_verb(word) or re.search(rf"\bdo (?:[a-z]+ ){{0,3}}{re.escape(word)}\b", sequence)  # ('how many reviews did Moreau publish')
        acted = acted or (base != word and any(t in evidence.tables and verb_lemma(word) in table_acts(schema.catalog.table(t)) for t, _ in columns))  # ('the
        # materials orders' of 'Materials ordered from builders merchants': the rows read, named by their act)
        if columns and not tables and not as_noun and acted and verb_lemma(word) not in (None, *LATER_ACTS) and all(c.lower() in schema.date_columns or c.lower().endswith("year") for _, c in columns) and not any(
            f" {' '.join(spoken_words(c, schema.prefixes.get(t)))} " in f" {sequence} " for t, c in columns
        ):
            return True  # 'albums released', 'reviews Moreau published': the act a date column records, no date said ('its commit date' is said;
            # 'by cash' or 'still work for us' is no act done)
        readings = sorted({f"{t}.{c}" for t, c in columns})[:3] or sorted(tables)[:3]
    if re.search(rf"\b(?:by|in|with|via) {re.escape(word)}\b", sequence) and any(form.startswith(f"{word} ") for form in schema.values):
        return readings  # 'taken by cash' where a legend says 'C = cash at reception': a way of paying, never money summed
    if (constructs := ANALYTICAL.get(word) or ANALYTICAL.get(base)) and any(_satisfied(c, evidence) for c in constructs):
        return True
    if constructs and "anti" in constructs and _own_reference_missing(schema.catalog, evidence):
        return True  # 'do not belong to any company' of `co_id is null`
    if word in ("number", "count", "many") and _holds_a_number(evidence, schema):
        return True  # 'the total number of seeds requested' summed from `seeds_req`, 'number of seeds asked for'
    kinds = [schema.spoken(t, c) for name in evidence.keys for t, c in schema.column_names.get(name.lower(), ()) if schema.spoken(t, c)[-1:] in ((k,) for k in (*KIND_NAMED, "code"))]
    if base in KIND_SAID and kinds:
        return True  # 'each kind of alarm' grouped by `alm_cd`, 'per check type' by `chk_typ`
    if any(len(spoken) == 2 and len(spoken[0]) >= 3 and abbreviates(spoken[0], base) for spoken in kinds):
        return True  # 'each kind of hazard' grouped by `haz_cd` (`grouping._code_named_for`)
    if word in ("degree", "degrees", "celsius") and any("temperature" in spoken_words(c) for c in evidence.identifiers):
        return True  # 'warmer than 22 degrees' of `temp_c`, as it is kept
    if word in DIMENSIONS and any(same_dimension(word, c) for c in evidence.identifiers):
        return True  # 'the weight picked' summed from `kg`
    if word in UNITS and any(same_dimension(word, c) for c in evidence.identifiers):  # 'hours listened' over `seconds_played / 3600`
        if any(kept_in_unit(word, c, evidence.text) for c in evidence.identifiers):
            return True
        return [f"{c} is kept in {column_unit(c)}, not {word}" for c in sorted(evidence.identifiers) if same_dimension(word, c)][:2]
    if any(c.lower() in evidence.identifiers for kind in verb_quantities(word) for _, c in schema.columns.get(kind, ())):
        return True  # 'tickets that cost more than 280': the price the spec compares
    if _amount_of_the_act(word, schema, evidence):
        return True  # 'hours of splitting': the minutes `split_min` the spec sums
    if _price_of_the_act(word, sequence, evidence):
        return True  # 'the selling price' of `sold_amt`
    if (schema.counted.get(word, set()) | schema.counted.get(base, set())) & evidence.identifiers:
        return True  # 'more than 10 bowlers' of `n_plyr`, 'Number of bowlers in the booking'
    if word == "weekday" and schema.weekday_columns & evidence.identifiers:
        return True  # grouped by a column of weekday names
    if (grain := GRAINS.get(word) or GRAINS.get(base)) and (
        re.search(_GRAIN_SQL[grain], evidence.text) or (grain == "day" and evidence.grouped and schema.date_columns & evidence.identifiers)
    ):
        return True
    if schedule := _schedule_word(word, pipeline):
        return schedule is True or schedule
    if (word in PIPELINE_WORDS or base in PIPELINE_WORDS) and not (named and named[0]) and not (is_past_verb(word) and _a_code_named_by(verb_lemma(word), schema.catalog)):
        return True  # 'create', 'load', 'data' even where a column is named like them (created_at), not a table ('lake'); 'the
        # invoices we've sent out' where a legend says 'D = draft (not sent to the customer yet)' is the schema's act, not the load's
    if named:
        return readings
    if evidence.transform_code and re.match(r"(split|pars|clean|convert|strip|extract|normali|mixed|format|dates?$|numbers?$|numeric|decimals?$)", word):
        return True  # what the Python transform does; the columns it makes are checked against its code
    if is_past_verb(word) and (acted := act_table(schema.catalog, word)) in evidence.tables:
        if some := _rows_of_other_kinds(word, {acted}, schema, evidence) or _a_code_says_the_act(word, {acted}, schema, evidence):
            return some  # 'patients who have attended more than 3 appointments' of appointments 'booked, attended, missed or
            # cancelled' ('D = did not attend'): which appointments, and the spec counts them all
        if _act_rows_uncounted(acted, pipeline, schema):
            return [f"count of {acted} rows"]  # 'the number of frames sold' counted as distinct frames: not the sales
        return True  # 'members who ordered at least three times': the orders counted
    if is_past_verb(word) and any(verb_lemma(word) in table_acts(found) for t in evidence.anti_joined if (found := schema.catalog.table(t))):
        return True  # 'clients who have never left us a review' of `rvw`, 'Reviews clients left after a visit', none of which they have
    if word in ("after", "less", "minus", "net") and re.search(rf"\b{word} (?:of )?(?:the |any |all |their |our )?discount", sequence) and re.search(r"\(\s*(?:1|100)\s*-\s*[a-z_.]+", evidence.text):
        return True  # 'takings after discounts': the price less the discount the spec takes off
    if word in ANALYTICAL or base in ANALYTICAL or word in GRAINS or base in GRAINS:
        return []
    if _event_verb(word) and (coded := _a_code_names(word, set(evidence.tables), schema, evidence)):
        return coded  # 'the events held in 2026' where 'D = done (event held)': which events, and the spec keeps them all
    if _event_verb(word) and (kinds := _rows_of_other_kinds(word, set(evidence.tables), schema, evidence)):
        return kinds  # 'clients we catered more than 5 events for' where the events are 'we cater or were asked to cater'
    if _event_verb(word) and (acts := _a_code_says_the_act(word, set(evidence.tables), schema, evidence)):
        return acts  # 'patients who have attended 3 appointments' where 'D = did not attend': which appointments
    if _event_verb(word) and (missing := _a_missing_value_says_the_act(word, set(evidence.tables), schema, evidence)):
        return missing  # 'show entries where we got placed' where 'NULL = not placed' and the spec keeps them all
    if _event_verb(word) and (unnamed := _codes_left_unnamed(word, schema, evidence)):
        return unnamed  # 'the certificates that failed' where a legend of theirs names not every code: maybe the state unnamed
    if _event_verb(word) and is_past_verb(word) and not schema.values.get(verb_lemma(word) or base) and (ahead := _codes_not_happened_yet(evidence, schema)):
        return ahead  # 'sight tests we carried out' of appointments 'B = booked (not happened yet)': which of them happened
    if _event_verb(word):  # 'voided bills' where a status says 'void': which rows, and the spec keeps them all (a gerund a
        # legend's value is called, 'SH = sharpening per knife', is that value)
        stated = schema.values.get(verb_lemma(word) or base) or (_values_called(word, schema) if word.endswith("ing") else set())
        if not stated and _befalls_some_rows(word, schema, evidence):
            return []  # 'the pieces refused' where nothing records a refusal: an act that befalls some rows, which of them is not told
        if not stated:
            return True
        return [f"{t}.{c} = '{v}'" for t, c, v in sorted(stated)][:3]
    return schema.readings(word)


def _time_spent_on_an_unread_act(word: str, schema: SchemaIndex, evidence: Evidence, sequence: str) -> bool:
    """'hours spent instructing': the act the time is spent on must be one that a table whose amounts the spec uses
    records (its comment's acts, its name, or a column's words or comment), else the time summed is of something else."""
    act = verb_lemma(word)
    if not act or not re.search(rf"\bspend\s+{re.escape(lemma(word))}\b", sequence):
        return False
    for name in evidence.tables:
        table = schema.catalog.table(name)
        if table is None or not any(c.name.lower() in evidence.identifiers and is_measuring_number(c.name, c.type) for c in table.columns):
            continue  # (the table of those who did it, `coaches`, holds no time)
        said = {verb_lemma(w) or w for c in table.columns for w in (*spoken_words(c.name), *re.findall(r"[a-z]+", (c.comment or "").lower()))}
        said |= {verb_lemma(w) or w for w in spoken_words(table.name)}
        if act in table_acts(table) | said | {verb_lemma(w) or w for w in re.findall(r"[a-z]+", (table.comment or "").lower())}:
            return False
    return True


def _holds_a_number(evidence: Evidence, schema: SchemaIndex) -> bool:
    """Does the spec sum or average a column whose comment says it is the number of something ('number of seeds asked for'),
    or that is named for the things it counts (`seats`)?"""
    from ai_etl.language.rankings import named_as_a_count

    return any(
        (counts_of(schema.catalog.table(t).column(c)) or named_as_a_count(schema.catalog.table(t), c))
        and re.search(rf"\b(?:sum|avg)\s*\(\s*{re.escape(name)}\b", evidence.text, re.I)
        for name in evidence.identifiers for t, c in schema.column_names.get(name, ())
    )  # fmt: skip


def _named_elements(word: str, base: str, schema: SchemaIndex) -> tuple[set[str], set[tuple[str, str]]] | None:
    if base == word and word.endswith("s") and not (schema.tables.get(word) or schema.columns.get(word)):
        base = word.removesuffix("s")  # a plural the lexicon does not know ('checkins')
    tables = schema.tables.get(base, set()) | schema.tables.get(word, set()) or schema.tables_named(word)
    if tables and (short := cut_short_for(schema.catalog, word)):
        tables = tables | {short}  # 'subscribers' of `subs`, whatever synonym of a part of another name the word is too
    columns = schema.columns.get(base, set()) | schema.column_names.get(word, set())
    gerund = word.endswith("ing") and verb_lemma(word)  # 'from opening to closing': the acts `opened_at` and `closed_at` record
    if (is_past_verb(word) or gerund) and (act := verb_lemma(word)) and act != base:  # 'registered': also the date a comment
        columns |= {(t, c) for t, c in schema.columns.get(act, set()) if c.lower() in schema.time_columns}  # says records it
    return (tables, columns) if tables or columns else None


def _satisfied(construct: str, evidence: Evidence) -> bool:
    if construct == "group":
        return evidence.grouped
    if construct == "anti":
        return evidence.anti_join
    if construct == "dedupe":
        return evidence.deduplicated
    if construct == "join":
        return len(evidence.tables) > 1
    if construct == "upsert":
        return evidence.load_mode in ("incremental", "upsert")
    if construct == "incremental":
        return evidence.load_mode in ("incremental", "append", "upsert")
    return evidence.has(construct)


def _number(word: str) -> str | None:
    word = word.rstrip("%").lstrip("$")
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return word.rstrip("0").rstrip(".") if "." in word else str(int(word))
    if re.fullmatch(r"\d+(st|nd|rd|th)", word):
        return str(int(word[:-2]))
    if said := re.fullmatch(r"(\d{1,2})(?::\d\d)?(am|pm)", word):  # '2am', '6pm': the hour the schedule says
        return str(int(said[1]) % 12 + (12 if said[2] == "pm" else 0))
    return None


def _in_schedule(number: str, pipeline: Pipeline) -> bool:
    """A number of the schedule: its hour (24 h or 12 h), minute, step or day of month."""
    if pipeline.schedule is None:
        return False
    fields = re.findall(r"\d+", pipeline.schedule.cron)
    hours = {str(int(h) % 12 or 12) for h in re.findall(r"\d+", pipeline.schedule.cron.split()[1])}
    return number in {str(int(f)) for f in fields} | hours


def _schedule_word(word: str, pipeline: Pipeline) -> bool | list[str] | None:
    """Words of when the pipeline runs: accounted for by its cron (a weekday must be the cron's)."""
    if pipeline.schedule is None:
        return True if word in ON_DEMAND_WORDS else None
    if word in WEEKDAYS:
        days = pipeline.schedule.cron.split()[4]
        return True if _dow_matches(days, WEEKDAYS[word]) else [f"schedule {pipeline.schedule.cron}"]
    if (word in SCHEDULE_WORDS or lemma(word) in SCHEDULE_WORDS) and word not in GRAINS and lemma(word) not in GRAINS:
        return True
    return None


def _a_code_named_by(act: str | None, catalog: Catalog) -> bool:
    """Does a legend name a code by the act ('S = sent to the customer' of 'send')?"""
    return any(verb_lemma(name.split()[0]) == act for t in catalog.tables for c in t.columns for names in c.value_names.values() for name in names)


def _dow_matches(field: str, day: int) -> bool:
    if field == "*":
        return False
    for part in field.split(","):
        if "-" in part:
            low, high = (int(x) for x in part.split("-"))
            if low <= day <= high:
                return True
        elif part.isdigit() and int(part) % 7 == day:
            return True
    return False


def _act_of_a_used_column(act: str | None, schema: SchemaIndex, evidence: Evidence) -> bool:
    """Does the comment of a column the spec uses say the act ('Fee charged, GBP' of 'the fee charged', 'Date the ticket
    was sold' of 'tickets we sold in 2025' kept by that date)? Then the verb says what the column is, no condition."""
    return bool(act) and any(
        act in {verb_lemma(w) for w in re.findall(r"[a-z]+", (c.comment or "").lower())}
        for t in evidence.tables if (table := schema.catalog.table(t)) for c in table.columns
        if c.name.lower() in evidence.identifiers and (is_numeric(c.type) or (c.name.lower() in schema.date_columns and not PLANNED_FOR.search((c.comment or "").lower()))) and c.name not in table.references and c.name not in (table.primary_key or [])
    )  # fmt: skip (an amount's or a date's comment, never a key's: 'frame sold from stock' of `frm_id` says which frame, not what was sold;
    # nor a date only planned: 'date the spot was booked to run' says which spots ran no more than a code does)


def _act_kept_by_a_column(word: str, schema: SchemaIndex, evidence: Evidence) -> bool | list[str] | None:
    """True where the act said is one a column the spec tests records (`acts.acts_kept_of`); that column's values as the
    reading where the spec does not test it (the act happened to some rows only); None where no column of the rows read
    records it."""
    act = act_said(word)
    kept = [(t, c) for t in sorted(evidence.tables) if act and (table := schema.catalog.table(t)) for c, acts in acts_kept_of(schema.catalog, table).items() if act in acts]
    if not kept:
        return None
    tested = [c for _, c in kept if re.search(rf"\b(?:is(?:Not)?Null\(\s*{re.escape(c)}\s*\)|{re.escape(c)}\s+is\s+(?:not\s+)?null)", evidence.text, re.I)]
    if tested:
        return True
    if any(c.lower() in evidence.identifiers for _, c in kept):
        return None  # joined or grouped on ('work orders each contractor has been assigned', 'frames sold'): the other readings say
    return [f"{t}.{c} is not null" for t, c in kept][:3]


# verbs of still having a thing: 'the toys we've still got', 'the vans we still have'
HOLDING = {"get", "have", "hold", "keep", "own"}


# what a spec keeps some rows by
CONDITIONS = {"negation", "known", "comparison", "case", "disjunction", "exists", "pattern", "dedupe"}


def _befalls_some_rows(word: str, schema: SchemaIndex, evidence: Evidence) -> bool:
    """A past participle of an act that happens to some rows only, after they exist ('refused', 'rejected', 'voided'), which
    the rows read do not record as what each of them is ('Rejected claims' would), where the spec keeps every row: said of
    them, it says which (a spec that keeps some by a condition may say it in the schema's words: 'lost to the weather' of
    'W = weather')."""
    act = verb_lemma(word)
    if not is_past_verb(word) or act not in LATER_ACTS | STOPPED or evidence.strings or evidence.anti_join or evidence.constructs & CONDITIONS:
        return False
    return not any(act in table_acts(t) for t in schema.catalog.tables if t.name in evidence.tables)


def _event_verb(word: str) -> bool:
    """A verb form that names what happened to the rows ('sold', 'placed', 'published') and no
    column: it describes the data rather than selecting it."""
    classes = word_classes(word)
    return "VERB" in classes and "NOUN" not in classes and word not in NOT_YET  # 'open' says which rows: a state


def _phrases(text: str, missing: list[tuple[int, str, list[str]]]) -> list[Gap]:
    """Adjacent unaccounted words as one phrase, with the readings of its words."""
    gaps: list[Gap] = []
    last_end = -10
    for position, word, readings in sorted(missing):
        if gaps and position < last_end:  # ('came back' then its 'back': one phrase, never 'came backback')
            gaps[-1].phrase += text[last_end : position + len(word)]
            gaps[-1].readings = list(dict.fromkeys(gaps[-1].readings + readings))[:3]
            last_end = max(last_end, position + len(word))
            continue
        gap_between = text[last_end:position] if last_end >= 0 else ""
        if gaps and re.fullmatch(r"\s*(?:\w+\s+)?", gap_between) and len(gap_between.split()) <= 1 and _only_function(gap_between):
            gaps[-1].phrase += text[last_end:position] + word
            gaps[-1].readings = list(dict.fromkeys(gaps[-1].readings + readings))[:3]
        else:
            gaps.append(Gap(phrase=word, readings=readings[:3]))
        last_end = position + len(word)
    return gaps


def _only_function(between: str) -> bool:
    return all(w in FUNCTION_WORDS for w in between.split())


def with_coverage(qa: QaReport, report: CoverageReport) -> QaReport:
    """QA's report with faithfulness as one more check: the gaps become a failure a Reflector (a
    remote LLM) can act on, and the score counts it."""
    checks = {**qa.checks, "coverage": report.complete}
    failures = [*qa.failures] + ([] if report.complete else [QaFailure(check="coverage", where="request", message=report.refusal())])
    return qa.model_copy(update={"checks": checks, "failures": failures, "passed": not failures, "score": round(sum(checks.values()) / len(checks), 3)})


def grounding_score(request: str, catalog: Catalog) -> int:
    """How many distinct content words of `request` name something in `catalog` (which source a
    request is about, when a project has several)."""
    index = SchemaIndex(catalog)
    text = _normalized(request, schema_names(catalog))
    words = {w for w in re.findall(r"[\w]+", text) if w not in FUNCTION_WORDS and w not in PIPELINE_WORDS}
    values = {v for v in index.values if len(v) > 3 and re.search(rf"(?<!\w){re.escape(v)}(?!\w)", text)}
    return sum(index.names(w) for w in words) + len(values)
