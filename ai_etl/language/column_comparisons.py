"""Conditions that compare two columns of the same row: 'line items received after their commit date',
'orders shipped before the promised date', 'accounts whose balance is above their credit limit'.

The first side is a column the words name, or a date column named for the verb ('shipped' -> `l_shipdate`,
'received' -> `l_receiptdate`); the second is introduced by 'its', 'their' or 'the' and names a column of
the same table, or else of a row it refers to, of the same kind (two dates, two numbers; never a key). Nothing is
read when either side is unsure.
"""

from __future__ import annotations

import re

from ai_etl.agents.contracts import CatalogTable, Condition
from ai_etl.language.reading import Parse, blank, happened_stamps, column_of, is_key, is_numeric, near_tables, stamps_of_event
from ai_etl.language.spoken import spoken_words, table_prefix, verb_lemma

COMPARED = {
    "after": ">", "later than": ">", "past": ">", "before": "<", "earlier than": "<", "sooner than": "<",
    "above": ">", "over": ">", "greater than": ">", "more than": ">", "higher than": ">", "exceeding": ">", "exceeds": ">",
    "below": "<", "under": "<", "less than": "<", "lower than": "<",
}  # fmt: skip
_CMP = "|".join(re.escape(c) for c in sorted(COMPARED, key=len, reverse=True))
# how a number turned out, before it is compared ('the final invoice came out higher than ...', 'came to more than')
TURNED_OUT = r"came\s+(?:out|in|to)|comes\s+(?:out|in|to)|ended\s+up|turned\s+out"
SAID = re.compile(
    rf"\b(?P<a>[a-z_]+(?:\s+[a-z_]+)?)\s+(?:(?:is|are|was|were|{TURNED_OUT})\s+)?(?P<cmp>{_CMP})\s+"
    rf"(?:(?:its|their|the)\s+|(?P<what>what\s+(?:we|they|you|i)\s+(?:had\s+|have\s+)?))(?P<b>[a-z_]+(?:\s+[a-z_]+){{0,2}})"
)  # ('the final invoice came out higher than what we quoted')


def _kind(type_: str) -> str:
    return "time" if type_ == "date" or type_.startswith("timestamp") else "number" if is_numeric(type_) else "other"


def _named(table: CatalogTable, words: list[str]) -> str | None:
    """The column the longest first words name."""
    return _named_by(table, words)[0]


def _named_by(table: CatalogTable, words: list[str]) -> tuple[str | None, int]:
    """The column the longest first words name, and how many words that took."""
    return next(((c, n) for n in range(len(words), 0, -1) if (c := column_of(table, " ".join(words[:n])))), (None, 0))


def _of_verb(table: CatalogTable, word: str) -> str | None:
    """The one date column named for the act ('shipped' -> `l_shipdate`, 'received' -> `l_receiptdate`)."""
    verb = verb_lemma(word)
    if not verb:
        return None
    prefix = table_prefix([c.name for c in table.columns])
    stem = verb.rstrip("e")[:5]
    found = [c.name for c in table.columns if _kind(c.type) == "time" and any(w.startswith(stem) for w in spoken_words(c.name, prefix))]
    found = found or stamps_of_event(table, verb)  # 'paid' of `pd_dt`, 'date the payment arrived'
    found = happened_stamps(table, found)  # 'finished' of `done_dt`, never `due_dt` 'date we promised the work would be finished'
    return found[0] if len(found) == 1 else None


def _acted_number(table: CatalogTable, verb: str, other: str | None) -> tuple[str | None, int]:
    """'(higher than) what we quoted': the one number of the table, beside `other`, whose name or comment says the act
    (`quote_amt` 'price quoted to the family'), and the one word that took."""
    act = verb_lemma(verb)
    found = [c.name for c in table.columns if act and c.name != other and is_numeric(c.type) and not is_key(table, c.name)
             and act in {verb_lemma(w) or w for w in re.findall(r"[a-z]+", f"{c.name.replace('_', ' ')} {c.comment or ''}".lower())}]  # fmt: skip
    return (found[0], 1) if len(found) == 1 else (None, 0)


def _second_side(p: Parse, table: CatalogTable, a: str, what: str | None, words: list[str]) -> tuple[tuple[CatalogTable, str], int] | None:
    """The column `a` is compared with, of the same kind: the row's own, else the one of a row it refers to ('the final
    invoice came out higher than what we quoted': the job's `inv_amt` against its quote's `quote_amt`), and the
    words that took."""
    parents = [p.catalog.table(name) for name in dict.fromkeys(ref.split(".")[0] for ref in table.references.values()) if name != table.name]
    for tables in ([table], [t for t in parents if t is not None]):
        found = []
        for other in tables:
            b, used = _acted_number(other, words[0], a if other is table else None) if what else _named_by(other, words)
            if not b or (other is table and b == a) or is_key(other, b):
                continue
            kinds = {_kind(table.column(a).type), _kind(other.column(b).type)}
            if len(kinds) == 1 and "other" not in kinds:
                found.append(((other, b), used))
        if found:
            return found[0] if len(found) == 1 else None
    return None


def read_column_comparisons(p: Parse) -> None:
    """Append `a <op> b` (a Condition whose `other` is the second column) for each phrase above."""
    for match in list(SAID.finditer(p.text)):
        words_a, words_b = match["a"].split(), match["b"].split()
        for table in near_tables(p):
            a = (_named(table, words_a) if len(words_a) > 1 else None) or _named(table, words_a[-1:]) or _of_verb(table, words_a[-1])  # ('the
            # soaring fee was more than the launch fee': `soar_fee`, never the 'fee' alone, `lnch_fee`)
            if not a or is_key(table, a):
                continue
            second = _second_side(p, table, a, match["what"], words_b)
            if second is None:
                continue
            (other, b), used = second
            p.intent.conditions.append(Condition(column=f"{table.name}.{a}", op=COMPARED[match["cmp"]], other=f"{other.name}.{b}"))
            end = match.start("b") + len(" ".join(words_b[:used]))  # 'the commit date' (not the 'per ship mode' after it)
            blank(p, match.start(), end)
            break
