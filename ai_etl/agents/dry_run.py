"""The QA Validator's dry run: a pipeline's dbt models built and tested on a sample of its real source.

Everything happens in this process, on a scratch embedded ClickHouse (chDB), never on the
project's warehouse, and only SELECTs reach the source:

1. the models come from `compile_pipeline`, written into a scratch dbt project (the workspace's
   dbt_project.yml and macros, a profile whose chDB path is the scratch folder);
2. a sample of every table the pipeline reads is loaded by the real loader (`ai_etl.loading`,
   so type mapping problems show) under the raw table names `__sources.yml` expects: the main
   table's first `sample_rows` rows by primary key, and for each join only the rows whose key
   occurs in that sample (`right_on IN (SELECT left_on FROM <sample>)`, evaluated by
   PostgreSQL), so joins on a sample are not empty. A pipeline without transformations loads
   its sample into its final table, as its run would;
3. `dbt build` (compile, run, test) runs in-process through dbtRunner, every test at severity
   warn so that a failing staging test does not skip the mart; each failure (or test warning)
   becomes a QaFailure with dbt's (or ClickHouse's) own message.

Speed (the whole generation has ~3 s per request): a `dbt` subprocess costs 4-5 s of startup
and a full dbt parse 2-4 s, nearly all of it dbt's and dbt-clickhouse's macros. So dbt runs
in-process and parses in full once per process and project: dbt reuses a saved parse only while
the connection info (which holds the chDB path) and the vars are unchanged, so the scratch
project and warehouse sit at one fixed path per process and project (removed at exit), and every
build starts from the saved parse of the project without models (`_parse_base`). The sample,
models and dbt output are deleted after each call.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import re
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import dagster as dg
import yaml
from psycopg import sql

from ai_etl.agents.contracts import DryRunResult, QaFailure
from ai_etl.connections import files_resource, postgres_resource
from ai_etl.dbt_codegen import compile_pipeline
from ai_etl.dbt.project import dbt_project_dir
from ai_etl.errors import UserError, WarehouseLockedError
from ai_etl.loading import LoadResult, load_from_frame, load_from_postgres
from ai_etl.project_files import ProjectFolder
from ai_etl.resolved_pipeline import ResolvedPipeline, resolve_pipeline
from ai_etl.python_transforms import source_frame
from ai_etl.resources import ClickHouseResource, PostgresResource
from ai_etl.resources.clickhouse import quote_ident
from ai_etl.resources.postgres import PgTable
from ai_etl.spec import (
    AggregateTransform,
    DeriveTransform,
    FilesConnector,
    JoinTransform,
    Load,
    Pipeline,
    PostgresConnector,
    PostgresSource,
    RenameTransform,
    SelectTransform,
    SqlTransform,
    WindowTransform,
)

R = TypeVar("R", bound=dg.ConfigurableResource)
REPO_DBT_PROJECT = Path(__file__).resolve().parents[2] / "dbt_project"
DBT_TARGET = "embedded"
MESSAGE_LIMIT = 400

_lock = threading.Lock()  # dbt's flags and adapters are process globals; chDB allows one session
_scratch: tuple[int, Path] | None = None  # (pid, folder): a forked child makes its own


def dry_run(
    folder: ProjectFolder,
    pipeline: Pipeline,
    sample_rows: int = 2000,
    workdir: Path | None = None,
    transform_code: str | None = None,
    model_files: dict[str, str] | None = None,
) -> DryRunResult:
    """Build and test `pipeline`'s models on a sample of its source in a scratch warehouse.

    `transform_code` is the source's Python transform when it is not written yet (generation);
    `model_files` are the dbt files to build instead of the compiled ones (a hand-edited model
    with a proposed fix), relative to the pipeline's model folder.

    `workdir` keeps the scratch dbt project, warehouse and dbt log there for inspection;
    without it the scratch data is deleted before returning.
    """
    started = time.perf_counter()
    with _lock:
        home = Path(workdir).resolve() if workdir is not None else _scratch_home(folder.name)
        scratch = _Scratch(home)
        try:
            result = _run(folder, pipeline, max(1, sample_rows), scratch, workdir is not None, transform_code, model_files)
        finally:
            if workdir is None:
                scratch.clear()
    result.seconds = round(time.perf_counter() - started, 3)
    return result


# ------------------------------------------------------------------ the run


def _run(
    folder: ProjectFolder,
    pipeline: Pipeline,
    sample_rows: int,
    scratch: _Scratch,
    keep: bool,
    transform_code: str | None = None,
    model_files: dict[str, str] | None = None,
) -> DryRunResult:
    try:
        resolved = resolve_pipeline(folder, pipeline)
    except KeyError as err:
        failure = QaFailure(check="dry_run", where=f"target {pipeline.target.connector}", message=str(err.args[0]))
        return DryRunResult(passed=False, failures=[failure])
    database = resolved.raw_database
    files = model_files if model_files is not None else compile_pipeline(folder.name, pipeline, resolved.warehouse_database).files
    scratch.clear()
    warehouse = ClickHouseResource(url=f"chdb://{scratch.warehouse}", database=database)

    sample = _Sample(folder, resolved, warehouse, sample_rows, transform_code=transform_code)
    failure = sample.load()
    if failure is not None:
        return DryRunResult(passed=False, failures=[failure], rows=sample.rows)
    if not files:  # no transformations: the sample went straight into the final table
        return DryRunResult(passed=True, rows=sample.rows)

    dbt_vars = {"ai_etl_project": folder.name, "ai_etl_database": database}
    scratch.write_shell(_workspace_dbt_project(folder), folder.name, database)
    _parse_base(scratch, dbt_vars)
    scratch.write_models(folder.name, pipeline.name, files)
    outcome = _dbt(scratch, "build", dbt_vars, keep=keep, seed=True)
    failures = _failures(outcome, sample.secrets)
    rows = {**sample.rows, **_model_rows(warehouse, outcome)}
    tests_run = sum(1 for r in _results(outcome) if r.node.resource_type == "test" and str(r.status) != "skipped")
    return DryRunResult(passed=not failures, failures=failures, rows=rows, tests_run=tests_run)


def _workspace_dbt_project(folder: ProjectFolder) -> Path:
    """The dbt project the real runs use (dbt_project/ beside projects/), else the repository's."""
    beside = dbt_project_dir(folder)
    return beside if (beside / "dbt_project.yml").is_file() else REPO_DBT_PROJECT


