"""Dates and numbers as the owner's comments define them, over a honey cooperative made up for these tests on a real
PostgreSQL (the blind seed-bank set's three wrong readings, on words made up for them): 'by date the request came in'
is the request's own arrival, not the date its lot was received; 'the total number of jars requested' sums the column
that is the 'number of jars asked for'; 'lots we took in each year' are dated by when they were received; and 'lots
that have no honey left' is never read as a tasting whose honey left over is missing."""

from __future__ import annotations

import pytest
from written_spec import aggregate_step, made_up_catalog, written_spec

COOPERATIVE = """
create table hive_lot (lot_id int primary key, farm_nm text not null, harvest_dt date not null, recv_dt date not null);
comment on column hive_lot.recv_dt is 'date the lot was received at the cooperative';
create table jar_request (req_id int primary key, lot_id int not null references hive_lot, req_ts timestamptz not null,
    jars_req int not null);
comment on column jar_request.jars_req is 'number of jars asked for';
create table jar_stock (jar_id int primary key, lot_id int not null references hive_lot, stock_cd char(1) not null);
comment on column jar_stock.stock_cd is 'S = on the shelf, O = sold out';
create table tasting (tst_id int primary key, lot_id int not null references hive_lot, honey_g numeric(6,1));
comment on column tasting.honey_g is 'honey left over after the tasting, grams; NULL until tasted';
insert into hive_lot select n, 'Farm ' || n % 5, date '2023-05-01' + n * 9, date '2023-05-20' + n * 9 from generate_series(1, 90) n;
insert into jar_request select n, 1 + n % 90, timestamptz '2025-01-03' + n * interval '2 days', 2 + n % 7 from generate_series(1, 150) n;
insert into jar_stock select n, 1 + n % 60, (array['S', 'O'])[1 + n % 2] from generate_series(1, 200) n;
insert into tasting select n, 1 + n % 90, case when n % 3 = 0 then null else n % 40 end from generate_series(1, 70) n;
"""


@pytest.fixture(scope="module")
def cooperative(pg_server):
    return made_up_catalog(pg_server, "t_cooperative", COOPERATIVE, "honey")


def test_the_date_a_named_subject_arrived_is_its_own(cooperative, tmp_path):
    spec, gaps = written_spec("Total number of jars requested per quarter in 2025 (by date the request came in)", cooperative, tmp_path)
    aggregate = aggregate_step(spec)
    assert gaps == [] and aggregate["group_by"][0]["expr"] == "toStartOfQuarter(req_ts)" and "recv_dt" not in str(spec)
    assert aggregate["measures"][0]["expr"] == "sum(jars_req)"


def test_rows_taken_in_are_dated_by_when_they_were_received(cooperative, tmp_path):
    spec, gaps = written_spec("How many lots did we take in each year?", cooperative, tmp_path)
    assert gaps == [] and aggregate_step(spec)["group_by"][0]["expr"] == "toYear(recv_dt)"


def test_none_of_something_is_never_a_missing_value_of_rows_that_belong_to_them(cooperative, tmp_path):
    spec, gaps = written_spec("List the lots that have no honey left on the shelf", cooperative, tmp_path)
    assert "honey_g" not in str(spec)
