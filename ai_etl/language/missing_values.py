"""Conditions on whether a row has a value at all: 'customers without a city', 'products with no
description', 'corporate customers who don't have a city on file', 'users whose phone is missing'
(`is_null`), and 'orders with a known region', 'customers whose segment is set' (`not_null`). And
what to show instead of a missing value, which keeps every row: "showing 'unknown' where the segment
is missing", "fill empty cities with 'n/a'" (a `fill` derivation, `coalesce`).

Only a column of the rows read (or a table they refer to) is meant: 'customers with no orders' names
rows of another table, which an anti join reads. A column whose listed values include the word
('unknown' as a segment) is a value, read as such elsewhere.
"""

from __future__ import annotations

import re

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable, Condition, Derivation
from ai_etl.catalog.comments import codes_of_now, null_forms, said_forms
from ai_etl.catalog.values import is_measuring_number
from ai_etl.language.reading import (
    Parse,
    blank,
    column_of,
    column_type,
    is_numeric,
    near_tables,
    own_and_parent_tables,
    resolve_table,
    stamps_of_event,
)
from ai_etl.language.request_text import plural, singular
from ai_etl.language.acts import acts_kept_of
from ai_etl.language.events import act_said
from ai_etl.language.spoken import is_participle, verb_lemma
from ai_etl.language.value_conditions import up_and_down, negation_before, start_of_the_negated

_A = r"(?:\s+(?:a|an|any|their|its|the))?"
WITHOUT = re.compile(
    rf"\b(?:(?:with|and|but)\s+no|without{_A}|(?:do|does|did)\s+not\s+have{_A}|(?:(?:has|have|had)\s+(?:not|never)|never)\s+(?:got|had){_A}|(?:has|have|had)\s+no|(?:is|are|was|were)\s+missing{_A}|missing{_A}|lacking{_A})"
    r"\s+(?P<what>[a-z_]+(?:\s+[a-z_]+){0,2})"
)
EMPTY = re.compile(
    r"\b(?:whose|where|with|and|that|the)\s+(?:the\s+|their\s+|its\s+)?(?P<what>[a-z_]+(?:\s+[a-z_]+){0,2}?)\s+(?:is|are|was|were)\s+"
    r"(?P<state>missing|empty|null|blank|unknown|not\s+set|not\s+known|not\s+given|known|set|present|filled\s+in|not\s+null|not\s+empty|not\s+missing|not\s+blank)\b"
)
KNOWN = re.compile(r"\bwith\s+(?:a|an)\s+known\s+(?P<what>[a-z_]+(?:\s+[a-z_]+){0,2})")
ON_FILE = re.compile(r"\s*(?:on\s+file|on\s+record|recorded|listed|given|filled\s+in|specified|provided)\b")
NOT_NULL_STATES = ("known", "set", "present", "filled in", "not null", "not empty", "not missing", "not blank")


_MISSING = r"(?:missing|empty|null|blank|unknown|not\s+set)"
_QUOTED = r"(?P<q>['\"])(?P<value>[^'\"]+)(?P=q)"
FILLS = [
    re.compile(
        rf"\b(?:show(?:ing)?|display(?:ing)?|us(?:e|ing)|put(?:ting)?|fill(?:ing)?|replac\w*|default\w*|with|as)\s+{_QUOTED}\s+"
        rf"(?:where|when|if|for)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?P<what>[a-z_]+(?:\s+[a-z_]+)?)\s+(?:is|are)\s+{_MISSING}\b"
    ),
    re.compile(rf"\b(?:fill\w*|replac\w*)\s+(?:the\s+|any\s+|all\s+)?{_MISSING}\s+(?P<what>[a-z_]+(?:\s+[a-z_]+)?)\s+(?:with|by)\s+{_QUOTED}"),
]


