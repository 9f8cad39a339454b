"""A lab's mouse house, made up for these tests on a real PostgreSQL (the readings the thirty-ninth session found
wrong or refused on its blind sets, on words made up for them): a table said in its irregular plural ('mice' of
`mouse`, never the cages a comment says 'mice are kept in'), a column holding a list of codes ('G,H' of 'Comma-
separated diet codes'), a legend's act noun said by its verb ('where we sterilised' of 'S = sterilisation'), the
head noun of what is counted ('cage health checks' are checks, not cages), a table named with a `tbl_` prefix, a
percentage of rows a year said before their noun, and rounding ('to one decimal place')."""

from __future__ import annotations

import chdb
import pytest
from written_spec import aggregate_step, filters, made_up_catalog, written_spec

from ai_etl.catalog.code_lists import list_separator
from ai_etl.catalog.comments import yes_phrases
from ai_etl.language.request_text import plural, singular, table_aliases
from ai_etl.offline_model.spec_writer import holds_sql

MOUSE_HOUSE = """
create table tech (tech_id int primary key, full_nm text not null);
comment on table tech is 'Animal technicians';
create table cage (cage_id int primary key, rack text not null, cap int not null, installed_on date not null);
comment on table cage is 'The cages mice are kept in. Each mouse lives in one cage at a time.';
create table mouse (mouse_id int primary key, cage_id int not null references cage, born_on date not null, culled_on date, diet text, weight_g numeric(5,1) not null);
comment on table mouse is 'Every mouse bred or bought in, including those culled';
comment on column mouse.culled_on is 'Day the mouse was culled; NULL = still alive';
comment on column mouse.diet is 'Comma-separated diet codes: G = gluten free, H = high fat, L = low protein. NULL = standard chow';
create table procedure_log (proc_id int primary key, mouse_id int not null references mouse, done_on date not null, method char(1) not null);
comment on table procedure_log is 'Procedures done on mice';
comment on column procedure_log.method is 'I = injection, S = sterilisation, X = examination.';
create table cage_check (check_id int primary key, cage_id int not null references cage, tech_id int not null references tech, checked_on date not null, water_ok boolean not null);
comment on table cage_check is 'Health checks of cages on the daily round';
create table tbl_cage_cln (cln_id int primary key, cage_id int not null references cage, cln_on date not null, sts char(1) not null);
create table feed_order (ord_id int primary key, ordered_on date not null, kg numeric(6,1) not null, cost numeric(8,2) not null, st char(1) not null);
comment on table feed_order is 'Feed orders whose sacks the supplier brings to the mouse house';
comment on column feed_order.st is 'D = delivered, X = cancelled by the supplier, R = returned (damaged sacks)';
create table cull_batch (batch_id int primary key, culled_on date not null, n int not null);
comment on table cull_batch is 'Mice culled together at the end of a study';
create table vet_invoice (inv_id int primary key, billed_on date not null, amt numeric(8,2) not null, settled_on date);
comment on table vet_invoice is 'Invoices from the vet';
comment on column vet_invoice.settled_on is 'Day we paid it; NULL = not paid yet';
create table grant_paid (gp_id int primary key, paid_on date not null, amt numeric(9,2) not null);
comment on table grant_paid is 'Grant money paid to the lab';
create table till_slip (slip_id int primary key, rung_at timestamp not null, pay char(1) not null, voided boolean not null);
comment on table till_slip is 'Till slips from the visitor centre shop';
comment on column till_slip.pay is 'C = cash, K = card';
comment on column till_slip.voided is 'TRUE = slip cancelled at the till: not a sale, nothing was taken.';
comment on table tbl_cage_cln is 'Cage cleaning rota: when each cage was due a clean';
comment on column tbl_cage_cln.sts is 'D = done on time, L = late, M = missed';
insert into tech select n, 'Tech ' || n from generate_series(1, 6) n;
insert into cage select n, 'R' || (n % 4), 5, date '2023-01-01' + n from generate_series(1, 30) n;
insert into mouse select n, 1 + n % 30, date '2024-01-01' + n, case when n % 3 = 0 then date '2025-01-01' + n end,
  (array['G', 'H', 'G,H', 'H, L', null])[1 + n % 5], 18 + n % 9 * 1.3 from generate_series(1, 200) n;
insert into procedure_log select n, 1 + n % 200, date '2024-06-01' + n, (array['I', 'S', 'X'])[1 + n % 3] from generate_series(1, 300) n;
insert into cage_check select n, 1 + n % 30, 1 + n % 6, date '2025-01-01' + n % 365, n % 11 <> 0 from generate_series(1, 400) n;
insert into feed_order select n, date '2024-01-01' + n * 5, 20 + n % 7, 60 + n % 9 * 4.5, (array['D', 'D', 'X', 'R'])[1 + n % 4] from generate_series(1, 180) n;
insert into vet_invoice select n, date '2025-01-01' + n * 9, 40 + n % 7 * 12.5, case when n % 4 <> 0 then date '2025-01-20' + n * 9 end from generate_series(1, 40) n;
insert into grant_paid select n, date '2024-01-01' + n * 60, 5000 + n * 100 from generate_series(1, 15) n;
insert into till_slip select n, timestamp '2024-03-01 10:00' + n * interval '2 days', (array['C', 'K'])[1 + n % 2], n % 13 = 0 from generate_series(1, 500) n;
insert into cull_batch select n, date '2024-02-01' + n * 11, 3 + n % 5 from generate_series(1, 60) n;
insert into tbl_cage_cln select n, 1 + n % 30, date '2024-07-01' + n * 2, (array['D', 'D', 'L', 'M'])[1 + n % 4] from generate_series(1, 300) n;
"""


