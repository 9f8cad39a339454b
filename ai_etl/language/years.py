"""Years in a request: 'in 2024', 'before 2010', 'between 2019 and 2021', on the
column the year is about."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import (
    CatalogTable,
    Condition,
)
from ai_etl.catalog.comments import said_forms
from ai_etl.catalog.joins import AmbiguousJoin, NoJoinPath, join_path
from ai_etl.language.dates import AFTERWARDS
from ai_etl.language.events import AUXILIARIES, act_patient, comment_acts, rows_act_date
from ai_etl.language.nominal_acts import act_of_noun
from ai_etl.language.phrasal_verbs import PARTICLES as PHRASAL_PARTICLES, SAID_OF_DATES
from ai_etl.language.reading import (
    PERIOD_BOUNDS,
    happened_columns,
    Parse,
    column_type,
    date_of_the_whole,
    event_column_of,
    is_numeric,
    is_year_column,
    own_and_parent_tables,
    parents_event,
    resolve_table,
    span_start,
    stamps_of_event,
    tables_said,
    year_column_of,
)
from ai_etl.language.request_text import FUNCTION_WORDS, singular, without_command_verbs
from ai_etl.language.schedule_text import MONTH_NAMES
from ai_etl.language.spoken import (
    is_past_verb,
    lemma,
    spoken_words,
    table_prefix,
    verb_lemma,
)

# a season, and what a school year is cut into, said with a year ('this autumn term (2026)', 'in spring 2025')
SEASONS, TERMS = "(?:autumn|fall|spring|summer|winter)", "(?:term|semester|season)"
# Verbs whose past participle is not the noun a date column is named for ('born' -> `birth_date`).
EVENT_NOUNS = {"born": "birth", "died": "death", "dead": "death"}
PARTICLES = {"up", "on", "in", "at", "of", "by", "to", "off", "out", "over", "down"}  # 'up to' names no `signup_ts`
_TIME_WORDS = {"date", "time", "timestamp", "at", "on", "year", "day", "dt", "ts"}



def read_years(p: Parse) -> None:
    """'in 2024', 'before 2010', 'between 2019 and 2021', 'in the last 5 years': on the column that
    says when (`when_column`): an integer year, or the year of a date."""
    year = r"((?:19|20)\d{2})(?![-/]\d)"  # (not '2025-26', a school or fiscal year, nor a date)
    column = when_column(p)
    if column is None:  # 'bookings on our 2025 courses' where no booking keeps when it was made: the courses' own year
        before_noun = _year_before_a_noun(p, year)
        if before_noun is None or re.search(rf"\b(?:before|after|since|prior to|earlier than|later than|between|from)\s+(?:the\s+)?(?:years?\s+)?{year}", p.text):
            return
        column = before_noun[1]
    is_year = is_numeric(column_type(p, column))
    bound = re.search(rf"\b(before|after|since|prior to|earlier than|later than)\s+(?:the\s+)?(?:year\s+)?{year}\b(?!-)", p.text)
    if bound:
        at = int(bound[2])
        later = bound[1] in ("after", "later than")
        op = "<" if bound[1] in ("before", "prior to", "earlier than") else ">" if later else ">="
        p.intent.conditions.append(Condition(column=column, op=op if is_year else f"year{op}", value=at))
        return
    span = re.search(rf"\b(?:between|from)\s+(?:the\s+)?(?:years?\s+)?{year}\s+(?:and|to|through|until|till|-)\s+{year}\b", p.text)
    single = None if span else re.search(
        rf"\b(?:in|for|during|of|from|placed in|created in|this\s+(?:year|{SEASONS}(?:\s+{TERMS})?)\s*[?.!]?\s*[(,-])\s*(?:the\s+)?(?:(?:calendar|fiscal)\s+)?(?:year\s+|(?:{SEASONS})(?:\s+{TERMS})?\s+)?{year}\b", p.text
    ) or re.search(rf"[,:;]\s*{year}\s*(?:only\s*)?(?=[.?!,;]|$)", p.text)  # ('this year (2025)', 'this year? (2026)', 'in autumn 2026',
    # 'this autumn term (2026)': the season read as a value of its own; 'new members per month, 2025': a year set off on its own)
    if not (span or single) and (before_noun := _year_before_a_noun(p, year)):  # 'the 2025 cafe sales', 'our 2026 matinees'
        single, column = before_noun
        is_year = is_numeric(column_type(p, column))
    if not (span or single):
        return
    low, high = (int(span[1]), int(span[2])) if span else (int(single[1]), int(single[1]))
    if single and (onward := re.match(AFTERWARDS, p.text[single.end() :])):  # 'in 2022 or later', '2010 and earlier'
        op = ">=" if onward["later"] or onward["onward"] else "<="
        p.intent.conditions.append(Condition(column=column, op=op if is_year else f"year{op}", value=low))
        return
    if is_year:
        if low == high:
            p.intent.conditions.append(Condition(column=column, op="=", value=low))
        else:
            p.intent.conditions += [Condition(column=column, op=">=", value=min(low, high)), Condition(column=column, op="<=", value=max(low, high))]
    else:
        p.intent.conditions += [Condition(column=column, op="year", value=y) for y in ([low] if low == high else [])]
        if low != high:
            p.intent.conditions.append(Condition(column=column, op="year_between", value=[str(min(low, high)), str(max(low, high))]))



def _year_before_a_noun(p: Parse, year: str) -> tuple[re.Match, str] | None:
    """'the 2025 cafe sales', 'the tickets for our 2025 performances': the year said before a noun, and the date of the rows
    that noun names (the rows read, or a table they belong to), none where the noun names neither."""
    said = re.search(rf"\b(?:the|our|all|its|their)\s+{year}\s+(?!(?:and|or|to|through|vs|versus)\b)([a-z_-]+)(?:\s+([a-z_-]+))?(?:\s+([a-z_-]+))?", p.text)
    if said is None:
        return None
    words_ = [w for w in said.groups()[1:] if w]  # ('the 2026 web shop orders': the orders, 'web shop' a value of theirs)
    phrases = [" ".join(words_[i:j]) for i in range(len(words_)) for j in range(len(words_), i, -1) if j - i <= 2]
    named = next((t for words in phrases if (t := resolve_table(p.catalog, words))), None)
    if named == p.intent.main_table:
        column = when_column(p)
    else:
        parents = {t.name: t for t in own_and_parent_tables(p)[1:]}
        column = f"{named}.{event}" if named in parents and (event := year_column_of(parents[named]) or event_column_of(parents[named])) else None
    return (said, column) if column else None


def when_column(p: Parse) -> str | None:
    """The column a year in the request is about: one the request names ('departed in 2024' ->
    departed_on, 'built before 2010' -> built_year), nearest table first; else the nearest table's
    year column or event date. A year column two joins away never beats the main table's own date."""
    tables = _dated_tables(p)
    found, column = _said_date(p, tables)
    absent = p.catalog.table(p.intent.exclude_related) if p.intent.exclude_related else None
    if not found and absent is not None:  # 'runs that had no booking in 2025': the bookings' date, none of which may be in 2025;
        dated = event_column_of(absent)  # none where they keep no date or one that may be only planned ('planned or actual
        if dated is None:  # loading date'), never the kept rows' own; 'engines that never hauled a train in 2026' where a train
            return _absent_rows_day(p, absent)  # is dated by the operating day it ran on
        return f"{absent.name}.{dated}" if happened_columns([absent.column(dated)]) else None
    column = column if found else _any_date(p, tables)
    if not found and column and _a_lifes_start(p, column) and (_states_of_rows_below(p, tables) or _act_of_others_said(p, column)):
        return None  # 'students who turned up late in 2025': the year of the lateness (the register's lessons), never when
        # the students registered; which date that is the request does not say (a class's `starts_at` is when its bookings were)
    for said_dated in re.finditer(r"\b([a-z]+)\s+dated\b", p.text):  # 'the deposit we asked for on sittings dated March through May':
        named = p.catalog.table(resolve_table(p.catalog, said_dated[1]) or "")  # the sittings' own date, never the deposit's
        if named is not None and column and any(t.name == named.name for t in tables) and (own := _own_date(named) or event_column_of(named)):
            column = f"{named.name}.{own}"
    if column is not None and any(c.column == column and c.op == "is_null" for c in p.intent.conditions):
        return _any_date(p, tables, avoid=column)  # 'not delivered yet in 2025': no delivery date to be in 2025; the rows' other date
    return _period_paid_for(p, column) or column


