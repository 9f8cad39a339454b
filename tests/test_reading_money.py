"""What a row is worth, read from a schema made up for these tests (a bakery's order lines with a
fractional discount; a caterer's invoice lines with money off), in a real embedded PostgreSQL."""

from __future__ import annotations

import chdb
import pytest
from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.agents.schema_analyst import read_catalog
from ai_etl.language.request_parser import parse_request

BAKERY = """
create table product (product_id int primary key, product_name text, category text);
insert into product values (1, 'Rye loaf', 'bread'), (2, 'Croissant', 'pastry'), (3, 'Baguette', 'bread');
create table order_line (line_id int primary key, product_id int references product, qty int, unit_price numeric(6,2), discount numeric(3,2));
insert into order_line values (1, 1, 2, 4.00, 0.00), (2, 2, 10, 1.50, 0.20), (3, 3, 1, 3.00, 0.10), (4, 1, 1, 4.00, 0.25);
create table catering_line (line_id int primary key, product_id int references product, line_price numeric(8,2), disc numeric(6,2));
insert into catering_line values (1, 1, 120.00, 15.00), (2, 2, 80.00, 0.00);
"""


@pytest.fixture
def bakery(scratch_db):
    with scratch_db.connect() as conn:
        conn.execute(BAKERY)
        conn.commit()
    return read_catalog(scratch_db, "bakery")


def _spec(request: str, catalog, tmp_path) -> tuple[dict, list[str]]:
    spec, gaps = written_spec(request, catalog, tmp_path)
    return spec, [g.phrase for g in gaps]


def test_the_catalog_keeps_the_bounds_of_measuring_numbers(bakery):
    line = bakery.table("order_line")
    assert line.column("discount").bounds == (0.0, 0.25)
    assert line.column("unit_price").bounds == (1.5, 4.0)
    assert line.column("line_id").bounds is None  # a key measures nothing


