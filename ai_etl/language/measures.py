"""Measures: what is summed, counted, averaged, spread (first/last) and of which rows, including money
read from the schema ('revenue' as price less discount) and measures of referring rows."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import QUALIFIED, CatalogColumn, Condition, MeasureIntent, Ranking
from ai_etl.catalog.comments import count_noun, counts_of
from ai_etl.catalog.joins import AmbiguousJoin, NoJoinPath, join_path
from ai_etl.catalog.values import TEXT_TYPES
from ai_etl.language.acts import act_table
from ai_etl.language.derivations import CASE_INSENSITIVE
from ai_etl.language.durations import duration_expression, elapsed
from ai_etl.language.events import AUXILIARIES, comment_acts, comment_lemmas
from ai_etl.language.grouping import group_key, keys_of_the_rows_named
from ai_etl.language.money import FREE_SAID, given_free, less_discount
from ai_etl.language.rankings import MONEY, count_commented, counting_column
from ai_etl.language.reading import (
    Parse,
    aliases_of,
    blank,
    column_of,
    column_type,
    consume,
    event_column,
    head_noun,
    is_key,
    is_numeric,
    is_year_column,
    label_column,
    measured_tables,
    near_tables,
    own_and_parent_tables,
    resolve_column,
    resolve_column_head,
    resolve_column_tail,
    resolve_table,
    year_column,
)
from ai_etl.language.references import reference_column, reference_to
from ai_etl.language.request_text import FUNCTION_WORDS, plural, singular, snake
from ai_etl.language.schedule_text import NUMBER, number_value
from ai_etl.language.spoken import is_noun, is_past_verb, lemma, spoken_words, table_prefix, verb_lemma
from ai_etl.language.tax import amount_as_taxed, tax_said
from ai_etl.language.units import (
    UNITS,
    amounts_of_act,
    column_unit,
    in_unit_said,
    names_a_state,
    unit_measure,
    unit_measure_said,
)

MONEY_WORDS = {"revenue", "sales", "amount", "amounts", "spend", "spent", "turnover", "value", "gmv", "income", "sum", "takings"}


def _money_column(p: Parse) -> str | None:
    """The main table's one column of what a row costs (price, cost, fare, fee, amount), in that order (never a key: `cost_id`)."""
    return _one_amount_named(p, MONEY)


def _row_value(p: Parse) -> str | None:
    """'the total value of the orders': the main table's one column of a row's whole amount (`tot_amt`, 'order total'),
    else its one amount or value, by its name or its comment's first words; never a part of it (`nhs_vch`, 'value of the
    voucher put towards the order') when a total is kept."""
    return _one_amount_named(p, ("total", "amount", "value"), by_comment=True)


def _one_amount_named(p: Parse, words: tuple[str, ...], by_comment: bool = False) -> str | None:
    """The main table's one numeric column (no key, no rate per unit) named by the first of `words` that names any, in
    its name (or, `by_comment`, the first clause of its comment: 'invoice total, GBP'); None where that word names two,
    unless one is the bare word and the others an amount of something else (`amt` beside `tip_amt`: the payment's own)."""
    main = p.catalog.table(p.intent.main_table)
    prefix = table_prefix([c.name for c in main.columns])
    amounts = [c for c in main.columns if is_numeric(c.type) and not _per_unit(c, prefix) and not _identifies(p, f"{main.name}.{c.name}")]
    for word in words:
        found = [c.name for c in amounts if word in spoken_words(c.name, prefix) or (by_comment and word in re.findall(r"[a-z]+", (c.comment or "").lower().split(",")[0]))]
        bare = [c for c in found if spoken_words(c, prefix) == (word,)]
        if len(found) > 1 and len(bare) == 1 and not any(WHOLE_AMOUNT & set(spoken_words(c, prefix)) for c in found):
            found = bare
        if found:
            return f"{main.name}.{found[0]}" if len(found) == 1 else None
    return None


WHOLE_AMOUNT = {"total", "gross", "net", "grand", "whole", "full"}  # an amount beside a bare one that may as well be the row's own


def _counted_columns(p: Parse, measures: list[MeasureIntent]) -> None:
    """'the average number of citations' over a column `citation_num` (or `review_count`,
    `num_pages`): a numeric column that already holds the number is summed or averaged, not
    counted. The phrase is consumed so it is not read again as a row count."""
    functions = {"average": "avg", "avg": "avg", "mean": "avg", "total": "sum", "sum": "sum", "overall": "sum",
                 "maximum": "max", "max": "max", "highest": "max", "minimum": "min", "min": "min", "lowest": "min"}  # fmt: skip
    pattern = rf"\b({'|'.join(functions)})\s+(?:the\s+)?(?:number|count|amount)\s+of\s+([a-z_]+)"
    for match in list(re.finditer(pattern, p.text)):
        noun = lemma(match[2])
        main = p.catalog.table(p.intent.main_table)
        commented = [f"{main.name}.{c.name}" for c in main.columns if is_numeric(c.type) and counts_of(c, match[2])]
        if resolve_table(p.catalog, match[2]) == p.intent.main_table and len(commented) != 1:
            continue  # 'the total number of reviews' read from reviews: a count of its rows (not the 'number of seeds asked for')
        parents = own_and_parent_tables(p)[1:]  # a parent's count repeats on each of its rows: never summed from them
        tables = [t for t in near_tables(p) if t not in parents]
        found = commented[0] if len(commented) == 1 else next(
            (f"{t.name}.{c.name}" for t in tables for c in t.columns
             if is_numeric(c.type) and set(spoken_words(c.name, table_prefix([x.name for x in t.columns]))) in ({noun, "number"}, {noun, "count"}, {noun})),
            None,
        )  # fmt: skip
        if found:
            function = functions[match[1]]
            measures.append(MeasureIntent(function=function, column=found, name=f"{ {'avg': 'avg', 'sum': 'total', 'max': 'max', 'min': 'min'}[function]}_{found.split('.')[1]}"))
            consume(p, match)


THEIR = re.compile(
    r"\b(?P<key>[a-z_]+\s+(?:names?|titles?))\b[^,.;?]*?\b(?:and|with)\s+their\s+(?:average|avg|mean|total|number|count|minimum|maximum|lowest|highest)\b"
)


THEIR_OWN = re.compile(
    r"^\W*(?:(?:list|show|give\s+me|find|get|load|copy|all|the)\s+)*(?P<key>[a-z_]+)\b[^,.;?]*?\b(?:and|with|plus|along\s+with|together\s+with)\s+"
    r"(?:each\s+of\s+)?their\s+(?:average|avg|mean|total|number|count|minimum|maximum|lowest|highest|earliest|latest|first|last)\b"
)


def read_their_measures(p: Parse) -> None:
    """'a list of business names in New York and their average ratings', 'dentists hired before 2020 with
    their number of appointments': a measure of each thing listed, grouped by what names it."""
    if p.intent.group_by:
        return
    if match := THEIR.search(p.text):
        if key := group_key(p, match["key"], each=True):
            p.intent.group_by = [key]
            blank(p, match.start("key"), match.end("key"))
        return
    if (match := THEIR_OWN.search(p.text)) and resolve_table(p.catalog, match["key"]) == p.intent.main_table:
        if key := group_key(p, match["key"], each=True):  # the rows listed first are the groups, none left out
            p.intent.group_by = [key]
            p.intent.keep_unmatched = True


