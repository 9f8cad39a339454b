"""Wording about how rows are shown, not which rows: a table has no row order, so "ordered from the
longest to the shortest" or "in descending order" changes no row (the eval rules say the same).
Both the parser and the coverage check read a request without it."""

from __future__ import annotations

import re

from ai_etl.language.units import UNITS, kept_dimensions, said_dimension

_SUPERLATIVE = r"(?:highest|lowest|largest|smallest|biggest|greatest|longest|shortest|best|worst|most|least|fewest|tallest|oldest|newest|latest|earliest)"
_UNIT = (
    r"(?:square\s+|sq\.?\s+|cubic\s+)?(?:kilomet(?:er|re)s?|met(?:er|re)s?|centimet(?:er|re)s?|millimet(?:er|re)s?|miles?|feet|foot|"
    r"inch(?:es)?|yards?|km|kilograms?|grams?|kg|pounds?|lbs?|tons?|tonnes?|(?:hecto)?lit(?:er|re)s?|acres?|hectares?)"
)
# a currency after an amount, where the schema keeps no currency column: the amounts are all in it
_CURRENCY = r"(?:dollars?|usd|euros?|eur|rubles?|roubles?|rub|bucks|yen|gbp|руб\w*|доллар\w*|евро)"
_ORDER_PHRASES = [
    r"\b(?:(?:ordered|sorted|ranked|listed|arranged|shown)\s+)?(?:in\s+)?(?:descending|ascending|alphabetical|reverse|decreasing|increasing)\s+order\b",
    r"\b(?:(?:ordered|sorted|arranged|listed)\s+)?alphabetically\b",
    r"\b(?:ordered|sorted|arranged|listed|ranked)\s+by\s+(?:the\s+)?(?:descending|ascending|decreasing|increasing)\b",
    r"\b(?:ordered|sorted|arranged|listed|ranked)\s+from\s+(?:the\s+)?\w+\s+to\s+(?:the\s+)?\w+\b",
    rf"\b(?:starting\s+)?from\s+(?:the\s+)?{_SUPERLATIVE}\s+(?:\w+\s+)?to\s+(?:the\s+)?{_SUPERLATIVE}\b",  # 'from the best ratings to the lowest'
    rf"\b(?:ordered|sorted|arranged|listed|ranked)\s+by\s+(?:the\s+)?{_SUPERLATIVE}\b[\w\s]{{1,40}}?(?P<blank>\s+first)(?=\s*(?:[?.!,;]|$))",
    rf"\b(?:ordered|sorted|arranged|listed|ranked)\s+(?:by\s+)?(?:the\s+)?{_SUPERLATIVE}\b",  # '... by the highest rating first'
    # 'which lakes have the largest areas', 'what are the longest rivers': every one of them, ordered (no count said)
    rf"\b(?:which|what)\s+(?:are\s+the\s+)?(?P<blank>{_SUPERLATIVE})\s+[a-z]+s\b",
    rf"\b(?:which|what)\s+[a-z]+s\s+(?:have|with)\s+the\s+(?P<blank>{_SUPERLATIVE})\b",
    r"\b(?:ordered|sorted|arranged|listed)\s+by\b",
    r"\b(?:order|sort|rank)\s+(?:the\s+)?(?:results?|rows|list|output|them|it|table|answer)\s+by\b",  # 'Order the results by ...'
]


def without_presentation_order(text: str) -> str:
    """'ordered alphabetically', 'in descending order', 'sorted by': a table has no row order, so
    an order without a limit changes no row (the eval rules say the same). A limit ('top 3',
    'the most') is still required by its own words; the column after 'by' is still checked."""
    for pattern in _ORDER_PHRASES:
        text = re.sub(pattern, _blanked, text)
    return text


def _blanked(match: re.Match) -> str:
    """The match in spaces, or only its `blank` group where it has one."""
    if "blank" not in match.re.groupindex:
        return " " * len(match[0])
    start, end = match.span("blank")
    return match[0][: start - match.start()] + " " * (end - start) + match[0][end - match.start() :]


def without_stated_units(text: str, column_names: list[str]) -> str:
    """'the longest rivers in meters', 'an area greater than 1000 square kilometers': where no column
    names a unit, the request's unit describes the data as stored, so the words change no value. A
    schema that names units (`length_miles`) keeps them, for the coverage check to ask about; one that
    keeps a currency column keeps '5 dollars' (which may mean rows in dollars)."""
    parts = {part for name in column_names for part in name.lower().split("_")}
    text = re.sub(  # '300gsm', '20l': the number and the unit or column it is of, apart
        r"\b(\d+(?:\.\d+)?)([a-z]{1,5})\b", lambda m: f"{m[1]} {m[2]}" if m[2] in UNITS or m[2] in parts and m[2] not in ("st", "nd", "rd", "th") else m[0], text
    )
    if not any(re.search(r"(?:^|_)(?:currency|curr|ccy|cur)(?:_|$)", name) for name in column_names):
        text = re.sub(rf"(?<=\d)(\s+{_CURRENCY})\b", lambda m: " " * len(m[0]), text)  # 'fines above 5 dollars': one currency
    kept = kept_dimensions(column_names)

    def unkept(said: re.Match) -> str:  # a unit of a dimension no column is kept in (of any, if not known here)
        dimension = said_dimension(said[0])
        return said[0] if (dimension in kept if dimension else kept) else " " * len(said[0])

    per = r"(?:(?:people|persons|inhabitants|residents)\s+)?per\s+"
    text = re.sub(rf"\bin\s+(?:{per})?{_UNIT}\b", unkept, text)
    return re.sub(rf"(?<=\d)(\s+{_UNIT})\b", unkept, text)


# '(diagnostic, preventive, restorative...)', '(e.g. plumbing, electrical)': examples of what is grouped or
# meant, never the only rows wanted
EXAMPLES = re.compile(r"\(\s*(?:(?:e\.\s*g\.|eg|for\s+example|for\s+instance|such\s+as|like)[\s,:]+[^()]*|[^()]*?(?:\.\.\.|…|\betc\b\.?|\band\s+so\s+on|\band\s+the\s+like))\s*\)")


def without_examples(text: str) -> str:
    """A parenthesis that gives examples ('for each category (diagnostic, preventive, ...)') changes no row:
    the examples are blanked, never read as the values to keep."""
    return EXAMPLES.sub(lambda m: " " * len(m[0]), text)


def without_calendar_word(text: str) -> str:
    """'per calendar month' is per month: a grain is of the calendar already."""
    return re.sub(r"\bcalendar\s+(?=(?:day|week|month|quarter|year)s?\b)", lambda m: " " * len(m[0]), text)


def without_spoken_weekday(text: str) -> str:
    """'each day of the week' is one idea, a weekday, not a day grain and a week grain."""
    return re.sub(r"\bdays?\s+of\s+(?:the\s+)?week\b", "weekday", text)
