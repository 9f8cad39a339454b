"""The evaluation's row comparison and case file: each test pins a rule of the eval README."""

from __future__ import annotations

import datetime as dt
import itertools
import random
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from ai_etl.errors import UserError
from ai_etl.evaluation.cases import load_cases, same_cron_meaning
from ai_etl.evaluation.compare import (
    compare_rows,
    fetch_actual,
    fetch_expected,
    normalize,
    values_equal,
)

REQUESTS = Path("/work/shared/eval/requests.yaml")
UTC = dt.UTC


def ok(expected_columns, expected_rows, actual_columns, actual_rows) -> bool:
    return compare_rows(expected_columns, expected_rows, actual_columns, actual_rows).ok


# ------------------------------------------------------------------ columns


def test_renamed_and_reordered_columns_match():
    result = compare_rows(
        ["status", "count"], [("completed", 3), ("pending", 1)],
        ["n_orders", "order_status"], [(1, "pending"), (3, "completed")],
    )
    assert result.ok, result.message
    assert result.mapping == {"status": "order_status", "count": "n_orders"}
    assert result.positions == [1, 0]


def test_extra_table_columns_are_allowed_but_missing_ones_are_not():
    assert ok(["a"], [(1,), (2,)], ["id", "a", "loaded_at"], [(9, 1, "x"), (8, 2, "y")])
    result = compare_rows(["a", "b"], [(1, 2)], ["a"], [(1,)])
    assert not result.ok and "expected 2 columns" in result.message


def test_repeated_expected_names_work_by_position():
    result = compare_rows(["sum", "sum"], [(1, 10), (2, 20)], ["x", "y"], [(20, 2), (10, 1)])
    assert result.ok, result.message
    assert result.mapping == {"sum#1": "y", "sum#2": "x"}


def test_two_expected_columns_need_distinct_table_columns():
    result = compare_rows(["a", "a_copy"], [(1, 1), (2, 2)], ["x", "other"], [(1, "p"), (2, "q")])
    assert not result.ok
    assert "distinct" in result.message and "`x`" in result.message
    # with a second column holding the same values it passes
    assert ok(["a", "a_copy"], [(1, 1), (2, 2)], ["x", "y"], [(1, 1), (2, 2)])


def test_no_matching_column_names_the_closest():
    expected = [(i, Decimal(i) / 4) for i in range(20)]
    actual = [(i, float(i) / 4 + (1 if i < 3 else 0)) for i in range(20)]
    result = compare_rows(["customer_id", "sum"], expected, ["customer_id", "total_amount"], actual)
    assert not result.ok
    assert result.message == (
        "no column of the table holds the values of expected column 2 `sum` "
        "(closest: `total_amount`, 3 of 20 rows differ)"
    )


# --------------------------------------------------------------------- rows


def test_row_count_must_be_equal():
    result = compare_rows(["a"], [(1,), (2,), (3,)], ["a"], [(1,), (2,)])
    assert not result.ok and result.message == "expected 3 rows, the table has 2"


def test_one_differing_value_fails():
    expected = [(i, f"name {i}") for i in range(50)]
    actual = [(i, f"name {i}" if i != 17 else "name 17 ") for i in range(50)]
    result = compare_rows(["id", "name"], expected, ["id", "name"], actual)
    assert not result.ok and "`name`" in result.message and "1 of 50 rows differ" in result.message


def test_duplicate_rows_count_as_a_multiset():
    assert ok(["a", "b"], [(1, "x"), (1, "x"), (2, "y")], ["a", "b"], [(2, "y"), (1, "x"), (1, "x")])
    # same row count and same distinct rows, but different multiplicities
    assert not ok(["a", "b"], [(1, "x"), (1, "x"), (2, "y")], ["a", "b"], [(1, "x"), (2, "y"), (2, "y")])


def test_columns_matching_one_by_one_but_not_row_for_row_fail():
    expected = [("eu", 10), ("us", 20), ("apac", 30)]
    actual = [("eu", 20), ("us", 10), ("apac", 30)]
    result = compare_rows(["region", "count"], expected, ["region", "count"], actual)
    assert not result.ok
    assert result.message.startswith("columns match one by one but not row for row")
    assert "2 of 3 expected rows" in result.message


def test_ambiguous_columns_are_resolved_by_the_rows():
    # four 0/1 columns with the same multiset: only one assignment matches row for row
    rng = random.Random(7)
    base = [0, 1] * 50
    columns = [rng.sample(base, len(base)) for _ in range(4)]
    expected = list(zip(*columns))
    actual = [tuple(reversed(row)) for row in expected]
    result = compare_rows(["a", "b", "c", "d"], expected, ["w", "x", "y", "z"], actual)
    assert result.ok, result.message
    assert result.positions == [3, 2, 1, 0]


