"""Kafka -> ClickHouse (embedded chDB): the product's micro-batch consumer against a plain consumer.

What it measures, in one run on the project's embedded broker (tansu, memory storage) started for it:

  plain      a confluent-kafka consumer with the product's client settings that only reads: every
             message of the topic, assigned from the beginning, until each partition's end. The
             ceiling of reading alone (the RESULT's ratio is against it).
  writer     the same loop writing each 50,000 messages' values as they are (one String column, no
             parsing, no offsets) into ClickHouse: the issue's "plain consumer loop writing to ClickHouse".
  product    `ai_etl.streaming.consumer.consume_batch`, the code a stream pipeline's asset runs, in
             micro-batches of --batch messages until the topic is drained: decode and flatten the
             JSON, insert into the ReplacingMergeTree raw table, store the offsets in ClickHouse,
             commit to Kafka. Timed per batch, the sum of the batches (not the process start).
  lag        a producer thread writes --rate messages/s for --seconds while micro-batches run every
             --every s (the product's smallest `every`: 10 s); each message carries its produce time,
             and its lag is the time it reached ClickHouse (`_loaded_at`) minus that. The batches are
             called directly: under Dagster each also pays a run's start (the sensor's launch).

Every message of both topics is checked in the deduplicated view (FINAL): lost = produced ids not
there, duplicated = rows beyond one per id.

The last line is
  RESULT messages_per_s=<product> ratio_to_plain_consumer=<product/plain> lag_p99_s=<...> lost=<n> duplicated=<n>

Run (from the repository root):
  .venv/bin/python bench/stream.py                  # 1M messages over 3 partitions, 30 s of lag at 5,000/s
  .venv/bin/python bench/stream.py --quick          # 100k messages, 10 s of lag
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import sys
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent))

from ai_etl.embedded_broker import EmbeddedBroker  # noqa: E402
from ai_etl.resources import ClickHouseResource, KafkaResource  # noqa: E402
from ai_etl.streaming.consumer import StreamTarget, consume_batch  # noqa: E402

DATA_DIR = BENCH_DIR / ".data" / "stream"
DATABASE = "bench"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--partitions", type=int, default=3)
    parser.add_argument("--batch", type=int, default=1_000_000, help="max_messages of one micro-batch (the spec's default)")
    parser.add_argument("--rate", type=int, default=5_000, help="messages/s of the steady producer (lag phase)")
    parser.add_argument("--seconds", type=float, default=30, help="length of the lag phase")
    parser.add_argument("--every", type=float, default=10, help="micro-batch interval in the lag phase")
    parser.add_argument("--quick", action="store_true", help="100k messages, 10 s of lag")
    args = parser.parse_args(argv)
    if args.quick:
        args.messages, args.seconds = 100_000, 10
    return args


def message(i: int) -> bytes:
    return json.dumps({
        "id": i, "user_id": i % 9_973, "page": f"/products/{i % 500}", "duration_ms": (i % 3_000) * 1.25,
        "ts": time.time_ns() // 1_000_000, "agent": {"browser": ("firefox", "chrome", "safari")[i % 3], "mobile": i % 4 == 0},
    }).encode()  # fmt: skip


def produce(kafka: KafkaResource, topic: str, ids: range, partitions: int) -> float:
    producer = kafka.producer(**{"batch.num.messages": 10_000, "queue.buffering.max.messages": 500_000})
    started = time.perf_counter()
    for i in ids:
        while True:
            try:
                producer.produce(topic, key=str(i).encode(), value=message(i), partition=i % partitions)
                break
            except BufferError:
                producer.poll(0.05)
        if i % 10_000 == 0:
            producer.poll(0)
    if producer.flush(60) != 0:
        raise SystemExit("the producer could not deliver every message")
    return time.perf_counter() - started


def plain_consumer(kafka: KafkaResource, topic: str, partitions: int) -> tuple[int, float]:
    """Read everything, with the product's client settings, and do nothing with it."""
    from confluent_kafka import OFFSET_BEGINNING, Consumer, KafkaError, TopicPartition

    consumer = Consumer(kafka.consumer_config("bench.plain"))
    consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in range(partitions)])
    count, eof = 0, set()
    started = time.perf_counter()
    while len(eof) < partitions:
        for m in consumer.consume(num_messages=20_000, timeout=0.5):
            if m.error() is None:
                count += 1
                eof.discard(m.partition())
            elif m.error().code() == KafkaError._PARTITION_EOF:
                eof.add(m.partition())
    seconds = time.perf_counter() - started
    consumer.close()
    return count, seconds


def plain_writer(kafka: KafkaResource, warehouse: ClickHouseResource, topic: str, partitions: int) -> tuple[int, float]:
    """Read everything and write the values as they came, 50,000 at a time: no parsing, no offsets."""
    import pyarrow as pa
    from confluent_kafka import OFFSET_BEGINNING, Consumer, KafkaError, TopicPartition

    with warehouse.get_client() as client:
        client.command(f"CREATE DATABASE IF NOT EXISTS {DATABASE}")
        client.command(f"CREATE TABLE {DATABASE}.plain_writer (value String) ENGINE = MergeTree ORDER BY tuple()")
        consumer = Consumer(kafka.consumer_config("bench.writer"))
        consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in range(partitions)])
        count, eof, values = 0, set(), []
        started = time.perf_counter()
        while len(eof) < partitions:
            for m in consumer.consume(num_messages=20_000, timeout=0.5):
                if m.error() is None:
                    values.append(m.value())
                    eof.discard(m.partition())
                elif m.error().code() == KafkaError._PARTITION_EOF:
                    eof.add(m.partition())
            if len(values) >= 50_000 or (len(eof) == partitions and values):
                client.insert_arrow(f"{DATABASE}.plain_writer", pa.table({"value": pa.array(values, pa.binary())}))
                count, values = count + len(values), []
        seconds = time.perf_counter() - started
        consumer.close()
    return count, seconds


