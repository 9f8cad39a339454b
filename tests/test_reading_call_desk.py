"""A plumbing firm's call desk, made up for these tests: districts, calls ('Calls: one row per call taken by the
desk', 'D = duplicate call'), callbacks in a table the comment spells out ('Callback to a customer'), and payments
with a kind code and two dates. Read in English and Russian: a code named by the rows' own noun is said by its
first word alone ('duplicates'); 'for each month of 2025' groups, it does not schedule; '(by booking date)' says
which date the year is of; 'per type' is the rows' own kind."""

from __future__ import annotations

from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.catalog.abbreviations import identifier_abbreviations
from ai_etl.catalog.comments import value_names, with_rows_noun_dropped

CALL_STATES = "O = open, C = closed, D = duplicate call (merged into another)"
PAY_KINDS = "CSH = cash, CRD = card, BNK = bank transfer"
CALLS = CatalogTable(name="cll", primary_key=["cll_id"], comment="Calls: one row per call taken by the desk", called=["calls", "call"],
    references={"distr_id": "distr.distr_id"}, columns=[
        CatalogColumn(name="cll_id", type="integer", nullable=False), CatalogColumn(name="distr_id", type="integer"),
        CatalogColumn(name="rcv_ts", type="timestamp", nullable=False, comment="when the call was received"),
        CatalogColumn(name="cll_st", type="text", comment=CALL_STATES, values=["C", "D", "O"], value_names=value_names(CALL_STATES, ["C", "D", "O"]))])  # fmt: skip
with_rows_noun_dropped(CALLS)
DESK = Catalog(
    connector="desk",
    tables=[
        CatalogTable(name="distr", primary_key=["distr_id"], comment="Districts", called=["districts"], columns=[
            CatalogColumn(name="distr_id", type="integer", nullable=False), CatalogColumn(name="distr_nm", type="text")]),
        CALLS,
        CatalogTable(name="cllbk", primary_key=["cb_id"], comment="Callback to a customer", references={"cll_id": "cll.cll_id"}, columns=[
            CatalogColumn(name="cb_id", type="integer", nullable=False), CatalogColumn(name="cll_id", type="integer"),
            CatalogColumn(name="cb_ts", type="timestamp", nullable=False)]),
        CatalogTable(name="pmt", primary_key=["pmt_id"], comment="Payments", called=["payments"], columns=[
            CatalogColumn(name="pmt_id", type="integer", nullable=False), CatalogColumn(name="amt_gbp", type="numeric(8,2)"),
            CatalogColumn(name="pmt_cd", type="text", comment=PAY_KINDS, values=["BNK", "CRD", "CSH"], value_names=value_names(PAY_KINDS, ["BNK", "CRD", "CSH"])),
            CatalogColumn(name="book_dt", type="date", nullable=False), CatalogColumn(name="paid_dt", type="date", nullable=False)]),
    ],
)  # fmt: skip
PER_MONTH = {"name": "month", "expr": "toStartOfMonth(rcv_ts)"}


def test_a_code_named_by_the_rows_noun_is_said_by_its_word_alone(tmp_path):
    """Before: 'duplicates' named nothing ('D = duplicate call'), so the request was refused."""
    assert "duplicate" in CALLS.column("cll_st").value_names["D"]
    spec, gaps = written_spec("How many calls per district in 2025, leaving out duplicates?", DESK, tmp_path)
    assert {"type": "filter", "condition": "cll_st != 'D' and toYear(rcv_ts) = 2025"} in spec["transformations"] and gaps == []


def test_each_month_of_a_year_in_russian_groups_and_schedules_nothing(tmp_path):
    """'за каждый месяц 2025 года': before, a monthly schedule and one total, reported valid."""
    spec, gaps = written_spec("Сколько вызовов приняли за каждый месяц 2025 года? Дубли не считай.", DESK, tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert spec.get("schedule") is None and aggregate["group_by"] == [PER_MONTH]


def test_common_russian_words_of_requests_are_read(tmp_path):
    """'вызовы' (calls) and 'выгружай' are read; before, no table was found."""
    spec, gaps = written_spec("Каждые 10 минут выгружай вызовы за ноябрь 2025 года", DESK, tmp_path)
    assert spec["source"]["table"] == "cll" and spec["schedule"]["cron"] == "*/10 * * * *" and gaps == []
    assert spec["transformations"] == [{"type": "filter", "condition": "rcv_ts >= '2025-11-01' and rcv_ts < '2025-12-01'"}]


def test_a_name_is_spelled_out_by_its_own_comment_in_any_word():
    """`cllbk` is the 'callback' of its comment, a word no dictionary has (before: read by dictionary words only)."""
    assert identifier_abbreviations(DESK)["cllbk"] == {"cllbk": "callback"}


def test_which_date_a_year_is_of_is_no_grouping_and_a_bare_type_is_the_rows_own(tmp_path):
    """'(by booking date)': the year of `book_dt`; before, also grouped by `book_dt`, one row per day."""
    for request in ("Total payment amount per type in 2025 (by booking date)", "Total payment amount per type in 2025, going by the booking date"):
        spec, gaps = written_spec(request, DESK, tmp_path)
        assert gaps == [] and {"type": "filter", "condition": "toYear(book_dt) = 2025"} in spec["transformations"], request
        assert spec["transformations"][-1]["group_by"] == ["pmt_cd"], request
