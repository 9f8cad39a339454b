"""Ratios, shares and percentages: 'orders per customer', 'the share of each category in revenue',
'what percentage of loans were lost', rates of a flag."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import Catalog, CatalogTable, Condition, MeasureIntent
from ai_etl.catalog.comments import yes_phrases
from ai_etl.language.conditions import clause_conditions
from ai_etl.language.grouping import group_key
from ai_etl.language.reading import (
    SHARE_WITHIN,
    SHARE_WORD,
    Parse,
    blank,
    column_of,
    event_column_of,
    consume,
    is_numeric,
    numeric_owner,
    reachable,
    resolve_table,
)
from ai_etl.language.references import labels_of_named_reference, reference_column
from ai_etl.language.request_text import FUNCTION_WORDS, snake
from ai_etl.language.spoken import is_noun, is_past_verb, lemma, spoken_words, verb_lemma
from ai_etl.language.value_conditions import flag_statement_names
from ai_etl.language.years import PERIOD_WORDS

RATIO = re.compile(
    r"\b(?:the\s+)?(?:ratio|proportion|share|fraction)\s+of\s+(?P<num>.+?)\s+(?:to|versus|vs\.?|compared\s+(?:to|with)|out\s+of)\s+"
    r"(?P<den>.+?)(?=\s+(?:in|for|within|among|across|overall|per|by)\b|[?.!,;]|$)"
)


def read_ratio(p: Parse) -> None:
    """'the ratio of restaurants with a rating above 4 to restaurants with a rating below 4',
    'the share of Italian restaurants out of all restaurants': two counts of one table's rows, each
    side's conditions read on their own. Anything else about a ratio is left to the coverage check."""
    match = RATIO.search(p.text)
    if not match:
        return
    measured = [_measured_side(p.catalog, part) for part in (match["num"], match["den"])]
    if any(measured) and not all(measured):  # 'of the United States to the population of California': the same rows' number
        known = next(m for m in measured if m)
        measured = [m or _measured_side(p.catalog, part, known[0]) for m, part in zip(measured, (match["num"], match["den"]))]
    if any(measured):  # 'the length of the Mississippi to the length of the Rhine': one column, summed on each side
        if measured[0] != measured[1]:
            return
        sides = [measured[0][0]] * 2
    else:
        sides = []
        for part in (match["num"], match["den"]):
            table = next(_tables_named(p.catalog, part), None)
            if table is None:
                return
            sides.append(table)
    if sides[0] != sides[1]:
        _quotient_of_counts(p, match, *sides)
        return
    table = sides[0]

    def side_conditions(part: str) -> list[Condition]:
        return clause_conditions(p, part, table).intent.conditions

    conditions = [side_conditions(match["num"]), side_conditions(match["den"])]
    end = match.end()
    rest = re.match(r"[^?.!;]*", p.text[match.end("den") :])[0]
    if rest.strip():  # 'businesses in California to businesses in New York': the den's own 'in ...' like the num's
        longer = side_conditions(match["den"] + rest)
        said_both = {c.column for c in conditions[0]} & {c.column for c in longer} - {c.column for c in conditions[1]}
        if said_both:
            conditions[1], end = longer, match.end("den") + len(rest)
    everything = re.match(r"\s*(?:the\s+)?(?:total\s+number\s+of\s+|number\s+of\s+)?all\b|\s*(?:the\s+)?total\b", match["den"])
    if not conditions[0] or not (conditions[1] or everything):
        return  # a side whose rows the request does not say
    p.intent.main_table = table
    column = f"{table}.{measured[0][1]}" if measured[0] else None
    p.intent.measures.append(MeasureIntent(function="ratio", name="ratio", column=column, numerator=conditions[0], denominator=conditions[1] or None))
    blank(p, match.start(), end)