def _absent_rows_day(p: Parse, absent: CatalogTable) -> str | None:
    """The date of the one table the absent rows refer to that keeps one (a train's operating day), never the kept rows'
    own table nor one they refer to themselves; none where that is not one table."""
    main = p.catalog.table(p.intent.main_table)
    own = {main.name, *(ref.split(".")[0] for ref in main.references.values())}
    dated = []
    for ref in dict.fromkeys(ref.split(".")[0] for ref in absent.references.values()):
        parent = p.catalog.table(ref)
        if parent is not None and parent.name not in own and (column := event_column_of(parent)) and happened_columns([parent.column(column)]):
            words = {verb_lemma(w) or lemma(w) for w in spoken_words(column, table_prefix([c.name for c in parent.columns]))}
            if not parent.column(column).nullable and not words & (BEGINNING_WORDS | ARRIVING_WORDS):
                dated.append(f"{parent.name}.{column}")  # (a day's `run_dt`, never a driver's `joined_dt`)
    return dated[0] if len(dated) == 1 else None


FOR_A_PERIOD = re.compile(rf"\bfor\s+(?:the\s+)?(?:months?\s+of\s+)?(?:{MONTH_NAMES}|(?:19|20)\d\d)\b")


def _period_paid_for(p: Parse, column: str | None) -> str | None:
    """'the hours we paid each carer for March to May': the period a row is for (`period_mth` 'Month worked'), not the day of
    its act (`paid_dt`), where the table keeps one and the months are said after 'for'."""
    if column is None or "." not in column or not FOR_A_PERIOD.search(p.text):
        return None
    table = p.catalog.table(column.split(".")[0])
    prefix = table_prefix([c.name for c in table.columns])
    periods = [c.name for c in table.columns if c.type == "date" and set(spoken_words(c.name, prefix)) & PERIOD_BOUNDS]
    return f"{table.name}.{periods[0]}" if len(periods) == 1 and periods[0] != column.split(".")[1] else None


