"""Acts said as nouns: 'failures' are the inspections whose result is 'F = fail', 'cancellations' the bookings
coded 'X = cancelled'. A code named by a verb (or its participle) is also said by the verb's noun; where one
table's code names that act, the noun is read as the participle and that table ('failed insp'), so the
readers that know values and tables place it. Nouns the schema itself uses (a table or column named
`delivery`) are left alone, and so is a noun whose act two tables code (say which)."""

from __future__ import annotations

import functools
import re

from ai_etl.agents.contracts import Catalog
from ai_etl.language.request_text import FUNCTION_WORDS, plural, singular
from ai_etl.language.spoken import is_noun, is_past_verb, spoken_words, verb_lemma, word_classes

# the suffixes English makes nouns of acts with, tried on the verb and on its stem without a final e
_SUFFIXES = ("y", "ure", "ion", "ation", "ment", "al", "ance", "ence")  # -ion only after a t


@functools.cache  # a word's nouns do not change; each generation reads the schema's codes twice (parse, coverage)
def act_nouns(verb: str) -> frozenset[str]:
    """'fail' -> {'failure'}, 'cancel' -> {'cancellation'}, 'deliver' -> {'delivery'}, 'attend' -> {'attendance'}:
    the derived nouns the lexicon knows (never the verb itself: 'issues' are no issued permits)."""
    stems = {verb, verb[:-1]} if verb.endswith("e") else {verb}
    made = {s + suffix for s in stems for suffix in _SUFFIXES if suffix != "ion" or s.endswith("t")}  # 'completion', not 'passion'
    if verb.endswith("l"):
        made.add(verb + "lation")  # 'cancel' -> 'cancellation'
    if verb.endswith("ate"):
        made.add(verb[:-3] + "ation")  # 'terminate' -> 'termination' (not 'terminal')
    return frozenset(noun for noun in made if "NOUN" in word_classes(noun)) - {verb}


def acts_as_nouns(catalog: Catalog) -> dict[str, tuple[str, str]]:
    """noun said (singular and plural) -> (the participle to read, the table whose code names the act)."""
    from ai_etl.language.reading import resolve_table

    schema_words = {w for t in catalog.tables for w in (*spoken_words(t.name), *(x for c in t.columns for x in spoken_words(c.name)))}
    found: dict[str, set[tuple[str, str]]] = {}
    for table in catalog.tables:
        for column in table.columns:
            for names in column.value_names.values():
                for name in names:
                    verb = verb_lemma(name) if " " not in name and (is_past_verb(name) or word_classes(name) <= {"VERB", "NOUN"}) else None
                    if not verb:
                        continue
                    participle = name if is_past_verb(name) else _participle(verb)
                    for noun in act_nouns(verb) - schema_words:
                        if resolve_table(catalog, noun):
                            continue  # 'load shipments': the rows of `shpmt`, not those 'S = shipped' only
                        for said in (noun, plural(noun)):
                            found.setdefault(said, set()).add((participle, table.name))
    return {said: next(iter(owners)) for said, owners in found.items() if len({t for _, t in owners}) == 1}


def _participle(verb: str) -> str:
    from lemminflect import getInflection

    return (getInflection(verb, "VBN") or (verb,))[0]


def with_acts_as_nouns(text: str, catalog: Catalog) -> str:
    """'contractors with more than 40 failures' -> 'contractors with more than 40 failed insp'."""
    nouns = acts_as_nouns(catalog)
    if not nouns:
        return text
    pattern = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, nouns), key=len, reverse=True)) + r")(?![\w-])(?:\s+([a-z]+))?")

    def read(m: re.Match) -> str:
        following = m[2] or ""
        if following and following not in FUNCTION_WORDS and "NOUN" in word_classes(following):
            return m[0]  # 'expiration date', 'completion rate': the noun names something else
        return f"{nouns[m[1]][0]} {nouns[m[1]][1]}" + m[0][len(m[1]) :]

    return pattern.sub(read, text)


# how English makes nouns of acts, undone: (noun ending, verb ending) ('resolution' -> 'resolve',
# 'payment' -> 'pay', 'arrival' -> 'arrive', 'delivery' -> 'deliver', 'cancellation' -> 'cancel', 'expiry' -> 'expire')
_NOUN_ENDINGS = (("ution", "ve"), ("llation", "l"), ("ication", "y"), ("ission", "it"), ("onse", "ond"), ("ation", "ate"), ("ation", ""), ("ation", "e"), ("ition", "ite"), ("ion", ""), ("ion", "e"),
                 ("ment", ""), ("al", "e"), ("al", ""), ("ery", "er"), ("iry", "ire"), ("ance", ""), ("ance", "e"), ("ence", "e"), ("ure", "e"), ("ure", ""))  # fmt: skip


