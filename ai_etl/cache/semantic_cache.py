"""A cache of generations that never answers a different request: exact, then verified semantic.

1. exact: the normalized request + model + prompt version + the source schema's fingerprint;
2. semantic candidates: chromadb over MiniLM embeddings, filtered by the same model, prompt
   version and schema fingerprint;
3. verification: a candidate is a hit only when the structured intent the deterministic parser
   reads from both requests is identical (tables, target, schedule, filters, measures, group keys,
   derivations, load mode) and both name the same anchors (numbers, quoted names, source names and
   values). Plain similarity ranks "daily at 2 AM" next to "hourly" above true paraphrases, so it
   only proposes; the intent decides.

Entries live under the project (`.data/cache/`: SQLite for entries and stats, a chromadb folder for
vectors). Any failure of the cache itself (corrupted or locked folder, missing model) is one
warning and a miss: generation never depends on the cache.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sqlite3
import time
import unicodedata
import warnings
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel

from ai_etl.agents.contracts import Catalog, Intent

PROMPT_VERSION = "2026-11-26.1"
ENTRIES = """
create table if not exists entries (
  id text primary key, request text not null, normalized text not null, exact_key text not null,
  signature text not null, schema_fp text not null, model text not null, prompt_version text not null,
  payload text not null, calls integer not null, tokens integer not null,
  created_at real not null, last_hit real not null, hits integer not null default 0
);
create index if not exists entries_exact on entries (exact_key);
create index if not exists entries_created on entries (created_at);
create table if not exists stats (name text primary key, value integer not null);
"""


class CacheSettings(BaseModel):
    ttl_days: float = 30
    max_entries: int = 10_000
    candidates: int = 10
    min_similarity: float = 0.5


class Lookup(BaseModel):
    hit: bool
    layer: Literal["exact", "semantic"] | None = None
    matched: str | None = None
    similarity: float | None = None
    entry_id: str | None = None
    payload: dict | None = None
    rejected: list[str] = []  # candidates the verification turned down (examples, never answers)
    reason: str = ""
    calls_avoided: int = 0  # what the cached generation cost: the model calls and tokens a hit saves
    tokens_avoided: int = 0


def normalize(request: str) -> str:
    text = unicodedata.normalize("NFKC", request).lower()
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s'\"*:./-]", " ", text)).strip()


def schema_fingerprint(catalog: Catalog) -> str:
    """What the reading depends on: names, types, listed values, references, and whether a number is a
    fraction (a discount of 0..1 is taken off a price; not its exact bounds, which move with the data)."""
    shape = [(t.name, [(c.name, c.type, c.values) + ((True,) if _fraction(c.bounds) else ()) for c in t.columns], t.references) for t in catalog.tables]
    return hashlib.sha256(json.dumps(shape, sort_keys=True, default=str).encode()).hexdigest()[:16]


def _fraction(bounds: tuple[float, float] | None) -> bool:
    return bounds is not None and 0 <= bounds[0] and bounds[1] <= 1


def intent_signature(intent: Intent) -> str:
    data = intent.model_dump(exclude={"schedule_phrase", "refusal"})
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:20]


TIME_WORDS = re.compile(
    r"\b(?:at|@|в)\s*\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?|\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?!\w)"
    r"|\b(?:every|each|каждые)\s+\d+\s*(?:minutes?|mins?|hours?|минут\w*|час\w*)",
    re.IGNORECASE,
)


def anchors(request: str, catalog: Catalog, intent: Intent) -> list[str]:
    """What the request names that its intent does not explain: such requests never share an answer.

    Numbers outside times of day and intervals (the schedule explains those), quoted names, and
    source columns or values the intent does not use ("... with the email" that a parser ignored)."""
    text = TIME_WORDS.sub(" ", normalize(request))
    explained = json.dumps(intent.model_dump(exclude={"schedule_phrase", "refusal"}), default=str).lower()
    found = {n for n in re.findall(r"\d+(?:[.:]\d+)?", text) if n not in explained}
    found |= set(re.findall(r"['\"`]([^'\"`]+)['\"`]", request.lower()))
    columns = {c.name for t in catalog.tables for c in t.columns}
    values = {v.lower() for t in catalog.tables for c in t.columns for v in c.known_values()}
    found |= {w for w in set(re.findall(r"\w+", text)) if (w in columns or w in values) and w not in explained}
    return sorted(found)


class SemanticCache:
    def __init__(self, root: Path, model: str, settings: CacheSettings | None = None, embedder=None, prompt_version: str = PROMPT_VERSION):
        self.root, self.model, self.prompt_version = Path(root), model, prompt_version
        self.settings = settings or CacheSettings()
        self._embedder = embedder
        self._collection = None
        self.available = True
        self.problem: str | None = None  # why the cache cannot be used, for the commands about the cache itself
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.root / "cache.db", timeout=2, check_same_thread=False)
            self.db.executescript(ENTRIES)
            self.db.execute("select id, exact_key, schema_fp, payload, last_hit, hits from entries limit 0").fetchall()
            self.db.execute("select name, value from stats limit 0").fetchall()  # a table of another shape fails here
        except (sqlite3.Error, OSError) as err:
            self.problem = str(err)
            self._degrade(f"the cache at {self.root} cannot be used ({err}); generating without it")

    # ------------------------------------------------------------------ plumbing

    def _degrade(self, message: str) -> None:
        if self.available:
            warnings.warn(message, stacklevel=3)
        self.available = False

    def _vectors(self, schema_fp: str):
        """One collection per (model, prompt version, schema fingerprint): no metadata filter on
        the query (filtered HNSW search is several times slower), and a schema change simply
        starts a new collection."""
        import chromadb

        from ai_etl.cache.embeddings import chroma_embedding_function, configured_embedder

        self._embedder = self._embedder or configured_embedder(os.environ)
        key = f"{self.model}\x1f{self.prompt_version}\x1f{schema_fp}\x1f{self._embedder.name}"  # vectors of one space only
        name = "r_" + hashlib.sha256(key.encode()).hexdigest()[:20]
        if self._collection is None:
            settings = chromadb.Settings(anonymized_telemetry=False)
            server = os.environ.get("AI_ETL_CHROMA_URL")  # a chroma server at scale, e.g. http://chroma:8000
            if server:
                parts = urlsplit(server)
                self._client = chromadb.HttpClient(host=parts.hostname, port=parts.port or 8000, ssl=parts.scheme == "https", settings=settings)
            else:
                self._client = chromadb.PersistentClient(path=str(self.root / "chroma"), settings=settings)
            self._collection = {}
        if name not in self._collection:
            self._collection[name] = self._client.get_or_create_collection(
                name, embedding_function=chroma_embedding_function(self._embedder), metadata={"hnsw:space": "cosine"}
            )
        return self._collection[name]

    def _count(self, name: str, by: int = 1) -> None:
        self.db.execute("insert into stats values (?, ?) on conflict(name) do update set value = value + excluded.value", (name, by))

    def _exact_key(self, normalized: str, schema_fp: str) -> str:
        return hashlib.sha256(f"{normalized}\x1f{self.model}\x1f{self.prompt_version}\x1f{schema_fp}".encode()).hexdigest()

    # ------------------------------------------------------------------ API

    def lookup(self, request: str, catalog: Catalog) -> Lookup:
        if not self.available:
            return Lookup(hit=False, reason="cache unavailable")
        try:
            return self._lookup(request, catalog)
        except Exception as err:  # noqa: BLE001 - a broken cache is a miss, never a failed generation
            self._degrade(f"the cache failed ({type(err).__name__}: {str(err)[:200]}); generating without it")
            return Lookup(hit=False, reason="cache unavailable")

    def _lookup(self, request: str, catalog: Catalog) -> Lookup:
        from ai_etl.language.request_parser import parse_request

        normalized, schema_fp = normalize(request), schema_fingerprint(catalog)
        self._expire()
        with self.db:
            self._count("lookups")
            row = self.db.execute(
                "select id, request, payload, calls, tokens from entries where exact_key = ?", (self._exact_key(normalized, schema_fp),)
            ).fetchone()
            if row:
                return self._hit(row, "exact", 1.0, request)
        intent = parse_request(request, catalog)
        if intent.refusal or intent.main_table is None:
            return Lookup(hit=False, reason="the request has no intent to verify a candidate against")
        signature, wanted = intent_signature(intent), anchors(request, catalog, intent)
        found = self._vectors(schema_fp).query(query_texts=[normalized], n_results=self.settings.candidates)
        rejected = []
        for entry_id, distance in zip(found["ids"][0], found["distances"][0]):
            similarity = 1 - distance
            if similarity < self.settings.min_similarity:
                continue
            row = self.db.execute("select id, request, payload, calls, tokens, signature from entries where id = ?", (entry_id,)).fetchone()
            if row is None:
                continue
            if row[5] == signature and anchors(row[1], catalog, intent) == wanted:
                with self.db:
                    return self._hit(row[:5], "semantic", similarity, request)
            rejected.append(row[1])
        with self.db:
            if rejected:
                self._count("guard_rejections", len(rejected))
        return Lookup(hit=False, rejected=rejected, reason=f"{len(rejected)} similar request(s) differ in intent" if rejected else "no similar request")

    def _hit(self, row, layer: str, similarity: float, probe: str = "") -> Lookup:
        entry_id, request, payload, calls, tokens = row
        logging.getLogger("ai_etl.cache").info(f"{layer} hit (similarity {similarity:.3f}): {probe!r} answered by the cached {request!r}")
        self.db.execute("update entries set hits = hits + 1, last_hit = ? where id = ?", (time.time(), entry_id))
        self._count(f"hits_{layer}")
        self._count("calls_avoided", calls)
        self._count("tokens_avoided", tokens)
        return Lookup(hit=True, layer=layer, matched=request, similarity=round(similarity, 4), entry_id=entry_id, payload=json.loads(payload),
                      calls_avoided=calls, tokens_avoided=tokens)

    def store(self, request: str, catalog: Catalog, intent: Intent, payload: dict, calls: int, tokens: int) -> None:
        if not self.available:
            return
        try:
            normalized, schema_fp = normalize(request), schema_fingerprint(catalog)
            entry_id = hashlib.sha256(f"{normalized}\x1f{schema_fp}\x1f{self.model}\x1f{self.prompt_version}".encode()).hexdigest()[:24]
            now = time.time()
            with self.db:
                self.db.execute(
                    "insert or replace into entries values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    (entry_id, request, normalized, self._exact_key(normalized, schema_fp), intent_signature(intent), schema_fp,
                     self.model, self.prompt_version, json.dumps(payload, default=str), calls, tokens, now, now),
                )  # fmt: skip
            self._vectors(schema_fp).upsert(ids=[entry_id], documents=[normalized])
            self._evict()
        except Exception as err:  # noqa: BLE001
            self._degrade(f"the cache could not store an entry ({type(err).__name__}: {str(err)[:200]})")

    def _expire(self) -> None:
        cutoff = time.time() - self.settings.ttl_days * 86400
        old = [r[0] for r in self.db.execute("select id from entries where created_at < ?", (cutoff,))]
        self._delete(old)

    def _evict(self) -> None:
        extra = self.db.execute("select count(*) from entries").fetchone()[0] - self.settings.max_entries
        if extra > 0:
            self._delete([r[0] for r in self.db.execute("select id from entries order by last_hit limit ?", (extra,))])

    def _delete(self, ids: list[str]) -> None:
        if not ids:
            return
        placeholders = ",".join("?" * len(ids))
        by_schema: dict[str, list[str]] = {}
        for entry_id, schema_fp in self.db.execute(f"select id, schema_fp from entries where id in ({placeholders})", ids):
            by_schema.setdefault(schema_fp, []).append(entry_id)
        with self.db:
            self.db.executemany("delete from entries where id = ?", [(i,) for i in ids])
            self._count("evicted", len(ids))
        for schema_fp, entry_ids in by_schema.items():
            self._vectors(schema_fp).delete(ids=entry_ids)

    def stats(self) -> dict:
        values = dict(self.db.execute("select name, value from stats").fetchall()) if self.available else {}
        entries = self.db.execute("select count(*) from entries").fetchone()[0] if self.available else 0
        return {"entries": entries, **{k: values.get(k, 0) for k in ("lookups", "hits_exact", "hits_semantic", "guard_rejections", "calls_avoided", "tokens_avoided", "evicted")}}

    def clear(self) -> None:
        import shutil

        if self.available:
            self.db.close()
        shutil.rmtree(self.root, ignore_errors=True)
        self.__init__(self.root, self.model, self.settings, self._embedder, self.prompt_version)
