"""A piano tuner's books, made up for these tests on a real PostgreSQL (the readings the blind sets of the thirtieth
session found, on words made up for them): 'customers we tuned for more than 3 times' where the visits are 'tunings we
carried out or were booked for' picks the visits done, which only a state says, so an untested state is a gap."""

from __future__ import annotations

import pytest
from written_spec import filters, made_up_catalog, written_spec

PIANO_TUNER = """
create table cst (cst_id int primary key, cst_nm text not null, twn text not null, is_sch boolean not null);
comment on table cst is 'Customers: households, schools and concert halls';
comment on column cst.is_sch is 'a school or college';
create table pno (pno_id int primary key, cst_id int not null references cst, mk text not null, kind_cd char(1) not null, blt_yr smallint);
comment on table pno is 'Pianos we look after';
comment on column pno.kind_cd is 'U = upright, G = grand, D = digital hybrid';
comment on column pno.blt_yr is 'year the piano was built; NULL = not known';
create table tun (tun_id int primary key, pno_id int not null references pno, tun_dt date not null, vst_st char(1) not null,
    fee numeric(6,2) not null, pd_dt date, pitch_hz smallint not null);
comment on table tun is 'Tunings we carried out or were booked for, one row per visit';
comment on column tun.vst_st is 'B = booked (still to come), D = done, X = called off by the customer';
comment on column tun.fee is 'fee charged, GBP';
comment on column tun.pd_dt is 'date the fee was paid; NULL = not paid yet';
comment on column tun.pitch_hz is 'pitch the piano was tuned to, Hz (440 standard)';
insert into cst select n, 'Customer ' || n, (array['Leeds', 'York', 'Hull'])[1 + n % 3], n % 6 = 0 from generate_series(1, 30) n;
insert into pno select n, 1 + n % 30, (array['Yamaha', 'Steinway', 'Kawai', 'Bluthner'])[1 + n % 4], (array['U', 'G', 'D'])[1 + n % 3],
    case when n % 5 = 0 then null else 1950 + n end from generate_series(1, 45) n;
insert into tun select n, 1 + n % 45, date '2025-01-01' + n * 2, (array['B', 'D', 'D', 'X'])[1 + n % 4], 70 + n % 4 * 10,
    case when n % 4 in (1, 2) and n % 5 <> 0 then date '2025-01-01' + n * 2 + 7 end, case when n % 9 = 0 then 442 else 440 end
    from generate_series(1, 400) n;
"""


@pytest.fixture(scope="module")
def piano_tuner(pg_server):
    return made_up_catalog(pg_server, "t_piano_tuner", PIANO_TUNER, "tuner")


@pytest.mark.parametrize(
    "request_",
    ["How many tunings did we carry out per customer in 2025?", "Load the tunings carried out in 2025"],
)
def test_an_act_the_table_records_among_other_kinds_of_row_picks_rows(piano_tuner, tmp_path, request_):
    """Before: every visit, booked and called-off ones too, reported valid ('carried out' was taken to describe every
    row because the table records tunings; its comment says it also records visits only booked)."""
    spec, gaps = written_spec(request_, piano_tuner, tmp_path)
    assert [g.phrase for g in gaps] == ["carried"] and "vst_st" not in filters(spec)


def test_the_state_tested_accounts_for_the_act(piano_tuner, tmp_path):
    """Once the rows are picked by their state the act says nothing more."""
    spec, gaps = written_spec("How many tunings did we carry out per customer in 2025, only the done ones?", piano_tuner, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "tun" and "vst_st = 'D'" in filters(spec)
