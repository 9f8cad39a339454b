"""The acts a date or time column records, as verbs: `closed_at` records 'close'; `pd_dt`, commented
'date the payment was received; NULL = not paid', records 'pay' and 'receive'. A column's name says it
first; where no column of a table is named for an act, its comment may say it (its participles and the
nouns of acts in it, before any legend of NULL), since abbreviated names (`cls_ts`, `coll_ts`) rarely do.
And the acts a phrase of a request says ('closing the claim', 'the payment', 'the PCN was issued')."""

from __future__ import annotations

import functools
import re

from ai_etl.agents.contracts import CatalogColumn, CatalogTable
from ai_etl.catalog.values import is_numeric
from ai_etl.language.nominal_acts import act_of_noun
from ai_etl.language.request_text import FUNCTION_WORDS
from ai_etl.language.spoken import is_past_verb, verb_lemma, word_classes

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
    """The act of `words[i]`, or with the particle after it the phrasal verb as one act ('checked out': 'checkout'),
    also after its object ('handed the box back': 'handback', not 'hand', which another column's 'handed to the reader'
    is). 'in' and 'over' are prepositions as often ('paid in full', 'registered in the system'): the act stays too."""
    for j in range(i + 1, min(i + 4, len(words))):
        if words[j] in PARTICLES:
            return (act, act + words[j]) if words[j] in ("in", "over") else (act + words[j],)
        if words[j] not in OBJECT_DETERMINERS and (words[j] in FUNCTION_WORDS or is_past_verb(words[j]) or "NOUN" not in word_classes(words[j])):
            break  # 'handed to the reader at the desk', 'opened (vehicle dropped off)': no particle of this verb
    return (act,)


OBJECT_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "your", "this", "that"}


# verbs of making a thing whose noun is the act of making it ('the quote was written' is the quoting)
MAKING = {"write", "issue", "raise", "make", "create", "draw", "prepare", "produce", "send", "submit", "place", "lodge", "file", "put"}


@functools.cache
def _comment_acts(comment: str, present: bool = False) -> frozenset[str]:
    said = re.split(r";|\bnull\s*=", comment.lower())[0]  # 'NULL = not paid' says when it is empty, not what it records
    if re.match(r"\s*(?:the\s+)?(?:last|first|final|latest|earliest)\s+(?:day|date|time)\b", said):
        return frozenset()  # 'last day the recipe was sold': when selling ended, not when each sale was made
    words = re.findall(r"[a-z]+", said)
    if re.search(r"\b[a-z]+ed\s+or\s+[a-z]+ed\b", said):
        return frozenset()  # 'date the candidate accepted or declined': either act, so neither one alone
    acts = {a for w in words if (a := act_of_noun(w))}
    for made in re.finditer(r"\b(?:the|a|an|its|their)\s+([a-z]+)\s+(?:was|were|is|are|got)\s+([a-z]+)", said):
        if verb_lemma(made[2]) in MAKING and verb_lemma(made[1]) == made[1]:
            acts.add(made[1])  # 'date the quote was written': when they quoted ('jobs quoted in 2026'), as 'the order was placed' is when ordered
    for i, word in enumerate(words):
        if (is_past_verb(word) or (present and _says_when_it_does(words, i))) and (act := verb_lemma(word)) not in AUXILIARIES:
            acts.update(_with_particle(act, words, i))  # 'picked up at the restaurant' records the pickup
    return frozenset(acts)


# verbs of a state, never an act a date records ('Day the customer wants it', 'the day a night duty belongs to')
STATIVE = {"want", "need", "belong", "own", "have", "contain", "include", "seem", "like", "know", "mean", "cost", "weigh", "owe", "hold", "keep"}


def _says_when_it_does(words: list[str], i: int) -> bool:
    """'Date the licence runs out', 'day the lease expires': a verb in the present, third person, right after its subject
    (a noun's plural only when a particle follows: 'runs out', never 'the runs'), saying what the date is the day of."""
    from lemminflect import getInflection

    word = words[i]
    base = verb_lemma(word)
    if not base or base in STATIVE or word not in getInflection(base, "VBZ") or i == 0 or "NOUN" not in word_classes(words[i - 1]) or words[i - 1] in OBJECT_DETERMINERS:
        return False  # (its subject right before it: 'the licence runs out', never 'after the cleans', 'between cleans')
    return "NOUN" not in word_classes(word) or words[i + 1 : i + 2] in ([p] for p in PARTICLES)


def comment_acts(column: CatalogColumn) -> frozenset[str]:
    """The acts a time column's comment says it records ('when the ticket was resolved and closed', 'Date the licence runs
    out': a date's act said in the present, which a table's comment uses for what its rows may do, not what each one did)."""
    timed = column.type == "date" or column.type.startswith("timestamp")
    return _comment_acts(column.comment, present=timed) if column.comment else frozenset()