def _quotient_of_counts(p: Parse, match: re.Match, counted: str, per: str) -> None:
    """'the ratio of authors to organizations (by continent)': how many of each, counted by their
    identifiers, and one over the other, where one table refers to the other (the rows are joined
    keeping those with no match: an organization without authors still counts). Which table the rows
    start from is settled once the grouping is known (`read_quotient_base`)."""
    if any(re.search(r"\b(?:with|whose|where|that|which|who)\b", side) for side in (match["num"], match["den"])):
        return  # a side with its own condition is not read here (coverage names it)
    linked = reference_column(p.catalog, counted, per) or reference_column(p.catalog, per, counted)
    ids = [p.catalog.table(counted).identifier, p.catalog.table(per).identifier]
    if not linked or None in ids:
        return  # 'publications to authors' (through a link table, or no key to count by): not one pipeline's rows
    names = [snake(f"{counted}_count"), snake(f"{per}_count")]
    p.intent.main_table = counted
    p.intent.measures += [
        MeasureIntent(function="count_distinct", column=f"{counted}.{ids[0]}", name=names[0]),
        MeasureIntent(function="count_distinct", column=f"{per}.{ids[1]}", name=names[1]),
        MeasureIntent(function="quotient", column=f"{names[0]} / {names[1]}", name="ratio"),
    ]
    consume(p, match)


TOTALS_DIVIDED = re.compile(r"\btotal\s+[a-z_]+(?:\s+[a-z_]+)?\s+(?:divided\s+by|over)\s+(?:the\s+)?total\s+[a-z_]+")


def read_quotient_of_totals(p: Parse) -> None:
    """'total invoiced divided by total quoted': the two sums read as measures, and the first over the second."""
    sums = [m for m in p.intent.measures if m.function == "sum"]
    if len(sums) != 2 or not TOTALS_DIVIDED.search(p.normalized or p.text) or any(m.function == "quotient" for m in p.intent.measures):
        return
    p.intent.measures.append(MeasureIntent(function="quotient", column=f"{sums[0].name} / {sums[1].name}", name="ratio"))


def read_quotient_base(p: Parse) -> None:
    """A quotient of two tables' counts grouped by a column of the other table starts from that table:
    'authors to organizations by continent' reads organizations (each one counted, authors or not)."""
    quotient = next((m for m in p.intent.measures if m.function == "quotient"), None)
    if quotient is None or not p.intent.group_by:
        return
    tables = {m.column.split(".")[0] for m in p.intent.measures if m.function == "count_distinct" and m.name in quotient.column.split(" / ")}
    grouped = {g.column.split(".")[0] for g in p.intent.group_by}
    if len(grouped) == 1 and (other := grouped & tables - {p.intent.main_table}):
        p.intent.main_table = other.pop()


def _tables_named(catalog: Catalog, phrase: str):
    """The tables the spans of a phrase name, longest spans first."""
    words_ = phrase.split()
    spans = (" ".join(words_[i : i + n]) for n in range(len(words_), 0, -1) for i in range(len(words_) - n + 1))
    return (t for span in spans if (t := resolve_table(catalog, span)))


def _measured_side(catalog: Catalog, part: str, other_side: str | None = None) -> tuple[str, str] | None:
    """'the population of California': (table, numeric column) of a ratio's side that names a column of
    some rows; the table is the one the rest names, else the only one with such a column, else the
    table the other side measures."""
    said = re.match(r"\s*(?:the\s+)?(?:total\s+)?(?P<col>[a-z_]+(?:\s+[a-z_]+)?)\s+of\s+(?P<rest>.+)", part)
    if not said:
        return None
    tables = list(_tables_named(catalog, said["rest"])) or [numeric_owner(catalog, said["col"]) or other_side]
    for table in filter(None, tables):
        if (column := column_of(catalog.table(table), said["col"])) and is_numeric(catalog.table(table).column(column).type):
            return table, column
    return None


SHARE = re.compile(
    r"\b(?:the\s+)?(?P<kind>percentage|percent|share|proportion|fraction|ratio)\s+of\s+(?:the\s+)?(?:total\s+)?(?:number\s+of\s+)?"
    r"(?P<what>[a-z_]+(?:\s+[a-z_]+)?)\s+(?:in\s+each|for\s+each|in\s+every|per|by)\s+(?P<group>[a-z_]+(?:\s+[a-z_]+)?)"
    r"(?:\s+(?:to|out\s+of|compared\s+to|versus|of)\s+(?:the\s+)?(?:total\s+|overall\s+)?(?:number\s+of\s+)?(?:all\s+)?(?P<whole>[a-z_]+)"
    r"(?:\s+in\s+the\s+database|\s+overall|\s+in\s+total)?)?"
)


