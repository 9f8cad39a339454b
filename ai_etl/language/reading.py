"""The working state of reading one request (`Parse`) and how its words find the schema: tables by
name, part or synonym, columns by their spoken names, the tables near the one read, when a row happened."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ai_etl.agents.contracts import (
    Catalog,
    CatalogColumn,
    CatalogTable,
    Intent,
)
from ai_etl.catalog.comments import said_forms
from ai_etl.catalog.joins import belongs_to, distances
from ai_etl.catalog.values import TEXT_TYPES, is_measuring_number, is_numeric
from ai_etl.language.events import comment_acts
from ai_etl.language.request_text import (
    FUNCTION_WORDS,
    UNITS,
    column_aliases,
    plural,
    singular,
    table_aliases,
)
from ai_etl.language.spoken import (
    abbreviates,
    is_noun,
    is_participle,
    is_past_verb,
    lemma,
    own_abbreviations,
    spoken_words,
    table_prefix,
    verb_lemma,
)


@dataclass
class Mention:
    table: str
    start: int  # word position
    strength: int
    role: str = "plain"  # plain | dimension | related | anti



@dataclass
class Parse:
    """Working state while reading one request."""

    catalog: Catalog
    text: str  # normalized English, lower case; clauses read are blanked out of it
    original: str
    normalized: str = ""  # `text` before any clause was read
    top: int | None = None  # 'top 5 customers by revenue': how many groups the ranking keeps
    intent: Intent = field(default_factory=Intent)
    reach: dict[str, dict[str, int]] = field(default_factory=dict)  # main table -> tables within two joins
    measured: dict[str, list[CatalogTable]] = field(default_factory=dict)  # main table -> `measured_tables`
    spread: re.Match | None = None  # 'the difference between the first and last ...', read once the main table is known
    included: list[tuple[int, int]] = field(default_factory=list)  # 'count the cancelled ones too': rows kept, no act of theirs



def consume(p: Parse, match: re.Match) -> None:
    blank(p, match.start(), match.end())


def blank(p: Parse, start: int, end: int) -> None:
    """Blank `p.text[start:end]` (a clause read), keeping every other position where it was."""
    p.text = p.text[:start] + " " * (end - start) + p.text[end:]



def columns_listed_after(text: str, end: int, table: CatalogTable) -> tuple[list[str], int]:
    """The further columns of `table` a list goes on to name after position `end` ('..., city and phone', 'and their
    email'), and where the list ended: a word that names none (or only a reference) ends it."""
    columns = []
    while more := re.match(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:its|their|the)\s+)?([a-z_]+)\b", text[end:]):
        if not (other := column_of(table, more[1])) or other in table.references:
            break  # 'their clinic's name and city': the clinic's city too; 'their email and how many': the list ended
        columns.append(other)
        end += more.end()
    return columns, end


def numeric_owner(catalog: Catalog, phrase: str) -> str | None:
    """The one table with a numeric column the phrase names ('fare' -> booking), if only one has it."""
    owners = {t.name for t in catalog.tables for c in t.columns if is_numeric(c.type) and column_of(t, phrase) == c.name}
    return owners.pop() if len(owners) == 1 else None



def label_column(table: CatalogTable) -> str | None:
    """What people call a row of the table by: its name or title, else its one-column key."""
    names = [c.name for c in table.columns]
    for candidate in ("name", f"{singular(table.name)}_name", "title"):
        if candidate in names:
            return candidate
    ending = [n for n in names if n.endswith("_name")]
    if len(ending) == 1:
        return ending[0]
    return table.label or table.identifier  # (an aircraft's `reg`)


def name_column(table: CatalogTable) -> str | None:
    """The column that names a row for a reader, beside its key: the label, or the one text column whose
    spoken last word is 'name' or 'title' (`club_nm`, `crs_title`). Never grouped by alone (names repeat)."""
    label = label_column(table)
    if label != table.identifier:
        return label
    text = {c.name for c in table.columns if c.type.startswith(TEXT_TYPES)}
    spoken = [c.name for c in table.columns if c.name in text and spoken_words(c.name)[-1:] in (("name",), ("title",))]
    if len(spoken) > 1:  # `cafe_name` of `cafe_accounts` beside a `contact_name`: the one named for the rows themselves
        own = {singular(w) for w in spoken_words(table.name)}
        spoken = [c for c in spoken if {singular(w) for w in spoken_words(c)[:-1]} <= own]
    if not spoken and not person_name_parts(table):  # a van's `nickname`: a name too (a person's parts are named apart)
        spoken = [c.name for c in table.columns if c.name in text and (spoken_words(c.name) or ("",))[-1].endswith("name") and not PERSON_NAME.search(c.name)]
    return spoken[0] if len(spoken) == 1 else label



def reachable(p: Parse) -> dict[str, int]:
    """Tables within two joins of the main table (either direction; a bridge table is one), nearest
    first, without the main table itself."""
    main = p.intent.main_table
    if main not in p.reach:
        p.reach[main] = {t: d for t, d in distances(p.catalog, main, cutoff=2).items() if t != main}
    return p.reach[main]



