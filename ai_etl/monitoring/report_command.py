"""`ai-etl report`: read the telemetry (one opening of the warehouse), draw the HTML, write it atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ai_etl.errors import UserError
from ai_etl.project_files import ProjectFolder

MAX_DAYS = 3660


def final_assets(folder: ProjectFolder) -> dict[str, str]:
    """pipeline -> its target asset key as the telemetry stores it (`project/layer/name`)."""
    from ai_etl.resolved_pipeline import resolve_pipeline

    return {name: resolve_pipeline(folder, pipeline).final_key.to_user_string() for name, pipeline in folder.pipelines.items()}


def write_atomically(path: Path, text: str) -> None:
    """A temporary file beside `path`, renamed over it: a reader never sees half a report."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def run_report(folder: ProjectFolder, args) -> int:
    from ai_etl.connections import clickhouse_resource, project_warehouse
    from ai_etl.monitoring.report_data import read_report_data
    from ai_etl.monitoring.report_html import render_report

    if not 1 <= args.days <= MAX_DAYS:
        raise UserError(f"--days {args.days} is not a number of days from 1 to {MAX_DAYS}.")
    out = Path(args.out).expanduser().resolve()
    if not out.parent.is_dir():
        raise UserError(f"Cannot write {out}: folder {out.parent} does not exist; create it or choose another --out.")
    if out.is_dir():
        raise UserError(f"Cannot write {out}: it is a folder; name a file such as {out / 'report.html'}.")
    warehouse = clickhouse_resource(folder, project_warehouse(folder)[1]).process_config_and_initialize()
    with warehouse.get_client() as client:
        data = read_report_data(client, folder.name, final_assets(folder), args.days)
    write_atomically(out, render_report(data))
    if data.empty:
        print(f"Wrote {out}: no telemetry recorded for project '{folder.name}' in the last {args.days} day(s), so the report says so.")
    else:
        print(f"Wrote {out}: {len(data.summaries)} pipeline(s), {len(data.runs)} run(s), {len(data.volume)} materialization(s) "
              f"of target tables over the last {args.days} day(s).")  # fmt: skip
    return 0