PERCENT_OF = re.compile(
    r"\b(?:the\s+)?(?P<kind>percentage|percent|share|proportion|fraction)\s+of\s+(?:(?:the|all|its|their|our)\s+){0,2}(?:(?P<year>(?:19|20)\d\d)\s+)?"
    r"(?P<what>[a-z_]+(?:-[a-z_]+)*)\s+(?P<cond>(?:(?:in|at|for|from)\s+each\s+[a-z_]+\s+|per\s+[a-z_]+\s+)?"  # the group may come first: 'of loans in each branch were lost'
    r"(?:(?:who|that|which|are|is|were|was)\s+[^?.;,]+|(?!in\b|for\b|per\b|by\b|of\b|to\b)[a-z]+(?:\s+[^?.;,]+)?"  # ('of certificates failed')
    r"|(?:in|for|at|from|on|during)\s+(?!each\b|every\b)[^?.;,]+?\s+(?:(?:were|was|are|is|got|have\s+been|has\s+been|had\s+been)\s+[^?.;,]+|[a-z]+ed\b[^?.;,]*)))"
)  # ('of the tickets for our 2025 performances were never scanned': which tickets, then what of them; 'of the tastings in 2025
# converted': a past verb alone)


# 'what percentage of all tickets does each tier account for', 'what share of the shipments did each carrier handle'
# (read as 'each carrier handled': `without_do_support`)
SHARE_OF_EACH = re.compile(
    r"\b(?:the\s+)?(?P<kind>percentage|percent|share|proportion|fraction)\s+of\s+(?:the\s+)?(?:all\s+)?(?:the\s+)?(?P<what>[a-z_]+)\s+"
    r"(?:(?:does|do|did)\s+)?each\s+(?P<group>[a-z_]+(?:\s+[a-z_]+)??)\s+(?P<verb>account\s+for|make\s+up|[a-z]+)\b"
)


# 'the share of each carrier in shipments', 'each carrier's share of the shipments': the group said first
SHARE_OF_THE_GROUP = re.compile(
    r"\b(?:(?P<kind>percentage|percent|share|proportion|fraction)\s+of\s+each\s+(?P<group>[a-z_]+(?:\s+[a-z_]+)?)\s+(?:in|of|among|within)"
    r"|each\s+(?P<group2>[a-z_]+)(?:['’]s?)?\s+(?P<kind2>percentage|share|proportion|fraction)\s+of)\s+(?:the\s+|all\s+|our\s+)*(?P<what>[a-z_]+)\b"
)


def _share_of_each(text: str) -> re.Match | None:
    """SHARE_OF_EACH where the word after the group is a verb (the act relating each group to the rows)."""
    for match in SHARE_OF_EACH.finditer(text):
        verb = match["verb"].split()[0]
        if " " in match["verb"] or verb in ("represent", "hold", "have", "get") or is_past_verb(verb) or verb_lemma(verb) == verb:
            return match
    return None


def flags_rated(p: Parse, tables: list[CatalogTable]) -> list[tuple[re.Match, str]]:
    """'pass rate' over a `passed` column: each '<word> rate' and the one yes/no column of `tables` the word names."""
    found = []
    for match in re.finditer(r"\b([a-z]+)\s+rates?\b", p.text):
        said = lemma(match[1])
        flags = [f"{t.name}.{c.name}" for t in tables for c in t.columns if c.type == "boolean" and said in {lemma(w) for w in spoken_words(c.name)} - {"be", "have"}]
        if len(flags) == 1:
            found.append((match, flags[0]))
    return found


def read_flag_rate(p: Parse) -> None:
    """'the pass rate', 'cancellation rate as a percentage': the share of rows whose yes/no column the word
    names (`passed`, `is_cancelled`), over all rows; in percent where the request says so."""
    tables = [p.catalog.table(p.intent.main_table), *(p.catalog.table(n) for n in reachable(p))]
    for match, flag in flags_rated(p, tables):
        flags = [flag]
        if len(flags) != 1 or any(m.function == "ratio" for m in p.intent.measures):
            continue
        percent = bool(re.search(r"\b(?:percent(?:age)?s?|%)", p.text))
        name = f"{match[1]}_rate" + ("_pct" if percent else "")
        p.intent.measures.append(MeasureIntent(function="ratio", name=name, numerator=[Condition(column=flags[0], op="is_true")], per_hundred=percent))
        consume(p, match)


