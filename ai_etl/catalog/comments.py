"""What a column's comment says its codes mean: 'P = published, D = draft (not out yet), X = taken down',
'OP = open (unpaid); PD = paid', 'ELEC_ANLG (analog electricity)'. Owners of coded columns write the
legend in the schema; a request says 'published episodes', never `status_cd = 'P'`. Only codes the
column really holds are named, so a comment that is prose names nothing."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ai_etl.agents.contracts import CatalogColumn, CatalogTable
from ai_etl.catalog.places import value_forms
from ai_etl.catalog.values import is_numeric

# 'P = published', 'PD: paid', 'W - water', each ended by a comma, a semicolon or the end
_ENTRY = re.compile(r"(?:^|[,;/:]|\band\b)\s*['\"]?(?P<code>[\w+-]{1,24}?)['\"]?\s*(?:=|:|\s[-–—]\s|\bmeans\b)\s*(?P<name>[^,;=]+?)\s*(?=[,;/]|\.\s+[A-Z]|\.?\s*$)")
# 'ELEC_ANLG (analog electricity)': a value explained in brackets
_BRACKETED = re.compile(r"(?:^|[,;/])\s*(?P<code>[\w+-]{1,24})\s*\((?P<name>[^)]+)\)")
MAX_WORDS = 4  # a name, not a sentence


def value_names(comment: str | None, values: list[str] | None) -> dict[str, list[str]]:
    """code -> the lower-case names the comment gives it, for codes among `values`."""
    if not comment or not values:
        return {}
    held = {v.strip(): v for v in values}
    found: dict[str, list[str]] = {}
    for pattern in (_ENTRY, _BRACKETED):
        for match in pattern.finditer(comment.strip()):
            code = held.get(match["code"].strip())
            if code is None:
                continue
            entry = re.split(r",\s*\w+\s*=|;", comment.strip()[match.start("name") :])[0]
            ahead = ["upcoming"] if NOT_HAPPENED.search(entry.lower()) else []  # 'S = scheduled (booked, has not happened yet)'
            ahead += ["went ahead", "took place", "happened"] if HAPPENED.search(entry.lower()) and not re.search(r"\b(?:not|never|no)\b", entry.lower()) else []
            # 'P = played (the gig happened)', 'R = ran': the events that went ahead
            for name in _names(match["name"]) + ahead + _slashed(comment.strip()[match.end() :], held, match["name"]) + _apposed(comment.strip()[match.end() :], held):
                if set(name.lower().split()) <= FUNCTION_WORDS_OF_STATES:
                    continue  # 'N = not' (of 'Y = signed a Gift Aid declaration'): says only that the other one is not so
                if name.lower() != code.lower() and name not in found.setdefault(code, []):
                    found[code].append(name)
    if (act := _act_of_the_lead(comment)) and found:  # 'Why it was cancelled: ME = by the member, US = by us': 'cancelled by us'
        found = {code: [*names, *(f"{act} {n}" for n in names if n.startswith("by "))] for code, names in found.items()}
    shared = {name for names in found.values() for name in names if sum(name in other for other in found.values()) > 1}
    found = {code: [n for n in names if n not in shared or n == names[0]] for code, names in found.items()}  # '(cats)' after two
    return {code: names for code, names in found.items() if names}  # vaccines is what they are for, the name of neither


def _act_of_the_lead(comment: str) -> str | None:
    """The participle of a legend's lead-in ('Why it was cancelled: ME = by the member'): the act its codes say who did."""
    from ai_etl.language.spoken import is_past_verb

    lead = re.split(r"[:;]|\b[A-Z0-9]{1,4}\s*=", comment, maxsplit=1)[0].lower()
    said = re.search(r"\b(?:was|were|is|are|got|been)\s+([a-z]+)\s*$", lead.strip())
    return said[1] if said and is_past_verb(said[1]) else None


# a legend's note that its rows' own event is still ahead of them ('B = booked (not happened yet)', 'U = still to come')
NOT_HAPPENED = re.compile(r"\bnot\s+(?:happened|taken\s+place|held|done)\s+yet\b|\bstill\s+to\s+come\b|\bnot\s+yet\s+(?:happened|held|taken\s+place)\b")


# a legend's note that its rows' event happened ('P = played (the gig happened)', 'R = ran', 'H = held')
HAPPENED = re.compile(r"\b(?:happened|took\s+place|went\s+ahead|ran|held)\b")


# ' / funeral' after '3 = sympathy': another name of the same code, not another entry
_SLASHED = re.compile(r"\s*/\s*(?P<name>[a-z][^,;=/()]*?)\s*(?=[,;/(]|$)", re.I)


def _slashed(after: str, held: dict[str, str], first: str = "") -> list[str]:
    """The names a legend gives an entry after a slash: '3 = sympathy / funeral' names '3' 'funeral' too, 'D = in diagnosis /
    repair' 'in repair' (the preposition said once for both); a segment that is one of the column's codes ('A = active / I')
    names nothing."""
    names: list[str] = []
    placed = re.match(r"\s*(in|on|at|under|awaiting)\s+(?=[a-z])", first, re.I)
    while (match := _SLASHED.match(after)) and match["name"].strip() not in held:
        name = match["name"].strip()
        shared = placed and " " not in name and not re.match(r"(?:in|on|at|under|awaiting)$", name, re.I)
        names += _names(f"{placed[1]} {name}" if shared else match["name"])
        after = after[match.end() :]
    return names


# ', awaiting payment' after 'I = issued': another name of the same code, up to the next comma or entry
_APPOSITION = re.compile(r"\s*,\s*(?P<name>[a-z][^,;=:()/]*?)\s*(?=,|;|$)", re.I)


def _apposed(after: str, held: dict[str, str]) -> list[str]:
    """The names a legend adds to an entry after a comma: 'I = issued, awaiting payment, P = paid' names 'I'
    'awaiting payment' too. A segment that is itself one of the column's codes ('BACS = bank transfer, CARD, ...')
    or a note on empty values ('..., NULL while open') names nothing."""
    names: list[str] = []
    while (match := _APPOSITION.match(after)) and match["name"].strip() not in held:
        name = " ".join(match["name"].lower().split())
        if name.split()[0] in ("null", "true", "false", "empty", "blank") or name.upper() == match["name"].strip():
            break
        names.append(name)
        after = after[match.end() :]
    return [n for n in names if len(n.split()) <= MAX_WORDS]


# what stops or loses a thing, whose cause names the code ('scrubbed for weather', 'rejected due to damage')
STOPPED = {"scrub", "cancel", "stop", "close", "lose", "ground", "suspend", "abandon", "postpone", "delay", "halt", "shut", "reject", "refuse", "fail", "void", "scrap"}
# nouns of a time, never a cause ('closed for the season', 'booked for the day')
PERIOD_NOUNS = {"season", "day", "days", "week", "weeks", "month", "months", "year", "years", "night", "nights", "term", "summer", "winter", "weekend", "holidays", "now"}