def test_empty_result_matches_an_empty_table_with_enough_columns():
    assert ok(["a", "b"], [], ["b", "a", "c"], [])
    assert not ok(["a", "b"], [], ["a"], [])


# ------------------------------------------------------------------- values


def test_numeric_tolerance():
    assert ok(["x"], [(Decimal("10.00"),)], ["x"], [(10.004,)])
    assert not ok(["x"], [(Decimal("10.00"),)], ["x"], [(10.006,)])
    assert ok(["x"], [(Decimal("0.00"),)], ["x"], [(0.005,)])  # "within" includes the bound
    # large numbers: 1e-9 relative
    assert ok(["x"], [(Decimal("1234567890123.00"),)], ["x"], [(1234567890123.0 + 1000,)])
    assert not ok(["x"], [(Decimal("1234567890123.00"),)], ["x"], [(1234567890123.0 + 2000,)])


def test_decimal_equals_float_and_int():
    assert ok(["a", "b"], [(Decimal("12.50"), Decimal(3))], ["a", "b"], [(12.5, 3)])
    assert ok(["avg"], [(Decimal("33.333333333333333333"),)], ["avg"], [(33.333333333333336,)])


def test_tolerance_does_not_depend_on_row_order():
    # sorting by the tolerant column puts these rows in different orders on the two sides
    expected = [(Decimal("1.000"), "b"), (Decimal("1.001"), "a")]
    actual = [(1.003, "b"), (0.999, "a")]
    assert ok(["v", "k"], expected, ["v", "k"], actual)
    # values that chain beyond the tolerance still need a real pairing
    expected = [(Decimal("1.000"), "a"), (Decimal("1.004"), "b"), (Decimal("1.008"), "c")]
    assert ok(["v", "k"], expected, ["v", "k"], [(1.003, "a"), (1.007, "b"), (1.004, "c")])
    assert not ok(["v", "k"], expected, ["v", "k"], [(1.008, "a"), (1.004, "b"), (1.000, "c")])


def _brute_force(expected, actual, n_exp, n_act) -> bool:
    """Every injective column assignment times every row permutation: the rule, literally."""
    exp = [[normalize(v) for v in row] for row in expected]
    act = [[normalize(v) for v in row] for row in actual]
    return any(
        all(values_equal(exp[r][i], act[p][j]) for r, p in enumerate(perm) for i, j in enumerate(cols))
        for cols in itertools.permutations(range(n_act), n_exp)
        for perm in itertools.permutations(range(len(act)))
    )


def test_agrees_with_brute_force_on_values_that_chain_within_tolerance():
    # steps of 0.003 chain beyond 0.005, so equality is not transitive and sorting can mislead
    rng = random.Random(11)
    pool = [1.000, 1.003, 1.006, 1.009, None, "a"]
    verdicts = Counter()
    for _ in range(400):
        n_rows, n_exp, n_act = rng.randint(1, 5), rng.randint(1, 2), rng.randint(2, 3)
        expected = [tuple(Decimal(str(v)) if isinstance(v, float) else v for v in rng.choices(pool[:5], k=n_exp))
                    for _ in range(n_rows)]
        actual = [tuple(rng.choices(pool, weights=[4, 4, 4, 4, 1, 1], k=n_act)) for _ in range(n_rows)]
        if rng.random() < 0.5:  # make a match likely: jitter a copy of the expected rows
            actual = [tuple(float(v) + rng.choice([-0.003, 0, 0.003]) if isinstance(v, Decimal) else v for v in row)
                      + (rng.choice(pool),) * (n_act - n_exp) for row in expected]
            actual = [tuple(float(v) if isinstance(v, Decimal) else v for v in row) for row in actual]
            rng.shuffle(actual)
        want = _brute_force(expected, actual, n_exp, n_act)
        got = compare_rows([f"e{i}" for i in range(n_exp)], expected, [f"a{j}" for j in range(n_act)], actual)
        assert got.ok == want, (expected, actual, got.message)
        verdicts[want] += 1
    assert verdicts[True] > 50 and verdicts[False] > 50


def test_bool_and_zero_one_flags():
    assert ok(["active"], [(True,), (False,)], ["active"], [(0,), (1,)])
    assert ok(["active"], [(True,), (False,)], ["active"], [(False,), (True,)])
    assert not ok(["active"], [(True,), (True,)], ["active"], [(1,), (0,)])


