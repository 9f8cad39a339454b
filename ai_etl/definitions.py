"""The entry point Dagster loads: which project, prepared first under `dagster dev`; the wiring is `ai_etl.location`.

`dagster dev` / `dagster asset materialize -m ai_etl.definitions` load `defs`, the project named
by AI_ETL_PROJECT (a folder; default: projects/ecommerce of $AI_ETL_WORKSPACE or this checkout). A workspace with
several projects loads each as its own code location with `attribute: <project name>`.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import dagster as dg

from ai_etl.prepare import is_dev_cli, never_prepared, start_prepare
from ai_etl.project_files import load_project

WORKSPACE_ROOT = Path(__file__).resolve().parent.parent


def workspace_root() -> Path:
    """The folder holding projects/ and dbt_project/: $AI_ETL_WORKSPACE, else this checkout."""
    return Path(os.environ.get("AI_ETL_WORKSPACE") or WORKSPACE_ROOT).resolve()


def default_project_dir() -> Path:
    return Path(os.environ.get("AI_ETL_PROJECT") or workspace_root() / "projects" / "ecommerce").resolve()


def build_definitions(project_dir: Path, prepare: bool | None = None) -> dg.Definitions:
    """The project's definitions. A prepared project's load only reads; `prepare` (default: under
    `dagster dev` / `dg dev`, and wherever the project was never prepared, so `dagster definitions
    validate` and `dg check defs` load a fresh checkout) first compiles pipeline files, parses dbt and
    records edits (`ai-etl prepare`). `prepare=False` never writes: an unprepared project is then an error."""
    folder = load_project(project_dir)
    if prepare is None:
        prepare = is_dev_cli() or never_prepared(folder)
    pending = start_prepare(folder, just_read=True) if prepare else None
    try:
        from ai_etl.location import location_definitions  # seconds of dagster-dbt and dbt: dbt parses meanwhile
    finally:
        report = pending.finish() if pending else None
    if report is not None:
        dg.get_dagster_logger().info(f"prepared {report.summary()}")
    return location_definitions(folder, check_fresh=report is None)


def __getattr__(name: str) -> dg.Definitions:
    """Built on first access, not on import (PEP 562): `defs` is the default project
    ($AI_ETL_PROJECT or projects/ecommerce); `ai_etl.definitions.<project>` is projects/<project>
    of the workspace ($AI_ETL_WORKSPACE or this checkout)."""
    if name == "defs":
        return _built(default_project_dir())
    project_dir = workspace_root() / "projects" / name
    if name.startswith("_") or not (project_dir / "project.yaml").exists():
        raise AttributeError(name)
    return _built(project_dir.resolve())


@functools.cache
def _built(project_dir: Path) -> dg.Definitions:
    """Once per process: Dagster reads the attribute ~12 times while loading a location
    (measured in bench/orchestration_overhead.py), which at 500 pipelines would cost ~50 s."""
    return build_definitions(project_dir)


def __dir__() -> list[str]:
    """Lists `defs`, so Dagster's module scan (`-m ai_etl.definitions`) finds and builds it."""
    return sorted([*globals(), "defs"])
