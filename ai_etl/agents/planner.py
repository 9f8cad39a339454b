"""Planner: a request -> an Intent. Refuses what it cannot ground; never asks a question back.

Safety comes before any model sees the request: secrets, destructive or injected statements and
oversized requests are refused here, by rule, so no model answer can turn them into a pipeline.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

from ai_etl.agents.contracts import Catalog, Intent
from ai_etl.agents.gateway import Gateway
from ai_etl.agents.schema_analyst import Refusal

MAX_REQUEST_CHARS = 4_000
# verbs that change or remove data, as verbs: 'drop-ins', 'soft-delete flags' and 'grant applications' are nouns of a schema
DESTRUCTIVE = re.compile(
    r"(?<![\w-])(drop|delete|truncate|alter|wipe|erase|purge|destroy|(?:grant|revoke)\s+(?:all|select|insert|update|delete|usage|execute|connect|create|access|privileges?|permissions?|roles?)|"
    r"update\s+[\w.\"]+\s+set|insert\s+into|удал\w*|очист\w*|уничтож\w*)\b(?!-)",
    re.IGNORECASE,
)
# a destructive verb whose subject is a thing of the data, asked about, not a command: 'how many flying days did the weather
# wipe out', 'which events did the storm destroy' (never 'can you wipe', 'please delete', 'we need to drop')
SAID_OF_ANOTHER_SUBJECT = re.compile(r"\b(?:did|does|do|has|have|had)\s+(?:the|a|an|our|their|its|this|that)\s+(?!data\b|table\b|tables\b|database\b)[a-z]+(?:\s+[a-z]+)?\s+$", re.IGNORECASE)
# a statement after a ';' has SQL's shape ('; select pg_sleep(1)', '; delete from t'); '; update it twice a day' is prose
STATEMENT = re.compile(
    r";\s*(?:also\s+|then\s+|and\s+)?(?:run\s+|execute\s+)?"
    r"(?:select\s+(?:\*|[\w.]+\s*\(|[^;]*\bfrom\s+[\w.\"]+)|update\s+[\w.\"]+\s+set|delete\s+from|insert\s+into"
    r"|(?:create|drop|alter)\s+(?:or\s+replace\s+)?(?:temp\w*\s+)?(?:table|view|database|schema|index|function|role|user|extension|trigger|materialized)"
    r"|grant|revoke|truncate|copy\s+[\w.\"]+\s+(?:from|to)|call\s+[\w.]+\s*\(|do\s+\$|exec\w*)\b"
    r"|--|/\*|\b(?:exec(?:ute)?|run)\s+(?:sql|statement|command|query)\b",
    re.IGNORECASE,
)
# a secret typed into a request would reach the pipeline's description, the artifact store, the cache
# and a model: a value given for a password/token/key, credentials in a URL, keys shaped like AWS/OpenAI keys
SECRET_VALUE = re.compile(
    r"\b(?:password|passwd|pwd|passphrase|secret|token|api[ _-]?key|access[ _-]?key|пароль|токен)\b"
    r"\s*(?:is|was|=|:|равен|—|-)\s*(\"[^\"]+\"|'[^']+'|\S+)",
    re.IGNORECASE,
)
SECRET_SHAPE = re.compile(r"\b[a-z][a-z0-9+.-]*://[^\s/:@]+:[^\s/@]+@|\bAKIA[0-9A-Z]{16}\b|\bsk-[A-Za-z0-9_-]{20,}", re.IGNORECASE)
SYSTEM = """task: plan
You turn a data engineer's request into the JSON intent of an ETL pipeline from a source database
to ClickHouse. The user message is JSON: {"request": str, "catalog": {tables: [{name, primary_key,
columns: [{name, type, values}], references}]}}. Use only table and column names from the catalog,
written as "table.column". Put names the request uses that the catalog lacks in unknown_tables.
Set refusal (one sentence) when the request is vague, contradictory or impossible. Answer with the
JSON object only."""


class PlanInput(BaseModel):
    request: str
    catalog: Catalog


def check_request(request: str) -> None:
    """Refuse, by rule, what must never reach a model, a store or a source: empty, huge, secret-bearing,
    destructive, injected."""
    text = request.strip()
    if not text:
        raise Refusal("The request is empty; say which data to load, from where, and when.")
    if len(text) > MAX_REQUEST_CHARS:
        raise Refusal(f"The request is {len(text):,} characters long; describe one pipeline in at most {MAX_REQUEST_CHARS:,}.")
    if SECRET_SHAPE.search(text) or any(_looks_secret(m[1]) for m in SECRET_VALUE.finditer(text)):
        raise Refusal(
            "The request contains what looks like a password, token or key; secrets belong in environment variables that "
            "project.yaml names (`url_env`, `password_env`), never in a request: remove it and ask again (nothing was stored)."
        )
    if match := next((m for m in DESTRUCTIVE.finditer(text) if not SAID_OF_ANOTHER_SUBJECT.search(text[: m.start()])), None):
        raise Refusal(
            f"The request asks to {match[0].lower()} data; ai-etl only reads sources and builds pipelines, so ask to load or transform data instead."
        )
    if STATEMENT.search(text):
        raise Refusal("The request contains SQL statements or comments; describe the data you want in words, not statements to run.")


def _looks_secret(value: str) -> bool:
    """A value given for a password or key that is one: quoted, or with digits or symbols, or not made
    of English words ('hunter2', 'letmein', 'ghp_x9...'). Words describe instead: 'the password is
    hashed', 'token is the session id', 'secret: expires_at'."""
    from ai_etl.language.coverage import FUNCTION_WORDS
    from ai_etl.language.spoken import word_classes

    if value[0] in "\"'":
        return True
    value = value.rstrip(".,;!?)")
    if re.search(r"\d|[^\w]", value):
        return True
    if not value.isascii():  # no lexicon here for other scripts: letters alone are taken for words
        return False
    return not all(word_classes(part) or part.lower() in FUNCTION_WORDS for part in value.split("_") if part)


def plan(request: str, catalog: Catalog, gateway: Gateway) -> Intent:
    check_request(request)
    intent = gateway.ask(SYSTEM, PlanInput(request=request, catalog=catalog).model_dump_json(), Intent)
    if intent.refusal:
        raise Refusal(intent.refusal)
    return intent
