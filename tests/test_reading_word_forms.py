"""Words a request or a name says in another form than the schema's, over a schema made up for these tests (a
cheese dairy: a rota of shifts with an absence code 'S = sick', wheel sales with a price per wheel, and `shpmt`,
'Crates shipped to shops', with a state 'S = shipped' and a best-before date)."""

from __future__ import annotations

from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.catalog.abbreviations import identifier_abbreviations
from ai_etl.catalog.comments import value_names
from ai_etl.language.reading import column_of, head_noun

ABSENCES = "S = sick, H = holiday; NULL = worked"
SHIP_STATES = "S = shipped, X = cancelled"
DAIRY = Catalog(
    connector="dairy",
    tables=[
        CatalogTable(name="rota_shft", primary_key=["shft_id"], comment="Rota shifts", columns=[
            CatalogColumn(name="shft_id", type="integer", nullable=False), CatalogColumn(name="shft_dt", type="date", nullable=False),
            CatalogColumn(name="abs_cd", type="text", comment=ABSENCES, values=["H", "S"], value_names=value_names(ABSENCES, ["H", "S"]))]),
        CatalogTable(name="whl_sale", primary_key=["sale_id"], comment="Wheel sales, 5 percent of them to export", columns=[
            CatalogColumn(name="sale_id", type="integer", nullable=False), CatalogColumn(name="whl_qty", type="integer"),
            CatalogColumn(name="prc_per_whl_eur", type="numeric(8,2)"), CatalogColumn(name="sale_stat", type="text")]),
        CatalogTable(name="shop", primary_key=["shop_id"], comment="Shops we sell to", called=["shops"], columns=[
            CatalogColumn(name="shop_id", type="integer", nullable=False)]),
        CatalogTable(name="shpmt", primary_key=["shpmt_id"], comment="Crates shipped to shops", references={"shop_id": "shop.shop_id"}, columns=[
            CatalogColumn(name="shpmt_id", type="integer", nullable=False), CatalogColumn(name="shop_id", type="integer"),
            CatalogColumn(name="best_bef", type="date"), CatalogColumn(name="ship_ts", type="timestamp", nullable=False),
            CatalogColumn(name="shp_st", type="text", comment=SHIP_STATES, values=["S", "X"], value_names=value_names(SHIP_STATES, ["S", "X"]))]),
    ],
)  # fmt: skip


def test_a_noun_of_a_state_is_that_state(tmp_path):
    """'lost to sickness' of 'S = sick': before, the state was kept but 'sickness' was left unplaced (refused)."""
    spec, gaps = written_spec("Rota shifts lost to sickness in March 2025", DAIRY, tmp_path)
    assert spec["transformations"] == [{"type": "filter", "condition": "abs_cd = 'S' and shft_dt >= '2025-03-01' and shft_dt < '2025-04-01'"}] and gaps == []


def test_a_price_per_thing_is_a_price_not_the_things():
    """`prc_per_whl_eur` is a price; 'wheels' are `whl_qty` (before, the price per wheel was summed as 'the most wheels')."""
    from ai_etl.language.spoken import reading_abbreviations

    with reading_abbreviations(identifier_abbreviations(DAIRY)):  # `whl` is the 'wheel' of its table's comment
        assert head_noun("prc_per_whl_eur") == "price" and column_of(DAIRY.table("whl_sale"), "wheels") == "whl_qty"


def test_per_is_no_abbreviation_and_stat_is_status():
    """'per' stood for the comment's 'percent', and `sale_stat` read as a 'start' elsewhere."""
    expanded = identifier_abbreviations(DAIRY)
    assert "per" not in expanded.get("prc_per_whl_eur", {})
    from ai_etl.language.spoken import spoken_words

    assert spoken_words("sale_stat") == ("sale", "status")


def test_a_name_is_read_as_the_noun_of_the_act_its_comment_says(tmp_path):
    """`shpmt` is the 'shipment' of 'Crates shipped to shops'; 'load shipments' loads them all (before: 'shipments' read
    as the shipped ones, `shp_st = 'S'`, reported valid), and a command's verb at the start is a verb."""
    assert identifier_abbreviations(DAIRY)["shpmt"] == {"shpmt": "shipment"}
    for request in ("Load shipments every hour", "Загружай отгрузки каждые четыре часа"):
        spec, gaps = written_spec(request, DAIRY, tmp_path)
        assert spec["source"]["table"] == "shpmt" and spec["transformations"] == [] and gaps == [], request
    assert spec["schedule"]["cron"] == "0 */4 * * *"


def test_the_latest_row_is_by_when_it_happened_never_a_best_before_date(tmp_path):
    spec, gaps = written_spec("For each shop, keep only the most recent shipment", DAIRY, tmp_path)
    assert "order by ship_ts desc" in spec["transformations"][-1]["sql"] and gaps == []
