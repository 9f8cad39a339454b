"""Scoring generated pipelines by execution against the evaluation cases in `requests.yaml`."""
