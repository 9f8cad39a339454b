"""Conditions on the sign of a number: 'transactions whose amount is zero or negative', 'negative
balances', 'products with a non-zero price', 'a positive quantity'. The column is a numeric column
the words next to the sign name; nothing is read when they name none.
"""

from __future__ import annotations

import re

from ai_etl.agents.contracts import Condition
from ai_etl.language.reading import Parse, blank, column_type, is_numeric, resolve_column

SIGNS = {
    "zero or negative": "<=", "negative or zero": "<=", "non-positive": "<=", "nonpositive": "<=", "not positive": "<=",
    "zero or less": "<=", "zero or positive": ">=", "positive or zero": ">=", "non-negative": ">=", "nonnegative": ">=",
    "not negative": ">=", "zero or more": ">=", "non-zero": "!=", "nonzero": "!=", "not zero": "!=", "negative": "<",
    "positive": ">", "zero": "=",
}  # fmt: skip
_SIGN = "|".join(re.escape(s) for s in sorted(SIGNS, key=len, reverse=True))
STATED = re.compile(rf"\b(?P<col>[a-z_]+(?:\s+[a-z_]+)?)\s+(?:is|are|was|were|being)\s+(?P<sign>{_SIGN})(?![\w-])")
BEFORE = re.compile(rf"(?<![\w-])(?P<sign>{_SIGN})\s+(?P<col>[a-z_]+(?:\s+[a-z_]+)?)")


def read_signs(p: Parse) -> None:
    """Append `column <op> 0` for each sign said of a numeric column."""
    for pattern in (STATED, BEFORE):
        for match in list(pattern.finditer(p.text)):
            words = match["col"].split()
            candidates = [" ".join(words), words[-1]] if pattern is STATED else [" ".join(words), words[0]]
            column = next((c for said in candidates if (c := resolve_column(p, said)) and is_numeric(column_type(p, c))), None)
            if column is None:
                continue
            p.intent.conditions.append(Condition(column=column, op=SIGNS[match["sign"]], value=0))
            blank(p, match.start(), match.end())


def with_one_word_signs(text: str) -> str:
    """'zero or negative' -> 'nonpositive': one sign, one word (for the coverage check, where 'or' would
    otherwise ask for two conditions)."""
    words = {"<=": "nonpositive", ">=": "nonnegative", "!=": "nonzero"}
    return re.sub(rf"(?<![\w-])(?:{_SIGN})(?![\w-])", lambda m: words.get(SIGNS[m[0]], m[0]) if " " in m[0] or "-" in m[0] else m[0], text)
