"""Pounds of weight and dates of what happened, over a scrap yard made up for these tests: 'the most pounds picked up'
sums the weight kept in lb (never the count of items), 'in 2025' of an act with a planned and an actual date is the
actual one, and 'pounds' where money is kept in sterling too is not taken for a weight."""

from __future__ import annotations

from written_spec import filters, written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable


def scrap_yard(fee_comment: str = "collection fee, USD") -> Catalog:
    return Catalog(connector="scrap", tables=[
        CatalogTable(name="yard", primary_key=["yard_id"], columns=[
            CatalogColumn(name="yard_id", type="integer", nullable=False), CatalogColumn(name="yard_nm", type="text")]),
        CatalogTable(name="pickup", primary_key=["pk_id"], references={"yard_id": "yard.yard_id"}, columns=[
            CatalogColumn(name="pk_id", type="integer", nullable=False), CatalogColumn(name="yard_id", type="integer", nullable=False),
            CatalogColumn(name="item_qty", type="integer", comment="items picked up"),
            CatalogColumn(name="net_lbs", type="numeric", comment="net weight picked up, lb"),
            CatalogColumn(name="fee_amt", type="numeric", comment=fee_comment),
            CatalogColumn(name="sched_pick_dt", type="date", comment="promised pickup date"),
            CatalogColumn(name="pick_dt", type="date", comment="date the load was actually picked up; NULL = not yet")]),
    ])  # fmt: skip


def test_the_most_pounds_is_the_weight_and_the_year_is_when_it_happened(tmp_path):
    """Before: 'pounds' named no unit (only 'pound' did), so the items were summed, and the year was of the promised date."""
    spec, gaps = written_spec("Which yard had the most pounds picked up in 2025?", scrap_yard(), tmp_path)
    assert gaps == [] and filters(spec).startswith("toYear(pick_dt) = 2025")
    assert next(t for t in spec["transformations"] if t["type"] == "aggregate")["measures"][0]["expr"] == "sum(net_lbs)"


def test_pounds_where_money_is_kept_in_sterling_is_not_read_as_weight(tmp_path):
    spec, gaps = written_spec("Which yard had the most pounds picked up in 2025?", scrap_yard("collection fee, GBP"), tmp_path)
    assert "most pounds" in [g.phrase for g in gaps] and "net_lbs" not in str(spec)