def _names(said: str) -> list[str]:
    """'open (unpaid)' -> ['open', 'unpaid']; 'electricity (rate per kWh)' -> ['electricity']: a bracket of
    one or two words is another name, a longer one an explanation."""
    from ai_etl.language.request_text import FUNCTION_WORDS
    from ai_etl.language.spoken import is_past_verb, verb_lemma, word_classes

    names = [" ".join(re.split(r"[(:]", said)[0].lower().split())]  # ('fail: appliance must not be used' explains after a colon)
    short = re.split(r"\s+(?:for|due\s+to|because\s+of|at|on|by|after|before|in|into|with|through|via|to(?=\s+(?:the|a|an|our|their)\s))\s+", names[0])[0]  # ('accepted
    # into stock'; 'royalties payable to the collecting society': to whom, never 'ready to collect')
    if short == names[0] and (acted := re.fullmatch(r"(\w+)\s+to\s+\S.*", names[0])) and is_past_verb(acted[1]):
        short = acted[1]  # 'S = sent to the customer' is 'sent' too, 'R = returned to stock' 'returned' (never 'ready to collect')
    if short != names[0] and len(short.split()) <= (4 if re.match(r"(?:on|in|at)\s+(?:the|a|an)\s", short) else 3 if short.startswith("no ") else 2) and not set(short.split()) <= FUNCTION_WORDS and len(short) > 3 and not _thing(short) and short.split()[-1] not in ("still", "not", "never", "yet", "longer"):  # ('still in service' is not
        # 'still'; 'put on the member's account' is not 'put'; 'technician on site' is no 'technician', who is a thing, not a state)
        names.append(short)  # 'lapsed for non-payment' is also 'lapsed', 'expired at end of term' 'expired', 'no DBS check on file' 'no DBS check'
        # (never 'device still' of 'device still in the shop': the state is where it still is)
    cause = re.fullmatch(r"([a-z-]+)\s+(?:for|(?:due\s+to|because\s+of)(?:\s+the)?)\s+(?:bad\s+)?([a-z-]+)", names[0])
    if cause and verb_lemma(cause[1]) in STOPPED and _thing(cause[2]) and cause[2] not in FUNCTION_WORDS and cause[2] not in PERIOD_NOUNS:
        names.append(cause[2])  # 'W = scrubbed for weather': the days 'lost to the weather' (the cause of a stop names the code;
        # never a purpose: 'O = out for delivery', 'open for turnout')
    words = names[0].split()
    clause = next((i for i, w in enumerate(words) if i >= 2 and (is_past_verb(w) or w in ("that", "which", "who", "we", "they", "you"))), None)
    if clause and clause <= 3 and not set(words[:clause]) & (FUNCTION_WORDS | {"not", "no", "never", "still", "yet"}) and "NOUN" in word_classes(words[clause - 1]):  # 'G = gift voucher bought by a customer': a kind
        names.append(" ".join(words[:clause]))  # of two or three words, then what makes it one ('complimentary voucher we gave away')
    names += [n for part in re.findall(r"\(([^)]*)\)", said) if len((n := " ".join(part.lower().split())).split()) <= 2]  # ('rate per kWh' explains)
    if placed := re.fullmatch(r"(?:on|in|at|under)\s+(?:the|a|an)\s+(\w+(?:\s+\w+)?)", names[0]) or re.fullmatch(r"(?:on|in|at|under)\s+(?:the|a|an)\s+(\w+(?:\s+\w+)?)", names[-1]):
        names.append(placed[1])  # 'W = on the waiting list': the rows on it are the 'waiting list' said
    where = re.search(r"^(\w+(?:\s+\w+)?)\s+(?:through|via)\s+(?:the|a|an|our)\s+(\w+(?:\s+\w+)?)$", names[0])
    if where and where[2] not in names:
        names.append(where[2])  # 'O = online through the web shop': the 'web shop' it went through
    if particle := re.fullmatch(r"([a-z]+)\s+(?:the|a|an|their|his|her|it)(?:\s+[a-z]+)?\s+(down|up|off|out|back|away|over)", names[0]):
        names.append(f"{particle[1]} {particle[2]}") if is_past_verb(particle[1]) else None  # 'turned the idea down': turned down
    joined = re.fullmatch(r"(\w+(?:\s+\w+){0,2})\s+and\s+(\w+(?:\s+\w+){0,2})", names[0])
    if joined and all(is_past_verb(part.split()[0]) for part in joined.groups()):  # 'rejected and sent back': either act (never 'park
        names += [part for part in joined.groups() if part not in names]  # and ride'; a part two codes share names neither: 'delivered
        # and invoiced' is no 'delivered', `value_names`)
    undone = re.fullmatch(r"(?:the\s+)?[a-z]+\s+(did\s+not|never)\s+([a-z]+)((?:\s+(?!(?:to|at|for|on|in|with)\b)[a-z]+){0,2})(?:\s+(?:to|at|for|on|in|with)\s.*)?", names[0])
    if undone:  # 'N = customer did not turn up': 'never turned up', 'did not turn up'; 'guest never showed up' likewise
        from ai_etl.language.spoken import verb_lemma

        base, past = (undone[2], _past_tense(undone[2])) if undone[1] != "never" else (verb_lemma(undone[2]), undone[2])
        names += [f"never {past}{undone[3]}", f"did not {base}{undone[3]}"] if base and past else []
    acted = re.fullmatch(r"([a-z]+)\s+((?:did|has|had|was|never)\s+.+|[a-z]+\s+.+)", names[0])
    subject = acted and "NOUN" in word_classes(acted[1]) and not is_past_verb(acted[1])
    if subject and (is_past_verb(acted[2].split()[0]) or acted[2].startswith(("did ", "has ", "had ", "was ", "never "))):
        names += [n for n in _names(acted[2]) if n not in names]  # 'A = client went ahead and booked a sitting': what the client did
    either = re.fullmatch(r"([\w&'-]+(?:\s+[\w&'-]+)?)\s+or\s+([\w&'-]+(?:\s+[\w&'-]+)?)", names[0])  # ('hotel or B&B')
    if either and not set(either[0].split()) & {"not", "no", "never"} and not any(is_past_verb(part.split()[0]) for part in either.groups()):  # 'L =
        # landlord or letting agent': either name (never acts, 'dispatched or collected', whose words other readings take for the act);
        first, second = either.groups()  # 'debit or credit card' is a 'debit card' too, and a 'card'
        shared = " " not in first and " " in second
        names += [n for n in (first, second, f"{first} {second.split()[-1]}" if shared else "", second.split()[-1] if shared else "") if n and n not in names]
    return [n for n in names if n and len(n.split()) <= MAX_WORDS and not n[0].isdigit()]


def _thing(word: str) -> bool:
    """A single noun ('work'), not a state ('lapsed', 'pending', 'waiting'): what a thing is, not how it stands."""
    from ai_etl.language.spoken import word_classes

    classes = word_classes(word)
    return " " not in word and "NOUN" in classes and "ADJ" not in classes and not word.endswith(("ed", "en", "ing"))


# what a longer name of a code adds to another code's name, making it a kind of it: 'accepted | with price deduction'
_KIND_QUALIFIER = re.compile(r"\s+(?:with|and|but|after|by|from|via|under|pending|awaiting)\b")


def _kinds_named(value_names: dict[str, list[str]]) -> list[tuple[str, str, str]]:
    """(code, another code, the first's name) where the other's first name is the first's with a qualifier: 'A = accepted,
    D = accepted with price deduction', 'D = delivered, I = delivered and invoiced': a 'D' load was accepted too."""
    found = []
    for code, names in value_names.items():
        for other, others in value_names.items():
            for name in names if other != code else ():
                if others[0].startswith(f"{name} ") and _KIND_QUALIFIER.match(others[0][len(name) :]):
                    found.append((code, other, name))
    return found


# what a legend may say of rows without a code, which no row holds as one: 'NULL = treated by the farmer'
NO_CODES = {"NULL", "TRUE", "FALSE", "EMPTY", "BLANK", "NONE"}