def read_group_of_the_act(p: Parse) -> None:
    """'customers who rented from each store': the rows' own store (`customer.store_id`) or the store the
    rentals were from (the rental's copy's store)? When the table of the act said reaches the group's table
    without the rows read, two groupings are possible: the request is asked back, never guessed."""
    for key in p.intent.group_by:
        table, column = key.column.split(".")
        target = p.catalog.table(table).references.get(column, "").split(".")[0]
        if table != p.intent.main_table or not target:
            continue
        for act in p.intent.through_tables:
            if act in (p.intent.main_table, target):
                continue
            try:
                hops = join_path(p.catalog, act, target)
            except AmbiguousJoin:
                hops = [None]
            except NoJoinPath:
                continue
            if hops and all(hop is None or hop.table != p.intent.main_table for hop in hops):
                p.intent.refusal = (
                    f"'each {target}' could be the {table}'s own {target} (`{key.column}`) or the {target} of the {act}; "
                    f"say which (e.g. 'per {table} {target}' or 'per {act} {target}')."
                )
                return


def read_measured_rows(p: Parse) -> None:
    """'how many units were sold per category in 2024': the sums are of the order lines that refer to the
    products, so the lines are the rows read (their order's date says when), the products what they join."""
    tables = {c.split(".")[0] for m in p.intent.measures for c in QUALIFIED.findall(m.column or "") or [""]}
    if len(tables) != 1 or any(m.function not in ("sum", "avg", "min", "max") for m in p.intent.measures):
        return
    measured = tables.pop()
    if measured != p.intent.main_table and reference_column(p.catalog, measured, p.intent.main_table) and (
        p.intent.group_by or all(m.function == "sum" for m in p.intent.measures)
    ):
        p.intent.main_table = measured  # ('how many seats were booked on our guided trips': the bookings' seats, the trips' kind)


def read_measures_of_many(p: Parse) -> None:
    """'the businesses and their average rating': one business has one `rating`, so an average per
    business is of the ratings of the rows that refer to it (its reviews' `rating`), when exactly one
    such table has that number. Grouped by something else (a city), the business's own number stays."""
    main = p.catalog.table(p.intent.main_table)
    own = {f"{main.name}.{k}" for k in [*(main.primary_key or [main.identifier]), label_column(main)] if k}
    if not p.intent.group_by or not {g.column for g in p.intent.group_by} <= own:
        return
    for measure in p.intent.measures:
        table, _, name = (measure.column or "").partition(".")
        if measure.function not in ("avg", "sum", "min", "max") or table != main.name:
            continue
        children = [t.name for t in p.catalog.tables if reference_column(p.catalog, t.name, main.name) and t.column(name) and is_numeric(t.column(name).type)]
        if len(children) == 1:
            measure.column = f"{children[0]}.{name}"


# How a request says an aggregate function: the words before the phrase it applies to.
FUNCTIONS_SAID = {"sum": r"sums?|totals?", "avg": r"averages?|avg|mean", "min": r"min|minimum|lowest|smallest|cheapest|least\s+expensive|oldest|earliest",
                  "max": r"max|maximum|highest|largest|biggest|greatest|priciest|most\s+expensive|costliest|dearest|newest|latest|most\s+recent"}  # fmt: skip


