"""Conditions read from values the request says ('completed', 'Germany', 'the city of New York'):
each phrase a value of one column."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable, Condition
from ai_etl.catalog.comments import QUANTIFIERS, legend_entry, legend_word, no_phrases, said_forms, said_plural_pattern, still_patterns, yes_phrases
from ai_etl.catalog.joins import AmbiguousJoin, NoJoinPath, distances, extends, join_path, through_a_shared_parent
from ai_etl.language.events import MAKING, comment_acts, table_acts
from ai_etl.language.references import agent_named, names_the_role
from ai_etl.language.reading import Parse, column_of, columns_named_with_next_word, is_numeric, label_column, own_and_parent_tables, reachable, resolve_column, resolve_table, stamps_of_event, tables_said
from ai_etl.language.request_text import FUNCTION_WORDS, column_aliases, singular, table_aliases, without_article
from ai_etl.language.schedule_text import MONTH_NAMES
from ai_etl.language.spoken import acts_named, flag_phrase, is_noun, is_past_verb, spoken_flag, lemma, verb_lemma, spoken_column_names, spoken_words, starts_a_column_name, table_prefix, word_classes
from ai_etl.language.units import UNITS, kept_dimensions, units_of

def _with_value_synonyms(p: Parse) -> str:
    """The request's words, each said synonym replaced by the value it stands for ('paid' -> 'completed')
    unless the word is itself a value of the schema or a word a legend names one by ('paid' invoices, 'canceled'
    subscriptions, 'not paid yet' of 'I = awaiting payment')."""
    values = {w for t in p.catalog.tables for c in t.columns for form, _ in said_forms(c) for w in form.lower().split()}

    def said(word: str) -> str:
        if word in values:
            return word
        if (stem := state_of_noun(word, values)) and not any(column_of(t, word) for t in p.catalog.tables):
            return stem  # (not a column's name: 'hardiness' of 'hardy')
        if word in VALUE_SYNONYMS:
            return VALUE_SYNONYMS[word]
        return next((other for other in same_state(word) if other in values), word)  # 'completed' of 'D = done'

    return " ".join(said(w) for w in re.findall(r"[a-z0-9_]+", p.text))


# Words of one state of a thing that was worked on, said interchangeably ('completed appointments' where 'D = done').
STATE_SYNONYM_GROUPS = [{"completed", "complete", "finished", "done"}]


def same_state(word: str) -> set[str]:
    """The other words of the state `word` says, none where it says no such state."""
    return next((group - {word} for group in STATE_SYNONYM_GROUPS if word in group), set())


def state_of_noun(word: str, states) -> str | None:
    """The state among `states` a noun of it names: 'sickness' of 'S = sick', 'emptiness' of 'empty'."""
    if not word.endswith("ness"):
        return None
    return next((stem for stem in (word[:-4], word[:-5] + "y") if stem in states), None)


VALUE_SYNONYMS = {"successful": "completed", "succeeded": "completed", "success": "completed", "paid": "completed",
                  "canceled": "cancelled", "refund": "refunded", "failure": "failed", "unsuccessful": "failed"}  # fmt: skip



RECURRENCES = {"hourly", "daily", "weekly", "monthly", "quarterly", "yearly", "annual", "annually", "nightly"}


def _names_its_rows(p: Parse, text: str, span: tuple[int, int], table: str, column: str) -> bool:
    """Whether the word after a value names its table or its column ('monthly members', 'monthly plan')."""
    after = re.match(r"\s+([a-z_]+)", text[span[1] :])
    if not after:
        return False
    return resolve_table(p.catalog, after[1]) == table or column_of(p.catalog.table(table), after[1]) == column


# a negation around an act's word: 'not paid yet', 'unpaid', 'did not pay' say the act 'paid' / 'pay' negated
UNNEGATED = re.compile(r"^(?:not\s+(?:yet\s+)?|never\s+|did\s+not\s+|un)|\s+yet$")


def read_value_conditions(p: Parse) -> None:
    """Words that are values of a column ('completed', 'Germany', 'EU'): each phrase is a value of one
    column (`_owner_of_value`), longer phrases first ('New York', not 'York' inside it)."""
    have = {c.column.split(".")[-1] for c in p.intent.conditions}
    text = _with_value_synonyms(p)
    original_words = set(re.findall(r"\w+", re.sub(r"\bI(?=['’]|\s+[a-z])", " ", p.original)))  # (the pronoun: 'I'll run it', no code 'I')
    original_words |= {w.upper() for w in re.findall(r"\w+", p.text) if w not in FUNCTION_WORDS} - {w.upper() for w in re.findall(r"\w+", p.original)}  # (translated)
    tables = {p.intent.main_table: 0, **reachable(p)}
    for through in p.intent.through_tables:  # 'organizations with authors who wrote publications in the domain X'
        start = tables.get(through, 0)
        for table, distance in distances(p.catalog, through, cutoff=2).items():
            tables.setdefault(table, start + distance)
    said: dict[str, list[tuple[float, str, str, str, tuple[int, int]]]] = {}  # phrase -> (distance, table, column, value, span)
    names = spoken_column_names(p.catalog.table(t) for t in tables)
    numbers = [c.name for t in tables for c in p.catalog.table(t).columns if is_numeric(c.type)]
    measured = MEASURE_NOUNS | {w for c in numbers for w in spoken_words(c)} | units_of(kept_dimensions(numbers))  # 'hectolitres packaged' of `vol_l`
    for table_name, distance in tables.items():
        for column in p.catalog.table(table_name).columns:
            if column.name in have:
                continue
            for form, value in said_forms(column) + kinds_said_of_rows(p.catalog, p.catalog.table(table_name), column):  # 'California' says 'CA' of a state column
                named_code = legend_word(form, [value])
                if (span := _value_said(text, form, column.name, original_words, named_code)) and starts_a_column_name(text, *span, names):
                    continue  # 'by ship mode': the words of `l_shipmode`, not its value 'SHIP'
                if span and (_names_a_group_key(p, text, span, form, table_name) or _starts_a_key_name(p, text, span)):
                    continue  # 'members per voice' grouped by `voice_cd`: no teacher whose instrument is 'voice'; 'phone numbers
                    # that placed more than 20 orders' grouped by `cust_ph`: no orders taken by 'P = phone'
                if span and distance and describes_a_measure(text, span, measured):
                    continue  # 'the total amount paid': what the amount is, not the payments' invoices whose status is 'paid'
                if span and distance and form.lower() in RECURRENCES and not _names_its_rows(p, text, span, table_name, column.name):
                    continue  # 'monthly fare revenue': a grain of the trips, not the members on the 'monthly' plan
                if span:  # a code read from a name is
                    nearness = distance if form == value else distance + 0.5  # second to a value said as written
                    said.setdefault(form.lower(), []).append((nearness, table_name, column.name, value, span))
    at_span: dict[str, dict[tuple[int, int], list[str]]] = {}  # column -> where each of its values is said (the form said: 'void' of 'VD')
    taken: list[tuple[int, int]] = []
    valued: dict[str, int] = {}  # phrase -> distance of the table whose value it was read as
    flags = {}  # 'active users' where the users have `is_active`: the nearer yes/no column, not a status two joins away
    for table_name, distance in tables.items():
        for column in p.catalog.table(table_name).columns:
            if column.type == "boolean" or (column.name.startswith(("is_", "has_")) and is_numeric(column.type)):
                word = re.sub(r"^(?:is|has)_", "", column.name).split("_")[-1]
                for named in dict.fromkeys((word, flag_phrase(column.name), *yes_phrases(column.comment))):  # 'rained off' of `rained_off`, 'direct
                    # debit' of `autopay`: 'true = ... by direct debit'
                    for spelled in (named, re.sub(r"([aeiou])ll(ed|ing)$", r"\1l\2", named), re.sub(r"([aeiou])l(ed|ing)$", r"\1ll\2", named)):
                        flags[spelled] = min(flags.get(spelled, distance), distance)  # `is_cancelled` is 'canceled' too
    for named, distance in ((n, d) for n, d in flags.items() if " " in n):  # 'caused lost flying days' of `grounded` 'true when the
        for flag_said in re.finditer(rf"\b{re.escape(named)}\b", text):  # defect caused lost flying days': the flag's words, never
            overlapping = [d for values in said.values() for d, *_, (a, b) in values if a < flag_said.end() and flag_said.start() < b]
            if not any(d < distance for d in overlapping):  # a glider 'F = flying' (a nearer table's value said so wins)
                taken.append(flag_said.span())
    named_tables = [(t, m.span()) for t in p.catalog.tables for name in t.called if " " in name and _only_name(t, name) for m in re.finditer(rf"\b{re.escape(name.lower())}\b", text)]
    own_name = [m.span() for m in re.finditer(rf"\b{re.escape(' '.join(p.intent.main_table.split('_')))}(?:s|es)?\b", text)] if "_" in (p.intent.main_table or "") else []
    for phrase in sorted(said, key=len, reverse=True):
        span = said[phrase][0][4]
        if any(span[0] < end and start < span[1] for start, end in taken):
            continue
        if any(a <= span[0] and span[1] <= b for a, b in own_name):
            taken.append(span)  # 'the van services' of `van_services`: the rows read by their own name, no service of the kind 'S = service'
            continue
        owner = _owner_of_value(p, text, said[phrase])
        if owner is not None and any(t.name != owner.split(".")[0] and a <= span[0] and span[1] <= b for t, (a, b) in named_tables):
            taken.append(span)  # 'boiler cover contracts', what the table's comment calls its rows: no part whose category is 'boiler'
            continue
        if phrase in flags and (flags[phrase] < min(d for d, *_ in said[phrase]) or (" " in phrase and flags[phrase] <= min(d for d, *_ in said[phrase]))):
            taken.append(span)  # the nearer flag's words, none of them another value ('debit' of 'direct debit')
            continue
        if (core := UNNEGATED.sub("", phrase)) != phrase and flags.get(core, float("inf")) < min(d for d, *_ in said[phrase]):
            continue  # 'bookings not paid for' where the bookings have `paid`: their flag negated, never their customers' orders 'N = not paid'
            # (the flag's reading takes the words)
        if owner is not None and owner.split(".")[0] != p.intent.main_table and resolve_table(p.catalog, without_article(phrase)) not in (None, owner.split(".")[0]):
            taken.append(span)  # 'patron circle members': the members read, not tickets of the type 'M = member' ('the patients' read,
            # no invoices billed to 'P = the patient')
            continue
        if owner is not None and _role_of_the_reference(p, owner.split(".")[0], phrase):
            taken.append(span)  # 'hours each of our fixers put into repairs' read through `repairs.fixer_id`: the volunteer who fixed
            continue  # each, never only those whose role is 'F = fixer' ('B = both fixes and hosts' fixes too)
        if owner is not None and table_aliases(owner.split(".")[0]).get(phrase) == 3 and not _one_kind_listed(p.catalog.table(owner.split(".")[0]), phrase):
            taken.append(span)  # 'drivers who never reported a fault': every row of `driver`, not its grade 'D = driver' (but 'the biggest
            continue  # grant' of `grnt` 'Grants, donations and fundraising income' with 'G = grant': the rows of that kind)
        if owner is not None and is_past_verb(phrase.split()[0]) and up_and_down(p, owner.split(".")[0]) is not False:
            continue  # 'shipments sent before July': an act of the rows, not the status 'sent' of their warehouse's purchase orders
            # ('money paid out' of 'Money we paid out on a client's behalf', not the client account's 'P = paid out')
        if owner is not None and is_past_verb(phrase) and _said_by_another_subject(p, text, span[0], owner.split(".")[0]):
            continue  # 'suppliers received more than five purchase orders': what the suppliers did, not the orders' status
        if owner is not None and _done_to_rows_with_states_of_their_own(p, text, span, owner.split(".")[0]):
            continue  # 'the inscriptions we've done': what was done to them (each keeps whether it was cut), never their job's
            # 'F = fixed, job complete'
        if owner is not None and is_past_verb(phrase) and _object_of_other_rows(p, text, span, owner.split(".")[0]):
            continue  # 'learners who have never done a mock test': what they did to the tests, not the lessons' state 'C = completed'
        if owner is not None and is_past_verb(phrase) and verb_lemma(phrase) in table_acts(p.catalog.table(owner.split(".")[0])) | table_acts(p.catalog.table(p.intent.main_table)):
            continue  # the act every row of the owner or of the rows read records, not a status: 'lessons booked for each car' of 'Lesson
            # bookings' with 'B = booked (upcoming)' (which is meant is not told; coverage names the code), 'deliveries we received
            # from each supplier' of 'Deliveries received at the back door', not their orders' 'R = received in full'
        if owner is not None and _adjective_of_the_rows(p, text, span, owner.split(".")[0]):
            continue  # 'the phone lines': the lines, not those with a ticket made by 'P = phone'
        if owner is not None and phrase in AGE_WORDS and _age_of_the_rows(p, text, span, owner.split(".")[0]):
            continue  # 'new pupils joining': the pupils' own newness, never pupils who hired a costume in 'N = new' condition
        if owner is not None and _agent_of_a_clause(p.normalized, text[span[0] : span[1]]) and agent_named(p.catalog, p.intent.main_table, owner.split(".")[0], text[span[0] : span[1]]):
            continue  # 'the visits where the driver didn't empty the coin box': each visit's own driver, never only staff of 'D = driver'
        if owner is not None and is_past_verb(phrase.split()[0]) and _dated_act(p, text, span, owner.split(".")[0]):
            continue  # 'shipments booked in October': when the act happened (`booked_at`), not the status 'booked' now
        if owner is not None:
            valued[phrase] = tables[owner.split(".")[0]]
            taken.append(span)
            at_span.setdefault(owner, {})[span] = [v for _, t, c, v, _ in said[phrase] if f"{t}.{c}" == owner]
    order = [f"{t}.{c.name}" for t in tables for c in p.catalog.table(t).columns]
    for column in sorted(at_span, key=order.index):
        hits = [v for v in _values_in_order(p, column) if any(v in values for values in at_span[column].values())]
        said_at = sorted(at_span[column])
        if kept := _kept_beside_excluded(text, at_span[column]):  # 'who actually worked ... (excluding no-shows and cancelled)':
            hits = [v for v in _values_in_order(p, column) if v in kept]  # the state kept says it all
            p.intent.conditions.append(Condition(column=column, op="=" if len(hits) == 1 else "in", value=hits[0] if len(hits) == 1 else hits))
            continue
        listed = all(LISTED.fullmatch(text[a[1] : b[0]]) for a, b in zip(said_at, said_at[1:]))
        negated = (len(hits) == 1 and any(NEGATED_LIST.search(text[:start]) for start, _ in said_at)) or (listed and bool(NEGATED_LIST.search(text[: said_at[0][0]])))
        negated = negated or all(NEGATED_LIST.search(text[:start]) for start, _ in said_at)  # 'excluding cancelled sessions and no-shows'
        negated = negated or all(NEGATED_CLAUSE.search(text[:start]) for start, _ in said_at)  # 'excluding loads that were aborted'
        if len(hits) == 1 and not negated and (before := _code_not_done_yet(p, column, [text[a:b] for a, b in said_at])):
            p.intent.conditions.append(Condition(column=column, op="!=", value=before))  # 'the quotes we sent out' where 'D = draft
            continue  # (not sent yet), S = sent, waiting': every quote past the draft, never only those still waiting
        op = ("!=" if len(hits) == 1 else "not_in") if negated else "=" if len(hits) == 1 else "in"  # 'non-vegan food' is food_type != 'Vegan',
        # 'leaving out void bills'; 'leave out declined and refunded payments' is neither of the two
        p.intent.conditions.append(Condition(column=column, op=op, value=hits[0] if len(hits) == 1 else hits))
    flagged: dict[str, int] = {}  # word -> distance of the table whose flag it was read as: the nearest only
    for table_name, distance in sorted(tables.items(), key=lambda item: item[1]):
        for column in p.catalog.table(table_name).columns:
            if column.name in have or not (found := _flag_condition(p, text, table_name, column)):
                continue
            condition, word = found
            as_valued = min(valued.get(form, distance) for form in (word, f"{word}ed", f"{word}d", f"{word}s"))  # 'voided' of 'V = voided'
            if flagged.get(word, distance) < distance or as_valued < distance or (distance and _said_of_the_rows(p, text, word)):
                continue  # 'active customers': the customers' flag, never their store manager's; 'members cancelled': their status
            if _said_of_other_rows(p, text, word, table_name):
                continue  # 'ignoring voided invoices': the invoices' state, not a pressing's `void_flg`
            if distance and up_and_down(p, table_name) and table_name not in tables_said(p):
                continue  # 'the emergency vet call-outs': the visits' own, never the `callout` of the farrier's visits to the same
                # horse (rows that only share a parent, each meeting all of the others), unless those rows are named
            flagged[word] = distance
            p.intent.conditions.append(condition)
            have.add(column.name)
    # qualify the explicit conditions written as bare names
    for condition in p.intent.conditions:
        if "." not in condition.column:
            condition.column = resolve_column(p, condition.column) or condition.column



def kinds_said_of_rows(catalog: Catalog, table: CatalogTable, column: CatalogColumn) -> list[tuple[str, str]]:
    """('trade customer', 'T') of sellers a comment calls customers, where 'T = trade account': the one word that sets a
    code's name (a noun with its modifier) apart, said before a noun naming the rows, is that code (no other code's name
    has the word, and it names no table: 'inverter faults' are the inverters')."""
    nouns = {name for name, strength in table_aliases(table.name, tuple(table.called)).items() if strength >= 2 and " " not in name}
    forms = _kinds_said_with_the_lead(column)
    for code, names in column.value_names.items():
        others = {w for other, named in column.value_names.items() if other != code for name in named for w in name.lower().split()}
        for name in names[:1]:  # (what the code is, never what its parenthesis adds: '1 = critical (inverter stopped)')
            *modifier, head = name.lower().split()
            if len(modifier) == 1 and legend_word(modifier[0], column.value_names) and modifier[0] not in others and is_noun(head) and not is_past_verb(head) and not resolve_table(catalog, modifier[0]):
                forms += [(f"{modifier[0]} {noun}", code) for noun in sorted(nouns) if noun != head]
    return forms


