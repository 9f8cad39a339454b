"""Values a request names, found in the source (value linking): "lakes in Michigan" names a value of
`lake.state_name`, which no catalog lists (a name column has thousands of values, and listing them
would put data in every prompt). The phrases of the request that could be values are looked up
once per table, read-only and bounded; what matches is added to the catalog for this request only
(`CatalogColumn.mentioned`), so the Planner reads it as it reads the values of a status column.

A phrase is a candidate only if it reads as a name: capitalized in the request (not as its first
word), quoted, or two words or more that are not all common words. A lower-case single word is
never looked up: "load the database table" must not filter on the keyword 'Database'.
"""

from __future__ import annotations

import re

from psycopg import sql
from psycopg.errors import QueryCanceled

from ai_etl.agents.contracts import Catalog
from ai_etl.language.request_text import singular

TEXT_TYPES = ("text", "character varying", "character", "varchar", "citext")
NUMERIC_TYPES = ("numeric", "integer", "bigint", "smallint", "real", "double precision", "decimal", "money")
NUMERIC_TYPE = re.compile(r"(numeric|integer|bigint|smallint|real|double|decimal|money|u?int\d*\b|float\d*\b)")
KEY_LIKE = re.compile(r"(^|_)(id|key|no|code)$")


def is_numeric(kind: str) -> bool:
    """A PostgreSQL or ClickHouse number type (`numeric(12,2)`, `int4`, `Float64`), never `interval`."""
    return bool(NUMERIC_TYPE.match(kind.lower()))


def is_measuring_number(name: str, kind: str) -> bool:
    """A number that measures something (an amount, a quantity), not a key, a number of a document or a code."""
    return is_numeric(kind) and not KEY_LIKE.search(name)
NOT_NAMES = re.compile(r"(^|_)(id|uuid|email|url|phone|description|comment|body|content|text|hash|token|password)$")
COMMON = {
    "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "per", "each",
    "every", "all", "any", "what", "which", "who", "whose", "how", "many", "much", "is", "are", "was", "were", "be",
    "have", "has", "had", "do", "does", "did", "that", "this", "these", "those", "there", "their", "its", "it", "as",
    "than", "more", "less", "most", "least", "not", "no", "into", "load", "show", "list", "give", "get", "find",
    "count", "number", "total", "average", "name", "names", "me", "i", "we", "daily", "weekly", "monthly", "hourly",
    "where", "when", "between", "after", "before", "since", "top", "first", "last", "table", "data",
}  # fmt: skip
MAX_WORDS = 4
TIMEOUT_MS = 3000


def candidate_phrases(request: str, catalog: Catalog) -> set[str]:
    """Lower-cased phrases of the request that could be values of a name column (see the module docstring)."""
    schema_words = {w for t in catalog.tables for name in (t.name, *(c.name for c in t.columns)) for w in name.lower().split("_")}
    phrases = {q.strip().lower() for q in re.findall(r"[\"“']([^\"”']{2,60})[\"”']", request)}
    for sentence in re.split(r"[.?!;:,()]+", request):
        words = re.findall(r"[A-Za-z0-9][\w&'.-]*[\w]|[A-Za-z]", sentence)
        for size in range(1, MAX_WORDS + 1):
            for start in range(len(words) - size + 1):
                gram = words[start : start + size]
                lowered = [w.lower() for w in gram]
                if all(w in COMMON or w.isdigit() for w in lowered) or lowered[0] in COMMON or lowered[-1] in COMMON:
                    continue
                capitalized = all(w[0].isupper() for w in gram) and start > 0
                named = size > 1 and sum(w not in COMMON and singular(w) not in schema_words for w in lowered) >= 1
                if capitalized or named:
                    phrases.add(" ".join(lowered))
    return phrases


def with_mentioned_values(request: str, conn, schema: str, catalog: Catalog) -> Catalog:
    """A copy of `catalog` whose text columns carry the values the request names (`mentioned`)."""
    phrases = sorted(candidate_phrases(request, catalog))
    if not phrases:
        return catalog
    found: dict[tuple[str, str], set[str]] = {}
    for table in catalog.tables:
        columns = [c.name for c in table.columns if c.type.startswith(TEXT_TYPES) and not c.values and not NOT_NAMES.search(c.name)]
        if not columns:
            continue
        pairs = sql.SQL(", ").join(sql.SQL("({}, {}::text)").format(sql.Literal(c), sql.Identifier(c)) for c in columns)
        query = sql.SQL("select distinct x.c, x.v from {s}.{t} cross join lateral (values {pairs}) as x(c, v) where lower(x.v) = any(%s)").format(
            s=sql.Identifier(schema), t=sql.Identifier(table.name), pairs=pairs
        )
        try:
            with conn.transaction():
                conn.execute(sql.SQL("set local statement_timeout = {}").format(sql.Literal(TIMEOUT_MS)))
                for column, value in conn.execute(query, (phrases,)):
                    found.setdefault((table.name, column), set()).add(value)
        except QueryCanceled:
            continue  # a table too large to scan in time names nothing; the phrase stays unplaced
    if not found:
        return catalog
    copy = catalog.model_copy(deep=True)
    for table in copy.tables:
        for column in table.columns:
            if (table.name, column.name) in found:
                column.mentioned = sorted(found[(table.name, column.name)])
    return copy
