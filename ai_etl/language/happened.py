"""Rows by whether an event of theirs happened: 'returned loans', 'finished rides', 'rides that have
not ended yet', 'loans still out'. A table records an event as the date or time it happened
(`returned_on`, `ended_at`), empty until it does; the participle of the event says which rows.
A value of a status column said the same way ('cancelled orders' where `status` holds 'cancelled') is
read as that value before this (`said_values`)."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import CatalogTable, Condition
from ai_etl.catalog.comments import NOT_HAPPENED, legend_entry, said_forms
from ai_etl.catalog.joins import AmbiguousJoin, NoJoinPath, join_path
from ai_etl.language.events import act_patient
from ai_etl.language.phrasal_verbs import PHRASAL, acts_not_yet
from ai_etl.language.reading import Parse, blank, resolve_table, stamps_of_event
from ai_etl.language.request_text import singular
from ai_etl.language.spoken import is_past_verb, spoken_flag, verb_lemma
from ai_etl.language.value_conditions import negation_before, start_of_the_negated

# Participles that say an event is over, and the events a table names it by ('finished' rides ended).
FINISHED = {"finish": ("end", "finish", "complete", "return", "stop"), "complete": ("complete", "end", "finish"), "end": ("end", "finish")}
NOT = r"(?P<neg>un|not\s+(?:yet\s+)?|never\s+)?"
PREPOSITION_AFTER = r"(?!\s+(?:the|a|an|each|every|our|their|this|that|last|next|all|\d))"  # 'done in each town', 'returned in 2025': 'in' opens a place or a time
PARTICLE = rf"(?:\s+(?P<particle>out|up|off|back|(?:in|over)\b{PREPOSITION_AFTER})\b)?"  # 'checked out': the event is a checkout
BEFORE_NOUN = re.compile(rf"\b{NOT}(?P<verb>[a-z]+(?:ed|en)){PARTICLE}\s+(?P<noun>[a-z_]+)\b")
AFTER_NOUN = re.compile(
    r"\b(?P<noun>[a-z_]+)\s*,?\s+(?:(?:that|which|who)\s+(?:still\s+)?(?:have|has|had|were|was|are|is|got|get|gets)\s+(?:still\s+)?(?P<neg>not\s+(?:yet\s+)?|never\s+)?(?:been\s+)?"
    rf"|(?:(?:that|which|who)\s+(?:still\s+)?)?(?P<neg2>not\s+(?:yet\s+)?|never\s+)"
    r"|(?:(?:that|which)\s+)?(?P<we>we|they|you|i)\s+(?:have\s+|has\s+|had\s+)?(?:still\s+)?(?P<neg3>not\s+(?:yet\s+)?|never\s+)?)"
    rf"(?P<verb>[a-z]+){PARTICLE}(?!\w)(?!\s+(?:a|an|any|one|single)\b)(?:\s+yet)?"
)  # 'tickets we have refunded' (not 'invoices we haven't received a payment against': an act on something else), 'rides that have not ended yet', 'loans not returned yet', 'visits not checked out yet', 'that are still not closed', 'которые до сих пор не закрыты' ('which still not closed')

# the act said right after the rows, then a grouping or the end: 'how many jobs done in each town', 'jobs finished per crew' (never
# the end of a period read and blanked already: 'jobs we received (over the past three months)')
REDUCED_RELATIVE = re.compile(
    rf"\b(?P<noun>[a-z_]+)\s+(?P<verb>[a-z]+){PARTICLE}(?=\s+(?:in|for)\s+(?:each|every)\b|\s+(?:per|each|every)\b|\s?[,.?!;]|\s?$|\s+(?:so\s+far|to\s+date|altogether|in\s+total)\b)"
)

# a state in brackets after the rows or a clause about them: 'toys we've still got (not retired)', '(only those returned)'
BRACKETED_STATE = re.compile(rf"\(\s*(?:(?:only\s+)?(?:those|the\s+ones|ones)\s+(?:that\s+are\s+|which\s+are\s+)?)?(?P<neg>not\s+(?:yet\s+)?|never\s+)?(?P<verb>[a-z]+){PARTICLE}(?:\s+yet)?(?:\s+only)?\s*\)")

WHERE_CLAUSE = re.compile(
    r"\b(?:where|when|whose|in\s+which)\s+(?:the\s+|its\s+|their\s+)?(?P<subject>[a-z_]+)\s+(?P<aux>has|have|had|was|were|is|are|got|get|gets)\s+"
    rf"(?P<neg>not\s+(?:yet\s+)?|never\s+)?(?:been\s+)?(?P<verb>[a-z]+){PARTICLE}(?!\w)"
)  # 'requests where the box was handed to the reader': of the rows read, said of what the stamp's comment says acts


# States that say an ending event has not happened yet ('open tasks' have no `closed_at`).
# Acts that happen to some rows after they exist (a subscription is cancelled, a loan returned, a bill paid):
# saying one picks those rows; an act every row has (released, published, founded) only describes them.
LATER_ACTS = {"cancel", "close", "end", "finish", "complete", "return", "pay", "resolve", "refund", "void", "expire", "terminate",
              "deliver", "ship", "approve", "reject", "renew", "churn", "withdraw", "suspend", "archive", "delete", "redeem"}  # fmt: skip
NOT_YET = {
    "open": ("close", "resolve", "finish", "complete", "end"), "pending": ("complete", "finish", "resolve", "close", "process"),
    "unresolved": ("resolve", "close"), "unfinished": ("finish", "complete", "end"), "incomplete": ("complete", "finish"),
    "outstanding": ("pay", "return", "close", "resolve", "complete"), "ongoing": ("end", "finish", "complete"),
    "running": ("end", "finish", "complete", "close", "expire", "terminate"),
}  # fmt: skip
STATE_BEFORE = re.compile(rf"\b(?P<state>{'|'.join(NOT_YET)})\s+(?P<noun>[a-z_]+)\b")
STATE_AFTER = re.compile(rf"\b(?P<noun>[a-z_]+)\s+(?:that|which|who)\s+(?:are|is|were|was)\s+(?:still\s+)?(?P<state>{'|'.join(NOT_YET)})\b")


def _unhappened(p: Parse, table: str, state: str) -> str | None:
    """The one end-event column of `table` a state says is still empty ('open' -> `closed_at`)."""
    for event in NOT_YET[state]:
        stamps = stamps_of_event(p.catalog.table(table), event)
        if len(stamps) == 1:
            return stamps[0]
    return None


def _stamp(p: Parse, table: str, verb: str, particle: str | None = None) -> str | None:
    """The one date/time column of `table` the event a participle says is recorded in."""
    base = verb_lemma(verb)
    if not base:
        return None
    events = [base + particle] if particle else [base, *FINISHED.get(base, ())]
    for event in events:
        stamps = stamps_of_event(p.catalog.table(table), event)
        if len(stamps) == 1:
            return stamps[0]
    noted = [c.name for c in p.catalog.table(table).columns if acts_not_yet(c) & set(events)]
    return noted[0] if len(noted) == 1 else None  # `cncl_cd` 'why it was called off; NULL = not cancelled': the sessions cancelled


def _a_value_of(p: Parse, table: str, word: str) -> bool:
    """Whether a column of the table holds the word as a value ('completed' of a `trip_status`), or names
    one of its codes ('published' of `status_cd` 'P = published')."""
    return any(word == form.lower() for column in p.catalog.table(table).columns for form, _ in said_forms(column))


# the words that say an event went ahead as planned: of rows a yes/no column marks as called off, the others
WENT_AHEAD = re.compile(
    r"\b(?P<neg>(?:did\s+not|didn't|never|not)\s+)?(?:actually\s+|really\s+)?(?:(?:went|go|gone|goes)\s+ahead|(?:took|take|taken)\s+place"
    r"|(?:was|were|been)\s+held|happened)\b"
)
CALLING_OFF = {"cancel", "abandon", "scrap", "scratch", "postpone", "scrub"}


def went_ahead_said(text: str, table: CatalogTable | None) -> list[tuple[tuple[int, int], str, bool]]:
    """(span, the yes/no column of `table` that marks a row called off (`is_cancelled`), whether the request says the row
    went ahead) for each 'went ahead' / 'took place' / 'were held' ('how many parties actually went ahead': not cancelled)."""
    flags = [c.name for c in (table.columns if table else ()) if c.type == "boolean" and {verb_lemma(w) for w in spoken_flag(c.name)} & CALLING_OFF]
    if len(flags) != 1:
        return []
    return [(m.span(), flags[0], not m["neg"]) for m in WENT_AHEAD.finditer(text)]


# a code's name that says its rows happened, or were called off ('D = done', 'X = cancelled', 'N = no-show')
HAPPENED_NAMES = {"done", "completed", "complete", "held", "ran", "run", "happened", "attended", "finished", "taught", "played", "performed",
                  "went ahead", "took place", "carried out", "given", "fulfilled"}  # fmt: skip
CALLED_OFF_NAMES = {"cancelled", "canceled", "called off", "no-show", "no show", "did not attend", "nobody came", "no one came", "did not turn up", "abandoned", "postponed", "scratched",
                    "scrapped", "void", "voided", "missed", "rained off", "withdrawn", "lapsed", "fell through"}  # fmt: skip
# a code's name that says its rows are still ahead of the event ('P = provisional', 'C = confirmed', 'B = booked')
AHEAD_NAMES = {"provisional", "tentative", "pencilled", "penciled", "enquiry", "inquiry", "quoted", "booked", "reserved", "confirmed", "scheduled",
               "planned", "pending", "upcoming", "awaiting"}  # fmt: skip
# 'lessons we actually taught', 'classes that really ran': a past verb said against what did not happen
ACTUALLY_DONE = re.compile(r"\b(?:actually|really)\s+(?P<verb>[a-z]+)\b")
# 'the cat visits each walker did in June', 'how many walks did each walker do': 'do' as the verb of the rows, not an auxiliary
DID_AS_ACT = re.compile(
    r"\b(?:each|every|our|the|we|they|you|i|he|she)\s+(?:[a-z_]+\s+)?(?P<did>did)\b(?=\s+(?:in|between|during|on|from|over|since|last|this|before|after|so|altogether|in\s+total|each|every|per)\b|\s*(?:[,.?!;:]|$))"
    r"|\bdid\s+(?:each|every|the|our|we|they|you|i)\s+(?:[a-z_]+\s+)?(?:actually\s+|really\s+)?(?P<do>do)\b"
)


def _says(names: list[str], words: set[str]) -> bool:
    """Does a code's name say one of `words`, not negated ('C = confirmed, not done yet' says nothing done)?"""
    return any(re.search(rf"(?<![\w-])(?<!not\s)(?<!never\s){re.escape(w)}(?![\w-])", name.lower()) for name in names for w in words)


