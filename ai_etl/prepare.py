"""`ai-etl prepare`: everything that writes before a code location loads, so that loading only reads.

Compiling pipeline files to dbt files, `dbt parse` and recording the working copy's edits as
artifact versions all write to the repository; a deployed code server must not. So, as
`DbtProject.prepare_if_dev` does in Dagster's own examples, they run here: from the CLI commands
that write, from CI (`ai-etl prepare`), and from the location itself only under `dagster dev` /
`dg dev` (DAGSTER_IS_DEV_CLI), where a developer edits files between reloads.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import BaseModel

from ai_etl.project_files import ProjectFolder

if TYPE_CHECKING:
    from ai_etl.dbt.project import DbtSetup, ParseRun


class PrepareReport(BaseModel):
    project: str
    compiled: list[str] = []  # pipelines whose dbt files were (re)written
    kept_hand_edits: dict[str, list[str]] = {}
    removed: list[str] = []  # pipelines whose untouched dbt files were removed
    broken: dict[str, str] = {}  # pipeline files that do not load -> their error (the others are prepared)
    skipped: dict[str, str] = {}  # model folders dbt skips (no loaded pipeline owns them) -> why
    unparsable: dict[str, str] = {}  # pipelines whose model folder dbt cannot parse (skipped) -> why
    restored: dict[str, list[str]] = {}  # generated files deleted by hand, regenerated
    drift: dict[str, list[str]] = {}  # pipelines whose hand-edited models lack what their file asks for -> why
    parsed: bool = False  # dbt parse ran (the manifest was missing or stale)
    recorded: list[str] = []  # artifact versions recorded from the working copy
    warnings: list[str] = []
    seconds: float = 0.0

    def summary(self) -> str:
        parts = [f"{len(self.compiled)} pipeline(s) compiled", "manifest parsed" if self.parsed else "manifest fresh"]
        if self.recorded:
            parts.append(f"{len(self.recorded)} artifact version(s) recorded")
        if self.kept_hand_edits:
            parts.append(f"hand edits kept in {', '.join(sorted(self.kept_hand_edits))}")
        if self.restored:
            parts.append(f"deleted generated files regenerated in {', '.join(sorted(self.restored))}")
        if self.broken:
            parts.append(f"{len(self.broken)} broken pipeline file(s) left out: {', '.join(self.broken)}")
        if self.unparsable:
            parts.append(f"pipeline(s) whose models dbt cannot parse left out: {', '.join(sorted(self.unparsable))}")
        orphans = sorted(set(self.skipped) - set(self.broken))
        if orphans:
            parts.append(f"model folder(s) with no pipeline file skipped: {', '.join(orphans)}")
        return f"{self.project}: " + ", ".join(parts) + f" ({self.seconds:.1f} s)"


def is_dev_cli() -> bool:
    """True under `dagster dev` / `dg dev`, which set DAGSTER_IS_DEV_CLI (as dagster-dbt checks)."""
    return bool(os.environ.get("DAGSTER_IS_DEV_CLI"))


def never_prepared(folder: ProjectFolder) -> bool:
    """The project has dbt models to load and no manifest yet (a fresh checkout): loading must prepare it once."""
    from ai_etl.dbt.project import dbt_setup
    from ai_etl.project_compiler import loads_dbt_models

    setup = dbt_setup(folder)
    return not setup.manifest_path.exists() and loads_dbt_models(folder, setup)


@dataclass
class PendingPrepare:
    """A prepare whose `dbt parse` may still be running (see `start_prepare`)."""

    folder: ProjectFolder
    report: PrepareReport
    started: float
    parse: ParseRun | None = None
    setup: DbtSetup | None = None

    def finish(self) -> PrepareReport:
        """Wait for dbt, then record the working copy's edits as artifact versions."""
        from ai_etl.artifacts.store import StoreError
        from ai_etl.artifacts.working_copy import store_for, sync

        if self.parse is not None:
            self._wait_isolating_unparsable()
        try:
            self.report.recorded = [v.label for v in sync(self.folder, store_for(self.folder)).recorded]
        except StoreError as err:
            self.report.warnings.append(str(err))
        self.report.seconds = round(time.perf_counter() - self.started, 3)
        return self.report

    def _wait_isolating_unparsable(self) -> None:
        """A parse that fails in one pipeline's models (dbt names the file) is run again with that
        folder skipped, so one bad hand edit breaks one pipeline, not the project."""
        from ai_etl.dbt.project import DbtParseError, start_parse
        from ai_etl.model_folders import MAX_UNPARSABLE, unparsable_folder, write_dbt_ignore, write_parse_failures

        setup, failures = self.setup, {}
        for _ in range(MAX_UNPARSABLE):
            try:
                self.parse.wait()
                break
            except DbtParseError as err:
                skipped = [*self.report.skipped, *failures]
                found = unparsable_folder(getattr(err, "output", str(err)), self.folder, setup.models_dir, skipped)
                if found is None:
                    raise
                failures[found[0]] = found[1]
                write_parse_failures(setup.target_path, failures)  # before the parse: its fingerprint reads it
                write_dbt_ignore(setup.project_dir, self.folder.name, [*self.report.skipped, *failures])
                self.parse = start_parse(setup, force=True)
        self.report.unparsable = failures
        self.report.warnings += list(failures.values())


