"""`ai-etl profile` and the profile metadata of materializations, on embedded PostgreSQL + chDB: the
numbers agree with ClickHouse queried directly, a pipeline name profiles its target table, an unknown
name is one sentence, and only a pipeline's target asset carries `profile/...` metadata."""

from __future__ import annotations

import json

import clickhouse_connect
import pytest
from conftest import run_cli
from project_builder import make_project, materialize, pipeline, query, shop_database

from ai_etl.monitoring.profile import EXACT_DISTINCT_MAX_ROWS, describe_table
from ai_etl.monitoring.profile_command import profile_tables

TOTALS = [{"type": "aggregate", "group_by": ["status"], "measures": [{"name": "revenue", "expr": "sum(amount)"}]}]


@pytest.fixture(scope="module")
def profiled(tmp_path_factory, shop_url):
    """A copy of `customers` (nullable city and segment) and a dbt mart of order totals, materialized once."""
    root = tmp_path_factory.mktemp("profiled")
    with shop_database(shop_url):
        project = make_project(root, "prof", [pipeline("people", {"table": "customers"}, "people", load={"mode": "full_refresh", "key": ["id"]}),
                                              pipeline("totals", {"table": "orders"}, "totals", transformations=TOTALS)])  # fmt: skip
        result = materialize(project)
        assert result.success
        yield project, result


def metadata_of(result, key: str) -> dict:
    [materialization] = [m for m in result.get_asset_materialization_events() if m.asset_key.to_user_string() == key]
    return {k: v.value for k, v in materialization.materialization.metadata.items()}


def test_a_pipelines_target_asset_carries_its_profile_as_numbers(profiled):
    project, result = profiled
    people = metadata_of(result, "prof/raw/people")
    [(nulls, rows)] = query(project, "SELECT countIf(isNull(city)), count() FROM prof.people")
    assert people["profile/city/null_rate"] == pytest.approx(nulls / rows) and 0 < nulls < rows
    # distinct counts (the costly part) for the sorting-key columns only
    assert people["profile/id/distinct"] == rows and people["profile/id/null_rate"] == 0.0
    assert "profile/city/distinct" not in people and "profile/email/null_rate" in people
    assert all(isinstance(v, int | float) for k, v in people.items() if k.startswith("profile/"))
    mart = metadata_of(result, "prof/marts/totals")
    assert mart["profile/status/distinct"] == query(project, "SELECT count() FROM prof.totals")[0][0]
    assert "profile/revenue/null_rate" in mart
    # intermediate tables are not profiled: only what the pipeline delivers
    assert not any(k.startswith("profile/") for k in metadata_of(result, "prof/raw/totals__orders"))
    assert not any(k.startswith("profile/") for k in metadata_of(result, "prof/staging/stg_totals__orders"))


def test_profile_of_a_pipeline_as_json_agrees_with_clickhouse(profiled):
    project, _ = profiled
    done = run_cli("profile", "people", "--project", str(project), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["pipeline"] == "people"
    [table] = report["tables"]
    assert (table["database"], table["table"], table["distinct_method"]) == ("prof", "people", "uniqExact")
    columns = {c["name"]: c for c in table["columns"]}
    [(rows, nulls, distinct, low, high)] = query(project, "SELECT count(), countIf(isNull(segment)), uniqExact(segment), min(id), max(id) FROM prof.people")
    assert table["rows"] == rows
    assert (columns["segment"]["nulls"], columns["segment"]["distinct"], columns["segment"]["distinct_exact"]) == (nulls, distinct, True)
    assert columns["segment"]["null_rate"] == pytest.approx(nulls / rows)
    assert (columns["id"]["min"], columns["id"]["max"], columns["id"]["in_key"]) == (str(low), str(high), True)
    # top values for a low-cardinality column, with exact counts (NULL included), none for the identifier
    expected = query(project, "SELECT toString(country) AS v, count() AS n FROM prof.people GROUP BY v ORDER BY n DESC, v LIMIT 5")
    assert [(t["value"], t["count"]) for t in columns["country"]["top_values"]] == expected
    assert columns["id"]["top_values"] is None and columns["email"]["top_values"] is None


def test_profile_of_database_table_prints_a_table(profiled):
    project, _ = profiled
    done = run_cli("profile", "prof.totals", "--project", str(project))
    assert done.returncode == 0, done.stderr
    assert "prof.totals:" in done.stdout and "status" in done.stdout and "revenue" in done.stdout and "distinct counts exact" in done.stdout
    print(done.stdout)


def test_an_unknown_name_is_one_sentence_naming_what_exists(profiled):
    project, _ = profiled
    done = run_cli("profile", "peple", "--project", str(project))
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith("error: No pipeline or table 'peple' in project 'prof'") and "people, totals" in done.stderr and "raw_totals__orders" in done.stderr
    missing = run_cli("profile", "nowhere.people", "--project", str(project))
    assert missing.returncode == 2 and "database nowhere holds none" in missing.stderr


def test_a_large_table_is_profiled_column_by_column_with_approximate_distinct_counts(tmp_path):
    client = clickhouse_connect.get_client(dsn=f"chdb://{tmp_path / 'warehouse'}")
    try:
        client.command("CREATE DATABASE big")
        client.command("CREATE TABLE big.events (id UInt64, kind LowCardinality(String), note Nullable(String), tags Array(String)) ENGINE = MergeTree ORDER BY id")
        rows = EXACT_DISTINCT_MAX_ROWS + 50_000
        client.command(f"INSERT INTO big.events SELECT number, ['a','b','c'][number % 3 + 1], if(number % 4 = 0, NULL, toString(number % 1000)), [toString(number % 7)] FROM numbers({rows})")
        [profile] = profile_tables(client, [describe_table(client, "big", "events")], show_progress=True)
    finally:
        client.close()
    columns = {c.name: c for c in profile.columns}
    assert profile.rows == rows and profile.distinct_method == "uniqCombined"
    assert columns["id"].distinct == pytest.approx(rows, rel=0.02) and not columns["id"].distinct_exact
    assert columns["note"].nulls == rows // 4 + (rows % 4 > 0) and columns["note"].distinct == pytest.approx(750, abs=5)
    assert [t.value for t in columns["kind"].top_values] == ["a", "b", "c"]
    assert columns["tags"].min is None and columns["tags"].distinct == 7  # arrays: no min/max, distinct as text
