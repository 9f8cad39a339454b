"""Quantities said in units: 'hours listened' over a `seconds_played` column, 'kilometres driven' over
`distance_km`. A unit word names the one numeric column near the rows that is kept in a unit of the
same dimension, converted when the units differ (seconds to hours: / 3600)."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import QUALIFIED, CatalogColumn, CatalogTable
from ai_etl.catalog.comments import said_forms
from ai_etl.catalog.values import is_numeric
from ai_etl.language.acts import act_verbs
from ai_etl.language.events import AUXILIARIES
from ai_etl.language.spoken import own_abbreviations, spoken_words, verb_lemma

# unit as written in a column name or a request -> (dimension, size in the dimension's base unit)
UNITS: dict[str, tuple[str, float]] = {
    **dict.fromkeys(("ms", "msec", "millisecond", "milliseconds"), ("time", 0.001)),
    **dict.fromkeys(("s", "sec", "secs", "second", "seconds"), ("time", 1)),
    **dict.fromkeys(("min", "mins", "minute", "minutes"), ("time", 60)),
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), ("time", 3600)),
    **dict.fromkeys(("mm", "millimetre", "millimetres", "millimeter", "millimeters"), ("length", 0.001)),
    **dict.fromkeys(("cm", "centimetre", "centimetres", "centimeter", "centimeters"), ("length", 0.01)),
    **dict.fromkeys(("m", "metre", "metres", "meters"), ("length", 1)),  # ('meter' is also a thing that meters)
    **dict.fromkeys(("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"), ("length", 1000)),
    **dict.fromkeys(("mi", "mile", "miles"), ("length", 1609.344)),
    **dict.fromkeys(("g", "gram", "grams"), ("mass", 1)),
    **dict.fromkeys(("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms"), ("mass", 1000)),
    **dict.fromkeys(("t", "tonne", "tonnes"), ("mass", 1_000_000)),
    **dict.fromkeys(("lb", "lbs", "pound", "pounds"), ("mass", 453.592)),  # ('pounds' of a schema keeping sterling: `unit_measure`)
    **dict.fromkeys(("wh",), ("energy", 1)),
    **dict.fromkeys(("kwh",), ("energy", 1000)),
    **dict.fromkeys(("mwh",), ("energy", 1_000_000)),
    **dict.fromkeys(("sqm", "m2"), ("area", 1)),
    **dict.fromkeys(("sqkm", "km2"), ("area", 1_000_000)),
    **dict.fromkeys(("ha", "hectare", "hectares"), ("area", 10_000)),
    **dict.fromkeys(("acre", "acres"), ("area", 4046.8564224)),
    **dict.fromkeys(("sqft", "ft2"), ("area", 0.09290304)),
    **dict.fromkeys(("ml", "millilitre", "millilitres", "milliliter", "milliliters"), ("volume", 0.001)),
    **dict.fromkeys(("l", "litre", "litres", "liter", "liters"), ("volume", 1)),
    **dict.fromkeys(("hl", "hectolitre", "hectolitres", "hectoliter", "hectoliters"), ("volume", 100)),
    **dict.fromkeys(("m3", "cbm"), ("volume", 1000)),  # ('cubic metres' is said 'm3': `request_text.with_cubic_metres`)
}


# A dimension said by its name ('the weight picked', 'the distance driven'): the one column kept in a unit of it, as it is kept.
DIMENSIONS = {"weight": "mass", "distance": "length", "length": "length", "area": "area", "energy": "energy", "duration": "time"}


def column_unit(column: str) -> str | None:
    """The unit a column's name keeps it in (`dur_sec`, `seconds_played`, `distance_km`, `kwh_qty`); a one-letter
    part only where the schema spells it out as that unit (`cap_l` of 'working capacity in litres')."""
    own = dict(own_abbreviations(column))
    units = [part for part in column.lower().split("_") if part in UNITS and (len(part) > 1 or UNITS.get(own.get(part, "")) == UNITS[part])]
    return units[0] if len(units) == 1 else None


def kept_dimensions(column_names: list[str]) -> set[str]:
    """The dimensions a schema keeps a column in by its name's unit (`length_m`, `dur_sec`, `net_t` of 'tonnes')."""
    units = (column_unit(name) or name.lower().rsplit("_", 1)[-1] for name in column_names if "_" in name or column_unit(name))
    return {UNITS[unit][0] for unit in units if unit in UNITS}


