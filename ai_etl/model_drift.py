"""Generated models that no longer do what their pipeline file asks, found before a run succeeds without them.

Hand edits are never overwritten (ai_etl.generated_files), so two things can silently part a
pipeline file from its models: a generated file deleted by hand (dbt then builds raw and staging
only, the mart's table stays stale, and the run succeeds), and a pipeline file edited while one of
its models is hand-edited (the edit asks for a new measure that the kept model never computes).
`ai-etl prepare` regenerates deleted files (the record in `.ai_etl_generated.json` says the
compiler owns them; an edited file is how a person takes one over) and stores what it cannot fix,
the columns a hand-edited model lacks, in `target/<project>/model_drift.json`: the location shows
it in the pipeline's asset metadata, `ai-etl validate` and `ai-etl materialize` print it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import sqlglot
from sqlglot import exp

from ai_etl.dbt_codegen import compile_pipeline
from ai_etl.generated_files import read_record, sha, write_atomically
from ai_etl.project_files import ProjectFolder

DRIFT_FILE = "model_drift.json"
METADATA_KEY = "ai_etl/model_drift"

_COMMENT = re.compile(r"\{#.*?#\}|\{%.*?%\}", re.DOTALL)
_CONFIG = re.compile(r"\{\{\s*config\(.*?\)\s*\}\}", re.DOTALL)
_REF = re.compile(r"\{\{\s*ref\(([^)]*)\)\s*\}\}")
_SOURCE = re.compile(r"\{\{\s*source\(\s*['\"]([^'\"]+)['\"]\s*,\s*['\"]([^'\"]+)['\"]\s*\)\s*\}\}")
_OTHER = re.compile(r"\{\{.*?\}\}", re.DOTALL)


def deleted_generated_files(pipeline_dir: Path) -> list[str]:
    """Files the compiler wrote last time (its record) that are gone from the folder."""
    return sorted(relative for relative in read_record(pipeline_dir) if not (pipeline_dir / relative).exists())


def _ref_name(match: re.Match) -> str:
    """ref('m') and ref('package', 'm') -> m."""
    names = re.findall(r"['\"]([^'\"]+)['\"]", match[1])
    return names[-1] if names else "ref"


def _plain_sql(model_sql: str) -> str:
    """A dbt model's SQL with its Jinja reduced to what sqlglot can read: ref/source -> table names."""
    text = _CONFIG.sub("", _COMMENT.sub("", model_sql))
    text = _REF.sub(_ref_name, text)
    text = _SOURCE.sub(lambda m: f"{m[1]}.{m[2]}", text)
    return _OTHER.sub("NULL", text)


def named_columns(model_sql: str, open_star: bool = True) -> set[str] | None:
    """The columns a model's final SELECT names, following `select *` through its own CTEs; a star
    over another model or a source adds none of its own (`open_star=False`: makes the answer None,
    those columns are unknown). None when sqlglot cannot read it."""
    try:
        tree = sqlglot.parse_one(_plain_sql(model_sql), read="clickhouse")
    except sqlglot.errors.SqlglotError:
        return None
    ctes = {cte.alias_or_name: cte.this for cte in tree.find_all(exp.CTE)}

    def columns(node: exp.Expression, seen: frozenset) -> set[str]:
        while isinstance(node, exp.SetOperation):
            node = node.left
        if isinstance(node, exp.Subquery):
            return columns(node.this, seen)
        if not isinstance(node, exp.Select):
            return set()
        names: set[str] = set()
        for projection in node.expressions:
            if isinstance(projection, exp.Star) or (isinstance(projection, exp.Column) and isinstance(projection.this, exp.Star)):
                source = node.args.get("from") or node.args.get("from_")
                table = source.this if source is not None else None
                if isinstance(table, exp.Table) and not table.db and table.name in ctes and table.name not in seen:
                    names |= columns(ctes[table.name], seen | {table.name})
                elif isinstance(table, exp.Subquery):
                    names |= columns(table.this, seen)
                elif not open_star:
                    raise _Unknown
            elif projection.alias_or_name:
                names.add(projection.alias_or_name)
        return names

    try:
        return columns(tree, frozenset())
    except _Unknown:
        return None


class _Unknown(Exception):
    """A star over a relation whose columns only dbt knows."""


