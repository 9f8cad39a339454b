"""A PostgreSQL table changed by writer threads while a keyed incremental load runs again and again,
and the check that the target equals the source as of each load's snapshot.

The promise checked (`Load` in ai_etl/spec.py): with `mode: incremental, cursor: updated_at, key: [id]`
the target, read with FINAL (what the staging models read), holds for every key the version the
source had in the load's snapshot. "As of the snapshot" precisely: PostgreSQL reads the source in one
statement, whose snapshot holds every transaction committed before the read started. The test cannot
see that instant, so it brackets it: every change whose commit returned before the run started (log
position A) must be in the target, and no change committed after the run ended (position B) may be;
a change committed during the run may be either. A writer changes a row only by a transaction that
also moves `updated_at` to `now()`, or by an update that keeps `updated_at` on the row holding the
source's largest `updated_at` (read again by `>=`). With several writers whose transactions stay
open after taking `now()`, changes commit out of cursor order: one committed after a run read past
its cursor is loaded by the next run (the trusted mark, ai_etl/loading.py), so the bracket still holds.
Outside the promise, by design of a cursor:
- a hard DELETE is never seen: the row stays in the target as last loaded (use a soft-delete
  column moved with the cursor, or a full refresh, to follow deletes);
- an update that keeps the cursor of a row below the high-water mark is never seen.
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass, field

import psycopg

SETUP = """
drop table if exists items;
create table items (id bigint primary key, value int not null, deleted boolean not null default false,
                    updated_at timestamptz not null);
insert into items select g, g, false, now() - interval '1 day' + g * interval '1 second' from generate_series(1, 200) g;
"""
COLUMNS = ["id", "value", "deleted"]
Row = tuple  # (id, value, deleted), the columns compared (updated_at is the version, compared by its effect)


@dataclass
class Change:
    """One committed change: the key and its row after the change (None: hard-deleted)."""

    kind: str
    key: int
    row: Row | None


@dataclass
class WriterLog:
    """Changes in the order their commits returned; `lock` is held from commit to append, so a position
    read under it splits the changes into committed-before and not-yet."""

    changes: list[Change] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def position(self) -> int:
        with self.lock:
            return len(self.changes)


KINDS = ["insert", "update", "update_same_cursor", "soft_delete", "hard_delete"]


class Writer(threading.Thread):
    """Inserts, updates, same-cursor updates of the boundary row, soft and hard deletes, until stopped.

    `part`/`parts` split the keys between writers (each key has one writer, so its versions are in
    commit order); `hold_s` keeps each transaction open up to that long after its write, as a slow application does."""

    def __init__(self, url: str, log: WriterLog, seed: int, part: int = 0, parts: int = 1, hold_s: float = 0.0, pause_s: float = 0.002):
        super().__init__(daemon=True)
        self.url, self.log, self.random = url, log, random.Random(seed)
        self.part, self.parts, self.hold_s, self.pause_s = part, parts, hold_s, pause_s
        self.stop = threading.Event()
        self.error: BaseException | None = None
        self.next_id = 1_000

    def run(self) -> None:
        try:
            with psycopg.connect(self.url, autocommit=True) as conn:
                while not self.stop.is_set():
                    self.step(conn)
                    time.sleep(self.pause_s)
        except BaseException as err:  # reported by the test
            self.error = err

    def _mine(self, conn, extra: str = "") -> int | None:
        row = conn.execute(
            f"select id from items where id %% %s = %s {extra} order by random() limit 1", (self.parts, self.part)
        ).fetchone()
        return row[0] if row else None

    def step(self, conn: psycopg.Connection) -> None:
        kind = self.random.choices(KINDS, weights=[3, 4, 2, 1, 1])[0]
        value = self.random.randint(0, 10**6)
        with conn.transaction():
            if kind == "insert":
                self.next_id += 1
                key = self.next_id * self.parts + self.part  # a key of this writer's part
                row = conn.execute(
                    "insert into items values (%s, %s, false, now()) on conflict (id) do nothing returning id, value, deleted", (key, value)
                ).fetchone()
            elif kind == "update_same_cursor":
                # the row holding the largest updated_at: the next load reads it again (`>=` the mark)
                row = conn.execute(
                    "update items set value = %s where id = (select id from items where id %% %s = %s order by updated_at desc, id desc limit 1)"
                    " and updated_at = (select max(updated_at) from items) returning id, value, deleted",
                    (value, self.parts, self.part),
                ).fetchone()
            else:
                key = self._mine(conn, "and not deleted")
                if key is None:
                    return
                if kind == "update":
                    row = conn.execute("update items set value = %s, updated_at = now() where id = %s returning id, value, deleted", (value, key)).fetchone()
                elif kind == "soft_delete":
                    row = conn.execute("update items set deleted = true, updated_at = now() where id = %s returning id, value, deleted", (key,)).fetchone()
                else:
                    conn.execute("delete from items where id = %s", (key,))
                    row = (key, None)
            if row is None:
                return
            change = Change(kind, row[0], None if kind == "hard_delete" else tuple(row))
            if self.hold_s:  # open for a while after `now()` was taken: commits come out of cursor order
                time.sleep(self.random.uniform(0, self.hold_s))
            self.log.lock.acquire()
        try:  # the transaction committed on leaving the block; the change is logged before anyone reads a position
            self.log.changes.append(change)
        finally:
            self.log.lock.release()


@dataclass
class RunCheck:
    """What one run's end found, against the bracket [A, B] of committed changes."""

    keys: int = 0
    lost: list[int] = field(default_factory=list)  # a change committed before the run is missing
    duplicated: int = 0  # rows beyond one per key in the FINAL view
    phantom: list[int] = field(default_factory=list)  # a version the source never had by the run's end
    hard_deleted_kept: int = 0  # hard-deleted keys still in the target (the documented limit)
    detail: dict = field(default_factory=dict)  # lost or phantom key -> (expected before the run, committed during it, found)


