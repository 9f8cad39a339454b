"""`ai-etl eval`: generate, materialize and compare each case, by the rules of shared/eval/README.md.

Cases run in a scratch workspace (a copy of the project whose warehouse is a fresh chDB folder
and whose source connectors point at the same databases), so the project being measured is
never written to. Each case's pipeline is materialized in-process with Dagster, exactly the job
the code location defines for it.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from pydantic import BaseModel, Field

from ai_etl.evaluation.cases import Case, load_cases, same_cron_meaning
from ai_etl.project_files import ProjectFolder, load_project
from ai_etl.scratch import (
    final_table_rows,
    materialize_pipeline,
    pipeline_definitions,
    scratch_workspace,
)


class CaseResult(BaseModel):
    id: str
    passed: bool
    step: str = ""
    message: str = ""
    seconds: float = 0.0
    confidently_wrong: bool = Field(False, description="a pipeline was written and reported valid, and its rows are wrong")


class EvalReport(BaseModel):
    score: float
    passed: int
    total: int
    model: str
    cases: list[CaseResult]

    @property
    def confidently_wrong(self) -> int:
        return sum(c.confidently_wrong for c in self.cases)

    @property
    def refused(self) -> int:
        """Cases that expected a table and got a refusal or a validation failure (no pipeline written)."""
        return sum(not c.passed and c.step in ("generate", "schedule", "target_table") for c in self.cases)

    def as_json(self) -> dict:
        return {
            "score": self.score,
            "passed": self.passed,
            "total": self.total,
            "confidently_wrong": self.confidently_wrong,
            "confidently_wrong_rate": round(self.confidently_wrong / self.total, 4) if self.total else 0.0,
            "refused": self.refused,
            "cases": [c.model_dump(include={"id", "passed", "step", "message", "confidently_wrong"}) for c in self.cases],
        }

    def summary(self) -> str:
        rate = self.confidently_wrong / self.total if self.total else 0.0
        return (
            f"score {self.passed}/{self.total} = {self.score:.1%}; confidently wrong {self.confidently_wrong}/{self.total} "
            f"= {rate:.1%}; not written {self.refused} (model {self.model})"
        )


def run_eval(folder: ProjectFolder, cases: list[Case], keep: Path | None = None, progress=None, options=None) -> EvalReport:
    """Generate every case first, then parse dbt once and materialize each pipeline's job."""
    from ai_etl.agents.gateway import Gateway, gateway_config

    gateway = Gateway(gateway_config(folder.project.llm))
    root = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="ai-etl-eval-"))
    results: dict[str, CaseResult] = {}
    try:
        scratch = scratch_workspace(folder, root)
        pending: dict[str, tuple[Case, str, float]] = {}
        for case in cases:
            started = time.perf_counter()
            result, pipeline = generate_case(case, scratch.root, gateway, options)
            result.seconds = round(time.perf_counter() - started, 2)
            results[case.id] = result
            if pipeline:
                pending[case.id] = (case, pipeline, result.seconds)
            elif progress:
                progress(result)
        defs = pipeline_definitions(scratch.root) if pending else None
        for case_id, (case, pipeline, seconds) in pending.items():
            started = time.perf_counter()
            results[case_id] = check_materialized(case, scratch.root, pipeline, defs)
            results[case_id].seconds = round(seconds + time.perf_counter() - started, 2)
            if progress:
                progress(results[case_id])
    finally:
        if keep is None:
            shutil.rmtree(root, ignore_errors=True)
    ordered = [results[c.id] for c in cases]
    passed = sum(r.passed for r in ordered)
    model = gateway.config.models[0].model
    return EvalReport(score=round(passed / len(ordered), 4) if ordered else 0.0, passed=passed, total=len(ordered), model=model, cases=ordered)


