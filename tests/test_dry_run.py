"""The QA dry run on the real engines: the demo shop in embedded PostgreSQL, a scratch chDB, dbt in-process."""

import time

import clickhouse_connect
import pytest
from project_builder import make_project, pipeline

from ai_etl.agents.dry_run import dry_run
from ai_etl.demo_data import TABLES
from ai_etl.project_files import load_project

AGGREGATE = pipeline(
    "revenue", {"table": "orders"}, "revenue_by_region",
    transformations=[
        {"type": "filter", "condition": "status = 'completed'"},
        {"type": "aggregate", "group_by": ["region"], "measures": [{"name": "revenue", "expr": "sum(amount)"}]},
    ],
)  # fmt: skip
UNKNOWN_COLUMN = pipeline(
    "unknown_column", {"table": "orders"}, "unknown_column",
    transformations=[{"type": "filter", "condition": "order_status = 'completed'"}],
)  # fmt: skip
DUPLICATES = pipeline(
    "duplicates", {"table": "orders"}, "orders_by_customer",
    transformations=[{"type": "select", "columns": ["id", "customer_id", "amount"]}],
    checks={"unique": ["customer_id"]},  # customers have several orders
)  # fmt: skip
JOIN = pipeline(
    "category_quantity", {"table": "order_items"}, "category_quantity",
    transformations=[
        {"type": "join", "table": "products", "left_on": "product_id", "right_on": "id", "columns": ["category"]},
        {"type": "aggregate", "group_by": ["category"], "measures": [{"name": "quantity", "expr": "sum(quantity)"}]},
    ],
)  # fmt: skip
JOIN_RENAMED = pipeline(
    "order_country", {"table": "orders"}, "order_country",
    transformations=[
        {"type": "rename", "columns": {"customer_id": "buyer_id"}},
        {"type": "join", "table": "customers", "left_on": "buyer_id", "right_on": "id", "columns": ["country"]},
    ],
    load={"key": ["id"]},
)  # fmt: skip
COPY = pipeline("customers_copy", {"table": "customers"}, "customers_copy")
ANTI_THROUGH_JOINED = pipeline(  # 'customers with orders, none with a line of more than 5': orders joined, then anti-joined along lines
    "no_big_lines", {"table": "customers"}, "no_big_lines",
    transformations=[
        {"type": "join", "table": "orders", "left_on": "id", "right_on": "customer_id", "columns": ["status"]},
        {"type": "join", "table": "orders", "how": "anti", "left_on": "id", "right_on": "customer_id",
         "through": [{"table": "order_items", "left_on": "orders.id", "right_on": "order_id"}], "where": "order_items.quantity > 5"},
    ],
)  # fmt: skip
PIPELINES = [AGGREGATE, UNKNOWN_COLUMN, DUPLICATES, JOIN, JOIN_RENAMED, COPY, ANTI_THROUGH_JOINED]


@pytest.fixture(scope="module")
def folder(tmp_path_factory, shop_url):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SHOP_DATABASE_URL", shop_url)
        project = make_project(tmp_path_factory.mktemp("dry_run"), "dry", PIPELINES)
        yield load_project(project)


def run(folder, name, **kwargs):
    return dry_run(folder, folder.pipelines[name], **kwargs)


def test_valid_aggregate_passes(folder):
    result = run(folder, "revenue")
    assert result.passed, result.failures
    assert result.rows["raw_revenue__orders"] == 2000  # the sample, not the 3,000 rows of the source
    assert result.rows["stg_revenue__orders"] == 2000
    assert result.rows["revenue_by_region"] > 0
    assert result.tests_run >= 2  # the staging row count and the mart's unique region
    assert result.seconds > 0


def test_unknown_column_fails_naming_it(folder):
    result = run(folder, "unknown_column")
    assert not result.passed
    [failure] = result.failures
    assert failure.check in ("dry_run", "dbt_compile")
    assert failure.where == "marts/unknown_column.sql"
    assert "order_status" in failure.message
    assert len(failure.message) <= 400
    assert result.rows["stg_unknown_column__orders"] == 2000  # staging still ran


