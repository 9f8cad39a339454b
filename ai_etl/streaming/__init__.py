"""Kafka topics into ClickHouse in micro-batches, exactly once in the deduplicated view.

One micro-batch (`consumer.consume_batch`): read where the last batch stopped (the offsets stored in
ClickHouse, `offsets.py`), consume until every partition is caught up or `max_messages`, flatten the
JSON messages to columns (`messages.py`), insert into the raw ReplacingMergeTree table ordered by
(_partition, _offset) (`raw_table.py`), store the new offsets in ClickHouse, then commit them to
Kafka. A crash anywhere replays from the stored offsets; replayed rows have the same sorting key,
so reading the table with FINAL shows each message once.
"""
