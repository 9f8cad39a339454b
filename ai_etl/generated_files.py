"""Write generated dbt files without ever overwriting a hand edit.

Each pipeline folder keeps `.ai_etl_generated.json`: the hash of every file as the compiler last
wrote it. A file whose content no longer matches that hash (or that the compiler never wrote) was
edited by a person: it is kept as it is and reported, never replaced.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from filelock import FileLock
from pydantic import BaseModel

from ai_etl.dbt_codegen import GeneratedFiles

RECORD = ".ai_etl_generated.json"


class SyncReport(BaseModel):
    written: list[str] = []
    unchanged: list[str] = []
    kept_hand_edits: list[str] = []
    removed: list[str] = []
    restored: list[str] = []  # generated files deleted by hand, written again (also in `written`)


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(tmp, path)


def _lock_path(pipeline_dir: Path) -> str:
    """One lock per project's models folder, in dbt's own target folder (git-ignored, beside the
    project's manifest): no stray file in models/, and none in the temp folder, where a lock per
    compiled project accumulated by the thousand. models/<project>/<pipeline> -> target/<project>/."""
    models_dir = pipeline_dir.resolve().parent
    lock = models_dir.parent.parent / "target" / models_dir.name / "compile.lock"
    lock.parent.mkdir(parents=True, exist_ok=True)
    return str(lock)


def read_record(pipeline_dir: Path) -> dict[str, str]:
    """file -> hash as last generated."""
    record_path = pipeline_dir / RECORD
    if not record_path.exists():
        return {}
    document = _record(record_path)
    return document.get("files", document) if "spec" in document or "files" in document else document


def _record(record_path: Path) -> dict:
    """The record's JSON; a corrupted one is the user's one sentence, not a traceback."""
    from ai_etl.errors import ConfigError

    try:
        document = json.loads(record_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        document = None
    if not isinstance(document, dict):
        raise ConfigError(
            f"{record_path}: the record of generated files is corrupted; delete it and run `ai-etl prepare` again "
            "(the folder's files are then kept as hand edits)."
        )
    return document


def is_current(pipeline_dir: Path, generated_digest: str) -> bool:
    """True when the folder was last generated from exactly this output and none of those files was
    deleted since: nothing to do (a deleted one is written again)."""
    record_path = pipeline_dir / RECORD
    if not record_path.exists():
        return False
    document = _record(record_path)
    files = document.get("files", {})
    return document.get("spec") == generated_digest and all((pipeline_dir / relative).exists() for relative in files)


def kept_files(pipeline_dir: Path) -> list[str]:
    """The files of a folder that `sync_generated` never removes: edited by a person or never
    generated (relative paths; the record itself aside)."""
    if not pipeline_dir.is_dir():
        return []
    record = read_record(pipeline_dir)
    kept = []
    for path in sorted(p for p in pipeline_dir.rglob("*") if p.is_file() and p.name != RECORD):
        relative = path.relative_to(pipeline_dir).as_posix()
        try:
            untouched = record.get(relative) == sha(path.read_text(encoding="utf-8"))  # as sync_generated reads it
        except UnicodeDecodeError:
            untouched = False
        if not untouched:
            kept.append(relative)
    return kept


def sync_generated(pipeline_dir: Path, generated: GeneratedFiles) -> SyncReport:
    """Bring `pipeline_dir` up to date with `generated`, keeping hand edits."""
    report = SyncReport()
    with FileLock(_lock_path(pipeline_dir)):
        record_path = pipeline_dir / RECORD
        record = read_record(pipeline_dir)
        new_record: dict[str, str] = {}
        for relative, content in sorted(generated.files.items()):
            path = pipeline_dir / relative
            if path.exists():
                current = path.read_text(encoding="utf-8")
                if current == content:
                    report.unchanged.append(relative)
                    new_record[relative] = sha(content)
                    continue
                if record.get(relative) != sha(current):  # not what we wrote last time: a person's
                    report.kept_hand_edits.append(relative)
                    if relative in record:
                        new_record[relative] = record[relative]
                    continue
            elif relative in record:  # generated before, deleted by hand since: the compiler's file, so regenerated
                report.restored.append(relative)
            write_atomically(path, content)
            report.written.append(relative)
            new_record[relative] = sha(content)
        for relative, digest in record.items():
            path = pipeline_dir / relative
            if relative in generated.files or not path.exists():
                continue
            if sha(path.read_text(encoding="utf-8")) == digest:
                path.unlink()
                report.removed.append(relative)
            else:
                report.kept_hand_edits.append(relative)
        if new_record:
            document = {"spec": generated.digest(), "files": new_record}
            if not record_path.exists() or _record(record_path) != document:
                write_atomically(record_path, json.dumps(document, indent=2, sort_keys=True) + "\n")
        elif record_path.exists():
            record_path.unlink()
        for folder in sorted({p for p in pipeline_dir.rglob("*") if p.is_dir()} | {pipeline_dir}, key=lambda p: -len(p.parts)):
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
    return report
