"""Rows without related rows: 'customers without orders', 'films never rented', 'products never sold to
Germany' (NOT EXISTS, narrowed to a value where one is said)."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import CatalogTable, Condition
from ai_etl.catalog.comments import said_forms
from ai_etl.catalog.joins import AmbiguousJoin, NoJoinPath, join_path
from ai_etl.language.acts import act_table
from ai_etl.language.conditions import clause_conditions
from ai_etl.language.events import AUXILIARIES, comment_acts
from ai_etl.language.phrasal_verbs import called_acts
from ai_etl.language.reading import (
    STAMP_WORDS,
    Mention,
    Parse,
    aliases_of,
    blank,
    consume,
    resolve_table,
    stamps_of_event,
    tables_said,
)
from ai_etl.language.references import named_for_verb, reference_column
from ai_etl.language.request_text import FUNCTION_WORDS
from ai_etl.language.spoken import is_participle, is_past_verb, spoken_words, table_prefix, verb_lemma

NEVER = re.compile(
    r"\b(?:never|(?:did|does|do|have|has|had)\s+(?:not|never))\s+(?:ever\s+|yet\s+|once\s+)?(?:been\s+)?(?P<verb>[a-z]+)\s+(?P<rest>[^,.;?!]+)"
)


WHEN_SAID = re.compile(r"\s*(?P<when>(?:in|during|since|before|after|between|from|last|this)\b[^,.;?!]*)")


def _narrowed_by_when(p: Parse, table: str, end: int) -> None:
    """'greens never sprayed in 2025': when, said right after the act none of the rows had, is when the act's rows
    are dated (the sprays of 2025), not a date of the rows kept. Read only where all of it is read as such."""
    said = WHEN_SAID.match(p.text, end)
    if said is None:
        return
    side = clause_conditions(p, said["when"], table)
    if side.intent.conditions and all(c.column.startswith(f"{table}.") for c in side.intent.conditions) and not set(re.findall(r"[a-z0-9]+", side.text)) - FUNCTION_WORDS - {str(c.value) for c in side.intent.conditions}:
        p.intent.exclude_where = side.intent.conditions
        blank(p, said.start("when"), said.end())


def read_never_related_to_values(p: Parse) -> None:
    """'students who never took Physics', 'authors who have never published in Nature': the rows with no
    related row (an enrollment, a paper) that leads to the value said (a course titled Physics), read
    where every condition of the clause is one table's, reached from the rows through rows that refer to them."""
    if p.intent.exclude_related or not (match := NEVER.search(p.text)):
        return
    side = clause_conditions(p, match["rest"], p.intent.main_table)
    tables = {c.column.split(".")[0] for c in side.intent.conditions}
    if len(tables) != 1:
        return  # nothing said of other rows
    table = tables.pop()
    if len(re.findall(r"[a-z]+", side.text)) > 3 and not _all_said_of(p, side, table):
        return  # not read whole
    try:
        hops = join_path(p.catalog, p.intent.main_table, table)
    except (NoJoinPath, AmbiguousJoin):
        return
    if table == p.intent.main_table or not hops or not hops[0].fans_out:
        return
    p.intent.exclude_related, p.intent.exclude_where = table, side.intent.conditions
    blank(p, match.start(), match.end())


def _all_said_of(p: Parse, side: Parse, table: str) -> bool:
    """Whether every content word left of a clause names `table` or is a word of a value its conditions keep
    ('a mock test with us' where 'M = mock test' of the tests)."""
    kept = {str(c.value).lower() for c in side.intent.conditions}
    value_words = {w for c in p.catalog.table(table).columns for form, value in said_forms(c) if str(value).lower() in kept for w in re.findall(r"[a-z]+", form.lower())}
    return all(w in FUNCTION_WORDS or w in value_words or resolve_table(p.catalog, w) == table for w in re.findall(r"[a-z]+", side.text))


