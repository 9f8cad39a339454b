"""A tool library made up for these tests, on a real PostgreSQL (the blind archive set's readings, on words made up
for them): 'where the drill was handed to the member' is the hand-out a stamp's comment records, not the
'handed the drill back' of another stamp; 'by number of loans' says what ranks the tools, not a grouping by the
counter number (`ctr_no`); 'a battery charger' is the `chg_no` whose missing value is 'no battery charger', not a
battery fee of the loans; 'still running' is a plan not ended; a count of each tool over the tools themselves is 1
for every tool, never a valid answer; 'loans that got called off' are those a code says why (`cncl_cd`, 'NULL = not
cancelled'), and the time of day 'Sunday nights at 9' is 21:00 (the blind ice rink set); 'that aren't in good
condition' after a state is a negated value, never part of the state; 'the fee payments we are still waiting on' are
not paid yet; 'the bookings held' where a code says 'D = done (session held)' is a code the spec must test; 'total
cost divided by total insured value' is the quotient of the two sums (the blind arborist and catering sets)."""

from __future__ import annotations

import pytest
from written_spec import aggregate_step, filters, made_up_catalog, written_spec

TOOL_LIBRARY = """
create table tl (tl_id int primary key, tl_nm text not null, shelf_cd char(2) not null, chg_no smallint, cost numeric(8,2) not null,
    ins_val numeric(8,2) not null, cond_cd char(1) not null, gone_dt date, bench_id int);
comment on column tl.bench_id is 'bench the tool is kept at; NULL = kept on the shelves';
comment on table tl is 'Tools the library lends out';
comment on column tl.cost is 'purchase price of the tool, GBP';
comment on column tl.ins_val is 'insured value, GBP';
comment on column tl.cond_cd is 'condition: G = good, W = worn, B = broken';
comment on column tl.gone_dt is 'date the tool was written off; NULL = still in the library';
create table pur (pur_id int primary key, pur_dt date not null, descr text not null, prc numeric(8,2) not null);
comment on table pur is 'New tools bought for the library';
create table dntn (dntn_id int primary key, mbr_id int not null, given_dt date not null, descr text not null, tl_id int);
comment on column dntn.tl_id is 'tool (tl.tl_id) the donation became, no foreign key; NULL = not added to the lending stock';
comment on table dntn is 'Donated tools: tools given to the library by members';
create table mbr_fee (fee_id int primary key, mbr_id int not null, fee_yr smallint not null, amt numeric(6,2) not null, pd_dt date);
comment on table mbr_fee is 'Membership fee payments, one per member per year';
comment on column mbr_fee.pd_dt is 'date the money arrived; NULL = not paid yet';
comment on column tl.chg_no is 'number of the charger kept with the tool; NULL = no battery charger in the box';
create table plan (plan_id int primary key, mbr_id int not null, start_dt date not null, end_dt date);
comment on table plan is 'Membership plans members have held';
comment on column plan.end_dt is 'last day of the plan; NULL = current plan';
create table mbr (mbr_id int primary key, mbr_nm text not null, dep_pd_dt date, is_snr boolean not null);
comment on column mbr.is_snr is 'senior member (over 65), on the reduced fee';
comment on column mbr.dep_pd_dt is 'date the deposit was paid; NULL = still owed';
create table tl_loan (loan_id int primary key, tl_id int not null references tl, mbr_id int not null references mbr,
    res_ts timestamptz not null, out_ts timestamptz, back_ts timestamptz, ctr_no smallint, batt_fee numeric(5,2) not null default 0,
    cncl_cd char(1));
comment on table tl_loan is 'Loans of tools to members';
comment on column tl_loan.res_ts is 'when the member reserved the tool';
comment on column tl_loan.out_ts is 'when the tool was handed to the member at the counter; NULL = not collected yet';
comment on column tl_loan.back_ts is 'when the member handed the tool back; NULL = not returned yet';
comment on column tl_loan.ctr_no is 'counter number (1-3) the tool was handed out at; NULL until collected';
comment on column tl_loan.batt_fee is 'battery rental fee, GBP; 0 when the tool needs no battery';
comment on column tl_loan.cncl_cd is 'why the reservation was called off: M = member asked, D = tool damaged; NULL = not cancelled';
create table bench (bench_id int primary key, bench_nm text not null, is_pwr boolean not null);
comment on column bench.is_pwr is 'power bench (with mains sockets and a dust extractor)';
comment on table bench is 'Work benches in the workshop';
create table wb_bkg (bkg_id int primary key, bench_id int not null references bench, mbr_id int not null references mbr, bkg_dt date not null,
    bkg_st char(1) not null, pay_cd char(1) not null);
comment on column wb_bkg.pay_cd is 'K = card, C = cash';
comment on column wb_bkg.bkg_st is 'B = booked, D = done (session held), X = cancelled';
comment on table wb_bkg is 'Work-bench bookings: a member books a bench for a day';
insert into bench select n, 'Bench ' || n, n % 2 = 0 from generate_series(1, 4) n;
insert into tl select n, 'Tool ' || n, 'A' || (n % 9), case when n % 4 = 0 then n else null end, 20 + n * 3,
    15 + n * 2, (array['G', 'W', 'B'])[1 + n % 3], case when n % 10 = 0 then date '2026-03-01' + n end,
    case when n % 3 = 0 then 1 + n % 4 end from generate_series(1, 30) n;
insert into pur select n, date '2025-01-01' + n * 20, 'Bought tool ' || n, 40 + n from generate_series(1, 12) n;
insert into dntn select n, 1 + n % 20, date '2025-01-01' + n * 9, 'Donated tool ' || n, case when n % 3 = 0 then null else n end from generate_series(1, 25) n;
insert into mbr_fee select n, 1 + n % 50, 2024 + n % 3, 30, case when n % 5 = 0 then null else date '2024-02-01' + n end from generate_series(1, 150) n;
insert into plan select n, 1 + n % 50, date '2024-01-01' + n, case when n % 3 = 0 then null else date '2025-01-01' + n end from generate_series(1, 90) n;
insert into mbr select n, 'Member ' || n, case when n % 4 = 0 then null else date '2025-06-01' + n * 3 end, n % 5 = 0 from generate_series(1, 50) n;
insert into tl_loan select n, 1 + n % 30, 1 + n % 50, timestamptz '2026-01-01' + n * interval '5 hours',
    case when n % 7 = 0 then null else timestamptz '2026-01-01' + n * interval '5 hours' + interval '1 day' end,
    case when n % 3 = 0 or n % 7 = 0 then null else timestamptz '2026-01-01' + n * interval '5 hours' + interval '4 days' end,
    case when n % 7 = 0 then null else 1 + n % 3 end, case when n % 4 = 0 then 2.5 else 0 end,
    case when n % 7 = 0 then (array['M', 'D'])[1 + n % 2] end
    from generate_series(1, 600) n;
insert into wb_bkg select n, 1 + n % 4, 1 + n % 40, date '2026-01-01' + n, (array['B', 'D', 'X'])[1 + n % 3], (array['K', 'C'])[1 + n % 2] from generate_series(1, 120) n;
"""