def read_measures(p: Parse) -> None:
    kept = {h.column for h in p.intent.having} | {m.column for m in p.intent.measures if m.function in ("share", "percentage")}
    kept |= {n for m in p.intent.measures if m.function == "quotient" for n in m.column.split(" / ")}
    measures: list[MeasureIntent] = [m for m in p.intent.measures if m.function in ("ratio", "share", "percentage", "quotient") or m.name in kept]
    _counted_columns(p, measures)
    if re.search(r"\baverage\b|\bavg\b|\bmean\b", p.text) and (lasted := elapsed(p)):
        measures.append(MeasureIntent(function="avg", column=lasted.expression, name=snake(f"avg_{lasted.name}")))  # 'on average, how many hours
        blank(p, lasted.start, lasted.end)  # does it take to close a complaint', 'average days from A to B' (never a count of rows)
        for qualified in dict.fromkeys(QUALIFIED.findall(lasted.expression)):  # the time between two acts is of rows where both happened:
            table, _, name = qualified.partition(".")  # a cause with no closed claim has no such time (no row for it)
            if p.catalog.table(table).column(name).nullable and not any(c.column == qualified for c in p.intent.conditions):
                p.intent.conditions.append(Condition(column=qualified, op="not_null"))
        if said := re.search(r"\b(?:on\s+)?(?:the\s+)?(?:average|avg|mean)(?:\s+number\s+of)?\b", p.text):
            blank(p, *said.span())
    phrase = r"([a-z_][a-z0-9_]*(?:\s+[a-z_][a-z0-9_]*)?)"  # ('total m3', 'total co2 emitted')
    for match in re.finditer(rf"\b(?:count|number(?=\s+of\b)|how many)\s+(?:of\s+)?(?:the\s+)?(distinct|unique|different)?\s*{phrase}?", p.text):
        if re.match(r"how\s+many\s+(?:seconds|minutes|hours|days|nights)\s+(?:does|did|do|will)\s+it\s+take\b", p.text[match.start() :]):
            continue  # how long something takes, not a count
        reference = reference_to(p, match[2].split()[0]) if match[2] else None
        own_reference = reference if reference and reference.split(".")[0] == p.intent.main_table and resolve_table(p.catalog, match[2].split()[0]) else None
        # ('different customers' of storage hires that refer to them: their own `cust_id`, never another table's its comment calls 'customer')
        if match[1] and match[2] and (column := _rows_read_said(p, match[2]) or own_reference or resolve_column_head(p, match[2]) or reference or resolve_column_tail(p, match[2])) and not _an_amount_for_rows(p, match[2], column):
            if CASE_INSENSITIVE.search(p.text) and column_type(p, column).startswith(TEXT_TYPES):
                column = f"lower({column})"  # 'emails that differ only in case are the same': one address
            measures.append(MeasureIntent(function="count_distinct", column=column, name=f"distinct_{QUALIFIED.search(column)[0].split('.')[1]}"))
        elif not any(m.function == "count" for m in measures):
            after = re.findall(r"[a-z_]+(?:-[a-z_]+)*", p.text[match.end(1) if match[1] else match.start(2) if match[2] else match.end() :])[:3]  # ('learn-to-skate
            # courses': one word before the noun, never the 'skate' of the rental skates)
            main = p.catalog.table(p.intent.main_table)
            named = resolve_table(p.catalog, after[0]) if after else None  # ('how many bags we binned' of bag losses, whose `bags_binned` is 'How many bags ...')
            rows_said = named and not (named == main.name and aliases_of(p.catalog, named).get(after[0], 0) < 3)
            weakly = named and named != main.name and aliases_of(p.catalog, named).get(after[0], 0) < 3
            if weakly and match[0].startswith("how many") and (held := counting_column(p.catalog.table(named), after[0])):
                measures.append(MeasureIntent(function="sum", column=f"{named}.{held}", name=snake(after[0])))  # 'how many seats were
                continue  # booked on our guided trips' of seat bookings' `seats`: the seats summed, never the bookings counted
            if after and (held := counting_column(main, after[0]) or (count_commented(main, after[0]) if not rows_said else None)):
                if match[0].startswith("how many") and not is_past_verb(after[0]):  # 'how many bottles we filled from each vintage':
                    measures.append(MeasureIntent(function="sum", column=f"{p.intent.main_table}.{held}", name=snake(after[0])))  # `btl_cnt` summed
                continue  # 'the number of references' is `reference_num`, a number each row holds
            if after and lemma(after[0]) in ("unit", "piece") and (quantity := resolve_column(p, after[0])):
                measures.append(MeasureIntent(function="sum", column=quantity, name=f"{after[0]}_sold" if "sold" in after else after[0]))
                continue  # 'how many units were sold': the quantities summed, not the lines counted
            if after and (after[0] in UNITS or (after[0].endswith("ing") and after[1:2] and after[1] in UNITS)) and not re.search(r"\b(?:between|since|until|ago|old|late|early|after|before)\b", " ".join(after)) and (
                converted := unit_measure_said(measured_tables(p), after, following=_words_after(p, match.end()))
            ):
                measures.append(MeasureIntent(function="sum", column=converted, name=after[0]))
                continue  # 'how many tonnes were hauled': the tonnes each haul carried, summed
            stop = next((i for i, w in enumerate(after) if w in ("per", "by", "each", "every", "for", "in")), len(after))
            pairs = [" ".join(after[i : i + 2]) for i in range(stop - 1)]  # 'how many round cleans': the cleans, not the rounds
            noun = next((w for w in (*pairs, *after[:stop]) if resolve_table(p.catalog, w)), "rows")  # not the group ('... per pier')
            name = snake(f"{noun}_count" if noun != "rows" else "row_count")
            counted = resolve_table(p.catalog, noun) if noun != "rows" else None
            if tally := tally_column(p, noun):  # each check-in row already holds a count of check-ins
                measures.append(MeasureIntent(function="sum", column=tally, name=name))
            elif counted and counted != p.intent.main_table:  # 'users ... how many reviews': reviews, never the users
                if reference := reference_column(p.catalog, p.intent.main_table, counted):  # the rows' own reference to them
                    if not any(m.function == "count_distinct" and m.column == f"{p.intent.main_table}.{reference}" for m in measures):
                        measures.append(MeasureIntent(function="count_distinct", column=f"{p.intent.main_table}.{reference}", name=name))
                elif identifier := p.catalog.table(counted).identifier:
                    measures.append(MeasureIntent(function="count_distinct", column=f"{counted}.{identifier}", name=name))
            else:
                measures.append(MeasureIntent(function="count", name=name))
    if spread := _spread(p, p.spread):
        measures.append(spread)
    functions = FUNCTIONS_SAID
    # 'the minimum and (the) maximum price': each function of a coordinated list applies to the phrase after it
    any_function = "|".join(functions.values())
    text = re.sub(
        rf"\b({any_function})(?:\s*,\s*(?:and\s+)?|\s+(?:and|&|or)\s+)(?:the\s+)?(?=(?:{any_function})\b)",
        lambda m: m[1] + " \x00 ",
        p.text,
    )
    for function, words_ in functions.items():
        for match in re.finditer(rf"\b(?:{words_})\s+(?:\x00\s+(?:{any_function})\s+)*(?:of\s+)?(?:the\s+|their\s+|its\s+|all\s+)?{phrase}", text):
            if function in ("min", "max") and re.search(r"\b(?:with|has|have|had|having)\s+the\s+$", text[: match.start()]):
                continue  # 'the restaurant with the highest rating' selects rows (read_row_ranking), it is not a max
            if function == "sum" and match[1].split()[0] in ("number", "count", "counts"):
                continue  # 'the total number of reviews' is a count (read above), not a sum of some number
            column, named_by = measure_column(p, match[1]), match[1]
            if all(_goes_on_naming(w) for w in match[1].split()) and (head := _compound_head(p, text, match.end(1))):
                column, named_by = head  # 'the average ball machine hire charge': the charge, never the balls
            if column is None and function in ("sum", "avg") and (taxed := _taxed_amount_after(p, text, match.start(1), match.end(1))):
                column, named_by = taxed, match[1].split()[0]  # 'total invoiced including VAT': net amount plus VAT, never the VAT
            if column is None and (following := re.match(r"\s+([a-z_]+)", text[match.end() :])):
                column = measure_column(p, f"{match[1].split()[-1]} {following[1]}")  # 'totals of completed order amounts'
            if column is None and function == "sum" and "sum" in (match[0].split()[0], match[1].split()[0]):
                column = _money_expression(p)  # 'their total sum': what the rows are worth
            if column is None and function == "sum":  # 'the total amount' of a `total_amt`: the word is the column's own
                column = measure_column(p, f"{match[0].split()[0]} {match[1].split()[0]}")
            if column is None and function in ("min", "max") and re.match(r"cheapest|most\s+expensive|priciest|costliest|dearest|least\s+expensive", match[0]):
                column = _money_column(p)  # 'the cheapest and most expensive job': what the rows cost
            if column is None and function in ("min", "max") and not re.match(r"oldest|earliest|newest|latest|most\s+recent", match[0]) and any(
                resolve_table(p.catalog, w) == p.intent.main_table for w in (*match[1].split(), *_compound_after(text, match.end(1)))
            ):
                unit = re.match(r"[^.;?!]{0,40}?\bin\s+([a-z]+)\b", text[match.end() :])  # 'the smallest and biggest fill on the boat, in litres'
                measured = unit_measure([p.catalog.table(p.intent.main_table)], unit[1]) if unit and unit[1] in UNITS else None
                column = measured or _row_value(p) or _money_column(p)  # 'the smallest and the largest payment': what a payment is for
            if column is None and function == "sum" and re.search(r"\bof\s", match[0]) and any(resolve_table(p.catalog, w) == p.intent.main_table for w in match[1].split()):
                column = None if _money_in_referring_rows(p) else _row_value(p)  # 'the total of the invoices': what they are for, added up
                # ('the total number of' counts; 'the sum of sales' with priced lines is either sum, not guessed)
            if column is None and function in ("min", "max") and re.match(r"oldest|earliest|newest|latest|most\s+recent", match[0]):
                column = _time_said(p, match[1])  # 'the earliest and latest checkout date', 'the oldest publication year'
            if column is None and (lasted := duration_expression(p, text[match.start(1) : match.start(1) + 40])):
                column = lasted[0]  # 'the average ride duration in minutes': end time less start time
                blank(p, match.start(1) + lasted[1].start(), match.start(1) + lasted[1].end())
            products = [d for d in p.intent.derive if d.function == "multiply"]
            if column is None and function in ("sum", "avg") and len(products) == 1:
                column = " * ".join(products[0].columns)  # 'total cost (quantity times unit price)': the product defined
                p.intent.derive.remove(products[0])
            if column and re.match(r"oldest|earliest|newest|latest|most\s+recent", match[0]) and QUALIFIED.fullmatch(column) and not _a_time(p, column):
                continue  # 'the latest gravity reading for every batch': the reading last in time, never the highest gravity
            if column:
                name = measure_name(function, named_by, column)
                if not any(m.function == function and m.column == column for m in measures):
                    measures.append(MeasureIntent(function=function, column=column, name=name))
                first = next((n for n in (2, 1) if len(match[1].split()) >= n and _numeric_column_said(p, " ".join(match[1].split()[:n]))), 1)
                rest = text[match.start(1) + len(" ".join(match[1].split()[:first])) :]
                for said, other in _coordinated_columns(p, rest):  # 'the average easiness and helpfulness'
                    if not any(m.function == function and m.column == other for m in measures):
                        measures.append(MeasureIntent(function=function, column=other, name=measure_name(function, said, other)))
    _elided_measures(p, measures)
    worth = re.search(r"\b(revenue|turnover|takings|spend|spending|spent|value|(?<!the )money (?:in|taken|received))\b", p.text) or (None if measures else re.search(r"\b(sales)\b", p.text))
    # ('money in per month': what came in, summed; never 'going by the day the money came in', a date said)
    asked = worth and re.search(rf"\b(?:what|how\s+much)\s+(?:was|were|is|are)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[a-z_-]+\s+){{0,2}}{worth[1]}\b", p.text)
    if worth and not any(m.function == "sum" for m in measures) and (p.intent.group_by or measures or (asked and worth[1] != "value")):  # 'what were
        # the shop takings in August': one total
        products = [d for d in p.intent.derive if d.function == "multiply"]
        if len(products) == 1:  # 'revenue ... (quantity times unit price)': the product the request defines
            column = " * ".join(products[0].columns)
            p.intent.derive.remove(products[0])
        else:
            column = _money_expression(p) if worth[0] != "value" else None if measures else _row_value(p)  # ('the average invoice
            # value including VAT' was read as an average already)
        if column:
            measures.append(MeasureIntent(function="sum", column=column, name="revenue" if worth[0] != "value" else "value"))
        if column and worth[0] != "value" and not FREE_SAID.search(p.text):  # 'the cafe's takings' of till
            for free in given_free(p.catalog.table(p.intent.main_table)):  # lines priced at list price: not those that took no money
                p.intent.conditions.append(Condition(column=f"{p.intent.main_table}.{free.name}", op="is_false"))
    if not measures and (owed := _money_owed_or_run_up(p)):
        measures.append(owed)  # 'how much each owner still owes us on unpaid invoices', 'how much farrier work each owner has run up'
    if not measures and (acted := _money_of_the_act(p)):
        measures.append(acted)  # 'how much each donor gave' of `donations.amt`, 'Amount given in GBP'
        _top_rows_of_the_act(p, acted)
    if not measures and (said := _unit_of_what_is_measured(p)):
        measures.append(said)  # 'hours of labour each mechanic put in' over `lab_min`: the minutes summed, in hours
    if not measures and p.intent.group_by and (summed := _amount_said_by_group(p)):
        measures.append(summed)
    in_units_said(p, measures)
    names: set[str] = set()
    for measure in measures:
        while measure.name in names:
            measure.name += "_2"
        names.add(measure.name)
    p.intent.measures = measures