def _a_lifes_start(p: Parse, column: str) -> bool:
    """Is the date when the rows began to be (`registered_dt`, `arrived_dt`, `dob`), not when something happened to them?"""
    table, name = column.split(".")
    found = p.catalog.table(table)
    said = {verb_lemma(w) or lemma(w) for w in spoken_words(name, table_prefix([c.name for c in found.columns]))} | comment_acts(found.column(name))
    return bool(said & (BEGINNING_WORDS | ARRIVING_WORDS))


def _rows_beginning(table, acts: set[str]) -> str | None:
    """The rows' one date of their beginning (`opened_dt`, `created_at`), where the act said is a start ('started')."""
    if not acts & SPAN_START_WORDS:
        return None
    prefix = table_prefix([c.name for c in table.columns])
    begun = [c.name for c in table.columns if c.type.startswith(("date", "timestamp")) and {verb_lemma(w) or w for w in spoken_words(c.name, prefix)} & (BEGINNING_WORDS | SPAN_START_WORDS)]
    return f"{table.name}.{begun[0]}" if len(begun) == 1 else None


def _act_of_others_said(p: Parse, column: str) -> bool:
    """'How many different patients has each clinician seen in 2026?': an act said of the rows by what they are grouped
    by, whose year is no date of the rows' beginning (`reg_dt`)."""
    table = column.split(".")[0]
    if table != p.intent.main_table or not p.intent.group_by or all(k.column.startswith(f"{table}.") for k in p.intent.group_by):
        return False
    from ai_etl.language.counts import RECORDING_ACTS  # (counts reads years)

    acts = {verb_lemma(w) for w in re.findall(r"[a-z]+", without_command_verbs(p.text)) if is_past_verb(w)} - {None} - LIGHT_VERBS
    return bool(acts - BEGINNING_WORDS - ARRIVING_WORDS - RECORDING_ACTS)  # ('enrolments taken ..., by language': their own making)


# what a row's date says of when it came to be here, beside `BEGINNING_WORDS` ('arrived', 'bought', 'adopted')
ARRIVING_WORDS = {"arrive", "acquire", "buy", "purchase", "adopt", "admit", "born"}


def _states_of_rows_below(p: Parse, tables: list) -> bool:
    """Does the request keep rows by a state of rows that refer to the rows read (an attendance mark of a student's
    lessons), rows none of `tables` is?"""
    own = {t.name for t in tables}
    return any("." in c.column and c.column.split(".")[0] not in own for c in p.intent.conditions)


def _own_date(table) -> str | None:
    """The one date named for the table itself (`appt_dt` of `appt`, `inv_dt` of `inv`, `date`): what 'sittings dated ...' says."""
    stamps = {"dt", "date", "ts", "time", "on", "at", ""}
    own = {singular(w) for w in table.name.lower().split("_")}  # (`day_dt` of `open_days`)
    found = [c.name for c in table.columns if c.type.startswith(("date", "timestamp")) and {singular(w) for w in c.name.lower().split("_")} - stamps <= own]
    return found[0] if len(found) == 1 else None


