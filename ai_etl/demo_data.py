"""The demo `shop` database: the schema of ../shared/eval/README.md, filled deterministically from a seed.

Values come from `hashtextextended(row, seed)` inside PostgreSQL, so any size generates at server
speed and the same seed gives the same rows whatever the plan. The data is messy on purpose:
NULL city/segment, zero and negative amounts, e-mails repeated in another case, names with
surrounding spaces and non-ASCII letters, customers without orders.
"""

from __future__ import annotations

import psycopg
from pydantic import BaseModel

SCHEMA = """
create table customers (
  id bigint primary key, email text not null, full_name text not null, country text not null,
  city text, segment text, created_at timestamptz not null, updated_at timestamptz not null);
create table products (
  id bigint primary key, sku text not null, name text not null, category text not null,
  price numeric(12,2) not null, active boolean not null);
create table orders (
  id bigint primary key, customer_id bigint not null references customers, status text not null,
  amount numeric(12,2) not null, currency text not null, region text not null,
  created_at timestamptz not null, updated_at timestamptz not null);
create table order_items (
  id bigint primary key, order_id bigint not null references orders,
  product_id bigint not null references products, quantity int not null, unit_price numeric(12,2) not null);
create table sales_transactions (
  id bigint primary key, customer_id bigint not null, amount numeric(12,2) not null, status text not null,
  region text not null, transaction_date date not null);
create table users (
  id bigint primary key, email text not null, name text not null, signup_date date not null,
  country text not null, is_active boolean not null);
"""

TABLES = ["order_items", "orders", "sales_transactions", "users", "products", "customers"]

FIRST_NAMES = ["Anna", "José", "Zoë", "Jürgen", "Björn", "François", "Søren", "Łukasz", "Ömer", "Yuki",
               "Maria", "John", "Chloé", "Mateo", "Aiko", "Liam", "Noémie", "Sven", "Emma", "Hiro"]
LAST_NAMES = ["Müller", "García", "Smith", "Dubois", "Tanaka", "Nowak", "Øster", "Rossi", "Brown",
              "Çelik", "Schröder", "Lefèvre", "Sato", "Johnson", "Núñez", "Wang"]
COUNTRY_CITIES = {
    "Germany": ["Berlin", "München", "Köln"],
    "France": ["Paris", "Lyon", "Nice"],
    "United States": ["New York", "Austin", "Seattle"],
    "Japan": ["Tokyo", "Ōsaka", "Kyoto"],
    "United Kingdom": ["London", "Leeds", "Bristol"],
    "Spain": ["Madrid", "Málaga", "Sevilla"],
    "Brazil": ["São Paulo", "Rio de Janeiro", "Brasília"],
    "India": ["Mumbai", "Delhi", "Pune"],
}
CATEGORIES = ["Electronics", "Books", "Home", "Toys", "Sports", "Clothing", "Beauty", "Grocery"]


