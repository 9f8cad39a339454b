"""Russian requests over a schema made up for these tests (a fitness studio, English names): words are
reduced to their dictionary form (pymorphy3) and read in English; loanwords the lexicon lacks are the
schema's own words by their transliteration ('сессия' -> session); the schedule is read from the
Russian words and is not also a grouping."""

from __future__ import annotations

from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.language.russian import translate_russian

STUDIO = Catalog(
    connector="studio",
    tables=[
        CatalogTable(name="coach", primary_key=["coach_id"], identifier="coach_id", columns=[
            CatalogColumn(name="coach_id", type="integer"), CatalogColumn(name="coach_name", type="text")]),
        CatalogTable(name="client", primary_key=["client_id"], identifier="client_id", columns=[
            CatalogColumn(name="client_id", type="integer"), CatalogColumn(name="full_name", type="text"),
            CatalogColumn(name="tier", type="text", values=["basic", "premium"])]),
        CatalogTable(name="studio_session", primary_key=["session_id"], identifier="session_id", references={"coach_id": "coach.coach_id"}, columns=[
            CatalogColumn(name="session_id", type="integer"), CatalogColumn(name="coach_id", type="integer"),
            CatalogColumn(name="category", type="text", values=["yoga", "spin", "boxing"]), CatalogColumn(name="started_at", type="timestamp")]),
    ],
)  # fmt: skip


def test_words_are_read_by_their_dictionary_form_and_loanwords_by_the_schema():
    names = [n for t in STUDIO.tables for n in (t.name, *(c.name for c in t.columns))]
    assert translate_russian("количество сессий по категориям", names) == "number of sessions per categories"


def test_a_russian_grouped_count_with_a_schedule(tmp_path):
    spec, gaps = written_spec("Посчитай количество сессий по каждой категории за 2024 год, обновляй каждый день в 6 утра", STUDIO, tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert aggregate["group_by"] == ["category"] and spec["schedule"]["cron"] == "0 6 * * *"
    assert "toYear(started_at) = 2024" in str(spec["transformations"]) and gaps == []


def test_a_russian_load_of_a_table_said_by_a_synonym(tmp_path):
    """'клиентов' -> customers -> the `client` table (a synonym), every Monday at 9."""
    spec, gaps = written_spec("Выгружай всех клиентов каждый понедельник в 9 утра", STUDIO, tmp_path)
    assert spec["source"]["table"] == "client" and spec["schedule"]["cron"] == "0 9 * * 1" and gaps == []



def test_rows_said_not_to_count_are_left_out():
    """'Аннулированные выдачи не считай' ('don't count the voided loans') reads as 'do not count', which the English reading
    leaves out. Before, 'not count' was read and only the voided loans were kept."""
    assert translate_russian("Аннулированные выдачи не считай").endswith("do not count")
