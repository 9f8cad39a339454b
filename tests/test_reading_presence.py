"""Rows said to have (or lack) an amount or a detail, over a schema made up for these tests (a gym: members
and their visits, a visit's `guest_fee` is 0 when no guest came): 'visits with a guest fee' are those whose
fee is above zero, 'members with a referral code' those that have one; and the plain wordings of a share
broken down by a group, and of a load run by hand."""

from __future__ import annotations

import pytest
from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable

GYM = Catalog(
    connector="gym",
    tables=[
        CatalogTable(name="member", primary_key=["member_id"], columns=[
            CatalogColumn(name="member_id", type="integer", nullable=False), CatalogColumn(name="full_name", type="text", nullable=False),
            CatalogColumn(name="referral_code", type="text"), CatalogColumn(name="joined_on", type="date", nullable=False)]),
        CatalogTable(name="visit", primary_key=["visit_id"], references={"member_id": "member.member_id"}, columns=[
            CatalogColumn(name="visit_id", type="integer", nullable=False), CatalogColumn(name="member_id", type="integer", nullable=False),
            CatalogColumn(name="checked_in_at", type="timestamp without time zone", nullable=False),
            CatalogColumn(name="guest_fee", type="numeric(6,2)", nullable=False),
            CatalogColumn(name="entry_method", type="text", nullable=False, values=["app", "card", "desk"])]),
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    ("request_text", "condition"),
    [
        ("Load the visits with a guest fee", "guest_fee > 0"),
        ("visits that had a guest fee, daily at 6", "guest_fee > 0"),
        ("visits without a guest fee", "guest_fee = 0"),  # never missing: none is zero
        ("members with a referral code", "isNotNull(referral_code)"),
        ("visits with a guest fee over 10", "guest_fee > 10"),  # a comparison, not two conditions
    ],
)
def test_rows_said_to_have_an_amount_or_a_detail(tmp_path, request_text, condition):
    """'with a guest fee' was read as all visits (the fee column loaded, nothing filtered), a wrong table called right."""
    spec, gaps = written_spec(request_text, GYM, tmp_path)
    assert gaps == [] and [t["condition"] for t in spec["transformations"] if t["type"] == "filter"] == [condition]


def test_a_share_of_rows_with_an_amount_broken_down_by_a_group(tmp_path):
    spec, gaps = written_spec("What share of visits ended up with a guest fee, broken down by entry method?", GYM, tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert gaps == [] and aggregate["group_by"] == ["entry_method"] and "countIf(guest_fee > 0)" in aggregate["measures"][0]["expr"]


@pytest.mark.parametrize("request_text", ["Bring over the members. No schedule, I'll kick it off myself.", "Copy over the members; we will trigger it ourselves"])
def test_a_load_run_by_hand_in_plain_words(tmp_path, request_text):
    """'bring over' is no comparison ('over the members'), and 'I'll kick it off myself' says: no schedule."""
    spec, gaps = written_spec(request_text, GYM, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "member" and not spec.get("schedule") and not spec["transformations"]


@pytest.mark.parametrize("request_text", ["members who paid a guest fee more than 3 times", "members with a guest fee more than 3 times"])
def test_a_number_of_times_is_no_value_of_the_column_before_it(tmp_path, request_text):
    """'a guest fee more than 3 times' counts visits with a fee; it was read as `guest_fee > 3`."""
    spec, gaps = written_spec(request_text, GYM, tmp_path)
    assert "guest_fee > 3" not in str(spec["transformations"])


CABINS = Catalog(
    connector="ferry",
    tables=[
        CatalogTable(name="cabin", primary_key=["cabin_id"], columns=[
            CatalogColumn(name="cabin_id", type="integer"), CatalogColumn(name="deck", type="smallint"),
            CatalogColumn(name="berths", type="smallint"), CatalogColumn(name="crossing_minutes", type="integer")]),
    ],
)  # fmt: skip


def test_a_count_said_as_a_modifier_is_the_value_of_its_column(tmp_path):
    """'4-berth cabins' are the cabins with 4 berths (the '4' was left over and the request refused)."""
    spec, gaps = written_spec("Load the 4-berth cabins every night at 1", CABINS, tmp_path)
    assert gaps == [] and [t["condition"] for t in spec["transformations"]] == ["berths = 4"]


def test_a_measure_said_as_a_modifier_is_not_a_count(tmp_path):
    """'90-minute cabins' names no column of cabins' counts: not read as `crossing_minutes = 90`."""
    spec, gaps = written_spec("Load the 90-minute cabins", CABINS, tmp_path)
    assert "= 90" not in str(spec["transformations"])


@pytest.mark.parametrize(
    "request_text",
    ["How many visits each member has made, including members with none so far", "number of visits per member, even those with no visits", "visits per member (zero if none)"],
)
def test_groups_with_no_rows_are_kept_when_said(tmp_path, request_text):
    """'including members with none': every member, its visits counted through a left join (the members with no
    visit were left out and the phrase refused)."""
    spec, gaps = written_spec(request_text, GYM, tmp_path)
    join = next(t for t in spec["transformations"] if t["type"] == "join")
    assert gaps == [] and spec["source"]["table"] == "member" and join["how"] == "left"
    assert "uniqExact(visit_id)" in str(spec["transformations"])


def test_groups_with_no_rows_and_a_condition_on_the_counted_rows_are_not_read(tmp_path):
    """A filter on the visits after the left join would drop the members with none: refused, not half right."""
    spec, gaps = written_spec("How many app visits each member has made, including members with none", GYM, tmp_path)
    assert gaps


LOCKERS = Catalog(
    connector="lockers",
    tables=[
        CatalogTable(name="app_user", primary_key=["user_id"], columns=[
            CatalogColumn(name="user_id", type="integer"), CatalogColumn(name="signed_up_at", type="timestamp without time zone"),
            CatalogColumn(name="last_sync_at", type="timestamp without time zone")]),
        CatalogTable(name="locker", primary_key=["locker_id"], columns=[CatalogColumn(name="locker_id", type="integer"), CatalogColumn(name="floor", type="smallint")]),
        CatalogTable(name="rental", primary_key=["rental_id"], references={"locker_id": "locker.locker_id", "user_id": "app_user.user_id"}, columns=[
            CatalogColumn(name="rental_id", type="integer"), CatalogColumn(name="locker_id", type="integer"), CatalogColumn(name="user_id", type="integer"),
            CatalogColumn(name="started_at", type="timestamp without time zone")]),
    ],
)  # fmt: skip


def test_rows_that_never_did_what_their_own_time_records(tmp_path):
    """'users who have never synced': no `last_sync_at` (the request was refused on 'never')."""
    spec, gaps = written_spec("Users who have never synced", LOCKERS, tmp_path)
    assert gaps == [] and [t["condition"] for t in spec["transformations"]] == ["last_sync_at is null"]


def test_rows_never_used_in_a_single_row_of_another_table(tmp_path):
    """'lockers never been used in a single rental': no rental refers to them (an anti join)."""
    spec, gaps = written_spec("Which lockers have never been used in a single rental?", LOCKERS, tmp_path)
    join = next(t for t in spec["transformations"] if t["type"] == "join")
    assert gaps == [] and join["how"] == "anti" and join["table"] == "rental"


TOOLS = Catalog(
    connector="toolshed",
    tables=[
        CatalogTable(name="tool_loan", primary_key=["loan_id"], columns=[
            CatalogColumn(name="loan_id", type="integer"), CatalogColumn(name="lent_on", type="date"), CatalogColumn(name="due_on", type="date"),
            CatalogColumn(name="returned_on", type="date"), CatalogColumn(name="borrower", type="text")]),
    ],
)  # fmt: skip


def test_a_phrasal_verb_says_the_act_a_date_column_records(tmp_path):
    """'came back after their due date' is `returned_on > due_on` ('came back' was not placed)."""
    spec, gaps = written_spec("tool loans that came back after their due date", TOOLS, tmp_path)
    assert gaps == [] and [t["condition"] for t in spec["transformations"]] == ["returned_on > due_on"]


def test_a_percentage_of_the_rows_a_participle_picks(tmp_path):
    """'what percentage of returned loans came back late': of the returned loans only (all loans counted below
    the line was a wrong share), those returned after the due date above it."""
    spec, gaps = written_spec("What percentage of returned tool loans came back after their due date?", TOOLS, tmp_path)
    steps = spec["transformations"]
    assert gaps == [] and steps[0] == {"type": "filter", "condition": "isNotNull(returned_on)"}
    assert "countIf(returned_on > due_on)" in steps[1]["measures"][0]["expr"]


CREWS = Catalog(
    connector="rota",
    tables=[
        CatalogTable(name="crew", primary_key=["crew_id"], columns=[CatalogColumn(name="crew_id", type="integer"), CatalogColumn(name="crew_nm", type="text")]),
        CatalogTable(name="shift", primary_key=["shift_id"], references={"crew_id": "crew.crew_id"}, columns=[
            CatalogColumn(name="shift_id", type="integer"), CatalogColumn(name="crew_id", type="integer"),
            CatalogColumn(name="starts_at", type="timestamp without time zone"), CatalogColumn(name="cancelled_at", type="timestamp without time zone")]),
    ],
)  # fmt: skip


def test_a_percentage_of_each_groups_rows_that_ended_up_in_a_state(tmp_path):
    """'what percentage of each crew's shifts ended up cancelled': per crew, its shifts with a `cancelled_at` over
    all its shifts (it was each crew's share of all shifts, or refused)."""
    spec, gaps = written_spec("What percentage of each crew's shifts ended up cancelled?", CREWS, tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert gaps == [] and aggregate["group_by"][0] == "crew_id"
    assert aggregate["measures"][0]["expr"] == "100 * toFloat64(countIf(isNotNull(cancelled_at))) / nullIf(count(), 0)"


@pytest.mark.parametrize("request_text", ["Load cancelled visits every night at 2", "copy voided visits"])
def test_a_participle_before_the_rows_loaded_picks_rows(tmp_path, request_text):
    """'Load cancelled visits' where nothing records a cancellation: refused (the participle after a command verb
    was taken as describing the rows, and every visit was loaded)."""
    spec, gaps = written_spec(request_text, GYM, tmp_path)
    assert gaps
