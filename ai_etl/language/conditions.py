"""Conditions said in words: comparisons of a column with a number or a date ('orders above 1000',
'born before 1970'), conditions inside a clause, alternatives said with 'or', and 'related to all of'."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import Catalog, CatalogTable, Condition
from ai_etl.catalog.values import is_measuring_number
from ai_etl.language.column_comparisons import read_column_comparisons
from ai_etl.language.dates import read_dates
from ai_etl.language.happened import read_happened
from ai_etl.language.missing_values import read_missing_values, read_null_states
from ai_etl.language.rankings import MONEY, count_commented, counting_column
from ai_etl.language.reading import (
    Parse,
    blank,
    column_of,
    column_type,
    consume,
    is_key,
    is_numeric,
    near_tables,
    resolve_column,
    resolve_table,
)
from ai_etl.language.request_text import FUNCTION_WORDS, plural, singular, verb_quantities
from ai_etl.language.spoken import is_past_verb, lemma, spoken_words, synonyms, table_prefix
from ai_etl.language.units import UNITS, amount_in_unit_of, same_dimension
from ai_etl.language.value_conditions import read_value_conditions
from ai_etl.language.years import read_years, when_column

# Words that compare a number ('above 100', 'at least 3 orders', 'exactly 2').
COMPARISONS = {
    "above": ">", "over": ">", "greater than": ">", "more than": ">", "higher than": ">", "at least": ">=",
    "below": "<", "under": "<", "less than": "<", "lower than": "<", "at most": "<=", "equal to": "=",
    "fewer than": "<", "no more than": "<=", "no fewer than": ">=", "no less than": ">=", "exactly": "=",
}  # fmt: skip


# Comparatives that also say what is compared ('longer than 200 km': a distance or a duration).
COMPARATIVES: dict[str, tuple[str, tuple[str, ...]]] = {
    "longer than": (">", ("length", "distance", "duration")), "shorter than": ("<", ("length", "distance", "duration")),
    "heavier than": (">", ("weight",)), "lighter than": ("<", ("weight",)), "bigger than": (">", ("size", "area", "capacity")),
    "larger than": (">", ("size", "area", "capacity")), "smaller than": ("<", ("size", "area", "capacity")),
    "taller than": (">", ("height",)), "faster than": (">", ("speed",)), "slower than": ("<", ("speed",)),
    "more expensive than": (">", MONEY), "pricier than": (">", MONEY), "cheaper than": ("<", MONEY),
    "warmer than": (">", ("temperature",)), "hotter than": (">", ("temperature",)),
    "colder than": ("<", ("temperature",)), "cooler than": ("<", ("temperature",)),
}  # fmt: skip
# degrees after a temperature, as the column keeps it (Fahrenheit is left unread: a column in Celsius is not it)
DEGREES = r"(?:\s*°\s*c\b|\s*º\s*c\b|\s+degrees?(?:\s+(?:celsius|c))?\b|\s+celsius\b)?"
COMPARISONS |= {phrase: op for phrase, (op, _) in COMPARATIVES.items()}


def column_of_any(catalog: Catalog, phrase: str) -> str:
    """The column name a phrase says in the first table that has it (qualified later against the main table)."""
    return next(c for t in catalog.tables if (c := column_of(t, phrase)))


def read_explicit_conditions(p: Parse) -> None:
    """`status = 'completed'`, `amount > 0` written in the request."""
    _read_compared_dimensions(p)
    pattern = r"\b([a-z_]\w*)\s*(=|==|!=|<>|>=|<=|>|<)\s*('[^']*'|\"[^\"]*\"|-?\d+(?:\.\d+)?|true|false)"
    for match in re.finditer(pattern, p.text):
        column, op, raw = match[1], match[2], match[3]
        op = {"==": "=", "<>": "!="}.get(op, op)
        value: str | float | bool = raw.strip("'\"") if raw[0] in "'\"" else raw
        if value in ("true", "false"):
            value = value == "true"
        elif raw[0] not in "'\"":
            value = float(raw) if "." in raw else int(raw)
        if raw[0] in "'\"":  # the original casing of a quoted literal
            value = p.original[match.start(3) + 1 : match.end(3) - 1] if len(p.original) == len(p.text) else value
        p.intent.conditions.append(Condition(column=column, op=op, value=value))
        consume(p, match)
    for match in re.finditer(r"\b(?P<col>[a-z_]+)\s+(?:of\s+|is\s+)?(?P<a>-?\d+(?:\.\d+)?)\s+or\s+(?P<b>-?\d+(?:\.\d+)?)\b(?!\s*(?:more|less|fewer|higher|lower|above|below|greater|over|under)\b)", p.text):
        said = [f"{t.name}.{c}" for t in p.catalog.tables if (c := column_of(t, match["col"])) and is_numeric(t.column(c).type)]
        column = resolve_column(p, match["col"]) if p.intent.main_table else (said[0] if len(said) == 1 else None)  # 'a rating of 1 or 2'
        if column and column in said and not p.intent.either:
            p.intent.either = [Condition(column=column, op="=", value=float(v) if "." in v else int(v)) for v in (match["a"], match["b"])]
            blank(p, match.start(), match.end())
    phrase = "|".join(sorted(COMPARISONS, key=len, reverse=True))
    for match in re.finditer(rf"\b({phrase})\s+\$?(-?\d+(?:\.\d+)?)(?:\s*%\s*|\s+per\s*cent\s+|\s+)([a-z_]+)\b(?!\s+(?:ago|old)\b)", p.text):  # 'fewer than 100000 people'
        # (never 'sent more than 60 days ago': an age from today, `relative_periods`)
        said = [match[3], *sorted(synonyms(lemma(match[3])))]  # 'more than 300 pages' is `pages` itself
        named = _rows_named_before(p, match.start())  # 'tanks bigger than 30 hl', 'vessels of at least 500 litres'
        column = _unit_of_named_rows(p, match[3], COMPARATIVES.get(match[1], ("", ()))[1], named)
        column = column or next((w for w in said if any((c := column_of(t, w)) and is_numeric(t.column(c).type) and not is_key(t, c) for t in p.catalog.tables)), None)  # (never 'more than 20 orders' of `ord_id`)
        column = column_of_any(p.catalog, column) if column and "." not in column else column
        tallies = {f"{t.name}.{c}" for t in p.catalog.tables if (c := counting_column(t, match[3]) or count_commented(t, match[3]))}
        column = column or (tallies.pop() if len(tallies) == 1 else None)  # 'more than 10 citations': `citation_num`
        column = column or _column_written_in(p, match[3], COMPARATIVES.get(match[1], ("", ()))[1], named)  # 'longer than 200 km': `distance_km`
        if column:
            number = amount_in_unit_of(column, float(match[2]) if "." in match[2] else int(match[2]), match[3])
            number = _as_kept(p, column, number) if re.search(r"%|cent\b", match[0]) else number  # 'over 7% ABV'
            p.intent.conditions.append(Condition(column=column, op=COMPARISONS[match[1]], value=number))
            consume(p, match)
    for match in re.finditer(rf"\b([a-z_]+(?:\s+(?!is\b|of\b)[a-z_]+)?)\s+(?:is\s+|of\s+)?({phrase})\s+\$?(-?\d+(?:\.\d+)?)\b(?!\s+times\b|\s+[a-z]+\s+(?:ago|old)\b)", p.text):
        # ('a late fee more than 4 times' counts the rows with a fee; no fee is above 4)
        number = float(match[3]) if "." in match[3] else int(match[3])
        before = p.text[: match.start()]
        column = _column_of_table_before(p, before, match[1]) or _column_of_table_before(p, before + match[1].split()[0], match[1].split()[-1])
        said = match[1].split()[-1]
        column = column or _quantity_of_verb(p, before + match[1], said)
        if column is None and " " in match[1] and (named := resolve_column(p, match[1])) and is_numeric(column_type(p, named)):
            column = named  # 'a base rate above 400': the two words are the column's name
        money = "$" in match[0]  # 'crossings of at least $40': their one amount of money among other numbers
        if column is None and (table := resolve_table(p.catalog, said) or _table_of_code_named(p.catalog, match[1])) and (column := one_measured_number(p.catalog.table(table), money=money)):
            p.intent.conditions.append(Condition(column=column, op=COMPARISONS[match[2]], value=number))
            blank(p, match.start(2), match.end())  # 'orders above 1000': an order's one number; 'orders' still names the rows
            continue
        if not column and not any(column_of(t, said) for t in p.catalog.tables) and (said in NOT_COLUMNS or said in FUNCTION_WORDS or is_past_verb(said)):
            continue  # 'publications have more than 10 ...', 'picked up more than 10 ...', 'placed more than 20': no column is named here
        unit = re.match(r"\s+([a-z]+)", p.text[match.end() :])
        number = amount_in_unit_of(column, number, unit[1]) if column and unit else number
        number = _as_kept(p, column, number) if column and re.match(r"\s*%|\s+per\s*cent\b", p.text[match.end() :]) else number
        p.intent.conditions.append(Condition(column=column or said, op=COMPARISONS[match[2]], value=number))
        consume(p, match)


def _read_compared_dimensions(p: Parse) -> None:
    """'readings warmer than 22 °C': a comparative that says what it compares, with no unit to find the column by,
    is of the one number that measures it (`temp_c`, 'temperature'), of the table named before it or else the
    nearest table that has one."""
    said = "|".join(phrase for phrase, (_, dimensions) in COMPARATIVES.items() if dimensions and dimensions != MONEY)
    for match in re.finditer(rf"\b({said})\s+(-?\d+(?:\.\d+)?){DEGREES}(?![\w%])(?!\s*[°º]?\s*f\b|\s+fahrenheit\b)", p.text):
        if (unit := re.match(r"\s*([a-z]+)", p.text[match.end() :])) and unit[1] in UNITS:
            continue  # 'smaller than 50 acres': the unit finds the column, and converts the number
        dimensions = COMPARATIVES[match[1]][1]
        named = [t for w in reversed(re.findall(r"[a-z_]+", p.text[: match.start()])[-6:]) if (t := resolve_table(p.catalog, w))]
        groups = [[p.catalog.table(named[0])]] if named else []
        groups += [[t] for t in near_tables(p)] if p.intent.main_table else [list(p.catalog.tables)]
        for tables in groups:
            found = [f"{t.name}.{c.name}" for t in tables for c in t.columns if is_numeric(c.type) and set(dimensions) & set(spoken_words(c.name, table_prefix([x.name for x in t.columns])))]
            if found:
                if len(found) == 1:
                    p.intent.conditions.append(Condition(column=found[0], op=COMPARATIVES[match[1]][0], value=float(match[2]) if "." in match[2] else int(match[2])))
                    consume(p, match)
                break


def _as_kept(p: Parse, column: str, percent: int | float) -> int | float:
    """A percentage said of a column kept as a fraction (its values between 0 and 1) is that fraction."""
    table, name = column.split(".") if "." in column else (p.intent.main_table or "", column)
    kept = p.catalog.table(table).column(name) if p.catalog.table(table) else None
    low, high = (kept.bounds if kept and kept.bounds else (None, None))
    return percent / 100 if high is not None and 0 <= low and high <= 1 else percent


def read_numbered_kinds(p: Parse) -> None:
    """'3-bedroom apartments', '2-door cars': a count said as a modifier is the value of the one whole-number
    column named by the noun's plural (`bedrooms`, `doors`)."""
    for match in re.finditer(r"\b(\d{1,3})-([a-z]+)\b", p.text):
        owners = {f"{t.name}.{c}" for t in p.catalog.tables if (c := column_of(t, plural(match[2]))) and c == plural(match[2]).replace(" ", "_")
                  and t.column(c).type in ("integer", "smallint", "bigint")}  # fmt: skip
        if len(owners) == 1:
            p.intent.conditions.append(Condition(column=owners.pop(), op="=", value=int(match[1])))
            blank(p, match.start(), match.end())


