"""Monitoring of pipeline assets: profiles of their tables, reports over the telemetry, anomalies."""
