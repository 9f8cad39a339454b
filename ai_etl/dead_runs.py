"""Runs whose process died: reported failed and their pool slots freed, so the next run never waits on them.

A run killed with `kill -9` (or by the OOM killer, or a power cut) never writes its failure: Dagster
keeps it STARTED and its claimed `warehouse:<connector>` slot stays taken, so every later run of every
pipeline blocks on the pool. Dagster's answer is run monitoring in the daemon, but the default run
launcher cannot check a worker's health and the CLI (`ai-etl materialize`, `dagster asset materialize`)
has no daemon at all. So each run checks before it claims a slot (ai_etl/run_executor.py) and a sensor
checks every 30 s under `dagster dev`: a run is dead when its run worker's process is gone from this
host. The worker is named by our own tags (runs `ai-etl materialize` launches) or by the pid on the
run's RUN_START event, which only counts on a local (SQLite) instance, where every run is on this host.
"""

from __future__ import annotations

import os
import socket

import dagster as dg
import psutil
from dagster._core.events import DagsterEventType
from pydantic import BaseModel

WORKER_HOST_TAG = "ai_etl/worker_host"
WORKER_PID_TAG = "ai_etl/worker_pid"
LIVE_STATUSES = [dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.CANCELING]
FINISHED = {dg.DagsterRunStatus.SUCCESS, dg.DagsterRunStatus.FAILURE, dg.DagsterRunStatus.CANCELED}


class DeadRun(BaseModel):
    run_id: str
    job_name: str
    pid: int
    freed_slots: bool


class SlotCheck(BaseModel):
    """What one check found: runs reported failed, and runs whose leftover slots were freed."""

    failed: list[DeadRun] = []
    freed_finished: list[str] = []

    def sentences(self) -> list[str]:
        lines = [f"run {d.run_id[:8]} ({d.job_name}) had died (pid {d.pid} is gone): reported failed, its pool slot freed." for d in self.failed]
        return lines + [f"run {run_id[:8]} had ended but still held a pool slot: freed." for run_id in self.freed_finished]


def worker_tags() -> dict[str, str]:
    """Tags naming this process as the run's worker (set on the runs this process executes)."""
    return {WORKER_HOST_TAG: socket.gethostname(), WORKER_PID_TAG: str(os.getpid())}


def _is_local_instance(instance: dg.DagsterInstance) -> bool:
    """SQLite storage lives on this machine's disk: every run recorded in it ran on this host."""
    return "sqlite" in type(instance.run_storage).__name__.lower() or "sqlite" in str(instance.get_ref().storage_data).lower()


def _worker_pid(instance: dg.DagsterInstance, run: dg.DagsterRun, local: bool) -> int | None:
    """The run worker's pid when it runs on this host, else None (unknown: never judged dead)."""
    host, pid = run.tags.get(WORKER_HOST_TAG), run.tags.get(WORKER_PID_TAG)
    if host is not None and pid is not None:
        return int(pid) if host == socket.gethostname() and pid.isdigit() else None
    if not local:
        return None
    started = instance.get_records_for_run(run.run_id, of_type=DagsterEventType.RUN_START, limit=1).records
    event = started[0].event_log_entry.dagster_event if started else None
    return event.pid if event is not None else None


def _is_alive(pid: int, started_at: float | None) -> bool:
    """The process exists, is not a zombie, and is not a newer process that reused the pid."""
    try:
        process = psutil.Process(pid)
        if process.status() == psutil.STATUS_ZOMBIE:
            return False
        return started_at is None or process.create_time() <= started_at + 5
    except psutil.NoSuchProcess:
        return False


def fail_dead_runs(instance: dg.DagsterInstance, exclude: str | None = None) -> SlotCheck:
    """Report every dead run of this host failed (through the instance, as run monitoring does, so
    failure sensors see it) and free its slots; free the slots that finished or deleted runs still hold."""
    found = SlotCheck()
    local = _is_local_instance(instance)
    for record in instance.get_run_records(filters=dg.RunsFilter(statuses=LIVE_STATUSES), limit=500):
        run = record.dagster_run
        if run.run_id == exclude:
            continue
        pid = _worker_pid(instance, run, local)
        if pid is None or _is_alive(pid, record.start_time):
            continue
        message = f"The run worker (pid {pid} on {socket.gethostname()}) is gone: the run was killed; marked failed and its pool slots freed."
        if run.status == dg.DagsterRunStatus.CANCELING:
            instance.report_run_canceled(run, message)
        else:
            instance.report_run_failed(run, message)
        instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
        found.failed.append(DeadRun(run_id=run.run_id, job_name=run.job_name, pid=pid, freed_slots=True))
    storage = instance.event_log_storage
    if storage.supports_global_concurrency_limits:
        holders = {slot.run_id for key in storage.get_concurrency_keys() for slot in storage.get_concurrency_info(key).claimed_slots}
        holders |= set(storage.get_concurrency_run_ids())
        holders -= {dead.run_id for dead in found.failed} | {exclude}
        for run_id in sorted(holders):
            run = instance.get_run_by_id(run_id)
            if run is None or run.status in FINISHED:
                storage.free_concurrency_slots_for_run(run_id)
                found.freed_finished.append(run_id)
    return found


def held_slots(instance: dg.DagsterInstance) -> dict[str, list[str]]:
    """Pool -> the run ids holding its slots (what `dagster instance concurrency` shows as occupied)."""
    storage = instance.event_log_storage
    return {key: [slot.run_id for slot in storage.get_concurrency_info(key).claimed_slots] for key in sorted(storage.get_concurrency_keys())}


def dead_run_sensor() -> dg.SensorDefinition:
    """Under `dagster dev`: the default run launcher cannot tell run monitoring that a worker died."""

    @dg.sensor(
        name="ai_etl_dead_runs",
        minimum_interval_seconds=30,
        default_status=dg.DefaultSensorStatus.RUNNING,
        description="Marks runs whose process died as failed and frees their pool slots, so later runs do not wait forever.",
    )
    def _dead_runs(context: dg.SensorEvaluationContext) -> dg.SkipReason:
        found = fail_dead_runs(context.instance)
        for line in found.sentences():
            context.log.warning(line)
        return dg.SkipReason(" ".join(found.sentences()) or "no dead runs")

    return _dead_runs
