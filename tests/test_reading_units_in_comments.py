"""Units a schema spells out only in its comments, over a schema made up for these tests (a water haulier:
`tanker.cap_l` is 'capacity in litres', `haul.net_t` 'tonnes carried', `haul.rate_eur` 'price per tonne', two volumes in litres, `haul.vol_l`
'pumped out' and `refill.vol_l` 'taken on'):
a one-letter part of a name is a unit where the comment says so, a request's unit is converted to it, and a
rate per unit is no quantity kept in that unit."""

from __future__ import annotations

import pytest
from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.catalog.abbreviations import identifier_abbreviations
from ai_etl.language.presentation import without_stated_units
from ai_etl.language.request_text import without_do_support

WATER = Catalog(
    connector="water",
    tables=[
        CatalogTable(name="tanker", primary_key=["tanker_id"], columns=[
            CatalogColumn(name="tanker_id", type="integer", nullable=False), CatalogColumn(name="reg_no", type="text"),
            CatalogColumn(name="cap_l", type="integer", comment="capacity in litres"),
            CatalogColumn(name="in_service", type="boolean")]),
        CatalogTable(name="haul", primary_key=["haul_id"], references={"tanker_id": "tanker.tanker_id"}, columns=[
            CatalogColumn(name="haul_id", type="integer", nullable=False), CatalogColumn(name="tanker_id", type="integer"),
            CatalogColumn(name="hauled_on", type="date"), CatalogColumn(name="net_t", type="numeric", comment="tonnes carried"),
            CatalogColumn(name="rate_eur", type="numeric", comment="price per tonne"),
            CatalogColumn(name="vol_l", type="numeric", comment="water pumped out at the site, litres"),
            CatalogColumn(name="hl_stat", type="text", comment="P = planned, D = delivered, X = called off",
                          values=["D", "P", "X"], value_names={"P": ["planned"], "D": ["delivered"], "X": ["called off"]})]),
        CatalogTable(name="refill", primary_key=["refill_id"], references={"tanker_id": "tanker.tanker_id"}, columns=[
            CatalogColumn(name="refill_id", type="integer", nullable=False), CatalogColumn(name="tanker_id", type="integer"),
            CatalogColumn(name="filled_at", type="timestamp"), CatalogColumn(name="vol_l", type="numeric", comment="water taken on, litres"),
            CatalogColumn(name="src_cd", type="text", comment="R = river, B = borehole, pumped = pumped from a well",
                          values=["B", "R", "pumped"], value_names={"R": ["river"], "B": ["borehole"]})]),
    ],
)  # fmt: skip


def steps(request: str, tmp_path) -> tuple[list[dict], list]:
    spec, gaps = written_spec(request, WATER, tmp_path)
    return spec["transformations"], gaps


def test_a_one_letter_unit_is_one_where_the_comment_spells_it_out():
    found = identifier_abbreviations(WATER)
    assert found["cap_l"]["l"] == "litres" and found["net_t"]["t"] == "tonnes"
    assert "t" not in found.get("rate_eur", {})  # 'per tonne' is what a rate is of, not its unit


def test_a_capacity_said_in_another_unit_is_converted(tmp_path):
    """Before: 'hectolitres' named no column (`cap_l` was no column in litres), and the request was refused."""
    found, gaps = steps("Tankers bigger than 20 hectolitres that are in service", tmp_path)
    assert found == [{"type": "filter", "condition": "cap_l > 2000 and in_service"}] and gaps == []


def test_a_weight_said_of_the_rows_named_before_it(tmp_path):
    """Before: 'tonnes' was blanked as a unit no column names, and 'heavier than 2' became a condition on `hauls`."""
    found, gaps = steps("Hauls heavier than 2 tonnes", tmp_path)
    assert found == [{"type": "filter", "condition": "net_t > 2"}] and gaps == []


