"""A materialized table's profile as asset metadata, so Dagster's asset page plots it over time.

Numeric values only: `profile/<column>/null_rate` for at most MAX_COLUMNS columns (sorting-key
columns first; one query that reads only the null maps of Nullable columns, the others are 0
without reading) and `profile/<column>/distinct` for the sorting-key columns (at most
MAX_DISTINCT_COLUMNS, one query each). Distinct counts are the expensive part: measured on 1M rows
(bench/profile_overhead.py), all 9 columns cost ~320 ms in one query, the key column alone ~25 ms.
Profiling never fails a materialization: a table it cannot read gets no profile and a warning in
the step's log.
"""

from __future__ import annotations

from collections.abc import Callable

import dagster as dg
from clickhouse_connect.driver.client import Client

from ai_etl.monitoring.profile import ColumnProfile, count_rows, describe_table, measure_columns

MAX_COLUMNS = 20
MAX_DISTINCT_COLUMNS = 5
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
        nulls = measure_columns(client, described, chosen, rows, distinct=False, min_max=False, top_values=False)
        keys = [c for c in chosen if c.in_key][:MAX_DISTINCT_COLUMNS]
        distinct = [p for key in keys for p in measure_columns(client, described, [key], rows, min_max=False, top_values=False)]
        return metadata_of(nulls, distinct)
    except Exception as err:  # a profile is an extra; the load itself succeeded
        warn(f"Could not profile {database}.{table} for the asset's metadata: {str(err).splitlines()[0] if str(err) else type(err).__name__}")
        return {}


def metadata_of(nulls: list[ColumnProfile], distinct: list[ColumnProfile]) -> dict:
    metadata = {f"{PREFIX}/{c.name}/null_rate": dg.MetadataValue.float(c.null_rate) for c in nulls}
    metadata.update({f"{PREFIX}/{c.name}/distinct": dg.MetadataValue.int(c.distinct) for c in distinct})
    return metadata
