"""A community playhouse and its box office, made up for these tests on a real PostgreSQL (the readings the forty-third
session found wrong or refused, on words made up for them): a state said to count as another ('paused ones still count
as members'), a percentage in each month of a year and of each group's rows in a year, a theatre year said '2025-26', an
age word before the rows' noun where only another table's value spells it ('new members', props in 'N = new'
condition), the most of a thing each row holds a number of (`seats` 'Number of seats in the booking'), the key said after
how many ('which three performances'), 'for sale', a price named by its act ('selling price' of `sold_amt`), rows a
table's comment calls so before a table whose comment calls its rows only kinds of them ('shifts' of `slots`, not
`shift_flags` 'Missed and late shifts'), a group word that another near table names exactly, the months a pay run is
'for', rows said to have happened over a table whose status says some were called off, a season and a year said
together, an act a yes/no column says some rows never had ('running' of `cancelled` 'did not run'), a value of three
letters said before the noun it describes ('gig productions'), an amount whose comment gives its formula, a dimension
said by its name ('the weight of timber'), places said in long legend entries ('at the front desk on the night'), a thing
awaited ('still awaiting a verdict'), 'turned up late', a charge beside priced lines never being what was spent, how
long rows lasted (their actual span, not a booked length) and what a row priced per unit is worth."""

from __future__ import annotations

import pytest
from written_spec import aggregate_step, filters, made_up_catalog, written_spec

PLAYHOUSE = """
create table members (member_id int primary key, full_name text not null, joined_dt date not null, st char(1) not null,
  lapsed_dt date, end_reason text);
comment on column members.st is 'Status: A = active, P = paused (taking a season off), L = lapsed';
comment on column members.lapsed_dt is 'Day they lapsed; empty while a member (active or paused)';
comment on column members.end_reason is 'Why they left, in their words';
create table productions (prod_id int primary key, title text not null, genre text not null, season char(1) not null,
  theatre_yr text not null, opens_dt date not null, cancelled boolean not null);
comment on column productions.season is 'Season: A = autumn, S = spring, U = summer';
comment on column productions.theatre_yr is 'Theatre year it belongs to, September to July, e.g. 2025-26';
comment on column productions.cancelled is 'True if the production did not run (rights withdrawn, no cast)';
create table performances (perf_id int primary key, prod_id int not null references productions, perf_dt date not null,
  st char(1) not null);
comment on table performances is 'Each night or matinee of a production';
comment on column performances.st is 'S = scheduled, P = performed, X = cancelled (storm, illness)';
create table bookings (bk_id int primary key, perf_id int not null references performances, member_id int references members,
  booked_dt date not null, seats int not null, unit_price numeric(6,2) not null, refunded boolean not null);
comment on column bookings.seats is 'Number of seats in the booking';
create table props (prop_id int primary key, prop_nm text not null, cond char(1) not null);
comment on column props.cond is 'Condition: N = new, G = good, W = worn';
create table prop_loans (loan_id int primary key, prop_id int not null references props, member_id int not null references members,
  out_dt date not null, back_dt date);
create table slots (slot_id int primary key, member_id int not null references members, slot_dt date not null, role text not null);
comment on table slots is 'Every planned shift on the front-of-house rota';
create table shift_flags (flag_id int primary key, slot_id int not null references slots, flag_cd char(1) not null,
  reason_cd char(1) not null, logged_dt date not null);
comment on table shift_flags is 'Missed and late shifts, logged by the house manager';
comment on column shift_flags.flag_cd is 'M = missed shift, L = late shift';
comment on column shift_flags.reason_cd is 'Reason: T = traffic, S = sickness, F = forgot';
create table crew_pay (pay_id int primary key, member_id int not null references members, period_mth date not null,
  hrs numeric(6,2) not null, mileage_amt numeric(7,2) not null, paid_dt date);
comment on column crew_pay.period_mth is 'Month worked (1st of the month)';
comment on column crew_pay.mileage_amt is 'Mileage paid (miles x mileage rate)';
comment on column crew_pay.paid_dt is 'Date paid into the bank; empty = not paid yet';
create table merch (merch_id int primary key, item_nm text not null, ask_amt numeric(6,2) not null, st char(1) not null);
comment on column merch.ask_amt is 'Asking price on the label';
comment on column merch.st is 'A = on the stall, available; S = sold';
create table merch_sales (msale_id int primary key, merch_id int not null references merch, sold_dt date not null,
  label_amt numeric(6,2) not null, sold_amt numeric(6,2) not null);
comment on table merch_sales is 'Programmes, mugs and posters sold at the bar';
comment on column merch_sales.label_amt is 'Price on the label when it sold';
comment on column merch_sales.sold_amt is 'What the buyer actually paid';
create table set_builds (build_id int primary key, prod_id int not null references productions, built_dt date not null,
  timber_kg numeric(6,1) not null);
insert into members select n, 'Member ' || n, date '2022-01-01' + n * 5, (array['A', 'A', 'P', 'L'])[1 + n % 4],
  case when n % 4 = 3 then date '2024-01-01' + n end, case when n % 4 = 3 then 'moved away' end from generate_series(1, 200) n;
insert into productions select n, 'Show ' || n, (array['Drama', 'Musical', 'Gig'])[1 + n % 3], (array['A', 'S', 'U'])[1 + n % 3],
  (array['2024-25', '2025-26', '2026-27'])[1 + n % 3], date '2024-09-01' + n * 20, n % 7 = 0 from generate_series(1, 40) n;
insert into performances select n, 1 + n % 40, date '2024-09-01' + n * 3, (array['S', 'P', 'P', 'X'])[1 + n % 4] from generate_series(1, 300) n;
insert into bookings select n, 1 + n % 300, case when n % 5 <> 0 then 1 + n % 200 end, date '2024-08-01' + n % 800, 1 + n % 6,
  8 + n % 5, n % 17 = 0 from generate_series(1, 2000) n;
insert into props select n, 'Prop ' || n, (array['N', 'G', 'W'])[1 + n % 3] from generate_series(1, 60) n;
insert into prop_loans select n, 1 + n % 60, 1 + n % 200, date '2024-01-01' + n * 2, case when n % 6 <> 0 then date '2024-01-10' + n * 2 end
  from generate_series(1, 300) n;
insert into slots select n, 1 + n % 200, date '2024-01-01' + n % 1000, (array['usher', 'bar', 'box office'])[1 + n % 3] from generate_series(1, 1500) n;
insert into shift_flags select n, 1 + n * 7 % 1500, (array['M', 'L'])[1 + n % 2], (array['T', 'S', 'F'])[1 + n % 3],
  date '2024-01-03' + n * 5 % 1000 from generate_series(1, 150) n;
insert into crew_pay select n, 1 + n % 30, make_date(2024 + n / 12 % 3, 1 + n % 12, 1), 10 + n % 30, n % 9 * 4.5,
  case when n % 10 <> 0 then make_date(2024 + n / 12 % 3, 1 + n % 12, 1) + 37 end from generate_series(1, 400) n;
insert into merch select n, 'Item ' || n, 3 + n % 12, (array['A', 'S', 'S'])[1 + n % 3] from generate_series(1, 300) n;
insert into merch_sales select n, 1 + n % 300, date '2024-01-01' + n * 3 % 1000, 3 + n % 12, 2 + n % 12 from generate_series(1, 200) n;
insert into set_builds select n, 1 + n % 40, date '2024-08-01' + n * 9, 20 + n % 80 from generate_series(1, 90) n;
"""