def _kinds_said_with_the_lead(column: CatalogColumn) -> list[tuple[str, str]]:
    """('gp referral', 'G') of 'Referral: G = referred by their GP, ..., I = through their insurer': the one noun that sets
    a code's name apart, said before the noun the legend's lead-in calls the column by."""
    leads = [n for n in column.called if " " not in n and is_noun(n)]
    if len(leads) != 1 or len(column.value_names) < 2:
        return []
    words = {code: {w for name in names for w in re.findall(r"[a-z]+", name.lower())} for code, names in column.value_names.items()}
    forms = []
    for code, said in words.items():
        others = set().union(*(w for other, w in words.items() if other != code))
        unique = [w for w in said - others - FUNCTION_WORDS if (is_noun(w) or not word_classes(w)) and not is_past_verb(w) and w != leads[0] and not leads[0].startswith(w)]
        if len(unique) == 1:
            forms.append((f"{unique[0]} {leads[0]}", code))
    return forms


# a state that waits for what comes next ('S = shown, waiting for the client'): the codes after it passed through it
WAITING = re.compile(r"\b(?:waiting|awaiting|pending|in\s+progress|until)\b")


def code_not_done_yet(column: CatalogColumn, verb: str) -> str | None:
    """The code whose legend says the act of a past verb has not happened to its rows yet ('D = draft (not sent yet)' for
    'sent'): a stage every row of any other code is past, the one the verb names among them. Without 'yet' the act is an
    outcome ('B = bought in (not sold)', 'N = did not attend'), which the code named by the verb says ('S = sold')."""
    act = verb_lemma(verb) if is_past_verb(verb) else None
    named = [code for code, names in column.value_names.items() if verb in names]
    if any(not WAITING.search(legend_entry(column, code).lower()) for code in named):
        return None  # 'P = played (the gig happened)' beside 'C = confirmed, not played yet': a final state the verb names, which
        # cancelled gigs never reached ('S = sent, waiting' is a stage the later codes passed through)
    for code in column.value_names if act else ():
        said = re.findall(r"\bnot\s+yet\s+([a-z]+)|\bnot\s+([a-z]+)\s+yet\b", legend_entry(column, code).lower())
        if any(verb_lemma(w) == act for pair in said for w in pair if w):
            return code
    return None


