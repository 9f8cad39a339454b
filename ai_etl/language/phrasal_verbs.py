"""Phrasal verbs said for the one-word acts a schema records: 'loans that came back late' are returned
(`returned_on`), 'users who never logged in' have no `last_login_at`, 'classes they showed up to' were attended
('A = attended'). A phrasal verb is rewritten only where the schema records one of its one-word acts (a date
column's or a code's) and not the phrasal verb's own words, in the tense it was said. A few one-word acts are said in
another word of the same act the same way ('orders that haven't arrived yet' are not delivered yet, `SAME_ACTS`)."""

from __future__ import annotations

import functools
import re

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.language.events import comment_acts
from ai_etl.language.nominal_acts import act_of_noun
from ai_etl.language.reading import STAMP_WORDS, event_of
from ai_etl.language.request_text import british_spelling
from ai_etl.language.schedule_text import MONTH_NAMES
from ai_etl.language.spoken import is_past_verb, spoken_words, table_prefix, verb_lemma

# (verb, particle) -> the one-word acts it may say, in the order people mean them
PHRASAL = {
    ("come", "back"): ("return",), ("bring", "back"): ("return",), ("give", "back"): ("return",), ("hand", "back"): ("return",),
    ("come", "in"): ("arrive", "receive"), ("take", "in"): ("receive", "acquire", "admit"), ("turn", "down"): ("reject", "decline", "refuse", "deny"), ("hand", "in"): ("submit",), ("turn", "in"): ("submit", "return"),
    ("send", "in"): ("submit",), ("go", "out"): ("ship", "dispatch", "depart"), ("send", "out"): ("ship", "send", "dispatch"), ("send", "off"): ("send", "ship", "dispatch"), ("post", "off"): ("post", "send"),
    ("ship", "out"): ("ship", "dispatch"), ("take", "out"): ("borrow", "checkout"), ("check", "out"): ("checkout",),
    ("check", "in"): ("checkin",), ("sign", "up"): ("signup", "register", "join"), ("log", "in"): ("login",),
    ("pay", "back"): ("repay", "refund"), ("pick", "up"): ("pickup", "collect"), ("drop", "off"): ("dropoff", "deliver"),
    ("close", "out"): ("close",), ("wrap", "up"): ("complete", "finish", "close"), ("sign", "off"): ("approve",),
    ("set", "up"): ("create", "install"), ("call", "off"): ("cancel",), ("move", "out"): ("moveout", "vacate"),
    ("show", "up"): ("attend", "arrive", "appear"), ("turn", "up"): ("attend", "arrive", "appear"),
    ("drop", "out"): ("withdraw", "quit"), ("pull", "out"): ("withdraw",), ("back", "out"): ("withdraw", "cancel"),
    ("put", "up"): ("erect", "build", "install"), ("take", "down"): ("dismantle", "strike", "remove"),
}  # fmt: skip
PARTICLES = ("back", "in", "out", "up", "off", "down")
# (verb, particle) -> the one-word acts it says of the day a row's date records ('certificates that run out in 2027' of
# `expiry_dt`); never rewritten in the request: a status 'E = expired' is no day
SAID_OF_DATES = {("run", "out"): ("expire", "lapse")}
# verb -> the one-word acts of general business English it may say of the same rows ('the orders that haven't arrived
# yet' where `dlv_dt` says 'NULL = not delivered yet'); said in the schema's word only where the schema records no act
# of the verb's own
SAME_ACTS = {
    "arrive": ("deliver", "receive"), "dispatch": ("ship", "send"), "ship": ("dispatch", "send"), "send": ("ship", "dispatch"),
    "mend": ("repair",),
}  # fmt: skip


def recorded_acts(catalog: Catalog) -> set[str]:
    """The acts the date/time columns record (`returned_on`: 'return', `checked_out_on`: 'checkout' and 'check'),
    those a code's name says in a past participle ('A = attended', 'X = cancelled by the client') or its missing value's ('NULL = not returned')
    and the tables named for a phrasal verb."""
    found: set[str] = set()
    for table in catalog.tables:
        found |= dated_acts(table)
        found.update(verb_lemma(first) for column in table.columns for names in column.value_names.values() for name in names if is_past_verb(first := name.split()[0]))
        found.update(act for column in table.columns for act in acts_not_yet(column))
    compounds = {verb + particle for verb, particle in PHRASAL}
    found.update(part for table in catalog.tables for part in table.name.split("_") if part in compounds)  # a `signup` table: sign-ups
    for table in catalog.tables:  # 'Quotes we have sent out': each row is a sending out (never 'Tent hangars our crews put up
        said = re.findall(r"\b([a-z]+)\s+(in|out|up|off|back|on|over|down)\b", (table.comment or "").lower())  # and take down': each
        acts = {act for verb, particle in said if (act := (verb_lemma(verb) or verb) + particle) in compounds}  # row is one of two)
        if len(acts) == 1 and all(is_past_verb(verb) for verb, particle in said if (verb_lemma(verb) or verb) + particle in acts):
            found |= acts
    return found