@functools.cache  # the inverse of `act_nouns`, for nouns it does not make ('resolution', 'response')
def act_of_noun(noun: str) -> str | None:
    """The verb a noun of an act comes from ('resolution' -> 'resolve', 'payment' -> 'pay'), None for other nouns."""
    for ending, verb_ending in _NOUN_ENDINGS:
        if noun.endswith(ending) and len(noun) >= len(ending) + 3:  # not 'station' of 'state'
            verb = noun[: -len(ending)] + verb_ending
            if verb_lemma(verb) == verb and "VERB" in word_classes(verb):
                return verb
    return None


def with_latest_act_as_noun(text: str) -> str:
    """'what each item was most recently valued at' -> 'the latest valuation of each item': the latest of an act said of
    each thing, as the noun of the act (read where latest-per-group rows are read); only where the act has one noun."""

    def said(match: re.Match) -> str:
        act = verb_lemma(match["verb"]) if is_past_verb(match["verb"]) else None
        nouns = sorted(act_nouns(act)) if act else []
        when = "first" if match["when"] == "first" else "latest"
        return f"the {when} {nouns[0]} of each {match['thing']}" if len(nouns) == 1 else match[0]

    return re.sub(
        r"\bwhat\s+(?:each|every)\s+(?P<thing>[a-z_]+)\s+(?:was|were|is|got)\s+(?P<when>most\s+recently|last|first)\s+(?P<verb>[a-z]+)(?:\s+(?:at|as|for|to))?\b",
        said, text,
    )


def with_awaited_as_not_yet(text: str) -> str:
    """'parcels still waiting to be delivered', 'yet to be paid', 'awaiting delivery' -> 'not delivered yet': an act
    said as awaited is one that has not happened, read where the readers of acts not yet done look."""
    from lemminflect import getInflection

    def participle(verb: str) -> str | None:
        forms = getInflection(verb, "VBN")
        return forms[0] if forms else None

    text = re.sub(
        r"\b(?:still\s+)?(?:waiting|yet|left)\s+to\s+(?:be|get|are|is)\s+([a-z]+)(?:\s+for\b)?",
        lambda m: f"not {m[1]} yet" if is_past_verb(m[1]) else m[0], text,
    )  # fmt: skip
    text = re.sub(  # 'the payments we are still waiting on': payments not paid yet (the act the rows' own noun names)
        r"\b(?P<noun>[a-z]+)\s+(?:that\s+|which\s+)?(?:we|they|you|i)\s+(?:are|were|am)\s+(?:still\s+)?(?:waiting\s+(?:on|for)|expecting)\b",
        lambda m: f"{m['noun']} not {done} yet" if (verb := act_of_noun(m["noun"]) or act_of_noun(singular(m["noun"]))) and (done := participle(verb)) else m[0], text,
    )  # fmt: skip
    text = re.sub(  # 'the exam entries we're still waiting on results for': entries with no result yet (a thing, no act)
        r"\b(?:that\s+|which\s+)?(?:we|they|you|i)\s+(?:are|were|am)\s+(?:still\s+)?waiting\s+(?:on|for)\s+(?:the\s+|their\s+|its\s+)?(?P<thing>[a-z]+)\s+(?:for|on)\b",
        lambda m: m[0] if act_of_noun(m["thing"]) else f"with no {m['thing']} yet", text,
    )  # fmt: skip
    return re.sub(  # 'awaiting delivery': not delivered yet; 'awaiting results': with no result yet
        r"\b(?:still\s+)?(?:awaiting|waiting\s+for)\s+(?:their\s+|its\s+|the\s+|an?\s+)?([a-z]+)\b(?!\s+to\s+[a-z])",  # (never 'waiting for
        # an engineer to get there': an act of theirs awaited)
        lambda m: f"not {done} yet" if (verb := act_of_noun(m[1])) and (done := participle(verb)) else f"with no {m[1]} yet" if is_noun(m[1]) else m[0], text,
    )  # fmt: skip
