"""Names as a schema's owner says them, over a schema made up for these tests (a courier: customers who
send and receive parcels): `subscription_type` is "the subscription", `fee_amt` "the fee", two references
to one table are told apart by their own words, and a grain word that is also a value is a grain."""

from __future__ import annotations

import pytest
from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.agents.schema_analyst import Refusal
from ai_etl.language.request_parser import parse_request

COURIER = Catalog(
    connector="courier",
    tables=[
        CatalogTable(name="customers", primary_key=["customer_id"], columns=[
            CatalogColumn(name="customer_id", type="integer"), CatalogColumn(name="full_name", type="text"), CatalogColumn(name="city", type="text"),
            CatalogColumn(name="subscription_type", type="text", values=["weekly", "monthly", "none"])]),
        CatalogTable(name="parcels", primary_key=["parcel_id"], references={"sender_id": "customers.customer_id", "receiver_id": "customers.customer_id"}, columns=[
            CatalogColumn(name="parcel_id", type="integer"), CatalogColumn(name="sender_id", type="integer"), CatalogColumn(name="receiver_id", type="integer"),
            CatalogColumn(name="fee_amt", type="numeric(8,2)"), CatalogColumn(name="sent_at", type="timestamp without time zone")]),
    ],
)  # fmt: skip


def test_a_kind_column_is_said_by_its_noun():
    assert [g.column for g in parse_request("how many customers are on each subscription?", COURIER).group_by] == ["customers.subscription_type"]
    assert [(m.function, m.column) for m in parse_request("total fees of parcels", COURIER).measures] == [("sum", "parcels.fee_amt")]


def test_a_grain_word_that_is_also_a_value_is_a_grain(tmp_path):
    spec, gaps = written_spec("Weekly total fees per calendar week", COURIER, tmp_path)
    assert gaps == [] and "weekly" not in str(spec["transformations"])
    assert "toMonday(sent_at)" in str(spec["transformations"]) or "toStartOfWeek(sent_at)" in str(spec["transformations"])


def test_a_grain_word_before_its_own_rows_is_their_value():
    conditions = parse_request("weekly customers in Paris", COURIER).conditions
    assert ("customers.subscription_type", "=", "weekly") in [(c.column, c.op, c.value) for c in conditions]


def test_of_two_references_the_one_said_is_joined(tmp_path):
    spec, gaps = written_spec("number of parcels per city of the receiver", COURIER, tmp_path)
    join = next(t for t in spec["transformations"] if t["type"] == "join")
    assert gaps == [] and join["left_on"] == "receiver_id"


def test_of_two_references_none_said_is_asked(tmp_path):
    with pytest.raises(Refusal, match="more than one way"):
        written_spec("number of parcels per customer", COURIER, tmp_path)


def test_the_money_spent_on_a_column_is_its_total_and_a_ranking_keeps_only_real_groups(tmp_path):
    """'top 3 invoices by total money spent on fees': lines with no invoice are no invoice's."""
    from test_reading_time import KENNEL

    spec, gaps = written_spec("top 3 invoices by total money spent on fees", KENNEL, tmp_path)
    assert gaps == [] and "sum(fee)" in str(spec["transformations"]) and "isNotNull(invoice_id)" in str(spec["transformations"])


def test_the_oldest_and_newest_of_a_date_are_its_min_and_max():
    measures = parse_request("the earliest and latest sending time per city of the sender", COURIER).measures
    assert [(m.function, m.column) for m in measures] == [("min", "parcels.sent_at"), ("max", "parcels.sent_at")]


DISPATCH = Catalog(
    connector="dispatch",
    tables=[
        CatalogTable(name="hub", primary_key=["hub_id"], identifier="hub_id", columns=[
            CatalogColumn(name="hub_id", type="integer"), CatalogColumn(name="hub_name", type="text")]),
        CatalogTable(name="van", primary_key=["van_id"], identifier="van_id", references={"hub_id": "hub.hub_id"}, columns=[
            CatalogColumn(name="van_id", type="integer"), CatalogColumn(name="hub_id", type="integer")]),
        CatalogTable(name="route", primary_key=["route_id"], identifier="route_id", references={"van_id": "van.van_id"}, columns=[
            CatalogColumn(name="route_id", type="integer"), CatalogColumn(name="van_id", type="integer")]),
        CatalogTable(name="parcel", primary_key=["parcel_id"], identifier="parcel_id", references={"route_id": "route.route_id"}, columns=[
            CatalogColumn(name="parcel_id", type="integer"), CatalogColumn(name="route_id", type="integer"),
            CatalogColumn(name="weight_kg", type="numeric(6,2)")]),
        CatalogTable(name="med_dispense", primary_key=["disp_id"], identifier="disp_id", columns=[
            CatalogColumn(name="disp_id", type="integer"), CatalogColumn(name="med_nm", type="text", values=["ibuprofen", "zinc"]),
            CatalogColumn(name="dose_mg", type="integer"), CatalogColumn(name="stock_cd", type="text")],
            references={"stock_cd": "stock_catalog.stock_cd"}),
        CatalogTable(name="stock_catalog", primary_key=["stock_cd"], identifier="stock_cd", columns=[
            CatalogColumn(name="stock_cd", type="text"), CatalogColumn(name="shelf", type="text", values=["A", "B"])]),
    ],
)  # fmt: skip