# 'we actually sent out were accepted', 'booked in 2025 were emergencies': a clause that says which rows (read as it would be
# alone: a condition of all the rows the percentage is of), then the state counted of them
ROWS_CLAUSE = re.compile(
    r"(?P<rows>(?:that\s+|which\s+)?(?:(?:we|they|you|i|our\s+[a-z_]+|the\s+[a-z_]+)\s+(?:[a-z_']+\s+){0,3}?[a-z_]+(?:\s+(?:out|up|off|in))?"
    r"(?:\s+(?:in|on|during|before|after|since|from|between)\s+[^,;]+?)?"  # 'the quotes we sent out in 2025 were accepted': when, of the rows
    r"|(?P<participle>[a-z]+)\s+(?:in|on|at|during|before|after|since|from|between|by|through|over|for)\s+[^,;]+?"
    r"|(?:in|for|at|from|on|during)\s+(?!each\b|every\b)[^,;]+?))\s+"
    r"(?P<state>(?:were|was|are|is|got|have\s+been|has\s+been|had\s+been)\s+.+|[a-z]+ed\b(?!.*\b(?:were|was|are|is)\b).*)$"
)


def _percent_of_rows(p: Parse) -> bool:
    """'what percentage of the employees work remotely (for each office city)': the rows that meet a
    condition over all rows, counted in each group said elsewhere."""
    match = PERCENT_OF.search(p.text)
    table = resolve_table(p.catalog, match["what"]) if match else None
    cond = match["cond"] if match else ""
    two = re.match(r"[a-z_]+", cond)
    kept = qualified = None  # 'of returned loans': the rows counted are the returned ones (read as a condition of all rows later)
    if two and (longer := resolve_table(p.catalog, f"{match['what']} {two[0]}") or _rows_of(p, table, two[0])):
        table, cond = longer, cond[two.end() :].lstrip()  # 'of rent payments ended up ...', 'of bin pickups': the table of two words
    elif table is None and two and match["what"] not in FUNCTION_WORDS:  # ('of reading-room requests are cancelled', 'of first
        # look appointments were no-shows': the words before the rows stay to read)
        words_ = list(re.finditer(r"[a-z_]+", cond))[:2]
        nouns = [w for i, w in enumerate(words_) if not {x[0] for x in words_[: i + 1]} & FUNCTION_WORDS]
        for noun in reversed(nouns):  # the last noun first: 'school trip bookings' are bookings, not trips
            if table := resolve_table(p.catalog, noun[0]):
                kept = qualified = (match.start("what"), match.end("cond") - len(cond) + noun.end())
                cond = cond[noun.end() :].lstrip()
                break
    if table is None:
        return False
    rows_clause = ROWS_CLAUSE.match(cond)  # 'of the quotes we actually sent out were accepted': which quotes, then what of them
    if rows_clause and rows_clause["participle"] and not is_past_verb(rows_clause["participle"]):
        rows_clause = None  # ('of the loans in each branch were lost': the group, read below)
    if rows_clause and qualified:  # 'of first look appointments in 2025 were no-shows': the rows' words and their clause stay
        kept, cond = (qualified[0], match.end("cond") - len(cond) + rows_clause.end("rows")), cond[rows_clause.start("state") :]
    elif rows_clause:
        kept, cond = (match.start("cond"), match.start("cond") + rows_clause.end("rows")), cond[rows_clause.start("state") :]
    grouped = EACH_GROUP.search(cond)  # 'of appointments at each clinic were no-shows': the group stays to be read
    trailing = re.fullmatch(r"\s+([a-z_]+)\s*", cond[grouped.end() :]) if grouped else None
    noun = trailing and is_noun(trailing[1]) and not is_past_verb(trailing[1])  # 'per payment method', not 'at each depot failed'
    periods = PERIODS_OF_A_YEAR.match(cond, grouped.end()) if grouped and grouped[0].split()[-1] in PERIOD_WORDS else None
    span = (grouped.start(), len(cond) if noun else (periods or grouped).end()) if grouped else None  # ('in each month of 2026': of all the rows)
    clause = cond[: span[0]] + cond[span[1] :] if span else cond  # ('... per payment method': the group of two words at the end)
    clause = re.sub(r"\s+(?:rather\s+than|instead\s+of)\s+.*$", "", clause)  # 'estimated rather than actually read': the other rows, said again
    side = clause_conditions(p, without_do_support_of_a_subject(clause), table)
    if not side.intent.conditions or len(_unread_words(side)) > 1:
        return False  # the condition is not read whole: not this reading
    p.intent.main_table = table
    name = {"percent": "percentage"}.get(match["kind"], match["kind"])
    numerator, dated = _rows_own_dates_apart(p.catalog.table(table), side.intent.conditions)
    p.intent.conditions += dated
    p.intent.measures = [MeasureIntent(function="ratio", name=name, numerator=numerator, per_hundred=name == "percentage")]
    start = match.end("cond") - len(cond)
    if span:
        blank(p, start, start + span[0])
        blank(p, start + span[1], match.end())
    else:
        blank(p, start, match.end())
    blank(p, match.start(), kept[0] if kept else start)  # 'what percentage of' (and the rows said: 'returned loans' stays)
    if match["year"]:  # 'of our 2026 tee bookings': the year says which rows, all of them
        p.text = p.text[: match.start("year") - 3] + "in " + match["year"] + p.text[match.end("year") :]  # (over blanks)
    if rows_clause and not qualified:
        blank(p, match.start("what"), match.start("cond"))  # the rows' noun; the clause that says which of them stays
    return True