# ------------------------------------------------------------- the scratch


def _scratch_home(project: str) -> Path:
    """One scratch folder per process and project, at a path that stays fixed (see module doc)."""
    global _scratch
    if _scratch is None or _scratch[0] != os.getpid():
        root = Path(tempfile.mkdtemp(prefix="ai-etl-dry-run-"))
        atexit.register(shutil.rmtree, root, True)
        _scratch = (os.getpid(), root)
    return _scratch[1] / project


@dataclass
class _Scratch:
    home: Path

    @property
    def warehouse(self) -> Path:
        return self.home / "warehouse"

    @property
    def project_dir(self) -> Path:
        return self.home / "dbt"

    @property
    def target_path(self) -> Path:
        return self.home / "target"

    def clear(self) -> None:
        """Drop the sample data, models and dbt output; keep dbt's parse state for the next call."""
        for path in (self.warehouse, self.project_dir / "models", self.target_path / "run", self.target_path / "compiled"):
            shutil.rmtree(path, ignore_errors=True)

    @property
    def base_state(self) -> Path:
        """dbt's parse of the project without models: every build starts from it (see `_parse_base`)."""
        return self.home / "base" / "partial_parse.msgpack"

    def write_shell(self, source: Path, project: str, database: str) -> None:
        """dbt_project.yml, the scratch profile and the macros; an empty model folder."""
        self.project_dir.mkdir(parents=True, exist_ok=True)
        _write_if_changed(self.project_dir / "dbt_project.yml", _tests_only_warn((source / "dbt_project.yml").read_text()))
        _write_if_changed(self.project_dir / "profiles.yml", _scratch_profile(source, self.warehouse, database))
        macros = self.project_dir / "macros"
        shutil.rmtree(macros, ignore_errors=True)
        if (source / "macros").is_dir():
            shutil.copytree(source / "macros", macros)
        (self.project_dir / "models" / project).mkdir(parents=True, exist_ok=True)

    def write_models(self, project: str, pipeline: str, files: dict[str, str]) -> None:
        for relative, text in files.items():
            path = self.project_dir / "models" / project / pipeline / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)

    def fingerprint(self, dbt_vars: dict) -> str:
        """What dbt's parse of the empty project depends on: project, profile, macros, vars."""
        digest = hashlib.sha256(json.dumps(dbt_vars, sort_keys=True).encode())
        for path in [self.project_dir / "dbt_project.yml", self.project_dir / "profiles.yml", *sorted((self.project_dir / "macros").rglob("*"))]:
            if path.is_file():
                digest.update(str(path.relative_to(self.project_dir)).encode() + b"\0" + path.read_bytes())
        return digest.hexdigest()


def _write_if_changed(path: Path, text: str) -> None:
    if not path.exists() or path.read_text() != text:
        path.write_text(text)


