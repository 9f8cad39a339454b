"""Versioned artifacts: every generated or hand-edited file of a project, with an append-only history.

The files on disk are the working copy; the store records each version (content, hash, kind,
author, parent, status, reason, validation). Exactly one version of an artifact is `active`; a
proposal waits as `proposed` until accepted or rejected. Storage is SQLAlchemy: SQLite next to
the project by default, any database by URL (`AI_ETL_ARTIFACTS_URL`, e.g. the PostgreSQL server
that holds Dagster's storage).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path
from typing import Literal

import sqlalchemy as sa
from pydantic import BaseModel
from sqlalchemy import orm

from ai_etl.errors import UserError

Status = Literal["active", "proposed", "rejected", "superseded"]
Kind = Literal["pipeline", "sql_model", "model_yml", "sources_yml", "python_transform", "other"]


class StoreError(UserError):
    pass


class Base(orm.DeclarativeBase):
    pass


class ArtifactRow(Base):
    __tablename__ = "ai_etl_artifacts"
    __table_args__ = (sa.UniqueConstraint("project", "path"),)
    id: orm.Mapped[int] = orm.mapped_column(primary_key=True)
    project: orm.Mapped[str] = orm.mapped_column(sa.String(200))
    path: orm.Mapped[str] = orm.mapped_column(sa.String(1000))
    kind: orm.Mapped[str] = orm.mapped_column(sa.String(40))


class VersionRow(Base):
    __tablename__ = "ai_etl_artifact_versions"
    __table_args__ = (sa.UniqueConstraint("artifact_id", "number"),)
    id: orm.Mapped[int] = orm.mapped_column(primary_key=True)
    artifact_id: orm.Mapped[int] = orm.mapped_column(sa.ForeignKey("ai_etl_artifacts.id"), index=True)
    number: orm.Mapped[int]
    content: orm.Mapped[str] = orm.mapped_column(sa.Text)
    sha: orm.Mapped[str] = orm.mapped_column(sa.String(64))
    author: orm.Mapped[str] = orm.mapped_column(sa.String(200))
    parent_id: orm.Mapped[int | None] = orm.mapped_column(sa.ForeignKey("ai_etl_artifact_versions.id"))
    status: orm.Mapped[str] = orm.mapped_column(sa.String(20), index=True)
    reason: orm.Mapped[str] = orm.mapped_column(sa.Text, default="")
    validation: orm.Mapped[str] = orm.mapped_column(sa.Text, default="{}")
    proposal: orm.Mapped[bool] = orm.mapped_column(default=False, doc="made as a proposal (whatever became of it)")
    created_at: orm.Mapped[dt.datetime]
    updated_at: orm.Mapped[dt.datetime]


class Version(BaseModel):
    """One version as the rest of the product sees it."""

    id: int
    path: str
    kind: str
    number: int
    content: str
    sha: str
    author: str
    parent_id: int | None
    status: Status
    reason: str
    validation: dict
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def label(self) -> str:
        return f"{self.path}@v{self.number}"


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def kind_of(path: str) -> Kind:
    if path.endswith(".py"):
        return "python_transform"
    if "/pipelines/" in f"/{path}" and path.endswith(".yaml"):
        return "pipeline"
    if path.endswith("__sources.yml"):
        return "sources_yml"
    if path.endswith(".sql"):
        return "sql_model"
    return "model_yml" if path.endswith(".yml") else "other"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class ArtifactStore:
    """All versions of one project's artifacts; every write is one transaction."""

    def __init__(self, url: str, project: str):
        self.url, self.project = url, project
        try:
            self.engine = sa.create_engine(url)
            Base.metadata.create_all(self.engine)
            _add_missing_columns(self.engine)
        except sa.exc.SQLAlchemyError as err:
            raise StoreError(
                f"The artifact store {_display(url)} cannot be opened ({_reason(err)}); move a corrupted file aside or fix AI_ETL_ARTIFACTS_URL."
            ) from None

    @classmethod
    def for_project(cls, project_root: Path, project: str) -> ArtifactStore:
        url = os.environ.get("AI_ETL_ARTIFACTS_URL")
        if not url:
            path = project_root / ".data" / "artifacts.db"
            path.parent.mkdir(parents=True, exist_ok=True)
            url = f"sqlite:///{path}"
        return cls(url, project)

    @staticmethod
    def exists_for(project_root: Path) -> bool:
        """Whether there is a store to read, without creating one (a location load only reads)."""
        return bool(os.environ.get("AI_ETL_ARTIFACTS_URL")) or (project_root / ".data" / "artifacts.db").exists()

    def _session(self) -> orm.Session:
        return orm.Session(self.engine, expire_on_commit=False)

    def _run(self, work):
        try:
            with self._session() as session, session.begin():
                return work(session)
        except sa.exc.SQLAlchemyError as err:
            raise StoreError(f"The artifact store {_display(self.url)} failed ({_reason(err)}); nothing was changed.") from None

    # ------------------------------------------------------------------ reads

    def active_shas(self) -> dict[str, str]:
        """path -> sha of the active version, for the whole project in one query."""
        query = (
            sa.select(ArtifactRow.path, VersionRow.sha)
            .join(VersionRow, VersionRow.artifact_id == ArtifactRow.id)
            .where(ArtifactRow.project == self.project, VersionRow.status == "active")
        )
        return self._run(lambda s: dict(s.execute(query).all()))

    def versions(self, path: str | None = None, status: Status | None = None) -> list[Version]:
        query = sa.select(VersionRow, ArtifactRow).join(ArtifactRow, VersionRow.artifact_id == ArtifactRow.id).where(ArtifactRow.project == self.project)
        if path:
            query = query.where(ArtifactRow.path == path)
        if status:
            query = query.where(VersionRow.status == status)
        query = query.order_by(ArtifactRow.path, VersionRow.number)
        return self._run(lambda s: [_version(v, a) for v, a in s.execute(query).all()])

    def current_versions(self) -> list[Version]:
        """The active and the waiting (proposed) versions: what the Dagster UI shows."""
        query = (
            sa.select(VersionRow, ArtifactRow)
            .join(ArtifactRow, VersionRow.artifact_id == ArtifactRow.id)
            .where(ArtifactRow.project == self.project, VersionRow.status.in_(("active", "proposed")))
            .order_by(ArtifactRow.path, VersionRow.number)
        )
        return self._run(lambda s: [_version(v, a) for v, a in s.execute(query).all()])

    def active(self, path: str) -> Version | None:
        found = self.versions(path, "active")
        return found[0] if found else None

    def get(self, version_id: int) -> Version:
        def work(session):
            row = session.get(VersionRow, version_id)
            if row is None or session.get(ArtifactRow, row.artifact_id).project != self.project:
                return None
            return _version(row, session.get(ArtifactRow, row.artifact_id))

        found = self._run(work)
        if found is None:
            raise StoreError(f"There is no artifact version {version_id} in project '{self.project}'; `ai-etl artifacts list` shows them.")
        return found

    # ------------------------------------------------------------------ writes

    def record(
        self,
        path: str,
        content: str,
        author: str,
        reason: str,
        status: Status = "active",
        parent_id: int | None = None,
        validation: dict | None = None,
    ) -> Version:
        """A new version; an active one supersedes the previous active version."""
        return self._run(lambda session: self._record(session, path, content, author, reason, status, parent_id, validation))

    def record_many(self, items: list[tuple[str, str, str, str]]) -> list[Version]:
        """(path, content, author, reason) as active versions, in one transaction."""
        return self._run(lambda session: [self._record(session, *item) for item in items])

    def _record(self, session, path, content, author, reason, status="active", parent_id=None, validation=None) -> Version:
        artifact = session.scalar(sa.select(ArtifactRow).where(ArtifactRow.project == self.project, ArtifactRow.path == path))
        if artifact is None:
            artifact = ArtifactRow(project=self.project, path=path, kind=kind_of(path))
            session.add(artifact)
            session.flush()
        current = session.scalar(sa.select(VersionRow).where(VersionRow.artifact_id == artifact.id, VersionRow.status == "active"))
        number = (session.scalar(sa.select(sa.func.max(VersionRow.number)).where(VersionRow.artifact_id == artifact.id)) or 0) + 1
        now = _now()
        if status == "active" and current is not None:
            current.status, current.updated_at = "superseded", now
        row = VersionRow(
            artifact_id=artifact.id, number=number, content=content, sha=sha(content), author=author,
            parent_id=parent_id if parent_id is not None else (current.id if current else None), status=status,
            reason=reason, validation=json.dumps(validation or {}, default=str), proposal=status in ("proposed", "rejected"),
            created_at=now, updated_at=now,
        )  # fmt: skip
        session.add(row)
        session.flush()
        return _version(row, artifact)

    def set_status(self, version_id: int, status: Status, reason: str | None = None) -> Version:
        def work(session):
            row = session.get(VersionRow, version_id)
            row.status, row.updated_at = status, _now()
            if reason:
                row.reason = f"{row.reason}\n{reason}".strip()
            return _version(row, session.get(ArtifactRow, row.artifact_id))

        self.get(version_id)  # a clear error for an unknown id
        return self._run(work)

    def proposals_today(self, prefix: str) -> int:
        """Proposals (kept or rejected) made today for artifacts under `prefix` (a pipeline's files)."""
        start = _now().replace(hour=0, minute=0, second=0, microsecond=0)
        query = (
            sa.select(sa.func.count())
            .select_from(VersionRow)
            .join(ArtifactRow, VersionRow.artifact_id == ArtifactRow.id)
            .where(ArtifactRow.project == self.project, ArtifactRow.path.like(f"{prefix}%"), VersionRow.created_at >= start)
            .where(VersionRow.proposal.is_(True))
        )
        return self._run(lambda s: s.scalar(query) or 0)


