"""Coverage: a pipeline that leaves part of the request out is refused, naming the part.

The schema here is made up for these tests (a lending library), so nothing in the check can lean
on the shop's names; the specs are the ones a model could write for each request.
"""

import pytest

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.language.coverage import check_coverage
from ai_etl.language.spoken import spoken_words, table_prefix
from ai_etl.spec import Pipeline

LIBRARY = Catalog(
    connector="library",
    tables=[
        CatalogTable(
            name="members",
            primary_key=["id"],
            columns=[
                CatalogColumn(name="id", type="integer"),
                CatalogColumn(name="full_name", type="text"),
                CatalogColumn(name="city", type="text"),
                CatalogColumn(name="tier", type="text", values=["gold", "silver", "basic"]),
            ],
        ),
        CatalogTable(
            name="books",
            primary_key=["book_id"],
            columns=[
                CatalogColumn(name="book_id", type="integer"),
                CatalogColumn(name="title", type="text"),
                CatalogColumn(name="genre", type="text", values=["Poetry", "Science Fiction", "History"]),
                CatalogColumn(name="published_year", type="integer"),
            ],
        ),
        CatalogTable(
            name="loans",
            primary_key=["loan_id"],
            columns=[
                CatalogColumn(name="loan_id", type="integer"),
                CatalogColumn(name="member_id", type="integer"),
                CatalogColumn(name="book_id", type="integer"),
                CatalogColumn(name="loaned_on", type="date"),
                CatalogColumn(name="late_fee", type="numeric(8,2)"),
            ],
            references={"member_id": "members.id", "book_id": "books.book_id"},
        ),
    ],
)


def spec(*transformations: dict, table: str = "loans", cron: str | None = None) -> Pipeline:
    return Pipeline.model_validate(
        {
            "name": "p",
            "type": "batch" if cron else "on_demand",
            "schedule": cron,
            "source": {"type": "postgres", "connector": "library", "table": table},
            "target": {"type": "clickhouse", "connector": "warehouse", "table": "p"},
            "transformations": list(transformations),
        }
    )


JOIN_BOOKS = {"type": "join", "table": "books", "left_on": "book_id", "right_on": "book_id", "columns": [{"name": "genre"}]}
JOIN_MEMBERS = {"type": "join", "table": "members", "left_on": "member_id", "right_on": "id", "columns": [{"name": "tier"}]}
LOANS_PER_GENRE = spec(JOIN_BOOKS, {"type": "aggregate", "group_by": [{"name": "genre"}], "measures": [{"name": "loans", "expr": "count()"}]})


def gaps(request: str, pipeline: Pipeline) -> list[str]:
    return [gap.phrase.strip() for gap in check_coverage(request, LIBRARY, pipeline, {"library", "warehouse"}).gaps]


@pytest.mark.parametrize(
    "request_text",
    [
        "Number of loans per genre",
        "How many loans are there for each genre?",
        "Count the loans by genre and load the result into ClickHouse",
        "For every genre, the count of loans from the library database",
    ],
)
def test_every_word_of_a_request_the_spec_does_is_accounted_for(request_text):
    assert gaps(request_text, LOANS_PER_GENRE) == []


def test_a_value_the_spec_does_not_filter_on_is_named_with_its_column():
    report = check_coverage("Number of loans per genre for gold members", LIBRARY, LOANS_PER_GENRE)
    assert [g.phrase for g in report.gaps] == ["gold", "members"]  # the members table is not read either
    assert report.gaps[0].readings == ["members.tier = 'gold'"]
    assert "'gold'" in report.refusal() and "nothing was written" in report.refusal()
    filtered = spec(JOIN_BOOKS, JOIN_MEMBERS, {"type": "filter", "condition": "tier = 'gold'"}, *LOANS_PER_GENRE.transformations[1:])
    assert gaps("Number of loans per genre for gold members", filtered) == []
    # one anchor changed: the same spec no longer accounts for the request
    assert gaps("Number of loans per genre for silver members", filtered) == ["silver"]