def dated_by_measured_rows(p: Parse, measured: str) -> None:
    """'the top 3 care homes by rejected pieces in 2025': a period read before the sum came from rows that refer to the
    ranked ones is of those rows (when the pieces were rejected), not the date of the ranked rows the request never
    names (when the account was opened); refused where the measured rows keep no date."""
    own = own_and_parent_tables(p)
    if measured in {t.name for t in own} or (p.catalog.table(measured) is None):
        return
    named, column = _said_date(p, own)
    event = event_column_of(p.catalog.table(measured))  # when the measured rows happened, else when what they belong to did
    dated = f"{measured}.{event}" if event else parents_event(p.catalog, measured, {t.name for t in own})  # ('which recipe
    # sold the most units in 2025': the order lines' orders' `ord_dt`, never the ranked rows' own dates)
    for key in p.intent.group_by:  # 'total kilos of honey per apiary and year': the year of the harvests
        if key.grain and key.column.split(".")[0] in {t.name for t in own} and not (named and key.column == column):
            if dated is None:
                p.intent.refusal = f"'{measured}' keeps no date to read the period of; say which date it is of."
                return
            key.column = dated
    for condition in p.intent.conditions:
        table = condition.column.split(".")[0]
        if table not in {t.name for t in own} or (named and condition.column == column):
            continue
        if not (condition.op.startswith("year") or column_type(p, condition.column).startswith(("date", "timestamp"))):
            continue
        if condition.op in ("is_null", "not_null"):
            continue  # 'on unpaid invoices': a state of theirs (`paid_dt is null`), no period
        if dated is None:
            p.intent.refusal = f"'{measured}' keeps no date to read the period of; say which date it is of."
            return
        condition.column = dated


# the lengths of time a grain is said in, which name no date column of their own
PERIOD_WORDS = {"hour", "week", "month", "quarter", "year"}
# verbs that say no act of their own ('how many jobs did each driver do': no `do_ts`): the auxiliaries
LIGHT_VERBS = AUXILIARIES


def said_date_column(p: Parse) -> str | None:
    """The date or time column the request names by its words or its act ('tasks closed in each month':
    `closed_at`), never a fallback: what a bare grain ('per month') is of, when one is said."""
    found, column = _said_date(p, _dated_tables(p))
    return column if found and column and column_type(p, column).startswith(("date", "timestamp")) else None


def _dated_tables(p: Parse) -> list:
    """The rows' own and parent tables, then the tables they are read through ('authors with papers in 2020')."""
    return own_and_parent_tables(p) + [p.catalog.table(t) for t in p.intent.through_tables]


