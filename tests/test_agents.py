"""Schema Analyst, SQL Expert, QA Validator and Reflector on their own, with fixed inputs; the
remote-model path of the whole orchestrator over real HTTP (a scripted OpenAI-compatible server)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from llm_server import ScriptedLLM
from project_builder import make_project

from ai_etl.agents import qa_validator
from ai_etl.agents.contracts import Catalog, QaFailure
from ai_etl.agents.gateway import Gateway, GatewayConfig, ModelConfig
from ai_etl.agents.orchestrator import GenerateOptions, generate, write_files
from ai_etl.agents.schema_analyst import Refusal, ground, read_catalog
from ai_etl.agents.sql_expert import as_pipeline
from ai_etl.dbt_codegen import compile_pipeline
from ai_etl.language.request_parser import parse_request
from ai_etl.offline_model.pipeline_repair import repair
from ai_etl.offline_model.spec_writer import write_pipeline
from ai_etl.project_files import load_project

CATALOG = Catalog.model_validate(json.loads((Path(__file__).parent / "data" / "shop_catalog.json").read_text()))


@pytest.fixture
def project(tmp_path, shop_url, monkeypatch):
    monkeypatch.setenv("SHOP_DATABASE_URL", shop_url)
    return load_project(make_project(tmp_path, "agents", []))


def grounded(request: str, folder):
    return ground(request, parse_request(request, CATALOG), CATALOG, folder)


# ------------------------------------------------------------------ Schema Analyst


def test_catalog_reads_keys_references_and_low_cardinality_values(shop):
    catalog = read_catalog(shop, "shop")
    orders = catalog.table("orders")
    assert orders.primary_key == ["id"]
    assert orders.references["customer_id"] == "customers.id"
    assert orders.column("status").values == ["cancelled", "completed", "pending", "refunded"]
    assert catalog.table("customers").column("email").values is None  # identifiers are never value lists
    assert catalog.table("order_items").references == {"order_id": "orders.id", "product_id": "products.id"}


def test_grounding_finds_a_two_step_join_and_takes_the_key_it_needs(project):
    plan = grounded("Revenue per customer segment from order items", project)
    assert [(j.table, j.left_on, j.right_on) for j in plan.joins] == [("orders", "order_id", "id"), ("customers", "customer_id", "id")]
    assert plan.joins[0].columns == {"customer_id": "customer_id"}  # carried for the second join
    assert plan.column_names["customers.segment"] == "segment"


def test_grounding_renames_a_joined_column_that_clashes(project):
    plan = grounded("Orders together with the customer country and the customer created_at", project)
    assert plan.column_names["customers.country"] == "country"
    assert plan.column_names["customers.created_at"] == "customer_created_at"


@pytest.mark.parametrize(
    ("request_text", "says"),
    [
        ("Load the ordrs table daily", "no table 'ordrs'.*did you mean orders"),
        ("Load the invoices table daily", "no table 'invoices'"),
        ("Load orders where colour = 'red'", "not a column of 'orders'"),
        ("Load orders into ClickHouse table 'dup' daily", "already writes table 'dup'"),
    ],
)
def test_grounding_refuses_with_what_is_wrong(request_text, says, tmp_path, shop_url, monkeypatch):
    monkeypatch.setenv("SHOP_DATABASE_URL", shop_url)
    existing = {"name": "dup", "type": "on_demand", "source": {"type": "postgres", "connector": "shop", "table": "orders"},
                "target": {"type": "clickhouse", "connector": "warehouse", "table": "dup"}}  # fmt: skip
    folder = load_project(make_project(tmp_path, "refusals", [existing]))
    with pytest.raises(Refusal, match=says):
        grounded(request_text, folder)


# ------------------------------------------------------------------ SQL Expert


def test_spec_uses_the_spec_transformations_and_free_sql_only_where_needed(project):
    spec = as_pipeline(write_pipeline(grounded("Orders placed in 2024 per currency, average amount, daily at 6", project), CATALOG, "warehouse"))
    kinds = [t.type for t in spec.transformations]
    assert kinds == ["filter", "aggregate"]
    assert spec.transformations[0].condition == "toYear(created_at) = 2024"
    assert [m.expr for m in spec.transformations[1].measures] == ["avg(amount)"]
    assert spec.schedule.cron == "0 6 * * *" and spec.type == "batch"

    dedup = as_pipeline(write_pipeline(grounded("Deduplicate users by email ignoring case, keep the most recent", project), CATALOG, "warehouse"))
    assert dedup.transformations[-1].type == "sql"
    assert "limit 1 by lower(email)" in dedup.transformations[-1].sql


def test_an_invalid_spec_from_a_model_is_a_clear_refusal():
    with pytest.raises(Refusal, match="invalid pipeline spec.*schedule"):
        as_pipeline({"name": "x", "type": "batch", "source": {"type": "postgres", "connector": "shop", "table": "orders"},
                     "target": {"type": "clickhouse", "connector": "warehouse", "table": "x"}})  # fmt: skip


# ------------------------------------------------------------------ QA Validator


def test_qa_flags_statements_other_than_select_and_reaching_outside():
    assert not qa_validator.sql_problems("m.sql", "select * from {{ ref('a') }} where x > 1")
    dropped = qa_validator.sql_problems("m.sql", "drop table shop.orders")
    assert dropped and dropped[0].check == "read_only"
    outside = qa_validator.sql_problems("m.sql", "select * from postgresql('h:5432', 'shop', 'orders', 'u', 'p')")
    assert outside and outside[0].check == "read_only"
    broken = qa_validator.sql_problems("m.sql", "select from where (")
    assert broken and broken[0].check == "sql_parse"


def test_qa_finds_secrets_in_files(monkeypatch):
    monkeypatch.setenv("SHOP_PASSWORD", "s3cr3t-value-123")
    found = qa_validator.secret_problems(
        {"a.sql": "select 'postgresql://bob:hunter2@db:5432/shop'", "b.yml": "password: hunter22", "c.sql": "-- s3cr3t-value-123", "d.sql": "select 1"}
    )
    assert sorted(f.where for f in found) == ["a.sql", "b.yml", "c.sql"]


def test_qa_report_scores_the_checks_it_ran(project):
    spec = as_pipeline(write_pipeline(grounded("Completed orders per region", project), CATALOG, "warehouse"))
    good = qa_validator.validate(project, spec, compile_pipeline("agents", spec, "agents"), dry_run=False)
    assert good.passed and good.score == 1.0 and set(good.checks) >= {"spec", "columns", "sql_parse", "read_only", "secrets"}
    broken = as_pipeline(json.loads(json.dumps(spec.model_dump(mode="json", by_alias=True)).replace("region", "regoin")))
    bad = qa_validator.validate(project, broken, compile_pipeline("agents", broken, "agents"), dry_run=False)
    assert not bad.passed and bad.checks["columns"] is False and bad.score < 1.0
    assert any("regoin" in f.message and "region" in f.message for f in bad.failures)


# ------------------------------------------------------------------ Reflector


def test_repair_renames_an_unknown_column_to_the_closest_and_nothing_else():
    spec = {"transformations": [{"type": "filter", "condition": "statuss = 'completed'"}], "tags": {"note": "statuss stays in words"}}
    failures = [QaFailure(check="dry_run", where="marts/x.sql", message="Unknown expression identifier `statuss` in scope").model_dump()]
    fixed = repair({"pipeline": spec, "failures": failures, "catalog": CATALOG.model_dump()})
    assert fixed["pipeline"]["transformations"][0]["condition"] == "status = 'completed'"
    assert fixed["change"] == "column statuss -> status"
    assert repair({"pipeline": spec, "failures": [{"check": "dbt_test", "where": "t", "message": "Got 3 results"}], "catalog": {}})["pipeline"] is None


def test_remote_model_path_reflects_on_a_failure_and_writes_only_the_fixed_version(project):
    """plan, write (with a typo), repair: three answers from an OpenAI-compatible server over HTTP."""
    request = "Completed orders per region, every day at 5"
    intent = parse_request(request, CATALOG).model_dump_json()
    spec = write_pipeline(grounded(request, project), CATALOG, "warehouse")
    typo = json.loads(json.dumps(spec).replace("status =", "statsu ="))
    script = [{"content": intent}, {"content": json.dumps({"pipeline": typo})},
              {"content": json.dumps({"pipeline": spec, "change": "statsu -> status"})}]  # fmt: skip
    with ScriptedLLM(script) as server:
        gateway = Gateway(GatewayConfig(models=[ModelConfig(model="openai/test-model", api_base=server.url)], retries=0))
        result = generate(request, project, gateway=gateway, options=GenerateOptions(dry_run=False))
        assert server.hits == 3
    assert [c.change for c in result.cycles] == ["statsu -> status"]
    assert "statsu" in result.cycles[0].failures[0].message
    assert result.tokens == 3 * 120 and result.validation.passed
    written = write_files(result, project)
    assert all("statsu" not in p.read_text() for p in written)
    assert (project.root / "pipelines" / f"{result.pipeline}.yaml").exists()


def test_written_dbt_files_are_recorded_as_generated_even_with_a_target_database(project):
    """A later hand edit is only recognized if the record holds exactly what was written."""
    from ai_etl.generated_files import read_record, sha

    result = generate("Completed orders per region into ClickHouse table analytics.paid_regions", project, options=GenerateOptions(dry_run=False))
    written = write_files(result, project)
    record = read_record(project.root.parent.parent / "dbt_project" / "models" / "agents" / result.pipeline)
    dbt = [p for p in written if "dbt_project" in p.parts]
    assert dbt and all(record[str(p.relative_to(p.parents[1]))] == sha(p.read_text()) for p in dbt)
