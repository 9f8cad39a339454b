"""Reading requests over a schema made up for these tests (ferry crossings and their tickets): rows
ranked by a column of theirs, the column a year is about, the table whose numbers are ranked."""

from __future__ import annotations

import pytest

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable, Condition
from ai_etl.language.request_parser import parse_request
from ai_etl.offline_model.spec_writer import _condition_sql

FERRIES = Catalog(
    connector="ferries",
    tables=[
        CatalogTable(
            name="crossing",
            primary_key=["crossing_id"],
            columns=[
                CatalogColumn(name="crossing_id", type="integer"),
                CatalogColumn(name="route_name", type="text"),
                CatalogColumn(name="route_length_km", type="numeric(8,2)"),
                CatalogColumn(name="fare", type="numeric(8,2)"),
                CatalogColumn(name="built_year", type="integer"),
                CatalogColumn(name="scheduled_on", type="date"),
                CatalogColumn(name="status", type="text", values=["cancelled", "late", "on_time"]),
            ],
        ),
        CatalogTable(
            name="ticket",
            primary_key=["ticket_id"],
            columns=[
                CatalogColumn(name="ticket_id", type="integer"),
                CatalogColumn(name="crossing_id", type="integer"),
                CatalogColumn(name="price_paid", type="numeric(8,2)"),
                CatalogColumn(name="sold_at", type="timestamp without time zone"),
            ],
            references={"crossing_id": "crossing.crossing_id"},
        ),
    ],
)


@pytest.mark.parametrize(
    "request_text, column, descending, limit",
    [
        ("What are the 3 longest crossings?", "crossing.route_length_km", True, 3),
        ("Show the cheapest crossing", "crossing.fare", False, 1),
        ("top two crossings by fare", "crossing.fare", True, 2),
        ("Which crossing has the highest fare?", "crossing.fare", True, 1),
        ("the crossing with the lowest fare", "crossing.fare", False, 1),
    ],
)
def test_rows_ranked_by_a_column_of_theirs(request_text, column, descending, limit):
    intent = parse_request(request_text, FERRIES)
    assert intent.rank is not None and not intent.measures and not intent.group_by
    assert (intent.rank.column, intent.rank.descending, intent.rank.limit) == (column, descending, limit)


def test_the_highest_value_itself_is_a_max_not_a_ranking():
    intent = parse_request("What is the highest fare of a crossing?", FERRIES)
    assert intent.rank is None and [(m.function, m.column) for m in intent.measures] == [("max", "crossing.fare")]


def test_a_ranking_adjective_with_no_column_to_rank_by_ranks_nothing():
    assert parse_request("What are the 3 heaviest crossings?", FERRIES).rank is None  # no weight column: not guessed


@pytest.mark.parametrize(
    "request_text",
    [
        "crossings with the highest fare",
        "List the crossings from the cheapest fares to the priciest",
        "What are the longest crossings, ordered from longest to shortest?",  # 'longest to': not a crossing
    ],
)
def test_a_ranking_that_does_not_say_how_many_rows_is_not_cut_to_one(request_text):
    assert parse_request(request_text, FERRIES).rank is None


@pytest.mark.parametrize(
    "request_text, column, op, value",
    [
        ("Crossings built before 2010", "crossing.built_year", "<", 2010),  # the year column the request names
        ("Crossings scheduled after 2024", "crossing.scheduled_on", "year>", 2024),  # not built_year: 'scheduled' names the date
        ("Tickets sold since 2023", "ticket.sold_at", "year>=", 2023),  # the ticket's own time, not the crossing's year two tables off
        ("Tickets in 2024", "ticket.sold_at", "year", 2024),
    ],
)
def test_a_year_is_about_the_column_the_request_names_else_the_nearest_time(request_text, column, op, value):
    conditions = parse_request(request_text, FERRIES).conditions
    assert [(c.column, c.op, c.value) for c in conditions] == [(column, op, value)]


def test_a_year_of_a_date_compares_the_year():
    from ai_etl.agents.contracts import Condition

    assert _condition_sql(Condition(column="ticket.sold_at", op="year>", value=2024), {"ticket.sold_at": "sold_at"}) == "toYear(sold_at) > 2024"


def test_the_table_whose_numbers_are_ranked_is_read_and_grouped_by_the_named_one():
    intent = parse_request("Which crossing has the highest total price paid?", FERRIES)
    # grouped by the reference, and the crossing's name comes along (the same groups, read as a person would)
    assert intent.main_table == "ticket" and [g.column for g in intent.group_by] == ["ticket.crossing_id", "crossing.route_name"]
    assert intent.rank is not None and intent.rank.limit == 1 and intent.measures[0].column == "ticket.price_paid"


def test_a_column_that_counts_is_what_the_number_of_its_things_means():
    catalog = Catalog(connector="ferries", tables=[
        CatalogTable(name="port", primary_key=["port_id"], columns=[
            CatalogColumn(name="port_id", type="integer"), CatalogColumn(name="port_name", type="text"),
            CatalogColumn(name="berth_count", type="integer"), CatalogColumn(name="num_cranes", type="integer")]),
    ])  # fmt: skip
    intent = parse_request("What are the 2 ports with the highest number of berths?", catalog)
    assert intent.rank is not None and (intent.rank.column, intent.rank.limit) == ("port.berth_count", 2) and not intent.measures
    intent = parse_request("Name the port that has the lowest number of cranes", catalog)
    assert intent.rank is not None and (intent.rank.column, intent.rank.descending) == ("port.num_cranes", False)
    intent = parse_request("What is the highest number of cranes of a port?", catalog)  # the number itself: a max
    assert intent.rank is None and [(m.function, m.column) for m in intent.measures] == [("max", "port.num_cranes")]


