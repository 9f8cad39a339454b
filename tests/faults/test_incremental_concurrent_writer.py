"""A keyed incremental load (`cursor: updated_at, key: [id]`) run again and again while a writer
inserts, updates, updates the boundary row keeping its cursor, soft-deletes and hard-deletes: at every
run's end the target's FINAL view equals the source as of the run's snapshot for every key
(tests/faults/concurrent_writer.py says precisely what that means and what lies outside the promise)."""

from __future__ import annotations

from collections import Counter

import dagster as dg
import psycopg
import pytest
from concurrent_writer import COLUMNS, SETUP, Writer, WriterLog, check_run, initial_rows
from project_builder import as_shop, make_project, pipeline, query

from ai_etl.definitions import build_definitions
from ai_etl.pipeline_runs import execute_pipeline

RUNS = 10
FINAL = f"SELECT {', '.join(COLUMNS)} FROM loads.items_copy FINAL"
LATEST = "SELECT id, argMax(value, updated_at), argMax(deleted, updated_at) FROM loads.items_copy GROUP BY id"  # append-only


@pytest.fixture
def source(scratch_db, monkeypatch):
    return as_shop(scratch_db, monkeypatch, SETUP)


def keyed_incremental(tmp_path, transfer: str):
    load = {"mode": "incremental", "cursor": "updated_at", "key": ["id"], "transfer": transfer}
    project = make_project(tmp_path, "loads", [pipeline("p", {"table": "items"}, "items_copy", load=load)])
    return project, build_definitions(project, prepare=True)


@pytest.mark.parametrize(
    ("transfer", "writers", "hold_s"),
    [("pull", 1, 0.0), ("arrow", 1, 0.0), ("pull", 2, 0.1)],
    ids=["pull", "arrow", "late commits"],  # two writers whose transactions stay open after taking now()
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


@pytest.mark.parametrize("key", [["id"], []], ids=["keyed", "append-only"])
@pytest.mark.parametrize("transfer", ["pull", "arrow"])
def test_a_row_committed_after_a_run_read_past_it_is_loaded_once_by_the_next(source, tmp_path, transfer, key):
    """A transaction stamps rows with now() and stays open; another commits a later-stamped row; the
    loader runs and finishes (the target's maximum is now past the open transaction's rows); then the
    first commits. The next run loads its rows, once: in the current state (FINAL) and in the raw
    table, keyed or append-only, and a third run adds nothing."""
    load = {"mode": "incremental", "cursor": "updated_at", "key": key, "transfer": transfer}
    project = make_project(tmp_path, "loads", [pipeline("p", {"table": "items"}, "items_copy", load=load)])
    defs = build_definitions(project, prepare=True)
    late = psycopg.connect(source.url)  # a transaction of its own, open until committed below
    try:
        with dg.DagsterInstance.ephemeral() as instance:
            assert execute_pipeline(defs, "loads", "p", instance=instance).success
            late.execute("insert into items values (5001, 1, false, now())")
            if key:
                late.execute("update items set value = -5, updated_at = now() where id = 5")
            with source.connect() as conn:  # committed, stamped after the open transaction's now()
                conn.execute("insert into items values (5002, 2, false, now())")
                conn.execute("update items set value = -6, updated_at = now() where id = 6")
            assert execute_pipeline(defs, "loads", "p", instance=instance).success
            [(loaded,)] = query(project, "SELECT countIf(id IN (5001, 5002)) FROM loads.items_copy")
            assert loaded == 1  # 5002 is in, 5001 not yet committed
            late.commit()
            for _ in range(2):
                assert execute_pipeline(defs, "loads", "p", instance=instance).success
                with source.connect() as conn:
                    expected = sorted(conn.execute(f"select {', '.join(COLUMNS)} from items").fetchall())
                assert sorted(query(project, FINAL if key else LATEST)) == expected
                raw = query(project, "SELECT id, value, count() FROM loads.items_copy WHERE id IN (5, 6, 5001, 5002) GROUP BY id, value")
                assert sorted(r for r in raw if r[1] < 0 or r[0] > 5000) == sorted(
                    [(5001, 1, 1), (5002, 2, 1), (6, -6, 1)] + ([(5, -5, 1)] if key else [])
                )  # each version once in the raw table, not only in the FINAL view
    finally:
        late.close()
    if not key:
        [(rows, keys)] = query(project, "SELECT count(), uniqExact(id) FROM loads.items_copy")
        assert rows == keys + 1  # append-only: the one update of id 6 is a second row, nothing else doubled


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