# 'how much each owner still owes us', 'how much farrier work each owner's horses have run up': money the rows hold, added up
MONEY_OWED = re.compile(r"\bhow\s+much\b(?:\s+(?!how\b)[a-z'’]+){0,5}?\s+(?:still\s+)?(?P<verb>owes?|owed|owing|(?:have|has|had)\s+(?:run|ran|racked|rung)\s+up|ran\s+up|racked\s+up)\b")


def _money_owed_or_run_up(p: Parse) -> MeasureIntent | None:
    """The sum of what each row is for, where 'how much ... owes' or 'has run up' asks it: owed only of rows the request
    keeps unpaid (`paid_dt is null`) and never where payments of part of a row are kept in other rows (then what is owed is
    the rest, not the whole)."""
    said = MONEY_OWED.search(p.text)
    if said is None or _money_in_referring_rows(p):
        return None
    unpaid = [c for c in p.intent.conditions if c.op == "is_null" and (t := p.catalog.table(c.column.partition(".")[0])) and says_unpaid(t.column(c.column.partition(".")[2]))]
    if said["verb"].startswith("ow") and not unpaid:
        return None  # ('how much each customer owes' with nothing said unpaid: which rows are owed is not told)
    for kept in unpaid if said["verb"].startswith("ow") else []:
        if (owing := _code_owed(p.catalog.table(kept.column.partition(".")[0]))) and owing not in p.intent.conditions:
            p.intent.conditions.append(owing)  # 'how much each family owes in unpaid fines' of 'P = paid, O = outstanding, W = waived':
            # the outstanding ones too (a waived fine is unpaid and owed by no one)
    column = _row_value(p) or _money_column(p)
    if column is None:
        return None
    blank(p, said.start("verb"), said.end("verb"))
    return MeasureIntent(function="sum", column=column, name="owed" if said["verb"].startswith("ow") else measure_name("sum", "amount", column))


# 'how much did each donor give', 'how much each of them gave', 'how much have they paid us': the money of an act, by its verb
HOW_MUCH = re.compile(r"\bhow\s+much\b((?:\s+[a-z'’]+){1,6})")


def _money_of_the_act(p: Parse) -> MeasureIntent | None:
    """The sum of the one money column whose comment says the act the verb after 'how much' names ('Amount given in GBP'
    of 'how much did each donor give'), in the rows read or the one table that refers to them; None where no column or
    several say it."""
    said = next(((m.start(1) + w.start(), m.start(1) + w.end(), act) for m in HOW_MUCH.finditer(p.text) for w in re.finditer(r"[a-z]+", m[1])
                 if (act := verb_lemma(w[0])) and act not in AUXILIARIES and (is_past_verb(w[0]) or w[0] == act)), None)
    if said is None:
        return None
    start, end, act = said
    main = p.catalog.table(p.intent.main_table)
    tables = [main, *(t for t in p.catalog.tables if t.name != main.name and reference_column(p.catalog, t.name, main.name))]
    found = [f"{t.name}.{c.name}" for t in tables for c in t.columns if is_numeric(c.type) and c.name not in t.references and act in comment_acts(c)]
    if len(found) != 1:
        return None
    blank(p, start, end)
    return MeasureIntent(function="sum", column=found[0], name=measure_name("sum", "amount", found[0]))


def _top_rows_of_the_act(p: Parse, acted: MeasureIntent) -> None:
    """'the top 5 donors of 2025 and how much each of them gave': one group per donor, the first 5 by what they gave."""
    top = re.search(rf"\btop\s+({NUMBER})\s+([a-z_]+)\b", p.text)
    if p.intent.group_by or p.intent.rank or top is None or resolve_table(p.catalog, top[2]) != p.intent.main_table:
        return
    if keys := keys_of_the_rows_named(p, top[2]):
        p.intent.group_by = keys
        p.intent.rank = Ranking(measure=acted.name, limit=number_value(top[1]))
        blank(p, top.start(), top.end(1))


# what a legend calls the rows still owed
OWED_NAMES = {"outstanding", "owed", "owing", "due", "unpaid", "not paid", "not paid yet", "awaiting payment"}


def _code_owed(table) -> Condition | None:
    """`status = code` of the one code a legend of the table names as owed ('O = outstanding') where another names a third
    state, neither paid nor owed ('W = waived', 'written off')."""
    for column in table.columns:
        owed = [code for code, names in column.value_names.items() if OWED_NAMES & {n.lower() for n in names}]
        paid = [code for code, names in column.value_names.items() if "paid" in {n.lower() for n in names}]
        if len(owed) == 1 and paid and len(column.value_names) > 2:
            return Condition(column=f"{table.name}.{column.name}", op="=", value=owed[0])
    return None


def says_unpaid(column: CatalogColumn | None) -> bool:
    """Does a column's missing value say its row is not paid ('NULL = not paid yet', 'empty = still unpaid')?"""
    return bool(column) and any(re.search(r"\b(?:unpaid|not\s+(?:yet\s+)?paid|outstanding)\b", n) for n in column.null_names)


