"""A row's own date and its owner's kind, over a schema made up for these tests (a dog kennel chain: bills with their
bill date, due date and paid date; sites with the date they opened and a kind kept as a code, `site_typ_cd`):
'bills dated in 2024' are those of the bill date (every date column says 'date', so 'dated' names none of them by
itself, least of all the site's opening date), and 'each type of site' is the sites' `site_typ_cd`; 'the average fee per
bill line' is never the services' list fee."""

from __future__ import annotations

import pytest
from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.language.coverage import check_coverage
from ai_etl.spec import Pipeline

KENNEL = Catalog(
    connector="kennel",
    tables=[
        CatalogTable(name="site", primary_key=["site_id"], comment="Kennel sites", columns=[
            CatalogColumn(name="site_id", type="integer", nullable=False), CatalogColumn(name="site_nm", type="text"),
            CatalogColumn(name="opn_dt", type="date", comment="date the site opened"),
            CatalogColumn(name="site_typ_cd", type="text", comment="U = urban, R = rural", values=["R", "U"], value_names={"U": ["urban"], "R": ["rural"]})]),
        CatalogTable(name="bill", primary_key=["bill_id"], comment="Bills sent to dog owners", references={"site_id": "site.site_id"}, columns=[
            CatalogColumn(name="bill_id", type="integer", nullable=False), CatalogColumn(name="site_id", type="integer"),
            CatalogColumn(name="bill_dt", type="date"), CatalogColumn(name="due_dt", type="date"), CatalogColumn(name="paid_dt", type="date"),
            CatalogColumn(name="net_amt", type="numeric")]),
        CatalogTable(name="svc", primary_key=["svc_cd"], comment="Services we offer", columns=[
            CatalogColumn(name="svc_cd", type="text", nullable=False), CatalogColumn(name="svc_nm", type="text"),
            CatalogColumn(name="std_fee", type="numeric", comment="list fee"), CatalogColumn(name="cat_cd", type="text", comment="category")]),
        CatalogTable(name="bill_line", primary_key=["ln_id"], comment="Lines of a bill", references={"bill_id": "bill.bill_id", "svc_cd": "svc.svc_cd"}, columns=[
            CatalogColumn(name="ln_id", type="integer", nullable=False), CatalogColumn(name="bill_id", type="integer"),
            CatalogColumn(name="svc_cd", type="text"), CatalogColumn(name="fee", type="numeric", comment="fee charged on the line")]),
    ],
)  # fmt: skip


def steps(request: str, tmp_path) -> tuple[list[dict], list]:
    spec, gaps = written_spec(request, KENNEL, tmp_path)
    return spec["transformations"], gaps


def test_rows_dated_in_a_year_are_of_their_own_date(tmp_path):
    """Before: 'dated' was read as an act every date column's name says; the bill's three dates tied, and the year was
    read of the site's opening date, reported valid."""
    found, gaps = steps("Average net amount of bills dated in 2024", tmp_path)
    assert {"type": "filter", "condition": "toYear(bill_dt) = 2024"} in found and gaps == []


def test_each_type_of_the_owner_is_its_kind_code(tmp_path):
    """Before: `site_typ_cd` ('site type code') was no kind column, and 'each type of site' grouped nothing."""
    found, gaps = steps("Average net amount of bills for each type of site", tmp_path)
    aggregate = next(s for s in found if s["type"] == "aggregate")
    assert aggregate["group_by"] == ["site_typ_cd"] and aggregate["measures"] == [{"name": "avg_net_amt", "expr": "avg(net_amt)"}] and gaps == []


def pipeline(table: str, *transformations: dict) -> Pipeline:
    return Pipeline.model_validate({"name": "p", "type": "on_demand", "source": {"type": "postgres", "connector": "kennel", "table": table},
                                    "target": {"type": "clickhouse", "connector": "warehouse", "table": "p"}, "transformations": list(transformations)})  # fmt: skip


def test_an_average_per_rows_is_of_their_own_numbers():
    """Before: a spec averaging the services' list fee per category passed for 'the average fee per bill line'."""
    request = "Average fee per bill line for each category of service"
    listed = pipeline("svc", {"type": "aggregate", "group_by": ["cat_cd"], "measures": [{"name": "avg_fee", "expr": "avg(std_fee)"}]})
    gaps = check_coverage(request, KENNEL, listed).gaps
    assert "average fee per bill line" in [g.phrase for g in gaps]
    charged = pipeline("bill_line", {"type": "join", "table": "svc", "how": "inner", "left_on": "svc_cd", "right_on": "svc_cd", "columns": ["cat_cd"]},
                       {"type": "aggregate", "group_by": ["cat_cd"], "measures": [{"name": "avg_fee", "expr": "avg(fee)"}]})  # fmt: skip
    assert check_coverage(request, KENNEL, charged).gaps == []
    per_site = pipeline("bill", {"type": "aggregate", "group_by": ["site_id"], "measures": [{"name": "avg_net", "expr": "avg(net_amt)"}]})
    assert check_coverage("Average net amount per site", KENNEL, per_site).gaps == []  # 'per site' is the grouping


BIKES = Catalog(
    connector="bikes",
    tables=[
        CatalogTable(name="customer", primary_key=["cust_id"], columns=[
            CatalogColumn(name="cust_id", type="integer", nullable=False), CatalogColumn(name="reg_on", type="date", comment="date the customer registered")]),
        CatalogTable(name="bike", primary_key=["bike_id"], references={"cust_id": "customer.cust_id"}, columns=[
            CatalogColumn(name="bike_id", type="integer", nullable=False), CatalogColumn(name="cust_id", type="integer"),
            CatalogColumn(name="added_ts", type="timestamp", comment="when the bike was registered with us")]),
    ],
)  # fmt: skip


@pytest.mark.parametrize("request_text", ["How many bikes did we register in each month of 2025?", "Bikes registered each month 2025"])
def test_the_act_a_rows_own_comment_records_before_its_owners_named_date(request_text, tmp_path):
    """Before: 'registered' was read of the customers' `reg_on` (its name says it), not the bikes' `added_ts` (its comment
    says it), and 'each month 2025' lost its year."""
    spec, gaps = written_spec(request_text, BIKES, tmp_path)
    steps = spec["transformations"]
    assert "toYear(added_ts) = 2025" in next(s["condition"] for s in steps if s["type"] == "filter") and gaps == []
    assert next(s for s in steps if s["type"] == "aggregate")["group_by"] == [{"name": "month", "expr": "toStartOfMonth(added_ts)"}]


def test_the_date_each_row_was_paid_names_a_date_not_a_group(tmp_path):
    """Before: 'the date each bill was paid' also grouped by each bill."""
    found, gaps = steps("Total net amount per month in 2024, going by the date each bill was paid", tmp_path)
    aggregate = next(s for s in found if s["type"] == "aggregate")
    assert aggregate["group_by"] == [{"name": "month", "expr": "toStartOfMonth(paid_dt)"}] and gaps == []
