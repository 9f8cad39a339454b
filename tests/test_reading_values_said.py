"""Short codes and digits in the data are not read out of ordinary words, on a schema made up for these
tests (ferry sailings with two-letter line codes and a digit deck code)."""

from __future__ import annotations

from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable

FERRY = Catalog(
    connector="ferry",
    tables=[
        CatalogTable(name="line", primary_key=["line_code"], columns=[CatalogColumn(name="line_code", type="text", values=["HA", "ZS", "IS"]), CatalogColumn(name="line_name", type="text")]),
        CatalogTable(
            name="sailing",
            primary_key=["sailing_id"],
            references={"line_code": "line.line_code"},
            columns=[
                CatalogColumn(name="sailing_id", type="integer"),
                CatalogColumn(name="line_code", type="text", values=["HA", "ZS", "IS"]),
                CatalogColumn(name="deck_code", type="text", values=["1", "2", "3"]),
                CatalogColumn(name="minutes_at_sea", type="integer"),
            ],
        ),
    ],
)


def test_a_word_is_no_plural_of_a_two_letter_code(tmp_path):
    """'has' is not the plural of the line code 'HA', nor 'is' the code 'IS'."""
    spec, gaps = written_spec("Which line has the most sailings?", FERRY, tmp_path)
    assert not [t for t in spec["transformations"] if t["type"] == "filter"] and not gaps


def test_a_number_is_no_code_unless_its_column_is_named(tmp_path):
    spec, gaps = written_spec("the top 3 longest sailings by minutes at sea", FERRY, tmp_path)
    assert not [t for t in spec["transformations"] if t["type"] == "filter"] and spec["transformations"][-1]["sql"].endswith("limit 3")
    assert not gaps
    spec, _ = written_spec("sailings on deck code 3", FERRY, tmp_path)
    assert {"type": "filter", "condition": "deck_code = '3'"} in spec["transformations"]