def _taxed_amount_after(p: Parse, text: str, start: int, end: int) -> str | None:
    """The amount before or after tax the rows read say they keep, where the tax is said right after the first word
    measured ('total invoiced including VAT', 'the average bill before VAT'), the tax's words blanked."""
    said = tax_said(text[start:])
    main = p.catalog.table(p.intent.main_table)
    if said is None or start + said[1].start() > end + 1 or len(text[start : start + said[1].start()].split()) != 1:
        return None
    if main is None or not (taxed := amount_as_taxed(main, said[0])):
        return None
    blank(p, start + said[1].start(), start + said[1].end())
    return taxed


def _unit_of_what_is_measured(p: Parse) -> MeasureIntent | None:
    """'hours of labour', 'kilos of honey', 'hours of downtime per machine', 'the kg picked each month': a unit said as the
    head of what the request asks for, of the one amount near the rows kept in that unit's dimension, summed (converted to
    the unit said)."""
    said = re.search(r"\b(?:the\s+)?(?:total\s+)?(?P<unit>[a-z0-9]+)\s+of\s+(?:the\s+)?(?P<what>[a-z_]+)", p.text)
    acted = re.search(r"\bthe\s+(?P<unit>[a-z0-9]+)\s+(?P<act>[a-z]+(?:ed|en))\b", p.text) if p.intent.group_by else None
    if acted and acted["unit"] in UNITS and is_past_verb(acted["act"]) and (converted := unit_measure_said(measured_tables(p), [acted["unit"], acted["act"]])):
        blank(p, acted.start("unit"), acted.end("act"))  # 'the kg picked month by month': the harvests' `kg`, summed per month
        return MeasureIntent(function="sum", column=converted, name=acted["unit"])
    if said is None or said["unit"] not in UNITS or re.search(r"\b(?:how\s+many|number\s+of|within|last|past|next|first)\s+$", p.text[: said.start()]):
        return None  # ('within 5 km of the school', 'the last 3 days of the month': no amount)
    if converted := unit_measure_said(measured_tables(p), [said["unit"]]):
        blank(p, said.start("unit"), said.end("unit"))
        named = spoken_words(QUALIFIED.search(converted)[0].split(".")[1])
        if said["what"].endswith("ing") and verb_lemma(said["what"]) in named:
            blank(p, said.start("what"), said.end("what"))  # 'hours of welding' of `weld_s`: the amount's own act, no jig 'W = welding'
        return MeasureIntent(function="sum", column=converted, name=said["unit"])
    return None


def in_units_said(p: Parse, measures: list[MeasureIntent]) -> None:
    """'total harvest in tonnes' over `hrv_kg`: a measure of a column kept in another unit of the dimension
    said is converted to it (`hrv_kg / 1000`), and named in it."""
    for said in re.finditer(r"\bin\s+([a-z]+)\b", p.text):
        for measure in measures:
            column = measure.column or ""
            if measure.function in ("sum", "avg", "min", "max") and QUALIFIED.fullmatch(column) and (converted := in_unit_said(said[1], column)):
                if converted != column:
                    unit = column_unit(column.split(".")[-1]) or ""
                    measure.column, measure.name = converted, re.sub(rf"(?:_{unit})?$", f"_{said[1]}", measure.name, count=1)
                    blank(p, *said.span())


LOW_WORDS = r"first|earliest|oldest|lowest|smallest|minimum|min|shortest|cheapest"


HIGH_WORDS = r"last|latest|newest|most\s+recent|highest|largest|biggest|maximum|max|longest|priciest"


SPREAD = re.compile(
    rf"\b(?:(?:difference|gap|span|spread|range)\s+(?:in\s+(?P<what>[a-z_]+(?:\s+[a-z_]+)?)\s+)?"
    rf"|how\s+many\s+(?P<unit>days|weeks|months|years|hours|minutes)\s+(?:are\s+there\s+|passed\s+|elapsed\s+|were\s+there\s+)?)(?:between|from)\s+(?:the\s+)?"
    rf"(?:(?P<low>{LOW_WORDS})\s+(?:and|to)\s+(?:the\s+)?(?:{HIGH_WORDS})|(?:{HIGH_WORDS})\s+(?:and|to)\s+(?:the\s+)?(?P<low2>{LOW_WORDS}))"
    rf"\s+(?:of\s+)?(?:the\s+)?(?:number\s+of\s+)?(?P<rest>[a-z_]+(?:\s+[a-z_]+)?)"
)


TIME_WORDS = {"time", "times", "years", "year", "dates", "date", "days", "period"}


# What adds up over rows: 'fees by month' are their total (a price, a rate or a score by month is no sum).
ADDITIVE = {"amount", "amt", "total", "cost", "costs", "fee", "fees", "fine", "charge", "revenue", "sales", "spend", "tax", "refund",
            "payout", "payment", "paid", "quantity", "qty", "units", "volume", "consumption", "usage"}  # fmt: skip


def _amount_said_by_group(p: Parse) -> MeasureIntent | None:
    """'Late fees by month', 'shipping costs per carrier': an amount that adds up, said right before its group,
    with no function said, is the total of the amounts there are (the rows with one: a month with no late fee
    has no late fees, and the unpaid rows no month)."""
    said = re.search(r"\b([a-z_]+(?:\s+[a-z_]+)?)\s+(?:by|per|for\s+each|broken\s+down\s+by|split\s+by)\b", p.text)
    if (said is None or not _amount_before(p, said)) and (acted := GROUP_AFTER_AN_ACT.search(p.text)) and any(w in UNITS for w in acted[1].split()):
        said = acted  # 'hours each person worked', 'hours put in by each person': an amount in a unit, and the group that did it
        # (never 'the price each customer paid': which of the prices kept is paid is not said)
    if said is None or re.search(r"\b(?:number|count|how\s+many|list|which|what)\b", p.text[: said.start()]):
        return None
    if (unit := _unit_of(p, said)) is not None:
        return unit
    for phrase in dict.fromkeys((said[1], said[1].split()[-1])):
        in_unit = any(w in UNITS for w in phrase.split())  # 'tonnes hauled by month': an amount kept in a unit adds up
        column = unit_measure_said(measured_tables(p), phrase.split()) if in_unit else measure_column(p, phrase)  # (a unit: the one amount in it)
        if column and (in_unit or " " not in column and head_noun(column.split(".")[1]) in ADDITIVE | {singular(w) for w in ADDITIVE}):
            if measure_column(p, said[1].split()[-1]) == column:
                phrase = said[1].split()[-1]  # 'inbound quantity': the amount is `qty`, and 'inbound' may be a value
            name = snake(phrase)
            if in_unit:  # the act after the unit says which amount, unless it is a state of the amount's own rows
                words_ = phrase.split()  # ('litres delivered': 'D = delivered', still to be read)
                at = next(i for i, w in enumerate(words_) if w in UNITS)
                act = words_[at + 1 : at + 2]
                kept = act and (not is_past_verb(act[0]) or names_a_state(p.catalog.table(QUALIFIED.search(column)[0].split(".")[0]), act[0]))
                blank(p, said.start(1) + said[1].index(phrase), said.end(1) - (len(act[0]) if kept else 0))
            else:
                blank(p, said.end(1) - len(phrase), said.end(1))
            p.intent.conditions.append(Condition(column=QUALIFIED.search(column)[0], op="!=", value=0))  # (no sum changes: a refund of -5 stays)
            return MeasureIntent(function="sum", column=column, name=name)
    return None


# 'hours each person worked', 'hours put in by each person', at the start of the request: an amount and the group that did it
GROUP_AFTER_AN_ACT = re.compile(r"(?:^|:\s*)(?:the\s+)?([a-z_]+(?:\s+[a-z_]+)??)\s+(?:(?=each\s+[a-z_]+)|[a-z]+\s+(?:(?:in|out|up|on|off)\s+)?(?=by\s+each\b))")


