"""Rows said by whose they are, over a car-wash chain made up for these tests: 'the bay alarms' are alarms (each
one a bay's), 'every aborted wash' is a wash whose one-to-one outcome row says so (and the outcome comes along),
'their most recent wash' is the wash that started last, not the one booked last, and `mnt_tkt` is read as the
maintenance tickets its own legend ('PM = planned maintenance') spells, not as minutes; 'the most recent part received'
is the one received last, not the last ordered among those in the state 'received'."""

from __future__ import annotations

import pytest
from written_spec import made_up_catalog, written_spec

CAR_WASH = """
create table site (site_id int primary key, site_nm text not null);
comment on table site is 'car wash sites';
create table bay (bay_id int primary key, site_id int not null references site, bay_no int not null);
create table cust (cust_id int primary key, full_nm text not null, joined_dt date not null);
comment on column cust.joined_dt is 'when the customer joined the loyalty club';
create table wsh (wsh_id int primary key, bay_id int not null references bay, cust_id int references cust, booked_ts timestamp not null,
    start_ts timestamp not null, end_ts timestamp not null, prog_cd char(1) not null, cncl_by char(1));
comment on column wsh.prog_cd is 'B = basic, P = premium, W = wax';
comment on column wsh.cncl_by is 'who cancelled it: C = customer, S = staff; NULL = not cancelled';
create table wsh_out (wsh_id int primary key references wsh, res_cd char(2) not null, water_l numeric(6,1));
comment on table wsh_out is 'what came of each wash';
comment on column wsh_out.res_cd is 'OK = clean, RW = rewash needed, AB = aborted';
create table alm (alm_id int primary key, bay_id int not null references bay, raised_ts timestamp not null, clr_ts timestamp);
comment on column alm.clr_ts is 'when the alarm was cleared; NULL = still active';
create table mnt_tkt (tkt_id int primary key, bay_id int not null references bay, opn_ts timestamp not null, cls_ts timestamp,
    typ_cd char(2) not null);
comment on column mnt_tkt.typ_cd is 'PM = planned maintenance, BR = breakdown, CL = deep clean';
comment on column mnt_tkt.opn_ts is 'when the ticket was opened, usually a few minutes after the fault';
create table prt_rcv (rcv_id int primary key, bay_id int not null references bay, ord_ts timestamp not null, rcv_ts timestamp not null,
    stat_cd char(1) not null);
comment on table prt_rcv is 'spare parts ordered for the bays';
comment on column prt_rcv.stat_cd is 'R = received, waiting to be fitted; F = fitted';
insert into site values (1, 'Ringway'), (2, 'Docks');
insert into bay select n, 1 + n % 2, n from generate_series(1, 6) n;
insert into cust select n, 'customer ' || n, date '2024-01-01' + n from generate_series(1, 20) n;
insert into wsh select n, 1 + n % 6, case when n % 5 = 0 then null else 1 + n % 20 end, timestamp '2025-01-01' + n * interval '7 hours',
    timestamp '2025-01-03' + n * interval '3 hours', timestamp '2025-01-03' + n * interval '3 hours' + interval '20 minutes',
    (array['B', 'P', 'W'])[1 + n % 3], case when n % 11 = 0 then 'C' end from generate_series(1, 200) n;
insert into wsh_out select n, (array['OK', 'OK', 'RW', 'AB'])[1 + n % 4], 80 + n % 40 from generate_series(1, 190) n;
insert into alm select n, 1 + n % 6, timestamp '2025-02-01' + n * interval '9 hours', case when n % 4 = 0 then null
    else timestamp '2025-02-01' + n * interval '9 hours' + interval '1 hour' end from generate_series(1, 40) n;
insert into mnt_tkt select n, 1 + n % 6, timestamp '2025-03-01' + n * interval '1 day', null, (array['PM', 'BR', 'CL'])[1 + n % 3]
    from generate_series(1, 30) n;
insert into prt_rcv select n, 1 + n % 6, timestamp '2025-04-01' + n * interval '1 day', timestamp '2025-04-01' + n * interval '1 day'
    + (n % 9) * interval '1 day', (array['R', 'F'])[1 + n % 2] from generate_series(1, 50) n;
"""


@pytest.fixture(scope="module")
def car_wash(pg_server):
    return made_up_catalog(pg_server, "t_car_wash", CAR_WASH, "wash")


def _steps(spec: dict, kind: str) -> list[dict]:
    return [t for t in spec["transformations"] if t["type"] == kind]


def test_the_owner_before_the_rows_noun_says_whose_rows(car_wash, tmp_path):
    """Before: 'bay' was left unplaced, though every alarm is a bay's."""
    spec, gaps = written_spec("Load the bay alarms that are still active, every five minutes please", car_wash, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "alm"
    assert [f["condition"] for f in _steps(spec, "filter")] == ["clr_ts is null"]


def test_the_owner_before_the_rows_noun_is_no_licence_for_other_words(car_wash, tmp_path):
    _, gaps = written_spec("Load the bay alarms of the tunnel dryers that are still active", car_wash, tmp_path)
    assert gaps


def test_a_state_kept_one_to_one_brings_its_row_along(car_wash, tmp_path):
    """Before: 'aborted' was left unplaced; the outcome is the wash's own, so its columns come with it, a row per wash."""
    spec, gaps = written_spec("Push every aborted wash into ClickHouse every 15 minutes", car_wash, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "wsh"
    join = _steps(spec, "join")[0]
    assert join["table"] == "wsh_out" and join["how"] == "inner"
    assert {c if isinstance(c, str) else c["from"] for c in join["columns"]} == {"res_cd", "water_l"}
    assert [f["condition"] for f in _steps(spec, "filter")] == ["res_cd = 'AB'"]
    assert not _steps(spec, "sql")  # one-to-one: nothing to make distinct


def test_the_latest_of_rows_that_span_a_time_is_the_one_that_started_last(car_wash, tmp_path):
    """Before: ordered by `booked_ts` (the first stamp); and 'customer' (also a legend's 'C = customer') left unplaced."""
    spec, gaps = written_spec("For every customer keep only their most recent wash; refresh every 30 minutes", car_wash, tmp_path)
    assert gaps == []
    sql = _steps(spec, "sql")[0]["sql"]
    assert "order by start_ts desc" in sql and "by cust_id" in sql


def test_an_abbreviation_is_read_by_its_own_tables_words(car_wash, tmp_path):
    """Before: `mnt` was read as 'minute' (a word elsewhere in the schema), and 'maintenance' was unplaced."""
    spec, gaps = written_spec("Keep the most recent maintenance ticket for every bay, refreshed hourly", car_wash, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "mnt_tkt"
    assert "by bay_id" in _steps(spec, "sql")[0]["sql"]


def test_the_act_said_after_the_rows_orders_them(car_wash, tmp_path):
    """Before: ordered by `ord_ts` (the first stamp) and filtered to the status 'R = received'; `rcv_ts` is read
    as the table's own `rcv` (received)."""
    spec, gaps = written_spec("Keep the most recent part received for every bay, refreshed every 4 hours", car_wash, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "prt_rcv" and not _steps(spec, "filter")
    sql = _steps(spec, "sql")[0]["sql"]
    assert "order by rcv_ts desc" in sql and "by bay_id" in sql
