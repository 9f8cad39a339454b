"""What `ai-etl report` plots, read from the telemetry tables of `<project>_ops` (ai_etl/telemetry):
per pipeline over the last days, rows of its target table per materialization, run durations,
failures and LLM cost per day, and anomaly checks. Read in one opening of the warehouse, aggregated
in ClickHouse; the report is drawn afterwards from these models alone."""

from __future__ import annotations

import datetime as dt

from clickhouse_connect.driver.client import Client
from pydantic import BaseModel

from ai_etl.resources.clickhouse import quote_ident
from ai_etl.telemetry.tables import ops_database

ANOMALY_CHECK = "%anomal%"  # asset checks whose name says they judge anomalies (case-insensitive)


class VolumePoint(BaseModel):
    pipeline: str
    materialized_at: dt.datetime
    rows: int


class RunPoint(BaseModel):
    pipeline: str
    run_id: str
    started_at: dt.datetime
    duration_s: float
    status: str
    failure_kind: str


class DailyFailures(BaseModel):
    pipeline: str
    day: dt.date
    runs: int
    failed: int


class DailyCost(BaseModel):
    who: str  # the pipeline, or the job (generate_pipeline, reflect...) for calls outside a pipeline
    day: dt.date
    calls: int
    tokens: int
    cost_usd: float


class DailyAnomalies(BaseModel):
    pipeline: str
    day: dt.date
    evaluated: int
    failed: int


class PipelineSummary(BaseModel):
    pipeline: str
    runs: int
    failed: int
    success_rate: float
    p50_duration_s: float
    p95_duration_s: float
    last_run_at: dt.datetime


class ReportData(BaseModel):
    project: str
    database: str
    days: int
    since: dt.datetime
    generated_at: dt.datetime
    summaries: list[PipelineSummary] = []
    volume: list[VolumePoint] = []
    runs: list[RunPoint] = []
    failures: list[DailyFailures] = []
    cost: list[DailyCost] = []
    anomalies: list[DailyAnomalies] = []

    @property
    def empty(self) -> bool:
        return not (self.runs or self.volume or self.cost or self.anomalies)


def _rows(client: Client, sql: str, database: str, since: dt.datetime, **parameters) -> list[dict]:
    result = client.query(sql.replace("{db}", quote_ident(database)), parameters={"since": since, **parameters})
    return [dict(zip(result.column_names, row)) for row in result.result_rows]


def read_report_data(client: Client, project: str, final_assets: dict[str, str], days: int, now: dt.datetime | None = None) -> ReportData:
    """`final_assets`: pipeline -> its target asset key (`a/b/c`), whose rows are the pipeline's volume."""
    now = now or dt.datetime.now(dt.UTC)
    database = ops_database(project)
    data = ReportData(project=project, database=database, days=days, since=now - dt.timedelta(days=days), generated_at=now)
    present = {row[0] for row in client.query("SELECT name FROM system.tables WHERE database = {db:String}", parameters={"db": database}).result_rows}
    since = data.since
    if "runs" in present:
        data.summaries = [PipelineSummary(**r) for r in _rows(client, """
            SELECT pipeline, count() AS runs, countIf(status = 'FAILURE') AS failed, round(countIf(status = 'SUCCESS') / runs, 4) AS success_rate,
                   round(quantileExact(0.5)(duration_s), 3) AS p50_duration_s, round(quantileExact(0.95)(duration_s), 3) AS p95_duration_s,
                   max(ended_at) AS last_run_at
            FROM {db}.runs FINAL WHERE pipeline != '' AND started_at >= {since:DateTime64(3)} GROUP BY pipeline ORDER BY pipeline""", database, since)]  # fmt: skip
        data.runs = [RunPoint(**r) for r in _rows(client, """
            SELECT pipeline, run_id, started_at, duration_s, status, failure_kind FROM {db}.runs FINAL
            WHERE pipeline != '' AND started_at >= {since:DateTime64(3)} ORDER BY started_at""", database, since)]  # fmt: skip
        data.failures = [DailyFailures(**r) for r in _rows(client, """
            SELECT pipeline, toDate(started_at) AS day, count() AS runs, countIf(status = 'FAILURE') AS failed FROM {db}.runs FINAL
            WHERE pipeline != '' AND started_at >= {since:DateTime64(3)} GROUP BY pipeline, day ORDER BY day, pipeline""", database, since)]  # fmt: skip
    if "materializations" in present and final_assets:
        data.volume = [VolumePoint(**r) for r in _rows(client, """
            SELECT pipeline, materialized_at, rows FROM {db}.materializations FINAL
            WHERE asset_key IN {assets:Array(String)} AND rows IS NOT NULL AND materialized_at >= {since:DateTime64(3)} ORDER BY materialized_at""",
            database, since, assets=sorted(set(final_assets.values())))]  # fmt: skip
    if "agent_calls" in present:
        data.cost = [DailyCost(**r) for r in _rows(client, """
            SELECT if(pipeline != '', pipeline, job_name) AS who, toDate(called_at) AS day, count() AS calls,
                   toInt64(sum(prompt_tokens + completion_tokens)) AS tokens, sum(cost_usd) AS cost_usd
            FROM {db}.agent_calls FINAL WHERE cache_layer = '' AND called_at >= {since:DateTime64(3)} GROUP BY who, day ORDER BY day, who""", database, since)]  # fmt: skip
    if "checks" in present:
        data.anomalies = [DailyAnomalies(**r) for r in _rows(client, """
            SELECT pipeline, toDate(evaluated_at) AS day, count() AS evaluated, countIf(NOT passed) AS failed FROM {db}.checks FINAL
            WHERE check_name ILIKE {pattern:String} AND evaluated_at >= {since:DateTime64(3)} GROUP BY pipeline, day ORDER BY day, pipeline""",
            database, since, pattern=ANOMALY_CHECK)]  # fmt: skip
    return data
