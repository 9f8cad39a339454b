"""Reading requests over a schema made up for these tests (a lending library: branches, books, members,
loans): how a text is spelled, per-row quotients, numbers said of a table named before them."""

from __future__ import annotations

import chdb
import pytest
from written_spec import filters, written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable, Condition
from ai_etl.language.coverage import check_coverage
from ai_etl.language.request_parser import parse_request
from ai_etl.offline_model.spec_writer import _condition_sql
from ai_etl.spec import Pipeline

LIBRARY = Catalog(
    connector="library",
    tables=[
        CatalogTable(
            name="branch",
            primary_key=["branch_id"],
            identifier="branch_id",
            columns=[
                CatalogColumn(name="branch_id", type="integer"),
                CatalogColumn(name="branch_name", type="text"),
                CatalogColumn(name="floor_space", type="integer"),
                CatalogColumn(name="staff", type="integer"),
            ],
        ),
        CatalogTable(
            name="book",
            primary_key=["isbn"],
            identifier="isbn",
            columns=[
                CatalogColumn(name="isbn", type="text"),
                CatalogColumn(name="title", type="text", mentioned=["Dune", "Emma", "Persuasion"]),
                CatalogColumn(name="pages", type="integer"),
                CatalogColumn(name="avg_rating", type="real"),
                CatalogColumn(name="list_price", type="numeric(8,2)"),
                CatalogColumn(name="borrow_count", type="integer"),
                CatalogColumn(name="branch_id", type="integer"),
            ],
            references={"branch_id": "branch.branch_id"},
        ),
        CatalogTable(
            name="member",
            primary_key=["member_id"],
            identifier="member_id",
            columns=[
                CatalogColumn(name="member_id", type="integer"),
                CatalogColumn(name="surname", type="character varying"),
                CatalogColumn(name="email", type="text"),
                CatalogColumn(name="birth_year", type="integer"),
                CatalogColumn(name="home_town", type="text", values=["Leeds", "York"]),
                CatalogColumn(name="branch_id", type="integer"),
            ],
            references={"branch_id": "branch.branch_id"},
        ),
        CatalogTable(
            name="genre",
            primary_key=["genre_id"],
            identifier="genre_id",
            columns=[CatalogColumn(name="genre_id", type="integer"), CatalogColumn(name="isbn", type="text"), CatalogColumn(name="genre_name", type="text", mentioned=["Poetry", "Fantasy"])],
            references={"isbn": "book.isbn"},
        ),
        CatalogTable(
            name="loan",
            primary_key=["loan_id"],
            identifier="loan_id",
            columns=[
                CatalogColumn(name="loan_id", type="integer"),
                CatalogColumn(name="isbn", type="text"),
                CatalogColumn(name="member_id", type="integer"),
                CatalogColumn(name="loan_days", type="integer"),
                CatalogColumn(name="loan_date", type="date"),
            ],
            references={"isbn": "book.isbn", "member_id": "member.member_id"},
        ),
    ],
)


def _spec(request: str, tmp_path, catalog: Catalog = LIBRARY) -> tuple[dict, list]:
    return written_spec(request, catalog, tmp_path)


def _conditions(request: str) -> list[tuple[str, str, object]]:
    return [(c.column, c.op, c.value) for c in parse_request(request, LIBRARY).conditions]


@pytest.mark.parametrize(
    "request_text, expected",
    [
        ('Load the books whose title starts with "The"', ("book.title", "starts_with", "The")),
        ("books with a title beginning with the letter Q", ("book.title", "starts_with", "Q")),
        ("List members whose surname ends with 'son'", ("member.surname", "ends_with", "son")),
        ('Which books have titles containing the word "night"?', ("book.title", "contains", "night")),
        ("members whose surname does not start with the letter M", ("member.surname", "not_starts_with", "M")),
    ],
)
def test_how_a_text_is_spelled_is_a_condition_on_that_text_column(request_text, expected):
    assert _conditions(request_text) == [expected]


def test_a_table_named_without_its_column_stands_for_its_label(tmp_path):
    assert _conditions('branches starting with "North"') == [("branch.branch_name", "starts_with", "North")]
    spec, gaps = _spec("How many loans are of books whose titles begin with the letter A?", tmp_path)
    assert any(t["type"] == "join" and t["table"] == "book" for t in spec["transformations"])
    assert "ilike 'A%'" in next(t["condition"] for t in spec["transformations"] if t["type"] == "filter")
    assert not gaps


def test_contains_of_rows_is_not_a_spelling():
    """'members containing loans' names rows, not letters: no text condition is read."""
    assert not any(c.op.endswith("contains") for c in parse_request("branches containing members", LIBRARY).conditions)


def test_a_spelled_value_matches_its_own_wildcard_characters_literally():
    """The text is matched as written, case aside: '%' and '_' in it are no wildcards (run on chDB)."""
    sql = _condition_sql(Condition(column="t.title", op="starts_with", value="50%_off"), {"t.title": "title"})
    rows = chdb.query(
        f"select title from values('title String', ('50%_off sale'), ('50x off'), ('50%Xoff'), ('50%_OFF now')) where {sql} order by title", "CSV"
    )
    assert str(rows).split() == ['"50%_OFF', 'now"', '"50%_off', 'sale"']


def test_a_number_said_of_the_table_named_before_it_is_that_tables_column():
    """'books in branches with a floor space above 500': the branch's floor space, not a book column."""
    assert ("branch.floor_space", ">", 500) in _conditions("List the books in branches with a floor space above 500")


@pytest.mark.parametrize(
    "request_text", ["List each branch with its floor space per staff", "the ratio of floor space to staff for each branch"]
)
def test_one_number_over_another_of_the_same_row_is_a_derived_column(request_text, tmp_path):
    spec, gaps = _spec(request_text, tmp_path)
    assert spec["source"]["table"] == "branch"
    derive = next(t for t in spec["transformations"] if t["type"] == "derive")
    assert derive["columns"][0]["expr"] == "toFloat64(floor_space) / nullIf(staff, 0)"
    assert not any(t["type"] == "aggregate" for t in spec["transformations"])  # each row is one branch already
    assert not gaps