def own_and_parent_tables(p: Parse) -> list[CatalogTable]:
    """The main table, then the tables it refers to (two references at most), nearest first: where the
    time of a row is (an order item's is its order's). A table that refers to the rows is not: products
    "hourly" are not grouped by the hour of their orders."""
    tables, frontier = [p.catalog.table(p.intent.main_table)], [p.catalog.table(p.intent.main_table)]
    for _ in range(2):
        frontier = [p.catalog.table(ref.split(".")[0]) for t in frontier for ref in t.references.values()]
        frontier = [t for t in frontier if t is not None and t not in tables]
        tables += frontier
    return tables


def timed_tables(p: Parse) -> list[CatalogTable]:
    """The main table, then the parents its rows happen as part of: where the time of a row is."""
    tables = [p.catalog.table(p.intent.main_table)]
    for table in own_and_parent_tables(p)[1:]:
        if any(table.name == ref.split(".")[0] and is_part_of(child, table) for child in tables for ref in child.references.values()):
            tables.append(table)
    return tables


def is_part_of(child: CatalogTable, parent: CatalogTable) -> bool:
    """A row that happens as part of the row it refers to: an order's items (named after it, or a line of
    several references with numbers of its own), not a bike kept at a station, whose time is not the
    station's opening."""
    line = len(child.references) >= 2 and any(is_measuring_number(c.name, c.type) for c in child.columns if c.name not in child.references)
    return named_after(child, parent) or line


def named_after(child: CatalogTable, parent: CatalogTable) -> bool:
    """Is the child table named after the parent (`session_entries` after `sessions`)?"""
    return set(spoken_words(parent.name)) <= set(spoken_words(child.name))



def near_tables(p: Parse) -> list[CatalogTable]:
    """The main table, then the tables within two joins of it, nearest first."""
    return [p.catalog.table(p.intent.main_table), *(p.catalog.table(name) for name in reachable(p))]



def measured_tables(p: Parse) -> list[CatalogTable]:
    """`near_tables` whose amounts are the rows' own: the main table, the tables it refers to and the tables whose rows
    belong to its rows; never a table reached up and down again (the maintenance jobs of the engineer who logged a
    weather closure are no amount of the closure)."""
    from ai_etl.catalog.joins import AmbiguousJoin, NoJoinPath, join_path, through_a_shared_parent

    main = p.intent.main_table

    def own(table: str) -> bool:
        try:
            paths = [join_path(p.catalog, main, table)]
        except AmbiguousJoin as ways:  # (a trip's start or end station: either way a table of the rows' own)
            paths = ways.paths
        except NoJoinPath:
            return False
        return any(not through_a_shared_parent(path) for path in paths)

    if main not in p.measured:
        p.measured[main] = [t for t in near_tables(p) if t.name == main or own(t.name)]
    return p.measured[main]


def tables_said(p: Parse) -> set[str]:
    """The tables a word or two of the request name."""
    words = re.findall(r"[a-z_]+", p.normalized or p.text)
    return {t for n in (2, 1) for i in range(len(words) - n + 1) if (t := resolve_table(p.catalog, " ".join(words[i : i + n])))}


def resolve_table(catalog: Catalog, phrase: str) -> str | None:
    phrase = phrase.strip().lower()
    if not phrase:
        return None
    if catalog.table(phrase):
        return phrase
    best: tuple[int, str] | None = None
    owners: dict[str, set[str]] = {}
    for table in catalog.tables:
        aliases = table_aliases(table.name, tuple(table.called))
        strength = aliases.get(phrase) or aliases.get(phrase.replace(" ", "_"))
        if strength:
            owners.setdefault(str(strength), set()).add(table.name)
            if best is None or strength > best[0]:
                best = (strength, table.name)
    if best is None:
        return people_table(catalog) if phrase in PEOPLE else _named_by_its_key(catalog, phrase)
    if best[0] == 1 and (short := cut_short_for(catalog, phrase)):
        return short
    if best[0] in (1, 2) and len(owners.get(str(best[0]), ())) > 1:
        return literal_owner(not_only_kinds_of(catalog, owners[str(best[0])], phrase), phrase)
    return best[1]


def not_only_kinds_of(catalog: Catalog, tables: Iterable[str], phrase: str) -> list[str]:
    """Of tables a word names equally well, those whose comment does not call their rows only kinds of it that are values
    of their own ('Missed and late calls' of flags whose `flag_cd` is 'M = missed call, L = late call'): 'calls' are the
    rota's planned calls; the flags are of some of them. All of them when that leaves none."""
    tables = list(tables)
    kept = [t for t in tables if (table := catalog.table(t)) is None or not _kinds_only(table, phrase)]
    return kept or tables


def _kinds_only(table: CatalogTable, phrase: str) -> bool:
    said = re.match(rf"\s*(?P<kinds>[a-z]+(?:\s*(?:,|and|or|&)\s*[a-z]+)*)\s+{re.escape(singular(phrase))}s?\b", (table.comment or "").lower())
    kinds = set(re.findall(r"[a-z]+", said["kinds"])) - {"and", "or"} if said else set()
    values = {w for column in table.columns for form, _ in said_forms(column) for w in form.lower().split()}
    return bool(kinds) and kinds <= values