def _said_date(p: Parse, tables: list) -> tuple[bool, str | None]:
    """(True, the column) when the request names the date by its words or its act; (True, None) when it
    names an act whose date the table does not say; (False, None) when it names none."""
    words = [w for w in re.findall(r"[a-z]+", without_command_verbs(p.text)) if verb_lemma(w) not in LIGHT_VERBS]  # ('did': no `done_dt`)
    said = {EVENT_NOUNS.get(w) or lemma(w) for w in words} - PARTICLES - PERIOD_WORDS - LIGHT_VERBS - FUNCTION_WORDS  # ('month
    # by month' names no `per_mo`: a grain of the rows' own date; nor does 'per rider')
    phrasal = {act for verb, particle in zip(words, words[1:]) if particle in PHRASAL_PARTICLES and (lemma_ := verb_lemma(verb))
               for act in (lemma_ + particle, *SAID_OF_DATES.get((lemma_, particle), ()))}  # fmt: skip ('tickets that run out in 2027': `expiry_dt`;
    said |= phrasal  # 'money paid out' of 'Money we paid out on a client's behalf')
    dated = {form for pair in re.findall(r"\b([a-z]+)\s+(?:date|day|time)\b|\b(?:date|day)\s+of\s+(?:the\s+)?([a-z]+)", p.text) for w in pair if w
             for form in (EVENT_NOUNS.get(w) or lemma(w), verb_lemma(w)) if form}  # fmt: skip
    own = {id(t): {lemma(w) for w in spoken_words(t.name)} for t in tables}  # 'orders shipped': the ship date before the order date
    if found := period_of_said(p.text, tables):  # 'for each month of service': the date whose comment says it is of the service
        return True, found
    if tables and (found := _date_of_rows_said(p, tables[0], said)):  # 'parties per month' of 'Hire bookings: one party ...': the date of
        return True, found  # the party
    if found := _date_named(tables, lambda table: dated - PARTICLES):  # 'booked ..., going by session date': the date said
        return True, found  # as one first (the rows' own name too)
    if found := _date_of_subject(p, tables):  # 'by date the request came in': the request's own arrival, not an accession's
        return True, found
    for on_rows in ON_A_DATED_THING.finditer(p.text):  # 'the no-show bookings on sailings in August 2025': the sailings' own day,
        named = resolve_table(p.catalog, on_rows["noun"]) or resolve_table(p.catalog, on_rows["noun"].split()[-1])  # never the day each
        # booking was made
        table = (next((t for t in tables[1:] if t.name == named), None) if on_rows["on"] and not on_rows["each"] else None) or _reached_once(p, named)  # (a meeting
        # members attended)
        if on_rows["some"]:  # 'customers who placed an order in 2025': the order's date, of rows the request keeps the rows by
            table = p.catalog.table(named) if named in p.intent.through_tables else None
        if table is not None and (day_column := _own_date(table) or event_column_of(table)):
            return True, f"{table.name}.{day_column}"
    rows_own = own[id(tables[0])] if tables else set()  # 'hires per month' of the hire sessions: never the staff's `hired_dt`
    rows_own = rows_own | {lemma(w) for t in tables_said(p) for w in spoken_words(t)}  # 'service addresses': a
    # table said, never a truck's `in_svc_dt` ('in service')
    found = _date_named(tables, lambda table: said - own[id(table)] - rows_own, by_comment=True)  # 'new animals registered': theirs
    acts = {verb_lemma(w) for w in said if verb_lemma(w)} | phrasal
    if found and tables and found.split(".")[0] != tables[0].name and (kept := rows_act_date(tables[0], acts) or _rows_beginning(tables[0], acts)):
        return True, kept  # 'payments we received in 2026' of 'Money received for jobs': the payments' own date, never the
        # `rcvd_dt` of the jobs they pay for; 'courses of treatment started in 2025': their `opened_dt`, never a clinician's `start_dt`
    if found and not _of_another_thing(p, found, acts) and not _a_state_of_the_rows(p, found, acts) and not _act_left_out(p, found):
        return True, found
    normalized = p.normalized  # (never the act of rows said kept too: 'count the cancelled ones too')
    for start, end in p.included:
        normalized = normalized[:start] + " " * (end - start) + normalized[end:]
    for text in (p.text, normalized):  # an act read already as a state still dates the rows ('did we receive ... during 2025')
        particles = set(re.findall(r"\b[a-z]+(?:ed|ing)\s+(in|out|up|off|back|on|over|down)\b", text))
        phrasal = {(verb_lemma(v) or v) + particle for v, particle in re.findall(r"\b([a-z]+ed)\s+(in|out|up|off|back|on|over|down)\b(?!\s+(?:the\s+)?\d)", text)}  # (never 'ended in 2025')
        verbs = re.findall(r"[a-z]+ed\b", text) + re.findall(r"\b(?:who|that|which|we|they|has|had|have|was|were|been)\s+([a-z]+)\b", text)
        acts = {v for w in verbs if is_past_verb(w) and (v := verb_lemma(w)) and len(v) >= 4} - {"date", "time"}  # (irregular ones after
        # their subject or auxiliary too: 'who left the club in 2025' read as `left_dt` not null is still dated by it, never 'our
        # ground crew'; 'invoices dated in 2025': their own date, below; every date column's name says 'date')
        for table in tables:  # 'customers who rented from each store in 2025': the rental's date, not the customer's
            prefix = table_prefix([c.name for c in table.columns])
            dated = [c for c in table.columns if (c.type == "date" or c.type.startswith("timestamp")) and not c.name.startswith(("updated", "modified", "last"))]
            named = [c.name for c in dated if any(w.startswith(v.rstrip("e")[:5]) for v in acts for w in spoken_words(c.name, prefix))]
            named = named or [c.name for c in dated if (acts | phrasal) & comment_acts(c)]  # `done_dt`, 'date the job was finished';
            # `withdrawal_dt` 'Day they dropped out or moved' of 'dropped out'
            if len(named) > 1:  # 'checked in': `chk_in_dt`, not `chk_out_dt`
                named = [c for c in named if particles & set(spoken_words(c, prefix))] or named
            if len(named) > 1:  # 'shipped in 2025': `ship_dt` 'date it actually left', not `sched_ship_dt` 'promised ... date'
                named = [c.name for c in happened_columns([table.column(c) for c in named])] or named
            if len(named) == 1 and not _of_another_thing(p, f"{table.name}.{named[0]}", acts) and not _a_state_of_the_rows(p, f"{table.name}.{named[0]}", acts) and not _act_left_out(p, f"{table.name}.{named[0]}"):
                return True, f"{table.name}.{named[0]}"
    if found := _date_named(tables, lambda table: said & own[id(table)]):  # 'orders per month': the order date
        return True, found
    if verb := re.search(r"\b([a-z]+ed)\s+(?:in|during|before|after|since|between|from|on)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:19|20)\d{2}\b", p.text):
        event = verb_lemma(verb[1]) if is_past_verb(verb[1]) else None
        if event and (column := _date_of_event(tables[0], event)) is not None:
            return True, column or None  # 'canceled in 2025': the day it ended; '' when the table does not say which date
    return False, None


