"""When a row happened, over a schema made up for these tests (a kennel: dogs kept in kennels, their
walks, invoices and invoice lines): a parent's date is the time of the rows that are part of it, never of
rows merely kept there; the time of day a pipeline runs is never a column; a date column is said by what
happened ('no drop off time'); an incremental load's watermark and currencies of amounts are wording."""

from __future__ import annotations

import pytest
from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.language.request_parser import parse_request

KENNEL = Catalog(
    connector="kennel",
    tables=[
        CatalogTable(name="kennels", primary_key=["kennel_id"], columns=[
            CatalogColumn(name="kennel_id", type="integer"), CatalogColumn(name="kennel_name", type="text"), CatalogColumn(name="built_on", type="date")]),
        CatalogTable(name="dogs", primary_key=["dog_id"], references={"kennel_id": "kennels.kennel_id"}, columns=[
            CatalogColumn(name="dog_id", type="integer"), CatalogColumn(name="dog_name", type="text"), CatalogColumn(name="kennel_id", type="integer"),
            CatalogColumn(name="breed", type="text", values=["beagle", "collie", "poodle"])]),
        CatalogTable(name="walks", primary_key=["walk_id"], columns=[
            CatalogColumn(name="walk_id", type="integer"), CatalogColumn(name="dog_id", type="integer"),
            CatalogColumn(name="walk_date", type="date"), CatalogColumn(name="minutes", type="integer"),
            CatalogColumn(name="updated_at", type="timestamp without time zone"),
            CatalogColumn(name="picked_up_at", type="timestamp without time zone"), CatalogColumn(name="dropped_off_at", type="timestamp without time zone"),
            CatalogColumn(name="start_kennel_id", type="integer"), CatalogColumn(name="end_kennel_id", type="integer")],
            references={"dog_id": "dogs.dog_id", "start_kennel_id": "kennels.kennel_id", "end_kennel_id": "kennels.kennel_id"}),
        CatalogTable(name="invoices", primary_key=["invoice_id"], columns=[
            CatalogColumn(name="invoice_id", type="integer"), CatalogColumn(name="issued_on", type="date"),
            CatalogColumn(name="status", type="text", values=["open", "paid"]), CatalogColumn(name="updated_at", type="timestamp without time zone")]),
        CatalogTable(name="invoice_lines", primary_key=["line_id"], references={"invoice_id": "invoices.invoice_id"}, columns=[
            CatalogColumn(name="line_id", type="integer"), CatalogColumn(name="invoice_id", type="integer"), CatalogColumn(name="fee", type="numeric(8,2)")]),
    ],
)  # fmt: skip


def test_a_parent_date_is_not_the_time_of_rows_kept_there():
    """A dog is not born when its kennel was built: 'dogs per month' has no time to group by."""
    intent = parse_request("number of dogs in each month", KENNEL)
    assert all(g.column != "kennels.built_on" for g in intent.group_by)


def test_a_parent_date_is_the_time_of_its_lines():
    intent = parse_request("total fee of invoice lines per month", KENNEL)
    assert [(g.column, g.grain) for g in intent.group_by] == [("invoices.issued_on", "month")]


@pytest.mark.parametrize("when", ["every Friday at 9 pm", "daily at 10 pm", "every Monday at noon", "weekly on Sundays at 6:30"])
def test_the_time_a_pipeline_runs_is_not_a_group_key(when):
    intent = parse_request(f"Number of invoices per status, {when}", KENNEL)
    assert [g.column for g in intent.group_by] == ["invoices.status"]
    assert intent.cron is not None


@pytest.mark.parametrize(("said", "column"), [("no drop off time", "walks.dropped_off_at"), ("no pickup time", "walks.picked_up_at")])
def test_a_time_column_is_said_by_what_happened(said, column):
    assert [(c.column, c.op) for c in parse_request(f"walks with {said}", KENNEL).conditions] == [(column, "is_null")]


def test_a_verb_is_not_the_time_it_happened():
    """'walks picked up' says what happened to the walks, not when (no group by `picked_up_at`)."""
    assert not parse_request("which dogs had walks picked up at least three times?", KENNEL).group_by or all(
        g.column != "walks.picked_up_at" for g in parse_request("which dogs had walks picked up at least three times?", KENNEL).group_by
    )


def test_a_reference_is_said_without_its_id():
    """'per start kennel': the walks' `start_kennel_id`, and that kennel's name comes along (read through that reference)."""
    intent = parse_request("number of walks per start kennel", KENNEL)
    assert [g.column for g in intent.group_by] == ["walks.start_kennel_id", "kennels.kennel_name"]


