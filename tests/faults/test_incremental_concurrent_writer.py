"""A keyed incremental load (`cursor: updated_at, key: [id]`) run again and again while a writer
inserts, updates, updates the boundary row keeping its cursor, soft-deletes and hard-deletes: at every
run's end the target's FINAL view equals the source as of the run's snapshot for every key
(tests/faults/concurrent_writer.py says precisely what that means and what lies outside the promise)."""

from __future__ import annotations

from collections import Counter

import dagster as dg
import pytest
from concurrent_writer import COLUMNS, SETUP, Writer, WriterLog, check_run, initial_rows
from project_builder import make_project, pipeline, query

from ai_etl.definitions import build_definitions
from ai_etl.pipeline_runs import execute_pipeline

RUNS = 10
FINAL = f"SELECT {', '.join(COLUMNS)} FROM loads.items_copy FINAL"


@pytest.fixture
def source(scratch_db, monkeypatch):
    with scratch_db.connect() as conn:
        conn.execute(SETUP)
    monkeypatch.setenv("SHOP_DATABASE_URL", scratch_db.url)
    return scratch_db


def keyed_incremental(tmp_path, transfer: str):
    load = {"mode": "incremental", "cursor": "updated_at", "key": ["id"], "transfer": transfer}
    project = make_project(tmp_path, "loads", [pipeline("p", {"table": "items"}, "items_copy", load=load)])
    return project, build_definitions(project, prepare=True)


LATE_COMMITS = (
    "two writers whose transactions stay open after taking now(): a row commits with an updated_at below a "
    "mark already read and is never loaded (the cursor's known limit; a fix needs a lag on the mark, as dlt's "
    "incremental `lag`, or the oldest open transaction's start as the mark: ai_etl/loading.py)"
)


@pytest.mark.parametrize(
    ("transfer", "writers", "hold_s"),
    [("pull", 1, 0.0), ("arrow", 1, 0.0), pytest.param("pull", 2, 0.1, marks=pytest.mark.xfail(reason=LATE_COMMITS))],
    ids=["pull", "arrow", "late commits"],
)
def test_every_run_end_matches_the_source_as_of_its_snapshot(source, tmp_path, transfer, writers, hold_s):
    project, defs = keyed_incremental(tmp_path, transfer)
    initial = initial_rows(source.url)
    log = WriterLog()
    threads = [Writer(source.url, log, seed=7 + part, part=part, parts=writers, hold_s=hold_s) for part in range(writers)]
    checks = []
    with dg.DagsterInstance.ephemeral() as instance:
        for writer in threads:
            writer.start()
        try:
            for _ in range(RUNS):
                a = log.position()
                assert execute_pipeline(defs, "loads", "p", instance=instance).success
                b = log.position()
                checks.append((a, b, check_run(initial, log.changes, a, b, query(project, FINAL))))
        finally:
            for writer in threads:
                writer.stop.set()
            for writer in threads:
                writer.join(timeout=30)
        assert all(writer.error is None for writer in threads), [writer.error for writer in threads]
        # the writer stopped: one more run must give exactly the source (hard-deleted keys kept as last loaded)
        end = log.position()
        assert execute_pipeline(defs, "loads", "p", instance=instance).success
        checks.append((end, end, check_run(initial, log.changes, end, end, query(project, FINAL))))

    kinds = Counter(change.kind for change in log.changes)
    assert all(kinds[kind] > 0 for kind in ("insert", "update", "update_same_cursor", "soft_delete", "hard_delete")), kinds
    assert sum(1 for a, b, _ in checks if b > a) >= RUNS // 2  # most runs raced the writer
    for a, b, check in checks:
        assert (check.lost, check.duplicated, check.phantom) == ([], 0, []), (a, b, check)
    with source.connect() as conn:
        alive = conn.execute("select count(*) from items").fetchone()[0]
    [(rows, keys)] = query(project, "SELECT count(), uniqExact(id) FROM loads.items_copy FINAL")
    assert rows == keys == alive + checks[-1][2].hard_deleted_kept


def test_deletes_the_cursor_cannot_see_and_the_soft_delete_it_can(source, tmp_path):
    """The documented limit: a hard DELETE never reaches the target (the row stays as last loaded), and an
    update that keeps an old row's cursor is never read; a soft delete that moves the cursor arrives."""
    project, defs = keyed_incremental(tmp_path, "pull")
    with dg.DagsterInstance.ephemeral() as instance:
        assert execute_pipeline(defs, "loads", "p", instance=instance).success
        with source.connect() as conn:
            conn.execute("delete from items where id = 1")
            conn.execute("update items set deleted = true, updated_at = now() where id = 2")
            conn.execute("update items set value = -3 where id = 3")  # cursor kept, below the mark
        assert execute_pipeline(defs, "loads", "p", instance=instance).success
    rows = {row[0]: row for row in query(project, FINAL)}
    assert rows[1] == (1, 1, False)  # hard-deleted in the source, kept in the target
    assert rows[2] == (2, 2, True)  # soft delete arrived
    assert rows[3] == (3, 3, False)  # the update that kept an old cursor is not seen
