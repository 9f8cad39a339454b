"""Values a request names, found in the source (real embedded PostgreSQL), on a schema made up for
these tests: observatories (too many countries for the catalog to list) and their surveys."""

from __future__ import annotations

import pytest

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.agents.schema_analyst import read_catalog
from ai_etl.catalog.values import candidate_phrases, with_mentioned_values
from ai_etl.language.request_parser import parse_request

SKY = """
create table observatory (obs_id int primary key, obs_name text, country text, altitude_m int);
insert into observatory values (1, 'Paranal', 'Chile', 2635), (2, 'Mauna Kea', 'United States', 4207),
                               (3, 'La Silla', 'Chile', 2400), (4, 'Roque', 'Spain', 2396);
insert into observatory select i, 'Site ' || i, 'Land ' || i, 1000 + i from generate_series(10, 40) i;
create table survey (survey_id int primary key, obs_id int references observatory, topic text, lead text);
insert into survey values (1, 1, 'Dark Energy', 'Ortiz'), (2, 2, 'Exoplanets', 'Kahale'), (3, 1, 'Database', 'Vik');
insert into survey select i, 10 + i % 30, 'Topic ' || i, 'Lead ' || i from generate_series(10, 40) i;
"""


@pytest.fixture
def sky(scratch_db) -> tuple:
    with scratch_db.connect() as conn:
        conn.execute(SKY)
        conn.commit()
    return scratch_db, read_catalog(scratch_db, "sky")


def linked(sky, request: str) -> Catalog:
    postgres, catalog = sky
    with postgres.connect() as conn:
        conn.read_only = True
        return with_mentioned_values(request, conn, postgres.schema_name, catalog)


def test_a_named_value_of_a_column_too_varied_to_list_becomes_a_condition(sky):
    _, catalog = sky
    assert catalog.table("observatory").column("country").values is None  # 32 countries: not in the catalog
    request = "Which observatories are in Chile? Give their names and altitudes."
    intent = parse_request(request, linked(sky, request))
    assert intent.main_table == "observatory"
    assert [(c.column, c.op, c.value) for c in intent.conditions] == [("observatory.country", "=", "Chile")]


def test_a_value_in_a_joined_table_and_a_multi_word_value(sky):
    request = "Load the surveys of observatories in the United States"
    intent = parse_request(request, linked(sky, request))
    assert intent.main_table == "survey"
    assert [(c.column, c.value) for c in intent.conditions] == [("observatory.country", "United States")]
    request = "count surveys about dark energy per observatory"  # two lower-case words that are not the schema's
    assert [(c.column, c.value) for c in parse_request(request, linked(sky, request)).conditions] == [("survey.topic", "Dark Energy")]


def test_a_lower_case_word_is_never_looked_up_and_the_catalog_itself_is_unchanged(sky):
    _, catalog = sky
    request = "Load the database of surveys daily"  # 'Database' is a topic; 'database' here is not a value
    assert "database" not in candidate_phrases(request, catalog)
    assert parse_request(request, linked(sky, request)).conditions == []
    found = linked(sky, "Surveys led by Ortiz at Paranal")
    assert found.table("survey").column("lead").mentioned == ["Ortiz"]
    assert found.table("observatory").column("obs_name").mentioned == ["Paranal"]
    assert catalog.table("survey").column("lead").mentioned == []  # the source's catalog is not this request's


def test_a_phrase_that_is_no_value_adds_nothing(sky):
    _, catalog = sky
    request = "Observatories in Atlantis"
    assert linked(sky, request) is catalog  # nothing found: the same catalog, the phrase stays unplaced


SHOPS = Catalog(
    connector="shops",
    tables=[
        CatalogTable(
            name="store",
            primary_key=["store_id"],
            columns=[
                CatalogColumn(name="store_id", type="integer"),
                CatalogColumn(name="town", type="text", mentioned=["Kent", "York"]),
                CatalogColumn(name="county", type="text", mentioned=["Kent"]),
                CatalogColumn(name="region_id", type="integer"),
            ],
            references={"region_id": "region.region_id"},
        ),
        CatalogTable(
            name="region",
            primary_key=["region_id"],
            columns=[CatalogColumn(name="region_id", type="integer"), CatalogColumn(name="region_name", type="text", mentioned=["New York", "Kent"])],
        ),
    ],
)


@pytest.mark.parametrize(
    "request_text, conditions",
    [
        ("Stores in the county of Kent", [("store.county", "Kent")]),  # the column said beside the value
        ("Stores in Kent town", [("store.town", "Kent")]),
        ("Stores in Kent", []),  # a town or a county, equally near: not guessed (the phrase stays unplaced)
        ("Stores in New York", [("region.region_name", "New York")]),  # one phrase, not 'York' inside it too
        ("Stores in the region Kent", [("region.region_name", "Kent")]),
    ],
)
def test_each_phrase_is_a_value_of_one_column(request_text, conditions):
    intent = parse_request(request_text, SHOPS)
    assert [(c.column, c.value) for c in intent.conditions] == conditions
