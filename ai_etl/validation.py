"""`ai-etl validate`: check pipeline files against the real source schema before anything runs.

Every column a pipeline names (cursor, key, order, each transformation's inputs) is followed
through the transformations against the columns that exist at that step; a miss is reported with
file, line, field and the closest existing names.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Literal

import sqlglot
import yaml
from pydantic import BaseModel, Field
from sqlglot import exp

from ai_etl.connections import files_resource, postgres_resource
from ai_etl.errors import UserError
from ai_etl.project_files import ProjectFolder, SafeLoader, line_in_yaml
from ai_etl.python_transforms import source_frame, transform_code
from ai_etl.spec import (
    AggregateTransform,
    CastTransform,
    ClickHouseConnector,
    ColumnSpec,
    DeduplicateTransform,
    DeriveTransform,
    FilesConnector,
    FilterTransform,
    JoinTransform,
    KafkaSource,
    Pipeline,
    PostgresConnector,
    PostgresSource,
    RenameTransform,
    SelectTransform,
    SqlTransform,
    WindowTransform,
)
from ai_etl.type_mapping import (
    UnmappableTypeError,
    column_mapping,
    polars_clickhouse_type,
)


class Problem(BaseModel):
    file: Path
    line: int
    field: str
    message: str
    check: Literal["columns", "python_safety"] = Field("columns", description="which QA check the problem fails")

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: field `{self.field}`: {self.message.rstrip('.')}."


class PipelineValidator:
    """Collects the problems of one pipeline file; `columns_of(table)` reads the real source."""

    def __init__(self, folder: ProjectFolder, pipeline: Pipeline, text: str | None = None, transform: str | None = None):
        """`text` and `transform` stand in for the pipeline file and its Python transform before they
        are written (the QA Validator checks candidates in memory)."""
        self.folder, self.pipeline, self.transform = folder, pipeline, transform
        self.file = folder.pipeline_files.get(pipeline.name) or folder.root / "pipelines" / f"{pipeline.name}.yaml"
        self.text = text
        self.problems: list[Problem] = []
        self._document: yaml.Node | None = None

    def add(self, loc: tuple, message: str, check: str = "columns") -> None:
        field = ".".join(str(p) if not isinstance(p, int) else f"[{p}]" for p in loc).replace(".[", "[")
        if self._document is None:  # composed once, and only when there is a problem to place
            self._document = yaml.compose(self.text if self.text is not None else self.file.read_text(encoding="utf-8"), Loader=SafeLoader)
        self.problems.append(Problem(file=self.file, line=line_in_yaml(self._document, loc), field=field, message=message, check=check))

    def require(self, loc: tuple, names: list[str], available: list[str], where: str) -> None:
        for name in names:
            if name not in available:
                close = difflib.get_close_matches(name, available, n=3, cutoff=0.5)
                hint = f"did you mean {', '.join(repr(c) for c in close)}?" if close else f"available: {', '.join(available)}"
                self.add(loc, f"column '{name}' does not exist {where} ({hint})")

    # ------------------------------------------------------------------ source

    def source_columns(self) -> tuple[list[str], dict[str, list[str]]]:
        """Columns of the main source and of every joined table, from the real systems."""
        source = self.pipeline.source
        connector = self.folder.project.connectors[source.connector]
        if isinstance(source, PostgresSource):
            if not isinstance(connector, PostgresConnector):
                self.add(("source", "connector"), f"connector '{source.connector}' is {connector.type}, not postgres")
                return [], {}
            postgres = postgres_resource(self.folder, connector).process_config_and_initialize()
            tables = postgres.list_tables()
            if source.query:
                described = postgres.describe_query(source.query, source.entity)
            elif missing := [t for t in source.source_tables if t not in tables]:
                self.require(("source", "table" if source.table else "tables"), missing, tables, "as a table in the source")
                return [], {}
            else:
                described = postgres.describe(source.entity)
            self._check_types(described.columns)
            if self.pipeline.type == "cdc":
                self._check_replication(postgres, source.source_tables)
            joined = {}
            for i, transform in enumerate(self.pipeline.transformations):
                if isinstance(transform, JoinTransform):
                    for j, table in enumerate(transform.tables):
                        at = ("transformations", i, "table") if j == 0 else ("transformations", i, "through", j - 1, "table")
                        if table not in tables:
                            self.require(at, [table], tables, "as a table in the source")
                        else:
                            joined[table] = [c.name for c in postgres.describe(table).columns]
            return [c.name for c in described.columns], joined
        if isinstance(source, KafkaSource):  # columns come with the messages: typed when the first batch lands
            return [], {}
        if not isinstance(connector, FilesConnector):
            self.add(("source", "connector"), f"connector '{source.connector}' is {connector.type}, not files")
            return [], {}
        files = files_resource(self.folder, connector).process_config_and_initialize()
        names = files.list(source.path)
        if not names:
            self.add(("source", "path"), f"no file matches '{source.path}' under {files.root}; check the glob")
            return [], {}
        try:
            code = self.transform if self.transform is not None else transform_code(self.folder.root, source)
        except UserError as err:
            self.add(("source", "transform"), str(err))
            return [], {}
        if code is not None:
            from ai_etl.python_sandbox import check_transform_code

            for problem in check_transform_code(code):
                self.add(("source", "transform"), f"{source.transform or 'transform'} line {problem.line}: {problem.message}", check="python_safety")
            if self.problems:
                return [], {}
        try:
            frame = source_frame(self.folder.root, source, files.read(names[0], source.format), code=code)
        except UserError as err:
            self.add(("source", "transform"), str(err))
            return [], {}
        for name, dtype in frame.schema.items():
            try:
                polars_clickhouse_type(dtype)
            except UnmappableTypeError as err:
                self.add(("source", "path"), f"column '{name}': {err}")
        return list(frame.columns), {}

    def _check_replication(self, postgres, tables: list[str]) -> None:
        """A cdc pipeline's source: logical decoding on, and a key (or the opt-in) for every table."""
        from ai_etl.cdc.slot import check_logical_decoding, identity_problem

        full = self.pipeline.cdc_settings.replica_identity_full
        with postgres.connect() as conn:
            try:
                check_logical_decoding(conn)
            except UserError as err:
                self.add(("type",), str(err))
            for table in tables:
                if problem := identity_problem(conn, postgres.schema_name, table, full):
                    self.add(("source", "table" if self.pipeline.source.table else "tables"), problem)

    def _check_types(self, columns) -> None:
        for column in columns:
            try:
                column_mapping(column.data_type, column.nullable, column.category, f"column '{column.name}'")
            except UnmappableTypeError as err:
                self.add(("source",), str(err))

    # --------------------------------------------------------------- pipeline

    def run(self) -> list[Problem]:
        pipeline = self.pipeline
        target_connector = self.folder.project.connectors[pipeline.target.connector]
        if not isinstance(target_connector, ClickHouseConnector):
            self.add(("target", "connector"), f"connector '{pipeline.target.connector}' is {target_connector.type}, not clickhouse")
        columns, joined = self.source_columns()
        if not columns:
            return self.problems
        load = pipeline.load
        self.require(("load", "cursor"), [load.cursor] if load.cursor else [], columns, "in the source")
        self.require(("load", "key"), load.key, columns, "in the source")
        staged = list(columns)
        for i, transform in enumerate(pipeline.transformations):
            staged = self._step(i, transform, staged, joined)
        if not pipeline.transformations:
            self.require(("target", "order_by"), pipeline.target.order_by, columns, "in the source")
        else:
            self.require(("target", "order_by"), pipeline.target.order_by, staged, "in the final table")
        for name in pipeline.checks.accepted_values:
            self.require(("checks", "accepted_values"), [name], columns, "in the source")
        self.require(("checks", "not_null"), pipeline.checks.not_null, staged, "in the final table")
        self.require(("checks", "unique"), pipeline.checks.unique, staged, "in the final table")
        return self.problems

    def _expr(self, loc: tuple, expression: str, available: list[str]) -> None:
        try:
            tree = sqlglot.parse_one(expression, read="clickhouse")
        except sqlglot.errors.ParseError as err:
            self.add(loc, f"'{expression}' is not a ClickHouse SQL expression ({str(err).splitlines()[0]})")
            return
        names = sorted({c.name for c in tree.find_all(exp.Column)})
        self.require(loc, names, available, "at this step")

    def _column_spec(self, loc: tuple, spec: ColumnSpec, available: list[str]) -> None:
        if spec.expr:
            self._expr((*loc, "expr"), spec.expr, available)
        else:
            self.require(loc, [spec.source or spec.name], available, "at this step")

    def _step(self, i: int, transform, columns: list[str], joined: dict[str, list[str]]) -> list[str]:
        loc = ("transformations", i)
        match transform:
            case SelectTransform(columns=specs):
                for j, spec in enumerate(specs):
                    self._column_spec((*loc, "columns", j), spec, columns)
                return [s.name for s in specs]
            case RenameTransform(columns=renames):
                self.require((*loc, "columns"), list(renames), columns, "at this step")
                return [renames.get(c, c) for c in columns]
            case CastTransform(columns=casts):
                self.require((*loc, "columns"), list(casts), columns, "at this step")
                return columns
            case FilterTransform(condition=condition):
                self._expr((*loc, "condition"), condition, columns)
                return columns
            case DeriveTransform(columns=derived):
                for j, measure in enumerate(derived):
                    self._expr((*loc, "columns", j, "expr"), measure.expr, columns)
                return columns + [m.name for m in derived]
            case AggregateTransform(group_by=group_by, measures=measures):
                for j, spec in enumerate(group_by):
                    self._column_spec((*loc, "group_by", j), spec, columns)
                for j, measure in enumerate(measures):
                    self._expr((*loc, "measures", j, "expr"), measure.expr, columns)
                return [s.name for s in group_by] + [m.name for m in measures]
            case JoinTransform(table=table, left_on=left_on, right_on=right_on, columns=taken, through=through):
                self.require((*loc, "left_on"), [left_on], columns, "at this step")
                right = joined.get(table)
                if right is None:
                    return columns
                self.require((*loc, "right_on"), [right_on], right, f"in table '{table}'")
                for j, hop in enumerate(through):  # `left_on` is `table.column` of a table joined before it
                    if hop.table in joined:
                        self.require((*loc, "through", j, "right_on"), [hop.right_on], joined[hop.table], f"in table '{hop.table}'")
                for j, spec in enumerate(taken):
                    self._column_spec((*loc, "columns", j), spec, right)
                return columns + [s.name for s in taken]
            case DeduplicateTransform(key=key, latest_by=latest_by):
                self.require((*loc, "key"), key, columns, "at this step")
                self.require((*loc, "latest_by"), [latest_by], columns, "at this step")
                return columns
            case WindowTransform(columns=windows):
                for j, window in enumerate(windows):
                    for part in [window.function, *window.partition_by, *window.order_by]:
                        self._expr((*loc, "columns", j), re.sub(r"\s+(asc|desc)\s*$", "", part, flags=re.IGNORECASE), columns)
                return columns + [w.name for w in windows]
            case SqlTransform(sql=text, columns=declared):
                try:
                    sqlglot.parse_one(text.replace("{{ input }}", "input").replace("{{input}}", "input"), read="clickhouse")
                except sqlglot.errors.ParseError as err:
                    self.add((*loc, "sql"), f"not valid ClickHouse SQL ({str(err).splitlines()[0]})")
                return list(declared)
        return columns


