"""Names the schema's owner wrote in comments, on a real PostgreSQL (a made-up marina: `slip` rows are
'Boat berths rented by the season', `slip.mo_fee` is the 'current monthly asking fee', a repair job's
`tech_id` is the 'mechanic assigned'): a request says 'berths', 'asking fee' and 'mechanic', never the names."""

from __future__ import annotations

import pytest
from written_spec import written_spec

from ai_etl.agents.schema_analyst import read_catalog
from ai_etl.catalog.comments import comment_names, null_forms, null_names, yes_phrases

MARINA = """
create table dock (dock_id int primary key, dock_nm text not null);
create table slip (slip_id int primary key, dock_id int not null references dock, length_ft int not null, mo_fee numeric(8,2) not null);
comment on table slip is 'Boat berths rented by the season';
comment on column slip.mo_fee is 'current monthly asking fee, USD';
comment on column slip.length_ft is 'usable length; 0 = dinghy rack';
create table staff (staff_id int primary key, staff_nm text not null, role_cd text not null);
comment on column staff.role_cd is 'harbour, office, yard or fuel';
create table repair_job (job_id int primary key, slip_id int references slip, tech_id int references staff, opened_on date not null, hours numeric(5,1), signed_off date);
comment on column repair_job.tech_id is 'mechanic assigned; NULL = not yet assigned';
comment on column repair_job.signed_off is 'day the owner accepted the work; NULL = still in progress';
insert into dock values (1, 'North'), (2, 'South'), (3, 'East');
insert into slip select n, 1 + n % 3, 20 + n, 300 + 10 * n from generate_series(1, 12) n;
insert into staff select n, 'staffer ' || n, (array['harbour', 'office', 'yard', 'fuel'])[1 + n % 4] from generate_series(1, 6) n;
insert into repair_job select n, 1 + n % 12, case when n % 5 = 0 then null else 1 + n % 4 end, date '2025-01-01' + n, n % 7,
    case when n % 3 = 0 then null else date '2025-01-05' + n end from generate_series(1, 40) n;
"""


@pytest.fixture
def marina(scratch_db):
    with scratch_db.connect() as conn:
        conn.execute(MARINA)
        conn.commit()
    return read_catalog(scratch_db, "marina")


