"""The pipeline said back in plain words, rendered from the spec (never from the request), so a
reader can catch a misreading without opening a file: what is read and joined, which rows are
kept, how they are grouped and measured, the order and limit, when it runs and how it loads.
"""

from __future__ import annotations

from pydantic import BaseModel

from ai_etl.spec import (
    AggregateTransform,
    KafkaSource,
    CastTransform,
    DeduplicateTransform,
    DeriveTransform,
    FilterTransform,
    JoinTransform,
    Pipeline,
    PostgresSource,
    RenameTransform,
    SelectTransform,
    SqlTransform,
    WindowTransform,
)

_LOADS = {
    "full_refresh": "replaced in full on each run",
    "append": "appended on each run",
    "incremental": "loaded incrementally",
    "upsert": "upserted (the latest version of each key wins)",
}


class Reading(BaseModel):
    """One line per part of the pipeline, in the order it happens."""

    lines: list[str]

    def text(self) -> str:
        return "\n".join(self.lines)


def schedule_in_words(cron: str | None, timezone: str = "UTC") -> str:
    """'0 2 * * 5' -> 'At 02:00 AM, only on Friday (UTC)'; None -> 'on demand'."""
    if cron is None:
        return "on demand (no schedule)"
    from cron_descriptor import Options, get_description

    options = Options()
    options.use_24hour_time_format = True
    return f"{get_description(cron, options)} ({timezone})"


def say_back(pipeline: Pipeline) -> Reading:
    """The pipeline in plain words (see the module docstring)."""
    source = pipeline.source
    lines: list[str] = []
    if pipeline.type == "cdc":
        tables = ", ".join(source.source_tables)
        lines.append(f"replicates table {tables} of PostgreSQL connector {source.connector} from its changes (a logical replication slot)")
    elif isinstance(source, KafkaSource):
        lines.append(f"reads the messages of Kafka topic {source.topic} of connector {source.connector}")
    elif isinstance(source, PostgresSource):
        read = f"table {source.table}" if source.table else f"the query {' '.join(source.query.split())[:300]!r}"
        lines.append(f"reads {read} of PostgreSQL connector {source.connector}")
    else:
        lines.append(f"reads {source.format or 'the'} files {source.path} of connector {source.connector}" + (f", cleaned by {source.transform}" if source.transform else ""))
    for step in pipeline.transformations:
        lines.append(_step(step))
    target = f"{pipeline.target.database + '.' if pipeline.target.database else ''}{pipeline.target.table}"
    if pipeline.type in ("cdc", "stream"):
        kept = "the current state of each row, updates and deletes applied" if pipeline.type == "cdc" else "each message once (by partition and offset)"
        every = pipeline.cdc_settings.every if pipeline.type == "cdc" else f"{pipeline.stream_settings.every:g}s"
        return Reading(lines=[*lines, f"writes ClickHouse table {target}, {kept}", f"runs every {every} (a sensor's micro-batches, once switched on)"])
    mode = _LOADS[pipeline.load.mode]
    details = []
    if pipeline.load.cursor:
        details.append(f"cursor {pipeline.load.cursor}")
    if pipeline.load.key:
        details.append(f"key {', '.join(pipeline.load.key)}")
    lines.append(f"writes ClickHouse table {target}, {mode}" + (f" ({'; '.join(details)})" if details else ""))
    timezone = pipeline.schedule.timezone if pipeline.schedule else "UTC"
    lines.append(f"runs {schedule_in_words(pipeline.schedule.cron if pipeline.schedule else None, timezone)}")
    return Reading(lines=lines)


def _columns(items) -> str:
    return ", ".join(c.expr or c.source or c.name if not (c.expr or c.source) or (c.expr or c.source) == c.name else f"{c.expr or c.source} as {c.name}" for c in items)


def _step(step) -> str:
    if isinstance(step, FilterTransform):
        return f"keeps the rows where {step.condition}"
    if isinstance(step, JoinTransform):
        if step.how == "anti":
            through = "".join(f" joined to {hop.table}" for hop in step.through)
            where = f" where {step.where}" if step.where else ""
            return f"keeps the rows with no match in {step.table}{through}{where} ({step.left_on} = {step.table}.{step.right_on})"
        taken = f", taking {_columns(step.columns)}" if step.columns else ""
        where = f" (only its rows where {step.where})" if step.where else ""
        return f"joins {step.table}{where} ({step.how}) on {step.left_on} = {step.table}.{step.right_on}{taken}"
    if isinstance(step, AggregateTransform):
        measures = ", ".join(f"{m.name} = {m.expr}" for m in step.measures)
        if not step.group_by:
            return f"computes {measures} over all rows (one row)"
        return f"groups by {_columns(step.group_by)} and computes {measures}"
    if isinstance(step, DeriveTransform):
        return "adds " + ", ".join(f"{c.name} = {c.expr}" for c in step.columns)
    if isinstance(step, DeduplicateTransform):
        return f"keeps one row per {', '.join(step.key)}: the one with the largest {step.latest_by}"
    if isinstance(step, WindowTransform):
        parts = []
        for column in step.columns:
            over = " ".join(filter(None, [f"per {', '.join(column.partition_by)}" if column.partition_by else "", f"ordered by {', '.join(column.order_by)}" if column.order_by else ""]))
            parts.append(f"{column.name} = {column.function} {over}".strip())
        return "adds window columns " + "; ".join(parts)
    if isinstance(step, SelectTransform):
        return f"keeps the columns {_columns(step.columns)}"
    if isinstance(step, RenameTransform):
        return "renames " + ", ".join(f"{old} to {new}" for old, new in step.columns.items())
    if isinstance(step, CastTransform):
        return "casts " + ", ".join(f"{column} to {kind}" for column, kind in step.columns.items())
    if isinstance(step, SqlTransform):
        return f"runs the SQL {' '.join(step.sql.split())!r} (columns {', '.join(step.columns)})"
    return f"applies {step.type}"


def print_reading(console, reading: list[str], sql: str | None, indent: str = "  ") -> None:
    """The reading as a bulleted list and the SQL under it (ai-etl generate's summary, ai-etl ask)."""
    for line in reading:
        console.print(f"{indent}  - {line}", markup=False, highlight=False)
    if sql:
        console.print(f"{indent}final SQL:", markup=False)
        console.print("\n".join(f"{indent}  {line}" for line in sql.strip().splitlines()), markup=False, highlight=False)