def table_acts(table: CatalogTable) -> frozenset[str]:
    """The acts a table's comment says each of its rows records ('Deliveries received at the back door'), and the acts its
    rows are called by ('Lesson bookings': each row is a booking)."""
    from ai_etl.language.request_text import singular

    heads = {singular(name.split()[-1]) for name in table.called}
    named = {act for head in heads if (act := act_of_noun(head) or (verb_lemma(head) if head.endswith("ing") else None))}
    said = re.split(r"\.\s+(?=[A-Z])", table.comment)[0] if table.comment else ""  # what a row is, never a later sentence about some of
    # them ('Orders: website ... orders. Cancelled orders (st = X) never count as sales.': no order records a cancellation)
    return (_comment_acts(said) if said else frozenset()) | named


def rows_act_date(table, acts: set[str]) -> str | None:
    """The one date every row of `table` has, where its comment says each row records one of `acts` ('Money received for
    jobs' of 'received'): when the rows' own act happened."""
    kept = [c for c in table.columns if (c.type == "date" or c.type.startswith("timestamp")) and not c.nullable]
    return f"{table.name}.{kept[0].name}" if len(kept) == 1 and acts & table_acts(table) else None


def act_patient(column: CatalogColumn, act: str) -> str | None:
    """Who or what a stamp's comment says the act is done to, singular: 'when the tool was handed to the member' and
    'when the member reserved the tool' both say 'tool' (so 'where the tool was reserved' restates it, 'where the
    member was reserved' does not)."""
    from ai_etl.language.request_text import singular
    from ai_etl.language.spoken import verb_forms

    verb, particle = next(((act[: -len(p)], p) for p in PARTICLES if act.endswith(p) and verb_forms(act[: -len(p)], "VBN")), (act, ""))
    forms = "|".join(verb_forms(verb, "VBN") + verb_forms(verb, "VBD")) or verb
    after = rf"\s+{particle}\b" if particle else r"\b"
    said = re.split(r";|\bnull\s*=", (column.comment or "").lower())[0]
    passive = re.search(rf"\b([a-z]+)\s+(?:was|were|is|are|has\s+been|have\s+been|gets|got)\s+(?:[a-z]+\s+)?(?:{forms}){after}", said)
    active = None if particle else re.search(rf"\b(?:{forms})\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?([a-z]+)\b", said)
    intransitive = re.search(rf"\b([a-z]+)\s+(?:{forms}){after}", said) if particle else None  # 'date the money went out': the money
    found = passive or active or intransitive
    return singular(found[1]) if found and found[1] not in FUNCTION_WORDS else None


def acts_kept(column: CatalogColumn) -> set[str]:
    """The acts a nullable column's comment says it records, where its NULL is a state of its own ('the student who
    recommended the school to this one; NULL = found us on their own' -> {'recommend'}): the rows with a value are those
    the act happened to. A verb with its particle is one act ('take out')."""
    amount = is_numeric(column.type) and not re.search(r"(?:_id|_by|_no|_ref)$", column.name.lower()) and not re.search(r"\b\w+\.\w+\b", column.comment or "")
    if not column.nullable or not column.null_names or re.match(r"(?:date|time)", column.type.lower()) or amount:
        return set()  # (a date's act is its null state's: 'not paid yet', or the last time it happened: 'last day it was sold'; an
        # amount's is what it measures: 'explosive used, kg')
    words = re.findall(r"[a-z]+", re.split(r"\bnull\b", column.comment or "", flags=re.I)[0].lower())
    acts = set()
    for i, word in enumerate(words):
        if len(word) <= 3 or not is_past_verb(word) or not (verb := verb_lemma(word)):
            continue
        if re.search(r"\b(?:not|never|no\s+longer)\s+(?:\w+\s+)?$", " ".join(words[:i]) + " "):
            continue  # ('last day the recipe was no longer sold')
        particle = words[i + 1] if i + 1 < len(words) and words[i + 1] in PARTICLES else None
        acts.add(f"{verb} {particle}" if particle else verb)  # 'taken out of service': 'take out', never 'took'
    return acts


# the particles that make a verb another act ('taken out of service', 'paid back', 'turned down', 'showed up')
PARTICLES = {"up", "out", "off", "back", "down", "away"}


def act_said(word: str) -> str | None:
    """The act a word of a request says: 'recommend', 'recommended', 'recommending' and 'recommendation' all say 'recommend'."""
    if is_past_verb(word) or ((word.endswith("ing") or verb_lemma(word) == word) and "VERB" in word_classes(word)):
        return verb_lemma(word)  # ('did nobody recommend')
    return act_of_noun(word)


def comment_lemmas(column: CatalogColumn) -> set[str]:
    """The lemmas of the content words of a column's comment (what it says the column is, in its own words)."""
    from ai_etl.language.request_text import FUNCTION_WORDS
    from ai_etl.language.spoken import lemma

    return {lemma(w) for w in re.findall(r"[a-z]+", (column.comment or "").lower()) if w not in FUNCTION_WORDS}