def _sides(request_text: str) -> tuple[list, list | None]:
    ratios = [m for m in parse_request(request_text, FERRIES).measures if m.function == "ratio"]
    assert len(ratios) == 1, ratios
    as_tuples = lambda conditions: None if conditions is None else [(c.column, c.op, c.value) for c in conditions]  # noqa: E731
    return as_tuples(ratios[0].numerator), as_tuples(ratios[0].denominator)


def test_a_ratio_of_two_kinds_of_rows_counts_each_side_with_its_own_conditions():
    assert _sides("What is the ratio of crossings with a fare above 50 to crossings with a fare below 50?") == (
        [("crossing.fare", ">", 50)], [("crossing.fare", "<", 50)]
    )
    assert _sides("the share of cancelled crossings out of all crossings") == ([("crossing.status", "=", "cancelled")], None)
    assert _sides("ratio of late crossings to non-late crossings") == (
        [("crossing.status", "=", "late")], [("crossing.status", "!=", "late")]
    )


def test_a_ratio_whose_sides_are_not_rows_of_one_table_is_not_read_as_one():
    assert not [m for m in parse_request("the ratio of tickets to crossings", FERRIES).measures if m.function == "ratio"]


def test_a_ratio_is_written_as_two_conditional_counts():
    from ai_etl.agents.contracts import Condition, MeasureIntent
    from ai_etl.offline_model.spec_writer import _measure_sql

    ratio = MeasureIntent(function="ratio", numerator=[Condition(column="crossing.fare", op=">", value=50)])
    assert _measure_sql(ratio, {"crossing.fare": "fare"}) == "toFloat64(countIf(fare > 50)) / nullIf(count(), 0)"


PAGEVIEWS = Catalog(
    connector="web",
    tables=[
        CatalogTable(
            name="pageview",
            columns=[
                CatalogColumn(name="page_path", type="text"),
                CatalogColumn(name="weekday", type="text", values=["Monday", "Saturday", "Sunday"]),
                CatalogColumn(name="count", type="integer"),
            ],
        )
    ],
)


def test_rows_that_are_already_counts_are_summed_and_hyphenated_names_and_plural_values_are_read():
    intent = parse_request("How many page-views were there on Sundays?", PAGEVIEWS)
    assert intent.main_table == "pageview"
    assert [(m.function, m.column) for m in intent.measures] == [("sum", "pageview.count")]
    assert [(c.column, c.op, c.value) for c in intent.conditions] == [("pageview.weekday", "=", "Sunday")]


def test_a_ranking_column_that_a_joined_table_also_has_is_not_guessed():
    shops = Catalog(
        connector="c",
        tables=[
            CatalogTable(name="shop", primary_key=["shop_id"], columns=[CatalogColumn(name="shop_id", type="integer"), CatalogColumn(name="rating", type="real")]),
            CatalogTable(
                name="visit",
                columns=[CatalogColumn(name="shop_id", type="integer"), CatalogColumn(name="rating", type="integer")],
                references={"shop_id": "shop.shop_id"},
            ),
        ],
    )
    assert parse_request("the shop with the highest rating", shops).rank is None  # its own rating, or its visits'?


def test_prefixed_columns_and_values_with_separators_are_read_as_said():
    rx = Catalog(
        connector="c",
        tables=[
            CatalogTable(
                name="script",
                columns=[
                    CatalogColumn(name="s_scriptkey", type="integer"),
                    CatalogColumn(name="s_quantity", type="integer"),
                    CatalogColumn(name="s_state", type="text", values=["filled", "no_pickup"]),
                ],
            )
        ],
    )
    intent = parse_request("Total quantity of no-pickup scripts", rx)
    assert [(m.function, m.column) for m in intent.measures] == [("sum", "script.s_quantity")]
    assert [(c.column, c.value) for c in intent.conditions] == [("script.s_state", "no_pickup")]


def test_the_time_of_a_row_is_its_own_or_its_parents_never_its_childrens():
    # 'hourly' is the schedule: kits have no time of their own, and the rentals that refer to them are
    # not when a kit was anything
    kits = Catalog(
        connector="c",
        tables=[
            CatalogTable(name="kit", primary_key=["kit_id"], columns=[CatalogColumn(name="kit_id", type="integer"), CatalogColumn(name="sport", type="text", values=["ski", "surf"])]),
            CatalogTable(
                name="rental",
                columns=[CatalogColumn(name="kit_id", type="integer"), CatalogColumn(name="rented_at", type="timestamp without time zone")],
                references={"kit_id": "kit.kit_id"},
            ),
        ],
    )
    assert [g.column for g in parse_request("Kits per sport, hourly", kits).group_by] == ["kit.sport"]
    assert [(g.column, g.grain) for g in parse_request("Rentals per month", kits).group_by] == [("rental.rented_at", "month")]
    assert [(g.column, g.grain) for g in parse_request("Tickets per month", FERRIES).group_by] == [("ticket.sold_at", "month")]