def read_named_codes(p: Parse) -> None:
    """'sev 1 faults', 'level 2 alarms': a number said after its column's name, where the column's comment explains
    the number as one of its codes (read before counts: 'more than three sev 1 faults' counts faults)."""
    for match in re.finditer(r"\b([a-z]+(?:\s+[a-z]+)?)\s+(\d{1,3})\b(?![.:,/-]?\d)", p.text):
        if re.search(r"\b(?:than|least|most|top|first|last|next|every|each|over|under|above|below|exactly)\s*$", match[1]):
            continue
        for phrase in ([match[1], match[1].split()[-1]] if " " in match[1] else [match[1]]):
            owners = {f"{t.name}.{c}" for t in p.catalog.tables if (c := column_of(t, phrase)) and is_numeric(t.column(c).type) and _in_legend(t.column(c).comment, match[2])}
            if len(owners) == 1:
                p.intent.conditions.append(Condition(column=owners.pop(), op="=", value=int(match[2])))
                blank(p, match.end(1) - len(phrase), match.end())
                break


def _in_legend(comment: str | None, number: str) -> bool:
    """Whether a column's comment explains the number as one of its codes ('1 = withdraw from service at once, 2 = ...')."""
    return bool(comment and re.search(rf"(?:^|[,;(]\s*){number}\s*=", comment.strip()))


