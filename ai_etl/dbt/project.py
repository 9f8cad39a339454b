"""The dbt side of a project: which target and vars it runs with, and a manifest kept fresh.

Each project gets its own manifest (`dbt_project/target/<project>/manifest.json`), parsed with the
project's vars. A fingerprint of every file dbt reads for the project is stored next to it, so
loading the code location reuses a fresh manifest and re-parses (once, under a file lock) only
after someone changed a model, a macro or the project's warehouse.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from filelock import FileLock

from ai_etl.errors import UserError
from ai_etl.project_files import ProjectFolder

_FINGERPRINT = "ai_etl_fingerprint.txt"
_MODELS_FINGERPRINT = "ai_etl_models_fingerprint.txt"


class DbtParseError(UserError):
    pass


def dbt_executable() -> str:
    """The `dbt` of this interpreter's environment, even when its bin/ is not on PATH."""
    beside = Path(sys.executable).parent / "dbt"
    return str(beside) if beside.exists() else (shutil.which("dbt") or "dbt")


@dataclass(frozen=True)
class DbtSetup:
    """Where a project's dbt lives and how it is invoked."""

    project_dir: Path  # the dbt project (dbt_project/)
    target_path: Path  # dbt_project/target/<project>
    target: str  # embedded | server
    vars: dict
    pipelines_dir: Path | None = None  # projects/<name>/pipelines: an edit there makes the manifest stale too

    @property
    def manifest_path(self) -> Path:
        return self.target_path / "manifest.json"

    @property
    def models_dir(self) -> Path:
        return self.project_dir / "models" / self.vars["ai_etl_project"]

    def cli_args(self) -> list[str]:
        """The project's vars; the target is the DbtCliResource's (or passed by `parse`)."""
        return ["--vars", json.dumps(self.vars, sort_keys=True)]

    def fingerprint(self, pipelines: bool = True) -> str:
        """Of every file dbt reads for the project, and of the model folders `.dbtignore` makes it skip
        (whose files it does not read); with the pipeline files unless `pipelines` is False."""
        from ai_etl.model_folders import ignored_model_folders, read_parse_failures

        # a folder skipped because dbt could not parse it still counts: fixing it must re-parse
        unparsable = read_parse_failures(self.target_path)
        skipped = [name for name in ignored_model_folders(self.project_dir, self.vars["ai_etl_project"]) if name not in unparsable]
        digest = hashlib.sha256(json.dumps([self.target, self.vars, skipped], sort_keys=True).encode())
        files = [self.project_dir / "dbt_project.yml", self.project_dir / "profiles.yml"]
        for folder in (self.project_dir / "macros", self.models_dir, self.pipelines_dir if pipelines else None):
            if folder is not None and folder.is_dir():
                files += sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in {".sql", ".yml", ".yaml", ".csv"})
        if skipped:
            skipped_dirs = {self.models_dir / name for name in skipped}
            files = [p for p in files if not skipped_dirs.intersection(p.parents)]
        for path in files:
            if path.exists():
                digest.update(os.path.relpath(path, self.project_dir).encode())
                digest.update(path.read_bytes())
        return digest.hexdigest()

    def models_unchanged(self) -> bool:
        """The files dbt reads are those of the last parse (a pipeline file may have changed since):
        what that parse found about the models still holds."""
        stamp = self.target_path / _MODELS_FINGERPRINT
        return stamp.exists() and stamp.read_text().strip() == self.fingerprint(pipelines=False)

    def is_fresh(self, fingerprint: str | None = None) -> bool:
        stamp = self.target_path / _FINGERPRINT
        return (
            _looks_whole(self.manifest_path)
            and stamp.exists()
            and stamp.read_text().strip() == (fingerprint or self.fingerprint())
        )


def _looks_whole(manifest: Path) -> bool:
    """A manifest that begins with '{' and ends with '}': a truncated, emptied or overwritten one is
    parsed again instead of failing every run that reads it (tests/faults/bad_inputs.py)."""
    try:
        with manifest.open("rb") as handle:
            first = handle.read(1)
            handle.seek(max(0, manifest.stat().st_size - 16))
            last = handle.read().rstrip()
    except OSError:
        return False
    return first == b"{" and last.endswith(b"}")


def dbt_project_dir(folder: ProjectFolder) -> Path:
    """`dbt_project/` beside `projects/`: <workspace>/projects/<name> -> <workspace>/dbt_project."""
    return folder.root.parent.parent / "dbt_project"