def read_anti_join(p: Parse, mentions: list[Mention]) -> None:
    patterns = [
        r"\b(?:(?:who|that|which)\s+)?(?:have|has|had|did|do|does)\s*(?:n[o']t|never|not)\s+(?:an?\s+|any\s+)?([a-z_]+)",
        r"\b(?:(?:who|that|which)\s+)?(?:have|has|had|did|do|does)\s*(?:n[o']t|never|not)\s+\w+\s+(?:an?\s+(?:single\s+)?|any\s+|one\s+|even\s+one\s+)?([a-z_]+)",
        r"\b(?:have|has|had)\s*(?:n[o']t|never)\s+(?:been|gone|come)\s+(?:in\s+)?(?:for|to|through|into)\s+(?:an?\s+|any\s+)?([a-z_]+)",
        # 'never been taken out on a single trip', 'never been used in any order'
        # ('never been assigned to a collection round', 'never been part of any exhibition')
        r"\b(?:have|has|had|were|was)\s*(?:n[o']t|never)\s+been\s+[a-z]+(?:\s+(?:out|up|off|in))?\s+(?:on|in|for|into|by|with|to|of)\s+(?:a\s+single\s+|an?\s+|any\s+|one\s+)?([a-z_]+)",
        r"\b(?:(?:who|that|which)\s+)?(?:have|has|had|did|do|does)\s*(?:n[o']t|never|not)\s+\w+\s+\w+\s+(?:an?\s+(?:single\s+)?|any\s+|one\s+)?([a-z_]+)",  # 'sent us a single sample'
        r"\b(?:(?:who|that|which)\s+)?(?:have|has|had|did|do|does)\s*(?:n[o']t|never|not)\s+\w+\s+(?:us|me|them)\s+(?:for|about|from|with)\s+(?:an?\s+(?:single\s+)?|any\s+|one\s+)([a-z_]+)",  # 'asked us for a single quote'
        r"\b(?:never|not yet)\s+(?:placed|made|had|ordered|bought|purchased)\s+(?:an?\s+|any\s+)?([a-z_]+)",
        r"\b(?:with(?:out|\s+no)|(?:have|has|had)\s+no)\s+(?:any\s+|an?\s+)?([a-z_]+)",
        r"\bnot\s+(?:been\s+)?[a-z]+(?:ing|ed)\s+(?:any\s+|an?\s+)([a-z_]+)",  # 'not teaching any course', 'not given a grade'
        # 'authors (who are) not part of any organization', 'not assigned to any team', 'not in any playlist'
        r"\bnot\s+(?:[a-z]+\s+){0,2}?(?:of|to|in|with|by)\s+any\s+([a-z_]+)",
    ]
    text = re.sub(r"\b(?:have|has|had|did|do|does)\s+(?:we|you|they|i)(?=\s+(?:n[o']t|never|not)\b)", _without_pronoun, p.text)  # 'have we never sent'
    passive = re.search(r"\b(?:have|has|had|were|was|are|is)\s*(?:n[o']t|never)\s+(?:once\s+|ever\s+)?(?:been\s+|yet\s+been\s+)?([a-z]+)\b", text)
    if passive and (passive[1].endswith("ed") or is_participle(passive[1])) and (verb := verb_lemma(passive[1])) and verb not in AUXILIARIES:  # ('never been
        # sold'; 'haven't done a single shift' names its rows by their noun, no act of a table's)
        # 'rooms that have never been booked': no row of the table that records the act (bookings, `booking`)
        named = [t.name for t in p.catalog.tables if named_for_verb(t.name, verb)]
        said = [t for word in (f"{verb}ing", verb) if (t := resolve_table(p.catalog, word)) and aliases_of(p.catalog, t).get(word, 0) >= 2]
        table = (said or [None])[0] or (named[0] if len(named) == 1 else None) or act_table(p.catalog, verb)  # not `rent_payment` for 'rented'
        main = p.catalog.table(p.intent.main_table)
        own = main is not None and any(re.search(rf"\bnot\s+(?:yet\s+)?{passive[1]}\b", n) for c in main.columns for n in c.null_names)
        stamped = main is not None and [c for c in stamps_of_event(main, verb) if main.column(c).nullable]
        own = own or len(stamped or []) == 1  # 'invoices that haven't been paid off' of `paid_dt`, empty while anything is still owing
        if table and not own and table != p.intent.main_table and reaches_by_children(p.catalog, p.intent.main_table, table):
            p.intent.exclude_related = table  # (not where the rows' own column says it: 'insp_dt: NULL = not inspected yet')
            consume(p, passive)
            _narrowed_by_when(p, table, passive.end())
            return
    if (anything := ANYTHING.search(text) or NEVER_DONE_BY_US.search(text)) and (table := _table_of_any_act(p, anything["verb"])):
        p.intent.exclude_related = table  # 'customers who have never bought anything from us'
        p.intent.exclude_where = _state_said(p, table, anything["verb"])  # 'brands that have never sold anything' of kit 'S = sold'
        consume(p, anything)
        return
    for pattern in patterns:
        if match := re.search(pattern + r"(?:\s+([a-z_]+))?", text):
            two = f"{match[1]} {match[2]}" if match[2] else ""
            named_by_two = resolve_table(p.catalog, two) if two else None
            table = named_by_two or resolve_table(p.catalog, match[1])
            own = reference_column(p.catalog, p.intent.main_table, table) if table and p.intent.main_table else None
            if own and p.catalog.table(p.intent.main_table).column(own).nullable:
                missing = Condition(column=f"{p.intent.main_table}.{own}", op="is_null")
                p.intent.conditions += [missing] if missing not in p.intent.conditions else []
                blank(p, match.start(), match.end() if named_by_two else match.end(1))  # 'complaints that do not have any tree
                return  # recorded': their own `tree_id` is empty (no row of theirs to look for in another table)
            if table and table != p.intent.main_table:
                p.intent.exclude_related = table
                for m in mentions:
                    if m.table == table:
                        m.role = "anti"
                blank(p, match.start(), match.end() if named_by_two else match.end(1))  # 'no stay | during 2025': read on
                return
    for said in NEVER_ACTED_ON_ROWS.finditer(text):  # 'hide lots that never went into a tanning batch': no batch of the lot
        if not is_past_verb(said["verb"]):
            continue
        two = resolve_table(p.catalog, f"{said['noun']} {said['next']}") if said["next"] else None
        table = two or resolve_table(p.catalog, said["noun"])
        if table and table != p.intent.main_table and reaches_by_children(p.catalog, p.intent.main_table, table):
            p.intent.exclude_related = table
            blank(p, said.start(), said.end() if two else said.end("noun"))
            return


