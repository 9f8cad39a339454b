"""How people say the names of a schema: `l_extendedprice` is "extended price", `lineitem` is
"line item", `c_mktsegment` is "market segment"; and the lemma of a word ("items" -> "item").

Identifiers are split on `_`, digits and case, a table-wide column prefix (`l_`, `c_`) is dropped,
run-together words are segmented with `wordsegment`'s English unigram model, and each word is
reduced to its lemma with `lemminflect`. Common abbreviations of column names are expanded.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterator, Mapping
from contextvars import ContextVar

# Abbreviations seen in column names of many schemas (not of one): the word people say instead.
ABBREVIATIONS = {
    "qty": "quantity", "amt": "amount", "px": "price", "prc": "price", "num": "number", "no": "number", "nbr": "number", "cnt": "count",
    "desc": "description", "addr": "address", "dt": "date", "ts": "timestamp", "mkt": "market",
    "cust": "customer", "prod": "product", "cat": "category", "avg": "average", "pct": "percent",
    "acct": "account", "dept": "department", "emp": "employee", "org": "organization", "pos": "position",
    "sz": "size", "yr": "year", "mo": "month", "st": "state", "pop": "population", "lat": "latitude",
    "lon": "longitude", "lng": "longitude", "id": "id", "ids": "id", "dob": "birth date", "nm": "name", "cd": "code",
    "maint": "maintenance", "veh": "vehicle", "mgr": "manager", "svc": "service", "txn": "transaction", "loc": "location",
    "dist": "distance", "wt": "weight", "temp": "temperature", "ref": "reference", "dest": "destination",
    "orig": "origin", "src": "source", "dst": "destination", "stn": "station", "pub": "publication",
    "usr": "user", "msg": "message", "pmt": "payment", "inv": "invoice", "ctry": "country", "tel": "telephone",
    "bal": "balance", "grp": "group", "lvl": "level", "seq": "sequence", "hr": "hour", "sts": "status",
    "rte": "route", "vsl": "vessel", "typ": "type", "appt": "appointment", "pax": "passenger", "stat": "status",
    "chk": "check", "chem": "chemical", "req": "request", "cond": "condition",
}  # fmt: skip


# Words of general business English that name the same kind of thing (not any schema's names).
SYNONYM_GROUPS = [
    {"customer", "client", "buyer", "purchaser", "shopper", "patron"},
    {"order", "purchase"},
    {"user", "account", "member", "subscriber", "signup", "listener", "viewer"},
    {"product", "sku", "good", "merchandise"},
    {"transaction", "payment"},
    {"invoice", "bill"},
    {"spot", "slot"},  # an ad spot is an ad slot
    {"employee", "staff", "worker"},
    {"supplier", "vendor"},
    {"city", "town"},
    {"country", "nation"},
    {"paper", "publication", "article"},
    {"population", "people", "inhabitant", "resident"},  # '100000 people' is a population
    {"cuisine", "food"},
    {"movie", "film"},
    {"song", "track"},
    {"car", "vehicle", "automobile"},
    {"doctor", "physician"},
    {"student", "pupil"},
    {"teacher", "instructor", "lecturer"},
    {"salary", "wage", "pay"},
    {"reservation", "booking"},
    {"enrollment", "enrolment", "registration"},
    {"review", "rating"},
    {"percent", "percentage"},  # `germ_pct` is the germination percentage
    {"course", "class", "subject"},
    {"item", "line"},  # 'order lines' are its items
    {"trip", "ride", "journey"},
    {"loan", "borrowing"},
    {"author", "writer"},
    {"fine", "penalty"},
    {"fee", "charge"},  # a late cancellation fee is a late cancellation charge
    {"appointment", "visit"},
]


def synonyms(word: str) -> set[str]:
    """The word and the words of its synonym groups (lemmas)."""
    found = {word}
    for group in SYNONYM_GROUPS:
        if word in group:
            found |= group
    return found


def verb_lemma(word: str) -> str | None:
    """The verb a word is a form of ('placed' -> 'place', 'wrote' -> 'write'), None when it is none's."""
    from lemminflect import getAllLemmas

    found = getAllLemmas(word.lower()).get("VERB")
    return found[0].lower() if found else None


def acts_named(identifier: str) -> set[str]:
    """The verbs the words of a name are forms of (`reserved_at`: 'reserve', though 'reserved' is also an adjective)."""
    return {act for word in spoken_words(identifier) if (act := verb_lemma(word))}


