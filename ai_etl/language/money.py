"""What a row is worth in money, read from the schema rather than a word list: 'revenue' or 'sales'
of rows that carry a price and a discount is the price less the discount, as TPC-H's revenue is
`l_extendedprice * (1 - l_discount)` and Northwind's `unit_price * quantity * (1 - discount)`.

The discount is taken off only when the data says what kind of number it is: its values lie
between 0 and 1 (a fraction of the price; `CatalogColumn.bounds`). Money off, or a discount whose
values were never read, leaves the sum unknown: no revenue is guessed. An `amount` or `total`
column is what a row was charged, discounts included, and is taken as it is.
"""

from __future__ import annotations

import re

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.language.reading import column_of, is_numeric
from ai_etl.language.spoken import spoken_words, table_prefix

# 'before discount', 'gross revenue', 'the base price': the price as listed, nothing taken off
GROSS = re.compile(r"\b(?:before|without|excluding|ignoring|not\s+counting)\s+(?:the\s+|any\s+)?discounts?\b|\bgross\b|\b(?:list|base)\s+prices?\b")


def discount_column(table: CatalogTable) -> CatalogColumn | None:
    """The table's one numeric column named a discount (`l_discount`, `discount`, `disc_pct`)."""
    prefix = table_prefix([c.name for c in table.columns])
    found = [c for c in table.columns if is_numeric(c.type) and {"discount", "disc"} & set(spoken_words(c.name, prefix))]
    return found[0] if len(found) == 1 else None


def less_discount(price: str, table: CatalogTable, text: str) -> str | None:
    """`price` (an expression over `table`'s qualified columns) net of the table's discount, as the request
    means it; None when a discount is there but what it takes off is not known."""
    discount = discount_column(table)
    if discount is None or GROSS.search(text):
        return price
    low, high = discount.bounds or (None, None)
    if low is not None and 0 <= low and high <= 1:
        return f"{price} * (1 - {table.name}.{discount.name})"
    return None


SPENT_ON = re.compile(r"\b(?:(?P<total>total|all\s+the|the)\s+)?(?:money|amount|cash)\s+(?:spent|paid)\s+(?:on|for|in)\s+(?:the\s+|their\s+)?(?P<what>[a-z_]+)\b")


def with_money_spent_named(text: str, catalog: Catalog) -> str:
    """'the total money spent on fares' is the total of the fares, where a column says the fare."""

    def names_a_number(word: str) -> bool:
        return any((column := column_of(table, word)) and is_numeric(table.column(column).type) for table in catalog.tables)

    return SPENT_ON.sub(lambda m: f"total {m['what']}" if names_a_number(m["what"]) else m[0], text)
