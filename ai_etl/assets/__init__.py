"""Spec -> Dagster assets: extract/load, dbt models, schedules."""
