"""Counts said of a subject through a relative clause, over a schema made up for these tests (a fishing club:
anglers with a newsletter opt-in flag, tournaments, and entries linking them): 'anglers who have competed in
more than 3 tournaments' counts each angler's tournaments through the entries; before, 'in' was taken for
the flag `news_opt_in` (whose last word it is) and the spec kept `news_opt_in > 3`, reported valid."""

from __future__ import annotations

import pytest
from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.language.reading import column_of

CLUB = Catalog(
    connector="club",
    tables=[
        CatalogTable(name="angler", primary_key=["angler_id"], columns=[
            CatalogColumn(name="angler_id", type="integer", nullable=False), CatalogColumn(name="full_nm", type="text", nullable=False),
            CatalogColumn(name="news_opt_in", type="boolean", nullable=False)]),
        CatalogTable(name="tournament", primary_key=["tourn_id"], columns=[
            CatalogColumn(name="tourn_id", type="integer", nullable=False), CatalogColumn(name="tourn_nm", type="text", nullable=False),
            CatalogColumn(name="held_on", type="date", nullable=False)]),
        CatalogTable(name="entry", primary_key=["entry_id"], references={"angler_id": "angler.angler_id", "tourn_id": "tournament.tourn_id"},
                     columns=[CatalogColumn(name="entry_id", type="integer", nullable=False), CatalogColumn(name="angler_id", type="integer", nullable=False),
                              CatalogColumn(name="tourn_id", type="integer", nullable=False), CatalogColumn(name="catch_kg", type="numeric(6,2)")]),
    ],
)  # fmt: skip


def test_a_function_word_names_no_column():
    assert column_of(CLUB.table("angler"), "in") is None
    assert column_of(CLUB.table("angler"), "opt in") is None or column_of(CLUB.table("angler"), "opt in") == "news_opt_in"


@pytest.mark.parametrize(
    "request_text",
    ["Anglers who have competed in more than 3 tournaments", "Anglers that competed in more than 3 tournaments, with how many each"],
)
def test_the_subject_of_a_relative_clause_is_what_is_counted_for(tmp_path, request_text):
    spec, gaps = written_spec(request_text, CLUB, tmp_path)
    text = str(spec["transformations"])
    assert "news_opt_in" not in text
    if not gaps:  # read: each angler's tournaments counted through the entries, kept above 3
        assert spec["source"]["table"] == "entry" and "angler_id" in text and "> 3" in text, spec


def test_how_many_each_is_the_count_of_each_group(tmp_path):
    """Before, 'with how many each' left 'each' unplaced, as if it named what was counted."""
    spec, gaps = written_spec("Anglers that competed in more than 3 tournaments, with how many each", CLUB, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "entry"


def test_rows_whose_own_parent_is_missing_answer_no_verb(tmp_path):
    """'... but never won any tournament' became entries with no tournament (an anti join to the table the
    entries refer to), reported valid; no verb of a request says a row's own parent is missing."""
    spec, gaps = written_spec("Anglers who have competed in at least one tournament but have never finished any tournament", CLUB, tmp_path)
    orphans = spec["source"]["table"] == "entry" and any(t["type"] == "join" and t.get("how") == "anti" and t.get("table") == "tournament" for t in spec["transformations"])
    assert not orphans or gaps, spec


def test_from_every_group_is_which_rows_of_a_load_not_a_grouping(tmp_path):
    """'load all the entries, from every tournament' was grouped by tournament with a count nobody asked for."""
    spec, gaps = written_spec("Load all the entries, from every tournament", CLUB, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "entry" and not any(t["type"] == "aggregate" for t in spec["transformations"])
