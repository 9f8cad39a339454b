"""The rows telemetry records, one model per table: the contract between the event-log reader, the
ClickHouse tables and the metrics server. `AgentCall` is also what the agent jobs put in their
output metadata (`agent_calls`), the only record of each model call that outlives the process."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

AGENT_CALLS_METADATA = "agent_calls"
DIAGNOSIS_KIND_METADATA = "diagnosis_kind"


class RunRow(BaseModel):
    run_id: str
    project: str
    pipeline: str = Field(description="the ai_etl/pipeline tag, else the one pipeline owning the run's assets, else ''")
    job_name: str
    status: str = Field(description="SUCCESS, FAILURE or CANCELED")
    launched_by: str = Field(description="schedule:<name>, sensor:<name> or manual")
    started_at: dt.datetime
    ended_at: dt.datetime
    duration_s: float
    steps: int
    steps_failed: int
    attempts: int = Field(description="step attempts summed over the run's steps (retries show here)")
    failure_class: str = ""
    failure_kind: str = Field("", description="infrastructure | code | data (ai_etl.repair.diagnosis.classify)")
    failure_message: str = ""
    end_event_id: int


class StepRow(BaseModel):
    run_id: str
    step_key: str
    project: str
    pipeline: str
    status: str
    started_at: dt.datetime
    ended_at: dt.datetime
    duration_s: float
    attempts: int


class MaterializationRow(BaseModel):
    event_id: int
    run_id: str
    project: str
    pipeline: str
    step_key: str
    asset_key: str
    materialized_at: dt.datetime
    rows: int | None = None
    bytes: int | None = None
    step_duration_s: float | None = None


class CheckRow(BaseModel):
    event_id: int
    run_id: str
    project: str
    pipeline: str
    asset_key: str
    check_name: str
    passed: bool
    severity: str
    evaluated_at: dt.datetime


class AgentCall(BaseModel):
    """One model call, or one answer from the semantic cache (`cache_layer` exact|semantic, no tokens
    spent, and what the cached generation had cost: `calls_avoided`, `tokens_avoided`)."""

    model: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    latency_s: float = 0.0
    attempts: int = 1
    cache_layer: str = ""
    calls_avoided: int = 0
    tokens_avoided: int = 0


def agent_calls(calls, cache=None, cache_model: str = "") -> list[AgentCall]:
    """The gateway's `CallRecord`s, and the semantic cache's answer when it gave one (a `CacheUse`)."""
    found = [
        AgentCall(model=c.model, prompt_tokens=c.prompt_tokens, completion_tokens=c.completion_tokens, cost_usd=c.cost_usd, latency_s=c.seconds, attempts=c.attempts)
        for c in calls
    ]
    if cache is not None and cache.hit:
        found.append(AgentCall(model=cache_model, latency_s=cache.seconds, cache_layer=cache.layer or "exact", calls_avoided=cache.calls_avoided, tokens_avoided=cache.tokens_avoided))
    return found


def agent_calls_metadata(calls: list[AgentCall]) -> dict:
    """The output metadata an agent job's op adds, for telemetry to read from the event log."""
    import dagster as dg

    return {AGENT_CALLS_METADATA: dg.MetadataValue.json([c.model_dump() for c in calls])}


class AgentCallRow(AgentCall):
    run_id: str
    call_index: int
    project: str
    pipeline: str
    job_name: str
    called_at: dt.datetime


class RepairRow(BaseModel):
    run_id: str = Field(description="the reflect run")
    failed_run_id: str
    project: str
    pipeline: str
    diagnosis_kind: str
    diagnosis: str
    proposals: list[int] = []
    rejected: list[int] = []
    applied: bool = False
    explanation: str = ""
    outcome: str = Field(description="applied | proposed | rejected | no proposal | failed")
    reflected_at: dt.datetime


class TelemetryBatch(BaseModel):
    """What the event log says about a set of finished runs, and the storage id read up to."""

    runs: list[RunRow] = []
    steps: list[StepRow] = []
    materializations: list[MaterializationRow] = []
    checks: list[CheckRow] = []
    agent_calls: list[AgentCallRow] = []
    repairs: list[RepairRow] = []
    cursor: int = 0

    def extend(self, other: TelemetryBatch) -> None:
        for name in ("runs", "steps", "materializations", "checks", "agent_calls", "repairs"):
            getattr(self, name).extend(getattr(other, name))
        self.cursor = max(self.cursor, other.cursor)
