"""How long rows last, over a lakeside outfitter made up for these tests: a hire runs from when the boat went
out to when it came back, a tour session from `sess_start` to `sess_end` (its own name's words aside), a stay
from check-in to check-out even when the rows grouped are the cabins; and a key a comment names
('staff.staff_id of the guide') is a reference, so 'for each guide' groups by it."""

from __future__ import annotations

import pytest
from written_spec import aggregate_step, made_up_catalog, written_spec

OUTFITTER = """
create table staff (staff_id int primary key, staff_nm text not null);
create table boat (boat_id int primary key, boat_typ char(1) not null);
comment on column boat.boat_typ is 'K = kayak, C = canoe, S = stand-up paddleboard';
create table hire (hire_id int primary key, boat_id int not null references boat, out_ts timestamp not null, ret_ts timestamp);
comment on column hire.ret_ts is 'when the boat was returned; NULL = still out on the water';
create table tour_session (ts_id int primary key, guide_id int not null, sess_start timestamp not null, sess_end timestamp not null);
comment on column tour_session.guide_id is 'staff.staff_id of the guide who led it (not enforced)';
create table cabin (cabin_id int primary key, cabin_typ text not null);
create table stays (stay_id int primary key, cabin_id int not null references cabin, checkin_dt date not null, checkout_dt date not null);
insert into staff select n, 'guide ' || n from generate_series(1, 5) n;
insert into boat select n, (array['K', 'C', 'S'])[1 + n % 3] from generate_series(1, 12) n;
insert into hire select n, 1 + n % 12, timestamp '2025-06-01' + n * interval '5 hours',
    case when n % 10 = 0 then null else timestamp '2025-06-01' + n * interval '5 hours' + (1 + n % 4) * interval '1 hour' end
    from generate_series(1, 80) n;
insert into tour_session select n, 1 + n % 5, timestamp '2025-06-01' + n * interval '1 day',
    timestamp '2025-06-01' + n * interval '1 day' + (60 + n % 3 * 30) * interval '1 minute' from generate_series(1, 40) n;
insert into cabin select n, (array['lodge', 'hut'])[1 + n % 2] from generate_series(1, 6) n;
insert into stays select n, 1 + n % 6, date '2025-06-01' + n, date '2025-06-01' + n + 1 + n % 5 from generate_series(1, 30) n;
"""


@pytest.fixture(scope="module")
def outfitter(pg_server):
    return made_up_catalog(pg_server, "t_outfitter", OUTFITTER, "lake")


def test_a_hire_lasts_from_going_out_to_coming_back(outfitter, tmp_path):
    spec, gaps = written_spec("Average hire duration in hours for each boat type", outfitter, tmp_path)
    aggregate = aggregate_step(spec)
    assert gaps == [] and aggregate["group_by"] == ["boat_typ"]
    assert [m["expr"] for m in aggregate["measures"]] == ["avg(dateDiff('second', out_ts, ret_ts) / 3600)"]


def test_a_session_lasts_from_its_start_to_its_end_and_a_commented_key_groups(outfitter, tmp_path):
    """Before: `sess_start` was the event 'sessionstart' (no span), and `guide_id` no reference (nothing grouped)."""
    assert outfitter.table("tour_session").references == {"guide_id": "staff.staff_id"}
    spec, gaps = written_spec("Average length of a tour session in minutes, for each guide", outfitter, tmp_path)
    aggregate = aggregate_step(spec)
    assert gaps == [] and "guide_id" in aggregate["group_by"]
    assert [m["expr"] for m in aggregate["measures"]] == ["avg(dateDiff('second', sess_start, sess_end) / 60)"]


def test_the_length_of_stays_grouped_by_the_cabins_they_are_in(outfitter, tmp_path):
    spec, gaps = written_spec("Average length of stay in nights by cabin type", outfitter, tmp_path)
    aggregate = aggregate_step(spec)
    assert gaps == [] and aggregate["group_by"] == ["cabin_typ"]
    assert [m["expr"] for m in aggregate["measures"]] == ["avg(dateDiff('day', checkin_dt, checkout_dt))"]
