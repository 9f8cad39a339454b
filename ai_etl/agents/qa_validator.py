"""QA Validator: checks generated files with tools, not opinions.

spec (pydantic), columns (against the real source schema), sql_parse (sqlglot, ClickHouse),
read_only (no statement but SELECT anywhere), secrets (no credential in any file), then
dbt_compile / dry_run / dbt_test: the models run on a sample of the real source in a scratch
embedded ClickHouse. The score is the share of checks that passed.
"""

from __future__ import annotations

import os
import re

import sqlglot
import yaml
from sqlglot import exp

from ai_etl.agents.contracts import QaFailure, QaReport
from ai_etl.dbt_codegen import GeneratedFiles
from ai_etl.project_files import ProjectFolder
from ai_etl.spec import Pipeline, PostgresSource
from ai_etl.validation import PipelineValidator

JINJA = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
SECRET_PATTERNS = [
    (re.compile(r"\b\w+://[^:/\s@]+:[^@\s]+@"), "a URL with a password"),
    (re.compile(r"(?i)\b(password|passwd|secret|api[_-]?key|token)\b\s*[:=]\s*['\"]?[^\s'\"]{4,}"), "a credential assignment"),
    (re.compile(r"\bAKIA[0-9A-Z]{16}\b"), "an AWS access key"),
    (re.compile(r"\bsk-[A-Za-z0-9_-]{20,}\b"), "an API key"),
]
SECRET_ENV = re.compile(r"(PASSWORD|SECRET|TOKEN|API_KEY|ACCESS_KEY)", re.IGNORECASE)
OUTSIDE_FUNCTIONS = {"postgresql", "mysql", "url", "file", "s3", "remote", "remotesecure", "hdfs", "jdbc", "odbc", "executable"}


def render_for_parse(sql_text: str) -> str:
    """dbt Jinja -> plain SQL sqlglot can parse: ref/source -> names, config/other blocks dropped."""

    def replace(match: re.Match) -> str:
        body = match[1].strip()
        if m := re.match(r"ref\(\s*['\"](\w+)['\"]\s*\)", body):
            return m[1]
        if m := re.match(r"source\(\s*['\"](\w+)['\"]\s*,\s*['\"](\w+)['\"]\s*\)", body):
            return f"{m[1]}.{m[2]}"
        if body in ("input",):
            return "input"
        return ""

    return JINJA.sub(replace, re.sub(r"\{%.*?%\}", "", sql_text, flags=re.DOTALL))


def sql_problems(path: str, sql_text: str) -> list[QaFailure]:
    """Parse errors, statements other than SELECT, and table functions that reach outside."""
    try:
        statements = [s for s in sqlglot.parse(render_for_parse(sql_text), read="clickhouse") if s is not None]
    except sqlglot.errors.ParseError as err:
        return [QaFailure(check="sql_parse", where=path, message=str(err).splitlines()[0])]
    failures = []
    for statement in statements:
        if not isinstance(statement, (exp.Select, exp.Union, exp.Intersect, exp.Except)) and not (
            isinstance(statement, exp.With) or statement.find(exp.Select) is statement
        ):
            failures.append(QaFailure(check="read_only", where=path, message=f"a {statement.key.upper()} statement; models may only SELECT"))
        for function in statement.find_all(exp.Anonymous):
            if str(function.name).lower() in OUTSIDE_FUNCTIONS:
                failures.append(QaFailure(check="read_only", where=path, message=f"table function {function.name}() reaches outside the warehouse"))
    return failures


def secret_problems(files: dict[str, str]) -> list[QaFailure]:
    secrets = [v for k, v in os.environ.items() if SECRET_ENV.search(k) and len(v) >= 8]
    failures = []
    for path, text in files.items():
        for pattern, what in SECRET_PATTERNS:
            if pattern.search(text):
                failures.append(QaFailure(check="secrets", where=path, message=f"contains {what}; name an environment variable instead"))
        if any(secret in text for secret in secrets):
            failures.append(QaFailure(check="secrets", where=path, message="contains the value of a secret environment variable"))
    return failures


def pipeline_yaml(pipeline: Pipeline) -> str:
    data = pipeline.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    data = {"name": data.pop("name"), **data}
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110)


def validate(
    folder: ProjectFolder,
    pipeline: Pipeline,
    dbt: GeneratedFiles,
    dry_run: bool = True,
    sample_rows: int = 2000,
    transform_code: str | None = None,
) -> QaReport:
    """Every check on the candidate files; `transform_code` is the source's Python transform."""
    checks: dict[str, bool] = {"spec": True}
    spec_text = pipeline_yaml(pipeline)
    where = f"pipelines/{pipeline.name}.yaml"
    problems = PipelineValidator(folder, pipeline, text=spec_text, transform=transform_code).run()
    failures = [
        QaFailure(check=p.check, where=f"{where}:{p.line}", message=p.message if p.check == "python_safety" else f"field `{p.field}`: {p.message}")
        for p in problems
    ]
    if transform_code is not None:
        checks["python_safety"] = not any(f.check == "python_safety" for f in failures)
    for path, text in dbt.files.items():
        if path.endswith(".sql"):
            failures += sql_problems(path, text)
    if isinstance(pipeline.source, PostgresSource) and pipeline.source.query:
        failures += sql_problems("source.query", pipeline.source.query)
    texts = {f"pipelines/{pipeline.name}.yaml": spec_text, **dbt.files}
    if transform_code is not None:
        texts[getattr(pipeline.source, "transform", None) or "transform"] = transform_code
    failures += secret_problems(texts)
    for name in ("columns", "sql_parse", "read_only", "secrets"):
        checks[name] = not any(f.check == name for f in failures)
    rows: dict[str, int] = {}
    tests_run = 0
    if dry_run and pipeline.type == "stream":
        pass  # a topic has no sample to build from before its first micro-batch: its columns come with its messages
    elif dry_run and not failures:  # a dry run of models that do not parse only repeats the same errors
        from ai_etl.agents.dry_run import dry_run as run_sample

        result = run_sample(folder, pipeline, sample_rows=sample_rows, transform_code=transform_code, model_files=dbt.files)
        failures += result.failures
        rows, tests_run = result.rows, result.tests_run
        for name in ("dbt_compile", "dry_run", "dbt_test"):
            checks[name] = not any(f.check == name for f in result.failures)
    elif dry_run:
        checks["dry_run"] = False
    score = round(sum(checks.values()) / len(checks), 3)
    return QaReport(passed=not failures, score=score, checks=checks, failures=failures, rows=rows, tests_run=tests_run)
