"""Monitoring of pipeline assets: anomalies of a metric judged against the asset's own history."""

from ai_etl.monitoring.anomalies import AnomalyKind, DetectorSettings, Finding, MetricPoint, Severity, judge
from ai_etl.monitoring.metrics import Metric

__all__ = ["AnomalyKind", "DetectorSettings", "Finding", "Metric", "MetricPoint", "Severity", "judge"]
