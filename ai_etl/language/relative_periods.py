"""Periods said from the day a pipeline runs: 'in the last 7 days', 'over the past three months', 'this month',
'last year', 'yesterday', 'so far this year'. They become a condition on the date the period is of, computed each
time the pipeline runs (`today()`), so a scheduled load keeps a rolling window instead of the day it was written."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ai_etl.agents.contracts import Condition
from ai_etl.language.dates import MONTH
from ai_etl.language.reading import Parse, blank, column_type, is_numeric
from ai_etl.language.schedule_text import NUMBER, number_value

# the start of the period a date falls in, by unit (weeks start on Monday)
_START_OF = {"week": "toMonday", "month": "toStartOfMonth", "quarter": "toStartOfQuarter", "year": "toStartOfYear"}
_UNIT = r"(?P<unit>day|week|month|quarter|year)"

# 'in the last 7 days', 'within the past three months', 'over the previous 2 weeks', 'the trailing 12 months'
_WITHIN = re.compile(
    rf"\b(?:(?:in|within|during|over|for|from|of)\s+)?(?:the\s+)?(?:last|past|previous|preceding|trailing|rolling|recent)\s+(?P<n>{NUMBER})\s+{_UNIT}s?\b"
)
# 'in the last month', 'over the past week': one unit back from today (the calendar period before is 'last month')
_WITHIN_ONE = re.compile(rf"\b(?:in|within|during|over|for)\s+the\s+(?:last|past)\s+{_UNIT}\b(?!\s*(?:of|'s|’s)\b)")
# 'this month', 'the current quarter', 'last year', 'the previous week', 'so far this year', 'year to date'
_PERIOD = re.compile(
    rf"\b(?:(?:so\s+far\s+)?(?P<this>this|the\s+current|current)|(?P<last>last|the\s+previous|previous|the\s+prior|prior))\s+{_UNIT}(?:'s|’s)?\b(?!\s+(?:of|in)\b)"
    rf"|\b(?P<todate>year|month|week|quarter)[\s-]+to[\s-]+date\b|\b(?P<ytd>ytd|mtd)\b"
)
_DAYS = re.compile(r"\b(?P<day>today|yesterday)(?:'s|’s)?\b")
# 'sent more than 60 days ago', 'over 3 months old', 'older than 2 weeks': dated before that far back from today
_AGE = re.compile(
    rf"\b(?P<cmp>more\s+than|over|at\s+least|longer\s+than)\s+(?P<n>{NUMBER})\s+{_UNIT}s?\s+(?:ago|old)\b"
    rf"|\bolder\s+than\s+(?P<n2>{NUMBER})\s+(?P<unit2>day|week|month|quarter|year)s?\b"
)


@dataclass(frozen=True)
class PeriodSaid:
    """A period said from today: `op` 'within_last' with value [count, unit], 'older_than' with [count, unit, '<' or '<='],
    or 'in_period' with [unit, periods back]."""

    start: int
    end: int
    op: str
    value: tuple[str, ...]


def periods_said(text: str) -> list[PeriodSaid]:
    """Every period `text` says from today, in the order said (a span read once)."""
    found: list[PeriodSaid] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match, op: str, value: tuple[str, str]) -> None:
        if not any(s < match.end() and match.start() < e for s, e in taken):
            taken.append(match.span())
            found.append(PeriodSaid(match.start(), match.end(), op, value))

    for match in _WITHIN.finditer(text):
        add(match, "within_last", (str(number_value(match["n"])), match["unit"]))
    for match in _WITHIN_ONE.finditer(text):
        add(match, "within_last", ("1", match["unit"]))
    for match in _PERIOD.finditer(text):
        unit = match["unit"] or match["todate"] or {"ytd": "year", "mtd": "month"}.get(match["ytd"] or "")
        add(match, "in_period", (unit, "1" if match["last"] else "0"))
    for match in _AGE.finditer(text):
        add(match, "older_than", (str(number_value(match["n"] or match["n2"])), match["unit"] or match["unit2"], "<=" if match["cmp"] == "at least" else "<"))
    for match in _DAYS.finditer(text):
        if re.search(r"\b(?:as\s+of|up\s+to|until|till|through|before|since|from|by)\s+$", text[: match.start()]):
            continue  # 'as of today', 'up to yesterday': a bound or a moment, not the rows of that day
        add(match, "in_period", ("day", "1" if match["day"] == "yesterday" else "0"))
    return sorted(found, key=lambda said: said.start)


def read_relative_periods(p: Parse, column: str | None) -> None:
    """The periods said from today, as conditions on `column` (the date the request's period is of), blanked once
    read; none where there is no such date (the words stay unread, and the coverage check asks)."""
    if column is None:
        return
    kind = column_type(p, column)
    if not (kind.startswith(("date", "timestamp")) or is_numeric(kind)):  # (a number `when_column` gives is a year)
        return
    for said in periods_said(p.text):
        if said.op == "in_period" and _named_elsewhere(said.value[0], p.text):
            continue  # 'in 2026 ... even if we bought nothing from them this year': the year said
        if is_numeric(kind) and said.value[0 if said.op == "in_period" else 1] != "year":
            continue  # a year column holds no months
        p.intent.conditions.append(Condition(column=column, op=said.op, value=list(said.value)))
        blank(p, said.start, said.end)


def _named_elsewhere(unit: str, text: str) -> bool:
    """Does the request name the period 'this year' or 'this month' stands for ('in 2026', 'this year (2025)', 'in March')?"""
    if unit in ("year", "quarter"):
        return bool(re.search(r"\b(?:19|20)\d{2}\b", text))
    return unit == "month" and bool(re.search(rf"\b{MONTH}(?![a-z])", text))


def period_sql(column: str, op: str, value: list[str], kind: str) -> str:
    """ClickHouse for a period from today on `column` of type `kind` (a date, a time, or an integer year)."""
    if is_numeric(kind):  # a year column: 'this year', 'last year', 'in the last 3 years', 'more than 5 years ago'
        if op == "older_than":
            return f"{column} {value[2]} toYear(today()) - {int(value[0])}"
        return f"{column} >= toYear(today()) - {int(value[0])}" if op == "within_last" else f"{column} = toYear(today()) - {int(value[1])}"
    if op == "older_than":  # 'sent more than 60 days ago': on or before the day that far back, as `current_date - 60`
        return f"{column} {value[2]} today() - toInterval{value[1].capitalize()}({int(value[0])})"
    if op == "within_last":
        count, unit = int(value[0]), value[1]  # whole days back from today, as `current_date - interval '7 days'` (a time too)
        return f"{column} >= today() - toInterval{unit.capitalize()}({count})"
    unit, back = value[0], int(value[1])
    if unit == "day":
        return f"toDate({column}) = today()" + (f" - {back}" if back else "")
    start = _START_OF[unit]
    today = f"today() - toInterval{unit.capitalize()}({back})" if back else "today()"
    return f"{start}({column}) = {start}({today})"


def period_markers(said: PeriodSaid) -> tuple[str, ...]:
    """What `period_sql` writes for this period after its column's comparison, of a date and of a year column (lower case):
    what the coverage check looks for in a spec, whatever the column."""
    unit = said.value[0] if said.op == "in_period" else said.value[1]
    kinds = ("date", "integer") if unit == "year" else ("date",)  # (a year column holds no months: `read_relative_periods`)
    written = (period_sql("c", said.op, list(said.value), kind).lower() for kind in kinds)
    return tuple(dict.fromkeys(re.search(r"(?:<=|>=|<|=).*", sql)[0] for sql in written))
