"""What a pipeline spec actually does, read from the spec itself (whichever model wrote it).

Only the parts that change rows count: the tables read, filters, joins, groupings, measures,
derived columns, deduplication, windows, free SQL and the load settings. Output names (`AS
total_revenue`, a measure's `name`), descriptions, checks and the target table are left out on
purpose: a name copied from the request proves nothing about what the SQL computes.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from dataclasses import dataclass, field

from ai_etl.spec import (
    AggregateTransform,
    DeduplicateTransform,
    DeriveTransform,
    FilterTransform,
    JoinTransform,
    Pipeline,
    PostgresSource,
    SelectTransform,
    SqlTransform,
    WindowTransform,
)

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_STRING = re.compile(r"'((?:[^'\\]|\\.|'')*)'")  # 'it''s' and 'it\'s' alike
_NUMBER = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?![\w])")

# constructs a request's analytical words need, as patterns over the SQL (ClickHouse and PostgreSQL)
CONSTRUCTS = {
    "sum": r"\bsum\w*\s*\(",
    "avg": r"\bavg\w*\s*\(|/\s*nullif\s*\(\s*count\s*\(",  # (a sum over the count: an average kept exact, `spec_writer._exact_aggregate`)
    "count": r"\bcount\w*\s*\(|\buniq\w*\s*\(|\bsum\s*\(\s*(?:\w+_)?(?:count|cnt|counts|tally|occurrences)(?:_\w+)?\s*\)",  # a tally column's sum
    # counts ('how many letters did we cut': `sum(ltr_cnt)`)
    "max": r"\bmax\w*\s*\(|\bargmax\s*\(|\bgreatest\s*\(",
    "min": r"\bmin\w*\s*\(|\bargmin\s*\(|\bleast\s*\(",
    "distinct": r"\bdistinct\b|\buniq\w*\s*\(",
    "limit": r"\blimit\s+\d+|\brow_number\s*\(|\brank\s*\(|\bdense_rank\s*\(",
    "order_desc": r"\bdesc\b",
    "order": r"\border\s+by\b",
    "order_asc": r"\border\s+by\s+[\w.()]+(?:\s+asc)?\s*(?:,|\)|\blimit\b|$)",  # the first key lowest first ('the 3 cheapest')
    "negation": r"!=|<>|\bnot\b|\bis\s+null\b|\bisnull\s*\(|\w\s*(?<![<>!])=\s*0(?![.\d])",  # 'without a city': city is null; 'without a fee': fee = 0
    "sum_quantity": r"\bsum\s*\(\s*\w*(?:quantity|qty)\w*\s*\)",  # 'how many units': the quantities summed
    "fill": r"\bcoalesce\s*\(|\bifnull\s*\(",  # 'unknown where the segment is missing'
    "whole_window": r"\bover\s*\(\s*\)",  # a window over every row: a share of all groups
    "known": r"\bisnotnull\s*\(|\bis\s+not\s+null\b",
    "comparison": r"(?<![<>!=])(?:<=?|>=?)(?![<>])|\bbetween\b",
    "division": r"/",
    "multiply": r"[\w)]\s*\*\s*[\w(]",
    "subtract": r"[\w)]\s+-\s+[\w(]|\bdatediff\s*\(|\bdate_diff\s*\(|\bage\s*\(",
    "case": r"\bcase\b|\bif\s*\(|\bif\w*\s*\(|\w+if\s*\(",
    "round": r"\bround\s*\(",
    "lower": r"\blower\w*\s*\(",
    "upper": r"\bupper\w*\s*\(",
    "trim": r"\btrim\w*\s*\(",
    "disjunction": r"\bor\b|\bin\s*\(\s*[,)]|\bhas\s*\(\s*\[",  # literals are blanked first: in ('a', 'b') -> in ( ,  )
    "all_of": r"\bhaving\s+(?:uniq\w*\s*\(|count\s*\(\s*distinct\b)",
    "exists": r"\bexists\b|\bin\s*\(\s*select\b|\bsemi\b",
    "dedupe": r"\blimit\s+\d+\s+by\b|\bdistinct\s+on\b|\brow_number\s*\(|\bargmax\s*\(|\bfinal\b",
    "pattern": r"\bi?like\b|\bstartswith\s*\(|\bendswith\s*\(|\bposition\w*\s*\(|\bmatch\s*\(",
    "outer": r"\b(?:left|right|full)\s+(?:outer\s+)?join\b",  # rows kept with no related row ('including those with none'; a left join step too)
    "now": r"\bnow\s*\(|\btoday\s*\(|\bcurrent_date\b|\bcurrent_timestamp\b|\binterval\b",
}


@dataclass
class Evidence:
    """The names, literals and constructs a pipeline's row-changing parts use."""

    tables: set[str] = field(default_factory=set)
    identifiers: set[str] = field(default_factory=set)
    strings: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    constructs: set[str] = field(default_factory=set)
    load_mode: str = "full_refresh"
    grouped: bool = False
    anti_join: bool = False
    anti_joined: set[str] = field(default_factory=set)  # the tables whose rows must be missing
    deduplicated: bool = False
    keys: set[str] = field(default_factory=set)  # the columns rows are grouped, partitioned or deduplicated by
    text: str = ""
    output_names: set[str] = field(default_factory=set)
    derived_names: set[str] = field(default_factory=set)
    kept_derived_names: set[str] = field(default_factory=set)
    passthrough_tables: set[str] = field(default_factory=set)
    transform_code: bool = False

    def has(self, construct: str) -> bool:
        return construct in self.constructs