def called_acts(column: CatalogColumn) -> set[str]:
    """The acts of the names a column's comment calls it by ('move-out date' -> 'moveout'), the way tables are named for them."""
    return {"".join(verb_lemma(w) or w for w in re.findall(r"[a-z]+", name) if w not in STAMP_WORDS) for name in column.called}


def dated_acts(table: CatalogTable) -> set[str]:
    """The acts a table's date/time columns record, by their names and their comments ('when the sample was received')."""
    found: set[str] = set()
    prefix = table_prefix([c.name for c in table.columns])
    for column in table.columns:
        if column.type.startswith(("date", "timestamp")):
            found.add(event_of(column.name, prefix))
            found.update(verb_lemma(w) or act_of_noun(w) or w for w in spoken_words(column.name, prefix) if w not in STAMP_WORDS)  # ('expire' of `expiry_dt`)
            found.update(comment_acts(column))
    return found


def acts_of_others(catalog: Catalog) -> set[str]:
    """The arrivals the date columns record only of another thing than their rows: `jobs.arrived_at`, 'When the engineer got
    to the property', is the engineer's arrival, so 'the jobs that came in' is no arrival of theirs."""
    from ai_etl.language.reading import resolve_table

    own: set[str] = set()
    other: set[str] = set()
    for table in catalog.tables:
        prefix = table_prefix([c.name for c in table.columns])
        for column in table.columns:
            if not column.type.startswith(("date", "timestamp")):
                continue
            acts = {event_of(column.name, prefix), *(verb_lemma(w) or w for w in spoken_words(column.name, prefix) if w not in STAMP_WORDS), *comment_acts(column)}
            if not (arrivals := acts & ARRIVALS):
                continue
            subject = re.match(r"\s*(?:when|date|time)\s+(?:the|a|an|our)\s+([a-z]+)\b", (column.comment or "").lower())
            named = resolve_table(catalog, subject[1]) if subject else None
            (other if named and named != table.name else own).update(arrivals)
    return other - own


# Acts of coming somewhere, which are their subject's own (an act done to the rows by someone, 'when the reader handed the box
# back', is the rows')
ARRIVALS = {"arrive", "reach"}


def with_phrasal_verbs(text: str, catalog: Catalog) -> str:
    """'came back after their due date' -> 'returned after their due date' where a date column records returns; 'haven't
    arrived' -> 'haven't delivered' where one records deliveries and none arrivals."""
    from lemminflect import getInflection

    acts = recorded_acts(catalog) - acts_of_others(catalog)
    both = _said_both_ways(catalog)
    named = legend_compounds(catalog)
    phrased = _legend_phrasal_verbs(catalog)

    def one_word(match: re.Match) -> str:
        verb = verb_lemma(match[1])
        if verb and verb + match[2] in named:
            return verb + match[2]  # 'jobs where somebody was locked out' where 'LO = lockout': the kind of job the legend names
        if (verb, match[2]) in phrased:
            return match[0]  # 'the sessions we called off' where 'X = called off by us': the legend's own words
        if re.match(r"\s+(?:at|under|over|below|above)\s+(?:least\s+|most\s+)?\$?\d", text[match.end() :]):
            return match[0]  # 'came in at 6% ABV', 'came in under $500': a figure it turned out at, no act
        if re.match(r"\s+(?:(?:a|an|the|me|us|our|my)\s+)*(?:new\s+)?(?:table|report|pipeline|job|feed|extract|sync|something)\b", text[match.end() :]):
            return match[0]  # 'can you set up a table called ...': the pipeline asked for, no act of the rows
        said = PHRASAL.get((verb or "", match[2]))
        if not said or (verb + match[2] in acts and not any((verb + match[2], a) in both for a in said)):
            return match[0]  # the schema says it in the phrasal verb's own words (and not in one word too)
        act = next((a for a in said if (verb + match[2], a) in both), None) or next((a for a in said if a in acts), None)  # ('came in' of
        # `rcvd_ts`, 'when the call came in': received, not the `arr_ts` of 'arrived')
        if act is None:
            return match[0]
        commanded = match[1] == verb and re.search(r"(?:^|[.;:!?]|\bplease)\s*$", text[: match.start()])  # 'Set up a job ...'
        tag = "VB" if commanded else next((t for t in ("VBD", "VBN", "VBG", "VBZ") if match[1] in getInflection(verb, tag=t)), "VB")
        said_when = match[2] == "in" and re.match(rf"\s+(?:each|every|the|this|last|during|{MONTH_NAMES}|(?:19|20)\d\d)\b", text[match.end() :])
        return british_spelling((getInflection(act, tag=tag) or (act,))[0]) + (" in" if said_when else "")  # 'took in | in each year': the 'in' kept

    def same_act(match: re.Match) -> str:
        verb, tag = _same_act_forms()[match[0]]
        act = None if verb in acts else next((a for a in SAME_ACTS[verb] if a in acts), None)  # (the schema's own word stays)
        return british_spelling((getInflection(act, tag=tag) or (act,))[0]) if act else match[0]

    text = re.sub(rf"\b([a-z]+)\s+({'|'.join(PARTICLES)})\b", one_word, text)
    return re.sub(rf"\b(?:{'|'.join(_same_act_forms())})\b", same_act, text)