def product_batches(kafka: KafkaResource, warehouse: ClickHouseResource, target: StreamTarget, batch: int, until: int) -> tuple[int, float, int]:
    total, seconds, batches = 0, 0.0, 0
    while total < until:
        started = time.perf_counter()
        result = consume_batch(kafka, warehouse, target, max_messages=batch)
        seconds += time.perf_counter() - started
        total, batches = total + result.messages, batches + 1
        if result.messages == 0:
            break
    return total, seconds, batches


def check(warehouse: ClickHouseResource, table: str, produced: int) -> tuple[int, int]:
    """(lost, duplicated) in the deduplicated view."""
    with warehouse.get_client() as client:
        rows, ids, inside = client.query(
            f"SELECT count(), uniqExact(id), countIf(id >= 0 AND id < {produced}) FROM {DATABASE}.{table} FINAL WHERE _error = ''"
        ).result_rows[0]
    return produced - min(ids, inside), rows - ids


def lag_phase(kafka: KafkaResource, warehouse: ClickHouseResource, args, topic: str) -> tuple[float, float, int, int]:
    """A steady producer and micro-batches every --every s; lag p50/p99 in seconds, lost, duplicated."""
    target = StreamTarget(pipeline="bench_lag", topic=topic, group_id="bench.lag", database=DATABASE, table="lag_events")
    total = int(args.rate * args.seconds)
    done = threading.Event()

    def producer() -> None:
        p = kafka.producer(**{"linger.ms": 5})
        started = time.perf_counter()
        for i in range(total):
            p.produce(topic, key=str(i).encode(), value=message(i), partition=i % args.partitions)
            p.poll(0)
            ahead = started + (i + 1) / args.rate - time.perf_counter()
            if ahead > 0:
                time.sleep(ahead)
        p.flush(60)
        done.set()

    thread = threading.Thread(target=producer, daemon=True)
    thread.start()
    loaded = 0
    while not done.is_set() or loaded < total:
        tick = time.perf_counter()
        loaded += consume_batch(kafka, warehouse, target, max_messages=args.batch).messages
        if done.is_set() and loaded >= total:
            break
        time.sleep(max(0.0, args.every - (time.perf_counter() - tick)))
    thread.join()
    with warehouse.get_client() as client:
        p50, p99 = client.query(
            "SELECT quantileExact(0.5)(d), quantileExact(0.99)(d) FROM "
            f"(SELECT (toUnixTimestamp64Milli(_loaded_at) - ts) / 1000 AS d FROM {DATABASE}.lag_events FINAL)"
        ).result_rows[0]
    lost, duplicated = check(warehouse, "lag_events", total)
    return float(p50), float(p99), lost, duplicated


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    shutil.rmtree(DATA_DIR, ignore_errors=True)
    DATA_DIR.mkdir(parents=True)
    broker = EmbeddedBroker(DATA_DIR / "broker")
    broker.start()
    try:
        kafka = KafkaResource(embedded_data_dir=str(broker.data_dir))
        warehouse = ClickHouseResource(url=f"chdb://{DATA_DIR / 'warehouse'}", database=DATABASE)
        print(f"# bench/stream.py {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {platform.node()}, {args.messages:,} messages over {args.partitions} partitions")
        kafka.create_topic("events", partitions=args.partitions)
        produced_s = produce(kafka, "events", range(args.messages), args.partitions)
        print(f"produced {args.messages:,} in {produced_s:.1f} s ({args.messages / produced_s:,.0f}/s)")

        read, plain_s = plain_consumer(kafka, "events", args.partitions)
        if read != args.messages:
            raise SystemExit(f"the plain consumer read {read:,} of {args.messages:,}")
        written, writer_s = plain_writer(kafka, warehouse, "events", args.partitions)
        target = StreamTarget(pipeline="bench", topic="events", group_id="bench.product", database=DATABASE, table="events")
        loaded, product_s, batches = product_batches(kafka, warehouse, target, args.batch, args.messages)
        lost, duplicated = check(warehouse, "events", args.messages)
        plain_rate, product_rate = read / plain_s, loaded / product_s
        print(f"{'method':<10} {'messages':>10} {'seconds':>8} {'msg/s':>10}")
        print(f"{'plain':<10} {read:>10,} {plain_s:>8.2f} {plain_rate:>10,.0f}   (reads only)")
        print(f"{'writer':<10} {written:>10,} {writer_s:>8.2f} {written / writer_s:>10,.0f}   (reads, writes the values unparsed: product/writer {product_rate / (written / writer_s):.2f})")
        print(f"{'product':<10} {loaded:>10,} {product_s:>8.2f} {product_rate:>10,.0f}   ({batches} micro-batches of <= {args.batch:,}: decode, insert, offsets, commit)")
        print(f"throughput check: lost {lost}, duplicated {duplicated}")

        kafka.create_topic("lag", partitions=args.partitions)
        p50, p99, lag_lost, lag_duplicated = lag_phase(kafka, warehouse, args, "lag")
        print(f"lag: {args.rate:,}/s for {args.seconds:g} s, micro-batches every {args.every:g} s: p50 {p50:.2f} s, p99 {p99:.2f} s; lost {lag_lost}, duplicated {lag_duplicated}")
        print(
            f"RESULT messages_per_s={product_rate:.0f} ratio_to_plain_consumer={product_rate / plain_rate:.2f} "
            f"lag_p99_s={p99:.2f} lost={lost + lag_lost} duplicated={duplicated + lag_duplicated}"
        )
    finally:
        broker.stop()


if __name__ == "__main__":
    main()
