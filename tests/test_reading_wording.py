"""Everyday wording over a schema made up for these tests (a brewery's beers, sales and sale lines):
plural and listed functions, 'plus', informal verbs, a number said of a table, units sold."""

from __future__ import annotations

import pytest
from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.language.coverage import check_coverage
from ai_etl.language.request_parser import parse_request
from ai_etl.spec import Pipeline

BREWERY = Catalog(
    connector="brewery",
    tables=[
        CatalogTable(
            name="beer",
            primary_key=["beer_id"],
            columns=[CatalogColumn(name="beer_id", type="integer"), CatalogColumn(name="beer_name", type="text"), CatalogColumn(name="style", type="text", values=["IPA", "Stout", "Lager"])],
        ),
        CatalogTable(
            name="sale",
            primary_key=["sale_id"],
            columns=[
                CatalogColumn(name="sale_id", type="integer"),
                CatalogColumn(name="sold_on", type="date"),
                CatalogColumn(name="channel", type="text", values=["taproom", "online"]),
                CatalogColumn(name="paid_amount", type="numeric(10,2)"),
            ],
        ),
        CatalogTable(
            name="sale_line",
            primary_key=["line_id"],
            columns=[
                CatalogColumn(name="line_id", type="integer"),
                CatalogColumn(name="sale_id", type="integer"),
                CatalogColumn(name="beer_id", type="integer"),
                CatalogColumn(name="qty", type="integer"),
                CatalogColumn(name="unit_price", type="numeric(8,2)"),
            ],
            references={"sale_id": "sale.sale_id", "beer_id": "beer.beer_id"},
        ),
    ],
)


def _read(request: str, tmp_path) -> tuple[dict, list[str]]:
    spec, gaps = written_spec(request, BREWERY, tmp_path)
    return spec, [g.phrase for g in gaps]


def _measures(spec: dict) -> list[str]:
    return next(t for t in spec["transformations"] if t["type"] == "aggregate")["measures"]