def test_a_column_named_but_not_used_is_a_gap_with_the_column_as_reading():
    counted = spec({"type": "aggregate", "group_by": [{"name": "member_id"}], "measures": [{"name": "n", "expr": "count()"}]})
    report = check_coverage("Total late fee per member", LIBRARY, counted)
    assert [g.phrase for g in report.gaps] == ["late fee"]
    assert "loans.late_fee" in report.gaps[0].readings
    summed = spec({"type": "aggregate", "group_by": [{"name": "member_id"}], "measures": [{"name": "fees", "expr": "sum(late_fee)"}]})
    assert gaps("Total late fee per member", summed) == []


def test_a_multi_word_value_is_one_phrase():
    assert gaps("Loans of science fiction books", spec(JOIN_BOOKS)) == ["science fiction"]
    filtered = spec(JOIN_BOOKS, {"type": "filter", "condition": "genre = 'Science Fiction'"})
    assert gaps("Loans of science fiction books", filtered) == []


def test_or_between_two_conditions_needs_the_alternatives_in_the_spec():
    """'late fees above 5 or gold members' read as AND would be another table: 'or' must be kept."""
    request = "Loans of gold members or with a late fee above 5"
    both = spec(JOIN_MEMBERS, {"type": "filter", "condition": "tier = 'gold' and late_fee > 5"})
    report = check_coverage(request, LIBRARY, both)
    assert [g.phrase for g in report.gaps] == ["or"] and "both conditions" in report.refusal()
    either = spec(JOIN_MEMBERS, {"type": "filter", "condition": "tier = 'gold' or late_fee > 5"})
    assert gaps(request, either) == []
    # one column's values, and the end of a comparison, are alternatives a spec keeps without OR
    listed = spec(JOIN_MEMBERS, {"type": "filter", "condition": "tier in ('gold', 'silver')"})
    assert gaps("Loans of gold or silver members", listed) == []
    assert gaps("Loans with a late fee of 5 or more", spec({"type": "filter", "condition": "late_fee >= 5"})) == []
    assert gaps("Loans of gold or silver members", spec(JOIN_MEMBERS, {"type": "filter", "condition": "tier = 'gold'"})) == ["silver", "or"]
    # 'both' two values of one column: a list of values keeps rows with either
    assert gaps("Loans of both Poetry and History books", spec(JOIN_BOOKS, {"type": "filter", "condition": "genre in ('Poetry', 'History')"})) == ["both"]


def test_a_verb_that_relates_the_rows_to_an_attribute_of_theirs_is_accounted_for():
    poetry = spec({"type": "filter", "condition": "genre = 'Poetry'"}, table="books")
    assert gaps("Books that feature Poetry", poetry) == []  # 'feature': the books' own genre, right after the verb
    per_genre = spec({"type": "aggregate", "group_by": [{"name": "genre"}], "measures": [{"name": "n", "expr": "count()"}]}, table="books")
    assert gaps("Number of books featuring each genre", per_genre) == []
    # with a preposition between, the verb may itself be a condition: not accounted for
    assert gaps("Books that feature in Poetry", poetry) == ["feature"]


def test_ordering_the_results_changes_no_row_and_a_weekday_needs_its_grouping():
    assert gaps("Number of loans per genre. Order the results by genre.", LOANS_PER_GENRE) == []
    per_weekday = spec({"type": "aggregate", "group_by": [{"name": "weekday", "expr": "toDayOfWeek(loaned_on)"}], "measures": [{"name": "n", "expr": "count()"}]})
    assert gaps("Number of loans on each day of the week", per_weekday) == []
    per_day = spec({"type": "aggregate", "group_by": [{"name": "day", "expr": "toDate(loaned_on)"}], "measures": [{"name": "n", "expr": "count()"}]})
    assert gaps("Number of loans on each day of the week", per_day) == ["weekday"]


def test_the_name_of_a_text_column_is_its_value():
    per_city = spec(JOIN_MEMBERS, {"type": "aggregate", "group_by": [{"name": "city"}], "measures": [{"name": "n", "expr": "count()"}]})
    assert gaps("Number of loans per member city. Show the city name.", per_city) == []
    per_fee = spec({"type": "aggregate", "group_by": [{"name": "late_fee"}], "measures": [{"name": "n", "expr": "count()"}]})
    assert gaps("Number of loans per late fee name", per_fee) == ["name"]  # a number has no name