def _first_says(names: list[str], words: set[str]) -> bool:
    """Does a code's name open with one of `words` ('C = confirmed', 'P = provisional (no deposit yet)')?"""
    return any(re.match(rf"\s*{re.escape(w)}(?![\w-])", name.lower()) for name in names for w in words)


def happened_codes(table: CatalogTable | None) -> tuple[str, list[str], list[str]] | None:
    """(column, codes that happened, codes called off) of the one status of `table` whose legend names both ('D = done,
    X = cancelled, N = no-show, B = booked'): what 'the lessons that went ahead' keeps, with no flag to say it."""
    found = []
    for column in table.columns if table else ():
        done = [code for code, names in column.value_names.items() if _says(names, HAPPENED_NAMES)]
        off = [code for code, names in column.value_names.items() if _says(names, CALLED_OFF_NAMES) and code not in done]
        if done and off:
            found.append((column.name, done, off))
    return found[0] if len(found) == 1 else None


def went_ahead_codes_said(text: str, table: CatalogTable | None) -> list[tuple[tuple[int, int], str, list[str] | None]]:
    """(span, status column, codes kept) for each 'went ahead' / 'actually taught' said of rows whose status legend says
    which happened, where no yes/no column marks the called-off ones: the codes that happened; said negated, those called
    off where every other code happened (None where some code is neither: which is meant is not told)."""
    if went_ahead_said(text, table) or not (coded := happened_codes(table)):
        return []
    column, done, off = coded
    every = set(table.column(column).value_names) | {v.strip() for v in table.column(column).known_values()}  # (a code with no name is neither)
    undone = off if set(done) | set(off) == every else None  # ('B = booked' is neither: 'did not go ahead' is not told)
    said = [(m.span(), done if not m["neg"] else undone) for m in WENT_AHEAD.finditer(text)]
    plain = [code for code in done if any(name.lower() in HAPPENED_NAMES for name in table.column(column).value_names.get(code, []))]
    said += [(m.span(), done) for m in ACTUALLY_DONE.finditer(text) if is_past_verb(m["verb"]) and (plain or _says([n for c in done for n in table.column(column).value_names.get(c, [])], {m["verb"]}))]
    # ('students who actually flew' of 'C = course completed': the students' outcome, no flight said to have happened)
    ahead = {code for code in every if NOT_HAPPENED.search(legend_entry(table.column(column), code).lower())}  # 'B = booked, not happened yet'
    ahead |= {code for code in every - set(done) - set(off) if _first_says(table.column(column).value_names.get(code, []), AHEAD_NAMES)}  # 'P = provisional'
    if set(done) | set(off) | ahead == every and plain:
        said += [(m.span("did" if m["did"] else "do"), done) for m in DID_AS_ACT.finditer(text)]  # ('D = done, X = cancelled', 'P = played,
        # K = confirmed, C = cancelled'; never where 'R = returned to the customer' is a later stage of a done job)
    return [(span, column, codes) for span, codes in said]