def units_of(dimensions: set[str]) -> set[str]:
    """Every unit word of those dimensions ('litres', 'hectolitres', 'l', ... of a volume)."""
    return {unit for unit, (dimension, _) in UNITS.items() if dimension in dimensions}


def said_dimension(phrase: str) -> str | None:
    """The dimension of a unit said ('square miles': area, 'tonnes': mass), None for a unit not known here."""
    words = re.findall(r"[a-z]+", phrase.lower())
    if words and words[0] in ("square", "sq"):
        return "area"
    if words and words[0] == "cubic":
        return "volume"
    return UNITS[words[-1]][0] if words and words[-1] in UNITS else None


def unit_letters(name: str, comment: str | None) -> dict[str, str]:
    """`cap_l` of 'working capacity in litres' -> {'l': 'litres'}: the one-letter parts of a name that are units its
    comment spells out (a rate's 'per tonne' is no unit the column is kept in)."""
    said = (comment or "").lower()
    found = {}
    for part in name.lower().split("_"):
        words = [w for w in re.findall(r"[a-z]+", said) if len(part) == 1 and part in UNITS and UNITS.get(w) == UNITS[part] and w != part]
        if words and not re.search(rf"\b(?:per|a|an|each)\s+{words[0]}\b", said):
            found[part] = words[0]
    return found


def unit_measure(
    tables: list[CatalogTable], said: str, act: str | None = None, *, first_is_read: bool = True, after: tuple[str, ...] = ()
) -> str | None:
    """`table.column`, converted to the unit said, for the one numeric column of `tables` kept in a unit
    of the same dimension as `said` ('hours' -> `play_event.seconds_played / 3600`); of several, the one
    the act said names or records ('hours listened': the plays' seconds, not the episodes' length), else the
    one of the rows read (`tables[0]`, where the caller put them first; a whole catalog's first table is no choice).
    The words said `after` the unit choose first where they are the rest of a column's name ('litres of new make')."""
    if (said not in UNITS and said not in DIMENSIONS) or (said == "pounds" and any(_sterling(c) for t in tables for c in t.columns)):
        return None  # 'pounds' where money is kept in GBP too: weight or money is not said
    dimension = UNITS[said][0] if said in UNITS else DIMENSIONS[said]
    kept = [
        (t, c) for t in tables for c in t.columns
        if (u := column_unit(c.name)) and UNITS[u][0] == dimension and is_numeric(c.type) and not _rate_per(c, u) and not _said_in_another_unit(c, u)
    ]  # fmt: skip
    if len(kept) > 1 and (named := [(t, c) for t, c in kept if _name_said(c, after)]):
        kept = named  # 'litres of whisky new make': `new_make_vol_l`, not the bottled litres
    if len(kept) > 1 and act:
        kept = amounts_of_act(kept, act)
    found = [(t, c.name) for t, c in kept]
    if len(found) > 1 and first_is_read and tables and sum(t is tables[0] for t, _ in found) == 1:
        found = [(t, c) for t, c in found if t is tables[0]]  # 'minutes of calls': the calls' own length, not their plan's allowance
    if len(found) != 1:
        return None  # none, or several and which one is not said
    table, name = found[0]
    return in_unit_said(said, f"{table.name}.{name}") if said in UNITS else f"{table.name}.{name}"  # ('weight': as it is kept)


OTHER_SCALES = {"deg", "degrees", "celsius", "fahrenheit", "°c", "°f", "%", "percent", "pct"}


_WORDS_OF_AN_AMOUNT = {"vol", "volume", "qty", "quantity", "amt", "amount", "total", "tot", "wt", "weight", "dur", "duration", "len", "length", "dist", "distance"}


