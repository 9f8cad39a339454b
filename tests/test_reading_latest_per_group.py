"""The latest row of each thing, said the way a schema's owner says things, on a real PostgreSQL (a community
theatre made up for it): a thing named in several words by a comment ('each season subscriber'), a clause said
of the thing between it and 'its latest', rows that belong to no thing, and a code's name said with an article
or in three letters, and a missing value's state said in the plural ('no-shows')."""

from __future__ import annotations

import pytest
from written_spec import made_up_catalog, written_spec


THEATRE = """
create table subscr (subscr_id int primary key, subscr_nm text not null, since_dt date not null, seat_cd char(1) not null, corp_id int);
comment on column subscr.corp_id is 'company paying for the seats; NULL = subscriber (paying privately)';
comment on column subscr.seat_cd is 'S = stalls, P = pit / box';
comment on table subscr is 'Season subscribers we post the brochure to';
create table perf (perf_id int primary key, show_ttl text not null, perf_ts timestamp not null, hall_stat char(1) not null);
comment on table perf is 'Performances of our shows';
comment on column perf.hall_stat is 'O = on sale, S = sold out, W = waiting on box office';
create table bkg (bkg_id int primary key, perf_id int not null references perf, subscr_id int references subscr,
    booked_ts timestamp not null, seats int not null, seated_ts timestamp, coll_ts timestamp);
comment on column bkg.coll_ts is 'when the tickets were picked up at the box office; NULL = no pickup yet';
comment on column bkg.seated_ts is 'when the party was seated; NULL = no-show';
comment on table bkg is 'Seat bookings, one per sale';
comment on column bkg.subscr_id is 'NULL = walk-up sale';
insert into subscr select n, 'subscriber ' || n, date '2024-01-01' + 7 * n, (array['S', 'P'])[1 + n % 2] from generate_series(1, 30) n;
insert into perf select n, 'show ' || (1 + n % 6), timestamp '2025-01-01 19:30' + n * interval '1 day',
    (array['O', 'S', 'W'])[1 + n % 3] from generate_series(1, 60) n;
insert into bkg select n, 1 + n % 60, case when n % 4 = 0 then null else 1 + n % 30 end,
    timestamp '2024-12-01' + n * interval '3 hours', 1 + n % 4,
    case when n % 9 = 0 then null else timestamp '2025-01-01 19:20' + n * interval '1 day' end,
    case when n % 5 = 0 then null else timestamp '2024-12-02' + n * interval '3 hours' end from generate_series(1, 500) n;
"""


@pytest.fixture(scope="module")
def theatre(pg_server):
    return made_up_catalog(pg_server, "t_theatre", THEATRE, "theatre")


def steps(spec: dict) -> str:
    return str(spec["transformations"])


def test_the_latest_row_of_each_thing_named_in_several_words(theatre, tmp_path):
    """'the most recent booking for each season subscriber': the subscribers are `subscr` by its comment; a walk-up
    sale (no subscriber) is no subscriber's latest booking."""
    spec, gaps = written_spec("Keep the most recent booking for each season subscriber", theatre, tmp_path)
    assert gaps == []
    assert spec["source"]["table"] == "bkg"
    assert "limit 1 by subscr_id" in steps(spec) and "isNotNull(subscr_id)" in steps(spec)


def test_a_clause_said_of_each_thing_filters_the_things(theatre, tmp_path):
    """'for each performance that is sold out, keep just its latest booking': the clause is the performances'
    state (`hall_stat = 'S'`), the latest is of their bookings; nothing else is filtered."""
    spec, gaps = written_spec("For each performance that is sold out, keep just its latest booking", theatre, tmp_path)
    assert gaps == []
    assert spec["source"]["table"] == "bkg"
    assert "hall_stat = 'S'" in steps(spec) and "limit 1 by perf_id" in steps(spec)


def test_a_code_named_in_several_words_is_said_with_an_article(theatre, tmp_path):
    """'W = waiting on box office' said 'waiting on the box office' is that one code, read whole."""
    spec, gaps = written_spec("Load the performances waiting on the box office", theatre, tmp_path)
    assert gaps == []
    assert "hall_stat = 'W'" in steps(spec)


def test_rows_grouped_by_a_reference_name_the_table_it_refers_to(theatre, tmp_path):
    """'bookings per season subscriber' grouped by `subscr_id`: 'season subscriber' is said by the grouping."""
    spec, gaps = written_spec("Count the bookings per season subscriber", theatre, tmp_path)
    assert gaps == []
    assert "subscr_id" in steps(spec)


def test_a_short_word_a_legend_names_a_code_by_is_that_code(theatre, tmp_path):
    """'P = pit / box': 'pit subscribers' are those seated in the pit, though the word has three letters."""
    spec, gaps = written_spec("Load the pit subscribers", theatre, tmp_path)
    assert gaps == []
    assert "seat_cd = 'P'" in steps(spec)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Load the bookings that were no-shows", "seated_ts is null"),
        ("What percentage of bookings were no-shows?", "countIf(seated_ts is null)"),
        ("What percentage of bookings were no pickups?", "countIf(coll_ts is null)"),  # a state of two words
    ],
)
def test_a_missing_value_state_is_said_in_the_plural(theatre, tmp_path, request_text, expected):
    """'NULL = no-show' said 'no-shows': the bookings with no `seated_ts` (the state read as a noun in the plural)."""
    spec, gaps = written_spec(request_text, theatre, tmp_path)
    assert gaps == []
    assert expected in steps(spec)


def test_a_missing_value_state_named_by_the_rows_noun_is_no_state(theatre, tmp_path):
    """'NULL = subscriber (paying privately)': 'the season subscribers' are all of them, not those without a company."""
    spec, gaps = written_spec("Load the season subscribers", theatre, tmp_path)
    assert gaps == [] and "corp_id" not in steps(spec)
