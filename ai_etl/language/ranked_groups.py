"""Groups ranked by a measure: 'the top 5 customers by revenue', 'which conference published the most
papers'."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import QUALIFIED, MeasureIntent, Ranking
from ai_etl.catalog.comments import said_forms
from ai_etl.language.grouping import group_key
from ai_etl.language.measures import MONEY_WORDS, amount_named_for_act, in_units_said, measure_column, measure_name, tally_column
from ai_etl.language.rankings import MOST, counting_column, ranked_phrase
from ai_etl.language.reading import (
    Parse,
    blank,
    is_numeric,
    column_of,
    measured_tables,
    numeric_owner,
    resolve_table,
)
from ai_etl.language.money import WORTH, amounts, money_of_their_acts
from ai_etl.language.references import labels_of_named_reference, referring_tables
from ai_etl.language.request_text import AUXILIARIES, FUNCTION_WORDS, singular, snake
from ai_etl.language.schedule_text import NUMBER, number_value
from ai_etl.language.spoken import is_noun, is_past_verb, verb_lemma
from ai_etl.language.undone_states import states_unsaid, which_count
from ai_etl.language.units import unit_measure_said, unit_owner
from ai_etl.language.years import dated_by_measured_rows


def read_top_groups(p: Parse) -> None:
    """'top 5 customers by revenue', 'the 3 regions with the most orders': the first N groups by a
    measure, read as 'which customers have the most revenue' keeping N. Only where what is ranked is
    not a column of the ranked rows themselves ('top 5 states by area' ranks rows: `read_row_ranking`)."""
    most = "most|highest|largest|biggest|greatest|fewest|least|lowest|smallest"
    measured = r"(?P<y>(?:total\s+|average\s+|avg\s+|mean\s+|number\s+of\s+|count\s+of\s+)?[a-z_]+(?:\s+[a-z_]+)?)"
    patterns = [
        rf"\btop\s+(?P<n>{NUMBER})\s+(?P<x>[a-z_]+(?:\s+[a-z_]+)?)\s+(?:by|per|in\s+terms\s+of)\s+(?:the\s+)?(?:(?P<adj>{most})\s+)?{measured}",
        rf"\b(?:the\s+)?(?:top\s+)?(?P<n>{NUMBER})\s+(?P<x>[a-z_]+(?:\s+[a-z_]+)?)\s+(?:with|that\s+have|having|who\s+have|have|has)\s+the\s+(?P<adj>{most})\s+{measured}",
    ]
    for pattern in patterns:
        match = re.search(pattern, p.text)
        if not match:
            continue
        x_table = resolve_table(p.catalog, match["x"].split()[-1])
        if x_table and column_of(p.catalog.table(x_table), match["y"]):
            return  # 'top 3 businesses in terms of review count': a column of theirs (`review_count`), rows ranked
        y_words = re.sub(r"^(?:total|average|avg|mean|number of|count of)\s+", "", match["y"]).split()
        y_phrases = [" ".join(y_words[:n]) for n in range(len(y_words), 0, -1)] + [" ".join(y_words[-n:]) for n in range(len(y_words) - 1, 0, -1)]
        y_table = next((t for phrase in y_phrases if (t := resolve_table(p.catalog, phrase))), None)  # 'completed appointments'
        y_owner = y_table or numeric_owner(p.catalog, " ".join(y_words)) or numeric_owner(p.catalog, y_words[0])
        y_owner = y_owner or unit_owner(p.catalog.tables, y_words)  # 'hours listened'
        money = bool(set(y_words) & MONEY_WORDS)
        if x_table and not money and not any(_measured_in_their_rows(p, x_table, w) for w in y_words if not is_past_verb(w)) and (y_owner is None or y_owner == x_table):
            return  # a column of the ranked rows themselves, or nothing known: rows ranked, not groups
        if x_table and match["y"].startswith("number of") and counting_column(p.catalog.table(x_table), y_words[0]):
            return  # 'the 3 albums with the highest number of tracks' over album.track_count: rows ranked by it
        n = number_value(match["n"])
        adjective = match["adj"] or "most"
        said = f"which {match['x']} have the {adjective} {match['y']}"
        head = re.sub(r"\b(?:what|which)\s+(?:are|is|were|was)\s+(?:the\s+|our\s+|my\s+)?$", "", p.text[: match.start()])  # 'what were our top 5 ...'
        p.text = head + said + p.text[match.end() :]
        p.normalized = p.normalized.replace(match[0], said, 1)
        p.top = n
        return


def _measured_in_their_rows(p: Parse, ranked: str, noun: str) -> bool:
    """'top 5 beers by volume brewed': what ranks them is no column of theirs but a number of the rows that refer to
    them (each batch's `vol_l`), so the groups are ranked by its sum."""
    if column_of(p.catalog.table(ranked), noun):
        return False
    if noun in MONEY_WORDS:
        return False  # money of child rows is read by `measures` (which amount of which rows is asked when not said)
    return len({t.name for t in referring_tables(p.catalog, ranked) for c in t.columns if is_numeric(c.type) and column_of(t, noun) == c.name}) == 1


def _rows_named_by_their_value(p: Parse, words_: list[str]) -> str | None:
    """The table whose rows the key's noun names by a value the request already keeps them by ('the top 5 hotels'
    where sites are kept by 'H = hotel'), or None."""
    nouns = {said for n in range(1, len(words_) + 1) for said in (" ".join(words_[-n:]), singular(" ".join(words_[-n:])))}  # 'care home'
    for condition in p.intent.conditions:
        table, _, column = condition.column.partition(".")
        if condition.op == "=" and (owner := p.catalog.table(table)) and owner.column(column):
            if any(value == condition.value and form.strip().lower() in nouns for form, value in said_forms(owner.column(column))):
                return table
    return None


def read_ranking(p: Parse) -> None:
    """'Which region has the most completed orders?', 'What category had the highest revenue?':
    the groups of the named key, ranked by the measure, the first one kept."""
    match = ranked_phrase(p.text)
    if not match:
        return
    words_ = match[1].split()
    ranked = match[3]
    if ranked.split()[-1] in ("and", "or"):  # 'the most loss and damage charges': what is ranked goes on after the 'and'
        more = re.findall(r"[a-z_]+", p.text[match.end(3) :])[:3]
        more = more[: next((i for i, w in enumerate(more) if w in FUNCTION_WORDS), len(more))]
        ranked = " ".join([ranked, *more]) if more else ranked
    verbs_after = [n for n in range(len(words_) - 1, 0, -1) if all(_a_verb(w) for w in words_[n:])]  # 'which author has written'
    phrases = [" ".join(words_[-n:]) for n in range(len(words_), 0, -1)] + [" ".join(words_[:n]) for n in verbs_after]
    key, said = next(((k, phrase) for phrase in phrases if (k := group_key(p, phrase))), (None, ""))  # the key, then a verb
    if key is None and (valued := _rows_named_by_their_value(p, words_)):
        key, said = group_key(p, valued, each=True), valued  # 'which hotel': the client sites kept by 'H = hotel', each one
    rows_said = next((phrase for phrase in phrases if resolve_table(p.catalog, phrase) == p.intent.main_table), "")  # 'which blends'
    acted = [v for w in p.text[match.end(1) : match.start(2)].split() if (v := verb_lemma(w)) and v not in ("be", "have", "do")]
    in_unit = rows_said and unit_measure_said(measured_tables(p), ranked.split(), acted[0] if acted else None)  # 'ran the most kilometres'
    if key is None and rows_said and not p.intent.measures and not set(ranked.split()) & MONEY_WORDS and (in_unit or _measured_in_their_rows(p, p.intent.main_table, ranked.split()[0])):
        key, said = group_key(p, rows_said, each=True), rows_said  # 'which blends have the most volume pressed': each blend
    measures = [m for m in p.intent.measures if m.function not in ("max", "min")]  # 'highest' ranks; it is not a max
    if key is None and rows_said and not measures and set(ranked.split()) & MONEY_WORDS:
        said = rows_said
        money = money_of_their_acts(p.catalog, p.intent.main_table, ranked.split(), p.text)
        if money and (key := group_key(p, said, each=True)):  # 'the top 10 customers by sales value': their tickets' amount
            measures = [MeasureIntent(function="sum", column=money, name=measure_name("sum", ranked, money))]
            table = p.catalog.table(QUALIFIED.search(money)[0].split(".")[0])
            if state := states_unsaid(table, {c.column.split(".")[1] for c in p.intent.conditions if c.column.startswith(f"{table.name}.")}):
                p.intent.refusal = which_count(table, state, f"The sum of `{money}`")
                return
    if key is None:
        return
    by_amount = BY_AMOUNT.match(p.text, match.end(3))  # 'the most select-grade lumber by volume': the packs' volume summed
    if not measures and by_amount and (column := measure_column(p, by_amount["amount"])):
        measures = [MeasureIntent(function="sum", column=column, name=measure_name("sum", by_amount["amount"], column))]
        blank(p, by_amount.start("by"), by_amount.end())
    if not measures:
        column = unit_measure_said(measured_tables(p), ranked.split(), acted[0] if acted else None) or (amount_named_for_act(p, acted[0], set(ranked.split())) if acted else None)
        column = column or measure_column(p, ranked)  # 'the most
        # pounds shipped': `wt_lbs`; 'which tram ran the most kilometres': the duties' `km_run`, not the lines' `route_km`
        counted = ranked.split()
        while len(counted) > 1 and counted[-1] in FUNCTION_WORDS:
            counted.pop()  # 'the most sales in 2025'
        if column and _money_for_things(p, column, counted):
            column = None  # 'the most tagged trees': trees counted, never the sum of `tree_amt` (what each tree was sold for)
        of_rows = not counted or counted[-1] in ("time", "times") or not is_noun(counted[-1])  # 'booked the most (times)'
        if column is None and not of_rows and not any(resolve_table(p.catalog, " ".join(counted[i:])) for i in range(len(counted))):
            return  # 'the most jobs', and no table is of jobs: what is counted is not known (counting rows was a wrong answer)
        function = "avg" if re.search(r"\b(?:average|avg|mean)\s+$", p.text[: match.start(3)]) else "sum"  # 'the highest average score'
        if column is None and not of_rows and (tally := tally_column(p, counted[-1])) and not _money_for_things(p, tally, counted):
            column, function = tally, "sum"  # 'sold the most tickets' of purchases whose `qty` is the 'number of tickets'
        measures = [
            MeasureIntent(function=function, column=column, name=measure_name(function, ranked, column))
            if column
            else MeasureIntent(function="count", name=snake(f"{ranked.split()[0]}_count"))
        ]
    in_units_said(p, measures)  # 'top 5 beers by volume brewed, in hectolitres'
    if measures[0].column and QUALIFIED.fullmatch(measures[0].column):
        dated_by_measured_rows(p, measures[0].column.split(".")[0])
    for at, each_key in enumerate(k for k in (key, *labels_of_named_reference(p, key, said)) if k):
        if each_key not in p.intent.group_by:
            p.intent.group_by.insert(at, each_key)
    p.intent.measures = measures
    if p.top is None and (counted := re.search(rf"\b(?:which|what)\s+(?:are\s+the\s+)?({NUMBER})\s+[a-z_]+", p.text[: match.start(2)])):
        p.top = number_value(counted[1])  # 'which five parts earned the most revenue': five of them
        blank(p, counted.start(1), counted.end(1))
    if p.top is None and _plural_subject(p.text[match.start() : match.start(2)], key_words=words_):
        return  # 'which neighbourhoods have the most businesses': how many is not said, so none is cut (nor ranked)
    p.intent.rank = Ranking(measure=measures[0].name or measures[0].function, descending=MOST[match[2]], limit=p.top or 1)


# what is ranked said, then the amount it is ranked by: '(the most select-grade lumber) by volume'
BY_AMOUNT = re.compile(r"[a-z_-]*(?:\s+[a-z_-]+){0,2}?\s+(?P<by>by|in\s+terms\s+of)\s+(?:the\s+)?(?:total\s+)?(?P<amount>[a-z_]+(?:\s+[a-z_]+)?)\b")


def _money_for_things(p: Parse, column: str, counted: list[str]) -> bool:
    """Is `column` ranked for words it does not measure: an amount of money for things counted ('the most trees' of
    `tree_amt`, what each tree sold for), or a number that is no money for money words ('the most sales' of a variety's
    `yrs_to_sale`)?"""
    table = p.catalog.table(column.split(".")[0]) if QUALIFIED.fullmatch(column) else None
    if table is None or not counted:
        return False
    money = any(c.name == column.split(".")[1] for c in amounts(table))
    said_money = bool({w for word in counted for w in (word, singular(word))} & (MONEY_WORDS | WORTH))  # ('charges', 'fees')
    return (money and not said_money and singular(counted[-1]) != counted[-1]) or (said_money and not money)


def _a_verb(word: str) -> bool:
    """Can `word`, right after the key, be its verb ('has', 'wrote', 'sells')? Not a noun in its base form ('which
    car make': the make, never the car)."""
    return word in AUXILIARIES or is_past_verb(word) or (word.endswith("s") and verb_lemma(word) is not None)


def _plural_subject(said: str, key_words: list[str]) -> bool:
    """Is 'which <key> ... the most' about several rows? The verb says it ('which species has': one), else the noun."""
    said = re.sub(r"\b(?:do|does|did|have|has|had)\s+(?:we|you|they|i|our\s+[a-z]+)\b", " ", said)  # 'which make do we sell': the noun says
    if re.search(r"\b(?:has|is|was|does)\b", said):
        return False
    if re.search(r"\b(?:have|are|were|do)\b", said):
        return True
    noun = next((w for w in reversed(key_words) if w not in ("has", "have", "is", "are", "was", "were", "does", "do")), key_words[-1])
    return singular(noun) != noun