def test_per_a_table_is_still_a_grouping():
    intent = parse_request("the number of loans per member", LIBRARY)
    assert not intent.derive and [g.column for g in intent.group_by] == ["loan.member_id"]


def test_a_derived_column_an_aggregate_drops_accounts_for_nothing():
    """A spec that derives the quotient but then only counts rows has not answered 'per'."""
    request = "the floor space per staff of each branch"
    spec = {
        "name": "p", "type": "on_demand", "source": {"type": "postgres", "connector": "library", "table": "branch"},
        "target": {"type": "clickhouse", "connector": "warehouse", "table": "t"},
        "transformations": [
            {"type": "derive", "columns": [{"name": "space_per_staff", "expr": "floor_space / nullIf(staff, 0)"}]},
            {"type": "aggregate", "group_by": ["branch_name"], "measures": [{"name": "rows", "expr": "count()"}]},
        ],
    }  # fmt: skip
    gaps = check_coverage(request, LIBRARY, Pipeline.model_validate(spec)).gaps
    assert any("floor space" in g.phrase for g in gaps)


@pytest.mark.parametrize(
    "request_text, count", [("Which members have loans of both Dune and Emma?", 2), ("members with loans of all of Dune, Emma and Persuasion", 3)]
)
def test_rows_related_to_every_value_listed_are_those_that_meet_all_of_them(request_text, count, tmp_path):
    spec, gaps = _spec(request_text, tmp_path)
    last = spec["transformations"][-1]
    assert spec["source"]["table"] == "member"
    assert last["type"] == "sql" and last["sql"].endswith(f"having uniqExact(title) = {count}")
    assert not gaps


def test_either_value_keeps_rows_related_to_any():
    intent = parse_request("Which members have loans of Dune or Emma?", LIBRARY)
    assert intent.related_to_all is None and intent.conditions[0].op == "in"


@pytest.mark.parametrize("request_text, descending, limit", [("the 3 highest-rated books", True, 3), ("Which is the lowest rated book?", False, 1)])
def test_rated_ranks_by_the_rating(request_text, descending, limit):
    rank = parse_request(request_text, LIBRARY).rank
    assert (rank.column, rank.descending, rank.limit) == ("book.avg_rating", descending, limit)


@pytest.mark.parametrize(
    "request_text, expected",
    [
        ("List the loans of the member with id 42", ("loan.member_id", "=", 42)),
        ('Load the book titled "The Road"', ("book.title", "=", "The Road")),
        ("books of the branch named \"O'Hare's Corner\"", ("branch.branch_name", "=", "O'Hare's Corner")),
        ('the book with ISBN "978-0-14"', ("book.isbn", "=", "978-0-14")),
        ("loans of the book with isbn 978-0-14", ("loan.isbn", "=", "978-0-14")),
    ],
)
def test_a_value_said_with_its_column_is_that_condition(request_text, expected):
    assert _conditions(request_text) == [expected]


def test_a_said_value_needs_a_column_that_can_hold_it():
    """'with pages "many"' is no number; nothing is read as a condition on `pages`."""
    assert not any(c[0] == "book.pages" for c in _conditions('books with pages "many"'))


@pytest.mark.parametrize("request_text", ["Which members are not part of any branch?", "members without a branch"])
def test_rows_with_no_parent_are_their_empty_reference(request_text, tmp_path):
    """The rows' own `branch_id` left empty (before the twenty-ninth session an anti join with the branches, which also
    kept a member whose branch number matches no branch where no foreign key checks it: the blind arborist set)."""
    spec, gaps = _spec(request_text, tmp_path)
    assert [t["condition"] for t in spec["transformations"] if t["type"] == "filter"] == ["branch_id is null"]
    assert not [t for t in spec["transformations"] if t["type"] == "join"] and not gaps