def generate_case(case: Case, project_dir: Path, gateway, options=None) -> tuple[CaseResult, str | None]:
    """Rules 1-3 (README, 'How a case is scored'); the pipeline's name when it is written."""
    from ai_etl.agents.orchestrator import generate, write_files
    from ai_etl.errors import UserError

    folder = load_project(project_dir)
    before = _files(project_dir.parent.parent)
    try:
        result = generate(case.request, folder, gateway=gateway, options=options)
    except UserError as err:
        if _files(project_dir.parent.parent) != before:
            return CaseResult(id=case.id, passed=False, step="generate", message="a refused request left files behind"), None
        if case.expect.error:
            return CaseResult(id=case.id, passed=True, step="generate", message=f"refused: {err}"), None
        return CaseResult(id=case.id, passed=False, step="generate", message=str(err)), None
    if case.expect.error:
        return CaseResult(id=case.id, passed=False, step="generate", message=f"expected a refusal, got pipeline {result.pipeline}"), None
    if not same_cron_meaning(result.schedule, case.expect.schedule):
        return CaseResult(id=case.id, passed=False, step="schedule", message=f"schedule {result.schedule!r}, expected {case.expect.schedule!r}"), None
    if case.expect.target_table and result.target.table != case.expect.target_table:
        return CaseResult(id=case.id, passed=False, step="target_table", message=f"table {result.target.table!r}, expected {case.expect.target_table!r}"), None
    write_files(result, folder)
    return CaseResult(id=case.id, passed=False, step="materialize", message="not run"), result.pipeline


def check_materialized(case: Case, project_dir: Path, pipeline: str, defs) -> CaseResult:
    """Rules 4-5: the pipeline's job succeeds and its final table holds the expected rows (of
    `rows_sql` or of any of `rows_sql_alternatives`). A written pipeline whose rows are wrong was
    reported valid by the product: that is the confidently-wrong outcome."""
    from ai_etl.errors import UserError

    failure = materialize_pipeline(defs, load_project(project_dir).name, pipeline)
    if failure:
        return CaseResult(id=case.id, passed=False, step="materialize", message=failure)
    first = None
    for rows_sql in [case.expect.rows_sql or "", *case.expect.rows_sql_alternatives]:
        try:
            comparison = compare_with_source(load_project(project_dir), pipeline, rows_sql)
        except UserError as err:
            return CaseResult(id=case.id, passed=False, step="rows", message=str(err))
        if comparison.ok:
            return CaseResult(id=case.id, passed=True, step="rows", message=comparison.message)
        first = first or comparison
    return CaseResult(id=case.id, passed=False, step="rows", message=first.message, confidently_wrong=True)


def compare_with_source(folder: ProjectFolder, pipeline_name: str, rows_sql: str):
    from ai_etl.connections import postgres_resource
    from ai_etl.evaluation.compare import compare_rows, fetch_expected

    pipeline = folder.pipelines[pipeline_name]
    source = folder.project.connectors[pipeline.source.connector]
    conninfo = postgres_resource(folder, source).process_config_and_initialize().conninfo()
    expected_columns, expected_rows = fetch_expected(conninfo, rows_sql)
    actual_columns, actual_rows = final_table_rows(folder, pipeline_name)
    return compare_rows(expected_columns, expected_rows, actual_columns, actual_rows)


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and ".data" not in p.parts and "target" not in p.parts}


def run_eval_command(folder: ProjectFolder, cases_file: Path, as_json: bool, only: list[str] | None = None) -> int:
    cases = load_cases(cases_file).cases
    if only:
        unknown = sorted(set(only) - {c.id for c in cases})
        if unknown:
            from ai_etl.errors import UserError

            raise UserError(f"No case {unknown[0]!r} in {cases_file}; use an id from the file.")
        cases = [c for c in cases if c.id in only]

    out = sys.stdout

    def progress(result: CaseResult) -> None:
        """One line per case on stdout (stderr under --json, whose stdout is the JSON document)."""
        mark = "PASS" if result.passed else "WRONG" if result.confidently_wrong else "FAIL"
        detail = "" if result.passed else f"  [{result.step}] {result.message}"
        print(f"{mark} {result.id} ({result.seconds:.1f} s){detail}", file=sys.stderr if as_json else out, flush=True)

    with contextlib.redirect_stdout(sys.stderr):  # dbt and Dagster logs must not mix with the result
        report = run_eval(folder, cases, progress=progress)
    print(json.dumps(report.as_json(), indent=2) if as_json else report.summary())
    return 0
