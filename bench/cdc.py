"""Change data capture PostgreSQL -> ClickHouse (embedded chDB): snapshot speed, change throughput, lag, exactness.

1. Snapshot: the copy of a table of --rows orders by the first step of a cdc pipeline (its
   `snapshot_seconds`; the whole step, with publication, slot, view and an empty first batch, is
   printed beside it) against a plain batch full load of the same table (`full_refresh_from_postgres`,
   the extract assets' full_refresh) in the same process, alternating which goes first; medians of --repeat.
2. Stream: a writer commits --rate changes per second (mixed: --inserts / --updates / rest deletes,
   --per-txn changes per transaction) for --seconds, while the replicator runs one step (`run_step`,
   what the asset's materialization runs) every --interval seconds, then catches up.
   - changes_per_s: changes applied per second of replication work (the steps' time): the capacity;
     the writer's own rate is printed beside it.
   - lag: for each writer transaction, its commit (wall clock, after COMMIT returned) -> the end of the
     first step whose batch reached the WAL position read right after that commit (so a lag is never
     under-counted); p50 and p99 over every transaction.
3. Exactness: the current-state view against the PostgreSQL table at the end, row by row:
   lost = source rows missing or different in ClickHouse, duplicated = extra rows in the view
   (a key twice, or a key the source no longer has).
4. Faults: the writer again for --fault-seconds while steps run in a process of their own that is
   killed -9 at a random moment (uniform over one interval: before, while or after a batch is
   written, or while the slot is confirmed), each kill followed by a step in this process; then
   catch up and compare as in 3. (Stopping PostgreSQL mid-stream is tested in
   tests/test_cdc.py::test_the_source_stopped_mid_stream_then_restarted, not benched.) Its lost and
   duplicated are added to the RESULT's.

Everything runs in one process (chDB on disk is single-process) on an embedded PostgreSQL under
bench/.data/cdc/ (the database is made anew each run). The last line is
  RESULT snapshot_ratio=... changes_per_s=... lag_p50_s=... lag_p99_s=... lost=... duplicated=...

Run from the repository root:
  .venv/bin/python bench/cdc.py                        # 1M rows, 5,000 changes/s for 120 s, steps every 5 s
  .venv/bin/python bench/cdc.py --rows 100000 --seconds 20   # smoke
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psycopg
from pydantic import BaseModel

from ai_etl.cdc.pgoutput import lsn_int
from ai_etl.cdc.replicator import CdcPlan, CdcTable, run_step
from ai_etl.cdc.slot import drop_replication
from ai_etl.embedded_postgres import EmbeddedPostgres
from ai_etl.loading import full_refresh_from_postgres
from ai_etl.resources import ClickHouseResource, PostgresResource

DATA_DIR = Path(__file__).resolve().parent / ".data" / "cdc"
DATABASE = "cdc_bench"
SLOT = "ai_etl_bench_cdc"
SETUP = """
drop table if exists orders;
create table orders (id bigint primary key, customer_id bigint not null, status text not null, amount numeric(12,2) not null,
                     region text not null, note text, created_at timestamptz not null, updated_at timestamptz not null);
insert into orders
select g, g % 5000, (array['pending','completed','failed','refunded'])[1 + g % 4], (g % 100000) / 100.0,
       (array['EU','US','APAC'])[1 + g % 3], case when g % 10 = 0 then md5(g::text) end,
       timestamptz '2024-01-01' + g * interval '1 second', timestamptz '2024-01-01' + g * interval '1 second'
