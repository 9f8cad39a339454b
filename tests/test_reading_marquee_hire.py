"""A marquee hire firm, made up for these tests on a real PostgreSQL (the readings the fiftieth session's blind sets found
wrong, on words made up for them): a job's town is its quote's visit's site's, never that of the permits that happen to
name the job (and two such ways are asked about); 'the final bill came out higher than what we quoted' compares the job's
bill with its quote's amount, never with `quote_id`; 'crews who haven't got a licence on file' and 'who never had
one' keep the missing ones; 'the fees we let customers off' is an act to read, never wording; 'the cancellation fees' are
the rows of 'Cancellation charges', not jobs with an invoice line 'C = cancellation fee'; 'Saturday mornings at 8' is when
the pipeline runs, never the jobs of slot 'M = set-up run (morning)'; 'the condition we found the canvas in' never keeps only
the visits some quote (not said) names a marquee of; 'which marquee had the most sales' never ranks by a number named for
selling that is no money (`yrs_to_sale`); a customer's sector is its type."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from written_spec import aggregate_step, filters, made_up_catalog, written_spec

MARQUEE_HIRE = """
create table cust (cust_id int primary key, cust_nm text not null, sector char(1) not null);
comment on column cust.sector is 'F = farm, W = wedding venue, C = council, P = private';
create table site (site_id int primary key, cust_id int not null references cust, town text not null);
create table visit (visit_id int primary key, site_id int not null references site, visit_dt date not null, cond smallint not null);
comment on column visit.cond is 'condition of the canvas we found: 1 = good, 2 = worn, 3 = torn';
create table marquee (marquee_id int primary key, marquee_nm text not null, sq_m int not null, yrs_to_sale int not null);
comment on column marquee.yrs_to_sale is 'years of hire before we sell it on';
create table quote (quote_id int primary key, visit_id int not null references visit, marquee_id int not null references marquee,
  quote_amt numeric(8,2) not null);
create table job (job_id int primary key, quote_id int not null references quote, done_dt date, bill_amt numeric(8,2) not null,
  slot char(1) not null);
comment on column job.done_dt is 'date the job was finished; NULL = not finished yet';
comment on column job.slot is 'M = set-up run (morning), A = set-up run (afternoon)';
create table permit (permit_id int primary key, site_id int not null references site, job_id int references job, applied_dt date not null);
comment on table permit is 'Event permits we applied for on a customer''s behalf';
comment on column permit.job_id is 'the job the permit is for; NULL = no job went ahead';
create table crew (crew_id int primary key, crew_nm text not null, licence_dt date);
comment on column crew.licence_dt is 'date of the latest driving licence check; NULL = no licence check on file';
create table canx_fee (fee_id int primary key, job_id int not null references job, fee_amt numeric(7,2) not null,
  waived boolean not null default false);
comment on table canx_fee is 'Cancellation charges: one row per job called off late';
comment on column canx_fee.waived is 'true = we let the customer off: not invoiced';
create table inv_line (line_id int primary key, job_id int not null references job, line_typ char(1) not null, amt numeric(7,2) not null);
comment on column inv_line.line_typ is 'H = hire, T = transport, C = cancellation fee';
insert into cust select n, 'Customer ' || n, (array['F', 'W', 'C', 'P'])[1 + n % 4] from generate_series(1, 20) n;
insert into site select n, 1 + n % 20, (array['Ely', 'Wisbech', 'March'])[1 + n % 3] from generate_series(1, 40) n;
insert into visit select n, 1 + n % 40, date '2024-01-10' + n * 4, 1 + n % 3 from generate_series(1, 120) n;
insert into marquee select n, 'Marquee ' || n, 40 + n * 10, 4 + n % 3 from generate_series(1, 6) n;
insert into quote select n, 1 + n % 120, 1 + n % 6, 400 + n * 7 from generate_series(1, 150) n;
insert into job select n, n, case when n % 5 = 0 then null else date '2024-03-01' + n * 3 end, 380 + n * 7 + (n % 4) * 15,
  (array['M', 'A'])[1 + n % 2] from generate_series(1, 130) n;