def read_went_ahead(p: Parse) -> None:
    """'birthday parties that actually went ahead' where sessions have `is_cancelled`: the rows not called off; where a
    status says it ('D = done, X = cancelled'), the rows of the codes that happened."""
    main = p.catalog.table(p.intent.main_table) if p.intent.main_table else None
    for span, column, went in went_ahead_said(p.text, main):
        state = Condition(column=f"{p.intent.main_table}.{column}", op="is_false" if went else "is_true")
        p.intent.conditions += [state] if state not in p.intent.conditions else []
        blank(p, *span)
    for span, column, codes in went_ahead_codes_said(p.text, main):
        qualified = f"{main.name}.{column}"
        if codes is None:
            continue  # (coverage names the phrase)
        if not any(c.column == qualified for c in p.intent.conditions):
            p.intent.conditions.append(Condition(column=qualified, op="=", value=codes[0]) if len(codes) == 1 else Condition(column=qualified, op="in", value=codes))
        blank(p, *span)


NEGATED_ACT = re.compile(r"^(?:did\s+not|didn't|never|not)\s+([a-z]+)$")
NEGATED_IN_ENTRY = re.compile(r"\((?:did\s+not|didn't|never)\s+([a-z]+)\)")  # 'A = sent apologies (did not attend)'


