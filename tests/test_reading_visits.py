"""A dental practice made up for these tests (dentists, patients, appointments with check-in and
check-out times, treatments): everyday wording about visits over names with abbreviations."""

from __future__ import annotations

import pytest
from written_spec import written_spec

from ai_etl.agents.contracts import Catalog
from ai_etl.agents.contracts import CatalogColumn as C
from ai_etl.agents.contracts import CatalogTable as T

DENTAL = Catalog(connector="dental", tables=[
    T(name="dentist", primary_key=["dentist_id"], columns=[
        C(name="dentist_id", type="integer"), C(name="dentist_nm", type="text"), C(name="specialty_cd", type="text", values=["ORTHO", "GEN"]), C(name="hired_on", type="date")]),
    T(name="patient", primary_key=["patient_id"], columns=[C(name="patient_id", type="integer"), C(name="first_nm", type="text"), C(name="last_nm", type="text")]),
    T(name="appointment", primary_key=["appt_id"], references={"patient_id": "patient.patient_id", "dentist_id": "dentist.dentist_id"}, columns=[
        C(name="appt_id", type="integer"), C(name="patient_id", type="integer"), C(name="dentist_id", type="integer"),
        C(name="scheduled_for", type="timestamp without time zone"), C(name="checked_in_at", type="timestamp without time zone"),
        C(name="checked_out_at", type="timestamp without time zone"), C(name="fee_amt", type="numeric(8,2)")]),
])  # fmt: skip


def test_the_rows_listed_with_their_number_of_others_are_the_groups_zeros_kept(tmp_path):
    """'dentists hired before 2020 with their number of appointments': one row per such dentist, also
    those with none (a grand total would be a wrong table)."""
    spec, gaps = written_spec("dentists hired before 2020 with their number of appointments", DENTAL, tmp_path)
    join = next(t for t in spec["transformations"] if t["type"] == "join")
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert gaps == [] and join["how"] == "left" and aggregate["group_by"] == ["dentist_id"]


@pytest.mark.parametrize(("said", "condition"), [
    ("appointments that have not been checked out yet", "checked_out_at is null"),
    ("appointments not checked in", "checked_in_at is null"),
    ("checked out appointments", "isNotNull(checked_out_at)"),
])
def test_an_event_said_with_a_particle(said, condition, tmp_path):
    spec, gaps = written_spec(said, DENTAL, tmp_path)
    assert gaps == [] and [t["condition"] for t in spec["transformations"] if t["type"] == "filter"] == [condition]


def test_a_visit_lasts_from_check_in_to_check_out(tmp_path):
    spec, gaps = written_spec("Average visit length in minutes per dentist", DENTAL, tmp_path)
    assert gaps == [] and "avg(dateDiff('second', checked_in_at, checked_out_at) / 60)" in str(spec["transformations"])
