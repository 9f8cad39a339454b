"""Connectors as Dagster resources, built from a project's `project.yaml`."""

from ai_etl.resources.clickhouse import ClickHouseResource
from ai_etl.resources.files import FilesResource
from ai_etl.resources.kafka import KafkaResource
from ai_etl.resources.postgres import PostgresResource

__all__ = ["ClickHouseResource", "FilesResource", "KafkaResource", "PostgresResource"]
