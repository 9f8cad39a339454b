"""How one table refers to another: the foreign-key column between two tables, the label a referenced
row is named by, and the verbs that relate rows ('customers who have orders')."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import Catalog, GroupKey
from ai_etl.catalog.joins import AmbiguousJoin, NoJoinPath, join_path, named_as_its_key, side_role, stood_in_for
from ai_etl.language.reading import Parse, label_column, name_column, naming_columns, person_name_parts, resolve_table
from ai_etl.language.request_text import FUNCTION_WORDS, singular
from ai_etl.language.spoken import abbreviates, is_past_verb, lemma, spoken_words


def reference_column(catalog: Catalog, child: str, parent: str) -> str | None:
    """The column of `child` that refers to `parent`, if one does."""
    return next((column for column, ref in catalog.table(child).references.items() if ref.split(".")[0] == parent), None)


def agent_named(catalog: Catalog, rows: str, parent: str, word: str) -> bool:
    """Is `word` what the rows call the one of `parent` who acts on each of them: 'the driver' of restock visits whose
    `drv_id` refers to the staff ('Restock visits: a driver visits one machine'), by the reference's name or a comment?"""
    table = catalog.table(rows)
    column = reference_column(catalog, rows, parent) if table else None
    if column is None:
        return False
    said = f"{table.comment or ''} {table.column(column).comment or ''}".lower()
    return bool(re.search(rf"\b{re.escape(word)}s?\b", said)) or any(abbreviates(part, word) for part in column.lower().split("_")[:-1])


def referring_tables(catalog: Catalog, parent: str) -> list:
    """The tables (other than `parent`) with a column that refers to `parent`: its child rows."""
    return [t for t in catalog.tables if t.name != parent and reference_column(catalog, t.name, parent)]


NOUN_ENDINGS = ("ment", "ments", "ance", "ances", "ence", "ences", "ion", "ions", "ation", "ations", "ing", "ings", "al", "als")


def named_for_verb(table: str, verb: str) -> bool:
    """A link table named for what its rows record: `writes` for 'wrote', `(shift_)assignment` for 'assigned',
    `performance` for 'performed', `enrollment` for 'enrolled'."""
    head = table.rsplit("_", 1)[-1]  # `shift_assignment` records assignments
    if verb in (lemma(table), lemma(head)):
        return True
    stem = verb.removesuffix("e")
    return len(stem) >= 4 and any(name.startswith(stem) and name[len(stem) :].removeprefix("e") in NOUN_ENDINGS for name in (table, head))


def link_tables(catalog: Catalog, one: str, other: str, acts: set[str] | None = None) -> list[str]:
    """The tables whose rows refer to both `one` and `other` (`signup` of workshops and members); where several do
    and `acts` are said, those named for one of them ('signed up' -> 'signup', 'assigned' -> 'assign')."""
    links = [t.name for t in catalog.tables if t.name not in (one, other) and reference_column(catalog, t.name, one) and reference_column(catalog, t.name, other)]
    if len(links) > 1 and acts is not None:
        links = [t for t in links if any(named_for_verb(t, act) for act in acts)]
    return links


def said_reference(p: Parse, child: str, parent: str) -> str | None:
    """The column of `child` that refers to `parent`: the only one, or of several ('start_station_id',
    'end_station_id') the one whose own words the request says ('where the trip started'); None else."""
    columns = [column for column, ref in p.catalog.table(child).references.items() if ref.split(".")[0] == parent]
    if len(columns) == 1 and stood_in_for(p.catalog, child, columns[0]) and not _role_said(p, columns[0], parent):
        return None  # 'teachers by hours taught' of lessons: the `cover_teacher_id` or the course's own `teacher_id`
    if len(columns) == 1 and linked_otherwise(p, child, parent, columns[0]):
        return None  # 'races each member sailed': the members entered in them, or the one member running each (`ood_id`)
    if len(columns) <= 1:
        return columns[0] if columns else None
    if said := one_said(columns, lambda column: [column], parent, p.normalized, p.catalog):
        return said
    plain = [column for column in columns if named_as_its_key(p.catalog, child, column)]
    if len(plain) == 1 and all(side_role(p.catalog, child, column) for column in columns if column != plain[0]):
        return plain[0]  # a member's club: `club_id`, not the `old_club_id` some came from (an order's `taken_by` and `asg_to`
    return None  # are two roles, neither of them the order's staff)


def linked_otherwise(p: Parse, child: str, parent: str, column: str) -> str | None:
    """The table whose rows refer to both `child` and `parent`, where `child`'s one reference to `parent` is a side role
    the request does not say (`races.ood_id`, 'officer of the day', beside the `race_results` of each member who
    sailed): 'the races each member sailed' may mean either, so neither is taken."""
    if not side_role(p.catalog, child, column) or _role_said(p, column, parent):
        return None
    links = link_tables(p.catalog, child, parent)
    return links[0] if len(links) == 1 else None


def _role_said(p: Parse, column: str, parent: str) -> bool:
    """Does the request say the role a reference is named for ('stand in' of `stand_in_id`; no 'in' alone)?"""
    own = [w for w in spoken_words(column) if w not in {"id", "key", "code", "no", *spoken_words(parent)}]
    return bool(own) and bool(re.search(rf"\b{' '.join(map(re.escape, own))}\b", p.normalized)) and any(w not in FUNCTION_WORDS for w in own)


