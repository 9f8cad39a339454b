"""When a row happened, over a schema made up for these tests (a kennel: dogs kept in kennels, their
walks, invoices and invoice lines): a parent's date is the time of the rows that are part of it, never of
rows merely kept there; the time of day a pipeline runs is never a column."""

from __future__ import annotations

import pytest

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.language.request_parser import parse_request

KENNEL = Catalog(
    connector="kennel",
    tables=[
        CatalogTable(name="kennels", primary_key=["kennel_id"], columns=[
            CatalogColumn(name="kennel_id", type="integer"), CatalogColumn(name="kennel_name", type="text"), CatalogColumn(name="built_on", type="date")]),
        CatalogTable(name="dogs", primary_key=["dog_id"], references={"kennel_id": "kennels.kennel_id"}, columns=[
            CatalogColumn(name="dog_id", type="integer"), CatalogColumn(name="dog_name", type="text"), CatalogColumn(name="kennel_id", type="integer"),
            CatalogColumn(name="breed", type="text", values=["beagle", "collie", "poodle"])]),
        CatalogTable(name="walks", primary_key=["walk_id"], references={"dog_id": "dogs.dog_id"}, columns=[
            CatalogColumn(name="walk_id", type="integer"), CatalogColumn(name="dog_id", type="integer"),
            CatalogColumn(name="walk_date", type="date"), CatalogColumn(name="minutes", type="integer"),
            CatalogColumn(name="updated_at", type="timestamp without time zone")]),
        CatalogTable(name="invoices", primary_key=["invoice_id"], columns=[
            CatalogColumn(name="invoice_id", type="integer"), CatalogColumn(name="issued_on", type="date")]),
        CatalogTable(name="invoice_lines", primary_key=["line_id"], references={"invoice_id": "invoices.invoice_id"}, columns=[
            CatalogColumn(name="line_id", type="integer"), CatalogColumn(name="invoice_id", type="integer"), CatalogColumn(name="fee", type="numeric(8,2)")]),
    ],
)  # fmt: skip


def test_a_parent_date_is_not_the_time_of_rows_kept_there():
    """A dog is not born when its kennel was built: 'dogs per month' has no time to group by."""
    intent = parse_request("number of dogs in each month", KENNEL)
    assert all(g.column != "kennels.built_on" for g in intent.group_by)


def test_a_parent_date_is_the_time_of_its_lines():
    intent = parse_request("total fee of invoice lines per month", KENNEL)
    assert [(g.column, g.grain) for g in intent.group_by] == [("invoices.issued_on", "month")]


@pytest.mark.parametrize("when", ["every Friday at 9 pm", "daily at 10 pm", "every Monday at noon", "weekly on Sundays at 6:30"])
def test_the_time_a_pipeline_runs_is_not_a_group_key(when):
    intent = parse_request(f"Number of walks per breed, {when}", KENNEL)
    assert [g.column for g in intent.group_by] == ["dogs.breed"]
    assert intent.cron is not None
