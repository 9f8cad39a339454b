"""'Each kind of X', 'per X type', over a schema made up for these tests (a marina: boats with a hull type,
incidents coded by hazard): the column holding the kind is the table's one column named for a kind
(`hull_typ`), else the one code named for the noun said (`haz_cd` of 'hazard'); a kind no column holds is
refused, never grouped by some other code."""

from __future__ import annotations

import pytest
from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable

TS = "timestamp with time zone"
MARINA = Catalog(
    connector="marina",
    tables=[
        CatalogTable(name="boat", primary_key=["boat_id"], columns=[
            CatalogColumn(name="boat_id", type="integer"), CatalogColumn(name="boat_nm", type="text"),
            CatalogColumn(name="hull_typ", type="text", values=["mono", "cat", "tri"]), CatalogColumn(name="flag_cd", type="text", values=["GB", "FR"])]),
        CatalogTable(name="incdt", primary_key=["incdt_id"], comment="incidents", references={"boat_id": "boat.boat_id"}, columns=[
            CatalogColumn(name="incdt_id", type="integer"), CatalogColumn(name="boat_id", type="integer"),
            CatalogColumn(name="haz_cd", type="text", values=["FIRE", "LEAK", "MOOR"]), CatalogColumn(name="sev_cd", type="text", values=["1", "2", "3"]),
            CatalogColumn(name="rpt_ts", type=TS, nullable=False, comment="when the incident was reported"),
            CatalogColumn(name="clr_ts", type=TS, comment="when the incident was cleared")]),
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    ("request_text", "key"),
    [
        ("Number of boats per hull type", "hull_typ"),
        ("How many boats are there of each type of hull?", "hull_typ"),
        ("Incidents per kind of hazard in 2025", "haz_cd"),
        ("On average, how many hours does it take to clear an incident, for each kind of hazard?", "haz_cd"),
    ],
)
def test_a_kind_is_the_column_named_for_it(tmp_path, request_text, key):
    spec, gaps = written_spec(request_text, MARINA, tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert aggregate["group_by"] == [key] and gaps == []


def test_a_kind_no_column_holds_is_refused(tmp_path):
    """No column is named for the engine: neither `flag_cd` nor `sev_cd` may stand in for it."""
    spec, gaps = written_spec("Number of boats per kind of engine", MARINA, tmp_path)
    assert gaps and not any(t.get("group_by") for t in spec["transformations"] if t["type"] == "aggregate")


def test_a_kind_another_table_names_comes_before_a_code_of_the_rows(tmp_path):
    """'by repair category': the category of the repair catalogue, not the lines' `repair_cd` named for the
    noun (the code reading came first for a while and grouped by each repair)."""
    catalog = Catalog(connector="yard", tables=[
        CatalogTable(name="repair_catalog", primary_key=["repair_cd"], columns=[
            CatalogColumn(name="repair_cd", type="text"), CatalogColumn(name="category", type="text", values=["hull", "engine"])]),
        CatalogTable(name="job_repairs", primary_key=["line_id"], references={"repair_cd": "repair_catalog.repair_cd"}, columns=[
            CatalogColumn(name="line_id", type="integer"), CatalogColumn(name="repair_cd", type="text"),
            CatalogColumn(name="qty", type="integer"), CatalogColumn(name="unit_price", type="numeric(8,2)")]),
    ])  # fmt: skip
    spec, gaps = written_spec("Total repair revenue by repair category", catalog, tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert aggregate["group_by"] == ["category"] and gaps == []