def _amount_before(p: Parse, said: re.Match) -> bool:
    """Do the words before a group name an amount (a numeric column, or a unit)?"""
    return any(w in UNITS for w in said[1].split()) or measure_column(p, said[1]) is not None


def _unit_of(p: Parse, said: re.Match) -> MeasureIntent | None:
    """'Hours of science exposure per month' over `exp_s` ('exposure time, seconds'): a unit of an amount said by its
    group is the total of that amount, converted (the words between may still be values: 'science')."""
    unit = re.search(r"\b([a-z]+)\s+of\s+(?:the\s+|our\s+)?((?:[a-z_]+\s+)?[a-z_]+)$", p.text[: said.end(1)])
    if unit is None or unit[1] not in UNITS:
        return None
    words_ = unit[2].split()
    column = unit_measure_said(measured_tables(p), [unit[1], words_[-1]])
    named = column and QUALIFIED.search(column) and _comment_says(p, QUALIFIED.search(column)[0], words_[-1])
    if not named:
        return None  # 'hours of the meeting room per month': no amount the noun names
    blank(p, unit.start(), unit.start(2))
    blank(p, unit.end() - len(words_[-1]), unit.end())
    return MeasureIntent(function="sum", column=column, name=snake(f"{' '.join(words_)} {unit[1]}"))


def _comment_says(p: Parse, qualified: str, word: str) -> bool:
    """Does the column's name or comment say the word ('exposure' of `exp_s`, 'exposure time, seconds')?"""
    table, _, name = qualified.partition(".")
    column = p.catalog.table(table).column(name) if p.catalog.table(table) else None
    return lemma(word) in (comment_lemmas(column) if column else set()) | {lemma(w) for w in spoken_words(name)}


def _spread(p: Parse, match: re.Match | None) -> MeasureIntent | None:
    """'the difference in time between the first and last paper published', 'the gap between the lowest
    and highest price': the largest value of a column minus its smallest. Said of time (or of the first
    and the last thing), the column is when the rows happened. `match`: SPREAD, read before the words
    'highest number of' could be read as anything else (and blanked up to what it measures)."""
    if not match:
        return None
    temporal = (match["low"] or match["low2"]) in ("first", "earliest", "oldest") or (match["what"] or "") in TIME_WORDS or bool(match["unit"])
    column = measure_column(p, match["what"]) if match["what"] and match["what"] not in TIME_WORDS else None
    column = column or (measure_column(p, match["rest"]) if not temporal else None)
    column = column or ((event_column(p) or year_column(p)) if temporal else None)
    if column is None:
        return None
    units = {"minutes": "minute", "hours": "hour", "days": "day", "weeks": "week", "months": "month", "years": "year"}
    unit = units.get(match["unit"] or "") if column_type(p, column).startswith(("date", "timestamp")) else None
    return MeasureIntent(function="spread", column=column, name=f"{match['unit'] or column.split('.')[1] + '_spread'}", grain=unit)


TALLY_COLUMNS = {"count", "cnt", "counts", "tally", "occurrences"}


def _an_amount_for_rows(p: Parse, said: str, column: str) -> bool:
    """'how many different pupils' found as `classes.max_places` ('Most pupils the class takes'): an amount whose comment
    names the rows of a table, no key of them to count apart."""
    table = resolve_table(p.catalog, said.split()[0])
    if table is None or not QUALIFIED.fullmatch(column) or column.split(".")[0] == table:
        return False
    owner, name = column.split(".")
    found = p.catalog.table(owner)
    return is_numeric(found.column(name).type) and name not in found.references and not is_key(found, name) and singular(said.split()[0]) not in spoken_words(name)


def tally_column(p: Parse, noun: str) -> str | None:
    """A table whose rows are already counts (a numeric `count` column, as in pre-aggregated
    check-ins or page views): the number of its things is the sum of that column, not its rows."""
    named = resolve_table(p.catalog, noun) if noun != "rows" else None
    table = p.catalog.table(named or p.intent.main_table)
    if table is None or table.name != p.intent.main_table:
        return None
    found = [c.name for c in table.columns if c.name.lower() in TALLY_COLUMNS and is_numeric(c.type)]
    said = [c.name for c in table.columns if noun != "rows" and is_numeric(c.type) and (counts_of(c, noun) or counts_of(c, plural(noun)))]
    found = said if len(said) == 1 else found  # 'how many jars' of sales whose `qty` is the 'number of jars'
    return f"{table.name}.{found[0]}" if len(found) == 1 else None


def measure_name(function: str, phrase: str, column: str) -> str:
    word = phrase.split()[-1]
    prefix = {"sum": "total", "avg": "avg", "min": "min", "max": "max"}[function]
    if word in MONEY_WORDS and word not in ("amount", "amounts"):
        return snake(word) if function == "sum" else f"{prefix}_{snake(word)}"
    base = column.split(".")[1] if QUALIFIED.fullmatch(column) else snake(phrase)  # arithmetic: named as said
    return f"{prefix}_{base}"


def _coordinated_columns(p: Parse, after: str) -> list[tuple[str, str]]:
    """The numeric columns listed right after a measured one ('easiness, clarity and helpfulness scores'):
    each word or two after ',' / 'and' that names one, until a word that does not."""
    found: list[tuple[str, str]] = []
    while match := re.match(r"\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s+)(?:the\s+|its\s+|their\s+)?([a-z_]+(?:\s+[a-z_]+)?)", after):
        words_ = match[1].split()
        said = next((" ".join(words_[:n]) for n in (2, 1) if len(words_) >= n and _numeric_column_said(p, " ".join(words_[:n]))), None)
        if said is None or said.split()[0] in FUNCTION_NAMES:
            break
        found.append((said, _numeric_column_said(p, said)))
        after = after[match.start(1) + len(said) :]
    return found


def _numeric_column_said(p: Parse, phrase: str) -> str | None:
    """The numeric column the whole phrase names (no part of it)."""
    column = resolve_column(p, phrase)
    return column if column and is_numeric(column_type(p, column)) else None


FUNCTION_NAMES = {"sum", "total", "average", "avg", "mean", "min", "minimum", "max", "maximum", "count", "number", "highest", "lowest"}


def _a_time(p: Parse, column: str) -> bool:
    """A date, time or year column (`table.column`)."""
    table, name = column.split(".")
    prefix = table_prefix([c.name for c in p.catalog.table(table).columns])
    return column_type(p, column).startswith(("date", "timestamp")) or is_year_column(p.catalog.table(table).column(name)) or "year" in spoken_words(name, prefix)


def _time_said(p: Parse, phrase: str) -> str | None:
    """The date, time or year column a phrase names, for 'the earliest ...' / 'the latest ...'."""
    column = resolve_column(p, phrase) or resolve_column_head(p, phrase)
    if column is None:
        return None
    kind = column_type(p, column)
    return column if kind.startswith(("date", "timestamp")) or is_year_column(p.catalog.table(column.split(".")[0]).column(column.split(".")[1])) else None


