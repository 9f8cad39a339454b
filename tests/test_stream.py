"""Stream pipelines end to end on a real tansu broker and chDB: micro-batches through Dagster, a crash
between insert and commit, new JSON keys, dead letters, and `ai-etl broker` through the CLI."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest
import yaml

from ai_etl.embedded_broker import EmbeddedBroker
from ai_etl.errors import ConfigError, ConnectorError, StreamPositionError
from ai_etl.project_files import load_project
from ai_etl.resources import ClickHouseResource, KafkaResource
from ai_etl.streaming.consumer import StreamTarget, consume_batch
from ai_etl.streaming.partition_ends import confirm_ends
from tests.project_builder import REPO, materialize, query
from tests.conftest import run_cli

TOPIC = "page_views"
PARTITIONS = 3


@pytest.fixture(scope="module")
def broker(tmp_path_factory):
    """A real tansu broker on a free port, stopped at the end."""
    server = EmbeddedBroker(tmp_path_factory.mktemp("broker") / "broker")
    server.start()
    yield server
    server.stop()


def stream_project(root: Path, broker: EmbeddedBroker, topic: str, transformations=(), every="10s", max_messages=100_000) -> Path:
    """projects/clicks: an embedded Kafka connector (the test's broker) and one stream pipeline."""
    project = root / "projects" / "clicks"
    (project / "pipelines").mkdir(parents=True)
    if not (root / "dbt_project").exists():
        import shutil

        shutil.copytree(REPO / "dbt_project", root / "dbt_project", ignore=shutil.ignore_patterns("target", "logs", "models"))
        (root / "dbt_project" / "models").mkdir()
    connectors = {
        "events": {"type": "kafka", "embedded": {"data_dir": str(broker.data_dir)}},
        "warehouse": {"type": "clickhouse", "url": "chdb://.data/warehouse", "database": "clicks"},
    }
    (project / "project.yaml").write_text(yaml.safe_dump({"name": "clicks", "connectors": connectors}))
    spec = {
        "name": "views",
        "type": "stream",
        "source": {"type": "kafka", "connector": "events", "topic": topic, "name": "page_views"},
        "target": {"type": "clickhouse", "connector": "warehouse", "table": "views_by_page" if transformations else "page_views"},
        "stream": {"every": every, "max_messages": max_messages},
        "transformations": list(transformations),
    }
    (project / "pipelines" / "views.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    return project


def produce(kafka: KafkaResource, topic: str, messages: list[dict | bytes], start: int = 0) -> None:
    producer = kafka.producer()
    for i, message in enumerate(messages, start):
        value = message if isinstance(message, bytes) else json.dumps(message).encode()
        producer.produce(topic, key=str(i).encode(), value=value, partition=i % PARTITIONS)
    assert producer.flush(30) == 0


def views(n: int, start: int = 0) -> list[dict]:
    return [{"id": i, "page": f"/p/{i % 7}", "ms": i * 1.5, "user": {"id": i % 11, "new": i % 2 == 0}} for i in range(start, start + n)]


def topic_log(kafka: KafkaResource, topic: str) -> list[tuple[int, int, int]]:
    """(partition, offset, id) of every message the broker holds."""
    from confluent_kafka import OFFSET_BEGINNING, Consumer, TopicPartition

    consumer = Consumer(kafka.consumer_config("test.log"))
    consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in range(PARTITIONS)])
    log, ended = [], set()
    while len(ended) < PARTITIONS:
        for m in consumer.consume(num_messages=1000, timeout=0.5):
            if m.error() is None:
                log.append((m.partition(), m.offset(), json.loads(m.value())["id"]))
            else:
                ended.add(m.partition())
    consumer.close()
    return log


def crash() -> None:
    """Stands for a process killed between the insert and the offsets (and the Kafka commit)."""
    raise RuntimeError("killed after the insert, before the offsets and the commit")


@pytest.fixture
def kafka(broker) -> KafkaResource:
    return KafkaResource(embedded_data_dir=str(broker.data_dir))


def fresh_topic(kafka: KafkaResource, request) -> str:
    topic = f"{TOPIC}_{request.node.name}".replace("[", "_").replace("]", "")[:80]
    assert kafka.create_topic(topic, partitions=PARTITIONS)
    return topic


