"""Versioned artifacts: append-only history, hand edits recorded (never lost), proposals applied or
merged three-way, rollbacks, and clear errors for stale or unknown versions and broken stores."""

from __future__ import annotations

import re
import shlex

import dagster as dg
import pytest
from conftest import run_cli
from project_builder import make_project, pipeline

from ai_etl.artifacts.merge import merge3
from ai_etl.artifacts.store import ArtifactStore, StoreError
from ai_etl.artifacts.working_copy import accept, reject, rollback, store_for, sync
from ai_etl.project_files import load_project

SPEC = pipeline("paid", {"table": "orders"}, "paid", transformations=[{"type": "filter", "condition": "status = 'completed'"}])
MART = "dbt_project/models/art/paid/marts/paid.sql"


@pytest.fixture
def folder(tmp_path, shop_url, monkeypatch):
    monkeypatch.setenv("SHOP_DATABASE_URL", shop_url)
    monkeypatch.setenv("AI_ETL_USER", "dana@example.com")
    project = make_project(tmp_path, "art", [SPEC])
    from ai_etl.dbt.project import dbt_setup
    from ai_etl.project_compiler import compile_project

    folder = load_project(project)
    compile_project(folder, dbt_setup(folder))
    return folder


def _root(folder):
    return folder.root.parent.parent


def test_merge3_applies_both_sides_when_they_do_not_overlap():
    base = "a\nb\nc\nd\ne\n"
    merged = merge3(base, "a\nB\nc\nd\ne\n", "a\nb\nc\nd\nE\n", "mine", "theirs")
    assert merged.merged == "a\nB\nc\nd\nE\n"
    assert [h.describe() for h in merged.hunks] == ["mine: changed line 2", "theirs: changed line 5"]
    assert merge3(base, "a\nX\nc\nd\ne\n", "a\nY\nc\nd\ne\n").conflict == "both changed the file near line 2"
    assert merge3(base, "a\nX\nc\nd\ne\n", "a\nX\nc\nd\ne\n").merged == "a\nX\nc\nd\ne\n"


def test_first_sync_records_compiler_and_engineer_versions_then_only_changes(folder):
    store = store_for(folder)
    first = sync(folder, store)
    authors = {v.path: v.author for v in first.recorded}
    assert authors[MART] == "ai-etl:compiler"
    assert authors["projects/art/pipelines/paid.yaml"] == "engineer:dana@example.com"
    assert sync(folder, store).recorded == []

    path = _root(folder) / MART
    path.write_text(path.read_text().replace("status = 'completed'", "status = 'completed' and amount > 0"))
    [edit] = sync(folder, store).recorded
    assert (edit.path, edit.number, edit.author, edit.reason) == (MART, 2, "engineer:dana@example.com", "edited in the working copy")
    assert [v.status for v in store.versions(MART)] == ["superseded", "active"]


def _propose(folder, store, change):
    active = store.active(MART)
    return store.record(MART, change(active.content), "agent:reflector", "fix", status="proposed", parent_id=active.id)


def test_accepting_a_current_proposal_writes_it_and_makes_it_active(folder):
    store = store_for(folder)
    sync(folder, store)
    proposal = _propose(folder, store, lambda text: text.replace("status = 'completed'", "status in ('completed')"))
    applied = accept(folder, store, proposal.id)
    assert applied.merged == [] and applied.version.status == "active" and applied.version.author == "agent:reflector"
    assert (_root(folder) / MART).read_text() == proposal.content
    assert store.get(proposal.id).status == "superseded"
    with pytest.raises(StoreError, match=f"Version {proposal.id} .* is superseded; only a proposed version can be accepted"):
        accept(folder, store, proposal.id)


def test_a_stale_proposal_is_merged_over_a_later_hand_edit_or_refused_when_they_overlap(folder):
    store = store_for(folder)
    sync(folder, store)
    path = _root(folder) / MART
    proposal = _propose(folder, store, lambda text: text.replace("select * from step_1 where", "select * from step_1\n    where"))
    path.write_text("-- reviewed by dana\n" + path.read_text())  # the engineer edits after the proposal was made
    applied = accept(folder, store, proposal.id)
    assert applied.merged and any(h.startswith("your edit") for h in applied.merged) and any(h.startswith("proposal") for h in applied.merged)
    text = path.read_text()
    assert text.startswith("-- reviewed by dana\n") and "select * from step_1\n    where" in text
    history = store.versions(MART)
    assert [v.author for v in history if v.status != "proposed"][-2:] == ["engineer:dana@example.com", "agent:reflector"]

    conflicting = _propose(folder, store, lambda t: t.replace("status = 'completed'", "status = 'refunded'"))
    path.write_text(path.read_text().replace("status = 'completed'", "status = 'pending'"))
    before = path.read_text()
    with pytest.raises(StoreError, match="both changed the file near line"):
        accept(folder, store, conflicting.id)
    assert path.read_text() == before  # nothing overwritten
    assert store.active(MART).content == before  # the engineer's edit is recorded, not lost