def _rows_own_dates_apart(table: CatalogTable, conditions: list[Condition]) -> tuple[list[Condition], list[Condition]]:
    """(the numerator's conditions, those on the rows' own date): 'what % of each carer's calls were missed in 2026' is of
    the calls of 2026, never the missed calls of 2026 over the calls of every year; a date of the act said ('paid in 2026'
    of `paid_dt`) stays with it."""
    own = event_column_of(table)
    dated = [c for c in conditions if own and c.column.split(".")[-1] == own]
    return ([c for c in conditions if c not in dated], dated) if len(dated) < len(conditions) else (conditions, [])


# 'of the rentals that were returned, what percentage came back late', 'out of all the quotes each rep has sent, what
# percentage did the customer accept': the rows said first (with what keeps them), what is counted of them after
ROWS_THEN_PERCENT = re.compile(
    r"\b(?:out\s+of|of)\s+(?:all\s+)?(?:the\s+|our\s+|its\s+|their\s+)?(?P<what>[a-z_]+(?:\s+[a-z_]+)?)\b(?P<rows>[^,;:?.]*)[,;:]\s*"
    r"(?:what|which)\s+(?P<kind>percentage|percent|share|proportion|fraction)\s+(?:of\s+(?:them|these|those)\s+)?(?P<cond>[^?.;,]+)"
)


def _rows_then_percent(p: Parse) -> bool:
    """ROWS_THEN_PERCENT: the rows said first stay in the request, read as they would be alone (their conditions
    keep the rows the percentage is of); the clause after 'what percentage' is what is counted of them."""
    match = ROWS_THEN_PERCENT.search(p.text)
    if match is None:
        return False
    words_ = match["what"].split()
    table = resolve_table(p.catalog, match["what"]) or (resolve_table(p.catalog, words_[0]) if len(words_) == 2 else None)
    table = table or (resolve_table(p.catalog, words_[1]) if len(words_) == 2 else None)  # 'the party bookings': the bookings, 'party' a
    if table is None:  # value of theirs, read with the rows
        return False
    side = clause_conditions(p, without_do_support_of_a_subject(match["cond"]), table)
    if not side.intent.conditions or len(_unread_words(side)) > 1:
        return False  # the condition is not read whole: not this reading
    p.intent.main_table = table
    name = {"percent": "percentage"}.get(match["kind"], match["kind"])
    p.intent.measures = [MeasureIntent(function="ratio", name=name, numerator=side.intent.conditions, per_hundred=name == "percentage")]
    blank(p, match.start(), match.start("what"))  # 'out of all the'
    blank(p, match.end("rows"), match.end())  # ', what percentage did the customer accept'; the rows and their clause stay
    return True


