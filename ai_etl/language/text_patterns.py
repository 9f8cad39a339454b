"""Conditions on how a text value is spelled: 'journals whose names start with the letter J',
'lakes with a name that ends with "Lake"', 'titles containing the word "graph"'.

People mean these without regard to case (as `ilike` does); the value is the quoted text, or a
word introduced as one ('the letter J', 'the word graph'), or a single letter or digit. A column the
sentence does not name is the label of the table it names ('rivers starting with "M"').
"""

from __future__ import annotations

import re

from ai_etl.agents.contracts import Condition
from ai_etl.language.reading import Parse, blank, column_of, consume, label_column, near_tables, resolve_table
from ai_etl.language.request_text import singular

VERBS = {
    "start": "starts_with", "starts": "starts_with", "starting": "starts_with", "begin": "starts_with",
    "begins": "starts_with", "beginning": "starts_with", "end": "ends_with", "ends": "ends_with",
    "ending": "ends_with", "contain": "contains", "contains": "contains", "containing": "contains",
    "include": "contains", "includes": "contains", "including": "contains",
}  # fmt: skip
PATTERN = re.compile(
    r"\b(?:(?:(?:does|do)\s+)?(?P<negated>not)\s+|(?P<never>never)\s+)?(?P<verb>" + "|".join(VERBS) + r")\s+(?:with\s+)?"
    r"(?:(?:a|an|the)\s+)?(?P<kind>(?:letters?|words?|prefix|suffix|string|text|substring|characters?)\s+)?"
    r"(?P<value>\"[^\"]+\"|'[^']+'|[a-z0-9]+\b)"
)
FILLER = {"that", "which", "whose", "with", "a", "an", "the", "has", "have", "having", "is", "are", "its", "their", "where"}


DOMAIN = re.compile(
    r"\b(?P<col>e-?mails?(?:\s+address(?:es)?)?)\s+(?:at|from|on|@|in|under|ending\s+(?:in|with))\s+(?:the\s+)?(?:domain\s+)?@?"
    r"(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)+)"
)


# Mail providers people name an address by ('a gmail address'): the domain the address is at.
PROVIDER = re.compile(
    r"\b(?P<provider>gmail|googlemail|yahoo|hotmail|outlook|icloud|protonmail|proton|aol|gmx|yandex)\s+(?:e-?mail\s+)?(?:address(?:es)?|accounts?|e-?mails?)\b"
)


def _email_column(p: Parse) -> str | None:
    return next((f"{t.name}.{c.name}" for t in near_tables(p) for c in t.columns if re.search(r"e?mail$", c.name) and _is_text(c.type)), None)


def read_text_patterns(p: Parse) -> None:
    """Append a `starts_with` / `ends_with` / `contains` condition (or its negation) for each such phrase;
    'an email address at acme.io' is an email ending with '@acme.io'."""
    for match in list(DOMAIN.finditer(p.text)):
        if email := _email_column(p):
            p.intent.conditions.append(Condition(column=email, op="ends_with", value=f"@{match['domain']}"))
            consume(p, match)
    for match in list(PROVIDER.finditer(p.text)):
        if email := _email_column(p):
            p.intent.conditions.append(Condition(column=email, op="contains", value=f"@{match['provider']}"))
            consume(p, match)
    _mentions(p)
    for match in list(PATTERN.finditer(p.text)):
        value = _value(p, match)
        if value is None:
            continue
        column, start = _column_before(p, p.text[: match.start()])
        if column is None:
            continue
        op = VERBS[match["verb"]]
        negated = bool(match["negated"] or match["never"])
        p.intent.conditions.append(Condition(column=column, op=f"not_{op}" if negated else op, value=value))
        blank(p, start, match.end())


MENTION = re.compile(r"\b(?P<table>[a-z_]+)\s+(?:that\s+|which\s+|who\s+)?(?:mentions?|mentioning|talks?\s+about|talking\s+about)\s+(?:the\s+(?:word\s+)?)?(?P<value>\"[^\"]+\"|'[^']+'|[a-z0-9]+)\b")
FREE_TEXT = re.compile(r"(?:^|_)(?:text|comments?|body|description|notes?|content|message|remarks?|feedback)$")


