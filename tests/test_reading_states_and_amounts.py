"""Readings that were confidently wrong on four schemas written blind (farm, payroll, delivery, museum), each
checked here on a schema made up for it (a ski resort on a real PostgreSQL): what a comment says a missing
value is, rows said 'current' or 'former', periods said with 'from', amounts in a currency or another unit,
a money threshold, counts of a column's values, and the rows' own noun that is also a value of other rows."""

from __future__ import annotations

import pytest
from written_spec import made_up_catalog, written_spec

from ai_etl.agents.schema_analyst import Refusal
from ai_etl.language.coverage import check_coverage
from ai_etl.language.request_text import table_aliases
from ai_etl.spec import Pipeline

SKI_RESORT = """
create table guest (guest_id int primary key, guest_nm text not null, joined_on date not null, left_on date, signup_ts timestamp, email text);
comment on table guest is 'Season pass holders';
comment on column guest.email is 'NULL = signed up with a phone number only';
comment on column guest.left_on is 'day the pass was given up; NULL = still skiing with us';
create table lift_hdr (lift_id int primary key, lift_nm text not null, kind_cd char(1) not null, vert_m int not null);
comment on column lift_hdr.kind_cd is 'C = chairlift, G = gondola, T = T-bar';
create table lesson (lesson_id int primary key, guest_id int not null references guest, lesson_dt date not null,
    lang_cd char(2) not null, fee_amt numeric(8,2) not null, coupon_cd text, pupils int, xtra_hrs numeric(4,1) not null default 0);
comment on column lesson.xtra_hrs is 'overtime hours taught on top of the booked time';
create table slope (slope_id int primary key, slope_nm text not null, area_ha numeric(6,1) not null, groomed boolean not null);
comment on column lesson.pupils is 'number of pupils who came; NULL = lesson cancelled';
comment on column lesson.coupon_cd is 'coupon applied; NULL = none';
comment on column lesson.lang_cd is 'EN = English, FR = French, DE = German';
create table ride (ride_id int primary key, guest_id int references guest, lift_id int not null references lift_hdr,
    ride_ts timestamp not null, gate_cd char(1) not null, rating smallint);
comment on column ride.gate_cd is 'G = guest (pass holder), S = single ticket';
comment on column ride.rating is 'ride rating 1-5; NULL = not rated';
create table rental (rental_id int primary key, guest_id int not null references guest, returned_on date, paid_amt numeric(8,2) not null,
    rent_stat char(1) not null, rented_on date not null);
comment on column rental.rent_stat is 'R = returned, O = out';
create table ride_note (note_id int primary key, ride_id int not null references ride, note_cd char(2) not null);
comment on column ride_note.note_cd is 'FS = fresh snow, WD = wind delay';
comment on column rental.returned_on is 'day the skis came back; NULL = never returned';
insert into guest select n, 'guest ' || n, date '2023-01-01' + 20 * n, case when n % 4 = 0 then date '2025-06-01' end from generate_series(1, 40) n;
insert into lift_hdr select n, 'lift ' || n, (array['C', 'G', 'T'])[1 + n % 3], 200 + 50 * n from generate_series(1, 9) n;
insert into lesson select n, 1 + n % 40, date '2024-11-01' + n % 300, (array['EN', 'FR', 'DE'])[1 + n % 3], 40 + n % 90,
    case when n % 5 = 0 then 'SNOW10' end, case when n % 7 = 0 then null else 1 + n % 6 end from generate_series(1, 400) n;
insert into ride select n, case when n % 9 = 0 then null else 1 + n % 40 end, 1 + n % 9, timestamp '2025-01-01' + n * interval '5 hours',
    case when n % 9 = 0 then 'S' else 'G' end, case when n % 3 = 0 then null else 1 + n % 5 end from generate_series(1, 900) n;
insert into slope select n, 'slope ' || n, 2 + 3 * n, n % 2 = 0 from generate_series(1, 15) n;
update lesson set xtra_hrs = 1.5 where lesson_id % 8 = 0;
update guest set signup_ts = joined_on, email = case when guest_id % 3 = 0 then null else 'g' || guest_id || '@example.org' end;
insert into rental select n, 1 + n % 40, case when n % 6 = 0 then null else date '2025-02-01' + n % 60 end, 25 + n % 40,
    case when n % 6 = 0 then 'O' else 'R' end, date '2025-01-20' + n % 60 from generate_series(1, 120) n;
insert into ride_note select n, 1 + 7 * n, (array['FS', 'WD'])[1 + n % 2] from generate_series(1, 100) n;
"""


@pytest.fixture(scope="module")
def resort(pg_server):
    return made_up_catalog(pg_server, "t_ski_resort", SKI_RESORT, "resort")