def one_said(choices: list, columns_of, goal: str, request: str, catalog: Catalog | None = None):
    """Of several ways to reach `goal` (reference columns, join paths), the one whose reference columns'
    own words the request says ('start' of `start_station_id`), the goal's and key words aside; None when
    none or several are said."""
    words = re.findall(r"[a-z]+", request.lower())
    said = {lemma(w) for w in words}
    plain = set(spoken_words(goal)) | {"id", "key", "code", "no", "number"}

    def own_words(choice) -> set[str]:
        return {w for c in columns_of(choice) for w in spoken_words(c)} - plain - FUNCTION_WORDS  # (`stand_in_id` is said by no 'in')

    sequence = " ".join(lemma(w) for w in words)

    def role_said(choice) -> bool:  # `taken_by` is said 'taken by', never by 'jobs taken in'
        return all(f" {' '.join(spoken_words(c))} " in f" {sequence} " for c in columns_of(choice) if "by" in spoken_words(c))

    found = [choice for choice in choices if own_words(choice) & said and role_said(choice)]
    if not found:  # 'originating at each depot': a verb of the word of `orig_depot_id` ('origin')
        found = [choice for choice in choices if any(len(o) >= 5 and w.startswith(o) for o in own_words(choice) for w in words)]
    if not found:  # 'headed to the Indianapolis hub': the reference to where things go, 'from' where they come
        named = "|".join(map(re.escape, sorted(_words_for_rows(catalog, goal), key=len, reverse=True)))
        for direction, roles in DIRECTIONS.items():
            if re.search(rf"\b{direction}\s+(?:the\s+|a\s+|each\s+)?(?:[a-z]+\s+){{0,2}}(?:{named})\b", request.lower()):
                found += [choice for choice in choices if own_words(choice) & roles]
    return found[0] if len(found) == 1 else None


def _words_for_rows(catalog: Catalog | None, table: str) -> set[str]:
    """What names rows of `table` in a request: its words, and the values of its text columns ('Indianapolis')."""
    found = set(spoken_words(table)) | {table}
    if catalog and (rows := catalog.table(table)):
        found |= {v.lower() for c in rows.columns for v in c.values or () if re.fullmatch(r"[A-Za-z][\w .'-]*", v)}
    return found


# Where a reference points, by the preposition before the row it refers to ('to' a destination, 'from' an origin).
DIRECTIONS = {
    "to": {"destination", "dest", "target", "recipient", "receiver", "arrival", "end"},
    "from": {"origin", "source", "sender", "departure", "start"},
}


def reference_to(p: Parse, phrase: str) -> str | None:
    """'customers' counted in orders -> orders.customer_id."""
    table = resolve_table(p.catalog, phrase)
    main = p.catalog.table(p.intent.main_table)
    return next((f"{main.name}.{column}" for column, ref in main.references.items() if table and ref.split(".")[0] == table), None)


def names_the_role(phrase: str, column: str) -> bool:
    """Does a phrase say the role a reference column is named for ('fixers' of `fixer_id`, 'start kennel' of
    `start_kennel_id`, 'tech' of `lead_tech_id` read as 'lead technician')?"""
    said = set(spoken_words(column)) - {"id"}
    written = set(re.split(r"[_\W]+", column.lower())) - {"id"}
    words = phrase.lower().split()
    return bool(words) and all(singular(w) in said or w in written or singular(w) in written for w in words)


def labels_of_named_reference(p: Parse, key: GroupKey, phrase: str) -> list[GroupKey]:
    """'each conference' groups publications by their reference to it (`cid`); the conference's name
    comes along, one join away, as a person reads the answer (same groups: the name follows the key); a
    person's name kept in parts comes as its parts ('top 5 drivers': first and last name)."""
    table, column = key.column.split(".")
    ref = p.catalog.table(table).references.get(column)
    words_ = [w for w in phrase.split() if w not in ("the", "a", "an", "their", "its", "each", "every")]
    said = next((t for n in range(len(words_), 0, -1) if (t := resolve_table(p.catalog, " ".join(words_[:n])))), None)  # ('site machines')
    if key.grain or not ref or (said != ref.split(".")[0] and not names_the_role(" ".join(words_), column)):  # ('each fixer' of `fixer_id`)
        return []
    named = p.catalog.table(ref.split(".")[0])
    label = name_column(named) if table == p.intent.main_table or _up_from_the_rows(p, named.name) else label_column(named)  # (a bridge's:
    # its own path; 'each site's machines' of sales: the machine's site, one row each, named as the site is)
    named_by = naming_columns(named, label if label != ref.split(".")[1] else None) or person_name_parts(named)
    return [GroupKey(column=f"{named.name}.{c}") for c in named_by]


def _up_from_the_rows(p: Parse, table: str) -> bool:
    """Is `table` reached from the rows read along references only (each row meets one of it)?"""
    try:
        return not any(hop.fans_out for hop in join_path(p.catalog, p.intent.main_table, table))
    except (NoJoinPath, AmbiguousJoin):
        return False


RELATING = {"have", "has", "had", "having", "with", "own", "owns", "contain", "contains", "include", "includes"}


def relating(word: str) -> bool:
    """A word that relates its subject to what follows: 'have', 'with', or a verb's past form ('wrote', 'posted')."""
    return word in RELATING or is_past_verb(word)