def _name_said(column: CatalogColumn, after: tuple[str, ...]) -> bool:
    """Are the words of the column's name other than its unit and dimension, two or more, said among `after` ('litres of
    whisky new make': `new_make_vol_l`)?"""
    own = [w for w in spoken_words(column.name) if w not in UNITS and w not in _WORDS_OF_AN_AMOUNT]
    return len(own) > 1 and f" {' '.join(own)} " in f" {' '.join(after)} "  # (one word is too little: 'minutes to first
    # response' are no `resp_min`, 'first response target, minutes')


def _said_in_another_unit(column: CatalogColumn, unit: str) -> bool:
    """Does the column's comment keep it in a unit of another dimension ('lowest air temperature of the day, deg C' of
    `t_min`: a minimum, not minutes)?"""
    said = re.findall(r"(?:\b(?:cubic|square|sq)\s+)?[a-z°%]+", (column.comment or "").lower())  # ('cubic metres': a volume)
    return any(w in OTHER_SCALES or (len(w) > 1 and said_dimension(w) not in (None, UNITS[unit][0])) for w in said)


def _rate_per(column: CatalogColumn, unit: str) -> bool:
    """Is the column an amount per its unit ('price per m3 owed', `prc_m3`; `hr_rt`, 'hourly wage'), not a quantity kept in it?"""
    comment = (column.comment or "").lower()
    if set(column.name.lower().split("_")) & {"rt", "rate"}:
        return True
    if UNITS[unit][0] == "time" and re.search(r"\b(?:hourly|daily|weekly|monthly|yearly|annual)\b|\bper\s+(?:hour|day|week|month|year)\b", comment):  # ('voice
        # minutes included per month': an allowance)
        return True
    return bool(re.search(rf"\b(?:per|a|an|each)\s+{re.escape(unit)}\b", comment))


def _sterling(column: CatalogColumn) -> bool:
    """Money kept in pounds sterling (`fee_gbp`, 'fee, GBP'), where 'pounds' may be money."""
    return "gbp" in column.name.lower().split("_") or bool(re.search(r"\bGBP\b|£|\bsterling\b", column.comment or ""))


def with_sterling_pounds(text: str, tables: list[CatalogTable]) -> str:
    """'more than 500 pounds' -> 'more than $500' where the schema keeps money in pounds sterling and no weight (a
    comparison of money, which a reader of units would drop as the unit the data is stored in and leave a bare number)."""
    columns = [c for t in tables for c in t.columns]
    if not any(_sterling(c) for c in columns) or "mass" in kept_dimensions([c.name for c in columns]):
        return text
    weighed = any(re.search(r"\b(?:lbs?|pounds?|kg|kilos?|kilograms?|grams?|tonnes?|tons?|weight)\b", (c.comment or "").lower()) for c in columns)
    said = r"quid" if weighed else r"pounds?|quid"  # a weight said in a comment: 'pounds' may be either ('quid' is money)
    return re.sub(rf"(?<![\w$])(\d+(?:\.\d+)?)\s+(?:{said})\b", r"$\1", text)


def amounts_of_act(kept: list[tuple[CatalogTable, CatalogColumn]], act: str) -> list[tuple[CatalogTable, CatalogColumn]]:
    """Of several amounts, those of the act said: the act in the column's own name or comment ('beer packaged in the
    run, litres'), else in its table's name, else in what its table's states are called ('D = delivered')."""
    tiers = (
        [(t, c) for t, c in kept if act in spoken_words(c.name) or act in _comment_verbs(c.comment)],
        [(t, c) for t, c in kept if act in act_verbs(t.name)],
        [(t, c) for t, c in kept if act in _state_verbs(t)],
    )
    return next((tier for tier in tiers if tier), [])


def _comment_verbs(comment: str | None) -> set[str]:
    return {v for w in re.findall(r"[a-z]+", (comment or "").lower()) if (v := verb_lemma(w))}


