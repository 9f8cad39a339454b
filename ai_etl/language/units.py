"""Quantities said in units: 'hours listened' over a `seconds_played` column, 'kilometres driven' over
`distance_km`. A unit word names the one numeric column near the rows that is kept in a unit of the
same dimension, converted when the units differ (seconds to hours: / 3600)."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import CatalogTable
from ai_etl.catalog.values import is_numeric
from ai_etl.language.acts import act_verbs
from ai_etl.language.spoken import spoken_words, verb_lemma

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
    **dict.fromkeys(("lb", "lbs", "pound"), ("mass", 453.592)),
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
}


def column_unit(column: str) -> str | None:
    """The unit a column's name keeps it in (`dur_sec`, `seconds_played`, `distance_km`, `kwh_qty`)."""
    units = [part for part in column.lower().split("_") if part in UNITS and len(part) > 1]
    return units[0] if len(units) == 1 else None


def unit_measure(tables: list[CatalogTable], said: str, act: str | None = None) -> str | None:
    """`table.column`, converted to the unit said, for the one numeric column of `tables` kept in a unit
    of the same dimension as `said` ('hours' -> `play_event.seconds_played / 3600`); of several, the one
    the act said names or records ('hours listened': the plays' seconds, not the episodes' length), else the
    one of the rows read (`tables[0]`)."""
    if said not in UNITS:
        return None
    dimension, size = UNITS[said]
    found = [(t, c.name) for t in tables for c in t.columns if (u := column_unit(c.name)) and UNITS[u][0] == dimension and is_numeric(c.type)]
    if len(found) > 1 and act:
        found = [(t, c) for t, c in found if act in spoken_words(c) or act in act_verbs(t.name)]
    if len(found) > 1 and tables and sum(t is tables[0] for t, _ in found) == 1:
        found = [(t, c) for t, c in found if t is tables[0]]  # 'minutes of calls': the calls' own length, not their plan's allowance
    if len(found) != 1:
        return None  # none, or several and which one is not said
    table, name = found[0]
    factor = UNITS[column_unit(name)][1] / size
    return f"{table.name}.{name}" if factor == 1 else f"{table.name}.{name} {'*' if factor > 1 else '/'} {_number(max(factor, 1 / factor))}"


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
    return bool(re.search(rf"\b{re.escape(column)}\b\)?\s*{re.escape(op)}\s*{re.escape(factor)}(?:\.0+)?\b", sql, re.I))


def same_dimension(said: str, column: str) -> bool:
    """Whether a column is kept in a unit of the dimension of a unit word ('hours' and `seconds_played`)."""
    unit = column_unit(column)
    return said in UNITS and unit is not None and UNITS[unit][0] == UNITS[said][0]


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.6g}"


def unit_measure_said(tables: list[CatalogTable], words: list[str]) -> str | None:
    """The measure a unit among `words` names, the act said after it choosing ('hours listened')."""
    for at, word in enumerate(words):
        act = verb_lemma(words[at + 1]) if at + 1 < len(words) else None
        if measured := unit_measure(tables, word, act):
            return measured
    return None


def unit_owner(tables: list[CatalogTable], words: list[str]) -> str | None:
    """The table of the column a unit among `words` names ('hours listened': `play_event`)."""
    measured = unit_measure_said(tables, words)
    return measured.split(".")[0] if measured else None