@pytest.fixture(scope="module")
def tool_library(pg_server):
    return made_up_catalog(pg_server, "t_tool_library", TOOL_LIBRARY, "tools")


def test_an_act_said_of_a_stamps_subject_is_that_stamp_not_the_phrasal_verb_of_another(tool_library, tmp_path):
    """Before: only `back_ts is null`, reported valid: 'handed' was read as the 'handed ... back' of `back_ts`'s comment and
    the rows never collected were loaded as out on loan."""
    spec, gaps = written_spec("Load the loans where the tool was handed to the member and has not been brought back yet", tool_library, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "tl_loan"
    assert sorted(filters(spec).split(" and ")) == ["back_ts is null", "isNotNull(out_ts)"]


def test_a_where_clause_of_another_subject_is_not_read_as_the_stamp(tool_library, tmp_path):
    """'where the member was reserved' says nothing of a tool's reservation: no `res_ts` test is made up for it."""
    spec, gaps = written_spec("Load the loans where the member was reserved", tool_library, tmp_path)
    assert "res_ts" not in filters(spec)


def test_by_the_number_of_rows_ranks_and_does_not_group(tool_library, tmp_path):
    """Before: grouped by `ctr_no` as well ('number' of 'counter number'), five rows per counter and tool, reported valid."""
    spec, gaps = written_spec("Our 5 most borrowed tools, by number of loans", tool_library, tmp_path)
    assert gaps == [] and aggregate_step(spec)["group_by"] in (["tl_id"], ["tl_tl_id"], ["tl_id", "tl_nm"])


def test_a_thing_said_present_is_the_column_whose_missing_value_says_it_is_not(tool_library, tmp_path):
    """Before: `batt_fee > 0` over the loans joined in ('battery' of 'battery rental fee'), reported valid."""
    spec, gaps = written_spec("Load the tools that have a battery charger", tool_library, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "tl" and filters(spec) == "isNotNull(chg_no)"
    assert not [t for t in spec["transformations"] if t["type"] == "join"]


def test_still_running_is_not_ended_not_the_job(tool_library, tmp_path):
    """Before: no filter at all, every plan loaded, reported valid ('running' was a word about the pipeline)."""
    spec, gaps = written_spec("Copy the plans that are still running into the warehouse every hour", tool_library, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "plan" and filters(spec) == "end_dt is null"
    spec, gaps = written_spec("Copy the plans still running", tool_library, tmp_path)
    assert filters(spec) == "end_dt is null" or [g.phrase for g in gaps] == ["running"]


def test_a_count_of_each_row_by_its_own_identifier_is_no_answer(tool_library, tmp_path):
    """Before: `count()` of the tools grouped by `tl_id`, 1 for every tool, reported valid."""
    spec, gaps = written_spec("How many times has each tool been used?", tool_library, tmp_path)
    counts_loans = "tl_loan" in (spec["source"]["table"], *(t.get("table") for t in spec["transformations"]))
    assert [g.phrase for g in gaps] == ["how many"] or (counts_loans and not gaps)  # (a count of each tool's own id is 1)


@pytest.mark.parametrize(
    ("request_", "condition"),
    [
        ("Load the loans that got called off, Sunday nights at 9", "isNotNull(cncl_cd)"),
        ("Load the cancelled loans", "isNotNull(cncl_cd)"),
        ("Load the loans that were not cancelled", "cncl_cd is null"),
    ],
)
def test_an_act_a_code_says_why_happened_is_the_code_being_there(tool_library, tmp_path, request_, condition):
    """Before: no filter at all for 'that got called off' ('called' an act of no table), every loan loaded, reported valid
    (and at 9 in the morning)."""
    spec, gaps = written_spec(request_, tool_library, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "tl_loan" and filters(spec) == condition
    assert "Sunday" not in request_ or spec["schedule"]["cron"] == "0 21 * * 0"


def test_a_percentage_of_rows_said_with_a_qualifier_counts_the_rows_meeting_the_clause(tool_library, tmp_path):
    """Before: refused ('percentage'): 'are cancelled' after the rows was no clause of theirs; a qualifier left over
    ('weekend') is still a gap, never dropped."""
    spec, gaps = written_spec("What percentage of loans are cancelled, for each member?", tool_library, tmp_path)
    assert gaps == [] and aggregate_step(spec)["measures"][0]["expr"] == "100 * toFloat64(countIf(isNotNull(cncl_cd))) / nullIf(count(), 0)"
    spec, gaps = written_spec("What percentage of weekend loans are cancelled, for each member?", tool_library, tmp_path)
    assert [g.phrase for g in gaps] == ["weekend"]


def test_how_much_rows_cost_is_their_total_cost(tool_library, tmp_path):
    """Before: refused ('much did', 'cost'): 'how much did the tools cost us' is the sum of their cost."""
    spec, gaps = written_spec("How much did the tools on each shelf cost us?", tool_library, tmp_path)
    assert gaps == [] and aggregate_step(spec)["group_by"] == ["shelf_cd"] and aggregate_step(spec)["measures"][0]["expr"] == "sum(cost)"


def test_a_hyphenated_word_before_the_counted_rows_is_one_word(tool_library, tmp_path):
    """Before: 'work-bench bookings' counted the benches ('bench' of 'work-bench'); 'Include the members who have none'
    was left over. Now the bookings of each member, the members with none kept (an outer join)."""
    for request, how in (("How many work-bench bookings has each member made?", "inner"),
                         ("How many work-bench bookings has each member made? Include the members who have none.", "left")):
        spec, gaps = written_spec(request, tool_library, tmp_path)
        joins = [(t["table"], t["how"]) for t in spec["transformations"] if t["type"] == "join"]
        assert gaps == [] and aggregate_step(spec)["measures"][0]["expr"] in ("uniqExact(bkg_id)", "count()"), request
        over_bookings = [("wb_bkg", []), ("wb_bkg", [("mbr", "inner")])] if how == "inner" else []
        assert (spec["source"]["table"], joins) in [("mbr", [("wb_bkg", how)]), *over_bookings], request


def test_a_negated_value_after_a_state_is_read_negated(tool_library, tmp_path):
    """Before: `cond_cd = 'G'`, the good tools, reported valid (the 'not' passed as a word of the state 'still in the library')."""
    spec, gaps = written_spec("Load the tools still in the library that aren't in good condition", tool_library, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "tl" and filters(spec) == "gone_dt is null and cond_cd != 'G'"


def test_rows_we_are_still_waiting_on_are_those_whose_act_has_not_happened(tool_library, tmp_path):
    """Before: every fee payment, reported valid ('waiting' a word about all of them)."""
    spec, gaps = written_spec("Copy the membership fee payments we're still waiting on", tool_library, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "mbr_fee" and filters(spec) == "pd_dt is null"


def test_a_participle_a_code_is_named_with_is_no_description(tool_library, tmp_path):
    """Before: every booking of 2026, cancelled ones too, reported valid ('held' passed as how bookings relate)."""
    spec, gaps = written_spec("Load the bookings held in 2026", tool_library, tmp_path)
    assert "bkg_st" in filters(spec) or [g.phrase for g in gaps] == ["held"]


def test_total_divided_by_total_is_their_quotient(tool_library, tmp_path):
    """Before: the two sums side by side and no quotient, reported valid ('divided' passed as a relating verb)."""
    spec, gaps = written_spec("For each shelf, total cost divided by total insured value", tool_library, tmp_path)
    assert gaps == [] and aggregate_step(spec)["measures"][-1]["expr"] == "toFloat64(sum(cost)) / nullIf(sum(ins_val), 0)"


def test_a_noun_two_tables_are_called_by_is_the_one_named_for_it(tool_library, tmp_path):
    """'tools' of `tl` ('Tools the library lends out') and of `pur` ('New tools bought for the library'): the table whose
    name abbreviates the word. Before: no table ('the tools' refused, or the rows of whatever else was named)."""
    spec, gaps = written_spec("Load the tools that aren't in good condition", tool_library, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "tl" and filters(spec) == "cond_cd != 'G'"


def test_rows_whose_own_reference_is_missing_are_its_null(tool_library, tmp_path):
    """Before: an anti join with the tools, which also keeps a donation whose mistyped tool number matches no tool
    (no foreign key): 'that don't have any tool recorded' is the donation's own `tl_id` left empty."""
    spec, gaps = written_spec("Load the donations that don't have any tool recorded against them", tool_library, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "dntn" and filters(spec) == "tl_id is null"
    assert not [t for t in spec["transformations"] if t["type"] == "join"]


def test_both_things_said_present_are_each_tested(tool_library, tmp_path):
    """Before: only the first ('a battery charger') was read, the second passed as a column the output carries."""
    spec, gaps = written_spec("For each shelf, total cost divided by total insured value, counting only tools that have both a battery charger and a cost", tool_library, tmp_path)
    assert gaps == [] and "isNotNull(chg_no)" in filters(spec) and "cost > 0" in filters(spec)


def test_a_date_of_another_thing_paid_is_not_the_rows_date(tool_library, tmp_path):
    """Before: the members' deposit paid date (`dep_pd_dt`, 'date the deposit was paid') for 'bookings paid by card
    between ...', the members never said, reported valid (the blind food co-op set)."""
    spec, gaps = written_spec("Load the bench bookings paid by card between 1 July and 30 September 2026", tool_library, tmp_path)
    assert gaps == [] and filters(spec) == "pay_cd = 'K' and bkg_dt >= '2026-07-01' and bkg_dt < '2026-10-01'"


def test_each_x_is_the_table_not_a_flag_called_a_kind_of_x(tool_library, tmp_path):
    """Before: grouped by `is_snr` ('senior member', so also 'member'): two rows, true and false, reported valid (the
    blind food co-op set's 'each supplier' of a `is_lcl` 'local supplier')."""
    spec, gaps = written_spec("How many bench bookings did each member make in 2026?", tool_library, tmp_path)
    assert gaps == [] and "is_snr" not in aggregate_step(spec)["group_by"] and aggregate_step(spec)["group_by"][:1] in (["mbr_id"], ["mbr_mbr_id"])
    spec, gaps = written_spec("How many loans were there for each bench in 2026?", tool_library, tmp_path)
    assert "is_pwr" not in aggregate_step(spec)["group_by"]