def read_act_not_undone(p: Parse, linking: bool = False) -> None:
    """'members who started more than 12 races' where each entry's result says 'N = did not start': the entries of
    every other result, the ones that started. Only where no other code says it has not happened yet. `linking`: of the
    rows that link the rows read to what they are grouped by ('members who turned up to each meeting' where an attendance
    says 'A = sent apologies (did not attend)'), read once the groups are known."""
    main = p.catalog.table(p.intent.main_table) if p.intent.main_table else None
    tables = _linking_tables(p, main) if linking else [main] if main else []
    said = [(match, act) for match in re.finditer(r"[a-z]+", p.text) for act in _acts_said(p.text, match)]
    typed = _phrasal_acts_said(p.original) if linking else set()  # ('turned up', read already as another table's 'arrived')
    for table in tables:
        for column in table.columns:
            undone = {code: act for code, names in column.value_names.items() for name in names if (done := NEGATED_ACT.match(name.lower().strip())) and (act := verb_lemma(done[1]))}
            undone |= {code: act for code in column.value_names if code not in undone and (done := NEGATED_IN_ENTRY.search(legend_entry(column, code).lower())) and (act := verb_lemma(done[1]))}
            if len(undone) != 1 or any(NOT_HAPPENED.search(legend_entry(column, code).lower()) for code in column.value_names if code not in undone):
                continue
            (code, act), = undone.items()
            if any(verb_lemma(w) == act for other, names in column.value_names.items() if other != code for name in names for w in re.findall(r"[a-z]+", name.lower())):
                continue  # 'B = boarded, N = did not board': 'boarded' is the code said, the value reading's
            qualified = f"{table.name}.{column.name}"
            for match, acted in said:
                before = p.text[: match.start()].split()[-1:]
                if acted == act and before not in (["not"], ["never"], ["didn't"], ["n't"]):
                    if not any(c.column == qualified for c in p.intent.conditions):
                        p.intent.conditions.append(Condition(column=qualified, op="!=", value=code))
                    blank(p, *match.span())
            if act in typed and not any(c.column == qualified for c in p.intent.conditions):
                p.intent.conditions.append(Condition(column=qualified, op="!=", value=code))


