"""A value said with its column: 'the business with ID "abc123"', 'the review with id 3', 'the
restaurant named "Mark's Bistro"', 'the paper titled "Attention"'.

The request states the filter outright, so it holds whether or not the value is in the data today
(a pipeline for an id that has no rows yet is empty, not wrong). Only written values count: quoted,
or a code with a digit in it; a bare word after a column name is left to the value reading.
"""

from __future__ import annotations

import re

from ai_etl.agents.contracts import Condition
from ai_etl.language.reading import Parse, blank, column_of, is_numeric, label_column, resolve_table

PATTERN = re.compile(
    r"\b(?P<table>[a-z_]+)\s+(?:(?:with|whose|where|having)\s+(?:the\s+|an?\s+|its\s+)?(?P<col>[a-z_]+(?:\s+[a-z_]+)?)\s+"
    r"(?:(?:is|of|equal\s+to|equals|=)\s+)?|(?P<verb>named|called|titled)\s+)"
    r"(?P<value>\"[^\"]+\"|'[^']+'|“[^”]+”|[a-z_]*\d[\w-]*\b)"
)
VERB_COLUMNS = {"titled": "title"}


def read_said_values(p: Parse) -> None:
    """Append `table.column = value` for each value said with its column (see the module docstring)."""
    for match in list(PATTERN.finditer(p.text)):
        table_name = resolve_table(p.catalog, match["table"])
        if table_name is None:
            continue
        table = p.catalog.table(table_name)
        if match["verb"]:
            column = column_of(table, VERB_COLUMNS[match["verb"]]) if match["verb"] in VERB_COLUMNS else label_column(table)
        else:
            words = match["col"].split()
            column = column_of(table, match["col"]) or (column_of(table, words[-1]) if len(words) > 1 else None)
        if column is None:
            continue
        value = _written(p, match["value"])
        if is_numeric(table.column(column).type):
            if not re.fullmatch(r"-?\d+(?:\.\d+)?", value):
                continue
            value = float(value) if "." in value else int(value)
        p.intent.conditions.append(Condition(column=f"{table_name}.{column}", op="=", value=value))
        blank(p, match.end("table") + 1, match.end())  # the table's word stays for the table mentions


def _written(p: Parse, raw: str) -> str:
    """The value as the request wrote it: a quoted one in its casing (the text read is lower-cased and
    has lost its possessive 's), else the code itself."""
    if raw[0] not in "\"'“":
        found = re.search(rf"(?<![\w-]){re.escape(raw)}(?![\w-])", p.original, re.IGNORECASE)
        return found[0] if found else raw
    inner = raw[1:-1]
    for quoted in re.findall(r"\"([^\"]+)\"|'([^']+)'|“([^”]+)”", p.original):
        written = next(q for q in quoted if q)
        if re.sub(r"(\w)['’]s\b", r"\1", written.lower()) == inner:
            return written
    return inner


def on_referencing_columns(p: Parse) -> None:
    """'check-ins of the business with ID "abc123"': a condition on the key the rows read refer to is a
    condition on their own reference (`checkin.business_id`), with no join to make."""
    main = p.catalog.table(p.intent.main_table)
    referring = {ref: f"{main.name}.{column}" for column, ref in main.references.items()}
    for condition in p.intent.conditions:
        if condition.op == "=" and condition.column in referring:
            condition.column = referring[condition.column]
