"""How long a row lasted: 'the average ride duration in minutes', 'the longest trip time', 'total
hours of each session'. A row that lasts has a start and an end time (`started_at` / `ended_at`,
`check_in` / `check_out`, `departed_at` / `arrived_at`); its duration is the time between them, in the
unit said (minutes for times of day, days for dates, when none is). Or the time between two acts said
('days from when an application comes in to when the permit is issued', 'hours between opening and
closing', 'days after the PCN was issued was the appeal lodged'), each recorded in a time column of the
rows read or of a table linked to them (`events`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ai_etl.agents.contracts import CatalogTable
from ai_etl.language.events import acts_said
from ai_etl.language.reading import PLANNED, Parse, column_of, happened_stamps, event_of, is_numeric, near_tables, own_event, reachable, resolve_table, stamps_of_event
from ai_etl.language.spoken import spoken_words, table_prefix, verb_lemma

STARTS = {"start", "begin", "depart", "departure", "pickup", "checkin", "open", "launch", "board", "enter", "entry", "out"}  # `out_ts` of a rental
ENDS = {"end", "finish", "stop", "arrive", "arrival", "dropoff", "checkout", "close", "complete", "completion", "land", "return", "exit",
        "resolve", "resolution", "fix", "settle", "deliver", "delivery", "discharge"}  # fmt: skip
# When a row that is acted on began, for 'the time to resolve a ticket': its opening or creation, or its
# arrival where it then waits ('hours parcels wait before they are collected').
BEGINNINGS = ("open", "create", "submit", "report", "raise", "log", "place", "request", "apply", "file", "receive", "start", "begin",
              "deposit", "arrive", "enter", "admit", "checkin")  # fmt: skip
UNITS = {"second": "second", "seconds": "second", "minute": "minute", "minutes": "minute", "hour": "hour", "hours": "hour", "day": "day", "days": "day",
         "night": "day", "nights": "day", "min": "minute", "mins": "minute", "hr": "hour", "hrs": "hour", "h": "hour"}  # fmt: skip
UNIT_WORDS = r"seconds|minutes|mins|min|hours|hrs|days|nights"  # (a schema's `*_hrs` has the request say 'hrs')
_UNIT = UNIT_WORDS
# Acts that end a case, one for another where a table records only one of them ('the time to close a
# complaint' of a table with a `resolved_at`).
CLOSINGS = ("close", "resolve", "settle", "clear", "fix", "complete", "finish")
# '... (morning, lunch, tea, bed) actually last': what lasts, then the verb, past a list in brackets and an adverb
LASTED = r"(?:\s*\([^)]*\))?(?:\s+(?:actually|really|usually|typically|normally))?\s+(?:last|take)\b"
SUBJECT = r"(?:it|us|they|them|you|people|the\s+team|(?:our|the|their|a|an|each|every)\s+(?:[a-z_]+\s+){0,3}?[a-z_]+)"  # 'each kind of alarm'
DURATION = re.compile(
    rf"\b(?:how\s+(?:long|many\s+(?P<unit4>{_UNIT}))(?:\s+on\s+average)?\s+(?:does|did|do|will)\s+{SUBJECT}\s+take(?:\s+(?:us|them|you|people|the\s+team))?(?:\s+on\s+average)?"
    rf"|(?:time|(?P<unit3>{_UNIT}))(?:\s+it\s+takes)?)\s+to\s+(?P<verb>[a-z]+)(?:\s+(?:out|up|off)\b)?(?:\s+(?:a|an|the|each|their|its|our)\s+(?P<object>[a-z_]+))?"
    rf"|\b(?P<noun>duration|durations|length|lengths|time|times)\s+(?:of\s+(?:a\s+|the\s+|each\s+)?(?P<of2>[a-z_]+)\s+)?(?:in\s+(?P<unit>{_UNIT})\b)?"
    r"|\b(?P<noun2>duration|durations)\b"
    rf"|\bhow\s+(?:long|many\s+(?P<unit2>{_UNIT}))\s+(?:each\s+|the\s+|a\s+)?(?P<of>[a-z_]+)\s+(?:lasted|lasts|took|takes|last|take)\b"
    rf"|\bhow\s+(?:long|many\s+(?P<unit5>{_UNIT}))\s+(?:does|did|do)\s+(?:each\s+|the\s+|an?\s+|our\s+)?(?P<of3>[a-z_]+(?:\s+[a-z_]+){{0,2}}?){LASTED}(?:\s+on\s+average)?"
)  # ('how long does a wall reset take on average')
# The time between two acts said: 'days from A to B', 'hours between A and B', 'how long from A until B',
# 'how many days after A was B', 'how many days after the invoice date do clients pay' (A and B each a few words
# saying an act, or A the time it happened).
_CUE = rf"(?:(?:number\s+of\s+)?(?P<unit>{_UNIT})|time|how\s+long|how\s+many\s+(?P<unit2>{_UNIT}))"
_PASS = (  # ('how many days does a repair take from ...': the rows said as the subject of 'take')
    r"(?:\s+(?:pass|passed|passes|elapse|elapsed|elapses|go\s+by|went\s+by|are\s+there|were\s+there|it\s+takes?"
    r"|(?:did|does|do)\s+(?:it|(?:an?|the|each|every|our|their)\s+[a-z_]+(?:\s+[a-z_]+)?)\s+take)(?:\s+on\s+average)?)?"
)
_ACT = r"[a-z0-9_'-]+(?:\s+[a-z0-9_'-]+){0,6}?"  # ('closing a fault-repair job card')
_STOP = rf"(?=\s*(?:[,;.?!]|$|\bper\b|\bby\b|\bfor\s+(?:each|every)\b|\bin\s+(?:{_UNIT})\b|\bbroken\b|\bsplit\b|\bacross\b|\bgrouped\b|\bon\s+average\b))"
BETWEEN = re.compile(rf"\b{_CUE}{_PASS}\s+(?:from|between)\s+(?:when\s+)?(?P<a>{_ACT})\s+(?:to|until|till|and)\s+(?:when\s+)?(?P<b>{_ACT}){_STOP}")
AFTER = re.compile(
    rf"\b{_CUE}\s+after\s+(?P<a>(?:[a-z0-9_']+\s+){{0,4}}?(?:was|were|is|are)\s+[a-z]+(?:\s+(?:out|in|up|off))?|[a-z]+ing(?:\s+[a-z0-9_']+){{0,3}}?"
    rf"|(?:the|its|their|our|a|an)\s+[a-z0-9_']+(?:\s+[a-z0-9_']+){{0,3}}?(?=\s+(?:does|did|do)\b))"
    rf"\s+(?:does|did|do|was|were|is|are)\s+(?P<b>{_ACT}){_STOP}"
)

# 'how many hours do parcels wait in the locker before the recipient collects them': from the rows'
# beginning to the act said
UNTIL = re.compile(rf"\b{_CUE}\s+(?:do|does|did)\s+(?:[a-z_']+\s+){{1,6}}?(?:before|until|till)\s+(?P<b>{_ACT}){_STOP}")


@dataclass
class Elapsed:
    """The time between two time columns, as an expression, and where the request said it."""

    expression: str
    start: int
    end: int
    name: str


def span_of(table: CatalogTable) -> tuple[str, str] | None:
    """The one start and the one end time of a row of the table, if it has exactly one of each."""
    prefix = table_prefix([c.name for c in table.columns])
    events = {c.name: own_event(table, c.name, prefix) for c in table.columns if c.type.startswith(("date", "timestamp"))}  # `sess_start` of sessions
    events = {c: re.sub(r"^(?:actual|act|real)(?=[a-z])", "", e) for c, e in events.items()}  # `act_start`: the actual start
    starts = [c for c, e in events.items() if e in STARTS]
    ends = [c for c, e in events.items() if e in ENDS]
    if len(starts) == 1 and len(ends) == 1:
        if {events[starts[0]], events[ends[0]]} <= ARRIVE_DEPART and list(events).index(ends[0]) < list(events).index(starts[0]):
            return ends[0], starts[0]  # a stay arrives, then departs (`arrived_on` kept before `departed_on`); a trip departs first
        return starts[0], ends[0]
    return _span_of_its_act(table, events)


# acts whose order depends on what the row is: a trip departs then arrives, a stay arrives then departs
ARRIVE_DEPART = {"arrive", "arrival", "depart", "departure"}


def _span_of_its_act(table: CatalogTable, events: dict[str, str]) -> tuple[str, str] | None:
    """A row named for an act lasts from that act to the one other time whose absence says it is still going on: a
    `weather_closure` from `closed_at` to `reopened_at` ('NULL = domes still closed')."""
    from ai_etl.language.nominal_acts import act_of_noun

    act = act_of_noun(spoken_words(table.name)[-1])
    starts = [c for c, e in events.items() if act and e == act]
    ends = [c for c in events if c not in starts and any("still" in name.split() for name in table.column(c).null_names)]
    return (starts[0], ends[0]) if len(starts) == 1 and len(ends) == 1 else None


def beginning_of(table: CatalogTable, end: str) -> str | None:
    """When a row that an act ends began: its one start, else its opening, creation or arrival, else the
    date named for the row itself (`inv_dt` of an invoice), else the one time every row has (NOT NULL)."""
    span = span_of(table)
    if span and span[1] == end:
        return span[0]
    prefix = table_prefix([c.name for c in table.columns])
    times = [c.name for c in table.columns if c.type.startswith(("date", "timestamp")) and c.name != end]
    for event in BEGINNINGS:
        begins = [c for c in stamps_of_event(table, event) if c != end] or [c for c in times if event_of(c, prefix).startswith(event)]
        if len(begins) == 1:
            return begins[0]
    own = [c for c in times if event_of(c, prefix) in spoken_words(table.name)]  # `inv_dt` of `inv_hdr`, the invoice's date
    if len(own) == 1:
        return own[0]
    every = [c for c in times if not table.column(c).nullable]  # the one time every row has from the start
    return every[0] if len(every) == 1 else None


def closing_stamps(table: CatalogTable) -> list[str]:
    """The time columns recording any act that ends a case (CLOSINGS): one of them stands for the others."""
    return list(dict.fromkeys(c for act in CLOSINGS for c in stamps_of_event(table, act)))


def _span_to(table: CatalogTable, verb: str) -> tuple[str, str] | None:
    """'the time to resolve': from the row's beginning to the time the act is recorded at (`resolved_at`,
    or a `cls_ts` commented 'when the ticket was resolved'), when exactly one column records it."""
    act = verb_lemma(verb) or verb
    ends = stamps_of_event(table, act) or (closing_stamps(table) if act in CLOSINGS else [])
    if len(ends) != 1:
        return None
    begin = beginning_of(table, ends[0])
    return (begin, ends[0]) if begin else None


def _difference(p: Parse, start: str, end: str, unit: str | None) -> str:
    """`end - start` in `unit` (days between dates, minutes between times when none is said): elapsed
    time, not boundaries crossed (10:59 to 11:01 is 2 minutes, not 1 hour); a date against a time is
    taken on the time's day."""
    types = [p.catalog.table(q.split(".")[0]).column(q.split(".")[1]).type for q in (start, end)]
    dates = [t == "date" for t in types]
    unit = unit or ("day" if any(dates) else "minute")
    if unit == "day" and any(dates):
        a, b = (q if is_date else f"toDate({q})" for q, is_date in zip((start, end), dates, strict=True))
        return f"dateDiff('day', {a}, {b})"
    a, b = (f"toDateTime({q})" if is_date else q for q, is_date in zip((start, end), dates, strict=True))
    return f"dateDiff('second', {a}, {b})" + (f" / {SECONDS[unit]}" if unit != "second" else "")


