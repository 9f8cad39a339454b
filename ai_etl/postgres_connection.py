"""Where a PostgreSQL connector is and how to connect to it, without Dagster: the resource
(ai_etl/resources/postgres.py) and light commands (`ai-etl cdc`) share it, so a command that only
talks to PostgreSQL starts in a fraction of Dagster's import time.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import psycopg

from ai_etl.errors import ConnectorError


def postgres_conninfo(url: str | None, url_env: str | None, embedded_data_dir: str | None, embedded_database: str) -> str:
    """The URL, else the variable's URL (read now), else the embedded server's (started on first use)."""
    if url:
        return url
    if url_env:
        if found := os.environ.get(url_env):
            return found
        raise ConnectorError(f"The environment variable {url_env} (a postgresql:// URL) is not set; export it and run again.")
    if embedded_data_dir:
        from ai_etl.embedded_postgres import EmbeddedPostgres

        return EmbeddedPostgres(Path(embedded_data_dir)).start(embedded_database)
    raise ConnectorError("This PostgreSQL connector has neither a URL nor an embedded server; set its `url_env` variable.")


@contextmanager
def open_postgres(conninfo: str, autocommit: bool = True) -> Iterator[psycopg.Connection]:
    """A connection, or one sentence saying where the server could not be reached."""
    try:
        conn = psycopg.connect(conninfo, autocommit=autocommit, connect_timeout=10)
    except psycopg.OperationalError as err:
        where = urlsplit(conninfo)
        reason = str(err).strip().splitlines()[-1]
        raise ConnectorError(
            f"Cannot connect to PostgreSQL at {where.hostname}:{where.port or 5432}/{where.path.lstrip('/')} "
            f"({reason}); check that the server is up and the URL in the environment is right."
        ) from None
    with conn:
        yield conn