def _tests_only_warn(dbt_project_yml: str) -> str:
    """The project with every test at severity `warn`: `dbt build` skips the models downstream
    of a failing test, so a failing staging test would hide the mart's own errors. As warnings,
    every model runs and every test reports; the dry run counts warnings as failures."""
    config = yaml.safe_load(dbt_project_yml)
    config["data_tests"] = {**(config.get("data_tests") or {}), "+severity": "warn"}
    return yaml.safe_dump(config, sort_keys=False)


def _scratch_profile(source: Path, warehouse: Path, database: str) -> str:
    """The workspace profile's embedded output (settings such as join_use_nulls), on the scratch path."""
    project = yaml.safe_load((source / "dbt_project.yml").read_text())
    profiles_file = source / "profiles.yml"
    profiles = yaml.safe_load(profiles_file.read_text()) if profiles_file.is_file() else {}
    output = dict(((profiles.get(project["profile"]) or {}).get("outputs") or {}).get(DBT_TARGET) or {})
    output.update({"type": "chdb", "path": str(warehouse), "schema": database, "threads": 1})
    output.setdefault("custom_settings", {"join_use_nulls": 1})
    return yaml.safe_dump({project["profile"]: {"target": DBT_TARGET, "outputs": {DBT_TARGET: output}}}, sort_keys=False)


# ---------------------------------------------------------------- the sample


@dataclass
class _Sample:
    """Loads the sample of every table the pipeline reads into the scratch warehouse."""

    folder: ProjectFolder
    resolved: ResolvedPipeline
    warehouse: ClickHouseResource
    sample_rows: int
    transform_code: str | None = None
    rows: dict[str, int] = field(default_factory=dict)
    secrets: list[str] = field(default_factory=list)

    @property
    def pipeline(self) -> Pipeline:
        return self.resolved.pipeline

    @property
    def database(self) -> str:
        return self.resolved.raw_database

    def load(self) -> QaFailure | None:
        source = self.pipeline.source
        entity = source.entity
        try:
            connector = self.folder.project.connector(source.connector)
            if isinstance(source, PostgresSource) and isinstance(connector, PostgresConnector):
                return self._from_postgres(_resolved(postgres_resource(self.folder, connector)), source)
            if not isinstance(source, PostgresSource) and isinstance(connector, FilesConnector):
                files = _resolved(files_resource(self.folder, connector))
                frame = source_frame(
                    self.folder.root, source, files.read(source.path, source.format).head(self.sample_rows), code=self.transform_code
                )
                self._loaded(load_from_frame(self.warehouse, frame, self.database, *self._layout(entity)))
                return None
            raise UserError(f"connector '{source.connector}' is a {connector.type} connector, not {source.type}")
        except WarehouseLockedError:  # the scratch folder is this process's own: chDB is open elsewhere in it
            message = "chDB is already open in this process (it allows one session per process); close that client before the dry run"
            return QaFailure(check="dry_run", where="scratch warehouse", message=message)
        except Exception as err:  # noqa: BLE001 - the connector's own message, never an exception out of the QA
            return QaFailure(check="dry_run", where=f"source {source.connector}.{entity}", message=self._message(err))

    def _from_postgres(self, postgres: PostgresResource, source: PostgresSource) -> None:
        self.secrets = [postgres.address().password]
        main = source.entity
        if source.query:
            described = postgres.describe_query(source.query, main)
            relation = sql.SQL("({}) as {}").format(sql.SQL(source.query), sql.Identifier(main))
        else:
            described = postgres.describe(main)
            relation = sql.Identifier(described.schema_name, main)
        samples = {main: _sample_query(relation, described, self.sample_rows)}
        self._load_pg(postgres, main, described, samples[main])

        origins = _join_key_origins(self.pipeline, [c.name for c in described.columns])
        for join, origin in zip((t for t in self.pipeline.transformations if isinstance(t, JoinTransform)), origins):
            if join.table not in samples:
                joined = postgres.describe(join.table)
                keyed_by = None
                if origin is not None and origin[0] in samples and joined.column(join.right_on) is not None:
                    # only the rows the sample can join with: the main sample is ordered, so it is the same here
                    keyed_by = (join.right_on, origin[1], samples[origin[0]])
                relation = sql.Identifier(joined.schema_name, join.table)
                samples[join.table] = _sample_query(relation, joined, self.sample_rows, keyed_by)
                self._load_pg(postgres, join.table, joined, samples[join.table])
            for hop in join.through:  # an anti join's rows are joined along these first (a table joined before too)
                if hop.table not in samples:
                    hopped = postgres.describe(hop.table)
                    samples[hop.table] = _sample_query(sql.Identifier(hopped.schema_name, hop.table), hopped, self.sample_rows)
                    self._load_pg(postgres, hop.table, hopped, samples[hop.table])

    def _load_pg(self, postgres: PostgresResource, entity: str, described: PgTable, query: sql.Composable) -> None:
        relation = sql.SQL("({}) as {}").format(query, sql.Identifier(entity)).as_string(None)
        self._loaded(load_from_postgres(postgres, self.warehouse, described, relation, self.database, *self._layout(entity)))

    def _layout(self, entity: str) -> tuple[str, Load, str | None, list[str]]:
        """(table, load, partition_by, order_by) as the pipeline's extract asset for `entity` has them."""
        raw = self.resolved.raw(entity)
        return raw.table, raw.load, raw.partition_by, list(raw.order_by)

    def _loaded(self, result: LoadResult) -> None:
        self.rows[result.table] = result.rows

    def _message(self, err: Exception) -> str:
        return _short(str(err) or type(err).__name__, self.secrets)


