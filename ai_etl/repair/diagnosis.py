"""What a failed run tells: which pipeline and step, the error, and whether code can fix it.

Infrastructure failures (source unreachable, authentication, disk, timeouts, a locked embedded
warehouse) and source changes no code can follow (a replicated column's new type, a stream
position the broker lost: `SourceChangedError`, whose message says what a person must do) never
get a code proposal: an alert with the diagnosis instead. Code failures (SQL that no longer matches
the source) and data failures (a dbt test that new rows break) go to the Reflector.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Literal

from pydantic import BaseModel

INFRASTRUCTURE = re.compile(
    r"could not connect|connection refused|cannot connect to|connection (?:reset|timed out)|timed? ?out|"
    r"password authentication failed|authentication failed|no pg_hba\.conf|too many connections|"
    r"server closed the connection|could not translate host|name or service not known|no space left|disk full|"
    r"is open in another process|read-only file system|permission denied for|ssl (?:error|syscall)|network is unreachable",
    re.IGNORECASE,
)
# the classes of ai_etl.errors.SourceChangedError (a run's error is known here by its class name only)
SOURCE_CHANGED = frozenset({"SourceChangedError", "StreamPositionError", "CdcSchemaError", "CdcSourceError"})
DATA_TEST = re.compile(r"(?:Failure in test|test) .*?(?:Got \d+ results?|configured to fail)|Got \d+ results?, configured to fail", re.IGNORECASE | re.S)


class RunFailure(BaseModel):
    """A failed run of a generated pipeline, as the sensor hands it to the reflect run."""

    run_id: str
    project: str
    pipeline: str
    step_key: str
    error_class: str
    message: str
    log_tail: str = ""
    artifact_versions: dict[str, int] = {}

    def fingerprint(self) -> str:
        """Same pipeline, step, error class and artifact versions: the same failure again."""
        key = [self.project, self.pipeline, self.step_key, self.error_class, sorted(self.artifact_versions.items())]
        return hashlib.sha256(json.dumps(key).encode()).hexdigest()[:16]


class Diagnosis(BaseModel):
    kind: Literal["infrastructure", "source", "code", "data"]

    @property
    def needs_a_person(self) -> bool:
        """No generated code can fix it: alert, do not propose."""
        return self.kind in ("infrastructure", "source")
    summary: str


def classify(failure: RunFailure) -> Diagnosis:
    text = f"{failure.error_class}: {failure.message}\n{failure.log_tail}"
    if failure.error_class in SOURCE_CHANGED:
        return Diagnosis(kind="source", summary=f"{failure.step_key}: the source changed and a person must act: {_first_line(failure.message)}")
    if match := INFRASTRUCTURE.search(text):
        return Diagnosis(kind="infrastructure", summary=f"{failure.step_key} failed reaching a system ({match[0]}): {_first_line(failure.message)}")
    if DATA_TEST.search(text):
        return Diagnosis(kind="data", summary=f"a dbt test failed on new data in {failure.step_key}: {_first_line(failure.message)}")
    return Diagnosis(kind="code", summary=f"{failure.step_key} failed: {_first_line(failure.message)}")


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")[:300]


def root_error(error) -> tuple[str, str]:
    """(class, message) of the error that started it: retry policies and Dagster wrap the cause."""
    while error is not None and (getattr(error, "cause", None) or getattr(error, "context", None)):
        inner = error.cause or error.context
        if error.cls_name not in ("RetryRequestedFromPolicy", "DagsterExecutionStepExecutionError", "RetryRequested") and not error.message.startswith("Exceeded max_retries"):
            break
        error = inner
    return (error.cls_name or "Error", error.message) if error is not None else ("RunFailure", "the run failed")
