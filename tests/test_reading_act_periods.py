"""The period of an act said, over a schema made up for these tests (a courier: `parcel.parcel_dt` 'date the
parcel was registered', `dlv_dt` 'date delivered; NULL = not delivered yet'): 'parcels delivered per week' are
counted by the week they were delivered, never by the date named like the rows themselves, and the parcels
never delivered are in no week."""

from __future__ import annotations

import pytest
from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable

COURIER = Catalog(
    connector="courier",
    tables=[
        CatalogTable(name="parcel", primary_key=["parcel_id"], columns=[
            CatalogColumn(name="parcel_id", type="integer", nullable=False),
            CatalogColumn(name="parcel_dt", type="date", nullable=False, comment="date the parcel was registered"),
            CatalogColumn(name="dlv_dt", type="date", comment="date delivered; NULL = not delivered yet"),
            CatalogColumn(name="wt_kg", type="numeric")]),
    ],
)  # fmt: skip


def aggregate_of(request: str, tmp_path) -> tuple[dict, str, list]:
    spec, gaps = written_spec(request, COURIER, tmp_path)
    steps = spec["transformations"]
    return next(s for s in steps if s["type"] == "aggregate"), " and ".join(s["condition"] for s in steps if s["type"] == "filter"), gaps


def test_the_week_of_the_act_said(tmp_path):
    """Before: 'parcels' named `parcel_dt` first, so the parcels were counted by the week they were registered."""
    aggregate, condition, gaps = aggregate_of("Parcels delivered per week", tmp_path)
    assert aggregate["group_by"] == [{"name": "week", "expr": "toMonday(dlv_dt)"}] and condition == "isNotNull(dlv_dt)" and gaps == []


def test_the_rows_own_date_when_no_act_is_said(tmp_path):
    aggregate, condition, gaps = aggregate_of("Parcels per week", tmp_path)
    assert aggregate["group_by"] == [{"name": "week", "expr": "toMonday(parcel_dt)"}] and condition == "" and gaps == []


@pytest.mark.parametrize(
    "request_text", ["Parcels still waiting to be delivered", "Parcels yet to be delivered", "Parcels awaiting delivery"]
)
def test_an_act_said_as_awaited_has_not_happened(request_text, tmp_path):
    """Before: 'waiting to be delivered' and 'awaiting delivery' were left unplaced."""
    spec, gaps = written_spec(request_text, COURIER, tmp_path)
    assert spec["transformations"] == [{"type": "filter", "condition": "dlv_dt is null"}] and gaps == []


def test_a_year_of_rows_whose_act_never_happened_is_of_their_other_date(tmp_path):
    """Before: `dlv_dt is null and toYear(dlv_dt) = 2025`, which no row meets, reported valid."""
    spec, gaps = written_spec("Parcels not delivered yet in 2025", COURIER, tmp_path)
    assert spec["transformations"] == [{"type": "filter", "condition": "dlv_dt is null and toYear(parcel_dt) = 2025"}] and gaps == []


STORAGE = Catalog(
    connector="storage",
    tables=[
        CatalogTable(name="stmt", primary_key=["stmt_id"], comment="Statements sent to unit renters", columns=[
            CatalogColumn(name="stmt_id", type="integer", nullable=False),
            CatalogColumn(name="issued_on", type="date", comment="date the statement was sent"),
            CatalogColumn(name="per_from", type="date", comment="first day of the month of rental billed"),
            CatalogColumn(name="per_to", type="date", comment="last day of the month of rental billed"),
            CatalogColumn(name="due_eur", type="numeric")]),
    ],
)  # fmt: skip


def test_the_period_a_comment_says_a_date_is_of(tmp_path):
    """Before: 'each month of rental' grouped the statements by the month they were sent and 'rental' was left over."""
    spec, gaps = written_spec("Total due for each month of rental in 2025", STORAGE, tmp_path)
    steps = spec["transformations"]
    aggregate = next(s for s in steps if s["type"] == "aggregate")
    assert aggregate["group_by"] == [{"name": "month", "expr": "toStartOfMonth(per_from)"}] and gaps == []
    assert "toYear(per_from) = 2025" in next(s["condition"] for s in steps if s["type"] == "filter")


CLIMBING_GYM = Catalog(
    connector="climbing_gym",
    tables=[
        CatalogTable(name="members", primary_key=["member_id"], columns=[
            CatalogColumn(name="member_id", type="integer", nullable=False),
            CatalogColumn(name="full_name", type="text"),
            CatalogColumn(name="created_at", type="timestamp", nullable=False)]),
        CatalogTable(name="visits", primary_key=["visit_id"], references={"member_id": "members.member_id"}, columns=[
            CatalogColumn(name="visit_id", type="integer", nullable=False),
            CatalogColumn(name="member_id", type="integer", nullable=False),
            CatalogColumn(name="visit_date", type="date", nullable=False)]),
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    "request_text",
    ["Create an ETL pipeline to load visits, count them per week", "Set up a pipeline that loads visits per week", "Please set up a job for visits per week"],
)
def test_the_command_that_makes_the_pipeline_is_no_act_of_the_rows(request_text, tmp_path):
    """Before: 'create' (and 'set up', read as 'created') named the members' `created_at`, so visits were counted by the
    week their member joined (the shop eval's 'Create an ETL pipeline ... group by day' grouped by the customer's date)."""
    spec, gaps = written_spec(request_text, CLIMBING_GYM, tmp_path)
    aggregate = next(s for s in spec["transformations"] if s["type"] == "aggregate")
    assert aggregate["group_by"] == [{"name": "week", "expr": "toMonday(visit_date)"}] and gaps == []


def test_members_created_per_month_still_by_their_creation(tmp_path):
    spec, gaps = written_spec("Members created per month", CLIMBING_GYM, tmp_path)
    assert spec["transformations"][-1]["group_by"] == [{"name": "month", "expr": "toStartOfMonth(created_at)"}] and gaps == []
