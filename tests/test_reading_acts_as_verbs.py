"""Acts said as verbs over a schema made up for these tests (a hostel: guests, rooms of a room type,
stays and their invoices): 'the most stayed-in' is not said, but 'booked', 'paid', 'reserved' are, and
each names the table that records the act by its noun."""

from __future__ import annotations

import pytest
from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.language.acts import act_table, with_acts_named
from ai_etl.language.request_parser import parse_request

HOSTEL = Catalog(
    connector="hostel",
    tables=[
        CatalogTable(name="guest", primary_key=["guest_id"], columns=[
            CatalogColumn(name="guest_id", type="integer"), CatalogColumn(name="full_name", type="text"), CatalogColumn(name="home_country", type="text")]),
        CatalogTable(name="room", primary_key=["room_id"], columns=[
            CatalogColumn(name="room_id", type="integer"), CatalogColumn(name="room_label", type="text"),
            CatalogColumn(name="room_type", type="text", values=["dorm", "private", "suite"])]),
        CatalogTable(name="reservation", primary_key=["reservation_id"], references={"guest_id": "guest.guest_id", "room_id": "room.room_id"}, columns=[
            CatalogColumn(name="reservation_id", type="integer"), CatalogColumn(name="guest_id", type="integer"), CatalogColumn(name="room_id", type="integer"),
            CatalogColumn(name="arrival_date", type="date"), CatalogColumn(name="nights", type="integer")]),
        CatalogTable(name="invoice", primary_key=["invoice_id"], references={"reservation_id": "reservation.reservation_id"}, columns=[
            CatalogColumn(name="invoice_id", type="integer"), CatalogColumn(name="reservation_id", type="integer"), CatalogColumn(name="total", type="numeric(8,2)")]),
    ],
)  # fmt: skip


def test_a_verb_names_the_table_of_its_act_by_its_noun():
    assert act_table(HOSTEL, "booked") == "reservation" and act_table(HOSTEL, "reserved") == "reservation"
    assert act_table(HOSTEL, "borrowed") is None  # no table records borrowing here


def test_the_most_booked_rooms_are_the_rooms_with_the_most_reservations():
    assert with_acts_named("the 3 most booked rooms", HOSTEL) == "the 3 rooms with the most reservations"
    intent = parse_request("What are the 3 most booked rooms?", HOSTEL)
    assert intent.main_table == "reservation" and intent.rank and intent.rank.limit == 3
    assert [(m.function, m.column) for m in intent.measures] == [("count", None)]


def test_which_x_was_booked_the_most_is_a_ranking_of_x_by_reservations():
    intent = parse_request("Which room type was booked the most in 2025?", HOSTEL)
    assert intent.main_table == "reservation" and [g.column for g in intent.group_by] == ["room.room_type"] and intent.rank.limit == 1
    assert [(c.column, c.op, c.value) for c in intent.conditions] == [("reservation.arrival_date", "year", 2025)]


@pytest.mark.parametrize("said", ["guests who booked more than 4 times", "guests who have reserved more than 4 times"])
def test_a_number_of_times_is_a_count_of_the_acts(said):
    intent = parse_request(said, HOSTEL)
    assert intent.main_table == "reservation" and [(h.op, h.value) for h in intent.having] == [(">", 4)]


def test_distinct_people_who_did_something_each_month(tmp_path):
    spec, gaps = written_spec("How many distinct guests booked something each month?", HOSTEL, tmp_path)
    assert gaps == []
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert "uniqExact(guest_id)" in str(aggregate["measures"]) and "toStartOfMonth(arrival_date)" in str(aggregate["group_by"])


def test_an_ambiguous_act_is_left_as_said():
    """No table here records paying (an invoice is no payment): the verb is left as said, for coverage to ask."""
    assert with_acts_named("guests who paid more than 3 times", HOSTEL) == "guests who paid more than 3 times"


FLEET = Catalog(
    connector="fleet",
    tables=[
        CatalogTable(name="scooter_model", primary_key=["model_id"], columns=[CatalogColumn(name="model_id", type="integer"), CatalogColumn(name="model_name", type="text")]),
        CatalogTable(name="scooter", primary_key=["scooter_id"], references={"model_id": "scooter_model.model_id"}, columns=[
            CatalogColumn(name="scooter_id", type="integer"), CatalogColumn(name="model_id", type="integer")]),
        CatalogTable(name="hire", primary_key=["hire_id"], references={"scooter_id": "scooter.scooter_id"}, columns=[
            CatalogColumn(name="hire_id", type="integer"), CatalogColumn(name="scooter_id", type="integer"), CatalogColumn(name="hired_on", type="date")]),
    ],
)  # fmt: skip


def test_never_done_two_tables_away_is_no_act_of_any_of_its_rows(tmp_path):
    """'models never hired': no hire of any scooter of the model (NOT EXISTS over two hops)."""
    spec, gaps = written_spec("scooter models that have never been hired", FLEET, tmp_path)
    anti = next(t for t in spec["transformations"] if t.get("how") == "anti")
    assert gaps == [] and anti["table"] == "scooter" and [h["table"] for h in anti["through"]] == ["hire"]


def test_an_act_is_named_only_where_its_rows_belong_to_the_subject():
    """'guests were invoiced' names no reservation; 'rooms were booked' does (a reservation is of a room),
    and 'reservations were booked' is the act's own rows."""
    assert with_acts_named("rooms that were booked in 2025", HOSTEL) == "rooms that had reservations in 2025"
    assert with_acts_named("reservations that were booked in 2025", HOSTEL) == "reservations that were booked in 2025"


def test_the_rows_own_act_is_not_another_tables_status(tmp_path):
    """'shipments sent before July' where purchase orders have a status 'sent': the shipments' own act
    (a shipment is what is sent), so no gap names the orders' status and no filter takes it."""
    depot = Catalog(connector="d", tables=[
        CatalogTable(name="supply_order", primary_key=["order_id"], identifier="order_id", columns=[
            CatalogColumn(name="order_id", type="integer"), CatalogColumn(name="status", type="text", values=["draft", "sent", "received"])]),
        CatalogTable(name="shipment", primary_key=["shipment_id"], identifier="shipment_id", columns=[
            CatalogColumn(name="shipment_id", type="integer"), CatalogColumn(name="carrier", type="text", values=["DHL", "UPS"]),
            CatalogColumn(name="shipped_at", type="timestamp"), CatalogColumn(name="cost", type="numeric(8,2)")]),
    ])  # fmt: skip
    spec, gaps = written_spec("Total cost per carrier for shipments sent before 1 July 2025", depot, tmp_path)
    assert "status" not in str(spec["transformations"]) and "shipped_at < '2025-07-01'" in str(spec["transformations"]) and gaps == []


def test_how_much_did_we_do_is_the_money_of_the_acts_rows(tmp_path):
    """'How much did we charge each month?' over a table of charges: the total of their amount."""
    fees = Catalog(connector="f", tables=[CatalogTable(name="charge", primary_key=["charge_id"], identifier="charge_id", columns=[
        CatalogColumn(name="charge_id", type="integer"), CatalogColumn(name="fee_amt", type="numeric(8,2)"), CatalogColumn(name="charged_on", type="date")])])  # fmt: skip
    spec, gaps = written_spec("How much did we charge in each month of 2024?", fees, tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert aggregate["measures"][0]["expr"] == "sum(fee_amt)" and "toStartOfMonth(charged_on)" in str(aggregate) and gaps == []