def test_reject_and_rollback_keep_history_append_only(folder):
    store = store_for(folder)
    sync(folder, store)
    path = _root(folder) / MART
    original = path.read_text()
    path.write_text(original + "-- v2\n")
    sync(folder, store)
    proposal = _propose(folder, store, lambda text: text + "-- proposal\n")
    assert reject(store, proposal.id, "not needed").status == "rejected"
    with pytest.raises(StoreError, match="is rejected"):
        accept(folder, store, proposal.id)
    restored = rollback(folder, store, MART, 1)
    assert restored.number == 4 and path.read_text() == original and restored.reason == "rollback to v1"
    assert len(store.versions(MART)) == 4
    with pytest.raises(StoreError, match="has no version 9"):
        rollback(folder, store, MART, 9)
    with pytest.raises(StoreError, match="no artifact version 999"):
        store.get(999)


def test_cli_lists_diffs_and_reports_broken_stores_in_one_sentence(folder):
    project = str(folder.root)
    listed = run_cli("artifacts", "list", "--project", project)
    assert listed.returncode == 0 and "paid.sql@v1" in listed.stdout and "ai-etl:compiler" in listed.stdout
    store = store_for(folder)
    proposal = _propose(folder, store, lambda text: text.replace("where", "WHERE"))
    diff = run_cli("artifacts", "diff", str(proposal.id), "--project", project)
    assert diff.returncode == 0 and "-    select * from step_1 where" in diff.stdout and "+    select * from step_1 WHERE" in diff.stdout
    unknown = run_cli("artifacts", "accept", "4242", "--project", project)
    assert unknown.returncode == 2 and unknown.stderr.startswith("error: There is no artifact version 4242")

    original = (_root(folder) / MART).read_text()
    (_root(folder) / MART).unlink()  # deleted by hand: reported, nothing recorded
    deleted = run_cli("artifacts", "list", "--project", project)
    assert deleted.returncode == 0 and f"warning: {MART} was deleted" in deleted.stdout
    suggested = re.search(r"`ai-etl (artifacts rollback [^`]+)`", deleted.stdout).group(1)  # the advice, run as given
    restored = run_cli(*shlex.split(suggested))  # as printed: it names the project itself
    assert restored.returncode == 0, restored.stderr
    assert (_root(folder) / MART).read_text() == original

    # a reason with terminal control characters (a request's text can carry them) is shown escaped
    store.record(MART, original + "-- x\n", "engineer:eve", "edited \x1b[2J\x1b[31mred\r")
    listed = run_cli("artifacts", "list", "--all", "--path", MART, "--project", project)
    assert "\x1b" not in listed.stdout and "\r" not in listed.stdout and "edited \\x1b[2J\\x1b[31mred" in listed.stdout

    (folder.root / ".data" / "artifacts.db").write_bytes(b"this is not sqlite" * 100)
    broken = run_cli("artifacts", "list", "--project", project)
    assert broken.returncode == 2 and "Traceback" not in broken.stderr
    assert broken.stderr.startswith("error: The artifact store sqlite:///") and "move a corrupted file aside" in broken.stderr


def test_a_location_still_loads_with_a_broken_store(folder):
    from ai_etl.definitions import build_definitions

    (folder.root / ".data").mkdir(exist_ok=True)
    (folder.root / ".data" / "artifacts.db").write_bytes(b"garbage" * 100)
    defs = build_definitions(folder.root, prepare=True)
    assert any("raw" in k.path for k in defs.resolve_asset_graph().get_all_asset_keys())


def test_store_by_url_is_shared_by_projects_without_mixing_them(tmp_path):
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    a, b = ArtifactStore(url, "a"), ArtifactStore(url, "b")
    a.record("x.sql", "select 1", "engineer:x", "first")
    assert b.versions() == [] and [v.label for v in a.versions()] == ["x.sql@v1"]


def test_assets_show_their_artifact_version_and_a_waiting_proposal(folder):
    from ai_etl.definitions import build_definitions

    store = store_for(folder)
    sync(folder, store)
    proposal = _propose(folder, store, lambda text: text + "-- proposed\n")
    graph = build_definitions(folder.root, prepare=True).resolve_asset_graph()
    mart = graph.get(dg.AssetKey(["art", "marts", "paid"])).metadata
    raw = graph.get(dg.AssetKey(["art", "raw", "paid__orders"])).metadata
    assert mart["ai_etl/artifact"] == f"{MART}@v1 by ai-etl:compiler"
    assert f"accept {proposal.id}" in mart["ai_etl/proposals_waiting"].value
    assert raw["ai_etl/artifact"] == "projects/art/pipelines/paid.yaml@v1 by engineer:dana@example.com"


def test_the_store_can_live_in_postgresql(pg_server):
    """AI_ETL_ARTIFACTS_URL pointing at a PostgreSQL server (e.g. the one holding Dagster's storage)."""
    import psycopg

    with psycopg.connect(pg_server.start("postgres"), autocommit=True) as conn:
        conn.execute("drop database if exists artifacts_store")
    url = pg_server.start("artifacts_store").replace("postgresql://", "postgresql+psycopg://", 1)
    store = ArtifactStore(url, "pgproj")
    first = store.record("m.sql", "select 1", "engineer:x", "first")
    second = store.record("m.sql", "select 2", "engineer:x", "second")
    assert [v.status for v in ArtifactStore(url, "pgproj").versions("m.sql")] == ["superseded", "active"]
    assert second.parent_id == first.id
