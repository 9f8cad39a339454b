"""One micro-batch read from the slot: whole transactions, folded into the rows each raw table gets.

The slot is only peeked (`pg_logical_slot_peek_binary_changes`), never consumed: it is advanced after
ClickHouse holds the rows (ai_etl/cdc/replicator.py), so a crash replays, never loses. The batch ends at
the WAL *flush* position read first (logical decoding sees only flushed WAL: a later bound could be
advanced past commits the peek never saw), or earlier at `max_changes`, at a commit.

Folding a change into rows (all of one transaction get its commit end LSN as their version):
- insert / update: the new row; within a batch the last version of a key is kept;
- a delete, or an update that changed the key: a delete row for the old key (its key columns only,
  or the whole old row under REPLICA IDENTITY FULL, where the key is the whole row);
- an update that left an out-of-line (TOAST) value unchanged does not carry it: it is taken from the
  row's earlier version in this batch, else from ClickHouse when the batch is written (`fill_key`);
- a truncate drops the table's rows pending in the batch and deletes every row ClickHouse holds.
Transactions at or below a table's committed position (the positions table) are already in ClickHouse
and are skipped: what a crash between the insert and the slot's advance makes the slot send again.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime

import psycopg

from ai_etl.cdc.pgoutput import UNCHANGED_TOAST, Begin, Change, Commit, Decoder, Relation, Truncate, lsn_int

Key = tuple


@dataclass
class PendingRow:
    values: dict  # column -> PostgreSQL text, None, or UNCHANGED_TOAST (to fill from ClickHouse)
    version: int
    deleted: bool = False
    fill_key: Key | None = None  # the key whose row in ClickHouse holds the unchanged values


@dataclass
class TableChanges:
    """What one raw table gets from a batch."""

    key: list[str]  # the raw table's sorting key: the primary key, or every column (REPLICA IDENTITY FULL)
    rows: dict[Key, PendingRow] = field(default_factory=dict)
    truncated_at: int | None = None  # version of the last truncate: every row held before it is deleted
    relation: Relation | None = None  # the table's shape in the WAL at the batch's end
    changes: int = 0

    def key_of(self, values: dict) -> Key:
        return tuple(values.get(k) for k in self.key)

    def fold(self, change: Change, version: int) -> None:
        self.changes += 1
        if change.kind == "delete":
            old = change.old or {}
            self.rows[self.key_of(old)] = PendingRow({c: v for c, v in old.items() if v is not UNCHANGED_TOAST}, version, deleted=True)
            return
        new = dict(change.new or {})
        old_key = self.key_of(change.old if change.old is not None else new)
        fill_key = None
        for column, value in new.items():
            if value is not UNCHANGED_TOAST:
                continue
            if change.old_kind == "O":  # REPLICA IDENTITY FULL: the old row is whole
                new[column] = change.old[column]
                continue
            earlier = self.rows.get(old_key)
            if earlier is not None and not earlier.deleted and earlier.values.get(column) is not UNCHANGED_TOAST:
                new[column] = earlier.values.get(column)
            else:
                fill_key = earlier.fill_key if earlier is not None and earlier.fill_key is not None else old_key
        key = self.key_of(new)  # after filling: under REPLICA IDENTITY FULL every column is the key
        if old_key != key:
            self.rows[old_key] = PendingRow({k: v for k, v in zip(self.key, old_key)}, version, deleted=True)
        self.rows[key] = PendingRow(new, version, fill_key=fill_key)

    def truncate(self, version: int) -> None:
        self.changes += 1
        self.rows.clear()
        self.truncated_at = version


@dataclass
class Batch:
    start: int  # the slot's confirmed position when read
    end: int  # where the slot may be advanced once the rows are in ClickHouse
    tables: dict[str, TableChanges]
    transactions: int = 0
    skipped_transactions: int = 0
    last_commit_time: datetime | None = None

    @property
    def changes(self) -> int:
        return sum(t.changes for t in self.tables.values())


def read_batch(
    conn: psycopg.Connection, slot: str, publication: str, schema: str, keys: dict[str, list[str]], positions: dict[str, int], max_changes: int
) -> Batch:
    """The next batch of the slot for the tables of `keys` (table -> the raw table's key)."""
    conn.execute("set timezone = 'UTC'")  # timestamptz values as '...+00'
    wait_for_flush(conn)
    start, upto = conn.execute(
        "select confirmed_flush_lsn::text, pg_current_wal_flush_lsn()::text from pg_replication_slots where slot_name = %s", (slot,)
    ).fetchone()
    rows = conn.execute(
        "select data from pg_logical_slot_peek_binary_changes(%s, %s::pg_lsn, %s, 'proto_version', '1', 'publication_names', %s)",
        (slot, upto, max_changes, publication),
    ).fetchall()
    batch = Batch(start=lsn_int(start), end=lsn_int(upto), tables={t: TableChanges(key=k) for t, k in keys.items()})
    decoder = Decoder()
    pending: list = []
    cut = len(rows) >= max_changes  # cut at a commit: the rest comes in the next batch
    for (data,) in rows:
        message = decoder.decode(data)
        if isinstance(message, Begin):
            pending = []
        elif isinstance(message, Relation):
            if message.schema == schema and message.table in batch.tables:
                batch.tables[message.table].relation = message
        elif isinstance(message, Change | Truncate):
            pending.append(message)
        elif isinstance(message, Commit):
            # a commit can end past `upto` (its record began before it): the slot then moves past its end
            batch.end = message.end_lsn if cut else max(batch.end, message.end_lsn)
            _fold_transaction(batch, pending, message, schema, positions)
    return batch


def wait_for_flush(conn: psycopg.Connection, timeout_s: float = 2.0) -> None:
    """Until the WAL written before this call is flushed: with `synchronous_commit = off` (the embedded
    server's) a commit reaches disk within 3 x wal_writer_delay, and decoding sees only flushed WAL, so a
    batch read at once would leave out what committed just before it."""
    target = conn.execute("select pg_current_wal_insert_lsn()").fetchone()[0]
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and not conn.execute("select pg_current_wal_flush_lsn() >= %s::pg_lsn", (target,)).fetchone()[0]:
        time.sleep(0.02)


def _fold_transaction(batch: Batch, messages: list, commit: Commit, schema: str, positions: dict[str, int]) -> None:
    version = commit.end_lsn
    applied = False
    for message in messages:
        relations = message.relations if isinstance(message, Truncate) else (message.relation,)
        for relation in relations:
            table = batch.tables.get(relation.table) if relation.schema == schema else None
            if table is None or version <= positions.get(relation.table, 0):
                continue
            applied = True
            if isinstance(message, Truncate):
                table.truncate(version)
            else:
                table.fold(message, version)
    if applied:
        batch.transactions += 1
        batch.last_commit_time = commit.commit_time
    elif messages:
        batch.skipped_transactions += 1

