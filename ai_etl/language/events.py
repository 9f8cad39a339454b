"""The acts a date or time column records, as verbs: `closed_at` records 'close'; `pd_dt`, commented
'date the payment was received; NULL = not paid', records 'pay' and 'receive'. A column's name says it
first; where no column of a table is named for an act, its comment may say it (its participles and the
nouns of acts in it, before any legend of NULL), since abbreviated names (`cls_ts`, `coll_ts`) rarely do.
And the acts a phrase of a request says ('closing the claim', 'the payment', 'the PCN was issued')."""

from __future__ import annotations

import functools
import re

from ai_etl.agents.contracts import CatalogColumn
from ai_etl.language.nominal_acts import act_of_noun
from ai_etl.language.request_text import FUNCTION_WORDS
from ai_etl.language.spoken import is_past_verb, verb_lemma, word_classes

PARTICLES = ("out", "in", "up", "off", "back", "over")
AUXILIARIES = {"be", "have", "do", "get"}


def acts_said(words: list[str]) -> list[set[str]]:
    """The acts some words of a request say, surest first: verbs in a form of their own ('collects',
    'closing', 'issued' -> 'collect', 'close', 'issue'; with a particle also as one act: 'checked out' ->
    'checkout'), then words that may be verbs or nouns of acts ('claim', 'payment' -> 'pay'), then other
    nouns ('the date of loss' records the loss; 'pickup' is the act itself)."""
    from ai_etl.language.reading import STAMP_WORDS  # (reading asks this module which acts a column records)

    inflected: set[str] = set()
    plain: set[str] = set()
    nouns: set[str] = set()
    for i, word in enumerate(words):
        if word in FUNCTION_WORDS or word in STAMP_WORDS:
            continue
        act = verb_lemma(word) or act_of_noun(word)
        if act and act not in AUXILIARIES:
            (inflected if act != word and verb_lemma(word) else plain).update(_with_particle(act, words, i))
        elif not act and "NOUN" in word_classes(word):
            nouns.add(word)
    return [tier for tier in (inflected, plain, nouns) if tier]


def _with_particle(act: str, words: list[str], i: int) -> tuple[str, ...]:
    """The act of `words[i]`, and with the particle after it as one act too ('checked out': 'checkout')."""
    return (act, act + words[i + 1]) if i + 1 < len(words) and words[i + 1] in PARTICLES else (act,)


@functools.cache
def _comment_acts(comment: str) -> frozenset[str]:
    said = re.split(r";|\bnull\s*=", comment.lower())[0]  # 'NULL = not paid' says when it is empty, not what it records
    if re.match(r"\s*(?:the\s+)?(?:last|first|final|latest|earliest)\s+(?:day|date|time)\b", said):
        return frozenset()  # 'last day the recipe was sold': when selling ended, not when each sale was made
    words = re.findall(r"[a-z]+", said)
    if re.search(r"\b[a-z]+ed\s+or\s+[a-z]+ed\b", said):
        return frozenset()  # 'date the candidate accepted or declined': either act, so neither one alone
    acts = {a for w in words if (a := act_of_noun(w))}
    for i, word in enumerate(words):
        if is_past_verb(word) and (act := verb_lemma(word)) not in AUXILIARIES:
            acts.update(_with_particle(act, words, i))  # 'picked up at the restaurant' records the pickup
    return frozenset(acts)


def comment_acts(column: CatalogColumn) -> frozenset[str]:
    """The acts a time column's comment says it records ('when the ticket was resolved and closed')."""
    return _comment_acts(column.comment) if column.comment else frozenset()


def comment_lemmas(column: CatalogColumn) -> set[str]:
    """The lemmas of the content words of a column's comment (what it says the column is, in its own words)."""
    from ai_etl.language.request_text import FUNCTION_WORDS
    from ai_etl.language.spoken import lemma

    return {lemma(w) for w in re.findall(r"[a-z]+", (column.comment or "").lower()) if w not in FUNCTION_WORDS}