def pipeline_evidence(pipeline: Pipeline, transform_code: str | None = None) -> Evidence:
    """The evidence of one spec and its Python transform, if any (see the module docstring)."""
    found = Evidence(load_mode=pipeline.load.mode, transform_code=bool(transform_code))
    if transform_code:  # names and literals of the code the extract runs (the columns it makes)
        add_sql(found, re.sub(r"#[^\n]*", " ", transform_code))
    parts: list[str] = []
    source = pipeline.source
    if isinstance(source, PostgresSource):
        if source.table:
            found.tables.add(source.table)
        if source.query:
            parts.append(source.query)
    else:
        found.tables.add(source.name)
    parts += [pipeline.load.cursor or "", *pipeline.load.key]
    derived: dict[str, str] = {}  # a derived or joined column counts only if it reaches the output (or a later step uses it)
    for step in pipeline.transformations:
        if _reshapes(step) or isinstance(step, FilterTransform):
            said = _step_text(step)
            parts += [expr for name, expr in derived.items() if re.search(rf"\b{re.escape(name)}\b", said)]
            derived = {name: expr for name, expr in derived.items() if not _reshapes(step)}
        if isinstance(step, FilterTransform):
            parts.append(step.condition)
        elif isinstance(step, AggregateTransform):
            found.grouped = found.grouped or bool(step.group_by)
            parts += [c.expr or c.source or c.name for c in step.group_by] + [m.expr for m in step.measures]
            found.keys.update((c.source or c.name).lower() for c in step.group_by if not c.expr)
        elif isinstance(step, DeriveTransform):
            derived |= {m.name: m.expr for m in step.columns}
        elif isinstance(step, SelectTransform):
            parts += [c.expr or c.source or c.name for c in step.columns]
        elif isinstance(step, JoinTransform):
            found.tables.update(step.tables)
            found.anti_join = found.anti_join or step.how == "anti"
            if step.how == "anti":
                found.anti_joined.update(step.tables)
            if step.how == "left":
                found.constructs.add("outer")
            parts += [step.left_on, step.right_on, *(step.where and [step.where] or []), *(h.right_on for h in step.through)]
            derived |= {c.name: c.expr or c.source or c.name for c in step.columns}  # taken along: counts if it reaches the output
        elif isinstance(step, DeduplicateTransform):
            found.deduplicated = True
            parts += [*step.key, step.latest_by]
            found.keys.update(k.lower() for k in step.key)
        elif isinstance(step, WindowTransform):
            for column in step.columns:
                found.grouped = found.grouped or bool(column.partition_by)
                parts += [column.function, *column.partition_by, *column.order_by]
                found.keys.update(k.lower() for k in column.partition_by)
        elif isinstance(step, SqlTransform):
            parts.append(step.sql)
            for listed in re.findall(r"\b(?:limit\s+\d+\s+by|group\s+by|partition\s+by)\s+((?:\w+\s*,\s*)*\w+)", step.sql, re.IGNORECASE):
                found.keys.update(k.strip().lower() for k in listed.split(","))
    parts += derived.values()
    add_sql(found, "\n".join(p for p in parts if p))
    found.output_names = _output_names(pipeline)
    if not any(_reshapes(step) for step in pipeline.transformations):
        found.passthrough_tables = {source.entity}  # every column of the source is in the output table
    found.derived_names = {c.name.lower() for step in pipeline.transformations if isinstance(step, DeriveTransform) for c in step.columns}
    steps = pipeline.transformations
    found.kept_derived_names = {  # derived and not aggregated away after: a column of the final table
        c.name.lower() for i, step in enumerate(steps) if isinstance(step, DeriveTransform)
        if not any(isinstance(later, (AggregateTransform, SqlTransform)) for later in steps[i + 1 :]) for c in step.columns
    }  # fmt: skip
    return found


def _step_text(step) -> str:
    """Every expression a step says, as one text (which columns it reads)."""
    return step.model_dump_json()


def _reshapes(step) -> bool:
    """Does the step change which columns the rows have? (`select * from {{ input }} order by .. limit`
    keeps them all: it only chooses rows.)"""
    if isinstance(step, SqlTransform):
        return not re.match(r"\s*select\s+\*\s+from\s+\{\{\s*input\s*\}\}", step.sql, re.IGNORECASE)
    return isinstance(step, (AggregateTransform, SelectTransform))