def legend_entry(column: CatalogColumn, code: str) -> str:
    """What a column's comment says of one of its codes, up to the next code ('draft (not sent yet)' of 'D' in 'D = draft
    (not sent yet), S = sent, waiting'); '' where it says nothing."""
    found = re.search(rf"(?:^|[,;:]\s*){re.escape(code)}\s*=\s*(?P<names>[^=]*?)(?=,\s*\w+\s*=|;|$)", column.comment or "")
    return found["names"] if found else ""


def unheld_forms(column: CatalogColumn) -> list[tuple[str, str]]:
    """(what a request may say, the code) for the codes a column's legend names that its data does not hold ('D =
    damaged' where no row is 'D'): no reading, but a word the request uses as a state, not as wording."""
    if not column.values:
        return []
    codes = [m["code"].strip() for m in _ENTRY.finditer((column.comment or "").strip())]
    unheld = [code for code in dict.fromkeys(codes) if code not in column.values and code.upper() == code and not code.isdigit() and code not in NO_CODES]
    return [(form, code) for code, names in value_names(column.comment, unheld).items() for name in names for form in _tenses(name)]


QUANTIFIERS = {"each", "every", "per", "all", "any"}  # 'ea = each' of a unit: a request's 'each' is never that code


def said_forms(column: CatalogColumn) -> list[tuple[str, str]]:
    """(what a request may say, the value it means): the values, place names of codes, and the names
    the column's comment gives its codes."""
    from ai_etl.language.request_text import british_spelling

    named = [(form, code) for code, names in column.value_names.items() for name in names for form in _tenses(name) if form.lower() not in QUANTIFIERS]
    named += [(form, kind) for code, kind, name in _kinds_named(column.value_names) for form in _tenses(name)]
    if named:  # a legend says what its codes are: 'WS = wet-salted' is no Samoa; '3' of a number column is no code said
        forms = [(value, value) for value in column.known_values() if not (is_numeric(column.type) and value.isdigit())] + named
    else:
        forms = value_forms(column.known_values()) + named
    return forms + [(spelled, value) for form, value in forms if (spelled := british_spelling(form)) != form]  # 'canceled' said 'cancelled'



def counts_of(column: CatalogColumn, noun: str = "") -> bool:
    """Does the column's comment say it is the number of something (of `noun`, when given): 'number of seeds asked for'?"""
    said = rf"\s+{re.escape(noun)}\b" if noun else r"\b"
    return bool(re.match(rf"{_NUMBER_OF}{said}", (column.comment or "").lower()))


# how a comment starts that says its column is a number of things: 'Number of bowlers ...', 'How many bags went in the bin'
_NUMBER_OF = r"\s*(?:(?:the\s+)?(?:number|count)\s+of|how\s+many)"


def codes_of_now(column: CatalogColumn) -> list[str]:
    """The codes a column's legend says are a state now ('OL = object currently out on loan / with the borrower'), however
    long their names: what 'right now' may mean of its rows."""
    held = {v.strip() for v in column.known_values()}
    return [m["code"].strip() for m in _ENTRY.finditer((column.comment or "").strip()) if m["code"].strip() in held and re.search(r"\b(?:currently|now)\b", m["name"], re.I)]


def legend_word(form: str, codes: Iterable[str]) -> bool:
    """Is `form` a word a column's legend names its codes by ('pub' of 'P = pub / bar'), not a code itself nor a
    function word ('C = can')? Such a word counts however short it is."""
    from ai_etl.language.request_text import FUNCTION_WORDS

    lowered = form.strip().lower()
    return lowered.isalpha() and lowered not in FUNCTION_WORDS and all(code.strip().lower() != lowered for code in codes)


def said_pattern(form: str) -> str:
    """The regex of a form as a request says it: any separator between its words ('no_show' said 'no-show'),
    an article or a possessive where it has none or another ('W = waiting on requester' said 'waiting on the requester') or none where it
    has one ('R = received from the wholesaler' said 'received from wholesalers')."""
    from ai_etl.language.spoken import verb_lemma

    between = r"(?:[ _-]|\s+(?:the|an?|their|its|our|your|my)\s+)"
    parts = [part for part in re.split(r"[ _-]", form.lower()) if part]
    pattern = ""
    for i, part in enumerate(parts):
        if part in ("the", "a", "an", "our", "their", "its", "your", "my") and 0 < i < len(parts) - 1:
            continue  # said or not: the separator around it allows an article ('K = in our kennels' said 'in the kennels')
        same = _SAME_PARTICLES.get(verb_lemma(parts[i - 1]) or "", ()) if i and any(part in p for p in _SAME_PARTICLES.values()) else ()
        said = "(?:" + "|".join(same) + ")" if part in same else re.escape(part)
        pattern += (between if pattern else "") + said
    return pattern


def count_noun(column: CatalogColumn) -> str | None:
    """What a column's comment says it is the number of ('Number of bowlers in the booking' -> 'bowlers', 'How many bags
    went in the bin' -> 'bags'), if it does."""
    said = re.match(rf"{_NUMBER_OF}\s+([a-z]+)", (column.comment or "").lower())
    return said[1] if said else None


def said_plural_pattern(form: str) -> str:
    """`said_pattern` of the form, said in the singular or the plural ('vans', 'boxes', 'emergencies' of 'emergency')."""
    pattern = said_pattern(form)
    if re.search(r"[^aeiou]y$", form.lower()):
        pattern = pattern[:-1] + "(?:y|ie)"
    return pattern + "(?:s|es)?"


# verb -> the particles after it that say the same ('W = waiting for parts' is said 'waiting on parts')
_SAME_PARTICLES = {"wait": ("for", "on")}


def _tenses(name: str) -> list[str]:
    """A code's name and, for a past participle, its past tense: 'W = withdrawn' is said 'guests who withdrew' (and a past
    tense its participle)."""
    from lemminflect import getInflection

    from ai_etl.language.spoken import is_past_verb, verb_lemma

    from ai_etl.language.nominal_acts import act_nouns, with_awaited_as_not_yet
    from ai_etl.language.phrasal_verbs import PARTICLES

    if (awaited := with_awaited_as_not_yet(name)) != name:
        return [name, *null_forms(awaited)]  # 'awaiting payment' is said 'unpaid', 'not paid yet'
    if name in _STATES_OF_VERBS:
        return [name, *_STATES_OF_VERBS[name]]
    if " " not in name and (verb := _verb_of_act_noun(name)):
        return [name, *dict.fromkeys(form for tag in ("VBN", "VBD") for form in getInflection(verb, tag))]  # 'F = fumigation': 'where we fumigated'
    head, _, rest = name.partition(" ")
    if rest.split(" ")[0] in _OBJECT_PREPOSITIONS and (verb := _verb_of_act_noun(head)):  # 'I = injury to the dog': 'where a dog got injured'
        return [name, *dict.fromkeys(form for tag in ("VBN", "VBD") for form in getInflection(verb, tag))]
    first, _, rest = name.partition(" ")
    if is_past_verb(first) and rest in PARTICLES and len(nouns := act_nouns(verb_lemma(first))) == 1:
        noun = next(iter(nouns))  # 'P = paid out' is said 'payments out'
        return [name, f"{noun} {rest}", f"{noun}s {rest}"]
    if " " in name or not is_past_verb(name):
        return [name]
    return [name, *dict.fromkeys(form for tag in ("VBD", "VBN") for form in getInflection(verb_lemma(name), tag) if form != name)]  # ('W = withdrew': 'withdrawn')


