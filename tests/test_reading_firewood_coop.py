"""A firewood co-op made up for these tests, on a real PostgreSQL (the blind sawmill set's readings, on words made up for
them): 'cubic metres' is one unit (`vol_m3`), never a price per m3; 'the most premium bags by volume' ranks by the bags'
volume, not one group per volume; a column whose comment says 'same codes as ...' is named by the words before it;
'the most recent run of each dryer' is the rows' own `dryer_no`; 'failed and returned' names the code by either part;
'passed' is also the code 'passed after re-drying'; 'stoppages that began in 2025' are dated by the first of a
start/end pair, whatever its name says; 'hours of splitting' sums the minutes kept, in hours; rows said to have
deliveries, kept only for having none of some, is not what an anti join writes."""

from __future__ import annotations

import pytest
from written_spec import aggregate_step, filters, made_up_catalog, written_spec

from ai_etl.catalog.comments import comment_names, value_names

FIREWOOD_COOP = """
create table supplier (sup_id int primary key, sup_nm text not null);
comment on table supplier is 'Woodland owners who sell us logs';
create table delivery (dlv_id int primary key, sup_id int not null references supplier, dlv_dt date not null, wood_cd char(2) not null,
    vol_m3 numeric(6,2) not null, prc_m3 numeric(6,2) not null, chk_cd char(1) not null);
comment on table delivery is 'Loads of logs delivered by suppliers';
comment on column delivery.wood_cd is 'wood: AS = ash, BE = beech, OK = oak';
comment on column delivery.vol_m3 is 'stacked volume delivered, cubic metres';
comment on column delivery.prc_m3 is 'price per m3 paid to the supplier, EUR';
comment on column delivery.chk_cd is 'moisture check: P = passed, D = passed after re-drying, F = failed and returned, W = waiting for the check';
create table bag (bag_id int primary key, dlv_id int not null references delivery, wood_cd char(2) not null, bag_vol numeric(4,2) not null,
    grade char(1) not null, bagged_on date not null, split_min smallint not null);
comment on column bag.split_min is 'minutes spent splitting the wood for the bag';
comment on table bag is 'Bags of split, seasoned firewood, each from one delivery';
comment on column bag.wood_cd is 'wood, same codes as delivery.wood_cd: AS = ash, BE = beech, OK = oak';
comment on column bag.bag_vol is 'volume of the bag, m3';
comment on column bag.grade is 'P = premium, S = standard, X = reject (kindling)';
create table dryer_run (run_id int primary key, dryer_no smallint not null, loaded_at timestamptz not null, unloaded_at timestamptz,
    t_min numeric(4,1) not null);
comment on column dryer_run.t_min is 'lowest temperature in the container during the run, deg C';
comment on table dryer_run is 'Runs of the drying containers';
comment on column dryer_run.dryer_no is 'drying container 1 to 4';
comment on column dryer_run.unloaded_at is 'when the wood came out; NULL = still drying';
create table splitter_stop (stop_id int primary key, stp_st timestamptz not null, stp_end timestamptz, cause char(2) not null);
comment on table splitter_stop is 'Stoppages of the log splitter';
comment on column splitter_stop.stp_st is 'when the splitter stopped';
comment on column splitter_stop.stp_end is 'when it ran again; NULL = still down';
comment on column splitter_stop.cause is 'JM = jam, BR = breakdown, BL = blade change';
insert into splitter_stop select n, timestamptz '2024-11-01' + n * interval '5 days', timestamptz '2024-11-01' + n * interval '5 days' + interval '3 hours',
    (array['JM', 'BR', 'BL'])[1 + n % 3] from generate_series(1, 90) n;
create table species_pile (pile_id int primary key, species_cd char(2) not null, bay_no smallint not null, stacked_on date not null);
comment on table species_pile is 'Species piles: one row per species stacked to season in a bay';
comment on column species_pile.species_cd is 'AS = ash, BE = beech, OK = oak';
create table pile_weigh (wgh_id int primary key, pile_id int not null references species_pile, wgh_dt date not null, kg_net numeric(7,1) not null);
comment on table pile_weigh is 'Weighings of the species piles as they season';
comment on column pile_weigh.kg_net is 'net weight, kg';
insert into species_pile select n, (array['AS', 'BE', 'OK'])[1 + n % 3], 1 + n % 6, date '2024-05-01' + n * 9 from generate_series(1, 40) n;
insert into pile_weigh select n, 1 + n % 40, date '2024-09-01' + n * 2, 300 + n % 200 from generate_series(1, 300) n;
insert into supplier select n, 'Woodland ' || n from generate_series(1, 9) n;
insert into delivery select n, 1 + n % 9, date '2024-09-01' + n * 5, (array['AS', 'BE', 'OK'])[1 + n % 3], 8 + n % 7, 40 + n % 25,
    (array['P', 'D', 'F', 'W'])[1 + n % 4] from generate_series(1, 150) n;
insert into bag select n, 1 + n % 150, (array['AS', 'BE', 'OK'])[1 + (n * 7) % 3], 0.5 + (n % 4) * 0.25, (array['P', 'S', 'S', 'X'])[1 + n % 4],
    date '2024-10-01' + n, 5 + n % 20 from generate_series(1, 600) n;
insert into dryer_run select n, 1 + n % 4, timestamptz '2025-01-01' + n * interval '2 days',
    case when n > 76 then null else timestamptz '2025-01-05' + n * interval '2 days' end, 40 + n % 15 from generate_series(1, 80) n;
"""


@pytest.fixture(scope="module")
def firewood_coop(pg_server):
    return made_up_catalog(pg_server, "t_firewood_coop", FIREWOOD_COOP, "firewood")


