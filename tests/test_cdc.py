"""Change data capture on the real engines: embedded PostgreSQL (wal_level=logical, pgoutput) -> chDB.

Each test replicates tables of its own database through `run_step` (snapshot, then one micro-batch) and
compares the current-state view with the PostgreSQL table, row for row.
"""

from __future__ import annotations

import os
import random
import signal
import string
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ai_etl.cdc import replicator
from ai_etl.cdc.replicator import CdcPlan, CdcTable, run_step
from ai_etl.cdc.pgoutput import lsn_int
from ai_etl.cdc.slot import CdcSourceError, drop_replication, slot_status
from ai_etl.cdc.apply import CdcSchemaError
from ai_etl.embedded_postgres import EmbeddedPostgres
from ai_etl.errors import ConnectorError
from ai_etl.loading import full_refresh_from_postgres
from ai_etl.resources import PostgresResource


def _plan(name: str, *tables: str, full: bool = False) -> CdcPlan:
    return CdcPlan(
        name=name, schema_name="public", database="analytics", replica_identity_full=full,
        tables=[CdcTable(source_table=t, raw=f"raw_{t}", view=f"raw_{t}_current") for t in tables],
    )  # fmt: skip


def _current(warehouse, view: str, columns: str, order: str) -> list[tuple]:
    with warehouse.get_client() as client:
        return [tuple(r) for r in client.query(f"SELECT {columns} FROM analytics.{view} ORDER BY {order}").result_rows]


def _source(db, table: str, columns: str, order: str) -> list[tuple]:
    with db.connect() as conn:
        return [tuple(r) for r in conn.execute(f"select {columns} from {table} order by {order}").fetchall()]


def _big(n: int = 6000) -> str:
    """Incompressible text: stored out of line (TOAST), so updates that leave it alone do not resend it."""
    return "".join(random.Random(n).choices(string.ascii_letters + string.digits, k=n))


@pytest.fixture
def items(scratch_db):
    with scratch_db.connect() as conn:
        conn.execute("create table items (id bigint primary key, name text, qty int not null, price numeric(10,2), big text, seen timestamptz, ok boolean, tags text[])")
        conn.execute(
            "insert into items select g, 'n' || g, g, g * 1.5, case when g %% 3 = 0 then %s end, timestamptz '2024-01-01 10:00+02' + g * interval '1 hour',"
            " g %% 2 = 0, array['a' || g, null, 'b c'] from generate_series(1, 50) g",
            (_big(),),
        )
    yield scratch_db
    with scratch_db.connect() as conn:
        drop_replication(conn, "t_items")


COLUMNS = "id, name, qty, price, big, seen, ok, tags"


def _same(db, warehouse, table="items", view="raw_items_current", columns=COLUMNS, order="id"):
    expected = _source(db, table, columns, order)
    got = _current(warehouse, view, columns, order)
    assert len(got) == len(expected)
    for want, have in zip(expected, got):
        assert _comparable(have) == _comparable(want)


def _comparable(row: tuple) -> tuple:
    out = []
    for v in row:
        if hasattr(v, "tzinfo") and hasattr(v, "hour"):
            v = v.replace(tzinfo=None) if v.tzinfo is None else v.astimezone(__import__("datetime").UTC).replace(tzinfo=None)
        if isinstance(v, float) or type(v).__name__ == "Decimal":
            v = round(float(v), 4)
        out.append(v)
    return tuple(out)


def test_snapshot_then_every_kind_of_change(items, warehouse):
    plan = _plan("t_items", "items")
    first = run_step(plan, items, warehouse)
    assert first.tables["items"].snapshot_rows == 50
    _same(items, warehouse)
    with items.connect() as conn:
        conn.execute("insert into items values (100, 'new', 1, 2.5, null, now(), true, '{x}')")
        conn.execute("update items set name = 'renamed', qty = qty + 1 where id = 3")  # big (TOAST) unchanged
        conn.execute("update items set big = %s where id = 6", (_big(7000),))
        conn.execute("delete from items where id in (1, 2)")
        conn.execute("update items set id = 300 where id = 9")  # key change, big unchanged
        with conn.transaction():
            conn.execute("insert into items values (101, 'twice', 1, 1, null, null, null, '{}')")  # a NULL array loads as [] (type_mapping)
            conn.execute("update items set qty = 2 where id = 101")
        conn.execute("update items set name = 'again' where id = 300")  # TOAST unchanged on the moved row
    second = run_step(plan, items, warehouse)
    assert second.changes >= 8 and second.tables["items"].snapshot_rows is None
    _same(items, warehouse)
    with items.connect() as conn:
        conn.execute("truncate items")
        conn.execute("insert into items values (7, 'after truncate', 7, 7, null, null, false, '{}')")
    third = run_step(plan, items, warehouse)
    assert third.tables["items"].truncated
    _same(items, warehouse)
    assert third.slot.pending_wal_bytes < 200_000 and third.slot.exists