def _add_missing_columns(engine: sa.Engine) -> None:
    """Stores made by an earlier release get the columns added since (all have defaults)."""
    existing = {c["name"] for c in sa.inspect(engine).get_columns(VersionRow.__tablename__)}
    with engine.begin() as conn:
        for column in VersionRow.__table__.columns:
            if column.name not in existing:
                kind = column.type.compile(engine.dialect)
                conn.execute(sa.text(f"ALTER TABLE {VersionRow.__tablename__} ADD COLUMN {column.name} {kind} DEFAULT {0 if kind.upper().startswith('BOOL') else chr(39) * 2}"))


def _version(row: VersionRow, artifact: ArtifactRow) -> Version:
    return Version(
        id=row.id, path=artifact.path, kind=artifact.kind, number=row.number, content=row.content, sha=row.sha,
        author=row.author, parent_id=row.parent_id, status=row.status, reason=row.reason,
        validation=json.loads(row.validation or "{}"), created_at=row.created_at, updated_at=row.updated_at,
    )  # fmt: skip


def _display(url: str) -> str:
    return sa.engine.make_url(url).render_as_string(hide_password=True) if "://" in url else url


def _reason(err: Exception) -> str:
    return str(getattr(err, "orig", err)).strip().splitlines()[0][:200]
