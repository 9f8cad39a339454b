"""A kayak club made up for these tests, on a real PostgreSQL (the blind climbing-gym set's refusals, on words made up
for them): 'membership plan' is the member's `plan_cd` where `mshp_status` says 'membership'; 'loans that haven't come
back to the dock yet' test `returned_ts` ('when the boat came back to the dock'); 'how long does a repair take on
average' and 'how many hours does a dock closure last' are each row's own span (a closure from `closed_at` to the
`reopened_at` whose absence says it is still closed); 'forget the voided ones' leaves them out."""

from __future__ import annotations

import pytest
from written_spec import filters, made_up_catalog, written_spec

KAYAK_CLUB = """
create table member (mbr_id int primary key, mbr_nm text not null, mshp_status char(1) not null, plan_cd char(2) not null);
comment on table member is 'Club members and their membership';
comment on column member.mshp_status is 'A = active, L = lapsed';
comment on column member.plan_cd is 'SU = summer only, YR = year-round';
create table boat_loan (loan_id int primary key, mbr_id int not null references member, out_ts timestamptz not null,
    returned_ts timestamptz, void_flg boolean not null);
comment on column boat_loan.returned_ts is 'when the boat came back to the dock; NULL = not returned yet';
comment on column boat_loan.void_flg is 'true = loan voided (entered by mistake)';
create table dock_closure (closure_id int primary key, closed_at timestamptz not null, reopened_at timestamptz, reason_cd char(2) not null);
comment on column dock_closure.reopened_at is 'NULL = dock still closed';
comment on column dock_closure.reason_cd is 'WI = wind, ST = storm, LT = low tide';
create table repair (rep_id int primary key, start_ts timestamptz not null, end_ts timestamptz not null, reason_cd char(1) not null);
comment on column repair.reason_cd is 'H = hull, P = paddle, S = seat';
insert into member select n, 'Member ' || n, (array['A', 'L'])[1 + n % 2], (array['SU', 'YR'])[1 + n % 2] from generate_series(1, 30) n;
insert into boat_loan select n, 1 + n % 30, timestamptz '2025-06-01' + n * interval '5 hours',
    case when n % 4 = 0 then null else timestamptz '2025-06-01 03:00' + n * interval '5 hours' end, n % 9 = 0 from generate_series(1, 80) n;
insert into dock_closure select n, timestamptz '2025-03-01' + n * interval '3 days',
    case when n = 20 then null else timestamptz '2025-03-01 06:00' + n * interval '3 days' + n * interval '10 minutes' end,
    (array['WI', 'ST', 'LT'])[1 + n % 3] from generate_series(1, 20) n;
insert into repair select n, timestamptz '2025-02-01' + n * interval '1 day', timestamptz '2025-02-01 02:00' + n * interval '1 day' + n * interval '7 minutes',
    (array['H', 'P', 'S'])[1 + n % 3] from generate_series(1, 40) n;
"""


@pytest.fixture(scope="module")
def kayak_club(pg_server):
    return made_up_catalog(pg_server, "t_kayak_club", KAYAK_CLUB, "kayak")


def _measure(spec: dict) -> str:
    return next(t for t in spec["transformations"] if t["type"] == "aggregate")["measures"][0]["expr"]


def test_a_column_said_with_a_word_its_table_uses(kayak_club, tmp_path):
    spec, gaps = written_spec("count of active members by membership plan", kayak_club, tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert gaps == [] and aggregate["group_by"] == ["plan_cd"] and filters(spec) == "mshp_status = 'A'"


def test_an_act_not_done_yet_said_in_the_words_of_its_comment(kayak_club, tmp_path):
    spec, gaps = written_spec("Boat loans that haven't come back to the dock yet. Load it twice a day, 9am and 9pm.", kayak_club, tmp_path)
    assert gaps == [] and filters(spec) == "returned_ts is null"


def test_how_long_a_row_takes_on_average(kayak_club, tmp_path):
    spec, gaps = written_spec("How long does a repair take on average, in hours, for each reason?", kayak_club, tmp_path)
    assert gaps == [] and _measure(spec) == "avg(dateDiff('second', start_ts, end_ts) / 3600)"


def test_a_row_named_for_an_act_lasts_until_the_time_whose_absence_says_it_goes_on(kayak_club, tmp_path):
    spec, gaps = written_spec("On average, how many hours does a dock closure last, for each reason?", kayak_club, tmp_path)
    assert gaps == [] and _measure(spec) == "avg(dateDiff('second', closed_at, reopened_at) / 3600)"


def test_forget_the_ones_is_an_exclusion(kayak_club, tmp_path):
    """Before, 'forget the voided ones' kept only the voided loans."""
    spec, gaps = written_spec("Loans that haven't been returned yet (forget the voided ones). Weekdays at 7am.", kayak_club, tmp_path)
    assert gaps == [] and filters(spec) == "returned_ts is null and not void_flg"
