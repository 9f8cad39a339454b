"""Every load mode against the real engines: atomic, no duplicates, nothing skipped after a failed run."""

import dagster as dg
import pytest
import yaml
from project_builder import as_shop, make_project, materialize, normalized, pipeline, query

from ai_etl.definitions import build_definitions
from ai_etl.pipeline_runs import execute_pipeline
from ai_etl.spec import Load

SETUP = """
create table events (id bigint primary key, customer_id bigint not null, amount numeric(12,2),
                     status text not null, updated_at timestamptz not null);
insert into events select g, g % 7, g * 1.25, case when g % 3 = 0 then 'completed' else 'pending' end,
                          timestamptz '2024-01-01 00:00:00+00' + g * interval '1 minute'
from generate_series(1, 100) g;
create table flags (fail boolean not null);
insert into flags values (false);
-- a view that fails mid-stream while flags.fail is true (a real error inside PostgreSQL)
create view events_v as
  select e.* from events e
  where case when e.id > 120 and (select fail from flags) then 1 / (e.id - e.id) else 1 end = 1;
"""


@pytest.fixture
def source(scratch_db, monkeypatch):
    return as_shop(scratch_db, monkeypatch, SETUP)


def test_a_killed_loads_temporary_table_is_dropped_by_the_next_load(source, tmp_path):
    """`kill -9` during a load leaves `<table>__ai_etl_<hex>` behind; the next load of that table
    drops it (the embedded warehouse is held by one process at a time, so any it finds is dead).
    Another table's temporary table and a look-alike name are left alone."""
    project = one_pipeline(tmp_path, {"mode": "full_refresh"})
    materialize(project)
    for name in ("events_copy__ai_etl_0123456789ab", "other__ai_etl_0123456789ab", "events_copy__ai_etl_notatemp"):
        query(project, f"CREATE TABLE loads.{name} (id Int64) ENGINE = MergeTree ORDER BY id")
    materialize(project)
    assert temporary_tables(project) == {"other__ai_etl_0123456789ab", "events_copy__ai_etl_notatemp"}


def test_a_connector_whose_variable_is_unset_fails_only_the_pipelines_that_read_it(source, tmp_path, monkeypatch):
    """`crm` names CRM_DATABASE_URL, which is not set: its pipeline fails naming the variable, and the
    `shop` pipeline of the same project still loads (Dagster resolves every resource of the job
    when a run starts, so an unresolvable EnvVar would have failed both)."""
    monkeypatch.delenv("CRM_DATABASE_URL", raising=False)
    project = make_project(tmp_path, "loads", [
        pipeline("from_shop", {"table": "events"}, "shop_events"),
        pipeline("from_crm", {"table": "events", "connector": "crm"}, "crm_events"),
    ])  # fmt: skip
    config = yaml.safe_load((project / "project.yaml").read_text())
    config["connectors"]["crm"] = {"type": "postgres", "url_env": "CRM_DATABASE_URL"}
    (project / "project.yaml").write_text(yaml.safe_dump(config))
    defs = build_definitions(project, prepare=True)
    with dg.DagsterInstance.ephemeral() as instance:
        assert execute_pipeline(defs, "loads", "from_shop", instance=instance).success
        failed = execute_pipeline(defs, "loads", "from_crm", instance=instance, raise_on_error=False)
    assert not failed.success
    [error] = [e.step_failure_data.error for e in failed.all_events if e.is_step_failure]
    assert "The environment variable CRM_DATABASE_URL (a postgresql:// URL) is not set" in error.to_string()
    assert query(project, "SELECT count() FROM loads.shop_events") == [(100,)]


def pg_rows(db, sql):
    with db.connect() as conn:
        return conn.execute(sql).fetchall()


def in_source(db, *statements: str) -> None:
    """Change the source as its application would, one statement after another."""
    with db.connect() as conn:
        for statement in statements:
            conn.execute(statement)


def temporary_tables(project) -> set[str]:
    """Tables in the warehouse that look like a load's temporary table (`__ai_etl_` in the name)."""
    return {name for (name,) in query(project, "SELECT name FROM system.tables WHERE database = 'loads' AND name LIKE '%ai_etl%'")}


def one_pipeline(tmp_path, load, table="events", name="p"):
    return make_project(tmp_path, "loads", [pipeline(name, {"table": table}, "events_copy", load=load)])


COLUMNS = "id, customer_id, amount, status, updated_at"


@pytest.mark.parametrize("transfer", ["pull", "arrow"])
def test_full_refresh_follows_the_source(source, tmp_path, transfer):
    project = one_pipeline(tmp_path, {"mode": "full_refresh", "transfer": transfer})
    materialize(project)
    in_source(source, "delete from events where id <= 10", "update events set amount = 0 where id = 50")
    materialize(project)
    assert normalized(query(project, f"SELECT {COLUMNS} FROM loads.events_copy")) == normalized(pg_rows(source, f"select {COLUMNS} from events"))


