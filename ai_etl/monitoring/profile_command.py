"""`ai-etl profile <pipeline|database.table>`: which tables a name means, their profiles, as a table or JSON.

The warehouse is opened once, for the whole command, and closed before printing (embedded chDB is
single-process: a pipeline run waiting for it should not wait on the terminal).
"""

from __future__ import annotations

import json
from contextlib import contextmanager

from clickhouse_connect.driver.client import Client
from pydantic import BaseModel

from ai_etl.errors import UserError
from ai_etl.monitoring.profile import ProfiledTable, TableProfile, count_rows, describe_table, profile_table
from ai_etl.project_files import ProjectFolder

LARGE_TABLE_ROWS = 100_000  # from here a progress bar shows, column by column
NAMES_SHOWN = 12


class ProfileReport(BaseModel):
    project: str
    target: str
    pipeline: str | None
    tables: list[TableProfile]


def target_tables(folder: ProjectFolder, pipeline_name: str) -> list[tuple[str, str]]:
    """(database, table) of what a pipeline writes last: its mart, or the raw tables of a copy."""
    from ai_etl.resolved_pipeline import resolve_pipeline

    resolved = resolve_pipeline(folder, folder.pipeline(pipeline_name))
    if resolved.in_dbt:
        return [(resolved.pipeline.target.database or resolved.warehouse_database, resolved.pipeline.target.table)]
    return [(raw.database, raw.table) for raw in resolved.raw_tables]


def _listed(names: list[str]) -> str:
    shown = ", ".join(names[:NAMES_SHOWN]) + (f" and {len(names) - NAMES_SHOWN} more" if len(names) > NAMES_SHOWN else "")
    return shown or "none"


def resolve_target(folder: ProjectFolder, client: Client, database: str, name: str) -> tuple[str | None, list[ProfiledTable]]:
    """A pipeline's target tables, or `database.table`, or a table of the project's database -> (pipeline, tables)."""
    if name in folder.pipelines or name in folder.broken:
        tables = [(db, table, describe_table(client, db, table)) for db, table in target_tables(folder, name)]
        missing = [f"{db}.{table}" for db, table, found in tables if found is None]
        if missing:
            raise UserError(f"Pipeline '{name}' has not written {', '.join(missing)} yet; run `ai-etl materialize --pipeline {name}` first.")
        return name, [found for _, _, found in tables]
    where, _, table = name.rpartition(".")
    found = describe_table(client, where or database, table) if table else None
    if found is not None:
        return None, [found]
    tables = [row[0] for row in client.query("SELECT name FROM system.tables WHERE database = {db:String} ORDER BY name", parameters={"db": where or database}).result_rows]
    raise UserError(
        f"No pipeline or table '{name}' in project '{folder.name}': its pipelines are {_listed(sorted(folder.pipelines))}, "
        f"and database {where or database} holds {_listed(tables)}."
    )


@contextmanager
def _progress(enabled: bool, total: int, label: str):
    """A column-by-column progress bar on stderr (large tables only); yields its step function."""
    if not enabled:
        yield lambda _column: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as progress:  # fmt: skip
        task = progress.add_task(label, total=total)
        yield lambda column: progress.update(task, advance=1, description=f"{label}: {column.name}")


def profile_tables(client: Client, tables: list[ProfiledTable], show_progress: bool) -> list[TableProfile]:
    profiles = []
    for table in tables:
        rows = count_rows(client, table)
        with _progress(show_progress and rows >= LARGE_TABLE_ROWS, len(table.columns), f"{table.database}.{table.table} ({rows:,} rows)") as step:
            profiles.append(profile_table(client, table, rows, on_column=step))
    return profiles


def run_profile(folder: ProjectFolder, args) -> int:
    from ai_etl.connections import clickhouse_resource, project_warehouse

    warehouse = clickhouse_resource(folder, project_warehouse(folder)[1]).process_config_and_initialize()
    with warehouse.get_client() as client:
        pipeline, tables = resolve_target(folder, client, warehouse.database, args.target)
        report = ProfileReport(project=folder.name, target=args.target, pipeline=pipeline, tables=profile_tables(client, tables, show_progress=not args.json))
    if args.json:
        print(json.dumps(report.model_dump(), indent=2))
    else:
        print_profiles(report)
    return 0


def print_profiles(report: ProfileReport) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not console.is_terminal:  # a pipe or a file: wide enough for the table instead of 80 columns
        console = Console(width=160)
    for profile in report.tables:
        exact = "exact" if profile.distinct_method == "uniqExact" else f"approximate ({profile.distinct_method}, within about 1%)"
        console.print(f"{profile.database}.{profile.table}: {profile.rows:,} rows, {len(profile.columns)} columns, "
                      f"distinct counts {exact}, profiled in {profile.seconds:.2f} s", markup=False, highlight=False)  # fmt: skip
        table = Table("column", "type", "nulls", "null %", "distinct", "min", "max", "top values", show_lines=False)
        for column in profile.columns:
            top = ", ".join(f"{'NULL' if t.value is None else t.value} ({t.count:,})" for t in column.top_values or [])
            table.add_row(
                column.name + (" (key)" if column.in_key else ""), column.type, f"{column.nulls:,}", f"{column.null_rate * 100:.1f}",
                f"{'' if column.distinct_exact else '~'}{column.distinct:,}", _short(column.min), _short(column.max), top,
            )  # fmt: skip
        console.print(table)


def _short(value: str | None, width: int = 24) -> str:
    if value is None:
        return ""
    return value if len(value) <= width else value[: width - 1] + "…"
