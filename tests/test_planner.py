"""The Planner on its own: the offline model's semantic parser and the rule-based refusals, with a
fixed catalog (the demo shop's schema as the Schema Analyst reads it). The requests here are
worded differently from shared/eval on purpose: the parser must understand, not match strings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ai_etl.agents.contracts import Catalog
from ai_etl.agents.planner import check_request
from ai_etl.agents.schema_analyst import Refusal
from ai_etl.language.request_parser import parse_request

CATALOG = Catalog.model_validate(json.loads((Path(__file__).parent / "data" / "shop_catalog.json").read_text()))


def intent(request: str):
    return parse_request(request, CATALOG)


def conditions(found) -> set[tuple]:
    return {(c.column, c.op, json.dumps(c.value)) for c in found.conditions}


@pytest.mark.parametrize(
    ("request_text", "table", "cron"),
    [
        ("Copy the clients table to ClickHouse every night at 3", "customers", "0 3 * * *"),
        ("Bring over all purchases from Postgres hourly", "orders", "0 * * * *"),
        ("Replicate users into the warehouse every 5 minutes", "users", "*/5 * * * *"),
        ("I need the order items in ClickHouse, refreshed every 2 hours", "order_items", "0 */2 * * *"),
        ("Sync payments every Sunday at 11 pm", "sales_transactions", "0 23 * * 0"),
        ("Выгружать пользователей в ClickHouse каждый день в 5:30", "users", "30 5 * * *"),
        ("Загружать заказы вручную", "orders", None),
    ],
)
def test_main_table_and_schedule_from_many_wordings(request_text, table, cron):
    found = intent(request_text)
    assert found.refusal is None
    assert (found.main_table, found.cron) == (table, cron)


def test_filters_from_values_booleans_years_and_comparisons():
    found = intent("Cancelled orders in EUR from 2024 with an amount above 100")
    assert conditions(found) == {
        ("orders.status", "=", '"cancelled"'),
        ("orders.currency", "=", '"EUR"'),
        ("orders.created_at", "year", "2024"),
        ("orders.amount", ">", "100"),
    }
    assert conditions(intent("Inactive users from France")) == {("users.is_active", "is_false", "null"), ("users.country", "=", '"France"')}


def test_short_values_need_capitals_or_their_column_so_plain_words_are_not_filters():
    assert conditions(intent("Send us the orders daily")) == set()  # 'us' is a pronoun here
    assert conditions(intent("Orders of the US region")) == {("orders.region", "=", '"us"')}


def test_aggregates_with_grains_and_a_dimension_from_another_table():
    found = intent("How many items were sold per product category and week?")
    assert found.main_table == "order_items"
    assert [(g.column, g.grain) for g in found.group_by] == [("products.category", None), ("orders.created_at", "week")]
    assert [m.function for m in found.measures] == ["count"]

    found = intent("Sum of order amounts per region for refunded orders")
    assert [(m.function, m.column) for m in found.measures] == [("sum", "orders.amount")]
    assert [g.column for g in found.group_by] == ["orders.region"]
    assert conditions(found) == {("orders.status", "=", '"refunded"')}


def test_revenue_means_the_money_column_or_quantity_times_price():
    assert intent("Revenue per currency").measures[0].column == "orders.amount"
    assert intent("Revenue of the order items per product category").measures[0].column == (
        "order_items.quantity * order_items.unit_price"
    )


def test_per_customer_groups_by_the_reference_and_names_each_group():
    found = intent("Total amount each customer spent on completed orders")
    assert found.main_table == "orders"
    assert [g.column for g in found.group_by] == ["orders.customer_id", "customers.full_name"]
    assert [g.column for g in intent("Orders per customer_id").group_by] == ["orders.customer_id"]  # the column said: no name


def test_target_names_load_modes_and_related_columns():
    found = intent("Load orders into ClickHouse table 'orders_copy' incrementally by updated_at")
    assert (found.target_table, found.load_mode, found.cursor) == ("orders_copy", "incremental", "updated_at")
    found = intent("Keep the customers table in sync with updates, upsert by id, every 10 minutes")
    assert (found.load_mode, found.key) == ("upsert", ["id"])
    found = intent("Sales transactions together with the customer country")
    assert found.extra_columns == ["customers.country"]


def test_cleaning_and_deduplication():
    found = intent("Load customers with emails lowercased, and deduplicate them by email keeping the latest record")
    assert [(d.function, d.columns) for d in found.derive] == [("lower", ["customers.email"])]
    assert found.dedupe and found.dedupe.key == ["customers.email"] and found.dedupe.latest_by == "customers.updated_at"


def test_anti_join():
    assert intent("Customers without any orders").exclude_related == "orders"


@pytest.mark.parametrize(
    ("request_text", "says"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("x" * 100_000, "characters long"),
        ("Drop the orders table in PostgreSQL", "only reads sources"),
        ("Delete cancelled orders from Postgres", "only reads sources"),
        ("Load orders daily; also run DROP DATABASE shop", "only reads sources"),
        ("Load orders daily; select pg_sleep(100)", "SQL statements"),
        ("Удалить таблицу заказов", "only reads sources"),
    ],
)
def test_rule_based_refusals_before_any_model(request_text, says):
    with pytest.raises(Refusal, match=says):
        check_request(request_text)


@pytest.mark.parametrize(
    ("request_text", "says"),
    [
        ("Move some data", "does not say which data"),
        ("Load orders at 25:00", "not a time of day"),
        ("Stream orders in real time every hour", "real-time"),
        ("Load orders every 7 minutes", "does not divide the hour"),
    ],
)
def test_the_offline_model_refuses_vague_or_impossible_requests(request_text, says):
    found = intent(request_text)
    assert found.refusal and says in found.refusal


def test_a_table_the_source_lacks_is_reported_not_guessed():
    found = intent("Load the invoices table to ClickHouse daily")
    assert found.main_table is None and "invoices" in found.unknown_tables


@pytest.mark.parametrize(
    "request_text",
    [
        "Load orders daily, the password is hunter2",
        "Load orders from postgresql://etl:s3cret@db:5432/shop every hour",
        "Copy customers nightly. API key: 8f14e45fceea167a5a36dedd4bea2543",
        "Load orders, token=ghp_abcdefghijklmnop",
        "Use AKIAIOSFODNN7EXAMPLE to read the S3 files daily",
        "Загрузи заказы, пароль: qwerty123",
        "Load orders, the password is letmein",
        'Load orders, my password is "correct horse"',
    ],
)
def test_a_secret_in_a_request_is_refused_and_never_repeated(request_text):
    with pytest.raises(Refusal, match="secrets belong in environment variables") as refused:
        check_request(request_text)
    for secret in ("hunter2", "s3cret", "8f14e45f", "ghp_", "AKIA", "qwerty", "letmein", "horse"):
        assert secret not in str(refused.value)


@pytest.mark.parametrize(
    "request_text",
    [
        "Load the password_resets table daily",
        "Load users whose api key is null",
        "Count tokens per session: token count is in the events table",
        "Load the secret_santa table from postgresql://db:5432/shop",
        "Load the users table; the password is hashed with bcrypt, skip it",
        "Copy accounts where token is the session id column",
        "Load devices daily, the access key is stored in the keys table",
        "Export sessions, token - expires_at tells when it ends",
        "Загрузи заказы, где пароль - хешированный",
    ],
)
def test_words_about_secrets_that_carry_none_are_not_refused(request_text):
    check_request(request_text)  # no exception


def test_a_semicolon_in_prose_is_not_a_statement():
    check_request("Load contacts files; signed_on has mixed date formats")  # no exception


@pytest.mark.parametrize(
    "request_text",
    [
        "Top 5 members by visits in 2025; update it twice a day, at noon and 6pm",  # refused as SQL before
        "How much money have drop-ins brought in at each club?",  # refused as destructive before
        "Load parcels; select the ones with a drop-off note",
        "Copy the accounts whose soft-delete flag is false",
        "Pull the grant applications we are still waiting to hear back on",  # refused as destructive before
        "What percentage of our planned match days did the rain wipe out, year by year?",  # refused as destructive before
        "which shipments did the flood destroy in 2025",
    ],
)
def test_words_of_destructive_statements_in_prose_are_not_refused(request_text):
    check_request(request_text)  # no exception


@pytest.mark.parametrize(
    "request_text",
    ["Load x; update orders set amount = 0", "Load x; select * from pg_user", "Load x; delete from orders", "Load x; create table t (a int)",
     "Load orders and grant select on orders to public"],
)
def test_statements_after_a_semicolon_are_refused(request_text):
    with pytest.raises(Refusal, match="SQL statements|only reads sources"):
        check_request(request_text)


@pytest.mark.parametrize("request_text", ["can you wipe the orders table", "did the weather go well? now wipe out the match days", "Delete the old orders"])
def test_a_destructive_command_is_refused_beside_a_question(request_text):
    """A guard of the destructive verb said of another subject ('did the rain wipe out'): a command is still refused."""
    with pytest.raises(Refusal, match="SQL statements|only reads sources"):
        check_request(request_text)


def test_each_grain_is_a_schedule_only_when_the_schedule_reads_it_so():
    grouped = intent("How many users signed up each month?")
    assert grouped.cron is None and [(g.column, g.grain) for g in grouped.group_by] == [("users.signup_date", "month")]
    scheduled = intent("Each day at 02:00, sync the orders table from Postgres")
    assert scheduled.cron == "0 2 * * *" and scheduled.group_by == [] and scheduled.measures == []