BOX_OFFICE = """
create table members (member_id int primary key, full_name text not null);
create table auditions (aud_id int primary key, title text not null);
create table callbacks (cb_id int primary key, member_id int not null references members, aud_id int not null references auditions, cb_dt date not null, mark char(1) not null, verdict char(1));
comment on table callbacks is 'Audition callbacks';
comment on column callbacks.mark is 'P = present, L = late, A = absent';
comment on column callbacks.verdict is 'C = cast, R = reserve, N = not cast; NULL = verdict not given yet';
create table orders (ord_id int primary key, member_id int not null references members, ord_ts timestamp not null, channel char(1) not null,
  booking_fee numeric(8,2) not null);
create table order_lines (line_id int primary key, ord_id int not null references orders, price numeric(8,2) not null);
create table rehearsals (reh_id int primary key, aud_id int not null references auditions, reh_dt date not null, plan_mins int not null,
  act_start timestamp, act_finish timestamp);
comment on column rehearsals.plan_mins is 'Booked length of the rehearsal in minutes';
comment on column rehearsals.act_start is 'When it really started; empty if it did not happen';
comment on table orders is 'Ticket and merch orders';
comment on column orders.channel is 'B = at the front desk on the night, W = online through the web shop';
insert into members select n, 'Member ' || n from generate_series(1, 200) n;
insert into auditions select n, 'Show ' || n from generate_series(1, 30) n;
insert into callbacks select n, 1 + n % 200, 1 + n % 30, date '2024-06-01' + n * 4, (array['P', 'L', 'A'])[1 + n % 3],
  case when n % 5 <> 0 then (array['C', 'R', 'N'])[1 + n % 3] end from generate_series(1, 250) n;
insert into orders select n, 1 + n % 200, timestamp '2024-01-01 10:00' + n * interval '17 hours',
  (array['B', 'W'])[1 + n % 2], n % 3 from generate_series(1, 1500) n;
insert into order_lines select n, 1 + n % 1500, 5 + n % 40 from generate_series(1, 4000) n;
insert into rehearsals select n, 1 + n % 30, date '2025-01-01' + n * 2, 60 + n % 4 * 30,
  case when n % 9 <> 0 then timestamp '2025-01-01 19:00' + n * interval '2 days' end,
  case when n % 9 <> 0 then timestamp '2025-01-01 19:00' + n * interval '2 days' + (50 + n % 70) * interval '1 minute' end
  from generate_series(1, 500) n;
"""


