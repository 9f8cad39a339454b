"""The orchestrator end to end on the embedded stack: requests -> files -> Dagster runs -> the rows
PostgreSQL computes; the `ai-etl generate`/`eval` commands; the `generate_pipeline` Dagster job."""

from __future__ import annotations

import json
from pathlib import Path

import dagster as dg
import pytest
from conftest import run_cli
from project_builder import make_project

from ai_etl.definitions import build_definitions
from ai_etl.evaluation.cases import load_cases
from ai_etl.evaluation.runner import run_eval
from ai_etl.project_files import load_project

CASES = Path(__file__).parent / "data" / "generation_cases.yaml"


@pytest.fixture
def project(tmp_path, shop_url, monkeypatch) -> Path:
    monkeypatch.setenv("SHOP_DATABASE_URL", shop_url)
    return make_project(tmp_path, "gen", [])


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and ".data" not in p.parts and "target" not in p.parts}


def test_requests_become_pipelines_that_materialize_the_expected_rows(project):
    cases = load_cases(CASES).cases
    report = run_eval(load_project(project), cases)
    failures = [f"{c.id} [{c.step}] {c.message}" for c in report.cases if not c.passed]
    assert not failures, failures
    assert report.passed == report.total == len(cases)


def test_generate_command_writes_validated_files_and_prints_json(project):
    before = _tree(project.parent.parent)
    done = run_cli("generate", "Completed orders per region, every day at 5", "--project", str(project), "--json", "--yes")
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert set(result) >= {"pipeline", "target", "schedule", "assets", "files", "validation"}
    assert result["schedule"] == "0 5 * * *" and result["target"] == {"database": "gen", "table": result["pipeline"]}
    assert result["validation"]["passed"] and result["validation"]["tests_run"] > 0
    assert result["validation"]["checks"]["dry_run"] is True and result["validation"]["checks"]["coverage"] is True
    assert result["reading"][0].startswith("reads table ") and result["reading"][-1] == "runs At 05:00 (UTC)"
    assert "keeps the rows where" in " ".join(result["reading"]) and "select" in result["sql"]
    created = _tree(project.parent.parent) - before
    assert created == {f for f in result["files"]} | {f"dbt_project/models/gen/{result['pipeline']}/.ai_etl_generated.json"}
    assert f"gen/marts/{result['pipeline']}" in result["assets"]


@pytest.mark.parametrize(
    "request_text",
    ["", "Move some data", "Drop the orders table", "Load orders; also run DROP DATABASE shop", "Load the invoices table daily",
     "Load orders at 25:00", "x" * 100_000],
)  # fmt: skip
def test_refusals_exit_non_zero_with_one_sentence_and_write_nothing(project, request_text):
    before = _tree(project.parent.parent)
    done = run_cli("generate", request_text, "--project", str(project), "--yes")
    assert done.returncode == 2
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in done.stderr
    assert _tree(project.parent.parent) == before


def test_a_request_the_pipeline_would_not_fully_answer_is_refused_naming_the_phrase(project):
    """'late' names nothing the shop's schema has: the parser's pipeline (orders per status) runs,
    but it is not what was asked, so it is refused rather than handed over as valid (the phrase named is 'delivered late':
    the spec keeps every order, whether delivered or not)."""
    before = _tree(project.parent.parent)
    done = run_cli("generate", "Count orders per status that were delivered late", "--project", str(project), "--yes")
    assert done.returncode == 2, done.stdout[-1000:]
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "late'" in lines[0] and "nothing was written" in lines[0], lines
    assert _tree(project.parent.parent) == before


def test_eval_counts_confidently_wrong_cases_and_accepts_alternative_references(project, tmp_path):
    cases = tmp_path / "cases.yaml"
    cases.write_text(
        """cases:
- id: right_by_alternative
  request: Count orders per status
  expect:
    rows_sql: SELECT status, count(*) + 1 FROM orders GROUP BY status
    rows_sql_alternatives:
    - SELECT status, count(*) FROM orders GROUP BY status
- id: wrong_rows
  request: Count orders per status
  expect:
    rows_sql: SELECT status, count(*) FROM orders WHERE status = 'completed' GROUP BY status
"""
    )
    done = run_cli("eval", str(cases), "--project", str(project), "--json")
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    by_id = {c["id"]: c for c in report["cases"]}
    assert by_id["right_by_alternative"]["passed"] and not by_id["right_by_alternative"]["confidently_wrong"]
    assert not by_id["wrong_rows"]["passed"] and by_id["wrong_rows"]["confidently_wrong"]
    assert report["confidently_wrong"] == 1 and report["confidently_wrong_rate"] == 0.5
    assert "PASS right_by_alternative" in done.stderr and "WRONG wrong_rows" in done.stderr  # per-case lines


