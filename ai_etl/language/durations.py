"""How long a row lasted: 'the average ride duration in minutes', 'the longest trip time', 'total
hours of each session'. A row that lasts has a start and an end time (`started_at` / `ended_at`,
`check_in` / `check_out`, `departed_at` / `arrived_at`); its duration is the time between them, in the
unit said (minutes for times of day, days for dates, when none is)."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import CatalogTable
from ai_etl.language.reading import STAMP_WORDS, Parse, column_of
from ai_etl.language.spoken import spoken_words, table_prefix

STARTS = {"start", "begin", "depart", "departure", "pickup", "checkin", "open", "launch", "board", "enter", "entry"}
ENDS = {"end", "finish", "stop", "arrive", "arrival", "dropoff", "checkout", "close", "complete", "completion", "land", "return", "exit"}
UNITS = {"second": "second", "seconds": "second", "minute": "minute", "minutes": "minute", "hour": "hour", "hours": "hour", "day": "day", "days": "day"}
DURATION = re.compile(
    r"\b(?P<noun>duration|durations|length|lengths|time|times)\s+(?:in\s+(?P<unit>seconds|minutes|hours|days)\b)?"
    r"|\b(?P<noun2>duration|durations)\b"
    r"|\bhow\s+(?:long|many\s+(?P<unit2>seconds|minutes|hours|days))\s+(?:each\s+|the\s+|a\s+)?(?P<of>[a-z_]+)\s+(?:lasted|lasts|took|takes|last|take)\b"
)


def span_of(table: CatalogTable) -> tuple[str, str] | None:
    """The one start and the one end time of a row of the table, if it has exactly one of each."""
    prefix = table_prefix([c.name for c in table.columns])
    events = {c.name: "".join(w for w in spoken_words(c.name, prefix) if w not in STAMP_WORDS) for c in table.columns if c.type.startswith(("date", "timestamp"))}
    starts = [c for c, e in events.items() if e in STARTS]
    ends = [c for c, e in events.items() if e in ENDS]
    return (starts[0], ends[0]) if len(starts) == 1 and len(ends) == 1 else None


def duration_expression(p: Parse, said: str) -> tuple[str, re.Match] | None:
    """`dateDiff('<unit>', t.start, t.end)` for a phrase that asks how long the main table's rows
    lasted ('ride duration in minutes'), and the words that said it; None when it says no such thing
    or the table has a column for it (`duration_minutes` is read as a column)."""
    match = DURATION.search(said)
    main = p.catalog.table(p.intent.main_table) if p.intent.main_table else None
    if not match or main is None or column_of(main, (match["noun"] or match["noun2"] or "duration")):
        return None
    span = span_of(main)
    if span is None:
        return None
    unit = UNITS.get(match["unit"] or match["unit2"] or "")
    if unit is None:
        unit = "day" if main.column(span[0]).type == "date" else "minute"
    return f"dateDiff('{unit}', {main.name}.{span[0]}, {main.name}.{span[1]})", match