def _code_not_done_yet(p: Parse, column: str, phrases: list[str]) -> str | None:
    """`code_not_done_yet` of the one past verb every phrase said is ('the quotes we sent out'), never of a state said
    in more words ('sent and waiting for the customer')."""
    if not phrases or len(set(phrases)) != 1 or len(phrases[0].split()) != 1:
        return None
    table, _, name = column.partition(".")
    return code_not_done_yet(p.catalog.table(table).column(name), phrases[0])


def _kept_beside_excluded(text: str, said: dict[tuple[int, int], list[str]]) -> list[str]:
    """The values of one column said as kept, where others of it are said after a negation ('excluding no-shows and
    cancelled shifts'): a list of values runs from a negation on; none when all are negated or none are."""
    excluded, negated = set(), False
    order = sorted(said)
    for i, span in enumerate(order):
        listed = i > 0 and LISTED.fullmatch(text[order[i - 1][1] : span[0]])
        negated = bool(NEGATED_LIST.search(text[: span[0]])) or (negated and bool(listed))
        if negated:
            excluded.add(span)
    kept = [v for span in order if span not in excluded for v in said[span]]
    return kept if excluded and kept else []


# what lies between two values said as one list ('void, refunded and declined')
LISTED = re.compile(r"\s*(?:,|,?\s*(?:and|or|nor))?\s*")
_NEGATION = r"\b(?:non|not|except|excluding|exclude|without|other\s+than|leaving\s+out|leave\s+out|apart\s+from)[\s-]+(?:the\s+ones\s+|the\s+|any\s+|those\s+|an?\s+|in\s+(?:a\s+|an\s+)?)?"  # ('not in good condition', 'leaving out the ones')
# said right before a value: the rows without it ('non-vegan', 'not void', 'excluding refunded', 'leaving out the void ones')
NEGATED = re.compile(_NEGATION + "$")
# a negation before a list the value is in, whatever the list's other items are ('excluding cancellations and no-shows')
NEGATED_LIST = re.compile(_NEGATION + r"(?:[a-z_'-]+(?:\s+(?!and\b|or\b|nor\b)[a-z_'-]+){0,2}(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|nor)\s+))*$")


