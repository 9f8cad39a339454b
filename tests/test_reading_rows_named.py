"""Which rows a request names, over a school-bus operator made up for these tests (with staff appointments): 'the list of monitors across
all our depots' is the staff coded 'M = monitor' (every depot's), not the depots that have one; a state kept in
a table that is one-to-one with the rows named ('cancelled runs' where `run_op`, keyed by the run, holds
'X = cancelled') never passes as a word of the runs; and examples in a parenthesis are not a filter."""

from __future__ import annotations

import pytest
from written_spec import filters, made_up_catalog, written_spec

SCHOOL_BUS = """
create table dpt (dpt_id int primary key, dpt_nm text not null);
comment on table dpt is 'depots';
create table staff (staff_id int primary key, dpt_id int not null references dpt, full_nm text not null, role_cd char(1) not null);
comment on column staff.role_cd is 'D = driver, M = monitor, S = supervisor';
create table run (run_id int primary key, dpt_id int not null references dpt, run_dt date not null);
comment on table run is 'planned runs';
create table run_op (run_id int primary key references run, sts char(1) not null);
comment on table run_op is 'what happened on each planned run';
comment on column run_op.sts is 'D = done, X = cancelled (never left)';
create table appt (appt_id int primary key, staff_id int not null references staff, start_at timestamp not null, stat_cd char(1) not null,
    cncl_at timestamp);
comment on column appt.stat_cd is 'B = booked, A = attended, N = did not attend (no-show)';
comment on column appt.cncl_at is 'when the appointment was cancelled; NULL = not cancelled';
insert into dpt values (1, 'North'), (2, 'South');
insert into staff select n, 1 + n % 2, 'staff ' || n, (array['D', 'M', 'S'])[1 + n % 3] from generate_series(1, 30) n;
insert into appt select n, 1 + n % 30, timestamp '2025-01-01' + n * interval '5 hours', (array['B', 'A', 'N'])[1 + n % 3], null from generate_series(1, 60) n;
insert into run select n, 1 + n % 2, date '2025-01-01' + n from generate_series(1, 100) n;
insert into run_op select n, case when n % 7 = 0 then 'X' else 'D' end from generate_series(1, 90) n;
"""


@pytest.fixture(scope="module")
def school_bus(pg_server):
    return made_up_catalog(pg_server, "t_school_bus", SCHOOL_BUS, "buses")


def test_the_list_of_a_kind_of_row_is_those_rows(school_bus, tmp_path):
    spec, gaps = written_spec("Refresh the list of monitors across all our depots on the 1st of every month at 5am", school_bus, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "staff" and filters(spec) == "role_cd = 'M'"


def test_a_state_of_a_one_to_one_table_is_not_a_word_of_the_rows(school_bus, tmp_path):
    """Before: every planned run was loaded, 'cancelled' passing as a word of 'runs'."""
    spec, gaps = written_spec("Push every cancelled run into ClickHouse every 15 minutes", school_bus, tmp_path)
    assert gaps or "sts = 'X'" in filters(spec)


def test_examples_in_a_parenthesis_are_not_a_filter(school_bus, tmp_path):
    spec, gaps = written_spec("Number of staff for each role (driver, monitor...)", school_bus, tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert gaps == [] and aggregate["group_by"] == ["role_cd"] and filters(spec) == ""


def test_an_appointment_is_an_appt(school_bus, tmp_path):
    """`appt` is the appointments (a common abbreviation, too stretched for the schema's own reading), never the
    time a comment says 'the appointment was cancelled' at."""
    spec, gaps = written_spec("Copy every no-show appointment into the warehouse every 15 minutes", school_bus, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "appt" and filters(spec) == "stat_cd = 'N'"
