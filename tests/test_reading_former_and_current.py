"""People who have left, states said 'right now', the pronoun 'I' and a share of rows counted through their own
children, over a schema made up for these tests (a volunteer fire brigade: stations, firefighters with
`end_dt` 'NULL = still serving' and a rank 'I = instructor', and training courses each firefighter attends)."""

from __future__ import annotations

from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.catalog.comments import value_names

STATES = "A = available, U = unavailable (injured or on leave)"
RANKS = "R = recruit, C = crew commander, I = instructor"
BRIGADE = Catalog(
    connector="brigade",
    tables=[
        CatalogTable(name="stn", primary_key=["stn_id"], comment="Fire stations", called=["stations"], columns=[
            CatalogColumn(name="stn_id", type="integer", nullable=False), CatalogColumn(name="stn_nm", type="text")]),
        CatalogTable(name="ff", primary_key=["ff_id"], comment="Firefighters", called=["firefighters"], references={"stn_id": "stn.stn_id"}, columns=[
            CatalogColumn(name="ff_id", type="integer", nullable=False), CatalogColumn(name="stn_id", type="integer"),
            CatalogColumn(name="end_dt", type="date", comment="last day of service; NULL = still serving", null_names=["still serving"]),
            CatalogColumn(name="avail_cd", type="text", comment=STATES, values=["A", "U"], value_names=value_names(STATES, ["A", "U"])),
            CatalogColumn(name="rank_cd", type="text", comment=RANKS, values=["C", "I", "R"], value_names=value_names(RANKS, ["C", "I", "R"]))]),
        CatalogTable(name="trn", primary_key=["trn_id"], comment="Training courses attended", references={"ff_id": "ff.ff_id"}, columns=[
            CatalogColumn(name="trn_id", type="integer", nullable=False), CatalogColumn(name="ff_id", type="integer"),
            CatalogColumn(name="done_dt", type="date", comment="day the course was completed; NULL = still on the course", null_names=["still on the course"])]),
    ],
)  # fmt: skip
FORMER = [{"type": "filter", "condition": "isNotNull(end_dt)"}]


def test_people_who_have_left_are_the_former_ones(tmp_path):
    """Before: 'left the brigade' unplaced, refused. The pronoun 'I' is no rank 'I = instructor' (it was read as one)."""
    for request in ("Load the firefighters who have left the brigade", "Firefighters who have left the brigade. No schedule, I'll run it when I need it."):
        spec, gaps = written_spec(request, BRIGADE, tmp_path)
        assert spec["source"]["table"] == "ff" and spec["transformations"] == FORMER and gaps == [], request


def test_a_state_said_right_now_is_the_state(tmp_path):
    """Before: 'right now' unplaced, refused. Now is of the firefighters still serving too (`end_dt` 'NULL = still
    serving'): one who has left is not unavailable right now, whatever his last state says."""
    spec, gaps = written_spec("Firefighters who are unavailable right now, every hour", BRIGADE, tmp_path)
    assert spec["transformations"] == [{"type": "filter", "condition": "end_dt is null and avail_cd = 'U'"}] and gaps == []


def test_a_share_counted_through_child_rows_is_refused(tmp_path):
    """'each station's firefighters still on a course': counting firefighters joined to their courses counts one
    once per course; before, a share of all stations' rows filtered to those on a course, reported valid."""
    for request in ("What percentage of each station's firefighters are still on the course?", "What percentage of each station's firefighters are still on the course right now?"):
        try:
            spec, gaps = written_spec(request, BRIGADE, tmp_path)
        except Exception as refused:  # the Refusal names the join that counts a row twice
            assert "once per match" in str(refused)
            continue
        assert gaps, request
