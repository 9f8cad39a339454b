"""Rows picked by what a legend says a code comes with: 'the boiler cover contracts that include parts' where `plan` is
'B = basic (annual boiler service only), S = standard (...), P = premium (standard plus all parts included)': the
premium contracts. A clause said of the rows whose every content word is said of one code of one of their columns,
name and description together, and of no other code, is that code; read before relations, so the words are never
taken for rows of another table ('contracts covering jobs that used parts')."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import CatalogTable, Condition
from ai_etl.catalog.comments import legend_entry
from ai_etl.language.reading import Parse, blank
from ai_etl.language.request_text import AUXILIARIES, FUNCTION_WORDS
from ai_etl.language.spoken import lemma, verb_lemma

CLAUSE = re.compile(r"\b(?:that|which|who)\s+(?P<clause>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,7})")


def _content(text: str) -> set[str]:
    """The lemmas of the words that say something ('include', 'part'), not how it is said."""
    words = re.findall(r"[a-z]+", text.lower())
    return {verb_lemma(w) or lemma(w) for w in words if w not in FUNCTION_WORDS and w not in AUXILIARIES and len(w) > 2}


def described_code(table: CatalogTable, clause: str) -> tuple[str, str] | None:
    """(column, code) of the one code of the table whose legend entry says every content word of the clause (two or more:
    'that failed' is a state, read as a value), if exactly one does."""
    words = _content(clause)
    if len(words) < 2:
        return None
    found = [(column.name, code) for column in table.columns for code in column.value_names if words <= _content(legend_entry(column, code))]
    return found[0] if len(found) == 1 else None


def described_clauses(table: CatalogTable, text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, column, code) of each relative clause of the text that one code of the table says, at its longest
    ('that include nails and teeth', not only 'that include nails')."""
    found = []
    for said in CLAUSE.finditer(text):
        words = list(re.finditer(r"[a-z][a-z'-]*", said["clause"]))
        for n in range(len(words), 1, -1):
            if code := described_code(table, said["clause"][: words[n - 1].end()]):
                found.append((said.start("clause"), said.start("clause") + words[n - 1].end(), *code))
                break
    return found


def read_described_codes(p: Parse) -> None:
    """`column = code` for each clause after the rows that only one code's legend entry says (module docstring)."""
    main = p.catalog.table(p.intent.main_table) if p.intent.main_table else None
    for start, end, column, code in described_clauses(main, p.text) if main else []:
        if not any(c.column == f"{main.name}.{column}" for c in p.intent.conditions):
            p.intent.conditions.append(Condition(column=f"{main.name}.{column}", op="=", value=code))
            blank(p, start, end)
