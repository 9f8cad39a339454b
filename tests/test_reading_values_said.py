"""Short codes and digits in the data are not read out of ordinary words, on a schema made up for these
tests (ferry sailings with two-letter line codes and a digit deck code)."""

from __future__ import annotations

import pytest

from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.language.coverage import check_coverage
from ai_etl.spec import Pipeline

FERRY = Catalog(
    connector="ferry",
    tables=[
        CatalogTable(name="line", primary_key=["line_code"], columns=[CatalogColumn(name="line_code", type="text", values=["HA", "ZS", "IS"]), CatalogColumn(name="line_name", type="text")]),
        CatalogTable(
            name="sailing",
            primary_key=["sailing_id"],
            references={"line_code": "line.line_code"},
            columns=[
                CatalogColumn(name="sailing_id", type="integer"),
                CatalogColumn(name="line_code", type="text", values=["HA", "ZS", "IS"]),
                CatalogColumn(name="deck_code", type="text", values=["1", "2", "3"]),
                CatalogColumn(name="minutes_at_sea", type="integer"),
            ],
        ),
    ],
)


def test_a_word_is_no_plural_of_a_two_letter_code(tmp_path):
    """'has' is not the plural of the line code 'HA', nor 'is' the code 'IS'."""
    spec, gaps = written_spec("Which line has the most sailings?", FERRY, tmp_path)
    assert not [t for t in spec["transformations"] if t["type"] == "filter" and "isNotNull" not in t["condition"]] and not gaps  # (a ranked line is a line)


def test_a_number_is_no_code_unless_its_column_is_named(tmp_path):
    spec, gaps = written_spec("the top 3 longest sailings by minutes at sea", FERRY, tmp_path)
    assert not [t for t in spec["transformations"] if t["type"] == "filter"] and spec["transformations"][-1]["sql"].endswith("limit 3")
    assert not gaps
    spec, _ = written_spec("sailings on deck code 3", FERRY, tmp_path)
    assert {"type": "filter", "condition": "deck_code = '3'"} in spec["transformations"]


def test_a_value_before_a_tables_name_is_that_tables_or_what_it_refers_to(tmp_path):
    """'a Premium ticket': the ticket's kind, not the sailing's galley service also called 'Premium'."""
    catalog = FERRY.model_copy(deep=True)
    catalog.tables += [
        CatalogTable(name="galley", primary_key=["galley_id"], columns=[CatalogColumn(name="galley_id", type="integer"), CatalogColumn(name="service", type="text", values=["Premium", "Basic"])]),
        CatalogTable(name="ticket_kind", primary_key=["kind_code"], columns=[CatalogColumn(name="kind_code", type="text"), CatalogColumn(name="kind", type="text", values=["Premium", "Saver"])]),
        CatalogTable(
            name="ticket",
            primary_key=["ticket_id"],
            references={"sailing_id": "sailing.sailing_id", "kind_code": "ticket_kind.kind_code"},
            columns=[CatalogColumn(name="ticket_id", type="integer"), CatalogColumn(name="sailing_id", type="integer"), CatalogColumn(name="kind_code", type="text")],
        ),
    ]
    catalog.table("sailing").columns.append(CatalogColumn(name="galley_id", type="integer"))
    catalog.table("sailing").references["galley_id"] = "galley.galley_id"
    spec, gaps = written_spec("Which sailings have a Premium ticket?", catalog, tmp_path)
    assert {"type": "filter", "condition": "kind = 'Premium'"} in spec["transformations"] and not gaps


CLUB = Catalog(
    connector="club",
    tables=[
        CatalogTable(name="coach", primary_key=["coach_id"], columns=[CatalogColumn(name="coach_id", type="integer"), CatalogColumn(name="active", type="boolean")]),
        CatalogTable(
            name="club", primary_key=["club_id"], references={"manager_id": "coach.coach_id"},
            columns=[CatalogColumn(name="club_id", type="integer"), CatalogColumn(name="club_name", type="text"), CatalogColumn(name="manager_id", type="integer")],
        ),
        CatalogTable(
            name="member", primary_key=["member_id"], references={"club_id": "club.club_id"},
            columns=[CatalogColumn(name="member_id", type="integer"), CatalogColumn(name="club_id", type="integer"), CatalogColumn(name="activebool", type="boolean")],
        ),
    ],
)  # fmt: skip


def test_an_adjective_before_the_rows_name_is_their_own_flag(tmp_path):
    """'active members': the members' `activebool` (said 'active'), never their club manager's `active`."""
    spec, gaps = written_spec("How many active members does each club have?", CLUB, tmp_path)
    assert {"type": "filter", "condition": "activebool"} in spec["transformations"] and not gaps
    without = CLUB.model_copy(deep=True)
    without.table("member").columns = [c for c in without.table("member").columns if c.name != "activebool"]
    spec, gaps = written_spec("How many active members does each club have?", without, tmp_path)
    assert not any(t["type"] == "filter" for t in spec["transformations"]) and [g.phrase for g in gaps] == ["active"]


