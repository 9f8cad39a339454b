"""Whose amounts a measure may take, over a ferry line made up for these tests on a real PostgreSQL: a sailing
cancellation's own columns, its parents' and the rows that belong to it, never the overtime of the officer who logged
it (a table reached up to a shared parent and down again): before, 'average hours a cancellation lasts' averaged the
officer's overtime hours and was reported valid. And a price per unit is never summed alone: the spend on provisions
is their quantity times their cost per kg."""

from __future__ import annotations

import pytest
from written_spec import made_up_catalog, written_spec

FERRY = """
create table officer (off_id int primary key, off_nm text not null);
create table overtime (ot_id int primary key, off_id int not null references officer, worked_dt date not null, ot_h numeric(4,1) not null);
comment on column overtime.ot_h is 'overtime hours worked';
create table cancellation (cx_id int primary key, logged_by int not null references officer, cx_ts timestamptz not null,
    reason_cd char(2) not null);
comment on column cancellation.reason_cd is 'WX = weather, MC = mechanical, CR = crew shortage';
create table refund (rf_id int primary key, cx_id int not null references cancellation, amt_eur numeric(8,2) not null);
create table provision (prov_id int primary key, taken_dt date not null, qty_kg numeric(7,2) not null, unit_cost_eur numeric(6,3) not null);
comment on column provision.qty_kg is 'quantity taken on board, kg';
comment on column provision.unit_cost_eur is 'cost per kg, EUR';
insert into provision select n, date '2025-01-01' + n * 5, 10 + n % 9, 1.5 + (n % 4) * 0.25 from generate_series(1, 60) n;
insert into officer select n, 'Officer ' || n from generate_series(1, 6) n;
insert into overtime select n, 1 + n % 6, date '2025-01-01' + n, 1 + n % 5 from generate_series(1, 40) n;
insert into cancellation select n, 1 + n % 6, timestamptz '2025-02-01' + n * interval '1 day', (array['WX', 'MC', 'CR'])[1 + n % 3]
    from generate_series(1, 30) n;
insert into refund select n, 1 + n % 30, 20 + n from generate_series(1, 90) n;
"""


@pytest.fixture(scope="module")
def ferry(pg_server):
    return made_up_catalog(pg_server, "t_ferry_measures", FERRY, "ferry")


def test_no_amount_of_rows_reached_through_a_shared_parent(ferry, tmp_path):
    spec, gaps = written_spec("Average hours a cancellation lasts, for each reason", ferry, tmp_path)
    assert "ot_h" not in str(spec) and gaps


def test_the_amounts_of_the_rows_that_belong_to_them_are_theirs(ferry, tmp_path):
    spec, gaps = written_spec("Total refund amount per cancellation reason", ferry, tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert gaps == [] and aggregate["measures"][0]["expr"] == "sum(amt_eur)" and aggregate["group_by"] == ["reason_cd"]


def test_spend_is_quantity_times_a_price_per_unit(ferry, tmp_path):
    """Before, 'provision spend' summed `unit_cost_eur`, a cost per kg."""
    spec, gaps = written_spec("Provision spend per month in 2025", ferry, tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert gaps == [] and aggregate["measures"][0]["expr"] == "sum(qty_kg * unit_cost_eur)"