def missing_columns(generated_sql: str, edited_sql: str) -> list[str]:
    """Columns the generated model names that the hand-edited one does not (none when either is
    unreadable, or the edit takes `*` of another model, which may well carry them)."""
    wanted, produced = named_columns(generated_sql), named_columns(edited_sql, open_star=False)
    if not wanted or produced is None:
        return []
    return sorted(wanted - produced)


def edited_models(pipeline_dir: Path) -> list[str]:
    """The generated .sql files a person has edited since (only these can lack a generated column):
    two small reads per pipeline, not a walk of the folder."""
    edited = []
    for relative, digest in read_record(pipeline_dir).items():
        path = pipeline_dir / relative
        if relative.endswith(".sql") and path.is_file():
            try:
                if sha(path.read_text(encoding="utf-8")) != digest:
                    edited.append(relative)
            except UnicodeDecodeError:
                edited.append(relative)
    return sorted(edited)


def pipeline_drift(folder: ProjectFolder, name: str, pipeline_dir: Path, database: str) -> list[str]:
    """One sentence per deleted generated file and per hand-edited model lacking asked-for columns."""
    if not pipeline_dir.is_dir():
        return []
    pipeline_file = folder.pipeline_files.get(name) or folder.root / "pipelines" / f"{name}.yaml"
    sentences = [
        f"{pipeline_dir / relative}: this file generated from {pipeline_file} was deleted by hand, so dbt no longer builds "
        f"or tests what it held and the run would succeed without it; run `ai-etl prepare` to regenerate it (an edited "
        f"file is kept, a deleted one is regenerated: to drop a model or a column, change the pipeline file)."
        for relative in deleted_generated_files(pipeline_dir)
    ]
    edited = edited_models(pipeline_dir)
    if edited:
        generated = compile_pipeline(folder.name, folder.pipelines[name], database).files
        for relative in edited:
            if relative not in generated:
                continue
            lacking = missing_columns(generated[relative], (pipeline_dir / relative).read_text(encoding="utf-8", errors="replace"))
            if lacking:
                sentences.append(
                    f"{pipeline_dir / relative}: {pipeline_file} asks for column(s) {', '.join(lacking)}, but this "
                    f"hand-edited model does not produce them (it is kept as edited), so they never reach its table; "
                    f"add them to the model, or delete the file to have `ai-etl prepare` regenerate it."
                )
    return sentences


def project_drift(folder: ProjectFolder, models_dir: Path, database: str) -> dict[str, list[str]]:
    """Pipeline -> its drift sentences, for every loaded pipeline that has any."""
    drift = {name: pipeline_drift(folder, name, models_dir / name, database) for name in folder.pipelines}
    return {name: sentences for name, sentences in drift.items() if sentences}


def write_drift(target_path: Path, drift: dict[str, list[str]]) -> None:
    """What prepare found and could not fix, for the location (which only reads)."""
    write_atomically(target_path / DRIFT_FILE, json.dumps(drift, indent=2, sort_keys=True) + "\n")


def read_drift(target_path: Path) -> dict[str, list[str]] | None:
    """What the last prepare stored (None: nothing stored)."""
    path = target_path / DRIFT_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None
    except (OSError, ValueError):
        return None


def drift_metadata(sentences: list[str]) -> dict:
    """The asset metadata entry that shows a pipeline's drift on each of its assets."""
    import dagster as dg

    return {METADATA_KEY: dg.MetadataValue.text(" | ".join(sentences))} if sentences else {}


def location_drift(folder: ProjectFolder, models_dir: Path, target_path: Path, look_for_deleted: bool = True) -> dict[str, list[str]]:
    """For the location, which only reads: what the last prepare stored, and (`look_for_deleted`:
    unless this load just prepared, which regenerated them) generated files deleted since, from
    each pipeline's record (~0.6 ms a pipeline)."""
    drift = {name: list(sentences) for name, sentences in (read_drift(target_path) or {}).items() if name in folder.pipelines}
    for name in folder.pipelines if look_for_deleted else ():
        pipeline_dir = models_dir / name
        for relative in deleted_generated_files(pipeline_dir) if pipeline_dir.is_dir() else []:
            drift.setdefault(name, []).append(
                f"{pipeline_dir / relative}: this generated file was deleted by hand, so its models and tests are not built; "
                f"run `ai-etl prepare` to regenerate it from {folder.pipeline_files.get(name)}."
            )
    return drift