def test_each_thing_kind_is_the_label_of_the_table_that_describes_it(tmp_path):
    """'each book genre': the genres a book has (a table referring to books), by their name."""
    spec, gaps = _spec("How many loans are there for each book genre?", tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert aggregate["group_by"] == ["genre_name"] and not gaps


def test_values_of_two_columns_said_with_or_keep_rows_meeting_either(tmp_path):
    spec, gaps = _spec("List the books that are Dune or belong to the Poetry genre", tmp_path)
    condition = next(t["condition"] for t in spec["transformations"] if t["type"] == "filter")
    assert condition == "(title = 'Dune' or genre_name = 'Poetry')" and not gaps
    both = parse_request("List the books that are Dune and belong to the Poetry genre", LIBRARY)
    assert not both.either and len(both.conditions) == 2


def test_a_ratio_side_that_names_no_table_measures_the_rows_the_other_side_names():
    """'the residents of the Lakeside district to the residents of Hillcrest': both are districts."""
    places = Catalog(
        connector="c",
        tables=[
            CatalogTable(
                name="district",
                identifier="district_name",
                columns=[CatalogColumn(name="district_name", type="text", values=["Hillcrest", "Lakeside"]), CatalogColumn(name="residents", type="integer")],
            ),
            CatalogTable(
                name="town",
                identifier="town_name",
                columns=[CatalogColumn(name="town_name", type="text"), CatalogColumn(name="residents", type="integer"), CatalogColumn(name="district_name", type="text")],
                references={"district_name": "district.district_name"},
            ),
        ],
    )
    intent = parse_request("What is the ratio of the residents of the Lakeside district to the residents of Hillcrest?", places)
    (ratio,) = intent.measures
    assert (ratio.function, ratio.column) == ("ratio", "district.residents")
    assert [c.value for c in ratio.numerator] == ["Lakeside"] and [c.value for c in ratio.denominator] == ["Hillcrest"]


def test_a_related_column_said_in_full_reaches_the_output_of_kept_rows(tmp_path):
    """'the members who have loans and their loan days': `loan.loan_days` comes along, and survives the
    step that keeps each member once."""
    spec, gaps = _spec("List the members who have loans and their loan days", tmp_path)
    assert "loan_days" in spec["transformations"][-1]["columns"] and not gaps


def test_a_joined_column_a_later_step_drops_accounts_for_nothing():
    request = "List the members and the genre name of their books"
    spec = {
        "name": "p", "type": "on_demand", "source": {"type": "postgres", "connector": "library", "table": "member"},
        "target": {"type": "clickhouse", "connector": "warehouse", "table": "t"},
        "transformations": [
            {"type": "join", "table": "genre", "left_on": "branch_id", "right_on": "genre_id", "columns": ["genre_name"]},
            {"type": "sql", "sql": "select distinct member_id, surname from {{ input }}", "columns": ["member_id", "surname"]},
        ],
    }  # fmt: skip
    gaps = check_coverage(request, LIBRARY, Pipeline.model_validate(spec)).gaps
    assert "genre.genre_name" in [r for g in gaps for r in g.readings]


def test_the_difference_between_the_lowest_and_highest_is_a_spread(tmp_path):
    spec, gaps = _spec("What is the difference between the lowest and the highest number of pages of the books?", tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert [m["expr"] for m in aggregate["measures"]] == ["max(pages) - min(pages)"] and not gaps


def test_a_time_spread_needs_a_time_to_measure():
    """Loans have no date here: 'between the first and last loan' is not read as some other number."""
    assert not any(m.function == "spread" for m in parse_request("the time between the first and last loan", LIBRARY).measures)


@pytest.mark.parametrize(
    "request_text, keys",
    [("Which members have the same surname in each branch?", ["surname", "branch"]), ("books sharing the same title", ["title"])],
)
def test_the_same_value_is_the_values_more_than_one_row_has(request_text, keys, tmp_path):
    spec, gaps = _spec(request_text, tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    having = next(t for t in spec["transformations"] if t["type"] == "filter")
    assert [k.split("_")[0] for k in aggregate["group_by"]][: len(keys)] == keys  # the branch by its key or its name
    assert having["condition"].endswith("> 1") and not gaps


def test_who_did_it_after_a_past_verb_is_no_grouping_and_no_table_of_its_own(tmp_path):
    """'the pages of the books held by branches': the branches hold them; nothing is per branch."""
    intent = parse_request("What is the average number of pages of the books held by branches?", LIBRARY)
    assert (intent.main_table, [m.function for m in intent.measures], intent.group_by) == ("book", ["avg"], [])


def test_more_than_n_of_a_counted_thing_is_the_column_that_holds_how_many():
    """'books with more than 300 pages' is `pages`; 'members have more than 2 ...' names no column by 'have'."""
    assert _conditions("How many books have more than 300 pages?") == [("book.pages", ">", 300)]


def test_the_top_n_of_a_column_of_rows_with_the_highest_number_ranks_the_rows(tmp_path):
    spec, gaps = _spec("What are the top 3 titles of the books that have the highest number of pages?", tmp_path)
    last = spec["transformations"][-1]
    assert last["type"] == "sql" and "order by pages desc" in last["sql"] and last["sql"].endswith("limit 3") and not gaps


FESTIVAL = Catalog(
    connector="f",
    tables=[
        CatalogTable(
            name="artist", primary_key=["artist_id"], identifier="artist_id",
            columns=[CatalogColumn(name="artist_id", type="integer"), CatalogColumn(name="stage_name", type="text")],
        ),
        CatalogTable(
            name="stage", primary_key=["stage_id"], identifier="stage_id",
            columns=[CatalogColumn(name="stage_id", type="integer"), CatalogColumn(name="stage_name", type="text")],
        ),
        CatalogTable(
            name="performance", primary_key=["perf_id"], identifier="perf_id",
            columns=[CatalogColumn(name=n, type="integer") for n in ("perf_id", "artist_id", "stage_id", "attendance")],
            references={"artist_id": "artist.artist_id", "stage_id": "stage.stage_id"},
        ),
    ],
)  # fmt: skip


def test_a_column_named_after_another_table_is_the_named_rows_own():
    """'artists whose stage name starts with M': the artist's `stage_name`, not the name of a stage."""
    intent = parse_request("Show me the artists whose stage name starts with M", FESTIVAL)
    assert [(c.column, c.op, c.value) for c in intent.conditions] == [("artist.stage_name", "starts_with", "M")]


def test_a_grouping_two_tables_can_mean_is_refused_naming_both():
    """'per stage name' of performances: the artist's `stage_name` or the stage's; different rows, so asked."""
    intent = parse_request("Average attendance per stage name", FESTIVAL)
    assert intent.refusal and "artist.stage_name" in intent.refusal and "stage.stage_name" in intent.refusal


@pytest.mark.parametrize(
    "request_text, measures",
    [
        ("How many different home towns do members come from?", ["uniqExact(home_town)"]),
        ("The cheapest and the most expensive list price of the books", ["min(list_price)", "max(list_price)"]),
        ("How many days are there between the first and the last loan?", ["dateDiff('day', min(loan_date), max(loan_date))"]),
    ],
)
def test_measures_said_in_everyday_words(request_text, measures, tmp_path):
    spec, gaps = _spec(request_text, tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert [m["expr"] for m in aggregate["measures"]] == measures and not gaps


@pytest.mark.parametrize(
    "request_text, condition",
    [
        ("Books that cost more than 20", "list_price > 20"),
        ("Members who live in Leeds or were born before 1970", "(home_town = 'Leeds' or birth_year < 1970)"),
    ],
)
def test_conditions_said_in_everyday_words(request_text, condition, tmp_path):
    spec, gaps = _spec(request_text, tmp_path)
    assert next(t["condition"] for t in spec["transformations"] if t["type"] == "filter") == condition and not gaps


def test_a_contact_detail_is_called_with_its_usual_noun(tmp_path):
    spec, gaps = _spec("Find members that share the same email address", tmp_path)
    assert next(t for t in spec["transformations"] if t["type"] == "aggregate")["group_by"] == ["email"] and not gaps


def test_a_superlative_participle_ranks_by_the_number_the_verb_makes():
    rank = parse_request("the 3 most-borrowed books", LIBRARY).rank
    assert (rank.column, rank.descending, rank.limit) == ("book.borrow_count", True, 3)


SHOPS = Catalog(
    connector="s",
    tables=[
        CatalogTable(
            name="shop", primary_key=["shop_id"], identifier="shop_id",
            columns=[CatalogColumn(name="shop_id", type="integer"), CatalogColumn(name="name", type="text"),
                     CatalogColumn(name="town", type="text", values=["Leeds", "York"]), CatalogColumn(name="rating", type="real")],
        ),
        CatalogTable(
            name="visit", primary_key=["visit_id"], identifier="visit_id",
            columns=[CatalogColumn(name="visit_id", type="integer"), CatalogColumn(name="shop_id", type="integer"), CatalogColumn(name="rating", type="integer")],
            references={"shop_id": "shop.shop_id"},
        ),
    ],
)  # fmt: skip


def test_their_average_of_a_number_each_row_has_once_is_over_the_rows_that_refer_to_it():
    """'shop names and their average ratings': a shop has one rating; its average is its visits'."""
    intent = parse_request("List the shop names in Leeds and their average ratings", SHOPS)
    assert [g.column for g in intent.group_by] == ["shop.name"]
    assert [(m.function, m.column) for m in intent.measures] == [("avg", "visit.rating")]
    by_town = parse_request("the average rating of shops per town", SHOPS)  # many shops a town: their own ratings
    assert [(m.function, m.column) for m in by_town.measures] == [("avg", "shop.rating")]


def test_how_many_of_a_referenced_table_counts_the_rows_own_references(tmp_path):
    """'which genres have the most books, and how many books are in each': over genre rows (each refers
    to its book) or over books joined to their genres, the books of each genre name, once. Grouped by `genre_id`,
    the declared key of a genre row, every count is 1: that spec is refused, never reported valid."""
    spec, gaps = _spec("Which genres have the highest number of books, and how many books are in each genre?", tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert len(aggregate["measures"]) == 1 and aggregate["measures"][0]["expr"] in ("count()", "uniqExact(isbn)")
    if "genre_id" in aggregate["group_by"] and spec["source"]["table"] == "genre":
        assert [g.phrase for g in gaps] == ["number of books"]
    else:
        assert aggregate["group_by"] == ["genre_name"] and not gaps


def test_every_table_is_a_grouping_by_that_table_not_by_a_column_called_like_it(tmp_path):
    """'in every branch': the branches themselves, not some other table's `branch` text."""
    catalog = LIBRARY.model_copy(deep=True)
    catalog.tables.append(CatalogTable(name="job_ad", columns=[CatalogColumn(name="ad_id", type="integer"), CatalogColumn(name="branch", type="text")]))
    intent = parse_request("Lowest and highest number of pages in every branch, please", catalog)
    assert [g.column for g in intent.group_by] in (["book.branch_id"], ["branch.branch_id", "branch.branch_name"]) or [g.column for g in intent.group_by][:1] == ["branch.branch_name"]


def test_a_measure_for_each_thing_answered_by_one_total_is_a_gap():
    request = "the highest floor space in every branch"
    spec = {
        "name": "p", "type": "on_demand", "source": {"type": "postgres", "connector": "library", "table": "branch"},
        "target": {"type": "clickhouse", "connector": "warehouse", "table": "t"},
        "transformations": [{"type": "aggregate", "group_by": [], "measures": [{"name": "m", "expr": "max(floor_space)"}]}],
    }  # fmt: skip
    gaps = check_coverage(request, LIBRARY, Pipeline.model_validate(spec)).gaps
    assert any("every branch" in g.phrase for g in gaps)


def test_no_related_rows_through_the_table_linking_them(tmp_path):
    """"members that haven't loaned any book": members with no loan rows (the loans link members and books)."""
    spec, gaps = _spec("Which members haven't loaned any book?", tmp_path)
    anti = next(t for t in spec["transformations"] if t["type"] == "join")
    assert (anti["table"], anti["how"], anti["left_on"], anti["right_on"]) == ("loan", "anti", "member_id", "member_id") and not gaps


def test_the_best_paid_rank_by_the_pay():
    staff = Catalog(connector="s", tables=[CatalogTable(name="employee", identifier="emp_id", columns=[
        CatalogColumn(name="emp_id", type="integer"), CatalogColumn(name="salary", type="numeric"), CatalogColumn(name="bonus_pct", type="integer")])])  # fmt: skip
    rank = parse_request("Show me the 5 best-paid employees", staff).rank
    assert (rank.column, rank.descending, rank.limit) == ("employee.salary", True, 5)


STAFF = Catalog(
    connector="s",
    tables=[
        CatalogTable(name="site", primary_key=["site_id"], identifier="site_id", columns=[
            CatalogColumn(name="site_id", type="integer"), CatalogColumn(name="town", type="text", values=["Leeds", "York"])]),
        CatalogTable(name="worker", primary_key=["worker_id"], identifier="worker_id", columns=[
            CatalogColumn(name="worker_id", type="integer"), CatalogColumn(name="site_id", type="integer"),
            CatalogColumn(name="email", type="text"), CatalogColumn(name="is_remote", type="boolean")],
            references={"site_id": "site.site_id"}),
    ],
)  # fmt: skip


def test_what_percentage_of_rows_meet_a_condition_in_each_group(tmp_path):
    spec, gaps = _spec("For each site town, what percentage of the workers work remotely?", tmp_path, STAFF)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert aggregate["group_by"] == ["town"] and aggregate["measures"][0]["expr"] == "100 * toFloat64(countIf(is_remote)) / nullIf(count(), 0)"
    assert not gaps


PERMITS = Catalog(
    connector="s",
    tables=[CatalogTable(name="permit", primary_key=["permit_no"], identifier="permit_no", columns=[
        CatalogColumn(name="permit_no", type="integer"), CatalogColumn(name="zone_cd", type="text", values=["NORTH", "HARBOUR"]),
        CatalogColumn(name="fee", type="numeric")])],
)  # fmt: skip


@pytest.mark.parametrize("request_text", ["What percentage of permits have the HARBOUR zone code?", "what percentage of the permits are in the harbour zone"])
def test_a_percentage_whose_condition_names_a_value_and_its_column(tmp_path, request_text):
    """'have the HARBOUR zone code': the value and the words of its column, nothing else, so the
    condition is read whole and the rows are counted as a percentage (it was a plain filter)."""
    spec, gaps = _spec(request_text, tmp_path, PERMITS)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert aggregate["measures"][0]["expr"] == "100 * toFloat64(countIf(zone_cd = 'HARBOUR')) / nullIf(count(), 0)" and not gaps


def test_an_email_at_a_domain_ends_with_it(tmp_path):
    spec, gaps = _spec("Every worker with an email address at north.example.org", tmp_path, STAFF)
    assert next(t["condition"] for t in spec["transformations"] if t["type"] == "filter") == "email ilike '%@north.example.org'"
    assert not gaps


def test_a_time_of_day_said_as_2am_is_the_hour_the_schedule_runs():
    from ai_etl.language.coverage import _number

    assert _number("2am") == "2" and _number("6pm") == "18" and _number("12am") == "0"


def test_how_many_days_from_one_date_of_a_row_to_another(tmp_path):
    catalog = LIBRARY.model_copy(deep=True)
    catalog.table("loan").columns += [CatalogColumn(name="start_date", type="date"), CatalogColumn(name="end_date", type="date")]
    spec, gaps = _spec("How many days did each loan run, from start to end?", tmp_path, catalog)
    derive = next(t for t in spec["transformations"] if t["type"] == "derive")
    assert derive["columns"] == [{"name": "days", "expr": "dateDiff('day', start_date, end_date)"}]
    assert not gaps


def test_a_participle_before_the_rows_name_picks_rows_and_must_be_read():
    """'each overdue loan' / 'the cancelled loans': if nothing in the spec says which loans, it is a gap."""
    request = "List the cancelled loans"
    spec = {"name": "p", "type": "on_demand", "source": {"type": "postgres", "connector": "library", "table": "loan"},
            "target": {"type": "clickhouse", "connector": "warehouse", "table": "t"}}  # fmt: skip
    assert [g.phrase for g in check_coverage(request, LIBRARY, Pipeline.model_validate(spec)).gaps] == ["cancelled"]
    described = check_coverage("Which members loaned books in 2024?", LIBRARY, Pipeline.model_validate(spec)).gaps
    assert "loaned" not in [g.phrase for g in described]  # a verb after its subject describes, it picks nothing


def test_a_ratio_side_keeps_the_values_as_written():
    """'the ratio of VIP loans to standard loans': a short value said in capitals is that value."""
    catalog = LIBRARY.model_copy(deep=True)
    catalog.table("loan").columns.append(CatalogColumn(name="kind", type="text", values=["VIP", "Standard"]))
    (ratio,) = parse_request("What is the ratio of VIP loans to Standard loans?", catalog).measures
    assert [c.value for c in ratio.numerator] == ["VIP"] and [c.value for c in ratio.denominator] == ["Standard"]


def test_people_is_the_one_table_of_persons_and_a_verb_names_its_link_table():
    """'which people are enrolled in both A and B' over a schema with one table of persons (first and last
    names) and an `enrollment` table named for the verb."""
    school = Catalog(connector="c", tables=[
        CatalogTable(name="pupil", primary_key=["pupil_id"], identifier="pupil_id", columns=[
            CatalogColumn(name="pupil_id", type="integer"), CatalogColumn(name="first_name", type="text"), CatalogColumn(name="last_name", type="text"),
            CatalogColumn(name="class_id", type="integer")], references={"class_id": "course.course_id"}),
        CatalogTable(name="course", primary_key=["course_id"], identifier="course_id", columns=[
            CatalogColumn(name="course_id", type="integer"), CatalogColumn(name="title", type="text", values=["Drama", "Music"])]),
        CatalogTable(name="enrollment", columns=[CatalogColumn(name="pupil_id", type="integer"), CatalogColumn(name="course_id", type="integer")],
                     references={"pupil_id": "pupil.pupil_id", "course_id": "course.course_id"}),
    ])  # fmt: skip
    intent = parse_request("Which people are enrolled in both Drama and Music?", school)
    assert (intent.main_table, intent.through_tables, intent.related_to_all) == ("pupil", ["enrollment"], "course.title")
    counted = parse_request("Which pupil enrolled the most times?", school)
    assert counted.main_table == "enrollment" and counted.rank and counted.rank.limit == 1


def test_per_a_unit_said_in_words_is_the_column_written_in_that_unit(tmp_path):
    halls = Catalog(connector="library", tables=[CatalogTable(name="hall", primary_key=["hall_id"], identifier="hall_id", columns=[
        CatalogColumn(name="hall_id", type="integer"), CatalogColumn(name="seats", type="integer"), CatalogColumn(name="area_sqm", type="real")])])  # fmt: skip
    spec, gaps = _spec("Seats per square metre of each hall", tmp_path, halls)
    assert next(t for t in spec["transformations"] if t["type"] == "derive")["columns"][0]["expr"] == "toFloat64(seats) / nullIf(area_sqm, 0)"
    assert not gaps


def test_a_unit_is_written_as_the_schema_writes_it():
    from ai_etl.language.request_text import with_unit_suffixes

    assert with_unit_suffixes("total hours per project", ["project_id", "hours"]) == "total hours per project"
    assert with_unit_suffixes("seats per square metre", ["seats", "area_sqm"]) == "seats per sqm"


def test_a_quotient_of_decimals_keeps_its_fraction_on_chdb(tmp_path):
    """ClickHouse divides a decimal at the dividend's scale (12000 / 9500.0 = 1.2); the pipeline's quotient
    must be 1.263..., as PostgreSQL computes it."""
    spec, _ = _spec("the ratio of floor space to staff for each branch", tmp_path)
    expr = next(t for t in spec["transformations"] if t["type"] == "derive")["columns"][0]["expr"]
    got = chdb.query(f"select {expr} from (select toInt32(12000) floor_space, toDecimal64(9500.0, 1) staff)", "CSV")
    assert abs(float(str(got).strip()) - 12000 / 9500) < 1e-9


MARINA = Catalog(connector="library", tables=[
    CatalogTable(name="skipper", primary_key=["skipper_id"], identifier="skipper_id", columns=[
        CatalogColumn(name="skipper_id", type="integer"), CatalogColumn(name="first_nm", type="text"),
        CatalogColumn(name="last_nm", type="text"), CatalogColumn(name="tier", type="text", values=["bronze", "gold", "silver"]),
        CatalogColumn(name="country_cd", type="character(2)", values=["DE", "FR", "NO", "SE"]),
        CatalogColumn(name="dob", type="date"), CatalogColumn(name="signup_ts", type="timestamp with time zone")]),
    CatalogTable(name="boat", primary_key=["boat_id"], identifier="boat_id", columns=[
        CatalogColumn(name="boat_id", type="integer"), CatalogColumn(name="skipper_id", type="integer"),
        CatalogColumn(name="boat_type", type="text", values=["ketch", "rib", "sloop"]), CatalogColumn(name="length_m", type="numeric(5,1)"),
        CatalogColumn(name="max_load_kg", type="integer")], references={"skipper_id": "skipper.skipper_id"}),
    CatalogTable(name="lease", primary_key=["lease_id"], identifier="lease_id", columns=[
        CatalogColumn(name="lease_id", type="integer"), CatalogColumn(name="skipper_id", type="integer"),
        CatalogColumn(name="lease_status", type="text", values=["active", "canceled", "paid"]),
        CatalogColumn(name="started_on", type="date"), CatalogColumn(name="ended_on", type="date"),
        CatalogColumn(name="berth_class", type="text", values=["A", "B"])], references={"skipper_id": "skipper.skipper_id"}),
    CatalogTable(name="pier", primary_key=["pier_id"], identifier="pier_id", columns=[
        CatalogColumn(name="pier_id", type="integer"), CatalogColumn(name="pier_name", type="text")]),
    CatalogTable(name="berth", primary_key=["berth_id"], identifier="berth_id", columns=[
        CatalogColumn(name="berth_id", type="integer"), CatalogColumn(name="pier_id", type="integer"),
        CatalogColumn(name="nightly_fee", type="numeric(8,2)")], references={"pier_id": "pier.pier_id"}),
    CatalogTable(name="mooring", primary_key=["mooring_id"], identifier="mooring_id", columns=[
        CatalogColumn(name="mooring_id", type="integer"), CatalogColumn(name="skipper_id", type="integer"),
        CatalogColumn(name="berth_id", type="integer"), CatalogColumn(name="arrived_on", type="date"),
        CatalogColumn(name="total_amt", type="numeric(10,2)"),
        CatalogColumn(name="mooring_status", type="text", values=["cancelled", "departed", "staying"])],
        references={"skipper_id": "skipper.skipper_id", "berth_id": "berth.berth_id"}),
    CatalogTable(name="inspection", primary_key=["inspection_id"], identifier="inspection_id", columns=[
        CatalogColumn(name="inspection_id", type="integer"), CatalogColumn(name="mooring_id", type="integer"),
        CatalogColumn(name="pier_id", type="integer"), CatalogColumn(name="score", type="integer"),
        CatalogColumn(name="passed", type="boolean"), CatalogColumn(name="inspector_notes", type="text")],
        references={"mooring_id": "mooring.mooring_id", "pier_id": "pier.pier_id"}),
])  # fmt: skip


@pytest.mark.parametrize(
    "request_text, condition",
    [
        ("moorings that arrived in March 2024", "arrived_on >= '2024-03-01' and arrived_on < '2024-04-01'"),
        ("moorings arriving between January and March 2024", "arrived_on >= '2024-01-01' and arrived_on < '2024-04-01'"),
        ("moorings from July 2023 up to but not including October", "arrived_on >= '2023-07-01' and arrived_on < '2023-10-01'"),
        ("moorings from December 2023 to February", "arrived_on >= '2023-12-01' and arrived_on < '2024-03-01'"),
        ("moorings that arrived before 2024-03-15", "arrived_on < '2024-03-15'"),
        ("moorings that arrived after 15 March 2024", "arrived_on >= '2024-03-16'"),
        ("moorings that arrived on March 15, 2024 or later", "arrived_on >= '2024-03-15'"),
        ("skippers born in 1990 or later", "toYear(dob) >= 1990"),
        ("skippers born in 1990 or earlier", "toYear(dob) <= 1990"),
        ("moorings that arrived in Q4 2024", "arrived_on >= '2024-10-01' and arrived_on < '2025-01-01'"),
        ("moorings that arrived in the second quarter of 2024", "arrived_on >= '2024-04-01' and arrived_on < '2024-07-01'"),
        ("moorings that arrived in the first half of 2025", "arrived_on >= '2025-01-01' and arrived_on < '2025-07-01'"),
    ],
)
def test_days_and_months_are_half_open_ranges_on_the_date_they_are_about(request_text, condition, tmp_path):
    spec, gaps = _spec(request_text, tmp_path, MARINA)
    assert (filters(spec), gaps) == (condition, [])


def test_the_hotel_of_a_booking_is_along_references_not_through_rows_that_refer_to_it(tmp_path):
    """mooring -> berth -> pier is one pier per mooring; mooring <- inspection -> pier is a set of
    piers. The functional path is what 'per pier' means; the same length through a fan-out is not a rival."""
    spec, gaps = _spec("Every weekday at 7:30, load the total amount of departed moorings for each pier", tmp_path, MARINA)
    assert [t["table"] for t in spec["transformations"] if t["type"] == "join"] == ["berth", "pier"]
    assert filters(spec) == "mooring_status = 'departed'"
    assert next(t for t in spec["transformations"] if t["type"] == "aggregate")["measures"][0]["expr"] == "sum(total_amt)"
    assert (spec["schedule"]["cron"], gaps) == ("30 7 * * 1-5", [])


def test_values_said_without_a_table_name_the_table_that_holds_them(tmp_path):
    spec, gaps = _spec("Pull gold and silver members who live in Germany or Norway", tmp_path, MARINA)
    assert spec["source"]["table"] == "skipper"
    assert (filters(spec), gaps) == ("tier in ('gold', 'silver') and country_cd in ('DE', 'NO')", [])


def test_who_asks_for_the_people_and_their_names_are_their_name_parts(tmp_path):
    spec, gaps = _spec("Who signed up in 2021 or later? I need their names.", tmp_path, MARINA)
    assert spec["source"]["table"] == "skipper"
    assert (filters(spec), gaps) == ("toYear(signup_ts) >= 2021", [])


def test_a_nightly_price_is_a_column_not_a_schedule(tmp_path):
    spec, gaps = _spec("Lowest and highest nightly fee on each pier", tmp_path, MARINA)
    measures = next(t for t in spec["transformations"] if t["type"] == "aggregate")["measures"]
    assert ([m["expr"] for m in measures], spec.get("schedule"), gaps) == (["min(nightly_fee)", "max(nightly_fee)"], None, [])
    copied, _ = _spec("Copy the skipper table nightly at 1am", tmp_path, MARINA)
    assert copied["schedule"]["cron"] == "0 1 * * *"


def test_plurals_in_ses_are_read_from_the_lexicon():
    from ai_etl.language.request_text import singular

    assert [singular(w) for w in ("courses", "addresses", "statuses", "purchases", "boxes", "course offerings")] == [
        "course", "address", "status", "purchase", "box", "course offering"]  # fmt: skip


def _step(spec: dict, kind: str) -> dict:
    return next(t for t in spec["transformations"] if t["type"] == kind)


def test_the_first_or_latest_row_of_each_thing_keeps_whole_rows(tmp_path):
    spec, gaps = _spec("The first mooring of every skipper", tmp_path, MARINA)
    assert (spec["source"]["table"], gaps) == ("mooring", [])
    assert _step(spec, "sql")["sql"] == "select * from {{ input }} order by arrived_on asc, mooring_id desc limit 1 by skipper_id"


def test_a_measure_of_the_rows_that_refer_to_a_thing_can_select_it(tmp_path):
    spec, gaps = _spec("Piers with an average inspection score under 7", tmp_path, MARINA)
    assert (spec["source"]["table"], gaps) == ("inspection", [])
    assert [m["expr"] for m in _step(spec, "aggregate")["measures"]] == ["avg(score)"]
    assert filters(spec) == "avg_score < 7"


def test_a_count_of_rows_one_reference_away_is_grouped_through_it(tmp_path):
    spec, gaps = _spec("Which piers have had more than 20 moorings?", tmp_path, MARINA)
    assert [t["table"] for t in spec["transformations"] if t["type"] == "join"][:1] == ["berth"]
    assert (_step(spec, "aggregate")["group_by"][0], filters(spec), gaps) == ("pier_id", "isNotNull(pier_id) and mooring_count > 20", [])


@pytest.mark.parametrize(
    "request_text", ["List the moorings that have never been inspected", "Moorings that have no inspection recorded"]
)
def test_rows_with_no_related_row_said_by_a_verb_or_by_no(request_text, tmp_path):
    spec, gaps = _spec(request_text, tmp_path, MARINA)
    anti = _step(spec, "join")
    assert (anti["table"], anti["how"], gaps) == ("inspection", "anti", [])


def test_top_groups_by_an_average(tmp_path):
    spec, gaps = _spec("Which 3 piers have the highest average inspection score?", tmp_path, MARINA)
    assert [m["expr"] for m in _step(spec, "aggregate")["measures"]] == ["avg(score)"]
    assert _step(spec, "sql")["sql"].endswith("limit 3") and gaps == []


def test_the_rate_of_a_yes_no_column_is_its_share_of_rows(tmp_path):
    spec, gaps = _spec("Inspection pass rate per pier as a percentage", tmp_path, MARINA)
    assert [m["expr"] for m in _step(spec, "aggregate")["measures"]] == ["100 * toFloat64(countIf(passed)) / nullIf(count(), 0)"]
    assert gaps == []


def test_the_priciest_rows_are_ranked_by_what_they_cost(tmp_path):
    spec, gaps = _spec("give me the 3 priciest moorings", tmp_path, MARINA)
    assert _step(spec, "sql")["sql"].endswith("order by total_amt desc, mooring_id limit 3") and gaps == []


def test_mentions_and_mail_providers_are_text_conditions(tmp_path):
    spec, gaps = _spec("inspections that mention rust", tmp_path, MARINA)
    assert (filters(spec), gaps) == ("inspector_notes ilike '%rust%'", [])
    spec, gaps = _spec("members who use a hotmail address", tmp_path)
    assert (filters(spec), gaps) == ("email ilike '%@hotmail%'", [])


def test_headcount_counts_the_people(tmp_path):
    spec, gaps = _spec("headcount per branch", tmp_path)
    assert (spec["source"]["table"], gaps) == ("member", [])
    assert _step(spec, "aggregate")["group_by"] in (["branch_id"], ["branch_name"], ["branch_id", "branch_name"])


def test_values_that_appear_more_than_once_over_two_columns(tmp_path):
    spec, gaps = _spec("Are skipper names repeated? Give each first and last name that appears more than once and how many times", tmp_path, MARINA)
    assert (_step(spec, "aggregate")["group_by"], filters(spec), gaps) == (["first_nm", "last_nm"], "skipper_count > 1", [])


def test_a_total_of_a_product_the_request_defines(tmp_path):
    spec, gaps = _spec("Total cost per book (loan days times list price)", tmp_path)
    assert [m["expr"] for m in _step(spec, "aggregate")["measures"]] == ["sum(loan_days * list_price)"]
    assert gaps == []


@pytest.mark.parametrize(
    "request_text, condition",
    [
        ("boats longer than 12 m", "length_m > 12"),
        ("boats that can carry 500 kg or more", "max_load_kg >= 500"),
        ("Give me all the ribs", "boat_type = 'rib'"),
    ],
)
def test_quantities_said_by_a_comparative_a_verb_or_a_unit(request_text, condition, tmp_path):
    spec, gaps = _spec(request_text, tmp_path, MARINA)
    assert (filters(spec), gaps) == (condition, [])


def test_an_hourly_sync_is_a_schedule_and_a_price_range_reads_the_money_column(tmp_path):
    spec, gaps = _spec("Hourly sync of cancelled moorings", tmp_path, MARINA)
    assert (spec["schedule"]["cron"], filters(spec), gaps) == ("0 * * * *", "mooring_status = 'cancelled'", [])
    spec, gaps = _spec("Cheapest and most expensive mooring for every pier", tmp_path, MARINA)
    assert ([m["expr"] for m in _step(spec, "aggregate")["measures"]], gaps) == (["min(total_amt)", "max(total_amt)"], [])


def test_a_person_named_in_full_is_both_name_columns(tmp_path):
    named = MARINA.model_copy(deep=True)
    named.table("skipper").column("first_nm").mentioned = ["Ada"]
    named.table("skipper").column("last_nm").mentioned = ["Lovelace"]
    spec, gaps = _spec("All moorings of Ada Lovelace in 2024", tmp_path, named)
    assert "first_nm = 'Ada' and last_nm = 'Lovelace'" in filters(spec) and gaps == []


def test_a_row_ended_in_a_year_is_read_on_its_end_date_and_values_are_taken_as_written(tmp_path):
    spec, gaps = _spec("How many leases were canceled in 2025?", tmp_path, MARINA)
    assert (filters(spec), gaps) == ("lease_status = 'canceled' and toYear(ended_on) = 2025", [])
    spec, gaps = _spec("paid leases", tmp_path, MARINA)  # a value of the data, not a synonym of another
    assert (filters(spec), gaps) == ("lease_status = 'paid'", [])


def test_a_word_names_the_one_column_it_is_the_head_noun_of(tmp_path):
    spec, gaps = _spec("Number of leases in each class", tmp_path, MARINA)
    assert (_step(spec, "aggregate")["group_by"], gaps) == (["berth_class"], [])


def test_spend_is_the_money_column_and_a_single_is_emphasis(tmp_path):
    spec, gaps = _spec("Total mooring spend per skipper", tmp_path, MARINA)
    assert ([m["expr"] for m in _step(spec, "aggregate")["measures"]], gaps) == (["sum(total_amt)"], [])
    spec, gaps = _spec("Skippers who haven't booked a single mooring yet", tmp_path, MARINA)
    assert (_step(spec, "join")["how"], gaps) == ("anti", [])


def test_for_each_thing_show_its_latest_row_with_columns_named_by_their_head_noun(tmp_path):
    spec, gaps = _spec("For each skipper, show their most recent mooring - date, status and amount", tmp_path, MARINA)
    assert _step(spec, "sql")["sql"].endswith("limit 1 by skipper_id") and gaps == []


@pytest.mark.parametrize(
    "request_text, every",
    [
        ("Replicate the loan table to ClickHouse continuously", "1m"),
        ("Keep the member table in sync with CDC every 5 minutes", "5m"),
        ("replicate loans in real time, applying changes every 30 seconds", "30s"),
    ],
)
def test_a_continuous_replication_is_a_cdc_pipeline(request_text, every, tmp_path):
    spec, gaps = _spec(request_text, tmp_path)
    assert (spec["type"], spec["cdc"], "schedule" in spec, "load" in spec, gaps) == ("cdc", {"every": every}, False, False, [])


@pytest.mark.parametrize("request_text", ["Replicate loans continuously, daily at 2", "replicate loans with CDC every 10 seconds"])
def test_a_replication_with_a_schedule_or_too_fast_is_refused(request_text):
    assert parse_request(request_text, LIBRARY).refusal


def test_a_count_of_a_status_counts_the_rows_that_have_it(tmp_path):
    """'count the cancelled per pier': the moorings that are cancelled are counted, never the piers."""
    spec, gaps = _spec("Every Monday at 6 count the cancelled per pier", tmp_path, MARINA)
    assert (spec["source"]["table"], [m["expr"] for m in _step(spec, "aggregate")["measures"]], gaps) == ("mooring", ["count()"], [])


def test_a_word_of_a_table_name_beats_a_synonym_of_another():
    from ai_etl.language.reading import resolve_table

    catalog = Catalog(connector="c", tables=[
        CatalogTable(name="accounts", columns=[CatalogColumn(name="account_id", type="integer")]),
        CatalogTable(name="acct_users", columns=[CatalogColumn(name="user_id", type="integer")]),
    ])  # fmt: skip
    assert resolve_table(catalog, "users") == "acct_users"


def test_a_word_that_is_a_flag_of_the_rows_is_not_also_a_status_two_joins_away(tmp_path):
    """'skippers with more than 2 active boats': the boats' own `is_active`, not the status 'active' of the
    leases two joins away (boat -> skipper <- lease)."""
    flagged = MARINA.model_copy(deep=True)
    flagged.table("boat").columns.append(CatalogColumn(name="is_active", type="boolean"))
    intent = parse_request("Skippers with more than 2 active boats", flagged)
    # (and boats with no skipper are no skipper's)
    assert (intent.main_table, [(c.column, c.op) for c in intent.conditions]) == ("boat", [("boat.skipper_id", "not_null"), ("boat.is_active", "is_true")])


def _library_with_loan_states() -> Catalog:
    """The library whose loans have a state ('returned', 'lost', 'on loan'), a fine and a branch."""
    catalog = LIBRARY.model_copy(deep=True)
    loan = catalog.table("loan")
    loan.columns += [
        CatalogColumn(name="status", type="text", values=["returned", "lost", "on loan"]),
        CatalogColumn(name="fine_amount", type="numeric(6,2)"),
        CatalogColumn(name="branch_id", type="integer"),
    ]
    loan.references["branch_id"] = "branch.branch_id"
    return catalog


@pytest.mark.parametrize(
    "request_text", ["what percentage of loans in each branch were lost", "the share of loans per branch that were lost"]
)
def test_a_condition_after_the_group_is_counted_within_each_group(request_text, tmp_path):
    """Each branch's lost loans over that branch's loans, not each branch's share of all lost loans."""
    spec, gaps = _spec(request_text, tmp_path, _library_with_loan_states())
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert aggregate["group_by"] == ["branch_id", "branch_name"]  # each branch, with its name
    assert "countIf(status = 'lost')) / nullIf(count(), 0)" in aggregate["measures"][0]["expr"]
    assert not any(t["type"] == "filter" for t in spec["transformations"])
    assert not gaps


def test_the_measured_rows_own_state_after_the_measure_picks_them(tmp_path):
    """'total fine amount returned per branch': the fines of returned loans; a spec summing every loan's
    fine leaves 'returned' unaccounted for."""
    catalog = _library_with_loan_states()
    spec, gaps = _spec("total fine amount returned per branch", tmp_path, catalog)
    assert {"type": "filter", "condition": "status = 'returned'"} in spec["transformations"]
    assert not gaps
    spec["transformations"] = [t for t in spec["transformations"] if t["type"] != "filter"]
    gaps = check_coverage("total fine amount returned per branch", catalog, Pipeline.model_validate(spec)).gaps
    assert [g.phrase for g in gaps] == ["returned"]