def test_revenue_of_discounted_lines_is_the_price_less_the_discount(bakery, tmp_path):
    spec, gaps = _spec("revenue per product category", bakery, tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    expr = aggregate["measures"][0]["expr"]
    assert expr == "sum(qty * unit_price * (1 - discount))" and not gaps
    lines = "(1, 2, 4.00, 0.00), (2, 10, 1.50, 0.20), (4, 1, 4.00, 0.25)"  # the bread and pastry lines above, less line 3
    total = chdb.query(f"select {expr} from values('line_id Int32, qty Int32, unit_price Decimal(6,2), discount Decimal(3,2)', {lines})", "CSV")
    assert float(str(total)) == pytest.approx(8.0 + 12.0 + 3.0)


def test_gross_revenue_takes_nothing_off(bakery, tmp_path):
    spec, _ = _spec("gross revenue per product category", bakery, tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert aggregate["measures"][0]["expr"] == "sum(qty * unit_price)"


def test_money_off_of_an_unknown_kind_is_not_guessed(bakery, tmp_path):
    """`disc` runs to 15.00: money off the line or off each unit is not for the reader to guess; 'revenue' is
    left unplaced rather than summed one way."""
    intent = parse_request("revenue of catering lines per product", bakery)
    assert not [m for m in intent.measures if m.function == "sum"]


def test_the_groups_that_earned_the_most_are_ranked_by_their_lines_net_revenue(bakery, tmp_path):
    """'Which two products earned the most revenue?': the order lines (priced, discounted) are where revenue
    is; two products, each with its name (the verb between the key and 'the most' does not hide it)."""
    spec, gaps = _spec("Which two products earned the most revenue? Show the product name and its revenue.", bakery, tmp_path)
    assert spec["source"]["table"] == "order_line"
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert aggregate["group_by"] == ["product_id", "product_name"]
    assert aggregate["measures"] == [{"name": "revenue", "expr": "sum(qty * unit_price * (1 - discount))"}]
    assert spec["transformations"][-1]["sql"].endswith("limit 2") and not gaps


FERRY = Catalog(
    connector="ferry",
    tables=[
        CatalogTable(name="sailing", primary_key=["sailing_id"], columns=[
            CatalogColumn(name="sailing_id", type="integer"), CatalogColumn(name="route_cd", type="text", values=["N1", "S2", "W3"]),
            CatalogColumn(name="departed_at", type="timestamp without time zone"), CatalogColumn(name="fuel_cost", type="numeric(10,2)"),
            CatalogColumn(name="port_fee", type="numeric(8,2)"), CatalogColumn(name="pilot_fee", type="numeric(8,2)"),
            CatalogColumn(name="ticket_price", type="numeric(6,2)")]),
    ],
)  # fmt: skip


@pytest.mark.parametrize(("request_text", "summed"), [("Port fees by month", "sum(port_fee)"), ("pilot fees by month", "sum(pilot_fee)"), ("fuel costs per route", "sum(fuel_cost)")])
def test_an_amount_said_before_its_group_is_its_total(tmp_path, request_text, summed):
    """'Port fees by month' with no function said: fees add up, so their total per month (it was a count of rows)."""
    spec, gaps = written_spec(request_text, FERRY, tmp_path)
    assert gaps == [] and summed in str(spec["transformations"]) and "!= 0" in str(spec["transformations"])  # the amounts there are


def test_a_price_said_before_its_group_is_not_summed(tmp_path):
    """'ticket price by route': a price does not add up (an average? a list?): not read."""
    spec, gaps = written_spec("ticket price by route", FERRY, tmp_path)
    assert gaps and "sum(ticket_price)" not in str(spec["transformations"])


STUDIO = Catalog(
    connector="studio",
    tables=[
        CatalogTable(name="quote", primary_key=["quote_id"], columns=[
            CatalogColumn(name="quote_id", type="integer", nullable=False), CatalogColumn(name="quote_amt_eur", type="numeric")]),
        CatalogTable(name="invoice", primary_key=["invoice_id"], references={"quote_id": "quote.quote_id"}, columns=[
            CatalogColumn(name="invoice_id", type="integer", nullable=False), CatalogColumn(name="quote_id", type="integer"),
            CatalogColumn(name="invoice_dt", type="date"), CatalogColumn(name="net_amt_eur", type="numeric", comment="amount before VAT"),
            CatalogColumn(name="vat_amt_eur", type="numeric", comment="VAT")]),
    ],
)  # fmt: skip


def test_the_amount_of_rows_with_two_is_not_another_tables(tmp_path):
    """Before: 'the total amount of invoices' summed the quotes' amount (the invoices have two), reported valid."""
    spec, gaps = written_spec("Total amount of invoices per month", STUDIO, tmp_path)
    assert "quote_amt_eur" not in str(spec["transformations"]) and [g.phrase for g in gaps] == ["amount"]
    assert {"invoice.net_amt_eur", "invoice.vat_amt_eur"} <= set(gaps[0].readings)


def test_a_money_column_named_without_its_currency(tmp_path):
    """Before: 'net amount' did not name `net_amt_eur` (its name ends in the currency)."""
    spec, gaps = written_spec("Total net amount of invoices per month", STUDIO, tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert [m["expr"] for m in aggregate["measures"]] == ["sum(net_amt_eur)"] and gaps == []


@pytest.mark.parametrize(
    ("request_text", "measure"),
    [
        ("Total amount of invoices per month, before VAT", "sum(net_amt_eur)"),  # the amount its comment says is before VAT
        ("Total amount of invoices per month excluding VAT", "sum(net_amt_eur)"),
        ("Total amount of invoices per month, VAT included", "sum(net_amt_eur + vat_amt_eur)"),  # no gross column: net + VAT
        ("Total amount of invoices per month including VAT", "sum(net_amt_eur + vat_amt_eur)"),
    ],
)
def test_an_amount_before_or_after_tax_is_the_one_the_schema_says(request_text, measure, tmp_path):
    """Before: 'before VAT' and 'VAT included' were left unplaced (and 'the amount' of invoices with two was asked about)."""
    spec, gaps = written_spec(request_text, STUDIO, tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert [m["expr"] for m in aggregate["measures"]] == [measure] and gaps == []
