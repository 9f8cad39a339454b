"""Where each partition of a topic ends, and what a stored offset past that end means.

A batch reads each partition up to its end as of the batch's start (so it never chases a busy
producer), reports lag against the end after it, and refuses to start from an offset the partition
no longer holds. The broker's reported high watermark is not enough: tansu 0.6 reports the base
offset of the last record batch, so `log_ends` reads that batch.
"""

from __future__ import annotations

import time

from ai_etl.errors import StreamPositionError
from ai_etl.resources.kafka import KafkaResource


def log_ends(consumer, topic: str, partitions: list[int], timeout_s: float = 5.0) -> dict[int, int | None]:
    """Each partition's end offset (the offset its next message will get) as of now, read with
    `consumer`, whose assignment it replaces. Never commits.

    The high watermark a broker reports is the end on Kafka; tansu 0.6 reports the base offset of the
    last record batch instead (a batch of 500 messages looks like one), so fetch from just before it:
    the first delivery of a partition holds its last batch (on Kafka: its last message), and its last
    offset + 1 is the end. Not waiting for end-of-partition: under a steady producer tansu may not send it.
    """
    from confluent_kafka import KafkaError, KafkaException, TopicPartition

    ends: dict[int, int | None] = {}
    for partition in partitions:
        try:
            ends[partition] = consumer.get_watermark_offsets(TopicPartition(topic, partition), timeout=timeout_s, cached=False)[1]
        except KafkaException:
            ends[partition] = None
    known = {p: end for p, end in ends.items() if end}
    if not known:
        return ends
    consumer.assign([TopicPartition(topic, p, end - 1) for p, end in known.items()])
    open_, deadline = set(known), time.monotonic() + timeout_s
    while open_ and time.monotonic() < deadline:
        delivered = set()
        for message in consumer.consume(num_messages=100_000, timeout=0.02):  # returns at the timeout unless 100,000 came
            partition, error = message.partition(), message.error()
            if partition not in open_:
                continue
            if error is None:
                ends[partition] = max(ends[partition] or 0, message.offset() + 1)
                delivered.add(partition)
            elif error.code() == KafkaError._PARTITION_EOF:
                delivered.add(partition)
        open_ -= delivered
    return {p: (None if p in open_ else end) for p, end in ends.items()}


def log_ends_apart(kafka: KafkaResource, group_id: str, topic: str, partitions: list[int]) -> dict[int, int | None]:
    """`log_ends` with a consumer of its own (the batch's is still busy)."""
    from confluent_kafka import Consumer

    if not partitions:
        return {}
    consumer = Consumer(kafka.consumer_config(group_id))
    try:
        return log_ends(consumer, topic, partitions)
    finally:
        consumer.close()


def confirm_ends(consumer, topic: str, start: dict[int, int], ends: dict[int, int | None], timeout_s: float = 5.0) -> dict[int, int | None]:
    """`ends` with every stored offset checked against it. A stored offset past a partition's end means
    the topic lost its messages (a restarted in-memory broker, a recreated topic): reading on would skip
    the new messages, and their rows would take the (partition, offset) of old ones, so stop with a
    sentence. But a broker that restarted on durable storage reports a stale end for a while (tansu 0.6
    on S3: below offsets already read), so before concluding, fetch the last offset loaded: if the
    partition still delivers it, the position holds and the end is at least past it. Uses `consumer`'s
    assignment."""
    from confluent_kafka import KafkaError, TopicPartition

    suspect = {p: start[p] - 1 for p, end in ends.items() if end is not None and start[p] > end}
    if not suspect:
        return ends
    confirmed = dict(ends)
    consumer.assign([TopicPartition(topic, p, offset) for p, offset in suspect.items()])
    open_, gone, deadline = set(suspect), set(), time.monotonic() + timeout_s
    while open_ and time.monotonic() < deadline:
        delivered = set()
        for message in consumer.consume(num_messages=100_000, timeout=0.05):  # a fetch: the rest of the log too
            partition, error = message.partition(), message.error()
            if partition not in open_:
                continue
            if error is None and message.offset() >= suspect[partition]:
                confirmed[partition] = max(confirmed[partition] or 0, message.offset() + 1)
                delivered.add(partition)
            elif error is not None and error.code() != KafkaError._PARTITION_EOF:
                gone.add(partition)  # offset out of range (auto.offset.reset=error): not there any more
        open_ -= delivered | gone
    if lost := sorted(gone | open_):  # out of range, or silent until the deadline
        raise StreamPositionError(offset_gone(topic, lost[0], f"offset {start[lost[0]]}, the partition ends at {ends[lost[0]]}"))
    return confirmed


def offset_gone(topic: str, partition: int, detail: str) -> str:
    return (
        f"Partition {partition} of Kafka topic '{topic}' no longer holds the offset this pipeline stopped at ({detail}): "
        "was the broker restarted (the embedded one keeps messages in memory unless its storage is S3) or the topic recreated? Nothing was read. "
        "To load the topic again from its start, drop the raw table and delete the pipeline's rows from the offsets table (_ai_etl_stream_offsets)."
    )
