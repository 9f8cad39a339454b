"""References a source does not declare, and the joins between a request's tables, on a schema
made up for these tests (a lending library with no constraints at all, and TPC-H-style prefixed keys)."""

from __future__ import annotations

import pytest

from ai_etl.agents.contracts import (
    Catalog,
    CatalogColumn,
    CatalogTable,
    GroundedPlan,
    Intent,
    MeasureIntent,
)
from ai_etl.agents.schema_analyst import (
    Refusal,
    _measure_each_row_once,
    ground,
    read_catalog,
)
from ai_etl.catalog.joins import AmbiguousJoin, NoJoinPath, distances, join_path
from ai_etl.language.request_parser import parse_request
from ai_etl.project_files import ProjectFolder
from ai_etl.spec import Project

LIBRARY = """
create table branch (branch_code text, city text);
insert into branch values ('N1', 'Oslo'), ('S2', 'Bergen'), ('E3', 'Oslo');
create table book (isbn text, title text, genre text, rating int);
insert into book values ('111', 'Dune', 'scifi', 5), ('222', 'Emma', 'classic', 4), ('333', 'Solaris', 'scifi', 3);
create table copy (copy_no int, isbn text, branch_code text, rating int);
insert into copy values (1, '111', 'N1', 5), (2, '111', 'S2', 5), (3, '222', 'N1', 4), (4, '333', 'E3', 3),
                        (5, '999', 'N1', 1);  -- a stray copy of a book the catalogue lost
create table member (member_id int, full_name text);
insert into member values (10, 'Ada'), (11, 'Bo'), (12, 'Cy');
create table loan (loan_no int, copy_no int, member_id int, days int, isbn_hint text);
insert into loan values (100, 1, 10, 7, 'x1'), (101, 2, 10, 3, 'x2'), (102, 3, 11, 14, 'x3'), (103, 1, 12, 5, 'x4');
create table staff (id int, name text);
insert into staff values (1, 'Kim'), (2, 'Lu'), (3, 'Mo');
create table shelf (id int, label text);
insert into shelf values (1, 'A'), (2, 'B');
create table ship (s_shipkey int, s_name text, s_tons int);
insert into ship values (1, 'Fram', 400), (2, 'Gjoa', 47);
create table voyage (v_voyagekey int, v_shipkey int, v_days int);
insert into voyage values (1, 1, 30), (2, 1, 45), (3, 2, 60);
"""


@pytest.fixture
def library(scratch_db) -> Catalog:
    with scratch_db.connect() as conn:
        conn.execute(LIBRARY)
        conn.commit()
    return read_catalog(scratch_db, "library")


def test_references_are_inferred_from_names_and_confirmed_by_the_data(library):
    refs = {t.name: t.references for t in library.tables}
    assert refs["copy"] == {"isbn": "book.isbn", "branch_code": "branch.branch_code"}  # one stray copy is tolerated
    assert refs["loan"] == {"copy_no": "copy.copy_no", "member_id": "member.member_id"}
    assert refs["voyage"] == {"v_shipkey": "ship.s_shipkey"}  # the same name once each table's prefix is dropped
    # generic names (`id`, `rating`) and identifiers of the table itself refer to nothing
    assert refs["shelf"] == refs["staff"] == refs["book"] == refs["member"] == {}


def test_no_reference_when_the_values_are_not_there(scratch_db):
    with scratch_db.connect() as conn:
        conn.execute(
            "create table author (author_id int, name text); insert into author values (1, 'A'), (2, 'B');"
            "create table note (note_id int, author_id int); insert into note values (1, 7), (2, 8), (3, 1);"
        )
        conn.commit()
    catalog = read_catalog(scratch_db, "notes")
    assert catalog.table("note").references == {}  # 2 of 3 author ids are unknown: a name alone is not a join


def test_a_column_naming_a_table_refers_to_its_one_identifier_whatever_it_is_called(scratch_db):
    """`trip.driver_id` -> `driver.drv_id`; `subscription.acct_id` -> `accounts` (the abbreviation), not the
    `acct_users` table its letters start."""
    with scratch_db.connect() as conn:
        conn.execute(
            "create table driver (drv_id int primary key, full_name text); insert into driver values (1, 'A'), (2, 'B');"
            "create table trip (trip_id int primary key, driver_id int); insert into trip values (1, 1), (2, 2), (3, 1);"
            "create table accounts (account_id int primary key, name text); insert into accounts values (1, 'X'), (2, 'Y');"
            "create table acct_users (user_id int primary key, account_id int); insert into acct_users values (1, 1), (2, 2);"
            "create table subscription (sub_id int primary key, acct_id int); insert into subscription values (1, 1), (2, 2);"
        )
        conn.commit()
    catalog = read_catalog(scratch_db, "fleet")
    assert catalog.table("trip").references == {"driver_id": "driver.drv_id"}
    assert catalog.table("subscription").references == {"acct_id": "accounts.account_id"}