def _unit_after(text: str, at: int) -> str | None:
    """'... to resolve a ticket, in hours': the unit said just after a phrase."""
    later = re.search(rf"^[^.;?]{{0,40}}?\bin\s+({_UNIT})\b", text[at:])
    return UNITS[later[1]] if later else None


def duration_expression(p: Parse, said: str) -> tuple[str, re.Match] | None:
    """`dateDiff('<unit>', t.start, t.end)` for a phrase that asks how long the main table's rows
    lasted ('ride duration in minutes', 'length of stay in nights') or took to reach an act ('the time to
    resolve a ticket, in hours', 'how many days do clients take to pay an invoice'), and the words that
    said it; None when it says no such thing or the table has a column for it (`duration_minutes` is a column)."""
    match = DURATION.search(said)
    main = p.catalog.table(p.intent.main_table) if p.intent.main_table else None
    if not match or main is None:
        return None
    table = main
    if match["verb"]:
        named = resolve_table(p.catalog, match["object"]) if match["object"] else None
        table = p.catalog.table(named) if named in (main.name, *reachable(p)) else main  # 'to pay an invoice' of clients: the invoice's
        span = _span_to(table, match["verb"])
    elif (kept := column_of(main, (match["noun"] or match["noun2"] or "duration"))) and not (_booked(main.column(kept)) and span_of(main)):
        if (match["of3"] or match["of"]) and resolve_table(p.catalog, (match["of3"] or match["of"]).split()[-1]) == main.name and is_numeric(main.column(kept).type):
            return f"{main.name}.{kept}", match  # 'how long does a repair take' where each keeps its `mins`: that time, as kept
        return None
    else:  # 'length of stay' over rooms: the stays' own span, where a table near is named
        of = match["of2"] or match["of3"]
        named = resolve_table(p.catalog, of) or resolve_table(p.catalog, of.split()[-1]) if of else None
        table = p.catalog.table(named) if named in reachable(p) and not span_of(main) else main
        span = span_of(table)
    if span is None:
        return None
    unit = UNITS.get(match["unit"] or match["unit2"] or match["unit3"] or match["unit4"] or match["unit5"] or "")
    unit = unit or (_unit_after(said, match.end()) if match["verb"] or match["of3"] else None)
    return _difference(p, f"{table.name}.{span[0]}", f"{table.name}.{span[1]}", unit), match