# What a request says right before the rows it leaves out: 'not counting cancelled ones', 'excluding refunded sales'
LEFT_OUT = re.compile(r"\b(?:not\s+(?:counting|including)|excluding|except(?:\s+for)?|without|ignoring|leaving\s+out|leave\s+out|apart\s+from|other\s+than)\s+(?:the\s+|any\s+|those\s+)?$")


def _act_left_out(p: Parse, column: str) -> bool:
    """'how many courses each teacher has had in 2026, not counting cancelled ones': the rows left out are those with the
    act `cancel_dt` records; the year is of those kept, never of that act."""
    table, name = column.split(".")
    dated = p.catalog.table(table).column(name)
    named = comment_acts(dated) | {verb_lemma(w) for w in spoken_words(name)}
    return any(verb_lemma(m[0]) in named and LEFT_OUT.search(p.text[: m.start()]) for m in re.finditer(r"[a-z]+", p.text) if is_past_verb(m[0]))


def _a_state_of_the_rows(p: Parse, column: str, acts: set[str]) -> bool:
    """'how many PAT tests failed each year' of tests with 'F = failed', where a tool's `retired_dt` says 'stopped using it
    (binned, failed PAT)': the act is the rows' own state, no date of another table's."""
    table, name = column.split(".")
    main = p.catalog.table(p.intent.main_table) if p.intent.main_table else None
    if main is None or table == main.name:
        return False
    dated = p.catalog.table(table).column(name)
    named = (comment_acts(dated) | {verb_lemma(w) for w in spoken_words(name)}) & acts
    states = {verb_lemma(form) for c in main.columns for form, _ in said_forms(c) if is_past_verb(form)}
    return bool(named) and named <= states


def _of_another_thing(p: Parse, column: str, acts: set[str]) -> bool:
    """'receipts paid by card between ...': `mbr.shr_pd_dt` 'date the share was fully paid' records a payment of a thing no
    table is (the member's share), where the members are never said: not the date of the rows' own payment."""
    table, name = column.split(".")
    if table == p.intent.main_table or table in tables_said(p):
        return False
    stamp = p.catalog.table(table).column(name)
    patients = {act_patient(stamp, act) for act in acts & comment_acts(stamp)} - {None}
    if patients and not any(resolve_table(p.catalog, patient) for patient in patients):
        return True
    return _object_said_otherwise(p, table, name, acts)


def _object_said_otherwise(p: Parse, table: str, name: str, acts: set[str]) -> bool:
    """'customers we have sent an invoice to in 2026' where `jobs.proof_sent_dt` is named for sending a proof: the act's
    object said (the invoices, rows of another table) is not the thing the date is named for."""
    words_ = name.lower().split("_")
    named = [i for i, w in enumerate(words_) if is_past_verb(w) and verb_lemma(w) in acts]
    if len(named) != 1 or named[0] == 0:
        return False
    thing = {singular(w) for w in words_[: named[0]]}
    act = verb_lemma(words_[named[0]])
    for said in re.finditer(r"\b([a-z]+)\s+(?:(?:us|them|me|him|her)\s+)?(?:an?|the|our|their|its|any)\s+([a-z_]+)\b", p.text):
        if verb_lemma(said[1]) == act and is_past_verb(said[1]) and singular(said[2]) not in thing and (other := resolve_table(p.catalog, said[2])) and other != table:
            return True
    return False


# 'the date the request came in', 'when the sample was received': a date said by the act of a subject named
DATE_OF_SUBJECT = re.compile(r"\b(?:date|day|time|when)\s+(?:the|a|an|each|its|their)\s+([a-z_]+)\s+(?:was\s+|were\s+|is\s+|got\s+)?([a-z]+)\b")


