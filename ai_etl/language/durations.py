"""How long a row lasted: 'the average ride duration in minutes', 'the longest trip time', 'total
hours of each session'. A row that lasts has a start and an end time (`started_at` / `ended_at`,
`check_in` / `check_out`, `departed_at` / `arrived_at`); its duration is the time between them, in the
unit said (minutes for times of day, days for dates, when none is)."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import CatalogTable
from ai_etl.language.reading import STAMP_WORDS, Parse, column_of, event_of, stamps_of_event
from ai_etl.language.spoken import spoken_words, table_prefix, verb_lemma

STARTS = {"start", "begin", "depart", "departure", "pickup", "checkin", "open", "launch", "board", "enter", "entry"}
ENDS = {"end", "finish", "stop", "arrive", "arrival", "dropoff", "checkout", "close", "complete", "completion", "land", "return", "exit",
        "resolve", "resolution", "fix", "settle", "deliver", "delivery", "discharge"}  # fmt: skip
# When a row that is acted on began, for 'the time to resolve a ticket': its opening or creation.
BEGINNINGS = ("open", "create", "submit", "report", "raise", "log", "place", "request", "apply", "file", "receive", "start", "begin")
UNITS = {"second": "second", "seconds": "second", "minute": "minute", "minutes": "minute", "hour": "hour", "hours": "hour", "day": "day", "days": "day",
         "night": "day", "nights": "day"}  # fmt: skip
_UNIT = r"seconds|minutes|hours|days|nights"
DURATION = re.compile(
    rf"\b(?:how\s+(?:long|many\s+(?P<unit4>{_UNIT}))\s+(?:does|did|do|will)\s+it\s+take(?:\s+(?:us|them|you|people|the\s+team))?"
    rf"|(?:time|(?P<unit3>{_UNIT}))(?:\s+it\s+takes)?)\s+to\s+(?P<verb>[a-z]+)(?:\s+(?:out|up|off)\b)?"
    rf"|\b(?P<noun>duration|durations|length|lengths|time|times)\s+(?:of\s+(?:a\s+|the\s+|each\s+)?(?P<of2>[a-z_]+)\s+)?(?:in\s+(?P<unit>{_UNIT})\b)?"
    r"|\b(?P<noun2>duration|durations)\b"
    rf"|\bhow\s+(?:long|many\s+(?P<unit2>{_UNIT}))\s+(?:each\s+|the\s+|a\s+)?(?P<of>[a-z_]+)\s+(?:lasted|lasts|took|takes|last|take)\b"
)


def span_of(table: CatalogTable) -> tuple[str, str] | None:
    """The one start and the one end time of a row of the table, if it has exactly one of each."""
    prefix = table_prefix([c.name for c in table.columns])
    events = {c.name: "".join(w for w in spoken_words(c.name, prefix) if w not in STAMP_WORDS) for c in table.columns if c.type.startswith(("date", "timestamp"))}
    starts = [c for c, e in events.items() if e in STARTS]
    ends = [c for c, e in events.items() if e in ENDS]
    return (starts[0], ends[0]) if len(starts) == 1 and len(ends) == 1 else None


def _span_to(table: CatalogTable, verb: str) -> tuple[str, str] | None:
    """'the time to resolve': from the row's beginning (its one start, else its opening or creation) to the
    time named for the act (`resolved_at`), when exactly one column is."""
    ends = stamps_of_event(table, verb_lemma(verb) or verb)
    if len(ends) != 1:
        return None
    span = span_of(table)
    if span and span[1] == ends[0]:
        return span
    prefix = table_prefix([c.name for c in table.columns])
    for event in BEGINNINGS:
        begins = [c for c in stamps_of_event(table, event) if c != ends[0]] or [
            c.name for c in table.columns if c.type.startswith(("date", "timestamp")) and c.name != ends[0] and event_of(c.name, prefix).startswith(event)
        ]
        if len(begins) == 1:
            return begins[0], ends[0]
    return None


def duration_expression(p: Parse, said: str) -> tuple[str, re.Match] | None:
    """`dateDiff('<unit>', t.start, t.end)` for a phrase that asks how long the main table's rows
    lasted ('ride duration in minutes', 'length of stay in nights') or took to reach an act ('the time to
    resolve a ticket, in hours', 'how many days does it take to close a ticket'), and the words that said
    it; None when it says no such thing or the table has a column for it (`duration_minutes` is a column)."""
    match = DURATION.search(said)
    main = p.catalog.table(p.intent.main_table) if p.intent.main_table else None
    if not match or main is None:
        return None
    if match["verb"]:
        span = _span_to(main, match["verb"])
    elif column_of(main, (match["noun"] or match["noun2"] or "duration")):
        return None
    else:
        span = span_of(main)
    if span is None:
        return None
    later = re.search(rf"\bin\s+({_UNIT})\b", said[match.end() : match.end() + 40]) if match["verb"] else None  # 'to resolve a ticket, in hours'
    unit = UNITS.get(match["unit"] or match["unit2"] or match["unit3"] or match["unit4"] or (later[1] if later else ""))
    if unit is None:
        unit = "day" if main.column(span[0]).type == "date" else "minute"
    start, end = f"{main.name}.{span[0]}", f"{main.name}.{span[1]}"
    if main.column(span[0]).type == "date" and main.column(span[1]).type == "date" or unit == "second":
        return f"dateDiff('{unit}', {start}, {end})", match
    return f"dateDiff('second', {start}, {end}) / {SECONDS[unit]}", match  # elapsed, not boundaries crossed: 10:59 to 11:01 is 2 minutes, not 1 hour


SECONDS = {"minute": 60, "hour": 3600, "day": 86400}
