"""Groups ranked by an amount their own rows do not keep, over a schema made up for these tests (a cider mill:
`blend` with its 'target alcohol by volume', `orchard` of a kind ('C = community'), `pressing` with the juice
pressed in litres and a yes/no `void_flg`, `bottling` with the cider bottled in litres, tap room tickets (litres 'sold', their value, a status), and invoices whose
status says 'V = voided' or 'C = credit note'):
'the top 3 blends by volume pressed' sums the pressings' volume per blend (never the blends' ABV), the act said
picks which volume, a year said is of the rows summed, rows named by a value of their kind are grouped each one,
and 'voided' is the rows' own yes/no column. Money ranks by the amount of the rows that record the act said ('by amount
invoiced'), and only once the request says which of their states count."""

from __future__ import annotations

import pytest
from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.agents.schema_analyst import Refusal

CIDER = Catalog(
    connector="cider",
    tables=[
        CatalogTable(name="blend", primary_key=["blend_id"], comment="Ciders we make, one recipe per blend", columns=[
            CatalogColumn(name="blend_id", type="integer", nullable=False), CatalogColumn(name="blend_nm", type="text"),
            CatalogColumn(name="tgt_abv_pct", type="numeric", comment="target alcohol by volume, percent")]),
        CatalogTable(name="orchard", primary_key=["orchard_id"], comment="Orchards we buy apples from", columns=[
            CatalogColumn(name="orchard_id", type="integer", nullable=False), CatalogColumn(name="orch_nm", type="text"),
            CatalogColumn(name="opened_dt", type="date", comment="date the supply contract was opened"),
            CatalogColumn(name="orch_typ_cd", type="text", comment="O = organic, C = community, E = estate",
                          values=["C", "E", "O"], value_names={"O": ["organic"], "C": ["community"], "E": ["estate"]})]),
        CatalogTable(name="pressing", primary_key=["prs_id"], comment="Pressings of apples into juice",
                     references={"blend_id": "blend.blend_id", "orchard_id": "orchard.orchard_id"}, columns=[
            CatalogColumn(name="prs_id", type="integer", nullable=False), CatalogColumn(name="blend_id", type="integer"),
            CatalogColumn(name="orchard_id", type="integer"), CatalogColumn(name="pressed_dt", type="date"),
            CatalogColumn(name="vol_l", type="numeric", comment="juice pressed, litres"),
            CatalogColumn(name="void_flg", type="boolean", comment="entered in error")]),
        CatalogTable(name="bottling", primary_key=["btl_id"], comment="Bottling runs: a pressing's cider into bottles",
                     references={"prs_id": "pressing.prs_id"}, columns=[
            CatalogColumn(name="btl_id", type="integer", nullable=False), CatalogColumn(name="prs_id", type="integer"),
            CatalogColumn(name="btl_dt", type="date"), CatalogColumn(name="vol_l", type="numeric", comment="cider bottled in the run, litres")]),
        CatalogTable(name="tap_tkt", primary_key=["tkt_id"], comment="Tap room tickets", references={"blend_id": "blend.blend_id"}, columns=[
            CatalogColumn(name="tkt_id", type="integer", nullable=False), CatalogColumn(name="blend_id", type="integer"),
            CatalogColumn(name="tkt_ts", type="timestamp"), CatalogColumn(name="qty_l", type="numeric", comment="litres sold"),
            CatalogColumn(name="amt_gbp", type="numeric", comment="ticket value, GBP"),
            CatalogColumn(name="tkt_stat", type="text", comment="C = completed, V = voided, R = returned", values=["C", "R", "V"],
                          value_names={"C": ["completed"], "V": ["voided"], "R": ["returned"]})]),
        CatalogTable(name="inv", primary_key=["inv_id"], comment="Invoices from orchards", references={"orchard_id": "orchard.orchard_id"}, columns=[
            CatalogColumn(name="inv_id", type="integer", nullable=False), CatalogColumn(name="orchard_id", type="integer"),
            CatalogColumn(name="amt_gbp", type="numeric"),
            CatalogColumn(name="inv_dt", type="date"),
            CatalogColumn(name="stat_cd", type="text", comment="P = paid, V = voided, C = credit note", values=["C", "P", "V"],
                          value_names={"P": ["paid"], "V": ["voided"], "C": ["credit note"]})]),
    ],
)  # fmt: skip


def steps(request: str, tmp_path) -> tuple[list[dict], list]:
    spec, gaps = written_spec(request, CIDER, tmp_path)
    return spec["transformations"], gaps


def ranked(found: list[dict]) -> tuple[list[str], list[str], str]:
    aggregate = next(s for s in found if s["type"] == "aggregate")
    keys = [k if isinstance(k, str) else k["name"] for k in aggregate["group_by"]]
    return keys, [m["expr"] for m in aggregate["measures"]], next(s["sql"] for s in found if s["type"] == "sql")


