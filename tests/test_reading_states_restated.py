"""A missing value's note read as the owner wrote it, over a grain merchant made up for these tests on a real
PostgreSQL: a clause that says the same state again in the note's own words ('no credit and have to pay before we
dispatch') is accounted for, one that says more is not; and 'lots not inspected yet' is the lots' own `insp_dt`
('NULL = not inspected at intake yet'), never lots with no inspection of their batches. And 'out at a partner right
now' is never every loan where a legend names the state 'currently out at a partner mill'."""

from __future__ import annotations

import pytest
from written_spec import filters, made_up_catalog, written_spec

MERCHANT = """
create table buyer (buyer_id int primary key, buyer_nm text not null, credit_lim numeric(10,2));
comment on column buyer.credit_lim is 'credit limit, EUR; NULL = no credit, must pay before dispatch';
create table lot (lot_id int primary key, buyer_id int references buyer, rcvd_dt date not null, wt_kg numeric(8,1) not null,
    insp_dt date);
comment on column lot.insp_dt is 'date of the intake check; NULL = not inspected at intake yet';
create table batch (batch_id int primary key, lot_id int not null references lot, milled_dt date not null);
create table insp (insp_id int primary key, batch_id int not null references batch, insp_dt date not null, grade char(1) not null);
comment on table insp is 'Quality inspections of milled batches';
insert into buyer select n, 'Buyer ' || n, case when n % 3 = 0 then null else 1000 * n end from generate_series(1, 12) n;
insert into lot select n, 1 + n % 12, date '2025-01-01' + n, 900 + n, case when n % 4 = 0 then null else date '2025-01-02' + n end
    from generate_series(1, 60) n;
insert into batch select n, n, date '2025-02-01' + n from generate_series(1, 40) n;
insert into insp select n, n, date '2025-02-03' + n, (array['A', 'B'])[1 + n % 2] from generate_series(1, 30) n;
create table lot_loan (loan_id int primary key, lot_id int not null references lot, lent_dt date not null, loan_stat char(2) not null);
comment on column lot_loan.loan_stat is 'RQ = requested, OL = lot currently out at a partner mill for trial milling, RT = returned';
insert into lot_loan select n, n, date '2025-03-01' + n, (array['RQ', 'OL', 'RT'])[1 + n % 3] from generate_series(1, 30) n;
"""


@pytest.fixture(scope="module")
def merchant(pg_server):
    return made_up_catalog(pg_server, "t_merchant", MERCHANT, "grain")


def test_a_clause_that_restates_the_missing_value_note_is_accounted_for(merchant, tmp_path):
    spec, gaps = written_spec("Copy over the buyers who get no credit and have to pay before we dispatch. On demand only.", merchant, tmp_path)
    assert gaps == [] and filters(spec) == "credit_lim is null"


def test_a_clause_that_says_more_than_the_note_is_not(merchant, tmp_path):
    spec, gaps = written_spec("Copy over the buyers who get no credit and have to pay in cash. On demand only.", merchant, tmp_path)
    assert any("cash" in g.phrase for g in gaps)


def test_not_inspected_yet_is_the_rows_own_missing_date_not_rows_of_another_table(merchant, tmp_path):
    """Before, 'not inspected' was read as lots with no inspection of their batches (an anti join two tables away)."""
    spec, gaps = written_spec("Every half hour, sync the lots that haven't been inspected at intake yet", merchant, tmp_path)
    assert gaps == [] and filters(spec) == "insp_dt is null"
    assert not [t for t in spec["transformations"] if t["type"] == "join"]


def test_right_now_is_the_state_a_legend_says_is_current(merchant, tmp_path):
    """'OL = lot currently out at a partner mill for trial milling' is too long a name to be read as said; before, 'right
    now' was a function word and every loan was loaded as the ones out right now."""
    spec, gaps = written_spec("Load the lot loans that are out at a partner right now", merchant, tmp_path)
    assert "loan_stat = 'OL'" in str(spec["transformations"]) or any(g.phrase == "currently" and "lot_loan.loan_stat = 'OL'" in g.readings for g in gaps)
