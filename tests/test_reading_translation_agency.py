"""A translation agency made up for these tests, on a real PostgreSQL (the readings of the twenty-seventh session, on
words made up for them): 'of the estimates sent in 2025, what percentage were refused' (the rows said first, what is
counted of them after); 'what percentage did the client approve' (a do-supported verb after a noun subject, the rows
its object); 'approved by the client' (the one who acts on each row is the row's own client, not which of them);
'right now' is 'currently'; a code column whose comment says 'same scale as grade_first' names its codes as that
column's legend does; 'the current juniors' are current linguists; 'each team' leaves out the rows in no team. The
blind choir set's readings, on other words; 'later than the date we agreed' is 'after the agreed date'."""

from __future__ import annotations

import pytest
from written_spec import aggregate_step, filters, made_up_catalog, written_spec

from ai_etl.language.ratios import without_do_support_of_a_subject
from ai_etl.language.request_text import plain_wording

TRANSLATION_AGENCY = """
create table client (cl_id int primary key, cl_nm text not null, sector text not null);
comment on table client is 'Companies we translate for';
create table est (est_id int primary key, cl_id int not null references client, pm_init text not null, est_dt date not null,
    amt_eur numeric(8,2) not null, est_stat char(1) not null, refuse_rsn char(2), decided_on date);
comment on table est is 'Estimates (quotes) sent to clients';
comment on column est.pm_init is 'initials of the project manager who sent the estimate';
comment on column est.est_stat is 'S = submitted (awaiting the client), A = approved, R = refused, E = expired';
comment on column est.refuse_rsn is 'reason the client refused: PR = price, DL = deadline; NULL unless refused';
comment on column est.decided_on is 'date the client approved or refused; NULL otherwise';
create table linguist (lg_id int primary key, lg_nm text not null, lang_pair text not null, seniority char(1) not null, team_cd char(2),
    left_on date);
comment on column linguist.seniority is 'S = senior, J = junior';
comment on column linguist.team_cd is 'LG = legal team, MD = medical team, GM = games team; NULL = not in a team (freelancer)';
comment on column linguist.left_on is 'last day with the agency; NULL = still with us';
create table assignment (asg_id int primary key, est_id int not null references est, lg_id int not null references linguist,
    words int not null, delivered_on date, grade_first char(1) not null, grade_final char(1), agreed_dt date not null);
comment on column assignment.agreed_dt is 'delivery date agreed with the client';
comment on column assignment.grade_first is 'quality grade of the first draft: E = excellent, A = acceptable, P = poor (needs rework)';
comment on column assignment.grade_final is 'quality grade of the delivered text, same scale as grade_first; NULL until delivered';
comment on column assignment.delivered_on is 'date the translation was delivered; NULL = not delivered yet';
insert into client select n, 'Client ' || n, (array['legal', 'medical', 'games'])[1 + n % 3] from generate_series(1, 15) n;
insert into est select n, 1 + n % 15, (array['AB', 'CD', 'EF', 'GH'])[1 + n % 4], date '2024-06-01' + n * 4, 300 + (n * 53) % 4000,
    (array['S', 'A', 'R', 'A', 'E', 'R'])[1 + n % 6], case when n % 6 in (2, 5) then (array['PR', 'DL'])[1 + n % 2] end,
    case when n % 6 in (1, 2, 3, 5) then date '2024-06-05' + n * 4 end
    from generate_series(1, 180) n;
insert into linguist select n, 'Linguist ' || n, (array['en-de', 'en-fr', 'de-en'])[1 + n % 3], (array['S', 'J'])[1 + n % 2],
    (array['LG', 'MD', 'GM', null])[1 + n % 4], case when n % 5 = 0 then date '2025-03-31' end from generate_series(1, 20) n;
insert into assignment select n, 1 + (n * 7) % 180, 1 + n % 20, 500 + (n * 97) % 6000,
    case when n % 5 = 0 then null else date '2024-07-01' + n * 3 end, (array['E', 'A'])[1 + n % 2],
    case when n % 5 <> 0 then (array['E', 'A', 'P'])[1 + n % 3] end, date '2024-07-03' + n * 3 from generate_series(1, 120) n;
"""


@pytest.fixture(scope="module")
def translation_agency(pg_server):
    return made_up_catalog(pg_server, "t_translation_agency", TRANSLATION_AGENCY, "agency")


