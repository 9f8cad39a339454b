"""A real `dagster dev` (webserver + daemon) on a free port, for tests that use the product the way
its users do: through the webserver's GraphQL API and the UI.

`dagster_dev(...)` builds nothing itself: give it a throwaway workspace (`build_workspace`) and
the environment, it starts `dagster dev` in a process group of its own, waits until the code
location is LOADED, and on exit stops the whole group (SIGTERM, then SIGKILL after 20 s). Its
output goes to a file; every failed wait shows the tail of that file.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import requests
import yaml

from ai_etl.pipeline_runs import pipeline_tags

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
LOCATION = "ecommerce"
REPOSITORY = "__repository__"
TERMINAL = {"SUCCESS", "FAILURE", "CANCELED"}
DEMO_ROWS = 3_000  # as tests/conftest.py

# startup can take 30-60 s on a busy 2-core machine (imports, dbt manifest, definitions)
START_TIMEOUT_S = float(os.environ.get("AI_ETL_TEST_DAGSTER_START_TIMEOUT", "300"))
RUN_TIMEOUT_S = float(os.environ.get("AI_ETL_TEST_DAGSTER_RUN_TIMEOUT", "300"))
STOP_GRACE_S = 20

WORKSPACE_QUERY = """
query {
  workspaceOrError {
    __typename
    ... on Workspace {
      locationEntries {
        name
        loadStatus
        locationOrLoadError {
          __typename
          ... on PythonError { message stack }
          ... on RepositoryLocation { repositories { name } }
        }
      }
    }
    ... on PythonError { message }
  }
}
"""

ASSETS_QUERY = """
query {
  assetNodes {
    assetKey { path }
    dependencyKeys { path }
    groupName
    jobNames
    kinds
    assetChecksOrError {
      __typename
      ... on AssetChecks { checks { name } }
    }
  }
}
"""

REPOSITORY_QUERY = """
query($selector: RepositorySelector!) {
  repositoryOrError(repositorySelector: $selector) {
    __typename
    ... on Repository {
      jobs { name }
      schedules { name cronSchedule scheduleState { status } }
      sensors { name sensorState { status } }
    }
    ... on PythonError { message }
    ... on RepositoryNotFoundError { message }
  }
}
"""

PIPELINES_JOB = f"{LOCATION}_pipelines"  # the project job (ai_etl/pipeline_runs.py)

LAUNCH_MUTATION = """
mutation($params: ExecutionParams!) {
  launchRun(executionParams: $params) {
    __typename
    ... on LaunchRunSuccess { run { runId } }
    ... on PythonError { message stack }
    ... on RunConfigValidationInvalid { errors { message } }
    ... on InvalidSubsetError { message }
    ... on PipelineNotFoundError { message }
    ... on InvalidStepError { invalidStepKey }
    ... on InvalidOutputError { invalidOutputName }
    ... on RunConflict { message }
    ... on UnauthorizedError { message }
    ... on PresetNotFoundError { message }
    ... on ConflictingExecutionParamsError { message }
    ... on NoModeProvidedError { message }
  }
}
"""

RUN_QUERY = """
query($runId: ID!) {
  runOrError(runId: $runId) {
    __typename
    ... on Run { runId jobName status tags { key value } }
    ... on RunNotFoundError { message }
    ... on PythonError { message }
  }
}
"""

RUNS_QUERY = """
query($filter: RunsFilter) {
  runsOrError(filter: $filter) {
    __typename
    ... on Runs { results { runId jobName status tags { key value } } }
    ... on PythonError { message }
  }
}
"""

RUN_ERRORS_QUERY = """
query($runId: ID!) {
  logsForRun(runId: $runId) {
    __typename
    ... on EventConnection {
      events {
        __typename
        ... on MessageEvent { message level stepKey }
        ... on ErrorEvent { error { message className errorChain { error { message className } } } }
      }
    }
  }
}
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def demo_database(pg_server, name: str) -> str:
    """A fresh database `name` on the session's embedded PostgreSQL, filled with the demo shop data
    (as conftest's `shop_url`), for tests that change the source without touching other tests."""
    from ai_etl.demo_data import generate
    from ai_etl.resources import PostgresResource

    with psycopg.connect(pg_server.start("postgres"), autocommit=True) as conn:
        conn.execute(f'drop database if exists "{name}" with (force)')
    url = pg_server.start(name)
    with PostgresResource(url=url).connect() as conn:
        generate(conn, rows=DEMO_ROWS, seed=42)
    return url


