"""Group keys: 'per customer', 'by month of the order date', 'for each category name', with time grains."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import CatalogColumn, CatalogTable, Condition, GroupKey
from ai_etl.catalog.comments import said_forms
from ai_etl.catalog.joins import AmbiguousJoin, NoJoinPath, belongs_to, join_path, stood_in_for
from ai_etl.language.reading import (
    KIND_SAID,
    STATUS_SAID,
    Mention,
    Parse,
    aliases_of,
    blank,
    column_of,
    column_type,
    columns_listed_after,
    event_column,
    kind_column,
    kind_of_the_rows,
    label_column,
    name_column,
    near_tables,
    naming_columns,
    own_and_parent_tables,
    reachable,
    resolve_column,
    resolve_table,
    status_column,
    tables_said,
    year_column,
)
from ai_etl.language.references import (
    labels_of_named_reference,
    linked_otherwise,
    reference_column,
    relating,
    said_reference,
)
from ai_etl.language.request_text import LOAD_VERBS, holds_weekday_names, singular, table_aliases
from ai_etl.language.years import said_date_column
from ai_etl.language.spoken import is_past_verb, lemma, spoken_words, table_prefix, verb_lemma

GRAINS = {
    "hour": "hour", "hourly": "hour", "day": "day", "days": "day", "daily": "day", "date": "day",
    "week": "week", "weekly": "week", "weeks": "week", "month": "month", "monthly": "month", "months": "month",
    "quarter": "quarter", "quarterly": "quarter", "year": "year", "yearly": "year", "annual": "year", "years": "year",
}  # fmt: skip


GROUPING_VERBS = {"summed", "counted", "totalled", "totaled", "averaged", "grouped", "aggregated", "bucketed", "segmented", "broken", "split"}


# 'from every season', 'across every store': the rows of all of them; coverage reads it so only for a plain load
SCOPE_WORDS = ("from", "across", "throughout")
MEASURE_SAID = re.compile(r"\b(?:count|counts|number|how\s+(?:many|much)|total|sum|average|avg|mean|most|least|fewest|share|percentage|rate)\b")


# 'the day the shipment was delivered': a day said by what happened on it names a date, not a grain
ACT_CLAUSE = r"(?:that\s+|when\s+|on\s+which\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[a-z_]+\s+(?:was|were|is|are|got)\s+[a-z]+ed\b"
DAY_OF_AN_ACT = re.compile(rf"the\s+(?:day|date|time)\s+{ACT_CLAUSE}")
WHICH_DATE = re.compile(r"(?:the\s+|their\s+|its\s+)?(?:[a-z]+\s+){1,2}(?:date|day)\b|(?:the\s+)?date\s+(?:of\s+)?(?:the\s+)?[a-z]+\b")  # 'pay date', 'date of payout'


COUNT_OF_ROWS = re.compile(r"(?:the\s+)?(?:number|count|amount|total)\s+of\s+(?:the\s+|their\s+|its\s+)?(?P<rows>[a-z_]+(?:\s+[a-z_]+){0,2})\s*$")


# words that open a measure in a list of what a table holds ('each DJ's name and the total gig fees')
AGGREGATE_WORDS = {"total", "sum", "average", "mean", "count", "number", "maximum", "minimum", "max", "min"}


def read_every_value_listed_apart(p: Parse) -> None:
    """'our average star rating on Google, on Tripadvisor and on our own website' where those are every platform the
    reviews have: one figure per value asked, never one total over every row (which keeping them all would be)."""
    if p.intent.group_by or not p.intent.measures or p.intent.rank:
        return
    listed = [c for c in p.intent.conditions if c.op == "in" and isinstance(c.value, list) and len(c.value) > 1]
    for condition in listed:
        table, name = condition.column.split(".")
        column = p.catalog.table(table).column(name)
        if column is not None and column.values and {str(v) for v in condition.value} == {str(v) for v in column.values}:
            p.intent.conditions.remove(condition)
            p.intent.group_by = [GroupKey(column=condition.column)]
            return


def read_group_by(p: Parse, mentions: list[Mention]) -> None:
    keys: list[GroupKey] = list(p.intent.group_by)  # a count threshold's subject is grouped already
    clause = r"\b(?:per|by|for each|for every|each|every|group(?:ed)? by|aggregat\w* by|broken down by|split by)\s+"
    keywords = r"(?:per|by|for each|for every|each|every|group(?:ed)? by|aggregat\w* by|broken down by|split by)"
    # a clause ends where the next one starts: 'received by publications in each year' is two
    for match in re.finditer(clause + rf"([^.;:()?]*?)(?=\s+{keywords}\s|[.;:()?]|$)", p.text):
        before = p.text[: match.start()].split()[-1:]
        if before and before[0] in ("sorted", "ordered", "partitioned", "incrementally", "replaced"):
            continue
        if before and before[0] in SCOPE_WORDS and match[0].split()[0] == "every" and not MEASURE_SAID.search(p.text):
            continue  # 'all the teams, from every season': which rows (all of them), not a grouping ('how many ... from each branch' is)
        verb = p.text[: match.start()].split()[-2:-1] if before and before[0] in ("in", "over", "across", "up", "down", "out", "me", "us") else before
        if verb and re.fullmatch(rf"{LOAD_VERBS}|give|list|show|send|fetch|grab", verb[0]) and match[0].split()[0] in ("each", "every") and not MEASURE_SAID.search(p.text):
            continue  # 'copy every refunded enrollment', 'pull in every lane booking', 'give me every household customer': all of them
        agent = not re.match(r"\s*(?:each|every)\b", match[1])  # 'received by each author' groups
        if match[0].startswith("by") and agent and before and relating(before[0]) and before[0] not in GROUPING_VERBS:
            continue  # 'publications written by authors', 'orders placed by customers': who did it, not a grouping
        if re.search(r"\btop\s+(?:\d+\s+|[a-z]+\s+){0,3}$", p.text[: match.start()]):  # 'top 5 states by area' ranks
            continue
        if match[0].startswith("by") and re.search(r"\bthe\s+(?:most|highest|largest|biggest|greatest|fewest|least|lowest|smallest)\s+(?:[a-z_-]+\s+){0,3}$", p.text[: match.start()]):
            continue  # 'the most select-grade lumber by volume': what ranks, not a grouping (`ranked_groups.BY_AMOUNT`)
        keyword = match[0].split()[0]
        if keyword == "by" and (counted := COUNT_OF_ROWS.match(match[1])) and resolve_table(p.catalog, counted["rows"]):
            continue  # 'most requested collections, by number of requests': what ranks them (a count of rows), not a grouping
        if keyword == "by" and any(k.grain for k in keys) and DAY_OF_AN_ACT.match(match[1]):
            continue  # 'for each month, counted by the day the shipment was delivered': which date, not a second grain
        if keyword in ("by", "per") and WHICH_DATE.match(match[1]) and re.search(r"(?:\(|\bgoing|(?:19|20)\d{2})\s*$" if keyword == "by" else r"\(\s*$", p.text[: match.start()]):
            continue  # 'in 2025 (by pay date)', 'going by the pay date': which date the period is of, not a grouping
        first = (re.findall(r"[a-z_]+", match[1]) or [""])[0]
        grain = GRAINS.get(first)
        said_each = rf"\b(?:each|every)\s+{first}\b"
        if keyword in ("each", "every") and before[-1:] != ["for"] and grain and p.intent.cron and 0 < len(re.findall(said_each, p.original.lower())) <= len(re.findall(said_each, p.intent.schedule_phrase)):
            continue  # 'each day at 02:00' is the schedule the schedule parser read, not a grouping ('in each month of 2026, on the
            # 1st of every month at 6am' is both)
        listed = re.sub(r"^of\s+(?:our|the|their|your|its|these|those)\s+", "", match[1]) if keyword in ("each", "every", "for") else match[1]  # '(for) each of our drivers'
        for piece in re.split(r"\s*,\s*|\s+and\s+", re.sub(r"[^\w\s,-]|(?<!\w)-|-(?!\w)", " ", listed)):
            words_ = piece.replace("-", " ").split()
            if words_[words_[:1] == ["the"] :][:1] and words_[words_[:1] == ["the"]] in AGGREGATE_WORDS and len(words_) > 1:
                break  # 'with each DJ's name and the total gig fees': what is measured, never a key (`invoices.total_amount`)
            each = keyword in ("per", "each", "every", "for") or words_[:1] in (["each"], ["every"])  # not 'received by publications'
            manner = MANNER_SAID.fullmatch(" ".join(words_)) if len(words_) > 3 else None  # 'by how it was paid'
            found = (k, len(words_)) if manner and (k := group_key(p, manner[0], each)) else None
            found = found or next(((k, n) for n in range(min(len(words_), 3), 0, -1) if (k := group_key(p, " ".join(words_[:n]), each))), None)
            if found is None and "-" in piece and (k := group_key(p, piece.strip(), each)):
                found = (k, len(words_))  # 'for each pre-treatment': `pretreat_cd`, whose comment says 'pre-treatment'
            kind_named = found is None and each and (found := _rows_of_the_kind_named(p, words_)) is not None  # 'for each promotional
            # discount code': each such voucher, named as a reader knows it
            if found is None:
                break  # the list of keys ended
            if _value_goes_on(p, words_, found[1]):
                break  # 'who pay by direct debit': a value (`DD = direct debit`), not a grouping by `dir`
            key = found[0]
            labels = _name_of_the_rows(p, key) if kind_named else _label_of_rows_named(p, key, " ".join(words_[: found[1]]))
            for each_key in (key, *labels_of_named_reference(p, key, " ".join(words_[: found[1]])), *labels):
                if each_key and each_key not in keys:
                    keys.append(each_key)
            if len(words_) > 3 or (words_ and key and len(words_) > 1 and group_key(p, " ".join(words_)) is None):
                break  # words after the key: the clause went on to something else
    keys = _dates_of_grains(p, keys)
    adjective = r"\b(daily|weekly|monthly|yearly|hourly|quarterly)\s+(count|revenue|sales|total|sum|average|number|amount|orders|signups|new|quantity)\b"
    for match in re.finditer(adjective, p.text):
        key = group_key(p, match[1])
        if key and key not in keys:
            keys.insert(0, key)
    p.intent.group_by = keys
    _act_happened(p, keys)
    _without_the_group_of_none(p, keys)


# 'their email', 'its address', "the customer's phone number", and more after a comma or 'and' (never after a preposition:
# 'claims on their desk' are theirs, no desk asked for)
ATTRIBUTES_SAID = re.compile(r"(?<!\bon\s)(?<!\bin\s)(?<!\bat\s)(?<!\bto\s)(?<!\bby\s)(?<!\bfrom\s)\b(?:their|its|(?P<owner>[a-z_]+)['’]s)\s+(?P<first>[a-z_]+(?:\s+[a-z_]+)?)")


def read_attributes_of_the_groups(p: Parse) -> None:
    """'Which customers have more than 12 orders? Their email and how many': a column of the table a group key
    identifies a row of, said as theirs, comes along as one more key (one value per group, so no group splits)."""
    owners = {}
    for key in p.intent.group_by:
        table, column = key.column.split(".")
        found = p.catalog.table(table)
        if column == found.identifier:
            owners[table] = found
        elif target := found.references.get(column, "").split(".")[0]:
            owners[target] = p.catalog.table(target)
    if not owners:
        return
    for said in list(ATTRIBUTES_SAID.finditer(p.text)):
        candidates = [t for t in owners.values() if not said["owner"] or resolve_table(p.catalog, said["owner"]) == t.name]
        words_ = said["first"].split()
        found = next(((t, c, n) for n in (2, 1) if len(words_) >= n for t in candidates if (c := column_of(t, " ".join(words_[:n]))) and c not in t.references), None)
        if found is None:
            continue
        table, column, size = found
        more, end = columns_listed_after(p.text, said.start("first") + len(" ".join(words_[:size])), table)
        for key in (GroupKey(column=f"{table.name}.{c}") for c in (column, *more)):
            if key not in p.intent.group_by:
                p.intent.group_by.append(key)
        blank(p, said.start(), end)


def keys_of_the_rows_named(p: Parse, phrase: str) -> list[GroupKey]:
    """'each donor', 'the top 5 donors': one group per row the phrase names, its name coming along; none where it names no rows."""
    key = group_key(p, phrase, each=True)
    return [key, *_label_of_rows_named(p, key, phrase)] if key else []


def _label_of_rows_named(p: Parse, key: GroupKey, phrase: str) -> list[GroupKey]:
    """'milk of each cow' grouped by what identifies a cow (`cow_id`): her name comes along, as a person reads the answer."""
    table, column = key.column.split(".")
    if key.grain or resolve_table(p.catalog, phrase.removeprefix("each ").removeprefix("every ")) != table:
        return []
    return _name_of_the_rows(p, key, label_column)


def _name_of_the_rows(p: Parse, key: GroupKey, naming=name_column) -> list[GroupKey]:
    """The label of the rows a key identifies ('every school' of customers 'S = school': each one's `cust_name`)."""
    table, column = key.column.split(".")
    named = p.catalog.table(table)
    label = naming(named) if column == named.identifier else None
    return [GroupKey(column=f"{table}.{c}") for c in naming_columns(named, label if label != column else None)]


# 'NULL = not in a choir', 'NULL = no complaint', 'NULL = none': a row without a value has none of the things grouped
NONE_OF_THEM = re.compile(r"(?:not\s+in\s+(?:a|an|any)\b|not\s+part\s+of\b|no\b|none\b|without\b)")


def _without_the_group_of_none(p: Parse, keys: list[GroupKey]) -> None:
    """'members of each choir' grouped by `choir_cd`, whose comment says 'NULL = not in a choir': a row with none is in
    no choir, not a group of its own."""
    for key in keys:
        table, _, name = key.column.partition(".")
        column = p.catalog.table(table).column(name) if p.catalog.table(table) else None
        if column is None or not column.nullable or not any(NONE_OF_THEM.match(n) for n in column.null_names):
            continue
        if not any(c.column == key.column for c in p.intent.conditions):
            p.intent.conditions.append(Condition(column=key.column, op="not_null"))


def _act_happened(p: Parse, keys: list[GroupKey]) -> None:
    """'orders shipped each month' over `ship_dt` ('NULL = not shipped'): the period is of an act the request says,
    so the rows where it never happened have none; they are left out, not gathered in a period of NULL."""
    said = said_date_column(p)
    for key in keys:
        table, _, name = key.column.partition(".")
        named_like_rows = {lemma(w) for w in spoken_words(name)} & {lemma(w) for w in spoken_words(table)}  # `hauled_on` of hauls
        if key.grain and key.column == said and not named_like_rows and (column := p.catalog.table(table).column(name)) and column.nullable and not any(
            c.column == key.column for c in p.intent.conditions
        ):
            p.intent.conditions.append(Condition(column=key.column, op="not_null"))


def _dates_of_grains(p: Parse, keys: list[GroupKey]) -> list[GroupKey]:
    """'per month in 2025 by pay date': the date a grain is taken on, not a second key of every date."""
    grains = [k for k in keys if k.grain]
    dates = [k for k in keys if not k.grain and column_type(p, k.column).startswith(("date", "timestamp"))]
    if len(grains) != 1 or len(dates) != 1:
        return keys
    grains[0].column = dates[0].column
    return [k for k in keys if k is not dates[0]]


def _value_goes_on(p: Parse, words_: list[str], taken: int) -> bool:
    """Do the words from a key's first on, longer than the key, say a value of a column the rows can reach?"""
    said = [" ".join(words_[:n]) for n in range(len(words_), taken, -1)]
    tables = [p.catalog.table(t) for t in {p.intent.main_table, *reachable(p)} if p.catalog.table(t)]
    return any(form.lower() in said for t in tables for c in t.columns for form, _ in said_forms(c))


def _rows_of_the_kind_named(p: Parse, words_: list[str]) -> tuple[GroupKey, int] | None:
    """'each promotional discount code' where `vch_typ` says 'P = promotional discount code': one group per row of that
    kind (the table's identifier); the kind itself is the rows' condition, read with the other values said."""
    tables = [p.catalog.table(t) for t in dict.fromkeys([p.intent.main_table, *reachable(p)]) if t and p.catalog.table(t)]
    for n in range(min(len(words_), 4), 0, -1):
        said = " ".join(words_[:n])
        named = [t for t in tables if t.identifier and any(form.lower() == said for c in t.columns for form, _ in said_forms(c) if c.name != t.identifier)]
        if len(named) == 1:
            return GroupKey(column=f"{named[0].name}.{named[0].identifier}"), n
    return None


def _owner_of_rows_said(p: Parse, words_: list[str]) -> bool:
    """'each technician's jobs': the first word, a possessive in the request, names a table the rows the rest name belong to."""
    if not re.search(rf"\b{re.escape(words_[0])}['’]s\s+{re.escape(words_[1])}", p.original, re.IGNORECASE):
        return False
    owner, rows = resolve_table(p.catalog, words_[0]), resolve_table(p.catalog, " ".join(words_[1:]))
    return bool(owner and rows and owner != rows and belongs_to(p.catalog, rows, owner))


# forms of the verbs that only carry a clause ('did each coach do'), never a word of a key
AUXILIARY_FORMS = {"do", "does", "did", "have", "has", "had", "be", "is", "are", "was", "were", "get", "gets", "got"}


def group_key(p: Parse, phrase: str, each: bool = False) -> GroupKey | None:
    """The column a phrase groups by; `each`: the phrase said each/every/per, so the main table itself
    ('citations of each author') is a grouping too."""
    words_ = [w for w in phrase.split() if w not in ("the", "a", "an", "their", "its", "each", "every")]
    while len(words_) > 1 and words_[-1] in AUXILIARY_FORMS:
        words_ = words_[:-1]  # 'how many miles did each coach do': the coaches, never a `done_dt` of their checks
    if each and len(words_) > 1 and _owner_of_rows_said(p, words_):
        words_ = words_[:1]  # 'for each technician's jobs': one row per technician, the jobs theirs
    if words_[:1] in (["current"], ["former"]) and len(words_) > 1 and resolve_table(p.catalog, words_[1]):
        words_ = words_[1:]  # 'each current driver': the drivers, the state read as their condition
    if not words_:
        return None
    if words_ in (["weekday"], ["weekdays"]):  # 'each day of the week': a column of weekday names, else a date's weekday
        named = next((f"{t.name}.{c.name}" for t in near_tables(p) for c in t.columns if holds_weekday_names(c.known_values())), None)
        column = named or event_column(p)
        return GroupKey(column=column, grain=None if named else "weekday") if column else None
    if len(words_) == 1 and words_[0] in GRAINS:
        column = said_date_column(p) or event_column(p)  # 'tasks closed in each month': the month they were closed
        if column is None and GRAINS[words_[0]] == "year" and (year := year_column(p)):
            return GroupKey(column=year)  # 'per year' over an integer year column
        if column is None:  # no date: a column that holds the period itself ('each month' over `review.month`)
            grain = GRAINS[words_[0]]
            held = next((f"{t.name}.{c.name}" for t in own_and_parent_tables(p) for c in t.columns if c.name == grain), None)
            return GroupKey(column=held) if held else None
        return GroupKey(column=column, grain=_grain_for(p, column, GRAINS[words_[0]]))
    of_rows = re.search(rf"\b{words_[0]}s?\s+of\s+(?:the\s+|an?\s+|our\s+)?([a-z]+(?:\s+[a-z]+)?)", p.text) if p.intent.main_table else None
    if of_rows and resolve_table(p.catalog, of_rows[1]) != p.intent.main_table and " " in of_rows[1]:
        of_rows = re.search(rf"\b{words_[0]}s?\s+of\s+(?:the\s+|an?\s+|our\s+)?([a-z]+)", p.text)  # 'kind of van run', 'kind of trip today'
    if len(words_) == 1 and words_[0] in KIND_SAID and p.intent.main_table and (not of_rows or resolve_table(p.catalog, of_rows[1]) == p.intent.main_table):
        main = p.catalog.table(p.intent.main_table)  # 'deductions per type': their own kind (`ded_cd` of `payslip_ded`), never another table's `emp_type`
        said = re.search(rf"\b([a-z]+)\s+(?:of|per|by|for)\s+(?:each|every|the)?\s*{words_[0]}\b", p.normalized)
        noun = singular(said[1]) if said and resolve_table(p.catalog, said[1]) == main.name else None  # the rows' noun said
        if kind := kind_column(main, (spoken_words(main.name) or [None])[-1]) or (noun and kind_column(main, noun)):
            return GroupKey(column=f"{main.name}.{kind}")  # 'complaints of each type': `cmpl_cd`
        if noun is None and main.name in tables_said(p):  # 'how many trips were there of each kind', 'each kind of trip': the trips' own
            noun = singular(of_rows[1] if of_rows else (spoken_words(main.name) or [main.name])[-1])
        other = resolve_column(p, words_[0]) if noun else None
        if other and other.split(".")[0] != main.name and (_kind_of_another(p, other, noun) or _meets_many(p, other.split(".")[0], words_[0])):
            phrase = said[0] if said else of_rows[0] if of_rows else f"each {words_[0]}"  # (never a trip's bike's service's `svc_kind`)
            p.intent.refusal = f"'{phrase}': '{main.name}' keeps no {words_[0]} of its own, and `{other}` is another table's; say which column."
            return None  # 'complaints of each type' is never the order's payment type
    if manner := _manner_of_an_act(p, words_):
        return GroupKey(column=manner)
    if words_ in ([w] for w in STATUS_SAID) and p.intent.main_table and not resolve_column(p, words_[0]) and (status := status_column(p.catalog.table(p.intent.main_table))):
        return GroupKey(column=f"{p.intent.main_table}.{status}")  # 'orders in each status' of `st`, 'Status: T = taken, ...'
    named = resolve_table(p.catalog, " ".join(words_))
    exactly = named and aliases_of(p.catalog, named).get(" ".join(words_)) == 3
    if named and (coded := _kind_code_named(p.catalog.table(named), words_)):
        return GroupKey(column=f"{named}.{coded}")  # 'per crop' of crop plantings ('one row per crop planted'): their `crop_cd`
    column = resolve_column(p, " ".join(words_))
    if column and exactly and (column.split(".")[0] not in (named, p.intent.main_table) or named == p.intent.main_table):
        column = None  # 'in every department': the departments themselves, not a `department` text; 'each loan': not `loan_days`
    identifier = p.catalog.table(named).identifier if named else None
    if column and each and named == p.intent.main_table == column.split(".")[0] and identifier not in (None, column.split(".")[1]) and aliases_of(p.catalog, named).get(" ".join(words_), 0) >= 2:
        return GroupKey(column=f"{named}.{identifier}")  # 'per cow' of the herd ('every cow and heifer kept'): each cow, not each of her names (`cow_nm`)
    if column and exactly and named != p.intent.main_table and reference_column(p.catalog, p.intent.main_table, named):
        column = None  # 'which products': each product by the rows' reference to it (its name comes along), not one row per name
    if column and named and column.split(".")[0] == named and column_type(p, column) == "boolean":
        column = None  # 'per supplier' of the suppliers' flag `is_lcl` ('local supplier'): each supplier, not local or not
    if column and named and column.split(".")[0] not in (named, p.intent.main_table) and reference_column(p.catalog, p.intent.main_table, named):
        column = None  # 'top inverters by alarms': the alarms' own reference to the inverters, not a third table's `inv_id`
    if column:
        if rival := _table_and_column_reading(p, words_, column):
            said = " ".join(words_)
            p.intent.refusal = f"'{said}' could be `{column}` or the {words_[0]}'s own `{rival}`; say which (e.g. '{rival}')."
            return None
        if rival := _named_exactly_elsewhere(p, words_, column):
            p.intent.refusal = f"'{' '.join(words_)}' could be `{column}` or `{rival}`; say which (e.g. '{rival}')."
            return None
        return GroupKey(column=column)
    if owned := _attribute_of(p, words_):
        return GroupKey(column=owned)  # 'each type of permit': the permit's (its application's) type
    for size in range(len(words_) - 1, 0, -1):  # 'product category' -> products.category
        head, tail = " ".join(words_[:-size]), " ".join(words_[-size:])
        if (table := resolve_table(p.catalog, head)) and (column := column_of(p.catalog.table(table), tail)):
            return GroupKey(column=f"{table}.{column}")
        if not table and " " not in head and (owned := _column_of_a_word_of_its_table(p, head, tail)):
            return GroupKey(column=owned)  # 'membership plan': the `plan_cd` of the table whose `mshp_status` says 'membership'
        if owned := _the_one_named_with(p, head, tail):
            return GroupKey(column=owned)  # 'treatment category': of `treatment_catalog`, not `appt_treatments` (no category)
        if tail in KIND_SAID and (kind := (kind_column(p.catalog.table(table), head) if table else _code_named_for(p, head))):
            return GroupKey(column=kind if table is None else f"{table}.{kind}")  # 'per tank type', 'per contravention type'
        kind = resolve_table(p.catalog, tail)  # 'each business category': a table of the business's categories
        if table and kind and kind != table and reference_column(p.catalog, kind, table) and (label := label_column(p.catalog.table(kind))):
            if label not in p.catalog.table(kind).references:
                return GroupKey(column=f"{kind}.{label}")
    table = resolve_table(p.catalog, " ".join(words_))
    if each and table and table == p.intent.main_table and reachable(p) and (label := label_column(p.catalog.table(table))):
        return GroupKey(column=f"{table}.{p.catalog.table(table).identifier or label}")  # 'citations of each author': one row
        # per author, by what identifies one (two cows may share a name, or have none); the label comes along
    if table and table != p.intent.main_table:  # 'per customer' -> orders.customer_id
        main = p.catalog.table(p.intent.main_table)
        label = label_column(p.catalog.table(table))
        if column := said_reference(p, main.name, table):  # (the name said elsewhere comes along with the key)
            return GroupKey(column=f"{main.name}.{column}")
        if (column := reference_column(p.catalog, main.name, table)) and (link := linked_otherwise(p, main.name, table, column)):
            p.intent.refusal = f"'{main.name}' meet '{table}' in two ways: each row's own `{column}` ({main.column(column).comment or 'may be empty'}) and the `{link}` that refer to both; say which (e.g. 'per {column}' or 'count the {link}')."
            return None
        if (column := reference_column(p.catalog, main.name, table)) and (other := stood_in_for(p.catalog, main.name, column)):
            p.intent.refusal = f"Each row of '{main.name}' has its own `{column}` (which may be empty) and its {singular(other[0].table)}'s `{other[-1].left}`; say which of the two is meant."
            return None
        if reference_column(p.catalog, main.name, table):  # 'per station' of trips that start and end at one
            p.intent.refusal = f"'{p.intent.main_table}' refer to '{table}' in more than one way ({', '.join(c for c, r in main.references.items() if r.split('.')[0] == table)}); say which."
            return None
        if label and (table in reachable(p) or belongs_to(p.catalog, main.name, table)):  # 'per author' of publications,
            # 'the conference name' -> its label; 'deliveries per depot': each delivery's trip's vehicle's depot
            return GroupKey(column=f"{table}.{label}")
    return None


# 'how they paid', 'how customers paid', 'the way of paying', 'method of payment': the manner of an act, not a thing.
MANNER_SAID = re.compile(r"how\s+(?!many\b|much\b|long\b|often\b)(?:\w+\s+){0,2}?(?P<verb>\w+)|(?:way|ways|method|methods|means|mode)\s+of\s+(?P<act>\w+)")
MANNER_WORDS = {"method", "mth", "way", "means", "mode", "type", "code", "channel", "kind"}


def act_of_manner(said: str) -> str | None:
    """The act whose manner some words ask for ('how they paid', 'way of paying': 'pay'), if they do."""
    from ai_etl.language.nominal_acts import act_of_noun

    match = MANNER_SAID.fullmatch(said)
    if match and match["verb"]:
        return verb_lemma(match["verb"]) if is_past_verb(match["verb"]) or verb_lemma(match["verb"]) == match["verb"] else None  # 'how they paid'
    return (verb_lemma(match["act"]) or act_of_noun(match["act"])) if match else None  # 'way of paying', 'method of payment'


def says_manner_of(table: CatalogTable, column: CatalogColumn, act: str) -> bool:
    """Is the column a coded one saying how the act was done: named for the act and a manner (`pay_cd`, `payment_method`),
    or a manner column of the table named for the act (`pmt.mth`)?"""
    from ai_etl.language.nominal_acts import act_of_noun

    if not column.value_names and not (column.values and column.type.startswith(("text", "char", "varchar"))):
        return False
    spoken = spoken_words(column.name, table_prefix([c.name for c in table.columns]))
    manner = {spoken[-1], column.name.lower().rsplit("_", 1)[-1]} & MANNER_WORDS if spoken else set()  # (`pay_mth` is
    # spoken 'pay month' where the schema abbreviates months; a coded column of names is no month)
    if len(spoken) == 2 and act in (spoken[0], act_of_noun(spoken[0])) and manner:
        return True
    return act_of_noun((spoken_words(table.name) or [""])[-1]) == act and bool(manner - {"type", "code", "kind"})


def _manner_of_an_act(p: Parse, words_: list[str]) -> str | None:
    """The one coded column of a near table saying how an act was done ('by how they paid': `pay_mth`, whose legend
    names cash, card, ...)."""
    act = act_of_manner(" ".join(words_))
    found = [f"{t.name}.{c.name}" for t in near_tables(p) for c in t.columns if act and says_manner_of(t, c, act)]
    return found[0] if len(found) == 1 else None


def _kind_code_named(table, words_: list[str]) -> str | None:
    """The one code column of `table` spoken as the words and 'code' (`crop_cd` of 'crop'), whose codes the comment names:
    each kind of the thing, not each row the table keeps of it."""
    said, prefix = tuple(lemma(w) for w in words_), table_prefix([c.name for c in table.columns])
    coded = [c.name for c in table.columns if c.value_names and spoken_words(c.name, prefix) == (*said, "code")]
    return coded[0] if len(coded) == 1 else None


def _column_of_a_word_of_its_table(p: Parse, word: str, said: str) -> str | None:
    """The column `said` names in the one near table whose other columns' names say `word` (`mshp_status` of `member`:
    'membership plan' is the member's `plan_cd`)."""
    found = []
    for table in near_tables(p):
        prefix = table_prefix([c.name for c in table.columns])
        if any(word in spoken_words(c.name, prefix) for c in table.columns) and (column := column_of(table, said)):
            found.append(f"{table.name}.{column}")
    return found[0] if len(found) == 1 else None


def _meets_many(p: Parse, table: str, kind: str) -> bool:
    """Does each row read meet many rows of `table` (a van run's van's services), so that their kind is none of its own?
    (A table of the kinds themselves, `category` of 'each category', is what the rows are grouped into, however many.)"""
    if resolve_table(p.catalog, kind) == table:
        return False
    try:
        return any(hop.fans_out for hop in join_path(p.catalog, p.intent.main_table, table))
    except (NoJoinPath, AmbiguousJoin):
        return True


def _kind_of_another(p: Parse, column: str, noun: str) -> bool:
    """`stay.rate_typ` is the kind of a rate, not of the complaints said; a bare `type_cd` of what they belong to, or the
    name of a table of kinds (`category.category_name` of the business a review is of), is theirs."""
    table, _, name = column.partition(".")
    said = spoken_words(name, table_prefix([c.name for c in p.catalog.table(table).columns]))
    own = {"code", "cd", "name", "nm", "label", "title", "description", "desc", noun, *spoken_words(table)}
    return any(w not in KIND_SAID and w not in own for w in said)


def _attribute_of(p: Parse, words_: list[str]) -> str | None:
    """'type of permit': the column `type` names of the permit itself, else of the one nearest table each permit
    belongs to (a permit's application's `type_cd`); never of rows that belong to the permit (its inspections)."""
    if "of" not in words_[1:-1]:
        return None
    cut = words_.index("of")
    attribute, owner = " ".join(words_[:cut]), resolve_table(p.catalog, " ".join(words_[cut + 1 :]))
    if owner is None:
        return _code_named_for(p, " ".join(words_[cut + 1 :])) if attribute in KIND_SAID else None  # 'each kind of complaint': `cmpl_cd`
    named = column_of(p.catalog.table(owner), attribute)
    if named and attribute in KIND_SAID and not kind_of_the_rows(p.catalog.table(owner), named):
        return None  # 'type of tree work' is no tree's `loc_typ`, the type of its place
    if column := named or (kind_column(p.catalog.table(owner), words_[-1]) if attribute in KIND_SAID else None):
        return f"{owner}.{column}"  # 'each type of check' of a `qc_chk`: its `chk_typ`
    for hops in range(1, 3):  # the tables it belongs to, nearest first
        found = [f"{t.name}.{c}" for t in p.catalog.tables if len(_up_path(p, owner, t.name)) == hops and (c := column_of(t, attribute))]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _code_named_for(p: Parse, noun: str) -> str | None:
    """'each kind of complaint' where no table is a complaint: the one code column of the rows (or of a table
    near them) named for it (`fdbk.cmpl_cd`)."""
    found = [f"{t.name}.{c}" for t in near_tables(p) if " " not in noun and (c := kind_column(t, noun, code_only=True))]
    return found[0] if len(found) == 1 else None


def _up_path(p: Parse, table: str, owner: str) -> list:
    """The joins from each `table` row to the one `owner` row it belongs to; none when it belongs to none."""
    try:
        hops = join_path(p.catalog, table, owner) if table != owner else []
    except (NoJoinPath, AmbiguousJoin):
        return []
    return hops if not any(h.fans_out for h in hops) else []


def _the_one_named_with(p: Parse, head: str, tail: str) -> str | None:
    """`table.column` where only one of the tables partly named `head`, of those near the rows, has a column
    `tail` (a column said by the table's words beats a table of kinds said by them)."""
    found = [
        f"{t.name}.{column}"
        for t in p.catalog.tables
        if table_aliases(t.name, tuple(t.called)).get(head) and (t.name == p.intent.main_table or t.name in reachable(p)) and (column := column_of(t, tail))
    ]
    return found[0] if len(found) == 1 else None


def _table_and_column_reading(p: Parse, words_: list[str], column: str) -> str | None:
    """'per stage name' where the rows refer to an artist with a `stage_name` and to a stage with a
    name: the other table's column the words also say (the stage's name), when the column found is not
    the main table's own. Two readings with different rows: not ours to choose."""
    if len(words_) < 2 or column.startswith(f"{p.intent.main_table}."):
        return None
    for size in range(len(words_) - 1, 0, -1):
        table = resolve_table(p.catalog, " ".join(words_[:size]))
        if table and table != column.split(".")[0] and (table == p.intent.main_table or table in reachable(p)):
            other = column_of(p.catalog.table(table), " ".join(words_[size:]))
            if other and f"{table}.{other}" != column:
                return f"{table}.{other}"
    return None


def _named_exactly_elsewhere(p: Parse, words_: list[str], column: str) -> str | None:
    """'by reason' found as the client's `end_reason` (a reason of one kind) where another table near the rows keeps a
    reason named by the word alone (the call flags' `reason_cd`): two reasons, the one said exactly not the nearer, so
    which is meant is asked."""
    table, name = column.split(".")
    if len(words_) != 1 or _said_without_code(p.catalog.table(table), name) == words_ or table == p.intent.main_table:
        return None
    exact = [f"{t.name}.{c.name}" for t in near_tables(p) if t.name != table for c in t.columns if _said_without_code(t, c.name) == words_]
    return exact[0] if len(exact) == 1 else None


def _said_without_code(table, column: str) -> list[str]:
    """A column's name as said, without a 'code' it is kept as (`reason_cd` is said 'reason')."""
    return [w for w in spoken_words(column, table_prefix([c.name for c in table.columns])) if w != "code"]


def _grain_for(p: Parse, column: str, grain: str) -> str | None:
    """A day grain of a DATE column is the column itself; an hour of it is not kept (refused: no hour to group by)."""
    table, name = column.split(".")
    kind = p.catalog.table(table).column(name).type
    if grain in ("hour", "minute") and kind == "date":
        p.intent.refusal = f"`{column}` keeps days, not times of day: there is no {grain} to group by; ask per day, or name a time column."
    return None if grain == "day" and kind == "date" else grain