# 'what percentage of the harvested weight made grade A', 'percentage of cleared gift value that is gift-aid eligible':
# an amount the rows keep, summed over those that meet a condition, over its sum over all of them
PERCENT_OF_AMOUNT = re.compile(
    r"\b(?P<kind>percentage|percent|share|proportion|fraction)\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|our\s+)?(?:total\s+)?(?P<words>[a-z_ -]+)"
)


def _percent_of_amount(p: Parse) -> bool:
    """PERCENT_OF_AMOUNT: the amount is named by the first words (a state before it, 'cleared', stays to be read as a
    condition of all the rows); the clause after it is what the part summed above the line meets."""
    match = PERCENT_OF_AMOUNT.search(p.text)
    if match is None:
        return False
    said = list(re.finditer(r"[a-z_-]+", match["words"]))
    for n in (3, 2, 1):
        for skip in (0, 1) if n > 1 else (0,):
            amount = " ".join(w[0] for w in said[skip:n])
            if len(said) <= n or resolve_table(p.catalog, amount) or not (table := numeric_owner(p.catalog, amount)):
                continue
            clause = match["words"][said[n].start() :]
            side = clause_conditions(p, without_do_support_of_a_subject(clause), table)
            if not side.intent.conditions or len(_unread_words(side)) > 1:
                continue
            column = column_of(p.catalog.table(table), amount)
            p.intent.main_table = table
            name = {"percent": "percentage"}.get(match["kind"], match["kind"])
            p.intent.measures = [
                MeasureIntent(function="ratio", name=name, column=f"{table}.{column}", numerator=side.intent.conditions, per_hundred=name == "percentage")
            ]
            start = match.start("words")
            blank(p, match.start(), start + (said[skip - 1].end() if skip else said[0].start()))  # 'percentage of the' ('cleared' stays)
            blank(p, start + said[skip].start(), match.end())
            return True
    return False


def without_do_support_of_a_subject(clause: str) -> str:
    """'did the customer accept' -> 'were accepted by the customer': a do-supported verb after a subject said by a
    noun, of rows that are its object (what was accepted), said in the passive the readers of states read."""
    from lemminflect import getAllLemmas, getInflection

    for n in (1, 2, 3):  # the subject's words, then the verb in its base form
        said = re.match(rf"\s*(?:did|do|does)\s+((?:[a-z_]+\s+){{{n}}})([a-z]+)\b", clause)
        if said and said[2] in getAllLemmas(said[2]).get("VERB", ()) and (forms := getInflection(said[2], "VBN")):
            return f"were {forms[0]} by {said[1].strip()}{clause[said.end() :]}"
    return clause


def _rows_of(p: Parse, parent: str | None, noun: str) -> str | None:
    """'bin pickups': the table the second noun names, when its rows refer to the first's (a pickup of a bin)."""
    rows = resolve_table(p.catalog, noun)
    return rows if parent and rows and rows != parent and reference_column(p.catalog, rows, parent) else None


def _unread_words(side: Parse) -> list[str]:
    """The content words of a clause that none of its conditions says: neither a value nor a word of
    the column compared ('have the BLACKOUT restriction code' leaves none)."""
    said = set()
    for condition in side.intent.conditions:
        values = condition.value if isinstance(condition.value, list) else [condition.value]
        said |= {w for v in values if isinstance(v, str) for w in re.findall(r"[a-z0-9]+", v.lower())}
        said |= {lemma(w) for w in spoken_words(condition.column.split(".")[-1])}
        table, _, name = condition.column.partition(".")
        if (owner := side.catalog.table(table)) and (column := owner.column(name)):
            said |= {lemma(w) for v in values for n in column.value_names.get(str(v), ()) for w in re.findall(r"[a-z]+", n.lower())}  # 'C = cancelled by customer'
            if condition.op in ("is_true", "is_false"):  # 'true = resolution SLA breached': 'breached their resolution SLA'
                said |= {lemma(w) for phrase in [*yes_phrases(column.comment), *flag_statement_names(column)] for w in re.findall(r"[a-z]+", phrase.lower())}
    if any(condition.op not in ("=", "in", "is_true", "is_false") for condition in side.intent.conditions):
        said |= COMPARING  # 'made before 2024'
    return [w for w in re.findall(r"[a-z]+", side.text) if w not in FUNCTION_WORDS and not {w, lemma(w), w.removesuffix("ly")} & said]


