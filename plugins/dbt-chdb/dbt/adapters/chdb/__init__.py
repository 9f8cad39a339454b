"""dbt-chdb: dbt-clickhouse running on the in-process chDB engine (no server)."""

import os
from dataclasses import dataclass

import clickhouse_connect

from dbt.adapters.base import AdapterPlugin
from dbt.adapters.clickhouse import (
    ClickHouseAdapter,
    ClickHouseConnectionManager,
    ClickHouseCredentials,
    dbclient,
)
from dbt.adapters.clickhouse.httpclient import ChHttpClient
from dbt.adapters.clickhouse.logger import logger
from dbt.include import chdb as include
from dbt_common.exceptions import DbtRuntimeError


@dataclass
class ChdbCredentials(ClickHouseCredentials):
    """ClickHouse credentials plus `path`, the chDB data folder (host/port are ignored)."""

    path: str = ""

    def __post_init__(self):
        super().__post_init__()
        if not self.path:
            raise DbtRuntimeError("dbt-chdb: the profile needs `path` (the chDB data folder)")
        # chDB compares engine paths literally, so always hand it one absolute spelling.
        self.path = os.path.realpath(os.path.expanduser(self.path))

    @property
    def type(self):
        return "chdb"

    @property
    def unique_field(self):
        return self.path

    def _connection_keys(self):
        return ("path",) + tuple(k for k in super()._connection_keys() if k not in ("host", "port"))


class ChChdbClient(ChHttpClient):
    """dbt-clickhouse's HTTP client wrapper; clickhouse-connect's chdb:// DSN swaps HTTP for chDB."""

    def _create_client(self, credentials):
        # custom_settings (e.g. join_use_nulls) arrive via self._conn_settings, as for HTTP.
        return clickhouse_connect.get_client(
            dsn=f"chdb://{credentials.path}", query_limit=0, settings=self._conn_settings
        )

    def _ensure_database(self, database_engine, cluster_name):
        # dbt-clickhouse caches "database exists" per process by name only; a process may
        # switch chDB folders (e.g. tests), so forget it and re-probe (cheap in-process).
        with dbclient._database_lock:
            dbclient._ensured_databases.discard(self.database)
        super()._ensure_database(database_engine, cluster_name)


class ChdbConnectionManager(ClickHouseConnectionManager):
    """Opens ChChdbClient handles; the parent's open() hard-wires its own get_db_client."""

    TYPE = "chdb"

    @classmethod
    def open(cls, connection):
        if connection.state == "open":
            return connection
        return cls.retry_connection(
            connection,
            connect=lambda: ChChdbClient(connection.credentials),
            logger=logger,
            retry_limit=connection.credentials.retries,
            retryable_exceptions=[dbclient.ChRetryableException],
        )


class ChdbAdapter(ClickHouseAdapter):
    """ClickHouseAdapter on chDB; `dependencies` below makes all clickhouse__ macros apply."""

    ConnectionManager = ChdbConnectionManager

    @classmethod
    def type(cls):
        return "chdb"


Plugin = AdapterPlugin(
    adapter=ChdbAdapter,
    credentials=ChdbCredentials,
    include_path=include.PACKAGE_PATH,
    dependencies=["clickhouse"],
)