# the endings a noun of an act is made with, and the verbs they are made of ('fumig-ation' of 'fumig-ate',
# 'inspect-ion', 'complet-ion' of 'complete', 'treat-ment'); '-ion' only after -ct, -ete, -ute ('station' is no state)
_ACT_ENDINGS = (("ation", ("ate", "e", "")), ("ion", ("", "e")), ("ment", ("",)), ("ance", ("", "e")), ("y", ("e", "")))
# what follows an act noun to say whom or what it was done to ('injury to the dog', 'repair of the roof')
_OBJECT_PREPOSITIONS = {"to", "of", "on", "for"}


def _verb_of_act_noun(noun: str) -> str | None:
    """The verb a one-word act noun is made of ('fumigation' -> 'fumigate', 'treatment' -> 'treat'), where the
    lexicon derives that noun from it; None for other words."""
    from ai_etl.language.nominal_acts import act_nouns
    from ai_etl.language.spoken import verb_lemma, word_classes

    for ending, verb_endings in _ACT_ENDINGS:
        if noun.endswith(ending) and len(noun) > len(ending) + 2 and not (ending == "ion" and noun.endswith("ation")):
            for verb in (noun[: -len(ending)] + tail for tail in verb_endings):
                if ending == "ion" and not verb.endswith(("ct", "ete", "ute")):
                    continue
                if ending == "y" and not (len(verb) >= 6 and re.search(r"[^aeiou]?[aeiou][^aeiou]?(?:er|re)$", verb) and not re.search(r"(.)\1er$", verb)):
                    continue  # 'delivery', 'recovery', 'injury', never 'party' of 'part', 'copy' of 'cope', 'battery' of 'batter'
                if "VERB" in word_classes(verb) and verb_lemma(verb) == verb and noun in act_nouns(verb):
                    return verb
    return None


# a state named by an adjective that is no participle of the verb people say it with ('D = dead': 'hives that died')
_STATES_OF_VERBS = {"dead": ("died",)}


# 'same scale as cond_out', 'same codes as in mbr.choir_cd', '(KC, YC, CC as in mbr.choir_cd)': a legend given once
_SHARED_LEGEND = re.compile(
    r"\b(?:same\s+(?:scale|codes?|values|grades?|legend|letters)\s+as(?:\s+in)?|as\s+in|see)\s+(?P<column>[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)?)", re.I
)


def with_shared_legends(tables: list[CatalogTable]) -> None:
    """A code column whose comment says its codes are another column's ('condition on return, same scale as
    cond_out') names them as that column's legend does, for the codes it holds."""
    by_name = {t.name: t for t in tables}
    for table in tables:
        for column in table.columns:
            said = _SHARED_LEGEND.search(column.comment or "")
            if not column.values or said is None:
                continue
            owner, _, name = said["column"].rpartition(".")
            source = by_name.get(owner or table.name)
            legend = source.column(name) if source else None
            if legend is not None and legend is not column:  # its own words for a code stay first
                shared = value_names(legend.comment, column.values)
                column.value_names = {code: list(dict.fromkeys(column.value_names.get(code, []) + shared.get(code, []))) for code in sorted(set(shared) | set(column.value_names))}


def with_act_participles(table: CatalogTable) -> None:
    """A code named by a verb's own form is also said by its participle ('V = void': 'voided invoices', 'F = fail':
    'failed tests'), unless a date column of the table records that act: 'orders opened in 2025' says when
    (`opened_dt`), not that they are still 'O = open'."""
    from lemminflect import getInflection

    from ai_etl.language.phrasal_verbs import dated_acts
    from ai_etl.language.spoken import verb_lemma, word_classes

    dated = dated_acts(table)
    for column in table.columns:
        for code, names in column.value_names.items():
            verbs = [n for n in names if " " not in n and n not in dated and "VERB" in word_classes(n) and verb_lemma(n) == n]
            participles = [form for verb in verbs for form in getInflection(verb, "VBN") if form != verb]
            column.value_names[code] = list(dict.fromkeys([*names, *participles]))


def without_names_of_one_kind(table: CatalogTable) -> None:
    """A name the comment gives the rows that is one code of their own ('Mock tests done by our instructors and DVSA
    practical driving test bookings' where 'M = mock test (in-house), P = DVSA practical driving test') names the rows
    of that kind, not the table: 'mock tests' then says the code."""
    from ai_etl.language.request_text import singular

    kinds = {tuple(n.split()) for c in table.columns if len(c.value_names) >= 2 for names in c.value_names.values() for n in names if " " in n}
    table.called = [n for n in table.called if not any(tuple(singular(w) for w in n.split()[: len(kind)]) == kind for kind in kinds)]


def without_units_its_rows_count(table: CatalogTable) -> None:
    """A comment's one-word name for the rows that a number column of theirs counts ('Wheels lost and written off' beside
    `wheels_lost`): each row holds a number of those things, so the word names the amount, not the rows ('how many wheels
    did we make' is no count of write-offs)."""
    from ai_etl.language.request_text import singular
    from ai_etl.language.spoken import is_past_verb

    keys = {*table.references, *table.primary_key, table.identifier}
    counted = {
        singular(words[0])
        for c in table.columns
        if c.type in ("integer", "smallint", "bigint") and c.name not in keys and len(words := c.name.lower().split("_")) == 2
        and (is_past_verb(words[1]) or words[1] in ("count", "cnt", "qty", "total"))
    }  # (`wheels_lost`, `bottle_count`; never a key, `order_no`)
    table.called = [n for n in table.called if " " in n or singular(n) not in counted]


_ONE_ROW_IS = re.compile(r":\s*one\s+(?!(?:row|record|entry|line|per|for|each|of|or|and)\b)([a-z][a-z -]*)", re.I)


def with_row_nouns(tables: list[CatalogTable]) -> None:
    """What a table comment says one row is after its colon ('Hire bookings: one party (event) on one date') calls the rows
    too ('how many parties'), unless that noun names another table or a column anywhere ('Lots won: one species from one
    boat' beside a species column counts no species)."""
    from ai_etl.language.request_text import singular

    for table in tables:
        if not (one := _ONE_ROW_IS.search(table.comment or "")) or re.match(r"[a-z -]*\bper\b", one[1].lower()):
            continue  # ('Order lines: one product per line')
        elsewhere = {singular(name.replace("_", " ")) for t in tables if t is not table for name in (t.name, *t.called)}
        elsewhere |= {singular(name.replace("_", " ")) for t in tables for c in t.columns for name in (c.name, *c.called)}
        named = [n for n in comment_names(one[1]) if singular(n) not in elsewhere and singular(n.split()[-1]) not in elsewhere]
        table.called = list(dict.fromkeys([*table.called, *named]))


def without_other_tables_names(tables: list[CatalogTable]) -> None:
    """A comment's name for a table that is another table's own name ('The rooms children are grouped into'
    beside a table `child`) names that table, not this one."""
    from ai_etl.language.request_text import plural, singular

    for table in tables:
        others = {form for t in tables if t is not table for name in (t.name.replace("_", " "),) for form in (name, singular(name), plural(singular(name)))}
        kinds = {singular(n) for t in tables if t is not table for c in t.columns for names in c.value_names.values() for n in names if " " in n}
        kinds_named = [n for n in table.called if " " in n and singular(n) in kinds and re.search(rf"\b{re.escape(n)}\s+(?:that|which|who)\b", (table.comment or "").lower())]  # 'Online orders that came back' beside sales
        # 'O = online order': a kind of those rows, and its head ('orders') theirs too
        table.called = [n for n in table.called if n not in others and not _said_of_others(n, table, tables) and not any(k == n or k.endswith(f" {n}") for k in kinds_named)]