# a negation of rows a relative clause says the value of: 'excluding loads that were aborted', 'except those which are void'
NEGATED_CLAUSE = re.compile(
    _NEGATION + r"(?:(?:[a-z_'-]+\s+){1,2}(?:that|which|who)\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been|got|get|gets)\s+"
    r"|(?:ones\s+)?[a-z]+(?:ed|en)\s+(?:on|in|at|by|via|through|with)\s+)$"
)  # 'except those which are void', 'except the ones posted on Google'
# a negation of the rows a clause says the state of: 'excluding the ones we refunded' ("don't count the ones we refunded"),
# 'excluding the ones that | were not refunded'
NEGATED_OUR_ACT = re.compile(_NEGATION + r"(?:ones\s+)?(?:(?:that\s+|which\s+)?(?:we|i)\s+(?:have\s+|had\s+)?|(?:that|which|who)\s+)$")


def negation_before(text: str) -> re.Match | None:
    """The negation that the words after `text` are said under, if any: right before them, before a list they are in,
    or before a clause of them ('excluding refunded tickets', 'excluding loads that were aborted', 'excluding the ones we
    refunded')."""
    return NEGATED_LIST.search(text) or NEGATED_CLAUSE.search(text) or NEGATED_OUR_ACT.search(text)


def start_of_the_negated(negation: re.Match | None, said_at: int) -> int:
    """Where the words read as one negated state start: at the negation when nothing else is said between ('excluding
    refunded'), else at the state itself (the other items of 'excluding cancellations and refunded tickets' stay to read)."""
    return negation.start() if negation and not re.search(r",|\b(?:and|or|nor)\b", negation[0]) else said_at


# a negation a few words before what it negates, in one clause: 'leaving out those held for inspection'
NEGATED_NEAR = re.compile(r"\b(?:not|except|excluding|exclude|without|other\s+than|leaving\s+out|leave\s+out|apart\s+from)\s+(?:(?!and\b|but\b|or\b)[a-z]+\s+){0,4}$")


MEASURE_NOUNS = {"amount", "amounts", "total", "sum", "quantity", "quantities", "value", "money", "units"}


AFTER_A_PHRASE = {"per", "by", "in", "for", "from", "during", "before", "after", "since", "until", "on", "at", "each", "every",
                  "and", "or", "to", "through", "between", "over", "within", "last", "this", "so", "far"}  # fmt: skip


