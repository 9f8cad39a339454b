"""Values said as included, over a schema made up for these tests (a bakery's wholesale orders from cafés, an
order's state coded 'P = placed, D = delivered, X = cancelled'): 'cancelled ones included' and 'including
cancelled orders' keep every order and add no condition, where before they became the condition itself
(only cancelled orders) or a grouping; and a filter that leaves the included rows out is reported."""

from __future__ import annotations

import pytest
from written_spec import filters, written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable

STATES = {"P": ["placed"], "D": ["delivered"], "X": ["cancelled"]}
BAKERY = Catalog(
    connector="bakery",
    tables=[
        CatalogTable(name="cafe", primary_key=["cafe_id"], columns=[
            CatalogColumn(name="cafe_id", type="integer", nullable=False), CatalogColumn(name="cafe_nm", type="text", nullable=False),
            CatalogColumn(name="city", type="text", nullable=False)]),
        CatalogTable(name="whs_order", primary_key=["order_id"], references={"cafe_id": "cafe.cafe_id"}, columns=[
            CatalogColumn(name="order_id", type="integer", nullable=False), CatalogColumn(name="cafe_id", type="integer", nullable=False),
            CatalogColumn(name="placed_on", type="date", nullable=False), CatalogColumn(name="total", type="numeric(10,2)", nullable=False),
            CatalogColumn(name="order_st", type="character(1)", nullable=False, values=sorted(STATES), value_names=STATES,
                          comment="P = placed, D = delivered, X = cancelled")]),
    ],
)  # fmt: skip


def _groups(spec: dict) -> list[str]:
    return [g for t in spec["transformations"] if t["type"] == "aggregate" for g in t["group_by"]]


@pytest.mark.parametrize(
    "request_text",
    [
        "Number of wholesale orders per cafe, cancelled ones included",
        "How many orders came from each cafe (cancelled orders count too)",
        "Orders per cafe, count cancelled ones too",
        "Number of orders per cafe including cancelled ones",
    ],
)
def test_included_values_add_no_condition(tmp_path, request_text):
    """Before: 'cancelled ones count too' kept only the cancelled orders, 'cancelled ones included' was not placed."""
    spec, gaps = written_spec(request_text, BAKERY, tmp_path)
    assert gaps == [] and filters(spec) == "" and "order_st" not in _groups(spec), (spec, gaps)


def test_a_load_including_a_value_keeps_every_row(tmp_path):
    spec, gaps = written_spec("Copy every wholesale order, including cancelled ones", BAKERY, tmp_path)
    assert gaps == [] and filters(spec) == ""


def test_a_filter_that_leaves_the_included_rows_out_is_reported(tmp_path):
    spec, gaps = written_spec("Delivered orders per cafe, cancelled ones included", BAKERY, tmp_path)
    leaves_out = filters(spec) == "order_st = 'D'"
    assert not leaves_out or gaps, (spec, gaps)


def test_the_value_alone_is_still_a_condition(tmp_path):
    spec, gaps = written_spec("Number of cancelled orders per cafe", BAKERY, tmp_path)
    assert gaps == [] and filters(spec) == "order_st = 'X'"