# 'never went into a tanning batch', 'never got a single observing session': a past act with no auxiliary, then the rows
NEVER_ACTED_ON_ROWS = re.compile(
    r"\bnever\s+(?P<verb>[a-z]+)(?:\s+(?:into|in|on|to|for|through|with|from|out|up|onto))?\s+"
    r"(?:a\s+single\s+|an?\s+|any\s+|one\s+)?(?P<noun>[a-z_]+)(?:\s+(?P<next>[a-z_]+))?"
)


def _state_said(p: Parse, table: str, word: str) -> list[Condition]:
    """The one code of `table` a participle names ('sold' of 'S = sold'): the rows of it that record the act."""
    found = {(c.name, code) for c in p.catalog.table(table).columns for form, code in said_forms(c) if form.lower() == word}
    if len(found) != 1:
        return []
    name, code = found.pop()
    return [Condition(column=f"{table}.{name}", op="=", value=code)]


def _without_pronoun(match: re.Match) -> str:
    """The auxiliary alone, in the same place ('have we' -> 'have   '): what the patterns match, positions kept."""
    auxiliary = match[0].split()[0]
    return auxiliary + " " * (len(match[0]) - len(auxiliary))


# 'have never bought anything (from us)', 'never ordered any of them': an act, and no thing named
ANYTHING = re.compile(r"\b(?:(?:have|has|had|did|do|does)\s*(?:n[o']t|never)|never)\s+(?:ever\s+|once\s+)?(?P<verb>[a-z]+)\s+(?:anything|any\s+of\s+(?:it|them))\b")