def test_micro_batches_through_dagster_load_every_message_once(tmp_path, broker, kafka, request):
    topic = fresh_topic(kafka, request)
    project = stream_project(tmp_path, broker, topic, max_messages=250)
    produce(kafka, topic, views(400))

    first = materialize(project)  # 250 of 400: max_messages
    batch = first.asset_materializations_for_node("clicks__stream__warehouse")[0].metadata
    assert batch["messages"].value == 250 and batch["lag_messages"].value == 150
    assert sum(json.loads(json.dumps(batch["next_offsets"].value)).values()) == 250
    assert materialize(project).success  # the other 150; the topic is now caught up
    produce(kafka, topic, views(100, start=400))
    last = materialize(project).asset_materializations_for_node("clicks__stream__warehouse")[0].metadata
    assert last["messages"].value == 100 and last["lag_messages"].value == 0
    assert last["dagster/row_count"].value == 500

    rows = query(project, "SELECT id, page, ms, user__id, user__new, _partition, _offset, _key FROM clicks.page_views FINAL ORDER BY id")
    assert [r[0] for r in rows] == list(range(500))
    assert rows[8][1:5] == ("/p/1", 12.0, 8, True) and rows[8][5] == 8 % PARTITIONS and rows[8][7] == "8"
    offsets = query(project, "SELECT partition, next_offset FROM clicks._ai_etl_stream_offsets FINAL WHERE topic = '%s' ORDER BY partition" % topic)
    assert sum(o for _, o in offsets) == 500 and len(offsets) == PARTITIONS
    assert materialize(project).asset_materializations_for_node("clicks__stream__warehouse")[0].metadata["messages"].value == 0


def test_a_crash_between_insert_and_commit_replays_without_loss_or_duplicates(tmp_path, broker, kafka, request):
    topic = fresh_topic(kafka, request)
    project = stream_project(tmp_path, broker, topic)
    produce(kafka, topic, views(300))
    warehouse = ClickHouseResource(url=f"chdb://{project / '.data' / 'warehouse'}", database="clicks")
    target = StreamTarget(pipeline="views", topic=topic, group_id="ai-etl.clicks.views", database="clicks", table="page_views")

    with pytest.raises(RuntimeError, match="killed after the insert"):
        consume_batch(kafka, warehouse, target, max_messages=1000, after_insert=crash, chunk=200)
    assert query(project, "SELECT count() FROM clicks.page_views") == [(200,)]  # inserted, never committed

    produce(kafka, topic, views(50, start=300))
    result = materialize(project)  # the next micro-batch, through Dagster: replays the 200, then the rest
    assert result.asset_materializations_for_node("clicks__stream__warehouse")[0].metadata["messages"].value == 350
    assert query(project, "SELECT count(), uniqExact(id), min(id), max(id) FROM clicks.page_views FINAL") == [(350, 350, 0, 349)]
    assert query(project, "SELECT count() FROM clicks.page_views") == [(550,)]  # the replayed copies, until a merge


def test_new_json_key_becomes_a_column_and_bad_messages_are_dead_letters(tmp_path, broker, kafka, request):
    topic = fresh_topic(kafka, request)
    project = stream_project(tmp_path, broker, topic)
    produce(kafka, topic, views(30))
    assert materialize(project).success
    later = [{**v, "referrer": "https://example.org", "id": v["id"]} for v in views(6, start=30)]
    produce(kafka, topic, [*later, b"not json", b"[1, 2]", {"id": "forty", "page": "/x"}], start=30)
    metadata = materialize(project).asset_materializations_for_node("clicks__stream__warehouse")[0].metadata
    assert metadata["new_columns"].value == ["referrer"] and metadata["dead_letters"].value == 3

    assert query(project, "SELECT count(), countIf(referrer IS NULL) FROM clicks.page_views FINAL WHERE _error = ''") == [(36, 30)]
    dead = dict(query(project, "SELECT _raw, _error FROM clicks.page_views FINAL WHERE _error != ''"))
    assert set(dead) == {"[1, 2]", '{"id": "forty", "page": "/x"}', "not json"}
    assert dead["[1, 2]"] == "not a JSON object but Array" and dead["not json"].startswith("not JSON")
    assert dead['{"id": "forty", "page": "/x"}'] == "field 'id': \"forty\" is not Int64"


