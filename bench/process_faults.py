"""Process faults at random (seeded) points of a load and a dbt build on the embedded stack, each followed
by the next run: nothing lost, nothing duplicated, nothing stuck.

    PYTHONPATH=. .venv/bin/python bench/process_faults.py [--seed 7] [--rows 200000]

A scratch workspace (tests/project_builder.py): an embedded PostgreSQL source reached through a TCP
proxy on 127.0.0.1 that this script controls, a chDB warehouse on a 64 MB tmpfs mounted for the run
(disk full = a ballast file leaving a few hundred KB; without root the mount is impossible and the
disk-full faults say `skipped: no tmpfs`), two pipelines: `load` (a table copy, one load step) and
`mart` (a load, then dbt builds a staging view and an aggregated mart). Each fault hits a real
`ai-etl materialize` process; then the next run (in this process, `ai_etl.pipeline_runs`) must start,
and the target must equal the source (rows compared as multisets: lost = in the source only,
duplicated = in the target only), no pool slot held, no temporary table left, no run left STARTED.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO / "tests"), str(REPO / "tests" / "faults")]

import clickhouse_connect  # noqa: E402
import dagster as dg  # noqa: E402
import psycopg  # noqa: E402
from project_builder import make_project, pipeline  # noqa: E402
from run_faults import cli_env, slots_held, start_materialize  # noqa: E402

from ai_etl.embedded_postgres import EmbeddedPostgres  # noqa: E402

PROJECT = "faults"
BY_BUCKET = [{"type": "aggregate", "group_by": ["bucket"], "measures": [{"name": "n", "expr": "count()"}, {"name": "total", "expr": "sum(amount)"}]}]
LEFTOVER_MARKS = ("__ai_etl_", "__dbt_tmp", "__dbt_new", "__dbt_backup")


class TcpProxy:
    """127.0.0.1:<port> -> the source's port; `cut()` drops every connection and refuses new ones."""

    def __init__(self, target_port: int):
        self.target_port = target_port
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self.restore()

    def restore(self, target_port: int | None = None) -> None:
        self.target_port = target_port or self.target_port
        if self._listener is not None:  # never cut
            return
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port))
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def cut(self) -> None:
        if self._listener is not None:
            try:
                self._listener.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept(); close() alone does not
            except OSError:
                pass
            self._listener.close()
            self._listener = None
        with self._lock:
            for s in self._sockets:
                try:
                    s.shutdown(socket.SHUT_RDWR)
                    s.close()
                except OSError:
                    pass
            self._sockets.clear()


@dataclass
class Fault:
    kind: str  # kill9 | sigterm | sigint | pg_stop | net_cut | wh_lock | disk_full
    pipeline: str  # load | mart
    delay_s: float  # after the run holds the warehouse slot


def catalogue(rng: random.Random) -> list[Fault]:
    """Every kind during a load and during a run with a dbt build, then more random points of the common ones."""
    kinds = ["kill9", "sigterm", "sigint", "pg_stop", "net_cut", "wh_lock", "disk_full"]
    spans = {"load": 2.0, "mart": 10.0}
    pairs = [(k, p) for k in kinds for p in ("load", "mart")]
    pairs += [("kill9", "load"), ("kill9", "mart"), ("sigint", "mart"), ("sigterm", "mart"), ("pg_stop", "load"), ("net_cut", "mart")]
    return [Fault(kind, p, round(rng.uniform(0, spans[p]), 2)) for kind, p in pairs]


