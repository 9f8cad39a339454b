"""Two references to one table, told apart by how a request says where things go, over a schema made up for
these tests (a ferry line's sailings between ports): 'sailings headed to Tromso' are those whose destination is
Tromso, 'departing from each port' groups by the origin, 'originating at' is the origin's verb."""

from __future__ import annotations

import pytest
from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable

FERRIES = Catalog(
    connector="ferries",
    tables=[
        CatalogTable(
            name="port",
            primary_key=["port_id"],
            columns=[CatalogColumn(name="port_id", type="integer"), CatalogColumn(name="town", type="text", values=["Bodo", "Tromso", "Narvik"])],
        ),
        CatalogTable(
            name="sailing",
            primary_key=["sailing_id"],
            columns=[
                CatalogColumn(name="sailing_id", type="integer"),
                CatalogColumn(name="orig_port_id", type="integer"),
                CatalogColumn(name="dest_port_id", type="integer"),
                CatalogColumn(name="departs_at", type="timestamp with time zone"),
            ],
            references={"orig_port_id": "port.port_id", "dest_port_id": "port.port_id"},
        ),
    ],
)


@pytest.mark.parametrize(
    ("request_text", "reference"),
    [
        ("Load the sailings headed to Tromso", "dest_port_id"),
        ("Load the sailings from the Bodo port", "orig_port_id"),
        ("Number of sailings originating at each port", "orig_port_id"),
    ],
)
def test_where_things_go_says_which_reference(tmp_path, request_text, reference):
    """Before, each of these was refused: the sailings refer to ports in two ways."""
    spec, gaps = written_spec(request_text, FERRIES, tmp_path)
    assert gaps == [] and reference in str(spec["transformations"])
    assert ({"orig_port_id", "dest_port_id"} - {reference}).pop() not in str(spec["transformations"])


def test_a_port_said_without_a_direction_is_still_asked_about(tmp_path):
    with pytest.raises(Exception, match="more than one way"):
        written_spec("Number of sailings per port", FERRIES, tmp_path)


@pytest.mark.parametrize("request_text", ["Number of sailings in 2025 for each type of sailing", "Number of sailings per type"])
def test_an_attribute_of_the_rows_is_theirs_or_of_what_they_belong_to_never_of_their_children(tmp_path, request_text):
    """'each type of sailing' is the type of the booking each sailing belongs to, not the type of the
    audits that belong to a sailing (before: grouped by `audit.check_type`, which won a tie of tables one join away
    by name: counts of the wrong groups)."""
    catalog = Catalog(connector="ferries", tables=[
        CatalogTable(name="booking_type", primary_key=["type_cd"], columns=[
            CatalogColumn(name="type_cd", type="text", values=["CHR", "SCH"]), CatalogColumn(name="type_desc", type="text")]),
        CatalogTable(name="booking", primary_key=["booking_id"], references={"type_cd": "booking_type.type_cd"}, columns=[
            CatalogColumn(name="booking_id", type="integer"), CatalogColumn(name="type_cd", type="text", values=["CHR", "SCH"])]),
        CatalogTable(name="sailing", primary_key=["sailing_id"], references={"booking_id": "booking.booking_id"}, columns=[
            CatalogColumn(name="sailing_id", type="integer"), CatalogColumn(name="booking_id", type="integer"), CatalogColumn(name="sailed_on", type="date")]),
        CatalogTable(name="audit", primary_key=["check_id"], references={"sailing_id": "sailing.sailing_id"}, columns=[
            CatalogColumn(name="check_id", type="integer"), CatalogColumn(name="sailing_id", type="integer"), CatalogColumn(name="check_type", type="text")]),
    ])  # fmt: skip
    spec, gaps = written_spec(request_text, catalog, tmp_path)
    steps = str(spec["transformations"])
    assert gaps == [] and "type_cd" in steps and "check_type" not in steps
