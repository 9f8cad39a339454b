"""Which model folders dbt reads for a project: its loaded pipelines', never a folder no pipeline owns.

dbt parses every file under `models/<project>/` and fails as a whole when one file does not parse.
A pipeline file deleted after its mart was hand-edited leaves that mart behind (the compiler never
removes a hand edit), still selecting from a dbt source that went with the pipeline: dbt parse
failed, and with it every pipeline of the project and `dg check defs`. The same holds for the
folder of a broken pipeline file (stale models, or a second model of one name when two pipelines
write one table). So `ai-etl prepare` lists every folder no loaded pipeline owns in dbt's own
exclusion file, `dbt_project/.dbtignore` (read by every dbt command, parse and build alike; one
line per folder, under `/models/<project>/`, so projects sharing the dbt project never touch each
other's lines), and `ai-etl validate` names the orphans. Nothing in them is deleted or edited.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

from filelock import FileLock

from ai_etl.generated_files import kept_files, write_atomically
from ai_etl.project_files import ProjectFolder

DBT_IGNORE = ".dbtignore"
HEADER = "# Model folders no pipeline file owns, skipped by dbt: written by `ai-etl prepare`, named by `ai-etl validate`."
_SPECIAL = re.compile(r"([\\*?\[\]!#])")


def model_folders(models_dir: Path) -> list[str]:
    """The folders under models/<project>/ (one per pipeline, as the compiler writes them)."""
    if not models_dir.is_dir():
        return []
    return sorted(p.name for p in models_dir.iterdir() if p.is_dir() and not p.name.startswith("."))


def orphan_model_folders(folder: ProjectFolder, models_dir: Path) -> dict[str, str]:
    """Model folders of no pipeline file, loaded or broken, that `ai-etl prepare` keeps (a hand
    edit, or a file the compiler never wrote; untouched generated files it removes) -> the sentence
    `validate` prints."""
    orphans = {}
    for name in model_folders(models_dir):
        if name in folder.pipeline_files:
            continue
        kept = kept_files(models_dir / name)
        if kept:
            shown = ", ".join(kept[:3]) + (f" and {len(kept) - 3} more" if len(kept) > 3 else "")
            orphans[name] = (
                f"{models_dir / name}: model folder '{name}' has no pipeline file (it holds {shown}, edited by hand or "
                f"never generated), so dbt skips it and its models are not in Dagster; delete it or restore "
                f"{folder.root / 'pipelines' / f'{name}.yaml'}."
            )
    return orphans


def excluded_model_folders(folder: ProjectFolder, models_dir: Path) -> dict[str, str]:
    """Every model folder dbt must skip -> why: the orphans, and the folders of broken pipeline files."""
    excluded = orphan_model_folders(folder, models_dir)
    for name in model_folders(models_dir):
        if name in folder.broken:
            excluded[name] = folder.broken[name]
    return dict(sorted(excluded.items()))


def _pattern(project: str, name: str) -> str:
    """The gitignore-style line (dbt uses pathspec) matching the folder and everything in it."""
    escaped = _SPECIAL.sub(r"\\\1", name)
    return f"/models/{project}/{escaped}/"


def ignored_model_folders(dbt_project_dir: Path, project: str) -> list[str]:
    """The project's folders that `.dbtignore` makes dbt skip (what the last prepare wrote)."""
    path = dbt_project_dir / DBT_IGNORE
    if not path.is_file():
        return []
    prefix = f"/models/{project}/"
    return [
        re.sub(r"\\(.)", r"\1", line.removeprefix(prefix).removesuffix("/"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith(prefix) and line.endswith("/")
    ]


def write_dbt_ignore(dbt_project_dir: Path, project: str, folders: list[str]) -> bool:
    """Make `.dbtignore` skip exactly `folders` of this project, keeping every other line (other
    projects', a person's); True when the file changed. Under a lock: projects prepare concurrently."""
    path = dbt_project_dir / DBT_IGNORE
    if not folders and not path.exists():
        return False
    with FileLock(_lock_path(dbt_project_dir)):
        before = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
        prefix = f"/models/{project}/"
        others = [line for line in before if not line.startswith(prefix)]
        ours = [_pattern(project, name) for name in sorted(folders)]
        after = [line for line in others if line != HEADER]
        if ours or any(line.startswith("/models/") for line in after):
            after = [HEADER, *after, *ours]
        if after == before:
            return False
        if any(line.strip() for line in after):
            write_atomically(path, "\n".join(after) + "\n")
        else:
            path.unlink(missing_ok=True)
        return True


def _lock_path(dbt_project_dir: Path) -> str:
    """Outside the repository, as generated_files' locks are."""
    digest = hashlib.sha256(str(dbt_project_dir.resolve()).encode()).hexdigest()[:16]
    return os.path.join(tempfile.gettempdir(), f"ai_etl_dbtignore_{digest}.lock")