def build_workspace(root: Path, project: str = LOCATION) -> Path:
    """A throwaway copy of projects/<project> and dbt_project/ (no build output) and a workspace.yaml
    whose one code location is that project (`ai_etl.definitions:defs` with AI_ETL_PROJECT)."""
    shutil.copytree(REPO / "projects" / project, root / "projects" / project, ignore=shutil.ignore_patterns(".data", "lake"))
    shutil.copytree(REPO / "dbt_project", root / "dbt_project", ignore=shutil.ignore_patterns("target", "logs"))
    location = {"module_name": "ai_etl.definitions", "attribute": "defs", "location_name": project, "working_directory": str(root)}
    (root / "workspace.yaml").write_text(yaml.safe_dump({"load_from": [{"python_module": location}]}, sort_keys=False))
    return root / "projects" / project


def clean_environment(**extra: str) -> dict[str, str]:
    """This process's environment without anything that would point the product elsewhere."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DAGSTER_", "AI_ETL_", "PYTEST_", "WAREHOUSE_"))}
    return {**env, "PYTHONUNBUFFERED": "1", **extra}


def tail(path: Path, lines: int = 60) -> str:
    try:
        text = path.read_text(errors="replace")
    except FileNotFoundError:
        return f"({path} does not exist)"
    return "\n".join(text.splitlines()[-lines:])


class DagsterDev:
    """A running `dagster dev` and what the tests ask it, all through GraphQL."""

    def __init__(self, process: subprocess.Popen, port: int, root: Path, project_dir: Path, home: Path, log: Path, env: dict):
        self.process, self.port, self.root, self.project_dir = process, port, root, project_dir
        self.home, self.log, self.env = home, log, env
        self.url = f"http://127.0.0.1:{port}"

    # -- plumbing
    def log_tail(self, lines: int = 60) -> str:
        return f"--- last lines of {self.log} ---\n{tail(self.log, lines)}"

    def graphql(self, query: str, variables: dict | None = None, timeout: float = 60) -> dict[str, Any]:
        response = requests.post(f"{self.url}/graphql", json={"query": query, "variables": variables or {}}, timeout=timeout)
        assert response.status_code == 200, f"GraphQL HTTP {response.status_code}: {response.text[:2000]}\n{self.log_tail()}"
        body = response.json()
        assert not body.get("errors"), f"GraphQL errors: {json.dumps(body['errors'])[:3000]}\n{self.log_tail()}"
        return body["data"]

    def wait_for(self, what: str, probe: Callable[[], Any], timeout: float, every: float = 2.0, details: Callable[[], str] | None = None) -> Any:
        """Call `probe` until it returns something truthy; fail with `what`, its last value and the log tail."""
        deadline = time.monotonic() + timeout
        last: Any = None
        while True:
            if self.process.poll() is not None:
                raise AssertionError(f"dagster dev exited ({self.process.returncode}) while waiting for {what}\n{self.log_tail()}")
            last = probe()
            if last:
                return last
            if time.monotonic() > deadline:
                extra = details() if details else ""
                raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}; last seen: {last!r}\n{extra}\n{self.log_tail()}")
            time.sleep(every)

    def cli(self, *args: str) -> subprocess.CompletedProcess:
        """The installed `ai-etl` on this workspace's project."""
        return subprocess.run([str(BIN / "ai-etl"), *args], check=False, capture_output=True, text=True, cwd=self.root, env=self.env, timeout=600)

    # -- the code location
    def location_entry(self) -> dict | None:
        data = self.graphql(WORKSPACE_QUERY)["workspaceOrError"]
        assert data["__typename"] == "Workspace", data
        return next((e for e in data["locationEntries"] if e["name"] == LOCATION), None)

    def location_error(self) -> str | None:
        entry = self.location_entry()
        error = (entry or {}).get("locationOrLoadError") or {}
        return error.get("message") if error.get("__typename") == "PythonError" else None

    def assets(self) -> dict[str, dict]:
        """Asset nodes by key ("a/b/c")."""
        nodes = self.graphql(ASSETS_QUERY)["assetNodes"]
        return {"/".join(n["assetKey"]["path"]): n for n in nodes}

    def repository(self) -> dict:
        selector = {"repositoryLocationName": LOCATION, "repositoryName": REPOSITORY}
        repo = self.graphql(REPOSITORY_QUERY, {"selector": selector})["repositoryOrError"]
        assert repo["__typename"] == "Repository", f"{repo}\n{self.log_tail()}"
        return repo

    # -- runs
    def launch(self, job: str, run_config: dict | None = None, tags: dict | None = None, asset_selection: list[str] | None = None) -> str:
        """A run of `job`; `asset_selection` ("a/b/c" keys) runs only those assets, as the UI's Materialize does."""
        selector: dict[str, Any] = {"repositoryLocationName": LOCATION, "repositoryName": REPOSITORY, "jobName": job}
        if asset_selection is not None:
            selector["assetSelection"] = [{"path": key.split("/")} for key in asset_selection]
        params = {
            "selector": selector,
            "runConfigData": run_config or {},
            "executionMetadata": {"tags": [{"key": k, "value": v} for k, v in (tags or {}).items()]},
        }
        result = self.graphql(LAUNCH_MUTATION, {"params": params})["launchRun"]
        assert result["__typename"] == "LaunchRunSuccess", f"launching {job} failed: {json.dumps(result)[:3000]}\n{self.log_tail()}"
        return result["run"]["runId"]

    def pipeline_assets(self, pipeline: str) -> list[str]:
        """The keys of a pipeline's own assets (its group)."""
        return sorted(k for k, node in self.assets().items() if node["groupName"] == f"{LOCATION}__{pipeline}")

    def run(self, run_id: str) -> dict:
        run = self.graphql(RUN_QUERY, {"runId": run_id})["runOrError"]
        assert run["__typename"] == "Run", run
        run["tags"] = {t["key"]: t["value"] for t in run["tags"]}
        return run

    def runs(self, job: str | None = None, tags: dict | None = None) -> list[dict]:
        flt: dict[str, Any] = {}
        if job:
            flt["pipelineName"] = job
        if tags:
            flt["tags"] = [{"key": k, "value": v} for k, v in tags.items()]
        result = self.graphql(RUNS_QUERY, {"filter": flt})["runsOrError"]
        assert result["__typename"] == "Runs", result
        for run in result["results"]:
            run["tags"] = {t["key"]: t["value"] for t in run["tags"]}
        return result["results"]

    def run_errors(self, run_id: str, limit: int = 15) -> str:
        """The run's errors and last messages, for assertion messages."""
        try:
            logs = self.graphql(RUN_ERRORS_QUERY, {"runId": run_id})["logsForRun"]
        except AssertionError as err:
            return f"(could not read the run's events: {err})"
        events = logs.get("events") or []
        lines = []
        for event in events:
            error = event.get("error") or {}
            chain = [error, *[link["error"] for link in error.get("errorChain") or []]]
            for part in chain:
                if part.get("message") and part.get("className") not in ("RetryRequestedFromPolicy", "DagsterExecutionStepExecutionError"):
                    lines.append(f"{event['__typename']}: {part.get('className') or ''}: {part['message'].strip()[:1500]}")
        messages = [f"[{e.get('level')}] {e.get('stepKey') or ''} {e.get('message', '')[:500]}" for e in events if e.get("message")]
        return f"--- run {run_id} errors ---\n" + "\n".join(lines[-limit:]) + "\n--- last messages ---\n" + "\n".join(messages[-limit:])

    def wait_for_run(self, run_id: str, timeout: float = RUN_TIMEOUT_S) -> dict:
        """Until the run ends (the daemon dequeues it, a run worker executes it); returns the run."""

        def finished():
            run = self.run(run_id)
            return run if run["status"] in TERMINAL else None

        return self.wait_for(f"run {run_id} to finish", finished, timeout, every=2.0, details=lambda: self.run_errors(run_id))

    def run_job(
        self, job: str, run_config: dict | None = None, expect: str = "SUCCESS", timeout: float = RUN_TIMEOUT_S,
        tags: dict | None = None, asset_selection: list[str] | None = None,
    ) -> dict:  # fmt: skip
        started = time.monotonic()
        run_id = self.launch(job, run_config, tags, asset_selection)
        run = self.wait_for_run(run_id, timeout)
        print(f"{job} run {run_id[:8]}: {run['status']} after {time.monotonic() - started:.0f} s", file=sys.stderr)
        assert run["status"] == expect, f"{job} run {run_id} ended {run['status']}, expected {expect}\n{self.run_errors(run_id)}\n{self.log_tail()}"
        return run

    def run_pipeline(self, pipeline: str, expect: str = "SUCCESS", timeout: float = RUN_TIMEOUT_S) -> dict:
        """What the pipeline's schedule launches: the project job over the pipeline's assets, tagged with it."""
        keys = self.pipeline_assets(pipeline)
        assert keys, f"no assets in group {LOCATION}__{pipeline}"
        return self.run_job(PIPELINES_JOB, expect=expect, timeout=timeout, tags=pipeline_tags(LOCATION, pipeline), asset_selection=keys)

    def materialize(self, keys: list[str], expect: str = "SUCCESS", timeout: float = RUN_TIMEOUT_S) -> dict:
        """What the UI's Materialize button launches: the implicit asset job over `keys`, no tags of ours."""
        return self.run_job("__ASSET_JOB", expect=expect, timeout=timeout, asset_selection=keys)


