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
from ai_etl.language.acts import ACTS, act_verbs
from ai_etl.language.reading import column_of, is_numeric
from ai_etl.language.references import referring_tables
from ai_etl.language.tax import amount_as_taxed, tax_said
from ai_etl.language.spoken import is_past_verb, lemma, spoken_words, table_prefix, verb_lemma

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
    if low is not None and 0 <= low and high <= 100 and _in_percent(discount):  # `disc_pct`, 'Discount in percent'
        return f"{price} * (100 - {table.name}.{discount.name}) / 100"  # (divided last: a decimal keeps its scale, 12.5 / 100 is never 0.12)
    return None


def _in_percent(column) -> bool:
    """Is a column kept in percent: named so (`disc_pct`, `discount_percent`) or said so ('as a percentage', '%')?"""
    named = set(column.name.lower().split("_")) & {"pct", "percent", "percentage", "perc"}
    return bool(named) or bool(re.search(r"\bper\s*cent|\bpercentage\b|%", column.comment or "", re.I))


SPENT_ON = re.compile(r"\b(?:(?P<total>total|all\s+the|the)\s+)?(?:money|amount|cash)\s+(?:spent|paid)\s+(?:on|for|in)\s+(?:the\s+|their\s+)?(?P<what>[a-z_]+)\b")


def with_money_spent_named(text: str, catalog: Catalog) -> str:
    """'the total money spent on fares' is the total of the fares, where a column says the fare."""

    def names_a_number(word: str) -> bool:
        return any((column := column_of(table, word)) and is_numeric(table.column(column).type) for table in catalog.tables)

    return SPENT_ON.sub(lambda m: f"total {m['what']}" if names_a_number(m["what"]) else m[0], text)


# words for what a row is worth and the currencies a column is kept in ('amt_gbp', 'unit_px_usd')
WORTH = {"amount", "value", "total", "price", "cost", "fee", "charge", "fare"}
CURRENCIES = {"gbp", "usd", "eur", "rub", "chf", "jpy", "cad", "aud", "dollar", "euro", "pound"}


def money_of_their_acts(catalog: Catalog, ranked: str, words: list[str], text: str) -> str | None:
    """'the top 10 customers by sales value', 'by amount invoiced': the money of the rows that refer to the ranked
    ones and record the act said (`wb_tkt`, whose tonnes are 'sold'; `inv`, the invoices), as `table.column`. The
    act picks the one table (by its name or what its comments say it records); with no act said, the one table that
    refers to them and holds money. The amount is that table's one amount (a price per unit is a rate, not summed),
    before or after tax as said (`tax.amount_as_taxed`). None wherever one of these is not one."""
    acts = {a for w in words for a in ((verb_lemma(w),) if is_past_verb(w) else ACTS.get(lemma(w), ())) if a}  # 'invoiced'; 'sales': sell
    priced = [(t, worth) for t in referring_tables(catalog, ranked) if (worth := amounts(t))]
    if acts:
        priced = [(t, worth) for t, worth in priced if acts & (act_verbs(t.name) | _recorded_verbs(t))]
    if len(priced) != 1:
        return None
    table, worth = priced[0]
    if said := tax_said(text):
        return amount_as_taxed(table, said[0])
    return f"{table.name}.{worth[0].name}" if len(worth) == 1 else None


def amounts(table: CatalogTable) -> list[CatalogColumn]:
    """The columns of what a row is worth: money by name or currency, never a rate ('price charged per tonne')."""
    prefix = table_prefix([c.name for c in table.columns])
    money = [c for c in table.columns if is_numeric(c.type) and set(spoken_words(c.name, prefix)) & (WORTH | CURRENCIES) and not c.name.endswith("_id")]
    return [c for c in money if not re.search(r"\bper\b", (c.comment or "").lower()) and "rate" not in spoken_words(c.name, prefix)]


def _recorded_verbs(table: CatalogTable) -> set[str]:
    """The acts a table's comments say its rows record ('net tonnes sold': sell)."""
    texts = [table.comment or "", *(c.comment or "" for c in table.columns)]
    return {v for text in texts for w in re.findall(r"[a-z]+", text.lower()) if is_past_verb(w) and (v := verb_lemma(w))}


# 'TRUE = given away free (staff drink); no money taken': a row that took no money, whatever its price says
_GIVEN_FREE = re.compile(r"\bno\s+money\s+(?:was\s+)?(?:taken|paid|received|charged)\b|\b(?:given|handed)\s+(?:away\s+)?(?:for\s+)?free\b|\bcomplimentary\b|\bon\s+the\s+house\b")


# 'free brews included', 'the complimentary ones': a request that speaks of the free rows says itself what it wants of them
FREE_SAID = re.compile(r"\b(?:free|complimentary|given\s+away)\b")


def given_free(table: CatalogTable) -> list[CatalogColumn]:
    """The yes/no columns whose comment says their rows took no money: money taken ('takings', 'revenue') priced from a
    list price leaves them out."""
    return [c for c in table.columns if c.type == "boolean" and _GIVEN_FREE.search((c.comment or "").lower())]