def _said_of_others(name: str, table: CatalogTable, tables: list[CatalogTable]) -> bool:
    """A one-word name, no plural, that a clause after it narrows ('Fish thrown away unsold') and the comments of two or
    more other tables use too ('Batches of fish', 'Chilled fish ...'): what the whole schema is about, no name of these rows."""
    from ai_etl.language.request_text import singular
    from ai_etl.language.spoken import is_past_verb

    narrowed = re.search(rf"\b{re.escape(name)}\s+([a-z]+)", (table.comment or "").lower())
    if " " in name or singular(name) != name or not narrowed or not (is_past_verb(narrowed[1]) or narrowed[1] in ("that", "which", "who", "whose")):
        return False  # ('Patients seen at the clinic' names the patients, however many tables' comments say patients)
    said = re.compile(rf"\b{re.escape(singular(name))}(?:s|es)?\b", re.I)
    return sum(bool(said.search(t.comment or "")) for t in tables if t is not table) >= 2


def with_rows_noun_dropped(table: CatalogTable) -> None:
    """A code named by its rows' own noun after a word ('D = duplicate call' of the calls) or before one ('loan outstanding'
    of the loans) is also said by that word alone: 'duplicates', 'not counting duplicates'; not a noun that names a thing of its own ('drum operators' is no 'drum')."""
    from ai_etl.language.request_text import FUNCTION_WORDS, singular

    nouns = {singular(n) for n in table.called if " " not in n} | {singular(table.name)}
    for column in table.columns:
        taken = {n for names in column.value_names.values() for n in names}
        for code, names in column.value_names.items():
            shorter = [" ".join(w[:-1]) for n in names if len(w := n.split()) >= 2 and singular(w[-1]) in nouns and w[-2] not in FUNCTION_WORDS and not _thing(w[-2])]
            shorter += [" ".join(w[1:]) for n in names if len(w := n.split()) >= 2 and singular(w[0]) in nouns and w[1] not in FUNCTION_WORDS and not _thing(w[1])]  # ('O =
            # open (loan outstanding)' of the loans: 'outstanding')
            column.value_names[code] = list(dict.fromkeys([*names, *(n for n in shorter if n not in taken)]))


# What a comment says before it names the thing: 'One row per rental unit', 'List of vendors', 'Stores the ...'.
_LEAD = re.compile(r"^(?:(?:one|a|each)\s+(?:row|record|entry|line)\s+(?:per|for|is)\s+(?:an?\s+|each\s+|one\s+)?|(?:a\s+)?(?:list|table|register|catalog(?:ue)?|set)\s+of\s+|(?:stores|holds|contains|keeps|records|tracks)\s+|the\s+|an?\s+|all\s+|every\s+|each\s+)+")
# Words that end the noun phrase a comment starts with: 'Apartment buildings | managed by the company'.
_PHRASE_ENDS = {"of", "by", "for", "in", "at", "on", "with", "from", "to", "per", "as", "that", "which", "who", "whose", "where", "when",
                "is", "are", "was", "were", "being", "if", "including", "excluding", "not", "only", "the", "a", "an", "its", "their", "this",
                "e", "i", "eg", "ie", "we", "you", "they", "our", "us", "what", "how", "why", "outside", "inside", "within",
                "between", "during", "under", "after", "before", "about", "around", "across", "through", "into", "onto",
                "against", "among", "along", "behind", "beyond", "near", "since", "until", "via", "over", "up", "each", "every"}  # fmt: skip
# One word that names no thing on its own: a comment 'number of bedrooms' or 'customer id' does not call the column 'number'.
_NO_NAME = {"number", "count", "id", "key", "code", "value", "amount", "date", "time", "flag", "use", "name", "type", "status",
            "internal", "deprecated", "unused", "legacy", "column", "field", "table", "row", "record", "data", "info", "day", "week",
            "month", "year", "hour", "period", "total", "current", "first", "last", "new", "old", "master", "empty", "blank", "null", "none"}  # fmt: skip


# A last word that says the table holds the things the words before it name: 'Patient master', 'Vessel register'.
_REGISTER_WORDS = {"master", "register", "registry", "catalogue", "catalog", "directory", "fleet", "roster", "inventory"}