@contextlib.contextmanager
def dagster_dev(root: Path, project_dir: Path, log_dir: Path, env: dict[str, str], start_timeout: float = START_TIMEOUT_S) -> Iterator[DagsterDev]:
    """`dagster dev -w <root>/workspace.yaml` on a free port with its own DAGSTER_HOME; stopped on exit."""
    from ai_etl.cli import DAGSTER_YAML

    home = log_dir / "dagster_home"
    home.mkdir(parents=True, exist_ok=True)
    (home / "dagster.yaml").write_text(DAGSTER_YAML)
    env = clean_environment(DAGSTER_HOME=str(home), AI_ETL_PROJECT=str(project_dir), **env)

    # what CI and the writing commands do before a location loads: compile, `dbt parse`, record artifacts
    prepared = subprocess.run([str(BIN / "ai-etl"), "prepare"], check=False, capture_output=True, text=True, cwd=root, env=env, timeout=600)
    assert prepared.returncode == 0, f"ai-etl prepare failed:\n{prepared.stdout[-2000:]}\n{prepared.stderr[-3000:]}"

    port = free_port()
    log = log_dir / "dagster_dev.log"
    print(f"\ndagster dev on {port}: log {log}", file=sys.stderr)
    command = [str(BIN / "dagster"), "dev", "-w", str(root / "workspace.yaml"), "-h", "127.0.0.1", "-p", str(port)]
    with open(log, "wb") as out:
        process = subprocess.Popen(command, cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
    dev = DagsterDev(process, port, root, project_dir, home, log, env)
    try:
        started = time.monotonic()

        def loaded():
            try:
                entry = dev.location_entry()
            except requests.RequestException:  # not listening yet
                return None
            except AssertionError:  # the webserver answers but is not ready yet
                return None
            if entry and entry["loadStatus"] == "LOADED":
                return entry
            return None

        entry = dev.wait_for(f"code location {LOCATION} to load at {dev.url}", loaded, start_timeout, every=1.0)
        print(f"dagster dev: location loaded in {time.monotonic() - started:.0f} s", file=sys.stderr)
        error = entry["locationOrLoadError"] or {}
        assert error.get("__typename") == "RepositoryLocation", (
            f"code location {LOCATION} failed to load: {error.get('message')}\n{''.join(error.get('stack') or [])[-3000:]}\n{dev.log_tail()}"
        )
        yield dev
    finally:
        stop(process)


def stop(process: subprocess.Popen) -> None:
    """SIGTERM to the whole process group (webserver, daemon, code servers, run workers), SIGKILL
    to whatever is left after 20 s; fails when a process of the group survives that."""
    pgid = process.pid  # start_new_session: the group's id is the leader's pid
    started = time.monotonic()
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGTERM)
    while group_alive(pgid, process) and time.monotonic() - started < STOP_GRACE_S:
        time.sleep(0.3)
    if group_alive(pgid, process):
        print(f"dagster dev did not stop in {STOP_GRACE_S} s after SIGTERM: SIGKILL", file=sys.stderr)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, signal.SIGKILL)
        killed = time.monotonic()
        while group_alive(pgid, process) and time.monotonic() - killed < 10:
            time.sleep(0.3)
    print(f"dagster dev stopped in {time.monotonic() - started:.0f} s", file=sys.stderr)
    assert not group_alive(pgid, process), f"processes of dagster dev's group {pgid} survived SIGKILL"


def group_alive(pgid: int, leader: subprocess.Popen) -> bool:
    """Some live process (not a zombie) is still in the group; the leader is reaped first."""
    leader.poll()
    proc = Path("/proc")
    if not proc.is_dir():
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return False
        return True
    for stat in proc.glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()  # state ppid pgrp ...
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            return True
    return False


@contextlib.contextmanager
def dagster_dev_on_a_copy(base: Path, shop_url: str) -> Iterator[DagsterDev]:
    """`dagster dev` on a throwaway copy of projects/ecommerce + dbt_project under `base`, reading the
    shop database at `shop_url`; its DAGSTER_HOME and log are under `base` too."""
    root = base / "ws"
    root.mkdir(parents=True)
    project_dir = build_workspace(root)
    with dagster_dev(root, project_dir, base, {"SHOP_DATABASE_URL": shop_url}) as dev:
        yield dev
