"""The Prometheus endpoint: the telemetry figures, aggregated from Dagster's event log in this process.

Served from the instance, not from the `<project>_ops` tables: embedded chDB is single-process, so a
scrape that opened the warehouse could make a pipeline step fail to open it ("open in another
process"). The instance's storage (SQLite, or PostgreSQL at scale) takes concurrent readers. The rows
come from the same reader the telemetry asset writes (`read_finished_runs`), so the figures are the
same; each scrape reads on from where the last one stopped, and a restart reads the history again
(totals are since the instance began, not since the server did).
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterator

import dagster as dg
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily
from prometheus_client.registry import Collector

from ai_etl.telemetry.event_log import RunScope, read_finished_runs
from ai_etl.telemetry.records import TelemetryBatch

RUN_SECONDS_BUCKETS = (1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600)
CALL_SECONDS_BUCKETS = (0.05, 0.25, 1, 2.5, 5, 10, 30, 60)


class Histogram:
    """Cumulative bucket counts and a sum, per label set."""

    def __init__(self, buckets: tuple[float, ...]):
        self.buckets = buckets
        self.counts: dict[tuple, list[int]] = defaultdict(lambda: [0] * (len(buckets) + 1))
        self.sums: dict[tuple, float] = defaultdict(float)

    def observe(self, labels: tuple, value: float) -> None:
        counts = self.counts[labels]
        for i, bound in enumerate(self.buckets):
            if value <= bound:
                counts[i] += 1
        counts[-1] += 1
        self.sums[labels] += value

    def family(self, name: str, documentation: str, label_names: list[str]) -> HistogramMetricFamily:
        family = HistogramMetricFamily(name, documentation, labels=label_names)
        for labels, counts in sorted(self.counts.items()):
            buckets = [(str(bound), count) for bound, count in zip(self.buckets, counts)] + [("+Inf", counts[-1])]
            family.add_metric(list(labels), buckets, self.sums[labels])
        return family


class TelemetryFigures:
    """Running totals of what the telemetry rows say; `add(batch)` once per batch read."""

    def __init__(self):
        self.counters: dict[str, dict[tuple, float]] = defaultdict(lambda: defaultdict(float))
        self.last_rows: dict[tuple, int] = {}
        self.run_seconds = Histogram(RUN_SECONDS_BUCKETS)
        self.call_seconds = Histogram(CALL_SECONDS_BUCKETS)
        self.cursor = 0

    def count(self, name: str, labels: tuple, by: float = 1) -> None:
        self.counters[name][labels] += by

    def add(self, batch: TelemetryBatch) -> None:
        for run in batch.runs:
            self.count("runs", (run.project, run.pipeline, run.job_name, run.status))
            self.count("step_retries", (run.project, run.pipeline), run.attempts - run.steps)
            if run.failure_kind:
                self.count("run_failures", (run.project, run.pipeline, run.failure_kind, run.failure_class))
            self.run_seconds.observe((run.project, run.pipeline, run.job_name), run.duration_s)
        for m in batch.materializations:
            self.count("materializations", (m.project, m.pipeline, m.asset_key))
            if m.rows is not None:
                self.count("rows", (m.project, m.pipeline, m.asset_key), m.rows)
                self.last_rows[(m.project, m.pipeline, m.asset_key)] = m.rows
        for c in batch.checks:
            self.count("checks", (c.project, c.pipeline, c.asset_key, c.check_name, "passed" if c.passed else "failed", c.severity))
        for call in batch.agent_calls:
            labels = (call.project, call.job_name, call.model)
            if call.cache_layer:
                self.count("cache_hits", (call.project, call.cache_layer))
                self.count("cache_calls_avoided", (call.project, call.cache_layer), call.calls_avoided)
                self.count("cache_tokens_avoided", (call.project, call.cache_layer), call.tokens_avoided)
                continue
            self.count("agent_calls", labels)
            self.count("agent_tokens", (*labels, "prompt"), call.prompt_tokens)
            self.count("agent_tokens", (*labels, "completion"), call.completion_tokens)
            self.count("agent_cost", labels, call.cost_usd)
            self.call_seconds.observe(labels, call.latency_s)
        for r in batch.repairs:
            self.count("repairs", (r.project, r.pipeline, r.diagnosis_kind, r.outcome))
        self.cursor = max(self.cursor, batch.cursor)


COUNTERS = {  # name -> (metric, documentation, labels)
    "runs": ("ai_etl_runs", "Runs that ended, by pipeline, job and status.", ["project", "pipeline", "job", "status"]),
    "run_failures": ("ai_etl_run_failures", "Failed runs by the repair diagnosis' kind and the root error's class.", ["project", "pipeline", "kind", "error_class"]),
    "step_retries": ("ai_etl_step_retries", "Step attempts beyond the first.", ["project", "pipeline"]),
    "materializations": ("ai_etl_materializations", "Asset materializations.", ["project", "pipeline", "asset"]),
    "rows": ("ai_etl_materialized_rows", "Rows the materializations reported (dagster/row_count), summed.", ["project", "pipeline", "asset"]),
    "checks": ("ai_etl_asset_checks", "Asset check evaluations by result.", ["project", "pipeline", "asset", "check", "result", "severity"]),
    "agent_calls": ("ai_etl_agent_calls", "Model calls of the agents.", ["project", "job", "model"]),
    "agent_tokens": ("ai_etl_agent_tokens", "Tokens of the agents' model calls.", ["project", "job", "model", "direction"]),
    "agent_cost": ("ai_etl_agent_cost_usd", "Cost of the agents' model calls in USD (litellm's prices; local models cost 0).", ["project", "job", "model"]),
    "cache_hits": ("ai_etl_cache_hits", "Generations answered by the semantic cache.", ["project", "layer"]),
    "cache_calls_avoided": ("ai_etl_cache_calls_avoided", "Model calls the cache's answers avoided.", ["project", "layer"]),
    "cache_tokens_avoided": ("ai_etl_cache_tokens_avoided", "Tokens the cache's answers avoided.", ["project", "layer"]),
    "repairs": ("ai_etl_repairs", "Failures reflected on, by diagnosis and outcome.", ["project", "pipeline", "kind", "outcome"]),
}


class TelemetryCollector(Collector):
    """Reads the runs that ended since the last scrape, then reports every total."""

    def __init__(self, instance: dg.DagsterInstance, scope: RunScope, batch_runs: int = 500, max_batches: int = 20):
        self.instance, self.scope = instance, scope
        self.batch_runs, self.max_batches = batch_runs, max_batches
        self.figures = TelemetryFigures()
        self._lock = threading.Lock()  # scrapes may overlap; the reading must not

    def refresh(self) -> None:
        with self._lock:
            for _ in range(self.max_batches):
                batch = read_finished_runs(self.instance, self.scope, self.figures.cursor, limit=self.batch_runs)
                if batch.cursor == self.figures.cursor:
                    return
                self.figures.add(batch)

    def collect(self) -> Iterator:
        self.refresh()
        figures = self.figures
        for key, (name, documentation, labels) in COUNTERS.items():
            family = CounterMetricFamily(name, documentation, labels=labels)
            for values, total in sorted(figures.counters[key].items()):
                family.add_metric(list(values), total)
            yield family
        last = GaugeMetricFamily("ai_etl_asset_last_rows", "Rows of each asset at its last materialization.", labels=["project", "pipeline", "asset"])
        for values, rows in sorted(figures.last_rows.items()):
            last.add_metric(list(values), rows)
        yield last
        yield figures.run_seconds.family("ai_etl_run_duration_seconds", "Run durations (p50/p95 with histogram_quantile).", ["project", "pipeline", "job"])
        yield figures.call_seconds.family("ai_etl_agent_call_latency_seconds", "Latency of the agents' model calls.", ["project", "job", "model"])
        yield GaugeMetricFamily("ai_etl_telemetry_event_log_cursor", "Storage id of the last run end read from Dagster's event log.", value=figures.cursor)