def _column_written_in(p: Parse, unit: str, dimensions: tuple[str, ...] = (), named: str | None = None) -> str | None:
    """The one numeric column written in `unit` (`distance_km`, `weight_kg`) of the nearest table that has one (the
    table `named` right before, if any, first); of those, the one measuring what a comparative says ('longer': a
    distance, not an odometer reading)."""
    if unit not in UNITS:
        return None
    groups = [[t] for t in near_tables(p)] if p.intent.main_table else [list(p.catalog.tables)]
    groups = [[p.catalog.table(named)], *groups] if named else groups
    for tables in groups:
        found = [(t, c.name) for t in tables for c in t.columns if is_numeric(c.type) and (c.name == unit or c.name.endswith(f"_{unit}"))]
        found = found or [(t, c.name) for t in tables for c in t.columns if is_numeric(c.type) and same_dimension(unit, c.name)]  # 'hectares' of `area_ha`
        measured = [(t, c) for t, c in found if set(dimensions) & set(spoken_words(c, table_prefix([x.name for x in t.columns])))]
        found = measured if dimensions and measured else found
        if found:
            return f"{found[0][0].name}.{found[0][1]}" if len(found) == 1 else None
    return None


def _rows_named_before(p: Parse, end: int) -> str | None:
    """The table named by one of the last three words before `end`, the nearest first, over the words that only
    link it to what follows ('vessels of', 'tanks that hold')."""
    said = [w for w in re.findall(r"[a-z_]+", p.text[:end])[-3:] if w not in FUNCTION_WORDS]
    return next((t for w in reversed(said) if (t := resolve_table(p.catalog, w))), None)


