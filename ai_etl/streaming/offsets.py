"""Where each stream pipeline stopped, kept in ClickHouse beside the data it describes.

The offsets in ClickHouse, not the consumer group's, are the truth: they are written after the rows
and before the Kafka commit, so they never run ahead of the data. A Kafka commit that fails, or a
run killed before it, costs nothing; a run killed before the offsets are written replays the
batch, which the raw table's FINAL view shows once. The group's committed offsets are read only
where ClickHouse has none (a new pipeline, a partition added to the topic), so tools that watch
the group still see its progress.

(CDC keeps its slot positions the same way; the two tables may become one when both land.)
"""

from __future__ import annotations

import time

from clickhouse_connect.driver.client import Client

from ai_etl.resources.clickhouse import quote_ident

OFFSETS_TABLE = "_ai_etl_stream_offsets"


def _table(database: str) -> str:
    return f"{quote_ident(database)}.{quote_ident(OFFSETS_TABLE)}"


def ensure_offsets_table(client: Client, database: str) -> None:
    """One row per (pipeline, topic, partition); the latest write wins (version = write time in ns,
    not the offset: a topic recreated from offset 0 must be able to move the position back)."""
    client.command(
        f"CREATE TABLE IF NOT EXISTS {_table(database)} (pipeline String, topic String, partition Int32, "
        "next_offset Int64, written_ns UInt64, written_at DateTime64(3, 'UTC') DEFAULT now64(3)) "
        "ENGINE = ReplacingMergeTree(written_ns) ORDER BY (pipeline, topic, partition)"
    )


def read_offsets(client: Client, database: str, pipeline: str, topic: str) -> dict[int, int]:
    """partition -> the next offset to read."""
    rows = client.query(
        f"SELECT partition, next_offset FROM {_table(database)} FINAL WHERE pipeline = {{p:String}} AND topic = {{t:String}}",
        parameters={"p": pipeline, "t": topic},
    ).result_rows
    return {int(partition): int(offset) for partition, offset in rows}


def write_offsets(client: Client, database: str, pipeline: str, topic: str, next_offsets: dict[int, int]) -> None:
    if not next_offsets:
        return
    now = time.time_ns()
    client.insert(
        OFFSETS_TABLE,
        [[pipeline, topic, partition, offset, now] for partition, offset in sorted(next_offsets.items())],
        column_names=["pipeline", "topic", "partition", "next_offset", "written_ns"],
        database=database,
    )