def _elided_measures(p: Parse, measures: list[MeasureIntent]) -> None:
    """'the biggest single payment we've ever received, and the smallest': a function said last with its noun left out is of
    the one thing measured before it."""
    said = re.search(rf"(?:,\s*|\s)and\s+(?:also\s+)?(?:the\s+)?({'|'.join(FUNCTIONS_SAID.values())})(?:\s+(?:one|ones))?\s*(?:[?.!;]|$)", p.text)
    columns = {m.column for m in measures if m.function in ("sum", "avg", "min", "max")}
    if said is None or len(columns) != 1:
        return
    function = next(f for f, words in FUNCTIONS_SAID.items() if re.fullmatch(words, said[1]))
    column = columns.pop()
    if not any(m.function == function and m.column == column for m in measures):
        measures.append(MeasureIntent(function=function, column=column, name=measure_name(function, column.split(".")[-1], column)))
        blank(p, said.start(1), said.end(1))


def _rows_read_said(p: Parse, phrase: str) -> str | None:
    """'how many different guests from ...' where the rows read are the guests: their identifier (never `max_guests` of a
    pitch joined for another reason; 'different plant common names' are names)."""
    main = p.catalog.table(p.intent.main_table or "")
    word, *rest = phrase.split()
    if rest and rest[0] not in FUNCTION_WORDS and rest[0] not in ("have", "has", "had", "who", "were", "was"):
        return None
    return f"{main.name}.{main.identifier}" if main and main.identifier and resolve_table(p.catalog, word) == main.name else None


def _compound_head(p: Parse, text: str, end: int) -> tuple[str, str] | None:
    """The column a longer noun compound names by its last noun, where the words right after a measured phrase go on
    naming one thing ('ball machine | hire charge'): the head is what is measured, the words before it say whose."""
    if not (words_ := _compound_after(text, end)):
        return None
    column = measure_column(p, " ".join(words_))
    return (column, words_[-1]) if column and QUALIFIED.fullmatch(column) else None


def _compound_after(text: str, end: int) -> list[str]:
    """The one or two nouns right after a position that go on naming the thing said before it ('single card | payment')."""
    following = re.match(r"((?:\s+[a-z_]+){1,2})\b", text[end:])
    words_ = following[1].split() if following else []
    while words_ and not all(_goes_on_naming(w) for w in words_):
        words_.pop()
    return words_


def _goes_on_naming(word: str) -> bool:
    """A noun that may sit inside a compound ('hire', 'charge'), never a word that ends it ('per', 'paid', 'in')."""
    return is_noun(word) and not is_past_verb(word) and word not in FUNCTION_WORDS


def _words_after(p: Parse, at: int) -> tuple[str, ...]:
    """The words of the request after a position (what a unit's amount is of: 'litres of new make')."""
    return tuple(re.findall(r"[a-z_]+", p.text[at:])[:5])


def measure_column(p: Parse, phrase: str) -> str | None:
    words_ = phrase.split()
    following = _words_after(p, p.text.index(phrase) + len(phrase)) if phrase in p.text else ()
    if converted := unit_measure_said(measured_tables(p), words_, following=following):  # 'hours listened' over `seconds_played`, in hours
        return converted
    if acted := _amount_of_act(p, words_) or _amount_named_by_its_act(p, words_):
        return acted
    if quoted := _amount_the_act_says(p, words_):
        return quoted
    measured = {t.name for t in measured_tables(p)}  # (never the amounts of a table reached up and down again)
    for size in (2, 1):
        for start in range(len(words_) - size, -1, -1):
            part = " ".join(words_[start : start + size])
            if part in MONEY_WORDS:  # the column the word names ('amount' of a `paid_amount`), else what a row is worth
                main = p.catalog.table(p.intent.main_table)
                if main and (said := tax_said(p.text)) and (taxed := amount_as_taxed(main, said[0])):
                    blank(p, *said[1].span())  # 'billed before VAT': the invoices' net amount; 'VAT included': net + VAT
                    return taxed
                own = [c.name for c in main.columns if is_numeric(c.type) and part in spoken_words(c.name)] if main else []
                whole = [c for c in own if "total" in spoken_words(c)]
                rest = [*words_[start + size :], *following][:1]
                if len(own) > 1 and len(whole) == 1 and rest and is_past_verb(rest[0]) and act_table(p.catalog, rest[0]) == main.name:
                    return f"{main.name}.{whole[0]}"  # 'amount invoiced' of invoices: each invoice's `total_amt`, never its `parts_amt`
                if len(own) > 1:
                    return None  # the rows' own `net_amt_gbp` and `vat_amt_gbp`: which amount is not said (never a quote's, two joins away)
                named = resolve_column(p, part)  # ('the total ticket amount' of purchases: never a costume hire's fee, reached up
                # through the buyer's pupil and down again)
                return named if named and is_numeric(column_type(p, named)) and named.split(".")[0] in measured else _money_expression(p)
            column = resolve_column(p, part)
            if column and is_numeric(column_type(p, column)) and not _identifies(p, column) and column.split(".")[0] in measured and not _rate_of(p, column, part):
                return column
    return None


def _rate_of(p: Parse, qualified: str, said: str) -> bool:
    """Is the column an amount per the thing said (`hr_rt` 'hourly wage' of 'hours', `rate_per_km` of 'km'), never a number
    of them ('the total hours worked')?"""
    table, _, name = qualified.partition(".")
    column = p.catalog.table(table).column(name)
    unit = singular(said.split()[-1])
    words = " ".join(spoken_words(name)) + " " + re.sub(r"\([^)]*\)", " ", (column.comment or "").lower()) if column else ""  # (never the
    # formula beside it: 'Mileage paid (miles x mileage rate)' is an amount)
    return bool(re.search(rf"\b(?:{re.escape(unit)}ly|per\s+{re.escape(unit)}|an?\s+{re.escape(unit)})\b|\b{re.escape(unit)}\s+rate\b|\brate\s+per\b", words))


def _amount_of_act(p: Parse, words_: list[str]) -> str | None:
    """'volume packaged', 'weight shipped': of the amounts the noun names in the tables near the rows read, the one
    of the act said (`units.amounts_of_act`: the packaging runs' `vol_l`, not the batches'); None where one is not told
    apart that way."""
    if len(words_) == 2 and is_past_verb(words_[0]) and not is_past_verb(words_[1]):
        words_ = words_[::-1]  # 'rejected pieces'
    if len(words_) != 2 or not is_past_verb(words_[1]) or not (act := verb_lemma(words_[1])):
        return None
    kept = [(t, c) for t in near_tables(p) for c in t.columns if is_numeric(c.type) and column_of(t, words_[0]) == c.name]
    found = amounts_of_act(kept, act) if len(kept) > 1 else []
    return f"{found[0][0].name}.{found[0][1].name}" if len(found) == 1 else None


def _amount_named_by_its_act(p: Parse, words_: list[str]) -> str | None:
    """'the selling price', 'the asking price': the money column named for that act (`sold_amt`, `ask_amt`)."""
    if len(words_) != 2 or not words_[0].endswith("ing") or not (act := verb_lemma(words_[0])):
        return None
    return amount_named_for_act(p, act, {words_[1]})


def amount_named_for_act(p: Parse, act: str, things: set[str]) -> str | None:
    """The one number of the rows measured named for the act said (`sold_amt` of 'selling', `mb_used` of 'used') whose name
    or comment says what is measured ('mobile data': `mb_used` 'megabytes transferred (data sessions ...)', never a
    tariff's 'mobile data allowance'); a money word says any money column ('the selling price': `sold_amt`), before a
    price whose comment only mentions the act ('Price on the tag when it sold')."""
    money = bool(things & {*MONEY, *MONEY_WORDS})
    said = {lemma(w) for w in things} - FUNCTION_WORDS

    def says_it(table, column) -> bool:
        words = spoken_words(column.name, table_prefix([c.name for c in table.columns]))
        if money:
            return bool(set(words) & set(MONEY))
        return bool(said & {lemma(w) for w in re.findall(r"[a-z]+", f"{column.name} {column.comment or ''}".lower())})

    found = [
        f"{t.name}.{c.name}" for t in measured_tables(p) for c in t.columns
        if is_numeric(c.type) and act in {verb_lemma(w) or w for w in _not_per(spoken_words(c.name))} and says_it(t, c)
    ]  # fmt: skip
    return found[0] if len(found) == 1 else None