def _named_by_its_key(catalog: Catalog, phrase: str) -> str | None:
    """'techs' of `technicians`, whose key is `tech_id`: the word the schema cuts the table's name short to in its key."""
    word = singular(phrase)
    if " " in phrase or len(word) < 3:
        return None
    found = [t.name for t in catalog.tables if t.identifier == f"{word}_id" and t.name.startswith(word) and t.name != word]
    return found[0] if len(found) == 1 else None


def cut_short_for(catalog: Catalog, phrase: str) -> str | None:
    """The one table whose one-word name is the word cut short ('subscribers' of `subs`): named so before a table a part of
    whose name only has the word among its synonyms (`cafe_accounts`, 'account' ~ 'subscriber')."""
    if " " in phrase:
        return None
    short = [t.name for t in catalog.tables if "_" not in t.name and abbreviates(t.name, singular(phrase))]
    return short[0] if len(short) == 1 else None


def aliases_of(catalog: Catalog, table: str) -> dict[str, int]:
    """`table_aliases` of a table of the catalog, with the names its comment calls it by."""
    found = catalog.table(table)
    return table_aliases(table, tuple(found.called) if found else ())


def literal_owner(tables: Iterable[str], phrase: str) -> str | None:
    """Of tables a word names equally well, the one whose name has the word itself: 'users' is `acct_users`
    by a word of its name before `accounts` by a synonym of it."""
    if len(tables := list(tables)) == 1:
        return tables[0]  # (the one left by `not_only_kinds_of`)
    literal = [t for t in tables if {phrase, singular(phrase)} & {*t.split("_"), *(singular(w) for w in t.split("_"))}]
    if not literal and " " not in phrase:  # 'trees' of `tr` (the tree register) before `plt` ('New trees planted'): the one named for them
        literal = [t for t in tables if any(abbreviates(part, singular(phrase)) for part in t.split("_")[:1])]
    return literal[0] if len(literal) == 1 else None


PEOPLE = {"people", "persons", "person", "individuals", "individual", "members", "member", "everybody", "everyone", "anybody", "anyone"}
PERSON_NAME = re.compile(r"(?:^|_)(?:first|last|full|given|family|middle)_?(?:name|nm)$|(?:^|_)surname$|^(?:fname|lname)$")


def person_name_parts(table: CatalogTable) -> list[str]:
    """A person's name said as 'the name' where the table keeps it in parts: `first_name`, `last_name`
    (given, middle, family too), in the table's order; none when a whole name column is there."""
    parts = [c.name for c in table.columns if PERSON_NAME.search(c.name)]
    if any("full" in n for n in parts) or any(c.name in ("name", f"{table.name}_name") for c in table.columns):
        return []
    return parts if len(parts) > 1 else []


def naming_columns(table: CatalogTable, label: str | None) -> list[str]:
    """The columns that name a row by its label: a person kept in parts (`first_nm`, `surname`) by all of them, never the
    first name alone; none without a label."""
    parts = person_name_parts(table)
    return parts if label in parts else [label] if label else []


def people_table(catalog: Catalog) -> str | None:
    """'people' where the schema has one table of persons: the one whose columns name a person
    (`first_name`, `last_name`, `full_name`, `surname`); none when several do (customers and staff)."""
    found = [t.name for t in catalog.tables if any(PERSON_NAME.search(c.name) for c in t.columns)]
    return found[0] if len(found) == 1 else None