def _unit_of_named_rows(p: Parse, unit: str, dimensions: tuple[str, ...], named: str | None) -> str | None:
    """'vessels of at least 500 litres': the named rows' own column in that unit, before any other table's
    (a batch's volume is no vessel's size)."""
    column = _column_written_in(p, unit, dimensions, named) if named and unit in UNITS else None
    return column if column and column.split(".")[0] == named else None


def _quantity_of_verb(p: Parse, said: str, verb: str) -> str | None:
    """The numeric column a quantity verb states of the table named before it ('tickets that cost' ->
    `ticket.price`), else of the one table with such a column."""
    if not verb_quantities(verb):
        return None
    named = [t for w in reversed(re.findall(r"[a-z_]+", said)[-4:]) if (t := resolve_table(p.catalog, w))]
    tables = [p.catalog.table(t) for t in named[:1]] or list(p.catalog.tables)
    for word in verb_quantities(verb):
        found = {f"{t.name}.{c.name}" for t in tables for c in t.columns if is_numeric(c.type) and word in spoken_words(c.name, table_prefix([x.name for x in t.columns]))}
        if len(found) == 1:
            return found.pop()
    return None


NOT_COLUMNS = {"have", "has", "had", "having", "with", "are", "is", "was", "were", "be", "got", "get", "gets", "received", "made", "make"}


def _table_of_code_named(catalog: Catalog, words: str) -> str | None:
    """The one table a code's name says the rows of ('bank transfers' of `pmt.mth` 'B = bank transfer'): 'bank transfers over
    150' compares their amount, the words still naming which rows."""
    if " " not in words:
        return None  # (one word names a table or a column, read before)
    said = {words, singular(words)}
    found = {t.name for t in catalog.tables for c in t.columns for names in c.value_names.values() if said & {n.lower() for n in names}}
    return found.pop() if len(found) == 1 else None


