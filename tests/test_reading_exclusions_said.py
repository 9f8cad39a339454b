"""Rows said not to count, and rows with no related rows, over a climbing wall made up for these tests:
'(no-shows and cancelled sessions don't count)' leaves those out (the state kept, where one is said, says it
all), 'going by session date' is the date a period is of, and 'never been part of any competition' / 'never
given us a single review' are rows with no related row."""

from __future__ import annotations

import pytest
from written_spec import filters, made_up_catalog, written_spec

CLIMBING = """
create table climber (clm_id int primary key, clm_nm text not null);
create table wall (wall_id int primary key, wall_nm text not null);
create table sess (sess_id int primary key, clm_id int not null references climber, wall_id int not null references wall,
    bkd_ts timestamp not null, sess_dt date not null, sts_cd char(1) not null);
comment on table sess is 'climbing sessions booked at the walls';
comment on column sess.bkd_ts is 'when the session was booked';
comment on column sess.sts_cd is 'A = attended, N = no-show, X = cancelled';
create table comp (comp_id int primary key, wall_id int not null references wall, comp_dt date not null);
comment on table comp is 'competitions';
create table comp_entry (comp_id int not null references comp, clm_id int not null references climber, primary key (comp_id, clm_id));
create table review (rv_id int primary key, clm_id int not null references climber, stars int not null);
insert into climber select n, 'climber ' || n from generate_series(1, 40) n;
insert into wall values (1, 'North'), (2, 'Cave');
insert into sess select n, 1 + n % 40, 1 + n % 2, timestamp '2024-12-01' + n * interval '4 hours', date '2025-01-01' + n / 6,
    (array['A', 'A', 'A', 'N', 'X'])[1 + n % 5] from generate_series(1, 900) n;
insert into comp values (1, 1, date '2025-03-01'), (2, 2, date '2025-06-01');
insert into comp_entry select 1 + n % 2, n from generate_series(1, 25) n;
insert into review select n, n, 1 + n % 5 from generate_series(1, 30) n;
"""


@pytest.fixture(scope="module")
def climbing(pg_server):
    return made_up_catalog(pg_server, "t_climbing", CLIMBING, "wall")


def test_states_said_not_to_count_are_left_out_where_the_kept_state_is_said(climbing, tmp_path):
    """Before: the sessions kept were those attended, no-show or cancelled ('in'), and 'not' was left unplaced."""
    spec, gaps = written_spec("Climbers who attended more than 10 sessions in 2025 (no-shows and cancelled sessions don't count)", climbing, tmp_path)
    assert gaps == [] and "sts_cd = 'A'" in filters(spec)


def test_rows_said_not_to_count_and_the_date_said_to_go_by(climbing, tmp_path):
    """Before: the cancelled sessions were the ones kept, and the quarter was of the booking time."""
    spec, gaps = written_spec("How many sessions were booked per week in Q1 2025, going by session date? Cancelled sessions don't count.", climbing, tmp_path)
    assert gaps == []
    assert filters(spec) == "sts_cd != 'X' and sess_dt >= '2025-01-01' and sess_dt < '2025-04-01'"
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert aggregate["group_by"] == [{"name": "week", "expr": "toMonday(sess_dt)"}]


def test_not_counting_reads_as_excluding(climbing, tmp_path):
    spec, gaps = written_spec("Sessions per wall in 2025, not counting cancelled ones", climbing, tmp_path)
    assert gaps == [] and "sts_cd != 'X'" in filters(spec)


def test_never_part_of_any_and_never_a_single(climbing, tmp_path):
    """Before: 'never been part of any competition' and 'never given us a single review' were left unplaced."""
    for request, table in (("Which climbers have never been part of any competition?", "comp_entry"), ("Which climbers have never given us a single review?", "review")):
        spec, gaps = written_spec(request, climbing, tmp_path)
        anti = [t for t in spec["transformations"] if t["type"] == "join" and t["how"] == "anti"]
        assert gaps == [] and spec["source"]["table"] == "climber" and [a["table"] for a in anti] == [table], request


def test_rows_listed_not_to_count_are_never_the_rows_kept(climbing, tmp_path):
    """Before: 'Cancellations and no-shows don't count' kept only the no-shows (the negation reached only the
    value right after it), and coverage passed it; now both are left out (and coverage refuses a value kept that was said not to count)."""
    spec, gaps = written_spec("How many sessions did each wall have per month in 2025? Cancellations and no-shows don't count.", climbing, tmp_path)
    assert gaps == [] and "sts_cd not in ('N', 'X')" in filters(spec)
    assert "sts_cd = 'N'" not in filters(spec) and "sts_cd = 'X'" not in filters(spec)


@pytest.mark.parametrize(
    "request_text",
    [
        "Sessions in 2025, ignoring cancelled sessions",
        "Sessions in 2025 (ignore the cancelled ones)",
        "Sessions in 2025, cancelled sessions ignored",
        "Sessions in 2025; cancelled sessions are to be omitted",
    ],
)
def test_rows_said_to_be_ignored_are_left_out(climbing, request_text, tmp_path):
    """Before: 'ignoring cancelled sessions' kept only the cancelled ones (`sts_cd = 'X'`), reported valid."""
    spec, gaps = written_spec(request_text, climbing, tmp_path)
    assert gaps == [] and "sts_cd != 'X'" in filters(spec), filters(spec)


@pytest.mark.parametrize("request_text", ["Sessions per wall in 2025. Don't count sessions that were cancelled.", "Sessions per wall in 2025, excluding any that were cancelled"])
def test_rows_said_not_to_count_by_a_relative_clause(request_text, climbing, tmp_path):
    """Before: 'Don't count sessions that were cancelled' kept only the cancelled ones (the negation was three words away)."""
    spec, gaps = written_spec(request_text, climbing, tmp_path)
    assert gaps == [] and "sts_cd != 'X'" in filters(spec)
