"""`ai-etl ask "<question>"`: a question answered as a table, read-only.

The question goes through the same agents as `ai-etl generate` (with the same coverage rule: no
answer rather than a wrong one), the pipeline is materialized in a scratch copy of the project
(its own chDB warehouse; the sources are only read), and its final table is the answer, printed
with the plain-words reading and the SQL. `--save` then writes the pipeline into the project,
exactly as `ai-etl generate --yes` would.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from pydantic import BaseModel, Field

from ai_etl.errors import UserError
from ai_etl.project_files import ProjectFolder, load_project


class Answer(BaseModel):
    question: str
    pipeline: str
    reading: list[str]
    sql: str | None
    columns: list[str]
    rows: list[list] = Field(description="at most `limit` rows of the answer")
    total_rows: int
    seconds: float
    saved: bool = False


def ask(folder: ProjectFolder, question: str, limit: int = 50, save: bool = False) -> Answer:
    """Answer `question` from the project's sources (see the module docstring)."""
    from ai_etl.agents.orchestrator import generate, write_files
    from ai_etl.scratch import final_table_rows, materialize_pipeline, pipeline_definitions, scratch_workspace

    started = time.perf_counter()
    root = Path(tempfile.mkdtemp(prefix="ai-etl-ask-"))
    try:
        scratch = scratch_workspace(folder, root)
        result = generate(question, scratch)
        write_files(result, scratch)
        failure = materialize_pipeline(pipeline_definitions(scratch.root), scratch.name, result.pipeline)
        if failure:
            raise UserError(f"The pipeline that answers the question failed to run ({failure}); nothing was saved.")
        columns, rows = final_table_rows(load_project(scratch.root), result.pipeline)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    if save:
        from ai_etl.prepare import prepare_project

        write_files(result, folder)
        prepare_project(load_project(folder.root))
    return Answer(
        question=question,
        pipeline=result.pipeline,
        reading=result.reading,
        sql=result.sql,
        columns=columns,
        rows=[[_plain(v) for v in row] for row in rows[:limit]],
        total_rows=len(rows),
        seconds=round(time.perf_counter() - started, 2),
        saved=save,
    )


def _plain(value):
    return value if isinstance(value, (str, int, float, bool)) or value is None else str(value)


def run_ask(folder: ProjectFolder, question: str, as_json: bool, limit: int, save: bool) -> int:
    with contextlib.redirect_stdout(sys.stderr):  # dbt and Dagster logs must not mix with the answer
        answer = ask(folder, question, limit=limit, save=save)
    if as_json:
        print(json.dumps(answer.model_dump(), indent=2, default=str))
        return 0
    from rich.console import Console
    from rich.table import Table

    from ai_etl.language.say_back import print_reading

    console = Console()
    console.print("Reading (from the pipeline's spec):", markup=False)
    print_reading(console, answer.reading, answer.sql, indent="")
    table = Table(*answer.columns)
    for row in answer.rows:
        table.add_row(*("NULL" if v is None else str(v) for v in row))
    console.print(table)
    shown = f"{len(answer.rows)} of {answer.total_rows}" if answer.total_rows > len(answer.rows) else f"{answer.total_rows}"
    console.print(f"{shown} row(s), {answer.seconds:.1f} s.", markup=False)
    if answer.saved:
        console.print(f"Saved as pipeline {answer.pipeline}: ai-etl materialize --pipeline {answer.pipeline}", markup=False)
    else:
        console.print("Keep it as a pipeline: add --save.", markup=False)
    return 0
