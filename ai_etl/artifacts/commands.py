"""`ai-etl artifacts list|show|diff|accept|reject|rollback`."""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING

from ai_etl.artifacts.store import StoreError
from ai_etl.artifacts.working_copy import accept, reject, rollback, store_for, sync, unified_diff

if TYPE_CHECKING:
    from ai_etl.project_files import ProjectFolder


def one_line(text: str) -> str:
    """Text a user or a model wrote, safe for one terminal line: control characters (escape
    sequences, carriage returns, newlines) are shown escaped, never interpreted by the terminal."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def run_artifacts(folder: ProjectFolder, args) -> int:
    store = store_for(folder)
    synced = sync(folder, store)
    for version in synced.recorded:
        print(f"recorded {version.label} by {one_line(version.author)} ({one_line(version.reason)})")
    for path in synced.missing:
        active = store.active(path)
        project = f"--project {shlex.quote(str(folder.root))}"  # exactly what runs, from any folder, for this project
        restore = f"ai-etl artifacts rollback --path {shlex.quote(path)} --number {active.number} {project}" if active else f"ai-etl artifacts list --all {project}"
        print(f"warning: {path} was deleted from the working copy; `{restore}` restores it")
    if args.action == "list":
        versions = store.versions(args.path, args.status)
        if not args.all and not args.path:
            versions = [v for v in versions if v.status in ("active", "proposed")]
        for v in versions:
            reason = one_line(v.reason.splitlines()[0])[:60] if v.reason else ""
            print(f"{v.id:>5}  {one_line(v.label):<70} {v.status:<10} {one_line(v.author):<28} {v.created_at:%Y-%m-%d %H:%M}  {reason}")
        return 0
    if args.action in ("show", "diff", "accept", "reject") and args.version is None:
        raise StoreError(f"`ai-etl artifacts {args.action}` needs a version id; `ai-etl artifacts list` shows them.")
    if args.action == "show":
        version = store.get(args.version)
        print(f"# {one_line(version.label)} ({version.status}) by {one_line(version.author)}, {version.created_at:%Y-%m-%d %H:%M}: {one_line(version.reason)}")
        print(version.content, end="")
        return 0
    if args.action == "diff":
        version = store.get(args.version)
        other = store.get(args.against) if args.against else (store.get(version.parent_id) if version.parent_id else None)
        print(unified_diff(other, version), end="")
        return 0
    if args.action == "accept":
        applied = accept(folder, store, args.version)
        merged = f" (merged: {'; '.join(applied.merged)})" if applied.merged else ""
        print(f"{one_line(applied.version.label)} is active and written to the working copy{one_line(merged)}.")
        return 0
    if args.action == "reject":
        version = reject(store, args.version, args.reason or "rejected by the engineer")
        print(f"{one_line(version.label)} rejected.")
        return 0
    if args.path is None or args.number is None:
        raise StoreError("`ai-etl artifacts rollback` needs --path <file> and --number <version>.")
    version = rollback(folder, store, args.path, args.number)
    print(f"{version.label} is active again with the content of v{args.number}.")
    return 0