def conditions(spec: dict) -> list[str]:
    return [part for t in spec["transformations"] if t.get("condition") for part in t["condition"].split(" and ")]


@pytest.mark.parametrize(
    ("request_text", "condition"),
    [
        ("Load the current season pass holders", "left_on is null"),
        ("Load the former guests", "isNotNull(left_on)"),
    ],
)
def test_current_or_former_rows_are_those_whose_lasting_state_has_or_has_not_ended(resort, tmp_path, request_text, condition):
    """'NULL = still skiing with us': 'current' holders have no `left_on` (before, 'current' passed as wording
    and every employee was loaded)."""
    spec, gaps = written_spec(request_text, resort, tmp_path)
    assert gaps == [] and conditions(spec) == [condition]


def test_current_rows_the_spec_does_not_test_are_a_gap(resort, tmp_path):
    spec, _ = written_spec("Load the season pass holders", resort, tmp_path)
    assert check_coverage("Load the current season pass holders", resort, Pipeline.model_validate(spec)).gaps


def test_a_lasting_state_is_never_read_as_still(resort, tmp_path):
    """'NULL = still skiing with us' once named the state 'still': 'guests still active' read it two joins away."""
    names = resort.table("guest").column("left_on").null_names
    assert "still skiing with us" in names and "still" not in names


@pytest.mark.parametrize(
    ("request_text", "bounds"),
    [
        ("Load the rides from March 2025", ["ride_ts >= '2025-03-01'", "ride_ts < '2025-04-01'"]),  # that month's rides
        ("Load the rides from Q1 2025", ["ride_ts >= '2025-01-01'", "ride_ts < '2025-04-01'"]),
        ("Load the rides from March 2025 onwards", ["ride_ts >= '2025-03-01'"]),
        ("Load the rides from 2025-03-10", ["ride_ts >= '2025-03-10'"]),  # a day: from it on
    ],
)
def test_rows_from_a_period_are_the_rows_of_that_period(resort, tmp_path, request_text, bounds):
    spec, gaps = written_spec(request_text, resort, tmp_path)
    assert gaps == [] and sorted(conditions(spec)) == sorted(bounds)


def test_an_amount_spent_on_rows_is_their_money_summed_per_subject(resort, tmp_path):
    """'growers who spent more than 5,000 EUR on machinery bookings' compared a count of machines with 5000."""
    spec, gaps = written_spec("Which guests spent more than 1,000 EUR on lessons?", resort, tmp_path)
    steps = str(spec["transformations"])
    assert gaps == [] and spec["source"]["table"] == "lesson"
    assert "sum(fee_amt)" in steps and "> 1000" in steps and "count()" not in steps


def test_a_grain_by_a_date_is_taken_on_that_date(resort, tmp_path):
    """'per month in 2025 by pay date' grouped by the month and by every pay date as well."""
    spec, gaps = written_spec("Total lesson fees per month in 2025 by lesson date", resort, tmp_path)
    groups = [t["group_by"] for t in spec["transformations"] if t.get("group_by")]
    assert gaps == [] and len(groups) == 1 and len(groups[0]) == 1 and "lesson_dt" in str(groups[0][0])


def test_a_header_table_is_named_by_its_rows():
    """`ord_hdr` rows are orders: before, 'orders' named it only weakly and a table of diners was read."""
    assert table_aliases("lift_hdr")["lifts"] == 2


def test_a_thing_used_is_a_value_that_is_there(resort, tmp_path):
    spec, gaps = written_spec("Load the lessons that used a coupon", resort, tmp_path)
    assert gaps == [] and conditions(spec) == ["isNotNull(coupon_cd)"]
    spec, _ = written_spec("Load the lessons", resort, tmp_path)
    assert check_coverage("Load the lessons that used a coupon", resort, Pipeline.model_validate(spec)).gaps


def test_a_table_said_is_no_value_of_other_rows(resort, tmp_path):
    """'the guest' of a lesson is the guest, not rides through a gate 'G = guest (pass holder)'."""
    try:
        spec, _ = written_spec("Load the lessons where the guest used a coupon", resort, tmp_path)
    except Refusal:
        return
    assert "gate_cd" not in str(spec["transformations"])


def test_a_count_of_a_columns_values_counts_the_rows_that_have_one(resort, tmp_path):
    """'restaurants with at least 40 food ratings' counted every feedback row, rated or not."""
    spec, gaps = written_spec("Average ride rating per lift, only lifts with at least 50 ride ratings", resort, tmp_path)
    assert gaps == [] and "isNotNull(rating)" in conditions(spec) and "avg(rating)" in str(spec["transformations"])


