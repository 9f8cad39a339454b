"""A killed or interrupted run leaves nothing stuck: real `ai-etl materialize` / `dagster asset materialize`
processes, real signals, an embedded PostgreSQL source whose query sleeps so the load is caught mid-flight."""

from __future__ import annotations

import os
import signal
import subprocess

import dagster as dg
import psycopg
import pytest
from project_builder import query
from run_faults import (
    BIN,
    PROJECT,
    cli_env,
    fill_items,
    instance_at,
    load_in_flight,
    run_materialize,
    runs_of,
    runs_project,
    sleeping_backends,
    slots_held,
    start_materialize,
    wait_until,
    waiting_runs,
)

from ai_etl.dead_runs import WORKER_PID_TAG
from ai_etl.pipeline_runs import PIPELINE_TAG, project_job_name

ROWS = 2_000


@pytest.fixture
def runs(tmp_path, scratch_db):
    """(project, env, home, source url): `items` filled, a slow pipeline that sleeps 600 s before its rows."""
    url = scratch_db.url
    fill_items(url, ROWS)
    project = runs_project(tmp_path / "ws", sleep_s=600)
    home = tmp_path / "dagster_home"
    yield project, cli_env(project, url, home), home, url
    sleeping_backends(url, end=True)


def _table_names(project) -> list[str]:
    return [name for (name,) in query(project, f"SELECT name FROM system.tables WHERE database = '{PROJECT}' ORDER BY name")]


def _caught_mid_load(process: subprocess.Popen, home, url) -> None:
    wait_until(lambda: load_in_flight(home, url), what="the slow load to hold the slot and read the source", process=process)


