"""A project's connectors -> Dagster resources. Secrets are `dg.EnvVar`s, resolved only at run time."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import dagster as dg

from ai_etl.errors import ConfigError
from ai_etl.project_files import ProjectFolder
from ai_etl.spec import ClickHouseConnector, FilesConnector, KafkaConnector, PostgresConnector

if TYPE_CHECKING:  # the resources import clickhouse-connect, polars and psycopg: not needed to name the warehouse
    from ai_etl.resources import ClickHouseResource, FilesResource, KafkaResource, PostgresResource

RESERVED_RESOURCE_KEYS = {"dbt", "io_manager"}


def _env_or_value(env_name: str | None, fallback):
    """An EnvVar when the variable is named and set, else the fallback (embedded default)."""
    if env_name and os.environ.get(env_name):
        return dg.EnvVar(env_name)
    return fallback


def postgres_resource(folder: ProjectFolder, connector: PostgresConnector) -> PostgresResource:
    """The URL as a `dg.EnvVar` when its variable is set here; when it is not and there is no embedded
    server, the variable's name, read when a step connects: Dagster resolves the EnvVars of every
    resource of a job when any run of it starts, so one unset variable would fail every pipeline
    of the project, not only those that read this connector."""
    from ai_etl.resources import PostgresResource

    if connector.url_env and os.environ.get(connector.url_env):
        return PostgresResource(url=dg.EnvVar(connector.url_env), schema_name=connector.schema_name)
    if connector.url_env and connector.embedded is None:
        return PostgresResource(url_env=connector.url_env, schema_name=connector.schema_name)
    assert connector.embedded is not None
    return PostgresResource(
        embedded_data_dir=str(folder.resolve(connector.embedded.data_dir)),
        embedded_database=connector.embedded.database,
        schema_name=connector.schema_name,
    )


def warehouse_url(folder: ProjectFolder, connector: ClickHouseConnector) -> str:
    """The connector's URL with a relative chdb path made absolute (chdb:///abs/path)."""
    url = os.environ.get(connector.url_env, "") if connector.url_env else ""
    url = url or connector.url
    if url.startswith("chdb:"):
        return f"chdb://{folder.resolve(url.removeprefix('chdb://'))}"
    return url


def clickhouse_resource(folder: ProjectFolder, connector: ClickHouseConnector) -> ClickHouseResource:
    from ai_etl.resources import ClickHouseResource

    url = warehouse_url(folder, connector)
    server = not url.startswith("chdb:")
    return ClickHouseResource(
        url=url,
        username=_env_or_value(connector.username_env, "default"),
        # a server's password is required from the environment; the embedded engine has none
        password=dg.EnvVar(connector.password_env) if server and connector.password_env else "",
        database=folder.project.warehouse_database(connector),
    )


def files_resource(folder: ProjectFolder, connector: FilesConnector) -> FilesResource:
    from ai_etl.resources import FilesResource

    root = connector.root if connector.root.startswith("s3://") else str(folder.resolve(connector.root))
    return FilesResource(root=root, endpoint_url=connector.endpoint_url, region=connector.region)


def kafka_resource(folder: ProjectFolder, connector: KafkaConnector) -> KafkaResource:
    """The embedded broker's data folder, or the names of the variables a step reads when it connects."""
    from ai_etl.resources import KafkaResource

    embedded = connector.embedded_broker
    return KafkaResource(
        embedded_data_dir=str(folder.resolve(embedded.data_dir)) if embedded else None,
        bootstrap_servers_env=connector.bootstrap_servers_env,
        security_protocol=connector.security_protocol,
        sasl_mechanism=connector.sasl_mechanism,
        sasl_username_env=connector.sasl_username_env,
        sasl_password_env=connector.sasl_password_env,
    )


def connector_resources(folder: ProjectFolder) -> dict[str, dg.ConfigurableResource]:
    """One resource per connector, keyed by the connector's name."""
    builders = {
        PostgresConnector: postgres_resource,
        ClickHouseConnector: clickhouse_resource,
        FilesConnector: files_resource,
        KafkaConnector: kafka_resource,
    }
    resources = {}
    for name, connector in folder.project.connectors.items():
        if name in RESERVED_RESOURCE_KEYS:
            raise ConfigError(f"{folder.root / 'project.yaml'}: connector name '{name}' is reserved; rename it.")
        resources[name] = builders[type(connector)](folder, connector)
        if isinstance(connector, FilesConnector) and connector.root.startswith("s3://"):
            # dagster-aws's own resource too, for hand-written assets that need the raw S3 client
            from dagster_aws.s3 import S3Resource

            resources[f"{name}_s3"] = S3Resource(endpoint_url=connector.endpoint_url, region_name=connector.region)
    return resources


def missing_secrets(folder: ProjectFolder) -> list[str]:
    """One sentence per environment variable a connector needs at run time but is not set."""
    problems = []
    for name, connector in folder.project.connectors.items():
        if isinstance(connector, PostgresConnector) and connector.url_env and connector.embedded is None:
            needed = [(connector.url_env, "a postgresql:// URL")]
        elif isinstance(connector, ClickHouseConnector) and not warehouse_url(folder, connector).startswith("chdb:"):
            needed = [(connector.password_env, "the ClickHouse password")] if connector.password_env else []
        elif isinstance(connector, KafkaConnector) and connector.bootstrap_servers_env:
            needed = [(connector.bootstrap_servers_env, "host:port of the Kafka brokers")]
            needed += [(var, what) for var, what in ((connector.sasl_username_env, "the SASL username"), (connector.sasl_password_env, "the SASL password")) if var]
        else:
            needed = []
        problems += [
            f"Connector '{name}' needs the environment variable {var} ({what}); export it and run again."
            for var, what in needed
            if not os.environ.get(var)
        ]
    return problems


def project_warehouse(folder: ProjectFolder) -> tuple[str, ClickHouseConnector]:
    """The project's ClickHouse connector (dbt runs there); exactly one is supported."""
    found = [(n, c) for n, c in folder.project.connectors.items() if isinstance(c, ClickHouseConnector)]
    if len(found) != 1:
        raise ConfigError(
            f"{folder.root / 'project.yaml'}: expected exactly one clickhouse connector (dbt's warehouse), found {len(found)}."
        )
    return found[0]