@pytest.fixture(scope="module")
def mouse_house(pg_server):
    return made_up_catalog(pg_server, "t_mouse_house", MOUSE_HOUSE, "lab")


@pytest.mark.parametrize(("one", "many"), [("child", "children"), ("mouse", "mice"), ("criterion", "criteria"), ("wolf", "wolves"), ("order", "orders"), ("staff", "staffs")])
def test_irregular_plurals(one, many):
    assert plural(one) == many
    assert singular(many) == one or many.endswith("ves")  # ('wolves' -> 'wolve': only the plural is the lexicon's)


def test_a_table_said_in_its_irregular_plural(mouse_house, tmp_path):
    """'mice' are the rows of `mouse`, never of `cage`, whose comment says 'The cages mice are kept in'."""
    assert "mice" not in mouse_house.table("cage").called
    spec, gaps = written_spec("Load the mice culled in 2025.", mouse_house, tmp_path)
    assert not gaps
    assert spec["source"]["table"] == "mouse"
    assert filters(spec) == "toYear(culled_on) = 2025"


def test_a_column_of_code_lists_holds_its_codes_as_values(mouse_house):
    diet = mouse_house.table("mouse").column("diet")
    assert diet.separator == ","
    assert diet.values == ["G", "H", "L"]
    assert diet.value_names["H"][0] == "high fat"


def test_a_list_of_codes_is_known_by_its_legend_without_the_word_separated():
    assert list_separator("Allergens: M = milk, E = egg, N = nuts", ["E,M", "M", "N"]) == ","
    assert list_separator("Status: A = active, C = closed", ["A", "C"]) is None
    assert list_separator("Free text note", ["fish, chips", "peas"]) is None  # no legend names the pieces


def test_a_code_of_a_list_is_a_member_of_it(mouse_house, tmp_path):
    """'on a high fat diet' of lists 'G,H': the mice whose list holds H (not the value 'H' alone, which missed 'G,H')."""
    spec, gaps = written_spec("Load the mice on a high fat diet", mouse_house, tmp_path)
    assert not gaps
    condition = filters(spec)
    assert condition == holds_sql("diet", ",", ["H"])
    rows = chdb.query(f"select d from (select arrayJoin(['G', 'H', 'G,H', 'H, L', 'HH']) as d) where {condition.replace('diet', 'd')} order by d", "CSV").data()
    assert rows.splitlines() == ['"G,H"', '"H"', '"H, L"']


def test_a_legend_act_noun_said_by_its_verb(mouse_house, tmp_path):
    """'where we sterilised' of 'S = sterilisation' (the examinations and injections are other procedures)."""
    spec, gaps = written_spec("Copy every procedure where we sterilised, weekly", mouse_house, tmp_path)
    assert not gaps
    assert spec["source"]["table"] == "procedure_log"
    assert filters(spec) == "method = 'S'"


