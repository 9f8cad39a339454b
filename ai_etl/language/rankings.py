"""Rows ranked by a column of theirs ('the 3 longest rivers', 'the restaurant with the highest rating')
and the words that rank ('most', 'cheapest')."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import CatalogTable, GroupKey, MeasureIntent, Ranking
from ai_etl.catalog.comments import count_noun
from ai_etl.language.presentation import without_presentation_order
from ai_etl.language.reading import Parse, column_of, is_numeric, resolve_table
from ai_etl.language.request_text import FUNCTION_WORDS, singular, verb_quantities
from ai_etl.language.schedule_text import NUMBER, number_value
from ai_etl.language.spoken import lemma, spoken_words, table_prefix

MOST = {"most": True, "highest": True, "largest": True, "biggest": True, "greatest": True,
         "fewest": False, "least": False, "lowest": False, "smallest": False}  # fmt: skip



def ranked_phrase(text: str) -> re.Match | None:
    """'which <key> <verb> the most <thing>': groups 1 (key), 2 (most/fewest...), 3 (what is ranked). The verb may
    take a few words ('which tank has been used for the most batches'); how many may be said before the key ('which three
    show performances')."""
    most = "|".join(MOST)
    found = re.search(
        rf"\b(?:which|what)\s+(?:(?:{NUMBER})\s+(?=[a-z]))?([a-z_]+(?:\s+[a-z_]+)?)\s+(?:[a-z_]+\s+){{1,4}}?the\s+({most})\s+(?:total\s+|average\s+|avg\s+|mean\s+|number\s+of\s+)?([a-z_][a-z0-9_]*(?:-[a-z]+)*(?:\s+[a-z_]+)?)", text
    )
    if found and found[3].split()[0] in FUNCTION_WORDS:
        return None  # 'brought in the most in cleared gifts': what is ranked is not said after 'most'
    return found



# Adjectives that rank by a dimension, and the words of the columns that measure it (English, no schema's names).
MONEY = ("price", "cost", "fare", "fee", "rate", "amount", "total")  # what a thing costs, in the order people mean it
SUPERLATIVES: dict[str, tuple[bool, tuple[str, ...]]] = {
    "highest": (True, ()), "lowest": (False, ()), "most": (True, ()), "least": (False, ()), "fewest": (False, ()),
    "greatest": (True, ()), "top": (True, ()), "bottom": (False, ()),
    "largest": (True, ("area", "size")), "biggest": (True, ("size", "area")), "smallest": (False, ("size", "area")),
    "longest": (True, ("length", "distance", "duration", "second", "minute", "hour")),
    "shortest": (False, ("length", "distance", "duration", "second", "minute", "hour")),
    "tallest": (True, ("height", "altitude", "elevation")), "deepest": (True, ("depth",)),
    "heaviest": (True, ("weight",)), "lightest": (False, ("weight",)), "widest": (True, ("width",)),
    "populous": (True, ("population",)), "expensive": (True, MONEY), "priciest": (True, MONEY), "costliest": (True, MONEY),
    "dearest": (True, MONEY), "cheapest": (False, MONEY),
    "best": (True, ("rating", "score")), "worst": (False, ("rating", "score")), "rated": (True, ("rating", "score")),
}  # fmt: skip



def read_row_ranking(p: Parse) -> None:
    """'the 3 longest rivers', 'top 5 states by area', 'which state has the highest population': the
    rows themselves, ordered by a column of theirs, the first N kept (nothing is aggregated)."""
    extremes = [m for m in p.intent.measures if m.function in ("max", "min")]
    per = [g.column for g in p.intent.group_by] if p.intent.group_by and not any(g.grain for g in p.intent.group_by) and EACH_GROUP_SAID.search(p.text) else []
    if p.intent.rank or (p.intent.group_by and not per) or len(extremes) != len(p.intent.measures):
        return  # a max/min read from 'the highest X' gives way to the rows ranked by X (below)
    if {m.function for m in extremes} == {"min", "max"}:
        return  # 'the cheapest and dearest estimate': both ends asked, no one row
    adjectives = "|".join(SUPERLATIVES)
    number = rf"(?P<n>{NUMBER})"
    column = r"(?:the\s+|their\s+)?(?P<col>(?:number\s+of\s+)?[a-z_]+(?:\s+[a-z_]+)?)"
    patterns = [
        rf"\btop\s+{number}?\s*(?P<subject>(?:[a-z_]+\s+){{0,2}}?)(?:by|in terms of|for)\s+{column}",
        rf"\b(?:the\s+)?{number}?\s*(?P<subject>(?:[a-z_]+\s+){{0,2}}?)(?:(?:that|which|who)\s+)?(?:with|has|have|had|having|is|are)(?:\s+[a-z]+ed)?\s+the\s+"
        rf"(?:(?:most|least)\s+)?(?P<adj>{adjectives})(?:\s+{column})?",
        rf"\b(?:the\s+)?{number}?\s*(?:most\s+|least\s+)?(?P<adj>{adjectives})(?:-(?P<participle>[a-z]+)|\s+(?P<rated>rated))?\s+(?P<subject>[a-z_]+)",
        # 'the top 3 titles of the publications that have the highest number of references'
        rf"\btop\s+{number}\s+[a-z_]+\s+of\s+(?:the\s+)?(?P<subject>[a-z_]+)\s+(?:(?:that|which|who)\s+)?(?:with|has|have|had|having)\s+the\s+"
        rf"(?:(?:most|least)\s+)?(?P<adj>{adjectives})(?:\s+{column})?",
    ]
    text = without_presentation_order(p.normalized if extremes else p.text)  # 'ordered from longest to shortest' ranks nothing
    for pattern in patterns:
        for match in re.finditer(pattern, text):
            subject = (match["subject"] or "").split()
            if pattern != patterns[0] and not (subject and resolve_table(p.catalog, subject[-1]) == p.intent.main_table):
                continue  # what is ranked must be the rows read ('the longest rivers'), not any word after 'longest'
            if match["n"] is None and singular(subject[-1]) != subject[-1]:
                continue  # 'restaurants with the highest rating': how many is not said
            adjective = match.groupdict().get("adj") or "top"
            descending, dimension = SUPERLATIVES[adjective]
            participle = match.groupdict().get("participle") or match.groupdict().get("rated")
            if participle == "rated":  # 'the highest-rated restaurant', 'the lowest rated': by its rating
                dimension = SUPERLATIVES["rated"][1]
            elif participle:  # 'the 5 best-attended performances': by the number the verb makes (attendance)
                dimension = _measured_by(p, participle)
                if not dimension:
                    continue
            if re.search(rf"\bleast\s+{adjective}\b", p.text):
                descending = not descending
            ranked = ranked_column(p, (match.groupdict().get("col") or "").strip(), dimension)
            if ranked is None and match["n"] and len(extremes) == 1 and (extremes[0].function == "max") == descending and re.fullmatch(rf"{p.intent.main_table}\.\w+", extremes[0].column or ""):
                ranked = extremes[0].column  # 'the 2 largest loans': by what the largest loan was read as (`ln_amt`), the rows kept
            if ranked is None:
                continue
            count = match["n"] or "1"
            limit = number_value(count)
            if per and match["n"] is None and "top" not in match[0]:
                continue  # 'the highest loan in each category': a maximum of each (the measure read)
            if per:  # 'the two largest loans we've ever made in every category': the first two of each category, rows as they are
                p.intent.rank = Ranking(column=ranked, descending=descending, limit=limit, per=per)
                p.intent.group_by, p.intent.measures = [], []
                return
            if thing := _thing_the_rows_repeat(p, subject[-1] if subject else "", ranked):  # 'top 10 parts by quantity' of part lines:
                name = f"total_{ranked.split('.')[1]}"  # each part's quantity summed over its lines, never the 10 biggest lines
                p.intent.group_by = [GroupKey(column=thing)]
                p.intent.measures = [MeasureIntent(function="sum", column=ranked, name=name)]
                p.intent.rank = Ranking(measure=name, descending=descending, limit=limit)
                return
            p.intent.rank = Ranking(column=ranked, descending=descending, limit=limit)
            p.intent.measures = [m for m in p.intent.measures if m.column != ranked]
            return


# a ranking said of each group: 'in each category', 'for every branch', 'per region'
EACH_GROUP_SAID = re.compile(r"\b(?:(?:in|for|of|within|from|at)\s+(?:each|every)|per)\s+[a-z_]+")


# What a table of lines of a document is called: its rows are lines, the thing on each line repeats.
LINE_WORDS = {"line", "lines", "ln", "lne", "item", "items", "itm"}


def _thing_the_rows_repeat(p: Parse, noun: str, ranked: str) -> str | None:
    """`table.column`: the column of the rows read that the ranked noun names, when the rows are lines ('Parts sold, one
    row per part line') and its values repeat over them (fewer values listed than rows, no key): `part_cd`."""
    main = p.catalog.table(p.intent.main_table)
    said_lines = {*main.name.lower().split("_"), *re.findall(r"[a-z]+", (main.comment or "").lower())} & LINE_WORDS if main else set()
    if not noun or not said_lines:
        return None  # ('the 3 longest flights': a flight number repeats over days, each row is a flight)
    prefix = table_prefix([c.name for c in main.columns])
    said = [c for c in main.columns if singular(noun) in spoken_words(c.name, prefix) and c.values and not is_numeric(c.type)]
    said = [c for c in said if c.name not in (main.primary_key or []) and f"{main.name}.{c.name}" != ranked and main.rows > len(c.values)]
    coded = [c for c in said if set(spoken_words(c.name, prefix)) & {"code", "id", "number"}]  # `part_cd` beside `part_desc`
    found = coded if len(said) > 1 else said
    return f"{main.name}.{found[0].name}" if len(found) == 1 else None



def _measured_by(p: Parse, participle: str) -> tuple[str, ...]:
    """The words of the main table's one numeric column named after a verb ('attended' -> attendance,
    'visited' -> visits), or nothing."""
    from ai_etl.language.spoken import verb_lemma

    verb = verb_lemma(participle)
    main = p.catalog.table(p.intent.main_table)
    prefix = table_prefix([c.name for c in main.columns])
    if kinds := verb_quantities(participle):  # 'the 5 best-paid employees': by their salary
        return next((tuple([k]) for k in kinds if any(is_numeric(c.type) and k in spoken_words(c.name, prefix) for c in main.columns)), ())
    if not verb or len(verb) < 4:
        return ()
    found = {w for c in main.columns if is_numeric(c.type) for w in spoken_words(c.name, prefix) if w.startswith(verb.rstrip("e"))}
    return tuple(found) if len(found) == 1 else ()


COUNT_WORDS = {"num", "count", "cnt", "nb", "number"}  # `citation_num`, `review_count`: how many of a thing



def ranked_column(p: Parse, phrase: str, dimension: tuple[str, ...]) -> str | None:
    """A numeric column of the main table named by the phrase, else the one measuring the adjective's dimension."""
    main = p.catalog.table(p.intent.main_table)
    words_ = phrase.split()
    for size in range(len(words_), 0, -1):
        phrase_ = " ".join(words_[:size])
        if (column := column_of(main, phrase_)) and is_numeric(main.column(column).type):
            near = [
                t.name for t in p.catalog.tables
                if any(ref.split(".")[0] == main.name for ref in t.references.values()) and column_of(t, phrase_)
            ]  # fmt: skip
            # 'the business with the highest rating': its own rating, or its reviews'? Not ours to guess.
            # (A parent's column is no rival: 'cities with the highest population' is not their state's.)
            return None if near else f"{main.name}.{column}"
    if counted := re.match(r"number\s+of\s+([a-z_]+)", phrase):  # 'the highest number of citations': citation_num
        column = counting_column(main, counted[1]) or column_of(main, counted[1])  # or `pages` itself
        column = column if column and is_numeric(main.column(column).type) else None
        return f"{main.name}.{column}" if column else None
    prefix = table_prefix([c.name for c in main.columns])
    for measured in dimension:  # the dimensions in the order the adjective means them: 'longest' is a distance before a delay
        found = [c.name for c in main.columns if is_numeric(c.type) and measured in spoken_words(c.name, prefix)]
        if found:
            return f"{main.name}.{found[0]}" if len(found) == 1 else None
    return None


def counting_column(table: CatalogTable, things: str) -> str | None:
    """The one numeric column that holds how many `things` a row has (`citation_num`, `track_count`): a column
    the owner named for the count is the count, before any count of another table's rows."""
    prefix = table_prefix([c.name for c in table.columns])
    thing = lemma(things)
    found = [c.name for c in table.columns if is_numeric(c.type) and set(spoken_words(c.name, prefix)) - COUNT_WORDS == {thing}
             and set(c.name.split("_")) & COUNT_WORDS]  # fmt: skip
    found = found or [c.name for c in table.columns if _whole_number(c.type) and c.name not in table.references and c.name != table.identifier
                      and c.name.removeprefix(prefix or "") == things != thing]  # fmt: skip
    return found[0] if len(found) == 1 else None  # (a whole number named for the things in the plural: `seats` of a booking)


def _whole_number(column_type: str) -> bool:
    return column_type in ("smallint", "integer", "bigint", "int", "int2", "int4", "int8")


def named_as_a_count(table: CatalogTable, column: str) -> bool:
    """Is `column` a whole number named for the things it counts, in the plural (`seats`, `guests`)?"""
    found = table.column(column)
    prefix = table_prefix([c.name for c in table.columns])
    said = column.removeprefix(prefix or "")
    return found is not None and _whole_number(found.type) and column not in table.references and lemma(said) != said and counting_column(table, said) == column


def count_commented(table: CatalogTable, things: str) -> str | None:
    """The one numeric column whose comment says it is the number of `things` (`n_plyr`, 'Number of bowlers in the booking'):
    what 'more than 10 bowlers' compares."""
    thing = lemma(things)
    found = [c.name for c in table.columns if is_numeric(c.type) and c.name not in table.references and c.name != table.identifier
             and (said := count_noun(c)) and lemma(said) == thing]  # fmt: skip
    if not found:  # `ltr_cnt` 'chargeable letters and figures': a count its comment calls by the things counted
        prefix = table_prefix([c.name for c in table.columns])
        found = [c.name for c in table.columns if is_numeric(c.type) and c.name not in table.references and c.name != table.identifier
                 and spoken_words(c.name, prefix)[-1:] in (("count",), ("number",)) and thing in {lemma(name.split()[-1]) for name in c.called}]  # fmt: skip
    return found[0] if len(found) == 1 else None

