"""Questions and commands over a print shop made up for them, on a real PostgreSQL: a state asked with do-support
('how many jobs did we print' where `job_sts` 'P = printed'), 'top presses by breakdowns' grouped by the breakdowns'
own reference to the presses, not by the `press_id` of another table (service visits, linked without a key), and
rows a load names by a kind its legend gives ('load all the apprentices on our presses')."""

from __future__ import annotations

import pytest
from written_spec import made_up_catalog, written_spec

from ai_etl.agents.schema_analyst import Refusal
from ai_etl.language.request_text import without_do_support

PRINT_SHOP = """
create table press_mst (press_id int primary key, bought_dt date not null, sheets_per_hr int not null);
comment on table press_mst is 'Printing presses on the shop floor';
create table job_hdr (job_id int primary key, press_id int not null references press_mst, booked_on date not null, job_sts char(1) not null, sheets int not null,
    finished_ts timestamp, shipped_ts timestamp);
comment on table job_hdr is 'Print jobs';
comment on column job_hdr.job_sts is 'Q = queued, P = printed, S = scrapped, H = held for the customer, T = shipped';
create table brk_evt (brk_id int primary key, press_id int not null references press_mst, raised_ts timestamp not null);
comment on table brk_evt is 'Breakdowns reported by the operators';
create table svc_visit (visit_id int primary key, press_id int, visit_dt date not null);
comment on table svc_visit is 'Service visits by the engineer';
comment on column svc_visit.press_id is 'press (press_mst.press_id) serviced; NULL = whole floor';
create table press_crew (crew_id int primary key, press_id int not null references press_mst, role_cd char(1) not null, crew_nm text not null);
comment on column press_crew.role_cd is 'A = apprentice, M = minder, F = finisher';
insert into press_mst select n, date '2020-01-01' + 90 * n, 1000 * n from generate_series(1, 8) n;
insert into job_hdr select n, 1 + n % 8, date '2025-01-01' + n % 300, (array['Q', 'P', 'S', 'H'])[1 + n % 4], 100 + n from generate_series(1, 600) n;
insert into brk_evt select n, 1 + (n * n) % 8, timestamp '2024-10-01' + n * interval '17 hours' from generate_series(1, 700) n;
insert into press_crew select n, 1 + n % 8, (array['A', 'M', 'F'])[1 + n % 3], 'crew ' || n from generate_series(1, 30) n;
update job_hdr set finished_ts = booked_on + interval '1 day' + job_id * interval '1 hour' where job_sts = 'P';
update job_hdr set shipped_ts = finished_ts + interval '40 days' where job_id % 3 = 0;
update job_hdr set job_sts = 'T' where shipped_ts > timestamp '2025-10-01';
insert into svc_visit select n, 1 + n % 5, date '2025-01-01' + 11 * n from generate_series(1, 40) n;
"""


@pytest.fixture(scope="module")
def print_shop(pg_server):
    return made_up_catalog(pg_server, "t_print_shop", PRINT_SHOP, "print_shop")


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("how many jobs did we print each month", "how many jobs we printed each month"),
        ("what did they buy", "what they bought"),
        ("which jobs did we not print", "which jobs did we not print"),  # a negation stays as said
        ("which jobs did the night shift print", "which jobs did the night shift print"),  # a pronoun subject only
    ],
)
def test_a_question_asked_with_did_is_read_in_the_past_tense(question, plain):
    assert without_do_support(question) == plain


def test_a_state_asked_with_did_is_the_state_the_legend_names(print_shop, tmp_path):
    """'how many jobs did we print each month' counts the printed jobs (`job_sts = 'P'`), not every job; which date is
    the month of printing no column says (the jobs are grouped by `booked_on`, the booking), so that is asked about."""
    spec, gaps = written_spec("How many jobs did we print each month in 2025?", print_shop, tmp_path)
    assert [g.phrase for g in gaps] == ["printed"] and "job_hdr.booked_on" in gaps[0].readings
    assert "job_sts = 'P'" in str(spec["transformations"])


def test_a_ranking_by_rows_groups_by_their_own_reference(print_shop, tmp_path):
    """'top 3 presses by number of breakdowns' counts breakdowns per `brk_evt.press_id`; joining the service
    visits (whose `press_id` its comment calls 'press') would count each breakdown once per visit."""
    spec, gaps = written_spec("Top 3 presses by number of breakdowns raised in 2025", print_shop, tmp_path)
    assert gaps == []
    assert spec["source"]["table"] == "brk_evt"
    assert "svc_visit" not in str(spec["transformations"])


def test_rows_a_load_names_by_a_kind_of_theirs_are_those_rows(print_shop, tmp_path):
    """'load all the apprentices on our presses': the crew whose role is 'A = apprentice', not the presses
    that have an apprentice."""
    spec, gaps = written_spec("Load all the apprentices on our presses", print_shop, tmp_path)
    assert gaps == []
    assert spec["source"]["table"] == "press_crew" and "role_cd = 'A'" in str(spec["transformations"])


def test_a_code_named_with_an_article_is_said_without_it(print_shop, tmp_path):
    """'H = held for the customer' said 'held for customers' is that code."""
    spec, gaps = written_spec("Load the jobs held for customers", print_shop, tmp_path)
    assert gaps == []
    assert "job_sts = 'H'" in str(spec["transformations"])


def test_a_period_dates_the_act_a_question_asks_about(print_shop, tmp_path):
    """'which presses did we ship more than 20 jobs from during 2025': the year the jobs were shipped (`shipped_ts`),
    not the day they were booked (`booked_on`), though 'shipped' is read first as the jobs that have shipped."""
    spec, gaps = written_spec("Which presses did we ship more than 20 jobs from during 2025?", print_shop, tmp_path)
    assert gaps == []
    assert "toYear(shipped_ts) = 2025" in str(spec["transformations"])


def test_an_act_said_with_to_whom_and_when_is_dated_not_a_state(print_shop, tmp_path):
    """'more than 5 jobs shipped for them in 2025': the jobs whose `shipped_ts` is in 2025, not those whose status
    is 'T = shipped' now."""
    try:
        spec, gaps = written_spec("Which presses had more than 5 jobs shipped for them in 2025?", print_shop, tmp_path)
    except Refusal:
        return
    assert gaps or ("job_sts = 'T'" not in str(spec["transformations"]) and "toYear(shipped_ts) = 2025" in str(spec["transformations"]))
