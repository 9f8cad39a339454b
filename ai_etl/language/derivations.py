"""Columns derived from others and row-level cleaning: split/parse steps, deduplication (latest per key,
case-insensitive), elapsed times and quotients of two columns."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import Condition, Dedup, Derivation, ParseStep
from ai_etl.language.reading import (
    Parse,
    blank,
    column_of,
    column_type,
    consume,
    event_column_of,
    is_numeric,
    near_tables,
    parent_tables,
    parents_event,
    resolve_column,
    resolve_column_head,
    resolve_column_tail,
    resolve_table,
    stamps_of_event,
)
from ai_etl.language.references import reference_column
from ai_etl.language.request_text import SPOKEN_UNITS, STOP, singular, snake
from ai_etl.language.spoken import is_past_verb, verb_lemma


def read_parse_steps(p: Parse) -> None:
    """'split contact into name and email', 'parse signed as dates', 'amounts with currency signs'."""
    names = r"([a-z_]+(?:\s*(?:,|and)\s*[a-z_]+)+)"
    found: list[ParseStep] = []
    for match in re.finditer(rf"\bsplit\w*\s+(?:the\s+)?([a-z_]+)(?:\s+column)?\s+into\s+{names}", p.text):
        into = re.split(r"\s*,\s*|\s*,?\s*and\s+", match[2])
        kept = next((i for i, name in enumerate(into) if name in STOP or name.endswith("ing")), len(into))
        found.append(ParseStep(column=match[1], kind="split", into=into[:kept]))
        tail = ", ".join(into[kept:])  # give the words after the list back to the other clauses
        consume(p, match)
        if tail:
            p.text = p.text[: match.end()] + " " + tail + p.text[match.end() :]
    for match in re.finditer(rf"\bextract\w*\s+{names}\s+from\s+(?:the\s+)?([a-z_]+)", p.text):
        found.append(ParseStep(column=match[2], kind="split", into=re.split(r"\s*,\s*|\s*,?\s*and\s+", match[1])))
        consume(p, match)
    date = r"\b(?:pars\w*|and|convert\w*)\s+(?:the\s+)?([a-z_]+)(?:\s+column)?\s+(?:as|into|to)\s+(?:a\s+|proper\s+)?dates?\b|\b([a-z_]+)\s+(?:with|in|has|have)\s+mixed\s+(?:date\s+)?formats?"
    for match in re.finditer(date, p.text):
        found.append(ParseStep(column=match[1] or match[2], kind="date"))
        consume(p, match)
    number = (
        r"\b(?:pars\w*|and|convert\w*)\s+(?:the\s+)?([a-z_]+)(?:\s+column)?\s+(?:as|into|to)\s+(?:a\s+)?(?:numbers?|amounts?|decimals?|numeric)"
        r"|\b(?:strip|remove|drop)\w*\s+(?:the\s+)?(?:currency\s+(?:signs?|symbols?)|thousands?\s+separators?)\s+(?:from|in)\s+(?:the\s+)?([a-z_]+)"
    )
    for match in re.finditer(number, p.text):
        found.append(ParseStep(column=match[1] or match[2], kind="number"))
        consume(p, match)
    for step in found:
        names = []
        for name in step.into:  # 'into name and email, parsing ...': the list ends at the next clause
            if name in STOP or name.endswith("ing") or name in ("as", "then"):
                break
            names.append(name)
        step.into = names
        column = resolve_column(p, step.column)
        if column is None:
            p.intent.refusal = f"The request parses '{step.column}', which is not a column of '{p.intent.main_table}'."
            return
        step.column = column
        step.into = [snake(name) for name in step.into if name]
    p.intent.parse = found


LATEST = r"latest|newest|most\s+recent(?:ly)?|last|first|earliest|oldest"


def _latest_per_group(p: Parse) -> None:
    """'the most recent enrollment of every student', 'for each guest, their latest booking', 'for each open
    ticket that waits on the customer, keep just its latest update': of the rows that refer to each thing, the
    one with the latest (or first) event date, kept whole. Names of up to three words ('each season ticket')."""
    names = r"[a-z_]+(?:\s+[a-z_]+){0,2}"
    thing = rf"(?:(?P<made>made|placed|created|added|booked|submitted|filed)\s+)?(?P<thing>{names})"
    patterns = [
        rf"\b(?:the\s+)?(?P<which>{LATEST})\s+{thing}\s+(?:(?:logged|recorded|entered|booked|filed)\s+)?(?:of|for|per|by|from|against|on)\s+(?:each|every|all|the)\s+(?P<group>{names})",
        rf"\b(?:for\s+)?(?:each|every)\s+(?P<group>{names})(?P<clause>\s+(?:that|which|who|whose|with|in)\s[^,.;]+)?,?\s+(?:(?:show|list|give|get|load|return|find|keep)\s+(?:me\s+)?(?:just\s+|only\s+)?)?(?:their|its|his|her|the)\s+(?P<which>{LATEST})\s+{thing}",
        rf"\b(?:each|every)\s+(?P<group>{names})\s+(?P<which>{LATEST})\s+{thing}",  # 'each candidate's most recent application'
    ]
    for pattern in patterns:
        for match in re.finditer(pattern, p.text):
            found = _rows_and_group(p, match)
            if found is None:
                continue
            rows, group, state, reference, when, ends = found
            p.intent.main_table = rows
            earliest = match["which"] in ("first", "earliest", "oldest")
            p.intent.dedupe = Dedup(key=[reference], latest_by=when, earliest=earliest)
            owner, _, name = reference.partition(".")
            if p.catalog.table(owner).column(name).nullable:  # a visit with no season ticket is no season ticket's latest
                p.intent.conditions.append(Condition(column=reference, op="not_null"))
            kept = [(match.start("group") + ends[0], match.end("group")), (match.start("thing") + ends[1], match.end("thing"))]
            if match.groupdict().get("clause"):  # 'that waits on the customer': said of the group's rows, read with the other conditions
                kept.append(match.span("clause"))
            p.text = "".join(
                ch if not match.start() <= i < match.end() or any(a <= i < b for a, b in kept) else " " for i, ch in enumerate(p.text)
            )  # the words read; words of the names left unread stay for the rest of the parser
            if state:  # 'the latest published episode': which rows is read with the other conditions
                at = match.start("thing")
                p.text = p.text[:at] + state + p.text[at + len(state) :]
            return


def _rows_and_group(p: Parse, match: re.Match):
    """The rows and the group a latest-per-group phrase names, the longest names first: (rows, group, a state
    said before the rows' name, the rows' reference to the group, the rows' event column, (group end, thing end))."""
    group_words, thing_words = match["group"].split(), match["thing"].split()
    if found := _rows_and_their_column(p, group_words, thing_words):
        return found
    for g in range(len(group_words), 0, -1):
        group = resolve_table(p.catalog, " ".join(group_words[:g]))
        if group is None:
            continue
        for t in range(len(thing_words), 0, -1):
            said = " ".join(thing_words[:t])
            rows, state = resolve_table(p.catalog, said), None
            if rows is None and t >= 2:  # 'latest published episode'
                rows, state = resolve_table(p.catalog, " ".join(thing_words[1:t])), thing_words[0]
            if rows is None or rows == group:
                continue
            reference = _reference_to(p.catalog, rows, group)
            acted = _act_stamp(p.catalog.table(rows), thing_words[t:t + 1]) if reference else None
            when = (acted or _made_at(p.catalog.table(rows), match["made"]) or event_column_of(p.catalog.table(rows))) if reference else None
            when = f"{rows}.{when}" if when else parents_event(p.catalog, rows, {group}) if reference else None  # (a payslip's: its run's)
            if when:
                ends = (len(" ".join(group_words[:g])), len(" ".join(thing_words[: t + 1])) if acted else len(said))
                return rows, group, state, reference, when, ends
    return None


def _rows_and_their_column(p: Parse, group_words: list[str], thing_words: list[str]):
    """'the most recent charge of each kiln' where no table is of kilns: the rows' own column the group names
    (`kiln_no`), as `_rows_and_group` gives it."""
    for t in range(len(thing_words), 0, -1):
        said = " ".join(thing_words[:t])
        table = p.catalog.table(resolve_table(p.catalog, said) or "")
        if table is None or resolve_table(p.catalog, group_words[0]) not in (None, table.name):
            continue  # (a table of the group's own: `_rows_and_group`)
        for g in range(len(group_words), 0, -1):
            named = " ".join(group_words[:g])  # 'each kiln' of kiln charges: their `kiln_no`
            column = next((c for n in (named, f"{named} number", f"{named} code") if (c := column_of(table, n))), None)
            if column and column not in (table.primary_key or [table.identifier]) and (when := event_column_of(table)):
                return table.name, None, None, f"{table.name}.{column}", f"{table.name}.{when}", (len(" ".join(group_words[:g])), len(said))
    return None


def _reference_to(catalog, rows: str, group: str) -> str | None:
    """`table.column` by which each row belongs to one `group` row: its own reference, else its one parent's ('each
    customer's latest payment' where a payment refers to a bill of the customer)."""
    if own := reference_column(catalog, rows, group):
        return f"{rows}.{own}"
    through = [f"{parent}.{ref}" for parent in parent_tables(catalog, rows) if (ref := reference_column(catalog, parent, group))]
    return through[0] if len(through) == 1 else None


def _act_stamp(table, following: list[str]) -> str | None:
    """'the most recent sample received': the one stamp recording the act the participle after the rows says
    (`rcv_ts`), which orders them; not a status 'received' they are in."""
    if not following or not is_past_verb(following[0]) or not (act := verb_lemma(following[0])):
        return None
    stamps = stamps_of_event(table, act)
    return stamps[0] if len(stamps) == 1 else None


def _made_at(table, verb: str | None) -> str | None:
    """'their most recently made booking': when the row was made (`booked_at`, `created_at`), not another date of it."""
    if not verb:
        return None
    stamps = [c.name for c in table.columns if c.type == "date" or c.type.startswith("timestamp")]
    named = [c for c in stamps if c.startswith(verb)] or [c for c in stamps if is_past_verb(c.split("_")[0]) and not c.startswith(("updated", "modified"))]
    return named[0] if len(named) == 1 else None  # `booked_at`, `created_at`: the one stamp named for an act


def read_dedupe(p: Parse) -> None:
    _latest_per_group(p)
    if p.intent.dedupe:
        return
    match = re.search(r"\b(?:de-?duplicat\w*|dedup\w*|remove duplicates?|unique)\b[^.;]*?\bby\s+(?:the\s+)?([a-z_]+(?:\s+[a-z_]+)?)", p.text)
    if not match:
        return
    key = resolve_column(p, match[1].split()[0]) or resolve_column(p, match[1])
    if key is None:
        return
    insensitive = bool(CASE_INSENSITIVE.search(p.text))
    latest = None
    if re.search(r"most recent(?:ly)? updated|last updated|latest update|most recent update|newest update", p.text):
        latest = resolve_column(p, "updated_at")
    elif re.search(r"\b(latest|newest|most recent|last)\b", p.text):
        latest = resolve_column(p, "updated_at") or resolve_column(p, "created_at")
    elif re.search(r"\b(oldest|first|earliest)\b", p.text):
        latest = None
    p.intent.dedupe = Dedup(key=[key], case_insensitive=insensitive, latest_by=latest)
    consume(p, match)


CASE_INSENSITIVE = re.compile(
    r"ignor\w* (?:the )?(?:letter )?case|case[- ]insensitive\w*|regardless of (?:letter )?case|any case"
    r"|differ\w*\s+only\s+(?:in|by)\s+(?:upper\s*(?:/|or|and)?\s*lower|lower\s*(?:/|or|and)?\s*upper|letter)?\s*case"
)


def read_derivations(p: Parse) -> None:
    word2 = r"([a-z_-]+(?:\s+[a-z_-]+)?)"  # ('the per-letter price')
    for match in re.finditer(rf"{word2}\s+(?:times|multiplied by|x|\*)\s+(?:the\s+|its\s+|their\s+|each\s+)?{word2}", p.text):
        left = resolve_column_tail(p, match[1])
        right = resolve_column_head(p, match[2])
        if left and right:
            named = re.search(r"\b(?:with|add(?:ing)?)\s+(?:an?\s+|the\s+)?([a-z_]+(?:\s+[a-z_]+)?)\s+column\b", p.text)
            name = snake(named[1]) if named else f"{left.split('.')[1]}_x_{right.split('.')[1]}"
            p.intent.derive.append(Derivation(function="multiply", columns=[left, right], name=name))
            consume(p, match)
            if named:
                consume(p, named)
    _elapsed(p)
    _late_by(p)
    _quotients(p)
    functions = {"lower": r"lower ?cased?|in lower ?case|to lower ?case", "upper": r"upper ?cased?|in upper ?case|to upper ?case",
                 "trim": r"trimmed|stripped|without\s+(?:the\s+|any\s+)?(?:(?:stray|extra|surrounding|leading|trailing|and|or)[\s/]+)*(?:white)?spaces?"}  # fmt: skip
    def replace(function: str, column: str) -> None:
        if not any(d.function == function and d.columns == [column] for d in p.intent.derive):
            p.intent.derive.append(Derivation(function=function, columns=[column], name=column.split(".")[1]))

    said = "|".join(f"(?:{w})" for w in functions.values())
    for match in re.finditer(rf"\b([a-z_]+(?:\s+[a-z_]+)?)\s+((?:(?:{said})(?:\s*,\s*|\s+and\s+)?)+)", p.text):
        words_ = match[1].split()  # 'the common name trimmed and lowercased': each, in the order said
        column = resolve_column(p, match[1]) or resolve_column(p, words_[-1])
        said_functions = sorted((m.start(), function) for function, words in functions.items() for m in re.finditer(rf"\b(?:{words})", match[2]))
        for _, function in said_functions if column else ():
            replace(function, column)
    for function, words_ in functions.items():
        verb = {"lower": "lowercase", "upper": "uppercase", "trim": "trim"}[function]
        for match in re.finditer(rf"\b{verb}d?\s+(?:the\s+|all\s+)?([a-z_]+)", p.text):
            if column := resolve_column(p, match[1]):
                replace(function, column)


ELAPSED = re.compile(
    r"\bhow\s+(?:many\s+(?P<unit>minutes|hours|days|weeks|months|years)|long)\b[^?.;]*?\bfrom\s+(?:the\s+|its\s+|their\s+)?(?P<a>[a-z_]+(?:\s+date)?)"
    r"\s+(?:to|until|till)\s+(?:the\s+|its\s+|their\s+)?(?P<b>[a-z_]+(?:\s+date)?)"
)


ELAPSED_UNITS = {"minutes": "minute", "hours": "hour", "days": "day", "weeks": "week", "months": "month", "years": "year"}


def _elapsed(p: Parse) -> None:
    """'how many days did each project run, from start to end': per row, the whole units from one of
    its dates to another ('start' is `start_date`)."""
    match = ELAPSED.search(p.text)
    main = p.catalog.table(p.intent.main_table)
    if not match:
        return
    dates = []
    for said in (match["a"], match["b"]):
        column = column_of(main, said) or column_of(main, f"{said.removesuffix(' date')} date")
        if not column or not main.column(column).type.startswith(("date", "timestamp")):
            return
        dates.append(f"{main.name}.{column}")
    unit = ELAPSED_UNITS.get(match["unit"] or "days", "day")
    p.intent.derive.append(Derivation(function="elapsed", columns=dates, name=f"{unit}s", unit=unit))
    blank(p, match.start("a"), match.end())
    if match["unit"]:  # 'how many days' is the derived number, not a count of rows
        blank(p, match.start(), match.end("unit"))


LATE_BY = re.compile(r"\b(?:(?:by\s+)?how\s+many\s+|the\s+(?:number\s+of\s+)?)?(?P<unit>minutes|hours|days|weeks)\s+(?P<how>late|early|overdue|behind|ahead)\b")


def _late_by(p: Parse) -> None:
    """'paid after its due date, how many days late': per row, the whole units from the date it is compared with to
    its own (`pd_dt > due_dt` -> the days from `due_dt` to `pd_dt`); 'early' the other way."""
    match = LATE_BY.search(p.text)
    compared = [c for c in p.intent.conditions if c.other and c.op in (">", "<") and column_type(p, c.column).startswith(("date", "timestamp"))]
    if not match or len(compared) != 1:
        return
    condition, early = compared[0], match["how"] in ("early", "ahead")
    later, sooner = (condition.column, condition.other) if condition.op == ">" else (condition.other, condition.column)
    if early != (condition.op == "<"):
        return  # 'paid after the due date, how many days early': not the gap the comparison keeps
    unit = ELAPSED_UNITS[match["unit"]]
    columns = [later, sooner] if early else [sooner, later]
    p.intent.derive.append(Derivation(function="elapsed", columns=columns, name=f"{match['unit']}_{'early' if early else 'late'}", unit=unit))
    blank(p, *match.span())


QUOTIENT = re.compile(
    r"\b(?P<said>(?:the\s+)?(?:ratio|proportion|quotient)\s+of\s+(?:the\s+)?(?:each\s+)?)?(?P<x>[a-z_]+(?:\s+[a-z_]+)?)\s+"
    r"(?P<by>to|over|per|divided\s+by|relative\s+to|in\s+relation\s+to)\s+(?:the\s+|its\s+|their\s+|each\s+|every\s+|a\s+|an\s+)?"
    r"(?P<y>[a-z_]+(?:\s+[a-z_]+)?)"
)


def _quotients(p: Parse) -> None:
    """'the population per area', 'the ratio of wins to games', 'a city population relative to the state':
    one number of a row over another of the same row (or of a row it refers to: 'the state' there is
    the state's population). 'Revenue per customer' is no such thing: a table or a key is a grouping."""
    for match in list(QUOTIENT.finditer(p.text)):
        if match["by"] in ("to", "over") and not match["said"]:
            continue  # 'load orders to ClickHouse'
        host = _table_with_both(p, match["x"], match["y"]) if not _column_in_unit(p, match["y"]) else None
        if host and host != p.intent.main_table and not _has_column(p, p.intent.main_table, match["y"]):
            p.intent.main_table = host  # 'the population per area of each state': the state's two numbers
        above = resolve_column_tail(p, match["x"])
        below = _number_column(p, match["y"], above)
        if not above or not below or not _plain_number(p, above):
            continue
        name = "ratio" if match["said"] else f"{above.split('.')[1]}_per_{below.split('.')[1]}"
        p.intent.derive.append(Derivation(function="divide", columns=[above, below], name=name))
        consume(p, match)


def _number_column(p: Parse, phrase: str, above: str | None) -> str | None:
    """The numeric column a quotient divides by: one named ('area'), or the same number of the table
    named ('relative to the state': the state's population)."""
    words_ = phrase.split()
    if table := resolve_table(p.catalog, phrase) or resolve_table(p.catalog, words_[0]):
        same = above and column_of(p.catalog.table(table), above.split(".")[1].removeprefix(f"{singular(above.split('.')[0])}_"))
        if same and table != above.split(".")[0]:
            return f"{table}.{same}" if _plain_number(p, f"{table}.{same}") else None
        if len(words_) == 1:
            return None  # 'per customer': a grouping
    column = resolve_column_head(p, phrase) or _column_in_unit(p, phrase)
    return column if column and _plain_number(p, column) else None


def _column_in_unit(p: Parse, phrase: str) -> str | None:
    """'per square metre' where one numeric column of the table read is written in that unit (`area_sqm`)."""
    for said, suffixes in SPOKEN_UNITS.items():
        if re.match(rf"(?:{said})\b", phrase):
            found = [f"{t.name}.{c.name}" for t in near_tables(p)[:1] for c in t.columns if is_numeric(c.type) and c.name.split("_")[-1] in suffixes]
            return found[0] if len(found) == 1 else None
    return None


def _table_with_both(p: Parse, x: str, y: str) -> str | None:
    """The nearest table with a quantity column for each of two phrases."""
    for table in near_tables(p):
        if all(_has_column(p, table.name, phrase) for phrase in (x, y)):
            return table.name
    return None


def _has_column(p: Parse, table: str, phrase: str) -> bool:
    """Whether `table` has a quantity column the phrase (or its last word) names."""
    found = p.catalog.table(table)
    column = next((c for said in (phrase, phrase.split()[0], phrase.split()[-1]) if (c := column_of(found, said))), None)
    return bool(column) and _plain_number(p, f"{table}.{column}")


def _plain_number(p: Parse, qualified: str) -> bool:
    """A numeric column that is a quantity, not a key (`customer_id` is numeric but no amount)."""
    table_name, column = qualified.split(".")
    table = p.catalog.table(table_name)
    keys = set(table.primary_key) | set(table.references) | {table.identifier}
    return column not in keys and is_numeric(table.column(column).type)
