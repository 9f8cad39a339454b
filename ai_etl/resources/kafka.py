"""Kafka connector: the project's embedded broker, or any Kafka cluster named by environment variables."""

from __future__ import annotations

import os

import dagster as dg
from pydantic import Field

from ai_etl.errors import ConnectorError


class KafkaResource(dg.ConfigurableResource):
    """Client settings for confluent-kafka. Variables are read when a step connects, not when the job
    starts: an unset variable of one connector must not fail the runs of pipelines that never read it."""

    embedded_data_dir: str | None = Field(None, description="The embedded broker's data folder (its port is recorded there).")
    bootstrap_servers_env: str | None = Field(None, description="Variable holding host:port[,host:port].")
    security_protocol: str = "PLAINTEXT"
    sasl_mechanism: str | None = None
    sasl_username_env: str | None = None
    sasl_password_env: str | None = None

    def bootstrap_servers(self) -> str:
        if self.bootstrap_servers_env:
            servers = os.environ.get(self.bootstrap_servers_env)
            if not servers:
                raise ConnectorError(f"The Kafka connector needs the environment variable {self.bootstrap_servers_env} (host:port of the brokers); export it and run again.")
            return servers
        from ai_etl.embedded_broker import EmbeddedBroker

        assert self.embedded_data_dir, "a Kafka resource needs bootstrap_servers_env or embedded_data_dir"
        return EmbeddedBroker(self.embedded_data_dir).bootstrap_servers()

    def client_config(self) -> dict[str, str]:
        """librdkafka settings shared by producers, consumers and admin clients."""
        config = {"bootstrap.servers": self.bootstrap_servers(), "security.protocol": self.security_protocol}
        if self.sasl_mechanism:
            secrets = {}
            for key, variable in (("sasl.username", self.sasl_username_env), ("sasl.password", self.sasl_password_env)):
                value = os.environ.get(variable or "")
                if not value:
                    raise ConnectorError(f"The Kafka connector needs the environment variable {variable} ({key}); export it and run again.")
                secrets[key] = value
            config.update({"sasl.mechanism": self.sasl_mechanism, **secrets})
        return config

    def consumer_config(self, group_id: str) -> dict:
        """Manual offsets only: nothing is committed before the batch is in ClickHouse. `assign()` is used,
        not `subscribe()`, so a run never waits for a group join (tansu answers it after
        session.timeout.ms / 2); the group id only keys the committed offsets."""
        return {
            **self.client_config(),
            "group.id": group_id,
            "enable.auto.commit": False,
            "enable.auto.offset.store": False,
            "enable.partition.eof": True,  # the only reliable "caught up": tansu's reported high watermark lags
            # a stored offset the partition no longer holds (a restarted in-memory broker, a recreated topic)
            # is an error, never a silent jump that would skip messages or overwrite rows by offset
            "auto.offset.reset": "error",
            "session.timeout.ms": 6000,
            "fetch.wait.max.ms": 100,
        }

    def producer(self, **settings):
        from confluent_kafka import Producer

        return Producer({**self.client_config(), "linger.ms": 5, **settings})

    def admin(self):
        from confluent_kafka.admin import AdminClient

        return AdminClient(self.client_config())

    def create_topic(self, topic: str, partitions: int = 1, timeout_s: float = 10) -> bool:
        """Create `topic`; False when it already exists."""
        from confluent_kafka import KafkaError, KafkaException
        from confluent_kafka.admin import NewTopic

        admin = self.admin()  # held until the answer: a collected client cancels its requests
        future = admin.create_topics([NewTopic(topic, num_partitions=partitions, replication_factor=1)])[topic]
        try:
            future.result(timeout=timeout_s)
        except KafkaException as err:
            if err.args[0].code() == KafkaError.TOPIC_ALREADY_EXISTS:
                return False
            raise ConnectorError(f"Cannot create Kafka topic {topic}: {err.args[0].str()}.") from None
        return True
