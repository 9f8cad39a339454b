"""An average of child rows' amounts 'per' their parent, over a bakery's deliveries made up for these tests:
'average weight per delivery' is asked about (each delivery's average line, or the average delivery's total),
never written as the first; an average per a table farther up stays a group."""

from __future__ import annotations

import pytest

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.agents.schema_analyst import Refusal
from written_spec import written_spec

BAKERY = Catalog(
    connector="bakery_rounds",
    tables=[
        CatalogTable(name="route", primary_key=["route_id"], columns=[
            CatalogColumn(name="route_id", type="integer", nullable=False), CatalogColumn(name="route_nm", type="text")]),
        CatalogTable(name="delivery", primary_key=["dlv_id"], references={"route_id": "route.route_id"}, columns=[
            CatalogColumn(name="dlv_id", type="integer", nullable=False), CatalogColumn(name="route_id", type="integer", nullable=False),
            CatalogColumn(name="dlv_dt", type="date", nullable=False)]),
        CatalogTable(name="dlv_line", primary_key=["line_id"], references={"dlv_id": "delivery.dlv_id"}, columns=[
            CatalogColumn(name="line_id", type="integer", nullable=False), CatalogColumn(name="dlv_id", type="integer", nullable=False),
            CatalogColumn(name="wt_kg", type="numeric", comment="weight of the line, kg")]),
    ],
)  # fmt: skip


@pytest.mark.parametrize("request_text", ["Average weight per delivery", "Average weight per delivery, by route"])
def test_an_average_per_the_parent_of_the_rows_is_asked_about(request_text, tmp_path):
    """Before: grouped by the delivery, each delivery's average line weight, reported valid."""
    with pytest.raises(Refusal, match="average of each delivery row's total"):
        written_spec(request_text, BAKERY, tmp_path)
