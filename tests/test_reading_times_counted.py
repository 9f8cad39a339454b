"""How many times something happened, over a schema made up for these tests (a climbing gym: members, their visits of a
kind with a status, 'A = attended, X = cancelled, N = no-show', and their shop orders): 'members who came to a
competition more than twice' counts the visits the request describes per member, and only once the request says which
of their states count; 'ordered at least three times' counts the orders the verb names."""

from __future__ import annotations

import pytest
from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.agents.schema_analyst import Refusal

GYM = Catalog(
    connector="gym",
    tables=[
        CatalogTable(name="member", primary_key=["mbr_id"], comment="Gym members", columns=[
            CatalogColumn(name="mbr_id", type="integer", nullable=False), CatalogColumn(name="full_nm", type="text")]),
        CatalogTable(name="visit", primary_key=["vst_id"], comment="Visits booked by members", references={"mbr_id": "member.mbr_id"}, columns=[
            CatalogColumn(name="vst_id", type="integer", nullable=False), CatalogColumn(name="mbr_id", type="integer"),
            CatalogColumn(name="vst_ts", type="timestamp"),
            CatalogColumn(name="vst_typ_cd", type="text", comment="DP = day pass, CL = class, CO = competition", values=["CL", "CO", "DP"],
                          value_names={"DP": ["day pass"], "CL": ["class"], "CO": ["competition"]}),
            CatalogColumn(name="stat_cd", type="text", comment="A = attended, X = cancelled, N = no-show", values=["A", "N", "X"],
                          value_names={"A": ["attended"], "X": ["cancelled"], "N": ["no-show"]})]),
        CatalogTable(name="shop_order", primary_key=["ord_id"], comment="Orders in the gym shop", references={"mbr_id": "member.mbr_id"}, columns=[
            CatalogColumn(name="ord_id", type="integer", nullable=False), CatalogColumn(name="mbr_id", type="integer"),
            CatalogColumn(name="ord_dt", type="date"), CatalogColumn(name="amt", type="numeric")]),
    ],
)  # fmt: skip


def counted(request: str, tmp_path) -> tuple[list[dict], list]:
    spec, gaps = written_spec(request, GYM, tmp_path)
    return spec["source"]["table"], spec["transformations"], gaps


@pytest.mark.parametrize(
    "request_text", ["Which members have had an attended competition visit more than twice?", "Which members went to a competition more than twice, attended visits only?"]
)
def test_visits_of_a_kind_that_happened_counted_per_member(request_text, tmp_path):
    """Before: 'more than twice' was left over and the request refused."""
    table, steps, gaps = counted(request_text, tmp_path)
    assert table == "visit" and gaps == []
    assert {"type": "filter", "condition": "isNotNull(mbr_id) and vst_typ_cd = 'CO' and stat_cd = 'A'"} in steps
    assert [s["measures"] for s in steps if s["type"] == "aggregate"] == [[{"name": "visit_count", "expr": "count()"}]]
    assert steps[-1] == {"type": "filter", "condition": "visit_count > 2"}


def test_times_of_rows_some_undone_are_counted_only_once_the_request_says_which(tmp_path):
    with pytest.raises(Refusal, match=r"stat_cd.*X = cancelled.*say which of them count"):
        counted("Which members came to a competition more than twice?", tmp_path)


def test_times_of_the_act_a_verb_names(tmp_path):
    table, steps, gaps = counted("Members who ordered at least three times", tmp_path)
    assert table == "shop_order" and gaps == []
    assert {"type": "filter", "condition": "shop_order_count >= 3"} in steps
