"""Monitoring of pipeline assets: profiles of their tables, reports over the telemetry, anomalies judged against an asset's own history."""