def test_a_name_kept_in_parts_is_all_of_them(tmp_path):
    """'the member's name' where members have a first and a last name: both; one part alone is half a name."""
    catalog = CLUB.model_copy(deep=True)
    catalog.table("member").columns += [CatalogColumn(name="first_name", type="text"), CatalogColumn(name="last_name", type="text")]
    catalog.tables.append(
        CatalogTable(name="visit", primary_key=["visit_id"], references={"member_id": "member.member_id"},
                     columns=[CatalogColumn(name="visit_id", type="integer"), CatalogColumn(name="member_id", type="integer"), CatalogColumn(name="visited_on", type="date")])
    )  # fmt: skip
    spec, gaps = written_spec("list the visits along with the member's name", catalog, tmp_path)
    join = next(t for t in spec["transformations"] if t["type"] == "join")
    assert join["columns"] == ["first_name", "last_name"] and not gaps
    join["columns"] = ["first_name"]
    gaps = check_coverage("list the visits along with the member's name", catalog, Pipeline.model_validate(spec)).gaps
    assert [g.phrase for g in gaps] == ["name"]


def test_a_participle_after_another_tables_noun_relates_it_and_is_no_status():
    """'artists delivered more than 3 paintings' where a painting's status can be 'delivered': what the
    artists did, so no status filter (it kept only the delivered paintings, and the counts were wrong)."""
    from ai_etl.language.request_parser import parse_request

    studio = Catalog(connector="s", tables=[
        CatalogTable(name="artist", primary_key=["artist_id"], identifier="artist_id", columns=[
            CatalogColumn(name="artist_id", type="integer"), CatalogColumn(name="artist_name", type="text")]),
        CatalogTable(name="painting", primary_key=["painting_id"], identifier="painting_id", references={"artist_id": "artist.artist_id"}, columns=[
            CatalogColumn(name="painting_id", type="integer"), CatalogColumn(name="artist_id", type="integer"),
            CatalogColumn(name="status", type="text", values=["commissioned", "delivered"])]),
    ])  # fmt: skip
    related = parse_request("Which artists delivered more than 3 paintings?", studio)
    assert not any(c.column == "painting.status" for c in related.conditions)
    assert [(c.column, c.value) for c in parse_request("delivered paintings", studio).conditions] == [("painting.status", "delivered")]


def test_amounts_held_per_group_are_not_counted():
    """'stock levels per depot' over rows that each hold a quantity: the rows are not events to count, so
    the request is refused naming the amount (it was a count of rows per depot, reported valid)."""
    from ai_etl.language.request_parser import parse_request

    depots = Catalog(connector="d", tables=[
        CatalogTable(name="depot", primary_key=["depot_id"], identifier="depot_id", columns=[
            CatalogColumn(name="depot_id", type="integer"), CatalogColumn(name="depot_name", type="text")]),
        CatalogTable(name="stock_level", primary_key=["row_id"], identifier="row_id", references={"depot_id": "depot.depot_id"}, columns=[
            CatalogColumn(name="row_id", type="integer"), CatalogColumn(name="depot_id", type="integer"), CatalogColumn(name="units_on_hand", type="integer")]),
    ])  # fmt: skip
    intent = parse_request("Load the stock levels per depot", depots)
    assert intent.refusal and "units_on_hand" in intent.refusal
    assert not parse_request("Total units on hand per depot", depots).refusal


def test_a_number_or_another_of_one_column_is_either(tmp_path):
    """'with a grade of 4 or 5': either value (it kept the first and left 'or 5' over)."""
    essays = Catalog(connector="e", tables=[CatalogTable(name="essay", primary_key=["essay_id"], identifier="essay_id", columns=[
        CatalogColumn(name="essay_id", type="integer"), CatalogColumn(name="grade", type="smallint")])])  # fmt: skip
    for request_text in ("essays with a grade of 4 or 5", "load essays with grade 4 or 5"):
        spec, gaps = written_spec(request_text, essays, tmp_path)
        assert [t["condition"] for t in spec["transformations"] if t["type"] == "filter"] == ["(grade = 4 or grade = 5)"] and gaps == []


@pytest.mark.parametrize(
    ("request_text", "condition"),
    [
        ("Load the charters, leaving out cancelled and reserved ones", "status not in ('cancelled', 'reserved')"),
        ("Load the charters except the cancelled or reserved ones", "status not in ('cancelled', 'reserved')"),
        ("Load the cancelled and reserved charters", "status in ('cancelled', 'reserved')"),
    ],
)
def test_values_listed_after_a_negation_are_all_left_out(tmp_path, request_text, condition):
    """Before, 'leave out declined and refunded payments' kept exactly those two (the negation read only one value)."""
    from test_reading_dated_acts import SCHOOL

    spec, gaps = written_spec(request_text, SCHOOL, tmp_path)
    assert gaps == [] and [t["condition"] for t in spec["transformations"] if t["type"] == "filter"] == [condition]