# 'accessories we've never sold (a single one of)': the rows are what our act was never done to, nothing else named
NEVER_DONE_BY_US = re.compile(
    r"\b(?:we|i)\s+(?:(?:have|has|had|did|do)\s+)?(?:not|never)\s+(?:ever\s+|once\s+)?(?P<verb>[a-z]+)(?:\s+(?:a\s+single\s+|even\s+)?one(?:\s+of(?:\s+(?:it|them))?)?)?"
    r"(?=\s*(?:[?.!,;]|$|(?:in|during|since|this|last|before|after)\b))"
)


def _table_of_any_act(p: Parse, word: str) -> str | None:
    """The rows an act of the main table's rows makes: the table that records the act, where it refers to them,
    else the one table whose rows refer to them directly (what else could they have bought); none when several do."""
    if verb_lemma(word) is None:
        return None
    main = p.intent.main_table
    table = act_table(p.catalog, word)
    if table and table != main and reaches_by_children(p.catalog, main, table):
        return table
    children = [t.name for t in p.catalog.tables if t.name != main and reference_column(p.catalog, t.name, main)]
    return children[0] if len(children) == 1 else None


# 'users who have never logged in', 'accounts that never signed up', 'invoices that have not been paid': an act of the rows themselves
NEVER_ACTED = re.compile(r"\b(?:(?:have|has|had|did|do|does)\s*(?:n[o']t|never)|never)\s+(?:ever\s+|yet\s+|once\s+)?(?:been\s+)?(?P<verb>[a-z]+)(?:\s+(?P<particle>in|on|up|out|off|back))?\b")
_WHEN = {"first", "last", "latest", "most", "recent"}  # `last_login_at` records that one logged in at all


def read_never_acted(p: Parse) -> None:
    """'Users who have never logged in': the main table's time of that act (`last_login_at`) is missing."""
    match = NEVER_ACTED.search(p.text)
    if match is None:
        return
    verb = verb_lemma(match["verb"]) or re.sub(r"(?<=[a-z]{3})(?:ed|d)$", "", match["verb"])  # ('synced': not in the dictionary)
    main = p.catalog.table(p.intent.main_table)
    prefix = table_prefix([c.name for c in main.columns])
    acts = {verb + (match["particle"] or ""), verb}
    stamps = [c.name for c in main.columns if c.type.startswith(("date", "timestamp"))
              and "".join(verb_lemma(w) or w for w in spoken_words(c.name, prefix) if w not in STAMP_WORDS and w not in _WHEN) in acts]  # fmt: skip
    stamps = stamps or [c.name for c in main.columns if c.type.startswith(("date", "timestamp")) and acts & called_acts(c)]
    # ('tenants who haven't moved out' of `mo_dt`, 'move-out date': what its comment calls it, where no name says the act)
    said_of_an_object = re.match(r"\s+(?:a|an|any|the|one|their|its)\b", p.text[match.end() :])
    stamps = stamps or [c.name for c in main.columns if c.type.startswith(("date", "timestamp")) and acts & set(comment_acts(c)) and not said_of_an_object]
    # ('payments that haven't come in' of `paid_date`, 'date the rent was received'; not 'invoices we haven't received a payment against')
    if state := _not_yet_state(main, match["verb"]):
        p.intent.conditions.append(Condition(column=f"{main.name}.{state[0]}", op="=", value=state[1]))
        consume(p, match)  # 'invoices customers have not paid' where 'I = issued, awaiting payment': the owner's state
    elif len(stamps) == 1 and main.column(stamps[0]).nullable:  # (a date every row has is never missing: 'arrived_on', NOT NULL)
        p.intent.conditions.append(Condition(column=f"{main.name}.{stamps[0]}", op="is_null"))
        consume(p, match)