def _not_per(words: tuple[str, ...]) -> list[str]:
    """A column's words less the unit a rate is per (`rate_pl`, 'rate per letter', names no act of lettering)."""
    return [w for i, w in enumerate(words) if words[i - 1 : i] != ("per",) and w != "per"]


def _amount_the_act_says(p: Parse, words_: list[str]) -> str | None:
    """'the highest price each artist has quoted a client': of the numbers near the rows a one-word measure names (a sitting's
    'total price', a consultation's 'price quoted to the client', a design's 'starting price'), the one whose comment says an
    act the request says ('quoted'), where exactly one does."""
    acts = {verb_lemma(w) for w in re.findall(r"[a-z]+", p.original.lower()) if is_past_verb(w)} - {None}
    for word in words_[:1]:  # ('price each': the measure's noun first)
        named = [(t, c) for t in near_tables(p) for c in t.columns if is_numeric(c.type) and column_of(t, word) == c.name]
        found = [f"{t.name}.{c.name}" for t, c in named if acts & {verb_lemma(w) for w in re.findall(r"[a-z]+", (c.comment or "").lower())}]
        return found[0] if len(named) > 1 and len(found) == 1 else None
    return None


def _identifies(p: Parse, qualified: str) -> bool:
    """A key: numbers that name rows, never summed ('the most Premium members' is a count of members, not the sum of their ids)."""
    table_name, _, column = qualified.partition(".")
    table = p.catalog.table(table_name)
    return table is not None and is_key(table, column)


def _money_expression(p: Parse) -> str | None:
    """The money of a row of the main table: an amount-like column as charged, else quantity * unit price
    or the one price column, less the row's discount (`ai_etl.language.money`)."""
    table = p.catalog.table(p.intent.main_table)
    for name in ("amount", "total", "total_amount", "revenue", "value"):
        if table.column(name) and is_numeric(table.column(name).type):
            return f"{table.name}.{name}"
    quantity = next((c.name for c in table.columns if c.name in ("quantity", "qty", "units")), None)
    price = next((c.name for c in table.columns if c.name in ("unit_price", "price")), None)
    counted = [c.name for c in table.columns if is_numeric(c.type) and count_noun(c) and c.name not in table.references and c.name != table.identifier]
    quantity = quantity or (counted[0] if price == "unit_price" and len(counted) == 1 else None)  # `seats` 'Number of seats in the
    # booking' at a `unit_price`: what a booking is worth is both, never the price alone
    if quantity and price:
        return less_discount(f"{table.name}.{quantity} * {table.name}.{price}", table, p.text)
    if priced_per_unit := _per_unit_money(table):  # `qty_kg * unit_cost_eur` ('cost per kg, EUR'): a rate is never summed alone
        return less_discount(priced_per_unit, table, p.text)
    if price:
        return less_discount(f"{table.name}.{price}", table, p.text)
    if _money_in_referring_rows(p):
        return None  # 'revenue' of orders whose line items have prices too: which sum is meant is not ours to guess
    column = _money_column(p)  # `total_cost`, `l_extendedprice`, `total_amt`: the one column of what a row cost
    priced = column and "price" in spoken_words(column.split(".")[1], table_prefix([c.name for c in table.columns]))
    return less_discount(column, table, p.text) if priced else column  # a cost or total is as charged


def _per_unit_money(table) -> str | None:
    """`quantity * price` of a table whose one money column is a price per unit (`unit_cost_eur` 'cost per kg', `px_per_ctn`)
    and whose one quantity is kept in that unit (`qty_kg`) or is the count of units (`qty`)."""
    prefix = table_prefix([c.name for c in table.columns])
    prices = [c for c in table.columns if is_numeric(c.type) and _per_unit(c, prefix)]
    if len(prices) != 1:
        return None
    per = re.search(r"\bper\s+([a-z]+)", (prices[0].comment or "").lower())
    quantities = [c.name for c in table.columns if is_numeric(c.type) and c is not prices[0] and (
        (per and column_unit(c.name) == per[1]) or {"qty", "quantity", "units"} & set(c.name.lower().split("_")) or (per and count_commented(table, per[1]) == c.name))]
    return f"{table.name}.{quantities[0]} * {table.name}.{prices[0].name}" if len(quantities) == 1 else None


def _per_unit(column, prefix: str | None) -> bool:
    """A money column that is a rate per unit: 'unit' or 'per' in its name, or 'per <unit>' in its comment."""
    said = spoken_words(column.name, prefix)
    return bool(set(MONEY) & set(said)) and ({"unit", "per"} & set(said) or bool(re.search(r"\bper\s+[a-z]+", (column.comment or "").lower())))


def _money_in_referring_rows(p: Parse) -> bool:
    """Do rows that refer to the main table hold money of their own (an order's line items with their
    prices and discounts)? Then a main-table column only said to be some price is one reading of many."""
    return money_in_referring_rows(p.catalog, p.intent.main_table)


def money_in_referring_rows(catalog, table: str) -> bool:
    """Do rows that refer to `table` hold money of their own (a sale's lines and what each sold for)?"""
    for referring in catalog.tables:
        if referring.name != table and any(ref.split(".")[0] == table for ref in referring.references.values()):
            prefix = table_prefix([c.name for c in referring.columns])
            if any(is_numeric(c.type) and set(MONEY) & set(spoken_words(c.name, prefix)) for c in referring.columns):
                return True
    return False


def refuse_an_average_within_each_parent(p: Parse) -> None:
    """'average shipped weight per order' over order lines: each order's own average line is one reading, the average
    order's total weight the other (the usual one); grouped by the order, the first is written, so which is asked.
    (Rows that are not the parts of what they refer to stay grouped: 'average freight charge per grower'.)"""
    for measure in p.intent.measures:
        if measure.function != "avg" or not measure.column or not QUALIFIED.fullmatch(measure.column):
            continue
        rows = measure.column.split(".")[0]
        for key in p.intent.group_by:
            table, _, column = key.column.partition(".")
            parent = p.catalog.table(table)
            keyed = parent is not None and column in [*parent.primary_key, parent.identifier]
            if key.grain is None and table != rows and keyed and reference_column(p.catalog, rows, table) and _lines_of(p, rows):
                p.intent.refusal = (
                    f"'average {measure.column.split('.')[-1]} per {table}' could be each {table} row's average over its `{rows}` rows or the "
                    f"average of each {table} row's total; say which (e.g. 'average total {measure.column.split('.')[-1]} per {table}')."
                )
                return


LINE_WORDS = {"line", "lines", "item", "items", "detail", "details", "ln", "itm", "dtl"}


def _lines_of(p: Parse, table: str) -> bool:
    """The rows are the lines of what they refer to (`dist_line`, `ord_item`; 'Lines of ...')."""
    named = set(spoken_words(table)) | set(table.split("_"))
    comment = (p.catalog.table(table).comment or "").lower()
    return bool(named & LINE_WORDS) or bool(re.match(r"\s*(?:order\s+|invoice\s+)?(?:lines?|items?)\b", comment))
