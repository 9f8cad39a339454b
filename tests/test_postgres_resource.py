"""PostgresResource against the embedded PostgreSQL server."""

import pytest

from ai_etl.errors import ConnectorError
from ai_etl.resources import PostgresResource


def test_introspection_reports_columns_types_keys_and_estimates(shop):
    tables = {t.name: t for t in shop.introspect()}
    assert set(tables) == {"customers", "products", "orders", "order_items", "sales_transactions", "users"}
    orders = tables["orders"]
    assert orders.primary_key == ["id"]
    assert orders.column("amount").data_type == "numeric(12,2)"
    assert orders.column("created_at").data_type == "timestamp with time zone"
    assert tables["customers"].column("city").nullable
    assert not tables["customers"].column("email").nullable
    assert orders.row_estimate > 0


def test_stream_arrow_returns_every_row_with_types(shop):
    batches = list(shop.stream_arrow("select id, amount, created_at from orders", batch_rows=500))
    with shop.connect() as conn:
        expected = conn.execute("select count(*) from orders").fetchone()[0]
    assert sum(b.num_rows for b in batches) == expected
    schema = batches[0].schema
    assert str(schema.field("amount").type).startswith("decimal128(12, 2)")
    assert "tz=" in str(schema.field("created_at").type)


def test_unknown_table_names_the_known_ones(shop):
    with pytest.raises(ConnectorError, match="does not exist.*sales_transactions"):
        shop.describe("sales")


def test_unreachable_server_is_one_clear_sentence():
    resource = PostgresResource(url="postgresql://postgres@127.0.0.1:1/shop")
    with pytest.raises(ConnectorError) as err:
        with resource.connect():
            pass
    message = str(err.value)
    assert message.startswith("Cannot connect to PostgreSQL at 127.0.0.1:1/shop")
    assert "\n" not in message