def initial_rows(url: str) -> dict[int, Row]:
    with psycopg.connect(url) as conn:
        return {r[0]: tuple(r) for r in conn.execute("select id, value, deleted from items")}


def check_run(initial: dict[int, Row], changes: list[Change], a: int, b: int, target: list[Row]) -> RunCheck:
    """Compare the target (rows of the FINAL view, as (id, value, deleted)) with the source bracketed by
    log positions a <= b: per key, the state after the changes before `a`, or a version committed in
    [a, b). A key hard-deleted before `a` may keep any version it had (the documented limit)."""
    before: dict[int, Row | None] = dict(initial)
    history: dict[int, list[Row]] = {k: [r] for k, r in initial.items()}
    for change in changes[:a]:
        before[change.key] = change.row
        if change.row is not None:
            history.setdefault(change.key, []).append(change.row)
    during: dict[int, list[Row | None]] = {}
    for change in changes[a:b]:
        during.setdefault(change.key, []).append(change.row)
    seen: dict[int, Row] = {}
    result = RunCheck()
    for row in target:
        if row[0] in seen:
            result.duplicated += 1
        seen[row[0]] = row
    for key in set(before) | set(seen) | set(during):
        got = seen.get(key)
        allowed = [before.get(key), *during.get(key, [])]
        if got in allowed:
            continue
        versions = history.get(key, []) + [r for r in during.get(key, []) if r is not None]
        if (before.get(key) is None or None in during.get(key, [])) and got in versions:
            result.hard_deleted_kept += 1  # deleted by a DELETE before the read: the cursor cannot see it
            continue
        result.detail[key] = (before.get(key), during.get(key, []), got, [c.kind for c in changes if c.key == key])
        if got is None or got in history.get(key, []):
            result.lost.append(key)  # missing, or an older version than the one committed before the run
        else:
            result.phantom.append(key)
    result.keys = sum(1 for r in before.values() if r is not None)
    return result