def read_fills(p: Parse) -> None:
    """A `fill` derivation for each "showing 'unknown' where the segment is missing": every row is kept."""
    for pattern in FILLS:
        for match in list(pattern.finditer(p.text)):
            column, _ = _column(p, match["what"])
            if column is None:
                continue
            said = re.search(rf"(['\"]){re.escape(match['value'])}\1", p.original, re.IGNORECASE)
            value = said[0][1:-1] if said else match["value"]  # as written: 'Unknown', not 'unknown'
            p.intent.derive.append(Derivation(function="fill", columns=[column], name=column.split(".")[1], value=value))
            blank(p, match.start(), match.end())


# 'payments with a late fee', 'orders that had a discount': rows whose amount is there (and, of a number, above zero)
WITH_A = re.compile(
    r"\b(?:with|has|have|had|having|got|incurred|carrying|carried|used|uses|using|applied|redeemed|entered|provided|gave|left)\s+"
    r"(?:a|an|any)\s+(?P<what>[a-z_]+(?:\s+(?!and\b|or\b)[a-z_]+){0,2})"
)  # 'orders where the diner used a promo code' ('a quote and have an invoice': two things)
WITH_SOME = re.compile(r"\b(?:with|has|have|had|having|got|incurred) (?:some )?(?P<what>[a-z_]+(?: [a-z_]+)?)")  # 'timesheets that have overtime'
PERFECT = re.compile(r"\b(?:what|which|how\s+much)\s+(?:they|it|we|he|she|you|i)\s+(?:have|has|had)\s+$")  # 'what they have (cost us)'
_COMPARED = re.compile(r"\s*(?:over|above|under|below|of|greater|more|less|fewer|higher|lower|larger|smaller|between|exceeding|at\s+(?:least|most)|equal|[<>=]|\d)")


def read_missing_values(p: Parse) -> None:
    """Append an `is_null` / `not_null` condition for each phrase above that names a column; a number column
    said to be there is above zero ('with a late fee': `late_fee > 0`), one said to be absent zero where it
    cannot be missing ('without a late fee' of a NOT NULL `late_fee`: `late_fee = 0`)."""
    for pattern, op in ((WITHOUT, "is_null"), (KNOWN, "not_null"), (EMPTY, None), (WITH_A, "not_null"), (WITH_SOME, "not_null")):
        for match in list(pattern.finditer(p.text)):
            column, said = _column(p, match["what"])
            if pattern is WITHOUT and (absent := _value_of_absence_near(p, column, match["what"].split()[0])):
                p.intent.conditions.append(Condition(column=absent[0], op="=", value=absent[1]))  # 'no liner' of 'N = unlined'
                blank(p, match.start(), match.start("what") + len(match["what"].split()[0]))
                continue
            if column and pattern is WITHOUT and column.split(".")[0] not in {t.name for t in own_and_parent_tables(p)}:
                continue  # 'accessions that have no seed left': none of their packets, never a regeneration plot without a yield
            if pattern in (WITH_A, WITH_SOME) and re.search(r"\b(?:not|never|no\s+longer)\s+$", p.text[: match.start()]):
                continue  # 'who have never had a check': not read as having one
            if column is None or (pattern in (WITH_A, WITH_SOME) and (_COMPARED.match(p.normalized, match.start("what") + len(said)) or _a_flag(p, column))):
                continue  # ('with an amount over 100' is a comparison, read before; 'has a projector' a yes/no column's)
            if pattern is WITH_SOME and PERFECT.search(p.text[: match.start("what")]) and is_participle(match["what"].split()[0]):
                continue  # 'what they have cost us': a verb in the perfect, no amount that is there
            if pattern is WITH_SOME and (re.match(r"\s*[\"'=]", p.text[match.start("what") + len(said) :]) or not (is_numeric(column_type(p, column)) and is_measuring_number(column.split(".")[1], column_type(p, column)))):
                continue  # without an article only an amount is there or not ('timesheets that have overtime')
            table_name, name = column.split(".")
            nullable = p.catalog.table(table_name).column(name).nullable
            numeric = is_numeric(column_type(p, column)) and not (nullable and not is_measuring_number(name, column_type(p, column)))  # ('a water
            # tap' of a standpipe number `tap_no`, which may be missing: there, not above zero)
            if pattern is WITH_A and not numeric and not nullable:
                continue  # every row has one: 'with a name' says nothing
            if numeric and pattern in (WITH_A, WITH_SOME, WITHOUT) and not (op == "is_null" and nullable):  # ('without a discount' that may
                p.intent.conditions.append(Condition(column=column, op=">" if op == "not_null" else "=", value=0))  # be missing: missing)
                blank(p, match.start(), match.start("what") + len(said))
                continue
            state = re.sub(r"\s+", " ", match["state"]) if op is None else None
            if state and _a_value(p, column, state):
                continue  # 'segment is unknown' where 'unknown' is a segment: a value
            tested = op or ("not_null" if state in NOT_NULL_STATES else "is_null")
            if not nullable and tested == "is_null":
                continue  # every row has one: never `is null` (no rows at all)
            p.intent.conditions.append(Condition(column=column, op=tested))
            end = match.end() if state else match.start("what") + len(said)
            if tail := ON_FILE.match(p.text, end):  # 'a city on file'
                end = tail.end()
            blank(p, match.start(), end)


