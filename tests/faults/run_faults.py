"""A project whose load can be caught mid-flight, and the `ai-etl materialize` process around it
(tests/faults/test_killed_runs.py, bench/process_faults.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg
import psycopg
from project_builder import make_project, pipeline

from ai_etl.cli import DAGSTER_YAML
from ai_etl.dead_runs import held_slots

BIN = Path(sys.executable).parent
PROJECT = "runs"
# PostgreSQL sleeps before it sends a row: the load is in flight (its staging table made, the
# slot held) for as long as the test needs, whatever the machine's speed
SLOW_QUERY = "select i.id, i.payload, i.amount from items i, (select pg_sleep({sleep})) as s"


def fill_items(url: str, rows: int, seed: int = 1) -> None:
    """`items`: the source table both pipelines read (id, payload, amount)."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("drop table if exists items")
        conn.execute("create table items (id int primary key, payload text not null, amount numeric(12,2) not null)")
        conn.execute(
            "insert into items select g, md5((g * %s)::text), (g %% 1000) / 10.0 from generate_series(1, %s) g",
            (seed, rows),
        )


def runs_project(root: Path, sleep_s: float = 60, without_retries: bool = False) -> Path:
    """`items` (a table copy) and `slow_items` (the same rows through a query that sleeps first).
    `without_retries`: the pipeline files say nothing about retries (the default applies)."""
    fast = pipeline("items", {"table": "items"}, "items_copy")
    slow = pipeline("slow_items", {"query": SLOW_QUERY.format(sleep=sleep_s), "name": "slow_items"}, "slow_items_copy")
    for spec in (fast, slow):
        if without_retries:
            spec.pop("retries")
    return make_project(root, PROJECT, [fast, slow])


def cli_env(project: Path, source_url: str, home: Path) -> dict[str, str]:
    """The environment of the commands; DAGSTER_HOME holds the dagster.yaml ai-etl writes (the warehouse pool)."""
    home.mkdir(parents=True, exist_ok=True)
    (home / "dagster.yaml").write_text(DAGSTER_YAML)
    with instance_at(home):  # storage made once, before processes race to migrate it
        pass
    return {**os.environ, "SHOP_DATABASE_URL": source_url, "DAGSTER_HOME": str(home), "AI_ETL_PROJECT": str(project),
            "PYTHONPATH": os.pathsep.join(p for p in (os.environ.get("PYTHONPATH"), str(Path(__file__).resolve().parents[2])) if p)}  # fmt: skip


def start_materialize(project: Path, pipeline_name: str, env: dict[str, str]) -> subprocess.Popen:
    """`ai-etl materialize --pipeline <name>` as a user starts it (its own process group, as a shell job)."""
    return subprocess.Popen(
        [str(BIN / "ai-etl"), "materialize", "--project", str(project), "--pipeline", pipeline_name],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )  # fmt: skip


def run_materialize(project: Path, pipeline_name: str, env: dict[str, str], timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(BIN / "ai-etl"), "materialize", "--project", str(project), "--pipeline", pipeline_name],
        env=env, capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip


def sleeping_backends(source_url: str, end: bool = False) -> int:
    """Source connections running the slow query (the load is reading); `end`: terminate them (a killed
    reader's backend sleeps on until it next writes to the gone client)."""
    action = "pg_terminate_backend(pid)" if end else "1"
    with psycopg.connect(source_url, autocommit=True) as conn:
        return len(conn.execute(
            f"select {action} from pg_stat_activity where state = 'active' and query ilike %s and pid <> pg_backend_pid()", ("%pg_sleep%",)
        ).fetchall())  # fmt: skip


def load_in_flight(home: Path, source_url: str) -> bool:
    """A run holds the warehouse slot and its load is reading the source."""
    return slots_held(home) > 0 and sleeping_backends(source_url) > 0


def wait_until(condition, timeout: float = 300, what: str = "condition", process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        if process is not None and process.poll() is not None:
            raise AssertionError(f"the process ended (rc {process.returncode}) before {what}: {process.stderr.read()[-2000:]}")
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def instance_at(home: Path) -> dg.DagsterInstance:
    return dg.DagsterInstance.from_config(str(home))


def slots_held(home: Path) -> int:
    with instance_at(home) as instance:
        return sum(len(runs) for runs in held_slots(instance).values())


def waiting_runs(home: Path) -> set[str]:
    """Runs whose step waits for a pool slot."""
    with instance_at(home) as instance:
        storage = instance.event_log_storage
        return {step.run_id for key in storage.get_concurrency_keys() for step in storage.get_concurrency_info(key).pending_steps if step.assigned_timestamp is None}


def runs_of(home: Path) -> list[dg.DagsterRun]:
    with instance_at(home) as instance:
        return list(instance.get_runs())
