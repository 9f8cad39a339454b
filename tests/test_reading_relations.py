"""Reading requests over a schema made up for these tests (a volunteer network: volunteers, their
chapters, events and who attended them): rows that have related rows, counts of another table per
subject, ratios, places said by name where the data holds codes, yes/no columns, stated units."""

from __future__ import annotations

import pytest

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.agents.schema_analyst import ground
from ai_etl.catalog.places import place_names
from ai_etl.language.coverage import check_coverage
from ai_etl.language.request_parser import parse_request
from ai_etl.offline_model.spec_writer import write_pipeline
from ai_etl.project_files import Project, ProjectFolder
from ai_etl.spec import Pipeline

VOLUNTEERS = Catalog(
    connector="network",
    tables=[
        CatalogTable(
            name="chapter",
            primary_key=["chapter_id"],
            identifier="chapter_id",
            columns=[
                CatalogColumn(name="chapter_id", type="integer"),
                CatalogColumn(name="chapter_name", type="text"),
                CatalogColumn(name="region", type="text", values=["North", "South"]),
                CatalogColumn(name="home_state", type="text", values=["CA", "NY", "TX", "WA"]),
            ],
        ),
        CatalogTable(
            name="volunteer",
            primary_key=["volunteer_id"],
            identifier="volunteer_id",
            columns=[
                CatalogColumn(name="volunteer_id", type="integer"),
                CatalogColumn(name="full_name", type="text"),
                CatalogColumn(name="is_active", type="integer"),
                CatalogColumn(name="chapter_id", type="integer"),
            ],
            references={"chapter_id": "chapter.chapter_id"},
        ),
        CatalogTable(
            name="event",
            primary_key=["event_id"],
            identifier="event_id",
            columns=[
                CatalogColumn(name="event_id", type="integer"),
                CatalogColumn(name="event_name", type="text", mentioned=["Spring Gala", "Winter Fair"]),
                CatalogColumn(name="event_attendance", type="integer"),
                CatalogColumn(name="event_year", type="integer"),
            ],
        ),
        CatalogTable(
            name="attends",
            columns=[CatalogColumn(name="volunteer_id", type="integer"), CatalogColumn(name="event_id", type="integer")],
            references={"volunteer_id": "volunteer.volunteer_id", "event_id": "event.event_id"},
        ),
        CatalogTable(
            name="donation",
            primary_key=["donation_id"],
            identifier="donation_id",
            columns=[
                CatalogColumn(name="donation_id", type="integer"),
                CatalogColumn(name="volunteer_id", type="integer"),
                CatalogColumn(name="amount", type="numeric(10,2)"),
            ],
            references={"volunteer_id": "volunteer.volunteer_id"},
        ),
    ],
)


def _folder(tmp_path) -> ProjectFolder:
    project = Project.model_validate(
        {"name": "net", "connectors": {"network": {"type": "postgres", "url_env": "NET_URL"}, "warehouse": {"type": "clickhouse"}}}
    )
    return ProjectFolder(root=tmp_path, project=project, pipelines={}, pipeline_files={})


def _spec(request: str, tmp_path) -> tuple[dict, list]:
    """The spec the offline writer makes for the request, and what the coverage check finds missing."""
    plan = ground(request, parse_request(request, VOLUNTEERS), VOLUNTEERS, _folder(tmp_path))
    spec = write_pipeline(plan, VOLUNTEERS, "warehouse")
    return spec, check_coverage(request, VOLUNTEERS, Pipeline.model_validate(spec)).gaps


def test_rows_that_have_related_rows_are_kept_once_each(tmp_path):
    spec, gaps = _spec("Which volunteers attended events in 2023?", tmp_path)
    joined = [t["table"] for t in spec["transformations"] if t["type"] == "join"]
    assert joined == ["attends", "event"]  # the link table named by its verb, then the events
    assert any(t["type"] == "filter" and "event_year = 2023" in t["condition"] for t in spec["transformations"])
    last = spec["transformations"][-1]
    assert last["type"] == "sql" and last["sql"].startswith("select distinct ") and "volunteer_id" in last["columns"]
    assert not gaps


def test_a_count_of_another_table_per_subject_is_grouped_by_the_subject():
    intent = parse_request("Which volunteers made donations, and how many donations did they make?", VOLUNTEERS)
    assert intent.main_table == "donation"
    assert [g.column for g in intent.group_by][:1] == ["donation.volunteer_id"]
    assert [m.function for m in intent.measures] == ["count"]


def test_a_count_of_another_table_is_never_a_count_of_the_main_rows():
    intent = parse_request("How many donations do the volunteers of the North region have?", VOLUNTEERS)
    counts = [m for m in intent.measures if m.name == "donations_count"]
    assert counts and all(m.function != "count" or intent.main_table == "donation" for m in counts)


