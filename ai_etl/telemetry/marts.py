"""Marts over the ops tables, as ClickHouse views the telemetry asset (re)creates on every run.

Views, not dbt models: the project's dbt project parses one project's generated pipelines
(`models/<project>/`), and its steps build `fqn:*` of that manifest; ops models in it would be built
by every pipeline step before any telemetry exists. A view reads the tables as they are at query
time, so the marts are never stale and cost nothing to refresh.
"""

from __future__ import annotations

from dataclasses import dataclass

from clickhouse_connect.driver.client import Client

from ai_etl.resources.clickhouse import quote_ident


@dataclass(frozen=True)
class MartView:
    name: str
    description: str
    select: str  # over the ops tables, `{db}` standing for their database


MART_VIEWS = (
    MartView(
        "pipeline_health",
        "Per pipeline: runs, success rate, p50/p95 run duration, retries and failures by kind, last run.",
        """
        SELECT project, pipeline, count() AS runs, countIf(status = 'SUCCESS') AS succeeded, countIf(status = 'FAILURE') AS failed,
               round(succeeded / runs, 4) AS success_rate,
               round(quantileExact(0.5)(duration_s), 3) AS p50_duration_s, round(quantileExact(0.95)(duration_s), 3) AS p95_duration_s,
               sum(attempts) - sum(steps) AS retries,
               countIf(failure_kind = 'infrastructure') AS infrastructure_failures, countIf(failure_kind = 'code') AS code_failures,
               countIf(failure_kind = 'source') AS source_failures, countIf(failure_kind = 'data') AS data_failures, max(ended_at) AS last_run_at
        FROM {db}.runs FINAL WHERE pipeline != '' GROUP BY project, pipeline
        """,
    ),
    MartView(
        "asset_rows_per_run",
        "Per asset: materializations, rows per run (last, average, p50), bytes and step duration.",
        """
        SELECT project, pipeline, asset_key, count() AS materializations, argMax(rows, materialized_at) AS last_rows,
               round(avg(rows), 1) AS avg_rows, quantileExact(0.5)(rows) AS p50_rows, argMax(bytes, materialized_at) AS last_bytes,
               round(quantileExact(0.5)(step_duration_s), 3) AS p50_step_duration_s, max(materialized_at) AS last_materialized_at
        FROM {db}.materializations FINAL GROUP BY project, pipeline, asset_key
        """,
    ),
    MartView(
        "llm_cost_daily",
        "Model calls, tokens and cost per project, pipeline, job, model and day (cache answers excluded).",
        """
        SELECT toDate(called_at) AS day, project, pipeline, job_name, model, count() AS calls,
               sum(prompt_tokens) AS input_tokens, sum(completion_tokens) AS output_tokens,
               input_tokens + output_tokens AS tokens, round(sum(cost_usd), 6) AS cost_usd,
               round(quantileExact(0.95)(latency_s), 3) AS p95_latency_s
        FROM {db}.agent_calls FINAL WHERE cache_layer = '' GROUP BY day, project, pipeline, job_name, model
        """,
    ),
    MartView(
        "cache_savings",
        "Per day and cache layer: answers from the semantic cache, the model calls and tokens they avoided, and the cost avoided at the day's average price per token.",
        """
        WITH price AS (SELECT toDate(called_at) AS day, sum(cost_usd) / greatest(sum(prompt_tokens + completion_tokens), 1) AS usd_per_token
                       FROM {db}.agent_calls FINAL WHERE cache_layer = '' GROUP BY day)
        SELECT toDate(a.called_at) AS day, a.project AS project, a.cache_layer AS cache_layer, count() AS hits,
               sum(a.calls_avoided) AS calls_avoided, sum(a.tokens_avoided) AS tokens_avoided,
               round(tokens_avoided * any(p.usd_per_token), 6) AS cost_avoided_usd
        FROM {db}.agent_calls AS a FINAL LEFT JOIN price AS p ON p.day = toDate(a.called_at)
        WHERE a.cache_layer != '' GROUP BY day, project, cache_layer
        """,
    ),
    MartView(
        "repair_outcomes",
        "Per pipeline and diagnosis kind: failures reflected on, and how many ended proposed, applied, rejected or without a proposal.",
        """
        SELECT project, pipeline, diagnosis_kind, count() AS reflections, countIf(outcome = 'proposed') AS proposed,
               countIf(outcome = 'applied') AS applied, countIf(outcome = 'rejected') AS rejected,
               countIf(outcome = 'no proposal') AS no_proposal, countIf(outcome = 'failed') AS reflect_failed,
               max(reflected_at) AS last_reflected_at
        FROM {db}.repairs FINAL GROUP BY project, pipeline, diagnosis_kind
        """,
    ),
)


def create_mart_views(client: Client, database: str) -> None:
    for mart in MART_VIEWS:
        select = " ".join(mart.select.split()).format(db=quote_ident(database))
        client.command(f"CREATE OR REPLACE VIEW {quote_ident(database)}.{quote_ident(mart.name)} AS {select}")
