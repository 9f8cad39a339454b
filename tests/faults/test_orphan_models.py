"""A pipeline file deleted after its mart was hand-edited: the edited mart stays (hand edits are never
removed) and would fail dbt parse for the whole project. `validate` names the folder, dbt skips it
(`.dbtignore`), the other pipelines load and run, the location shows it as broken, and nothing of the
user's is deleted."""

from __future__ import annotations

import pytest
from conftest import run_cli
from faulty_project import asset_specs, faulty_project, good_pipeline, parse_fails_without_the_skip, run_selection, write_pipeline
from project_builder import query

from ai_etl.definitions import build_definitions
from ai_etl.model_folders import ignored_model_folders
from ai_etl.prepare import prepare_project
from ai_etl.project_files import load_project
from ai_etl.validation import project_faults

EDIT = "\n-- kept by hand: the engineer's own note\n"


@pytest.fixture
def project(tmp_path, shop_url, monkeypatch):
    """`keep` and `old` prepared (compiled, parsed); then old's mart edited by hand and old.yaml deleted."""
    monkeypatch.setenv("SHOP_DATABASE_URL", shop_url)
    project = faulty_project(tmp_path, [good_pipeline("keep", "kept_by_status"), good_pipeline("old", "old_by_status")])
    prepare_project(load_project(project))
    mart = tmp_path / "dbt_project" / "models" / "faulty" / "old" / "marts" / "old_by_status.sql"
    mart.write_text(mart.read_text() + EDIT)
    (project / "pipelines" / "old.yaml").unlink()
    return project


def test_validate_names_the_orphan_folder(project):
    folder_path = project.parent.parent / "dbt_project" / "models" / "faulty" / "old"
    expected = (
        f"{folder_path}: model folder 'old' has no pipeline file (it holds marts/old_by_status.sql, edited by hand or never "
        f"generated), so dbt skips it and its models are not in Dagster; delete it or restore {project / 'pipelines' / 'old.yaml'}."
    )
    assert project_faults(load_project(project)) == [expected]
    done = run_cli("validate", "--offline", "--project", str(project))
    assert done.returncode == 2 and done.stderr.splitlines() == [f"error: {expected}"]
    assert run_cli("validate", "--offline", "--pipeline", "keep", "--project", str(project)).returncode == 0


def test_prepare_skips_the_orphan_and_the_other_pipelines_load_and_run(project, tmp_path):
    models = tmp_path / "dbt_project" / "models" / "faulty"
    prepared = run_cli("prepare", "--project", str(project))
    assert prepared.returncode == 0, prepared.stderr[-3000:]
    assert "model folder(s) with no pipeline file skipped: old" in prepared.stdout
    assert "warning: " in prepared.stderr and "model folder 'old' has no pipeline file" in prepared.stderr
    # the hand edit is kept, untouched generated files of the gone pipeline are removed, dbt skips the rest
    assert (models / "old" / "marts" / "old_by_status.sql").read_text().endswith(EDIT)
    assert sorted(p.relative_to(models / "old").as_posix() for p in (models / "old").rglob("*")) == ["marts", "marts/old_by_status.sql"]
    assert ignored_model_folders(tmp_path / "dbt_project", "faulty") == ["old"]

    defs = build_definitions(project, prepare=True)
    specs = asset_specs(defs)
    assert "faulty/marts/kept_by_status" in specs and "faulty/marts/old_by_status" not in specs
    assert specs["faulty/broken/old"].group_name == "faulty__old"
    assert "model folder 'old' has no pipeline file" in specs["faulty/broken/old"].metadata["ai_etl/error"].value
    # a run's own `dbt build` reads .dbtignore too
    assert run_selection(defs, "group:faulty__keep").success
    assert sum(n for _, n in query(project, "SELECT status, orders FROM faulty.kept_by_status")) > 0

    # what the skip prevents: dbt reading the orphan fails for the whole project (its source went with the pipeline)
    parse_fails_without_the_skip(project, match="old_by_status")


def test_restoring_or_deleting_the_folder_ends_the_skip(project, tmp_path):
    dbt_project = tmp_path / "dbt_project"
    prepare_project(load_project(project))
    assert ignored_model_folders(dbt_project, "faulty") == ["old"]

    write_pipeline(project, good_pipeline("old", "old_by_status"))  # restored: the hand-edited mart is its again
    report = prepare_project(load_project(project))
    assert report.skipped == {} and report.kept_hand_edits == {"old": ["marts/old_by_status.sql"]}
    assert ignored_model_folders(dbt_project, "faulty") == [] and project_faults(load_project(project)) == []
    keys = set(asset_specs(build_definitions(project, prepare=True)))
    assert "faulty/marts/old_by_status" in keys and not any("/broken/" in key for key in keys)


def test_other_lines_of_dbtignore_are_kept(project, tmp_path):
    """Projects share dbt_project/: each prepare rewrites its own lines only (and a person's stay)."""
    ignore = tmp_path / "dbt_project" / ".dbtignore"
    ignore.write_text("*.bak\n/models/other/gone/\n")
    prepare_project(load_project(project))
    lines = ignore.read_text().splitlines()
    assert lines[1:] == ["*.bak", "/models/other/gone/", "/models/faulty/old/"] and lines[0].startswith("# ")
    assert ignored_model_folders(tmp_path / "dbt_project", "other") == ["gone"]
    write_pipeline(project, good_pipeline("old", "old_by_status"))
    prepare_project(load_project(project))
    assert ignore.read_text().splitlines()[1:] == ["*.bak", "/models/other/gone/"]


def test_a_gone_pipeline_without_hand_edits_is_removed_not_reported(tmp_path, monkeypatch, shop_url):
    monkeypatch.setenv("SHOP_DATABASE_URL", shop_url)
    project = faulty_project(tmp_path, [good_pipeline("keep", "kept_by_status"), good_pipeline("old", "old_by_status")])
    prepare_project(load_project(project))
    (project / "pipelines" / "old.yaml").unlink()
    assert project_faults(load_project(project)) == []  # prepare removes the untouched files: nothing to report
    report = prepare_project(load_project(project))
    assert report.removed == ["old"] and report.skipped == {}
    assert not (tmp_path / "dbt_project" / "models" / "faulty" / "old").exists()
    assert not (tmp_path / "dbt_project" / ".dbtignore").exists()