def _date_of_subject(p: Parse, tables: list) -> str | None:
    """The date of the act a named table's rows did ('by date the request came in': the request's `req_ts`, when it
    arrived, its beginning), never the same act of another table ('date the sample was received' of accessions)."""
    from ai_etl.language.durations import BEGINNINGS, beginning_of

    for said in DATE_OF_SUBJECT.finditer(p.text):
        table = p.catalog.table(resolve_table(p.catalog, said[1]) or "")
        act = verb_lemma(said[2]) if is_past_verb(said[2]) else None
        if table is None or act is None or table not in tables:
            continue
        if found := _date_named([table], lambda _: {act}, by_comment=True):
            return found
        if act in BEGINNINGS and (begun := beginning_of(table, "")):
            return f"{table.name}.{begun}"
    return None


DATE_OF = re.compile(r"\s*(?:the\s+)?(?:date|day)\s+(?:of|for)\s+(?:the\s+|each\s+)?([a-z]+)\b")  # (what a comment opens with: never 'Last day of the membership')


def _date_of_rows_said(p: Parse, table, said: set[str]) -> str | None:
    """The one date column of the rows' table whose comment says it is the date of the word the request calls those rows
    ('date of the party / event' where 'parties' names the bookings): when they happen, not when they were booked."""
    dated = [c.name for c in table.columns if (c.type == "date" or c.type.startswith("timestamp")) and (of := DATE_OF.match((c.comment or "").lower()))
             and lemma(of[1]) in said and resolve_table(p.catalog, of[1]) == table.name]  # fmt: skip
    return f"{table.name}.{dated[0]}" if len(dated) == 1 else None


PERIOD_OF = re.compile(r"\b(?:day|week|month|quarter|year)\s+of\s+(?:the\s+)?([a-z]+)\b")


def period_of_said(text: str, tables: list) -> str | None:
    """'each month of service': the one date column, nearest table first, whose comment says the period is of the word
    said ('first day of the month of service billed'); none where no comment or two say so."""
    for said in PERIOD_OF.finditer(text):
        for table in tables:
            dated = [c.name for c in table.columns if (c.type == "date" or c.type.startswith("timestamp")) and re.search(rf"\bof\s+(?:the\s+)?{said[1]}\b", (c.comment or "").lower())]
            starts = [c for c in dated if c.rsplit("_", 1)[-1] in ("from", "start", "begin", "beg")]
            dated = span_start(table, dated) or (starts if len(starts) == 1 else dated)  # `prd_from` .. `prd_to`: its start
            if len(dated) == 1:
                return f"{table.name}.{dated[0]}"
            if dated:
                return None
    return None


# rows said to be on or for other rows, those rows' period said right after them ('bookings on sailings in August 2025')
ON_A_DATED_THING = re.compile(
    rf"\b(?:(?P<on>on|for|at)|to|each|every|(?P<some>an?|any|some))\s+(?:the\s+|our\s+|(?P<each>each\s+|every\s+))?(?P<noun>[a-z_]+(?:\s+[a-z_]+)?)\s+(?:in|during|from|between|dated)\s+(?:{MONTH_NAMES}|(?:19|20)\d\d)\b"
)  # ('members who turned up to each general meeting in 2025': the meetings' own day, of rows reached through others only)


def _reached_once(p: Parse, named: str | None):
    """The table named, where the rows read reach it one way only through rows that refer to both (a member's attendance
    at a meeting); None for the rows' own table or one not reached so."""
    if not named or not p.intent.main_table or named == p.intent.main_table:
        return None
    try:
        hops = join_path(p.catalog, p.intent.main_table, named)
    except (NoJoinPath, AmbiguousJoin):
        return None
    return p.catalog.table(named) if len(hops) == 2 and hops[0].fans_out and not hops[1].fans_out else None


def _date_named(tables: list, words_of, by_comment: bool = False) -> str | None:
    """The first date, time or year column, nearest table first, whose name says one of `words_of(table)` (or, `by_comment`,
    whose comment says it records one of them as an act: 'when the animal was registered')."""
    for table in tables:
        prefix = table_prefix([c.name for c in table.columns])
        words = words_of(table)
        acts = words | {v for w in words if (v := verb_lemma(w))}
        dated = [c for c in table.columns if not c.name.startswith(("updated", "modified")) and (is_year_column(c) or c.type == "date" or c.type.startswith("timestamp"))]
        named = [c for c in dated if (set(spoken_words(c.name, prefix)) - _TIME_WORDS) & words]
        named = named or [c for c in dated if {act_of_noun(w) for w in spoken_words(c.name, prefix)} & acts]  # 'expire' of `expiry_dt`
        named = named or [c for c in dated if by_comment and comment_acts(c) & acts]  # a name says it before a comment does
        if named:  # the date it happened before one it was only planned for (`ship_dt` before `sched_ship_dt`)
            return f"{table.name}.{(happened_columns(named) or named)[0].name}"
    return None