def test_a_table_three_references_up_is_a_group_of_the_rows(tmp_path):
    """'parcels per hub': each parcel's route's van's hub (only along references, so no row repeats);
    within two joins was the limit before."""
    spec, gaps = written_spec("How many parcels did each hub send out?", DISPATCH, tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert aggregate["group_by"] == ["hub_name"] and [t["table"] for t in spec["transformations"] if t["type"] == "join"] == ["route", "van", "hub"]
    assert gaps == []


def test_a_name_column_abbreviated_is_said_by_its_noun(tmp_path):
    """`med_nm` is "the med" as `country_name` is "the country"."""
    spec, gaps = written_spec("average dose for each med", DISPATCH, tmp_path)
    assert next(t for t in spec["transformations"] if t["type"] == "aggregate")["group_by"] == ["med_nm"] and gaps == []


def test_a_compound_column_goes_to_the_one_table_partly_named_that_has_it(tmp_path):
    """'stock shelf': `med_dispense` and `stock_catalog` are both partly 'stock'; only the catalog has a shelf."""
    spec, gaps = written_spec("Total dose by stock shelf", DISPATCH, tmp_path)
    assert next(t for t in spec["transformations"] if t["type"] == "aggregate")["group_by"] == ["shelf"] and gaps == []


def test_a_word_names_the_table_whose_head_noun_it_is():
    """`festival_stage` is a stage, `stage_booking` a booking (of a stage), `gate_scan_log` a scan (a
    log is how scans are kept): a word names the table it is the head noun of, before one it qualifies;
    `gate_read` rows are "readings"."""
    from ai_etl.language.reading import resolve_table

    catalog = Catalog(connector="fest", tables=[
        CatalogTable(name=name, columns=[CatalogColumn(name=f"{name}_id", type="integer")])
        for name in ("festival_stage", "stage_booking", "gate_scan_log", "gate", "gate_read", "settlement")
    ])  # fmt: skip
    assert [resolve_table(catalog, w) for w in ("stages", "bookings", "scans", "gates", "festival", "readings", "bills")] == [
        "festival_stage", "stage_booking", "gate_scan_log", "gate", "festival_stage", "gate_read", None]


RIDERS = Catalog(
    connector="rides",
    tables=[
        CatalogTable(name="rider", primary_key=["rider_id"], identifier="rider_id", columns=[
            CatalogColumn(name="rider_id", type="integer"), CatalogColumn(name="rider_name", type="text")]),
        CatalogTable(name="ride", primary_key=["ride_id"], identifier="ride_id", references={"rider_id": "rider.rider_id"}, columns=[
            CatalogColumn(name="ride_id", type="integer"), CatalogColumn(name="rider_id", type="integer"),
            CatalogColumn(name="km_ridden", type="integer"), CatalogColumn(name="qty_returned", type="integer")]),
    ],
)  # fmt: skip


def test_a_participle_after_a_noun_says_which_not_what():
    """`km_ridden` is kilometres (that were ridden), not 'rides': 'the most rides' counts the rides; 'km
    ridden' and 'returned quantity' still name their columns."""
    intent = parse_request("Which rider took the most rides?", RIDERS)
    assert [(m.function, m.column) for m in intent.measures] == [("count", None)]
    assert [(m.function, m.column) for m in parse_request("total km ridden per rider", RIDERS).measures] == [("sum", "ride.km_ridden")]
    assert [(m.function, m.column) for m in parse_request("total returned quantity per rider", RIDERS).measures] == [("sum", "ride.qty_returned")]


def test_a_list_of_another_tables_columns_comes_whole(tmp_path):
    """'dogs with their kennel's name, town and phone': every column listed after the first is the
    kennel's too (the town was left over), and `kennel_nm` is its name."""
    kennels = Catalog(connector="k", tables=[
        CatalogTable(name="kennel", primary_key=["kennel_id"], identifier="kennel_id", columns=[
            CatalogColumn(name="kennel_id", type="integer"), CatalogColumn(name="kennel_nm", type="text"),
            CatalogColumn(name="town", type="text"), CatalogColumn(name="phone", type="text")]),
        CatalogTable(name="dog", primary_key=["dog_id"], identifier="dog_id", references={"kennel_id": "kennel.kennel_id"}, columns=[
            CatalogColumn(name="dog_id", type="integer"), CatalogColumn(name="kennel_id", type="integer")]),
    ])  # fmt: skip
    spec, gaps = written_spec("dogs with their kennel's name, town and phone", kennels, tmp_path)
    join = next(t for t in spec["transformations"] if t["type"] == "join")
    assert sorted(join["columns"]) == ["kennel_nm", "phone", "town"] and gaps == []


def test_ad_slots_are_ad_spots():
    from ai_etl.language.reading import resolve_table

    catalog = Catalog(connector="ads", tables=[CatalogTable(name="ad_spot", columns=[CatalogColumn(name="spot_id", type="integer")])])
    assert resolve_table(catalog, "slots") == "ad_spot"


def test_a_word_of_a_tables_name_beats_a_synonym_of_another_in_mentions_too():
    """'How many users in each role' over `acct_users` and `accounts` (account ~ user): the table whose name
    has the word is read (it was 'not distinctive' and the request was refused as naming no table)."""
    saas = Catalog(connector="saas", tables=[
        CatalogTable(name="accounts", primary_key=["account_id"], columns=[CatalogColumn(name="account_id", type="integer")]),
        CatalogTable(name="acct_users", primary_key=["user_id"], references={"account_id": "accounts.account_id"}, columns=[
            CatalogColumn(name="user_id", type="integer"), CatalogColumn(name="account_id", type="integer"),
            CatalogColumn(name="user_role", type="text", values=["admin", "viewer"])]),
    ])  # fmt: skip
    intent = parse_request("How many users are there in each role?", saas)
    assert intent.main_table == "acct_users" and [g.column for g in intent.group_by] == ["acct_users.user_role"]