def _started(db, warehouse, name: str, *tables: str, full: bool = False) -> CdcPlan:
    """A plan for `tables`, snapshotted."""
    plan = _plan(name, *tables, full=full)
    run_step(plan, db, warehouse)
    return plan


def _execute(db, *statements: str) -> None:
    with db.connect() as conn:
        for statement in statements:
            conn.execute(statement)


def test_crash_between_insert_and_advance_replays_without_duplicates(items, warehouse, monkeypatch):
    plan = _started(items, warehouse, "t_items", "items")

    def crash(*args):
        raise RuntimeError("killed")

    # killed after the rows (before the positions), then after the positions (before the slot's advance)
    for step, change in (("write_positions", "update items set qty = qty * 10 where id <= 20"), ("advance_slot", "delete from items where id > 45")):
        with items.connect() as conn:
            before_changes = lsn_int(conn.execute("select pg_current_wal_lsn()::text").fetchone()[0])
        _execute(items, change, "update items set name = name || '+' where id = 12")  # big (TOAST) unchanged
        monkeypatch.setattr(replicator, step, crash)
        with pytest.raises(RuntimeError, match="killed"):
            run_step(plan, items, warehouse)
        monkeypatch.undo()
        again = run_step(plan, items, warehouse)  # replays the batch (first case) or confirms it (second)
        assert again.changes == (21 if step == "write_positions" else 0)
        _same(items, warehouse)
    with warehouse.get_client() as client:
        assert client.query("SELECT count(), uniqExact(id) FROM analytics.raw_items_current").result_rows[0] == (45, 45)
    with items.connect() as conn:  # the slot confirmed the last batch (not a WAL size: the other tests' WAL counts there)
        assert slot_status(conn, "t_items").confirmed_lsn > before_changes


def test_changes_committed_while_the_snapshot_is_read_converge(items, warehouse, monkeypatch):
    """The snapshot is read after the slot exists: what commits meanwhile is in the snapshot and comes
    again from the slot with a higher version (replicator.py); the step still ends equal to the source."""
    real_snapshot = replicator._snapshot

    def snapshot_after_changes(*args, **kwargs):
        _execute(
            items,
            "update items set id = 900 where id = 3",  # a key change leaving big (TOAST) alone: the old key is gone from the snapshot
            "update items set name = 'moved' where id = 900",
            "delete from items where id = 4",
            "insert into items (id, name, qty, tags) values (901, 'during', 1, '{}')",
            "update items set qty = 0 where id = 6",
        )
        return real_snapshot(*args, **kwargs)

    monkeypatch.setattr(replicator, "_snapshot", snapshot_after_changes)
    report = run_step(_plan("t_items", "items"), items, warehouse)
    assert report.tables["items"].snapshot_rows == 50 and report.changes == 5
    _same(items, warehouse)


def test_a_new_slot_snapshots_anew_even_after_a_crash_right_after_creating_it(items, warehouse, monkeypatch):
    plan = _started(items, warehouse, "t_items", "items")
    with items.connect() as conn:
        drop_replication(conn, "t_items")  # ai-etl cdc drop: changes from here on are in no slot
    _execute(items, "update items set qty = -1 where id < 10", "delete from items where id > 40")

    def crash(*args):
        raise RuntimeError("killed")

    monkeypatch.setattr(replicator, "_snapshot", crash)
    with pytest.raises(RuntimeError, match="killed"):
        run_step(plan, items, warehouse)  # the slot is made, the old positions forgotten, the snapshot not taken
    monkeypatch.undo()
    assert run_step(plan, items, warehouse).tables["items"].snapshot_rows == 40
    _same(items, warehouse)