def verb_forms(word: str, tag: str) -> tuple[str, ...]:
    """The forms of a verb for a Penn tag ('read', 'VBG' -> ('reading',)); none when the word is no verb."""
    from lemminflect import getAllLemmas, getInflection

    if "VERB" not in getAllLemmas(word.lower()):
        return ()
    return tuple(f.lower() for f in getInflection(word.lower(), tag=tag) or ())


def is_noun(word: str) -> bool:
    """'cost', 'record', 'rent': the dictionary knows the word as a noun (whatever else it is)."""
    from lemminflect import getAllLemmas

    return "NOUN" in getAllLemmas(word.lower())


def is_past_verb(word: str) -> bool:
    """'wrote', 'written', 'made', 'placed': a verb's past tense or participle (what relates a subject)."""
    from lemminflect import getInflection

    base = verb_lemma(word)
    return bool(base) and word.lower() in (*getInflection(base, "VBD"), *getInflection(base, "VBN"))


def is_participle(word: str) -> bool:
    """'written', 'placed', never 'wrote' or 'came': a verb's past participle, which may follow its noun as a
    passive ('the references cited by'), where a past tense alone is the noun's own act ('students came')."""
    from lemminflect import getInflection

    base = verb_lemma(word)
    return bool(base) and word.lower() in getInflection(base, "VBN")


@functools.cache
def _segmenter():
    import wordsegment

    wordsegment.load()
    return wordsegment


@functools.cache
def lemma(word: str) -> str:
    """The dictionary form of an English word ('items' -> 'item', 'published' -> 'publish');
    other scripts and unknown words are returned lower-cased."""
    from lemminflect import getAllLemmas

    word = word.lower()
    if not word.isascii() or not word.isalpha():
        return word
    found = getAllLemmas(word)
    for upos in ("NOUN", "PROPN", "ADJ", "VERB", "ADV"):
        if upos in found:
            return found[upos][0].lower()
    return word


@functools.cache
def word_classes(word: str) -> frozenset[str]:
    """The parts of speech an English word can be (NOUN, VERB, ADJ...), from lemminflect's lexicon."""
    from lemminflect import getAllLemmas

    return frozenset(getAllLemmas(word.lower())) if word.isascii() and word.isalpha() else frozenset()


def _split_camel(text: str) -> list[str]:
    return re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+", text)


# identifier -> {part: word}: the abbreviations of the schema being read (`catalog.abbreviations`), set
# by `reading_abbreviations` around a reading; names are spoken in too many places to pass them along.
_SCHEMA_ABBREVIATIONS: ContextVar[Mapping[str, Mapping[str, str]]] = ContextVar("schema_abbreviations", default={})


@contextlib.contextmanager
def reading_abbreviations(expanded: Mapping[str, Mapping[str, str]]) -> Iterator[None]:
    """Within it, an identifier's own abbreviations (`prem_amt`: 'prem' -> 'premium') are spoken like the common ones."""
    token = _SCHEMA_ABBREVIATIONS.set(expanded)
    try:
        yield
    finally:
        _SCHEMA_ABBREVIATIONS.reset(token)


def own_abbreviations(identifier: str) -> tuple[tuple[str, str], ...]:
    """The parts of `identifier` the schema being read abbreviates its own way, with their words."""
    return tuple(sorted(_SCHEMA_ABBREVIATIONS.get().get(identifier, {}).items()))


def abbreviations_of(identifier: str) -> dict[str, str]:
    """The common abbreviations and the identifier's own."""
    own = own_abbreviations(identifier)
    return {**ABBREVIATIONS, **dict(own)} if own else ABBREVIATIONS


def abbreviates(short: str, word: str) -> bool:
    """'appt' of 'appointments', 'drv' of 'driver', 'mgr' of 'manager': the same first letter, then the
    short form's letters in order."""
    rest = iter(word[1:])
    return bool(short) and short[0] == word[0] and all(letter in rest for letter in short[1:])


def identifier_parts(identifier: str) -> list[str]:
    """'clm_pmt' -> ['clm', 'pmt'], 'firstName' -> ['first', 'name']: the lower-case parts of a name."""
    return [part.lower() for chunk in re.split(r"[_\W]+", identifier) for part in (_split_camel(chunk) or [chunk]) if part]


