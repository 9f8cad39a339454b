"""A decoder for PostgreSQL's pgoutput logical replication messages (protocol version 1).

Why our own: the maintained options need psycopg2 (pypgoutput builds it from source; dlt's
pg_replication is a copied-in verified source, not a package), and psycopg 3 has no API to read a
replication stream. Read through `pg_logical_slot_peek_binary_changes`, a message is one bytes value;
this turns it into a small typed record. Tuple values stay PostgreSQL's text output (None for NULL,
`UNCHANGED_TOAST` for an unchanged out-of-line value the protocol does not resend).
Formats: https://www.postgresql.org/docs/current/protocol-logicalrep-message-formats.html
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

PG_EPOCH = datetime(2000, 1, 1, tzinfo=timezone.utc)


class _Unchanged:
    """The 'u' tuple value: a TOASTed column an UPDATE did not change, so its value is not in the WAL."""

    def __repr__(self) -> str:
        return "UNCHANGED_TOAST"


UNCHANGED_TOAST = _Unchanged()
Values = dict[str, "str | None | _Unchanged"]


def lsn_text(lsn: int) -> str:
    return f"{lsn >> 32:X}/{lsn & 0xFFFFFFFF:X}"


def lsn_int(text: str) -> int:
    high, low = text.split("/")
    return (int(high, 16) << 32) | int(low, 16)


@dataclass(frozen=True, slots=True)
class RelationColumn:
    name: str
    type_oid: int
    typmod: int
    key: bool  # part of the replica identity (the primary key, or every column with REPLICA IDENTITY FULL)


@dataclass(frozen=True, slots=True)
class Relation:
    """A table's shape as the WAL knows it at this point (sent before its first change in a session and after DDL)."""

    relid: int
    schema: str
    table: str
    replica_identity: str  # d default (primary key), f full, i index, n nothing
    columns: tuple[RelationColumn, ...]


@dataclass(frozen=True, slots=True)
class Begin:
    final_lsn: int
    commit_time: datetime
    xid: int


@dataclass(frozen=True, slots=True)
class Commit:
    commit_lsn: int
    end_lsn: int  # the version every row of the transaction gets
    commit_time: datetime


@dataclass(frozen=True, slots=True)
class Change:
    """An insert, update or delete. `old` is the old key ('K', when an update changed it, and on deletes)
    or the whole old row ('O', REPLICA IDENTITY FULL); `new` the row after an insert or update."""

    kind: str  # insert | update | delete
    relation: Relation
    new: Values | None = None
    old: Values | None = None
    old_kind: str | None = None  # K | O


@dataclass(frozen=True, slots=True)
class Truncate:
    relations: tuple[Relation, ...]
    cascade: bool
    restart_identity: bool


@dataclass(frozen=True, slots=True)
class Other:
    """Origin, type and logical messages: nothing to apply."""

    tag: str


Message = Relation | Begin | Commit | Change | Truncate | Other


_STRUCTS: dict[str, struct.Struct] = {}
_INT16, _INT32 = struct.Struct(">h"), struct.Struct(">i")
_TEXT, _NULL, _UNCHANGED = ord("t"), ord("n"), ord("u")


class _Reader:
    __slots__ = ("buf", "pos")

    def __init__(self, buf: bytes):
        self.buf = buf
        self.pos = 0

    def unpack(self, fmt: str):
        layout = _STRUCTS.get(fmt) or _STRUCTS.setdefault(fmt, struct.Struct(fmt))
        (value,) = layout.unpack_from(self.buf, self.pos)
        self.pos += layout.size
        return value

    def byte(self) -> str:
        value = chr(self.buf[self.pos])
        self.pos += 1
        return value

    def time(self) -> datetime:
        return PG_EPOCH + timedelta(microseconds=self.unpack(">q"))

    def cstring(self) -> str:
        end = self.buf.index(b"\0", self.pos)
        text = self.buf[self.pos : end].decode()
        self.pos = end + 1
        return text

    def raw(self, n: int) -> bytes:
        value = self.buf[self.pos : self.pos + n]
        self.pos += n
        return value


@dataclass
class Decoder:
    """Decodes one session's messages; keeps the relations it has seen (changes name their columns by them)."""

    relations: dict[int, Relation] = field(default_factory=dict)

    def decode(self, payload: bytes) -> Message:
        r = _Reader(bytes(payload))
        tag = r.byte()
        if tag == "B":
            return Begin(final_lsn=r.unpack(">Q"), commit_time=r.time(), xid=r.unpack(">I"))
        if tag == "C":
            r.unpack(">b")  # flags, unused
            return Commit(commit_lsn=r.unpack(">Q"), end_lsn=r.unpack(">Q"), commit_time=r.time())
        if tag == "R":
            relid = r.unpack(">I")
            schema, table, identity = r.cstring(), r.cstring(), r.byte()
            columns = []
            for _ in range(r.unpack(">h")):
                flags = r.unpack(">b")
                columns.append(RelationColumn(name=r.cstring(), type_oid=r.unpack(">I"), typmod=r.unpack(">i"), key=bool(flags & 1)))
            relation = Relation(relid, schema, table, identity, tuple(columns))
            self.relations[relid] = relation
            return relation
        if tag == "I":
            relation = self.relations[r.unpack(">I")]
            r.byte()  # 'N'
            return Change("insert", relation, new=self._tuple(r, relation))
        if tag == "U":
            relation = self.relations[r.unpack(">I")]
            old, old_kind, kind = None, None, r.byte()
            if kind in ("K", "O"):
                old_kind, old = kind, self._tuple(r, relation)
                kind = r.byte()
            return Change("update", relation, new=self._tuple(r, relation), old=old, old_kind=old_kind)
        if tag == "D":
            relation = self.relations[r.unpack(">I")]
            old_kind = r.byte()
            return Change("delete", relation, old=self._tuple(r, relation), old_kind=old_kind)
        if tag == "T":
            count, options = r.unpack(">i"), r.unpack(">b")
            relations = tuple(self.relations[r.unpack(">I")] for _ in range(count))
            return Truncate(relations, cascade=bool(options & 1), restart_identity=bool(options & 2))
        if tag in ("O", "Y", "M"):
            return Other(tag)
        raise ValueError(f"unsupported pgoutput message {tag!r} (streamed or two-phase transactions are not requested)")

    @staticmethod
    def _tuple(r: _Reader, relation: Relation) -> Values:
        """The hot loop of decoding (every value of every row): positions kept in locals."""
        buf, pos = r.buf, r.pos
        (count,) = _INT16.unpack_from(buf, pos)
        pos += 2
        values: list = []
        for _ in range(count):
            kind = buf[pos]
            pos += 1
            if kind == _TEXT:
                (size,) = _INT32.unpack_from(buf, pos)
                pos += 4
                values.append(buf[pos : pos + size].decode())
                pos += size
            elif kind == _NULL:
                values.append(None)
            elif kind == _UNCHANGED:
                values.append(UNCHANGED_TOAST)
            else:
                raise ValueError(f"unexpected tuple value kind {chr(kind)!r} (binary mode is not requested)")
        r.pos = pos
        return dict(zip((c.name for c in relation.columns), values))
