"""Rows by whether an event of theirs happened: 'returned loans', 'finished rides', 'rides that have
not ended yet', 'loans still out'. A table records an event as the date or time it happened
(`returned_on`, `ended_at`), empty until it does; the participle of the event says which rows.
A value of a status column said the same way ('cancelled orders' where `status` holds 'cancelled') is
read as that value before this (`said_values`)."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import Condition
from ai_etl.language.reading import Parse, blank, resolve_table, stamps_of_event
from ai_etl.language.spoken import verb_lemma

# Participles that say an event is over, and the events a table names it by ('finished' rides ended).
FINISHED = {"finish": ("end", "finish", "complete", "return", "stop"), "complete": ("complete", "end", "finish"), "end": ("end", "finish")}
NOT = r"(?P<neg>un|not\s+(?:yet\s+)?|never\s+)?"
PARTICLE = r"(?:\s+(?P<particle>out|in|up|off|back|over)\b)?"  # 'checked out': the event is a checkout
BEFORE_NOUN = re.compile(rf"\b{NOT}(?P<verb>[a-z]+(?:ed|en)){PARTICLE}\s+(?P<noun>[a-z_]+)\b")
AFTER_NOUN = re.compile(
    r"\b(?P<noun>[a-z_]+)\s+(?:(?:that|which|who)\s+(?:have|has|had|were|was|are|is)\s+(?P<neg>not\s+(?:yet\s+)?|never\s+)?(?:been\s+)?"
    rf"|(?P<neg2>not\s+(?:yet\s+)?))(?P<verb>[a-z]+(?:ed|en)){PARTICLE}(?!\w)(?:\s+yet)?"
)  # 'rides that have not ended yet', 'loans not returned yet', 'visits not checked out yet'


def _stamp(p: Parse, table: str, verb: str, particle: str | None = None) -> str | None:
    """The one date/time column of `table` the event a participle says is recorded in."""
    base = verb_lemma(verb)
    if not base:
        return None
    for event in ([base + particle] if particle else [base, *FINISHED.get(base, ())]):
        stamps = stamps_of_event(p.catalog.table(table), event)
        if len(stamps) == 1:
            return stamps[0]
    return None


def read_happened(p: Parse) -> None:
    """Append `not_null` (it happened) or `is_null` (it has not) on the event's column."""
    for pattern in (AFTER_NOUN, BEFORE_NOUN):
        for match in list(pattern.finditer(p.text)):
            table = resolve_table(p.catalog, match["noun"])
            if table != p.intent.main_table or not (column := _stamp(p, table, match["verb"], match["particle"])):
                continue
            op = "is_null" if match["neg"] or (pattern is AFTER_NOUN and match["neg2"]) else "not_null"
            if any(c.column == f"{table}.{column}" for c in p.intent.conditions):
                continue
            p.intent.conditions.append(Condition(column=f"{table}.{column}", op=op))
            if pattern is BEFORE_NOUN:
                blank(p, match.start(), match.start("noun"))
            else:
                blank(p, match.end("noun"), match.end())
