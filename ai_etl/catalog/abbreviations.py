"""A schema's own abbreviations, read from its own words: `prem_amt` is the "premium" of a comment saying
'written premium for the policy term', `litig_flg` the "litigation" of 'true = suit filed / in litigation',
`clm_pmt` the "claim" a table is named after. The common ones (`amt`, `qty`) are in `spoken.ABBREVIATIONS`;
these are the ones only the schema knows, so they are looked up in what the schema itself says: first
the column's own comment, its table's and the table it refers to, then every comment and name of the schema.
"""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable, Iterable
from typing import ParamSpec, TypeVar

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.language.request_text import FUNCTION_WORDS, singular
from ai_etl.language.units import UNITS, unit_letters
from ai_etl.language.spoken import (
    ABBREVIATIONS,
    abbreviates,
    identifier_parts,
    lemma,
    reading_abbreviations,
    word_classes,
)

P = ParamSpec("P")
R = TypeVar("R")
MIN_LETTERS = 3  # 'pd' could stand for anything
MAX_STRETCH = 2.5  # 'rsn' is no abbreviation of 'requisition' (its letters spread over a word 3.7 times as long)

KEY_PART = re.compile(r"[a-z]{1,2}id")  # `cid`, `pid`: a key, spoken as "id"


def identifier_abbreviations(catalog: Catalog) -> dict[str, dict[str, str]]:
    """identifier -> {its abbreviated part: the word it stands for}, for tables and columns whose names
    abbreviate words the schema's own comments, values' names or other names say."""
    texts = _texts(catalog.tables)
    everywhere = _words(texts)
    defined = {short.lower(): phrase for text in texts for short, phrase in _acronyms_defined(text)}
    found: dict[str, dict[str, str | None]] = {}
    for table in catalog.tables:
        own_table = [table.comment or "", table.name]
        own_columns = [text for column in table.columns for text in (column.comment or "", *_value_names(column))]  # 'planned maintenance' of `mnt_job`
        vocabularies = [(_words(own_table, any_word=True), False), (_words(own_columns), True), (everywhere, False)]  # ('Handover of ...')
        vocabularies = [({w for w in words if w not in UNITS}, strict) for words, strict in vocabularies]  # a table keeps things, not minutes
        _add(found, table.name, _as_nouns(_expanded(table.name, own_table, vocabularies, defined, own_table + own_columns), everywhere))
        for column in table.columns:
            near = [column.comment or "", *_value_names(column), table.name, table.comment or ""]
            if target := catalog.table(table.references.get(column.name, "").split(".")[0]):
                near += [target.name, target.comment or ""]
            parts = _expanded(column.name, [column.comment or ""], [(_words(near), False), (everywhere, False)], defined, near)
            parts |= unit_letters(column.name, column.comment)  # `net_t` of 'tonnes carried
            table_parts = found.get(table.name, {})  # `rcv_ts` of `smp_rcv` (the samples received): received
            parts |= {part: table_parts[part] for part in identifier_parts(column.name) if table_parts.get(part) and part not in parts}
            _add(found, column.name, parts)
    return {name: kept for name, parts in found.items() if (kept := {part: word for part, word in parts.items() if word})}


def _as_nouns(parts: dict[str, str], words: set[str]) -> dict[str, str]:
    """A table keeps things: a part read as a verb only (`feed_dlv`, 'quantity delivered') is the noun of that act the
    schema says elsewhere ('days after delivery'), where it says one."""
    from ai_etl.language.nominal_acts import act_nouns

    for part, word in parts.items():
        if word_classes(word) == {"VERB"} and len(said := act_nouns(word) & words) == 1:
            parts[part] = next(iter(said))
    return parts


def _acronyms_defined(text: str) -> list[tuple[str, str]]:
    """'personal training (PT) sessions' -> [('PT', 'personal training')]: the words before a bracketed
    acronym whose initials spell it."""
    found = []
    for match in re.finditer(r"\(([A-Z]{2,5})\)", text):
        words = re.findall(r"[A-Za-z]+", text[: match.start()])[-len(match[1]) :]
        if len(words) == len(match[1]) and "".join(w[0] for w in words).upper() == match[1]:
            found.append((match[1], " ".join(words).lower()))
    return found


def _initials_in(part: str, texts: list[str]) -> str | None:
    """'lob' of its own comment 'line of business: HO = homeowners, ...': a phrase whose initials are the part."""
    for text in texts:
        words = re.findall(r"[a-z]+", text.lower())
        for start in range(len(words) - len(part) + 1):
            if "".join(w[0] for w in words[start : start + len(part)]) == part:
                return " ".join(words[start : start + len(part)])
    return None


def _add(found: dict[str, dict[str, str | None]], identifier: str, parts: dict[str, str]) -> None:
    """A column name several tables share (`pol_no`) keeps the parts no two tables read differently: `pri` is the
    'priority' of the table whose comment says 'targets per priority' in the table whose comment says nothing of it
    too. A part read two ways is marked None (read no way, whatever a third table reads)."""
    known = found.setdefault(identifier, {})
    for part, word in parts.items():
        known[part] = word if known.get(part, word) == word else None


