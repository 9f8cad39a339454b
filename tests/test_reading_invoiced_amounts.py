"""'How much did we invoice each client' where no table records invoices but one amount is named for them, and
the last quarter or half of a year, over a schema made up for these tests (a sign-maker's jobs, each with an
invoice value, for clients)."""

from __future__ import annotations

from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable

SIGNS = Catalog(
    connector="signs",
    tables=[
        CatalogTable(name="clnt", primary_key=["clnt_id"], comment="Clients", called=["clients"], columns=[
            CatalogColumn(name="clnt_id", type="integer", nullable=False), CatalogColumn(name="clnt_nm", type="text")]),
        CatalogTable(name="sign_job", primary_key=["job_id"], comment="Sign jobs", references={"clnt_id": "clnt.clnt_id"}, columns=[
            CatalogColumn(name="job_id", type="integer", nullable=False), CatalogColumn(name="clnt_id", type="integer"),
            CatalogColumn(name="fit_dt", type="date", nullable=False, comment="day the sign was fitted"),
            CatalogColumn(name="inv_amt_gbp", type="numeric(10,2)", comment="invoice value, GBP"),
            CatalogColumn(name="mat_cost_gbp", type="numeric(10,2)", comment="materials bought for the job, GBP")]),
    ],
)  # fmt: skip


def test_how_much_we_invoiced_sums_the_amount_named_for_invoices(tmp_path):
    """Before: 'much we invoiced' left unplaced (no invoice table), refused."""
    spec, gaps = written_spec("How much did we invoice each client for sign jobs fitted in 2025?", SIGNS, tmp_path)
    assert gaps == [] and spec["transformations"][-1]["measures"] == [{"name": "total_inv_amt_gbp", "expr": "sum(inv_amt_gbp)"}]
    assert spec["transformations"][-1]["group_by"][0] == "clnt_id"


def test_the_last_quarter_and_the_last_half_of_a_year(tmp_path):
    """Before: 'last quarter of 2024' read as 2024 with 'last' unplaced, or refused."""
    for said, low, high in (("the last quarter of 2024", "2024-10-01", "2025-01-01"), ("the last half of 2024", "2024-07-01", "2025-01-01")):
        spec, gaps = written_spec(f"Load the sign jobs fitted in {said}", SIGNS, tmp_path)
        assert spec["transformations"] == [{"type": "filter", "condition": f"fit_dt >= '{low}' and fit_dt < '{high}'"}] and gaps == [], said