@pytest.mark.parametrize(
    "request_text, op, n",
    [
        ("Crossings with more than 2 tickets", ">", 2),
        ("Which crossings sold at least three tickets?", ">=", 3),
        ("crossings with 5 or more tickets", ">=", 5),
    ],
)
def test_a_count_threshold_groups_the_counted_rows_by_the_subject_and_keeps_the_groups(request_text, op, n):
    intent = parse_request(request_text, FERRIES)
    assert intent.main_table == "ticket" and [g.column for g in intent.group_by] == ["ticket.crossing_id", "crossing.route_name"]
    assert [(m.function, m.name) for m in intent.measures] == [("count", "ticket_count")]
    assert [(h.column, h.op, h.value) for h in intent.having] == [("ticket_count", op, n)]
    from ai_etl.agents.contracts import GroundedPlan

    plan = GroundedPlan(request=request_text, connector="ferries", intent=intent, main_table="ticket", pipeline_name="p", target_table="p",
                        column_names={"ticket.crossing_id": "crossing_id", "crossing.route_name": "route_name"})  # fmt: skip
    from ai_etl.offline_model.spec_writer import write_pipeline

    steps = write_pipeline(plan, FERRIES, "warehouse")["transformations"]
    assert steps[-1] == {"type": "filter", "condition": f"ticket_count {op} {n}"}


@pytest.mark.parametrize("request_text, op, n", [("Crossings with fewer than 2 tickets", "<", 2), ("crossings with at most one ticket", "<=", 1)])
def test_a_threshold_that_keeps_rows_with_none_counts_them_as_zero(request_text, op, n):
    """Crossings with no ticket have fewer than 2, and a count of tickets never sees them: each crossing,
    its tickets counted through a left join, zero included."""
    intent = parse_request(request_text, FERRIES)
    assert (intent.main_table, intent.keep_unmatched) == ("crossing", True)
    assert [(m.function, m.column) for m in intent.measures] == [("count_distinct", f"ticket.{FERRIES.table('ticket').identifier}")]
    assert [(h.op, h.value) for h in intent.having] == [(op, n)]


def test_a_two_word_column_is_also_said_the_other_way_round():
    catalog = Catalog(connector="c", tables=[CatalogTable(name="dish", primary_key=["dish_id"], columns=[
        CatalogColumn(name="dish_id", type="integer"), CatalogColumn(name="food_type", type="text"), CatalogColumn(name="price", type="numeric")])])  # fmt: skip
    assert [g.column for g in parse_request("Average price for each type of food", catalog).group_by] == ["dish.food_type"]


def test_each_day_of_the_week_is_a_weekday_not_a_day_and_a_week():
    intent = parse_request("How many tickets were sold on each day of the week?", FERRIES)
    assert intent.cron is None  # a grouping, not a daily schedule
    assert [(g.column, g.grain) for g in intent.group_by] == [("ticket.sold_at", "weekday")]
    catalog = Catalog(connector="c", tables=[CatalogTable(name="visit", primary_key=["visit_id"], columns=[
        CatalogColumn(name="visit_id", type="integer"), CatalogColumn(name="dow", type="text", values=["Mon", "Tue", "Wed", "Sun"]),
        CatalogColumn(name="visited_on", type="date")])])  # fmt: skip
    assert [(g.column, g.grain) for g in parse_request("Visits per day of the week", catalog).group_by] == [("visit.dow", None)]


@pytest.mark.parametrize(
    "request_text, function",
    [
        ("What is the share of tickets per crossing?", "share"),
        ("Percentage of tickets by crossing", "percentage"),
        ("the ratio of the number of tickets in each crossing to the total number of tickets", "share"),
    ],
)
def test_a_share_per_group_is_each_groups_count_over_all_rows(request_text, function):
    intent = parse_request(request_text, FERRIES)
    assert intent.main_table == "ticket" and [g.column for g in intent.group_by] == ["ticket.crossing_id", "crossing.route_name"]
    assert [(m.function, m.column) for m in intent.measures] == [("count", None), (function, "ticket_count")]
    from ai_etl.agents.contracts import GroundedPlan
    from ai_etl.offline_model.spec_writer import write_pipeline

    plan = GroundedPlan(request=request_text, connector="ferries", intent=intent, main_table="ticket", pipeline_name="p", target_table="p",
                        column_names={"ticket.crossing_id": "crossing_id", "crossing.route_name": "route_name"})  # fmt: skip
    derived = write_pipeline(plan, FERRIES, "warehouse")["transformations"][-1]
    assert derived["type"] == "derive" and "sum(ticket_count) over ()" in derived["columns"][0]["expr"]


def test_a_share_of_one_table_against_another_is_not_read():
    assert all(m.function not in ("share", "percentage") for m in parse_request("the share of tickets per crossing out of all crossings", FERRIES).measures)