def test_timestamps_compare_as_utc_to_the_second():
    aware = dt.datetime(2024, 3, 1, 12, 30, 5, tzinfo=UTC)
    berlin = aware.astimezone(dt.timezone(dt.timedelta(hours=1)))
    assert ok(["t"], [(aware,)], ["t"], [(dt.datetime(2024, 3, 1, 12, 30, 5),)])  # naive is UTC
    assert ok(["t"], [(aware,)], ["t"], [(berlin,)])
    assert ok(["t"], [(aware,)], ["t"], [(dt.datetime(2024, 3, 1, 12, 30, 5, 999_000),)])
    assert not ok(["t"], [(aware,)], ["t"], [(dt.datetime(2024, 3, 1, 12, 30, 6),)])
    # a naive value in local time is not the same instant
    assert not ok(["t"], [(aware,)], ["t"], [(berlin.replace(tzinfo=None),)])


def test_midnight_timestamp_equals_its_date_and_nothing_else_does():
    day = dt.date(2024, 3, 1)
    assert ok(["d"], [(day,)], ["d"], [(dt.datetime(2024, 3, 1, tzinfo=UTC),)])
    assert ok(["d"], [(dt.datetime(2024, 3, 1, tzinfo=UTC),)], ["d"], [(day,)])
    assert not ok(["d"], [(day,)], ["d"], [(dt.datetime(2024, 3, 1, 0, 0, 1),)])
    assert not ok(["d"], [(day,)], ["d"], [(dt.datetime(2024, 3, 2),)])


def test_a_time_of_day_equals_postgresqls_text_of_it():
    """The warehouse keeps a `time` column as PostgreSQL's text of it (ClickHouse servers before 25.6 have no Time type);
    before, every row differed (a `time` was compared with its text as another kind)."""
    assert ok(["t"], [(dt.time(9, 30),), (dt.time(17, 45, 0, 500_000),)], ["t"], [("09:30:00",), ("17:45:00.5",)])
    assert not ok(["t"], [(dt.time(9, 30),)], ["t"], [("09:30",)])
    assert not ok(["t"], [(dt.time(9, 30),)], ["t"], [("09:30:01",)])


def test_null_equals_null_only():
    assert ok(["city"], [(None,), ("Paris",)], ["city"], [("Paris",), (None,)])
    assert not ok(["city"], [(None,)], ["city"], [("",)])
    assert not ok(["n"], [(None,)], ["n"], [(0,)])


def test_text_compares_exactly():
    assert not ok(["s"], [("Ana",)], ["s"], [(" Ana",)])
    assert not ok(["s"], [("Ana",)], ["s"], [("ana",)])
    assert not ok(["s"], [("1",)], ["s"], [(1,)])


def test_ten_thousand_rows_are_fast():
    rng = random.Random(3)
    start = dt.datetime(2023, 1, 1, tzinfo=UTC)
    expected = [
        (i, rng.choice(["eu", "us", "apac"]), Decimal(rng.randint(-1000, 100_000)) / 100,
         start + dt.timedelta(seconds=rng.randint(0, 10**8)), rng.randint(0, 5), rng.randint(0, 5),
         None if i % 7 else "x", dt.date(2023, 1, 1) + dt.timedelta(days=i % 900))
        for i in range(10_000)
    ]
    actual = [
        tuple(float(v) if isinstance(v, Decimal) else v.replace(tzinfo=None) if isinstance(v, dt.datetime) else v
              for v in reversed(row)) + ("extra",)
        for row in expected
    ]
    rng.shuffle(actual)
    began = time.perf_counter()
    result = compare_rows([f"c{i}" for i in range(8)], expected, [f"x{i}" for i in range(9)], actual)
    assert result.ok, result.message
    assert result.positions == [7, 6, 5, 4, 3, 2, 1, 0]
    assert time.perf_counter() - began < 10


# -------------------------------------------------------------------- cron


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("0 2 * * *", "0 2 * * *", True),
        ("0 2 * * *", "00 02 * * *", True),
        ("0 2 * * *", "0 2 * * 0-6", True),
        ("0 2 * * 0", "0 2 * * 7", True),
        ("*/15 * * * *", "0,15,30,45 * * * *", True),
        ("0 2 * * *", "0 3 * * *", False),
        ("0 2 * * *", "0 2 * * 1", False),
        ("0 * * * *", "0 */2 * * *", False),
        ("0 2 * * *", None, False),
        (None, "0 2 * * *", False),
        (None, None, True),
        ("not a cron", "not a cron", False),
    ],
)
def test_same_cron_meaning(a, b, same):
    assert same_cron_meaning(a, b) is same


# --------------------------------------------------------------- case file