@functools.cache
def word_pieces(part: str, own: tuple[str, ...] = ()) -> tuple[str, ...]:
    """'extendedprice' -> ('extended', 'price'); a known word or a short part stays whole."""
    if len(part) <= 4 or part in ABBREVIATIONS or part in own or word_classes(part):
        return (part,)
    pieces = _segmenter().segment(part)
    # keep the segmentation only when every piece is a word (or a known abbreviation)
    if all(word_classes(p) or p in ABBREVIATIONS for p in pieces) and len(pieces) > 1:
        return tuple(pieces)
    return (part,)


def table_prefix(columns: list[str]) -> str | None:
    """The prefix every column of a table shares (`l_` in TPC-H's lineitem), if any."""
    heads = {c.split("_", 1)[0] for c in columns if "_" in c}
    if len(columns) >= 3 and len(heads) == 1 and all("_" in c for c in columns):
        head = heads.pop()
        return f"{head}_" if len(head) <= 3 else None
    return None


def spoken_words(identifier: str, prefix: str | None = None) -> tuple[str, ...]:
    """The lemmas of the words a person uses for an identifier, in order:
    'l_extendedprice' (prefix 'l_') -> ('extend', 'price'); 'order_items' -> ('order', 'item')."""
    return _spoken_words(identifier, prefix, own_abbreviations(identifier))


@functools.cache
def _spoken_words(identifier: str, prefix: str | None, own: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    expanded = {**ABBREVIATIONS, **dict(own)}
    name = identifier[len(prefix) :] if prefix and identifier.startswith(prefix) else identifier
    words: list[str] = []
    for chunk in re.split(r"[_\W]+", name):
        for part in _split_camel(chunk) or [chunk]:
            part = part.lower()
            if not part or part.isdigit():
                continue
            if re.fullmatch(r"[a-z]{1,2}id", part) and not word_classes(part):  # cid, pid, uid (not paid, void)
                words.append("id")
                continue
            for piece in word_pieces(part, tuple(expanded.keys() - ABBREVIATIONS.keys())):
                words += [lemma(word) for word in expanded.get(piece, piece).split()]
    return tuple(words)


def joined_compounds(text: str, names: set[str]) -> str:
    """'check-ins' -> 'checkins' where the joined word (or its lemma) is one of `names` (a schema's
    table and column names): people hyphenate the compounds schemas write as one word."""

    def join(match: re.Match) -> str:
        joined = match[1] + match[2]
        forms = {joined, lemma(joined), joined.removesuffix("s"), joined.removesuffix("es")}
        return joined if forms & names else match[0]

    return re.sub(r"\b([a-z]+)-([a-z]+)\b", join, text)


def spoken_column_names(tables) -> set[str]:
    """The names of the tables' columns as said, of two words or more ('ship mode', 'order status')."""
    found: set[str] = set()
    for table in tables:
        columns = [c.name for c in table.columns]
        prefix = table_prefix(columns)
        found |= {" ".join(words) for c in columns if len(words := spoken_words(c, prefix)) > 1}
    return found


def starts_a_column_name(text: str, start: int, end: int, names: set[str]) -> bool:
    """Does a column's spoken name start at `start` and run past `end`? ('ship' in 'by ship mode' is the
    start of `l_shipmode`, not its value 'SHIP')."""
    rest = text[start:]
    return any(len(name) > end - start and re.match(rf"{re.escape(name)}s?\b", rest) for name in names)


FLAG_WORDS = {"bool", "flag", "flg", "yn", "ind"}  # what names a column a yes/no one, not what it says yes to


def spoken_flag(identifier: str, prefix: str | None = None) -> tuple[str, ...]:
    """The words of what a yes/no column says yes to: `litig_flg` -> ('litigation',), `activebool` -> ('active',)."""
    if (stripped := without_flag_suffix(identifier)) != identifier and not re.search(r"_[a-z]+$", identifier[len(stripped) :]):
        return spoken_words(stripped, prefix)  # a suffix written on (`activebool`): no part of its own
    return tuple(w for w in spoken_words(identifier, prefix) if w not in FLAG_WORDS)


def flag_phrase(identifier: str) -> str:
    """A yes/no column's name as a request says it, words as written (`rained_off` -> 'rained off', `is_paid` -> 'paid')."""
    return re.sub(r"^(?:is|has)_", "", identifier.lower()).replace("_", " ")


def without_flag_suffix(name: str) -> str:
    """`activebool` -> `active`, `vip_flag` -> `vip`, `void_flg` -> `void`: the word a yes/no column is named for."""
    return re.sub(r"(?:_?(?:bool|flag|yn)|_(?:flg|ind))$", "", name) or name
