"""Bad inputs and a concurrent writer on the embedded stack: a table per category and one RESULT line.

1. The bad-input catalogue (tests/faults/bad_inputs.py, 280 generated cases): each case is written
   into a scratch project beside a good pipeline and met by the command that reads it (`validate`,
   or the store's reader); it counts as a clear error when `bad_inputs.judge` finds one sentence that
   names the file (and field) and what to do, no traceback, the good pipeline still loading and
   nothing written.
2. A keyed incremental load (`cursor: updated_at, key: [id]`) run again and again while writer
   threads change the source (tests/faults/concurrent_writer.py): lost and duplicated rows at every
   run's end, per scenario. "late commits" runs two writers whose transactions stay open up to 100 ms
   after setting `updated_at = now()`: a row can then commit with a cursor below a mark already read,
   which the loader's open-transaction bound (ai_etl/loading.py) reads again on the next run.

    .venv/bin/python bench/input_faults.py [--runs 15] [--skip-writer]

Prints `RESULT bad_inputs=N clear_errors=N lost_rows=N duplicated_rows=N` (bench/faults.py merges it).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO / "tests" / "faults"), str(REPO / "tests")]

from bad_inputs import catalogue, judge, restore, saved_state, workspace  # noqa: E402
from concurrent_writer import COLUMNS, SETUP, Writer, WriterLog, check_run, initial_rows  # noqa: E402

from ai_etl.demo_data import generate  # noqa: E402
from ai_etl.embedded_postgres import EmbeddedPostgres  # noqa: E402
from ai_etl.resources import PostgresResource  # noqa: E402


def bad_inputs(root: Path, shop_url: str) -> tuple[int, int]:
    os.environ["SHOP_DATABASE_URL"] = shop_url
    project = workspace(root / "catalogue", shop_url)
    by_category: dict[str, Counter] = defaultdict(Counter)
    unclear: list[tuple[str, str]] = []
    started = time.perf_counter()
    for case in catalogue():
        saved = saved_state(project)
        try:
            why = judge(case, project)
        finally:
            restore(project, saved)
        by_category[case.category]["cases"] += 1
        by_category[case.category]["clear"] += why is None
        if why:
            unclear.append((case.id, why))
    print(f"\nBad inputs ({time.perf_counter() - started:.0f} s)\n")
    print(f"| {'category':<20} | cases | clear error |")
    print(f"|{'-' * 22}|-------|-------------|")
    for category, counts in by_category.items():
        print(f"| {category:<20} | {counts['cases']:>5} | {counts['clear']:>11} |")
    total = sum(c["cases"] for c in by_category.values())
    clear = sum(c["clear"] for c in by_category.values())
    print(f"| {'all':<20} | {total:>5} | {clear:>11} |")
    for case_id, why in unclear:
        print(f"  not clear: {case_id}: {why}")
    return total, clear


SCENARIOS = {  # name -> (transfer, writers, hold_s)
    "one writer, pull": ("pull", 1, 0.0),
    "one writer, arrow": ("arrow", 1, 0.0),
    "late commits (2 writers, <=100 ms)": ("pull", 2, 0.1),
}


def concurrent_writer(root: Path, server: EmbeddedPostgres, runs: int) -> tuple[int, int]:
    import dagster as dg
    from project_builder import make_project, pipeline, query

    from ai_etl.definitions import build_definitions
    from ai_etl.pipeline_runs import execute_pipeline

    print(f"\nKeyed incremental load under concurrent writers ({runs} runs each, then one after the writers stop)\n")
    print("| scenario                           | changes | raced runs | lost keys | still lost at the end | duplicated | phantom | hard deletes kept |")
    print("|------------------------------------|---------|------------|-----------|-----------------------|------------|---------|-------------------|")
    lost_total = duplicated_total = 0
    for i, (name, (transfer, writers, hold_s)) in enumerate(SCENARIOS.items()):
        url = server.start(f"writer_{i}")
        with PostgresResource(url=url).connect() as conn:
            conn.execute(SETUP)
        os.environ["SHOP_DATABASE_URL"] = url
        load = {"mode": "incremental", "cursor": "updated_at", "key": ["id"], "transfer": transfer}
        project = make_project(root / f"writer_{i}", "loads", [pipeline("p", {"table": "items"}, "items_copy", load=load)])
        defs = build_definitions(project, prepare=True)
        initial, log = initial_rows(url), WriterLog()
        threads = [Writer(url, log, seed=11 + part, part=part, parts=writers, hold_s=hold_s) for part in range(writers)]
        checks = []
        with dg.DagsterInstance.ephemeral() as instance:
            for thread in threads:
                thread.start()
            try:
                for _ in range(runs):
                    a = log.position()
                    execute_pipeline(defs, "loads", "p", instance=instance)
                    b = log.position()
                    checks.append((a, b, check_run(initial, log.changes, a, b, query(project, f"SELECT {', '.join(COLUMNS)} FROM loads.items_copy FINAL"))))
            finally:
                for thread in threads:
                    thread.stop.set()
                for thread in threads:
                    thread.join(timeout=30)
            end = log.position()
            execute_pipeline(defs, "loads", "p", instance=instance)
            checks.append((end, end, check_run(initial, log.changes, end, end, query(project, f"SELECT {', '.join(COLUMNS)} FROM loads.items_copy FINAL"))))
        errors = [t.error for t in threads if t.error]
        if errors:
            print(f"  writer failed: {errors[0]!r}")
        # a row counts once however many run ends miss it (a key stuck at an old version is missed at each)
        lost = len({key for _, _, c in checks for key in c.lost})
        duplicated = max(c.duplicated for _, _, c in checks)
        phantom = len({key for _, _, c in checks for key in c.phantom})
        raced = sum(1 for a, b, _ in checks if b > a)
        print(f"| {name:<34} | {len(log.changes):>7} | {raced:>4} of {len(checks):<3} | {lost:>9} | {len(checks[-1][2].lost):>21} | {duplicated:>10} | {phantom:>7} | {checks[-1][2].hard_deleted_kept:>17} |")
        shown = set()
        for a, b, check in checks:
            for key in [k for k in check.lost if k not in shown][:3]:
                shown.add(key)
                before, during, got, _ = check.detail[key]
                print(f"    run end after change {b}: key {key} lost: expected {before}, found {got}")
        lost_total += lost
        duplicated_total += duplicated + phantom
    return lost_total, duplicated_total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--skip-writer", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="input_faults_") as tmp:
        root = Path(tmp)
        server = EmbeddedPostgres(root / "pg")
        server.start("postgres")
        try:
            shop_url = server.start("shop")
            with PostgresResource(url=shop_url).connect() as conn:
                generate(conn, rows=500, seed=42)
            total, clear = bad_inputs(root, shop_url)
            lost, duplicated = (0, 0) if args.skip_writer else concurrent_writer(root, server, args.runs)
        finally:
            server.stop()
    print(f"\nRESULT bad_inputs={total} clear_errors={clear} lost_rows={lost} duplicated_rows={duplicated}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
