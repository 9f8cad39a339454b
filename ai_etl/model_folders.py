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

import json
import re
import tempfile
from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

from filelock import FileLock

from ai_etl.generated_files import kept_files, write_atomically
from ai_etl.project_files import ProjectFolder

if TYPE_CHECKING:
    from ai_etl.dbt.project import DbtSetup

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
    """In dbt's git-ignored target folder, as generated_files' locks are (not in the temp folder,
    where one lock per dbt project ever prepared accumulated)."""
    target = dbt_project_dir / "target"
    target.mkdir(parents=True, exist_ok=True)
    return str(target / "dbtignore.lock")


# ------------------------------------------------------------ models dbt cannot parse
# A hand edit dbt cannot parse (a ref to a model that does not exist, a Jinja syntax error, broken
# YAML) fails `dbt parse` for the whole project, and with it the location. Prepare finds the folder
# in dbt's error (it names the file), skips it in `.dbtignore` as it skips orphans, parses again, and
# keeps the sentence in target/<project>/parse_failures.json: the location shows that pipeline as
# broken, `validate` names it. The next prepare after an edit tries the folder again.

PARSE_FAILURES = "parse_failures.json"
MAX_UNPARSABLE = 20  # folders isolated per parse before giving up (each costs a dbt parse)


def read_parse_failures(target_path: Path) -> dict[str, str]:
    """Pipeline -> sentence, for the model folders the last prepare found dbt could not parse."""
    path = target_path / PARSE_FAILURES
    try:
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except (OSError, ValueError):
        return {}


def write_parse_failures(target_path: Path, failures: dict[str, str]) -> None:
    path = target_path / PARSE_FAILURES
    if failures:
        write_atomically(path, json.dumps(failures, indent=2, sort_keys=True) + "\n")
    else:
        path.unlink(missing_ok=True)


def unparsable_folder(output: str, folder: ProjectFolder, models_dir: Path, skipped: Collection[str]) -> tuple[str, str] | None:
    """(pipeline, sentence) for the loaded pipeline whose model folder dbt's parse error names, or None
    (the error is elsewhere: a macro, dbt_project.yml; or in a folder already skipped)."""
    project = re.escape(folder.name)
    lines = [line.strip() for line in re.sub(r"\x1b\[[0-9;]*m", "", output).splitlines() if line.strip()]
    text = "\n".join(lines)
    # SQL: "... in model m (models/<project>/<pipeline>/marts/m.sql)"; YAML: "Error reading ai_etl: <pipeline>/marts/m.yml"
    for pattern in (rf"models/{project}/([^/\s()]+)/([^\s()]+)", r"Error reading [\w-]+: ([^/\s]+)/(\S+)"):
        for match in re.finditer(pattern, text):
            name, relative = match[1], match[2].rstrip(".,:;")
            if name in folder.pipelines and name not in skipped and (models_dir / name).is_dir():
                start = next((i for i, line in enumerate(lines) if "Encountered an error" in line), -1) + 1
                reason = " ".join(line for line in lines[start:start + 6] if not set(line) <= set("-"))
                reason = re.sub(r"^\d\d:\d\d:\d\d\s+", "", reason)[:400]
                return name, (
                    f"{models_dir / name / relative}: dbt cannot parse this model of pipeline '{name}' ({reason}), so dbt "
                    f"skips {models_dir / name} and the pipeline is not loaded; fix the file, or delete it to have "
                    f"`ai-etl prepare` regenerate it."
                )
    return None


def check_models_parse(folder: ProjectFolder, setup: DbtSetup, excluded: Collection[str]) -> dict[str, str]:
    """What the next prepare would find unparsable, without writing to the dbt project: the stored
    result when the manifest is fresh, else `dbt parse` of a copy made of links (the project's files,
    its own `.dbtignore` skipping `excluded`) in a temporary folder under dbt's target/."""
    from ai_etl.dbt.project import DbtParseError, DbtSetup, start_parse

    if setup.is_fresh() or setup.models_unchanged():  # an edit of a pipeline file alone changes no model dbt reads
        return {name: why for name, why in read_parse_failures(setup.target_path).items() if name in folder.pipelines}
    scratch_parent = setup.project_dir / "target"
    scratch_parent.mkdir(parents=True, exist_ok=True)
    failures: dict[str, str] = {}
    with tempfile.TemporaryDirectory(dir=scratch_parent, prefix=".validate_") as scratch:
        copy = Path(scratch) / "dbt_project"
        copy.mkdir()
        for entry in setup.project_dir.iterdir():
            if entry.name not in ("models", "target", "logs", DBT_IGNORE):
                (copy / entry.name).symlink_to(entry)
        (copy / "models").mkdir()
        if setup.models_dir.is_dir():
            (copy / "models" / folder.name).symlink_to(setup.models_dir, target_is_directory=True)
        scratch_setup = DbtSetup(project_dir=copy, target_path=Path(scratch) / "target", target=setup.target, vars=setup.vars)
        for _ in range(MAX_UNPARSABLE):
            write_dbt_ignore(copy, folder.name, [*excluded, *failures])
            try:
                start_parse(scratch_setup, force=True).wait()
                break
            except DbtParseError as err:
                found = unparsable_folder(getattr(err, "output", str(err)), folder, setup.models_dir, [*excluded, *failures])
                if found is None:
                    raise
                failures[found[0]] = found[1]
    return failures


def without_unparsable(folder: ProjectFolder, target_path: Path) -> ProjectFolder:
    """The project as the location loads it: pipelines whose model folder dbt could not parse (last
    prepare) moved to `broken`, with dbt's sentence."""
    import dataclasses

    failures = {name: why for name, why in read_parse_failures(target_path).items() if name in folder.pipelines}
    if not failures:
        return folder
    pipelines = {name: p for name, p in folder.pipelines.items() if name not in failures}
    return dataclasses.replace(folder, pipelines=pipelines, broken={**folder.broken, **failures})
