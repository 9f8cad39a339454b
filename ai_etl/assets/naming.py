"""Asset keys, groups and table names: `<project>/<layer>/<name>`, one group per project and pipeline."""

from __future__ import annotations

import dagster as dg

LAYERS = ("source", "raw", "staging", "marts")


def asset_key(project: str, layer: str, name: str) -> dg.AssetKey:
    assert layer in LAYERS, layer
    return dg.AssetKey([project, layer, name])


def group_name(project: str, pipeline: str) -> str:
    return f"{project}__{pipeline}"


def raw_table_name(source_table: str) -> str:
    """The ClickHouse table an extract asset loads (the dbt source's `identifier`)."""
    return f"raw_{source_table}"
