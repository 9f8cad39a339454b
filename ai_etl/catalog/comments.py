"""What a column's comment says its codes mean: 'P = published, D = draft (not out yet), X = taken down',
'OP = open (unpaid); PD = paid', 'ELEC_ANLG (analog electricity)'. Owners of coded columns write the
legend in the schema; a request says 'published episodes', never `status_cd = 'P'`. Only codes the
column really holds are named, so a comment that is prose names nothing."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import CatalogColumn
from ai_etl.catalog.places import value_forms

# 'P = published', 'PD: paid', 'W - water', each ended by a comma, a semicolon or the end
_ENTRY = re.compile(r"(?:^|[,;/]|\band\b)\s*['\"]?(?P<code>[\w+-]{1,24}?)['\"]?\s*(?:=|:|\s[-–—]\s|\bmeans\b)\s*(?P<name>[^,;=]+?)\s*(?=[,;/]|$)")
# 'ELEC_ANLG (analog electricity)': a value explained in brackets
_BRACKETED = re.compile(r"(?:^|[,;/])\s*(?P<code>[\w+-]{1,24})\s*\((?P<name>[^)]+)\)")
MAX_WORDS = 4  # a name, not a sentence


def value_names(comment: str | None, values: list[str] | None) -> dict[str, list[str]]:
    """code -> the lower-case names the comment gives it, for codes among `values`."""
    if not comment or not values:
        return {}
    held = {v.strip(): v for v in values}
    found: dict[str, list[str]] = {}
    for pattern in (_ENTRY, _BRACKETED):
        for match in pattern.finditer(comment.strip()):
            code = held.get(match["code"].strip())
            if code is None:
                continue
            for name in _names(match["name"]):
                if name.lower() != code.lower() and name not in found.setdefault(code, []):
                    found[code].append(name)
    return {code: names for code, names in found.items() if names}


def _names(said: str) -> list[str]:
    """'open (unpaid)' -> ['open', 'unpaid']; 'electricity (rate per kWh)' -> ['electricity']: a bracket of
    one or two words is another name, a longer one an explanation."""
    names = [" ".join(said.split("(")[0].lower().split())]
    names += [n for part in re.findall(r"\(([^)]*)\)", said) if len((n := " ".join(part.lower().split())).split()) <= 2]  # ('rate per kWh' explains)
    return [n for n in names if n and len(n.split()) <= MAX_WORDS and not n[0].isdigit()]


def said_forms(column: CatalogColumn) -> list[tuple[str, str]]:
    """(what a request may say, the value it means): the values, place names of codes, and the names
    the column's comment gives its codes."""
    named = [(name, code) for code, names in column.value_names.items() for name in names]
    return value_forms(column.known_values()) + named
