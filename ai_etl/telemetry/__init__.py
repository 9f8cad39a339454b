"""Telemetry: Dagster's event log -> ClickHouse tables of `<project>_ops`, marts over them, a Prometheus endpoint.

One reader (`event_log.read_finished_runs`) turns finished runs into rows; the telemetry asset appends
them to the warehouse, the metrics server aggregates them in memory. Pipelines themselves do no
extra work: everything is read afterwards from what Dagster already records.
"""