def test_groups_ranked_by_an_amount_of_their_rows_never_by_an_acronym_of_it(tmp_path):
    """Before: 'volume' named `tgt_abv_pct` ('alcohol by volume'), and the blends were ranked by their ABV, reported valid."""
    found, gaps = steps("Top 3 blends by volume pressed", tmp_path)
    keys, measures, sql = ranked(found)
    assert measures == ["sum(vol_l)"] and keys == ["blend_id"] and sql.endswith("limit 3") and gaps == []
    assert [s["table"] for s in found if s["type"] == "join"] == ["pressing"]


def test_the_act_said_picks_which_amount_and_the_unit_said_converts_it(tmp_path):
    """Before: 'by volume bottled' was refused (the volume could be the pressings'); 'in hectolitres' was left over."""
    found, gaps = steps("Top 3 blends by volume bottled, in hectolitres", tmp_path)
    keys, measures, _ = ranked(found)
    assert measures == ["sum(toDecimal128(vol_l, 9)) / 100"] and gaps == []
    assert [s["table"] for s in found if s["type"] == "join"] == ["pressing", "bottling"]


def test_the_acronym_itself_still_ranks_the_rows(tmp_path):
    found, gaps = steps("Top 3 blends by ABV", tmp_path)
    assert found == [{"type": "sql", "sql": "select * from {{ input }} order by tgt_abv_pct desc, blend_id limit 3", "columns": [
        "blend_id", "blend_nm", "tgt_abv_pct"]}] and gaps == []  # fmt: skip


@pytest.mark.parametrize("request_text", ["Top 2 community orchards by volume pressed in 2025", "Which community orchard had the most volume pressed in 2025"])
def test_rows_named_by_their_kind_are_ranked_each_and_the_year_is_of_the_rows_summed(request_text, tmp_path):
    """Before: 'community orchards' grouped nothing (a value, not a table) and the request was refused; once grouped, the
    year was read of the orchards' contract date, not of the pressings."""
    found, gaps = steps(request_text, tmp_path)
    keys, measures, _ = ranked(found)
    condition = next(s["condition"] for s in found if s["type"] == "filter")
    assert "orch_typ_cd = 'C'" in condition and "toYear(pressed_dt) = 2025" in condition and "opened_dt" not in condition
    assert keys == ["orchard_id"] and measures == ["sum(vol_l)"] and gaps == []


def test_voided_is_the_rows_own_yes_no_column_not_another_tables_status(tmp_path):
    """Before: 'voided' was asked about as `inv.stat_cd = 'V'` though the spec left out the pressings `void_flg` says."""
    found, gaps = steps("Average litres per pressing for each orchard, ignoring voided pressings", tmp_path)
    assert {"type": "filter", "condition": "not void_flg"} in found and gaps == []


def test_groups_ranked_by_the_money_of_the_act_said(tmp_path):
    """Before: 'the top 2 orchards by amount invoiced' was refused ('top 2', 'amount' left over). The invoices are read (the
    act said), each orchard named as it is ranked."""
    found, gaps = steps("Top 2 orchards by amount invoiced in 2025, ignoring voided invoices", tmp_path)
    keys, measures, sql = ranked(found)
    assert {"type": "filter", "condition": "stat_cd != 'V' and toYear(inv_dt) = 2025 and isNotNull(orchard_id)"} in found
    assert keys == ["orchard_id", "orch_nm"] and measures == ["sum(amt_gbp)"] and sql.endswith("limit 2") and gaps == []


def test_money_of_rows_some_undone_is_summed_only_once_the_request_says_which_count(tmp_path):
    """The orchards' own invoices are read as before (every state summed); money found through the rows that refer to
    the ranked ones asks which states count ('C = completed sale, V = voided' of the tickets a customer is ranked by)."""
    with pytest.raises(Refusal, match=r"tkt_stat.*V = voided.*say which of them count"):
        steps("Top 2 blends by sales value", tmp_path)
    found, gaps = steps("Top 2 blends by sales value in 2025, completed tickets only", tmp_path)
    keys, measures, _ = ranked(found)
    assert {"type": "filter", "condition": "tkt_stat = 'C' and toYear(tkt_ts) = 2025"} in found
    assert keys == ["blend_id"] and measures == ["sum(amt_gbp)"] and gaps == []


def test_rows_said_to_come_off_the_total_are_kept(tmp_path):
    """Before: 'credit notes should come off the total' kept only the credit notes (`stat_cd = 'C'`)."""
    found, gaps = steps("Top 2 orchards by amount invoiced, ignoring voided invoices; credit notes should come off the total", tmp_path)
    assert {"type": "filter", "condition": "stat_cd != 'V' and isNotNull(orchard_id)"} in found and gaps == []
