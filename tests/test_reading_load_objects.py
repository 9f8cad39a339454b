"""What a load's object names, over a schema made up for these tests (an allotment society: plot holders, their plots of
a kind, 'G = greenhouse', applications for a plot 'W = on the waiting list', and payments 'ACC = put on the holder's
account'): 'our holders' greenhouses' are the plots of that kind (the holders only say whose), 'the plot waiting
lists' are the applications on the list, and a legend's 'put on ...' names no value 'put'."""

from __future__ import annotations

from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.catalog.comments import value_names

PAY = "DD = direct debit, ACC = put on the holder's account, CSH = cash"
PLOTS = Catalog(
    connector="plots",
    tables=[
        CatalogTable(name="holder", primary_key=["holder_id"], comment="Plot holders", columns=[
            CatalogColumn(name="holder_id", type="integer", nullable=False), CatalogColumn(name="full_nm", type="text")]),
        CatalogTable(name="site", primary_key=["site_id"], comment="Allotment sites", columns=[
            CatalogColumn(name="site_id", type="integer", nullable=False), CatalogColumn(name="has_parking", type="boolean")]),
        CatalogTable(name="plot", primary_key=["plot_id"], comment="Plots on the site", references={"holder_id": "holder.holder_id", "site_id": "site.site_id"}, columns=[
            CatalogColumn(name="plot_id", type="integer", nullable=False), CatalogColumn(name="holder_id", type="integer"),
            CatalogColumn(name="site_id", type="integer"),
            CatalogColumn(name="plot_typ", type="text", comment="R = raised bed, G = greenhouse, O = open ground", values=["G", "O", "R"],
                          value_names={"R": ["raised bed"], "G": ["greenhouse"], "O": ["open ground"]})]),
        CatalogTable(name="application", primary_key=["app_id"], comment="Applications for a plot", references={"plot_id": "plot.plot_id"}, columns=[
            CatalogColumn(name="app_id", type="integer", nullable=False), CatalogColumn(name="plot_id", type="integer"),
            CatalogColumn(name="stat_cd", type="text", comment="A = allocated, W = on the waiting list, X = withdrawn", values=["A", "W", "X"],
                          value_names=value_names("A = allocated, W = on the waiting list, X = withdrawn", ["A", "W", "X"]))]),
        CatalogTable(name="payment", primary_key=["pay_id"], comment="Rent payments", references={"holder_id": "holder.holder_id"}, columns=[
            CatalogColumn(name="pay_id", type="integer", nullable=False), CatalogColumn(name="holder_id", type="integer"),
            CatalogColumn(name="pay_cd", type="text", comment=PAY, values=["ACC", "CSH", "DD"], value_names=value_names(PAY, ["ACC", "CSH", "DD"]))]),
    ],
)  # fmt: skip


def test_a_legends_phrasal_verb_names_no_value():
    names = value_names(PAY, ["ACC", "CSH", "DD"])
    assert names["DD"] == ["direct debit"] and "put" not in names.get("ACC", [])  # (before: 'put', read off 'Put our ...')


def test_the_owners_rows_of_a_kind_are_loaded(tmp_path):
    """Before: the holders who had greenhouses were loaded, joined to their payments 'put' on account."""
    spec, gaps = written_spec("Put our holders' greenhouses into ClickHouse on Sundays at 6pm", PLOTS, tmp_path)
    assert spec["source"]["table"] == "plot" and spec["transformations"] == [{"type": "filter", "condition": "plot_typ = 'G'"}] and gaps == []


def test_rows_on_a_list_a_legend_names_are_loaded(tmp_path):
    """Before: every plot was loaded ('waiting' read as an act nothing records)."""
    spec, gaps = written_spec("Pull the plot waiting lists every 10 minutes", PLOTS, tmp_path)
    assert spec["source"]["table"] == "application" and spec["transformations"] == [{"type": "filter", "condition": "stat_cd = 'W'"}] and gaps == []


def test_a_yes_no_said_of_related_rows_selects_them(tmp_path):
    """Before: 'that have parking' carried `has_parking` along and kept every site's greenhouses, reported valid."""
    spec, gaps = written_spec("Every weekday at 6:30, load the greenhouses at the sites that have parking", PLOTS, tmp_path)
    assert {"type": "filter", "condition": "plot_typ = 'G' and has_parking"} in spec["transformations"] and gaps == []
