"""`ai-etl cdc status|drop`: what each cdc pipeline holds on its source, and removing it.

Both read only PostgreSQL (never the embedded warehouse, which a running micro-batch may hold): a
slot's lag is the WAL it has not confirmed, and what it costs the source is the WAL it retains.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from pydantic import BaseModel

from ai_etl.cdc.slot import SlotStatus, drop_replication, replication_name, slot_status
from ai_etl.errors import UserError

if TYPE_CHECKING:
    from ai_etl.project_files import ProjectFolder
    from ai_etl.resources import PostgresResource
    from ai_etl.spec import Pipeline


class PipelineSlot(BaseModel):
    pipeline: str
    connector: str
    tables: list[str]
    every: str
    max_retained_wal_mb: int
    slot: SlotStatus

    @property
    def over_threshold(self) -> bool:
        return self.slot.retained_wal_bytes > self.max_retained_wal_mb * 1024 * 1024


def run_cdc(folder: ProjectFolder, args) -> int:
    if args.action == "status":
        found = [cdc_status(folder, p) for p in _cdc_pipelines(folder).values()]
        if args.json:
            print(json.dumps([{**s.model_dump(), "over_threshold": s.over_threshold} for s in found], default=str))
        elif not found:
            print(f"Project '{folder.name}' has no cdc pipeline.")
        for status in [] if args.json else found:
            print(_status_line(status))
        return 0
    if not args.pipeline:
        raise UserError("`ai-etl cdc drop` needs the pipeline's name, e.g. ai-etl cdc drop orders_replica.")
    pipelines = _cdc_pipelines(folder)
    if args.pipeline not in pipelines:
        known = ", ".join(sorted(pipelines)) or "none"
        raise UserError(f"Project '{folder.name}' has no cdc pipeline '{args.pipeline}' (its cdc pipelines: {known}).")
    name = replication_name(folder.name, args.pipeline)
    with _source(folder, pipelines[args.pipeline]).connect() as conn:
        dropped = drop_replication(conn, name)
    if dropped:
        print(f"Dropped {' and '.join(dropped)}; the next run of {args.pipeline} snapshots its tables again.")
    else:
        print(f"Pipeline {args.pipeline} has no replication slot or publication ({name}) on its source; nothing to drop.")
    return 0


def cdc_status(folder: ProjectFolder, pipeline: Pipeline) -> PipelineSlot:
    with _source(folder, pipeline).connect() as conn:
        slot = slot_status(conn, replication_name(folder.name, pipeline.name))
    settings = pipeline.cdc_settings
    return PipelineSlot(
        pipeline=pipeline.name, connector=pipeline.source.connector, tables=pipeline.entities, every=settings.every,
        max_retained_wal_mb=settings.max_retained_wal_mb, slot=slot,
    )  # fmt: skip


def _status_line(status: PipelineSlot) -> str:
    slot = status.slot
    head = f"{status.pipeline} ({', '.join(status.tables)} from {status.connector}, every {status.every}): slot {slot.slot}"
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


def _source(folder: ProjectFolder, pipeline: Pipeline) -> PostgresResource:
    from ai_etl.connections import postgres_resource
    from ai_etl.spec import PostgresConnector

    connector = folder.project.connector(pipeline.source.connector, PostgresConnector)
    return postgres_resource(folder, connector).process_config_and_initialize()
