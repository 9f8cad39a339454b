"""A bike courier co-op made up for these tests, on a real PostgreSQL (the blind taxi set's wrong readings, and the
dairy set's numbered codes, on words made up for them): 'month by month' is a grain of the trips' own date, never a
joined invoice's `per_mo`, and 'per rider' names no date either; 'each of our current riders' groups by
rider and 'did' names no `do_ts`; a total over all rows answers nothing asked of each rider; 'even the ones who did
none' is a zero-group ask; 'not cancelled' is about rows of another table; a legend of whole-number codes names them."""

from __future__ import annotations

import pytest
from written_spec import aggregate_step, filters, made_up_catalog, written_spec

from ai_etl.language.coverage import check_coverage
from ai_etl.spec import Pipeline

BIKE_COURIERS = """
create table rider (rdr_id int primary key, rdr_nm text not null, joined_on date not null, left_on date);
comment on column rider.left_on is 'last working day; NULL = still rides for us';
create table inv (inv_no int primary key, per_mo date not null, issued_on date not null, amt numeric(9,2) not null);
comment on column inv.per_mo is 'first day of the calendar month the invoice covers';
create table bkg (bkg_id int primary key, booked_at timestamptz not null, cust_nm text not null);
comment on table bkg is 'Pre-booked courier jobs';
comment on column bkg.booked_at is 'when the booking was taken';
create table trip (trip_id int primary key, bkg_id int references bkg, rdr_id int not null references rider, inv_no int references inv,
    pu_ts timestamptz not null, do_ts timestamptz not null, fee numeric(7,2) not null, tip numeric(6,2) not null, pay_cd char(1) not null,
    sz_cd smallint not null);
comment on table trip is 'Completed trips (jobs), booked or flagged down';
comment on column trip.pu_ts is 'parcel picked up';
comment on column trip.do_ts is 'parcel dropped off';
comment on column trip.tip is 'tip, EUR; 0 = none';
comment on column trip.pay_cd is 'C = cash, K = card, A = on account';
comment on column trip.sz_cd is 'parcel size: 1 = envelope, 2 = small parcel, 3 = large parcel, 4 = cargo bike load';
create table cxl_log (cxl_id int primary key, bkg_id int not null references bkg, cx_ts timestamptz not null, rsn_cd char(2) not null);
comment on table cxl_log is 'Call-offs of booked jobs, and why';
comment on column cxl_log.rsn_cd is 'CC = cancelled by the customer, CR = cancelled by the rider, NS = no-show';
insert into rider select n, 'Rider ' || n, date '2020-01-01' + n * 40, case when n % 4 = 0 then date '2024-06-30' else null end from generate_series(1, 16) n;
insert into inv select n, date '2024-01-01' + (n % 24) * interval '1 month', date '2024-02-01' + (n % 24) * interval '1 month', 100 + n from generate_series(1, 48) n;
insert into bkg select n, timestamptz '2024-01-01' + n * interval '7 hours', 'Customer ' || (n % 30) from generate_series(1, 900) n;
insert into trip select n, case when n % 3 = 0 then null else n end, 1 + n % 16, case when n % 5 = 0 then 1 + n % 48 else null end,
    timestamptz '2024-01-01' + n * interval '7 hours', timestamptz '2024-01-01' + n * interval '7 hours' + interval '50 minutes',
    6 + n % 20, n % 4, (array['C', 'K', 'A'])[1 + n % 3], 1 + n % 4 from generate_series(1, 800) n;
insert into cxl_log select n, 800 + n, timestamptz '2025-06-01' + n * interval '1 day', (array['CC', 'CR', 'NS'])[1 + n % 3] from generate_series(1, 60) n;
"""


@pytest.fixture(scope="module")
def bike_couriers(pg_server):
    return made_up_catalog(pg_server, "t_bike_couriers", BIKE_COURIERS, "couriers")


def test_month_by_month_is_a_grain_of_the_rows_own_date(bike_couriers, tmp_path):
    """Before: grouped by the month of the joined invoice's `per_mo` ('first day of the month ...'), reported valid."""
    spec, gaps = written_spec("What percentage of our trips were paid in cash, month by month, in 2025?", bike_couriers, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "trip" and "join" not in str(spec["transformations"])
    assert aggregate_step(spec)["group_by"] == [{"name": "month", "expr": "toStartOfMonth(pu_ts)"}]


def test_per_names_no_date_column(bike_couriers, tmp_path):
    """Before: 'per rider' said the `per` of the invoices' `per_mo`, so the trips of 2025 were those invoiced for a month of
    2025 (an inner join dropping the rest), reported valid."""
    spec, gaps = written_spec("Total fees per rider in 2025", bike_couriers, tmp_path)
    assert gaps == [] and filters(spec) == "toYear(pu_ts) = 2025" and "inv" not in str(spec["transformations"])


def test_each_of_our_current_riders_groups_by_rider_and_did_names_no_date(bike_couriers, tmp_path):
    """Before: one count over every current rider's trips, dated by `do_ts` (the verb 'do'), reported valid."""
    spec, gaps = written_spec("How many trips did each of our current riders do in March 2025?", bike_couriers, tmp_path)
    assert gaps == [] and aggregate_step(spec)["group_by"][:1] == ["rdr_id"]
    assert filters(spec) == "left_on is null and pu_ts >= '2025-03-01' and pu_ts < '2025-04-01'"


def test_riders_asked_for_even_with_no_trips_are_not_dropped(bike_couriers, tmp_path):
    """The month narrows the trips joined, the riders with none stay (before the thirty-second session: refused on 'none')."""
    spec, gaps = written_spec("How many trips did each current rider do in March 2025? List every current rider, even the ones who did none.", bike_couriers, tmp_path)
    join = spec["transformations"][0]
    assert gaps == [] and (join["how"], join["where"]) == ("left", "trip.pu_ts >= '2025-03-01' and trip.pu_ts < '2025-04-01'")
    assert filters(spec) == "left_on is null" and spec["source"]["table"] == "rider"


def test_one_total_answers_nothing_asked_of_each_rider(bike_couriers):
    """Whatever wrote it (a remote model too): a count of all trips does not answer 'each rider'."""
    spec = {"name": "trips_count", "type": "on_demand", "source": {"type": "postgres", "connector": "couriers", "table": "trip"},
            "transformations": [{"type": "join", "table": "rider", "how": "inner", "left_on": "rdr_id", "right_on": "rdr_id", "columns": ["left_on"]},
                                {"type": "filter", "condition": "left_on is null"},
                                {"type": "aggregate", "group_by": [], "measures": [{"name": "trips", "expr": "count()"}]}],
            "target": {"type": "clickhouse", "connector": "warehouse", "table": "trips_count"}}  # fmt: skip
    gaps = check_coverage("How many trips did each of our current riders do?", bike_couriers, Pipeline.model_validate(spec)).gaps
    assert [gap.phrase for gap in gaps] == ["each of our current riders"]


def test_an_act_of_rows_the_spec_never_reads_is_not_wording(bike_couriers, tmp_path):
    """Before: the trips excluded alone, 'weren't cancelled' taken for wording, reported valid."""
    _, gaps = written_spec("Bookings that never turned into a trip and weren't cancelled either", bike_couriers, tmp_path)
    assert any("cancelled" in gap.phrase for gap in gaps)


def test_a_legend_of_whole_number_codes_names_them(bike_couriers, tmp_path):
    spec, gaps = written_spec("Load the large parcel trips from 2025", bike_couriers, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "trip" and filters(spec).startswith("sz_cd = '3'")