@pytest.fixture(scope="module")
def playhouse(pg_server):
    return made_up_catalog(pg_server, "t_playhouse", PLAYHOUSE, "playhouse")


@pytest.fixture(scope="module")
def box_office(pg_server):
    return made_up_catalog(pg_server, "t_playhouse_box_office", BOX_OFFICE, "box_office")


def test_a_state_said_to_count_as_another_keeps_its_rows(playhouse, tmp_path):
    """'paused ones still count as members': the paused are kept with the active, nothing counted. Before, only the
    paused members were counted, reported valid."""
    spec, gaps = written_spec("Load the members who haven't lapsed - paused ones still count as members.", playhouse, tmp_path)
    assert not gaps
    assert filters(spec) in ("st != 'L'", "lapsed_dt is null")
    assert not any(t["type"] == "aggregate" for t in spec["transformations"])


def test_the_year_of_each_month_keeps_every_row_of_the_percentage(playhouse, tmp_path):
    """'in each month of 2026' is of all the rows the percentage is of. Before, the year sat inside the `countIf` of the
    cancelled ones (every month of every year, 2026's cancellations over all of them), reported valid."""
    spec, gaps = written_spec("what percentage of the performances were cancelled in each month of 2026?", playhouse, tmp_path)
    assert not gaps
    assert filters(spec) == "toYear(perf_dt) = 2026"
    assert "countIf(st = 'X')" in aggregate_step(spec)["measures"][0]["expr"]


def test_a_theatre_year_is_no_calendar_year(playhouse, tmp_path):
    """'the 2025-26 theatre year' is the value '2025-26', not also the calendar year 2025. Before, both were kept."""
    spec, gaps = written_spec("load the productions of the 2025-26 theatre year", playhouse, tmp_path)
    assert not gaps
    assert filters(spec) == "theatre_yr = '2025-26'"


def test_an_age_word_before_the_rows_is_their_own(playhouse, tmp_path):
    """'new members joining' over members whose prop loans are of props in 'N = new' condition: the members' own newness.
    Before, only members who had borrowed a new prop were counted, reported valid."""
    spec, gaps = written_spec("new members joining month by month for 2025", playhouse, tmp_path)
    assert "cond" not in filters(spec)
    assert filters(spec) == "toYear(joined_dt) = 2025"


def test_an_age_word_of_the_rows_that_have_it_is_still_their_value(playhouse, tmp_path):
    spec, gaps = written_spec("load the new props", playhouse, tmp_path)
    assert filters(spec) == "cond = 'N'"


def test_the_most_of_a_thing_each_row_holds_a_number_of_is_its_sum(playhouse, tmp_path):
    """'the most seats booked' over bookings whose `seats` is the 'Number of seats in the booking', after 'which three':
    each performance by its key, the seats summed. Before, the bookings were counted and grouped by the show's title."""
    spec, gaps = written_spec("Which three performances had the most seats booked? Refunded ones don't count.", playhouse, tmp_path)
    assert not gaps
    step = aggregate_step(spec)
    assert step["measures"][0]["expr"] == "sum(seats)"
    assert "perf_id" in step["group_by"]


def test_for_sale_names_no_sales(playhouse, tmp_path):
    """'everything still on the stall for sale' names no merch sales. Before, the sales of the merch on the stall were
    loaded (none), reported valid."""
    try:
        spec, gaps = written_spec("load everything that's still on the stall for sale", playhouse, tmp_path)
    except Exception:
        return  # refused: fine
    assert spec["source"]["table"] == "merch"


def test_a_price_named_by_its_act(playhouse, tmp_path):
    """'the average selling price' of `sold_amt`, not the 'Price on the label when it sold'."""
    spec, gaps = written_spec("What's the average selling price per item in 2025?", playhouse, tmp_path)
    assert not gaps
    assert "sold_amt" in aggregate_step(spec)["measures"][0]["expr"]