@functools.cache
def _same_act_forms() -> dict[str, tuple[str, str]]:
    """The past forms of the verbs of `SAME_ACTS` ('arrived', 'sent') -> (verb, tag): only those are said in another
    word (a base form may be a noun: 'the ship')."""
    from lemminflect import getInflection

    return {form: (verb, tag) for verb in SAME_ACTS for tag in ("VBD", "VBN") for form in getInflection(verb, tag=tag) if form != verb}


def legend_compounds(catalog: Catalog) -> set[str]:
    """The words of the codes' names that are a verb and its particle written as one ('lockout', 'pickup', 'callout')."""
    words = {w for table in catalog.tables for column in table.columns for names in column.value_names.values() for name in names for w in re.findall(r"[a-z]+", name.lower())}
    return {w for w in words if (particle := next((p for p in PARTICLES if w.endswith(p) and len(w) > len(p) + 2), None)) and verb_lemma(w[: -len(particle)]) == w[: -len(particle)]}


def _legend_phrasal_verbs(catalog: Catalog) -> set[tuple[str, str]]:
    """(verb, particle) of the codes' names that say a phrasal verb ('X = called off by us', 'P = picked up')."""
    names = {name.lower() for table in catalog.tables for column in table.columns for names in column.value_names.values() for name in names}
    return {(verb, m[2]) for name in names for m in re.finditer(rf"\b([a-z]+)\s+({'|'.join(PARTICLES)})\b", name) if (verb := verb_lemma(m[1])) and is_past_verb(m[1])}


def _said_both_ways(catalog: Catalog) -> set[tuple[str, str]]:
    """(phrasal act, one-word act) that one date column records both ways: `returned_ts`, 'when the gear came back'."""
    found = set()
    for table in catalog.tables:
        prefix = table_prefix([c.name for c in table.columns])
        for column in table.columns:
            if column.type.startswith(("date", "timestamp")):
                acts = {event_of(column.name, prefix), *(verb_lemma(w) or w for w in spoken_words(column.name, prefix)), *comment_acts(column), *acts_not_yet(column)}
            else:  # `cncl_cd`, 'why the session was called off ...; NULL = not cancelled'
                acts = set(comment_acts(column)) | acts_not_yet(column) if acts_not_yet(column) else set()
            found |= {(a, b) for a in acts for b in acts if a != b}
    return found


def acts_not_yet(column: CatalogColumn) -> set[str]:
    """The acts a column's missing value says have not happened: 'NULL = not returned', 'never returned' -> {'return'}."""
    said = (re.fullmatch(r"(?:not|never)\s+(?:yet\s+)?([a-z]+)(?:\s+yet)?", name) for name in column.null_names)  # ('NULL = never returned')
    return {verb_lemma(s[1]) for s in said if s and is_past_verb(s[1])}


def acts_said(words: list[str]) -> set[str]:
    """The acts words say: each verb's lemma, and a phrasal verb as one word ('signed up' -> 'signup'), the way
    tables are named for them."""
    acts = {act for word in words if (act := verb_lemma(word))}
    for verb, particle in zip(words, words[1:]):
        if particle in PARTICLES and (act := verb_lemma(verb)):
            acts.add(act + particle)
    return acts