def test_cubic_metres_are_the_volume_not_a_price_per_m3(firewood_coop, tmp_path):
    """Before, 'cubic metres' was the length 'metres' (unplaced), and `prc_m3` ('price per m3') counted as kept in m3."""
    spec, gaps = written_spec("Total cubic metres delivered in 2025 per supplier, not counting the failed deliveries", firewood_coop, tmp_path)
    assert gaps == [] and aggregate_step(spec)["measures"][0]["expr"] == "sum(vol_m3)"


def test_the_most_of_something_by_an_amount_ranks_by_its_sum(firewood_coop, tmp_path):
    """Before: a count of bags per (wood of the delivery, volume), the top one kept, reported valid."""
    spec, gaps = written_spec("Which wood has given us the most premium bags by volume?", firewood_coop, tmp_path)
    aggregate = aggregate_step(spec)
    assert gaps == [] and spec["source"]["table"] == "bag" and filters(spec) == "grade = 'P'"
    assert aggregate["group_by"] == ["wood_cd"] and aggregate["measures"][0]["expr"] == "sum(bag_vol)" and "limit 1" in str(spec["transformations"])


def test_a_column_said_to_share_another_columns_codes_is_named_by_its_lead():
    assert comment_names("wood, same codes as delivery.wood_cd: AS = ash, BE = beech, OK = oak") == ["wood"]
    assert comment_names("ach, check, card or cash") == []


def test_the_latest_row_of_each_value_of_the_rows_own_column(firewood_coop, tmp_path):
    spec, gaps = written_spec("Keep the most recent run of each dryer, refreshed every half hour", firewood_coop, tmp_path)
    assert gaps == [] and "limit 1 by dryer_no" in str(spec["transformations"]) and "order by loaded_at desc" in str(spec["transformations"])


def test_a_state_named_by_two_acts_is_said_by_either(firewood_coop, tmp_path):
    names = value_names("O = open, D = delivered, I = delivered and invoiced, R = rejected and sent back", ["O", "D", "I", "R"])
    assert names["R"] == ["rejected and sent back", "rejected", "sent back"] and names["I"] == ["delivered and invoiced", "invoiced"]
    spec, gaps = written_spec("Out of all the deliveries each supplier has brought us, what percentage did we return?", firewood_coop, tmp_path)
    assert gaps == [] and "countIf(chk_cd = 'F')" in aggregate_step(spec)["measures"][0]["expr"]


def test_a_code_named_as_a_kind_of_another_is_said_by_its_name(firewood_coop, tmp_path):
    """'D = passed after re-drying' is passed too (before, 'passed' kept 'P' alone)."""
    spec, gaps = written_spec("Load the deliveries that passed, every hour", firewood_coop, tmp_path)
    assert gaps == [] and filters(spec) in ("chk_cd in ('P', 'D')", "chk_cd in ('D', 'P')")


def test_rows_that_began_are_dated_by_the_first_of_their_span(firewood_coop, tmp_path):
    """`stp_st` .. `stp_end` ('NULL = still down'): before, 'started in 2025' was not read and 'began' was a gap."""
    for said in ("began", "started"):
        spec, gaps = written_spec(f"Load the splitter stoppages that {said} in 2025", firewood_coop, tmp_path)
        assert gaps == [] and filters(spec) == "toYear(stp_st) = 2025"


def test_a_unit_said_as_what_is_asked_for_sums_the_amount_kept_in_its_dimension(firewood_coop, tmp_path):
    """Before: a count of bags per wood, and 'hours' a gap."""
    spec, gaps = written_spec("Hours of splitting per wood in 2025 for the premium and standard bags", firewood_coop, tmp_path)
    assert gaps == [] and aggregate_step(spec)["measures"][0]["expr"] == "sum(toDecimal128(split_min, 9)) / 60"


def test_rows_said_to_have_what_an_anti_join_keeps_them_without_is_a_gap(firewood_coop, tmp_path):
    """'suppliers who have delivered to us but never had a delivery returned': before, written as every supplier
    without a returned delivery (those that never delivered at all too), reported valid."""
    _, gaps = written_spec("Suppliers who have delivered logs to us but never had a delivery returned", firewood_coop, tmp_path)
    assert "delivered" in [g.phrase for g in gaps]
    spec, gaps = written_spec("Suppliers who have never had a delivery returned", firewood_coop, tmp_path)
    assert not [g for g in gaps if "not rows that have them" in g.why]


def test_per_a_thing_a_tables_rows_are_of_is_the_kind_its_code_names(firewood_coop, tmp_path):
    """`species_pile` keeps 'one row per species stacked': 'per species' groups by its `species_cd` (ash, beech, oak), not by
    each pile (before: one group per pile, reported valid)."""
    spec, gaps = written_spec("Kilos weighed per species per month in 2025", firewood_coop, tmp_path)
    assert gaps == [] and aggregate_step(spec)["group_by"][0] in ("species_cd", "species_pile_species_cd")


def test_a_minimum_kept_in_degrees_is_no_minutes(firewood_coop, tmp_path):
    """`t_min` 'lowest temperature ..., deg C': before, 'hours' summed it as minutes / 60."""
    spec, gaps = written_spec("Hours of drying per dryer in 2025", firewood_coop, tmp_path)
    assert "t_min" not in str(spec) or gaps


def test_no_hour_of_a_date_column(firewood_coop, tmp_path):
    """Before: `toStartOfHour(bagged_on)` over a DATE, which failed only when the SQL ran."""
    from ai_etl.agents.schema_analyst import Refusal

    with pytest.raises(Refusal, match="keeps days, not times of day"):
        written_spec("Number of bags bagged per hour", firewood_coop, tmp_path)