class DemoSizes(BaseModel):
    """Row counts derived from the size of `orders` (the `--rows` knob)."""

    orders: int
    customers: int
    products: int
    order_items: int
    sales_transactions: int
    users: int

    @classmethod
    def for_rows(cls, rows: int) -> DemoSizes:
        rows = max(rows, 100)
        customers = max(rows // 5, 50)
        return cls(
            orders=rows,
            customers=customers,
            products=max(min(rows // 100, 5_000), 40),
            order_items=rows * 2,
            sales_transactions=rows,
            users=customers,
        )


def _arr(values: list[str]) -> str:
    return "array[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


class _Random:
    """SQL snippets of deterministic pseudo-random values for row `g`."""

    def __init__(self, seed: int):
        self.seed = seed

    def int(self, salt: str, n: int) -> str:
        """0 <= value < n."""
        return f"(abs(hashtextextended(g::text || ':{salt}', {self.seed})) % {n})"

    def unit(self, salt: str) -> str:
        return f"({self.int(salt, 1_000_000)} / 1000000.0)"

    def pick(self, salt: str, values: list[str]) -> str:
        return f"({_arr(values)})[1 + {self.int(salt, len(values))}]"

    def weighted(self, salt: str, weights: dict[str, int]) -> str:
        """A CASE over cumulative percentages."""
        cases, total = [], 0
        for value, weight in weights.items():
            total += weight
            cases.append(f"when {self.int(salt, 100)} < {total} then '{value}'")
        return "(case " + " ".join(cases) + " end)"

    def timestamp(self, salt: str) -> str:
        """Spread over 2023-01-01 .. 2025-12-31 UTC, to the second."""
        return f"(timestamptz '2023-01-01 00:00:00+00' + ({self.int(salt, 1095 * 86400)}) * interval '1 second')"


def generate(conn: psycopg.Connection, rows: int = 10_000, seed: int = 42) -> DemoSizes:
    """Drop and recreate the six demo tables in one transaction (all or nothing)."""
    sizes = DemoSizes.for_rows(rows)
    r = _Random(seed)
    countries = list(COUNTRY_CITIES)
    cities = [c for country in countries for c in COUNTRY_CITIES[country]]
    name = f"({r.pick('first', FIRST_NAMES)} || ' ' || {r.pick('last', LAST_NAMES)})"
    padded_name = f"(case when {r.int('pad', 100)} < 5 then '  ' || {name} || ' ' else {name} end)"
    country_idx = r.int("country", len(countries))
    # the city belongs to the customer's country: three cities per country, in order
    city = f"({_arr(cities)})[1 + {country_idx} * 3 + {r.int('city', 3)}]"
    with_orders = max(int(sizes.customers * 0.85), 1)  # the last 15% of customers never order
    money = lambda salt, low, high: (  # noqa: E731
        f"round(({low} + {r.unit(salt)} * {high - low})::numeric, 2)"
    )
    amount = (
        f"(case when {r.int('amount_kind', 100)} < 3 then 0 "
        f"when {r.int('amount_kind', 100)} < 5 then -{money('neg', 1, 200)} "
        f"else {money('amount', 1, 2000)} end)"
    )
    statements = [
        f"insert into customers select g, "
        f"(case when g > 1 and {r.int('dup', 50)} = 0 then upper('user' || (g - 1) || '@example.com') "
        f"else 'user' || g || '@example.com' end), "
        f"{padded_name}, ({_arr(countries)})[1 + {country_idx}], "
        f"case when {r.int('city_null', 100)} < 8 then null else {city} end, "
        f"case when {r.int('seg_null', 100)} < 10 then null else {r.pick('segment', ['consumer', 'corporate', 'home_office'])} end, "
        f"{r.timestamp('created')}, {r.timestamp('created')} + {r.int('upd', 200)} * interval '1 day' "
        f"from generate_series(1, {sizes.customers}) g",
        f"insert into products select g, 'SKU-' || lpad(g::text, 6, '0'), "
        f"{r.pick('adj', ['Compact', 'Deluxe', 'Eco', 'Smart', 'Classic', 'Ultra'])} || ' ' || "
        f"{r.pick('noun', ['Lamp', 'Chair', 'Phone', 'Novel', 'Ball', 'Jacket', 'Cream', 'Coffee', 'Kettle'])} || ' ' || g, "
        f"{r.pick('category', CATEGORIES)}, {money('price', 1, 500)}, {r.int('active', 100)} < 80 "
        f"from generate_series(1, {sizes.products}) g",
        f"insert into orders select g, 1 + {r.int('customer', with_orders)}, "
        f"{r.weighted('status', {'completed': 60, 'pending': 15, 'cancelled': 15, 'refunded': 10})}, "
        f"{amount}, {r.pick('currency', ['USD', 'EUR', 'GBP'])}, {r.pick('region', ['eu', 'us', 'apac'])}, "
        f"{r.timestamp('created')}, {r.timestamp('created')} + {r.int('upd', 30 * 86400)} * interval '1 second' "
        f"from generate_series(1, {sizes.orders}) g",
        f"insert into order_items select g, 1 + {r.int('order', sizes.orders)}, 1 + {r.int('product', sizes.products)}, "
        f"1 + {r.int('qty', 5)}, {money('unit_price', 1, 500)} "
        f"from generate_series(1, {sizes.order_items}) g",
        f"insert into sales_transactions select g, 1 + {r.int('customer', sizes.customers)}, {amount}, "
        f"{r.weighted('status', {'completed': 75, 'failed': 15, 'refunded': 10})}, "
        f"{r.pick('region', ['eu', 'us', 'apac'])}, ({r.timestamp('date')})::date "
        f"from generate_series(1, {sizes.sales_transactions}) g",
        f"insert into users select g, 'member' || g || '@example.org', {padded_name}, ({r.timestamp('signup')})::date, "
        f"({_arr(countries)})[1 + {country_idx}], {r.int('active', 100)} < 85 "
        f"from generate_series(1, {sizes.users}) g",
    ]
    with conn.transaction():
        conn.execute("set local max_parallel_workers_per_gather = 0")
        conn.execute("drop table if exists " + ", ".join(TABLES) + " cascade")
        conn.execute(SCHEMA)
        for statement in statements:
            conn.execute(statement)
    conn.execute("analyze")
    return sizes