def value_of_absence(column: CatalogColumn, said: str) -> str | None:
    """The one value of a column whose name says the thing `said` is absent: 'unlined' or 'no liner' for 'liner',
    'uninsured' for 'insurance' (the verb of the participle begins the noun, or the noun the verb)."""
    noun = singular(said.split()[-1])
    found = set()
    for value, names in column.value_names.items():
        for name in names:
            words_ = name.lower().split()
            if words_[0] in ("no", "none", "without") and noun in {singular(w) for w in words_[1:]}:
                found.add(value)
            elif stem := re.fullmatch(r"(?:un|non-?)([a-z]{3,})", words_[0]):
                verb = verb_lemma(stem[1]) or stem[1]
                shorter, longer = sorted((verb, noun), key=len)
                if len(shorter) >= 3 and longer.startswith(shorter.rstrip("e")):
                    found.add(value)
    return found.pop() if len(found) == 1 else None


def absence_codes(tables: list[CatalogTable], said: str) -> set[tuple[str, str]]:
    """(`table.column`, code) of the columns of `tables` that are never empty whose legend names the absence of the
    thing said ('no liner': `flue.liner_cd`, 'N = unlined')."""
    return {(f"{t.name}.{c.name}", code) for t in tables for c in t.columns if not c.nullable and (code := value_of_absence(c, said))}


def _value_of_absence_near(p: Parse, column: str | None, said: str) -> tuple[str, str] | None:
    """The column of the rows (the one named, if any, else any of theirs) and the value of it that names the absence
    of the thing said."""
    found = absence_codes([p.catalog.table(column.split(".")[0])] if column else own_and_parent_tables(p), said)
    return found.pop() if len(found) == 1 else None


def _a_listed_code(text: str, said: re.Match, table, form: str) -> bool:
    """Is the state said as the last item of a list of codes of one of the table's columns, which also names it as a code
    ('settled, rejected and still open' where 'O = open')?"""
    if not re.search(r"(?:,|\band|\bor)\s*(?:(?:the\s+ones?|those)\s+(?:that\s+are\s+|which\s+are\s+)?)?$", text[: said.start()]):
        return False
    word = form.split()[-1]
    for column in table.columns:
        forms = {f.lower(): code for f, code in said_forms(column)}
        if word in forms and any(re.search(rf"\b{re.escape(f)}\b", text[: said.start()]) for f, code in forms.items() if code != forms[word]):
            return True
    return False