COMPARING = {"before", "after", "since", "until", "till", "between", "above", "below", "more", "less", "greater", "fewer", "than",
             "least", "earlier", "later", "prior", "exceed", "exceeding", "older", "newer", "higher", "lower", "not"}  # fmt: skip


EACH_GROUP = re.compile(r"\b(?:at|in|on|for|of|from)\s+each\s+[a-z_]+\b|\bper\s+[a-z_]+\b")
PERIODS_OF_A_YEAR = re.compile(r"\s+(?:of|in|during|for)\s+(?:(?:19|20)\d\d|(?:this|last|next)\s+year)\b")  # 'each month of 2026'


def read_share(p: Parse) -> None:
    """'the share of businesses in each state', 'the percentage of orders per region', 'the ratio of
    the number of businesses in each state to the total number of businesses': each group's count
    over the count of all rows (a window over the groups). Only where the rows shared and the whole
    are the same table's."""
    if _percent_of_rows(p) or _rows_then_percent(p) or _percent_of_amount(p):  # 'of loans in each branch were lost': the lost ones
        return  # over each branch's loans
    match = SHARE.search(p.text) or _share_of_each(p.text) or SHARE_OF_THE_GROUP.search(p.text)
    if not match:
        return
    if re.match(r"\s*(?:that|who|which)\s", p.text[match.end() :]) or re.search(r"\b(?:that|who|which)$", match[0]):
        return  # 'of objects per department that are on display': the rows meeting a condition, unread (`_percent_of_rows`)
    said = {k: v for k, v in match.groupdict().items() if v}
    kind, group = said.get("kind") or said.get("kind2"), said.get("group") or said.get("group2")
    words_ = match["what"].split()
    table = next((t for n in range(len(words_), 0, -1) if (t := resolve_table(p.catalog, " ".join(words_[:n])))), None)
    whole = match.groupdict().get("whole")
    if table is None or (whole and resolve_table(p.catalog, whole) != table):
        return
    p.intent.main_table = table
    group_words = group.split()
    found = next(((k, n) for n in range(len(group_words), 0, -1) if (k := group_key(p, " ".join(group_words[:n]), True))), None)
    if found is None:
        p.intent.main_table = None
        return
    key, n = found
    p.intent.group_by = [k for k in (key, *labels_of_named_reference(p, key, " ".join(group_words[:n]))) if k]
    count = snake(f"{table}_count")
    function = "percentage" if kind in ("percentage", "percent") or re.search(r"\bas\s+a\s+percentage\b|\bin\s+percent\b", p.text) else "share"
    p.intent.measures = [MeasureIntent(function="count", name=count), MeasureIntent(function=function, column=count, name=function)]
    group_end = match.end("group" if "group" in said else "group2")
    end = group_end - len(" ".join(group_words[n:])) if n < len(group_words) else match.end()
    blank(p, match.start(), max(end, match.end()) if match.re is SHARE_OF_THE_GROUP else end)


def read_share_within(p: Parse) -> None:
    """'orders by status in each region, with what percentage of that region's orders each status makes
    up': each group's count over the count of the groups that share the outer key (a window per region),
    read where two keys are grouped, one of them said to hold the whole."""
    kind = SHARE_WORD.search(p.text)  # (reading.py: the coverage check reads the same words)
    counts = [m for m in p.intent.measures if m.function == "count"]
    if not kind or len(p.intent.group_by) < 2 or len(counts) != 1 or any(m.function in ("share", "percentage", "ratio") for m in p.intent.measures):
        return
    for match in SHARE_WITHIN.finditer(p.text, kind.end()):
        said = (match["a"] or match["b"]).split()
        outer = next((k for n in range(len(said), 0, -1) if (k := group_key(p, " ".join(said[:n])))), None)
        if outer is None or outer.column not in {g.column for g in p.intent.group_by}:
            continue
        function = "percentage" if kind["kind"] in ("percentage", "percent") else "share"
        name = counts[0].name or "count"
        p.intent.measures.append(MeasureIntent(function=function, column=name, name=function, within=[outer.column]))
        blank(p, kind.start(), match.end())
        return