AUTHORS = Catalog(connector="a", tables=[
    CatalogTable(name="author", primary_key=["author_id"], columns=[CatalogColumn(name="author_id", type="integer"), CatalogColumn(name="name", type="text")]),
    CatalogTable(name="paper", primary_key=["paper_id"], columns=[
        CatalogColumn(name="paper_id", type="integer"), CatalogColumn(name="author_id", type="integer"),
        CatalogColumn(name="citation_count", type="integer")], references={"author_id": "author.author_id"}),
    CatalogTable(name="review", primary_key=["review_id"], columns=[
        CatalogColumn(name="review_id", type="integer"), CatalogColumn(name="paper_id", type="integer")], references={"paper_id": "paper.paper_id"}),
])  # fmt: skip


def test_a_counting_column_is_summed_from_the_rows_it_counts_for_never_from_a_parent():
    intent = parse_request("What is the total number of citations received by each author?", AUTHORS)
    assert [(m.function, m.column) for m in intent.measures] == [("sum", "paper.citation_count")]  # papers of each author
    intent = parse_request("What is the total number of citations of the reviews?", AUTHORS)
    assert all(m.column != "paper.citation_count" for m in intent.measures)  # a review's paper's count repeats per review


@pytest.mark.parametrize(
    "request_text, limit, descending",
    [
        ("top 2 crossings by number of tickets", 2, True),
        ("What are the 3 crossings with the most tickets?", 3, True),
        ("the 2 crossings with the fewest tickets", 2, False),
    ],
)
def test_the_first_n_groups_by_a_count_of_other_rows(request_text, limit, descending):
    intent = parse_request(request_text, FERRIES)
    assert intent.main_table == "ticket" and [g.column for g in intent.group_by][:1] == ["ticket.crossing_id"]
    assert intent.rank is not None and (intent.rank.measure, intent.rank.limit, intent.rank.descending) == ("tickets_count", limit, descending)


def test_the_first_n_rows_by_their_own_column_stay_rows():
    intent = parse_request("top 2 crossings by fare", FERRIES)
    assert intent.rank is not None and (intent.rank.column, intent.rank.limit) == ("crossing.fare", 2) and not intent.group_by


def test_a_count_threshold_over_a_column_of_the_counted_rows():
    intent = parse_request("Which statuses have more than 2 crossings?", FERRIES)
    assert intent.main_table == "crossing" and [g.column for g in intent.group_by] == ["crossing.status"]
    assert [(h.column, h.op, h.value) for h in intent.having] == [("crossing_count", ">", 2)]


def test_a_period_with_no_date_is_the_column_that_holds_it():
    catalog = Catalog(connector="c", tables=[CatalogTable(name="post", primary_key=["post_id"], columns=[
        CatalogColumn(name="post_id", type="integer"), CatalogColumn(name="year", type="integer"), CatalogColumn(name="month", type="text")])])  # fmt: skip
    intent = parse_request("How many posts were written in each month of 2021?", catalog)
    assert [g.column for g in intent.group_by] == ["post.month"] and [(c.column, c.value) for c in intent.conditions] == [("post.year", 2021)]


def test_the_schedule_is_never_a_condition_on_a_weekday_column():
    catalog = Catalog(connector="c", tables=[CatalogTable(name="visit", primary_key=["visit_id"], columns=[
        CatalogColumn(name="visit_id", type="integer"), CatalogColumn(name="day", type="text", values=["Monday", "Tuesday", "Sunday"])])])  # fmt: skip
    intent = parse_request("Load visits every Monday at 6 AM", catalog)
    assert intent.cron == "0 6 * * 1" and intent.conditions == []
    intent = parse_request("Load visits on Sundays, every Monday at 6 AM", catalog)
    assert intent.cron == "0 6 * * 1" and [(c.column, c.value) for c in intent.conditions] == [("visit.day", "Sunday")]


def test_which_groups_in_the_plural_have_the_most_cuts_nothing():
    """'Which crossings have the most tickets?' does not say how many: one row would be a guess."""
    assert parse_request("Which crossings have the most tickets?", FERRIES).rank is None
    assert parse_request("Which crossing has the most tickets?", FERRIES).rank.limit == 1


def test_an_adjective_means_its_dimensions_in_order_and_a_counting_column_beats_counting_rows():
    flight = CatalogTable(name="flight", columns=[CatalogColumn(name="flight_no", type="text"), CatalogColumn(name="distance_km", type="integer"),
                                                  CatalogColumn(name="delay_minutes", type="integer")], identifier="flight_no")  # fmt: skip
    album = CatalogTable(name="album", primary_key=["album_id"], columns=[CatalogColumn(name="album_id", type="integer"),
                                                                          CatalogColumn(name="track_count", type="integer")])  # fmt: skip
    track = CatalogTable(name="track", columns=[CatalogColumn(name="track_id", type="integer"), CatalogColumn(name="album_id", type="integer")],
                         references={"album_id": "album.album_id"})  # fmt: skip
    catalog = Catalog(connector="c", tables=[flight, album, track])
    assert parse_request("What are the 3 longest flights?", catalog).rank.column == "flight.distance_km"  # a distance before a delay
    intent = parse_request("What are the 3 albums with the highest number of tracks?", catalog)
    assert (intent.main_table, intent.rank.column, intent.group_by) == ("album", "album.track_count", [])


