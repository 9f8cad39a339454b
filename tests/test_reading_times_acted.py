"""How many times each thing had an act done to it, where a table records the act under an abbreviated word, over a
schema made up for these tests (a golf club's greenkeeping: greens, a spray log `spry_log` 'Spray log of the
greenkeepers', and sand deliveries a comment calls 'loads')."""

from __future__ import annotations

from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.catalog.abbreviations import identifier_abbreviations

GOLF = Catalog(
    connector="golf",
    tables=[
        CatalogTable(name="grn", primary_key=["grn_id"], comment="Greens of the course", columns=[
            CatalogColumn(name="grn_id", type="integer", nullable=False), CatalogColumn(name="hole_no", type="smallint"),
            CatalogColumn(name="built_dt", type="date", nullable=False)]),
        CatalogTable(name="spry_log", primary_key=["spry_id"], comment="Spray log of the greenkeepers", references={"grn_id": "grn.grn_id"}, columns=[
            CatalogColumn(name="spry_id", type="integer", nullable=False), CatalogColumn(name="grn_id", type="integer"),
            CatalogColumn(name="appl_dt", type="date", nullable=False, comment="day of application"),
            CatalogColumn(name="prod_nm", type="text")]),
        CatalogTable(name="sand_dlv", primary_key=["dlv_id"], comment="Truck loads of top-dressing sand", columns=[
            CatalogColumn(name="dlv_id", type="integer", nullable=False), CatalogColumn(name="dlv_dt", type="date", nullable=False),
            CatalogColumn(name="tonnes", type="numeric(6,2)")]),
    ],
)  # fmt: skip


def test_a_word_a_name_abbreviates_is_read_from_its_own_comment():
    """`spry` is an English word, and also the 'spray' of its table's comment (before: not read, being a word)."""
    assert identifier_abbreviations(GOLF)["spry_log"] == {"spry": "spray"}


def test_how_many_times_each_thing_was_acted_on_counts_the_act_rows(tmp_path):
    """Before: the greens themselves counted, one each, filtered on the day each green was built, reported valid."""
    spec, gaps = written_spec("How many times was each green sprayed between April and June 2025?", GOLF, tmp_path)
    assert spec["source"]["table"] == "spry_log" and gaps == []
    assert {"type": "filter", "condition": "appl_dt >= '2025-04-01' and appl_dt < '2025-07-01'"} in spec["transformations"]
    assert spec["transformations"][-1]["group_by"] == ["grn_id"]


def test_a_commands_verb_is_no_table_a_comment_calls_loads(tmp_path):
    """'Load the spray logs': before, 'load' was read as the sand deliveries ('Truck loads of ...')."""
    spec, gaps = written_spec("Load the spray logs from April to June 2025", GOLF, tmp_path)
    assert spec["source"]["table"] == "spry_log" and gaps == []


def test_an_act_of_the_rows_another_table_records_is_never_passed_unread(tmp_path):
    """'the greens sprayed in 2025': the spray log says which; a spec that does not read it must not pass."""
    spec, gaps = written_spec("List the greens sprayed in 2025", GOLF, tmp_path)
    assert "spry_log" in str(spec["transformations"]) or gaps


def test_when_said_after_an_act_none_of_the_rows_had_dates_the_act(tmp_path):
    """'never sprayed in 2025': no spray of 2025. Before this reading, the greens built in 2025 that were never
    sprayed at all (the year put on the greens' own date), reported valid."""
    spec, gaps = written_spec("Which greens were never sprayed in 2025?", GOLF, tmp_path)
    anti = {"type": "join", "table": "spry_log", "how": "anti", "left_on": "grn_id", "right_on": "grn_id", "where": "toYear(spry_log.appl_dt) = 2025"}
    assert spec["transformations"] == [anti] and gaps == []
