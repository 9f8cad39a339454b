"""States of rows and comparisons with a column, over a project tracker made up for these tests: 'open
tasks' are those not closed yet, an unplaced state is a gap rather than ignored, and 'over budget'
compares with the budget or is not understood."""

from __future__ import annotations

import pytest
from written_spec import written_spec

from ai_etl.agents.contracts import Catalog
from ai_etl.agents.contracts import CatalogColumn as C
from ai_etl.agents.contracts import CatalogTable as T

TRACKER = Catalog(connector="tracker", tables=[
    T(name="projects", primary_key=["project_id"], columns=[
        C(name="project_id", type="integer"), C(name="project_name", type="text"), C(name="budget_usd", type="numeric(12,2)")]),
    T(name="tasks", primary_key=["task_id"], references={"project_id": "projects.project_id"}, columns=[
        C(name="task_id", type="integer"), C(name="project_id", type="integer"), C(name="priority", type="text", values=["low", "high", "urgent"]),
        C(name="estimate_hrs", type="numeric(6,1)"), C(name="created_at", type="timestamp without time zone"), C(name="closed_at", type="timestamp without time zone")]),
    T(name="time_entries", primary_key=["entry_id"], references={"task_id": "tasks.task_id"}, columns=[
        C(name="entry_id", type="integer"), C(name="task_id", type="integer"), C(name="hours", type="numeric(5,2)"), C(name="worked_on", type="date")]),
])  # fmt: skip
STAFF = Catalog(connector="staff", tables=[
    T(name="employees", primary_key=["emp_id"], columns=[
        C(name="emp_id", type="integer"), C(name="dept", type="text", values=["Engineering", "Design"]), C(name="start_date", type="date"), C(name="is_contractor", type="boolean")]),
])  # fmt: skip
BARE = Catalog(connector="bare", tables=[
    T(name="tickets", primary_key=["ticket_id"], columns=[C(name="ticket_id", type="integer"), C(name="queue", type="text", values=["billing", "tech"])]),
])  # fmt: skip


@pytest.mark.parametrize(("said", "condition"), [
    ("open tasks per priority", "closed_at is null"),
    ("tasks that are still open", "closed_at is null"),
    ("pending tasks", "closed_at is null"),
    ("closed tasks per month", "isNotNull(closed_at)"),
])
def test_a_state_is_whether_the_ending_event_happened(said, condition, tmp_path):
    spec, gaps = written_spec(said, TRACKER, tmp_path)
    assert gaps == [] and [t["condition"] for t in spec["transformations"] if t["type"] == "filter"] == [condition]


def test_a_state_the_schema_cannot_say_is_a_gap(tmp_path):
    """No column says whether a ticket is open: 'open tickets' is not all tickets."""
    _, gaps = written_spec("open tickets per queue", BARE, tmp_path)
    assert [g.phrase for g in gaps] == ["open"]


def test_a_comparison_with_a_column_is_made_or_asked(tmp_path):
    _, gaps = written_spec("projects over budget", TRACKER, tmp_path)
    assert [g.phrase for g in gaps] == ["over budget"]
    spec, gaps = written_spec("projects with a budget over 50000", TRACKER, tmp_path)
    assert gaps == [] and "budget_usd > 50000" in str(spec["transformations"])
    fees = Catalog(connector="fees", tables=[T(name="plans", primary_key=["plan_id"], columns=[
        C(name="plan_id", type="integer"), C(name="one_time_fee", type="numeric(8,2)"), C(name="seats", type="integer")])])
    _, gaps = written_spec("plans with more than one seat", fees, tmp_path)  # 'one' is a number here, not `one_time_fee`
    assert not [g for g in gaps if "compared" in g.why]


def test_a_spelled_unit_names_the_column_written_with_it(tmp_path):
    """'hours' is the `hours` column, not the `estimate_hrs` one, where both exist."""
    spec, gaps = written_spec("total hours logged per project", TRACKER, tmp_path)
    assert gaps == [] and "sum(hours)" in str(spec["transformations"])


def test_a_grain_is_of_the_date_of_the_act_said(tmp_path):
    """'How many tasks were closed in each month': the month they were closed, not the month they were created."""
    spec, gaps = written_spec("How many tasks were closed in each month of 2025?", TRACKER, tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert gaps == [] and "toStartOfMonth(closed_at)" in str(aggregate["group_by"])


@pytest.mark.parametrize(("said", "condition"), [
    ("employees in Engineering who are contractors", "dept = 'Engineering' and is_contractor"),
    ("non-contractor employees", "not is_contractor"),
])
def test_a_yes_no_column_said_chooses_rows(said, condition, tmp_path):
    spec, gaps = written_spec(said, STAFF, tmp_path)
    assert gaps == [] and [t["condition"] for t in spec["transformations"] if t["type"] == "filter"] == [condition]


def test_a_yes_no_column_carried_chooses_none(tmp_path):
    spec, gaps = written_spec("copy the employees table with its contractor column", STAFF, tmp_path)
    assert gaps == [] and not [t for t in spec["transformations"] if t["type"] == "filter"]


def test_a_state_that_is_a_value_is_read_as_the_value(tmp_path):
    """'completed orders' / 'open tickets' where a status column holds that word: the status, as said."""
    desk = Catalog(connector="desk", tables=[T(name="tickets", primary_key=["ticket_id"], columns=[
        C(name="ticket_id", type="integer"), C(name="state", type="text", values=["open", "completed"]),
        C(name="completed_at", type="timestamp without time zone"), C(name="closed_at", type="timestamp without time zone")])])  # fmt: skip
    for said, condition in (("completed tickets", "state = 'completed'"), ("open tickets", "state = 'open'")):
        spec, gaps = written_spec(said, desk, tmp_path)
        assert gaps == [] and [t["condition"] for t in spec["transformations"] if t["type"] == "filter"] == [condition]


def test_an_act_that_happens_to_some_rows_picks_them(tmp_path):
    """'memberships ... ended up cancelled' where `cancelled_on` is empty until one is: the act picks rows,
    so a share of all memberships per gym does not cover it (it was taken for a description, like
    'albums released', and the share was reported valid)."""
    gyms = Catalog(connector="g", tables=[
        T(name="gym", primary_key=["gym_id"], identifier="gym_id", columns=[C(name="gym_id", type="integer"), C(name="gym_name", type="text")]),
        T(name="membership", primary_key=["membership_id"], identifier="membership_id", references={"gym_id": "gym.gym_id"}, columns=[
            C(name="membership_id", type="integer"), C(name="gym_id", type="integer"), C(name="started_on", type="date"),
            C(name="cancelled_on", type="date")]),
    ])  # fmt: skip
    spec, gaps = written_spec("What percentage of memberships per gym ended up cancelled?", gyms, tmp_path)
    measures = [m["expr"] for t in spec["transformations"] if t["type"] == "aggregate" for m in t["measures"]]
    assert "cancelled" in [g.phrase for g in gaps] or (gaps == [] and measures == ["100 * toFloat64(countIf(isNotNull(cancelled_on))) / nullIf(count(), 0)"])
