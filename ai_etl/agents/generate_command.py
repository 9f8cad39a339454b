"""`ai-etl generate`: live progress per stage, a summary, a confirmation, then the files."""

from __future__ import annotations

import contextlib
import json
import sys

from ai_etl.agents.orchestrator import (
    STAGES,
    GenerateOptions,
    GenerationResult,
    generate,
    write_files,
)
from ai_etl.language.say_back import print_reading
from ai_etl.location_reload import ReloadOutcome, reload_location
from ai_etl.prepare import prepare_project
from ai_etl.project_files import ProjectFolder, load_project


def _reload_running_webservers(folder: ProjectFolder) -> ReloadOutcome:
    """The location named like the project (workspace.yaml's convention), in the webservers of
    $DAGSTER_HOME (or the workspace's .dagster_home) on this machine or at $AI_ETL_WEBSERVER_URL."""
    import os

    home = os.environ.get("DAGSTER_HOME") or str(folder.root.parent.parent / ".dagster_home")
    return reload_location(folder.name, home)


def run_generate(folder: ProjectFolder, request: str, yes: bool, as_json: bool, max_cycles: int = 2, use_cache: bool = True) -> int:
    from rich.console import Console

    console = Console(stderr=True)
    options = GenerateOptions(max_cycles=max_cycles, use_cache=use_cache)
    if as_json:
        with contextlib.redirect_stdout(sys.stderr):  # dbt's own lines must not mix with the JSON
            result = generate(request, folder, options=options)
    else:
        with console.status("starting", spinner="dots") as status:

            def progress(stage: str) -> None:
                step = STAGES.index(stage) + 1 if stage in STAGES else 0
                status.update(f"[{step}/{len(STAGES)}] {stage}")

            result = generate(request, folder, options=options, progress=progress)
        _print_summary(console, result)
    write = yes or (not as_json and sys.stdin.isatty() and console.input("Write these files? [y/N] ").strip().lower() in ("y", "yes"))
    if write:
        written = write_files(result, folder)
        prepared = prepare_project(load_project(folder.root))  # as it is now, with the new pipeline
        reload = _reload_running_webservers(folder)
        if not as_json:
            console.print(f"Wrote {len(written)} file(s); prepared {prepared.summary()}.")
            if reload.ok:
                console.print(f"Reloaded code location '{reload.location}' ({reload.message}): the new assets are in the UI.")
            else:
                console.print(f"The new assets appear after a reload: {reload.how_to_reload()} ({reload.message}).")
            console.print(f"Run it now: ai-etl materialize --pipeline {result.pipeline}")
    elif not as_json:
        console.print("Nothing written.")
    if as_json:
        print(json.dumps({**result.summary_json(), "written": write}, indent=2, default=str))
    return 0


def _print_summary(console, result: GenerationResult) -> None:
    report = result.validation
    checks = ", ".join(f"{name} {'ok' if ok else 'FAILED'}" for name, ok in report.checks.items())
    rows = ", ".join(f"{model} {n}" for model, n in report.rows.items())
    console.print(f"[bold]Pipeline[/bold] {result.pipeline}  ->  {result.target.database}.{result.target.table}")
    console.print("  what it does (read from the spec, check it against your request):", markup=False)
    print_reading(console, result.reading, result.sql, indent="  ")
    console.print(f"  schedule: {result.schedule or 'on demand'}")
    console.print(f"  assets:   {len(result.assets)} ({', '.join(result.assets[-2:])} ...)")
    console.print(f"  checks:   {checks} (score {report.score:.2f}, {report.tests_run} dbt tests on a sample)")
    if rows:
        console.print(f"  sample:   {rows}")
    for cycle in result.cycles:
        console.print(f"  round {cycle.number}: {len(cycle.failures)} failure(s); fixed: {cycle.change or 'nothing'}")
    if result.cache.hit:
        console.print(f"  cache:    {result.cache.layer} hit, verified against: {result.cache.matched!r} (no model call)")
    console.print(f"  model:    {result.tokens} tokens, ${result.cost_usd:.4f}; " + ", ".join(f"{k} {v:.2f}s" for k, v in result.stages.items()))
    for path in sorted(result.files):
        console.print(f"  + {path}")