@pytest.mark.parametrize(
    ("comment", "names"),
    [
        ("Boat berths rented by the season", ["boat berths", "berths"]),
        ("Engineers' bill, pounds", ["engineers bill", "bill"]),  # a possessive: whose, then the noun (before: nothing)
        ("The skipper's fee, GBP", ["skipper fee", "fee"]),
        ("current monthly asking fee, USD", ["current monthly asking fee", "monthly asking fee", "asking fee"]),
        ("One row per charter booking", ["charter booking", "booking"]),
        ("List of growers and packers", ["growers", "packers"]),
        ("agreed hourly rate", ["agreed hourly rate", "hourly rate"]),
        ("total cost of the repair, USD", ["total cost", "cost"]),
        ("A = active, L = lapsed", []),  # a legend of codes
        ("harbour, office, yard or fuel", []),  # the values listed
        ("number of cabins; 0 = day boat", []),  # 'number' names nothing alone
        ("charged when paid late", []),
        ("When the boat was hauled out of the water for the winter season", []),  # prose
        ("Haul-out calendar: one row per booked lift slot", ["haul-out calendar", "calendar", "booked lift slot", "lift slot"]),
        ("Open-water sailing (OWS) lessons", ["open-water sailing lessons", "sailing lessons"]),
        ("hull material: F = fibreglass, W = wood, S = steel", ["hull material"]),  # the lead-in of a legend, whole
        ("state of charge: E = empty, F = full", ["state of charge"]),
        # a plural name in brackets is another name; a qualifier in brackets is not; a list after the name explains it
        ("Deckhands (sailors) hired by the season", ["deckhands", "sailors"]),
        ("Skippers (licensed) and mates", ["skippers", "mates"]),
        ("Referees (junior) and umpires (senior)", ["referees", "umpires"]),  # a qualifier in brackets, then another name
        ("Dinghies / tenders kept ashore", ["dinghies", "tenders"]),  # a slash between two names: either
        ("Lift passes, one per guest and week (2025)", ["lift passes", "passes"]),  # ', one per' explains
        ("Charter contracts (the hiring skipper; one contract per trip)", ["charter contracts", "contracts", "hiring skippers", "skippers"]),
        ("Fuel dockets (pump slips), one per fill-up, diesel or petrol", ["fuel dockets", "dockets", "pump slips", "slips"]),
        ("Mooring invoices (bills), one per berth and month", ["mooring invoices", "invoices", "bills"]),
        ("Winter storage contracts signed with owners, boatyards and clubs", ["winter storage contracts", "storage contracts"]),
        ("Log entries (engine, fuel or hull)", ["log entries", "entries"]),
        # a clause opened by a pronoun ends the name; a participle before a noun describes it; a long name keeps its head
        ("Moorings we let to visitors", ["moorings"]),
        ("Crew-led guided sails", ["crew-led guided sails", "guided sails"]),
        ("Harbour club rewards scheme members", ["club rewards scheme members", "rewards scheme members", "scheme members"]),
        ("Boats in the register (yachts and motor cruisers)", ["boats", "yachts", "motor cruisers", "cruisers"]),
        # a register of things names the things; a colon's restatement and a bracket's 'and' name them too
        ("Berth master: owners registered with a mooring", ["berth master", "berth"]),
        ("Chandlers: the suppliers who deliver to the pontoons", ["chandlers", "suppliers"]),
        ("Skippers (and mates) on the roster", ["skippers", "mates"]),
        ("Every change to a slip's fee", ["change"]),
        # (blind sets of the thirtieth session) the rows, then kinds of them, are no list of values; an adverb or a
        # 'what' ends the name; a grain of two things names neither
        ("Deckhands, seasonal or permanent", ["deckhands"]),
        ("Owners, private and corporate", ["owners"]),
        ("winch usually serviced; NULL = none", ["winch"]),
        ("Damage reports and what was done about them", ["damage reports", "reports"]),
        ("Pump-outs: one row per boat per visit", ["pump-outs"]),
        ("Day charters outside the harbour limits", ["day charters", "charters"]),
        ("Survey reports of our RYA-rated boats", ["survey reports", "reports"]),  # an acronym in prose is no code legend
        ("Booked lifts up to the end of the season", ["booked lifts", "lifts"]),
        ("Skippers and mates each boat is crewed by", ["skippers", "mates"]),
        ("Crew on each sail: one row for a solo sail, 2-4 rows for a crewed sail", ["crew"]),
        ("Feedback owners gave after a lift", ["feedback"]),  # a verb in the simple past has its subject before it
        ("Hygiene rating out of 5 (0-5); only for H visits", ["hygiene rating", "rating"]),  # what it is marked out of: no name
    ],
)
def test_the_names_a_comment_opens_with(comment, names):
    assert comment_names(comment) == names


def test_the_catalog_keeps_what_comments_call_tables_and_columns(marina):
    assert marina.table("slip").comment == "Boat berths rented by the season"
    assert {"berths", "boat berths"} <= set(marina.table("slip").called)
    assert "asking fee" in marina.table("slip").column("mo_fee").called
    assert "mechanic" in marina.table("staff").called  # what `repair_job.tech_id`'s comment calls the staff it refers to
    assert marina.table("staff").column("role_cd").called == []


def test_a_table_is_said_by_its_comment(marina, tmp_path):
    spec, gaps = written_spec("Load the berths every night at 2", marina, tmp_path)
    assert spec["source"]["table"] == "slip" and gaps == []


