"""The files on disk are the working copy: record what changed, apply proposals, roll back.

`sync` runs when the code location loads and before every `ai-etl artifacts` command: a file
whose content differs from its active version becomes a new version authored by the engineer
(or by the compiler, for dbt files it generated from a pipeline file and nobody edited). No path
writes a file without recording a version first, so an engineer's edit is never lost.
"""

from __future__ import annotations

import difflib
import getpass
import os
import subprocess
from pathlib import Path

from pydantic import BaseModel

from ai_etl.artifacts.merge import merge3
from ai_etl.artifacts.store import ArtifactStore, StoreError, Version, sha
from ai_etl.generated_files import read_record, write_atomically
from ai_etl.project_files import ProjectFolder

COMPILER = "ai-etl:compiler"


class SyncResult(BaseModel):
    recorded: list[Version] = []
    missing: list[str] = []


def identity(workspace: Path | None = None) -> str:
    """Who edits by hand: $AI_ETL_USER, else git's user.email, else the login name."""
    if os.environ.get("AI_ETL_USER"):
        return f"engineer:{os.environ['AI_ETL_USER']}"
    try:
        email = subprocess.run(
            ["git", "config", "user.email"], cwd=workspace, capture_output=True, text=True, timeout=5, check=False
        ).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        email = ""
    return f"engineer:{email or getpass.getuser()}"


def workspace_root(folder: ProjectFolder) -> Path:
    return folder.root.parent.parent


def artifact_paths(folder: ProjectFolder) -> list[Path]:
    """Pipeline files, Python transforms and the project's dbt models and their yml."""
    from ai_etl.dbt.project import dbt_project_dir

    paths = sorted((folder.root / "pipelines").glob("*.yaml")) + sorted((folder.root / "transforms").glob("*.py"))
    models = dbt_project_dir(folder).resolve() / "models" / folder.name
    if models.is_dir():
        paths += sorted(p for p in models.rglob("*") if p.suffix in (".sql", ".yml") and p.is_file())
    return paths


def relative(path: Path, folder: ProjectFolder, root: Path | None = None) -> str:
    """`path` from the workspace root (`root`: that root, resolved, when the caller has it). An
    absolute path without `..` under the root needs no resolving (two syscalls per component,
    3,000 files on every prepare at 500 pipelines)."""
    root = root or workspace_root(folder).resolve()
    if path.is_absolute() and ".." not in path.parts and path.is_relative_to(root):
        return str(path.relative_to(root))
    return str(path.resolve().relative_to(root))


def store_for(folder: ProjectFolder) -> ArtifactStore:
    return ArtifactStore.for_project(folder.root, folder.name)


def sync(folder: ProjectFolder, store: ArtifactStore, author: str | None = None) -> SyncResult:
    """Record every working-copy file that differs from its active version."""
    active = store.active_shas()
    changed, seen = [], set()
    engineer = None
    root = workspace_root(folder).resolve()
    for path in artifact_paths(folder):
        rel = relative(path, folder, root)
        seen.add(rel)
        text = path.read_text()
        if active.get(rel) == sha(text):
            continue
        engineer = engineer or author or identity(workspace_root(folder))
        changed.append((rel, text, *_author_of(path, text, rel in active, engineer)))
    return SyncResult(recorded=store.record_many(changed) if changed else [], missing=sorted(set(active) - seen))


def _author_of(path: Path, text: str, known: bool, engineer: str) -> tuple[str, str]:
    generated = read_record(path.parent if path.parent.name not in ("staging", "marts") else path.parent.parent)
    relative_name = f"{path.parent.name}/{path.name}" if path.parent.name in ("staging", "marts") else path.name
    if generated.get(relative_name) == sha(text):
        return COMPILER, "compiled from its pipeline file"
    return engineer, "edited in the working copy" if known else "first seen in the working copy"


def record_written(folder: ProjectFolder, store: ArtifactStore, files: dict[Path, str], author: str, reason: str, validation: dict) -> list[Version]:
    """Versions for files an agent just wrote (called by the orchestrator after writing)."""
    return [store.record(relative(path, folder), text, author, reason, validation=validation) for path, text in files.items()]


# ------------------------------------------------------------------ proposals


class Applied(BaseModel):
    version: Version
    merged: list[str] = []


def accept(folder: ProjectFolder, store: ArtifactStore, version_id: int) -> Applied:
    """Make a proposal the working copy and the active version; merge over a newer edit if the
    changes do not overlap, refuse if they do. The engineer's edit is recorded first either way."""
    proposal = store.get(version_id)
    if proposal.status != "proposed":
        raise StoreError(f"Version {version_id} ({proposal.label}) is {proposal.status}; only a proposed version can be accepted.")
    path = workspace_root(folder) / proposal.path
    sync(folder, store)
    active = store.active(proposal.path)
    if active is None and path.exists():
        raise StoreError(f"{proposal.path} has no active version; run `ai-etl artifacts list` and try again.")
    if active is None or proposal.parent_id == active.id:
        write_atomically(path, proposal.content)
        store.set_status(proposal.id, "superseded", "accepted")
        applied = store.record(proposal.path, proposal.content, proposal.author, f"accepted proposal {proposal.id}: {proposal.reason}", parent_id=active.id if active else None, validation=proposal.validation)
        return Applied(version=applied)
    base = store.get(proposal.parent_id)
    merge = merge3(base.content, active.content, proposal.content, f"your edit (v{active.number})", f"proposal {proposal.id}")
    if merge.merged is None:
        raise StoreError(
            f"Proposal {proposal.id} was made from {base.label} but v{active.number} is active now and {merge.conflict}; "
            f"edit {proposal.path} by hand (`ai-etl artifacts diff {proposal.id}`) or reject the proposal."
        )
    write_atomically(path, merge.merged)
    store.set_status(proposal.id, "superseded", f"merged into v{active.number + 1}")
    described = [h.describe() for h in merge.hunks]
    applied = store.record(
        proposal.path, merge.merged, proposal.author, f"proposal {proposal.id} merged over v{active.number}: " + "; ".join(described),
        parent_id=active.id, validation=proposal.validation,
    )  # fmt: skip
    return Applied(version=applied, merged=described)


def reject(store: ArtifactStore, version_id: int, reason: str) -> Version:
    proposal = store.get(version_id)
    if proposal.status != "proposed":
        raise StoreError(f"Version {version_id} ({proposal.label}) is {proposal.status}; only a proposed version can be rejected.")
    return store.set_status(version_id, "rejected", reason)


def rollback(folder: ProjectFolder, store: ArtifactStore, path: str, number: int) -> Version:
    """The content of version `number` becomes a new active version (history stays append-only)."""
    sync(folder, store)
    old = next((v for v in store.versions(path) if v.number == number), None)
    if old is None:
        raise StoreError(f"{path} has no version {number}; `ai-etl artifacts list --path {path}` shows its versions.")
    write_atomically(workspace_root(folder) / path, old.content)
    return store.record(path, old.content, identity(workspace_root(folder)), f"rollback to v{number}")


def unified_diff(old: Version | None, new: Version) -> str:
    before = old.content.splitlines(keepends=True) if old else []
    return "".join(difflib.unified_diff(before, new.content.splitlines(keepends=True), old.label if old else "/dev/null", new.label))
