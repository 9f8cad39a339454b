"""The acts a date or time column records, as verbs: `closed_at` records 'close'; `pd_dt`, commented
'date the payment was received; NULL = not paid', records 'pay' and 'receive'. A column's name says it
first; where no column of a table is named for an act, its comment may say it (its participles and the
nouns of acts in it, before any legend of NULL), since abbreviated names (`cls_ts`, `coll_ts`) rarely do.
And the acts a phrase of a request says ('closing the claim', 'the payment', 'the PCN was issued')."""

from __future__ import annotations

import functools
import re

from ai_etl.agents.contracts import CatalogColumn
from ai_etl.language.request_text import FUNCTION_WORDS
from ai_etl.language.spoken import is_past_verb, verb_lemma, word_classes

PARTICLES = ("out", "in", "up", "off", "back", "over")
AUXILIARIES = {"be", "have", "do", "get"}

# how English makes nouns of acts, undone: (noun ending, verb ending) ('resolution' -> 'resolve',
# 'payment' -> 'pay', 'arrival' -> 'arrive', 'delivery' -> 'deliver', 'cancellation' -> 'cancel')
_NOUN_ENDINGS = (("ution", "ve"), ("llation", "l"), ("ication", "y"), ("ission", "it"), ("onse", "ond"), ("ation", "ate"), ("ation", ""), ("ation", "e"), ("ition", "ite"), ("ion", ""), ("ion", "e"),
                 ("ment", ""), ("al", "e"), ("al", ""), ("ery", "er"), ("ance", ""), ("ance", "e"), ("ence", "e"), ("ure", "e"), ("ure", ""))  # fmt: skip


@functools.cache
def act_of_noun(noun: str) -> str | None:
    """The verb a noun of an act comes from ('resolution' -> 'resolve', 'payment' -> 'pay'), None for other nouns."""
    for ending, verb_ending in _NOUN_ENDINGS:
        if noun.endswith(ending) and len(noun) >= len(ending) + 3:  # not 'station' of 'state'
            verb = noun[: -len(ending)] + verb_ending
            if verb_lemma(verb) == verb and "VERB" in word_classes(verb):
                return verb
    return None


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
            tier = inflected if act != word and verb_lemma(word) else plain
            tier.add(act)
            if i + 1 < len(words) and words[i + 1] in PARTICLES:
                tier.add(act + words[i + 1])
        elif not act and "NOUN" in word_classes(word):
            nouns.add(word)
    return [tier for tier in (inflected, plain, nouns) if tier]


@functools.cache
def _comment_acts(comment: str) -> frozenset[str]:
    said = re.split(r";|\bnull\s*=", comment.lower())[0]  # 'NULL = not paid' says when it is empty, not what it records
    words = re.findall(r"[a-z]+", said)
    if re.search(r"\b[a-z]+ed\s+or\s+[a-z]+ed\b", said):
        return frozenset()  # 'date the candidate accepted or declined': either act, so neither one alone
    acts = {a for w in words if (a := act_of_noun(w))}
    for i, word in enumerate(words):
        if is_past_verb(word) and (act := verb_lemma(word)) not in AUXILIARIES:
            acts.add(act)
            if i + 1 < len(words) and words[i + 1] in PARTICLES:
                acts.add(act + words[i + 1])  # 'picked up at the restaurant' records the pickup
    return frozenset(acts)


def comment_acts(column: CatalogColumn) -> frozenset[str]:
    """The acts a time column's comment says it records ('when the ticket was resolved and closed')."""
    return _comment_acts(column.comment) if column.comment else frozenset()