def test_a_column_is_said_by_its_comment(marina, tmp_path):
    spec, gaps = written_spec("Average asking fee of the berths per dock", marina, tmp_path)
    assert gaps == [] and "avg(mo_fee)" in str(spec["transformations"]) and "dock_" in str(spec["transformations"])


def test_a_reference_comment_names_the_rows_it_refers_to(marina, tmp_path):
    spec, gaps = written_spec("Which mechanic has the most repair jobs?", marina, tmp_path)
    steps = str(spec["transformations"])
    assert gaps == [] and "tech_id" in steps and "count()" in steps and "limit 1" in steps


def test_a_ranking_by_a_count_of_rows_no_table_holds_is_not_read(marina, tmp_path):
    """'the most gigs': no table is of gigs; counting some rows per mechanic was a wrong answer called right."""
    spec, gaps = written_spec("Which mechanic has the most gigs?", marina, tmp_path)
    assert gaps


@pytest.mark.parametrize(
    ("comment", "names"),
    [
        ("last day of the charter; NULL = open-ended (rolling)", ["open-ended", "rolling"]),
        ("NULL while unpaid", ["unpaid"]),
        ("NULL = not invoiced (yet)", ["not invoiced"]),
        ("fuel burnt, litres; NULL for sailing boats", []),  # which rows, not a state of theirs
        ("day the hull was painted", []),
        ("day taken out of service; NULL = still in service", ["still in service"]),
        ("insurance policy number; NULL = owner has not sent it to us yet", ["not sent"]),  # what did not happen, without who
        ("date the safety check was passed; NULL = safety check not passed yet", ["not passed"]),  # never 'still' alone: 'still active' is another state
    ],
)
def test_what_a_comment_says_a_missing_value_is(comment, names):
    assert null_names(comment) == names


def test_a_null_state_is_said_in_several_ways():
    assert null_forms("not invoiced yet") == ["not invoiced yet", "not invoiced", "not yet invoiced", "uninvoiced", "did not invoice"]
    assert null_forms("still in progress") == ["still in progress", "in progress"]
    assert {"not on any of the docks", "not on any dock", "on no dock"} <= set(null_forms("not on a dock"))


@pytest.mark.parametrize(
    ("request_text", "condition"),
    [
        ("Load the repair jobs that are still in progress, hourly", "signed_off is null"),
        ("repair jobs in progress per mechanic", "signed_off is null"),
        ("repair jobs no longer in progress", "isNotNull(signed_off)"),
        ("unassigned repair jobs", "tech_id is null"),
    ],
)
def test_a_state_the_comment_gives_a_missing_value_is_a_test_for_one(marina, tmp_path, request_text, condition):
    """'NULL = still in progress': the jobs in progress are those with no `signed_off` (before, 'in progress' was not
    placed, and a request was refused)."""
    spec, gaps = written_spec(request_text, marina, tmp_path)
    assert gaps == [] and condition in [t.get("condition") for t in spec["transformations"]]


def test_a_code_named_with_its_cause_is_also_named_without_it():
    from ai_etl.catalog.comments import value_names

    named = value_names("A = afloat, H = hauled out for winter, S = sold due to arrears", ["A", "H", "S"])
    assert named == {"A": ["afloat"], "H": ["hauled out for winter", "hauled out"], "S": ["sold due to arrears", "sold"]}


def test_the_last_name_of_a_legend_ends_before_its_full_stop():
    """'P = glamping pod.': the pod, not 'glamping pod.' (which no request says); 'S = sent to the customer' is 'sent'."""
    from ai_etl.catalog.comments import value_names

    assert value_names("T = tent pitch, P = glamping pod.", ["T", "P"]) == {"T": ["tent pitch"], "P": ["glamping pod"]}
    assert value_names("D = draft, S = sent to the customer", ["D", "S"])["S"] == ["sent to the customer", "sent"]