def test_rows_a_comment_calls_so_before_a_modifier_of_another_name(playhouse, tmp_path):
    """'shifts' are the rota's slots ('Every planned shift'), not the flags of missed and late shifts. Before, the flags
    were counted, reported valid."""
    spec, gaps = written_spec("how many shifts were there each month of 2025?", playhouse, tmp_path)
    assert spec["source"]["table"] == "slots"


def test_a_group_word_another_near_table_names_exactly_is_asked(playhouse, tmp_path):
    """'by reason' of missed shifts: the member's `end_reason` or the flag's `reason_cd`. Before, the members' reason
    for leaving was grouped by, reported valid."""
    with pytest.raises(Exception, match="reason_cd"):
        written_spec("break down the missed shifts in 2025 by reason", playhouse, tmp_path)


def test_the_months_a_pay_run_is_for(playhouse, tmp_path):
    """'paid each member for March to May 2026': the months worked (`period_mth`), not the day the money went out."""
    spec, gaps = written_spec("total hours we paid each member for March to May 2026", playhouse, tmp_path)
    assert not gaps
    assert "period_mth >= '2026-03-01'" in filters(spec)


def test_the_day_paid_is_still_read_when_said_in(playhouse, tmp_path):
    spec, gaps = written_spec("total hours we paid each member in March 2026", playhouse, tmp_path)
    assert "paid_dt >= '2026-03-01'" in filters(spec)


def test_rows_said_to_have_happened_are_asked_which_count(playhouse, tmp_path):
    """'how many performances has each production had' over performances 'X = cancelled': which of them count is asked."""
    with pytest.raises(Exception, match="say which of them count"):
        written_spec("how many performances has each production had in 2025?", playhouse, tmp_path)


def test_a_season_and_year_said_together(playhouse, tmp_path):
    """'this autumn (2026)' and 'in spring 2025': the season's value and the year, both kept. Before, the year was left
    unplaced and the request refused."""
    spec, gaps = written_spec("how many productions this autumn (2026)?", playhouse, tmp_path)
    assert not gaps
    assert filters(spec) == "season = 'A' and toYear(opens_dt) = 2026"
    spec, gaps = written_spec("how many productions in spring 2025?", playhouse, tmp_path)
    assert filters(spec) == "season = 'S' and toYear(opens_dt) = 2025"


def test_a_year_in_brackets_after_a_question(playhouse, tmp_path):
    spec, gaps = written_spec("Which props haven't been lent out at all this year? (2026)", playhouse, tmp_path)
    assert not gaps
    assert "2026" in str(spec["transformations"])


def test_an_act_a_flag_says_some_rows_never_had_is_a_condition(playhouse, tmp_path):
    """'the productions running this autumn' where `cancelled` is 'True if the production did not run': which ones ran
    is not kept by the spec, so the word is left over. Before, every production was read, reported valid."""
    spec, gaps = written_spec("how many productions running in 2026?", playhouse, tmp_path)
    assert "running" in [g.phrase for g in gaps] or "not cancelled" in filters(spec)
    spec, gaps = written_spec("how many productions ran in 2026, not counting cancelled ones?", playhouse, tmp_path)
    assert not gaps
    assert filters(spec) == "not cancelled and toYear(opens_dt) = 2026"


def test_a_short_value_said_before_its_noun(playhouse, tmp_path):
    """'gig productions' says the genre 'Gig', a word as the data spells it."""
    spec, gaps = written_spec("load the gig productions", playhouse, tmp_path)
    assert not gaps
    assert filters(spec) == "genre = 'Gig'"


def test_an_amount_whose_comment_gives_its_formula(playhouse, tmp_path):
    """`mileage_amt` 'Mileage paid (miles x mileage rate)' is an amount, not a rate per mile."""
    spec, gaps = written_spec("total mileage paid per member in 2025", playhouse, tmp_path)
    assert not gaps
    assert aggregate_step(spec)["measures"][0]["expr"] == "sum(mileage_amt)"


def test_a_dimension_said_by_its_name(playhouse, tmp_path):
    """'the weight of timber used' of `timber_kg`, and 'what were our top 3 productions by weight of timber'."""
    spec, gaps = written_spec("total weight of timber per production", playhouse, tmp_path)
    assert not gaps
    assert aggregate_step(spec)["measures"][0]["expr"] == "sum(timber_kg)"
    spec, gaps = written_spec("What were our top 3 productions by weight of timber?", playhouse, tmp_path)
    assert not gaps
    assert "limit 3" in str(spec["transformations"])