def test_added_column_and_type_change(items, warehouse):
    plan = _started(items, warehouse, "t_items", "items")
    _execute(
        items,
        "alter table items add column note text, add column score double precision",
        "update items set note = 'noted', score = 1.25 where id < 5",
        "alter table items drop column ok",
        "insert into items (id, name, qty, note) values (500, 'late', 5, 'x')",
    )
    report = run_step(plan, items, warehouse)
    assert set(report.tables["items"].schema_changes.added) == {"note", "score"}
    assert report.tables["items"].schema_changes.dropped == ["ok"]
    _same(items, warehouse, columns="id, name, qty, note, score")
    _execute(items, "alter table items alter column qty type bigint, alter column price type numeric(14,2)", "update items set qty = 5000000000, price = 123456789012.34 where id = 3")
    widened = run_step(plan, items, warehouse)
    assert widened.tables["items"].schema_changes.widened == ["qty", "price"]
    _same(items, warehouse, columns="id, name, qty, price, note, score")
    _execute(items, "alter table items alter column qty type text", "update items set qty = 'many' where id = 3")
    with pytest.raises(CdcSchemaError, match=r"Column public.items.qty changed type in PostgreSQL to text"):
        run_step(plan, items, warehouse)


def test_table_without_primary_key_is_refused_or_replicated_whole(scratch_db, warehouse):
    with scratch_db.connect() as conn:
        conn.execute("create table events (kind text, n int, at date, big text)")
        conn.execute("insert into events values ('a', 1, '2024-01-01', null), ('b', 2, null, %s), ('c', 3, '2024-02-02', null)", (_big(),))
    with pytest.raises(CdcSourceError, match=r"Table public.events has no primary key, so its updates and deletes cannot be matched"):
        run_step(_plan("t_events", "events"), scratch_db, warehouse)
    plan = _started(scratch_db, warehouse, "t_events", "events", full=True)
    # the whole old row comes with each update and delete; big (TOAST) unchanged is taken from it
    _execute(
        scratch_db,
        "update events set n = 20 where kind = 'b'",
        "update events set n = 21 where kind = 'b'",
        "delete from events where kind = 'a'",
        "insert into events values ('d', null, null, null)",
    )
    run_step(plan, scratch_db, warehouse)
    _same(scratch_db, warehouse, "events", "raw_events_current", "kind, n, at, big", "kind")
    with scratch_db.connect() as conn:
        dropped = drop_replication(conn, "t_events")
        assert dropped == ["replication slot t_events", "publication t_events"]
        assert not slot_status(conn, "t_events").exists
        assert conn.execute("select count(*) from pg_publication where pubname = 't_events'").fetchone()[0] == 0


STEP_IN_A_PROCESS = """
import sys
from ai_etl.cdc.replicator import CdcPlan, run_step
from ai_etl.resources import ClickHouseResource, PostgresResource
plan, source, warehouse = CdcPlan.model_validate_json(sys.argv[1]), PostgresResource(url=sys.argv[2]), ClickHouseResource(url=sys.argv[3], database="analytics")
print("ready", flush=True)
while True:
    run_step(plan, source, warehouse)
"""


def test_kill_9_mid_batch_then_the_next_step_is_exact(scratch_db, warehouse):
    _execute(scratch_db, "create table big_items (id bigint primary key, qty int not null, note text)",
             "insert into big_items select g, g, md5(g::text) from generate_series(1, 20000) g")  # fmt: skip
    plan = _started(scratch_db, warehouse, "t_kill", "big_items")
    for round_, delay in enumerate((0.1, 0.9)):  # before the rows are written; while they are, or the next step
        _execute(
            scratch_db,
            f"update big_items set qty = qty + 1, note = 'r{round_}' where id % 3 = {round_}",
            f"delete from big_items where id % 11 = {round_}",
            f"insert into big_items select 100000 * {round_ + 1} + g, g, null from generate_series(1, 5000) g",
        )
        worker = subprocess.Popen(
            [sys.executable, "-c", STEP_IN_A_PROCESS, plan.model_dump_json(), scratch_db.url, warehouse.url],
            stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
        )  # fmt: skip
        assert worker.stdout.readline().strip() == "ready"
        time.sleep(delay)
        worker.send_signal(signal.SIGKILL)
        worker.wait()
    run_step(plan, scratch_db, warehouse)
    _same(scratch_db, warehouse, "big_items", "raw_big_items_current", "id, qty, note", "id")
    with scratch_db.connect() as conn:
        drop_replication(conn, "t_kill")