def test_append_adds_every_run(source, tmp_path):
    project = one_pipeline(tmp_path, {"mode": "append"})
    materialize(project)
    materialize(project)
    assert query(project, "SELECT count(), countDistinct(id) FROM loads.events_copy") == [(200, 100)]


@pytest.mark.parametrize("transfer", ["pull", "arrow"])
def test_incremental_never_duplicates_and_never_skips_after_a_failed_run(source, tmp_path, transfer):
    project = one_pipeline(tmp_path, {"mode": "incremental", "cursor": "id", "transfer": transfer}, table="events_v")
    materialize(project)
    assert query(project, "SELECT count(), max(id) FROM loads.events_copy") == [(100, 100)]
    materialize(project)  # a rerun with nothing new adds nothing
    assert query(project, "SELECT count() FROM loads.events_copy") == [(100,)]

    # new rows arrive, and the next run fails in the middle of reading them
    in_source(
        source,
        "insert into events select g, g % 7, g * 1.25, 'pending', now() from generate_series(101, 150) g",
        "update flags set fail = true",
    )
    failed = materialize(project, raise_on_error=False)
    assert not failed.success
    assert query(project, "SELECT count(), max(id) FROM loads.events_copy") == [(100, 100)]  # untouched
    assert temporary_tables(project) == set()

    in_source(source, "update flags set fail = false")
    materialize(project)
    assert query(project, "SELECT count(), countDistinct(id), min(id), max(id) FROM loads.events_copy") == [(150, 150, 1, 150)]


def test_incremental_reports_the_high_water_mark(source, tmp_path):
    project = one_pipeline(tmp_path, {"mode": "incremental", "cursor": "updated_at"})
    result = materialize(project)
    [event] = result.get_asset_materialization_events()
    metadata = event.materialization.metadata
    assert metadata["high_water_mark"].value.startswith("2024-01-01 01:40:00")
    assert metadata["rows_loaded"].value == 100 and metadata["dagster/row_count"].value == 100


@pytest.mark.parametrize("transfer", ["pull", "arrow"])
def test_incremental_loads_rows_at_the_boundary_exactly_once(source, tmp_path, transfer):
    """Rows that share the last run's maximum cursor value arrive after it (several rows per
    timestamp): read again from the mark on, loaded once, and a rerun adds nothing. A NULL in the
    row does not make an already-loaded row look new."""
    project = one_pipeline(tmp_path, {"mode": "incremental", "cursor": "updated_at", "transfer": transfer})
    in_source(source, "update events set amount = null where id = 100")  # the boundary row itself has a NULL
    materialize(project)
    assert query(project, "SELECT count() FROM loads.events_copy") == [(100,)]
    # same updated_at as the last loaded row, written after the run
    in_source(
        source,
        "insert into events select 101, 1, null, 'pending', updated_at from events where id = 100",
        "insert into events select 102, 2, 2.5, 'pending', updated_at from events where id = 100",
    )
    result = materialize(project)
    [event] = result.get_asset_materialization_events()
    assert event.materialization.metadata["rows_loaded"].value == 2
    materialize(project)  # nothing new: the boundary rows are all in the target already
    assert normalized(query(project, f"SELECT {COLUMNS} FROM loads.events_copy")) == normalized(pg_rows(source, f"select {COLUMNS} from events"))
    assert temporary_tables(project) == set()


def test_incremental_with_a_key_keeps_the_latest_version_of_each_key(source, tmp_path):
    """`cursor: updated_at, key: [id]`: an updated row replaces its earlier version (one row per id,
    not the 10,003 rows for 10,000 ids an append would give), including a row updated at the mark."""
    project = one_pipeline(tmp_path, {"mode": "incremental", "cursor": "updated_at", "key": ["id"]})
    materialize(project)
    in_source(
        source,
        "update events set amount = amount + 1000, updated_at = now() where id in (5, 6, 7)",
        "insert into events values (500, 1, 9.99, 'pending', now())",
    )
    materialize(project)
    # an update that keeps the boundary's cursor value
    in_source(source, "update events set status = 'completed' where id = 500")
    materialize(project)
    engine = query(project, "SELECT engine_full FROM system.tables WHERE database = 'loads' AND name = 'events_copy'")[0][0]
    assert engine.startswith("ReplacingMergeTree(updated_at)")
    got = query(project, f"SELECT {COLUMNS} FROM loads.events_copy FINAL")
    assert normalized(got) == normalized(pg_rows(source, f"select {COLUMNS} from events"))
    assert query(project, "SELECT count(), uniqExact(id) FROM loads.events_copy FINAL") == [(101, 101)]