def column_of(table: CatalogTable, phrase: str) -> str | None:
    phrase = phrase.strip().lower()
    if phrase in FUNCTION_WORDS:  # 'enrolled in more than 3 courses' says nothing of `mktg_opt_in`
        return next((c.name for c in table.columns if c.name.lower() == phrase), None)
    prefix = table_prefix([c.name for c in table.columns]) or ""
    own = f"{singular(table.name)}_"  # `mountain.mountain_altitude` is the mountain's "altitude"
    for column in table.columns:
        aliases = column_aliases(column.name) + (column_aliases(column.name.removeprefix(prefix)) if prefix else [])
        aliases += column_aliases(column.name.removeprefix(own)) if column.name.startswith(own) and column.name != own else []
        aliases += [said for name in column.called for said in (name, plural(name))]  # 'asking rent' of its comment
        aliases += quantity_names(column)
        if phrase in aliases or singular(phrase) in aliases:  # `p_quantity` is "quantity"
            return column.name
    if (numbered := re.fullmatch(r"([a-z_]+(?:\s+[a-z_]+)?)\s+numbers?", phrase)) and (column := column_of(table, numbered[1])) and not is_numeric(table.column(column).type):
        return column  # 'phone numbers' of a text `cust_ph` ('customer phone'): a thing's number is the thing said
    if phrase in ("name", "names"):  # `clinic_nm` too
        return next((c.name for c in table.columns if c.name.endswith("name") or spoken_words(c.name)[-1:] == ("name",)), None)
    said = tuple(lemma(w) for w in phrase.split())
    spelled = [c.name for c in table.columns if len(said) > 1 and spoken_words(c.name, prefix) == said]
    spelled = spelled or [c.name for c in table.columns if len(said) > 1 and sorted(spoken_words(c.name, prefix)) == sorted(said)]  # 'received quantity'
    spelled = spelled or [c.name for c in table.columns if len(said) > 1 and spoken_words(c.name, prefix) in ((*said, "code"), (*said, "initial"))]  # 'line of
    # business' of `lob_cd`; 'project manager' of `pm_init` (the manager's initials)
    spelled = spelled or [c.name for c in table.columns if len(said) > 1 and (w := spoken_words(c.name, prefix))[-1] in UNITS and w[:-1] == said]  # 'net amount' of `net_amt_gbp`

    if len(spelled) == 1:
        return spelled[0]  # 'total amount' is `total_amt`, 'birth date' `dob`
    referring = [  # (one word: a role the referred row plays, never the referred table's own name: 'sales' is no `sale_id`)
        c for c, ref in table.references.items() if spoken_words(c, prefix)[:-1] == said and spoken_words(c, prefix)[-1] in ("id", "key")
        and (len(said) > 1 or not set(said) & {lemma(w) for w in spoken_words(ref.split(".")[0])})
    ]  # fmt: skip
    if len(referring) == 1:
        return referring[0]  # 'the start station' of a trip is its `start_station_id`, 'the guide' its `guide_id` (a staff member)
    noun = not (len(said) == 1 and phrase.endswith("ing") and said[0] != phrase)  # 'counting' is no `dock_count`
    heads = [c.name for c in table.columns if noun and len(said) == 1 and said[0] not in ("id", "key", "name") and head_noun(c.name, prefix) == said[0]]
    if len(heads) == 1:
        return heads[0]  # 'role' is `user_role`, the one column whose head noun it is
    acted = [c.name for c in table.columns if len(said) == 1 and phrase == c.name.rsplit("_", 1)[-1] and is_past_verb(phrase)]
    if len(acted) == 1:
        return acted[0]  # 'received' is `qty_received`, what was received
    kinds = [c.name for c in table.columns if noun and len(said) == 1 and kind_of(c.name, prefix) == said[0] and said[0] not in spoken_words(table.name)]
    if len(kinds) == 1:
        return kinds[0]  # 'each plan' is `plan_type`, 'fares' `fare_amt`
    measured = [c.name for c in table.columns if len(said) == 1 and is_numeric(c.type) and _measured_quality(c.name, prefix) == said[0]]
    if len(measured) == 1:
        return measured[0]  # 'cleanliness' is `cleanliness_score` ('course' is no `course_level`)
    counted = [c.name for c in table.columns if said in (("unit",), ("piece",)) and is_numeric(c.type) and head_noun(c.name, prefix) in QUANTITY_WORDS]
    if len(counted) == 1:
        return counted[0]  # 'units sold' are the `quantity` of the lines
    of_things = [c.name for c in table.columns if len(said) == 1 and is_numeric(c.type) and (w := spoken_words(c.name, prefix))[-1:] and w[-1] in QUANTITY_WORDS and w[:-1] == said]
    if len(of_things) == 1:
        return of_things[0]  # 'wheels' are the `whl_qty` (wheel quantity), never the price per wheel
    timed = [c.name for c in table.columns if said == ("duration",) and is_measuring_number(c.name, c.type) and kept_as_time(c.name)]
    if len(timed) == 1:
        return timed[0]  # 'how long a repair takes' (the 'duration') is `mins`, 'Minutes spent on it': the one time the rows keep
    acronyms = [c.name for c in table.columns if len(said) == 1 and len(phrase) > 2 and phrase in dict(own_abbreviations(c.name))]
    if len(acronyms) == 1:
        return acronyms[0]  # 'ABV' is `tgt_abv_pct`, whose comment spells it out ('alcohol by volume')
    if len(said) == 1 and phrase.split()[0] != said[0]:
        return None  # a verb form ('sold', 'returned') says what happened, not when
    return _time_of_event(table, said, prefix)


STAMP_WORDS = {"on", "at", "date", "time", "ts", "dt", "day", "timestamp", "datetime", "when"}


def kept_as_time(column: str) -> bool:
    """Is the number kept in a unit of time (`mins`, `flt_mins`, `dur_sec`)?"""
    from ai_etl.language.units import UNITS, column_unit

    unit = column_unit(column)
    return bool(unit) and UNITS[unit][0] == "time"


def quantity_names(column: CatalogColumn) -> list[str]:
    """What a comment calls a quantity without the unit the column is kept in: `ot_hrs` 'overtime hours worked'
    is the 'overtime' (a `mnt` 'match minute' is no 'match': the column keeps no unit)."""
    from ai_etl.language.units import UNITS, same_dimension

    if column.name.lower() in UNITS and is_numeric(column.type):  # `kg` 'net honey extracted, kg': the honey, in kilos
        return list(column.called)
    return [name.rsplit(" ", 1)[0] for name in column.called if " " in name and same_dimension(name.rsplit(" ", 1)[1], column.name)]