def test_dbt_models_read_the_deduplicated_view(tmp_path, broker, kafka, request):
    topic = fresh_topic(kafka, request)
    aggregate = {"type": "aggregate", "group_by": ["page"], "measures": [{"name": "views", "expr": "count()"}]}
    project = stream_project(tmp_path, broker, topic, transformations=[aggregate])
    produce(kafka, topic, views(70))
    warehouse = ClickHouseResource(url=f"chdb://{project / '.data' / 'warehouse'}", database="clicks")
    target = StreamTarget(pipeline="views", topic=topic, group_id="ai-etl.clicks.views", database="clicks", table="raw_views__page_views")
    with pytest.raises(RuntimeError, match="killed"):  # 40 rows in, no offsets: they come again in the run below
        consume_batch(kafka, warehouse, target, max_messages=40, after_insert=crash, chunk=40)
    result = materialize(project)
    assert result.success
    keys = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    assert keys == {"clicks/raw/views__page_views", "clicks/staging/stg_views__page_views", "clicks/marts/views_by_page"}
    assert query(project, "SELECT sum(views), count() FROM clicks.views_by_page") == [(70, 7)]


def test_stream_assets_sensor_and_kinds_in_the_definitions(tmp_path, broker):
    from ai_etl.definitions import build_definitions

    project = stream_project(tmp_path, broker, "anything", every="30s")
    defs = build_definitions(project, prepare=True)
    spec = next(s for a in defs.resolve_asset_graph().assets_defs for s in a.specs if s.key == dg.AssetKey(["clicks", "raw", "page_views"]))
    assert spec.kinds == {"kafka", "clickhouse"} and spec.group_name == "clicks__views"
    assert dg.AssetKey(["clicks", "source", "events__page_views"]) in spec.deps[0].asset_key.path or spec.deps[0].asset_key == dg.AssetKey(["clicks", "source", "events__page_views"])
    sensor = defs.resolve_sensor_def("views_micro_batches")
    assert sensor.minimum_interval_seconds == 30 and sensor.default_status == dg.DefaultSensorStatus.STOPPED
    with dg.DagsterInstance.ephemeral() as instance:
        request = sensor.evaluate_tick(dg.build_sensor_context(instance=instance, definitions=defs)).run_requests[0]
        assert request.tags["ai_etl/pipeline"] == "views" and dg.AssetKey(["clicks", "raw", "page_views"]) in request.asset_selection
        running = instance.create_run_for_job(defs.resolve_job_def("clicks_pipelines"), tags=request.tags, status=dg.DagsterRunStatus.STARTED)
        skipped = sensor.evaluate_tick(dg.build_sensor_context(instance=instance, definitions=defs))
        assert not skipped.run_requests and running.run_id[:8] in skipped.skip_message  # runs never pile up


@pytest.mark.parametrize(
    "change, message",
    [
        ({"schedule": "0 2 * * *"}, "not on a `schedule`"),
        ({"type": "batch"}, "a kafka source is read by a `type: stream` pipeline"),
        ({"stream": {"every": "5s"}}, r"field `stream.every`: 5 s is outside 10 s \.\. 1 h"),
        ({"stream": {"every": "2h"}}, "7200 s is outside"),
        ({"stream": {"every": "soon"}}, "'soon' is not a duration"),
        ({"load": {"mode": "append"}}, "remove `load`"),
    ],
)
def test_stream_spec_mistakes_are_one_sentence(tmp_path, broker, change, message):
    project = stream_project(tmp_path, broker, TOPIC)
    path = project / "pipelines" / "views.yaml"
    spec = {**yaml.safe_load(path.read_text()), **change}
    path.write_text(yaml.safe_dump(spec))
    folder = load_project(project)
    with pytest.raises(ConfigError, match=message):
        folder.pipeline("views")


def test_streaming_is_an_alias_and_sasl_needs_its_variables(tmp_path, broker):
    from ai_etl.spec import KafkaConnector, Pipeline

    project = stream_project(tmp_path, broker, TOPIC)
    spec = {**yaml.safe_load((project / "pipelines" / "views.yaml").read_text()), "type": "streaming"}
    assert Pipeline.model_validate(spec).type == "stream"
    assert KafkaConnector(type="kafka").embedded_broker is not None
    with pytest.raises(ValueError, match="sasl_username_env"):
        KafkaConnector(type="kafka", bootstrap_servers_env="KAFKA_SERVERS", security_protocol="SASL_SSL", sasl_mechanism="PLAIN")
    secured = KafkaConnector(type="kafka", bootstrap_servers_env="KAFKA_SERVERS", security_protocol="SASL_SSL", sasl_mechanism="SCRAM-SHA-512",
                             sasl_username_env="KAFKA_USER", sasl_password_env="KAFKA_PASSWORD")  # fmt: skip
    assert secured.embedded_broker is None
    assert KafkaConnector(type="kafka", embedded={"storage": "s3://kafka-log/"}).embedded_broker.storage == "s3://kafka-log/"
    for storage in ("file:///tmp/kafka", "s3://Bad_Bucket/", "postgres://localhost"):
        with pytest.raises(ValueError, match="storage"):
            KafkaConnector(type="kafka", embedded={"storage": storage})


