"""'Students who never took Physics': rows with no related row that leads to a value, on a schema made up
for these tests (students, courses, the enrollments that link them)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.language.coverage import check_coverage
from ai_etl.spec import Pipeline

SCHOOL = Catalog(
    connector="school",
    tables=[
        CatalogTable(name="student", primary_key=["student_id"], columns=[CatalogColumn(name="student_id", type="integer"), CatalogColumn(name="full_name", type="text")]),
        CatalogTable(
            name="course",
            primary_key=["course_id"],
            columns=[
                CatalogColumn(name="course_id", type="integer"),
                CatalogColumn(name="title", type="text", mentioned=["Physics", "Latin"]),
                CatalogColumn(name="level", type="text", values=["intro", "advanced"]),
            ],
        ),
        CatalogTable(
            name="enrollment",
            primary_key=["enroll_id"],
            references={"student_id": "student.student_id", "course_id": "course.course_id"},
            columns=[
                CatalogColumn(name="enroll_id", type="integer"),
                CatalogColumn(name="student_id", type="integer"),
                CatalogColumn(name="course_id", type="integer"),
                CatalogColumn(name="term", type="text", values=["2024S", "2024F"]),
            ],
        ),
    ],
)


@pytest.mark.parametrize(
    "request_text, where",
    [
        ("Which students never took Physics?", "course.title = 'Physics'"),
        ("students who have never taken an advanced course", "course.level = 'advanced'"),
        ("list the students that did not enrol in Latin", "course.title = 'Latin'"),
    ],
)
def test_never_related_to_a_value_is_an_anti_join_narrowed_to_it(request_text, where, tmp_path):
    spec, gaps = written_spec(request_text, SCHOOL, tmp_path)
    [anti] = spec["transformations"]
    assert (anti["how"], anti["table"], anti["left_on"], anti["right_on"]) == ("anti", "enrollment", "student_id", "student_id")
    assert anti["through"] == [{"table": "course", "left_on": "enrollment.course_id", "right_on": "course_id"}]
    assert anti["where"] == where and not gaps


def test_a_value_of_the_linking_rows_needs_no_further_join(tmp_path):
    spec, gaps = written_spec("students who did not enrol in term 2024F", SCHOOL, tmp_path)
    [anti] = spec["transformations"]
    assert anti["table"] == "enrollment" and "through" not in anti and anti["where"] == "enrollment.term = '2024F'" and not gaps


def test_an_anti_join_that_drops_the_value_leaves_it_unplaced(tmp_path):
    spec, _ = written_spec("Which students never took Physics?", SCHOOL, tmp_path)
    del spec["transformations"][0]["where"], spec["transformations"][0]["through"]
    gaps = check_coverage("Which students never took Physics?", SCHOOL, Pipeline.model_validate(spec)).gaps
    assert [g.phrase for g in gaps] == ["physics"]


def test_an_inner_join_is_never_narrowed():
    spec = {
        "name": "p", "type": "on_demand", "source": {"type": "postgres", "connector": "school", "table": "student"},
        "target": {"type": "clickhouse", "connector": "warehouse", "table": "t"},
        "transformations": [{"type": "join", "table": "enrollment", "left_on": "student_id", "right_on": "student_id", "where": "enrollment.term = '2024F'"}],
    }  # fmt: skip
    with pytest.raises(ValidationError, match="with an inner join, filter after it"):
        Pipeline.model_validate(spec)