def stamps_of_event(table: CatalogTable, event: str) -> list[str]:
    """The date/time columns named for an event, its words for time aside: 'return' -> `returned_on`,
    'checkout' -> `checked_out_on`, 'start' -> `started_at`; else those whose comment says it records it."""
    prefix = table_prefix([c.name for c in table.columns])
    stamps = [c for c in table.columns if c.type.startswith(("date", "timestamp"))]
    named = [c.name for c in stamps if event_of(c.name, prefix) == event]
    named = named or [c.name for c in stamps if event in comment_acts(c)]  # `cls_ts`: 'when the ticket was closed'
    ends = [c.name for c in stamps if set(spoken_words(c.name, prefix)[-1:]) & SPAN_ENDS or any(n.startswith("still ") for n in c.null_names)]
    if not named and event in SPAN_STARTS and len(ends) == 1 and len(stamps) == 2:
        return [c.name for c in stamps if c.name != ends[0]]  # 'stoppages that began in 2026': of `dt_st` .. `dt_end`, the first
    return named


def happened_columns(columns: list) -> list:
    """The columns of when something happened, not of when it was planned, promised or due (by name or comment)."""
    return [c for c in columns if not (set(spoken_words(c.name)) | set(re.findall(r"[a-z]+", (c.comment or "").lower()))) & PLANNED]


def happened_stamps(table: CatalogTable, stamps: list[str]) -> list[str]:
    """Of several dates recording an act, those of it having happened (`done_dt` 'date the job was finished'), never one it was
    promised or planned for (`due_dt` 'date we promised the job would be finished'); all of them where none is planned."""
    if len(stamps) < 2:
        return stamps
    return [c.name for c in happened_columns([table.column(s) for s in stamps])] or stamps


def event_of(column: str, prefix: str | None = None) -> str:
    """The event a date/time column is named for, its words for time aside and verbs as lemmas:
    `closed_at` -> 'close', `checked_out_on` -> 'checkout'."""
    return "".join(verb_lemma(w) or w for w in spoken_words(column, prefix) if w not in STAMP_WORDS)


def _time_of_event(table: CatalogTable, said: tuple[str, ...], prefix: str | None) -> str | None:
    """'return date' is `returned_on`, 'checkout' `checked_out_on`, 'start time' `started_at`: the one
    date or time column named for what happened, said with or without a word for time. A bare word
    ('return') only when no other column of the table says it."""
    own = set(spoken_words(table.name))  # 'the trip start' of trips is their start
    event = "".join(w for w in said if w not in STAMP_WORDS and (w not in own or len(said) == 1))
    stamps = stamps_of_event(table, event) if event else []
    if len(stamps) != 1:
        return None
    if len(said) == 1 and any(event in "".join(spoken_words(c.name, prefix)) for c in table.columns if c.name != stamps[0]):
        return None  # 'start' of a table with `started_at` and `start_station_id`
    return stamps[0]


QUANTITY_WORDS = {"quantity", "qty"}

# Words after a noun in a column name that say which kind or how much of it: `plan_type` is "the plan".
KIND_WORDS = {"type", "kind", "category", "class", "level", "tier", "amount", "code"}


# Words a request says a kind of thing with ('each kind of alarm', 'per check type'), and the words a
# column holding kinds is named with (`chk_typ`, `category`, `alm_cd`).
KIND_SAID = {"type", "kind", "sort", "category", "class"}
KIND_NAMED = {"type", "kind", "category", "class", "sector", "segment"}  # an organisation's sector, a customer's segment: its kind


STATUS_SAID = {"status", "state", "stage"}


def status_column(table: CatalogTable) -> str | None:
    """The one column of `table` a reader calls its status: a legend of codes led by 'Status:' (`st`, 'Status: T = taken,
    W = in the workshop, ...'), or named so (`status`, `st` read 'state'), when one column is."""
    led = [c.name for c in table.columns if c.value_names and re.match(r"\s*(?:status|state|stage)\s*:", c.comment or "", re.I)]
    named = [c.name for c in table.columns if c.value_names and set(spoken_words(c.name)) & STATUS_SAID]
    found = led or named
    return found[0] if len(set(found)) == 1 else None


def kind_column(table: CatalogTable, noun: str | None = None, code_only: bool = False) -> str | None:
    """The column holding the kind of a table's rows ('the type of check' of a `qc_chk` with no `type`): its
    one text column named for a kind (`chk_typ`, `category`), else its one code named for the noun said
    (`alm_cd` of 'alarm', `cntr_cd` of 'contravention'; only such a code with `code_only`)."""
    prefix = table_prefix([c.name for c in table.columns])
    sampled = any(c.values for c in table.columns)  # a code with too many values to list is each row's own (`cls_cd` 'POT-2025-07')
    texts = [(c.name, spoken_words(c.name, prefix)) for c in table.columns if c.type.startswith(TEXT_TYPES) and (c.values or not sampled)]
    named = [c for c, words in texts if words[-1:] and (words[-1] in KIND_NAMED or words[-2:-1] and words[-1] == "code" and words[-2] in KIND_NAMED)]  # `site_typ_cd`
    named = [c for c in named if kind_of_the_rows(table, c)]  # a tree's `loc_typ` is the type of its place
    if len(named) == 1 and not code_only:
        return named[0]
    if noun is None:
        return None
    codes = [c for c, words in texts if len(words) == 2 and words[1] == "code" and (words[0] == noun or abbreviates(words[0], noun))]
    return codes[0] if len(codes) == 1 else None


