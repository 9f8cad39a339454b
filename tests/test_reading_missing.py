"""Whether a row has a value at all, on a schema made up for these tests (a garden centre's plants and
their suppliers): 'without a common name' is `common_name is null`, 'with a known height' the opposite."""

from __future__ import annotations

import pytest
from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.language.coverage import check_coverage
from ai_etl.language.request_parser import parse_request
from ai_etl.spec import Pipeline

GARDEN = Catalog(
    connector="garden",
    tables=[
        CatalogTable(
            name="supplier",
            primary_key=["supplier_id"],
            columns=[CatalogColumn(name="supplier_id", type="integer"), CatalogColumn(name="supplier_name", type="text")],
        ),
        CatalogTable(
            name="plant",
            primary_key=["plant_id"],
            columns=[
                CatalogColumn(name="plant_id", type="integer"),
                CatalogColumn(name="latin_name", type="text"),
                CatalogColumn(name="common_name", type="text"),
                CatalogColumn(name="height_cm", type="integer"),
                CatalogColumn(name="hardiness", type="text", values=["hardy", "tender", "unknown"]),
                CatalogColumn(name="supplier_id", type="integer"),
            ],
            references={"supplier_id": "supplier.supplier_id"},
        ),
    ],
)


def _read(request: str, tmp_path) -> tuple[list[tuple], list[str], dict]:
    spec, gaps = written_spec(request, GARDEN, tmp_path)
    conditions = [(c.column, c.op) for c in parse_request(request, GARDEN).conditions]
    return conditions, [g.phrase for g in gaps], spec


@pytest.mark.parametrize(
    "request_text, expected",
    [
        ("plants without a common name", [("plant.common_name", "is_null")]),
        ("Which plants don't have a height on record?", [("plant.height_cm", "is_null")]),
        ("list plants whose common name is missing", [("plant.common_name", "is_null")]),
        ("plants with a known height", [("plant.height_cm", "not_null")]),
        ("plants with a known height and no common name", [("plant.height_cm", "not_null"), ("plant.common_name", "is_null")]),
    ],
)
def test_a_value_said_to_be_missing_or_known_is_a_null_condition(request_text, expected, tmp_path):
    conditions, gaps, _ = _read(request_text, tmp_path)
    assert sorted(conditions) == sorted(expected) and not gaps


def test_rows_of_another_table_said_missing_are_an_anti_join(tmp_path):
    conditions, gaps, spec = _read("suppliers with no plants", tmp_path)
    assert conditions == [] and any(t["type"] == "join" and t["how"] == "anti" for t in spec["transformations"]) and not gaps


def test_a_state_that_is_a_listed_value_is_that_value():
    """'hardiness is unknown' where 'unknown' is a hardiness: the value, not a missing one."""
    conditions = parse_request("plants whose hardiness is unknown", GARDEN).conditions
    assert [(c.column, c.op, c.value) for c in conditions] == [("plant.hardiness", "=", "unknown")]


def test_a_spec_without_the_null_condition_leaves_the_negation_unplaced(tmp_path):
    _, _, spec = _read("plants without a common name", tmp_path)
    spec["transformations"] = []
    gaps = check_coverage("plants without a common name", GARDEN, Pipeline.model_validate(spec)).gaps
    assert gaps


@pytest.mark.parametrize(
    "request_text, expr",
    [
        ("plants, showing 'unnamed' where the common name is missing", "coalesce(common_name, 'unnamed')"),
        ("list plants, filling empty common names with 'N/A'", "coalesce(common_name, 'N/A')"),
    ],
)
def test_what_to_show_for_a_missing_value_keeps_every_row(request_text, expr, tmp_path):
    conditions, gaps, spec = _read(request_text, tmp_path)
    select = spec["transformations"][0]
    assert select["type"] == "select" and {"name": "common_name", "expr": expr} in select["columns"]
    assert conditions == [] and len(spec["transformations"]) == 1 and not gaps


def test_a_clean_list_trims_lowers_and_fills_one_column_after_another(tmp_path):
    request = "a clean plant list: latin name without stray leading/trailing spaces, and the common name trimmed and lowercased"
    _, gaps, spec = _read(request, tmp_path)
    columns = spec["transformations"][0]["columns"]
    assert {"name": "latin_name", "expr": "trimBoth(latin_name)"} in columns
    assert {"name": "common_name", "expr": "lower(trimBoth(common_name))"} in columns and not gaps


def test_values_that_differ_only_in_case_are_counted_once(tmp_path):
    _, gaps, spec = _read("count distinct plant common names per hardiness, treating names that differ only in upper/lower case as the same", tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert aggregate["measures"][0]["expr"] == "uniqExact(lower(common_name))" and not gaps


def test_a_participle_whose_lemma_is_present_asks_for_no_known_value(tmp_path):
    """'presented' is lemmatised 'present': it relates plants to suppliers here, it does not ask that a value be present."""
    _, gaps, _ = _read("How many plants were presented by each supplier?", tmp_path)
    assert "presented" not in gaps
