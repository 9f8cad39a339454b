"""A kayak club made up for these tests, on a real PostgreSQL (the blind dairy and climbing sets' readings, on words made
up for them): 'NULL = repaired by a volunteer' says who did an act every row records, no state 'repaired'; a table's
comment 'every repair done to ...' names its rows; `spares_dlv` is the spares deliveries; 'that comes with' is 'with';
'how much distance did each kayak do' sums the distance per kayak;
'put it in a table called x' names the target; `chkout` is the check-outs; 'handed back' is the return a missing value
says has not happened; 'even if we bought nothing from them' asks for groups the pipeline would not list."""

from __future__ import annotations

import pytest
from written_spec import aggregate_step, filters, made_up_catalog, written_spec

KAYAK_CLUB = """
create table kayak (kyk_id int primary key, kayak_nm text, hull_cd char(1) not null, bought_on date not null, sold_on date);
comment on table kayak is 'Club fleet register: every kayak and canoe the club has owned';
comment on column kayak.kayak_nm is 'name painted on the bow; NULL = never named';
comment on column kayak.hull_cd is 'S = sea kayak, R = river kayak, C = open canoe';
comment on column kayak.sold_on is 'date the boat left the club; NULL = still in the fleet';
create table rpr_log (rpr_id int primary key, kyk_id int not null references kayak, rpr_dt date not null, fixer_nm text,
    cost numeric(7,2) not null, dry_days smallint not null);
comment on table rpr_log is 'Boat shed book: every repair done to a boat of the fleet';
comment on column rpr_log.fixer_nm is 'boatwright who repaired it; NULL = repaired by a club volunteer';
comment on column rpr_log.dry_days is 'dry-out period in days, the boat kept out of the water after the repair; 0 = no dry-out';
create table chkout (chk_id int primary key, kyk_id int not null references kayak, mbr_nm text not null, out_ts timestamptz not null,
    back_ts timestamptz, dist_km numeric(5,1) not null);
comment on column chkout.back_ts is 'time the boat was handed back; NULL = not returned';
comment on column chkout.dist_km is 'distance paddled on the outing, km';
create table supplier (sup_id int primary key, sup_nm text not null, terms_d smallint not null);
comment on column supplier.terms_d is 'payment terms, days after delivery';
create table spares_dlv (dlv_id int primary key, sup_id int not null references supplier, dlv_dt date not null, qty int not null,
    unit_prc numeric(6,2) not null, paid_dt date);
comment on column spares_dlv.qty is 'number of parts delivered';
comment on column spares_dlv.paid_dt is 'date we paid the invoice; NULL = not paid yet';
insert into kayak select n, case when n % 5 = 0 then null else 'Boat ' || (n % 7) end, (array['S', 'R', 'C'])[1 + n % 3],
    date '2015-01-01' + n * 30, case when n % 6 = 0 then date '2024-01-01' + n else null end from generate_series(1, 40) n;
insert into rpr_log select n, 1 + n % 31, date '2024-01-01' + n * 3, case when n % 2 = 0 then 'Jo Hull' else null end, 20 + n % 90, n % 3
    from generate_series(1, 200) n;
insert into chkout select n, 1 + n % 40, 'Member ' || (n % 25), timestamptz '2024-06-01' + n * interval '9 hours',
    case when n > 1190 then null else timestamptz '2024-06-01' + n * interval '9 hours' + interval '3 hours' end, 2 + n % 18
    from generate_series(1, 1200) n;
insert into supplier select n, 'Supplier ' || n, 30 from generate_series(1, 6) n;
insert into spares_dlv select n, 1 + n % 5, date '2024-01-01' + n * 7, 1 + n % 9, 3 + n % 40, case when n > 100 then null else date '2024-02-01' + n * 7 end
    from generate_series(1, 110) n;
"""


@pytest.fixture(scope="module")
def kayak_club(pg_server):
    return made_up_catalog(pg_server, "t_kayak_club", KAYAK_CLUB, "kayaks")


def test_who_did_an_act_every_row_records_is_no_state_of_it(kayak_club, tmp_path):
    """Before: `fixer_nm is not null` ('never repaired' read against 'NULL = repaired by a club volunteer'), reported valid."""
    spec, gaps = written_spec("Which kayaks still in the fleet have never been repaired?", kayak_club, tmp_path)
    joins = [t for t in spec["transformations"] if t["type"] == "join"]
    assert gaps == [] and spec["source"]["table"] == "kayak" and filters(spec) == "sold_on is null"
    assert [(j["table"], j["how"]) for j in joins] == [("rpr_log", "anti")]


def test_coming_with_is_having(kayak_club, tmp_path):
    spec, gaps = written_spec("Copy every repair that comes with a dry-out period into ClickHouse, hourly", kayak_club, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "rpr_log" and filters(spec) == "dry_days > 0"


def test_a_table_abbreviating_an_act_keeps_its_deliveries(kayak_club, tmp_path):
    """`spares_dlv`: 'dlv' reads 'delivered' in its column's comment, and names the deliveries the schema says elsewhere."""
    spec, gaps = written_spec("Spares deliveries we haven't paid for yet, refreshed every quarter of an hour", kayak_club, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "spares_dlv" and filters(spec) == "paid_dt is null"


def test_how_much_of_a_thing_each_row_did_is_its_sum(kayak_club, tmp_path):
    spec, gaps = written_spec("How much distance did each kayak do in 2025?", kayak_club, tmp_path)
    aggregate = aggregate_step(spec)
    assert gaps == [] and spec["source"]["table"] == "chkout" and aggregate["measures"][0]["expr"] == "sum(dist_km)"
    assert any("kyk_id" in key for key in aggregate["group_by"])


def test_a_table_called_in_put_it_in_names_the_target(kayak_club, tmp_path):
    spec, gaps = written_spec("How many check-outs did we have in each month of 2025? Put it in a table called monthly_outings.", kayak_club, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "chkout" and spec["target"]["table"] == "monthly_outings"


def test_handed_back_is_the_return_a_missing_value_says_is_not_done(kayak_club, tmp_path):
    spec, gaps = written_spec("Every hour, load the check-outs that haven't been handed back", kayak_club, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "chkout" and filters(spec) == "back_ts is null"


def test_groups_asked_for_even_with_nothing_are_not_dropped_silently(kayak_club, tmp_path):
    """Before: an inner join over the 2025 deliveries, the suppliers with none missing, reported valid."""
    _, gaps = written_spec("What we spent on spares with each supplier in 2025, listing every supplier even if we bought nothing from them", kayak_club, tmp_path)
    assert any("nothing" in gap.phrase for gap in gaps)


def test_a_word_not_understood_inside_a_restated_state_is_not_skipped(kayak_club, tmp_path):
    """The words after a state said ('not paid ... for the invoice' of 'date we paid the invoice') were covered up to the
    last one the comment says, skipping any word between (the taxi set's Russian fees, read as invoices, valid)."""
    _, gaps = written_spec("Spares deliveries we have not paid зачем-то for the invoice", kayak_club, tmp_path)
    assert any("зачем" in gap.phrase for gap in gaps)
