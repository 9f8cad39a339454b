"""A book bindery made up for these tests, on a real PostgreSQL: 'print orders that never went into a binding run' are those
with no run; an incremental load finds new rows by the one column that says when each row arrived ('as they land in
the archive'), never by when what it records happened; 'on each run' is no column; 'chem' is chemical; a table
'named' like the target is no column name; and the days from one table's date to another's are measured."""

from __future__ import annotations

import pytest
from written_spec import made_up_catalog, written_spec

from ai_etl.agents.schema_analyst import Refusal

BINDERY = """
create table print_order (job_id int primary key, cust_nm text not null, ordered_dt date not null, stat_cd char(1) not null);
comment on column print_order.ordered_dt is 'order date';
comment on column print_order.stat_cd is 'O = open, D = done';
create table bind_run (run_id int primary key, job_id int not null references print_order, started_ts timestamp not null, copies int not null);
create table chem_usage (use_id int primary key, run_id int not null references bind_run, qty_kg numeric(6,2) not null,
    used_ts timestamp not null);
create table shipment (shp_id int primary key, job_id int not null references print_order, ship_dt date not null, courier_cd char(3) not null);
comment on column shipment.courier_cd is 'UPS = United Parcel Service, DHL = DHL Express, OWN = our own van';
create table scan (scan_id int primary key, job_id int not null references print_order, scanned_ts timestamp not null,
    landed_at timestamptz not null);
comment on column scan.scanned_ts is 'when the page was scanned on the line';
comment on column scan.landed_at is 'when the scan landed in the archive';
insert into print_order select n, 'Customer ' || n % 7, date '2025-01-01' + n, (array['O', 'D'])[1 + n % 2] from generate_series(1, 40) n;
insert into bind_run select n, n, timestamp '2025-01-05' + n * interval '1 day', 100 + n from generate_series(1, 30) n;
insert into chem_usage select n, 1 + n % 30, 1.5 + n % 4, timestamp '2025-01-06' + n * interval '1 day' from generate_series(1, 60) n;
insert into shipment select n, n, date '2025-01-10' + n * 2, (array['UPS', 'DHL', 'OWN'])[1 + n % 3] from generate_series(1, 25) n;
insert into scan select n, 1 + n % 40, timestamp '2025-01-02' + n * interval '1 hour',
    timestamptz '2025-01-03' + n * interval '1 hour' from generate_series(1, 80) n;
"""


@pytest.fixture(scope="module")
def bindery(pg_server):
    return made_up_catalog(pg_server, "t_bindery", BINDERY, "bindery")


def test_rows_that_never_went_into_a_table_rows_are_those_with_none(bindery, tmp_path):
    spec, gaps = written_spec("Print orders that never went into a binding run", bindery, tmp_path)
    joins = [t for t in spec["transformations"] if t["type"] == "join"]
    assert gaps == [] and [(j["how"], j["table"]) for j in joins] == [("anti", "bind_run")]


def test_an_incremental_load_finds_new_rows_by_when_they_arrived(bindery, tmp_path):
    spec, gaps = written_spec("Incrementally load the scans every hour, only the new records on each run", bindery, tmp_path)
    assert gaps == [] and spec["load"]["mode"] == "incremental" and spec["load"]["cursor"] == "landed_at"


def test_the_arrival_said_in_the_words_of_its_column_is_accounted_for(bindery, tmp_path):
    spec, gaps = written_spec("Load scans incrementally as they land in the archive, only the new ones every 15 minutes", bindery, tmp_path)
    assert gaps == [] and spec["load"]["cursor"] == "landed_at"


def test_an_incremental_load_of_rows_that_keep_only_when_things_happened_asks_which_column(bindery, tmp_path):
    """`started_ts` says when a run started, not when its row arrived: a late row would be missed, so it is asked."""
    with pytest.raises(Refusal, match="started_ts"):
        written_spec("Incrementally load the binding runs every hour", bindery, tmp_path)


def test_chem_is_chemical_and_a_table_named_like_the_target_is_accounted_for(bindery, tmp_path):
    spec, gaps = written_spec("Load the chemical usage records into a table named glue_use every day at 6", bindery, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "chem_usage" and spec["target"]["table"] == "glue_use"


def test_days_from_one_table_date_to_another_table_date(bindery, tmp_path):
    """Before, 'the ship date' was taken as a column to carry, and the days were never measured."""
    spec, gaps = written_spec("Average number of days from the order date to the ship date, for each courier", bindery, tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert gaps == [] and aggregate["measures"][0]["expr"] == "avg(dateDiff('day', ordered_dt, ship_dt))"
    assert aggregate["group_by"] == ["courier_cd"]