def test_the_rows_own_noun_is_no_value_of_other_rows(resort, tmp_path):
    """'patron circle members' also kept the members with a ticket of type 'M = member'."""
    spec, gaps = written_spec("Guests who joined in 2024 or later", resort, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "guest" and "gate_cd" not in str(spec["transformations"])


def test_a_state_said_of_the_rows_noun_is_their_missing_value(resort, tmp_path):
    """'NULL = lesson cancelled': the lessons that got cancelled have no `pupils` (before, all were loaded and
    'cancelled' passed as a verb describing them)."""
    spec, gaps = written_spec("Load the French lessons that got cancelled", resort, tmp_path)
    assert gaps == [] and sorted(conditions(spec)) == ["lang_cd = 'FR'", "pupils is null"]
    spec, _ = written_spec("Load the French lessons", resort, tmp_path)
    assert check_coverage("Load the French lessons that got cancelled", resort, Pipeline.model_validate(spec)).gaps


def test_never_of_other_rows_state_is_not_one_of_them_in_that_state(resort, tmp_path):
    """'members who never used their membership' kept members with one unused ticket: a state of the rows
    that refer to them, said with 'never', is not read as a join (an anti join of the other state is meant)."""
    try:
        spec, gaps = written_spec("Guests who never returned their skis", resort, tmp_path)
    except Refusal:
        return
    assert gaps or "returned_on is null" not in str(spec["transformations"])


@pytest.mark.parametrize(
    ("request_text", "condition"),
    [
        ("Load the slopes bigger than 10 hectares", "area_ha > 10"),
        ("Load the slopes smaller than 50 acres", "area_ha < 20.2343"),  # in the column's hectares
    ],
)
def test_an_area_said_in_a_unit_compares_the_column_kept_in_one(resort, tmp_path, request_text, condition):
    """'plots bigger than 10 hectares' over `area_ha`: 'hectares' was taken for the name of a table."""
    spec, gaps = written_spec(request_text, resort, tmp_path)
    assert gaps == [] and conditions(spec) == [condition]


def test_rows_that_have_an_amount_are_those_where_it_is_above_zero(resort, tmp_path):
    """'timesheets that have overtime on them' where `ot_hrs` is the 'overtime hours ...' of its comment."""
    spec, gaps = written_spec("Load the lessons that have overtime on them", resort, tmp_path)
    assert gaps == [] and conditions(spec) == ["xtra_hrs > 0"]


def test_the_act_every_row_did_is_no_state_of_a_missing_value(resort, tmp_path):
    """'NULL = signed up with a phone number only': 'guests who signed up' are all of them, not those without
    an e-mail (`signup_ts` records the act)."""
    try:
        spec, _ = written_spec("Guests who signed up but never took a lesson", resort, tmp_path)
    except Refusal:
        return
    assert not any("email" in c for c in conditions(spec))


def test_rows_said_to_be_there_now_must_be_the_current_ones(resort, tmp_path):
    """'how many employees are currently in each department' counted every employee ever, 'currently' passing as
    wording: where the rows' table says a state still lasts ('NULL = still skiing with us'), it must be tested."""
    spec, _ = written_spec("Load the season pass holders", resort, tmp_path)
    assert check_coverage("Load the season pass holders we currently have", resort, Pipeline.model_validate(spec)).gaps
    spec, gaps = written_spec("Load the current season pass holders", resort, tmp_path)
    assert gaps == [] and not check_coverage("Load the current season pass holders we currently have", resort, Pipeline.model_validate(spec)).gaps


def test_the_latest_value_is_never_the_highest(resort, tmp_path):
    """'the latest gravity and temperature reading for every batch' was max(gravity), max(temperature)."""
    try:
        spec, gaps = written_spec("Latest rating of every lift", resort, tmp_path)
    except Refusal:
        return
    assert gaps or "max(rating)" not in str(spec["transformations"])


def test_an_act_said_with_a_grain_is_when_it_happened(resort, tmp_path):
    """'orders shipped each month' kept the status 'S = shipped' and grouped by the order date."""
    try:
        spec, gaps = written_spec("Number of rentals returned each month", resort, tmp_path)
    except Refusal:
        return
    assert gaps or "rent_stat" not in str(spec["transformations"])


def test_rows_that_run_out_are_not_a_run_of_the_job(resort, tmp_path):
    """'season tickets that run out in December 2025' filtered the cancellation date, 'run out' passing as wording."""
    try:
        _, gaps = written_spec("Load the rentals that run out in March 2025", resort, tmp_path)
    except Refusal:
        return
    assert gaps  # (it was the return date, said valid)


def test_a_value_of_rows_further_below_said_inside_the_rows_noun(resort, tmp_path):
    """'the EV charging bays' joined bays to the penalty notices of their sessions whose code is 'EV'."""
    try:
        spec, gaps = written_spec("Copy the FS lifts", resort, tmp_path)
    except Refusal:
        return
    assert gaps or "ride_note" not in str(spec["transformations"])