def _booked(column) -> bool:
    """A length the rows were booked or planned for ('Booked length of the call in minutes'): how long they were to last,
    never how long they did, where the rows keep when they really started and finished (`span_of`)."""
    return bool(set(re.findall(r"[a-z]+", (column.comment or "").lower())) & (PLANNED | {"booked", "booking"}))


def _stamp_said(p: Parse, said: str) -> str | None:
    """The one time column (`table.column`) recording the act a few words say ('the permit is issued',
    'closing the claim', 'the date of loss'), in a table they name, else the main table, else the nearest
    table recording it; a table's arrival said ('an application comes in') is its beginning."""
    words = re.findall(r"[a-z0-9_]+", said)
    if set(words) & {"first", "last", "latest", "earliest", "final", "next", "previous"}:
        return None  # 'the first harvest': one row of many, not each row's own time
    named = {t for w in words if (t := resolve_table(p.catalog, w))}
    tables = near_tables(p)
    distance = {p.intent.main_table: 0, **reachable(p)}
    if words[-1:] in (["date"], ["day"], ["time"]):  # 'the invoice date': a time column named so (`gbill_dt`, 'invoice date')
        phrase = " ".join(w for w in words if w not in ("the", "its", "their", "our", "a", "an"))
        dates = [f"{t.name}.{c}" for t in tables if (c := column_of(t, phrase)) and t.column(c).type.startswith(("date", "timestamp"))]
        if len(dates) == 1:
            return dates[0]
    for acts in acts_said(words):
        found = sorted({f"{t.name}.{c}" for t in tables for a in acts for c in happened_stamps(t, stamps_of_event(t, a))}, key=lambda q: distance.get(q.split(".")[0], 9))
        if any(a in BEGINNINGS or a == "comein" for a in acts):
            found += [f"{t}.{b}" for t in sorted(named) if t in distance and (b := beginning_of(p.catalog.table(t), ""))]
        nearest = min((distance.get(q.split(".")[0], 9) for q in found), default=9)
        if nearest and not _one_branch(p, {q.split(".")[0] for q in found}, nearest, distance):
            nearest = -1  # ('receiving it': the customer's delivery or the invoice's payment, neither the rows' own: not ours to pick)
        for pick in ({q for q in found if q.split(".")[0] in named}, {q for q in found if distance.get(q.split(".")[0]) == nearest}):
            if pick:  # (two tables or two columns recording it: which is not ours to guess)
                return pick.pop() if len(pick) == 1 else None
    return None