def columns_named_with_next_word(tables, text: str, start: int, end: int) -> set[tuple[str, str]]:
    """(table, column) of `tables` that the words from `start` to `end` and the word after them name together ('phone
    numbers' of `cust_ph`): a column said, not a value said ('P = phone')."""
    following = re.match(r"\s+([a-z_]+)", text[end:])
    said = f"{text[start:end]} {following[1]}" if following else None
    return {(t.name, c) for t in tables if said and (c := column_of(t, said))}


def is_key(table: CatalogTable, column: str) -> bool:
    """A key (`mbr_id`, a reference, the primary key): a number that names a row, never a quantity of anything."""
    return column in table.primary_key or column in table.references or spoken_words(column)[-1:] in (("id",), ("key",))


def kind_of_the_rows(table: CatalogTable, column: str) -> bool:
    """Is a column named for a kind the kind of the table's own rows (`chk_typ` of checks, `type`), not of something
    else they have (a tree's `loc_typ`, the type of its location)?"""
    own = set(spoken_words(table.name)) | {w for name in table.called for w in name.split()}
    return set(spoken_words(column, table_prefix([c.name for c in table.columns]))[:-1]) - KIND_NAMED - {"code"} <= own


def kind_of(column: str, prefix: str | None) -> str | None:
    """What a kind-like column is said as: `plan_type` -> 'plan', `fare_amt` -> 'fare', `cond_cd` -> 'condition'."""
    words_ = spoken_words(column, prefix)
    return words_[0] if len(words_) == 2 and words_[1] in KIND_WORDS else None


MEASURE_HEADS = {"score", "rating", "index", "points"}  # nouns that measure the quality before them


def _measured_quality(column: str, prefix: str | None) -> str | None:
    """What a score-like column measures: `easiness_score` -> 'easiness', `safety_rating` -> 'safety'."""
    words_ = spoken_words(column, prefix)
    return words_[0] if len(words_) == 2 and words_[1] in MEASURE_HEADS else None



def head_noun(column: str, prefix: str | None = None) -> str | None:
    """The word a column is a kind of, its unit aside: `user_role` -> 'role', `cost_gbp` -> 'cost'; a
    participle after it says which (`seconds_played` is seconds, `units_sold` units)."""
    said = spoken_words(column, prefix)
    last = column.rsplit("_", 1)[-1]
    if len(said) > 1 and "_" in column and (last.endswith(("ed", "en")) and is_past_verb(last) or is_participle(last) and not is_noun(last)):
        return said[-2]  # (a unit too: `km_ridden` is kilometres; `wheels_lost`, `units_sold`: wheels, units)
    words_ = [w for w in said if w not in UNITS]
    if "per" in words_[1:]:  # `prc_per_ctn_usd`: a price (per carton), never the cartons
        words_ = words_[: words_.index("per")]
    qualifiers = {w for _, phrase in own_abbreviations(column) for w in re.split(r"\b(?:by|per|of)\b", phrase, maxsplit=1)[1:] for w in w.split()}
    words_ = [w for w in words_ if w not in qualifiers] if qualifiers else words_  # `tgt_abv_pct` 'alcohol by volume': an alcohol content
    return words_[-1] if words_ else None


def resolve_column(p: Parse, phrase: str) -> str | None:
    """`table.column` for a phrase, preferring the main table, then the tables it references."""
    phrase = phrase.strip().lower()
    if "." in phrase and p.catalog.table(phrase.split(".")[0]):
        table, column = phrase.split(".", 1)
        return phrase if p.catalog.table(table).column(column) else None
    main = p.catalog.table(p.intent.main_table) if p.intent.main_table else None
    tables = near_tables(p) if main else p.catalog.tables
    if main:  # at one distance, a table the rows belong to before rows that belong to them ('type': the application's, not the inspections')
        distance = {main.name: 0, **reachable(p)}
        tables = sorted(tables, key=lambda t: (distance.get(t.name, 9), t.name != main.name and not belongs_to(p.catalog, main.name, t.name)))
    for table in tables:
        if column := column_of(table, phrase):
            return f"{table.name}.{column}"
    return None



def resolve_column_tail(p: Parse, phrase: str) -> str | None:
    words_ = phrase.split()
    return resolve_column(p, phrase) or (resolve_column(p, words_[-1]) if len(words_) > 1 else None)



def resolve_column_head(p: Parse, phrase: str) -> str | None:
    words_ = phrase.split()
    return resolve_column(p, phrase) or (resolve_column(p, words_[0]) if len(words_) > 1 else None)



