"""The PostgreSQL side of a cdc pipeline: its publication, its logical replication slot, its tables' identity.

Both are named for the project and pipeline (`ai_etl_<project>_<pipeline>`), created when missing
(every run checks, so a dropped slot or an edited table list is put right), and dropped only by
`ai-etl cdc drop`. A slot holds back WAL until it is advanced: `SlotStatus` says how much.
"""

from __future__ import annotations

import hashlib

import psycopg
from psycopg import sql
from pydantic import BaseModel

from ai_etl.cdc.pgoutput import lsn_int
from ai_etl.errors import SourceChangedError

NAME_MAX = 63


class CdcSourceError(SourceChangedError):
    """The source database cannot replicate as the pipeline needs (wal_level, a slot taken or in use)."""


def replication_name(project: str, pipeline: str) -> str:
    """The slot's and the publication's name (lower case: slot names allow nothing else; at most 63 bytes)."""
    name = f"ai_etl_{project}_{pipeline}".lower()
    if len(name) <= NAME_MAX:
        return name
    return f"{name[:50]}_{hashlib.sha1(name.encode()).hexdigest()[:12]}"


class SlotStatus(BaseModel):
    """What `pg_replication_slots` says of one slot, with the WAL it retains."""

    slot: str
    exists: bool
    active: bool = False
    confirmed_lsn: int | None = None
    retained_wal_bytes: int = 0  # pg_current_wal_lsn() - restart_lsn: WAL the server keeps on disk for the slot
    pending_wal_bytes: int = 0  # pg_current_wal_lsn() - confirmed_flush_lsn: WAL not yet applied
    wal_status: str | None = None  # reserved | extended | unreserved | lost


def slot_status(conn: psycopg.Connection, slot: str) -> SlotStatus:
    found = conn.execute(
        "select active, confirmed_flush_lsn::text, coalesce(pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn), 0)::bigint,"
        " coalesce(pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn), 0)::bigint, wal_status"
        " from pg_replication_slots where slot_name = %s and database = current_database()",
        (slot,),
    ).fetchone()
    if found is None:
        return SlotStatus(slot=slot, exists=False)
    active, confirmed, retained, pending, wal_status = found
    return SlotStatus(
        slot=slot, exists=True, active=active, confirmed_lsn=lsn_int(confirmed) if confirmed else None,
        retained_wal_bytes=retained, pending_wal_bytes=pending, wal_status=wal_status,
    )  # fmt: skip


def check_logical_decoding(conn: psycopg.Connection) -> None:
    level = conn.execute("show wal_level").fetchone()[0]
    if level != "logical":
        raise CdcSourceError(
            f"PostgreSQL runs with wal_level={level}; cdc needs wal_level=logical (set it in postgresql.conf or "
            "with ALTER SYSTEM SET wal_level = logical, then restart the server)."
        )


def identity_problem(conn: psycopg.Connection, schema: str, table: str, identity_full: bool) -> str | None:
    """Why `table` cannot be replicated as it is (None: it can, or REPLICA IDENTITY FULL will make it so):
    PostgreSQL must log which row an update or delete touched, by a primary key or the whole old row."""
    found = conn.execute(
        "select c.relreplident, exists(select 1 from pg_index i where i.indrelid = c.oid and i.indisprimary)"
        " from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = %s and c.relname = %s and c.relkind in ('r', 'p')",
        (schema, table),
    ).fetchone()
    if found is None:
        return f"There is no table {schema}.{table} to replicate; fix `source.tables` or create the table."
    identity, has_key = found
    if identity == "f" or (has_key and identity in ("d", "i")) or identity_full:
        return None
    return (
        f"Table {schema}.{table} has no primary key, so its updates and deletes cannot be matched in ClickHouse; "
        "add a primary key, or set `cdc: {replica_identity_full: true}` to have ai-etl set REPLICA IDENTITY FULL on it."
    )


def ensure_identity(conn: psycopg.Connection, schema: str, tables: list[str], identity_full: bool) -> list[str]:
    """Every table can be replicated (`identity_problem`); those without a key switched to REPLICA IDENTITY FULL
    when the pipeline opts in. Returns the tables switched now."""
    switched = []
    for table in tables:
        if problem := identity_problem(conn, schema, table, identity_full):
            raise CdcSourceError(problem)
        if identity_problem(conn, schema, table, identity_full=False):
            conn.execute(sql.SQL("alter table {} replica identity full").format(sql.Identifier(schema, table)))
            switched.append(table)
    return switched


def ensure_publication(conn: psycopg.Connection, name: str, schema: str, tables: list[str]) -> None:
    """The publication lists exactly the pipeline's tables (created, or set when the list changed)."""
    wanted = {(schema, t) for t in tables}
    listed = sql.SQL(", ").join(sql.Identifier(schema, t) for t in sorted(tables))
    if conn.execute("select 1 from pg_publication where pubname = %s", (name,)).fetchone() is None:
        conn.execute(sql.SQL("create publication {} for table {}").format(sql.Identifier(name), listed))
        return
    have = set(conn.execute("select schemaname, tablename from pg_publication_tables where pubname = %s", (name,)).fetchall())
    if have != wanted:
        conn.execute(sql.SQL("alter publication {} set table {}").format(sql.Identifier(name), listed))


def create_slot(conn: psycopg.Connection, slot: str) -> int:
    """Create the logical slot (pgoutput); its consistent point. Waits for transactions open on the server
    to end (PostgreSQL needs a consistent start)."""
    found = conn.execute("select database, plugin from pg_replication_slots where slot_name = %s", (slot,)).fetchone()
    if found is not None:
        raise CdcSourceError(f"A replication slot {slot} already exists for database {found[0]} ({found[1]}); drop it or rename the pipeline.")
    created = conn.execute("select lsn::text from pg_create_logical_replication_slot(%s, 'pgoutput')", (slot,)).fetchone()
    return lsn_int(created[0])


def advance_slot(conn: psycopg.Connection, slot: str, lsn: int) -> None:
    """Confirm everything up to `lsn`: PostgreSQL may recycle that WAL. Only after ClickHouse holds it."""
    from ai_etl.cdc.pgoutput import lsn_text

    conn.execute("select pg_replication_slot_advance(%s, %s::pg_lsn)", (slot, lsn_text(lsn)))


def drop_replication(conn: psycopg.Connection, name: str) -> list[str]:
    """Drop the slot and the publication called `name` (what `ai-etl cdc drop` removes); what was dropped."""
    dropped = []
    active = conn.execute("select active_pid from pg_replication_slots where slot_name = %s", (name,)).fetchone()
    if active is not None:
        if active[0] is not None:
            raise CdcSourceError(f"Replication slot {name} is in use by process {active[0]}; wait for the run to end and try again.")
        conn.execute("select pg_drop_replication_slot(%s)", (name,))
        dropped.append(f"replication slot {name}")
    if conn.execute("select 1 from pg_publication where pubname = %s", (name,)).fetchone():
        conn.execute(sql.SQL("drop publication {}").format(sql.Identifier(name)))
        dropped.append(f"publication {name}")
    return dropped