def describes_a_measure(text: str, span: tuple[int, int], measured: set[str]) -> bool:
    """A participle right after a measured noun, ending its phrase, says what is measured ('the total amount
    paid per method', 'units sold in 2024'), not which rows, when it is a state of other rows than those
    measured (the payments' invoices). Before a noun it says which rows: 'count failed transactions', 'the
    amount of paid invoices'; and so it does of the measured rows' own state ('fines returned' of loans)."""
    said = text[span[0] : span[1]]
    before = re.findall(r"[a-z]+", text[: span[0]])[-1:]
    after = re.findall(r"[a-z]+|[^\sa-z]", text[span[1] :])[:1]
    ends_phrase = not after or after[0] in AFTER_A_PHRASE or not after[0].isalpha()
    return bool(before) and before[0] in measured and ends_phrase and is_past_verb(said.strip())


ARTICLE = r"(?:the|each|every|our|a|any)"


def _said_by_another_subject(p: Parse, text: str, start: int, table: str) -> bool:
    """Whether the word right before a participle names another table's rows, its subject ('suppliers
    received ...'), so the verb relates them to the rows rather than stating the rows' status."""
    before = re.findall(r"[a-z_]+", text[:start])[-1:]
    subject = resolve_table(p.catalog, before[0]) if before else None
    if subject is None or subject == table:
        return False
    said = re.search(rf"\b([a-z_]+(?:\s+(?!{ARTICLE}\b)[a-z_]+)?)\s+(?:that\s+|which\s+)?(?:{ARTICLE}\s+)?{re.escape(before[0])}\s*$", text[:start])
    rows = said and next((t for n in (2, 1) if (t := resolve_table(p.catalog, " ".join(said[1].split()[-n:])))), None)
    return rows != table  # ('the grant applications the funder denied': the applications' state, whoever decided it)


OBJECT_FOLLOWS = re.compile(r"\s+(?:a|an|any|the|one|their|his|her|its|some)\s+([a-z_-]+)(?:\s+([a-z_-]+))?(?:\s+([a-z_-]+))?")


def _object_of_other_rows(p: Parse, text: str, span: tuple[int, int], table: str) -> bool:
    """A participle taking an object of other rows ('have completed a mock test', 'has done any course'): a verb
    relating its subject to those rows, not the state of the rows of `table` its word is a value of."""
    following = OBJECT_FOLLOWS.match(text, span[1])
    named = {resolve_table(p.catalog, w) for w in following.groups() if w} - {None} if following else set()
    return bool(named) and table not in named


def _done_to_rows_with_states_of_their_own(p: Parse, text: str, span: tuple[int, int], table: str) -> bool:
    """A word said in a relative clause of the rows read ('the inscriptions (that) we've done'), a value of a table they
    refer to, where the rows keep states of their own (a date 'NULL = not cut yet', a legend): the clause says what was done
    to the rows themselves (they are ours), never the state of the job they belong to ('F = fixed, job complete')."""
    main = p.catalog.table(p.intent.main_table)
    if table == main.name or not any(c.null_names or c.value_names for c in main.columns if c.name not in main.references):
        return False
    clause = re.search(r"\b([a-z_-]+)\s+(?:that\s+|which\s+)?(?:we|they|you|i|she|he)(?:'ve|'d|\s+have|\s+had|\s+has)?\s*$", text[: span[0]])
    return bool(clause) and resolve_table(p.catalog, clause[1]) == main.name


def _adjective_of_the_rows(p: Parse, text: str, span: tuple[int, int], table: str) -> bool:
    """A value of rows that refer to the rows read (a ticket's channel 'phone'), or reached from them up and down again, said right before the noun
    of the rows read ('the phone lines'): a word of the rows' own name, not a condition on other rows."""
    main = p.catalog.table(p.intent.main_table)
    owner = p.catalog.table(table)
    if table == main.name or owner is None or not (_below(p, owner, main.name) or up_and_down(p, table) is True) or extends(p.catalog, table, main.name):
        return False  # (a one-to-one extension's values are the rows' own: 'cancelled trips' of `trip_op.sts_cd`; a table reached up
        # and down again is no parent's: 'badge swipes' are swipes, not those of doors with a ticket about 'AC = access / badge')
    following = re.match(r"\s+([a-z_-]+)(?:\s+([a-z_-]+))?(?:\s+([a-z_-]+))?", text[span[1] :])  # 'the EV charging bays'
    return bool(following) and any(w and resolve_table(p.catalog, w) == main.name for w in following.groups())


# Words that say how old a thing is or whether it still is one: said before a noun, of that noun's own rows.
AGE_WORDS = {"new", "old", "recent", "current", "former", "existing", "returning", "used"}


def _age_of_the_rows(p: Parse, text: str, span: tuple[int, int], table: str) -> bool:
    """An age word said right before the noun of the rows read ('new pupils') whose value is of another table that is
    none of theirs (reached down through a child: a hired costume's condition 'N = new'): the rows' own age."""
    if table == p.intent.main_table or table in {t.name for t in own_and_parent_tables(p)}:
        return False
    following = re.match(r"\s+([a-z_-]+)", text[span[1] :])
    return bool(following) and resolve_table(p.catalog, following[1]) == p.intent.main_table


def _agent_of_a_clause(text: str, word: str) -> bool:
    """A value of another table said as the subject of a clause about the rows ('where the driver did not empty', 'that the
    customer cancelled'): who acted on each row, no condition on who that may be."""
    said = rf"\b(?:where|when|that|which|if)\s+(?:the|their|its)\s+{re.escape(word)}\s+(?:(?:did|does|do|has|had|have)\s+)?(?:not\s+|never\s+)?([a-z]+)"
    return any((is_past_verb(m[1]) or verb_lemma(m[1]) == m[1]) and "VERB" in word_classes(m[1]) for m in re.finditer(said, text))


def _below(p: Parse, table, main: str, depth: int = 2) -> bool:
    """Does `table` refer to `main`, directly or through tables that do (a penalty notice's session's bay)?"""
    parents = {ref.split(".")[0] for ref in table.references.values()} - {table.name}
    return main in parents or (depth > 1 and any(_below(p, p.catalog.table(t), main, depth - 1) for t in parents if p.catalog.table(t)))