def _acts_said(text: str, match: re.Match) -> tuple[str, ...]:
    """The acts a past verb says, itself or with the particle after it ('turned up': attend, arrive, appear)."""
    if not is_past_verb(match[0]) or not (act := verb_lemma(match[0])):
        return ()
    particle = re.match(r"\s+([a-z]+)", text[match.end() :])
    return (act, *(PHRASAL.get((act, particle[1]), ()) if particle else ()))


def _phrasal_acts_said(original: str) -> set[str]:
    """The acts the phrasal verbs of the request as typed say ('turned up': attend, arrive, appear), none negated."""
    text = original.lower().replace("’", "'")
    pairs = re.finditer(r"\b(?P<verb>[a-z]+)\s+(?=(?P<particle>[a-z]+)\b)", text)
    return {act for m in pairs if not re.search(r"(?:\bnot|\bnever|n't)\s+$", text[: m.start()]) and (verb := verb_lemma(m["verb"])) for act in PHRASAL.get((verb, m["particle"]), ())}


def _linking_tables(p: Parse, main: CatalogTable | None) -> list[CatalogTable]:
    """The tables the rows read pass through to reach the tables of their groups (a member's attendances at meetings)."""
    if main is None:
        return []
    linking = []
    for key in p.intent.group_by:
        try:
            hops = join_path(p.catalog, main.name, key.column.split(".")[0])
        except (NoJoinPath, AmbiguousJoin):
            continue
        linking += [p.catalog.table(hop.table) for hop in hops[:-1] if hop.table not in (main.name, *(t.name for t in linking))]
    return linking


