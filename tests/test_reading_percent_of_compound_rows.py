"""Percentages of rows named by two nouns, and a kind said of a table whose own code is no kind, over a schema made
up for these tests (a dog-walking firm: dogs, walks of a dog on a walker's round, 'N = no-show', and training classes
with a code of their own that dogs enrol in)."""

from __future__ import annotations

from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.catalog.comments import value_names

WALK_STATES = "D = done, N = no-show (dog not ready), X = cancelled"
WALKS = Catalog(
    connector="walks",
    tables=[
        CatalogTable(name="rnd", primary_key=["rnd_id"], comment="Walking rounds", columns=[
            CatalogColumn(name="rnd_id", type="integer", nullable=False), CatalogColumn(name="rnd_nm", type="text")]),
        CatalogTable(name="dog", primary_key=["dog_id"], comment="Dogs we walk", columns=[
            CatalogColumn(name="dog_id", type="integer", nullable=False),
            CatalogColumn(name="size_cd", type="text", values=["L", "M", "S"])]),
        CatalogTable(name="cls", primary_key=["cls_id"], comment="Training classes", columns=[
            CatalogColumn(name="cls_id", type="integer", nullable=False),
            CatalogColumn(name="cls_cd", type="text", comment="e.g. PUP-2025-03"),  # one per class: too many values to list
            CatalogColumn(name="lvl_cd", type="text", values=["A", "B"])]),
        CatalogTable(name="enr", primary_key=["enr_id"], comment="Enrolments of dogs in classes", references={"dog_id": "dog.dog_id", "cls_id": "cls.cls_id"}, columns=[
            CatalogColumn(name="enr_id", type="integer", nullable=False), CatalogColumn(name="dog_id", type="integer"),
            CatalogColumn(name="cls_id", type="integer"),
            CatalogColumn(name="stat_cd", type="text", comment=WALK_STATES, values=["D", "N", "X"], value_names=value_names(WALK_STATES, ["D", "N", "X"]))]),
        CatalogTable(name="wlk", primary_key=["wlk_id"], comment="Walks", references={"dog_id": "dog.dog_id", "rnd_id": "rnd.rnd_id"}, columns=[
            CatalogColumn(name="wlk_id", type="integer", nullable=False), CatalogColumn(name="dog_id", type="integer"),
            CatalogColumn(name="rnd_id", type="integer"), CatalogColumn(name="wlk_dt", type="date"),
            CatalogColumn(name="stat_cd", type="text", comment=WALK_STATES, values=["D", "N", "X"], value_names=value_names(WALK_STATES, ["D", "N", "X"]))]),
    ],
)  # fmt: skip
NO_SHOW_PCT = "100 * toFloat64(countIf(stat_cd = 'N')) / nullIf(count(), 0)"


def test_the_percentage_of_rows_named_after_their_parent_counts_those_rows(tmp_path):
    """'dog walks' are walks (of a dog); 'on each round' groups them. Before: the dogs were read, joined to
    their walks, and grouped by nothing the request said."""
    spec, gaps = written_spec("What percentage of dog walks were no-shows on each round?", WALKS, tmp_path)
    assert spec["source"]["table"] == "wlk" and gaps == []
    aggregate = spec["transformations"][-1]
    assert aggregate["group_by"] == ["rnd_id", "rnd_nm"] and [m["expr"] for m in aggregate["measures"]] == [NO_SHOW_PCT]


def test_a_tables_own_code_is_no_kind_of_its_rows(tmp_path):
    """'each kind of class': `cls_cd` (the class code) is every class's own, not a kind; no column says a kind, so it
    is asked. Before: grouped by `cls_cd`, one row per class, reported valid."""
    spec, gaps = written_spec("What percentage of class enrolments were no-shows, for each kind of class?", WALKS, tmp_path)
    assert [g.phrase for g in gaps] == ["kind of class"]
