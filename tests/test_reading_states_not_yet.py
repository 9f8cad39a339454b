"""A state the owner's legend names as an act not done yet, over a schema made up for these tests (a tailor's:
clients, alteration jobs, bills with `settled_on` and a status 'O = open, awaiting settlement'). 'Unsettled bills',
'bills clients still haven't settled', 'bills that have not been settled' are the open ones: a bill without a settled
date may also be a draft or a cancelled one, which nobody means by unsettled."""

from __future__ import annotations

from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.catalog.comments import value_names

BILL_STATES = "D = draft, O = open, awaiting settlement, S = settled, X = cancelled (replaced by a new bill)"
PAID_BY = "CRD = card, CASH, ACC = on account"
TAILOR = Catalog(
    connector="tailor",
    tables=[
        CatalogTable(name="clnt", primary_key=["clnt_id"], comment="Clients", columns=[
            CatalogColumn(name="clnt_id", type="integer", nullable=False), CatalogColumn(name="clnt_nm", type="text")]),
        CatalogTable(name="alt_job", primary_key=["job_id"], comment="Alteration jobs", references={"clnt_id": "clnt.clnt_id"}, columns=[
            CatalogColumn(name="job_id", type="integer", nullable=False), CatalogColumn(name="clnt_id", type="integer"),
            CatalogColumn(name="recv_dt", type="date")]),
        CatalogTable(name="bill", primary_key=["bill_id"], comment="Bills raised for jobs", references={"job_id": "alt_job.job_id", "clnt_id": "clnt.clnt_id"}, columns=[
            CatalogColumn(name="bill_id", type="integer", nullable=False), CatalogColumn(name="job_id", type="integer"),
            CatalogColumn(name="clnt_id", type="integer"), CatalogColumn(name="amt_eur", type="numeric(8,2)"),
            CatalogColumn(name="settled_on", type="date", comment="day the bill was settled; NULL = not settled yet"),
            CatalogColumn(name="bill_st", type="text", comment=BILL_STATES, values=["D", "O", "S", "X"], value_names=value_names(BILL_STATES, ["D", "O", "S", "X"])),
            CatalogColumn(name="paid_by", type="text", comment=PAID_BY, values=["ACC", "CASH", "CRD"], value_names=value_names(PAID_BY, ["ACC", "CASH", "CRD"]))]),
    ],
)  # fmt: skip
OPEN = [{"type": "filter", "condition": "bill_st = 'O'"}]


def test_a_legend_names_a_code_after_a_comma_too():
    names = value_names(BILL_STATES, ["D", "O", "S", "X"])
    assert names["O"] == ["open", "awaiting settlement"] and names["S"] == ["settled"]  # (before: 'open' only)


def test_a_code_listed_after_a_comma_names_no_other_code():
    names = value_names(PAID_BY, ["ACC", "CASH", "CRD"])
    assert names["CRD"] == ["card"] and "cash" not in names["CRD"]


def test_rows_said_not_yet_acted_are_in_the_state_awaiting_the_act(tmp_path):
    """Before: `settled_on is null`, which keeps the drafts and the cancelled bills, reported valid."""
    for request in ("Load the unsettled bills every hour", "Load the bills that have not been settled every hour", "Load the bills still awaiting settlement every hour"):
        spec, gaps = written_spec(request, TAILOR, tmp_path)
        assert spec["source"]["table"] == "bill" and spec["transformations"] == OPEN and gaps == [], request


def test_rows_a_clause_says_another_table_has_not_acted_on(tmp_path):
    """'the bills clients still haven't settled': the bills (before: the clients, all of them, reported valid)."""
    spec, gaps = written_spec("Each Friday at 5pm, sync the bills clients still haven't settled", TAILOR, tmp_path)
    assert spec["source"]["table"] == "bill" and spec["transformations"] == OPEN and gaps == []


def test_a_noun_before_a_noun_without_a_verb_is_still_a_compound(tmp_path):
    """'the client bills': bills, whose client says whose they are; no clause, so nothing is filtered."""
    spec, gaps = written_spec("Load the client bills every hour", TAILOR, tmp_path)
    assert spec["source"]["table"] == "bill" and spec["transformations"] == [] and gaps == []