def comment_names(comment: str | None) -> list[str]:
    """The names a table's or column's comment calls it by: 'Apartment buildings managed by the company' ->
    ['apartment buildings', 'buildings']; 'current monthly asking rent, USD' -> ['current monthly asking rent',
    'monthly asking rent', 'asking rent']; 'List of vendors and contractors' -> ['vendors', 'contractors']. The
    noun phrases the comment opens with and their endings (the last word alone only when a phrase is one or two
    words: 'rent' alone names many columns). A legend of codes or prose names nothing."""
    from ai_etl.language.spoken import is_noun, is_past_verb, verb_forms, verb_lemma, word_classes

    if not comment:
        return []
    comment = re.sub(r"\s*\([A-Z]{2,5}\)", "", comment)  # 'personal training (PT) sessions': the acronym aside
    comment = re.sub(r"^\s*[a-z_]+\.[a-z_]+\s+of\s+", "", comment, flags=re.I)  # 'clients.id of the client who recommended us': the client
    comment = re.sub(r"(?<=[a-z])\s*/\s*(?=[a-z])", " or ", comment.replace("and/or", "or"))  # 'Terminals / depots': either name
    head, colon, rest = comment.partition(":")
    if colon and re.match(r"\s*(?:(?:one|a|each)\s+(?:row|record|entry|line)\s+(?:per|for|is)|every|each)\b", rest):  # 'Timetable: one row per
        grain = len(re.findall(r"\b(?:per|for)\b", rest)) > 1  # ('Round cleans: one row per customer per due date' names no customer;
        # 'one row for a one-to-one lesson, 2-4 rows for a group lesson' no lesson)
        return list(dict.fromkeys(comment_names(head) + ([] if grain else comment_names(rest.strip()))))  # scheduled class session'
    lead = " ".join(head.lower().split())
    if colon and "=" in rest and re.fullmatch(r"[a-z][a-z -]*", lead) and len(lead.split()) <= MAX_WORDS and lead not in _NO_NAME:
        return [lead]  # 'line of business: HO = homeowners, ...': the lead-in of a legend names the column, whole
    if (defined := re.match(r"\s*([a-z][a-z -]*[a-z])\s*=\s*[^,;=]*?(?:\d|\w_\w)[^,;=]*?[*/+]", comment)) and " " in defined[1]:
        return comment_names(defined[1])  # 'germination percentage = 100 * n_germ / n_sown': a definition names its left side
    first, *after = re.split(r"([;,.(:\n]|\s[-–—]\s)", comment.strip(), maxsplit=1)
    listing = head if colon and "=" in rest else comment.split(";")[0]  # (not the legend after 'species, ...:')
    listed = [part for part in re.split(r",|\bor\b|\band\b", listing) if not re.match(r"\s*one\s+(?:row\s+)?(?:per|for|each)\b", part)]  # (', one per week': explains)
    coded = re.match(r"\s*[A-Z]{2,}\b", first) or re.search(r"\w_\w", first)  # 'ELEC_SMART, ELEC_ANLG (...)', 'ISO 3166-1 alpha-2' (not
    # 'Mock exam results of our GCSE students': an acronym inside prose)
    named_first = after[:1] in (["("], [":"]) or len(first.split()) >= 3  # 'Usage records (call detail records) ..., SMS or ...'
    heads = [part.split()[-1] for part in listed if part.split()]
    named_first = named_first or (len(heads) == len(listed) and listed[0].strip() == first.strip() and _plural(heads[0]) and not any(_plural(h) for h in heads[1:]))  # 'Customers,
    # domestic and commercial', 'Window cleaners, employed or self-employed': the rows, then kinds of them
    if "=" in first or coded or (len(listed) >= 3 and not named_first):
        return []  # a legend of codes, or the values listed ('ach, check, card or cash')
    said = re.findall(r"[a-z][a-z'-]*|\d+", _LEAD.sub("", " ".join(first.lower().split())))
    said = [w[:-2] if w.endswith("'s") else w.rstrip("'") for w in said]  # "Engineers' bill", "the vet's fee": whose, then the noun
    phrases: list[list[str]] = [[]]
    for i, word in enumerate(said):
        if word in ("and", "or") and phrases[-1] and len(phrases) < 3:
            phrases.append([])
            continue
        describes = i + 1 < len(said) and said[i + 1] not in _PHRASE_ENDS and is_noun(said[i + 1]) and not is_past_verb(said[i + 1])
        relative = is_past_verb(word) and (not is_noun(word) or (verb_lemma(word) != word and i + 1 < len(said) and said[i + 1] in _PHRASE_ENDS) or said[i + 1 : i + 2] == ["by"])  # ('treatment |
        # given to'; 'one run of a job', whose participle is its noun, goes on)
        if word == "out" and said[i + 1 : i + 2] == ["of"]:
            break  # 'Food hygiene rating out of 5': the rating, out of what it is marked
        if word in _PHRASE_ENDS or not word.replace("-", "").isalpha() or (phrases[-1] and relative and not describes) or (word_classes(word) == {"ADV"} and not describes):
            break  # 'buildings | managed by'; 'agreed monthly rent', 'crew-led guided sails' and 'total cost' go on; 'van | usually driven'
        simple_past = i + 1 < len(said) and is_past_verb(said[i + 1]) and said[i + 1] not in verb_forms(verb_lemma(said[i + 1]) or said[i + 1], "VBN")
        if phrases[-1] and (_plural(phrases[-1][-1]) or simple_past) and i + 1 < len(said) and is_past_verb(said[i + 1]) and is_noun(word) and said[i + 2 : i + 3] != ["by"]:
            break  # a relative clause without 'that': 'complaints | diners left after an order' (a plural is no modifier), 'feedback |
            # customers gave' (a verb in the simple past has a subject)
        phrases[-1].append(word)
    names: list[str] = []
    for i, words_ in enumerate(phrases[:-1]):
        if len(words_) == 1 and not _plural(words_[0]) and len(phrases[i + 1]) >= 2 and _plural(phrases[i + 1][-1]):
            words_.append(phrases[i + 1][-1])  # 'Surf and paddle instructors': surf instructors, not surf
    for words_ in phrases:
        if not words_:
            return names
        words_ = words_[-MAX_WORDS:]  # 'Harbour club rewards scheme members': the head and the words nearest it
        names += [" ".join(words_[i:]) for i in range(len(words_)) if len(words_) - i >= 2]
        alone = len(words_) <= 2 and words_[-1] not in _NO_NAME and words_[-1].removesuffix("s") not in _NO_NAME and not (len(words_) == 1 and is_past_verb(words_[0]) and not is_noun(words_[0]))
        names += [words_[-1]] if alone else []  # 'charged when paid late' names nothing
        if len(words_) >= 2 and words_[-1] in _REGISTER_WORDS and words_[-2] not in _NO_NAME:
            names.append(" ".join(words_[:-1]))  # 'Patient master', 'Product catalogue': the patients, the products
    if (sorts := re.match(r"\s*(?:the\s+)?(kinds?|types?|sorts?|categories|category)\s+of\s+([a-z]+)\b", first.lower())) and len(said) > 2:
        names += [f"{sorts[1]} of {sorts[2]}", f"{_singular_sort(sorts[1])} of {sorts[2]}"]  # 'The kinds of lesson the school sells'
    if phrases[0] and (rate := re.match(rf"\s*{re.escape(' '.join(phrases[0]))}\s+per\s+([a-z]+)\b", _LEAD.sub("", first.lower()))) and is_noun(rate[1]) and not _plural(rate[1]):
        names += [f"{phrases[0][-1]} per {rate[1]}", f"per-{rate[1]} {phrases[0][-1]}", f"per {rate[1]} {phrases[0][-1]}"]  # 'price per letter, GBP':
        # the price of one letter, said either way round ('the per-letter price'), never any price
    if (of := re.match(r"\s*([a-z]+)\s+of\s+([a-z]+)\s*$", first.lower())) and _plural(of[1]) and is_noun(of[2]) and not _plural(of[2]):
        names.append(f"{of[1]} of {of[2]}")  # 'Courses of treatment: one per problem ...': what the rows are called, whole
    if phrases[0] and _plural(phrases[0][-1]):  # 'Technicians (mechanics)', 'Supporters (constituents): donors, funders and volunteers'
        names += [n for n in _other_names(comment, first) if n not in names]
    return list(dict.fromkeys(names))


def _singular_sort(word: str) -> str:
    return {"kinds": "kind", "types": "type", "sorts": "sort", "categories": "category"}.get(word, word)


def _plural(word: str) -> bool:
    """A plural noun ('mechanics', 'invoices'; not 'soccer')."""
    from ai_etl.language.request_text import singular
    from ai_etl.language.spoken import is_noun

    from lemminflect import getAllLemmas

    if "-" in word:
        return bool(re.fullmatch(r"[a-z]+(?:-[a-z]+)*[^s-]s", word))  # 'call-outs', 'check-ins', 'no-shows'
    unknown = not getAllLemmas(word) and re.fullmatch(r"[a-z]{4,}[^su]s", word)  # 'consignors', not in the dictionary
    return singular(word) != word and (is_noun(singular(word)) or bool(unknown))


def _other_names(comment: str, first: str) -> list[str]:
    """Other plural names a comment gives the rows right after the first: a bracket of one to three words
    ('Technicians (mechanics)'; '(soccer)' qualifies, it does not rename) and the kinds a colon lists."""
    from ai_etl.language.request_text import plural
    from ai_etl.language.spoken import is_noun

    found: list[str] = []
    rest = comment.strip()[len(first) :]
    if bracket := re.match(r"\s*\(([a-z][a-z -]*)\)", rest):
        for part in re.split(r"\s+(?:and|or)\s+", bracket[1]):  # '(yachts and motor cruisers)': each a name
            words_ = re.sub(r"^(?:and|or|also)\s+", "", part).split()  # '(and dentists)'
            if not words_:
                continue
            if len(words_) <= 3 and _plural(words_[-1]):
                found += [" ".join(words_), words_[-1]] if len(words_) > 1 else [words_[0]]
        rest = rest[bracket.end() :]
        if also := re.match(r"\s*(?:and|or)\s+(?=[a-z])", rest):  # 'Referees (soccer) and officials (basketball)'
            found += comment_names(rest[also.end() :])[:2]
    elif restated := re.match(r"\s*\((?:the|i\.?e\.?,?|aka|a\.k\.a\.|also called|also known as)\s+([a-z][a-z -]*?)\s*[;,)]", rest):
        words_ = restated[1].split()  # 'Subscriber accounts (the paying customer; ...)': the rows are customers
        if len(words_) <= 3 and is_noun(words_[-1]):
            head = words_[-1] if _plural(words_[-1]) else plural(words_[-1])
            found += list(dict.fromkeys([" ".join([*words_[:-1], head]), head]))
    if colon := re.match(r"\s*:\s*([^;.=]+)", rest):
        kinds = [" ".join(k.split()) for k in re.split(r",|\band\b|\bor\b", colon[1].lower())]
        if len(kinds) >= 2 and all(k and len(k.split()) <= 2 and re.fullmatch(r"[a-z -]+", k) and _plural(k.split()[-1]) for k in kinds):
            found += kinds
        elif not re.match(r"\s*(?:an?|one)\s", colon[1].lower()) and not re.search(r"\b(?:and|or)\b|/", re.split(r"[,;]", colon[1])[0]) and (restated := comment_names(colon[1])) and len(restated[0].split()) <= 3 and _plural(restated[0].split()[-1]):
            found += restated  # 'Consignors: the sellers who consign lots', 'Appointments: tattoo sittings (sessions) booked with
            # an artist': the rows are sellers, sittings, sessions too
    return list(dict.fromkeys(found))


