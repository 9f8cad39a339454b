"""Rounding said of the amounts computed: 'rounded to one decimal', 'two decimals is fine', 'to 2 dp', '1dp',
'to the nearest whole number', 'to the nearest pound'. The phrase is read before the other readers so its number is never
taken for a limit or a count."""

from __future__ import annotations

import re

from ai_etl.language.reading import Parse, blank

_DIGITS = {"no": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4}
ROUNDED = re.compile(
    r"(?:\b(?:and\s+)?round(?:ed|ing)?\s+(?:it\s+|them\s+|off\s+|up\s+)*)?(?:\b(?:to|at|with|in)\s+)?\b(?P<n>[0-4]|no|zero|one|two|three|four)(?:\s+"
    r"(?:decimal\s+(?:places?|points?|digits?)|decimals?)|\s*dp)\b(?:\s+(?:is|are|will\s+do|would\s+do)(?:\s+(?:fine|enough|ok|okay|plenty|good))?)?"
    r"|\b(?:round(?:ed|ing)?\s+(?:it\s+|them\s+|off\s+)*)?to\s+the\s+nearest\s+(?:whole\s+)?(?:number|integer|unit|pound|dollar|euro|franc|rupee|yen)\b"
    r"|\b(?:round(?:ed|ing)?\s+(?:it\s+|them\s+|off\s+)*)?to\s+the\s+nearest\s+(?P<cent>penny|pence|cent)\b"
    r"|\bround(?:ed|ing)?\s+(?:it\s+|them\s+|off\s+)*to\s+whole\s+numbers?\b"
)


def rounding_said(text: str) -> list[tuple[tuple[int, int], int]]:
    """Each rounding phrase's span and its decimal places."""
    return [(m.span(), (_DIGITS[m["n"]] if m["n"] in _DIGITS else int(m["n"])) if m["n"] else 2 if m["cent"] else 0) for m in ROUNDED.finditer(text)]  # ('to the
    # nearest pound': whole units of money; 'to the nearest penny': hundredths)


def read_rounding(p: Parse) -> None:
    """'to one decimal place': the places the amounts computed are rounded to (the phrase read once)."""
    said = rounding_said(p.text)
    if len({digits for _, digits in said}) != 1:
        return  # none, or two different roundings: left to coverage
    p.intent.decimals = said[0][1]
    for (start, end), _ in said:
        blank(p, start, end)
