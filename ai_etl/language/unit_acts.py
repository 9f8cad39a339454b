"""'Hectolitres packaged', 'tonnes hauled', 'hours listened': a unit with the act right after it is an amount of
that act, kept in the one column of the unit's dimension whose table or comment records the act. Read before the
states a legend names: 'packaged' here is which volume, not the batches whose state is 'P = packaged'."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import QUALIFIED
from ai_etl.language.reading import Parse
from ai_etl.language.spoken import is_past_verb, verb_lemma
from ai_etl.language.units import UNITS, names_a_state, unit_measure


def read_unit_acts(p: Parse) -> None:
    """Where the act is also a state of other rows than the amount's ('P = packaged' of the batches), the rows read
    are the amount's (when no table is read yet), before the state's rows are taken for them; the measure readers
    convert the amount to the unit said."""
    for match in re.finditer(r"\b([a-z]+)\s+(?=([a-z]+)\b)", p.text):  # ('total hectolitres packaged')
        unit, verb = match[1], match[2]
        if unit not in UNITS or len(unit) < 2 or not is_past_verb(verb):
            continue
        measured = unit_measure(list(p.catalog.tables), unit, verb_lemma(verb), first_is_read=False)
        if measured is None:
            continue
        table = p.catalog.table(QUALIFIED.search(measured)[0].split(".")[0])
        if names_a_state(table, verb) or not any(names_a_state(t, verb) for t in p.catalog.tables):
            continue  # a state of the amount's own rows ('D = delivered') is still read; no other rows' is said
        # the act, after a unit, describes the amount: `value_conditions.describes_a_measure` reads no state from it
        p.intent.main_table = p.intent.main_table or table.name
