"""The semantic cache on a workload of repeats, paraphrases and near-misses; lookup latency at 10,000 entries.

The workload (tests/data/cache_workload.yaml, made by `--write-workload` from the templates below,
deterministic) labels every request with the pipeline it asks for (`group`: table, filter,
schedule, target). Requests are looked up in order against the demo shop's catalog; a miss
"calls the models" (2 calls: plan + write, with the tokens the offline model reports) and stores
the answer; a hit is wrong when the entry it returns belongs to another group.

    .venv/bin/python bench/cache_workload.py [--entries 10000] [--write-workload]

Ends with `RESULT wrong_hits=... calls_avoided=... p50_ms=... p99_ms=...`.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WORKLOAD = ROOT / "tests" / "data" / "cache_workload.yaml"
CATALOG = ROOT / "tests" / "data" / "shop_catalog.json"

TABLES = {
    "orders": ["orders", "purchases", "the orders table", "order records"],
    "customers": ["customers", "clients", "customer data", "the customers table"],
    "sales_transactions": ["sales data", "sales transactions", "payments", "the sales_transactions table"],
    "users": ["users", "user accounts", "the users table", "members"],
    "products": ["products", "the product catalog", "the products table", "product records"],
}
FILTERS = {
    "orders": [None, "completed", "cancelled", "refunded"],
    "customers": [None, "from Germany", "from France", "from Japan"],
    "sales_transactions": [None, "failed", "completed"],
    "users": [None, "active", "from Spain"],
    "products": [None, "active"],
}
SCHEDULES = {
    "0 2 * * *": ["daily at 2 AM", "every day at 2 am", "each day at 02:00"],
    "0 * * * *": ["hourly", "every hour", "each hour"],
    "*/15 * * * *": ["every 15 minutes", "every fifteen minutes", "every 15 min"],
    "0 6 * * 1": ["weekly on Monday at 6 AM", "every Monday at 6 am", "each week on Monday at 06:00"],
    None: ["on demand", "manually", "when I run it by hand"],
}
VERBS = ["Load", "Copy", "Move", "Sync", "Bring over", "Transfer"]
SOURCES = ["from PostgreSQL", "from Postgres", "from the Postgres database", "from postgres"]
TARGETS = ["to ClickHouse", "into ClickHouse", "into the warehouse", "to ClickHouse"]


def phrase(rng: random.Random, table: str, filt: str | None, cron: str | None, variant: int) -> str:
    noun = TABLES[table][variant % len(TABLES[table])]
    if filt is None:
        subject = noun
    elif filt.startswith("from "):
        subject = f"{noun} {filt}"
    else:
        subject = f"{'only ' if variant % 2 else ''}{filt} {noun}"
    when = SCHEDULES[cron][variant % len(SCHEDULES[cron])]
    verb, source, target = rng.choice(VERBS), rng.choice(SOURCES), rng.choice(TARGETS)
    return rng.choice([f"{verb} {subject} {source} {target} {when}", f"{when[0].upper()}{when[1:]}, {verb.lower()} {subject} {source} {target}"])


def make_workload(seed: int = 42) -> list[dict]:
    rng = random.Random(seed)
    groups = [(t, f, c) for t in TABLES for f in FILTERS[t] for c in SCHEDULES]
    rng.shuffle(groups)
    chosen, near = groups[:40], groups[40:]
    requests = []
    for table, filt, cron in chosen:
        group = f"{table}|{filt}|{cron}"
        first = phrase(rng, table, filt, cron, 0)
        requests += [{"request": first, "group": group, "kind": "original"}, {"request": first, "group": group, "kind": "repeat"}]
        requests += [{"request": phrase(rng, table, filt, cron, v), "group": group, "kind": "paraphrase"} for v in (1, 2)]
    for table, filt, cron in near[:60]:  # differ from some chosen group in one slot: schedule, filter or table
        requests.append({"request": phrase(rng, table, filt, cron, rng.randrange(3)), "group": f"{table}|{filt}|{cron}", "kind": "near_miss"})
    rng.shuffle(requests)
    return requests


def run_workload(requests: list[dict], cache_dir: Path) -> dict:
    from ai_etl.agents.contracts import Catalog
    from ai_etl.cache.semantic_cache import SemanticCache
    from ai_etl.language.request_parser import parse_request

    catalog = Catalog.model_validate(json.loads(CATALOG.read_text()))
    cache = SemanticCache(cache_dir, "ai-etl/offline")
    calls = avoided = wrong = 0
    group_of: dict[str, str] = {}
    details = []
    for item in requests:
        found = cache.lookup(item["request"], catalog)
        calls += 2
        if found.hit:
            avoided += 2
            right = group_of.get(found.matched) == item["group"]
            wrong += not right
            details.append((item["kind"], "hit" if right else "WRONG HIT", item["request"], found.matched))
        else:
            intent = parse_request(item["request"], catalog)
            cache.store(item["request"], catalog, intent, {"group": item["group"]}, calls=2, tokens=300)
            group_of[item["request"]] = item["group"]
            details.append((item["kind"], "miss", item["request"], None))
    return {"calls": calls, "avoided": avoided, "wrong_hits": wrong, "stats": cache.stats(), "details": details}


def latency_at(entries: int, cache_dir: Path, probes: int = 300) -> tuple[float, float]:
    """Fill a cache with `entries` distinct requests, then time lookups of new ones."""
    from ai_etl.agents.contracts import Catalog
    from ai_etl.cache.semantic_cache import CacheSettings, SemanticCache
    from ai_etl.language.request_parser import parse_request

    catalog = Catalog.model_validate(json.loads(CATALOG.read_text()))
    cache = SemanticCache(cache_dir, "ai-etl/offline", CacheSettings(max_entries=entries + probes))
    rng = random.Random(7)
    from ai_etl.cache.semantic_cache import schema_fingerprint

    collection = cache._vectors(schema_fingerprint(catalog))
    batch, rows = [], []
    for i in range(entries):
        table = rng.choice(list(TABLES))
        text = f"{phrase(rng, table, rng.choice(FILTERS[table]), rng.choice(list(SCHEDULES)), rng.randrange(3))} (batch {i})"
        batch.append(text)
        if len(batch) == 500 or i == entries - 1:
            from ai_etl.cache.semantic_cache import intent_signature, normalize, schema_fingerprint

            fp = schema_fingerprint(catalog)
            ids = [f"bulk{i}_{j}" for j in range(len(batch))]
            collection.add(ids=ids, documents=[normalize(t) for t in batch])
            now = time.time()
            rows = [(id_, t, normalize(t), f"k{id_}", intent_signature(parse_request(t, catalog)), fp, cache.model, cache.prompt_version, "{}", 2, 300, now, now) for id_, t in zip(ids, batch)]
            with cache.db:
                cache.db.executemany("insert into entries values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows)
            batch = []
    times = []
    for _ in range(probes):
        table = rng.choice(list(TABLES))
        text = phrase(rng, table, rng.choice(FILTERS[table]), rng.choice(list(SCHEDULES)), rng.randrange(3))
        started = time.perf_counter()
        cache.lookup(text, catalog)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(0.99 * len(times)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--write-workload", action="store_true", help="regenerate tests/data/cache_workload.yaml")
    args = parser.parse_args()
    if args.write_workload or not WORKLOAD.exists():
        WORKLOAD.write_text("# Made by bench/cache_workload.py --write-workload (deterministic).\n" + yaml.safe_dump({"requests": make_workload()}, sort_keys=False, allow_unicode=True, width=200))
    requests = yaml.safe_load(WORKLOAD.read_text())["requests"]
    with tempfile.TemporaryDirectory() as tmp:
        result = run_workload(requests, Path(tmp) / "workload")
        kinds = {}
        for kind, outcome, _request, _matched in result["details"]:
            kinds.setdefault(kind, {}).setdefault(outcome, 0)
            kinds[kind][outcome] += 1
        print(f"workload: {len(requests)} requests")
        for kind, outcomes in sorted(kinds.items()):
            print(f"  {kind:<11} {outcomes}")
        for kind, outcome, request, matched in result["details"]:
            if outcome == "WRONG HIT":
                print(f"  WRONG: {request!r} answered by {matched!r}")
        print(f"  stats: {result['stats']}")
        ratio = result["avoided"] / result["calls"]
        p50, p99 = latency_at(args.entries, Path(tmp) / "latency")
        print(f"lookup latency with {args.entries:,} entries: p50 {p50:.1f} ms, p99 {p99:.1f} ms")
    print(f"RESULT wrong_hits={result['wrong_hits']} calls_avoided={ratio:.2f} p50_ms={p50:.1f} p99_ms={p99:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