def read_null_states(p: Parse) -> None:
    from ai_etl.language.counts import ZERO_GROUPS  # (counts reads states through this module)

    """'month-to-month leases' where `lease.end_dt`'s comment says 'NULL = open-ended (month-to-month)', 'the rent
    payments not paid yet' ('NULL = not paid yet'): the rows without a value (`is_null`); said after 'not' or
    'no longer', the rows with one. A form that is also a value of a column near the rows is that value's."""
    tables = near_tables(p)
    own = {t.name for t in own_and_parent_tables(p)}
    values = {form.lower() for t in tables for c in t.columns for form, _ in said_forms(c)}
    for table in tables:
        if table.name not in own and up_and_down(p, table.name):
            continue  # 'appointments brides didn't turn up to': never a state of the brides' gown orders ('NULL = not arrived yet')
        for column in table.columns:
            forms = sorted(set(state_forms(p.catalog, table, column, table.name == p.intent.main_table)) - values, key=len, reverse=True)
            for form in forms:
                if table.name not in own and form.split()[0] in ("never", "not", "no"):
                    continue  # 'members who never used their membership': none of their tickets used, not one unused
                if resolve_table(p.catalog, form) in (table.name, p.intent.main_table):
                    continue  # 'NULL = individual member': 'members' are the rows themselves, not a state of theirs; 'the repairs
                    # still in the workshop' read, no payments whose 'NULL = repairs, accessories or other'
                if stamps_of_event(table, "".join(verb_lemma(w) or w for w in form.split())):
                    continue  # 'NULL = signed up with a phone only': every diner signed up (`signup_ts`), no state of some
                said = re.search(state_pattern(form), p.text)
                if said is None:
                    continue
                if _inside_a_longer_value(p.text, said, values):
                    continue  # 'not cancelled by us' of a reason 'US = by us' ('cancelled by us'): the code's words, negated
                if _a_listed_code(p.text, said, table, form):
                    continue  # 'claims settled, rejected and still open' of 'O = open, S = settled, R = rejected': the third code listed
                if any(zero.start() <= said.start() < zero.end() for zero in ZERO_GROUPS.finditer(p.text)):
                    continue  # 'including anyone who hasn't finished any': the groups with no rows kept, no state of the rows counted
                negated = _state_negated(p.text[: said.start()], form)
                state = Condition(column=f"{table.name}.{column.name}", op="not_null" if negated else "is_null")
                p.intent.conditions += [state] if state not in p.intent.conditions else []  # (said twice: 'no company (our freelancers)')
                blank(p, start_of_the_negated(negated, said.start()), said.end())
                break
    for said in LEFT_US.finditer(p.text):  # 'staff who have left the company': former, as 'former staff' is
        if said["noun"] and resolve_table(p.catalog, said["noun"]):
            continue  # 'patients who left the ward' where wards are rows: an act of theirs, not the end of their time with us
        if (column := lasting_state(p.catalog, p.intent.main_table)) and not any(c.column == column for c in p.intent.conditions):
            p.intent.conditions.append(Condition(column=column, op="not_null"))
            blank(p, said.start(), said.end())
    for said in TIME_OF_ROWS.finditer(p.text):  # 'current employees' where `term_dt` is 'NULL = still employed'; 'former' ones have one
        if (column := lasting_state(p.catalog, said[2], [p.intent.main_table])) and not any(c.column == column for c in p.intent.conditions):
            p.intent.conditions.append(Condition(column=column, op="is_null" if said[1] == "current" else "not_null"))
            blank(p, said.start(1), said.end(1))
    now = list(NOW_SAID.finditer(p.text))  # 'how many horses are in each block right now' ('currently'): the rows whose lasting
    # state still lasts (`left_dt` 'NULL while it is still here'), unless a legend says what now is ('OL = currently out on loan')
    column = lasting_state(p.catalog, p.intent.main_table) if now else None
    if column and not any(codes_of_now(c) for c in p.catalog.table(p.intent.main_table).columns) and not any(c.column == column for c in p.intent.conditions):
        p.intent.conditions.append(Condition(column=column, op="is_null"))
        for said in now:
            blank(p, *said.span())