def _output_names(pipeline: Pipeline) -> set[str]:
    """Names the spec gives to columns it makes (measures, derived, window, renamed)."""
    names: set[str] = set()
    for step in pipeline.transformations:
        for attribute in ("columns", "measures", "group_by"):
            for item in getattr(step, attribute, None) or []:
                if isinstance(item, str):
                    names.add(item.lower())
                elif getattr(item, "name", None):
                    names.add(item.name.lower())
        if isinstance(getattr(step, "columns", None), dict):
            names.update(v.lower() for v in step.columns.values())
    return names


def add_sql(found: Evidence, sql: str) -> None:
    """Collect identifiers, literals and constructs from SQL text (lexically: Jinja and dialects
    differ, and a name or a literal is what the coverage check needs)."""
    without_aliases = re.sub(r"\bas\s+[`\"]?[A-Za-z_]\w*[`\"]?", " ", sql, flags=re.IGNORECASE)
    lowered = without_aliases.lower()
    found.text += "\n" + lowered
    for literal in _STRING.findall(without_aliases):
        value = re.sub(r"\\(.)", r"\1", literal.replace("''", "'"))
        found.strings.add(value.lower().strip())
        if "%" in value:  # a LIKE pattern: the text it spells, and its words
            spelled = re.sub(r"(?<!\\)[%_]", " ", value).replace("\\", "").lower().split()
            found.strings.update([" ".join(spelled), *spelled, *re.findall(r"[a-z0-9]+", " ".join(spelled))])
        found.numbers.update(str(int(n)) if n.isdigit() else n for n in re.findall(r"\d+(?:\.\d+)?", value))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):  # a day bounds its month, and an exclusive bound the month before
            day = date.fromisoformat(value)  # an exclusive bound also says the day before it ('after the 15th' is >= the 16th)
            found.strings.update(_month_names(day))
            found.numbers.add(str((day - timedelta(days=1)).day))
    for _, low, high in _RANGE.findall(lowered):  # 'October, November and December 2024': the months inside a range too
        found.strings.update(_months_within(date.fromisoformat(low), date.fromisoformat(high)))
    code = _STRING.sub(" ", lowered)
    code = re.sub(r"\bselect\s+\*|\.\*|\(\s*\*\s*\)|,\s*\*", " ", code)  # '*' as 'all columns', not a product
    found.identifiers.update(i.lower() for i in _IDENTIFIER.findall(code))
    found.numbers.update(_normal_number(n) for n in _NUMBER.findall(code))
    for name, pattern in CONSTRUCTS.items():
        if re.search(pattern, code):
            found.constructs.add(name)
    if re.search(r"\bgroup\s+by\b|\bpartition\s+by\b", code):
        found.grouped = True
    if "dedupe" in found.constructs:
        found.deduplicated = True
    found.tables.update(re.findall(r"\b(?:from|join)\s+(?:[a-z_]\w*\.)?([a-z_]\w*)", code))


# `c >= '2024-10-01' and c < '2025-01-01'`: a range of days on one column
_RANGE = re.compile(r"([a-z_][\w.]*)\s*>=\s*'(\d{4}-\d{2}-\d{2})'\s+and\s+\1\s*<\s*'(\d{4}-\d{2}-\d{2})'")


def _months_within(low: date, high: date) -> set[str]:
    """The names of the months a range of at most a year holds whole."""
    names: set[str] = set()
    day = low
    while low.day == 1 and day < high and (high - low).days <= 366:
        names |= {calendar.month_name[day.month].lower(), calendar.month_abbr[day.month].lower()}
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return names


def _month_names(day: date) -> set[str]:
    """The words a bound of a date range accounts for: its month's (and the month before's) names, and the
    quarter or half a first day of one starts or ends ('q4', 'fourth quarter', 'first half')."""
    months = {day.month, (day - timedelta(days=1)).month}
    names = {name.lower() for m in months for name in (calendar.month_name[m], calendar.month_abbr[m])}
    if day.day == 1 and day.month in (1, 4, 7, 10):
        quarters = {(day.month - 1) // 3 + 1, (day.month - 2) % 12 // 3 + 1}
        ordinals = {1: ("first", "1st"), 2: ("second", "2nd"), 3: ("third", "3rd"), 4: ("fourth", "4th", "last", "final")}
        names |= {"quarter", *(f"q{q}" for q in quarters), *(w for q in quarters for w in ordinals[q])}
        if day.month in (1, 7):
            names |= {"half", "first", "second", "last", "h1", "h2"}
    return names


def _normal_number(text: str) -> str:
    if "." in text:
        return text.rstrip("0").rstrip(".") or "0"
    return str(int(text))