@pytest.mark.parametrize(
    ("request_text", "group"),
    [
        ("Tonnes hauled per month in 2025", "month"),  # the table by the unit, the sum by the amount said before its group
        ("How many tonnes were hauled in 2025", None),  # 'how many' of a unit: an amount summed, not the rows counted
        ("how many tonnes did each tanker haul", "tanker_tanker_id"),  # 'did each tanker haul': the tankers, not the hauls
    ],
)
def test_an_amount_in_a_unit_is_summed(request_text, group, tmp_path):
    found, gaps = steps(request_text, tmp_path)
    aggregate = next(s for s in found if s["type"] == "aggregate")
    keys = [k if isinstance(k, str) else k["name"] for k in aggregate["group_by"]]
    assert [m["expr"] for m in aggregate["measures"]] == ["sum(net_t)"] and keys == ([group] if group else []) and gaps == []


def test_a_unit_said_is_kept_only_where_a_column_is_kept_in_its_dimension():
    assert without_stated_units("hauls over 5 tonnes", ["haul_id", "weight_kg"]) == "hauls over 5 tonnes"
    assert without_stated_units("rivers longer than 5 kilometers", ["river_id", "weight_kg"]).rstrip() == "rivers longer than 5"
    assert without_stated_units("rivers longer than 5 kilometers", ["river_id", "length_m"]) == "rivers longer than 5 kilometers"


def test_a_question_with_a_named_subject_is_read_in_the_past_tense():
    assert without_do_support("how many tonnes did each tanker haul in 2025") == "how many tonnes each tanker hauled in 2025"
    assert without_do_support("how many orders did each delivery truck carry") == "how many orders each delivery truck carried"
    assert without_do_support("which tanker did the most work") == "which tanker did the most work"  # no do-support
    assert without_do_support("how many did each tanker's hauls weigh") == "how many did each tanker's hauls weigh"  # no base form after 'each X'
    assert without_do_support("how many hauls did each tanker") == "how many hauls did each tanker"


@pytest.mark.parametrize(
    ("request_text", "measure", "condition"),
    [
        ("Hectolitres pumped per month", "sum(toDecimal128(vol_l, 9)) / 100", "vol_l != 0"),  # (as a float: a Decimal keeps its scale) the hauls' volume ('pumped out'), not the refills'
        ("Litres delivered per tanker in 2025", "sum(vol_l)", "hl_stat = 'D'"),  # a state of the amount's own rows is still read
    ],
)
def test_the_act_said_after_a_unit_picks_the_amount(request_text, measure, condition, tmp_path):
    """Before: two columns in litres, and 'pumped' was read as the refills' source value 'pumped' (rows of another
    table), the volume left unplaced."""
    found, gaps = steps(request_text, tmp_path)
    aggregate = next(s for s in found if s["type"] == "aggregate")
    assert [m["expr"] for m in aggregate["measures"]] == [measure] and condition in str(found) and gaps == [], found


@pytest.mark.parametrize(
    ("request_text", "condition"),
    [("Tankers bigger than 20hl", "cap_l > 2000"), ("Hauls heavier than 2t. Don't schedule it, I'll run it myself.", "net_t > 2")],
)
def test_a_unit_written_onto_its_number(request_text, condition, tmp_path):
    """Before: '20hl' was one word no column named, and "don't schedule it" was left unplaced."""
    found, gaps = steps(request_text, tmp_path)
    assert found == [{"type": "filter", "condition": condition}] and gaps == []


@pytest.mark.parametrize(
    ("request_text", "keys"),
    [("Average tonnes per haul by month", ["month"]), ("Average tonnes per haul", []), ("Average tonnes per haul per tanker", ["tanker_id"])],
)
def test_an_average_per_row_is_over_the_rows(request_text, keys, tmp_path):
    """Before: 'average tonnes per haul by month' grouped by each haul too (the average of one haul, one row each),
    reported valid."""
    found, gaps = steps(request_text, tmp_path)
    aggregate = next(s for s in found if s["type"] == "aggregate")
    assert [k if isinstance(k, str) else k["name"] for k in aggregate["group_by"]] == keys and gaps == []
    assert [m["expr"] for m in aggregate["measures"]] == ["avg(net_t)"]