def test_a_tables_own_key_refers_to_nothing_and_a_whole_name_beats_a_last_word(scratch_db):
    """No constraints: `plot.plot_id` is the plot's own key even where a link table's `plot_id` happens to
    be unique (`garden_plot`); a `plot_id` elsewhere refers to `plot` (its whole name), not to `garden_plot`
    (whose last word it also is)."""
    with scratch_db.connect() as conn:
        conn.execute(
            "create table plot (plot_id int, label text); insert into plot values (1, 'A'), (2, 'B'), (3, 'C');"
            "create table garden (garden_id int, name text); insert into garden values (1, 'North'), (2, 'South');"
            "create table garden_plot (garden_id int, plot_id int); insert into garden_plot values (1, 1), (1, 2), (2, 3);"
            "create table harvest (harvest_id int, plot_id int, kilos int); insert into harvest values (1, 1, 5), (2, 1, 7), (3, 3, 2);"
        )
        conn.commit()
    catalog = read_catalog(scratch_db, "club")
    assert catalog.table("plot").references == {}
    assert catalog.table("garden_plot").references == {"garden_id": "garden.garden_id", "plot_id": "plot.plot_id"}
    assert catalog.table("harvest").references == {"plot_id": "plot.plot_id"}


def test_an_abbreviated_key_refers_to_the_table_of_the_same_named_key(scratch_db):
    """`tkt_id` abbreviates `tickets` by its letters: the tickets' own key refers to nothing (it is not the
    `comment_id` of `tkt_comments`, whose name it starts), and an undeclared `attachments.tkt_id` refers to
    the key of the same name, not to the other table's identifier its ids happen to fall in."""
    with scratch_db.connect() as conn:
        conn.execute(
            "create table tickets (tkt_id int primary key, subject text); insert into tickets values (1, 'a'), (2, 'b'), (3, 'c');"
            "create table tkt_comments (comment_id int primary key, tkt_id int references tickets);"
            "insert into tkt_comments select n, 1 + n % 3 from generate_series(1, 6) n;"
            "create table attachments (attachment_id int primary key, tkt_id int); insert into attachments values (1, 2), (2, 3), (3, 3);"
        )
        conn.commit()
    catalog = read_catalog(scratch_db, "helpdesk")
    assert catalog.table("tickets").references == {}
    assert catalog.table("attachments").references == {"tkt_id": "tickets.tkt_id"}


def test_a_number_named_for_its_own_table_refers_to_nothing(scratch_db):
    """`karts.kart_no`, the number painted on each kart (1..30), fell inside the ids of `kart_maintenance_jobs`, whose name
    starts with 'kart': it was read as a reference, so 'karts with no workshop jobs' became karts whose own job is missing."""
    with scratch_db.connect() as conn:
        conn.execute(
            "create table karts (kart_id int primary key, kart_no smallint not null unique, model text);"
            "insert into karts select n, n, 'M' from generate_series(1, 12) n;"
            "create table kart_maintenance_jobs (job_id int primary key, kart_id int not null references karts, opened_on date);"
            "insert into kart_maintenance_jobs select n, 1 + n % 10, date '2025-01-01' + n from generate_series(1, 40) n;"
        )
        conn.commit()
    catalog = read_catalog(scratch_db, "karting")
    assert catalog.table("karts").references == {}


def test_join_paths_go_both_ways_and_mark_where_rows_fan_out(library):
    hops = join_path(library, "member", "book")
    assert [(h.table, h.left, h.right, h.fans_out) for h in hops] == [
        ("loan", "member.member_id", "member_id", True),
        ("copy", "loan.copy_no", "copy_no", False),
        ("book", "copy.isbn", "isbn", False),
    ]
    assert list(distances(library, "loan")) == ["loan", "copy", "member", "book", "branch"]
    with pytest.raises(NoJoinPath):
        join_path(library, "loan", "ship")