def event_column(p: Parse) -> str | None:
    """The column that says when a row happened, in the nearest table that has one."""
    tables = timed_tables(p)
    return next((date_of_the_whole(t, c, tables) or f"{t.name}.{c}" for t in tables if (c := event_column_of(t))), None)


def date_of_the_whole(table: CatalogTable, column: str, tables: list[CatalogTable]) -> str | None:
    """`parent.date` in place of a row's own date whose comment says what its missing value is (a later act the row may
    not have had yet: 'NULL = not paid yet'), where the one table among `tables` its rows happen as part of keeps a date
    every row has ('race entries per month': the race's start, never when the entry was paid)."""
    later = table.column(column)
    if later is None or not later.nullable or not later.null_names:
        return None
    referred = {ref.split(".")[0] for ref in table.references.values()} - {table.name}
    dated = [(t, f"{t.name}.{event}") for t in tables if t.name in referred and is_part_of(table, t) and (event := event_column_of(t)) and not t.column(event).nullable]
    found = [d for t, d in dated if named_after(table, t)] or [d for _, d in dated]  # a session's entries, before a line's other parents
    return found[0] if len(found) == 1 else None



# `period_start`, `valid_from`: the span a row is about (a bill's billing period), not when the row happened
PERIOD_BOUNDS = {"period", "valid", "effective", "coverage", "covered"}
PLANNED = {"due", "promised", "promise", "expected", "deadline", "planned", "scheduled", "schedule", "sched", "target", "estimated", "expiry", "expires", "expiration", "valid", "until", "before", "bef"}  # ("best before": when a row expires)


SPAN_STARTS, SPAN_ENDS = {"start", "begin"}, {"end", "finish"}


def own_event(table: CatalogTable, column: str, prefix: str | None = None) -> str:
    """`event_of` a column without the words of its table's own name: `sess_start` of `pt_session` is 'start'."""
    own = set(spoken_words(table.name))
    said = [w for w in spoken_words(column, prefix) if w not in STAMP_WORDS]
    return "".join(verb_lemma(w) or w for w in ([w for w in said if w not in own] or said))


def span_start(table: CatalogTable, stamps: list[str]) -> list[str]:
    """Of date columns that bound a span (`prd_from` .. `prd_to`), the start's, alone; else none."""
    return _span_start(table, stamps, table_prefix([c.name for c in table.columns]))


def _span_start(table: CatalogTable, stamps: list[str], prefix: str | None) -> list[str]:
    """A row that spans a time (`start_at` .. `end_at`: an appointment, a shift) happened at its start, not
    when it was booked or recorded (`booked_at`)."""
    events = {s: own_event(table, s, prefix) for s in stamps}
    starts = [s for s, e in events.items() if e in SPAN_STARTS]
    return starts if len(starts) == 1 and any(e in SPAN_ENDS for e in events.values()) else []


def event_column_of(table: CatalogTable) -> str | None:
    """A date column, else created_at, else any timestamp that is not an update time, those every row has first; a date
    a row is due or promised by is when something should happen, not when the row did (`promised_by`), and the
    bounds of the period a row covers (`period_start`) are not when it happened either: they come last."""
    prefix = table_prefix([c.name for c in table.columns])
    planned = {c.name for c in table.columns if set(spoken_words(c.name, prefix)) & PLANNED}
    bounds = {c.name for c in table.columns if set(spoken_words(c.name, prefix)) & PERIOD_BOUNDS}  # the period a row covers
    planned |= bounds if len(bounds) < sum(c.type == "date" or c.type.startswith("timestamp") for c in table.columns) else set()
    dates = [c.name for c in table.columns if c.type == "date" and not c.name.startswith("updated")]
    stamps = [c.name for c in table.columns if c.type.startswith("timestamp")]
    ordered = dates + _span_start(table, stamps, prefix) + [s for s in stamps if s.startswith("created")] + [s for s in stamps if not s.startswith("updated")]
    kept = {c.name for c in table.columns if not c.nullable}  # every row has it: when the row happened, not a later act that may
    ordered = [c for c in ordered if c in kept] + [c for c in ordered if c not in kept]  # not have yet ('NULL = still in the shop')
    born = {c for c in ordered if _a_birth_date(table.column(c), prefix)}  # a birthday is nothing the row did (unless nothing else is)
    later = {c for c in ordered if any(n.startswith("still ") or _undoing(n) for n in table.column(c).null_names)}  # `cxl_at` 'NULL =
    # not cancelled', `culled_on` 'NULL = still alive': an undoing or an end that comes to some rows later, never their time (a
    # `done_at` 'NULL = not done yet' is when they happened)
    undone = {c for c in ordered if c not in kept and _records_an_undoing(table.column(c), prefix)}  # `cancel_dt` 'Day we
    # cancelled it; empty unless status X': when some rows were undone, never when any of them happened; a table dated only so has
    # no date of its own ('courses each teacher has had in 2026' are no courses cancelled in 2026)
    rank = lambda c: 3 if c in later else 2 if c in born else 1 if c in planned else 0  # noqa: E731
    return min((c for c in ordered if c not in undone), key=rank, default=None)  # (min keeps the order within a rank)