def test_a_number_of_the_request_must_be_in_the_spec():
    per_member = spec({"type": "aggregate", "group_by": [{"name": "member_id"}], "measures": [{"name": "n", "expr": "count()"}]})
    assert gaps("Members with more than 5 loans", per_member) == ["more than 5"]
    having = spec(*per_member.transformations, {"type": "filter", "condition": "n > 5"})
    assert gaps("Members with more than 5 loans", having) == []


def test_a_weekday_must_be_the_crons():
    asked = "Load loans every week on Friday at 6 AM"
    assert gaps(asked, spec(cron="0 6 * * 5")) == []
    wrong = gaps(asked, spec(cron="0 6 * * 1"))
    assert any("every week" in gap and "friday" in gap for gap in wrong), wrong  # the schedule's phrase, named with its day


def test_a_grain_said_twice_needs_the_grouping_as_well_as_the_schedule():
    monthly = {"type": "aggregate", "group_by": [{"name": "month", "expr": "toStartOfMonth(loaned_on)"}], "measures": [{"name": "n", "expr": "count()"}]}
    asked = "Monthly loan counts, refreshed monthly on the 1st at 3 AM"
    assert gaps(asked, spec(monthly, cron="0 3 1 * *")) == []
    total = {"type": "aggregate", "group_by": [], "measures": [{"name": "n", "expr": "count()"}]}
    assert gaps(asked, spec(total, cron="0 3 1 * *")) == ["monthly"]


def test_a_superlative_needs_an_order_or_an_extreme():
    counted = spec(JOIN_BOOKS, {"type": "aggregate", "group_by": [{"name": "genre"}], "measures": [{"name": "n", "expr": "count()"}]})
    assert gaps("Which genre has the most loans?", counted) == ["most"]
    top = spec(*counted.transformations, {"type": "sql", "sql": "select * from {{ input }} order by n desc limit 1", "columns": ["genre", "n"]})
    assert gaps("Which genre has the most loans?", top) == []


def test_a_word_that_names_nothing_is_refused_with_the_closest_names():
    report = check_coverage("Loans returned late per city", LIBRARY, spec(JOIN_MEMBERS))
    phrases = [g.phrase for g in report.gaps]
    assert "late" in " ".join(phrases) and "city" in " ".join(phrases)  # 'late' alone is not the column late_fee
    assert gaps("Loans with their late fee", spec(JOIN_MEMBERS)) == []  # the copied loans table carries late_fee


def test_pipeline_wording_that_names_a_table_of_the_schema_must_be_used():
    """'report', 'list', 'lake' are wording about the output, unless the schema has a table of that name."""
    catalog = LIBRARY.model_copy(update={"tables": [*LIBRARY.tables, CatalogTable(name="report", columns=[CatalogColumn(name="report_id", type="integer")])]})
    pipeline = spec({"type": "aggregate", "group_by": [], "measures": [{"name": "loans", "expr": "count()"}]})
    assert gaps("A report of the number of loans", pipeline) == []
    assert [g.phrase.strip() for g in check_coverage("The number of loans with a report", catalog, pipeline).gaps] == ["report"]


def test_another_connector_than_the_one_read_is_a_gap():
    assert gaps("Number of loans per genre from warehouse", LOANS_PER_GENRE) == []
    report = check_coverage("Number of loans per genre from archive", LIBRARY, LOANS_PER_GENRE, {"library", "archive", "warehouse"})
    assert [g.phrase for g in report.gaps] == ["archive"]


@pytest.mark.parametrize(
    ("identifier", "columns", "said"),
    [
        ("l_extendedprice", ["l_orderkey", "l_extendedprice", "l_discount"], ("extended", "price")),
        ("c_mktsegment", ["c_custkey", "c_name", "c_mktsegment"], ("market", "segment")),
        ("lineitem", [], ("line", "item")),
        ("order_items", [], ("order", "item")),
        ("citation_num", [], ("citation", "number")),
        ("createdAt", [], ("create", "at")),
    ],
)
def test_identifiers_are_said_as_people_say_them(identifier, columns, said):
    assert spoken_words(identifier, table_prefix(columns) if columns else None)[: len(said)] == said or spoken_words(
        identifier, table_prefix(columns) if columns else None
    ) == said