def _any_date(p: Parse, tables: list, avoid: str | None = None) -> str | None:
    """The nearest table's year column or event date, when the request names none (other than `avoid`); none where the
    rows' date is when they were booked for something that has a date of its own and the request does not say the booking
    ('bookings taken in June'): which of the two is not told."""
    for table in tables:
        year = year_column_of(table)
        if (column := year or event_column_of(table)) and f"{table.name}.{column}" != avoid:
            if not year and _booked_for_a_dated_thing(table, column, tables) and not BOOKING_SAID.search(p.text):
                return None
            return (not year and date_of_the_whole(table, column, tables)) or f"{table.name}.{column}"
    return None


def _booked_for_a_dated_thing(table, column: str, tables: list) -> bool:
    """`booked_dt` of 'A donor booked into a session', the session keeping its own `session_dt`: 'our 2025
    appointments' may be those booked in 2025 or those of 2025's sessions. Only a parent's date named for it or its
    start is when it happens; a donor's `joined_on` or a press's `bought_dt` is no such thing."""
    named = {verb_lemma(w) for w in spoken_words(column, table_prefix([c.name for c in table.columns]))} & BOOKING_ACTS
    if not named and not BOOKING_MADE.search((table.column(column).comment or "").lower()):
        return False  # ('When it was booked in at the desk': when it came in; 'booked start of the lesson': when it happens)
    referred = {ref.split(".")[0] for ref in table.references.values()} - {table.name}
    for parent in tables:
        if parent.name in referred and (event := event_column_of(parent)) and not parent.column(event).nullable:
            words = set(spoken_words(event, table_prefix([c.name for c in parent.columns])))
            if (_own_date(parent) == event or words & SPAN_START_WORDS) and not {verb_lemma(w) or lemma(w) for w in words} & BEGINNING_WORDS:
                return True  # (a session's `session_dt`, a class's `starts_at`; never a press's `bought_dt`)
    return False


# What ends or starts a row's life, and the words of the date columns that record it.
ENDING = {"cancel", "end", "close", "terminate", "churn", "finish", "complete", "expire", "stop", "leave", "quit", "resign", "retire", "cease"}
STARTING = {"start", "begin", "open", "join", "create", "launch", "hire", "found", "register", "enroll", "sign", "activate"}
END_WORDS = {"end", "close", "finish", "stop", "expire", "cancel", "terminate", "leave"}
START_WORDS = {"start", "begin", "open", "create", "join", "hire", "found", "register", "sign", "activate", "launch"}

BOOKING_ACTS = {"book", "reserve"}
# 'bookings taken in June', 'booked in 2025': the booking's own date said
BOOKING_SAID = re.compile(r"\b(?:booked|reserved)\b|\b(?:bookings?|reservations?)\s+(?:(?:we|they|you|people)\s+)?(?:took|taken|made|placed|received|got)\b")
BOOKING_MADE = re.compile(r"\b(?:booking|reservation)\s+was\s+(?:made|taken)|\bwas\s+(?:booked|reserved)\b(?!\s+(?:in|for|to)\b)|\bdate\s+(?:of\s+)?(?:booking|booked)\b")
# what a row's date says of when it began to be, not when it happens ('joined', 'registered')
BEGINNING_WORDS = {"join", "register", "enrol", "enroll", "birth", "dob", "create", "sign", "hire", "found", "open", "activate"}
SPAN_START_WORDS = {"start", "starts", "begin", "begins"}  # when a happening starts: what is booked for it


def _date_of_event(table, event: str) -> str | None:
    """The date column recording `event` ('canceled' -> `ended_on` when no `canceled_on` exists): None when
    the verb names no start or end, '' when it does but the table has no one such date (not ours to guess)."""
    words = END_WORDS if event in ENDING else START_WORDS if event in STARTING else None
    if words is None:
        return None
    prefix = table_prefix([c.name for c in table.columns])
    dates = [c.name for c in table.columns if c.type == "date" or c.type.startswith("timestamp")]
    found = [c for c in dates if set(spoken_words(c, prefix)) & (words | {event})]
    found = found or (stamps_of_event(table, "start") if words is START_WORDS else [])  # `dt_st` .. `dt_end`: the span's first
    return f"{table.name}.{found[0]}" if len(found) == 1 else "" if len(dates) > 1 else None

