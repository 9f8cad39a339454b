"""'What percentage of X ...' over a tool-hire shop made up for these tests, on a real PostgreSQL: the rows
meeting a condition said in the words of a code's legend ('cancelled by the customer' of 'X = cancelled by the
customer'), with the other rows said again after 'rather than', and an exclusion said with its particle apart
('leave cancelled hires out'), which before kept only the cancelled hires."""

from __future__ import annotations

import pytest
from written_spec import made_up_catalog, written_spec

TOOL_HIRE = """
create table dpt (dpt_id int primary key, dpt_nm text not null);
comment on table dpt is 'depots';
create table tool (tool_id int primary key, tool_typ text not null, dpt_id int not null references dpt);
create table hire (hire_id int primary key, tool_id int not null references tool, out_dt date not null, hire_sts char(1) not null,
    ret_sts char(1));
comment on table hire is 'tool hires';
comment on column hire.hire_sts is 'O = out, B = brought back, X = cancelled by the customer, L = lost';
comment on column hire.ret_sts is 'T = returned on time, D = returned late (delayed); NULL = not back yet';
insert into dpt values (1, 'North'), (2, 'South');
insert into tool select n, (array['drill', 'saw', 'sander'])[1 + n % 3], 1 + n % 2 from generate_series(1, 12) n;
insert into hire select n, 1 + n % 12, date '2025-01-01' + n, (array['O', 'B', 'X', 'L', 'B'])[1 + n % 5], null from generate_series(1, 200) n;
update hire set ret_sts = case when hire_id % 3 = 0 then 'D' else 'T' end where hire_sts = 'B';
"""


@pytest.fixture(scope="module")
def tool_hire(pg_server):
    return made_up_catalog(pg_server, "t_tool_hire", TOOL_HIRE, "tool_hire")


def _measure_and_filters(spec: dict) -> tuple[str, list[str], str]:
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    filters = " and ".join(t["condition"] for t in spec["transformations"] if t["type"] == "filter")
    return aggregate["measures"][0]["expr"], aggregate["group_by"], filters


@pytest.mark.parametrize(
    ("request_text", "numerator"),
    [
        ("What percentage of hires get cancelled by the customer, for each tool type?", "hire_sts = 'X'"),
        ("Percentage of hires that were returned late rather than on time, per tool type", "ret_sts = 'D'"),
    ],
)
def test_a_percentage_of_rows_said_in_a_legends_words(tool_hire, tmp_path, request_text, numerator):
    spec, gaps = written_spec(request_text, tool_hire, tmp_path)
    expr, keys, _ = _measure_and_filters(spec)
    assert gaps == [] and keys == ["tool_typ"] and f"countIf({numerator})" in expr


def test_an_exclusion_said_with_its_particle_apart(tool_hire, tmp_path):
    spec, gaps = written_spec("What percentage of hires were lost, per tool type? Leave cancelled hires out.", tool_hire, tmp_path)
    expr, keys, filters = _measure_and_filters(spec)
    assert gaps == [] and "countIf(hire_sts = 'L')" in expr and filters == "hire_sts != 'X'"