def test_the_year_of_a_share_of_each_groups_rows_keeps_them_all(playhouse, tmp_path):
    """'what % of each production's performances were cancelled in 2025': the performances of 2025, the cancelled ones
    counted of them. Before, 2025's cancellations were counted over the performances of every year, reported valid."""
    spec, gaps = written_spec("what % of each production's performances were cancelled in 2025?", playhouse, tmp_path)
    assert not gaps
    assert filters(spec) == "toYear(perf_dt) = 2025"
    assert "countIf(st = 'X')" in aggregate_step(spec)["measures"][0]["expr"]


def test_a_place_said_in_a_long_legend_entry(box_office, tmp_path):
    """'the orders we took at the front desk' of 'B = at the front desk on the night', and 'the 2026 web shop orders' of 'W =
    online through the web shop', the year said before the rows' noun and a value of theirs. Before, both were refused."""
    spec, gaps = written_spec("load the orders we took at the front desk", box_office, tmp_path)
    assert not gaps
    assert filters(spec) == "channel = 'B'"
    spec, gaps = written_spec("Copy the 2026 web shop orders across nightly at half eleven", box_office, tmp_path)
    assert not gaps
    assert filters(spec) == "channel = 'W' and toYear(ord_ts) = 2026"


def test_a_thing_awaited_is_one_not_there_yet(box_office, tmp_path):
    """'the callbacks we're still waiting on a verdict for', 'still awaiting a verdict' of 'NULL = verdict not given yet'."""
    for said in ("copy the callbacks we're still waiting on verdicts for", "load the callbacks still awaiting a verdict"):
        spec, gaps = written_spec(said, box_office, tmp_path)
        assert not gaps, said
        assert filters(spec) == "verdict is null", said


def test_turning_up_says_no_more_than_the_state_after_it(box_office, tmp_path):
    spec, gaps = written_spec("load every callback from 2025 where the member turned up late", box_office, tmp_path)
    assert not gaps
    assert filters(spec) == "mark = 'L' and toYear(cb_dt) = 2025"


def test_what_was_spent_is_never_a_charge_beside_priced_lines(box_office, tmp_path):
    """'members who spent more than 100 in 2025' over orders whose lines hold the prices: the orders' one amount (a booking
    fee) is no spending. Before, the booking fees were summed and kept above 100, reported valid; now which amount is
    asked (the phrase is left over)."""
    try:
        spec, gaps = written_spec("Which members spent more than 100 in 2025?", box_office, tmp_path)
    except Exception:
        return
    assert "booking_fee" not in str(spec["transformations"]) or gaps


def test_how_long_rows_lasted_is_their_actual_span_not_their_booked_length(box_office, tmp_path):
    """'how long did rehearsals last on average' where each keeps its 'Booked length' and when it really started and
    finished (`act_start`, `act_finish`): the actual time. Before, the booked length was averaged, reported valid."""
    spec, gaps = written_spec("how long did rehearsals last on average in 2025, in minutes", box_office, tmp_path)
    assert not gaps
    assert "act_start" in aggregate_step(spec)["measures"][0]["expr"]



def test_what_a_row_is_worth_is_its_count_times_its_unit_price(playhouse, tmp_path):
    """'the total booking amount' of bookings keeping `seats` ('Number of seats in the booking') at a `unit_price`: seats
    times price. Before, the unit prices were summed, reported valid."""
    spec, gaps = written_spec("the total booking amount per performance", playhouse, tmp_path)
    assert not gaps
    assert aggregate_step(spec)["measures"][0]["expr"] == "sum(seats * unit_price)"


def test_how_much_money_of_a_thing_each_row_brought_in(playhouse, tmp_path):
    """'how much booking money did each performance bring in': the bookings' worth per performance. Before, refused."""
    spec, gaps = written_spec("How much booking money did each performance bring in? Refunds don't count.", playhouse, tmp_path)
    assert not gaps
    assert aggregate_step(spec)["measures"][0]["expr"] == "sum(seats * unit_price)"
    assert filters(spec) == "not refunded"


def test_a_price_after_a_word_that_is_no_act_is_still_placed(box_office, tmp_path):
    """'the top 3 members by order line price': 'line' is no act whose price a column is named for; the ranking's count of
    lines never places 'price'. (A loosened check had taken `order_lines` for a price of 'lining'.)"""
    spec, gaps = written_spec("the top 3 members by order line price", box_office, tmp_path)
    assert "sum(price)" in str(spec["transformations"]) or "price" in [g.phrase for g in gaps]

