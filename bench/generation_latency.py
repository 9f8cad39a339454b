"""Generation time per request with the built-in offline model, validation dry run included.

Runs `ai_etl.agents.orchestrator.generate` (plan -> ground -> write -> validate, dry run on a
sample of the real source in a scratch chDB) for every request of the eval set plus paraphrases,
in one process, without writing or materializing. The first request pays the imports (litellm,
dbt) and is reported apart; the statistics are over the rest.

    .venv/bin/python bench/generation_latency.py [--project projects/ecommerce] [--repeat 1]

Ends with `RESULT median_s=... p90_s=...`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PARAPHRASES = [
    "Copy the clients table to ClickHouse every night at 3",
    "Every hour, bring over the completed orders from Postgres",
    "Sum of order amounts per region for refunded orders",
    "How many users signed up each month?",
    "Average unit price per product category",
    "Загружать клиентов из Германии еженедельно в понедельник в 6 утра",
    "Cancelled orders in EUR from 2024 with an amount above 100",
    "Sales transactions together with the customer country, every 30 minutes",
]


def requests_to_time(eval_file: Path) -> list[str]:
    cases = yaml.safe_load(eval_file.read_text())["cases"] if eval_file.exists() else []
    return [c["request"] for c in cases if not c["expect"].get("error")] + PARAPHRASES


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", default=str(ROOT / "projects" / "ecommerce"))
    parser.add_argument("--eval-file", default=str(ROOT.parent / "shared" / "eval" / "requests.yaml"))
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()

    started = time.perf_counter()
    from ai_etl.agents.gateway import Gateway, gateway_config
    from ai_etl.agents.orchestrator import GenerateOptions, generate
    from ai_etl.cli import cmd_db
    from ai_etl.errors import UserError
    from ai_etl.project_files import load_project

    cmd_db(argparse.Namespace(project=args.project, action="start"))
    folder = load_project(Path(args.project))
    gateway = Gateway(gateway_config(folder.project.llm))
    print(f"imports and start: {time.perf_counter() - started:.1f} s")

    rows = []
    for request in requests_to_time(Path(args.eval_file)) * args.repeat:
        began = time.perf_counter()
        try:
            result = generate(request, folder, gateway=gateway, options=GenerateOptions(use_cache=False))
            outcome, stages = f"ok {result.pipeline}", result.stages
        except UserError as err:
            outcome, stages = f"refused: {str(err)[:60]}", {}
        rows.append((time.perf_counter() - began, request, outcome, stages))

    print(f"\n{'seconds':>8}  {'schema':>6} {'plan':>5} {'write':>5} {'valid':>5}  request -> outcome")
    for seconds, request, outcome, stages in rows:
        parts = [stages.get(k, 0) for k in ("read schema", "plan", "write", "validate")]
        print(f"{seconds:8.2f}  {parts[0]:6.2f} {parts[1]:5.2f} {parts[2]:5.2f} {parts[3]:5.2f}  {request[:60]} -> {outcome}")
    first, rest = rows[0][0], sorted(r[0] for r in rows[1:])
    median = statistics.median(rest)
    p90 = rest[min(len(rest) - 1, int(round(0.9 * (len(rest) - 1))))]
    failures = sum(1 for r in rows if not r[2].startswith("ok"))
    print(f"\nfirst request (pays imports): {first:.2f} s; {len(rest)} more: median {median:.2f} s, p90 {p90:.2f} s, {failures} not generated")
    print(f"RESULT median_s={median:.2f} p90_s={p90:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
