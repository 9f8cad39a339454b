"""Rows some of which were undone: a status whose legend says some rows were voided, cancelled, rejected or
refunded. Summing or counting such rows when the request keeps no state of them would count what did not happen
('the top customers by sales value' over tickets 'V = voided'; 'brought in more than once' over appointments
'X = cancelled'), so which of them count is asked, never guessed."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import CatalogColumn, CatalogTable

UNDONE = {"void", "voided", "cancelled", "canceled", "cancel", "rejected", "refunded", "reversed", "returned", "credit", "draft"}


def states_unsaid(table: CatalogTable, conditions_on: set[str]) -> CatalogColumn | None:
    """The table's status column whose legend says some rows were undone ('V = voided', 'R = load rejected ... (not
    charged)'), when `conditions_on` (the columns the request keeps rows by) holds none of it."""
    undone = [c for c in table.columns if len(c.value_names) > 1 and set(re.findall(r"[a-z]+", " ".join(n.lower() for ns in c.value_names.values() for n in ns))) & UNDONE]
    return None if not undone or {c.name for c in undone} & conditions_on else undone[0]  # (a status kept says it of the reason too)


def which_count(table: CatalogTable, column: CatalogColumn, what: str) -> str:
    """The refusal that names the states: one sentence, what is wrong and what to say."""
    legend = "; ".join(f"{v} = {', '.join(n)}" for v, n in column.value_names.items())
    return f"{what} would count `{table.name}` rows of every `{column.name}` ({legend}); say which of them count."