def test_an_amount_in_the_one_currency_keeps_its_number(tmp_path):
    spec, gaps = written_spec("invoice lines with a fee above 40 euros", KENNEL, tmp_path)
    assert gaps == [] and "fee > 40" in str(spec["transformations"])


@pytest.mark.parametrize("said", ["using updated_at as the watermark column", "watermark column: updated_at", "picking up new rows by updated_at since the last run"])
def test_an_incremental_load_names_its_watermark(said, tmp_path):
    spec, gaps = written_spec(f"hourly incremental load of walks, {said}", KENNEL, tmp_path)
    assert gaps == [] and spec["load"]["mode"] == "incremental" and spec["load"]["cursor"] == "updated_at"


def test_an_incremental_load_without_a_watermark_is_refused_clearly(tmp_path):
    from ai_etl.agents.schema_analyst import Refusal

    with pytest.raises(Refusal, match="needs the column that finds new rows"):
        written_spec("hourly incremental load of walks", KENNEL, tmp_path)


def test_no_schedule_said_is_accounted_for(tmp_path):
    spec, gaps = written_spec("Just the beagles, please. One-off load, no schedule.", KENNEL, tmp_path)
    assert gaps == [] and spec.get("schedule") is None


SHIFTS = Catalog(
    connector="depot",
    tables=[
        CatalogTable(name="shifts", primary_key=["shift_id"], columns=[
            CatalogColumn(name="shift_id", type="integer"), CatalogColumn(name="worker", type="text"),
            CatalogColumn(name="started_at", type="timestamp without time zone"), CatalogColumn(name="ended_at", type="timestamp without time zone")]),
        CatalogTable(name="parking_stays", primary_key=["stay_id"], columns=[
            CatalogColumn(name="stay_id", type="integer"), CatalogColumn(name="plate", type="text"), CatalogColumn(name="entered_on", type="date"),
            CatalogColumn(name="exited_on", type="date"), CatalogColumn(name="duration_minutes", type="integer")]),
    ],
)  # fmt: skip