insert into permit select n, 1 + (n * 7) % 40, case when n % 3 = 0 then null else 1 + n % 130 end, date '2024-02-01' + n * 9
  from generate_series(1, 30) n;
insert into crew select n, 'Crew ' || n, case when n % 4 = 0 then null else date '2025-01-01' + n * 20 end from generate_series(1, 12) n;
insert into canx_fee select n, 1 + n * 4, 50 + n, n % 3 = 0 from generate_series(1, 25) n;
insert into inv_line select n, 1 + n % 130, (array['H', 'T', 'C', 'H'])[1 + n % 4], 20 + n % 90 from generate_series(1, 300) n;
"""

# the same firm where a quote also names the pitch it is for, itself on a site: two ways of one length from a job to its
# site, which the schema does not say agree
TWO_WAYS = MARQUEE_HIRE.replace(
    "create table marquee ", "create table pitch (pitch_id int primary key, site_id int not null references site);\ncreate table marquee "
).replace(
    "marquee_id int not null references marquee,\n  quote_amt", "marquee_id int not null references marquee, pitch_id int references pitch,\n  quote_amt"
).replace("insert into quote select n, 1 + n % 120, 1 + n % 6,", "insert into quote select n, 1 + n % 120, 1 + n % 6, null,")


@pytest.fixture(scope="module")
def marquees(pg_server):
    return made_up_catalog(pg_server, "t_marquee_hire", MARQUEE_HIRE, "marquees")


def spec_of(request: str, catalog) -> tuple[dict, list[str]]:
    spec, gaps = written_spec(request, catalog, Path(tempfile.mkdtemp()))
    return spec, [g.phrase for g in gaps]


def joined(spec: dict) -> list[str]:
    return [step["table"] for step in spec.get("transformations", []) if step["type"] == "join"]


def test_a_rows_town_is_the_one_way_along_its_references(marquees):
    """Jobs per town: job -> quote -> visit -> site, one town per job; the shorter way through `permit` (rows that name
    the job, some or none per job) kept only jobs with a permit. Before: `permit` joined, reported valid."""
    spec, gaps = spec_of("how many finished jobs in each town", marquees)
    assert not gaps
    assert joined(spec) == ["quote", "visit", "site"]
    assert "town" in aggregate_step(spec)["group_by"]


def test_two_ways_along_references_are_asked(pg_server):
    """Where the quote names a site of its own beside its visit's, which site a job's town is of is not said."""
    catalog = made_up_catalog(pg_server, "t_marquee_two_ways", TWO_WAYS, "marquees")
    with pytest.raises(Exception, match="more than one way"):
        spec_of("how many finished jobs in each town", catalog)


def test_a_number_is_compared_with_its_parents_amount(marquees):
    """'came out higher than what we quoted': the job's bill against its quote's `quote_amt`, never the job's `quote_id`.
    Before: `bill_amt > quote_id`, reported valid."""
    spec, gaps = spec_of("jobs where the bill came out higher than what we quoted", marquees)
    assert not gaps
    assert "bill_amt > quote_amt" in filters(spec)
    assert joined(spec) == ["quote"]


def test_a_key_is_never_compared_with_an_amount(marquees):
    """The visit's condition against 'what we quoted' where the visit holds only keys of quotes (none of its own numbers
    says quoting): nothing is compared with `visit_id` or `quote_id`."""
    try:
        spec, gaps = spec_of("visits where the condition came out higher than what we quoted", marquees)
    except Exception:
        return
    assert gaps or "_id" not in filters(spec)


@pytest.mark.parametrize("request_", [
    "crews that haven't got a licence on file",
    "crews who have not got a licence on file",
    "crews that never had a licence",
])  # fmt: skip
def test_not_having_one_keeps_the_missing(marquees, request_):
    """Before: 'haven't got a licence check on file' read as having one (`isNotNull(licence_dt)`), reported valid."""
    spec, gaps = spec_of(request_, marquees)
    assert not gaps
    assert filters(spec) == "licence_dt is null"


def test_having_one_is_still_read(marquees):
    spec, gaps = spec_of("crews that have got a licence on file", marquees)
    assert not gaps
    assert "isNotNull(licence_dt)" in filters(spec)


