"""The act a verb names decides which date and which group a request means, on a schema made up for these
tests (members of a library, the copies each branch holds, the borrowings of copies by members)."""

from __future__ import annotations

from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.language.request_parser import parse_request

LENDING = Catalog(
    connector="lending",
    tables=[
        CatalogTable(name="branch", primary_key=["branch_id"], columns=[CatalogColumn(name="branch_id", type="integer"), CatalogColumn(name="branch_name", type="text")]),
        CatalogTable(
            name="member", primary_key=["member_id"], references={"branch_id": "branch.branch_id"},
            columns=[CatalogColumn(name="member_id", type="integer"), CatalogColumn(name="branch_id", type="integer"), CatalogColumn(name="joined_on", type="date")],
        ),
        CatalogTable(
            name="copy", primary_key=["copy_id"], references={"branch_id": "branch.branch_id"},
            columns=[CatalogColumn(name="copy_id", type="integer"), CatalogColumn(name="branch_id", type="integer")],
        ),
        CatalogTable(
            name="borrowing", primary_key=["borrowing_id"], references={"member_id": "member.member_id", "copy_id": "copy.copy_id"},
            columns=[CatalogColumn(name="borrowing_id", type="integer"), CatalogColumn(name="member_id", type="integer"),
                     CatalogColumn(name="copy_id", type="integer"), CatalogColumn(name="borrowed_on", type="date")],
        ),
    ],
)  # fmt: skip


def test_a_year_said_of_an_act_is_the_acts_date():
    """'members who borrowed in 2024': the borrowing's date, not the day the member joined."""
    conditions = parse_request("How many members borrowed books in 2024?", LENDING).conditions
    assert [(c.column, c.op, c.value) for c in conditions] == [("borrowing.borrowed_on", "year", 2024)]


def test_a_group_the_act_reaches_on_its_own_is_asked_back(tmp_path):
    """'members who borrowed from each branch': their own branch, or the branch of the copies they borrowed?"""
    intent = parse_request("How many different members borrowed from each branch in 2024?", LENDING)
    assert intent.refusal and "member's own branch" in intent.refusal
    spec, gaps = written_spec("How many members are there in each branch?", LENDING, tmp_path)  # no act: their own
    assert next(t for t in spec["transformations"] if t["type"] == "aggregate")["group_by"][0] == "branch_id" and not gaps