def _resolved(resource: R) -> R:
    """The resource with its `dg.EnvVar` fields read from the environment (what Dagster does at
    run time, without its config machinery's ~0.1-0.2 s per call)."""
    values = {name: getattr(resource, name) for name in type(resource).model_fields}
    return type(resource)(**{k: v.get_value() if isinstance(v, dg.EnvVar) else v for k, v in values.items()})


def _sample_query(relation: sql.Composable, table: PgTable, limit: int, keyed_by: tuple[str, str, sql.Composable] | None = None) -> sql.Composed:
    """`select * from relation [where key in (select ... from <sample>)] [order by pk] limit n`.

    Ordered by the primary key when there is one, so the same query nested in a join's sample
    returns the very same rows.
    """
    query = sql.SQL("select * from {}").format(relation)
    if keyed_by is not None:
        right_on, left_column, left_sample = keyed_by
        query = sql.SQL("{} where {} in (select {} from ({}) as keys)").format(
            query, sql.Identifier(right_on), sql.Identifier(left_column), left_sample
        )
    if table.primary_key:
        query = sql.SQL("{} order by {}").format(query, sql.SQL(", ").join(map(sql.Identifier, table.primary_key)))
    return sql.SQL("{} limit {}").format(query, sql.SQL(str(int(limit))))


def _join_key_origins(pipeline: Pipeline, source_columns: list[str]) -> list[tuple[str, str] | None]:
    """For each join, in order: the (entity, raw column) its `left_on` comes from, or None when
    it is computed. Columns are followed through renames, selects, aggregates and earlier joins."""
    origin: dict[str, tuple[str, str]] = {c: (pipeline.source.entity, c) for c in source_columns}
    found: list[tuple[str, str] | None] = []
    for transform in pipeline.transformations:
        match transform:
            case SelectTransform(columns=columns) | AggregateTransform(group_by=columns):
                origin = {c.name: origin[c.source or c.name] for c in columns if not c.expr and (c.source or c.name) in origin}
            case RenameTransform(columns=renames):
                origin = {renames.get(name, name): where for name, where in origin.items()}
            case JoinTransform(table=table, left_on=left_on, columns=columns):
                found.append(origin.get(left_on))
                origin |= {c.name: (table, c.source or c.name) for c in columns if not c.expr}
            case DeriveTransform(columns=columns) | WindowTransform(columns=columns):
                for column in columns:
                    origin.pop(column.name, None)
            case SqlTransform():
                origin = {}
    return found


# ------------------------------------------------------------------- dbt


_runner = None


def _parse_base(scratch: _Scratch, dbt_vars: dict) -> None:
    """Parse the project without models once (again only when its macros, profile or vars change).

    Every build then starts from this state and only adds its pipeline's files. Partial parsing
    from the previous pipeline's state would have to delete that pipeline's files, and dbt 1.10
    fails on some deletions (a KeyError in `update_in_saved` when a deleted .yml holds tests of
    a deleted model, depending on set order), falling back to a full parse: 2-3 s.
    """
    stamp = scratch.base_state.with_suffix(".fingerprint")
    fingerprint = scratch.fingerprint(dbt_vars)
    if scratch.base_state.exists() and stamp.exists() and stamp.read_text() == fingerprint:
        return
    outcome = _dbt(scratch, "parse", dbt_vars, keep=False, target_path=scratch.base_state.parent)
    if outcome.success and scratch.base_state.exists():  # else the build runs a full parse and reports
        stamp.write_text(fingerprint)