KITCHEN = Catalog(
    connector="kitchen",
    tables=[
        CatalogTable(name="chef", primary_key=["chefid"], columns=[CatalogColumn(name="chefid", type="integer"), CatalogColumn(name="chefname", type="text")]),
        CatalogTable(name="recipe", primary_key=["recipeid"], columns=[CatalogColumn(name="recipeid", type="integer"), CatalogColumn(name="title", type="text")]),
        CatalogTable(
            name="authored",
            columns=[CatalogColumn(name="recipeid", type="integer"), CatalogColumn(name="chefid", type="integer")],
            references={"recipeid": "recipe.recipeid", "chefid": "chef.chefid"},
        ),
        CatalogTable(
            name="menu",
            primary_key=["menu_id"],
            columns=[CatalogColumn(name="menu_id", type="integer"), CatalogColumn(name="chefid", type="integer"), CatalogColumn(name="total_price", type="numeric(10,2)")],
            references={"chefid": "chef.chefid"},
        ),
        CatalogTable(
            name="menu_course",
            columns=[CatalogColumn(name="menu_id", type="integer"), CatalogColumn(name="course_price", type="numeric(10,2)"), CatalogColumn(name="discount", type="numeric(4,2)")],
            references={"menu_id": "menu.menu_id"},
        ),
    ],
)


def test_which_key_then_a_verb_then_the_most_ranks_the_key():
    """'Which chef has published the most recipes?': the key is 'chef', 'has published' the verb between."""
    intent = parse_request("Which chef has published the most recipes?", KITCHEN)
    assert [g.column for g in intent.group_by][:1] == ["chef.chefid"]
    assert [m.function for m in intent.measures] == ["count"]
    assert intent.rank is not None and intent.rank.limit == 1 and intent.rank.descending


def test_revenue_is_not_guessed_from_a_price_when_the_rows_below_have_prices_too():
    """A menu's `total_price` is one reading of 'revenue'; its courses' prices less discounts another.
    No sum is guessed (the coverage check then names 'revenue')."""
    intent = parse_request("revenue per chef from menus", KITCHEN)
    assert not [m for m in intent.measures if m.function == "sum"]


FLEET = Catalog(
    connector="fleet",
    tables=[
        CatalogTable(
            name="vehicle",
            primary_key=["v_vehiclekey"],
            columns=[
                CatalogColumn(name="v_vehiclekey", type="integer"),
                CatalogColumn(name="v_rentmode", type="character(10)", values=["BUY", "LEASE", "RENT"]),
                CatalogColumn(name="v_listdate", type="date"),
            ],
        )
    ],
)


def test_the_first_word_of_a_column_said_by_name_is_not_its_value():
    """'by rent mode' groups by `v_rentmode`; its value 'RENT' is not said by it."""
    intent = parse_request("number of vehicles by rent mode", FLEET)
    assert [g.column for g in intent.group_by] == ["vehicle.v_rentmode"] and intent.conditions == []
    assert [(c.column, c.value) for c in parse_request("count the RENT vehicles", FLEET).conditions] == [("vehicle.v_rentmode", "RENT")]


def test_an_incremental_cursor_is_read_from_the_words_of_its_column():
    intent = parse_request("Sync vehicles into ClickHouse incrementally by list date, every night at 1am", FLEET)
    assert (intent.load_mode, intent.cursor, intent.cron) == ("incremental", "v_listdate", "0 1 * * *")


def test_the_column_new_rows_are_picked_up_by_is_the_cursor():
    """'picking up new rows by list date': the cursor, not a count of rows per list date."""
    intent = parse_request("an hourly incremental load of vehicles, picking up new rows by list date", FLEET)
    assert (intent.load_mode, intent.cursor, intent.cron, intent.measures) == ("incremental", "v_listdate", "0 * * * *", [])


def test_a_column_that_mentions_words_holds_them_in_any_case():
    """Several words unquoted: each of them, in that order ('Green Thai Curry' mentions green curry); quoted: the phrase."""
    intent = parse_request("find the recipes whose title mentions green curry", KITCHEN)
    assert [(c.column, c.op, c.value) for c in intent.conditions] == [("recipe.title", "contains_words", ["green", "curry"])]
    assert _condition_sql(intent.conditions[0], {"recipe.title": "title"}, KITCHEN) == "title ilike '%green%curry%'"
    quoted = parse_request('find the recipes whose title mentions "green curry"', KITCHEN)
    assert [(c.op, c.value) for c in quoted.conditions] == [("contains", "green curry")]


INSPECTIONS = Catalog(
    connector="food",
    tables=[
        CatalogTable(
            name="inspection",
            primary_key=["inspection_id"],
            columns=[
                CatalogColumn(name="inspection_id", type="integer"),
                CatalogColumn(name="district", type="text"),
                CatalogColumn(name="hygiene_score", type="integer"),
                CatalogColumn(name="safety_rating", type="integer"),
                CatalogColumn(name="fine_eur", type="numeric(8,2)"),
            ],
        )
    ],
)


