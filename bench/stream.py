"""Kafka -> ClickHouse (embedded chDB): the product's micro-batch consumer against a plain consumer.

What it measures, in one run on the project's embedded broker (tansu, memory storage) started for it:

  plain      a confluent-kafka consumer with the product's client settings that only reads: every
             message of the topic, assigned from the beginning, until each partition's end. The
             ceiling of reading alone.
  writer     the same loop writing each 50,000 messages' values as they are (one String column, no
             parsing, no offsets) into ClickHouse: the issue's "plain consumer loop writing to
             ClickHouse", and a strict one (a real loop would also parse the JSON into columns).
             The RESULT's ratio_to_plain_consumer is product / writer.
  parser     the loop a person would write without the product: read, `orjson.loads` each value,
             nested objects to `parent__key` columns, 50,000 rows at a time into a typed table
             (pyarrow types of the first block); no offsets, no dead letters, no keys added later.
             The RESULT's ratio_to_parsing_consumer is product / parser.
  product    `ai_etl.streaming.consumer.consume_batch`, the code a stream pipeline's asset runs, in
             micro-batches of --batch messages until the topic is drained: decode and flatten the
             JSON, insert into the ReplacingMergeTree raw table, store the offsets in ClickHouse,
             commit to Kafka. Timed per batch, the sum of the batches (not the process start).
  The four run --repeat rounds over the same topic, their order rotated each round (this machine is
  shared and noisy); the table shows medians.
  lag        a producer thread writes --rate messages/s for --seconds while micro-batches run every
             --every s (the product's smallest `every`: 10 s); each message carries its produce time,
             and its lag is the time it reached ClickHouse (`_loaded_at`) minus that. The batches are
             called directly: under Dagster each also pays a run's start (the sensor's launch).
  fault      a second broker whose storage is an S3 bucket (moto's server on 127.0.0.1, its own
             process) is killed -9 --kills times in the middle of a micro-batch (after a chunk's
             insert, before its offsets) while a producer (acks=all, retrying) writes --fault-rate/s
             for --fault-seconds; it is started again 2 s later on its port. Then ClickHouse is
             compared with the broker's log, message by message (partition, offset, id): lost = in
             the log, not in ClickHouse, plus produced ids the log lacks; duplicated = a log entry
             twice in ClickHouse, or a row the log does not hold. A producer retry across the
             restart can write one message at two offsets: the log holds both, so does ClickHouse,
             and the bench prints how many (a key-deduplicating model downstream is the remedy).

Every message of every phase is checked in the deduplicated view (FINAL): lost = produced ids not
there, duplicated = rows beyond one per id.

The last line is
  RESULT messages_per_s=<product> ratio_to_plain_consumer=<product/writer> ratio_to_parsing_consumer=<product/parser> lag_p99_s=<...> lost=<n> duplicated=<n>

Run (from the repository root):
  .venv/bin/python bench/stream.py                  # 1M messages over 3 partitions x 3 rounds, 30 s of lag and of faults at 5,000/s
  .venv/bin/python bench/stream.py --quick          # 100k messages, 10 s of lag and of faults
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent))

from pydantic import BaseModel  # noqa: E402

from ai_etl.embedded_broker import EmbeddedBroker, free_port  # noqa: E402
from ai_etl.errors import ConnectorError  # noqa: E402
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
    parser.add_argument("--repeat", type=int, default=3, help="throughput rounds (medians), the methods' order rotated")
    parser.add_argument("--kills", type=int, default=2, help="broker kills in the fault phase (0: no fault phase)")
    parser.add_argument("--fault-rate", type=int, default=1_000, help="messages/s of the fault phase's producer")
    parser.add_argument("--fault-seconds", type=float, default=20, help="length of the fault phase's producer")
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


def plain_writer(kafka: KafkaResource, warehouse: ClickHouseResource, topic: str, partitions: int, table: str) -> tuple[int, float]:
    """Read everything and write the values as they came, 50,000 at a time: no parsing, no offsets."""
    import pyarrow as pa
    from confluent_kafka import OFFSET_BEGINNING, Consumer, KafkaError, TopicPartition

    with warehouse.get_client() as client:
        client.command(f"CREATE DATABASE IF NOT EXISTS {DATABASE}")
        client.command(f"CREATE TABLE {DATABASE}.{table} (value String) ENGINE = MergeTree ORDER BY tuple()")
        consumer = Consumer(kafka.consumer_config(f"bench.{table}"))
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
                client.insert_arrow(f"{DATABASE}.{table}", pa.table({"value": pa.array(values, pa.binary())}))
                count, values = count + len(values), []
        seconds = time.perf_counter() - started
        consumer.close()
    return count, seconds


def topic_log(kafka: KafkaResource, topic: str, partitions: int) -> list[tuple[int, int, int]]:
    """(partition, offset, id) of every message the broker holds, read from the beginning."""
    from confluent_kafka import OFFSET_BEGINNING, Consumer, KafkaError, TopicPartition

    consumer = Consumer(kafka.consumer_config("bench.log"))
    consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in range(partitions)])
    log, eof, quiet_since = [], set(), time.monotonic()
    while len(eof) < partitions or time.monotonic() - quiet_since < 2:  # and 2 s without a message after the ends
        for m in consumer.consume(num_messages=20_000, timeout=0.5):
            if m.error() is None:
                log.append((m.partition(), m.offset(), json.loads(m.value())["id"]))
                quiet_since = time.monotonic()
            elif m.error().code() == KafkaError._PARTITION_EOF:
                eof.add(m.partition())
    consumer.close()
    return log


def plain_parser(kafka: KafkaResource, warehouse: ClickHouseResource, topic: str, partitions: int, table: str) -> tuple[int, float]:
    """The loop a person writes without the product: read, `orjson.loads` each value, nested objects
    to `parent__key` columns, 50,000 rows at a time into a typed table (types from the first block);
    no offsets, no dead letters, no new keys later."""
    import orjson
    import pyarrow as pa
    from confluent_kafka import OFFSET_BEGINNING, Consumer, KafkaError, TopicPartition

    def flat(value: dict, prefix: str = "") -> dict:
        out = {}
        for key, item in value.items():
            if isinstance(item, dict):
                out.update(flat(item, f"{prefix}{key}__"))
            else:
                out[prefix + key] = item
        return out

    with warehouse.get_client() as client:
        consumer = Consumer(kafka.consumer_config(f"bench.{table}"))
        consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in range(partitions)])
        count, eof, rows, created = 0, set(), [], False
        started = time.perf_counter()
        while len(eof) < partitions:
            for m in consumer.consume(num_messages=20_000, timeout=0.5):
                if m.error() is None:
                    rows.append(flat(orjson.loads(m.value())))
                    eof.discard(m.partition())
                elif m.error().code() == KafkaError._PARTITION_EOF:
                    eof.add(m.partition())
            if len(rows) >= 50_000 or (len(eof) == partitions and rows):
                block = pa.Table.from_pylist(rows)
                if not created:
                    types = {pa.int64(): "Int64", pa.float64(): "Float64", pa.bool_(): "Bool"}
                    columns = ", ".join(f"`{f.name}` Nullable({types.get(f.type, 'String')})" for f in block.schema)
                    client.command(f"CREATE TABLE {DATABASE}.{table} ({columns}) ENGINE = MergeTree ORDER BY tuple()")
                    created = True
                client.insert_arrow(f"{DATABASE}.{table}", block)
                count, rows = count + len(rows), []
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


def throughput_rounds(kafka: KafkaResource, warehouse: ClickHouseResource, args) -> tuple[list[Round], int, int]:
    """--repeat rounds of plain, writer and product over the same topic, the order rotated each round;
    (rounds, lost, duplicated) of the product's tables."""
    rounds, lost, duplicated = [], 0, 0
    for r in range(args.repeat):
        order = ["plain", "writer", "parser", "product"]
        order = order[r % 4:] + order[: r % 4]
        seconds = {}
        for method in order:
            if method == "plain":
                read, seconds["plain"] = plain_consumer(kafka, "events", args.partitions)
                if read != args.messages:
                    raise SystemExit(f"the plain consumer read {read:,} of {args.messages:,}")
            elif method == "parser":
                parsed, seconds["parser"] = plain_parser(kafka, warehouse, "events", args.partitions, f"plain_parser_{r}")
                if parsed != args.messages:
                    raise SystemExit(f"the plain parser wrote {parsed:,} of {args.messages:,}")
            elif method == "writer":
                written, seconds["writer"] = plain_writer(kafka, warehouse, "events", args.partitions, f"plain_writer_{r}")
                if written != args.messages:
                    raise SystemExit(f"the plain writer wrote {written:,} of {args.messages:,}")
            else:
                table = f"events_{r}"
                target = StreamTarget(pipeline=f"bench_{r}", topic="events", group_id=f"bench.product.{r}", database=DATABASE, table=table)
                loaded, seconds["product"], batches = product_batches(kafka, warehouse, target, args.batch, args.messages)
                round_lost, round_duplicated = check(warehouse, table, args.messages)
                lost, duplicated = lost + round_lost, duplicated + round_duplicated
        rounds.append(Round(order=order, batches=batches, **seconds))
        print(f"  round {r + 1} ({' -> '.join(order)}): plain {seconds['plain']:.2f} s, writer {seconds['writer']:.2f} s, parser {seconds['parser']:.2f} s, product {seconds['product']:.2f} s ({batches} micro-batches)")
    return rounds, lost, duplicated