def read_happened(p: Parse) -> None:
    """Append `not_null` (it happened) or `is_null` (it has not) on the event's column."""
    for pattern in (STATE_AFTER, STATE_BEFORE):  # 'open tasks', 'tasks that are still open'
        for match in list(pattern.finditer(p.text)):
            table = resolve_table(p.catalog, match["noun"])
            if table == p.intent.main_table and not _a_value_of(p, table, match["state"]) and (column := _unhappened(p, table, match["state"])):
                if not any(c.column == f"{table}.{column}" for c in p.intent.conditions):
                    p.intent.conditions.append(Condition(column=f"{table}.{column}", op="is_null"))
                blank(p, match.start("state"), match.end("state"))
    for pattern in (AFTER_NOUN, BEFORE_NOUN, REDUCED_RELATIVE):
        for match in list(pattern.finditer(p.text)):
            if not is_past_verb(match["verb"]):
                continue  # ('tasks that are open': a state, read above; 'vouchers nobody has spent' is an act, irregular or not)
            if pattern is REDUCED_RELATIVE and re.search(r"\b(?:get|gets|getting|got|have|has|having|had|to)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$", p.text[: match.start()]):
                continue  # 'from placing the order to getting the job finished': an act measured, no state of the rows
            table = resolve_table(p.catalog, match["noun"])
            excluded = negation_before(p.text[: match.start("noun") if pattern is AFTER_NOUN else match.start()])
            if match["noun"] in ("ones", "those") and excluded:
                table = p.intent.main_table  # 'tickets sold, excluding the ones we refunded': the rows read, those without the act
            if pattern is AFTER_NOUN and table != p.intent.main_table and (owner := re.search(r"\b([a-z_]+)\s+(?:of|on|in|at)\s+(?:the\s+|their\s+|our\s+)?$", p.text[: match.start()])):
                table = resolve_table(p.catalog, owner[1]) or table  # 'complaints of customers which are not closed', 'every fault on
                # the rooms that still hasn't been fixed': the complaints, the faults
            if table != p.intent.main_table or _a_value_of(p, table, match["verb"]):
                continue  # 'completed trips' where a status holds 'completed': the value reading's
            if pattern is AFTER_NOUN and match["we"] and not match["neg3"] and re.match(r"\s+(?:in|on|during|over|through|throughout|within|last|this|since|between|before|after|from|until|till|each|every|per)\b", p.text[match.end() :]):
                continue  # 'jobs we received last month': when, read as a period of that date (no state)
            if not (column := _stamp(p, table, match["verb"], match["particle"])):
                continue
            negated = bool(match.groupdict().get("neg") or (pattern is AFTER_NOUN and (match["neg2"] or match["neg3"])))
            op = "is_null" if negated != bool(excluded) else "not_null"  # ('excluding the ones who did not show up': those who did)
            if any(c.column == f"{table}.{column}" for c in p.intent.conditions):
                continue
            p.intent.conditions.append(Condition(column=f"{table}.{column}", op=op))
            if pattern is BEFORE_NOUN:
                blank(p, start_of_the_negated(excluded, match.start()), match.end("noun") if excluded else match.start("noun"))  # ('excluding
                # refunded tickets': the rows read, said again, are no other thing listed)
            else:
                blank(p, start_of_the_negated(excluded, match.end("noun")), match.end())
    for match in list(BRACKETED_STATE.finditer(p.text)):  # 'among toys we've still got (not retired)': said of the rows read
        table = p.intent.main_table
        if not is_past_verb(match["verb"]) or not table or _a_value_of(p, table, match["verb"]) or not (column := _stamp(p, table, match["verb"], match["particle"])):
            continue
        if not any(c.column == f"{table}.{column}" for c in p.intent.conditions):
            p.intent.conditions.append(Condition(column=f"{table}.{column}", op="is_null" if match["neg"] else "not_null"))
            blank(p, match.start("neg") if match["neg"] else match.start("verb"), match.end("verb") if not match["particle"] else match.end("particle"))
    for match in list(WHERE_CLAUSE.finditer(p.text)):
        if not is_past_verb(match["verb"]):
            continue  # ('where the money has gone out': any participle, irregular too)
        table = p.intent.main_table
        column = _stamp(p, table, match["verb"], match["particle"]) if table and p.catalog.table(table) else None
        if not column or _a_value_of(p, table, match["verb"]) or any(c.column == f"{table}.{column}" for c in p.intent.conditions):
            continue
        stamp, subject = p.catalog.table(table).column(column), singular(match["subject"])
        passive = match["subject"] in ("we", "it", "they") and match["aux"] in ("was", "were", "got", "get", "gets")  # 'entries where we got
        # placed': the rows' own state, said of who entered them
        if not passive and resolve_table(p.catalog, match["subject"]) != table and act_patient(stamp, (verb_lemma(match["verb"]) or "") + (match["particle"] or "")) != subject:
            continue  # 'where the member was reserved' of a `res_ts` 'when the member reserved the tool': not what it records
        p.intent.conditions.append(Condition(column=f"{table}.{column}", op="is_null" if match["neg"] else "not_null"))
        yet = re.match(r"\s+yet\b", p.text[match.end() :])
        blank(p, match.start(), match.end() + (yet.end() if yet else 0))  # the clause whole: its subject ('whose deposit has not been
        # received yet') is no payment of a kind 'deposit'