def test_a_mart_over_a_keyed_incremental_load_counts_each_key_once(source, tmp_path):
    """The dbt staging model reads the keyed raw table with FINAL: after an update the mart counts the
    row's new status only, and the staging `unique` test on the key passes."""
    spec = pipeline(
        "p", {"table": "events"}, "events_by_status",
        transformations=[{"type": "aggregate", "group_by": ["status"], "measures": [{"name": "events", "expr": "count()"}]}],
        load={"mode": "incremental", "cursor": "updated_at", "key": ["id"]},
    )  # fmt: skip
    project = make_project(tmp_path, "loads", [spec])
    materialize(project)
    in_source(source, "update events set status = 'refunded', updated_at = now() where id in (1, 2)")
    assert materialize(project).success  # dbt tests included (unique id on staging)
    expected = pg_rows(source, "select status, count(*) from events group by status")
    assert normalized(query(project, "SELECT status, events FROM loads.events_by_status")) == normalized(expected)


def test_upsert_replaces_updated_rows_by_key(source, tmp_path):
    project = one_pipeline(tmp_path, {"mode": "upsert", "key": ["id"], "cursor": "updated_at"})
    materialize(project)
    in_source(
        source,
        "update events set amount = amount + 1000, status = 'completed', updated_at = now() where id in (5, 6, 7)",
        "insert into events values (500, 1, 9.99, 'pending', now())",
    )
    materialize(project)
    engine = query(project, "SELECT engine_full FROM system.tables WHERE database = 'loads' AND name = 'events_copy'")[0][0]
    assert engine.startswith("ReplacingMergeTree(updated_at)")
    got = query(project, f"SELECT {COLUMNS} FROM loads.events_copy FINAL")
    assert normalized(got) == normalized(pg_rows(source, f"select {COLUMNS} from events"))


def test_query_source(source, tmp_path):
    spec = pipeline("q", {"query": "select id, amount from events where status = 'completed'", "name": "completed_events"}, "completed_events")
    project = make_project(tmp_path, "loads", [spec])
    materialize(project)
    assert normalized(query(project, "SELECT id, amount FROM loads.completed_events")) == normalized(
        pg_rows(source, "select id, amount from events where status = 'completed'")
    )


def test_partition_and_order_of_a_direct_copy(source, tmp_path):
    spec = pipeline("p", {"table": "events"}, "events_copy")
    spec["target"] |= {"order_by": ["customer_id", "id"], "partition_by": "toYYYYMM(updated_at)"}
    project = make_project(tmp_path, "loads", [spec])
    materialize(project)
    [(sorting, partition)] = query(project, "SELECT sorting_key, partition_key FROM system.tables WHERE database='loads' AND name='events_copy'")
    assert sorting == "customer_id, id" and partition == "toYYYYMM(updated_at)"


def test_a_changed_load_mode_or_new_column_rebuilds_the_raw_table(source, tmp_path):
    """An incremental table whose source gained a column, then switched to upsert: rebuilt, not appended to."""
    project = one_pipeline(tmp_path, {"mode": "incremental", "cursor": "id"})
    materialize(project)
    in_source(source, "alter table events add column channel text default 'web'")
    materialize(project)
    assert query(project, "SELECT count(), countIf(channel = 'web') FROM loads.events_copy") == [(100, 100)]
    (project / "pipelines" / "p.yaml").write_text(
        (project / "pipelines" / "p.yaml").read_text().replace("mode: incremental", "mode: upsert\n  key: [id]").replace("cursor: id", "cursor: updated_at")
    )
    materialize(project)
    assert query(project, "SELECT engine FROM system.tables WHERE database = 'loads' AND name = 'events_copy'") == [("ReplacingMergeTree",)]
    assert query(project, "SELECT count() FROM loads.events_copy FINAL") == [(100,)]


@pytest.mark.parametrize("transfer", ["pull", "arrow"])
def test_an_id_committed_below_the_mark_is_loaded_once_within_the_lag(source, tmp_path, transfer):
    """An integer cursor gets no automatic bound (ids from a sequence commit out of order): `lag: 5`
    re-reads the five ids below the mark, so id 148, committed after 150 was loaded, arrives; the
    re-read rows already loaded are not doubled (append-only, whole-row), and 140, beyond the lag, is
    the documented limit. `lag` on a full refresh is refused in one sentence."""
    project = one_pipeline(tmp_path, {"mode": "incremental", "cursor": "id", "lag": 5, "transfer": transfer})
    in_source(source, "insert into events select g, 1, 1, 'pending', now() from generate_series(149, 150) g")
    materialize(project)
    in_source(source, "insert into events values (148, 1, 1, 'pending', now()), (140, 1, 1, 'pending', now())")
    materialize(project)
    materialize(project)
    got = query(project, "SELECT count(), uniqExact(id), countIf(id = 148), countIf(id = 140) FROM loads.events_copy")
    assert got == [(103, 103, 1, 0)]
    with pytest.raises(ValueError, match="`lag` applies to incremental and upsert loads only"):
        Load(mode="full_refresh", lag=5)
