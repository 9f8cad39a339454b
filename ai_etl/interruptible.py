"""Blocking warehouse work that Ctrl-C and SIGTERM can still stop.

Dagster stops a step on an interrupt by raising in the main thread from its signal handler
(`raise_execution_interrupts` around user code), but Python runs a handler only between bytecodes:
while the main thread sits in one chDB call (an `INSERT ... SELECT FROM postgresql(...)` of
millions of rows) the interrupt waits for the whole load. chDB and psycopg release the GIL, so the
work runs in a thread and the main thread waits in short joins, where the interrupt is raised at
once. The abandoned load never reaches its EXCHANGE/ATTACH, so the target keeps its old content;
its temporary table is dropped by the next load (ai_etl/loading.py `drop_leftovers`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
JOIN_S = 0.1
GRACE_S = 2.0


def run_interruptibly(work: Callable[[], T], name: str = "ai-etl-load") -> T:
    """`work()`, in a daemon thread when called on the main thread; an interrupt raised while waiting
    gives the work `GRACE_S` to finish (or fail) and is then re-raised, the work abandoned."""
    if threading.current_thread() is not threading.main_thread():
        return work()
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as err:  # handed to the waiting thread
            outcome["error"] = err

    thread = threading.Thread(target=target, name=name, daemon=True)
    thread.start()
    try:
        while thread.is_alive():
            thread.join(JOIN_S)
    except BaseException:
        thread.join(GRACE_S)
        raise
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def abandoned_work() -> list[str]:
    """Names of work threads still running after an interrupt (the process must exit with `os._exit`:
    a normal exit would wait for, or finalize under, a thread inside chDB)."""
    return [t.name for t in threading.enumerate() if t.name.startswith("ai-etl-") and t.is_alive()]