def test_a_duration_is_the_time_between_a_rows_start_and_end(tmp_path):
    spec, gaps = written_spec("average shift duration in hours per worker", SHIFTS, tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert gaps == [] and aggregate["group_by"] == ["worker"]
    assert [m["expr"] for m in aggregate["measures"]] == ["avg(dateDiff('second', started_at, ended_at) / 3600)"]


def test_a_duration_column_is_read_as_itself():
    intent = parse_request("average stay duration per plate", SHIFTS)
    assert [(m.function, m.column) for m in intent.measures] == [("avg", "parking_stays.duration_minutes")]


@pytest.mark.parametrize(("said", "op"), [("finished shifts", "not_null"), ("shifts that have not ended yet", "is_null"), ("shifts not ended yet", "is_null"), ("ended shifts", "not_null")])
def test_whether_an_event_happened_is_whether_its_time_is_set(said, op):
    intent = parse_request(f"copy the {said}", SHIFTS)
    assert [(c.column, c.op) for c in intent.conditions] == [("shifts.ended_at", op)]


def test_a_table_named_before_another_says_whose_rows_are_read():
    """'the dog walk log' would be walks of dogs; here 'kennel dogs': the dogs (of kennels) are read, while
    'dog names' is a column of dogs and 'dogs walk' a verb."""
    assert parse_request("copy the kennel dogs nightly", KENNEL).main_table == "dogs"
    assert parse_request("copy the invoice lines nightly", KENNEL).main_table == "invoice_lines"


@pytest.mark.parametrize(("said", "low", "high"), [
    ("between January 1 and March 31, 2025", "2025-01-01", "2025-04-01"),
    ("from December 20 to January 5, 2025", "2024-12-20", "2025-01-06"),  # the December before
    ("between 1 March and 15 March 2024", "2024-03-01", "2024-03-16"),
    ("June through August 2025", "2025-06-01", "2025-09-01"),  # no 'from': 'through' says the range (before: August only)
    ("March to May 2024", "2024-03-01", "2024-06-01"),
])
def test_a_range_end_without_a_year_takes_the_other_ends(said, low, high):
    conditions = parse_request(f"walks {said}", KENNEL).conditions
    assert [(c.op, c.value) for c in conditions] == [(">=", low), ("<", high)]


def test_two_months_said_with_and_are_no_range():
    """'March and May' are two periods (left for the coverage check to ask about), never March through May."""
    conditions = parse_request("walks in March and May 2025", KENNEL).conditions
    assert ("<", "2025-06-01") not in [(c.op, c.value) for c in conditions] or (">=", "2025-03-01") not in [(c.op, c.value) for c in conditions]


def test_a_day_written_as_iso_is_one_word(tmp_path):
    spec, gaps = written_spec("walks from 2025-01-01 to 2025-03-31", KENNEL, tmp_path)
    assert gaps == [] and "2025-04-01" in str(spec["transformations"])


def test_the_period_a_row_covers_is_not_when_it_happened(tmp_path):
    """A water bill for March-April issued in May: 'bills per month' are counted by the month they were
    issued, not by the start of the period they cover (the first date column)."""
    catalog = Catalog(connector="water", tables=[CatalogTable(name="bill", primary_key=["bill_no"], columns=[
        CatalogColumn(name="bill_no", type="integer"), CatalogColumn(name="period_start", type="date"),
        CatalogColumn(name="period_end", type="date"), CatalogColumn(name="issued_on", type="date"),
        CatalogColumn(name="due_on", type="date")])])  # fmt: skip
    spec, gaps = written_spec("number of bills per month in 2024", catalog, tmp_path)
    assert "toStartOfMonth(issued_on)" in str(spec["transformations"]) and "toYear(issued_on) = 2024" in str(spec["transformations"]) and gaps == []


def test_minutes_past_the_hour_are_the_schedule(tmp_path):
    """'hourly at a quarter past the hour': the cron's minute, so no phrase is left over."""
    catalog = Catalog(connector="m", tables=[CatalogTable(name="meter", primary_key=["meter_id"], columns=[CatalogColumn(name="meter_id", type="integer")])])
    spec, gaps = written_spec("Copy the meters hourly at a quarter past the hour", catalog, tmp_path)
    assert spec["schedule"]["cron"] == "15 * * * *" and gaps == []


HELPDESK = Catalog(
    connector="helpdesk",
    tables=[
        CatalogTable(name="incident", primary_key=["incident_id"], columns=[
            CatalogColumn(name="incident_id", type="integer"), CatalogColumn(name="reported_at", type="timestamp with time zone"),
            CatalogColumn(name="fixed_at", type="timestamp with time zone"), CatalogColumn(name="severity", type="text", values=["low", "high"])]),
        CatalogTable(name="permit", primary_key=["permit_id"], columns=[
            CatalogColumn(name="permit_id", type="integer"), CatalogColumn(name="applied_on", type="date"), CatalogColumn(name="granted_on", type="date"),
            CatalogColumn(name="district", type="text", values=["north", "south"])]),
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    ("request_text", "expr"),
    [
        ("Average time to fix an incident, in hours, per severity", "avg(dateDiff('second', reported_at, fixed_at) / 3600)"),
        ("On average, how many hours does it take us to fix an incident, for each severity?", "avg(dateDiff('second', reported_at, fixed_at) / 3600)"),
        ("On average, how many days does it take to grant a permit, by district?", "avg(dateDiff('day', applied_on, granted_on))"),
    ],
)
def test_the_time_an_act_takes_is_from_the_rows_beginning_to_the_act(tmp_path, request_text, expr):
    """'the time to fix an incident': from when it was reported to `fixed_at`, in the unit said (elapsed, not
    hour boundaries crossed); 'how many hours does it take' was counted as rows, or refused."""
    spec, gaps = written_spec(request_text, HELPDESK, tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert gaps == [] and [m["expr"] for m in aggregate["measures"]] == [expr]


TANKS = Catalog(
    connector="depot",
    tables=[
        CatalogTable(name="tank", primary_key=["tank_id"], columns=[CatalogColumn(name="tank_id", type="integer"), CatalogColumn(name="site", type="text", values=["A", "B"])]),
        CatalogTable(name="tank_fill", primary_key=["fill_id"], references={"tank_id": "tank.tank_id"}, columns=[
            CatalogColumn(name="fill_id", type="integer"), CatalogColumn(name="tank_id", type="integer"),
            CatalogColumn(name="filled_at", type="timestamp without time zone"), CatalogColumn(name="litres", type="numeric(8,1)")]),
    ],
)  # fmt: skip


def test_one_row_of_a_verb_named_table_is_its_ing_noun(tmp_path):
    """`tank_fill` rows are 'fillings', and one is 'the latest filling' (only the plural was known: the tanks were read)."""
    spec, gaps = written_spec("the latest filling for every tank", TANKS, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "tank_fill" and "limit 1 by tank_id" in str(spec["transformations"])