TYPES = """
create type mood as enum ('sad', 'ok', 'happy');
create table typed (
  id int primary key, i2 smallint, i8 bigint, f4 real, f8 double precision, n numeric(12,2), nu numeric, m money,
  b boolean, t text, vc varchar(10), ch char(5), u uuid, j json, jb jsonb, raw bytea, d date, ts timestamp(3),
  tz timestamptz, tm time, tmz timetz, iv interval, ip inet, e mood, ints int[], texts text[]);
"""
EDGE_ROWS = """
insert into typed values
  (1, -32768, 9223372036854775807, 1.5, 'NaN', -1234567890.12, 0.000001, '-12.34', true, E'line\\nbreak\\ttab', 'ten chars!', 'ab',
   'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{"b": 1, "a": [1, 2]}', '{"b": 1, "a": [1, 2]}', E'\\\\x00ff10', '1900-01-01',
   '2024-02-29 23:59:59.123', '2024-06-01 12:00:00.654321+05:30', '23:59:59', '10:00+02', '1 year 2 mons 3 days 04:05:06', '10.0.0.1/8',
   'happy', '{1,NULL,3}', ARRAY['a,b', NULL, 'say "hi"', E'back\\\\slash', '', 'NULL']),
  (2, null, null, 'Infinity', '-Infinity', null, null, null, false, null, null, null, null, null, null, null, null, null, null, null,
   null, null, null, null, null, '{}'),
  (3, 1, 2, 3, 4, 5, 6, 7, null, 'zoë', 'ß', 'x', null, 'null', '[]', '', '2299-12-31', '1970-01-01', '1970-01-01 00:00:00+00',
   '00:00', '00:00+00', '-1 days', '::1', 'sad', '{}', '{"{}"}')
"""


def test_a_changed_row_lands_as_a_snapshot_loads_it(scratch_db, warehouse):
    """Rows that arrive as changes (pgoutput's text) equal the batch loads' rows of the same table, type by type."""
    _execute(scratch_db, TYPES, "insert into typed (id, t) values (0, 'before')")
    plan = _started(scratch_db, warehouse, "t_typed", "typed")
    _execute(scratch_db, EDGE_ROWS, "update typed set t = 'after' where id = 0")
    run_step(plan, scratch_db, warehouse)
    full_refresh_from_postgres(scratch_db, warehouse, "typed", "analytics", "typed_batch")
    with warehouse.get_client() as client:
        columns = [name for (name,) in client.query("SELECT name FROM system.columns WHERE database = 'analytics' AND table = 'typed_batch' ORDER BY position").result_rows]
        listed = ", ".join(f"toString({c})" for c in columns)  # NaN = NaN as text
        replicated = client.query(f"SELECT {listed} FROM analytics.raw_typed_current ORDER BY id").result_rows
        batch = client.query(f"SELECT {listed} FROM analytics.typed_batch ORDER BY id").result_rows
    assert len(replicated) == 4
    for got, want in zip(replicated, batch):
        assert dict(zip(columns, got)) == dict(zip(columns, want))
    with scratch_db.connect() as conn:
        drop_replication(conn, "t_typed")


def test_the_source_stopped_mid_stream_then_restarted(tmp_path, warehouse):
    """A server of its own, stopped between two steps: the step fails with one sentence, nothing is
    confirmed, and after the restart the next step catches up exactly."""
    server = EmbeddedPostgres(tmp_path / "pg")
    source = PostgresResource(embedded_data_dir=str(tmp_path / "pg"), embedded_database="stopped")  # started again on use
    try:
        _execute(source, "create table items (id bigint primary key, qty int)", "insert into items select g, g from generate_series(1, 1000) g")
        plan = _started(source, warehouse, "t_stopped", "items")
        _execute(source, "update items set qty = 0 where id <= 100", "delete from items where id > 900")
        url = server.url("stopped")
        server.stop()
        with pytest.raises(ConnectorError, match="Cannot connect to PostgreSQL"):
            run_step(plan, PostgresResource(url=url), warehouse)  # the server as a URL knows it: down
        report = run_step(plan, source, warehouse)  # the embedded server starts again on use
        assert report.changes == 200
        _same(source, warehouse, "items", "raw_items_current", "id, qty", "id")
    finally:
        server.stop()