def _expanded(identifier: str, own_texts: list[str], vocabularies: list[tuple[set[str], bool]], defined: dict[str, str], near: list[str]) -> dict[str, str]:
    """The parts of `identifier` the schema spells out: an acronym its comments define ('PT'), the initials of a
    phrase of its own comment ('lob'), else a word of the nearest words it abbreviates ('prem')."""
    parts = {}
    for part in identifier_parts(identifier):
        if part not in defined and any(re.search(rf"\b{re.escape(part)}\b", text, re.I) for text in own_texts if text != identifier):
            continue  # its own comment says the part as it is: `tip` of 'tip, GBP' is no 'trip', `mot_due` of 'the MOT certificate' no 'month'
        if part.isalpha() and 2 <= len(part) <= 5 and part not in ABBREVIATIONS and part not in FUNCTION_WORDS and (phrase := defined.get(part) or _initials_in(part, own_texts)):
            parts[part] = phrase
            continue
        if part in ABBREVIATIONS and len(part) >= MIN_LETTERS and (own := _own_reading(part, near)):
            parts[part] = own  # `inv_mst` of 'String inverters installed at the sites': inverters, not the usual invoices
            continue
        if len(part) < MIN_LETTERS or not part.isalpha() or part in ABBREVIATIONS or part in FUNCTION_WORDS or KEY_PART.fullmatch(part):
            continue  # ('per' of `prc_per_ctn_usd` is the word per, no 'percent')
        if word_classes(part):  # a word ('spry') abbreviates only a word of its nearest texts it does not begin
            said = _stands_for(part, vocabularies[0][0])  # ('Spray diary entries'), never one it begins ('rated'), unless
            if said and (not said.startswith(part) or (len(said) >= len(part) + 3 and _derived(said, part))):  # another word
                parts[part] = said  # made from it ('moist' of 'moisture percentage', 'germ' of 'Germination tests')
            continue
        for words, strict in vocabularies:  # the nearest words decide; an ambiguous near reading is no reading
            if said := _stands_for(part, words, strict):
                parts[part] = said
                break
            if said is None:
                break
    return parts


def _derived(word: str, part: str) -> bool:
    """A word that begins with `part` and is no form or act noun of it: 'moisture' of 'moist', not 'rated' of 'rate' nor
    'shipment' of 'ship' (`ship_dt` is the ship date)."""
    from ai_etl.language.nominal_acts import act_nouns, act_of_noun
    from ai_etl.language.spoken import verb_lemma

    forms = (lemma(word), verb_lemma(word) or word, singular(word), act_of_noun(word))
    return part not in forms and not ("VERB" in word_classes(part) and word in act_nouns(part))


def _own_reading(part: str, texts: list[str]) -> str | None:
    """The word the nearest comments spell a common abbreviation out as, when it is not the usual one: the one
    word of them (in the dictionary or not: 'inverters') that starts with the part, and none is the usual word."""
    usual = ABBREVIATIONS[part]
    near = {w for text in texts for w in re.findall(r"[a-z]{4,}", text.lower())}
    prefixed = {singular(w) for w in near if w.startswith(part) and len(w) > len(part)}
    if usual in prefixed or lemma(usual) in prefixed or any(usual in w for w in near) or len(prefixed) != 1:
        return None
    return prefixed.pop()


def _stands_for(part: str, words: set[str], strict: bool = False) -> str | None | bool:
    """The one word `part` abbreviates among `words` (a prefix of it before its letters in order; the
    shortest reading), None when two read alike, False when none. `strict`: only a word it begins, or
    whose consonants it begins ('mnt' of 'maintenance'), for words that are near but not the name's own."""
    candidates = [w for w in words if len(w) > len(part) and abbreviates(part, w)]
    prefixed = [w for w in candidates if w.startswith(part)]
    begun = [w for w in candidates if _consonants(w).startswith(part)]  # 'trt' of 'treatments': its consonants, however long
    loose = [w for w in candidates if len(w) <= MAX_STRETCH * len(part) or w in begun] if not strict else begun
    pool = prefixed or loose
    lemmas = sorted({lemma(w) for w in pool}, key=len)
    if not lemmas:
        return False
    if len(lemmas) > 1 and len(lemmas[0]) == len(lemmas[1]):
        return None
    return lemmas[0]


def _consonants(word: str) -> str:
    """'maintenance' -> 'mntnnc': its first letter, then its consonants ('mnt' spells a long word by them)."""
    return word[:1] + re.sub(r"[aeiouy]", "", word[1:])


def _value_names(column: CatalogColumn) -> list[str]:
    return [name for names in column.value_names.values() for name in names]


def _texts(tables: Iterable[CatalogTable]) -> list[str]:
    texts = []
    for table in tables:
        texts += [table.name, table.comment or ""]
        for column in table.columns:
            texts += [column.name, column.comment or "", *_value_names(column)]
    return texts


def _words(texts: Iterable[str], any_word: bool = False) -> set[str]:
    """The dictionary words of some comments and names (identifiers split at `_`); with `any_word`, every word (a
    table's own comment spells out its name in words no dictionary has: `hndovr` 'Handover of a patient') and the
    nouns of the acts it says (`shpmt`, 'Loads shipped to buyers': the shipments)."""
    from ai_etl.language.nominal_acts import act_nouns
    from ai_etl.language.spoken import is_past_verb, verb_lemma

    words = {w for text in texts for w in re.findall(r"[a-z]{4,}", text.lower().replace("_", " ")) if any_word or word_classes(w)}
    if not any_word:
        return words
    return words | {n for w in words if is_past_verb(w) and (v := verb_lemma(w)) for n in act_nouns(v)}


def speaks_schema_abbreviations(function: Callable[P, R]) -> Callable[P, R]:
    """`function(..., catalog, ...)` reads the names of its `catalog` argument with their own abbreviations."""
    signature = inspect.signature(function)

    @functools.wraps(function)
    def reading(*args: P.args, **kwargs: P.kwargs) -> R:
        catalog = signature.bind_partial(*args, **kwargs).arguments["catalog"]
        with reading_abbreviations(identifier_abbreviations(catalog)):
            return function(*args, **kwargs)

    return reading