COLUMN_MENTION = re.compile(
    r"\b(?:mentions?|mentioning|talks?\s+about|talking\s+about|refers?\s+to|referring\s+to)\s+(?:the\s+(?:words?|phrase|term)\s+)?"
    r"(?P<value>\"[^\"]+\"|'[^']+'|[a-z0-9]+(?:\s+[a-z0-9]+){0,3}?)"
    r"(?=\s*(?:[.,;:?!)]|$|\s+(?:and|or|but|in|from|since|before|after|during|per|by|for|with|published|written)\b))"
)


def _mentions(p: Parse) -> None:
    """'papers whose title mentions machine learning': the words appear in the text column named before the
    verb, in any case; 'reviews that mention breakfast': in the table's one free-text column."""
    for match in list(COLUMN_MENTION.finditer(p.text)):
        column, start = _column_before(p, p.text[: match.start()], table_label=False)
        if column is None:
            continue  # no column named: the table's free text, below
        value = match["value"].strip("'\"")
        written = re.search(rf"(?<!\w){re.escape(value)}(?!\w)", p.original, re.IGNORECASE)
        said = written[0] if written else value
        if match["value"][0] in "'\"" or " " not in said:  # a quoted phrase, or one word: as it is
            p.intent.conditions.append(Condition(column=column, op="contains", value=said))
        else:  # several words: each of them, in that order ('Customer ... Complaints')
            p.intent.conditions.append(Condition(column=column, op="contains_words", value=said.split()))
        blank(p, start, match.end())
    for match in list(MENTION.finditer(p.text)):
        table = resolve_table(p.catalog, match["table"])
        texts = [c.name for c in p.catalog.table(table).columns if FREE_TEXT.search(c.name) and _is_text(c.type)] if table else []
        if len(texts) != 1 or resolve_table(p.catalog, match["value"].strip("'\"")):
            continue  # no free text to search, or two; or rows named ('orders mentioning products')
        written = re.search(rf"\b{re.escape(match['value'].strip(chr(39) + chr(34)))}\b", p.original, re.IGNORECASE)
        p.intent.conditions.append(Condition(column=f"{table}.{texts[0]}", op="contains", value=written[0] if written else match["value"].strip("'\"")))
        blank(p, match.start("table") + len(match["table"]), match.end())


def _value(p: Parse, match: re.Match) -> str | None:
    """The spelled text as the request wrote it, or None when the words are not a spelled value
    ('orders containing products' names rows, not letters)."""
    raw = match["value"]
    if raw[0] in "'\"":
        inner = raw[1:-1]
        found = re.search(rf"[\"'“”‘’]({re.escape(inner)})[\"'“”‘’]", p.original, re.IGNORECASE)
        return found[1] if found else inner
    if match["kind"] or len(raw) == 1:
        found = re.search(rf"\b(?:{match['verb']}|with|{(match['kind'] or 'with').strip()})\s+({re.escape(raw)})\b", p.original, re.IGNORECASE)
        return found[1] if found else raw
    return None


def _column_before(p: Parse, before: str, table_label: bool = True) -> tuple[str | None, int]:
    """The text column the words before the verb name ('journals whose names', 'a name that'), and where
    those words start; a table named without a column stands for its label ('rivers starting with')
    unless `table_label` is False."""
    tokens = list(re.finditer(r"[a-z_]+", before))
    while tokens and tokens[-1][0] in FILLER:
        tokens.pop()
    if not tokens:
        return None, len(before)
    near = [*near_tables(p)] if p.intent.main_table else list(p.catalog.tables)
    for width in (2, 1):
        if len(tokens) < width:
            continue
        phrase = " ".join(m[0] for m in tokens[-width:])
        # the tables named before the column's own words: 'artists whose stage name' is the artist's
        named = [p.catalog.table(t) for t in _tables_before(p, [m[0] for m in tokens[-width - 3 : -width]])]
        for table in named + near:
            column = column_of(table, phrase)
            if column and _is_text(table.column(column).type):
                return f"{table.name}.{column}", tokens[-width].start()
    last = tokens[-1][0]
    table = (resolve_table(p.catalog, last) or resolve_table(p.catalog, singular(last))) if table_label else None
    if table and (label := label_column(p.catalog.table(table))) and _is_text(p.catalog.table(table).column(label).type):
        return f"{table}.{label}", tokens[-1].end() + 1
    return None, len(before)


def _tables_before(p: Parse, words: list[str]):
    """Tables the few words before a column name, nearest first ('journals whose names')."""
    for word in reversed(words):
        if table := resolve_table(p.catalog, word):
            yield table


def _is_text(kind: str) -> bool:
    return kind.startswith(("text", "character", "varchar", "char", "string", "citext", "String"))
