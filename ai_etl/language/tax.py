"""Amounts before and after tax, read from what the schema says of its columns: 'before VAT' is the amount whose
comment says it excludes VAT (or is named net), 'VAT included' the one whose comment says it includes it (or is
named gross/total), else the net amount plus the tax column. Nothing is guessed where the table does not say."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import CatalogColumn, CatalogTable
from ai_etl.catalog.values import is_numeric
from ai_etl.language.spoken import spoken_words, table_prefix

TAX = r"(?:vat|gst|sales\s+tax|taxes|tax)"
NET_OF_TAX = re.compile(rf"\b(?:before|excluding|excl\.?|ex|without|net\s+of|exclusive\s+of|not\s+counting|minus|less)\s+(?:the\s+|any\s+)?(?P<tax>{TAX})\b")
WITH_TAX = re.compile(
    rf"\b(?:including|incl\.?|inclusive\s+of|plus|with)\s+(?:the\s+)?(?P<tax>{TAX})\b|\b(?P<tax2>{TAX})\s+(?:included|inclusive)\b|\bcount\s+(?P<tax3>{TAX})\s+in\b"
)


def tax_said(text: str) -> tuple[str, re.Match] | None:
    """('net', match) for 'before VAT', ('gross', match) for 'VAT included'; None when no tax is said."""
    if match := NET_OF_TAX.search(text):
        return "net", match
    if match := WITH_TAX.search(text):
        return "gross", match
    return None


def _says(column: CatalogColumn, words: str) -> bool:
    return bool(re.search(rf"\b(?:{words})\s+(?:the\s+)?{TAX}\b", (column.comment or "").lower()))


def amount_as_taxed(table: CatalogTable, kind: str) -> str | None:
    """`table.column` (or `net + tax`) of the amount before ('net') or after ('gross') tax, if the table says which."""
    prefix = table_prefix([c.name for c in table.columns])
    money = [c for c in table.columns if is_numeric(c.type) and not c.name.endswith("_id")]
    tax = [c for c in money if {"vat", "tax", "gst"} & set(spoken_words(c.name, prefix)) and not (c.comment and _says(c, "before|excluding|excl\\.?|including|incl\\.?"))]
    net = [c for c in money if _says(c, "before|excluding|excl\\.?|ex|without|net\\s+of")] or [c for c in money if "net" in spoken_words(c.name, prefix)]
    gross = [c for c in money if _says(c, "including|incl\\.?|inclusive\\s+of|with|plus")] or [c for c in money if {"gross"} & set(spoken_words(c.name, prefix))]
    if kind == "net":
        return f"{table.name}.{net[0].name}" if len(net) == 1 else None
    if len(gross) == 1:
        return f"{table.name}.{gross[0].name}"
    return f"{table.name}.{net[0].name} + {table.name}.{tax[0].name}" if len(net) == 1 and len(tax) == 1 else None
