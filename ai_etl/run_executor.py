"""Dagster's executors, each run first clearing runs whose process died (ai_etl/dead_runs.py).

The in-process executor (embedded chDB: one process, steps in turn) also waits for a pool slot the way
the multiprocess executor does: it stops on Ctrl-C/SIGTERM (Dagster's captured interrupt), naps between
claims instead of retrying at once (Dagster 1.13's in-process loop spins a core while a step is
blocked), and checks for dead holders while it waits, so a run killed meanwhile frees the slot.
Same names and config as Dagster's (`execution: config: in_process:` still applies).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import dagster as dg
from dagster._core.definitions.executor_definition import (
    IN_PROC_CONFIG,
    MULTI_PROC_CONFIG,
    _core_in_process_executor_creation,
    _core_multiprocess_executor_creation,
    multiple_process_executor_requirements,
)
from dagster._core.errors import DagsterExecutionInterruptedError
from dagster._core.events import DagsterEvent, EngineEventData
from dagster._core.execution.api import ExecuteRunWithPlanIterable
from dagster._core.execution.context_creation_job import PlanExecutionContextManager
from dagster._core.execution.plan.execute_plan import inner_plan_execution_iterator
from dagster._core.execution.plan.instance_concurrency_context import InstanceConcurrencyContext
from dagster._core.executor.in_process import InProcessExecutor
from dagster._core.executor.multiprocess import MultiprocessExecutor
from dagster._utils.interrupts import check_captured_interrupt

from ai_etl.dead_runs import fail_dead_runs

BLOCKED_NAP_S = 0.25
DEAD_CHECK_EVERY_S = 5.0


def _clear_dead_runs(plan_context) -> Iterator[DagsterEvent]:
    found = fail_dead_runs(plan_context.instance, exclude=plan_context.run_id)
    for line in found.sentences():
        yield DagsterEvent.engine_event(plan_context, line, EngineEventData())


class PatientConcurrencyContext(InstanceConcurrencyContext):
    """A slot claim that honours interrupts, naps while blocked and frees slots of dead holders."""

    def __init__(self, instance, dagster_run):
        super().__init__(instance, dagster_run)
        self._next_dead_check = time.monotonic() + DEAD_CHECK_EVERY_S

    def claim(self, concurrency_key: str, step_key: str, step_priority: int = 0) -> bool:
        if check_captured_interrupt():
            raise DagsterExecutionInterruptedError(f"Interrupted while step {step_key} waited for pool {concurrency_key}.")
        if super().claim(concurrency_key, step_key, step_priority):
            return True
        if time.monotonic() >= self._next_dead_check:
            fail_dead_runs(self._instance, exclude=self._run_id)
            self._next_dead_check = time.monotonic() + DEAD_CHECK_EVERY_S
        time.sleep(BLOCKED_NAP_S)
        return False


def _patient_iterator(job_context, execution_plan, instance_concurrency_context=None) -> Iterator[DagsterEvent]:
    with PatientConcurrencyContext(job_context.instance, job_context.dagster_run) as concurrency:
        yield from inner_plan_execution_iterator(job_context, execution_plan, concurrency)


class GuardedInProcessExecutor(InProcessExecutor):
    def execute(self, plan_context, execution_plan) -> Iterator[DagsterEvent]:
        yield from _clear_dead_runs(plan_context)
        yield DagsterEvent.engine_event(
            plan_context,
            f"Executing steps in process (pid: {os.getpid()})",
            event_specific_data=EngineEventData.in_process(os.getpid(), execution_plan.step_keys_to_execute),
        )
        yield from iter(
            ExecuteRunWithPlanIterable(
                execution_plan=plan_context.execution_plan,
                iterator=_patient_iterator,
                execution_context_manager=PlanExecutionContextManager(
                    job=plan_context.job,
                    retry_mode=plan_context.retry_mode,
                    execution_plan=plan_context.execution_plan,
                    run_config=plan_context.run_config,
                    dagster_run=plan_context.dagster_run,
                    instance=plan_context.instance,
                    raise_on_error=plan_context.raise_on_error,
                    output_capture=plan_context.output_capture,
                    step_dependency_config=self.step_dependency_config,
                ),
            )
        )


class GuardedMultiprocessExecutor(MultiprocessExecutor):
    def execute(self, plan_context, execution_plan) -> Iterator[DagsterEvent]:
        yield from _clear_dead_runs(plan_context)
        yield from super().execute(plan_context, execution_plan)


@dg.executor(name="in_process", config_schema=IN_PROC_CONFIG)
def guarded_in_process_executor(init_context) -> GuardedInProcessExecutor:
    """Dagster's in-process executor, clearing dead runs first and waiting for slots interruptibly."""
    base = _core_in_process_executor_creation(init_context.executor_config)
    return GuardedInProcessExecutor(retries=base.retries, step_dependency_config=base.step_dependency_config)


@dg.executor(name="multiprocess", config_schema=MULTI_PROC_CONFIG, requirements=multiple_process_executor_requirements())
def guarded_multiprocess_executor(init_context) -> GuardedMultiprocessExecutor:
    """Dagster's multiprocess executor, clearing dead runs first."""
    executor = _core_multiprocess_executor_creation(init_context.executor_config)
    executor.__class__ = GuardedMultiprocessExecutor  # same state, one more step before execute
    return executor