def test_totals_in_the_plural_of_a_valued_column_are_its_sum_per_week(tmp_path):
    spec, gaps = _read("weekly totals of online sale amounts, one row per week", tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert [m["expr"] for m in aggregate["measures"]] == ["sum(paid_amount)"]
    assert aggregate["group_by"] == [{"name": "week", "expr": "toMonday(sold_on)"}]
    assert not gaps


def test_a_listed_function_each_applies_to_the_column_after_the_list(tmp_path):
    spec, gaps = _read("for each channel the number of sales plus the total, average, smallest and largest paid amount", tmp_path)
    assert [m["expr"] for m in _measures(spec)] == ["count()", "sum(paid_amount)", "avg(paid_amount)", "min(paid_amount)", "max(paid_amount)"]
    assert not gaps


def test_informal_verbs_say_nothing_of_the_rows(tmp_path):
    spec, gaps = _read("gimme the taproom sales, currently", tmp_path)
    assert spec["transformations"] == [{"type": "filter", "condition": "channel = 'taproom'"}] and not gaps


@pytest.mark.parametrize("request_text, condition", [("online sales above 200", "paid_amount > 200"), ("sale lines under 3", None)])
def test_a_number_said_of_a_table_is_its_one_measured_number(request_text, condition):
    """A sale has one number that is no key (`paid_amount`); a sale line has two (qty, unit_price): not guessed."""
    conditions = [(c.column, c.op, c.value) for c in parse_request(request_text, BREWERY).conditions if c.op != "="]
    if condition:
        assert conditions == [("sale.paid_amount", ">", 200)]
    else:
        assert not [c for c in conditions if c[0].startswith("sale_line.") and c[0] != "sale_line.qty"]


def test_units_sold_are_the_quantities_of_the_lines(tmp_path):
    spec, gaps = _read("how many units were sold per beer style in 2025", tmp_path)
    assert spec["source"]["table"] == "sale_line"
    assert [m["expr"] for m in _measures(spec)] == ["sum(qty)"]
    assert {"type": "filter", "condition": "toYear(sold_on) = 2025"} in spec["transformations"]
    assert not gaps
    spec, gaps = _read("Top 3 beers by units sold", tmp_path)
    assert [m["expr"] for m in _measures(spec)] == ["sum(qty)"] and spec["transformations"][-1]["sql"].endswith("limit 3")
    assert not gaps


@pytest.mark.parametrize(
    "request_text, condition",
    [
        ("sales whose paid amount is zero or negative", "paid_amount <= 0"),
        ("sales with a negative paid amount", "paid_amount < 0"),
        ("sale lines with a non-zero qty", "qty != 0"),
        ("count the zero qty sale lines per beer", "qty = 0"),
    ],
)
def test_a_sign_said_of_a_number_compares_it_with_zero(request_text, condition, tmp_path):
    spec, gaps = _read(request_text, tmp_path)
    assert {"type": "filter", "condition": condition} in spec["transformations"] and not gaps


@pytest.mark.parametrize(
    "request_text, target",
    [("copy the taproom sales into taproom_sales_copy", "taproom_sales_copy"), ("every hour refresh a table online_sales with the online sales", "online_sales"),
     ("Copy every taproom sale into ClickHouse every 15 minutes, into a table called taproom", "taproom")],  # before: a name made up from the source's
)
def test_a_made_up_snake_case_name_is_the_target(request_text, target):
    assert parse_request(request_text, BREWERY).target_table == target


def test_a_table_of_the_source_after_into_is_no_target():
    assert parse_request("load everything into sale_line", BREWERY).target_table is None


def test_the_value_the_request_defines_is_summed(tmp_path):
    spec, gaps = _read("the value of sale lines per beer style (qty times unit price)", tmp_path)
    assert [m["expr"] for m in _measures(spec)] == ["sum(qty * unit_price)"] and not gaps


def test_the_top_groups_by_money_from_a_named_table_sum_that_tables_money(tmp_path):
    """'by revenue from sale lines': the lines' prices. 'by the sum of sales' is a sale's paid amount or its lines'
    prices: not guessed, and never a count."""
    spec, gaps = _read("top 2 beer styles by revenue from sale lines", tmp_path)
    assert spec["source"]["table"] == "sale_line" and [m["expr"] for m in _measures(spec)] == ["sum(qty * unit_price)"]
    assert spec["transformations"][-1]["sql"].endswith("limit 2") and not gaps
    _, gaps = _read("top-2 channels by the sum of sales", tmp_path)
    assert "sum" in gaps


def test_a_share_within_the_outer_group_is_a_window_per_that_group(tmp_path):
    """Each channel's share of its day's sales, not of all sales; a spec sharing over every row is caught."""
    request = "count sales per channel and sold on date, and each channel's share within its sold on date"
    spec, gaps = _read(request, tmp_path)
    derive = next(t for t in spec["transformations"] if t["type"] == "derive")
    assert derive["columns"][0]["expr"].endswith("over (partition by sold_on), 0)") and not gaps
    derive["columns"][0]["expr"] = derive["columns"][0]["expr"].replace("partition by sold_on", "")
    gaps = check_coverage(request, BREWERY, Pipeline.model_validate(spec)).gaps
    assert any("within" in g.phrase for g in gaps)


@pytest.mark.parametrize("request_text", ["the beers and their total revenue", "which beers have the most sales"])
def test_rows_without_money_are_measured_by_the_money_of_rows_that_refer_to_them(request_text, tmp_path):
    spec, gaps = _read(request_text, tmp_path)
    assert spec["source"]["table"] == "sale_line"
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert aggregate["group_by"] == ["beer_id", "beer_name"] and [m["expr"] for m in aggregate["measures"]] == ["sum(qty * unit_price)"]
    assert not gaps


def test_what_is_counted_must_be_named(tmp_path):
    """'how many copies of each beer': 'copies' is not a table here; counting some other rows is no answer."""
    _, gaps = _read("how many copies of each beer were sold per channel", tmp_path)
    assert "copies" in gaps
    _, gaps = _read("how many rows are there per channel", tmp_path)
    assert not gaps


def test_the_name_given_to_a_derived_column_is_accounted_for_whole(tmp_path):
    """'a line total column (qty times unit price)': 'line total' is the new column's name (no sum), though 'line' alone names sale lines."""
    spec, gaps = _read("copy the sale lines with a line total column (qty times unit price)", tmp_path)
    assert spec["transformations"] == [{"type": "derive", "columns": [{"name": "line_total", "expr": "qty * unit_price"}]}] and not gaps


def test_an_adjective_after_how_many_is_no_counted_noun(tmp_path):
    """'how many new beers': the beers are counted; 'set up' is wording about the pipeline."""
    _, gaps = _read("Set up a job counting how many new beers there are per style", tmp_path)
    assert not gaps


def test_each_things_latest_row_said_with_a_possessive_is_the_latest_per_thing(tmp_path):
    """'each sailor's latest charter' was a count of charters per sailor, refused for 'latest'."""
    from test_reading_dated_acts import SCHOOL

    spec, gaps = written_spec("Keep only each sailor's latest charter, every 30 minutes", SCHOOL, tmp_path)
    steps = str(spec["transformations"])
    assert gaps == [] and "order by sailed_on desc, charter_id desc limit 1 by skipper_id" in steps and "count()" not in steps


@pytest.mark.parametrize("request_text", ["Percentage of orders that got cancelled, per cafe", "What percentage of orders get cancelled in each cafe?"])
def test_the_get_passive_is_the_be_passive(tmp_path, request_text):
    """'orders that got cancelled' left 'got' to the pipeline's words and the share unread; it is 'were cancelled'."""
    from test_reading_inclusions import BAKERY

    spec, gaps = written_spec(request_text, BAKERY, tmp_path)
    aggregate = next((t for t in spec["transformations"] if t["type"] == "aggregate"), {})
    assert gaps == [] and [m["expr"] for m in aggregate.get("measures", [])] == ["100 * toFloat64(countIf(order_st = 'X')) / nullIf(count(), 0)"], spec


def test_a_function_word_is_never_a_table_nor_a_column(tmp_path):
    """'Copy every order ...' was refused for a missing table 'every'; 'picked up more than 3 ...' filtered a column 'up'."""
    from test_reading_inclusions import BAKERY

    spec, gaps = written_spec("Copy every wholesale order into the warehouse every 15 minutes", BAKERY, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "whs_order"
    assert parse_request("Copy every invoice into the warehouse", BAKERY).unknown_tables == ["invoice"]
    assert all(c.column != "up" for c in parse_request("Cafes that picked up more than 3 yellow cards", BAKERY).conditions)