def test_two_equally_short_paths_are_an_ambiguity_not_a_guess():
    catalog = Catalog(
        connector="c",
        tables=[
            CatalogTable(name="paper", primary_key=["pid"], columns=[CatalogColumn(name="pid", type="integer")]),
            CatalogTable(
                name="citation",
                columns=[CatalogColumn(name="citing", type="integer"), CatalogColumn(name="cited", type="integer")],
                references={"citing": "paper.pid", "cited": "paper.pid"},
            ),
        ],
    )
    with pytest.raises(AmbiguousJoin, match=r"citation.cited.*or.*citation.citing|citation.citing.*or.*citation.cited"):
        join_path(catalog, "citation", "paper")


def table(name: str, *columns: str, **references: str) -> CatalogTable:
    """A table of integer columns, keyed by the first, for the join-graph tests."""
    return CatalogTable(name=name, primary_key=[columns[0]], columns=[CatalogColumn(name=c, type="integer") for c in columns], references=references)


def test_of_two_equally_short_paths_the_one_running_one_way_along_references_is_taken():
    """reservation -> room -> hotel gives each reservation one hotel; reservation <- review -> hotel gives the
    hotels its reviews name. From the hotel, its reservations are those of its rooms."""
    catalog = Catalog(connector="c", tables=[
        table("hotel", "hotel_id"), table("room", "room_id", "hotel_id", hotel_id="hotel.hotel_id"),
        table("reservation", "res_id", "room_id", room_id="room.room_id"),
        table("review", "review_id", "res_id", "hotel_id", res_id="reservation.res_id", hotel_id="hotel.hotel_id"),
    ])  # fmt: skip
    assert [h.table for h in join_path(catalog, "reservation", "hotel")] == ["room", "hotel"]
    assert [h.table for h in join_path(catalog, "hotel", "reservation")] == ["room", "reservation"]


def _folder(tmp_path) -> ProjectFolder:
    project = Project.model_validate(
        {"name": "lib", "connectors": {"library": {"type": "postgres", "url_env": "LIB_URL"}, "warehouse": {"type": "clickhouse"}}}
    )
    return ProjectFolder(root=tmp_path, project=project, pipelines={}, pipeline_files={})


def test_a_group_two_joins_away_is_reached_and_counted_once_per_row(library, tmp_path):
    request = "How many loans per book genre?"
    plan = ground(request, parse_request(request, library), library, _folder(tmp_path))
    assert plan.main_table == "loan"
    assert [j.table for j in plan.joins] == ["copy", "book"]
    assert [g.column for g in plan.intent.group_by] == ["book.genre"]
    assert plan.intent.measures[0].function == "count"  # many-to-one joins: rows stay one per loan


def test_counts_through_a_fan_out_count_distinct_rows_and_unsafe_sums_are_refused(library):
    book = library.table("book")
    assert book.primary_key == [] and book.identifier == "isbn"  # no key declared; the data shows isbn identifies a book
    plan = GroundedPlan(
        request="r", connector="library", intent=Intent(main_table="book", measures=[MeasureIntent(function="count", name="books")]),
        main_table="book", pipeline_name="p", target_table="p",
        joins=[{"table": "copy", "left_on": "book.isbn", "right_on": "isbn", "fans_out": True}],
    )  # fmt: skip
    _measure_each_row_once(plan, book)
    assert (plan.intent.measures[0].function, plan.intent.measures[0].column) == ("count_distinct", "book.isbn")
    plan.intent.measures = [MeasureIntent(function="sum", column="book.rating", name="total")]
    with pytest.raises(Refusal, match="once per match"):
        _measure_each_row_once(plan, book)
    with pytest.raises(Refusal, match="no key to count it by"):
        plan.intent.measures = [MeasureIntent(function="count", name="books")]
        _measure_each_row_once(plan, book.model_copy(update={"identifier": None}))


def test_the_values_of_a_fixed_width_column_are_read_without_their_padding(scratch_db):
    """`char(n)` pads with blanks; PostgreSQL compares without them and the loader writes them trimmed, so a
    request's '1-URGENT' must meet '1-URGENT', not '1-URGENT       '."""
    with scratch_db.connect() as conn:
        conn.execute(
            "create table ticket (ticket_id int primary key, severity char(12), queue varchar(20));"
            "insert into ticket values (1, '1-CRITICAL', 'ops'), (2, '3-MINOR', 'ops '), (3, '3-MINOR', 'desk');"
        )
        conn.commit()
    columns = {c.name: c for c in read_catalog(scratch_db, "helpdesk").table("ticket").columns}
    assert columns["severity"].values == ["1-CRITICAL", "3-MINOR"]
    assert columns["queue"].values == ["desk", "ops", "ops "]  # varchar keeps what was written
    intent = parse_request("copy the 1-CRITICAL tickets", read_catalog(scratch_db, "helpdesk"))
    assert [(c.column, c.value) for c in intent.conditions] == [("ticket.severity", "1-CRITICAL")]


