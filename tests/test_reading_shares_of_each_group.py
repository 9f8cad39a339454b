"""Each group's share of all rows, said with the group first or its own verb, in English and Russian, over a schema made
up for these tests (a taxi firm: drivers, and trips each driven by one driver in a year)."""

from __future__ import annotations

from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable

TAXI = Catalog(
    connector="taxi",
    tables=[
        CatalogTable(name="drv", primary_key=["drv_id"], comment="Drivers", columns=[
            CatalogColumn(name="drv_id", type="integer", nullable=False), CatalogColumn(name="drv_nm", type="text")]),
        CatalogTable(name="trip", primary_key=["trip_id"], comment="Trips", references={"drv_id": "drv.drv_id"}, columns=[
            CatalogColumn(name="trip_id", type="integer", nullable=False), CatalogColumn(name="drv_id", type="integer"),
            CatalogColumn(name="pickup_ts", type="timestamp"), CatalogColumn(name="fare_eur", type="numeric(8,2)")]),
    ],
)  # fmt: skip


def _share(spec: dict) -> str | None:
    derived = [c["expr"] for t in spec["transformations"] if t["type"] == "derive" for c in t["columns"]]
    return derived[0] if len(derived) == 1 else None


def test_each_groups_share_said_with_the_group_first(tmp_path):
    """Before: 'percentage' left over (English) or the Russian 'доля каждого водителя' read without its 'of'."""
    for request, per_hundred in (
        ("Each driver's share of the trips in 2025", False),
        ("The share of each driver in the trips of 2025, as a percentage", True),
        ("Доля каждого водителя в поездках за 2025 год, в процентах", True),
    ):
        spec, gaps = written_spec(request, TAXI, tmp_path)
        aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
        assert gaps == [] and aggregate["group_by"][:1] == ["drv_id"], request
        assert _share(spec) == ("100 * " if per_hundred else "") + "trip_count / nullIf(sum(trip_count) over (), 0)", request


def test_a_share_each_group_has_by_its_own_verb(tmp_path):
    """'what share of the trips did each driver take': the act relating the driver to the trips. Before: a count of
    trips per driver, no share, reported valid ('share' passed as the verb 'share the same')."""
    spec, gaps = written_spec("What share of the trips did each driver take in 2025?", TAXI, tmp_path)
    assert gaps == [] and _share(spec) == "trip_count / nullIf(sum(trip_count) over (), 0)"


def test_a_share_is_never_a_plain_count(tmp_path):
    """Whatever is read of 'went to each driver', a count per driver is not a share: a share, or a refusal."""
    spec, gaps = written_spec("What share of the trips went to each driver?", TAXI, tmp_path)
    assert _share(spec) or gaps