def test_a_place_said_by_name_is_its_code_in_the_data():
    intent = parse_request("List the chapters in the state of Texas", VOLUNTEERS)
    assert [(c.column, c.op, c.value) for c in intent.conditions] == [("chapter.home_state", "=", "TX")]


def test_codes_of_no_one_system_get_no_names():
    assert place_names(("CA", "MD", "BI")) == {}  # countries or subdivisions of several: not guessed
    assert place_names(("CA", "DE")) == {}  # Canada and Germany, or California and Delaware
    assert place_names(("CA", "NY", "TX"))["TX"] == ("texas",)


@pytest.mark.parametrize(
    "request_text, value", [("Load the active volunteers", 1), ("Load the inactive volunteers", 0), ("volunteers who are not active", 0)]
)
def test_an_integer_yes_no_column_is_read_from_its_word_or_its_opposite(request_text, value):
    intent = parse_request(request_text, VOLUNTEERS)
    assert [(c.column, c.op, c.value) for c in intent.conditions] == [("volunteer.is_active", "=", value)]


def test_the_ratio_of_one_column_over_two_named_rows_sums_it_on_each_side():
    intent = parse_request("What is the ratio of the attendance of the Spring Gala to the attendance of the Winter Fair?", VOLUNTEERS)
    (ratio,) = intent.measures
    assert ratio.function == "ratio" and ratio.column == "event.event_attendance"
    assert [c.value for c in ratio.numerator] == ["Spring Gala"] and [c.value for c in ratio.denominator] == ["Winter Fair"]


def test_the_ratio_of_two_tables_counts_reads_the_grouped_table_and_keeps_unmatched_rows(tmp_path):
    spec, gaps = _spec("How does the ratio of volunteers to chapters differ by region?", tmp_path)
    join = next(t for t in spec["transformations"] if t["type"] == "join")
    assert spec["source"]["table"] == "chapter" and join["table"] == "volunteer" and join["how"] == "left"
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert [m["name"] for m in aggregate["measures"]] == ["volunteer_count", "chapter_count", "ratio"]
    assert "/ nullIf(" in aggregate["measures"][2]["expr"] and not gaps


def test_the_second_side_of_a_ratio_keeps_its_own_place():
    intent = parse_request("What is the ratio of chapters in the state of California to chapters in the state of Washington?", VOLUNTEERS)
    (ratio,) = intent.measures
    assert [c.value for c in ratio.numerator] == ["CA"] and [c.value for c in ratio.denominator] == ["WA"]
    assert not intent.conditions  # 'in the state of Washington' belongs to the second side, not to both


def test_large_spoken_numbers_and_counted_nouns_compare_the_column():
    intent = parse_request("Which events had more than two thousand people attending?", VOLUNTEERS)
    assert all(c.value == 2000 for c in intent.conditions if c.op != "not_null")
    intent = parse_request("Events with an attendance above 10,000", VOLUNTEERS)
    assert [(c.column, c.op, c.value) for c in intent.conditions] == [("event.event_attendance", ">", 10000)]


def test_stated_units_and_plural_superlatives_change_no_row(tmp_path):
    intent = parse_request("Which events have the largest attendance, ordered from largest to smallest?", VOLUNTEERS)
    assert intent.main_table == "event" and intent.rank is None and not intent.measures


def test_a_unit_the_schema_names_is_kept_for_the_coverage_check():
    from ai_etl.language.presentation import without_stated_units

    assert "meters" in without_stated_units("the longest routes in meters", ["route_length_km"])
    assert "meters" not in without_stated_units("the longest routes in meters", ["route_length"])


def test_who_did_it_is_not_a_grouping():
    intent = parse_request("How many donations were made by volunteers of the North region?", VOLUNTEERS)
    assert intent.group_by == []  # 'made by volunteers' says who, not 'per volunteer'
    intent = parse_request("How many donations per volunteer?", VOLUNTEERS)
    assert [g.column for g in intent.group_by][:1] == ["donation.volunteer_id"]


def test_a_value_that_contains_a_table_name_relates_nothing():
    catalog = VOLUNTEERS.model_copy(deep=True)
    catalog.table("chapter").column("chapter_name").mentioned = ["United Volunteers"]
    intent = parse_request("Get the chapters named United Volunteers and their region", catalog)
    assert intent.through_tables == []


def test_by_each_after_a_verb_is_a_grouping():
    intent = parse_request("What is the total amount of donations received by each volunteer?", VOLUNTEERS)
    assert [g.column for g in intent.group_by][:1] == ["donation.volunteer_id"]