def _dbt(scratch: _Scratch, command: str, dbt_vars: dict, keep: bool, seed: bool = False, target_path: Path | None = None):
    """A dbt command in this process; dbt releases its connections (and so chDB) before returning."""
    global _runner
    if _runner is None:
        # ~3 s of imports, paid by the first dry run only
        from dbt.cli.main import dbtRunner

        _runner = dbtRunner()
    target_path = target_path or scratch.target_path
    if seed and scratch.base_state.exists():
        target_path.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(scratch.base_state, target_path / "partial_parse.msgpack")
    args = [
        command, "--project-dir", str(scratch.project_dir), "--profiles-dir", str(scratch.project_dir),
        "--target", DBT_TARGET, "--vars", json.dumps(dbt_vars, sort_keys=True),
        "--target-path", str(target_path), "--log-path", str(scratch.home / "logs"),
        "--partial-parse", "--no-populate-cache", "--no-send-anonymous-usage-stats", "--no-use-colors",
        "--log-level", "none", "--log-level-file", "debug" if keep else "none",
        "--write-json" if keep else "--no-write-json",
    ]  # fmt: skip
    return _runner.invoke(args)


def _results(outcome) -> list:
    return list(getattr(outcome.result, "results", None) or [])


def _failures(outcome, secrets: list[str]) -> list[QaFailure]:
    failures = []
    for result in _results(outcome):
        node, status = result.node, str(result.status)
        message = _short(result.message or status, secrets)
        if node.resource_type == "test" and status in ("fail", "warn", "error"):
            if status == "warn":  # all tests run as warnings (see `_tests_only_warn`): dbt's words for a failure
                message = f"Got {result.failures} result{'s' if result.failures != 1 else ''}, configured to fail if != 0"
            failures.append(QaFailure(check="dbt_test", where=node.name, message=_test_message(node, message)))
        elif status == "error":
            check = "dbt_compile" if "compilation error" in (result.message or "").lower() else "dry_run"
            failures.append(QaFailure(check=check, where=_model_file(node), message=message))
    if outcome.exception is not None:  # dbt stopped before running anything: parse or compile error
        text = str(outcome.exception)
        where = re.search(r"models/\S+?/\S+?/(\S+\.(?:sql|yml))", text)
        failures.append(QaFailure(check="dbt_compile", where=where.group(1) if where else "dbt project", message=_short(text, secrets)))
    elif not outcome.success and not failures:
        failures.append(QaFailure(check="dbt_compile", where="dbt project", message="dbt build failed without a node error"))
    return failures


def _model_file(node) -> str:
    """models/<project>/<pipeline>/marts/x.sql -> marts/x.sql (the GeneratedFiles key)."""
    parts = Path(node.original_file_path).parts
    return str(Path(*parts[3:])) if len(parts) > 3 and parts[0] == "models" else node.original_file_path


def _test_message(node, message: str) -> str:
    model = next(iter(getattr(node, "refs", []) or []), None)
    column = getattr(node, "column_name", None)
    subject = " of ".join(p for p in (f"column {column}" if column else "", f"model {model.name}" if model else "") if p)
    return f"{node.test_metadata.name if node.test_metadata else 'test'}{' on ' + subject if subject else ''}: {message}"


def _model_rows(warehouse: ClickHouseResource, outcome) -> dict[str, int]:
    """Rows of each model dbt built (views are counted by running them on the sample)."""
    built = [r.node for r in _results(outcome) if r.node.resource_type == "model" and str(r.status) == "success"]
    if not built:
        return {}
    rows = {}
    with warehouse.get_client() as client:
        for node in built:
            relation = f"{quote_ident(node.schema)}.{quote_ident(node.alias or node.name)}"
            rows[node.name] = int(client.command(f"SELECT count() FROM {relation}"))
    return rows


def _short(message: str, secrets: list[str] = ()) -> str:
    """The first meaningful line(s) of a tool's message: ClickHouse's DB::Exception when there is one."""
    for secret in secrets:
        if secret:
            message = message.replace(secret, "***")
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    exception = next((line for line in lines if "DB::Exception:" in line), None)
    if exception is not None:
        text = exception[exception.index("DB::Exception:") + len("DB::Exception:"):].strip()
        text = re.sub(r"\s*\(version [^)]*\)\s*$", "", text)
        text = re.sub(r"\s*Stack trace.*$", "", text)
    else:
        skip = re.compile(r"^(compiled code at|HTTPDriver for|\d+ of \d+ |(Compilation|Database|Runtime|Parsing) Error( in .*)?$)", re.IGNORECASE)
        kept = [line for line in lines if not skip.match(line)] or lines
        text = " ".join(kept[:2])
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= MESSAGE_LIMIT else text[: MESSAGE_LIMIT - 3] + "..."
