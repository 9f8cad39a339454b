"""`ai-etl validate`: problems found against the real source schema, each naming file, line, field and a fix."""

import pytest

from ai_etl.errors import ConfigError
from ai_etl.project_files import load_project
from ai_etl.validation import validate_project
from conftest import run_cli
from project_builder import make_project, pipeline


@pytest.fixture(autouse=True)
def _shop(shop_url, monkeypatch):
    monkeypatch.setenv("SHOP_DATABASE_URL", shop_url)


def _problems(tmp_path, spec) -> list[str]:
    project = make_project(tmp_path, "v", [spec])
    return [str(p) for p in validate_project(load_project(project))]


def test_a_good_pipeline_has_no_problems(tmp_path):
    spec = pipeline("ok", {"table": "orders"}, "out", transformations=[{"type": "filter", "condition": "status = 'completed'"}], load={"mode": "incremental", "cursor": "id"})
    assert _problems(tmp_path, spec) == []


def test_unknown_column_suggests_the_closest(tmp_path):
    spec = pipeline("bad", {"table": "orders"}, "out", transformations=[{"type": "filter", "condition": "amout > 0 and status = 'completed'"}])
    [problem] = _problems(tmp_path, spec)
    assert "bad.yaml:" in problem and "field `transformations[0].condition`" in problem
    assert "column 'amout' does not exist at this step (did you mean 'amount'?)" in problem


def test_unknown_table_lists_near_names(tmp_path):
    [problem] = _problems(tmp_path, pipeline("bad", {"table": "sales_transaction"}, "out"))
    assert "field `source.table`" in problem and "did you mean 'sales_transactions'" in problem


def test_column_dropped_by_an_aggregate_is_unknown_after_it(tmp_path):
    spec = pipeline(
        "bad", {"table": "orders"}, "out",
        transformations=[
            {"type": "aggregate", "group_by": ["region"], "measures": [{"name": "revenue", "expr": "sum(amount)"}]},
            {"type": "filter", "condition": "status = 'completed'"},
        ],
    )  # fmt: skip
    [problem] = _problems(tmp_path, spec)
    assert "transformations[1].condition" in problem and "column 'status' does not exist at this step" in problem


def test_cursor_key_and_join_columns_are_checked(tmp_path):
    spec = pipeline(
        "bad", {"table": "order_items"}, "out",
        transformations=[{"type": "join", "table": "products", "left_on": "product_id", "right_on": "product_id", "columns": ["categry"]}],
        load={"mode": "upsert", "key": ["idd"], "cursor": "updated_at"},
    )  # fmt: skip
    problems = "\n".join(_problems(tmp_path, spec))
    assert "field `load.cursor`: column 'updated_at' does not exist in the source" in problems
    assert "field `load.key`: column 'idd' does not exist in the source (did you mean 'id'" in problems
    assert "field `transformations[0].right_on`: column 'product_id' does not exist in table 'products'" in problems
    assert "column 'categry' does not exist at this step (did you mean 'category'?)" in problems


def test_unmappable_type_is_reported(tmp_path, scratch_db, monkeypatch):
    with scratch_db.connect() as conn:  # its own database: the shared `shop` must stay as generated
        # a point loads as PostgreSQL's text of it; a composite type has no mapping
        conn.execute("create type spot as (x float8, y float8); create table places (id bigint primary key, location spot, at point)")
    monkeypatch.setenv("SHOP_DATABASE_URL", scratch_db.conninfo())
    [problem] = _problems(tmp_path, pipeline("bad", {"table": "places"}, "out"))
    assert "Column 'location' has PostgreSQL type 'spot', which has no ClickHouse mapping; cast it in a query source" in problem


def test_unknown_connector_is_a_config_error(tmp_path):
    spec = pipeline("bad", {"table": "orders"}, "out")
    spec["source"]["connector"] = "shopp"
    with pytest.raises(ConfigError, match=r"bad.yaml:\d+: field `source.connector`: unknown connector 'shopp' \(this project has: lake, shop, warehouse\)"):
        load_project(make_project(tmp_path, "v", [spec])).pipeline(spec["name"])


def test_cli_lists_every_problem_and_exits_2(tmp_path, shop_url):
    spec = pipeline("bad", {"table": "orders"}, "out", transformations=[{"type": "filter", "condition": "amout > 0"}], load={"mode": "incremental", "cursor": "idd"})
    project = make_project(tmp_path, "v", [spec])
    done = run_cli("validate", "--project", str(project), env={"SHOP_DATABASE_URL": shop_url})
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 2 and all(line.startswith("error: ") for line in lines)
    assert "Traceback" not in done.stderr
