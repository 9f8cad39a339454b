"""The time between two acts, over a schema made up for these tests (a tailoring workshop: alteration jobs
dropped off, fitted and finished, their invoices, complaints): each act is found in the time column that
records it, by its name or, where the name is abbreviated, by its comment ('when the garment was dropped
off'); the two may be in linked tables. What cannot be read so is refused, never measured from the wrong
time: an act a column records only as one of two ('accepted or declined'), or one row of many ('the first
fitting')."""

from __future__ import annotations

import pytest
from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable

TS = "timestamp with time zone"
WORKSHOP = Catalog(
    connector="workshop",
    tables=[
        CatalogTable(name="tlr", primary_key=["tlr_id"], comment="tailors", columns=[
            CatalogColumn(name="tlr_id", type="integer"), CatalogColumn(name="tlr_nm", type="text", comment="tailor's name")]),
        CatalogTable(name="alt_job", primary_key=["job_id"], comment="alteration jobs", references={"tlr_id": "tlr.tlr_id"}, columns=[
            CatalogColumn(name="job_id", type="integer"), CatalogColumn(name="tlr_id", type="integer"),
            CatalogColumn(name="garment", type="text", values=["coat", "dress", "suit"]),
            CatalogColumn(name="drp_ts", type=TS, nullable=False, comment="when the garment was dropped off at the counter"),
            CatalogColumn(name="ftg_ts", type=TS, comment="when the customer tried it on; NULL = no fitting needed"),
            CatalogColumn(name="dn_ts", type=TS, comment="when the work was finished; NULL = still in progress")]),
        CatalogTable(name="invc", primary_key=["invc_id"], comment="invoices", references={"job_id": "alt_job.job_id"}, columns=[
            CatalogColumn(name="invc_id", type="integer"), CatalogColumn(name="job_id", type="integer"),
            CatalogColumn(name="invc_dt", type="date", comment="invoice date"),
            CatalogColumn(name="pd_dt", type="date", comment="date the payment was received; NULL = not paid"),
            CatalogColumn(name="quote_resp_dt", type="date", comment="date the customer accepted or declined the quote")]),
        CatalogTable(name="complaint", primary_key=["complaint_id"], references={"job_id": "alt_job.job_id"}, columns=[
            CatalogColumn(name="complaint_id", type="integer"), CatalogColumn(name="job_id", type="integer"),
            CatalogColumn(name="logged_at", type=TS), CatalogColumn(name="resolved_at", type=TS),
            CatalogColumn(name="topic", type="text", values=["fit", "delay", "damage"])]),
    ],
)  # fmt: skip


def _measures(request: str, tmp_path) -> tuple[list[str], list[str]]:
    spec, gaps = written_spec(request, WORKSHOP, tmp_path)
    aggregate = next((t for t in spec["transformations"] if t["type"] == "aggregate"), {"measures": []})
    return [m["expr"] for m in aggregate["measures"]], [g.phrase for g in gaps]


@pytest.mark.parametrize(
    ("request_text", "expr"),
    [
        ("Average hours from drop off to fitting, per tailor", "avg(dateDiff('second', drp_ts, ftg_ts) / 3600)"),
        ("On average, how many hours pass between dropping a garment off and the fitting, for each garment?", "avg(dateDiff('second', drp_ts, ftg_ts) / 3600)"),
        ("On average, how many days does it take to finish a job, by garment", "avg(dateDiff('second', drp_ts, dn_ts) / 86400)"),  # from the time every job has
        ("How many hours on average did it take to finish a job, per tailor?", "avg(dateDiff('second', drp_ts, dn_ts) / 3600)"),
    ],
)
def test_the_time_between_acts_a_comment_names(tmp_path, request_text, expr):
    """`drp_ts` and `ftg_ts` say nothing a request says; their comments say the garment was dropped off
    and tried on. Before, each of these was refused ('hours', 'average', 'fitting' not placed)."""
    measures, gaps = _measures(request_text, tmp_path)
    assert measures == [expr] and gaps == []


def test_the_two_acts_may_be_in_linked_tables(tmp_path):
    """'days after the job was finished was the invoice paid': `alt_job.dn_ts` to `invc.pd_dt` (its comment
    says the payment), a date against a time taken on the time's day."""
    measures, gaps = _measures("On average, how many days after the job was finished was the invoice paid, per garment?", tmp_path)
    assert measures == ["avg(dateDiff('day', toDate(dn_ts), pd_dt))"] and gaps == []


def test_an_act_that_ends_a_case_is_said_by_another(tmp_path):
    """'close a complaint' of a table that records only `resolved_at`: the one act ending a case."""
    measures, gaps = _measures("On average, how many hours does it take to close a complaint, per topic?", tmp_path)
    assert measures == ["avg(dateDiff('second', logged_at, resolved_at) / 3600)"] and gaps == []


@pytest.mark.parametrize(
    "request_text",
    [
        "Average days between the invoice date and accepting the quote, per garment",  # `quote_resp_dt` is accepted OR declined
        "Average hours from drop off to the first complaint, per tailor",  # the first of many complaints, not each one
    ],
)
def test_an_act_no_one_column_records_is_not_measured(tmp_path, request_text):
    measures, gaps = _measures(request_text, tmp_path)
    assert gaps and not any("quote_resp_dt" in m or "complaint." in m for m in measures)
