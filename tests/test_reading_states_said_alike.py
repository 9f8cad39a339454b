"""A state said in other words than its legend's, and a table's comment name said shorter, over a pet salon made up for
these tests (`pet_appt` 'Pet grooming salon appointments', 'B = booked, D = done, X = cancelled'): 'completed' and
'finished' appointments are the done ones, never all of them, and 'grooming appointments' names the table."""

from __future__ import annotations

import pytest
from written_spec import filters, written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable

SALON = Catalog(connector="salon", tables=[
    CatalogTable(name="stylist", primary_key=["sty_id"], columns=[
        CatalogColumn(name="sty_id", type="integer", nullable=False), CatalogColumn(name="sty_nm", type="text")]),
    CatalogTable(name="pet_appt", primary_key=["appt_id"], references={"sty_id": "stylist.sty_id"},
                 comment="Pet grooming salon appointments", called=["pet grooming salon appointments", "grooming salon appointments", "salon appointments"],
                 columns=[
        CatalogColumn(name="appt_id", type="integer", nullable=False), CatalogColumn(name="sty_id", type="integer", nullable=False),
        CatalogColumn(name="appt_ts", type="timestamp with time zone", nullable=False),
        CatalogColumn(name="appt_stat", type="character(1)", values=["B", "D", "X"], comment="B = booked, D = done, X = cancelled",
                      value_names={"B": ["booked"], "D": ["done"], "X": ["cancelled"]})]),
])  # fmt: skip


@pytest.mark.parametrize("word", ["completed", "finished"])
def test_a_state_said_in_other_words_is_the_legends(word, tmp_path):
    """Before: 'completed' was taken for an act that describes every appointment, and all of them were counted."""
    spec, gaps = written_spec(f"Number of {word} grooming appointments per stylist in 2025", SALON, tmp_path)
    assert gaps == [] and filters(spec) == "appt_stat = 'D' and toYear(appt_ts) = 2025"


def test_a_state_said_in_other_words_with_the_table_named_in_full(tmp_path):
    """Before: no condition and no gap, every appointment counted, reported valid."""
    spec, gaps = written_spec("Number of completed salon appointments per stylist in 2025", SALON, tmp_path)
    assert gaps == [] and filters(spec) == "appt_stat = 'D' and toYear(appt_ts) = 2025"


def test_a_participle_before_a_longer_name_of_the_rows_is_asked_about(tmp_path):
    """'approved grooming appointments' where no legend says 'approved': which appointments, not what happened to all
    of them (before: no gap, every appointment counted, when the participle stood before a two-word name)."""
    spec, gaps = written_spec("Number of approved grooming appointments per stylist", SALON, tmp_path)
    assert [g.phrase for g in gaps] == ["approved"]


def test_a_ratio_of_a_value_to_its_negation_keeps_both_sides(tmp_path):
    """'the ratio of cancelled to non-cancelled appointments': the spec counts both, so 'non-cancelled' is accounted
    for (before: refused, 'the request leaves these rows out, but the pipeline keeps only them')."""
    spec, gaps = written_spec("What is the ratio of cancelled appointments to non-cancelled appointments?", SALON, tmp_path)
    assert gaps == [], gaps
    measure = next(t for t in spec["transformations"] if t["type"] == "aggregate")["measures"][0]["expr"]
    assert "appt_stat = 'X'" in measure and "appt_stat != 'X'" in measure