def prepare_project(folder: ProjectFolder, force_parse: bool = False, just_read: bool = False) -> PrepareReport:
    """Compile, parse and record: after it, the location's load finds everything it reads fresh."""
    return start_prepare(folder, force_parse=force_parse, just_read=just_read).finish()


def start_prepare(folder: ProjectFolder, force_parse: bool = False, just_read: bool = False) -> PendingPrepare:
    """Compile, and start `dbt parse` when the manifest is stale, without waiting for it: a location
    loading under `dagster dev` imports dagster-dbt meanwhile (~3 s of a cold start's ~6 s parse).

    The project is read again from disk first (unless the caller `just_read` it): a `folder` read
    before a command wrote a pipeline would make that pipeline's new dbt files look orphaned, and
    they would be removed."""
    from ai_etl.dbt.project import dbt_setup, start_parse
    from ai_etl.model_drift import project_drift, read_drift, write_drift
    from ai_etl.model_folders import excluded_model_folders, read_parse_failures, write_dbt_ignore, write_parse_failures
    from ai_etl.project_compiler import compile_project, has_models
    from ai_etl.project_files import load_project

    started = time.perf_counter()
    folder = folder if just_read else load_project(folder.root)
    report = PrepareReport(project=folder.name, broken=folder.broken)
    setup = dbt_setup(folder)
    for name, sync_report in compile_project(folder, setup).items():
        if name not in folder.pipelines:
            report.removed.append(name)
            continue
        report.compiled.append(name)
        if sync_report.kept_hand_edits:
            report.kept_hand_edits[name] = sync_report.kept_hand_edits
        if sync_report.restored:
            report.restored[name] = sync_report.restored
            report.warnings += [
                f"{setup.models_dir / name / relative}: this generated file was deleted by hand and is regenerated from "
                f"{folder.pipeline_files[name]} (an edited file is kept; to drop a model or a column, change the pipeline file)."
                for relative in sync_report.restored
            ]
    # after compiling: a gone pipeline's untouched files are removed by now, what is left is kept
    report.skipped = excluded_model_folders(folder, setup.models_dir)
    # the folders dbt could not parse last time stay skipped while the manifest is fresh
    unparsable = {n: why for n, why in read_parse_failures(setup.target_path).items() if n in folder.pipelines and n not in report.skipped}
    write_parse_failures(setup.target_path, unparsable)
    write_dbt_ignore(setup.project_dir, folder.name, [*report.skipped, *unparsable])
    report.warnings += list(folder.broken.values()) + [why for name, why in report.skipped.items() if name not in folder.broken]
    # unchanged files since the last prepare (fresh manifest): its drift stands, no model is read again
    models = has_models(setup.models_dir)
    fresh = models and not force_parse and setup.is_fresh()
    stored = read_drift(setup.target_path) if fresh else None
    if stored is not None:
        report.drift = {name: why for name, why in stored.items() if name in folder.pipelines}
    else:
        report.drift = project_drift(folder, setup.models_dir, setup.vars["ai_etl_database"])
        write_drift(setup.target_path, report.drift)
    report.warnings += [sentence for sentences in report.drift.values() for sentence in sentences]
    pending = PendingPrepare(folder, report, started, setup=setup)
    # one fingerprint when fresh (it reads every model and pipeline file); start_parse checks
    # again under its lock, when another process may have parsed meanwhile
    if models and not fresh:
        if unparsable:  # something changed: try the folders dbt could not parse again
            write_parse_failures(setup.target_path, {})
            write_dbt_ignore(setup.project_dir, folder.name, list(report.skipped))
        pending.parse = start_parse(setup, force=force_parse)
        report.parsed = pending.parse.process is not None
        if not report.parsed and unparsable:  # parsed meanwhile by another process: its result stands
            write_parse_failures(setup.target_path, read_parse_failures(setup.target_path) or unparsable)
            write_dbt_ignore(setup.project_dir, folder.name, [*report.skipped, *read_parse_failures(setup.target_path)])
    elif unparsable:
        report.unparsable = unparsable
        report.warnings += list(unparsable.values())
    return pending
