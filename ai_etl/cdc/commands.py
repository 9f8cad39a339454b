"""`ai-etl cdc status|drop`: what each cdc pipeline holds on its source, and removing it.

Both read only PostgreSQL (never the embedded warehouse, which a running micro-batch may hold): a
slot's lag is the WAL it has not confirmed, and what it costs the source is the WAL it retains.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

from ai_etl.cdc.slot import SlotStatus, drop_replication, replication_name, slot_status
from ai_etl.errors import UserError

if TYPE_CHECKING:
    from ai_etl.project_files import ProjectFolder
    from ai_etl.spec import Pipeline


class PipelineSlot(BaseModel):
    pipeline: str
    connector: str
    tables: list[str]
    every: str
    max_retained_wal_mb: int
    slot: SlotStatus
    source_stopped: bool = False  # an embedded server not running (not started to look)

    @property
    def over_threshold(self) -> bool:
        return self.slot.retained_wal_bytes > self.max_retained_wal_mb * 1024 * 1024


def run_cdc(folder: ProjectFolder, args) -> int:
    pipelines = _cdc_pipelines(folder)
    if args.action == "status":
        found = [cdc_status(folder, p) for p in pipelines.values()]
        left = leftover_slots(folder, {replication_name(folder.name, name) for name in pipelines})
        if args.json:
            print(json.dumps({"pipelines": [{**s.model_dump(), "over_threshold": s.over_threshold} for s in found],
                              "leftover_slots": [{"connector": c, **s.model_dump()} for c, s in left]}, default=str))  # fmt: skip
            return 0
        if not found:
            print(f"Project '{folder.name}' has no cdc pipeline.")
        for status in found:
            print(_status_line(status))
        for connector, slot in left:
            print(
                f"leftover slot {slot.slot} on {connector} (no cdc pipeline of this project uses it): retains "
                f"{_mb(slot.retained_wal_bytes)} on the source; `ai-etl cdc drop {_pipeline_part(folder, slot.slot)}` removes it"
            )
        return 0
    if not args.pipeline:
        raise UserError("`ai-etl cdc drop` needs the pipeline's name, e.g. ai-etl cdc drop orders_replica.")
    name = replication_name(folder.name, args.pipeline)
    if args.pipeline in pipelines:
        sources = {pipelines[args.pipeline].source.connector: _source(folder, pipelines[args.pipeline])}
    else:  # a pipeline file deleted or broken: its slot would hold WAL back for ever
        sources = {c: r for c, r in _postgres_sources(folder) if _holds(r, name)}
        if not sources:
            known = ", ".join(sorted(pipelines)) or "none"
            raise UserError(f"Project '{folder.name}' has no cdc pipeline '{args.pipeline}' and no slot {name} on its sources (its cdc pipelines: {known}).")
    dropped = []
    for resource in sources.values():
        with resource.connect() as conn:
            dropped += drop_replication(conn, name)
    if dropped:
        print(f"Dropped {' and '.join(dropped)}; the next run of {args.pipeline}, if any, snapshots its tables again.")
    else:
        print(f"Pipeline {args.pipeline} has no replication slot or publication ({name}) on its source; nothing to drop.")
    return 0


def leftover_slots(folder: ProjectFolder, used: set[str]) -> list[tuple[str, SlotStatus]]:
    """Slots named for this project (`ai_etl_<project>_...`) that no cdc pipeline of it uses now."""
    prefix = replication_name(folder.name, "")
    found = []
    for connector, resource in _postgres_sources(folder):
        if resource.stopped:
            continue
        try:
            with resource.connect() as conn:
                names = [n for (n,) in conn.execute("select slot_name from pg_replication_slots where database = current_database() and starts_with(slot_name, %s)", (prefix,))]
                found += [(connector, slot_status(conn, n)) for n in names if n not in used]
        except UserError:
            continue  # a source not reachable here (an unset URL variable): nothing to say of it
    return found


def _holds(resource: _Source, name: str) -> bool:
    try:
        with resource.connect() as conn:
            return bool(conn.execute("select 1 from pg_replication_slots where slot_name = %s union all select 1 from pg_publication where pubname = %s", (name, name)).fetchone())
    except UserError:
        return False


def _pipeline_part(folder: ProjectFolder, slot: str) -> str:
    return slot.removeprefix(replication_name(folder.name, ""))


def cdc_status(folder: ProjectFolder, pipeline: Pipeline) -> PipelineSlot:
    source, name = _source(folder, pipeline), replication_name(folder.name, pipeline.name)
    if source.stopped:
        slot = SlotStatus(slot=name, exists=False)
    else:
        with source.connect() as conn:
            slot = slot_status(conn, name)
    settings = pipeline.cdc_settings
    return PipelineSlot(
        pipeline=pipeline.name, connector=pipeline.source.connector, tables=pipeline.entities, every=settings.every,
        max_retained_wal_mb=settings.max_retained_wal_mb, slot=slot, source_stopped=source.stopped,
    )  # fmt: skip


def _status_line(status: PipelineSlot) -> str:
    slot = status.slot
    head = f"{status.pipeline} ({', '.join(status.tables)} from {status.connector}, every {status.every}): slot {slot.slot}"
    if status.source_stopped:
        return f"{head}: the embedded server of {status.connector} is stopped (`ai-etl db start` to look)"
    if not slot.exists:
        return f"{head} not created yet (the first run creates it)"
    state = "active" if slot.active else "idle"
    warning = f"  WARNING: over {status.max_retained_wal_mb} MB" if status.over_threshold else ""
    return (
        f"{head} {state}, wal_status {slot.wal_status}; not yet applied {_mb(slot.pending_wal_bytes)}, "
        f"retained on the source {_mb(slot.retained_wal_bytes)}{warning}"
    )


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{size:,} bytes"


def _cdc_pipelines(folder: ProjectFolder) -> dict[str, Pipeline]:
    return {name: p for name, p in sorted(folder.pipelines.items()) if p.type == "cdc"}


class _Source(BaseModel):
    """A PostgreSQL connector as a command reaches it (as `connections.postgres_resource` reads it, without Dagster)."""

    url: str | None = None
    url_env: str | None = None  # set only when its variable is not: connecting then says so
    embedded_data_dir: str | None = None
    embedded_database: str = "postgres"

    def connect(self):
        from ai_etl.postgres_connection import open_postgres, postgres_conninfo

        return open_postgres(postgres_conninfo(self.url, self.url_env, self.embedded_data_dir, self.embedded_database))

    @property
    def stopped(self) -> bool:
        """An embedded server that is not running: `status` does not start it (it retains nothing more meanwhile)."""
        from ai_etl.embedded_postgres import EmbeddedPostgres

        return self.embedded_data_dir is not None and EmbeddedPostgres(Path(self.embedded_data_dir)).port() is None


def _source(folder: ProjectFolder, pipeline: Pipeline) -> _Source:
    return dict(_postgres_sources(folder))[pipeline.source.connector]


def _postgres_sources(folder: ProjectFolder) -> list[tuple[str, _Source]]:
    from ai_etl.spec import PostgresConnector

    sources = []
    for name, connector in folder.project.connectors.items():
        if not isinstance(connector, PostgresConnector):
            continue
        if connector.url_env and os.environ.get(connector.url_env):
            sources.append((name, _Source(url=os.environ[connector.url_env])))
        elif connector.embedded is not None:
            sources.append((name, _Source(embedded_data_dir=str(folder.resolve(connector.embedded.data_dir)), embedded_database=connector.embedded.database)))
        else:
            sources.append((name, _Source(url_env=connector.url_env)))
    return sources