def dbt_setup(folder: ProjectFolder) -> DbtSetup:
    from ai_etl.connections import project_warehouse, warehouse_url  # imports dagster: only when needed

    _, connector = project_warehouse(folder)
    url = warehouse_url(folder, connector)
    dbt_vars: dict = {
        "ai_etl_project": folder.name,
        "ai_etl_database": folder.project.warehouse_database(connector),
    }
    if url.startswith("chdb:"):
        target = "embedded"
        dbt_vars["ai_etl_chdb_path"] = urlsplit(url).path
    else:
        target = "server"
        parts = urlsplit(url)
        dbt_vars |= {
            "ai_etl_ch_host": parts.hostname,
            "ai_etl_ch_port": parts.port or (8443 if parts.scheme == "https" else 8123),
            "ai_etl_ch_secure": parts.scheme == "https",
            "ai_etl_ch_user_env": connector.username_env or "CLICKHOUSE_USER",
            "ai_etl_ch_password_env": connector.password_env or "CLICKHOUSE_PASSWORD",
        }
    project_dir = dbt_project_dir(folder)
    return DbtSetup(project_dir=project_dir, target_path=project_dir / "target" / folder.name, target=target, vars=dbt_vars,
                    pipelines_dir=folder.root / "pipelines")


@dataclass
class ParseRun:
    """A `dbt parse` running in the background while its starter does other work (the location
    imports dagster-dbt meanwhile); it holds the project's parse lock until `wait()`."""

    setup: DbtSetup
    fingerprint: str
    lock: FileLock
    process: subprocess.Popen | None = None  # None: the manifest was fresh once the lock was ours
    models_fingerprint: str = ""  # of the files dbt reads only (not the pipeline files)

    def wait(self) -> Path:
        """The manifest path once dbt is done; the fingerprint is recorded only for a parse that succeeded."""
        try:
            if self.process is not None:
                output, _ = self.process.communicate()
                if self.process.returncode != 0:
                    lines = [line for line in output.splitlines() if line.strip()]
                    project = self.setup.vars["ai_etl_project"]
                    error = DbtParseError(f"dbt parse failed for project '{project}': {' '.join(lines[-3:])}")
                    error.output = output  # all of dbt's lines: they name the file (ai_etl.model_folders)
                    raise error
                (self.setup.target_path / _FINGERPRINT).write_text(self.fingerprint)
                (self.setup.target_path / _MODELS_FINGERPRINT).write_text(self.models_fingerprint)
        finally:
            self.lock.release()
        return self.setup.manifest_path


def start_parse(setup: DbtSetup, force: bool = False) -> ParseRun:
    """Start `dbt parse` unless the manifest is fresh (checked under the lock: once across processes)."""
    if not (setup.project_dir / "dbt_project.yml").exists():
        raise DbtParseError(f"No dbt project at {setup.project_dir}; the workspace needs dbt_project/ beside projects/.")
    setup.target_path.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(setup.target_path / "parse.lock"))
    lock.acquire()
    try:
        fingerprint = setup.fingerprint()
        if not force and setup.is_fresh(fingerprint):  # another process parsed while we waited
            return ParseRun(setup, fingerprint, lock)
        command = [
            dbt_executable(), "parse", "--project-dir", str(setup.project_dir), "--profiles-dir", str(setup.project_dir),
            "--target-path", str(setup.target_path), "--log-path", str(setup.target_path), "--quiet", *setup.cli_args(),
            "--target", setup.target,
        ]  # fmt: skip
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=_dbt_env())
    except BaseException:
        lock.release()
        raise
    return ParseRun(setup, fingerprint, lock, process, setup.fingerprint(pipelines=False))


def parse(setup: DbtSetup) -> Path:
    """Run `dbt parse` for the project and record the fingerprint of what was parsed."""
    return start_parse(setup, force=True).wait()


def ensure_manifest(setup: DbtSetup) -> Path:
    """The manifest path, parsing first when it is missing or stale (once across processes)."""
    return setup.manifest_path if setup.is_fresh() else start_parse(setup).wait()


def _dbt_env() -> dict:
    import os

    return {**os.environ, "DBT_SEND_ANONYMOUS_USAGE_STATS": "false", "DO_NOT_TRACK": "1"}