# what says when something happened, or to whom, right after its verb ('booked in October 2025', 'closed before
# 2024', 'issued to them'): the act, not the state the rows are in now
ACT_FOLLOWS = re.compile(  # ('deposited for them in 2025': to whom, then when)
    r"(?:\s+(?:for|to|with|by)\s+(?:them|him|her|us|me|you|it))?\s+(?:in|on|during|between|before|after|since|from|until|within|last|this|to|by|(?:each|every|per)\s+(?:day|week|month|quarter|year))\b"
)


YEAR_OR_MONTH_FOLLOWS = re.compile(rf"\s+(?:in|during|between|before|after|since|from|until)\s+(?:the\s+)?(?:year\s+)?(?:(?:19|20)\d\d|(?:{MONTH_NAMES})\b)")


def time_in_the_value(text: str, span: tuple[int, int]) -> bool:
    """'jobs booked in 2025' of 'B = booked in': the value's last word is the preposition of a time said after it, so the
    participle is dated, as in 'booked during 2025'."""
    said = text[span[0] : span[1]]
    return bool(re.search(r"^[a-z]+\s+(?:in|on)$", said) and re.match(
        r"\s+(?:\d{4}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:last|this|the\s+(?:last|past|first))\b)", text[span[1] :]
    ))


def _dated_act(p: Parse, text: str, span: tuple[int, int], table: str) -> bool:
    """A participle followed by when or to whom, where the table keeps the act's own date or time (`booked_at` of 'booked')."""
    if not ACT_FOLLOWS.match(text, span[1]) and not time_in_the_value(text, span):
        return False
    act = next((a for w in text[span[0] : span[1]].split() if is_past_verb(w) and (a := verb_lemma(w))), None)  # 'checked in': 'check'
    if any(act in acts_named(c.name) and (c.type == "date" or c.type.startswith("timestamp")) for c in p.catalog.table(table).columns):
        return bool(act)
    stamps = stamps_of_event(p.catalog.table(table), act) if act and YEAR_OR_MONTH_FOLLOWS.match(text, span[1]) else []
    return any(comment_acts(p.catalog.table(table).column(c)) <= {act, *MAKING} for c in stamps)  # `ord_dt` 'date the quote was written'
    # of 'jobs quoted in 2026' (a year or month said, never 'denied by the insurers'; never a date of either of two acts, 'the
    # insurer paid or denied the claim', which the code tells apart)


def up_and_down(p: Parse, table: str) -> bool | None:
    """Is `table` reached from the rows read up a reference and then down another (a shipment's warehouse's purchase
    orders, a door's tickets), rather than one way (their customer and its country; their orders; through a link table,
    the courses a student took)? None when no one path reaches it. An act's participle that is a status of a table reached
    up and down again is the rows' own act: 'shipments sent' are not purchase orders 'sent'. (A name down there still is
    one: a business's neighbourhood 'Downtown'.)"""
    try:
        return through_a_shared_parent(join_path(p.catalog, p.intent.main_table, table))
    except (NoJoinPath, AmbiguousJoin):
        return None


def table_of_said_values(p: Parse) -> str | None:
    """For a request that names no table, the one table whose columns hold more of the values the
    request says than any other ('gold and platinum members in Germany': the guests, with a tier and a
    country, not the hotels, with only a country); none on a tie."""
    text = _with_value_synonyms(p)
    original_words = set(re.findall(r"\w+", re.sub(r"\bI(?=['’]|\s+[a-z])", " ", p.original)))  # (the pronoun: 'I'll run it', no code 'I')
    said: dict[str, set[str]] = {}
    for table in p.catalog.tables:
        for column in table.columns:
            for form, _ in said_forms(column):
                if _value_said(text, form, column.name, original_words):
                    said.setdefault(table.name, set()).add(form.lower())
    ranked = sorted(said, key=lambda t: len(said[t]), reverse=True)
    if not ranked or (len(ranked) > 1 and len(said[ranked[0]]) == len(said[ranked[1]])):
        return None
    return ranked[0]


# English adjectives and their opposites: 'closed businesses' are those not `is_open`.
OPPOSITES = {"open": "closed", "active": "inactive", "enabled": "disabled", "available": "unavailable", "visible": "hidden",
             "public": "private", "verified": "unverified", "paid": "unpaid", "valid": "invalid", "online": "offline",
             "completed": "incomplete", "approved": "rejected", "published": "unpublished"}  # fmt: skip


def _names_a_group_key(p: Parse, text: str, span: tuple[int, int], form: str, owner: str) -> bool:
    """Is the value (of a column of `owner`) the name of a column the rows are grouped by ('per groomer' by `groomer_id`
    may keep staff 'GR = groomer')?"""
    keys = (key.column.split(".") for key in p.intent.group_by)
    named = {(t, c) for t, c in keys if (table := p.catalog.table(t)) and column_of(table, form) == c}
    return group_key_said(p.catalog, text, span[0], named, {owner})


def _starts_a_key_name(p: Parse, text: str, span: tuple[int, int]) -> bool:
    """Do the value's words and the word after them name a column the rows are grouped by ('phone numbers' of `cust_ph`)?"""
    keys = {tuple(key.column.split(".")) for key in p.intent.group_by if "." in key.column}
    return bool(keys & columns_named_with_next_word(p.catalog.tables, text, *span))


def group_key_said(catalog: Catalog, text: str, start: int, keys: set[tuple[str, str]], owners: set[str]) -> bool:
    """Is the word at `start`, said right after 'per'/'each'/'by', the name of group key columns (`keys`, as (table,
    column)) that do not refer to the rows of `owners`: a group, not a value of theirs?"""
    referred = {catalog.table(t).references.get(c, "").split(".")[0] for t, c in keys}
    return bool(keys) and bool(re.search(r"\b(?:per|each|every|by)\s+$", text[:start])) and not referred & owners


