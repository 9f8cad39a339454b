"""Two pipelines writing one target table: `validate` names both files; the first by name loads, the
other is broken (not a duplicate asset key that fails every materialization, nor a second dbt model
of one name that fails dbt parse)."""

from __future__ import annotations

import re

import pytest
from conftest import run_cli
from faulty_project import asset_specs, faulty_project, good_pipeline, parse_fails_without_the_skip, run_selection, write_pipeline
from project_builder import pipeline, query

from ai_etl.definitions import build_definitions
from ai_etl.model_folders import ignored_model_folders
from ai_etl.prepare import prepare_project
from ai_etl.project_files import load_project


def _copy(name: str, table: str, database: str | None = None) -> dict:
    """A pipeline without transformations: it loads its target table directly (asset <project>/raw/<table>)."""
    spec = pipeline(name, {"table": "customers"}, table)
    if database:
        spec["target"]["database"] = database
    return spec


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (good_pipeline("a_first", "shared"), good_pipeline("b_second", "shared"),
         r"b_second\.yaml:\d+: field `target.table`: pipeline 'b_second' writes table faulty\.shared, which pipeline 'a_first' \(.*a_first\.yaml\) already writes; give one of them another target table"),
        (_copy("a_first", "shared"), good_pipeline("b_second", "shared"), r"pipeline 'b_second' writes table faulty\.shared, which pipeline 'a_first'"),
        (_copy("a_first", "shared"), _copy("b_second", "shared", database="elsewhere"),
         r"pipeline 'b_second' and pipeline 'a_first' \(.*a_first\.yaml\) both name their final table 'shared' \(one asset faulty/raw/shared\)"),
        (good_pipeline("a_first", "shared"), {**good_pipeline("b_second", "shared"), "target": {"type": "clickhouse", "connector": "warehouse", "table": "shared", "database": "elsewhere"}},
         r"b_second\.yaml:\d+: field `target.table`: pipeline 'b_second' and pipeline 'a_first' .* both name their final table 'shared' \(one asset faulty/marts/shared\)"),
        (_copy("a_copy", "b_second__orders"), good_pipeline("b_second", "own_table"),
         r"b_second\.yaml:1: field `name`: pipeline 'b_second' would write asset faulty/raw/b_second__orders, which pipeline 'a_copy' \(.*a_copy\.yaml\) already writes; rename one of them"),
    ],
    ids=["two marts", "copy and mart", "copies in two databases", "marts in two databases", "a copy named like a raw table"],
)  # fmt: skip
def test_the_first_by_name_keeps_the_table(tmp_path, first, second, expected):
    # written in the other order: the winner is the first by name, not by file order or age
    project = faulty_project(tmp_path, [second, first])
    folder = load_project(project)
    assert list(folder.pipelines) == [first["name"]] and list(folder.broken) == ["b_second"]
    assert re.search(expected, folder.broken["b_second"]), folder.broken["b_second"]
    assert str(project / "pipelines" / "b_second.yaml") in folder.broken["b_second"]


def test_different_tables_or_databases_do_not_clash(tmp_path):
    project = faulty_project(tmp_path, [_copy("a_first", "one"), _copy("b_second", "two"), good_pipeline("c_third", "three")])
    folder = load_project(project)
    assert set(folder.pipelines) == {"a_first", "b_second", "c_third"} and folder.broken == {}


def test_validate_names_both_files_and_the_location_loads_the_first(tmp_path, shop_url, monkeypatch):
    monkeypatch.setenv("SHOP_DATABASE_URL", shop_url)
    # both load, each with its own table; then a_first is pointed at b_second's table
    project = faulty_project(tmp_path, [good_pipeline("a_first", "by_status_a"), good_pipeline("b_second", "by_status")])
    assert prepare_project(load_project(project)).compiled == ["a_first", "b_second"]
    write_pipeline(project, good_pipeline("a_first", "by_status"))
    b_file, models = project / "pipelines" / "b_second.yaml", tmp_path / "dbt_project" / "models" / "faulty"
    # b_second's mart stays on disk: read by dbt beside a_first's new one, it would be a second model `by_status`
    assert (models / "b_second" / "marts" / "by_status.sql").exists()

    done = run_cli("validate", "--offline", "--project", str(project))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    [line] = done.stderr.splitlines()
    assert line.startswith(f"error: {b_file}:")
    assert f"pipeline 'b_second' writes table faulty.by_status, which pipeline 'a_first' ({project / 'pipelines' / 'a_first.yaml'}) already writes" in line
    assert run_cli("validate", "--offline", "--pipeline", "a_first", "--project", str(project)).returncode == 0

    defs = build_definitions(project, prepare=True)  # prepares: compiles a_first, dbt parse skips b_second's folder
    assert ignored_model_folders(tmp_path / "dbt_project", "faulty") == ["b_second"]
    assert (models / "b_second" / "marts" / "by_status.sql").exists()  # a broken pipeline's files stay as they are
    assert (models / "a_first" / "marts" / "by_status.sql").exists()
    specs = asset_specs(defs)
    assert specs["faulty/marts/by_status"].group_name == "faulty__a_first"
    assert "faulty/raw/b_second__orders" not in specs and "faulty/staging/stg_b_second__orders" not in specs
    assert specs["faulty/broken/b_second"].group_name == "faulty__b_second"
    assert "already writes" in specs["faulty/broken/b_second"].metadata["ai_etl/error"].value

    assert run_selection(defs, "group:faulty__a_first").success
    assert sum(n for _, n in query(project, "SELECT status, orders FROM faulty.by_status")) > 0

    # what the skip prevents: dbt reading both folders fails for the whole project
    parse_fails_without_the_skip(project, match="by_status")

    # given its own table again: both load, and dbt reads b_second's folder again
    write_pipeline(project, good_pipeline("b_second", "by_status_b"))
    keys = set(asset_specs(build_definitions(project, prepare=True)))
    assert {"faulty/marts/by_status", "faulty/marts/by_status_b"} <= keys and not any("/broken/" in key for key in keys)
    assert ignored_model_folders(tmp_path / "dbt_project", "faulty") == []
    assert not (tmp_path / "dbt_project" / ".dbtignore").exists()