def test_a_run_killed_with_sigkill_frees_its_slot_and_the_next_run_completes(runs):
    project, env, home, url = runs
    killed = start_materialize(project, "slow_items", env)
    _caught_mid_load(killed, home, url)
    [stuck] = runs_of(home)
    assert stuck.status == dg.DagsterRunStatus.STARTED and slots_held(home) == 1
    os.kill(killed.pid, signal.SIGKILL)
    killed.wait()

    done = run_materialize(project, "items", env)  # another pipeline, same warehouse pool
    assert done.returncode == 0, done.stderr
    assert slots_held(home) == 0
    by_id = {run.run_id: run for run in runs_of(home)}
    assert by_id[stuck.run_id].status == dg.DagsterRunStatus.FAILURE
    assert query(project, f"SELECT count(), sum(id) FROM {PROJECT}.items_copy") == [(ROWS, ROWS * (ROWS + 1) // 2)]
    assert not [name for name in _table_names(project) if "__ai_etl_" in name and name.startswith("items_copy")]


def test_a_killed_dagster_asset_materialize_run_is_failed_by_the_next_run(runs):
    """No ai-etl tags on the run: its worker is the pid of its RUN_START event (a local SQLite instance)."""
    project, env, home, url = runs
    command = [str(BIN / "dagster"), "asset", "materialize", "-m", "ai_etl.definitions", "--select", f"group:{PROJECT}__slow_items"]
    killed = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _caught_mid_load(killed, home, url)
    [stuck] = runs_of(home)
    assert WORKER_PID_TAG not in stuck.tags
    killed.kill()
    killed.wait()

    command[-1] = f"group:{PROJECT}__items"
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert slots_held(home) == 0
    assert {run.run_id: run.status for run in runs_of(home)}[stuck.run_id] == dg.DagsterRunStatus.FAILURE


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_an_interrupt_stops_the_load_now_with_one_sentence_and_the_old_content(runs, sig):
    project, env, home, url = runs
    (project / "pipelines" / "slow_items.yaml").write_text((project / "pipelines" / "slow_items.yaml").read_text().replace("pg_sleep(600)", "pg_sleep(0)"))
    first = run_materialize(project, "slow_items", env)
    assert first.returncode == 0, first.stderr
    before = query(project, f"SELECT count(), sum(id) FROM {PROJECT}.slow_items_copy")
    (project / "pipelines" / "slow_items.yaml").write_text((project / "pipelines" / "slow_items.yaml").read_text().replace("pg_sleep(0)", "pg_sleep(600)"))
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("delete from items where id > 1000")  # what the interrupted load would have brought

    stopped = start_materialize(project, "slow_items", env)
    _caught_mid_load(stopped, home, url)
    stopped.send_signal(sig)
    out, err = stopped.communicate(timeout=120)  # the query sleeps 600 s: ending at all means it did not wait for it
    assert stopped.returncode == 130
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: stopped: run ") and "interrupted" in lines[0], err
    assert "Traceback" not in out + err
    assert query(project, f"SELECT count(), sum(id) FROM {PROJECT}.slow_items_copy") == before
    assert slots_held(home) == 0
    [interrupted, _] = runs_of(home)
    assert interrupted.status == dg.DagsterRunStatus.FAILURE


def test_a_run_waiting_for_the_slot_stops_on_ctrl_c_and_goes_on_when_the_holder_dies(runs):
    """Dagster's in-process executor retried the claim in a tight loop and never looked at the interrupt."""
    project, env, home, url = runs
    holder = start_materialize(project, "slow_items", env)
    _caught_mid_load(holder, home, url)
    waiter = start_materialize(project, "items", env)
    wait_until(lambda: len(waiting_runs(home)) == 1, what="the second run to wait for the pool", process=waiter)
    waiter.send_signal(signal.SIGINT)
    _, err = waiter.communicate(timeout=120)
    assert waiter.returncode == 130 and err.strip().startswith("error: stopped: run ") and len(err.strip().splitlines()) == 1, err
    assert not waiting_runs(home) and slots_held(home) == 1  # the holder still holds its slot

    second = start_materialize(project, "items", env)
    wait_until(lambda: len(waiting_runs(home)) == 1, what="the next run to wait for the pool", process=second)
    holder.kill()  # dies while the other waits: the waiter finds it dead and takes the slot
    holder.wait()
    _, err = second.communicate(timeout=300)
    assert second.returncode == 0, err
    assert slots_held(home) == 0 and not waiting_runs(home)
    assert query(project, f"SELECT count() FROM {PROJECT}.items_copy") == [(ROWS,)]


def test_materialize_runs_the_pipelines_job_with_its_tags_and_the_repair_sensor_sees_its_failure(runs, monkeypatch):
    from ai_etl.definitions import build_definitions

    project, env, home, url = runs
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("alter table items rename to items_gone")
    failed = run_materialize(project, "items", env)
    assert failed.returncode == 2 and "items" in failed.stderr and "Traceback" not in failed.stderr
    [run] = runs_of(home)
    assert run.job_name == project_job_name(PROJECT) and run.tags[PIPELINE_TAG] == "items"
    assert run.status == dg.DagsterRunStatus.FAILURE

    monkeypatch.setenv("SHOP_DATABASE_URL", url)
    defs = build_definitions(project, prepare=False)
    sensor = next(s for s in defs.sensors if s.name == f"{PROJECT}_repair_sensor")
    with instance_at(home) as instance:
        [failure] = instance.all_logs(run.run_id, of_type=dg.DagsterEventType.RUN_FAILURE)
        context = dg.build_run_status_sensor_context(
            sensor_name=sensor.name, dagster_event=failure.dagster_event, dagster_instance=instance, dagster_run=run
        ).for_run_failure()
        request = sensor(context)
    assert isinstance(request, dg.RunRequest), request
    assert request.run_key == run.run_id and request.tags[PIPELINE_TAG] == "items"


def test_a_pipeline_without_retries_runs_once(tmp_path, scratch_db, monkeypatch):
    from ai_etl.definitions import build_definitions
    from ai_etl.pipeline_runs import execute_pipeline

    fill_items(scratch_db.url, 10)
    project = runs_project(tmp_path / "ws", sleep_s=0, without_retries=True)
    assert "retries" not in (project / "pipelines" / "items.yaml").read_text()
    monkeypatch.setenv("SHOP_DATABASE_URL", scratch_db.url)
    with psycopg.connect(scratch_db.url, autocommit=True) as conn:
        conn.execute("alter table items rename to items_gone")
    defs = build_definitions(project, prepare=True)
    result = execute_pipeline(defs, PROJECT, "items", instance=dg.DagsterInstance.ephemeral(), raise_on_error=False)
    assert not result.success
    events = [event.event_type for event in result.all_events]
    assert events.count(dg.DagsterEventType.STEP_FAILURE) == 1
    assert dg.DagsterEventType.STEP_UP_FOR_RETRY not in events and dg.DagsterEventType.STEP_RESTARTED not in events