def _state_negated(before: str, form: str) -> re.Match | None:
    """The negation a state is said under: 'not', 'no longer', 'never' right before it, or one of the rows it is a state of
    ('excluding refunded tickets', 'excluding the ones we refunded'); of a state said with its own 'not', only the latter
    ('excluding the ones not refunded': the refunded ones)."""
    if form.startswith("not "):
        return negation_before(before)
    return re.search(r"\b(?:not|no\s+longer|never)\s+(?:been\s+|yet\s+)?$", before) or negation_before(before)


def _inside_a_longer_value(text: str, said: re.Match, values: set[str]) -> bool:
    """Does a value of several words said in the text run on past the state's words ('not cancelled' of 'not cancelled by
    us', where 'US = by us' is said 'cancelled by us')?"""
    return any(m.start() < said.end() < m.end() for v in values if " " in v for m in re.finditer(rf"\b{re.escape(v)}\b", text))


def read_rows_of_the_kind_named(p: Parse) -> None:
    """'complaints' of `fdbk` ('Ratings and complaints diners left'), whose `cmpl_cd` says 'NULL = no complaint': the
    table holds more than the rows named, which are those with a value (`not_null`), unless a value of it is said."""
    main = p.catalog.table(p.intent.main_table)
    for column in main.columns if main else ():
        for name in column.null_names:
            kind = re.fullmatch(r"no\s+([a-z]+)", name)
            if kind and resolve_table(p.catalog, plural(kind[1])) == main.name and re.search(rf"\b{kind[1]}s?\b", p.text):
                if not any(c.column == f"{main.name}.{column.name}" for c in p.intent.conditions):
                    p.intent.conditions.append(Condition(column=f"{main.name}.{column.name}", op="not_null"))


# the business as the subject of an act of the rows ('the passes we've sold'): every row's, no state of some
OUR_ACT = re.compile(r"\b(?:we|i)\s+(?:(?:have|had|has|did|do)\s+)?(?:ever\s+|already\s+)?$")


def read_acts_kept(p: Parse) -> None:
    """'students who came because another student recommended us', 'clients who came on another client's recommendation'
    where `referred_by` is 'the student who recommended the school to this one; NULL = found us on their own': the act a
    column records (`events.acts_kept`), said of the rows, keeps those with a value (`not_null`); after 'never', 'not' or
    'nobody', those without one. Not an act the rows themselves are, nor one two columns record."""
    main = p.catalog.table(p.intent.main_table)
    recorded = acts_kept_of(p.catalog, main) if main else {}
    states = {word for c in main.columns for form, _ in said_forms(c) for word in form.lower().split()} if main else set()
    for column in main.columns if main else ():
        if any(c.column == f"{main.name}.{column.name}" for c in p.intent.conditions):
            continue
        for said in re.finditer(r"[a-z]+", p.text):
            act, following = act_said(said[0]), re.match(r"\s+([a-z]+)", p.text[said.end() :])
            phrasal = f"{act} {following[1]}" if act and following else None
            if said[0] in states or not {act, phrasal} & recorded[column.name] or OUR_ACT.search(p.text[: said.start()]):
                continue  # ('every cancelled class' of 'X = cancelled': the state, not `cancelled_at`; 'what the machines took' is
                # no 'taken out of service'; 'the day passes we've sold' are every pass, whoever sold it)
            negated = re.search(r"\b(?:not|never|nobody|no\s+one)\s+(?:\w+\s+){0,2}$", p.text[: said.start()])
            p.intent.conditions.append(Condition(column=f"{main.name}.{column.name}", op="is_null" if negated else "not_null"))
            blank(p, negated.start() if negated else said.start(), said.end() + (following.end() if phrasal in recorded[column.name] else 0))
            break