class Bench:
    def __init__(self, root: Path, rows: int, rng: random.Random):
        self.root, self.rows, self.rng = root, rows, rng
        self.source = EmbeddedPostgres(root / "pg")
        self.source.start("postgres")
        self.direct_url = self.source.start("src")
        self.proxy = TcpProxy(self.source.port())
        self.url = f"postgresql://postgres@127.0.0.1:{self.proxy.port}/src"
        self.project = make_project(root / "ws", PROJECT, [
            pipeline("load", {"table": "items"}, "items_copy"),
            pipeline("mart", {"table": "items"}, "items_by_bucket", transformations=BY_BUCKET),
        ])  # fmt: skip
        self.data = self.project / ".data"
        self.data.mkdir(exist_ok=True)
        self.tmpfs = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(self.data)], capture_output=True).returncode == 0
        self.home = root / "dagster_home"
        self.env = cli_env(self.project, self.url, self.home)
        os.environ.update(SHOP_DATABASE_URL=self.url, DAGSTER_HOME=str(self.home), AI_ETL_PROJECT=str(self.project))
        self.next_id = rows + 1
        with psycopg.connect(self.direct_url, autocommit=True) as conn:
            conn.execute("create table items (id int primary key, bucket int not null, payload text not null, amount numeric(12,2) not null)")
            conn.execute("insert into items select g, g %% 20, md5(g::text), (g %% 1000) / 10.0 from generate_series(1, %s) g", (rows,))

    def close(self) -> None:
        self.proxy.cut()
        if self.tmpfs:
            subprocess.run(["umount", "-l", str(self.data)], capture_output=True)
        self.source.stop()

    # ------------------------------------------------------------ source and warehouse

    def change_source(self) -> None:
        """New, updated and deleted rows, so every run has something to bring."""
        with psycopg.connect(self.direct_url, autocommit=True) as conn:
            conn.execute("insert into items select g, g %% 20, md5(g::text), 1.5 from generate_series(%s, %s) g", (self.next_id, self.next_id + 49))
            conn.execute("update items set payload = md5(payload), amount = amount + 1 where id in (select id from items order by random() limit 50)")
            conn.execute("delete from items where id in (select id from items order by random() limit 20)")
        self.next_id += 50

    def source_rows(self, name: str) -> Counter:
        sql = "select id, payload, amount from items" if name == "load" else "select bucket, count(*), sum(amount) from items group by bucket"
        with psycopg.connect(self.direct_url) as conn:
            return Counter(_normal(row) for row in conn.execute(sql).fetchall())

    def warehouse(self):
        return clickhouse_connect.get_client(dsn=f"chdb://{self.data / 'warehouse'}")

    def target_rows(self, name: str) -> Counter:
        sql = f"SELECT id, payload, amount FROM {PROJECT}.items_copy" if name == "load" else f"SELECT bucket, n, total FROM {PROJECT}.items_by_bucket"
        client = self.warehouse()
        try:
            return Counter(_normal(row) for row in client.query(sql).result_rows)
        finally:
            client.close()

    def leftovers(self) -> list[str]:
        client = self.warehouse()
        try:
            names = [name for (name,) in client.query(f"SELECT name FROM system.tables WHERE database = '{PROJECT}'").result_rows]
        finally:
            client.close()
        return [name for name in names if any(mark in name for mark in LEFTOVER_MARKS)]

    # ------------------------------------------------------------ runs

    def instance(self) -> dg.DagsterInstance:
        return dg.DagsterInstance.from_config(str(self.home))

    def running_step(self) -> str:
        """Which step the newest run is in (what the fault interrupted)."""
        with self.instance() as instance:
            [record] = instance.get_run_records(limit=1) or [None]
            if record is None:
                return "before the run"
            started, ended = [], set()
            for event in instance.all_logs(record.dagster_run.run_id):
                if event.dagster_event is None:
                    continue
                if event.dagster_event.event_type == dg.DagsterEventType.STEP_START:
                    started.append(event.step_key)
                elif event.dagster_event.event_type in (dg.DagsterEventType.STEP_SUCCESS, dg.DagsterEventType.STEP_FAILURE):
                    ended.add(event.step_key)
            open_steps = [step for step in started if step not in ended]
            if open_steps:
                return "dbt build" if "dbt" in open_steps[-1] else "load"
            return "after the steps" if started else "waiting to start"

    def next_run(self, name: str) -> tuple[bool, float, str]:
        """The next run of the pipeline: (succeeded, seconds from its start to its first step, error)."""
        from ai_etl.pipeline_runs import launch_pipeline_run

        with self.instance() as instance, contextlib.redirect_stdout(io.StringIO()):  # dbt's log lines
            outcome = launch_pipeline_run(instance, PROJECT, name)
            events = instance.all_logs(outcome.run_id)
            begun = next(e.timestamp for e in events if e.dagster_event and e.dagster_event.event_type == dg.DagsterEventType.RUN_START)
            first = next((e.timestamp for e in events if e.dagster_event and e.dagster_event.event_type == dg.DagsterEventType.STEP_START), begun)
        return outcome.success, first - begun, outcome.error or ""

    def stuck_runs(self) -> int:
        with self.instance() as instance:
            return len(instance.get_run_records(dg.RunsFilter(statuses=[dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.STARTING, dg.DagsterRunStatus.CANCELING])))

    def wait_in_flight(self, process: subprocess.Popen, timeout: float = 180) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and process.poll() is None:
            if slots_held(self.home) > 0:
                return True
            time.sleep(0.1)
        return False

    # ------------------------------------------------------------ one fault

    def inject(self, fault: Fault) -> dict:
        self.change_source()
        helper, ballast = None, self.data / "ballast"
        if fault.kind == "disk_full" and not self.tmpfs:
            return {"point": "-", "outcome": "skipped: no tmpfs (not root)", "skipped": True}
        if fault.kind == "disk_full":  # leave a few hundred KB: the next part or dbt's table does not fit
            free = shutil.disk_usage(self.data).free
            subprocess.run(["fallocate", "-l", str(max(free - self.rng.randint(100, 600) * 1024, 0)), str(ballast)], check=True)
        process = start_materialize(self.project, fault.pipeline, self.env)
        point = "before flight"
        if self.wait_in_flight(process):
            time.sleep(fault.delay_s)
            point = f"+{fault.delay_s:.1f}s, {self.running_step()}"
            if fault.kind in ("kill9", "sigterm", "sigint"):
                process.send_signal({"kill9": signal.SIGKILL, "sigterm": signal.SIGTERM, "sigint": signal.SIGINT}[fault.kind])
            elif fault.kind == "pg_stop":
                self.source.stop()
            elif fault.kind == "net_cut":
                self.proxy.cut()
            elif fault.kind == "wh_lock":  # takes the warehouse the moment the run lets go of it, and keeps it
                helper = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(self.data / "warehouse")], stdout=subprocess.PIPE, text=True)
        try:
            _, err = process.communicate(timeout=240)
            lines = [line for line in err.strip().splitlines() if line.startswith("error:")]
            outcome = f"rc {process.returncode}" + (f": {lines[-1][7:70]}" if lines else "")
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            outcome = "hung: killed after 240 s"
        # the fault ends; the next scheduled run comes
        if fault.kind == "pg_stop" and self.source.port() is None:
            self.direct_url = self.source.start("src")
            self.proxy.target_port = self.source.port()  # a restarted server gets a new port
        elif fault.kind == "net_cut":
            self.proxy.restore(self.source.port())
        if helper is not None:
            helper.kill()
            helper.wait()
        ballast.unlink(missing_ok=True)
        return {"point": point, "outcome": outcome}