def validate_project(folder: ProjectFolder, pipelines: list[str] | None = None) -> list[Problem]:
    """Each pipeline against the real source; a named pipeline that is broken raises its own error."""
    problems: list[Problem] = []
    for name in pipelines or list(folder.pipelines):
        problems += PipelineValidator(folder, folder.pipeline(name)).run()
    return problems


def project_faults(folder: ProjectFolder, pipelines: list[str] | None = None) -> list[str]:
    """What the code location leaves out or runs short of when it loads the project, one sentence each:
    every pipeline file that does not load (malformed, a wrong connector, a table or asset another
    pipeline writes), every model folder without a pipeline file (dbt skips it), every pipeline whose
    models dbt cannot parse (skipped too), and every generated model deleted by hand or hand-edited
    so that it lacks what its pipeline file asks for. `pipelines`: only those pipelines' models.
    Files only: no source is read (a `dbt parse` in a scratch folder when the manifest is stale)."""
    from ai_etl.dbt.project import dbt_setup
    from ai_etl.model_drift import pipeline_drift
    from ai_etl.model_folders import check_models_parse, excluded_model_folders, orphan_model_folders

    setup = dbt_setup(folder)
    names = pipelines or list(folder.pipelines)
    faults = [] if pipelines else [*folder.broken.values(), *orphan_model_folders(folder, setup.models_dir).values()]
    unparsable = {}
    if any((setup.models_dir / name).is_dir() for name in names):
        unparsable = check_models_parse(folder, setup, list(excluded_model_folders(folder, setup.models_dir)))
        faults += [why for name, why in unparsable.items() if name in names]
    for name in names:
        if name not in unparsable:  # its models are skipped as a whole: that sentence says it all
            faults += pipeline_drift(folder, name, setup.models_dir / name, setup.vars["ai_etl_database"])
    return faults