def names_a_state(table: CatalogTable, word: str) -> bool:
    """Is `word` a value of one of the table's columns, or what its comment calls one ('D = delivered')?"""
    return any(form.strip().lower() == word for c in table.columns for form, _ in said_forms(c))


def _state_verbs(table: CatalogTable) -> set[str]:
    """The acts a table's states are named for ('D = delivered'): its rows are of those acts."""
    return {v for c in table.columns for names in c.value_names.values() for name in names for w in name.lower().split() if (v := verb_lemma(w))}


def in_unit_said(said: str, column: str) -> str | None:
    """`column` converted to the unit `said` of the same dimension ('tonnes' of `hrv_kg`: `hrv_kg / 1000`),
    `column` itself when the units are the same; None when `said` is no unit of the column's dimension."""
    unit = column_unit(column.split(".")[-1])
    if said not in UNITS or unit is None or UNITS[unit][0] != UNITS[said][0]:
        return None
    factor = UNITS[unit][1] / UNITS[said][1]  # (as a float: a Decimal column divided keeps its scale in ClickHouse, 1234.5 kg / 1000 = 1.2 t)
    return column if factor == 1 else f"toFloat64({column}) {'*' if factor > 1 else '/'} {_number(max(factor, 1 / factor))}"


def amount_in_unit_of(column: str, number: int | float, said: str) -> int | float:
    """`number` of the unit `said`, in the unit `column` is kept in ('over 5 miles' of `route_length_km`: 8.04672);
    unchanged when `said` is no other unit of the column's dimension."""
    converted = in_unit_said(said, column)
    if converted is None or converted == column:
        return number
    value = float(f"{number * UNITS[said][1] / UNITS[column_unit(column.split('.')[-1]) or said][1]:.6g}")
    return int(value) if value.is_integer() else value


def kept_in_unit(said: str, column: str, sql: str) -> bool:
    """Whether `sql` gives `column` in the unit `said`: kept in it, or converted to it by its factor."""
    converted = in_unit_said(said, column)
    if converted is None or converted == column:
        return converted is not None
    op, factor = converted.split()[-2:]
    return bool(re.search(rf"\b{re.escape(column)}\b(?:\s*,\s*\d+)?\)*\s*{re.escape(op)}\s*{re.escape(factor)}(?:\.0+)?\b", sql, re.I))  # ('sum(toDecimal128(mins, 9)) / 60')


def same_dimension(said: str, column: str) -> bool:
    """Whether a column is kept in a unit of the dimension of a unit word ('hours' and `seconds_played`) or of the
    dimension named ('weight' and `kg`)."""
    unit = column_unit(column)
    return unit is not None and UNITS[unit][0] == (UNITS[said][0] if said in UNITS else DIMENSIONS.get(said))


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.6g}"


def unit_measure_said(
    tables: list[CatalogTable], words: list[str], act_before: str | None = None, *, first_is_read: bool = True, following: tuple[str, ...] = ()
) -> str | None:
    """The measure a unit among `words` names, the act said after it choosing ('hours listened'), else the act said
    before it ('ran the most kilometres', 'total driving hours'); the words `following` the phrase may name it ('litres of
    new make')."""
    for at, word in enumerate(words):
        gerund = verb_lemma(words[at - 1]) if at and words[at - 1].endswith("ing") else None
        next_act = verb_lemma(words[at + 1]) if at + 1 < len(words) else None
        act = (next_act if next_act not in (None, *AUXILIARIES) else None) or gerund or act_before  # ('mixing hours did ...')
        after = (*words[at + 1 :], *following)[:5]
        if measured := unit_measure(tables, word, act, first_is_read=first_is_read, after=after):
            return measured
    return None


def unit_owner(tables: list[CatalogTable], words: list[str]) -> str | None:
    """The table of the column a unit among `words` names ('hours listened': `play_event`)."""
    measured = unit_measure_said(tables, words, first_is_read=False)
    return QUALIFIED.search(measured)[0].split(".")[0] if measured else None
