"""Comparisons said the way a roaster talks, over a schema made up for these tests (a coffee roastery:
`roast_btch.chg_temp_c` 'charge temperature, degrees Celsius', `dtr_pct` 'development time ratio (DTR),
percent', `wt_loss` 'share of weight lost, 0 to 1'): a comparative names its dimension ('hotter'), the
schema's own acronym names its column ('DTR'), and a percentage is compared as the column keeps it."""

from __future__ import annotations

import pytest
from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.agents.schema_analyst import Refusal

ROASTERY = Catalog(
    connector="roastery",
    tables=[
        CatalogTable(name="green_lot", primary_key=["lot_id"], comment="Green coffee lots bought from importers", columns=[
            CatalogColumn(name="lot_id", type="integer", nullable=False),
            CatalogColumn(name="origin", type="text", values=["Colombia", "Ethiopia", "Kenya"])]),
        CatalogTable(name="roast_btch", primary_key=["rb_id"], comment="Roast batches", references={"lot_id": "green_lot.lot_id"}, columns=[
            CatalogColumn(name="rb_id", type="integer", nullable=False), CatalogColumn(name="lot_id", type="integer"),
            CatalogColumn(name="roasted_at", type="timestamp"),
            CatalogColumn(name="chg_temp_c", type="numeric", comment="charge temperature, degrees Celsius"),
            CatalogColumn(name="dtr_pct", type="numeric", comment="development time ratio (DTR), percent", bounds=(17.0, 26.0)),
            CatalogColumn(name="wt_loss", type="numeric", comment="share of weight lost, 0 to 1", bounds=(0.11, 0.19))]),
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    ("request_text", "condition"),
    [
        ("Roast batches charged hotter than 200 degrees", "chg_temp_c > 200"),  # before: 'hotter' compared nothing
        ("Roast batches with a charge colder than 180 °C", "chg_temp_c < 180"),
        ("Roast batches with a DTR above 22%", "dtr_pct > 22"),  # the acronym the comment defines; kept in percent
        ("Roast batches over 22 percent DTR", "dtr_pct > 22"),
        ("Roast batches with a weight loss over 15%", "wt_loss > 0.15"),  # before: wt_loss > 15, reported valid
        ("Roast batches from March through May 2025", "roasted_at >= '2025-03-01' and roasted_at < '2025-06-01'"),
    ],
)
def test_a_comparison_is_read_as_the_column_keeps_it(request_text, condition, tmp_path):
    spec, gaps = written_spec(request_text, ROASTERY, tmp_path)
    assert spec["transformations"] == [{"type": "filter", "condition": condition}] and gaps == []


def test_a_temperature_in_fahrenheit_is_not_read_as_celsius(tmp_path):
    """The column keeps degrees Celsius; 400 °F is no `chg_temp_c > 400`."""
    try:
        spec, gaps = written_spec("Roast batches charged hotter than 400 °F", ROASTERY, tmp_path)
    except Refusal:  # refused: fine
        return
    assert "chg_temp_c > 400" not in str(spec["transformations"]) or gaps
