"""Quantities said in units over a schema made up for these tests (a swimming club: `lap_log` keeps
`swim_sec` and `dist_m` of each swim, `pool_session` its `dur_min`): 'hours swum' is the swims'
seconds / 3600, 'kilometres' their metres / 1000; the act said picks among columns of one dimension,
and a unit nobody keeps is not guessed."""

from __future__ import annotations

from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.language.units import column_unit, unit_measure

CLUB = Catalog(
    connector="club",
    tables=[
        CatalogTable(name="swimmer", primary_key=["swimmer_id"], identifier="swimmer_id", columns=[
            CatalogColumn(name="swimmer_id", type="integer"), CatalogColumn(name="first_name", type="text"),
            CatalogColumn(name="last_name", type="text")]),
        CatalogTable(name="pool_session", primary_key=["session_id"], identifier="session_id", columns=[
            CatalogColumn(name="session_id", type="integer"), CatalogColumn(name="dur_min", type="integer"),
            CatalogColumn(name="held_on", type="date")]),
        CatalogTable(name="lap_log", primary_key=["lap_id"], identifier="lap_id",
                     references={"swimmer_id": "swimmer.swimmer_id", "session_id": "pool_session.session_id"}, columns=[
            CatalogColumn(name="lap_id", type="integer"), CatalogColumn(name="swimmer_id", type="integer"),
            CatalogColumn(name="session_id", type="integer"), CatalogColumn(name="swim_sec", type="integer"),
            CatalogColumn(name="dist_m", type="integer"), CatalogColumn(name="swum_at", type="timestamp")]),
    ],
)  # fmt: skip


def test_a_column_is_kept_in_the_unit_its_name_says():
    assert [column_unit(c) for c in ("swim_sec", "dist_m", "dur_min", "seconds_played", "kwh_qty", "lap_id")] == ["sec", None, "min", "seconds", "kwh", None]


def test_a_unit_names_the_column_of_its_dimension_converted():
    laps = [CLUB.table("lap_log")]
    assert unit_measure(laps, "hours") == "toFloat64(lap_log.swim_sec) / 3600"
    assert unit_measure(laps, "minutes") == "toFloat64(lap_log.swim_sec) / 60"
    assert unit_measure(laps, "kilos") is None  # no mass is kept
    both = [CLUB.table("pool_session"), CLUB.table("lap_log")]
    assert unit_measure(both, "hours") == "toFloat64(pool_session.dur_min) / 60"  # two columns of time: the rows read (first) have one
    neither = [CLUB.table("swimmer"), CLUB.table("pool_session"), CLUB.table("lap_log")]
    assert unit_measure(neither, "hours") is None  # the rows read keep none: which of the others is not said
    assert unit_measure(both, "hours", "swim") == "toFloat64(lap_log.swim_sec) / 3600"  # 'hours swum': the swims'


def test_top_swimmers_by_hours_swum_in_a_year(tmp_path):
    spec, gaps = written_spec("Top 3 swimmers by total hours swum in 2025", CLUB, tmp_path)
    steps = spec["transformations"]
    aggregate = next(t for t in steps if t["type"] == "aggregate")
    assert aggregate["measures"][0]["expr"] == "sum(toDecimal128(swim_sec, 9)) / 3600" and gaps == []
    assert aggregate["group_by"] == ["swimmer_id", "first_name", "last_name"]  # a person named by the parts of the name
    assert "toYear(swum_at) = 2025" in str(steps) and "limit 3" in steps[-1]["sql"]


def test_a_unit_of_the_rows_read_is_their_own_column_before_a_parents(tmp_path):
    """'minutes of calls' summed the calling plan's included minutes once per call (telecom blind read); the
    calls' own seconds, in minutes, are what is measured."""
    from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable

    phones = Catalog(
        connector="phones",
        tables=[
            CatalogTable(name="plan", primary_key=["plan_id"], columns=[
                CatalogColumn(name="plan_id", type="integer", nullable=False), CatalogColumn(name="incl_min", type="integer")]),
            CatalogTable(name="call_rec", primary_key=["call_id"], references={"plan_id": "plan.plan_id"}, columns=[
                CatalogColumn(name="call_id", type="bigint", nullable=False), CatalogColumn(name="plan_id", type="integer", nullable=False),
                CatalogColumn(name="started_at", type="timestamp with time zone", nullable=False), CatalogColumn(name="dur_sec", type="integer")]),
        ],
    )  # fmt: skip
    spec, gaps = written_spec("Total minutes of calls per month", phones, tmp_path)
    measures = [m["expr"] for t in spec["transformations"] if t["type"] == "aggregate" for m in t["measures"]]
    assert gaps == [] and measures == ["sum(toDecimal128(dur_sec, 9)) / 60"], spec