def one_measured_number(table: CatalogTable, money: bool = False) -> str | None:
    """The table's one numeric column that is no key or reference (an order's `amount`), if it has one only;
    with `money`, its one amount of money ('gifts of $500': `gft_amt`, whatever other numbers a gift has)."""
    keys = set(table.primary_key) | set(table.references) | {table.identifier}
    found = [c.name for c in table.columns if is_measuring_number(c.name, c.type) and c.name not in keys]
    prefix = table_prefix([x.name for x in table.columns])
    if money and len(found) > 1:
        found = [c for c in found if set(spoken_words(c, prefix)) & set(MONEY)]
    if len(found) > 1:  # 'deposits over 100' of `dep_amt` beside `ret_amt` (the amount paid back): the number named for the rows themselves
        own = {*table.name.split("_"), *spoken_words(table.name)} | {singular(n.split()[-1]) for n in table.called}
        named = [c for c in found if {*c.split("_"), *spoken_words(c, prefix)} & own]
        found = named if len(named) == 1 else found
    return f"{table.name}.{found[0]}" if len(found) == 1 else None


def _column_of_table_before(p: Parse, before: str, phrase: str) -> str | None:
    """'states with an area greater than 1000': the column of the table named right before it
    ('with', 'whose', 'that have' between), when that table has such a number."""
    said = re.search(r"\b([a-z_]+)\s+(?:with|whose|that\s+have|that\s+has|having|where)(?:\s+(?:a|an|the|their|its))?\s*$", before)
    table = p.catalog.table(resolve_table(p.catalog, said[1]) or "") if said else None
    column = column_of(table, phrase) if table else None
    return f"{table.name}.{column}" if column and is_numeric(table.column(column).type) else None


def clause_conditions(p: Parse, clause: str, table: str) -> Parse:
    """The conditions one clause says of `table`'s rows ('VIP tickets', 'work remotely'), read on their
    own, with values as the request wrote them ('VIP', not 'vip'); the Parse keeps what was left over."""
    written = re.search(re.escape(clause.strip()), p.original, re.IGNORECASE)
    said = f" {table} " if re.match(r"\s*(?:that|which|who)\s", clause) else " "  # 'that were cancelled': of the table's rows
    if re.match(r"\s*(?:are|is|were|was|got|get|have\s+been|has\s+been|had\s+been)\s", clause):
        said = f" {table} that "  # 'of loans | are cancelled': the same
    side = Parse(catalog=p.catalog, text=f"{said}{clause} ", original=f"{said}{written[0] if written else clause} ")
    side.intent.main_table = table
    read_happened(side)
    blank(side, 0, len(said))
    read_explicit_conditions(side)
    read_null_states(side)  # 'were still in progress'
    read_column_comparisons(side)  # 'came back after their due date'
    read_missing_values(side)  # 'ended up with a late fee'
    read_value_conditions(side)
    read_dates(side, when_column(side))  # 'what share of all papers were published in 2020'
    read_years(side)
    return side


def read_either(p: Parse) -> None:
    """'restaurants that serve Italian food or are located in New York': two values of different columns
    said with 'or' between them (and nothing else that joins clauses) are alternatives, not both."""
    located = []
    for condition in p.intent.conditions:  # where its value is said: a name, or a number ('born before 1970')
        said = condition.value if isinstance(condition.value, (str, int, float)) and not isinstance(condition.value, bool) else None
        if said is not None and (found := re.search(rf"(?<![\w.]){re.escape(str(said).lower())}(?![\w.])", p.normalized)):
            located.append((found.start(), found.end(), condition))
    located.sort(key=lambda item: item[0])
    for (_, end, first), (start, _, second) in zip(located, located[1:]):
        between = p.normalized[end:start]
        if first.column != second.column and re.search(r"\bor\b", between) and not re.search(r"\band\b|[,;.?!]", between):
            p.intent.either = [first, second]
            p.intent.conditions = [c for c in p.intent.conditions if c is not first and c is not second]
            return


def read_related_to_all(p: Parse) -> None:
    """'authors who published in both the domain A and the domain B', 'customers who bought all of X, Y
    and Z': the rows kept are those related to every value listed, not to any one of them."""
    listed = [c for c in p.intent.conditions if c.op == "in" and c.column.split(".")[0] != p.intent.main_table]
    if len(listed) != 1 or p.intent.measures:
        return
    values = [p.normalized.find(str(v).lower()) for v in listed[0].value]
    first = min((v for v in values if v >= 0), default=-1)
    for said in re.finditer(r"\b(?P<both>both)\b|\b(?:all|every\s+one|each)\s+of\b", p.normalized):
        if 0 <= first - said.end() <= 30 and (not said["both"] or len(listed[0].value) == 2):  # said of the values listed
            p.intent.related_to_all = listed[0].column