@pytest.mark.parametrize(
    "request_text",
    [
        "average hygiene and safety per district",
        "per district, the average hygiene score and safety rating",
        "the average hygiene, safety and fine for each district",
    ],
)
def test_one_function_over_listed_columns_measures_each(request_text):
    """'average hygiene and safety': both averaged; a score-like column is named by what it measures."""
    intent = parse_request(request_text, INSPECTIONS)
    measured = [(m.function, m.column) for m in intent.measures]
    assert ("avg", "inspection.hygiene_score") in measured and ("avg", "inspection.safety_rating") in measured
    assert ("avg", "inspection.fine_eur") in measured if "fine" in request_text else len(measured) == 2
    assert [g.column for g in intent.group_by] == ["inspection.district"]


def test_a_number_compared_with_a_text_column_compares_its_numbers():
    """Legacy schemas keep numbers in text (`credits text`): 'more than 3 credits' compares the number, and
    a value that is no number is no match (NULL), never an error or a text comparison ('10' < '3')."""
    catalog = Catalog(connector="c", tables=[CatalogTable(name="course", columns=[CatalogColumn(name="credits", type="text")])])
    condition = Condition(column="course.credits", op=">", value=3)
    assert _condition_sql(condition, {"course.credits": "credits"}, catalog) == "toFloat64OrNull(credits) > 3"
    said = Condition(column="course.credits", op="=", value="3")
    assert _condition_sql(said, {"course.credits": "credits"}, catalog) == "credits = '3'"


def test_a_value_in_a_name_and_in_another_text_column_is_the_name():
    """'Introduction to Botany' is a course's name and, by chance, a textbook's title two joins away as well:
    things go by their names."""
    catalog = Catalog(
        connector="uni",
        tables=[
            CatalogTable(name="student", primary_key=["student_id"], columns=[CatalogColumn(name="student_id", type="integer"), CatalogColumn(name="lastname", type="text")]),
            CatalogTable(
                name="course",
                primary_key=["course_id"],
                columns=[CatalogColumn(name="course_id", type="integer"), CatalogColumn(name="name", type="text", mentioned=["Introduction to Botany"])],
            ),
            CatalogTable(
                name="offering",
                primary_key=["offering_id"],
                columns=[
                    CatalogColumn(name="offering_id", type="integer"),
                    CatalogColumn(name="course_id", type="integer"),
                    CatalogColumn(name="textbook", type="text", mentioned=["Introduction to Botany"]),
                ],
                references={"course_id": "course.course_id"},
            ),
            CatalogTable(
                name="record",
                columns=[CatalogColumn(name="student_id", type="integer"), CatalogColumn(name="course_id", type="integer"), CatalogColumn(name="offering_id", type="integer")],
                references={"student_id": "student.student_id", "course_id": "course.course_id", "offering_id": "offering.offering_id"},
            ),
        ],
    )
    intent = parse_request("students who took Introduction to Botany", catalog)
    assert [(c.column, c.value) for c in intent.conditions] == [("course.name", "Introduction to Botany")]


def test_a_count_condition_through_a_link_table_counts_the_links():
    """'recipes with more than 2 chefs': chefs and recipes meet only in `authored`; each recipe's distinct chefs there."""
    intent = parse_request("Which recipes have more than 2 chefs?", KITCHEN)
    assert intent.main_table == "authored"
    assert [(m.function, m.column) for m in intent.measures] == [("count_distinct", "authored.chefid")]
    assert [g.column for g in intent.group_by][0] == "authored.recipeid"
    assert [(h.op, h.value) for h in intent.having] == [(">", 2)]


def test_a_share_of_rows_said_by_a_date_or_a_year():
    catalog = Catalog(
        connector="c",
        tables=[
            CatalogTable(
                name="booking",
                primary_key=["booking_id"],
                columns=[CatalogColumn(name="booking_id", type="integer"), CatalogColumn(name="booked_on", type="date"), CatalogColumn(name="nights", type="integer")],
            )
        ],
    )
    intent = parse_request("What percentage of bookings were made in March 2025?", catalog)
    (ratio,) = intent.measures
    assert ratio.function == "ratio" and ratio.per_hundred
    assert [(c.op, c.value) for c in ratio.numerator] == [(">=", "2025-03-01"), ("<", "2025-04-01")]
    (share,) = parse_request("the share of bookings made before 2024", catalog).measures
    assert [(c.column, c.op, c.value) for c in share.numerator] == [("booking.booked_on", "year<", 2024)]


def test_a_request_naming_only_columns_reads_the_table_whose_columns_they_are():
    """'per rent mode, the latest list date': no table is named; `v_rentmode` and `v_listdate` are the vehicles'."""
    garage = CatalogTable(name="garage", primary_key=["g_garagekey"], columns=[CatalogColumn(name="g_garagekey", type="integer"), CatalogColumn(name="g_city", type="text")])
    catalog = Catalog(connector="fleet", tables=[*FLEET.tables, garage])
    intent = parse_request("per rent mode, the latest list date", catalog)
    assert intent.main_table == "vehicle" and [g.column for g in intent.group_by] == ["vehicle.v_rentmode"]


