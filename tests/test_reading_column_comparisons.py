"""Two columns of one row compared, on a schema made up for these tests (parcels with dates and weights)."""

from __future__ import annotations

import pytest
from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable

POST = Catalog(
    connector="post",
    tables=[
        CatalogTable(
            name="parcel",
            primary_key=["parcel_id"],
            columns=[
                CatalogColumn(name="parcel_id", type="integer"),
                CatalogColumn(name="sent_date", type="date"),
                CatalogColumn(name="promised_date", type="date"),
                CatalogColumn(name="delivered_date", type="date"),
                CatalogColumn(name="weight_kg", type="numeric(6,2)"),
                CatalogColumn(name="max_weight_kg", type="numeric(6,2)"),
                CatalogColumn(name="service", type="text", values=["express", "standard"]),
            ],
        )
    ],
)


@pytest.mark.parametrize(
    "request_text, condition",
    [
        ("parcels delivered after their promised date", "delivered_date > promised_date"),
        ("count the parcels delivered later than the promised date per service", "delivered_date > promised_date"),
        ("parcels whose weight is above their max weight", "weight_kg > max_weight_kg"),
    ],
)
def test_a_column_compared_with_another_of_the_same_row(request_text, condition, tmp_path):
    spec, gaps = written_spec(request_text, POST, tmp_path)
    assert {"type": "filter", "condition": condition} in spec["transformations"] and not gaps
    if "per service" in request_text:  # the grouping after the compared column is still read
        assert next(t for t in spec["transformations"] if t["type"] == "aggregate")["group_by"] == ["service"]


def test_columns_of_different_kinds_are_not_compared(tmp_path):
    """'parcels sent after their max weight' compares a date with a number: not read as a comparison."""
    _, gaps = written_spec("parcels sent after their max weight", POST, tmp_path)
    assert gaps
