"""The demo `shop` data has the properties the evaluation set relies on, deterministically."""

import psycopg

from ai_etl.demo_data import generate


def _one(conn, sql):
    return conn.execute(sql).fetchone()


def test_properties_of_the_eval_readme(shop):
    with shop.connect() as conn:
        customers, distinct_emails = _one(conn, "select count(*), count(distinct lower(email)) from customers")
        dup_share = 1 - distinct_emails / customers
        assert 0.01 <= dup_share <= 0.03, dup_share
        # those duplicates differ only in case
        assert _one(conn, "select count(distinct email) from customers")[0] == customers
        assert _one(conn, "select count(*) from customers where city is null")[0] > 0
        assert _one(conn, "select count(*) from customers where segment is null")[0] > 0
        assert _one(conn, "select count(*) from customers where full_name <> trim(full_name)")[0] > 0
        assert _one(conn, "select count(*) from customers where full_name ~ '[^\\x01-\\x7F]'")[0] > 0
        countries = {r[0] for r in conn.execute("select distinct country from customers")}
        assert {"Germany", "France", "United States", "Japan"} <= countries
        assert _one(conn, "select count(*) from customers c where not exists (select 1 from orders o where o.customer_id = c.id)")[0] > 0
        for table in ("orders", "sales_transactions"):
            zero, negative = _one(conn, f"select count(*) filter (where amount = 0), count(*) filter (where amount < 0) from {table}")
            assert zero > 0 and negative > 0
        low, high = _one(conn, "select min(created_at), max(created_at) from orders")
        assert low.year == 2023 and high.year == 2025
        years = {r[0] for r in conn.execute("select distinct extract(year from transaction_date)::int from sales_transactions")}
        assert years == {2023, 2024, 2025}
        assert {r[0] for r in conn.execute("select distinct status from orders")} == {"completed", "cancelled", "pending", "refunded"}
        assert {r[0] for r in conn.execute("select distinct segment from customers where segment is not null")} == {"consumer", "corporate", "home_office"}


def _checksum(url):
    with psycopg.connect(url) as conn:
        return _one(conn, "select md5(string_agg(o::text, ',' order by id)) from orders o")[0]


def test_same_seed_same_rows_other_seed_other_rows(pg_server):
    urls = [pg_server.start(name) for name in ("seed_a", "seed_b", "seed_c")]
    for url, seed in zip(urls, (7, 7, 8)):
        with psycopg.connect(url, autocommit=True) as conn:
            generate(conn, rows=500, seed=seed)
    a, b, c = (_checksum(u) for u in urls)
    assert a == b
    assert a != c


def test_rows_knob_scales_the_tables(pg_server):
    url = pg_server.start("sized")
    with psycopg.connect(url, autocommit=True) as conn:
        sizes = generate(conn, rows=1_234, seed=1)
        assert _one(conn, "select count(*) from orders")[0] == 1_234 == sizes.orders
        assert _one(conn, "select count(*) from order_items")[0] == sizes.order_items
