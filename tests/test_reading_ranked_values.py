"""'Which X has the most <value> Y', over a schema made up for these tests (a climbing gym chain: members
(`mbr`, abbreviated) with a home gym and a plan, and their bookings): the rows counted are the Y said after
the value ('the most cancelled orders', 'the most Premium members'), grouped by X with its name beside the
key. Before, 'the most Premium members' summed the bookings' `mbr_id` (a key, never a measure; on the gym dev set,
where `mbr` is spoken 'member' from its comments: this schema guards the reading, it did not fail before) and
'the most cancelled orders' was left unplaced."""

from __future__ import annotations

from test_reading_inclusions import BAKERY
from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable

CLIMBING = Catalog(
    connector="climbing",
    tables=[
        CatalogTable(name="gym", primary_key=["gym_id"], columns=[
            CatalogColumn(name="gym_id", type="integer", nullable=False), CatalogColumn(name="gym_nm", type="text", nullable=False)]),
        CatalogTable(name="mbr_plan", primary_key=["plan_id"], columns=[
            CatalogColumn(name="plan_id", type="integer", nullable=False),
            CatalogColumn(name="plan_nm", type="text", nullable=False, values=["Basic", "Premium"])]),
        CatalogTable(name="mbr", primary_key=["mbr_id"], comment="gym members", references={"home_gym_id": "gym.gym_id", "plan_id": "mbr_plan.plan_id"},
                     columns=[CatalogColumn(name="mbr_id", type="integer", nullable=False), CatalogColumn(name="home_gym_id", type="integer"),
                              CatalogColumn(name="plan_id", type="integer", nullable=False), CatalogColumn(name="first_nm", type="text")]),
        CatalogTable(name="booking", primary_key=["bkg_id"], references={"mbr_id": "mbr.mbr_id"}, columns=[
            CatalogColumn(name="bkg_id", type="integer", nullable=False), CatalogColumn(name="mbr_id", type="integer"),
            CatalogColumn(name="booked_at", type="timestamp with time zone", nullable=False)]),
    ],
)  # fmt: skip


def _measures(spec: dict) -> list[str]:
    return [m["expr"] for t in spec["transformations"] if t["type"] == "aggregate" for m in t["measures"]]


def test_the_most_members_of_a_plan_counts_members_never_sums_their_ids(tmp_path):
    spec, gaps = written_spec("Which gym has the most Premium members?", CLIMBING, tmp_path)
    assert not any("sum(" in m for m in _measures(spec)), spec
    if not gaps:
        assert spec["source"]["table"] == "mbr" and _measures(spec) == ["count()"]


def test_the_most_rows_of_a_value_are_counted_per_group_with_its_name(tmp_path):
    spec, gaps = written_spec("Which cafe has the most cancelled orders?", BAKERY, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "whs_order" and _measures(spec) == ["count()"]
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert aggregate["group_by"] == ["cafe_id", "cafe_nm"]


def test_what_is_ranked_is_never_a_function_word():
    """'Which appeal brought in the most in cleared gifts' ranked appeals by a count named 'in' (charity blind read)."""
    from ai_etl.language.rankings import ranked_phrase

    assert ranked_phrase("which appeal brought in the most in cleared gifts during 2025?") is None
    assert ranked_phrase("which cafe has the most cancelled orders?")[3] == "cancelled orders"