def _flag_condition(p: Parse, text: str, table: str, column: CatalogColumn) -> tuple[Condition, str] | None:
    """'active customers', 'closed businesses', 'non-vegan': a yes/no column (`boolean`, or an integer
    `is_x`/`has_x`) read from its word or its opposite's (`activebool` is said 'active'); an integer flag
    compares with 1 or 0. Returns the condition and the word it was read from."""
    flag = column.type == "boolean" or (column.name.startswith(("is_", "has_")) and is_numeric(column.type))
    if not flag:
        return None
    spoken = [w for w in spoken_flag(column.name) if w not in ("be", "have")]  # `activebool`, `litig_flg`
    for alias in column_aliases(column.name)[1:] + [column.name] + ([" ".join(spoken)] if spoken else []):
        word = alias.split()[-1]
        opposite = OPPOSITES.get(word) or next((k for k, v in OPPOSITES.items() if v == word), None)
        out_of = rf"|out\s+of\s+{re.escape(alias[3:])}" if alias.startswith("in ") else ""  # 'out of service' of `in_service`
        negative = rf"\b(?:not\s+{word}|non[-\s]?{word}|un{word}{'|' + opposite if opposite else ''}{out_of})\b"
        for truth, pattern in ((False, negative), (True, rf"(?<![\w-]){re.escape(alias)}(?:ly|ed|s|ing)?(?![\w])")):  # 'remotely', 'refunded', 'roaming', 'who are contractors'
            said = re.search(pattern, text)
            if said and re.match(r"\s+(?:columns?|fields?|flags?|indicators?|attributes?)\b", text[said.end() :]):
                continue  # 'with its contractor column': the column carried, no rows chosen
            if said and truth and said[0].endswith("ly") and not alias.endswith("ly") and table != p.intent.main_table:
                continue  # 'members whose membership is frozen right now' ('currently'): when the rows' state holds, never the
                # `is_current` flag of their plan
            if said and truth and _unit_of_a_measure_said(p, table, alias, said[0]):
                continue  # 'on-air hours' of the broadcasts' `dur_min`, 'length on air': what the hours are, no show `on_air`
            if said and truth and NEGATED_NEAR.search(text[: said.start()]):
                truth = False  # 'leaving out voided checks', 'except the remote ones'
            if said:
                if column.type == "boolean":
                    return Condition(column=f"{table}.{column.name}", op="is_true" if truth else "is_false"), word
                return Condition(column=f"{table}.{column.name}", op="=", value=int(truth)), word
    for phrase in no_phrases(column.comment) if column.type == "boolean" else ():  # 'lanes out of action': 'false = out of action'; first:
        # 'opted out of marketing mail' where 'true = agreed to receive ... marketing mail; false = opted out'
        if said := re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text):
            negated = NEGATED_NEAR.search(text[: said.start()]) or NEGATED.search(text[: said.start()])
            return Condition(column=f"{table}.{column.name}", op="is_true" if negated else "is_false"), phrase
    for pattern in still_patterns(column.comment) if column.type == "boolean" else ():  # 'who still work with us' of 'false = no
        if said := re.search(pattern, text):  # longer works with us'
            negated = NEGATED_NEAR.search(text[: said.start()]) or NEGATED.search(text[: said.start()])
            return Condition(column=f"{table}.{column.name}", op="is_false" if negated else "is_true"), said[0]
    main = p.catalog.table(p.intent.main_table)
    for phrase in yes_phrases(column.comment) + flag_statement_names(column) if column.type == "boolean" else ():  # 'roaming abroad': 'true = made while
        # roaming abroad'; 'pitch raise' of a comment that says what yes is: 'a pitch raise (extra rough tuning pass) was needed'
        if table != main.name and re.search(rf"\b{re.escape(phrase)}\b", (main.comment or "").lower()):
            continue  # 'each type of tree work' of 'Work orders for tree work': the rows read, not inspections that asked for it
        if said := re.search(rf"(?<![\w-]){re.escape(phrase)}s?(?![\w-])", text):
            without = re.search(r"\b(?:without|no)\s+(?:an?\s+|any\s+)?$", text[: said.start()])
            truth = not (NEGATED_NEAR.search(text[: said.start()]) or NEGATED.search(text[: said.start()]) or without)
            return Condition(column=f"{table}.{column.name}", op="is_true" if truth else "is_false"), phrase
    return None


def _unit_of_a_measure_said(p: Parse, table: str, phrase: str, said: str) -> bool:
    """Is a flag's phrase said of a unit ('on-air hours') that a number of the rows read is kept in, whose comment says the
    phrase ('Actual length on air, in minutes'), where the flag is another table's: what is measured, not which rows."""
    main = p.catalog.table(p.intent.main_table) if p.intent.main_table else None
    if main is None or table == main.name:
        return False
    said_apart = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", said))  # 'on air' said 'on-air'
    units = [m[1] for m in re.finditer(rf"(?<![\w-]){said_apart}[\s-]+([a-z]+)", p.normalized)]
    if not units or any(unit not in UNITS for unit in units):
        return False
    return any(is_numeric(c.type) and re.search(rf"\b{re.escape(phrase)}\b", (c.comment or "").lower()) for c in main.columns)


def flag_statement_names(column: CatalogColumn) -> list[str]:
    """What a yes/no column's comment says yes is, when it states it ('a pitch raise (extra rough tuning pass) was needed':
    'pitch raise'), not 'true = ...'."""
    stated = re.match(r"\s*(?:an?|the)\s+([a-z]+(?:[\s-][a-z]+)?)\s*(?:\([^)]*\)\s*)?(?:was|were|is|are|has\s+been|had\s+been)\s+[a-z]+", (column.comment or "").lower())
    return [stated[1]] if stated and column.type == "boolean" else []


def _one_kind_listed(table: CatalogTable, phrase: str) -> bool:
    """Does the table's comment open with a list of kinds its rows are, one of them the phrase ('Grants, donations and
    fundraising income' of 'grant')? Then the table's own name says one kind, not every row."""
    listed = [part.split() for part in re.split(r",|\band\b|\bor\b", re.split(r"[.;:(]", (table.comment or "").lower())[0])]
    if len(listed) < 2 or not all(0 < len(words_) <= 3 and all(w.isalpha() and w not in FUNCTION_WORDS for w in words_) for words_ in listed):
        return False  # (a list of names only: never 'Every dog that has come into the rescue, one row per dog')
    return singular(phrase) in {singular(words_[-1]) for words_ in listed}


def _said_of_other_rows(p: Parse, text: str, word: str, table: str) -> bool:
    """Is `word` (a form of it: 'voided') said only right before the name of another table's rows ('voided invoices'
    is no pressing's `void_flg`)?"""
    said = list(re.finditer(rf"\b(?:non-?|un)?{re.escape(word)}(?:ed|d|s)?\s+([a-z_]+)(?:\s+([a-z_]+))?", text))
    named = [(m[2] and resolve_table(p.catalog, m[2])) or resolve_table(p.catalog, m[1]) for m in said]  # ('unpaid workshop bookings': the
    # bookings, a noun before them qualifying them)
    return bool(said) and all(t is not None and t != table for t in named)