UNDOING_ACTS = {"cancel", "void", "refund", "withdraw", "reject", "revoke", "abandon", "scrap", "annul", "terminate", "decline"}


def _records_an_undoing(column: CatalogColumn, prefix: str | None) -> bool:
    """A date whose name or comment says it records an undoing act (`cancel_dt`, 'date the order was voided')."""
    named = {verb_lemma(w) for w in spoken_words(column.name, prefix)} | comment_acts(column)
    return bool(named & UNDOING_ACTS)


def _undoing(null_name: str) -> bool:
    """'not cancelled', 'never refunded': a missing value that says an undoing act has not happened."""
    said = re.fullmatch(r"(?:not|never)\s+(?:yet\s+)?([a-z]+)(?:\s+yet)?", null_name)
    return bool(said) and verb_lemma(said[1]) in UNDOING_ACTS


def _a_birth_date(column: CatalogColumn, prefix: str | None) -> bool:
    """`birth_dt`, `dob`, 'date of birth': when a person was born, never when a row of theirs happened ('members who came
    in during 2025' are not those born then)."""
    return bool(set(spoken_words(column.name, prefix)) & {"birth", "dob", "born", "birthday", "bday"} or re.search(r"\b(?:birth|born)\b", (column.comment or "").lower()))



def parent_tables(catalog: Catalog, name: str) -> list[str]:
    """The tables `name`'s rows refer to, in the order of its references (itself aside)."""
    return list(dict.fromkeys(ref.split(".")[0] for ref in catalog.table(name).references.values() if ref.split(".")[0] != name))


def parents_event(catalog: Catalog, name: str, aside: set[str]) -> str | None:
    """`table.column`: the event date of the one table `name`'s rows refer to that keeps one, the tables `aside` left out
    (a payslip's date is its payroll run's `pay_dt`, an order line's its order's, never the employee's hiring)."""
    dated = [f"{parent}.{event}" for parent in parent_tables(catalog, name) if parent not in aside and (event := event_column_of(catalog.table(parent)))]
    return dated[0] if len(dated) == 1 else None


def column_type(p: Parse, column: str) -> str:
    if "*" in column:
        return "numeric"
    table, name = column.split(".")
    return p.catalog.table(table).column(name).type



# the year a row is for, said in its comment ('Membership year the subscription is for', 'season (year) the pass is valid
# for', 'growing season (year)'), never a year in a thing's life ('year of birth', 'model year', `built_yr`)
PERIOD_YEAR = re.compile(r"\b(?:year|season)\b[^;.=]*?\b(?:is|are|was|were)?\s*(?:for|valid\s+for|belongs?\s+to|covers?)\b|^\s*(?:\w+\s+)?season\b", re.I)


def is_year_column(column: CatalogColumn) -> bool:
    """An integer that holds a year: `year`, `built_year`; `season`, or a year its comment says each row is for
    (`sub_yr`, 'Membership year the subscription is for'), where every value is a year."""
    if not is_numeric(column.type):
        return False
    if column.name == "year" or column.name.endswith("_year"):
        return True
    whole = not column.type.startswith(("numeric", "decimal", "real", "double", "float"))
    years = whole and column.bounds is not None and 1900 <= column.bounds[0] <= column.bounds[1] <= 2100
    return years and ("season" in column.name.split("_") or bool(PERIOD_YEAR.search(column.comment or "")))



def year_column_of(table: CatalogTable) -> str | None:
    return next((c.name for c in table.columns if is_year_column(c)), None)



def year_column(p: Parse) -> str | None:
    """An integer column that holds a year ('year', 'publication_year') in the main or a linked table."""
    return next((f"{t.name}.{c}" for t in timed_tables(p) if (c := year_column_of(t))), None)



def schema_names(catalog: Catalog) -> list[str]:
    """Every table and column name of the catalog (the words a loanword in Russian may be)."""
    return [name for t in catalog.tables for name in (t.name, *(c.name for c in t.columns))]


def catalog_words(catalog: Catalog) -> set[str]:
    """Table and column names that are one word (what a hyphenated compound may join into)."""
    return {name for t in catalog.tables for name in (t.name, *(c.name for c in t.columns)) if "_" not in name}



def closest_tables(catalog: Catalog, name: str) -> list[str]:
    return difflib.get_close_matches(name, [t.name for t in catalog.tables], n=3, cutoff=0.5)


SHARE_WORD = re.compile(r"\b(?P<kind>percentage|percent|share|proportion|fraction)\b")
SHARE_WITHIN = re.compile(
    r"\b(?:within|inside|in)\s+(?:each|every|its|their|the)\s+(?P<a>[a-z_]+(?:\s+[a-z_]+)?)"  # 'a status's share within its region'
    r"|\bof\s+(?:that|each|its|their|the)\s+(?P<b>[a-z_]+(?:\s+[a-z_]+)?)\s+(?:total|[a-z_]+\s+(?:each|every|that))\b"  # 'of that region's orders each status makes up'
)
