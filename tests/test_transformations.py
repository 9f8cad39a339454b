"""Every transformation type compiled to dbt, run on chDB, and compared with the same computation in PostgreSQL."""

import pytest

from ai_etl.dbt_codegen import compile_pipeline
from ai_etl.spec import Pipeline
from project_builder import make_project, materialize, normalized, pipeline, query

CASES = {
    # name: (pipeline, ClickHouse query over the final table, PostgreSQL reference query)
    "german_customers": (
        pipeline(
            "german_customers", {"table": "customers"}, "german_customers",
            transformations=[
                {"type": "select", "columns": ["id", {"name": "name", "from": "full_name"}, "country", {"name": "city", "cast": "Nullable(String)"}]},
                {"type": "rename", "columns": {"id": "customer_id"}},
                {"type": "filter", "condition": "country = 'Germany'"},
                {"type": "derive", "columns": [{"name": "clean_name", "expr": "trimBoth(name)"}, {"name": "name_length", "expr": "lengthUTF8(trimBoth(name))"}]},
                {"type": "cast", "columns": {"name_length": "Int64"}},
            ],
            load={"mode": "full_refresh", "key": ["id"]},
        ),
        "SELECT customer_id, name, city, clean_name, name_length FROM t.german_customers",
        "select id, full_name, city, trim(full_name), char_length(trim(full_name)) from customers where country = 'Germany'",
    ),
    "revenue_region_month": (
        pipeline(
            "revenue_region_month", {"table": "orders"}, "revenue_region_month",
            transformations=[
                {"type": "filter", "condition": "status = 'completed'"},
                {"type": "aggregate", "group_by": ["region", {"name": "month", "expr": "toDate(toStartOfMonth(created_at))"}],
                 "measures": [{"name": "revenue", "expr": "sum(amount)"}, {"name": "orders", "expr": "count()"}]},
            ],
        ),
        "SELECT region, month, revenue, orders FROM t.revenue_region_month",
        "select region, date_trunc('month', created_at at time zone 'UTC')::date, sum(amount), count(*) from orders where status = 'completed' group by 1, 2",
    ),
    "quantity_per_category": (
        pipeline(
            "quantity_per_category", {"table": "order_items"}, "quantity_per_category",
            transformations=[
                {"type": "join", "table": "products", "left_on": "product_id", "right_on": "id", "columns": ["category"]},
                {"type": "aggregate", "group_by": ["category"], "measures": [{"name": "quantity", "expr": "sum(quantity)"}]},
            ],
        ),
        "SELECT category, quantity FROM t.quantity_per_category",
        "select p.category, sum(oi.quantity) from order_items oi join products p on p.id = oi.product_id group by 1",
    ),
    "customers_without_orders": (
        pipeline(
            "customers_with_orders", {"table": "customers"}, "customers_with_orders",
            transformations=[
                {"type": "join", "table": "orders", "how": "left", "left_on": "id", "right_on": "customer_id", "columns": [{"name": "order_id", "from": "id"}]},
                {"type": "aggregate", "group_by": ["id"], "measures": [{"name": "orders", "expr": "count(order_id)"}]},
            ],
        ),
        "SELECT id, orders FROM t.customers_with_orders",
        "select c.id, count(o.id) from customers c left join orders o on o.customer_id = c.id group by 1",
    ),
    "completed_orders_per_customer_incl_none": (  # a left join narrowed by `where`: customers with no completed order count 0
        pipeline(
            "completed_per_customer", {"table": "customers"}, "completed_per_customer",
            transformations=[
                {"type": "join", "table": "orders", "how": "left", "left_on": "id", "right_on": "customer_id",
                 "columns": [{"name": "order_id", "from": "id"}], "where": "orders.status = 'completed'"},
                {"type": "aggregate", "group_by": ["id"], "measures": [{"name": "orders", "expr": "count(order_id)"}]},
            ],
        ),
        "SELECT id, orders FROM t.completed_per_customer",
        "select c.id, count(o.id) from customers c left join orders o on o.customer_id = c.id and o.status = 'completed' group by 1",
    ),
    "customers_never_buying_electronics": (
        pipeline(
            "never_electronics", {"table": "customers"}, "never_electronics",
            transformations=[
                {"type": "join", "table": "orders", "how": "anti", "left_on": "id", "right_on": "customer_id",
                 "through": [{"table": "order_items", "left_on": "orders.id", "right_on": "order_id"},
                             {"table": "products", "left_on": "order_items.product_id", "right_on": "id"}],
                 "where": "products.category = 'Electronics'"},
            ],
        ),
        "SELECT id FROM t.never_electronics",
        "select c.id from customers c where not exists (select 1 from orders o join order_items i on i.order_id = o.id"
        " join products p on p.id = i.product_id where o.customer_id = c.id and p.category = 'Electronics')",
    ),
    "customers_without_any_order_line": (  # two hops, no condition: 'books never borrowed' (no loan of any copy)
        pipeline(
            "no_lines", {"table": "customers"}, "no_lines",
            transformations=[
                {"type": "join", "table": "orders", "how": "anti", "left_on": "id", "right_on": "customer_id",
                 "through": [{"table": "order_items", "left_on": "orders.id", "right_on": "order_id"}]},
            ],
        ),
        "SELECT id FROM t.no_lines",
        "select c.id from customers c where not exists (select 1 from orders o join order_items i on i.order_id = o.id where o.customer_id = c.id)",
    ),
    "latest_order_per_customer": (
        pipeline(
            "latest_order", {"table": "orders"}, "latest_order",
            transformations=[{"type": "deduplicate", "key": ["customer_id"], "latest_by": "updated_at"}],
        ),
        "SELECT customer_id, updated_at FROM t.latest_order",
        "select customer_id, max(updated_at) from orders group by 1",
    ),
    "running_totals": (
        pipeline(
            "running_totals", {"table": "orders"}, "running_totals",
            transformations=[
                {"type": "window", "columns": [
                    {"name": "order_number", "function": "row_number()", "partition_by": ["customer_id"], "order_by": ["created_at", "id"]},
                    {"name": "running_amount", "function": "sum(amount)", "partition_by": ["customer_id"], "order_by": ["created_at", "id"]},
                ]},
            ],
            load={"key": ["id"]},
        ),
        "SELECT id, order_number, running_amount FROM t.running_totals",
        "select id, row_number() over w, sum(amount) over w from orders window w as (partition by customer_id order by created_at, id)",
    ),
    "orders_per_status_sql": (
        pipeline(
            "orders_per_status", {"table": "orders"}, "orders_per_status",
            transformations=[{"type": "sql", "sql": "select status, count() as n from {{ input }} group by status", "columns": ["status", "n"]}],
        ),
        "SELECT status, n FROM t.orders_per_status",
        "select status, count(*) from orders group by 1",
    ),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory, shop_url):
    """One project holding every case, materialized once (one dbt build)."""
    import os

    os.environ["SHOP_DATABASE_URL"] = shop_url
    root = tmp_path_factory.mktemp("transforms")
    project = make_project(root, "t", [spec for spec, _, _ in CASES.values()])
    result = materialize(project, raise_on_error=False)
    return project, result