def test_eval_command_prints_the_score_as_json(project):
    before = _tree(project.parent.parent)
    done = run_cli("eval", str(CASES), "--project", str(project), "--json", "--case", "refuse_delete", "--case", "clients_nightly")
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["total"] == 2 and report["passed"] == 2 and report["score"] == 1.0
    assert {c["id"] for c in report["cases"]} == {"refuse_delete", "clients_nightly"}
    assert _tree(project.parent.parent) == before  # eval works in a scratch copy, never in the project


def test_generate_pipeline_job_writes_files_and_the_new_assets_appear(project):
    job = build_definitions(project, prepare=True).resolve_job_def("generate_pipeline")
    config = {"ops": {"generate": {"config": {"request": "Active products per category, hourly", "reload_location": False}}}}
    result = job.execute_in_process(run_config=config, instance=dg.DagsterInstance.ephemeral())
    assert result.success
    name = result.output_for_node("generate")
    assert (project / "pipelines" / f"{name}.yaml").exists()
    keys = {k.to_user_string() for k in build_definitions(project, prepare=True).resolve_asset_graph().get_all_asset_keys()}
    assert f"gen/marts/{name}" in keys and f"gen/raw/{name}__products" in keys

    refused = job.execute_in_process(
        run_config={"ops": {"generate": {"config": {"request": "Drop the products table", "reload_location": False}}}},
        instance=dg.DagsterInstance.ephemeral(),
        raise_on_error=False,
    )
    assert not refused.success
    failure = next(e for e in refused.all_events if e.is_step_failure)
    assert "only reads sources" in failure.step_failure_data.user_failure_data.description


@pytest.fixture(scope="module")
def read_only_url(shop_url) -> str:
    """The shop database through a role that can only read: any write attempt is an error."""
    import psycopg

    with psycopg.connect(shop_url, autocommit=True) as conn:
        conn.execute("do $$ begin if not exists (select from pg_roles where rolname = 'ai_etl_reader') then create role ai_etl_reader login; end if; end $$")
        conn.execute("grant select on all tables in schema public to ai_etl_reader")
        conn.execute("alter role ai_etl_reader set default_transaction_read_only = on")
    return shop_url.replace("postgres@", "ai_etl_reader@", 1)


@pytest.mark.parametrize(
    "request_text",
    ["Monthly revenue per product category from the items of completed orders", "Customers who have never placed an order",
     "Drop the orders table", "Load the invoices table daily"],
)  # fmt: skip
def test_generation_and_its_dry_run_only_ever_read_the_source(tmp_path, read_only_url, monkeypatch, request_text):
    from ai_etl.agents.orchestrator import generate
    from ai_etl.errors import UserError

    monkeypatch.setenv("SHOP_DATABASE_URL", read_only_url)
    folder = load_project(make_project(tmp_path, "ro", []))
    try:
        result = generate(request_text, folder)
    except UserError as err:
        assert "read-only" not in str(err) and "permission denied" not in str(err)
        return
    assert result.validation.passed and result.validation.checks["dry_run"], result.validation.failures


def test_ask_answers_a_question_as_rows_read_only_and_saves_on_request(project, shop):
    before = _tree(project.parent.parent)
    done = run_cli("ask", "How many orders are there per status?", "--project", str(project), "--json")
    assert done.returncode == 0, done.stderr[-2000:]
    answer = json.loads(done.stdout)
    with shop.connect() as conn:
        expected = {status: n for status, n in conn.execute("select status, count(*) from orders group by status").fetchall()}
    assert answer["columns"][0] == "status" and {row[0]: row[1] for row in answer["rows"]} == expected
    assert answer["total_rows"] == len(expected) and answer["reading"][0] == "reads table orders of PostgreSQL connector shop"
    assert _tree(project.parent.parent) == before  # answered in a scratch copy
    refused = run_cli("ask", "Which orders were delivered late?", "--project", str(project))
    assert refused.returncode == 2 and "late'" in refused.stderr and _tree(project.parent.parent) == before
    saved = run_cli("ask", "How many orders are there per status?", "--project", str(project), "--save")
    assert saved.returncode == 0, saved.stderr[-2000:]
    assert f"pipelines/{answer['pipeline']}.yaml" in " ".join(_tree(project.parent.parent) - before)
