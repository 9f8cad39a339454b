"""ClickHouseResource on chDB: open-use-close, Arrow inserts, the pull path, atomic loads, the single-process lock."""

import subprocess
import sys
import textwrap

import pyarrow as pa
import pytest

from ai_etl.errors import WarehouseLockedError
from ai_etl.loading import TableLayout, full_refresh_from_postgres, load_table, pg_columns
from ai_etl.spec import Load


def test_client_is_released_after_use(warehouse):
    with warehouse.get_client() as client:
        assert client.query("SELECT 1").result_rows == [(1,)]
    # a second process can open the folder once we closed it
    code = f"import clickhouse_connect; c = clickhouse_connect.get_client(dsn='chdb://{warehouse.embedded_path}'); print(c.query('SELECT 2').result_rows); c.close()"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "[(2,)]" in done.stdout


def test_second_process_gets_a_clear_message(warehouse):
    """chDB on disk is single-process: the second opener is told what to do."""
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, clickhouse_connect
            c = clickhouse_connect.get_client(dsn='chdb://{warehouse.embedded_path}')
            c.query('SELECT 1'); print('open', flush=True); sys.stdin.read()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(WarehouseLockedError, match="open in another process; wait"):
            with warehouse.get_client():
                pass
    finally:
        holder.communicate("")


def test_insert_arrow(warehouse):
    data = pa.table({"id": pa.array([1, 2, 3], pa.int64()), "name": ["a", "b", None]})
    with warehouse.get_client() as client:
        warehouse.ensure_database(client)
        client.command("CREATE TABLE analytics.t (id Int64, name Nullable(String)) ENGINE = MergeTree ORDER BY id")
        assert warehouse.insert_arrow(client, "t", data) == 3
        assert client.query("SELECT id, name FROM analytics.t ORDER BY id").result_rows == [(1, "a"), (2, "b"), (3, None)]


@pytest.mark.parametrize("transfer", ["pull", "arrow"])
def test_full_refresh_copies_rows_types_and_nulls(shop, warehouse, transfer):
    result = full_refresh_from_postgres(shop, warehouse, "customers", "analytics", "raw_customers", transfer)
    with shop.connect() as conn:
        expected = conn.execute("select count(*), count(city), sum(id) from customers").fetchone()
    with warehouse.get_client() as client:
        got = client.query("SELECT count(), count(city), sum(id) FROM analytics.raw_customers").result_rows[0]
        types = dict(client.query("SELECT name, type FROM system.columns WHERE database='analytics' AND table='raw_customers'").result_rows)
    assert result.rows == expected[0] and result.transfer == transfer
    assert tuple(got) == tuple(expected)
    assert types["city"] == "Nullable(String)" and types["email"] == "String"
    assert types["created_at"] == "DateTime64(6, 'UTC')"


def test_pull_and_arrow_give_identical_tables(shop, warehouse):
    for transfer in ("pull", "arrow"):
        full_refresh_from_postgres(shop, warehouse, "orders", "analytics", f"o_{transfer}", transfer)
    with warehouse.get_client() as client:
        diff = client.query(
            "SELECT count() FROM (SELECT * FROM analytics.o_pull EXCEPT SELECT * FROM analytics.o_arrow)"
        ).result_rows[0][0]
        amount = client.query("SELECT toString(sum(amount)) FROM analytics.o_pull").result_rows[0][0]
    with shop.connect() as conn:
        assert amount == str(conn.execute("select sum(amount) from orders").fetchone()[0])
    assert diff == 0


def test_failed_load_leaves_the_target_as_it_was(shop, warehouse):
    full_refresh_from_postgres(shop, warehouse, "products", "analytics", "raw_products")
    with warehouse.get_client() as client:
        before = client.query("SELECT count(), sum(id) FROM analytics.raw_products").result_rows

        def half_then_fail(staging: str, mark) -> None:
            client.command(f"INSERT INTO analytics.`{staging}` (id, sku, name, category, price, active) VALUES (1, 'x', 'x', 'x', 1, true)")
            raise RuntimeError("source went away mid-load")

        with pytest.raises(RuntimeError):
            layout = TableLayout(columns=pg_columns(shop.describe("products")), order_by=["id"])
            load_table(client, "analytics", "raw_products", layout, Load(), half_then_fail)
        after = client.query("SELECT count(), sum(id) FROM analytics.raw_products").result_rows
        leftovers = client.query("SELECT name FROM system.tables WHERE database='analytics' AND name LIKE '%ai_etl%'").result_rows
    assert after == before
    assert leftovers == []


def test_failed_pull_from_a_dropped_source_keeps_the_target(scratch_db, warehouse):
    with scratch_db.connect() as conn:
        conn.execute("create table src (id bigint primary key, v text)")
        conn.execute("insert into src select g, 'v' || g from generate_series(1, 100) g")
    full_refresh_from_postgres(scratch_db, warehouse, "src", "analytics", "raw_src", "pull")
    # the next load fails inside ClickHouse: the column it reads no longer exists in PostgreSQL
    with scratch_db.connect() as conn:
        conn.execute("alter table src add column w int")
    original_describe = scratch_db.describe("src")
    with scratch_db.connect() as conn:
        conn.execute("alter table src drop column w")
    with warehouse.get_client() as client:
        function = warehouse.postgres_table_function(scratch_db.address(), "src")
        layout = TableLayout(columns=pg_columns(original_describe), order_by=["id"])
        with pytest.raises(Exception):
            load_table(
                client, "analytics", "raw_src", layout, Load(),
                lambda s, mark: client.command(f"INSERT INTO analytics.`{s}` (id, v, w) SELECT id, v, w FROM {function}"),
            )
        assert client.query("SELECT count() FROM analytics.raw_src").result_rows == [(100,)]