def test_unique_check_violated_by_duplicates(folder):
    result = run(folder, "duplicates")
    assert not result.passed
    [failure] = result.failures
    assert failure.check == "dbt_test"
    assert failure.where == "unique_orders_by_customer_customer_id"
    assert "customer_id" in failure.message and "Got " in failure.message
    assert result.rows["orders_by_customer"] == 2000  # the model was built; only its test failed
    assert result.tests_run >= 2


def test_join_sample_keeps_matching_rows(folder, shop):
    result = run(folder, "category_quantity")
    assert result.passed, result.failures
    assert result.rows["raw_category_quantity__order_items"] == 2000
    assert 0 < result.rows["raw_category_quantity__products"] <= 40
    assert result.rows["category_quantity"] > 0


def test_join_sample_follows_renamed_keys(folder, shop):
    """Only the customers of the sampled orders are loaded, so every sampled order finds its
    customer; 100 customers sampled independently of the orders would match about a sixth."""
    result = run(folder, "order_country", sample_rows=100)
    assert result.passed, result.failures
    with shop.connect() as conn:
        expected = conn.execute("select count(distinct customer_id) from (select customer_id from orders order by id limit 100) s").fetchone()[0]
    assert result.rows["raw_order_country__customers"] == expected < 100
    assert result.rows["order_country"] == 100


def test_an_anti_joins_hops_are_loaded_when_its_table_was_joined_before(folder):
    """The table an anti join narrows along its hops was joined before it: its hops' rows are loaded all the same.
    Before, the hop's raw table was never loaded and the staging model failed on it."""
    result = run(folder, "no_big_lines")
    assert result.passed, result.failures
    assert result.rows["raw_no_big_lines__order_items"] > 0


def test_pipeline_without_transformations_loads_its_final_table(folder):
    result = run(folder, "customers_copy", sample_rows=50)
    assert result.passed, result.failures
    assert result.rows == {"customers_copy": 50}
    assert result.tests_run == 0


def test_consecutive_dry_runs_in_one_process(folder, tmp_path):
    results = [run(folder, name) for name in ("revenue", "category_quantity", "duplicates", "revenue")]
    assert [r.passed for r in results] == [True, True, False, True]
    assert results[0].rows == results[3].rows
    # (speed of later calls, which start from dbt's saved parse, is bench/generation_latency.py's: no timed assertion here)
    # dbt released the engine: this process can open another chDB folder
    client = clickhouse_connect.get_client(dsn=f"chdb://{tmp_path / 'other'}")
    try:
        assert client.command("SELECT 42") == 42
    finally:
        client.close()


def test_another_project_in_the_same_process(folder, tmp_path, shop_url, monkeypatch):
    monkeypatch.setenv("SHOP_DATABASE_URL", shop_url)
    other = load_project(make_project(tmp_path, "other", [AGGREGATE]))
    assert run(other, "revenue").passed
    assert run(folder, "revenue").passed


def test_source_and_real_warehouse_untouched(folder, shop):
    def counts():
        with shop.connect() as conn:
            return {t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in TABLES}

    before = counts()
    for name in ("revenue", "category_quantity", "customers_copy", "unknown_column"):
        run(folder, name)
    assert counts() == before
    assert not (folder.root / ".data" / "warehouse").exists()  # never the project's warehouse


def test_workdir_keeps_the_scratch_project(folder, tmp_path):
    result = run(folder, "revenue", workdir=tmp_path / "qa")
    assert result.passed, result.failures
    assert (tmp_path / "qa" / "dbt" / "models" / "dry" / "revenue" / "marts" / "revenue_by_region.sql").is_file()
    client = clickhouse_connect.get_client(dsn=f"chdb://{tmp_path / 'qa' / 'warehouse'}")
    try:
        assert client.command("SELECT count() FROM dry.revenue_by_region") == result.rows["revenue_by_region"]
    finally:
        client.close()


def test_unreachable_source_is_a_failure_not_an_exception(folder, monkeypatch):
    monkeypatch.setenv("SHOP_DATABASE_URL", "postgresql://postgres@127.0.0.1:1/shop")
    started = time.perf_counter()
    result = run(folder, "revenue")
    assert not result.passed
    [failure] = result.failures
    assert failure.check == "dry_run"
    assert failure.where == "source shop.orders"
    assert "Cannot connect to PostgreSQL at 127.0.0.1:1" in failure.message
    assert time.perf_counter() - started < 5