def test_broker_start_status_stop_through_the_cli(tmp_path):
    project = tmp_path / "projects" / "clicks"
    project.mkdir(parents=True)
    connectors = {"events": {"type": "kafka"}, "warehouse": {"type": "clickhouse"}}
    (project / "project.yaml").write_text(yaml.safe_dump({"name": "clicks", "connectors": connectors}))

    def cli(action: str) -> str:
        done = subprocess.run([sys.executable, "-m", "ai_etl.cli", "broker", action, "--project", str(project)], cwd=REPO, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        return done.stdout

    try:
        assert "events: running at 127.0.0.1:" in cli("start")
        status = cli("status")
        assert "running on 127.0.0.1:" in status and "memory storage: stopping or restarting it loses its topics and messages" in status
        port = EmbeddedBroker(project / ".data" / "broker").state().port
        assert f"127.0.0.1:{port}" in cli("start")  # already running: the same broker
        kafka = KafkaResource(embedded_data_dir=str(project / ".data" / "broker"))
        assert kafka.create_topic("t", partitions=1)
    finally:
        assert "stopped" in cli("stop")
    assert "events: stopped" in cli("status") and "was not running" in cli("stop")


def test_a_restarted_embedded_broker_stops_the_stream_with_one_sentence(tmp_path):
    """Memory storage: after a restart the topic starts again at offset 0. Reading on from the stored
    offsets would skip messages or overwrite rows by (partition, offset): the batch fails instead."""
    server = EmbeddedBroker(tmp_path / "broker")
    server.start()
    try:
        project = stream_project(tmp_path, server, "restarted")
        kafka = KafkaResource(embedded_data_dir=str(server.data_dir))
        kafka.create_topic("restarted", partitions=PARTITIONS)
        produce(kafka, "restarted", views(30))
        assert materialize(project).success
        server.stop()
        server.start()
        kafka.create_topic("restarted", partitions=PARTITIONS)
        produce(kafka, "restarted", views(3))
        warehouse = ClickHouseResource(url=f"chdb://{project / '.data' / 'warehouse'}", database="clicks")
        target = StreamTarget(pipeline="views", topic="restarted", group_id="ai-etl.clicks.views", database="clicks", table="page_views")
        with pytest.raises(ConnectorError, match="no longer holds the offset this pipeline stopped at"):
            consume_batch(kafka, warehouse, target, max_messages=100)
        assert query(project, "SELECT count() FROM clicks.page_views FINAL") == [(30,)]
    finally:
        server.stop()


def test_a_stale_partition_end_is_checked_against_the_log_before_the_position_is_called_lost(broker, kafka, request):
    """After a durable broker's restart tansu reports partition ends below offsets already read for a
    while. The stored offset is fetched before concluding: a partition that still delivers the last
    offset loaded keeps its position (and its end moves past it); one that does not is lost."""
    from confluent_kafka import Consumer

    topic = fresh_topic(kafka, request)
    produce(kafka, topic, views(30))  # 10 messages on each of the 3 partitions: offsets 0..9
    consumer = Consumer(kafka.consumer_config("ai-etl.stale-ends"))
    try:
        stale = {p: 2 for p in range(PARTITIONS)}
        ends = confirm_ends(consumer, topic, start={0: 8, 1: 10, 2: 1}, ends=stale)
        # 0 and 1 confirmed by fetching offsets 7 and 9 (the end moves at least past them); 2 was not suspect
        assert 8 <= ends[0] <= 10 and ends[1] == 10 and ends[2] == 2, ends
        with pytest.raises(StreamPositionError, match="Partition 1 .* no longer holds the offset"):
            confirm_ends(consumer, topic, start={0: 8, 1: 25, 2: 1}, ends=stale)
    finally:
        consumer.close()


def test_nested_objects_arrays_and_odd_keys_become_columns(tmp_path, broker, kafka, request):
    topic = fresh_topic(kafka, request)
    warehouse = ClickHouseResource(url=f"chdb://{tmp_path / 'warehouse'}", database="clicks")
    target = StreamTarget(pipeline="odd", topic=topic, group_id="ai-etl.odd", database="clicks", table="odd")
    produce(kafka, topic, [
        {"a": {"b": {"c": 1}}, "tags": ["x", "y"], "first__name": "Ann", "when": "2024-01-01", "n": None},
        {"a": {"b": {"c": 2, "d": True}}, "tags": [], "first__name": "Bo", "when": "soon", "n": 7.5},
    ])  # fmt: skip
    result = consume_batch(kafka, warehouse, target, max_messages=100)
    assert result.messages == 2 and result.dead_letters == 0
    assert sorted(result.new_columns) == ["a__b__c", "a__b__d", "first__name", "n", "tags", "when"]
    with warehouse.get_client() as client:
        types = dict(client.query("SELECT name, type FROM system.columns WHERE database = 'clicks' AND table = 'odd'").result_rows)
        rows = client.query("SELECT a__b__c, a__b__d, tags, first__name, when, n FROM clicks.odd FINAL ORDER BY _offset, _partition").result_rows
    assert (types["a__b__c"], types["a__b__d"], types["when"], types["n"]) == ("Nullable(Int64)", "Nullable(Bool)", "Nullable(String)", "Nullable(Float64)")
    assert sorted(rows, key=lambda r: r[0]) == [(1, None, '["x","y"]', "Ann", "2024-01-01", None), (2, True, "[]", "Bo", "soon", 7.5)]


def test_kill_9_between_insert_and_offsets_then_the_next_batch(tmp_path, broker, kafka, request):
    """A real kill -9 of the consuming process after its first chunk's insert: no offsets, no commit."""
    topic = fresh_topic(kafka, request)
    produce(kafka, topic, views(300))
    warehouse = ClickHouseResource(url=f"chdb://{tmp_path / 'warehouse'}", database="clicks")
    target = StreamTarget(pipeline="views", topic=topic, group_id="ai-etl.clicks.killed", database="clicks", table="page_views")
    code = (
        "import os, signal\n"
        "from ai_etl.resources import ClickHouseResource, KafkaResource\n"
        "from ai_etl.streaming.consumer import StreamTarget, consume_batch\n"
        f"consume_batch(KafkaResource.model_validate_json({kafka.model_dump_json()!r}), ClickHouseResource.model_validate_json({warehouse.model_dump_json()!r}),\n"
        f"              StreamTarget.model_validate_json({target.model_dump_json()!r}), max_messages=1000, chunk=120,\n"
        "              after_insert=lambda: os.kill(os.getpid(), signal.SIGKILL))\n"
    )
    killed = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert killed.returncode == -9, killed.stderr[-2000:]
    with warehouse.get_client() as client:
        assert client.command("SELECT count() FROM clicks.page_views") == 120  # in, with nothing recorded

    result = consume_batch(kafka, warehouse, target, max_messages=1000)
    assert result.messages == 300  # the 120 again, then the rest
    with warehouse.get_client() as client:
        assert client.query("SELECT count(), uniqExact(id), min(id), max(id) FROM clicks.page_views FINAL").result_rows == [(300, 300, 0, 299)]


def test_dagster_definitions_validate_accepts_a_stream_project(tmp_path, broker):
    """The repository-wide checks (names of ops, jobs, sensors) run only in Dagster's own tools. Without
    transformations: the dbt side of a stream is the batch pipelines' (tests/test_entry_points.py)."""
    project = stream_project(tmp_path, broker, "validated")
    (tmp_path / "home").mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(REPO), "AI_ETL_PROJECT": str(project), "DAGSTER_HOME": str(tmp_path / "home")}
    done = subprocess.run([str(Path(sys.executable).parent / "dagster"), "definitions", "validate", "-m", "ai_etl.definitions"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0 and "All code locations passed validation" in done.stderr + done.stdout, done.stderr[-2000:]


def test_a_request_to_stream_a_topic_becomes_a_stream_pipeline_that_loads_it(tmp_path, broker, kafka, request):
    """'Stream the <topic> topic into ClickHouse every minute': the agents write `type: stream` over the topic,
    the file validates and its micro-batch loads the messages; other words, or a topic the broker lacks, are refused."""
    topic = fresh_topic(kafka, request)
    project = stream_project(tmp_path, broker, "other")
    (project / "pipelines" / "views.yaml").unlink()
    produce(kafka, topic, views(50))
    done = run_cli("generate", f"Stream the {topic} topic into ClickHouse every minute", "--project", str(project), "--json", "--yes")
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    name = result["pipeline"]
    assert result["reading"][0] == f"reads the messages of Kafka topic {topic} of connector events"
    spec = load_project(project).pipeline(name)
    assert (spec.type, spec.source.topic, spec.stream_settings.every) == ("stream", topic, 60)
    assert materialize(project, f"key:clicks/raw/{name}").success
    assert query(project, f"SELECT count(), uniqExact(id) FROM clicks.{name} FINAL") == [(50, 50)]
    for words, said in [(f"Stream the {topic} topic, only mobile views", "'mobile'"), ("Stream the nowhere topic every minute", "no topic 'nowhere'")]:
        refused = run_cli("generate", words, "--project", str(project), "--yes")
        assert refused.returncode != 0 and said in refused.stderr and "Traceback" not in refused.stderr


def test_the_broker_killed_mid_stream_then_restarted_on_s3_storage(tmp_path, s3_endpoint):
    """A broker whose storage is an S3 bucket (moto's server on 127.0.0.1) is killed -9 while a producer
    writes and a micro-batch reads, and started again: the producer and the next batches go on, and
    ClickHouse ends with every message of the broker's log once, and every message produced."""
    import threading
    import time

    import boto3

    boto3.client("s3", endpoint_url=s3_endpoint).create_bucket(Bucket="broker-fault")
    server = EmbeddedBroker(tmp_path / "broker", storage="s3://broker-fault/", s3_endpoint_url=s3_endpoint)
    port = server.start().port
    try:
        kafka = KafkaResource(embedded_data_dir=str(server.data_dir))
        assert kafka.create_topic("faulted", partitions=PARTITIONS)
        warehouse = ClickHouseResource(url=f"chdb://{tmp_path / 'warehouse'}", database="clicks")
        target = StreamTarget(pipeline="views", topic="faulted", group_id="ai-etl.clicks.faulted", database="clicks", table="page_views")
        total, produced = 1_500, threading.Event()

        def steady_producer() -> None:  # acks=all and retries: at least once into the log (tansu 0.6.0 on S3
            # drops some acknowledged messages of an *idempotent* producer across a restart: bench/stream.py)
            producer = kafka.producer(**{"acks": "all", "message.timeout.ms": 120_000})
            for i, message in enumerate(views(total)):
                producer.produce("faulted", key=str(i).encode(), value=json.dumps(message).encode(), partition=i % PARTITIONS)
                producer.poll(0)
                time.sleep(0.002)
            assert producer.flush(120) == 0
            produced.set()

        writer = threading.Thread(target=steady_producer, daemon=True)
        writer.start()
        loaded, failures, killed = 0, [], []

        def kill_once() -> None:  # in the middle of a batch: after a chunk's insert, before its offsets
            if not killed:
                killed.append(server.state().pid)
                os.kill(killed[0], signal.SIGKILL)
                threading.Timer(3.0, server.start).start()

        deadline = time.monotonic() + 240
        while (not produced.is_set() or loaded < total) and time.monotonic() < deadline:
            try:
                loaded += consume_batch(kafka, warehouse, target, max_messages=400, chunk=100, after_insert=kill_once if loaded else None).messages
            except ConnectorError as err:  # the broker is down: one sentence, nothing half-done
                failures.append(str(err))
            time.sleep(0.3)
        writer.join(timeout=130)
        assert produced.is_set() and killed
        assert server.state().port == port  # came back where it was
        with warehouse.get_client() as client:
            rows = client.query("SELECT _partition, _offset, id FROM clicks.page_views FINAL WHERE _error = ''").result_rows
            assert client.command("SELECT countIf(_error != '') FROM clicks.page_views FINAL") == 0
        # every message of the log, once (a producer retry across the restart may have written one twice: both are in the log)
        assert sorted(rows) == sorted(topic_log(kafka, "faulted"))
        assert {i for _, _, i in rows} == set(range(total)), failures
        assert all("\n" not in f and f.endswith(".") for f in failures), failures
        # a durable broker reports stale partition ends for a while after its restart: not a lost position
        assert not [f for f in failures if "no longer holds the offset" in f], failures
    finally:
        server.stop()
