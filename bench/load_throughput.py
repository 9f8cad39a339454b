"""Load throughput PostgreSQL -> ClickHouse (embedded chDB): the product against the alternatives.

What it measures, side by side in one run (a shared, noisy machine: compare ratios, not seconds):

  product        the product's extract asset, materialized through Dagster as users get it: a
                 workspace with projects/bench/{project.yaml, pipelines/load_<table>.yaml} and an
                 empty dbt_project/, `build_definitions(..., prepare=True)` and `execute_in_process` of the raw asset
                 only. Timed: the run (Dagster's overhead included), not the imports.
  product-arrow  the same with `load: {transfer: arrow}` (opt-in: --methods ...,product-arrow)
  ceiling        ClickHouse pulls by itself: INSERT INTO t SELECT * FROM postgresql(...)
  adbc           ADBC Arrow batches (numerics decoded as the product does) -> client.insert_arrow
  connectorx     ConnectorX Arrow stream -> client.insert_arrow (skipped when not installed)
  naive          psycopg server-side cursor + fetchmany -> client.insert of tuples; limited to
                 --naive-rows rows on big tables, its rows/s then extrapolated (marked `*`)

on two tables in the embedded PostgreSQL server under bench/.data/load_throughput/ (prepared once, reused):
`orders` of the demo shop (ai_etl.demo_data, --rows-orders) and TPC-H `lineitem` (tpchgen-cli,
--scale; 6M rows at scale 1). Each method runs in a fresh subprocess into a fresh chDB folder, so
its peak memory (ru_maxrss of the process plus its children, in GB = 1e9 bytes) is its own.
Every load is checked: row count and the sum of a numeric column in chDB equal PostgreSQL's.

The last line is
  RESULT ratio_to_ceiling=<product/ceiling rows/s on lineitem> rows_per_s=<product> peak_mem_gb=<product>

Run (from the repository root; the first run prepares the data, several minutes at full size):
  .venv/bin/pip install -r bench/requirements.txt
  .venv/bin/python bench/load_throughput.py --quick           # smoke: 100k orders, lineitem SF0.1
  .venv/bin/python bench/load_throughput.py                   # full: 1M orders, lineitem SF1
  .venv/bin/python bench/load_throughput.py --repeat 3 --naive-rows 0 --skip-lineitem
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from bench_datasets import DATA_DIR, Dataset, PostgresServer, expected_load, prepare_lineitem, prepare_orders  # noqa: E402
from bench_methods import METHODS, Job, WorkerResult, run_job  # noqa: E402

DEFAULT_METHODS = ("ceiling", "product", "adbc", "connectorx", "naive")
RUNS_DIR = DATA_DIR / "runs"


class BenchError(SystemExit):
    """A failed or wrong load: the benchmark stops loudly."""


@dataclass(frozen=True)
class Settings:
    rows_orders: int
    scale: float
    repeat: int
    skip_lineitem: bool
    naive_rows: int | None
    methods: tuple[str, ...]


@dataclass(frozen=True)
class ReportRow:
    """One line of the table: the median over --repeat runs of a method on a dataset."""

    method: str
    dataset: str
    rows: int  # rows loaded per run
    source_rows: int  # rows of the whole table
    seconds: float
    peak_mem_gb: float
    children_mem_gb: float
    base_mem_gb: float
    note: str

    @property
    def extrapolated(self) -> bool:
        return self.rows < self.source_rows

    @property
    def rows_per_s(self) -> float:
        return self.rows / self.seconds


# ------------------------------------------------------------------ parent side


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows-orders", type=int, default=1_000_000, help="size of the demo shop's orders table")
    parser.add_argument("--scale", type=float, default=1.0, help="TPC-H scale factor of lineitem (1 = 6M rows)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per method and dataset; the median is reported")
    parser.add_argument("--skip-lineitem", action="store_true", help="orders only (quick); RESULT then reports orders")
    parser.add_argument("--quick", action="store_true", help="smoke run: 100k orders, lineitem at scale 0.1")
    parser.add_argument(
        "--naive-rows", type=int, default=1_000_000,
        help="the naive method loads at most this many rows per table, rows/s extrapolated (0 = all rows)",
    )  # fmt: skip
    parser.add_argument(
        "--methods", default=",".join(DEFAULT_METHODS),
        help=f"comma-separated, in run order; known: {', '.join(METHODS)}",
    )  # fmt: skip
    parser.add_argument("--worker", metavar="JOB_JSON", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def settings_from(args: argparse.Namespace) -> Settings:
    methods = tuple(m.strip() for m in args.methods.split(",") if m.strip())
    unknown = [m for m in methods if m not in METHODS]
    if unknown:
        raise BenchError(f"unknown method(s): {', '.join(unknown)}; known: {', '.join(METHODS)}")
    if not {"ceiling", "product"} <= set(methods):
        raise BenchError("the RESULT line needs both `ceiling` and `product`; keep them in --methods")
    if "connectorx" in methods and importlib.util.find_spec("connectorx") is None:
        print("[note] connectorx is not installed: skipping that method (pip install -r bench/requirements.txt)")
        methods = tuple(m for m in methods if m != "connectorx")
    return Settings(
        rows_orders=100_000 if args.quick else args.rows_orders,
        scale=0.1 if args.quick else args.scale,
        repeat=max(args.repeat, 1),
        skip_lineitem=args.skip_lineitem,
        naive_rows=args.naive_rows or None,
        methods=methods,
    )


def run_in_subprocess(method: str, dataset: Dataset, limit_rows: int | None) -> WorkerResult:
    """One method on one dataset in a fresh Python process and a fresh chDB folder."""
    RUNS_DIR.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix=f"{method}-{dataset.name}-", dir=RUNS_DIR))
    job = Job(
        method=method, dataset=dataset, workdir=str(workdir), limit_rows=limit_rows,
        result_path=str(workdir / "result.json"),
    )  # fmt: skip
    job_file = workdir / "job.json"
    job_file.write_text(job.model_dump_json())
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker", str(job_file)],
        capture_output=True, text=True, cwd=str(BENCH_DIR.parent),
    )  # fmt: skip
    if done.returncode != 0:
        tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-25:])
        raise BenchError(f"FAILED: {method} on {dataset.name} exited {done.returncode} (work folder kept: {workdir})\n{tail}")
    result = WorkerResult.model_validate_json(Path(job.result_path).read_text())
    shutil.rmtree(workdir, ignore_errors=True)
    return result


def verify(result: WorkerResult, dataset: Dataset, limit_rows: int | None) -> None:
    """Fail loudly unless chDB holds exactly the rows PostgreSQL has (count and numeric sum)."""
    if limit_rows is None or limit_rows >= dataset.rows:
        want_rows, want_sum = dataset.rows, dataset.checksum
    else:
        expected = expected_load(dataset.pg_url, dataset.table, dataset.sum_column, limit_rows)
        want_rows, want_sum = expected.rows, expected.checksum
    if (result.rows_loaded, result.checksum) != (want_rows, want_sum):
        raise BenchError(
            f"WRONG LOAD: {result.method} on {dataset.name}: chDB has {result.rows_loaded} rows, "
            f"sum({dataset.sum_column}) = {result.checksum}; PostgreSQL has {want_rows} rows, sum = {want_sum}"
        )


def median_row(results: list[WorkerResult], dataset: Dataset) -> ReportRow:
    seconds = statistics.median(r.seconds for r in results)
    typical = min(results, key=lambda r: abs(r.seconds - seconds))  # its note goes with the median time
    return ReportRow(
        method=results[0].method,
        dataset=dataset.name,
        rows=results[0].rows_loaded,
        source_rows=dataset.rows,
        seconds=seconds,
        peak_mem_gb=statistics.median(r.peak_mem_gb for r in results),
        children_mem_gb=max(r.children_mem_gb for r in results),
        base_mem_gb=statistics.median(r.base_mem_gb for r in results),
        note=typical.note,
    )


def run_benchmark(settings: Settings, datasets: list[Dataset]) -> list[ReportRow]:
    """All methods on all datasets, interleaved per repeat so drift on the machine hits all alike."""
    runs: dict[tuple[str, str], list[WorkerResult]] = {}
    for attempt in range(1, settings.repeat + 1):
        for dataset in datasets:
            for method in settings.methods:
                limit = settings.naive_rows if method == "naive" and settings.naive_rows else None
                limit = limit if limit is not None and limit < dataset.rows else None
                result = run_in_subprocess(method, dataset, limit)
                verify(result, dataset, limit)
                runs.setdefault((method, dataset.name), []).append(result)
                print(
                    f"[run {attempt}/{settings.repeat}] {method:<13} {dataset.name:<9} {result.rows_loaded:>10,} rows "
                    f"{result.seconds:8.2f} s  peak {result.peak_mem_gb:5.2f} GB  ok (count and sum match)",
                    flush=True,
                )
    by_name = {d.name: d for d in datasets}
    return [median_row(results, by_name[dataset]) for (_, dataset), results in runs.items()]


def format_table(rows: list[ReportRow], repeat: int) -> str:
    ceilings = {r.dataset: r.rows_per_s for r in rows if r.method == "ceiling"}
    header = ("method", "dataset", "rows", "seconds", "rows/s", "ratio to ceiling", "peak mem GB", "base mem GB", "note")
    lines = []
    for r in sorted(rows, key=lambda r: (r.dataset != "orders", -r.rows_per_s)):
        rows_text = f"{r.rows:,}" if not r.extrapolated else f"{r.rows:,} of {r.source_rows:,}"
        star = "*" if r.extrapolated else ""
        note = r.note + (f"; est. {r.source_rows / r.rows_per_s:.0f} s for all rows" if r.extrapolated else "")
        lines.append((
            r.method, r.dataset, rows_text, f"{r.seconds:.2f}", f"{r.rows_per_s:,.0f}{star}",
            f"{r.rows_per_s / ceilings[r.dataset]:.2f}{star}", f"{r.peak_mem_gb:.2f}", f"{r.base_mem_gb:.2f}", note,
        ))  # fmt: skip
    widths = [max(len(str(x)) for x in column) for column in zip(header, *lines)]
    render = lambda cells: "  ".join(str(c).ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    out = [render(header), render("-" * w for w in widths), *map(render, lines)]
    children = max(r.children_mem_gb for r in rows)
    out.append(
        f"(median of {repeat} run(s) each; * = naive loaded only the first rows, rows/s extrapolated to the table;\n"
        f" peak mem = ru_maxrss of the worker + RUSAGE_CHILDREN (children: at most {children:.2f} GB in any run), "
        "GB = 1e9 bytes;\n base mem = RSS after imports and setup, before the timed load)"
    )
    return "\n".join(out)


def result_line(rows: list[ReportRow], dataset: str) -> str:
    product = next(r for r in rows if r.method == "product" and r.dataset == dataset)
    ceiling = next(r for r in rows if r.method == "ceiling" and r.dataset == dataset)
    return (
        f"RESULT ratio_to_ceiling={product.rows_per_s / ceiling.rows_per_s:.2f} "
        f"rows_per_s={product.rows_per_s:.0f} peak_mem_gb={product.peak_mem_gb:.2f}"
    )


def environment_summary() -> str:
    from importlib.metadata import version

    packages = ("chdb", "clickhouse-connect", "dagster", "adbc-driver-postgresql", "connectorx", "psycopg")
    found = []
    for name in packages:
        try:
            found.append(f"{name} {version(name)}")
        except Exception:
            pass
    memory_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1e9
    return (
        f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} CPUs, {memory_gb:.0f} GB RAM, "
        f"load average {_load_average()}, Python {platform.python_version()}; " + ", ".join(found)
    )


def _load_average() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.worker:
        job = Job.model_validate_json(Path(args.worker).read_text())
        Path(job.result_path).write_text(run_job(job).model_dump_json())
        return
    settings = settings_from(args)
    started = time.perf_counter()
    print(f"load_throughput: {environment_summary()}")
    print(f"methods: {', '.join(settings.methods)}; repeat {settings.repeat}; naive rows limit {settings.naive_rows or 'none'}")
    with PostgresServer() as server:
        datasets = [prepare_orders(server, settings.rows_orders)]
        if not settings.skip_lineitem:
            datasets.append(prepare_lineitem(server, settings.scale))
        for d in datasets:
            print(f"dataset {d.name}: {d.label}, {d.rows:,} rows, sum({d.sum_column}) = {d.checksum}")
        measured = time.perf_counter()
        rows = run_benchmark(settings, datasets)
    print()
    print(format_table(rows, settings.repeat))
    print(
        f"(wall time {time.perf_counter() - started:.0f} s, of which measuring {time.perf_counter() - measured:.0f} s; "
        f"load average now {_load_average()}: other work on the machine shows up as noise)"
    )
    if settings.skip_lineitem:
        print("(--skip-lineitem: the RESULT line reports orders, not lineitem)")
    print(result_line(rows, "orders" if settings.skip_lineitem else "lineitem"), flush=True)


if __name__ == "__main__":
    main()
