"""Generated dbt files follow the spec, and a hand edit is never overwritten."""

from ai_etl.dbt_codegen import GeneratedFiles
from ai_etl.definitions import build_definitions
from ai_etl.generated_files import sync_generated
from project_builder import make_project, pipeline

SPEC = pipeline("by_status", {"table": "orders"}, "by_status", transformations=[
    {"type": "aggregate", "group_by": ["status"], "measures": [{"name": "n", "expr": "count()"}]},
])  # fmt: skip


def test_sync_writes_updates_and_keeps_hand_edits(tmp_path):
    folder = tmp_path / "p"
    first = sync_generated(folder, GeneratedFiles(pipeline="p", files={"a.sql": "select 1\n", "b.sql": "select 2\n"}))
    assert sorted(first.written) == ["a.sql", "b.sql"]

    (folder / "b.sql").write_text("select 2 -- tuned by hand\n")
    second = sync_generated(folder, GeneratedFiles(pipeline="p", files={"a.sql": "select 10\n", "b.sql": "select 20\n"}))
    assert second.written == ["a.sql"] and second.kept_hand_edits == ["b.sql"]
    assert (folder / "a.sql").read_text() == "select 10\n"
    assert (folder / "b.sql").read_text() == "select 2 -- tuned by hand\n"

    third = sync_generated(folder, GeneratedFiles(pipeline="p", files={"b.sql": "select 20\n"}))
    assert third.removed == ["a.sql"] and not (folder / "a.sql").exists()  # untouched and no longer generated
    assert (folder / "b.sql").exists()  # edited: kept even when the spec no longer produces it


def test_a_file_the_compiler_never_wrote_is_not_overwritten(tmp_path):
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "a.sql").write_text("select 'mine'\n")
    report = sync_generated(folder, GeneratedFiles(pipeline="p", files={"a.sql": "select 1\n"}))
    assert report.kept_hand_edits == ["a.sql"] and (folder / "a.sql").read_text() == "select 'mine'\n"


def test_reload_regenerates_from_the_spec_but_keeps_an_edited_model(tmp_path, shop_url, monkeypatch):
    monkeypatch.setenv("SHOP_DATABASE_URL", shop_url)
    project = make_project(tmp_path, "g", [SPEC])
    build_definitions(project, prepare=True)
    models = tmp_path / "dbt_project" / "models" / "g" / "by_status"
    mart = models / "marts" / "by_status.sql"
    assert "count() AS n" in mart.read_text()

    spec_file = project / "pipelines" / "by_status.yaml"
    spec_file.write_text(spec_file.read_text().replace("count()", "uniqExact(customer_id)"))
    build_definitions(project, prepare=True)
    assert "uniqExact(customer_id) AS n" in mart.read_text()  # untouched file follows the spec

    mart.write_text(mart.read_text().replace("AS n", "AS n, max(amount) AS largest"))
    spec_file.write_text(spec_file.read_text().replace("uniqExact(customer_id)", "count()"))
    defs = build_definitions(project, prepare=True)
    assert "max(amount) AS largest" in mart.read_text()  # the engineer's edit survives a reload
    assert any(s.key.to_user_string() == "g/marts/by_status" for s in defs.resolve_all_asset_specs())


def test_compiling_many_pipelines_leaves_one_lock_file_per_project(tmp_path, monkeypatch):
    """One lock per project's models folder, in dbt's target folder: none per pipeline, none in models/
    and none in the temp folder (where thousands accumulated)."""
    import tempfile

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    models = tmp_path / "dbt_project" / "models" / "shop"
    for index in range(20):
        sync_generated(models / f"p{index}", GeneratedFiles(pipeline=f"p{index}", files={"marts/m.sql": "select 1"}))
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.lock")) == ["dbt_project/target/shop/compile.lock"]
    assert list(temp.iterdir()) == []