@pytest.mark.parametrize("case", list(CASES))
def test_transformation_matches_postgres(built, shop, case):
    project, result = built
    assert result.success, [e.event_specific_data for e in result.all_events if e.is_failure]
    _, clickhouse_sql, postgres_sql = CASES[case]
    with shop.connect() as conn:
        expected = conn.execute(postgres_sql).fetchall()
    got = query(project, clickhouse_sql)
    assert len(got) == len(expected) > 0
    assert normalized(got) == normalized(expected)


def test_every_generated_test_passed(built):
    _, result = built
    evaluations = result.get_asset_check_evaluations()
    assert len(evaluations) >= 20
    assert [e.check_name for e in evaluations if not e.passed] == []
    names = {e.check_name for e in evaluations}
    assert any(n.startswith("ai_etl_row_count_matches") for n in names)
    assert any(n.startswith("unique_revenue_region_month") or n.startswith("ai_etl_unique_combination") for n in names)


def test_multi_pipeline_graph(built):
    from ai_etl.definitions import build_definitions

    project, _ = built
    defs = build_definitions(project, prepare=True)
    specs = {s.key.to_user_string(): s for s in defs.resolve_all_asset_specs()}
    deps = {k: {d.asset_key.to_user_string() for d in s.deps} for k, s in specs.items()}
    assert deps["t/marts/quantity_per_category"] == {"t/staging/stg_quantity_per_category__order_items", "t/staging/stg_quantity_per_category__products"}
    assert deps["t/staging/stg_quantity_per_category__products"] == {"t/raw/quantity_per_category__products"}
    assert deps["t/raw/quantity_per_category__products"] == {"t/source/shop__products"}
    assert deps["t/raw/latest_order__orders"] == {"t/source/shop__orders"}
    # one source asset per table, shared by the pipelines that read it
    assert len([k for k in specs if k.startswith("t/source/")]) == 4
    groups = {s.group_name for k, s in specs.items() if not k.startswith(("t/source/", "t/ops/"))}  # not the sources, nor telemetry's
    assert groups == {f"t__{spec['name']}" for spec, _, _ in CASES.values()}


def test_compilation_is_deterministic():
    for spec, _, _ in CASES.values():
        first = compile_pipeline("t", Pipeline.model_validate(spec), "t")
        second = compile_pipeline("t", Pipeline.model_validate(spec), "t")
        assert first.files == second.files and first.files