class Round(BaseModel):
    order: list[str]
    plain: float
    writer: float
    parser: float
    product: float
    batches: int


def fault_phase(args) -> tuple[int, int, int]:
    """The broker on S3 storage (moto's server on 127.0.0.1), killed -9 --kills times in the middle of
    micro-batches (after a chunk's insert, before its offsets) while a producer writes --rate/s, each
    time started again 2 s later on its port. Returns (kills, lost, duplicated)."""
    import boto3

    os.environ.update(AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench", AWS_DEFAULT_REGION="us-east-1")
    s3_port = free_port()  # its own process: a thread of this one would share the GIL with the consumer
    s3 = subprocess.Popen([sys.executable, "-c", "from moto.server import main; main()", "-H", "127.0.0.1", "-p", str(s3_port)],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    endpoint = f"http://127.0.0.1:{s3_port}"
    for _ in range(100):
        try:
            boto3.client("s3", endpoint_url=endpoint).create_bucket(Bucket="bench-broker")
            break
        except Exception:
            time.sleep(0.1)
    broker = EmbeddedBroker(DATA_DIR / "durable-broker", storage="s3://bench-broker/", s3_endpoint_url=endpoint)
    broker.start()
    try:
        kafka = KafkaResource(embedded_data_dir=str(broker.data_dir))
        warehouse = ClickHouseResource(url=f"chdb://{DATA_DIR / 'warehouse'}", database=DATABASE)
        kafka.create_topic("faulted", partitions=args.partitions)
        target = StreamTarget(pipeline="bench_fault", topic="faulted", group_id="bench.fault", database=DATABASE, table="faulted")
        total = int(args.fault_rate * args.fault_seconds)
        done, kills = threading.Event(), []

        def producer() -> None:  # acks=all, retries across the outage: at least once into the log
            # (not idempotent: tansu 0.6.0 on S3 drops acknowledged messages of an idempotent producer
            # across a broker restart, measured 10-32 of 15,000 per run; a plain producer loses none)
            # linger 250 ms: tansu on S3 writes an object per produce request and lists a partition's objects
            # on every fetch, so small requests make the log slow to read (5 ms: batches of 10-115 s)
            p = kafka.producer(**{"acks": "all", "message.timeout.ms": 300_000, "linger.ms": 250})
            started = time.perf_counter()
            for i in range(total):
                p.produce("faulted", key=str(i).encode(), value=message(i), partition=i % args.partitions)
                p.poll(0)
                ahead = started + (i + 1) / args.fault_rate - time.perf_counter()
                if ahead > 0:
                    time.sleep(ahead)
            if p.flush(300) != 0:
                raise SystemExit("the fault phase's producer could not deliver every message")
            done.set()

        def kill() -> None:  # called after each chunk's insert of a killing batch: the first one kills
            state = broker.state()
            if state is None or len(kills) >= args.kills:
                return
            pid = state.pid
            os.kill(pid, signal.SIGKILL)
            kills.append(pid)
            threading.Timer(2.0, broker.start).start()

        thread = threading.Thread(target=producer, daemon=True)
        thread.start()
        batch, sentences, deadline = 0, [], time.monotonic() + args.fault_seconds * 20 + 300
        while time.monotonic() < deadline:
            batch += 1
            killing = len(kills) < args.kills and batch % 2 == 0 and broker.state() is not None
            try:
                chunk = max(1, args.fault_rate // 4)  # a few chunks per batch: the kill lands between two
                result = consume_batch(kafka, warehouse, target, max_messages=args.fault_rate * 2, chunk=chunk, after_insert=kill if killing else None)
                if done.is_set() and result.messages == 0 and result.lag == 0:
                    break  # the producer is through and the pipeline caught up with the log
            except ConnectorError as err:
                sentences.append(str(err))
            time.sleep(1.0)
        else:
            print("  the fault phase did not catch up with the log in time: what is missing counts as lost")
        thread.join()
        log = topic_log(kafka, "faulted", args.partitions)
        with warehouse.get_client() as client:
            loaded_rows = client.query(f"SELECT _partition, _offset, id FROM {DATABASE}.faulted FINAL WHERE _error = ''").result_rows
        in_clickhouse = Counter((int(p), int(o), int(i)) for p, o, i in loaded_rows)
        lost = len(set(log) - set(in_clickhouse))  # in the broker's log, not in ClickHouse
        duplicated = sum(n - 1 for n in in_clickhouse.values()) + len(set(in_clickhouse) - set(log))
        ids_in_log = Counter(i for _, _, i in log)
        print(f"  the broker's log after the kills: {len(log):,} messages; produced ids missing from it {total - len(ids_in_log)}, "
              f"written twice by producer retries {sum(n - 1 for n in ids_in_log.values())} (each its own offset: ClickHouse keeps both, as the log does)")
        for sentence in sorted(set(sentences)):
            print(f"  a batch during an outage failed with: {sentence}")
        return len(kills), lost + (total - len(ids_in_log)), duplicated
    finally:
        broker.stop()
        s3.terminate()
        s3.wait()


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    shutil.rmtree(DATA_DIR, ignore_errors=True)
    DATA_DIR.mkdir(parents=True)
    broker = EmbeddedBroker(DATA_DIR / "broker")
    broker.start()
    try:
        kafka = KafkaResource(embedded_data_dir=str(broker.data_dir))
        warehouse = ClickHouseResource(url=f"chdb://{DATA_DIR / 'warehouse'}", database=DATABASE)
        print(f"# bench/stream.py {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {platform.node()}, {args.messages:,} messages over {args.partitions} partitions, {args.repeat} rounds")
        kafka.create_topic("events", partitions=args.partitions)
        produced_s = produce(kafka, "events", range(args.messages), args.partitions)
        print(f"produced {args.messages:,} in {produced_s:.1f} s ({args.messages / produced_s:,.0f}/s)")

        rounds, lost, duplicated = throughput_rounds(kafka, warehouse, args)
        median = {m: statistics.median(getattr(r, m) for r in rounds) for m in ("plain", "writer", "parser", "product")}
        rate = {m: args.messages / seconds for m, seconds in median.items()}
        print(f"{'method':<10} {'messages':>10} {'median s':>9} {'msg/s':>10}")
        print(f"{'plain':<10} {args.messages:>10,} {median['plain']:>9.2f} {rate['plain']:>10,.0f}   (reads only: product/plain {rate['product'] / rate['plain']:.2f})")
        print(f"{'writer':<10} {args.messages:>10,} {median['writer']:>9.2f} {rate['writer']:>10,.0f}   (reads, writes the values unparsed: product/writer {rate['product'] / rate['writer']:.2f})")
        print(f"{'parser':<10} {args.messages:>10,} {median['parser']:>9.2f} {rate['parser']:>10,.0f}   (reads, parses in Python, writes typed columns: product/parser {rate['product'] / rate['parser']:.2f})")
        print(f"{'product':<10} {args.messages:>10,} {median['product']:>9.2f} {rate['product']:>10,.0f}   (decode, insert, offsets, commit)")
        print(f"per round product/writer: {', '.join(f'{r.writer / r.product:.2f}' for r in rounds)}; product/parser: {', '.join(f'{r.parser / r.product:.2f}' for r in rounds)}; "
              f"throughput check: lost {lost}, duplicated {duplicated}")

        kafka.create_topic("lag", partitions=args.partitions)
        p50, p99, lag_lost, lag_duplicated = lag_phase(kafka, warehouse, args, "lag")
        print(f"lag: {args.rate:,}/s for {args.seconds:g} s, micro-batches every {args.every:g} s: p50 {p50:.2f} s, p99 {p99:.2f} s; lost {lag_lost}, duplicated {lag_duplicated}")
    finally:
        broker.stop()
    kills, fault_lost, fault_duplicated = fault_phase(args) if args.kills else (0, 0, 0)
    if args.kills:
        print(f"fault: broker on S3 storage killed -9 {kills} times mid-batch under {args.fault_rate:,}/s for {args.fault_seconds:g} s: lost {fault_lost}, duplicated {fault_duplicated}")
    print(
        f"RESULT messages_per_s={rate['product']:.0f} ratio_to_plain_consumer={rate['product'] / rate['writer']:.2f} ratio_to_parsing_consumer={rate['product'] / rate['parser']:.2f} "
        f"lag_p99_s={p99:.2f} lost={lost + lag_lost + fault_lost} duplicated={duplicated + lag_duplicated + fault_duplicated}"
    )


if __name__ == "__main__":
    main()
