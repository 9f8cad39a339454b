"""A value said inside the noun of the rows, over a schema made up for these tests (a cable operator's lines
and the support tickets about them, a ticket's channel coded 'P = phone, C = chat'): 'the phone lines that are
suspended' are the suspended lines; before, 'phone' became the tickets' channel and only lines with a phone
ticket were loaded, reported valid."""

from __future__ import annotations

from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable

CABLE = Catalog(
    connector="cable",
    tables=[
        CatalogTable(name="svc_line", primary_key=["line_id"], comment="Subscriber lines", columns=[
            CatalogColumn(name="line_id", type="integer", nullable=False), CatalogColumn(name="acct_no", type="text", nullable=False),
            CatalogColumn(name="line_st", type="character(1)", nullable=False, values=["A", "S"], value_names={"A": ["active"], "S": ["suspended"]},
                          comment="A = active, S = suspended")]),
        CatalogTable(name="ticket", primary_key=["ticket_id"], references={"line_id": "svc_line.line_id"}, columns=[
            CatalogColumn(name="ticket_id", type="integer", nullable=False), CatalogColumn(name="line_id", type="integer", nullable=False),
            CatalogColumn(name="chnl", type="character(1)", nullable=False, values=["C", "P"], value_names={"C": ["chat"], "P": ["phone"]},
                          comment="P = phone, C = chat")]),
    ],
)  # fmt: skip


def test_a_value_of_related_rows_said_in_the_rows_noun_is_no_condition(tmp_path):
    spec, gaps = written_spec("Load the phone lines that are currently suspended", CABLE, tmp_path)
    conditions = [t["condition"] for t in spec["transformations"] if t["type"] == "filter"]
    assert gaps == [] and spec["source"]["table"] == "svc_line" and conditions == ["line_st = 'S'"], spec
    assert not any(t["type"] == "join" for t in spec["transformations"])


def test_the_value_with_its_own_rows_is_still_their_condition(tmp_path):
    spec, gaps = written_spec("Load the phone tickets", CABLE, tmp_path)
    assert gaps == [] and [t["condition"] for t in spec["transformations"] if t["type"] == "filter"] == ["chnl = 'P'"]