def referred_names(table: CatalogTable) -> dict[str, list[str]]:
    """table -> names the comments of `table`'s reference columns give the rows they refer to:
    `work_order.vendor_id` 'contractor assigned' calls the vendors contractors."""
    found: dict[str, list[str]] = {}
    for column, target in table.references.items():
        if (named := table.column(column)) and named.called:
            found.setdefault(target.split(".")[0], []).extend(named.called)
    return found


# 'true = made while roaming abroad', 'Y: bills are collected by direct debit', 'yes means suit filed'
_YES_STATE = re.compile(r"(?:^|[,;(])\s*(?:true|yes|t|y|1)\s*(?:=|:|means|when|if)\s*(?P<state>[^;,.=():]+)", re.I)
_STATE_FILLERS = {"made", "done", "set", "marked", "flagged", "recorded", "true", "false", "yes", "no"}


def yes_phrases(comment: str | None) -> list[str]:
    """What a yes/no column's comment says yes means, as the runs of two or more words a request would say:
    'true = made while roaming abroad' -> ['roaming abroad']; 'true = bills are collected by direct debit on
    the due date' -> ['bills', ..., 'direct debit', 'due date'] (runs of one word name nothing alone)."""
    from ai_etl.language.request_text import FUNCTION_WORDS

    found: list[str] = []
    for match in _YES_STATE.finditer(comment or ""):
        run: list[str] = []
        for word in [*re.findall(r"[a-z][a-z'-]*|\d+", match["state"].lower()), ""]:
            if word and word not in FUNCTION_WORDS and word not in _STATE_FILLERS and not word.isdigit():
                run.append(word)
                continue
            if len(run) >= 2:  # 'roaming abroad', 'direct debit'; not 'tariff includes', a clause's subject and verb
                found += [f"{a} {b}" for a, b in zip(run, run[1:]) if (_naming(a) or _participle(a)) and _naming(b)]
            run = []
        whole = re.findall(r"[a-z][a-z'-]*", match["state"].lower())
        phrasal = re.findall(r"[a-z]+", re.split(r"[(;,]", match["state"].lower())[0])
        if len(phrasal) == 2 and phrasal[1] in ("up", "out", "off", "back", "down", "away", "over", "in") and _participle(phrasal[0]):
            found.append(" ".join(phrasal))  # 'true = called off (weather)': the act with its particle, which alone is no word
        led = re.fullmatch(r"(?:[a-z]+\s+)?(?P<act>[a-z]+ed\s+(?:at|on|in|by|from)\s+(?:the\s+)?[a-z]+)", " ".join(whole))
        if led and _participle(led["act"].split()[0]):  # 'true = ticket cancelled at the till': the act and where, said whole
            found.append(led["act"])
        if len(whole) == 1 and whole[0] not in FUNCTION_WORDS and len(whole[0]) > 3:  # 'true = freelancer': the whole state, and what
            found += [whole[0], *_doer_adjective(whole[0])]  # its doer's work is called ('freelance translators')
    return list(dict.fromkeys(found))


def _doer_adjective(noun: str) -> list[str]:
    """'freelancer' -> ['freelance'], 'volunteer' -> []: the word a doer noun is made from, where it is one (said of things)."""
    from ai_etl.language.spoken import word_classes

    stems = [noun[:-1]] if noun.endswith("cer") else [noun[:-2]] if noun.endswith("er") else []
    return [stem for stem in stems if "ADJ" in word_classes(stem)]


_NO_STATE = re.compile(r"(?:^|[,;(])\s*(?:false|no|f|n|0)\s*(?:=|:|means)\s*(?P<state>[^;,.=()]+)", re.I)


def no_phrases(comment: str | None) -> list[str]:
    """What a yes/no column's comment says no means, whole, where it is a phrase of two to five words a request would say:
    'true = lane can be booked; false = out of action (broken pinsetter)' -> ['out of action']."""
    found = []
    for match in _NO_STATE.finditer(comment or ""):
        words = re.findall(r"[a-z][a-z'-]*", match["state"].lower())
        if 2 <= len(words) <= 5:
            found.append(" ".join(words))
    return found


def still_patterns(comment: str | None) -> list[str]:
    """What a yes/no column's comment says no means as something that stopped ('false = no longer works with us'), said as
    still going on: the yes ('who still work with us'), as patterns (the verb agreeing with whoever is said)."""
    patterns = []
    for phrase in no_phrases(comment):
        if phrase.startswith("no longer "):
            verb, *rest = phrase.removeprefix("no longer ").split()
            said = rf"{re.escape(verb[:-1])}(?:s|es)?" if verb.endswith("s") else re.escape(verb)
            after = "".join(r"\s+" + re.escape(w) for w in rest)
            patterns.append(rf"\bstill\s+{said}{after}\b")
    return patterns


def _naming(word: str) -> bool:
    """A word of a name ('direct', 'debit', 'roaming'), not a clause's verb ('includes', 'filed')."""
    from ai_etl.language.spoken import word_classes

    return word.endswith("ing") or word_classes(word) != {"VERB"}


def _participle(word: str) -> bool:
    """'stored card', 'moored abroad': a participle before the word it qualifies."""
    from ai_etl.language.spoken import is_past_verb, verb_forms, verb_lemma

    return is_past_verb(word) and (word.endswith(("ed", "en", "wn")) or word in verb_forms(verb_lemma(word) or word, "VBN"))  # 'lost service'


# 'empty = not paid yet', 'Date it left; empty while it is still here', '(blank if unpaid)': a missing value said in the
# owner's words, at the start of a clause, before what it means
_EMPTY_SAID = re.compile(r"(^|[;,.(]\s*)(?:left\s+)?(?:empty|blank)(?=\s*(?:=|:|(?:means|while|when|if|as\s+long\s+as|until)\b))", re.I)


def nulls_spelled(comment: str | None) -> str | None:
    """A nullable column's comment with its owner's words for a missing value ('empty', 'blank') spelled NULL, the one
    word every reader of comments looks for: 'Date the horse left; empty while it is still here' -> '...; NULL while it
    is still here'."""
    return _EMPTY_SAID.sub(lambda m: f"{m[1]}NULL", comment) if comment else comment


# 'NULL = not paid yet', 'NULL while unpaid', 'NULL means open-ended (month-to-month)', 'NULL for water meters'
_NULL_STATE = re.compile(r"\bnull\s*(?:=|:|means|while|when|if|as long as)\s*(?P<state>[^;,.=]+)", re.I)


