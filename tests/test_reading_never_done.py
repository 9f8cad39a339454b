"""Rows that never did (or had done to them) what another table records, over a community garden made up for these
tests: the table of the act found by the names its comment calls it ('Donations ...' for 'donated'), 'have we never'
with the speaker between the auxiliary and 'never', and 'never given anything' read as the one table of the rows'
acts, refused where several tables could be meant."""

from __future__ import annotations

import pytest
from written_spec import made_up_catalog, written_spec

from ai_etl.agents.schema_analyst import Refusal
from ai_etl.language.request_parser import parse_request

GARDEN = """
create table donor (dnr_id int primary key, dnr_nm text not null);
create table gft (gft_id int primary key, dnr_id int not null references donor, amt numeric(8,2) not null, rcvd_dt date not null);
comment on table gft is 'Donations received from donors';
create table volunteer (vol_id int primary key, vol_nm text not null);
create table plot (plot_id int primary key, plot_nm text not null);
create table insp (insp_id int primary key, plot_id int not null references plot, vol_id int not null references volunteer, insp_dt date not null);
comment on table insp is 'Inspections of the plots by volunteers';
create table shift (shift_id int primary key, vol_id int not null references volunteer, shift_dt date not null);
insert into donor select n, 'donor ' || n from generate_series(1, 30) n;
insert into gft select n, 1 + n % 20, 10 + n, date '2025-01-01' + n from generate_series(1, 80) n;
insert into volunteer select n, 'volunteer ' || n from generate_series(1, 12) n;
insert into plot select n, 'plot ' || n from generate_series(1, 25) n;
insert into insp select n, 1 + n % 18, 1 + n % 12, date '2025-03-01' + n from generate_series(1, 60) n;
insert into shift select n, 1 + n % 9, date '2025-03-01' + n from generate_series(1, 40) n;
"""


@pytest.fixture(scope="module")
def garden(pg_server):
    return made_up_catalog(pg_server, "t_garden", GARDEN, "garden")


@pytest.mark.parametrize(
    ("request_", "main", "without"),
    [
        ("Which donors have never once donated?", "donor", "gft"),  # the act by the comment's name of `gft`
        ("Which plots have we never inspected?", "plot", "insp"),  # the speaker between 'have' and 'never'
        ("Which donors have never given anything?", "donor", "gft"),  # the one table of a donor's acts
    ],
)
def test_rows_without_the_rows_of_an_act(garden, tmp_path, request_, main, without):
    """Before: each was read as the whole table (or refused, 'never' left unplaced)."""
    intent = parse_request(request_, garden)
    assert (intent.main_table, intent.exclude_related) == (main, without)
    spec, gaps = written_spec(request_, garden, tmp_path)
    anti = [t for t in spec["transformations"] if t["type"] == "join" and t["how"] == "anti"]
    assert gaps == [] and spec["source"]["table"] == main and [a["table"] for a in anti] == [without]


def test_never_done_anything_is_refused_where_several_tables_record_the_rows_acts(garden, tmp_path):
    """A volunteer inspects plots and works shifts: 'never done anything' could be either, so it is not read."""
    request = "Which volunteers have never done anything?"
    assert parse_request(request, garden).exclude_related is None
    try:
        _, gaps = written_spec(request, garden, tmp_path)
    except Refusal:
        return
    assert gaps