def read_zero_states(p: Parse) -> None:
    """'the tastings where we waived the fee', 'complimentary stays', 'brand-new barrels' where a number's comment says what
    its 0 is ('0 = waived', '0 = complimentary stay', '0 = brand new'): the rows holding 0; said after 'not', the others.
    A form that is a value of a column near the rows is that value's."""
    tables = near_tables(p)
    values = {form.lower() for t in tables for c in t.columns for form, _ in said_forms(c)}
    priced = zero_priced([t for t in tables if t.name == p.intent.main_table])
    for table in tables:
        for column in table.columns:
            forms = {f for name in column.zero_names for f in null_forms(name)} | (set(FREE) if column is priced else set())
            forms = sorted(forms - values, key=len, reverse=True)
            for form in forms:
                if resolve_table(p.catalog, form):
                    continue  # ('0 = studio' where studios are a table of their own)
                said = re.search(state_pattern(form), p.text)
                if said is None:
                    continue
                if _inside_a_longer_value(p.text, said, values):
                    continue  # 'not cancelled by us' of a reason 'US = by us' ('cancelled by us'): the code's words, negated
                if _a_listed_code(p.text, said, table, form):
                    continue  # 'claims settled, rejected and still open' of 'O = open, S = settled, R = rejected': the third code listed
                negated = _state_negated(p.text[: said.start()], form)
                state = Condition(column=f"{table.name}.{column.name}", op="!=" if negated else "=", value=0)
                p.intent.conditions += [state] if state not in p.intent.conditions else []
                blank(p, start_of_the_negated(negated, said.start()), said.end())
                break


# how a price of 0 is said, whatever the comment calls it ('0 = fee waived': 'the tastings we let them have for free')
FREE = ("free of charge", "for free", "free", "complimentary", "at no charge", "no charge", "without charge", "without charging")
MONEY_PARTS = {"fee", "price", "charge", "cost", "amount", "amt", "fare", "rent", "prc", "px"}


def zero_priced(tables: list[CatalogTable]) -> CatalogColumn | None:
    """The one money column whose comment says what its 0 is (a fee waived, a stay given free), of the first of `tables`
    (the rows read) that has any: what 'free' says of their rows; None where that table has several."""
    for table in tables:
        found = [c for c in table.columns if c.zero_names and set(c.name.lower().split("_")) & MONEY_PARTS]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def state_forms(catalog: Catalog, table: CatalogTable, column: CatalogColumn, of_rows_read: bool = True) -> list[str]:
    """The ways a request says the state a column's comment gives its missing value, and, of the rows read, the
    state said without their noun ('NULL = tour cancelled': 'tours that got cancelled'; 'bills that are still open'
    is no state of their account, 'NULL = account still open')."""
    forms = [f for name in column.null_names for f in null_forms(name)]
    for name in column.null_names if of_rows_read else ():
        head, _, rest = name.partition(" ")
        if rest and resolve_table(catalog, head) == table.name:
            forms += [f for f in null_forms(rest) if f not in forms]
    return forms


def state_pattern(form: str) -> str:
    """The regex of a null state as a request says it: any spaces or hyphens between its words, in the plural too
    ('NULL = no-show': 'no-shows'; 'NULL = no pickup yet': 'no pickups'); an article may take any one word
    before its noun ('never had a patch test': 'never had an allergy patch test'); a verb agrees with whoever is said
    ('NULL = still works for us': 'the technicians who still work for us')."""

    def said(word: str) -> str:
        if word == "a":
            return r"(?:an?|any)(?:[\s-]+[a-z]+)??"
        if word == "not":  # 'not performed yet': 'have not been performed yet'; 'deposit not received': 'deposit is not received'
            return r"(?:(?:is|are|was|were|has|have|had)[\s-]+)?not(?:[\s-]+been)?"
        base = verb_lemma(word) if word.endswith("s") else None
        return rf"(?:{re.escape(word)}|{re.escape(base)})" if base and word in (f"{base}s", f"{base}es") else re.escape(word)

    words = [said(w) for w in re.split(r"[\s-]+", form)]
    return r"(?<![\w-])" + r"[\s-]+".join(words) + r"(?:e?s)?(?![\w-])"