DEPOT = Catalog(
    connector="depot",
    tables=[
        CatalogTable(name="depot", primary_key=["depot_id"], columns=[CatalogColumn(name="depot_id", type="integer"), CatalogColumn(name="city", type="text")]),
        CatalogTable(
            name="delivery",
            primary_key=["delivery_id"],
            columns=[
                CatalogColumn(name="delivery_id", type="integer"),
                CatalogColumn(name="depot_id", type="integer"),
                CatalogColumn(name="courier", type="text", values=["DHL", "UPS"]),
                CatalogColumn(name="fee", type="numeric(8,2)"),
                CatalogColumn(name="dispatched_at", type="timestamp"),
            ],
            references={"depot_id": "depot.depot_id"},
        ),
        CatalogTable(
            name="restock_order",
            primary_key=["restock_id"],
            columns=[
                CatalogColumn(name="restock_id", type="integer"),
                CatalogColumn(name="depot_id", type="integer"),
                CatalogColumn(name="status", type="text", values=["draft", "dispatched", "received"]),
            ],
            references={"depot_id": "depot.depot_id"},
        ),
        CatalogTable(
            name="parcel",
            primary_key=["parcel_id"],
            columns=[
                CatalogColumn(name="parcel_id", type="integer"),
                CatalogColumn(name="delivery_id", type="integer"),
                CatalogColumn(name="state", type="text", values=["paid", "open"]),
                CatalogColumn(name="amount", type="numeric(8,2)"),
            ],
            references={"delivery_id": "delivery.delivery_id"},
        ),
    ],
)


def test_a_value_of_a_table_reached_up_and_down_again_says_nothing_of_the_rows():
    """'deliveries dispatched before June': 'dispatched' is also a restock order's status, but restock orders
    are only the siblings of a delivery under its depot; reading it would filter (and multiply) deliveries by them."""
    intent = parse_request("total fee per courier for deliveries dispatched before 1 June 2025", DEPOT)
    assert "restock_order" not in intent.related_tables
    assert not [c for c in intent.conditions if c.column.startswith("restock_order.")]


def test_a_participle_after_a_measured_noun_is_what_is_measured():
    """'the total fee dispatched per courier': the fee, not deliveries whose depot's restock orders are
    'dispatched'; but 'the total amount paid' of parcels that have a state 'paid' is of the paid ones."""
    intent = parse_request("the total fee dispatched per courier", DEPOT)
    assert [(m.function, m.column) for m in intent.measures] == [("sum", "delivery.fee")]
    assert intent.conditions == []
    assert [(c.column, c.value) for c in parse_request("the total amount paid per delivery", DEPOT).conditions] == [("parcel.state", "paid")]
    assert [(c.column, c.value) for c in parse_request("the total amount of paid parcels per delivery", DEPOT).conditions] == [("parcel.state", "paid")]
    # before the rows' noun it says which rows, whatever comes before it
    assert [(c.column, c.value) for c in parse_request("sum paid parcels amount per delivery", DEPOT).conditions] == [("parcel.state", "paid")]


def test_rows_that_refer_to_no_subject_are_no_subjects_group():
    """'depots with more than 2 deliveries': a delivery without a depot is no depot's."""
    intent = parse_request("depots with more than 2 deliveries", DEPOT)
    assert [g.column for g in intent.group_by][0] == "delivery.depot_id"
    assert [(c.column, c.op) for c in intent.conditions] == [("delivery.depot_id", "not_null")]


def test_the_verb_says_whether_one_group_or_all_are_asked_for():
    """'Which species has the most visits?' is one species ('species' looks plural, 'has' says it is not);
    'which chefs have ...' asks for every chef, ranked, none cut."""
    catalog = Catalog(
        connector="vet",
        tables=[
            CatalogTable(name="animal", primary_key=["animal_id"], columns=[CatalogColumn(name="animal_id", type="integer"), CatalogColumn(name="species", type="text")]),
            CatalogTable(
                name="visit",
                primary_key=["visit_id"],
                columns=[CatalogColumn(name="visit_id", type="integer"), CatalogColumn(name="animal_id", type="integer")],
                references={"animal_id": "animal.animal_id"},
            ),
        ],
    )
    intent = parse_request("Which species has the most visits?", catalog)
    assert [g.column for g in intent.group_by] == ["animal.species"] and intent.rank is not None and intent.rank.limit == 1
    assert parse_request("which chefs have published the most recipes?", KITCHEN).rank is None


POST = Catalog(
        connector="post",
        tables=[
            CatalogTable(name="depot", primary_key=["depot_id"], columns=[CatalogColumn(name="depot_id", type="integer"), CatalogColumn(name="depot_name", type="text")]),
            CatalogTable(
                name="delivery",
                primary_key=["delivery_id"],
                columns=[
                    CatalogColumn(name="delivery_id", type="integer"),
                    CatalogColumn(name="depot_id", type="integer"),
                    CatalogColumn(name="status", type="text", values=["completed", "failed"]),
                ],
                references={"depot_id": "depot.depot_id"},
            ),
        ],
    )


def test_top_groups_by_the_number_of_rows_said_with_a_qualifier():
    """'Top 2 depots by number of completed deliveries': the rows counted are named last, after their value."""
    intent = parse_request("Top 2 depots by number of completed deliveries", POST)
    assert intent.main_table == "delivery" and {g.column for g in intent.group_by} & {"delivery.depot_id", "depot.depot_name"}
    assert [(c.column, c.value) for c in intent.conditions if c.op != "not_null"] == [("delivery.status", "completed")]  # (and a depot)
    assert intent.rank is not None and intent.rank.limit == 2


