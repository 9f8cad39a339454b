"""A materialized table's profile as asset metadata, so Dagster's asset page plots it over time.

Numeric values only (`profile/<column>/null_rate`, `profile/<column>/distinct`), for the sorting-key
columns first and at most MAX_COLUMNS in all, computed by one aggregate query without min/max or top
values: a profile must cost a materialization little. Profiling never fails a materialization: a
table it cannot read gets no profile and a warning in the step's log.
"""

from __future__ import annotations

from collections.abc import Callable

import dagster as dg
from clickhouse_connect.driver.client import Client

from ai_etl.monitoring.profile import ColumnProfile, count_rows, describe_table, measure_columns

MAX_COLUMNS = 20
PREFIX = "profile"


def profile_metadata(client: Client, database: str, table: str, warn: Callable[[str], None], rows: int | None = None) -> dict:
    """`profile/...` metadata of `database.table` (empty when it cannot be read); `rows` when the
    caller already counted them."""
    try:
        described = describe_table(client, database, table)
        if described is None:
            return {}
        chosen = sorted(described.columns, key=lambda c: not c.in_key)[:MAX_COLUMNS]
        if rows is None:
            rows = count_rows(client, described)
        return metadata_of(measure_columns(client, described, chosen, rows, min_max=False, top_values=False))
    except Exception as err:  # a profile is an extra; the load itself succeeded
        warn(f"Could not profile {database}.{table} for the asset's metadata: {str(err).splitlines()[0] if str(err) else type(err).__name__}")
        return {}


def metadata_of(columns: list[ColumnProfile]) -> dict:
    metadata = {}
    for column in columns:
        metadata[f"{PREFIX}/{column.name}/null_rate"] = dg.MetadataValue.float(column.null_rate)
        metadata[f"{PREFIX}/{column.name}/distinct"] = dg.MetadataValue.int(column.distinct)
    return metadata
