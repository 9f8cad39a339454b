"""Conditions read from values the request says ('completed', 'Germany', 'the city of New York'):
each phrase a value of one column."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import (
    Condition,
)
from ai_etl.language.reading import Parse, reachable, resolve_column
from ai_etl.language.request_text import (
    column_aliases,
)
from ai_etl.language.spoken import lemma, spoken_words, table_prefix

VALUE_SYNONYMS = {"successful": "completed", "succeeded": "completed", "success": "completed", "paid": "completed",
                  "canceled": "cancelled", "refund": "refunded", "failure": "failed", "unsuccessful": "failed"}  # fmt: skip



def read_value_conditions(p: Parse) -> None:
    """Words that are values of a column ('completed', 'Germany', 'EU'): each phrase is a value of one
    column (`_owner_of_value`), longer phrases first ('New York', not 'York' inside it)."""
    have = {c.column.split(".")[-1] for c in p.intent.conditions}
    text = " ".join(VALUE_SYNONYMS.get(w, w) for w in re.findall(r"[a-z0-9_]+", p.text))
    original_words = set(re.findall(r"\w+", p.original))
    original_words |= {w.upper() for w in re.findall(r"\w+", p.text)} - {w.upper() for w in re.findall(r"\w+", p.original)}
    tables = {p.intent.main_table: 0, **reachable(p)}
    said: dict[str, list[tuple[int, str, str, str, tuple[int, int]]]] = {}  # phrase -> (distance, table, column, value, span)
    for table_name, distance in tables.items():
        for column in p.catalog.table(table_name).columns:
            if column.name in have:
                continue
            for value in column.known_values():
                if span := _value_said(text, value, column.name, original_words):
                    said.setdefault(value.lower(), []).append((distance, table_name, column.name, value, span))
    chosen: dict[str, list[str]] = {}
    taken: list[tuple[int, int]] = []
    for phrase in sorted(said, key=len, reverse=True):
        span = said[phrase][0][4]
        if any(span[0] < end and start < span[1] for start, end in taken):
            continue
        owner = _owner_of_value(p, text, said[phrase])
        if owner is not None:
            taken.append(span)
            chosen.setdefault(owner, []).extend(v for _, t, c, v, _ in said[phrase] if f"{t}.{c}" == owner)
    order = [f"{t}.{c.name}" for t in tables for c in p.catalog.table(t).columns]
    for column in sorted(chosen, key=order.index):
        hits = [v for v in _values_in_order(p, column) if v in chosen[column]]
        negated = len(hits) == 1 and re.search(rf"\b(?:non|not|except|excluding|other than)[\s-]+{re.escape(hits[0].lower())}(?![\w])", text)
        op = "!=" if negated else "=" if len(hits) == 1 else "in"  # 'non-vegan food' is food_type != 'Vegan'
        p.intent.conditions.append(Condition(column=column, op=op, value=hits[0] if len(hits) == 1 else hits))
    for table_name in tables:
        table = p.catalog.table(table_name)
        for column in table.columns:
            if column.type != "boolean" or column.name in have:
                continue
            for alias in column_aliases(column.name)[1:] + [column.name]:
                word = alias.split()[-1]
                if re.search(rf"\b(inactive|not {word}|non-{word}|un{word})\b", text) and word == "active":
                    p.intent.conditions.append(Condition(column=f"{table_name}.{column.name}", op="is_false"))
                    have.add(column.name)
                    break
                if re.search(rf"(?<![\w-]){re.escape(alias)}(?![\w])", text):
                    p.intent.conditions.append(Condition(column=f"{table_name}.{column.name}", op="is_true"))
                    have.add(column.name)
                    break
    # qualify the explicit conditions written as bare names
    for condition in p.intent.conditions:
        if "." not in condition.column:
            condition.column = resolve_column(p, condition.column) or condition.column



def _value_said(text: str, value: str, column: str, original_words: set[str]) -> tuple[int, int] | None:
    """Where the request says `value` (any separator, plural allowed: 'no-show', 'on mondays'); a value
    of three letters or fewer counts only as written in capitals ('EU') or next to its column's name."""
    lowered = value.lower()
    pattern = "[ _-]".join(re.escape(part) for part in re.split(r"[ _-]", lowered))
    match = re.search(rf"(?<![\w]){pattern}(?:s|es)?(?![\w])", text)
    if not match:
        return None
    if len(value) <= 3 and value.upper() not in original_words and not re.search(
        rf"\b{re.escape(lowered)}\s+{column}\b|\b{column}\s+{re.escape(lowered)}\b", text
    ):
        return None
    return match.span()



def _owner_of_value(p: Parse, text: str, owners: list[tuple[int, str, str, str, tuple[int, int]]]) -> str | None:
    """The one column a phrase is a value of: of the columns the request names beside it ('the city of New
    York', 'New York city') or else of all, the nearest table's; none when two are equally near."""
    columns = list(dict.fromkeys((d, f"{t}.{c}") for d, t, c, _, _ in owners))
    if len(columns) == 1:
        return columns[0][1]
    start, end = owners[0][4]
    before, after = set(re.findall(r"[a-z]+", text[max(0, start - 30) : start])[-3:]), set(re.findall(r"[a-z]+", text[end : end + 30])[:1])
    near_words = {lemma(w) for w in before | after}
    named = [column for _, column in columns if (set(_spoken_column(p, column)) - {"name", "code", "id"}) & near_words]
    candidates = [(d, column) for d, column in columns if column in named] or columns
    nearest = [column for d, column in candidates if d == candidates[0][0]]
    return nearest[0] if len(nearest) == 1 else None



def _spoken_column(p: Parse, column: str) -> tuple[str, ...]:
    table, name = column.split(".")
    return spoken_words(name, table_prefix([c.name for c in p.catalog.table(table).columns]))



def _values_in_order(p: Parse, column: str) -> list[str]:
    """A column's values in the catalog's order (the order conditions list them)."""
    table, name = column.split(".")
    return p.catalog.table(table).column(name).known_values()