# holds the warehouse as another program would (a second chDB process on the same folder)
LOCK_HOLDER = """
import sys, time, clickhouse_connect
while True:
    try:
        client = clickhouse_connect.get_client(dsn="chdb://" + sys.argv[1]); break
    except Exception:
        time.sleep(0.05)
print("held", flush=True)
time.sleep(3600)
"""


def _normal(row) -> tuple:
    return tuple(round(float(v), 2) if not isinstance(v, int | str) else v for v in row)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--limit", type=int, help="only the first N faults (a quick look)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    root = Path(tempfile.mkdtemp(prefix="process_faults_"))
    bench = Bench(root, args.rows, rng)
    from ai_etl.prepare import prepare_project
    from ai_etl.project_files import load_project

    started = time.perf_counter()
    rows, survived, lost_total, dup_total, stuck_total, counted = [], 0, 0, 0, 0, 0
    try:
        prepare_project(load_project(bench.project))  # the dbt files and manifest the location reads
        for name in ("load", "mart"):
            ok, _, error = bench.next_run(name)
            assert ok, f"the first run of {name} failed: {error}"
        print(f"scratch workspace {root}; warehouse on {'a 64 MB tmpfs' if bench.tmpfs else 'the plain disk (no tmpfs)'}; {args.rows:,} source rows; seed {args.seed}")
        print(f"{'#':>2}  {'fault':<9} {'pipeline':<8} {'point':<26} {'outcome':<52} {'next run':<9} {'wait s':>6} {'lost':>5} {'dup':>5} {'slots':>5} {'left':>4} {'s':>4}")
        for number, fault in enumerate(catalogue(rng)[: args.limit], 1):
            began = time.perf_counter()
            try:
                hit = bench.inject(fault)
            except Exception as err:  # the bench's own trouble: shown, counted as not survived
                counted += 1
                print(f"{number:>2}  {fault.kind:<9} {fault.pipeline:<8} {'-':<26} {'BENCH ERROR: ' + str(err)[:39]:<52}", flush=True)
                continue
            if hit.get("skipped"):
                print(f"{number:>2}  {fault.kind:<9} {fault.pipeline:<8} {hit['point']:<26} {hit['outcome']:<52}")
                continue
            counted += 1
            ok, wait, error = bench.next_run(fault.pipeline)
            source, target = bench.source_rows(fault.pipeline), bench.target_rows(fault.pipeline)
            lost, dup = sum((source - target).values()), sum((target - source).values())
            slots, left, stuck = slots_held(bench.home), bench.leftovers(), bench.stuck_runs()
            fine = ok and lost == 0 and dup == 0 and slots == 0 and not left and stuck == 0
            survived += fine
            lost_total, dup_total, stuck_total = lost_total + lost, dup_total + dup, stuck_total + stuck
            next_text = "ok" if ok else f"FAILED: {error[:40]}"
            print(f"{number:>2}  {fault.kind:<9} {fault.pipeline:<8} {hit['point']:<26} {hit['outcome'][:52]:<52} {next_text:<9} {wait:>6.2f} {lost:>5} {dup:>5} {slots:>5} {len(left):>4} {time.perf_counter() - began:>4.0f}", flush=True)
            rows.append(fine)
    finally:
        bench.close()
    print(f"\n{counted} faults in {time.perf_counter() - started:.0f} s (wait s: from the next run's start to its first step, i.e. time spent waiting for the pool).")
    print(f"RESULT faults={counted} survived={survived} lost_rows={lost_total} duplicated_rows={dup_total} stuck_runs={stuck_total}")
    shutil.rmtree(root, ignore_errors=True)
    return 0 if survived == counted else 1


if __name__ == "__main__":
    sys.exit(main())