def test_let_off_is_an_act_to_read(marquees):
    """'the fees we let customers off': which fees (waived), never the filler 'let' of 'let me know'. Before: every
    cancellation fee, with 'let' and 'off' taken for wording."""
    for request in ("copy across the cancellation fees we let customers off", "copy across the cancellation charges we let off"):
        spec, gaps = spec_of(request, marquees)
        assert gaps or filters(spec) == "waived"


def test_let_me_is_still_wording(marquees):
    spec, gaps = spec_of("let me have the cancellation fees, and let it run hourly", marquees)
    assert not gaps
    assert spec["source"]["table"] == "canx_fee"


def test_fees_are_the_rows_called_charges(marquees):
    """'the cancellation fees' of a table 'Cancellation charges': those rows, never only the ones whose job has an invoice
    line 'C = cancellation fee'. Before: `inv_line` joined and `line_typ = 'C'`, reported valid."""
    spec, gaps = spec_of("copy across the cancellation fees", marquees)
    assert not gaps
    assert spec["source"]["table"] == "canx_fee"
    assert not joined(spec) and not filters(spec)


def test_a_part_of_the_day_of_the_run_is_no_value(marquees):
    """'every Saturday mornings at 8': the schedule's words, never the jobs of 'M = set-up run (morning)'."""
    spec, gaps = spec_of("total bill of the finished jobs, Saturday mornings at 8", marquees)
    assert not gaps
    assert "slot" not in filters(spec)
    assert spec["schedule"]["cron"] == "0 8 * * 6"


def test_a_table_reached_through_unsaid_rows_is_not_kept(marquees):
    """'the condition we found the canvas in' said of visits, where 'marquee' would be reached only through the quotes
    that name a visit: never only the visits that have a quote. Before (of a roof): the quotes and roofs inner-joined,
    reported valid."""
    spec, gaps = spec_of("for each site the most recent visit and the condition we found the marquee in", marquees)
    assert gaps or "quote" not in joined(spec)


def test_money_words_never_rank_by_a_number_that_is_no_money(marquees):
    """'which marquee had the most sales': never the sum of `yrs_to_sale` ('years of hire before we sell it on'), a number
    named for selling that is no money. Before: `sum(yrs_to_sale)`, reported valid."""
    spec, gaps = spec_of("which marquee had the most sales in 2025", marquees)
    assert gaps or "yrs_to_sale" not in str(aggregate_step(spec)["measures"])


def test_the_most_rows_of_a_functional_way_are_counted_once(marquees):
    """'which site had the most jobs': the jobs of each site's visits' quotes, each job once (no permit joined)."""
    spec, gaps = spec_of("which site had the most jobs in 2025", marquees)
    assert not gaps
    assert "permit" not in joined(spec)
    assert aggregate_step(spec)["measures"][0]["expr"] == "count()"


def test_a_sector_is_the_kind_of_the_rows(marquees):
    """'how many customers of each type' where the customers keep a `sector` ('F = farm, W = wedding venue, ...'): by it."""
    spec, gaps = spec_of("how many customers of each type", marquees)
    assert not gaps
    assert aggregate_step(spec)["group_by"] == ["sector"]


@pytest.mark.parametrize("request_", [
    "how many jobs done in each town",
    "how many jobs that were done in each town",
    "how many jobs finished in each town",
    "how many jobs that have been finished in each town",
])  # fmt: skip
def test_jobs_done_are_the_finished_ones(marquees, request_):
    """'done' / 'finished' right after the jobs, or in a clause, keeps those with `done_dt`; 'in each town' opens a place,
    no particle of the act ('done in' is no act of its own). Before: every job counted, reported valid, or refused."""
    spec, gaps = spec_of(request_, marquees)
    assert not gaps
    assert filters(spec) == "isNotNull(done_dt)"
    assert "town" in aggregate_step(spec)["group_by"]


def test_the_act_in_a_year_is_dated_not_doubled(marquees):
    spec, gaps = spec_of("how many jobs done in 2025", marquees)
    assert not gaps
    assert filters(spec) == "toYear(done_dt) = 2025"