def test_of_two_equally_short_paths_the_one_through_rows_referring_to_both_ends_is_taken():
    """A rower and a regatta race are related by the entries that name both, not by the club both belong to
    (every race the club hosts with every rower of the club)."""
    catalog = Catalog(connector="c", tables=[
        table("club", "club_id"), table("rower", "rower_id", "club_id", club_id="club.club_id"),
        table("race", "race_id", "club_id", club_id="club.club_id"),
        table("entry", "entry_id", "rower_id", "race_id", rower_id="rower.rower_id", race_id="race.race_id"),
    ])  # fmt: skip
    assert [h.table for h in join_path(catalog, "rower", "race")] == ["entry", "race"]
    assert [h.table for h in join_path(catalog, "race", "rower")] == ["entry", "rower"]
    with pytest.raises(AmbiguousJoin):  # two link tables: which one is meant is not said
        join_path(Catalog(connector="c", tables=[*catalog.tables, table("coach_note", "note_id", "rower_id", "race_id", rower_id="rower.rower_id", race_id="race.race_id")]), "rower", "race")


def test_two_ways_along_references_of_different_lengths_are_two_meanings():
    """An expense's department is its approver's (2 joins) or its project's (3 joins, through its program):
    the shortest was taken silently before, an answer by the approver's department where the project's was meant."""
    catalog = Catalog(connector="c", tables=[
        table("department", "dept_id"), table("staff", "staff_id", "dept_id", dept_id="department.dept_id"),
        table("program", "program_id", "dept_id", dept_id="department.dept_id"),
        table("project", "project_id", "program_id", program_id="program.program_id"),
        table("expense", "expense_id", "approved_by", "project_id", approved_by="staff.staff_id", project_id="project.project_id"),
    ])  # fmt: skip
    for start, goal in (("expense", "department"), ("department", "expense")):
        with pytest.raises(AmbiguousJoin, match="approved_by.*or.*project_id|project_id.*or.*approved_by"):
            join_path(catalog, start, goal)
    assert [h.table for h in join_path(catalog, "expense", "staff")] == ["staff"]  # one join: the column says it


def test_a_rows_own_reference_wins_walked_either_way():
    """An invoice's customer is its hire's own `cust_id`, not that of the quote the hire came from; walked back,
    a customer's invoices are those of its own hires (before: 'linked in more than one way', refused)."""
    catalog = Catalog(connector="c", tables=[
        table("customers", "cust_id"), table("quote", "quote_no", "cust_id", cust_id="customers.cust_id"),
        table("hires", "hire_no", "cust_id", "quote_no", cust_id="customers.cust_id", quote_no="quote.quote_no"),
        table("invoices", "inv_no", "hire_no", hire_no="hires.hire_no"),
    ])  # fmt: skip
    assert [h.table for h in join_path(catalog, "invoices", "customers")] == ["hires", "customers"]
    assert [(h.table, h.left) for h in join_path(catalog, "customers", "invoices")] == [("hires", "customers.cust_id"), ("invoices", "hires.hire_no")]
    assert [h.table for h in join_path(catalog, "customers", "hires")] == ["hires"]


def test_a_rows_own_reference_to_the_table_both_ways_meet_wins():
    """A repair's landlord is that of the repair's own property (`prop_id`), not reached through its tenancy's property;
    walked back, a landlord's repairs are those of its properties (before: 'linked in more than one way', refused)."""
    catalog = Catalog(connector="c", tables=[
        table("landlords", "ll_id"), table("property", "prop_id", "ll_id", ll_id="landlords.ll_id"),
        table("tenancies", "tncy_id", "prop_id", prop_id="property.prop_id"),
        table("repairs", "repair_id", "prop_id", "tncy_id", prop_id="property.prop_id", tncy_id="tenancies.tncy_id"),
    ])  # fmt: skip
    assert [h.left for h in join_path(catalog, "repairs", "landlords")] == ["repairs.prop_id", "property.ll_id"]
    assert [h.table for h in join_path(catalog, "landlords", "repairs")] == ["property", "repairs"]