def test_a_percentage_of_rows_in_each_group():
    """'What percentage of deliveries at each depot failed?': the failed share of each depot's deliveries."""
    intent = parse_request("What percentage of deliveries at each depot failed?", POST)
    (ratio,) = intent.measures
    assert (ratio.function, [(c.column, c.value) for c in ratio.numerator], ratio.per_hundred) == ("ratio", [("delivery.status", "failed")], True)
    assert {g.column for g in intent.group_by} & {"delivery.depot_id", "depot.depot_name"}


def test_a_date_something_is_due_by_is_not_when_the_row_happened():
    """'shipments in Q1 2025' are dated by when they shipped, not by the date they were promised by."""
    catalog = Catalog(
        connector="c",
        tables=[
            CatalogTable(
                name="shipment",
                primary_key=["shipment_id"],
                columns=[
                    CatalogColumn(name="shipment_id", type="integer"),
                    CatalogColumn(name="promised_by", type="date"),
                    CatalogColumn(name="shipped_at", type="timestamp"),
                    CatalogColumn(name="carrier", type="text"),
                ],
            )
        ],
    )
    intent = parse_request("number of shipments per carrier in Q1 2025", catalog)
    assert {c.column for c in intent.conditions} == {"shipment.shipped_at"}
    assert [(g.column, g.grain) for g in parse_request("shipments per month", catalog).group_by] == [("shipment.shipped_at", "month")]


def test_a_table_named_is_not_a_quality_its_columns_measure():
    """'for each course' groups by the course, never by `course_level` (a level is no measure of a course)."""
    catalog = Catalog(
        connector="school",
        tables=[
            CatalogTable(
                name="courses",
                primary_key=["course_code"],
                columns=[CatalogColumn(name="course_code", type="text"), CatalogColumn(name="title", type="text"), CatalogColumn(name="course_level", type="integer")],
            ),
            CatalogTable(
                name="enrollments",
                primary_key=["enrollment_id"],
                columns=[CatalogColumn(name="enrollment_id", type="integer"), CatalogColumn(name="course_code", type="text"), CatalogColumn(name="final_score", type="numeric(5,2)")],
                references={"course_code": "courses.course_code"},
            ),
        ],
    )
    intent = parse_request("the average final score for each course", catalog)
    assert "courses.course_level" not in [g.column for g in intent.group_by]


@pytest.mark.parametrize(
    ("request_text", "condition"),
    [
        ("Load the crossings of £40 or more", ("crossing.fare", ">=", 40)),  # the one amount of money among other numbers
        ("tickets of 15€ or less, hourly", ("ticket.price_paid", "<=", 15)),
        ("Copy the tickets of at least £20", ("ticket.price_paid", ">=", 20)),
        ("crossings of $40 or more", ("crossing.fare", ">=", 40)),
    ],
)
def test_an_amount_of_the_rows_in_any_currency_compares_their_money(request_text, condition):
    """'gifts of £500 or more': an amount said of the rows is their one amount of money, in whatever currency it
    is said (before, '£500 or more' was not placed and the request was refused)."""
    intent = parse_request(request_text, FERRIES)
    assert [(c.column, c.op, c.value) for c in intent.conditions] == [condition]


@pytest.mark.parametrize(
    ("request_text", "expr"),
    [
        ("Total route length in miles per status", "sum(toDecimal128(route_length_km, 9)) / 1.60934"),
        ("Total route length in metres per status", "sum(toDecimal128(route_length_km, 9)) * 1000"),
        ("Average route length in km per status", "avg(route_length_km)"),
    ],
)
def test_a_measure_asked_in_another_unit_is_converted_to_it(request_text, expr, tmp_path):
    """'total harvest in tonnes' over `hrv_kg` was the sum in kilograms, reported valid."""
    from written_spec import written_spec

    spec, gaps = written_spec(request_text, FERRIES, tmp_path)
    assert gaps == [] and [m["expr"] for t in spec["transformations"] for m in t.get("measures", [])] == [expr]


@pytest.mark.parametrize(
    ("request_text", "condition"),
    [
        ("crossings with a route length over 5 miles", "route_length_km > 8.04672"),
        ("crossings with a route length under 2000 m", "route_length_km < 2"),
        ("crossings with a route length of 500 km or more", "route_length_km >= 500"),
    ],
)
def test_an_amount_said_in_another_unit_is_compared_in_the_columns(request_text, condition, tmp_path):
    from written_spec import written_spec

    spec, gaps = written_spec(request_text, FERRIES, tmp_path)
    assert gaps == [] and [t["condition"] for t in spec["transformations"] if t.get("condition")] == [condition]


def test_a_unit_the_pipeline_does_not_convert_to_is_a_gap(tmp_path):
    """A spec that keeps kilometres where miles were asked is not the pipeline asked for (the coverage check
    took any unit of the dimension as said)."""
    from ai_etl.language.coverage import check_coverage
    from ai_etl.spec import Pipeline
    from written_spec import written_spec

    spec, _ = written_spec("Total route length per status", FERRIES, tmp_path)
    assert check_coverage("Total route length in miles per status", FERRIES, Pipeline.model_validate(spec)).gaps
