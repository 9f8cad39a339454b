"""Wording about how rows are shown, not which rows: a table has no row order, so "ordered from the
longest to the shortest" or "in descending order" changes no row (the eval rules say the same).
Both the parser and the coverage check read a request without it."""

from __future__ import annotations

import re

_ORDER_PHRASES = [
    r"\b(?:(?:ordered|sorted|ranked|listed|arranged|shown)\s+)?(?:in\s+)?(?:descending|ascending|alphabetical|reverse|decreasing|increasing)\s+order\b",
    r"\b(?:(?:ordered|sorted|arranged|listed)\s+)?alphabetically\b",
    r"\b(?:ordered|sorted|arranged|listed|ranked)\s+from\s+(?:the\s+)?\w+\s+to\s+(?:the\s+)?\w+\b",
    r"\b(?:ordered|sorted|arranged|listed)\s+by\b",
    r"\b(?:order|sort|rank)\s+(?:the\s+)?(?:results?|rows|list|output|them|it|table|answer)\s+by\b",  # 'Order the results by ...'
]


def without_presentation_order(text: str) -> str:
    """'ordered alphabetically', 'in descending order', 'sorted by': a table has no row order, so
    an order without a limit changes no row (the eval rules say the same). A limit ('top 3',
    'the most') is still required by its own words; the column after 'by' is still checked."""
    for pattern in _ORDER_PHRASES:
        text = re.sub(pattern, lambda m: " " * len(m[0]), text)
    return text


def without_spoken_weekday(text: str) -> str:
    """'each day of the week' is one idea, a weekday, not a day grain and a week grain."""
    return re.sub(r"\bdays?\s+of\s+(?:the\s+)?week\b", "weekday", text)
