"""Phrasal verbs said for the acts a code's name records, over a schema made up for these tests (a
conference's talks and the guests' RSVPs to them, whose outcome code says 'A = attended, N = no-show, W = withdrawn'):
'talks people turned up to' are attended RSVPs; and a phrasal verb built on a word that also commands a
pipeline ('showed up', 'brought in') is never taken for that command when nothing in the schema says it."""

from __future__ import annotations

import pytest
from written_spec import filters, written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable


def _conference(outcomes: dict[str, list[str]]) -> Catalog:
    return Catalog(
        connector="conf",
        tables=[
            CatalogTable(name="talk", primary_key=["talk_id"], columns=[
                CatalogColumn(name="talk_id", type="integer", nullable=False), CatalogColumn(name="title", type="text", nullable=False),
                CatalogColumn(name="starts_at", type="timestamp with time zone", nullable=False)]),
            CatalogTable(name="guest_rsvp", primary_key=["rsvp_id"], references={"talk_id": "talk.talk_id"}, columns=[
                CatalogColumn(name="rsvp_id", type="integer", nullable=False), CatalogColumn(name="talk_id", type="integer", nullable=False),
                CatalogColumn(name="email", type="text", nullable=False),
                CatalogColumn(name="outcome_cd", type="character(1)", nullable=False, values=sorted(outcomes), value_names=outcomes,
                              comment=", ".join(f"{code} = {names[0]}" for code, names in outcomes.items()))]),
        ],
    )  # fmt: skip


ATTENDED = _conference({"A": ["attended"], "N": ["no-show"], "W": ["withdrawn"]})
CONFIRMED = _conference({"C": ["confirmed"], "X": ["cancelled"]})  # nothing records who came


@pytest.mark.parametrize(
    "request_text",
    ["Load the RSVPs of guests who actually showed up", "RSVPs where the guest turned up", "Copy the RSVPs of guests that showed up"],
)
def test_showing_up_is_the_attended_code(tmp_path, request_text):
    """Before, 'showed up' was the pipeline's word 'show' and every RSVP was loaded."""
    spec, gaps = written_spec(request_text, ATTENDED, tmp_path)
    assert gaps == [] and filters(spec) == "outcome_cd = 'A'"


def test_dropping_out_is_withdrawing(tmp_path):
    spec, gaps = written_spec("Load the RSVPs of guests who dropped out", ATTENDED, tmp_path)
    assert gaps == [] and filters(spec) == "outcome_cd = 'W'"


@pytest.mark.parametrize(
    "request_text",
    ["Load the RSVPs of guests who actually showed up", "How many RSVPs per talk, counting guests who turned up"],
)
def test_a_phrasal_verb_no_code_records_is_not_a_pipeline_word(tmp_path, request_text):
    """No code says who came: 'showed up' must be reported, not read as 'show' and dropped."""
    spec, gaps = written_spec(request_text, CONFIRMED, tmp_path)
    assert any("showed" in g.phrase or "turned" in g.phrase for g in gaps), (spec, gaps)
