"""Places said by name where the data holds their codes: 'California' for a `state` column of 'CA',
'Germany' for a `country` column of 'DE'. Which code system a column uses is read from its own values
(ISO 3166 country codes, or the subdivision codes of the one country that covers most of them), never
assumed from the column's name: a column of 'CA', 'NY', 'TX' is US states; one of 'CA', 'MD', 'BI' is
not, and then no name is offered for its codes."""

from __future__ import annotations

from functools import lru_cache

import pycountry

MIN_SHARE = 0.6  # of a column's code-like values the chosen system must know


@lru_cache(maxsize=1)
def _code_systems() -> dict[str, dict[str, tuple[str, ...]]]:
    """System name -> code -> the lower-case names people say for it (ISO 3166-1 and 3166-2, from pycountry)."""
    systems: dict[str, dict[str, tuple[str, ...]]] = {"alpha_2": {}, "alpha_3": {}}
    for country in pycountry.countries:
        names = tuple(dict.fromkeys(n.lower() for n in (country.name, getattr(country, "common_name", None)) if n))
        systems["alpha_2"][country.alpha_2] = names
        systems["alpha_3"][country.alpha_3] = names
    for subdivision in pycountry.subdivisions:
        country, _, code = subdivision.code.partition("-")
        systems.setdefault(f"subdivisions of {country}", {})[code] = (subdivision.name.lower(),)
    return systems


@lru_cache(maxsize=256)
def place_names(values: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """For a column's values, the names that say each code, when the values read as one code system."""
    codes = [v for v in values if 2 <= len(v) <= 3 and v.isalpha() and v.isupper()]
    if len(codes) < 2 or len(codes) < MIN_SHARE * len(values):
        return {}
    ranked = sorted(_code_systems().values(), key=lambda system: sum(code in system for code in codes), reverse=True)
    covered = [sum(code in system for code in codes) for system in ranked[:2]]
    if covered[0] < MIN_SHARE * len(codes) or covered[0] == covered[1]:
        return {}  # no system, or two equally good ones ('CA', 'DE': countries or US states?)
    return {code: ranked[0][code] for code in codes if code in ranked[0]}


def value_forms(values: list[str]) -> list[tuple[str, str]]:
    """(what a request may say, the value it means) for each value: the value itself, and the place names of codes."""
    names = place_names(tuple(values))
    return [(value, value) for value in values] + [(name, code) for code, said in names.items() for name in said]
