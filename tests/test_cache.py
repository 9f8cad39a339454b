"""The semantic cache: paraphrases hit, every kind of near-miss misses, schema changes invalidate,
TTL and size bound, a broken cache degrades to a miss, and generation answers a paraphrase with
no model call. The workload's precise numbers live in bench/cache_workload.py."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

from ai_etl.agents.contracts import Catalog
from ai_etl.cache.semantic_cache import CacheSettings, SemanticCache
from ai_etl.language.request_parser import parse_request

CATALOG = Catalog.model_validate(json.loads((Path(__file__).parent / "data" / "shop_catalog.json").read_text()))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

STORED = [
    "Load sales data from PostgreSQL to ClickHouse daily at 2 AM",
    "Load only completed orders from Postgres into ClickHouse every hour",
    "Load orders placed in 2023 from PostgreSQL to ClickHouse",
    "Copy all records from PostgreSQL table 'users' to ClickHouse table 'users_analytics' daily at 2 AM",
    "Count orders per status, on demand",
]


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> SemanticCache:
    cache = SemanticCache(tmp_path_factory.mktemp("cache"), "ai-etl/offline")
    for request in STORED:
        cache.store(request, CATALOG, parse_request(request, CATALOG), {"request": request}, calls=2, tokens=300)
    return cache


@pytest.mark.parametrize(
    ("probe", "stored"),
    [
        ("load sales data from postgresql to clickhouse daily at 2 am", STORED[0]),
        ("Transfer sales records from the Postgres database to ClickHouse every day at 2am", STORED[0]),
        ("Every hour, bring over the completed orders from Postgres", STORED[1]),
        ("Move orders placed in 2023 from Postgres into ClickHouse", STORED[2]),
        ("How many orders are there per status? I run it manually", STORED[4]),
    ],
)
def test_repeats_and_paraphrases_hit(cache, probe, stored):
    found = cache.lookup(probe, CATALOG)
    assert found.hit and found.matched == stored and found.payload == {"request": stored}


@pytest.mark.parametrize(
    ("probe", "differs_in"),
    [
        ("Load sales data from PostgreSQL to ClickHouse hourly", "schedule"),
        ("Load sales data from PostgreSQL to ClickHouse daily at 3 AM", "schedule"),
        ("Load only cancelled orders from Postgres into ClickHouse every hour", "filter"),
        ("Load order items from Postgres into ClickHouse every hour", "table"),
        ("Load orders placed in 2024 from PostgreSQL to ClickHouse", "year"),
        ("Copy all records from PostgreSQL table 'users' to ClickHouse table 'users_copy' daily at 2 AM", "target"),
        ("Загружать данные о заказах из PostgreSQL в ClickHouse ежедневно в 2 часа ночи", "language of a different request"),
        ("Count orders per region, on demand", "group key"),
    ],
)
def test_near_misses_never_hit(cache, probe, differs_in):
    found = cache.lookup(probe, CATALOG)
    assert not found.hit, f"{differs_in}: {probe!r} was answered by {found.matched!r}"


def test_a_schema_change_a_new_model_or_prompt_version_invalidates(cache, tmp_path):
    changed = CATALOG.model_copy(deep=True)
    changed.tables[0].columns.pop()
    assert not cache.lookup(STORED[0], changed).hit
    other_model = SemanticCache(cache.root, "openai/gpt-4o-mini")
    assert not other_model.lookup(STORED[0], CATALOG).hit
    other_prompt = SemanticCache(cache.root, "ai-etl/offline", prompt_version="next")
    assert not other_prompt.lookup(STORED[0], CATALOG).hit


def test_ttl_and_size_bound(tmp_path):
    small = SemanticCache(tmp_path / "small", "ai-etl/offline", CacheSettings(max_entries=2))
    for request in STORED[:3]:
        small.store(request, CATALOG, parse_request(request, CATALOG), {}, calls=2, tokens=1)
    assert small.stats()["entries"] == 2 and small.stats()["evicted"] == 1
    expiring = SemanticCache(tmp_path / "ttl", "ai-etl/offline", CacheSettings(ttl_days=1 / 86400))
    expiring.store(STORED[0], CATALOG, parse_request(STORED[0], CATALOG), {}, calls=2, tokens=1)
    time.sleep(1.2)
    assert not expiring.lookup(STORED[0], CATALOG).hit and expiring.stats()["entries"] == 0


def test_a_corrupted_cache_is_one_warning_and_a_miss(tmp_path):
    root = tmp_path / "broken"
    root.mkdir()
    (root / "cache.db").write_bytes(b"not a database" * 50)
    with pytest.warns(UserWarning, match="cannot be used"):
        broken = SemanticCache(root, "ai-etl/offline")
    assert not broken.lookup(STORED[0], CATALOG).hit
    broken.store(STORED[0], CATALOG, parse_request(STORED[0], CATALOG), {}, calls=2, tokens=1)  # no exception


def test_the_workload_has_no_wrong_hit_and_avoids_calls(tmp_path):
    import yaml
    from cache_workload import WORKLOAD, run_workload

    requests = yaml.safe_load(WORKLOAD.read_text())["requests"]
    assert len(requests) >= 200
    result = run_workload(requests, tmp_path / "workload")
    assert result["wrong_hits"] == 0
    assert result["avoided"] / result["calls"] >= 0.4  # bench: 0.50 of a possible 0.50 (first occurrences must miss)


def test_generation_answers_a_paraphrase_from_the_cache_with_no_model_call(tmp_path, shop_url, monkeypatch):
    from conftest import run_cli
    from project_builder import make_project

    from ai_etl.agents.orchestrator import generate
    from ai_etl.project_files import load_project

    monkeypatch.setenv("SHOP_DATABASE_URL", shop_url)
    project = make_project(tmp_path, "cached", [])
    folder = load_project(project)
    first = generate("Load only completed orders from Postgres into ClickHouse every hour", folder)
    again = generate("Every hour, bring over the completed orders from Postgres", folder)
    assert not first.cache.hit and first.tokens > 0
    assert again.cache.hit and again.cache.layer == "semantic" and again.tokens == 0 and again.validation.passed
    assert again.spec.transformations == first.spec.transformations and again.schedule == first.schedule
    other = generate("Load only refunded orders from Postgres into ClickHouse every hour", folder)
    assert not other.cache.hit and "refunded" in other.spec.transformations[0].condition

    probe = run_cli("cache", "lookup", "Hourly, load the completed orders from Postgres", "--project", str(project), "--json")
    assert probe.returncode == 0 and json.loads(probe.stdout)["hit"] is True
    stats = json.loads(run_cli("cache", "stats", "--project", str(project), "--json").stdout)
    assert stats["hits_semantic"] >= 1 and stats["calls_avoided"] >= 2


def test_a_chroma_server_that_is_down_is_a_miss_not_a_failure(tmp_path, monkeypatch):
    monkeypatch.setenv("AI_ETL_CHROMA_URL", "http://127.0.0.1:9")
    remote = SemanticCache(tmp_path / "remote", "ai-etl/offline")
    with pytest.warns(UserWarning, match="the cache failed"):
        assert not remote.lookup(STORED[1], CATALOG).hit
    assert not remote.lookup(STORED[1], CATALOG).hit  # one warning, then quietly a miss


def test_a_litellm_embedding_model_by_config_is_called_over_http(tmp_path, monkeypatch):
    """AI_ETL_EMBEDDING_MODEL: vectors come from an OpenAI-compatible /v1/embeddings on 127.0.0.1."""
    import hashlib
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    seen: list[list[str]] = []

    class Embeddings(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            texts = body["input"] if isinstance(body["input"], list) else [body["input"]]
            seen.append(texts)
            data = [{"object": "embedding", "index": i, "embedding": [hashlib.md5(f"{t}{j}".encode()).digest()[0] / 255 for j in range(16)]}
                    for i, t in enumerate(texts)]  # fmt: skip
            out = json.dumps({"object": "list", "data": data, "model": body["model"], "usage": {"prompt_tokens": 1, "total_tokens": 1}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(out)))
            self.end_headers()
            self.wfile.write(out)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Embeddings)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("AI_ETL_EMBEDDING_MODEL", "openai/text-embedding-test")
    monkeypatch.setenv("AI_ETL_EMBEDDING_API_BASE", f"http://127.0.0.1:{server.server_address[1]}/v1")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    remote = SemanticCache(tmp_path / "remote", "ai-etl/offline")
    remote.store(STORED[1], CATALOG, parse_request(STORED[1], CATALOG), {"ok": 1}, calls=2, tokens=1)
    assert not remote.lookup("Load only cancelled orders from Postgres into ClickHouse every hour", CATALOG).hit
    assert seen and any("completed orders" in t for batch in seen for t in batch)
    server.shutdown()


def test_every_hit_is_logged_with_what_matched(cache, caplog):
    import logging

    with caplog.at_level(logging.INFO, logger="ai_etl.cache"):
        assert cache.lookup("Every hour, bring over the completed orders from Postgres", CATALOG).hit
    assert "semantic hit" in caplog.text and STORED[1] in caplog.text