def test_name_as_a_command_is_wording():
    ranked = spec({"type": "sql", "sql": "select * from {{ input }} order by late_fee desc limit 1", "columns": ["loan_id", "late_fee"]})
    assert gaps("Name the loan with the highest late fee", ranked) == []
    assert gaps("Loans of gold members. Name the loan with the highest late fee.", ranked) == ["gold", "members"]


PARCELS = Catalog(
    connector="post",
    tables=[
        CatalogTable(
            name="consignment",
            primary_key=["consignment_id"],
            columns=[CatalogColumn(name="consignment_id", type="integer"), CatalogColumn(name="urgency", type="text")],
        ),
        CatalogTable(
            name="parcel",
            primary_key=["parcel_id"],
            columns=[
                CatalogColumn(name="parcel_id", type="integer"),
                CatalogColumn(name="consignment_id", type="integer"),
                CatalogColumn(name="promised_date", type="date"),
                CatalogColumn(name="delivered_date", type="date"),
            ],
            references={"consignment_id": "consignment.consignment_id"},
        ),
    ],
)


def test_a_date_column_said_in_full_is_not_excused_as_the_act_it_records():
    """'delivered after its promised date': 'promised' alone may describe rows ('parcels promised'), but with
    'date' it names `promised_date`, which a spec that only joins the parcels does not use."""
    joined_only = Pipeline.model_validate(
        {
            "name": "p",
            "type": "on_demand",
            "source": {"type": "postgres", "connector": "post", "table": "consignment"},
            "target": {"type": "clickhouse", "connector": "warehouse", "table": "p"},
            "transformations": [
                {"type": "join", "table": "parcel", "left_on": "consignment_id", "right_on": "consignment_id", "columns": [{"name": "promised_date"}]},
                {"type": "aggregate", "group_by": [{"name": "urgency"}], "measures": [{"name": "n", "expr": "uniqExact(consignment_id)"}]},
            ],
        }
    )
    request = "How many consignments per urgency had a parcel delivered after its promised date?"
    assert any("promised" in g.phrase for g in check_coverage(request, PARCELS, joined_only).gaps)


def test_a_flat_table_is_the_shape_of_the_output():
    """'a flat (denormalised) table of loans with their member's city': a join, and the word says only that."""
    joined = spec({"type": "join", "table": "members", "left_on": "member_id", "right_on": "id", "columns": [{"name": "city"}]})
    assert gaps("Build a flat table of loans with their member's city", joined) == []
    assert gaps("Build a denormalised table of loans with their member's city", joined) == []
    assert gaps("Build a flat table of loans with their member's city", spec()) != []  # the city is still needed


def test_the_number_of_things_a_count_column_holds_is_that_column(tmp_path):
    """'the highest number of songs' where `song_count` is what the spec orders by: before, 'number' was left unplaced."""
    from written_spec import written_spec

    from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable

    catalog = Catalog(connector="radio", tables=[CatalogTable(name="playlist", primary_key=["pl_id"], columns=[
        CatalogColumn(name="pl_id", type="integer", nullable=False), CatalogColumn(name="pl_nm", type="text"),
        CatalogColumn(name="song_count", type="integer")])])  # fmt: skip
    spec, gaps = written_spec("The 5 playlists with the highest number of songs", catalog, tmp_path)
    assert gaps == [] and "order by song_count desc" in spec["transformations"][-1]["sql"]


def test_a_phrase_found_inside_another_is_said_once():
    """'came back' then its 'back': one phrase 'came back undelivered', never 'came backback undelivered'."""
    from ai_etl.language.coverage import _phrases

    text = "letters that came back undelivered"
    gaps = _phrases(text, [(13, "came back", []), (18, "back", []), (23, "undelivered", [])])
    assert [g.phrase for g in gaps] == ["came back undelivered"]