def test_what_is_counted_is_the_head_noun(mouse_house, tmp_path):
    """'more than 60 cage health checks' counts the checks, never the distinct cages checked."""
    spec, gaps = written_spec("Which technicians did more than 60 cage health checks in 2025, and how many checks did each of them do?", mouse_house, tmp_path)
    assert not gaps
    step = aggregate_step(spec)
    assert [m["expr"] for m in step["measures"]] == ["count()"]
    having = next(t["condition"] for t in spec["transformations"] if t["type"] == "filter" and ">" in t["condition"])
    assert having == f"{step['measures'][0]['name']} > 60"


@pytest.mark.parametrize(("table", "said"), [("tbl_tee_booking", "tee bookings"), ("dim_sales_region", "sales region")])
def test_a_table_marker_is_no_word_of_its_name(table, said):
    """`tbl_tee_booking` is said 'tee bookings' as `tee_booking` would be (a golf club's 'tee bookings' had found no table)."""
    assert table_aliases(table).get(said) == 3


def test_a_table_named_with_a_tbl_prefix(mouse_house, tmp_path):
    spec, gaps = written_spec("How many cage cleans were missed in 2025?", mouse_house, tmp_path)
    assert not gaps
    assert spec["source"]["table"] == "tbl_cage_cln"
    assert filters(spec) == "sts = 'M' and toYear(cln_on) = 2025"


@pytest.mark.parametrize(
    "request_",
    [
        "What percentage of our 2025 cage cleans were late? To one decimal place.",
        "What percentage of the cage cleans in 2025 were late, rounded to 1 decimal place?",
    ],
)
def test_a_percentage_of_the_rows_of_a_year_rounded(mouse_house, tmp_path, request_):
    """The year says which cleans the percentage is of (all of them, late or not); the rounding is the amount's."""
    spec, gaps = written_spec(request_, mouse_house, tmp_path)
    assert not gaps
    assert filters(spec) == "toYear(cln_on) = 2025"
    assert [m["expr"] for m in aggregate_step(spec)["measures"]] == ["round(100 * toFloat64(countIf(sts = 'L')) / nullIf(count(), 0), 1)"]


def test_rounding_to_whole_numbers_and_counts_stay_whole(mouse_house, tmp_path):
    spec, gaps = written_spec("The number of mice and their average weight in each cage, rounded to the nearest whole number", mouse_house, tmp_path)
    assert not gaps
    assert sorted(m["expr"] for m in aggregate_step(spec)["measures"]) == ["count()", "round(sum(toDecimal128(weight_g, 9)) / nullIf(count(weight_g), 0), 0)"]


def test_rounding_with_nothing_to_round_is_refused(mouse_house, tmp_path):
    _, gaps = written_spec("Load the cage cleans to two decimal places", mouse_house, tmp_path)
    assert any("decimal" in g.phrase for g in gaps)


def test_an_adverb_in_a_do_supported_question(mouse_house, tmp_path):
    """'how many procedures did we actually do' had become the unknown word 'actuallied'."""
    from ai_etl.language.request_text import without_do_support

    assert without_do_support("how many kilos did we actually take in") == "how many kilos actually we took in"
    assert without_do_support("which jobs did we not finish") == "which jobs did we not finish"


def test_comment_names_stop_at_whose_and_skip_what_every_table_is_about(mouse_house):
    """'Chow ordered for the mice, whose cages ...' names no 'whose'; 'Mice culled together ...' names no 'mice', which the
    comments of the cages and the procedures say too (the mice are `mouse`)."""
    assert not any("whose" in name for name in mouse_house.table("feed_order").called)
    assert "mice" not in mouse_house.table("cull_batch").called


def test_a_yes_state_said_with_where_it_happened(mouse_house, tmp_path):
    """'TRUE = slip cancelled at the till: not a sale': 'leaving out any that got cancelled at the till' keeps the others;
    'shop slips' are all of them (the comment says they come from the shop)."""
    assert "cancelled at the till" in yes_phrases(mouse_house.table("till_slip").column("voided").comment)
    spec, gaps = written_spec("Load the shop slips from 2026 paid in cash, leaving out any that got cancelled at the till", mouse_house, tmp_path)
    assert not gaps
    assert filters(spec) == "pay = 'C' and not voided and toYear(rung_at) = 2026"