from generate_series(1, %(rows)s) g;
"""
COMPARED = "id, customer_id, status, amount, region, note"


class Settings(BaseModel):
    rows: int
    repeat: int
    rate: int
    seconds: float
    interval: float
    per_txn: int
    inserts: float
    updates: float
    fault_seconds: float


class Transaction(BaseModel):
    committed_at: float
    lsn: int
    changes: int


class Step(BaseModel):
    ended_at: float
    end_lsn: int
    changes: int
    seconds: float


def main() -> None:
    settings = _settings()
    server = EmbeddedPostgres(DATA_DIR / "postgres")
    started_here = server.port() is None
    base = server.start("postgres")
    with psycopg.connect(base, autocommit=True) as conn:
        for (slot,) in conn.execute("select slot_name from pg_replication_slots where database = %s", (DATABASE,)).fetchall():
            conn.execute("select pg_drop_replication_slot(%s)", (slot,))
        conn.execute(f"drop database if exists {DATABASE}")
    source = PostgresResource(url=server.start(DATABASE))
    chdb_dir = Path(tempfile.mkdtemp(prefix="cdc_bench_chdb_", dir=DATA_DIR))
    warehouse = ClickHouseResource(url=f"chdb://{chdb_dir}", database="bench")
    try:
        print(f"[prepare] orders: {settings.rows:,} rows", flush=True)
        with source.connect() as conn:
            conn.execute(SETUP.replace("%(rows)s", str(settings.rows)))
            conn.execute("vacuum (freeze, analyze) orders")  # no method pays for the first scan after a bulk load
        ratio, plan = snapshot_vs_batch(settings, source, warehouse)
        changes_per_s, lag_p50, lag_p99 = stream(settings, source, warehouse, plan)
        lost, duplicated = compare(source, warehouse, plan)
        print(f"exactness: lost {lost}, duplicated {duplicated} (current view vs PostgreSQL, {COMPARED})")
        if settings.fault_seconds:
            kills, fault_lost, fault_duplicated = fault_phase(settings, source, warehouse, plan)
            print(f"fault: {kills} steps killed -9 at a random moment while the writer ran for {settings.fault_seconds:g} s; "
                  f"then caught up: lost {fault_lost}, duplicated {fault_duplicated} (current view vs PostgreSQL)")  # fmt: skip
            lost, duplicated = lost + fault_lost, duplicated + fault_duplicated
        print(
            f"RESULT snapshot_ratio={ratio:.2f} changes_per_s={changes_per_s:.0f} lag_p50_s={lag_p50:.2f} "
            f"lag_p99_s={lag_p99:.2f} lost={lost} duplicated={duplicated}"
        )
    finally:
        with source.connect() as conn:
            drop_replication(conn, SLOT)
        shutil.rmtree(chdb_dir, ignore_errors=True)
        if started_here:
            server.stop()


def snapshot_vs_batch(settings: Settings, source: PostgresResource, warehouse: ClickHouseResource) -> tuple[float, CdcPlan]:
    batch_s, snapshot_s, step_s = [], [], []
    for i in range(settings.repeat):
        plan = CdcPlan(name=SLOT, schema_name="public", database=f"cdc_{i}", tables=[CdcTable(source_table="orders", raw="orders", view="orders_current")])
        for method in ("batch", "cdc") if i % 2 == 0 else ("cdc", "batch"):  # neither always reads a warm cache first
            if method == "batch":
                started = time.perf_counter()
                loaded = full_refresh_from_postgres(source, warehouse, "orders", "bench", f"batch_{i}")
                batch_s.append(time.perf_counter() - started)
                assert loaded.rows_loaded == settings.rows, loaded
            else:
                with source.connect() as conn:
                    drop_replication(conn, SLOT)
                report = run_step(plan, source, warehouse)
                snapshot_s.append(report.tables["orders"].snapshot_seconds)
                step_s.append(report.seconds)
                assert report.tables["orders"].snapshot_rows == settings.rows, report
        print(
            f"  run {i + 1}: batch full load {batch_s[-1]:.2f} s, cdc snapshot {snapshot_s[-1]:.2f} s "
            f"(the whole first step, slot and first batch included: {step_s[-1]:.2f} s)", flush=True,
        )  # fmt: skip
    batch, snapshot, step = statistics.median(batch_s), statistics.median(snapshot_s), statistics.median(step_s)
    print(
        f"snapshot: {settings.rows / snapshot:,.0f} rows/s vs batch full load {settings.rows / batch:,.0f} rows/s; "
        f"whole first step {settings.rows / step:,.0f} rows/s = {batch / step:.2f}x (medians of {settings.repeat})"
    )
    return batch / snapshot, plan


def stream(settings: Settings, source: PostgresResource, warehouse: ClickHouseResource, plan: CdcPlan) -> tuple[float, float, float]:
    transactions: list[Transaction] = []
    stop = threading.Event()
    writer = threading.Thread(target=write_changes, args=(settings, source.url, transactions, stop), daemon=True)
    steps: list[Step] = []
    started = time.time()
    writer.start()
    while writer.is_alive() or not _caught_up(steps, transactions):
        next_at = time.time() + settings.interval
        report = run_step(plan, source, warehouse)
        steps.append(Step(ended_at=time.time(), end_lsn=report.end_lsn, changes=report.changes, seconds=report.seconds))
        if not writer.is_alive() and report.changes == 0 and _caught_up(steps, transactions):
            break
        time.sleep(max(0.0, next_at - time.time()))
    written = sum(t.changes for t in transactions)
    wall = transactions[-1].committed_at - started if transactions else 0.0
    applied, busy = sum(s.changes for s in steps), sum(s.seconds for s in steps)
    lags = [_visible_at(steps, t) - t.committed_at for t in transactions]
    quantiles = statistics.quantiles(lags, n=100) if len(lags) > 1 else [0.0] * 99
    print(
        f"stream: writer {written:,} changes in {len(transactions):,} transactions ({written / wall:,.0f} changes/s); "
        f"{len(steps)} steps applied {applied:,} changes in {busy:.1f} s of step time ({applied / busy:,.0f} changes/s); "
        f"lag p50 {quantiles[49]:.2f} s, p99 {quantiles[98]:.2f} s, max {max(lags):.2f} s at a {settings.interval:g} s interval"
    )
    return applied / busy, quantiles[49], quantiles[98]


def write_changes(settings: Settings, url: str, log: list[Transaction], stop: threading.Event, live: list[int] | None = None, next_id: int | None = None) -> None:
    """Mixed inserts, updates and deletes at `rate` changes/s, `per_txn` per transaction, for `seconds`
    (over the ids `live`, new ones from `next_id`: by default the table as SETUP made it)."""
    rng = random.Random(7)
    live = list(range(1, settings.rows + 1)) if live is None else live
    next_id = settings.rows + 1 if next_id is None else next_id
    per_second = settings.rate / settings.per_txn
    with psycopg.connect(url, autocommit=True) as conn:
        began = time.time()
        sent = 0
        while time.time() - began < settings.seconds:
            inserts, updates, deletes = [], [], []
            for _ in range(settings.per_txn):
                draw = rng.random()
                if draw < settings.inserts or len(live) < 100:
                    inserts.append(next_id)
                    live.append(next_id)
                    next_id += 1
                elif draw < settings.inserts + settings.updates:
                    updates.append(live[rng.randrange(len(live))])
                else:
                    index = rng.randrange(len(live))
                    live[index], live[-1] = live[-1], live[index]
                    deletes.append(live.pop())
            with conn.transaction():
                if inserts:
                    conn.execute(
                        "insert into orders select i, i %% 5000, 'pending', 1.00, 'EU', null, now(), now() from unnest(%s::bigint[]) i", (inserts,)
                    )
                if updates:
                    conn.execute("update orders set amount = amount + 1, status = 'completed', updated_at = now() where id = any(%s)", (updates,))
                if deletes:
                    conn.execute("delete from orders where id = any(%s)", (deletes,))
            committed = time.time()
            lsn = conn.execute("select pg_current_wal_insert_lsn()::text").fetchone()[0]
            log.append(Transaction(committed_at=committed, lsn=lsn_int(lsn), changes=settings.per_txn))
            sent += 1
            time.sleep(max(0.0, began + sent / per_second - time.time()))


STEP_LOOP = """
import sys
from ai_etl.cdc.replicator import CdcPlan, run_step
from ai_etl.resources import ClickHouseResource, PostgresResource
plan = CdcPlan.model_validate_json(sys.argv[1])
source, warehouse = PostgresResource.model_validate_json(sys.argv[2]), ClickHouseResource.model_validate_json(sys.argv[3])
print("ready", flush=True)
while True:
    run_step(plan, source, warehouse)
