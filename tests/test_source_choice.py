"""A project with several PostgreSQL sources: a request reads the one whose schema it talks about.

Two real databases on the embedded server: the demo shop and a made-up lending library.
"""

import pytest
import yaml
from project_builder import make_project

from ai_etl.agents.orchestrator import GenerateOptions, generate, source_connector
from ai_etl.agents.schema_analyst import Refusal
from ai_etl.project_files import load_project

LIBRARY_DDL = """
create table members (id integer primary key, full_name text, city text, tier text);
create table books (book_id integer primary key, title text, genre text);
create table loans (loan_id integer primary key, member_id integer references members(id),
                    book_id integer references books(book_id), loaned_on date, late_fee numeric(8,2));
insert into members values (1, 'Ada', 'Leeds', 'gold'), (2, 'Bo', 'York', 'basic');
insert into books values (1, 'Odes', 'Poetry'), (2, 'Dune', 'Science Fiction');
insert into loans values (1, 1, 1, '2026-01-02', 0), (2, 2, 2, '2026-01-03', 1.5), (3, 1, 2, '2026-02-01', 0);
"""


@pytest.fixture
def two_sources(tmp_path, shop_url, scratch_db, monkeypatch):
    with scratch_db.connect() as conn:
        conn.execute(LIBRARY_DDL)
    monkeypatch.setenv("SHOP_DATABASE_URL", shop_url)
    monkeypatch.setenv("LIBRARY_DATABASE_URL", scratch_db.url)
    project = make_project(tmp_path, "two", [])
    data = yaml.safe_load((project / "project.yaml").read_text())
    data["connectors"]["library"] = {"type": "postgres", "url_env": "LIBRARY_DATABASE_URL"}
    (project / "project.yaml").write_text(yaml.safe_dump(data))
    return load_project(project)


def test_the_source_whose_schema_grounds_the_request_is_read(two_sources):
    assert source_connector(two_sources, "Number of loans per genre") == "library"
    assert source_connector(two_sources, "Count orders per status") == "shop"
    assert source_connector(two_sources, "Count orders per status from library") == "library"  # named wins
    result = generate("Number of loans per genre", two_sources, options=GenerateOptions(dry_run=False, use_cache=False))
    assert result.spec.source.connector == "library" and result.reading[0] == "reads table loans of PostgreSQL connector library"


def test_a_request_two_sources_ground_equally_is_a_question_back(two_sources):
    with pytest.raises(Refusal, match="'library' or 'shop'|'shop' or 'library'"):
        source_connector(two_sources, "Load the city")


def test_a_value_on_file_is_no_file_source(two_sources):
    """'no late fee on file' is an idiom: the PostgreSQL source with late fees is read, not the files connector."""
    assert source_connector(two_sources, "Which loans have no late fee on file?") == "library"
    assert source_connector(two_sources, "load the members file from the lake") == "lake"