# 'who have left the company', 'that no longer work for us': the rows whose lasting state ended
LEFT_US = re.compile(
    r"\bwho\s+(?:(?:has|have|had)\s+)?(?:already\s+)?(?:left|quit)\s+(?:(?:the|our)\s+(?P<noun>[a-z]+)|us)\b"
    r"|\b(?:who|that)\s+no\s+longer\s+works?\s+(?:here|for\s+us|with\s+us)\b"
)  # (a person leaves the company, the brigade, the club: any organisation no table names)
# 'right now', 'at the moment' (read as 'currently'), 'are there now?': the rows as they are today
NOW_SAID = re.compile(r"\bcurrently\b|\bnow\b(?=\s*(?:[?.!,;]|$))")
# 'current employees', 'former members': rows said by whether a state of theirs still lasts
TIME_OF_ROWS = re.compile(r"\b(current|former|ex|past)[\s-]+([a-z_]+(?:\s+[a-z_]+){0,2})")


# a debt still open is no time of the row's own that lasts ('empty = still owing': the fee, not the mooring, is current)
OWED_WORDS = {"owing", "owed", "due", "unpaid", "outstanding", "payable"}


def lasting_state(catalog: Catalog, noun: str, rows: list[str] = ()) -> str | None:
    """`table.column` of the one column of the table `noun` (or its first words) names whose comment says NULL is a state that still
    lasts ('NULL = still employed'); else of the one table of `rows` whose values `noun` names ('the current altos' of
    members whose voice is 'A = alto')."""
    words = noun.split()
    named = next((t for n in range(len(words), 0, -1) if (t := resolve_table(catalog, " ".join(words[:n])))), None)  # 'season pass holders'
    if named is None and words:
        forms = {words[0], singular(words[0])}
        valued = {t for t in rows if (table := catalog.table(t)) and any(f.lower() in forms for c in table.columns for f, _ in said_forms(c))}
        named = valued.pop() if len(valued) == 1 else None
    table = catalog.table(named or "")
    lasting = [c.name for c in table.columns if any(n.startswith("still ") and not set(n.split()) & OWED_WORDS for n in c.null_names)] if table else []
    return f"{table.name}.{lasting[0]}" if len(lasting) == 1 else None


def _column(p: Parse, what: str) -> tuple[str | None, str]:
    """The column of the rows read (or of a table near them) the longest first words name, and those words;
    none when the words name a table (rows of another table are an anti join's)."""
    words = what.split()
    for n in range(len(words), 0, -1):
        said = " ".join(words[:n])
        if resolve_table(p.catalog, said):
            return None, said
        for table in near_tables(p):
            if column := column_of(table, said) or _missing_named(table, said):
                return f"{table.name}.{column}", said
    return None, what


def _missing_named(table, said: str) -> str | None:
    """The column whose missing value is 'no <said>': 'a water tap' of `tap_no`, 'NULL = no water tap within reach'."""
    missing = re.compile(rf"\bnull\s*(?:=|:|means)\s*no\s+{re.escape(said)}\b", re.I)  # (a longer state than a null name keeps)
    return next((c.name for c in table.columns if missing.search(c.comment or "")), None)


def _a_flag(p: Parse, column: str) -> bool:
    table, name = column.split(".")
    return p.catalog.table(table).column(name).type == "boolean" or name.startswith(("is_", "has_"))


def _a_value(p: Parse, column: str, state: str) -> bool:
    table, name = column.split(".")
    return state in {v.lower() for v in p.catalog.table(table).column(name).known_values()}
