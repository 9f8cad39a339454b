"""A hand edit dbt cannot parse in one good pipeline's models (a ref to a model that does not exist, a
Jinja syntax error) used to fail `dbt parse`, and with it the location and every pipeline. Now prepare
skips that folder (`.dbtignore`, as for orphans), the other pipelines load and run, the pipeline is shown
as broken with dbt's message, `validate` names it, and a fix brings it back."""

from __future__ import annotations

import pytest
from conftest import run_cli
from faulty_project import asset_specs, good_mart, parse_fails_without_the_skip, prepared_keep_and_good, run_selection
from project_builder import query

from ai_etl.definitions import build_definitions
from ai_etl.model_folders import ignored_model_folders
from ai_etl.prepare import prepare_project
from ai_etl.project_files import load_project
from ai_etl.validation import project_faults

MISSING_REF = ("select * from step_2", "select * from {{ ref('missing_model') }}")


@pytest.fixture
def project(tmp_path, shop_url, monkeypatch):
    """`keep` and `good` prepared (compiled, parsed)."""
    monkeypatch.setenv("SHOP_DATABASE_URL", shop_url)
    return prepared_keep_and_good(tmp_path)


def test_a_ref_to_a_missing_model_breaks_only_its_pipeline(project, tmp_path):
    mart = good_mart(project)
    original = mart.read_text()
    mart.write_text(original.replace(*MISSING_REF))
    expected_start = f"{mart.relative_to(mart.parents[4])}"  # models/faulty/good/marts/good_by_status.sql, as dbt names it

    # validate, before any prepare: a parse of a linked copy names the file and dbt's reason; nothing written
    ignore = tmp_path / "dbt_project" / ".dbtignore"
    faults = project_faults(load_project(project))
    assert len(faults) == 1 and faults[0].startswith(f"{mart}: dbt cannot parse this model of pipeline 'good' (")
    assert "missing_model" in faults[0] and faults[0].endswith("fix the file, or delete it to have `ai-etl prepare` regenerate it.")
    assert expected_start in faults[0] and not ignore.exists()
    assert not list((tmp_path / "dbt_project" / "target").glob(".validate_*"))  # the scratch copy is gone

    prepared = run_cli("prepare", "--project", str(project))
    assert prepared.returncode == 0, prepared.stderr[-3000:]
    assert "pipeline(s) whose models dbt cannot parse left out: good" in prepared.stdout
    assert f"warning: {mart}: dbt cannot parse this model" in prepared.stderr
    assert ignored_model_folders(tmp_path / "dbt_project", "faulty") == ["good"]
    assert mart.read_text() == original.replace(*MISSING_REF)  # the hand edit is kept

    # the location loads the other pipeline and shows this one as broken, with dbt's sentence
    defs = build_definitions(project, prepare=False)
    specs = asset_specs(defs)
    assert "faulty/marts/kept_by_status" in specs and "faulty/marts/good_by_status" not in specs
    assert "faulty/raw/good__orders" not in specs
    error = specs["faulty/broken/good"].metadata["ai_etl/error"].value
    assert error.startswith(f"{mart}: dbt cannot parse this model") and "missing_model" in error
    assert run_selection(defs, "group:faulty__keep").success
    assert sum(n for _, n in query(project, "SELECT status, orders FROM faulty.kept_by_status")) > 0
    broken = run_selection(defs, "group:faulty__good", raise_on_error=False)
    assert not broken.success

    # validate names it from the prepared state (no parse: the manifest is fresh); the other pipeline is valid
    assert project_faults(load_project(project)) == [error]
    assert run_cli("validate", "--offline", "--pipeline", "keep", "--project", str(project)).returncode == 0

    # prepared again with nothing changed: still skipped, no parse
    again = prepare_project(load_project(project))
    assert not again.parsed and list(again.unparsable) == ["good"]
    assert ignored_model_folders(tmp_path / "dbt_project", "faulty") == ["good"]
    targeted = run_cli("materialize", "--pipeline", "good", "--project", str(project))  # refused before any run
    assert targeted.returncode == 2 and targeted.stderr.splitlines() == [f"error: {error}"]

    # fixed: the next prepare parses it again and the pipeline is back
    mart.write_text(original)
    fixed = prepare_project(load_project(project))
    assert fixed.parsed and fixed.unparsable == {} and ignored_model_folders(tmp_path / "dbt_project", "faulty") == []
    keys = set(asset_specs(build_definitions(project, prepare=False)))
    assert "faulty/marts/good_by_status" in keys and not any("/broken/" in key for key in keys)
    assert project_faults(load_project(project)) == []


def test_a_jinja_syntax_error_is_skipped_and_named(project, tmp_path):
    mart = good_mart(project)
    mart.write_text(mart.read_text() + "{% if %}\n")
    report = prepare_project(load_project(project))
    assert list(report.unparsable) == ["good"]
    assert report.unparsable["good"].startswith(f"{mart}: dbt cannot parse this model of pipeline 'good' (Compilation Error")
    specs = asset_specs(build_definitions(project, prepare=False))
    assert "faulty/marts/kept_by_status" in specs and "faulty/broken/good" in specs
    parse_fails_without_the_skip(project, match="end of statement block")