def _said_of_the_rows(p: Parse, text: str, word: str) -> bool:
    """Is `word` an adjective right before the name of the rows read ('active customers')?"""
    return any(resolve_table(p.catalog, m[1]) == p.intent.main_table for m in re.finditer(rf"\b(?:non-?|un)?{re.escape(word)}\s+([a-z_]+)", text))


def _only_name(table: CatalogTable, name: str) -> bool:
    """Is `name` the one thing the table's comment calls it ('Boiler cover contracts on a property': its other names are
    shorter ends of it, 'cover contracts'), not one of several kinds it keeps ('Routes and boulder problems')?"""
    return all(f" {name.lower()}".endswith(f" {other.lower()}") for other in table.called)


def _value_said(text: str, value: str, column: str, original_words: set[str], named_code: bool = False) -> tuple[int, int] | None:
    """Where the request says `value` (any separator or an article between its words, plural allowed: 'no-show', 'on mondays'); a value
    of three letters or fewer counts only as written in capitals ('EU'), as the data spells a name ('Ada'),
    in the plural ('vans') or next to its column's name, unless it is a word a comment's legend names a code by
    ('P = pub / bar')."""
    lowered = value.lower()
    match = re.search(rf"(?<![\w]){said_plural_pattern(lowered)}(?![\w])", text)  # ('emergencies' says 'E = emergency')
    if not match:
        return None
    plural = match.end() - match.start() > len(lowered) and len(lowered) >= 3  # 'vans' says 'van'; 'has' is no 'HA'
    named = value[:1].isupper() and value in original_words  # 'Ada', capitalised as the data has it (not 'us' for 'US')
    said_column = "[ _]".join(re.escape(part) for part in column.split("_"))  # `deck_code` said 'deck code'
    beside = re.search(rf"\b{re.escape(lowered)}\s+{said_column}\b|\b{said_column}\s+{re.escape(lowered)}\b", text)
    if value.strip().isdigit() and not beside:
        return None  # 'the top 3 flights': a number, not the code '3' of some column
    if lowered in QUANTIFIERS and not beside and re.match(r"\s+[a-z]", text[match.end() :]):
        return None  # 'for each reason': the word that groups, not the unit 'each' an ingredient is counted in
    word_before_noun = len(value) == 3 and value[0].isupper() and value[1:].islower() and lowered not in FUNCTION_WORDS and re.match(r"\s+[a-z]", text[match.end() :])
    if len(value) <= 3 and not plural and not named and value.upper() not in original_words and not beside and not named_code and not word_before_noun:
        return None  # ('tap classes' says the style 'Tap', a word as the data spells it, before the noun it describes)
    return match.span()



def _owner_of_value(p: Parse, text: str, owners: list[tuple[float, str, str, str, tuple[int, int]]]) -> str | None:
    """The one column a phrase is a value of: of the columns the request names beside it ('the city of New
    York', 'New York city') or else of all, the nearest table's; none when two are equally near."""
    columns = list(dict.fromkeys((d, f"{t}.{c}") for d, t, c, _, _ in owners))
    if len(columns) == 1:
        return columns[0][1]
    start, end = owners[0][4]
    before, after = set(re.findall(r"[a-z]+", text[max(0, start - 30) : start])[-3:]), set(re.findall(r"[a-z]+", text[end : end + 30])[:1])
    near_words = {lemma(w) for w in before | after}
    named = [column for _, column in columns if (set(_spoken_column(p, column)) - {"name", "code", "id"}) & near_words]
    candidates = [(d, column) for d, column in columns if column in named] or columns
    following = re.findall(r"[a-z_]+", text[end : end + 30])[:1]
    if following and (kind := resolve_table(p.catalog, following[0])):  # 'a First Class fare': a fare's (or what it refers to)
        described = {kind} | _referenced(p, kind)
        candidates = [(d, column) for d, column in candidates if column.split(".")[0] in described] or candidates
    nearest = [column for d, column in candidates if d == min(d for d, _ in candidates)]
    if len(nearest) > 1:  # a course's name 'Introduction to Physics' over a textbook of that title: things go by their names
        nearest = [column for column in nearest if _names_rows(p, column)] or nearest
    if len(nearest) == 1 and min(d for d, _ in candidates) > 0 and not _names_rows(p, nearest[0]) and any(_names_rows(p, c) for d, c in candidates if c != nearest[0]):
        return None  # 'horses out in Top Field': a paddock's name, or the place an incident was written down at? Either reading
        # reads the rows through another table; which one the request means is not told (coverage names the phrase)
    return nearest[0] if len(nearest) == 1 else None


def _role_of_the_reference(p: Parse, owner: str, phrase: str) -> bool:
    """Does a reference of the rows read to `owner` say the phrase ('fixers' of `repairs.fixer_id` -> volunteers)?"""
    main = p.catalog.table(p.intent.main_table)
    return owner != main.name and any(ref.split(".")[0] == owner and names_the_role(phrase, column) for column, ref in main.references.items())


def _names_rows(p: Parse, column: str) -> bool:
    """Is `column` what its table's rows are called by (a paddock's name, a course's title)?"""
    table, name = column.split(".")
    return name == label_column(p.catalog.table(table))



def _referenced(p: Parse, table: str, depth: int = 2) -> set[str]:
    """The tables `table` refers to, and those they refer to (a fare's basis and its class), not back
    through the rows read (a ticket refers to its sailing, whose galley is no ticket's)."""
    found: set[str] = set()
    frontier = {table}
    for _ in range(depth):
        frontier = {ref.split(".")[0] for t in frontier for ref in p.catalog.table(t).references.values()} - found - {table, p.intent.main_table}
        found |= frontier
    return found


def _spoken_column(p: Parse, column: str) -> tuple[str, ...]:
    table, name = column.split(".")
    return spoken_words(name, table_prefix([c.name for c in p.catalog.table(table).columns]))



def _values_in_order(p: Parse, column: str) -> list[str]:
    """A column's values in the catalog's order (the order conditions list them)."""
    table, name = column.split(".")
    return p.catalog.table(table).column(name).known_values()

