"""Acts said with when they happened, over a schema made up for these tests (a sailing school's charters and
sailors): 'charters reserved in May' is when the reservation was made (`reserved_at`), not the charters whose
status is 'reserved' today; 'sailors who quit in 2024' names an act no date of theirs records, so no date may
stand in for it; 'in June and July 2025' is both months."""

from __future__ import annotations

import pytest
from written_spec import filters, written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.language.coverage import check_coverage
from ai_etl.spec import Pipeline

SCHOOL = Catalog(
    connector="school",
    tables=[
        CatalogTable(
            name="sailor",
            primary_key=["sailor_id"],
            columns=[
                CatalogColumn(name="sailor_id", type="integer"),
                CatalogColumn(name="full_name", type="text"),
                CatalogColumn(name="hired_on", type="date"),
                CatalogColumn(name="left_on", type="date"),
                CatalogColumn(name="birth_dt", type="date"),
                CatalogColumn(name="contract", type="text", values=["active", "cancelled"]),
            ],
        ),
        CatalogTable(
            name="lesson",
            primary_key=["lesson_id"],
            columns=[
                CatalogColumn(name="lesson_id", type="integer"),
                CatalogColumn(name="starts_at", type="timestamp with time zone"),
                CatalogColumn(name="is_cancelled", type="boolean"),
            ],
        ),
        CatalogTable(
            name="enrolment",
            primary_key=["enrolment_id"],
            columns=[
                CatalogColumn(name="enrolment_id", type="integer"),
                CatalogColumn(name="sailor_id", type="integer"),
                CatalogColumn(name="lesson_id", type="integer"),
            ],
            references={"sailor_id": "sailor.sailor_id", "lesson_id": "lesson.lesson_id"},
        ),
        CatalogTable(
            name="charter",
            primary_key=["charter_id"],
            columns=[
                CatalogColumn(name="charter_id", type="integer"),
                CatalogColumn(name="skipper_id", type="integer"),
                CatalogColumn(name="status", type="text", values=["cancelled", "reserved", "sailed"]),
                CatalogColumn(name="reserved_at", type="timestamp with time zone"),
                CatalogColumn(name="sailed_on", type="date"),
                CatalogColumn(name="fee", type="numeric(8,2)"),
            ],
            references={"skipper_id": "sailor.sailor_id"},
        ),
    ],
)


def test_an_act_said_with_when_is_its_date_not_the_status_now(tmp_path):
    """Before, the charters reserved in May were also those still 'reserved': the ones that sailed since were lost."""
    spec, gaps = written_spec("Load the charters reserved in May 2025", SCHOOL, tmp_path)
    assert gaps == [] and filters(spec) == "reserved_at >= '2025-05-01' and reserved_at < '2025-06-01'"
    spec, gaps = written_spec("Load the reserved charters", SCHOOL, tmp_path)
    assert gaps == [] and filters(spec) == "status = 'reserved'"


@pytest.mark.parametrize("request_text", ["How many sailors quit each month in 2024?", "Sailors who quit in 2024"])
def test_an_act_no_date_records_is_not_read_as_another_date(tmp_path, request_text):
    """Before, 'quit' was taken for a word about the rows and the months were those of `hired_on`."""
    _, gaps = written_spec(request_text, SCHOOL, tmp_path)
    assert [g.phrase for g in gaps] == ["quit"] and "sailor.hired_on" in gaps[0].readings


def test_an_act_a_date_records_is_read(tmp_path):
    spec, gaps = written_spec("How many sailors were hired each month in 2024?", SCHOOL, tmp_path)
    assert gaps == [] and "toStartOfMonth(hired_on)" in str(spec["transformations"])


@pytest.mark.parametrize(
    ("request_text", "condition"),
    [
        ("Charters that sailed in June and July 2025", "sailed_on >= '2025-06-01' and sailed_on < '2025-08-01'"),
        ("Charters that sailed in October, November and December 2024", "sailed_on >= '2024-10-01' and sailed_on < '2025-01-01'"),
    ],
)
def test_months_said_together_with_one_year_are_all_of_them(tmp_path, request_text, condition):
    """Before, 'in June and July 2025' was July alone."""
    spec, gaps = written_spec(request_text, SCHOOL, tmp_path)
    assert gaps == [] and filters(spec) == condition


def test_months_apart_are_not_read_as_one_range(tmp_path):
    _, gaps = written_spec("Charters that sailed in June and August 2025", SCHOOL, tmp_path)
    assert "june" in [g.phrase for g in gaps]


def test_a_word_read_as_a_value_of_the_rows_is_no_flag_of_rows_farther_away(tmp_path):
    """Before, 'sailors cancelled' were also those enrolled in a cancelled lesson, counted by the month they
    were hired: their status says who cancelled, no date says when."""
    spec, gaps = written_spec("How many sailors cancelled each month in 2024?", SCHOOL, tmp_path)
    assert "lesson" not in str(spec["transformations"]) and "contract = 'cancelled'" in filters(spec) and [g.phrase for g in gaps] == ["cancelled"]


def test_a_later_act_of_the_missing_rows_is_not_their_absence(tmp_path):
    """'trainees who never finished any module' were read as trainees with no registration at all (no gap): a
    registration records its making and later acts (`completed_at`, `refunded_at`, NULL until then), and
    'finished' is not the making."""
    def table(name, *columns, **references):
        return CatalogTable(name=name, primary_key=[columns[0].name], columns=list(columns), references=references)

    catalog = Catalog(connector="academy", tables=[
        table("trainee", CatalogColumn(name="trainee_id", type="integer"), CatalogColumn(name="email", type="text")),
        table("module", CatalogColumn(name="module_id", type="integer"), CatalogColumn(name="title", type="text")),
        table("registration", CatalogColumn(name="reg_id", type="integer"), CatalogColumn(name="trainee_id", type="integer"),
              CatalogColumn(name="module_id", type="integer"), CatalogColumn(name="registered_at", type="timestamp with time zone", nullable=False),
              CatalogColumn(name="completed_at", type="timestamp with time zone"), CatalogColumn(name="refunded_at", type="timestamp with time zone"),
              trainee_id="trainee.trainee_id", module_id="module.module_id"),
    ])  # fmt: skip
    spec, gaps = written_spec("Trainees who have never registered for any module", catalog, tmp_path)
    assert gaps == [] and spec["transformations"][0]["how"] == "anti"
    pipeline = Pipeline.model_validate(spec)  # the same spec cannot answer 'never finished'
    assert [g.phrase for g in check_coverage("Trainees who have never finished any module", catalog, pipeline).gaps] == ["finished"]


def test_an_act_said_with_to_whom_is_the_act_not_the_status_now(tmp_path):
    """'charters reserved to them' are every charter reserved (the act `reserved_at` records), not those whose
    status is still 'reserved' (before: a filter on the status, the sailed ones lost)."""
    spec, gaps = written_spec("Top 3 sailors by the number of charters reserved to them", SCHOOL, tmp_path)
    assert gaps == [] and "status" not in filters(spec) and "limit 3" in str(spec["transformations"])