def test_a_place_that_is_one_of_several_is_no_place_of_every_row(mouse_house, tmp_path):
    """'Bookings at the courts and lanes': 'court bookings' would be some of them, never accounted for by the comment."""
    from ai_etl.language.coverage import _place_of_every_row

    assert _place_of_every_row("Till slips from the visitor centre shop") == ["shop"]
    assert _place_of_every_row("Bookings at the courts and lanes") == []


def test_a_participle_in_a_table_name_names_no_table(mouse_house, tmp_path):
    """`grant_paid` is named by no 'paid': 'the vet invoices we still haven't paid' are no grants (it had been read as
    'without grant_paid' and refused)."""
    assert "paid" not in table_aliases("grant_paid")
    spec, gaps = written_spec("Load the vet invoices we still haven't paid", mouse_house, tmp_path)
    assert not gaps
    assert spec["source"]["table"] == "vet_invoice"
    assert filters(spec) == "settled_on is null"


def test_a_plural_name_narrowed_by_a_clause_stays_however_many_comments_say_it():
    """'Patients registered with the clinic' names the patients though other tables' comments say patients too; 'Fish
    thrown away unsold' names no table where every comment is about fish."""
    from ai_etl.agents.contracts import CatalogTable
    from ai_etl.catalog.comments import comment_names, without_other_tables_names

    def table(name: str, comment: str) -> CatalogTable:
        return CatalogTable(name=name, columns=[], comment=comment, called=comment_names(comment))

    tables = [table("pt", "Patients registered with the clinic"), table("visit", "Visits of patients"), table("bill", "Bills sent to patients"),
              table("waste", "Fish thrown away unsold"), table("batch", "Batches of fish in stock"), table("lot", "Lots of fish bought")]
    without_other_tables_names(tables)
    assert "patients" in tables[0].called
    assert "fish" not in tables[3].called


@pytest.mark.parametrize(
    "request_",
    [
        "(email) Hi, can you set up a table called monthly_culls with the number of mice culled in each month of 2025? Thanks, Sam (Lab manager)",
        "Hello team: please set up a table called monthly_culls with the number of mice culled in each month of 2025. Kind regards, Sam Jones - lab manager",
    ],
)
def test_a_request_sent_as_a_message(mouse_house, tmp_path, request_):
    """The greeting and the sign-off say nothing of the pipeline; 'set up a table' is the pipeline asked for, never the
    act 'installed' the cages' dates record."""
    spec, gaps = written_spec(request_, mouse_house, tmp_path)
    assert not gaps
    assert spec["target"]["table"] == "monthly_culls"
    assert spec["source"]["table"] == "mouse"


def test_among_is_a_function_word(mouse_house, tmp_path):
    """'the highest weight among the mice born in 2024': 'among' says of which rows, as 'of' would."""
    spec, gaps = written_spec("What are the lowest and the highest weight among the mice born in 2024?", mouse_house, tmp_path)
    assert not gaps
    assert filters(spec) == "toYear(born_on) = 2024"
    assert [m["expr"] for m in aggregate_step(spec)["measures"]] == ["min(weight_g)", "max(weight_g)"]


@pytest.mark.parametrize(
    "request_",
    [
        "need: busiest day of the week for procedures in 2025",
        "Which days of the week are busiest for procedures in 2025?",
        "What was the busiest day of the week for procedures in 2025?",
    ],
)
def test_the_busiest_group_for_some_rows_is_the_one_with_the_most(mouse_house, tmp_path, request_):
    """'busiest ... for procedures': the weekday with the most procedures ('busiest weekday' had been left unplaced)."""
    spec, gaps = written_spec(request_, mouse_house, tmp_path)
    assert not gaps
    assert spec["source"]["table"] == "procedure_log"
    assert [m["expr"] for m in aggregate_step(spec)["measures"]] == ["count()"]
    ranked = next(t["sql"] for t in spec["transformations"] if t["type"] == "sql")
    assert " desc" in ranked and ranked.endswith("limit 1")