"""


def fault_phase(settings: Settings, source: PostgresResource, warehouse: ClickHouseResource, plan: CdcPlan) -> tuple[int, int, int]:
    """The writer again for --fault-seconds; meanwhile steps run in a process of their own, killed -9 at
    a random moment (before, while or after a batch is written, or mid-confirm), each followed by a
    step in this process; then catch up and compare. Returns (kills, lost, duplicated)."""
    with source.connect() as conn:
        live = [row[0] for row in conn.execute("select id from orders").fetchall()]
    transactions: list[Transaction] = []
    phase = settings.model_copy(update={"seconds": settings.fault_seconds})
    writer = threading.Thread(target=write_changes, args=(phase, source.url, transactions, threading.Event(), live, max(live) + 1), daemon=True)
    writer.start()
    rng, kills = random.Random(11), 0
    while writer.is_alive():
        worker = subprocess.Popen(
            [sys.executable, "-c", STEP_LOOP, plan.model_dump_json(), source.model_dump_json(), warehouse.model_dump_json()],
            stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
        )  # fmt: skip
        if worker.stdout.readline().strip() != "ready":
            raise SystemExit("the step process did not start")
        time.sleep(rng.uniform(0.1, settings.interval))
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        kills += 1
        run_step(plan, source, warehouse)
    while run_step(plan, source, warehouse).changes:
        pass
    lost, duplicated = compare(source, warehouse, plan)
    return kills, lost, duplicated


def _visible_at(steps: list[Step], transaction: Transaction) -> float:
    return next(s.ended_at for s in steps if s.end_lsn >= transaction.lsn)


def _caught_up(steps: list[Step], transactions: list[Transaction]) -> bool:
    return bool(steps) and (not transactions or steps[-1].end_lsn >= transactions[-1].lsn)


def compare(source: PostgresResource, warehouse: ClickHouseResource, plan: CdcPlan) -> tuple[int, int]:
    with source.connect() as conn:
        expected = {row[0]: tuple(str(v) if v is not None else None for v in row) for row in conn.execute(f"select {COMPARED} from orders")}
    with warehouse.get_client() as client:
        got_rows = client.query(f"SELECT {COMPARED} FROM {plan.database}.{plan.tables[0].view}").result_rows
    got: dict = {}
    duplicated = 0
    for row in got_rows:
        duplicated += row[0] in got
        got[row[0]] = tuple(str(v) if v is not None else None for v in row)
    lost = sum(1 for key, row in expected.items() if got.get(key) != row)
    duplicated += sum(1 for key in got if key not in expected)
    return lost, duplicated


def _settings() -> Settings:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3, help="snapshot vs batch runs (median)")
    parser.add_argument("--rate", type=int, default=5_000, help="changes per second the writer commits")
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--interval", type=float, default=5, help="seconds between the starts of two replication steps")
    parser.add_argument("--per-txn", type=int, default=50, help="changes per writer transaction")
    parser.add_argument("--inserts", type=float, default=0.3)
    parser.add_argument("--updates", type=float, default=0.5)
    parser.add_argument("--fault-seconds", type=float, default=30, help="length of the fault phase's writer (0: no fault phase)")
    args = parser.parse_args()
    return Settings(**{k.replace("-", "_"): v for k, v in vars(args).items()})


if __name__ == "__main__":
    main()