def _one_branch(p: Parse, tables: set[str], nearest: int, distance: dict[str, int]) -> bool:
    """Are the tables recording an act one branch from the rows: the farther ones reached through the nearest one (an
    enrollment's completion before its lessons'), not siblings (a job's delivery and its invoice's payment)?"""
    from ai_etl.catalog.joins import AmbiguousJoin, NoJoinPath, join_path

    near = [t for t in tables if distance.get(t) == nearest]
    if len(near) != 1:
        return False
    for table in tables - set(near):
        try:
            paths = [join_path(p.catalog, p.intent.main_table, table)]
        except AmbiguousJoin as ways:  # (an enrollment's lessons, also reached through the course's lessons)
            paths = ways.paths
        except NoJoinPath:
            return False
        if not any(near[0] in {h.table for h in hops} for hops in paths):
            return False
    return True


def elapsed(p: Parse) -> Elapsed | None:
    """The time between two acts said ('days from A to B', 'hours between A and B', 'days after A was
    B'), else the time a row takes to reach an act ('the time to close a complaint')."""
    for pattern in (BETWEEN, AFTER):
        for match in pattern.finditer(p.text):
            start, end = _stamp_said(p, match["a"]), _stamp_said(p, match["b"])
            if start and end and start != end:
                unit = UNITS.get(match["unit"] or match["unit2"] or "") or _unit_after(p.text, match.end())
                name = f"{match['unit'] or match['unit2'] or 'time'}_{end.split('.')[1]}"
                return Elapsed(expression=_difference(p, start, end, unit), start=match.start(), end=match.end(), name=name)
    for match in UNTIL.finditer(p.text):
        if end := _stamp_said(p, match["b"]):
            table = p.catalog.table(end.split(".")[0])
            if begin := beginning_of(table, end.split(".")[1]):
                unit = UNITS.get(match["unit"] or match["unit2"] or "") or _unit_after(p.text, match.end())
                return Elapsed(expression=_difference(p, f"{table.name}.{begin}", end, unit), start=match.start(), end=match.end(), name=f"time_to_{end.split('.')[1]}")
    if (lasted := duration_expression(p, p.text)) and lasted[1]["verb"]:
        return Elapsed(expression=lasted[0], start=lasted[1].start(), end=lasted[1].end(), name=f"time_to_{lasted[1]['verb']}")
    if lasted and lasted[1]["of3"]:  # 'how long does a wall reset take on average': each reset's own span
        return Elapsed(expression=lasted[0], start=lasted[1].start(), end=lasted[1].end(), name="duration")
    return None


SECONDS = {"minute": 60, "hour": 3600, "day": 86400}
