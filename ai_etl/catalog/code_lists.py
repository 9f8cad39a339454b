"""Columns that hold a list of codes in one value ('E,G,M' of 'Comma-separated allergen codes: M = milk,
E = egg, ...'). A request asking for the meals 'with egg' means the lists that hold `E`, never the
value `E` alone: the catalog names the items as the column's values, and a condition on one tests
membership (`spec_writer.holds_sql`)."""

from __future__ import annotations

import re

from ai_etl.catalog.comments import value_names

# 'comma-separated', 'separated by semicolons', 'a list of codes'
_SAID = re.compile(r"\b(?P<kind>comma|semicolon|pipe)[- ]separated\b|\bseparated\s+by\s+(?:an?\s+)?(?P<by>commas?|semicolons?|pipes?)\b|\blists?\s+of\s+(?:\w+\s+)?codes\b", re.I)
_SEPARATORS = {"comma": ",", "semicolon": ";", "pipe": "|"}


def list_separator(comment: str | None, values: list[str] | None) -> str | None:
    """The character joining a column's codes when its comment says it holds a list ('comma-separated'),
    or when every sampled value is a list of codes its legend names; None for a column of single values."""
    if said := _SAID.search(comment or ""):
        word = (said["kind"] or said["by"] or "comma").lower().rstrip("s")
        return _SEPARATORS[word]
    for separator in (",", ";", "|"):
        if values and any(separator in value for value in values):
            items = listed_items(values, separator)
            if len(items) > 1 and set(value_names(comment, items)) == set(items):
                return separator
    return None


def listed_items(values: list[str], separator: str) -> list[str]:
    """The distinct codes in lists joined by `separator` ('E,G' and 'G,M' -> E, G, M)."""
    return sorted({item.strip() for value in values for item in value.split(separator) if item.strip()})

