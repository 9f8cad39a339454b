"""The Python Coder: polars transforms for messy files, written by the offline model, checked by
python_safety, dry-run by QA, and run by the extract asset on the real files."""

from __future__ import annotations

import datetime as dt
import json

import polars as pl
import pytest
from llm_server import ScriptedLLM
from project_builder import make_project, materialize, query

from ai_etl.agents.gateway import Gateway, GatewayConfig, ModelConfig
from ai_etl.agents.orchestrator import GenerateOptions, GenerationFailed, generate, write_files
from ai_etl.offline_model.python_templates import transform_code
from ai_etl.project_files import load_project
from ai_etl.python_sandbox import run_transform

REQUEST = "Load the contacts CSV files into ClickHouse daily at 4, splitting contact into name and email, parsing signed_on as dates and amount as numbers"


@pytest.fixture
def lake_project(tmp_path, shop_url, monkeypatch):
    monkeypatch.setenv("SHOP_DATABASE_URL", shop_url)
    project = make_project(tmp_path, "lakeproj", [])
    (project / "lake" / "contacts").mkdir(parents=True)
    pl.DataFrame(
        {
            "id": [1, 2, 3],
            "contact": ["Ann Lee <ann@x.org>", "  Bo Ek <bo@y.com>", "Çelik Ö <cy@z.io>"],
            "signed_on": ["2024-01-05", "25/02/2024", "31.12.2023"],
            "amount": ["$1,200.50", "EUR 30", "7"],
        }
    ).write_csv(project / "lake" / "contacts" / "2024.csv")
    return project


def _frame(**columns) -> pl.DataFrame:
    return pl.DataFrame(columns)


def test_templates_follow_the_examples():
    payload = {"entity": "t", "columns": [{"name": "d", "examples": ["03/25/2024", "12/01/2024"]}], "steps": [{"column": "d", "kind": "date"}]}
    out = run_transform(transform_code(payload)["code"], {"t": _frame(d=["03/25/2024", "12/01/2024"])})
    assert out["d"].to_list() == [dt.date(2024, 3, 25), dt.date(2024, 12, 1)]  # month first: 25 cannot be a month

    payload = {"entity": "t", "columns": [{"name": "a", "examples": ["1.234,50 €", "7,25"]}], "steps": [{"column": "a", "kind": "number"}]}
    out = run_transform(transform_code(payload)["code"], {"t": _frame(a=["1.234,50 €", "7,25"])})
    assert out["a"].to_list() == [1234.5, 7.25]

    payload = {"entity": "t", "columns": [{"name": "p", "examples": ["a|b|c"]}], "steps": [{"column": "p", "kind": "split", "into": ["x", "y", "z"]}]}
    out = run_transform(transform_code(payload)["code"], {"t": _frame(p=["a|b|c", "d|e"])})
    assert out.select("x", "y", "z").rows() == [("a", "b", "c"), ("d", "e", None)]


def test_a_messy_file_becomes_typed_columns_end_to_end(lake_project):
    folder = load_project(lake_project)
    result = generate(REQUEST, folder)
    assert result.validation.passed and result.validation.checks["python_safety"]
    assert f"projects/lakeproj/transforms/{result.pipeline}.py" in result.files
    write_files(result, folder)
    assert materialize(lake_project).success
    rows = query(lake_project, f"select id, name, email, signed_on, amount from lakeproj.{result.target.table} order by id")
    assert rows == [
        (1, "Ann Lee", "ann@x.org", dt.date(2024, 1, 5), 1200.5),
        (2, "Bo Ek", "bo@y.com", dt.date(2024, 2, 25), 30.0),
        (3, "Çelik Ö", "cy@z.io", dt.date(2023, 12, 31), 7.0),
    ]


def test_unsafe_code_from_a_remote_model_is_never_written(lake_project):
    """The model writes `import os`: python_safety fails, the Reflector has no fix, nothing is written."""
    from ai_etl.agents.orchestrator import read_catalog
    from ai_etl.language.request_parser import parse_request

    folder = load_project(lake_project)
    catalog = read_catalog(folder, "lake")
    intent = parse_request(REQUEST, catalog).model_dump_json()
    from ai_etl.agents.schema_analyst import ground
    from ai_etl.offline_model.spec_writer import write_pipeline

    spec = write_pipeline(ground(REQUEST, parse_request(REQUEST, catalog), catalog, folder), catalog, "warehouse")
    evil = "import os\n\ndef transform(frames):\n    os.system('touch /tmp/owned')\n    return frames['contacts']\n"
    script = [{"content": intent}, {"content": json.dumps({"pipeline": spec})}, {"content": json.dumps({"code": evil})},
              {"content": json.dumps({"pipeline": None, "change": ""})}]  # fmt: skip
    before = sorted(p for p in lake_project.rglob("*") if ".data" not in p.parts)
    with ScriptedLLM(script) as server:
        gateway = Gateway(GatewayConfig(models=[ModelConfig(model="openai/test-model", api_base=server.url)], retries=0))
        with pytest.raises(GenerationFailed, match="python_safety.*import of 'os'|python_safety"):
            generate(REQUEST, folder, gateway=gateway, options=GenerateOptions())
    assert sorted(p for p in lake_project.rglob("*") if ".data" not in p.parts) == before
