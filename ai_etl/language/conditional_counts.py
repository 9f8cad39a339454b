"""Counts of some of the rows beside a count of all of them: 'for each year, how many tools got tested and how many
failed' is one count of every test and one of the failed ones (`countIf`), never both counts of the failed tests.
A value said only in the second 'how many' is that count's condition, not a filter of the rows."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import MeasureIntent
from ai_etl.catalog.comments import said_forms
from ai_etl.language.reading import Parse

# 'how many tools got tested and how many failed', '... and how many of them were late'
SECOND_COUNT = re.compile(r"\bhow\s+many\b(?P<first>[^?.;]*?)\band\s+how\s+many\s+(?:of\s+(?:them|those|these)\s+)?(?P<rest>[^?.;,]*)")


def read_conditional_counts(p: Parse) -> None:
    """The value conditions said only after 'and how many' become the last count's own condition."""
    said = SECOND_COUNT.search(p.text)
    counts = [m for m in p.intent.measures if m.function == "count" and not m.numerator]
    if said is None or not counts:
        return
    own = []
    for condition in list(p.intent.conditions):
        table, name = condition.column.split(".")
        column = p.catalog.table(table).column(name) if p.catalog.table(table) else None
        if column is None or condition.op not in ("=", "in"):
            continue
        values = condition.value if isinstance(condition.value, list) else [condition.value]
        forms = [f.lower() for f, v in said_forms(column) if v in values]
        heard = lambda text: any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text) for f in forms)  # noqa: E731
        if heard(said["rest"]) and not heard(said["first"]):
            own.append(condition)
    if not own:
        return
    for condition in own:
        p.intent.conditions.remove(condition)
    word = re.findall(r"[a-z]+", said["rest"])[-1:] or ["some"]
    if len(counts) == 1 and len(p.intent.measures) == 1:  # one count read: it is of every row, the second is added
        p.intent.measures.append(MeasureIntent(function="count", name=f"{word[0]}_count", numerator=own))
    else:
        counts[-1].numerator = own
        counts[-1].name = f"{word[0]}_count"