def _not_yet_state(table: CatalogTable, participle: str) -> tuple[str, str] | None:
    """The one code of a column of `table` whose legend names the act as not done yet ('awaiting payment' is
    'not paid'): a state the owner keeps, which a missing date only approximates (a voided invoice is unpaid too)."""
    said = {f"not {participle}", f"un{participle}", f"not {participle} yet", f"not yet {participle}"}
    found = {(c.name, code) for c in table.columns for form, code in said_forms(c) if form.lower() in said}
    return found.pop() if len(found) == 1 else None


def reaches_by_children(catalog, parent: str, table: str) -> bool:
    """Whether `table` records rows of `parent` directly or through rows of rows of it (a loan of a copy
    of a book): what 'never been borrowed' can be about."""
    if reference_column(catalog, table, parent):
        return True
    try:
        hops = join_path(catalog, parent, table)
    except (NoJoinPath, AmbiguousJoin):
        return False
    return 1 < len(hops) <= 3 and all(hop.fans_out for hop in hops)


def conditions_of_the_absent(p: Parse) -> None:
    """'runs that had no booking in 2025, not counting cancelled bookings': what is said of the related rows the kept
    rows have none of narrows those rows (`exclude_where`); read as a condition of the kept rows it would contradict."""
    if not p.intent.exclude_related or p.intent.exclude_related == p.intent.main_table:
        return
    absent = p.catalog.table(p.intent.exclude_related)
    main = p.catalog.table(p.intent.main_table)
    theirs = {p.intent.exclude_related}  # (and those of a table only the absent rows refer to: a train's operating day)
    theirs |= {ref.split(".")[0] for ref in absent.references.values()} - {main.name, *(ref.split(".")[0] for ref in main.references.values())} if absent and main else set()
    of_absent = [c for c in p.intent.conditions if c.column.split(".")[0] in theirs]
    if of_absent:
        p.intent.conditions = [c for c in p.intent.conditions if c not in of_absent]
        p.intent.exclude_where = [*p.intent.exclude_where, *of_absent]


# 'brands that haven't sold a single thing': the act denied of the rows, its participle said right after
_DENIED = r"\b(?:(?:have|has|had|did|do|does|were|was|are|is)\s+(?:not|never)|never)\s+(?:ever\s+|yet\s+|once\s+)?(?:been\s+)?"


def read_state_no_related_row_has(p: Parse) -> None:
    """'Which brands haven't sold a single thing?' where an item's status says 'S = sold': brands none of whose items is
    sold (NOT EXISTS), never brands with some item not sold. Read where the state denied is of rows the kept rows have
    many of, said of the rows right after their noun, those rows are not named (then 'brands with items that haven't sold' is
    theirs), and nothing is computed ('consignors who never sold anything' is read as the items' 'sold' before the 'never' is)."""
    if p.intent.exclude_related or p.intent.measures or p.intent.group_by:
        return
    main, text = p.intent.main_table, p.normalized or p.text
    for condition in [c for c in p.intent.conditions if c.op in ("!=", "not_in", "=", "in") and "." in c.column and c.column.split(".")[0] != main]:
        table, _, name = condition.column.partition(".")
        values = condition.value if isinstance(condition.value, list) else [condition.value]
        column = p.catalog.table(table).column(name) if p.catalog.table(table) else None
        forms = {form.lower() for form, value in said_forms(column) if value in values} if column else set()
        said = [m for form in forms for m in re.finditer(_DENIED + re.escape(form) + r"\b", text)]
        subject = [re.search(r"\b([a-z_]+)\s+(?:(?:that|which|who)\s+)?$", text[: m.start()]) for m in said]  # the rows right before
        denied = any(s and resolve_table(p.catalog, s[1]) == main for s in subject)  # (not 'bikes that are fixed but never collected')
        if denied and table not in tables_said(p) and reaches_by_children(p.catalog, main, table):
            p.intent.conditions.remove(condition)
            p.intent.exclude_related = table
            p.intent.exclude_where = [Condition(column=condition.column, op="=" if len(values) == 1 else "in", value=condition.value)]
            return