def test_the_rows_said_first_and_what_is_counted_of_them_after(translation_agency, tmp_path):
    """Before, 'of the estimates ..., what percentage ...' was not read: a gap 'percentage'."""
    spec, gaps = written_spec("Of the estimates sent in 2025, what percentage were refused because of price?", translation_agency, tmp_path)
    assert gaps == [] and "toYear(est_dt) = 2025" in filters(spec)
    assert aggregate_step(spec)["measures"][0]["expr"] == "100 * toFloat64(countIf(est_stat = 'R' and refuse_rsn = 'PR')) / nullIf(count(), 0)"


def test_a_percentage_the_rows_own_parent_decided_per_group(translation_agency, tmp_path):
    spec, gaps = written_spec("Out of all the estimates each project manager has sent, what percentage did the client approve?", translation_agency, tmp_path)
    aggregate = aggregate_step(spec)
    assert gaps == [] and aggregate["group_by"] == ["pm_init"] and "countIf(est_stat = 'A')" in aggregate["measures"][0]["expr"]


def test_a_do_supported_verb_after_a_noun_subject_in_a_percentage(translation_agency, tmp_path):
    assert without_do_support_of_a_subject("did the client approve") == "were approved by the client"
    assert without_do_support_of_a_subject("did each of them") == "did each of them"
    spec, gaps = written_spec("What share of estimates did clients refuse, per project manager?", translation_agency, tmp_path)
    aggregate = aggregate_step(spec)
    assert aggregate["group_by"] == ["pm_init"] and aggregate["measures"][0]["expr"] == "toFloat64(countIf(est_stat = 'R')) / nullIf(count(), 0)"


def test_the_agent_of_an_act_on_each_row_is_its_own_parent(translation_agency, tmp_path):
    """'approved by the client': every estimate has its client; before, 'client' was a gap."""
    spec, gaps = written_spec("Load the estimates approved by the client", translation_agency, tmp_path)
    assert gaps == [] and filters(spec) == "est_stat = 'A'"


def test_right_now_is_currently():
    assert plain_wording("which pieces are on display right now, at the moment").split() == "which pieces are on display currently, currently".split()


def test_a_legend_given_once_names_the_codes_of_a_column_on_the_same_scale(translation_agency, tmp_path):
    """`grade_final` 'same scale as grade_first': before, 'poor' named nothing (the first grades hold no 'P'), and the
    request was written for every assignment, reported valid."""
    final = translation_agency.table("assignment").column("grade_final")
    assert final.value_names.get("P") == ["poor", "needs rework"]
    spec, gaps = written_spec("Load the assignments where the final grade was poor", translation_agency, tmp_path)
    assert gaps == [] and filters(spec) == "grade_final = 'P'"


def test_current_said_of_rows_named_by_a_value(translation_agency, tmp_path):
    """'the current juniors': linguists still with us whose seniority is 'J = junior' (before, 'current' passed unread)."""
    spec, gaps = written_spec("Load the current juniors of the legal team", translation_agency, tmp_path)
    assert gaps == [] and set(filters(spec).split(" and ")) == {"left_on is null", "seniority = 'J'", "team_cd = 'LG'"}


def test_each_team_leaves_out_the_rows_in_no_team(translation_agency, tmp_path):
    spec, gaps = written_spec("How many current linguists does each team have?", translation_agency, tmp_path)
    assert gaps == [] and set(filters(spec).split(" and ")) == {"left_on is null", "isNotNull(team_cd)"}


def test_a_legends_word_for_a_code_no_row_holds_is_not_wording(translation_agency):
    """No first draft is graded 'P = poor': the word names no rows to read, but it is a state, so coverage must not pass it
    as wording (before, 'returned damaged' of such a code was written as every loan, reported valid)."""
    from ai_etl.catalog.comments import unheld_forms
    from ai_etl.language.coverage import SchemaIndex

    first = translation_agency.table("assignment").column("grade_first")
    assert unheld_forms(first) == [("poor", "P"), ("needs rework", "P")]
    assert ("assignment", "grade_first", "P") in SchemaIndex(translation_agency).values["poor"]


def test_later_than_the_date_we_agreed_is_after_the_agreed_date(translation_agency, tmp_path):
    assert plain_wording("delivered later than the date we agreed").split() == "delivered after the agreed date".split()
    assert plain_wording("no later than friday").split() == "no later than friday".split()
    spec, gaps = written_spec("Load the assignments that were delivered later than the date we agreed", translation_agency, tmp_path)
    assert gaps == [] and filters(spec) == "delivered_on > agreed_dt"