def null_names(comment: str | None) -> list[str]:
    """What a column's comment says a row without a value is: 'NULL = open-ended (month-to-month)' ->
    ['open-ended', 'month-to-month']; 'NULL while unpaid' -> ['unpaid']; 'NULL = not paid (yet)' -> ['not paid']."""
    from ai_etl.language.spoken import is_past_verb

    found: list[str] = []
    for match in _NULL_STATE.finditer(comment or ""):
        state = re.sub(r"\(yet\)", "", match["state"])
        state = state if "(" in state else state.split(")")[0]  # '(NULL if unpaid)'
        state = re.sub(r"^\s*(?:(?:the|this|that)\s+)?(?!(?:no|not|never|nothing|none|nobody)\b)[a-z]+(?:\s+[a-z]+)?\s+(?:is|are|was|were|has\s+been)\s+", "", state, flags=re.I)  # 'NULL = the
        # barrel is empty right now': 'empty'
        state = re.sub(r"\s+(?:right\s+now|at\s+the\s+moment|currently|now)\s*$", "", state, flags=re.I)
        names = _names(state) + [n for n in _apposed((comment or "")[match.end() :], {}) if n.startswith(("not ", "never ", "still "))]  # 'NULL = scheduled, not performed yet'
        if (doer := re.fullmatch(r"\s*([a-z]+)\s+by\s+(?:the|an?|our)\s+([a-z][a-z -]*?)\s*", state, re.I)) and is_past_verb(doer[1].lower()):
            names = _names(doer[2])  # 'NULL = sold by the front desk staff': who did it ('front desk staff'), of an act every row records
        if not names and (act := re.search(r"\b(?:not|never)\s+(?:yet\s+)?([a-z]+)\b", state.lower())) and is_past_verb(act[1]):
            names = [f"not {act[1]}"]  # 'NULL = learner has not given it to us yet', 'NULL = theory test not passed yet': what did not happen
        for name in names:  # ('NULL = work on the dome itself' is no state 'work')
            if name not in found and not name.startswith(("the ", "a ", "an ")) and not (_thing(name) and name != state.strip().lower()):
                found.append(name)
    return found


# '0 = fee waived', '(0 = complimentary)', '0 means brand new': what a number's comment says its zero is
_ZERO_STATE = re.compile(r"(?<![\w.])0(?:\.0+)?\s*(?:=|:|means|when|if)\s*(?P<state>[^;,.=()]+)", re.I)
# adjectives too general to name a zero on their own ('brand new': no 'new' rows)
_GENERAL = {"new", "current", "first", "last", "next", "other", "same", "whole", "full", "own", "no", "none"}
# words of a zero's state that name nothing themselves ('no withdrawal', 'not charged')
FUNCTION_WORDS_OF_STATES = {"no", "not", "never", "nothing", "none", "nobody", "any", "all", "only", "each", "per"}


def zero_names(comment: str | None) -> list[str]:
    """What a number's comment says a row holding 0 is: '0 = fee waived (hardship)' -> ['fee waived', 'hardship',
    'waived']; '0 = complimentary stay' -> [..., 'complimentary']; '0 = given free' -> [..., 'free']. None where 0 is one
    code of a legend ('0 = none, 1 = first warning'), which `value_names` reads."""
    from ai_etl.language.spoken import is_past_verb, word_classes

    if not comment or re.search(r"(?<![\w.])1\s*=", comment):
        return []
    found: list[str] = []
    for match in _ZERO_STATE.finditer(comment):
        state = match["state"].strip().lower()
        words = state.split()
        adjectives = [w for w in words if w not in _GENERAL and w not in FUNCTION_WORDS_OF_STATES and "ADJ" in word_classes(w) and not is_past_verb(w)]
        acted = [words[-1]] if len(words) > 1 and is_past_verb(words[-1]) and words[-2] not in FUNCTION_WORDS_OF_STATES else []  # 'the fee was waived'
        for name in _names(state) + (adjectives + acted if len(words) <= 5 else []):
            if name not in found and name not in _GENERAL and len(name) > 2 and not name.startswith(("the ", "a ", "an ")):  # ('0 = U (ungraded)': no 'u')
                found.append(name)
    return found



def null_forms(name: str) -> list[str]:
    """The ways a request says a null state: 'not paid yet' -> ['not paid yet', 'not paid', 'not yet paid',
    'unpaid']; 'still open' -> ['still open', 'open']; 'account still open' -> [..., 'open']."""
    from ai_etl.language.spoken import is_past_verb, verb_lemma

    words_ = name.split()
    forms = [name]
    core = [w for w in words_ if w not in ("yet", "still")]
    if core and core != words_:
        forms.append(" ".join(core))
    if core[:1] == ["not"] and len(core) == 2:
        forms.append(f"not yet {core[1]}")
        if is_past_verb(core[1]):
            forms.append(f"un{core[1]}")  # 'not paid' is 'unpaid', 'not assigned' 'unassigned'
            forms += [f"did not {act}"] if (act := verb_lemma(core[1])) and act != core[1] else []  # 'the driver did not empty the coin box'
    if placed := re.fullmatch(r"not\s+(on|in|at|with|under)\s+an?\s+([a-z]+)", " ".join(core)):
        from lemminflect import getInflection

        plural = (getInflection(placed[2], "NNS") or (placed[2] + "s",))[0]
        forms += [f"not {placed[1]} any {placed[2]}", f"not {placed[1]} any of the {plural}", f"not {placed[1]} any {plural}", f"{placed[1]} no {placed[2]}"]
        # 'not on a round': 'not on any of the rounds', 'on no round'
    if core[:1] == ["never"] and len(core) > 2 and is_past_verb(core[-1]) and (act := verb_lemma(core[-1])):
        for noun in dict.fromkeys((act, f"{act}ion", f"{act[:-1]}ion" if act.endswith("e") else act, f"{act}ment")):
            forms.append(" ".join(["never", "had", "a", *core[1:-1], noun]))  # 'never patch tested': 'never had a patch test'
    if "still" in words_ and words_.index("still") < len(words_) - 1:
        forms.append(" ".join(words_[words_.index("still") + 1 :]))  # 'account still open': 'open'
    if core[:2] == ["did", "not"] and len(core) > 2 and (past := _past_tense(core[2])):
        forms.append(" ".join(["never", past, *core[3:]]))  # 'did not turn up': 'never turned up'
    if (going := re.fullmatch(r"(still\s+)?([a-z]+)ing((?:\s+[a-z]+)*)", name)) and (act := verb_lemma(going[2] + "ing")) and act != going[2] + "ing":
        for verb in dict.fromkeys((act, _third_person(act))):  # 'still working for us': 'still work for us', 'still works for us'
            forms += [f"{going[1]}{verb}{going[3]}", *([f"{verb}{going[3]}"] if going[3] else [])] if going[1] else []
    if re.fullmatch(r"still\s+(?:an?\s+[a-z]+|(?:at|in|on|with)\s+(?:the|our|us)(?:\s+[a-z]+)?|employed|enrolled|registered|subscribed|serving|here)", name):
        forms += ["still here", "still around"]  # 'NULL while they are still a member', 'still at the yard': the rows still with us
    forms += [f"{form[: -len(' here')]} {place}" for form in list(forms) if form.endswith(" here") for place in ("for us", "with us")]  # 'still
    # works here': 'still works for us'
    from ai_etl.language.request_text import FUNCTION_WORDS

    return [form for form in dict.fromkeys(forms) if len(form.split()) > 1 or form not in FUNCTION_WORDS]  # ('still in' is never 'in')


def _third_person(verb: str) -> str:
    """'work' -> 'works', 'teach' -> 'teaches'."""
    from lemminflect import getInflection

    return (getInflection(verb, "VBZ") or (verb + "s",))[0]


def _past_tense(verb: str) -> str | None:
    """'turn' -> 'turned', 'come' -> 'came'."""
    from lemminflect import getInflection

    return (getInflection(verb, "VBD") or (None,))[0]
