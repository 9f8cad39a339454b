"""ClickHouse connector: one class, embedded (chDB in-process) or a server, chosen by its URL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import clickhouse_connect
import dagster as dg
import pyarrow as pa
from clickhouse_connect.driver.client import Client
from clickhouse_connect.driver.exceptions import ClickHouseError
from pydantic import Field

from ai_etl.errors import ConnectorError, WarehouseLockedError
from ai_etl.resources.postgres import PgAddress


def quote_ident(name: str) -> str:
    return "`" + name.replace("\\", "\\\\").replace("`", "\\`") + "`"


def quote_literal(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


class ClickHouseResource(dg.ConfigurableResource):
    """`chdb:///abs/path` runs ClickHouse in this process; `http(s)://host:port` talks to a server.

    Embedded chDB is single-process: a client holds the data folder until closed, so every
    user opens, works and closes (`with warehouse.get_client() as client:`).
    """

    url: str = Field(description="chdb:///absolute/path or http(s)://host:port")
    username: str = "default"
    password: str = Field("", description="From an environment variable; never written to a file.")
    database: str = "default"

    @property
    def is_embedded(self) -> bool:
        return self.url.startswith("chdb:")

    @property
    def embedded_path(self) -> str:
        return urlsplit(self.url).path

    @contextmanager
    def get_client(self) -> Iterator[Client]:
        client = self._open()
        try:
            yield client
        finally:
            client.close()

    def _open(self) -> Client:
        if self.is_embedded:
            try:
                return clickhouse_connect.get_client(dsn=f"chdb://{self.embedded_path}")
            except Exception as err:  # chDB reports a held folder as a generic open failure
                if "Unable to open the chdb engine" in str(err):
                    raise WarehouseLockedError(
                        f"The embedded warehouse {self.embedded_path} is open in another process; "
                        "wait for that run to finish (or stop it) and try again."
                    ) from None
                raise
        parts = urlsplit(self.url)
        try:
            return clickhouse_connect.get_client(
                host=parts.hostname,
                port=parts.port or (8443 if parts.scheme == "https" else 8123),
                secure=parts.scheme == "https",
                username=self.username,
                password=self.password,
                connect_timeout=10,
            )
        except (ClickHouseError, OSError) as err:
            raise ConnectorError(
                f"Cannot connect to ClickHouse at {parts.hostname}:{parts.port} ({str(err).splitlines()[0]}); "
                "check the server and the credentials in the environment."
            ) from None

    # ----------------------------------------------------------------- helpers

    def ensure_database(self, client: Client, database: str | None = None) -> None:
        client.command(f"CREATE DATABASE IF NOT EXISTS {quote_ident(database or self.database)}")

    def insert_arrow(self, client: Client, table: str, data: pa.Table, database: str | None = None) -> int:
        client.insert_arrow(table, data, database=database or self.database)
        return data.num_rows

    @staticmethod
    def postgres_table_function(address: PgAddress, table: str, schema: str = "public") -> str:
        """`postgresql(...)`: ClickHouse reads PostgreSQL itself, the fastest PG -> ClickHouse path."""
        args = [address.host_port, address.database, table, address.user, address.password, schema]
        return "postgresql(" + ", ".join(quote_literal(a) for a in args) + ")"

    @staticmethod
    def postgres_query_function(address: PgAddress, query: str) -> str:
        """`postgresql(..., query('...'))`: a SELECT run by PostgreSQL as is, streamed by COPY."""
        args = [quote_literal(address.host_port), quote_literal(address.database), f"query({quote_literal(query)})",
                quote_literal(address.user), quote_literal(address.password)]  # fmt: skip
        return "postgresql(" + ", ".join(args) + ")"

    def table_exists(self, client: Client, table: str, database: str | None = None) -> bool:
        return bool(
            client.command(
                f"EXISTS TABLE {quote_ident(database or self.database)}.{quote_ident(table)}"
            )
        )