def test_the_real_case_file_loads():
    cases = load_cases(REQUESTS).cases
    assert len(cases) == 32
    refusals = [c for c in cases if c.expect.error]
    assert refusals and all(c.expect.rows_sql is None for c in refusals)
    assert all(c.expect.rows_sql for c in cases if not c.expect.error)
    by_id = {c.id: c for c in cases}
    assert by_id["orders_per_status_on_demand"].expect.schedule is None
    assert by_id["users_to_named_table"].expect.target_table == "users_analytics"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("cases: [", "not valid YAML"),
        ("- id: x", "`cases` list"),
        ("cases:\n  - id: a\n    request: r\n    expect: {schedule: '0 2 * * *'}\n", "case 1 (`a`)"),
        (
            (
                "cases:\n  - id: a\n    request: r\n    expect: {error: true}\n  - id: b\n    request: r\n"
                "    expect: {schedule: 'daily', rows_sql: 'select 1'}\n"
            ),
            "case 2 (`b`), field `expect.schedule`",
        ),
        ("cases:\n  - id: a\n    request: r\n    expect: {error: true, colour: red}\n", "field `expect.colour`"),
        ("cases:\n  - {id: a, request: r, expect: {error: true}}\n  - {id: a, request: s, expect: {error: true}}\n",
         "more than once"),
    ],
)
def test_a_malformed_case_file_is_one_sentence(tmp_path, text, fragment):
    path = tmp_path / "requests.yaml"
    path.write_text(text)
    with pytest.raises(UserError) as caught:
        load_cases(path)
    message = str(caught.value)
    assert fragment in message and str(path) in message
    assert "\n" not in message


def test_a_missing_case_file_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        load_cases(tmp_path / "nope.yaml")


# ------------------------------------------------------------ real engines


def test_fetch_expected_against_itself(shop_url):
    sql = "select status, count(*) from orders group by status"
    columns, rows = fetch_expected(shop_url, sql)
    assert columns == ["status", "count"] and len(rows) == 4
    result = compare_rows(columns, rows, ["n", "order_status"], [(c, s) for s, c in reversed(rows)])
    assert result.ok, result.message
    assert not compare_rows(columns, rows, columns, rows[:-1]).ok


def test_fetch_expected_reads_timestamps_in_utc_and_cannot_write(shop_url):
    _, rows = fetch_expected(shop_url, "select created_at, amount from orders order by id limit 5")
    assert all(row[0].utcoffset() == dt.timedelta(0) for row in rows)
    assert all(isinstance(row[1], Decimal) for row in rows)
    with pytest.raises(UserError, match="read-only"):
        fetch_expected(shop_url, "delete from orders returning id")
    assert fetch_expected(shop_url, "select count(*) from orders")[1][0][0] > 0
    with pytest.raises(UserError, match="fails in PostgreSQL"):
        fetch_expected(shop_url, "select * from invoices")


def test_fetch_actual_from_chdb_matches_the_reference(shop_url, warehouse):
    columns, rows = fetch_expected(shop_url, "select id, amount, created_at, status from orders order by id limit 300")
    with warehouse.get_client() as client:
        warehouse.ensure_database(client)
        client.command(
            "CREATE TABLE analytics.`orders copy` (order_status String, created DateTime('UTC'), "
            "amount_usd Decimal(12, 2), order_id UInt64, loaded_at DateTime) ENGINE = MergeTree ORDER BY order_id"
        )
        loaded_at = dt.datetime(2026, 1, 1, 3, 0)
        client.insert(
            "orders copy",
            [(status, created, amount, order_id, loaded_at) for order_id, amount, created, status in rows],
            column_names=["order_status", "created", "amount_usd", "order_id", "loaded_at"],
            database="analytics",
        )
        actual_columns, actual_rows = fetch_actual(client, "analytics", "orders copy")
        with pytest.raises(UserError, match="cannot be read in ClickHouse"):
            fetch_actual(client, "analytics", "missing")
    assert len(actual_rows) == 300
    result = compare_rows(columns, rows, actual_columns, actual_rows)
    assert result.ok, result.message
    assert result.mapping == {"id": "order_id", "amount": "amount_usd", "created_at": "created", "status": "order_status"}


def test_an_empty_table_still_has_its_columns(warehouse):
    """An empty answer is an answer: 'no artist has more than 9 albums' matches an empty reference."""
    with warehouse.get_client() as client:
        warehouse.ensure_database(client)
        client.command("CREATE TABLE analytics.empty_answer (stage_name String, album_count UInt64) ENGINE = MergeTree ORDER BY stage_name")
        columns, rows = fetch_actual(client, "analytics", "empty_answer")
    assert (columns, rows) == (["stage_name", "album_count"], [])
    assert compare_rows(["name", "count"], [], columns, rows).ok
