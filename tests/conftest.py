"""Real engines for the tests: an embedded PostgreSQL server, chDB on disk, moto's S3 server on 127.0.0.1."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from ai_etl.demo_data import generate
from ai_etl.embedded_postgres import EmbeddedPostgres
from ai_etl.resources import ClickHouseResource, PostgresResource

REPO = Path(__file__).resolve().parent.parent
DEMO_ROWS = 3_000


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory):
    server = EmbeddedPostgres(tmp_path_factory.mktemp("pg") / "data")
    server.start("postgres")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def shop_url(pg_server) -> str:
    """The demo `shop` database, generated once per test session."""
    url = pg_server.start("shop")
    with PostgresResource(url=url).connect() as conn:
        generate(conn, rows=DEMO_ROWS, seed=42)
    return url


@pytest.fixture
def shop(shop_url) -> PostgresResource:
    return PostgresResource(url=shop_url)


@pytest.fixture
def scratch_db(pg_server, request) -> PostgresResource:
    """An empty database of its own for a test that creates or changes tables."""
    name = "t_" + "".join(ch if ch.isalnum() else "_" for ch in request.node.name.lower())[:50]
    url = pg_server.start("postgres")
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'drop database if exists "{name}"')
    return PostgresResource(url=pg_server.start(name))


@pytest.fixture
def warehouse(tmp_path) -> ClickHouseResource:
    return ClickHouseResource(url=f"chdb://{tmp_path / 'warehouse'}", database="analytics")


@pytest.fixture(scope="session")
def s3_endpoint():
    """moto's S3 server, a real HTTP server on 127.0.0.1 (a thread of this process)."""
    from moto.server import ThreadedMotoServer

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    previous = {k: os.environ.get(k) for k in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_DEFAULT_REGION")}
    os.environ.update(AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing", AWS_DEFAULT_REGION="us-east-1")
    yield f"http://127.0.0.1:{port}"
    server.stop()
    for key, value in previous.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture
def workspace(tmp_path) -> Path:
    """A copy of the repository's projects/ and dbt_project/ (without build output) to change freely."""
    root = tmp_path / "ws"
    shutil.copytree(REPO / "projects", root / "projects", ignore=shutil.ignore_patterns(".data", "lake"))
    shutil.copytree(REPO / "dbt_project", root / "dbt_project", ignore=shutil.ignore_patterns("target", "logs"))
    return root


def run_cli(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The installed `ai-etl` command, as a user runs it."""
    command = [str(Path(sys.executable).parent / "ai-etl"), *args]
    # this checkout's code, also when the venv was installed (editable) from another worktree
    path = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH")) if p)
    return subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": path, **(env or {})}, cwd=cwd)