BERTHS = """
create table acct (acct_id int primary key, acct_nm text not null, acct_kind char(1) not null, auto_chg boolean not null, opened date not null);
comment on table acct is 'Berth holder accounts (the paying owner; one account per boat)';
comment on column acct.acct_kind is 'P = private, C = club';
comment on column acct.auto_chg is 'true = fees are taken from a stored card on the first of the month';
create table chg (chg_id int primary key, acct_id int not null references acct, chg_mthd char(2) not null, amt numeric(8,2) not null,
    abrd boolean not null, stor_fee numeric(6,2), chg_on date not null);
comment on column chg.chg_mthd is 'SC = stored card, BT = bank transfer, CA = cash at the office';
comment on column chg.abrd is 'true = charged while moored abroad';
comment on column chg.stor_fee is 'winter storage part of the charge';
insert into acct select n, 'owner ' || n, (array['P', 'C'])[1 + n % 2], n % 3 = 0, date '2024-01-01' + n from generate_series(1, 20) n;
insert into chg select n, 1 + n % 20, (array['SC', 'BT', 'CA'])[1 + n % 3], 10 * n, n % 4 = 0, n % 5, date '2025-01-01' + n
    from generate_series(1, 90) n;
"""


@pytest.fixture
def berths(scratch_db):
    with scratch_db.connect() as conn:
        conn.execute(BERTHS)
        conn.commit()
    return read_catalog(scratch_db, "berths")


@pytest.mark.parametrize(
    ("comment", "phrases"),
    [
        ("true = charged while moored abroad", ["moored abroad"]),
        ("true = fees are taken from a stored card on the first of the month", ["stored card"]),
        ("Y = owner opted in to newsletters", []),  # a clause's subject and verb name nothing; one word alone neither
        ("1 = yes, 0 = no", []),
    ],
)
def test_what_a_comment_says_yes_means(comment, phrases):
    assert yes_phrases(comment) == phrases


def test_rows_named_by_their_comments_bracket_and_the_nearer_flag_said_by_its_comment(berths, tmp_path):
    """'owners' of '(the paying owner; ...)' are the accounts; 'who pay by stored card' is their own flag `auto_chg`
    ('true = fees are taken from a stored card'), not accounts with a charge whose method is 'SC = stored card',
    and never a grouping by `stor_fee` ('by stored ...')."""
    spec, gaps = written_spec("Load the club owners who pay by stored card, daily at 6", berths, tmp_path)
    steps = str(spec["transformations"])
    assert spec["source"]["table"] == "acct" and gaps == []
    assert "auto_chg" in steps and "acct_kind" in steps and "chg" not in steps.replace("auto_chg", "")


def test_a_flag_is_said_by_what_its_comment_says_yes_means(berths, tmp_path):
    spec, gaps = written_spec("Copy the charges made while moored abroad every hour", berths, tmp_path)
    assert gaps == [] and [t.get("condition") for t in spec["transformations"] if t.get("condition")] == ["abrd"]
    spec, gaps = written_spec("Copy the charges, except those made while moored abroad, every hour", berths, tmp_path)
    assert gaps == [] and "not abrd" in str(spec["transformations"])


@pytest.mark.parametrize(
    ("comment", "names"),
    [
        ("hire fee charged, USD; 0 = waived", ["waived"]),
        ("Pitch fee for the whole stay in GBP; 0 = complimentary stay.", ["complimentary stay", "complimentary"]),
        ("Tasting fee, USD. 0 means the fee was waived.", ["waived"]),
        ("letter sent: 0 = none, 1 = first warning, 2 = final notice", []),  # a legend of codes: `value_names` reads it
        ("grade achieved, 0 = U (ungraded); NULL = absent", []),  # never 'u', which 'us' would have matched
    ],
)
def test_what_a_comment_says_a_zero_is(comment, names):
    from ai_etl.catalog.comments import zero_names

    assert zero_names(comment) == names
