"""How one code location scales with the number of pipelines (issue 10), and what Dagster's own tools pay.

    .venv/bin/python bench/location_scale.py                    # sizes 10,100,500,2000; validate + reload at 500; dev-ready
    .venv/bin/python bench/location_scale.py --sizes 10,100 --no-validate --no-reload --no-dev-ready   # a quick look
    .venv/bin/python bench/location_scale.py --fresh            # rebuild and re-prepare every workspace (~7 min at 2000)
    (--repeat N: load processes per size, default 3, 1 at >= 1000 pipelines; --no-snapshot; --validate-size,
     --reload-size, --dev-repeat)

Workspaces. For each size N, bench/.data/location_scale/n<N>/ws/ holds a copy of dbt_project/ (no models, no
build output) and a project `scale` with N pipeline files shaped like projects/ecommerce/pipelines/daily_sales.yaml
(extract + staging + mart, each with its own name, source table, filter, grouping, checks and schedule).
SHOP_DATABASE_URL points at a closed port, so anything that touched the source database would fail: loading
must not. A workspace is prepared once (`ai-etl prepare`) and reused while its files are still what the generator
writes: `.bench_prepared.json` beside ws/ records N, a hash of the generated files and the prepare time.
`--fresh` rebuilds it.

Phases (each load measurement is one fresh `python`, nothing cached between them):
  prepare_s   `ai-etl prepare --project <ws>/projects/scale` on a freshly written workspace: compile the pipeline
              files to dbt files, `dbt parse`, record artifact versions. When the workspace was reused, the time
              recorded in its marker is shown, marked `*` (`-` when it was prepared before markers existed).
  import_s    `import ai_etl.definitions` (dagster, dagster-dbt, the product's modules) in a fresh interpreter.
  build_s     `build_definitions(project)`: read the pipeline files and the prepared manifest, the project's shared
              load and dbt steps (multi-assets), one asset job per project, a schedule per pipeline, sensors.
  load_s      import_s + build_s: what `dagster`/`dg` pay before they can do anything with the location.
  snapshot_s  in the same process, the repository snapshot that `dagster dev`, code servers and every reload build:
              `defs.get_repository_def()` (repo_s) + `RepositorySnap.from_def(repo)` (from_def_s).
  peak_mb     peak RSS of that process (ru_maxrss), i.e. of a code server holding the location.
  validate_s  `dagster definitions validate -m ai_etl.definitions` (AI_ETL_PROJECT set), wall time, at --validate-size.
  reload_s    `dagster dev -m ai_etl.definitions` on the --reload-size workspace: once GraphQL reports the location
              LOADED, the `reloadRepositoryLocation` mutation until the location is LOADED again (median of 2).
              Under `dagster dev` (DAGSTER_IS_DEV_CLI) the location also runs `prepare` on each load: on a prepared
              workspace that is a no-op compile + freshness check, and it is part of what a reload costs; one
              more load process with DAGSTER_IS_DEV_CLI=1 shows that cost outside the server. Also reported:
              dagster dev start -> LOADED, and how long SIGTERM to its process group took to stop it.
  dev_ready_s a copy of the demo project (projects/ecommerce + dbt_project/ without target/): seconds from starting
              `dagster dev` until GraphQL `assetNodes` is non-empty. "cold": nothing prepared, `dagster dev`
              compiles and parses itself; "prepared": `ai-etl prepare` ran first (not counted).

Targets (issue 10): snapshot_s at 500 <= 15 s, at 2000 <= 60 s; load_s at 2000 <= 20 s; reload_s at 500 <= 20 s;
1-pipeline `dagster dev` ready <= 15 s (dev_ready_s in the RESULT line is the cold start).

The machine is shared and noisy (2 cores): the script prints medians, ratios between sizes (the exponent
log(ratio)/log(size ratio): ~1 linear, ~2 quadratic) and the load average, and asserts no time. The last line is
`RESULT snapshot_s_500=<..> snapshot_s_2000=<..> load_s_2000=<..> reload_s_500=<..> dev_ready_s=<..> peak_mb_2000=<..>`
(`-` for what was not measured).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import itertools
import json
import math
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "bench" / ".data" / "location_scale"
BIN = Path(sys.executable).parent
PROJECT = "scale"
MARKER = ".bench_prepared.json"
UNREACHABLE_PG = "postgresql://nobody@127.0.0.1:9/nothing"  # discard port: a touch would fail
STOP_GRACE_S = 20
START_TIMEOUT_S = 1800  # dagster dev at 2000 pipelines on a busy 2-core machine

# (source table, key, filter template, group-by column, measures, accepted values)
SHAPES = [
    ("sales_transactions", "id", "status = 'completed' and amount > {k}", "transaction_date",
     ["sum(amount)", "count()"], {"status": ["completed", "failed", "refunded"]}),
    ("orders", "id", "amount > {k} and currency != 'XXX'", "region", ["sum(amount)", "uniqExact(customer_id)"],
     {"status": ["pending", "paid", "shipped", "cancelled", "refunded"]}),
    ("order_items", "id", "quantity > {k5} and unit_price > 0", "product_id", ["sum(quantity * unit_price)", "count()"], {}),
    ("customers", "id", "country != '' and id > {k}", "country", ["count()", "uniqExact(city)"], {}),
    ("products", "id", "active and price > {k}", "category", ["avg(price)", "count()"], {}),
    ("users", "id", "is_active and id > {k}", "country", ["count()", "min(signup_date)"], {}),
]  # fmt: skip


def pipeline_yaml(i: int) -> str:
    """Pipeline i: daily_sales' shape (filter + aggregate, key checks, schedule), distinct in every name."""
    table, key, condition, group_by, measures, accepted = SHAPES[i % len(SHAPES)]
    name = f"p{i:04d}_{table}"
    lines = [
        f"name: {name}",
        f"description: Pipeline {i} over {table}, filtered and aggregated per {group_by}.",
        "type: batch",
        "schedule:",
        f'  cron: "{i % 60} {i % 24} * * *"',
        "  timezone: UTC",
        "source:",
        "  type: postgres",
        "  connector: shop",
        f"  table: {table}",
        "target:",
        "  type: clickhouse",
        "  connector: warehouse",
        f"  table: m_{name}",
        "load:",
        "  mode: full_refresh",
        f"  key: [{key}]",
        "transformations:",
        "  - type: filter",
        f'    condition: "{condition.format(k=i, k5=i % 5)}"',
        "  - type: aggregate",
        f"    group_by: [{group_by}]",
        "    measures:",
        *[f"      - {{name: m{j}_{i}, expr: {expr!r}}}".replace("'", '"') for j, expr in enumerate(measures)],
    ]
    if accepted:
        lines += ["checks:", "  accepted_values:"]
        lines += [f"    {column}: [{', '.join(values)}]" for column, values in accepted.items()]
    lines += ["retries:", "  max_retries: 2", "  delay_s: 30", "owners: [data@example.com]", f"tags: {{domain: d{i % 7}}}"]
    return "\n".join(lines) + "\n"


def provenance() -> str:
    """The product code measured: commit, and files changed since (another engineer edits in parallel)."""
    head = subprocess.run(["git", "-C", str(REPO), "log", "-1", "--format=%h %s"], capture_output=True, text=True, check=False).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--", "ai_etl", "plugins", "dbt_project", "projects", "pyproject.toml"],
                           capture_output=True, text=True, check=False).stdout.split("\n")  # fmt: skip
    changed = [line[3:] for line in dirty if line.strip()]
    return f"product at {head[:90]}" + (f"; uncommitted: {', '.join(changed)}" if changed else "; no uncommitted changes")


# ------------------------------------------------------------------------------ workspaces


def _project_yaml() -> str:
    return (REPO / "projects" / "ecommerce" / "project.yaml").read_text().replace("name: ecommerce", f"name: {PROJECT}", 1)


def _template_files() -> list[Path]:
    """The files of dbt_project/ a workspace copies (everything but models and build output)."""
    src = REPO / "dbt_project"
    return sorted(p for p in src.rglob("*") if p.is_file() and not {"target", "logs", "models"} & set(p.relative_to(src).parts))


def expected_files(n: int) -> Iterator[tuple[str, bytes]]:
    """(path relative to ws/, content) of every file the generator writes for n pipelines."""
    for path in _template_files():
        yield f"dbt_project/{path.relative_to(REPO / 'dbt_project').as_posix()}", path.read_bytes()
    yield f"projects/{PROJECT}/project.yaml", _project_yaml().encode()
    for i in range(n):
        yield f"projects/{PROJECT}/pipelines/p{i:04d}.yaml", pipeline_yaml(i).encode()


def _digest(files: Iterator[tuple[str, bytes]]) -> str:
    digest = hashlib.sha256()
    for rel, content in sorted(files):
        digest.update(rel.encode() + b"\0" + hashlib.sha256(content).digest())
    return digest.hexdigest()


def on_disk_files(root: Path) -> Iterator[tuple[str, bytes]]:
    """The same files as they are in the workspace now (pipeline files that should not be there included)."""
    template = root / "dbt_project"
    for path in sorted(template.rglob("*")) if template.is_dir() else []:
        if path.is_file() and not {"target", "logs", "models"} & set(path.relative_to(template).parts):
            yield f"dbt_project/{path.relative_to(template).as_posix()}", path.read_bytes()
    project = root / "projects" / PROJECT
    if (project / "project.yaml").exists():
        yield f"projects/{PROJECT}/project.yaml", (project / "project.yaml").read_bytes()
    for path in sorted((project / "pipelines").glob("*")) if (project / "pipelines").is_dir() else []:
        yield f"projects/{PROJECT}/pipelines/{path.name}", path.read_bytes()


def make_workspace(n: int) -> Path:
    """A fresh, unprepared workspace of n pipelines; returns the project folder."""
    root = DATA / f"n{n}" / "ws"
    if root.parent.exists():
        shutil.rmtree(root.parent)
    shutil.copytree(REPO / "dbt_project", root / "dbt_project", ignore=shutil.ignore_patterns("target", "logs", "models"))
    (root / "dbt_project" / "models").mkdir()
    project = root / "projects" / PROJECT
    (project / "pipelines").mkdir(parents=True)
    (project / "project.yaml").write_text(_project_yaml())
    for i in range(n):
        (project / "pipelines" / f"p{i:04d}.yaml").write_text(pipeline_yaml(i))
    return project


def child_env(project: Path, **extra: str) -> dict:
    """The environment of every measured process: this project, an unreachable source, no dev-CLI flag."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DAGSTER_", "AI_ETL_"))}
    home = project.parent.parent / "dagster_home"
    home.mkdir(exist_ok=True)
    return {
        **env,
        "AI_ETL_PROJECT": str(project),
        "SHOP_DATABASE_URL": UNREACHABLE_PG,
        "DAGSTER_HOME": str(home),
        "PYTHONWARNINGS": "ignore",
        "PYTHONUNBUFFERED": "1",
        **extra,
    }


def run_prepare(project: Path) -> tuple[float, str]:
    """`ai-etl prepare` in its own process: wall seconds and its summary line."""
    started = time.perf_counter()
    done = subprocess.run([str(BIN / "ai-etl"), "prepare", "--project", str(project)], env=child_env(project),
                          capture_output=True, text=True, cwd=project.parent.parent, check=False)  # fmt: skip
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"ai-etl prepare failed for {project} (exit {done.returncode}):\n{(done.stdout + done.stderr)[-4000:]}")
    summary = next((line for line in done.stdout.splitlines() if line.startswith("prepared")), done.stdout.strip()[-200:])
    return seconds, summary


def prepared_workspace(n: int, fresh: bool) -> tuple[Path, dict]:
    """The prepared workspace of n pipelines: reused when its files are what the generator writes, else built.

    Returns the project folder and its marker: {n, hash, prepare_s, summary, prepared_at, product, built_now}.
    """
    root = DATA / f"n{n}" / "ws"
    project = root / "projects" / PROJECT
    marker_path = root.parent / MARKER
    expected = _digest(expected_files(n))
    manifest = root / "dbt_project" / "target" / PROJECT / "manifest.json"
    if not fresh and manifest.exists() and _digest(on_disk_files(root)) == expected:
        try:
            marker = json.loads(marker_path.read_text())
        except (OSError, ValueError):
            marker = None
        if marker is None:  # prepared by an earlier version of this script: adopt it, time unknown
            marker = {"n": n, "hash": expected, "prepare_s": None, "summary": "prepared before markers existed (time not recorded)",
                      "prepared_at": None, "product": None}  # fmt: skip
            marker_path.write_text(json.dumps(marker, indent=1))
        if marker.get("n") == n and marker.get("hash") == expected:
            return project, {**marker, "built_now": False}
    make_workspace(n)
    print(f"  n={n}: writing the workspace and running `ai-etl prepare`...", flush=True)
    seconds, summary = run_prepare(project)
    marker = {"n": n, "hash": expected, "prepare_s": round(seconds, 2), "summary": summary,
              "prepared_at": time.strftime("%Y-%m-%d %H:%M:%S"), "product": provenance()}  # fmt: skip
    marker_path.write_text(json.dumps(marker, indent=1))
    return project, {**marker, "built_now": True}


# ---------------------------------------------------------------- the probe (child process)


def probe(project_dir: str, snapshot: bool) -> None:
    """In a fresh interpreter: import, build the definitions, resolve the repository, build its snapshot."""
    import resource

    started = time.perf_counter()
    from ai_etl import definitions

    imported = time.perf_counter()
    defs = definitions.build_definitions(Path(project_dir))
    built = time.perf_counter()
    result: dict = {"import_s": imported - started, "build_s": built - imported, "load_s": built - started}
    if snapshot:
        from dagster._core.remote_representation.external_data import RepositorySnap

        before = time.perf_counter()
        repo = defs.get_repository_def()
        resolved = time.perf_counter()
        RepositorySnap.from_def(repo)
        done = time.perf_counter()
        result |= {"repo_s": resolved - before, "from_def_s": done - resolved, "snapshot_s": done - before}
    else:
        repo = defs.get_repository_def()
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
    result |= {
        "assets": len(list(repo.asset_graph.get_all_asset_keys())),
        "checks": len(list(repo.asset_graph.asset_check_keys)),
        "jobs": len(repo.job_names),
        "schedules": len(repo.schedule_defs),
        "sensors": len(repo.sensor_defs),
    }
    # not timed: was the manifest fresh, i.e. did the load read what prepare wrote for these files?
    from ai_etl.dbt.project import dbt_setup
    from ai_etl.project_files import load_project

    result["manifest_fresh"] = dbt_setup(load_project(Path(project_dir))).is_fresh()
    print("PROBE " + json.dumps(result), flush=True)


def run_probe(project: Path, snapshot: bool, **env: str) -> dict:
    command = [sys.executable, __file__, "--_probe", str(project)] + (["--_snapshot"] if snapshot else [])
    started = time.perf_counter()
    done = subprocess.run(command, env=child_env(project, **env), capture_output=True, text=True, cwd=project.parent.parent, check=False)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"probe failed for {project}:\n{done.stderr[-4000:]}")
    line = next(line for line in done.stdout.splitlines() if line.startswith("PROBE "))
    result = json.loads(line.removeprefix("PROBE "))
    result["wall_s"] = wall
    return result


def run_validate(project: Path) -> tuple[float, int, str]:
    command = [str(BIN / "dagster"), "definitions", "validate", "-m", "ai_etl.definitions"]
    started = time.perf_counter()
    done = subprocess.run(command, env=child_env(project), capture_output=True, text=True, cwd=project.parent.parent, check=False)
    seconds = time.perf_counter() - started
    text = re.sub(r"\x1b\[[0-9;]*m", "", done.stdout + done.stderr)
    last = [line for line in text.splitlines() if line.strip()][-1:] or [""]
    return seconds, done.returncode, last[0][-160:]


# ------------------------------------------------------------------------ dagster dev + GraphQL

WORKSPACE_QUERY = """
query {
  workspaceOrError {
    __typename
    ... on Workspace {
      locationEntries {
        name
        loadStatus
        updatedTimestamp
        locationOrLoadError {
          __typename
          ... on PythonError { message }
          ... on RepositoryLocation { repositories { name } }
        }
      }
    }
    ... on PythonError { message }
  }
}
"""

ASSETS_QUERY = "query { assetNodes { assetKey { path } } }"

RELOAD_MUTATION = """
mutation($name: String!) {
  reloadRepositoryLocation(repositoryLocationName: $name) {
    __typename
    ... on WorkspaceLocationEntry {
      name
      loadStatus
      locationOrLoadError { __typename ... on PythonError { message } }
    }
    ... on ReloadNotSupported { message }
    ... on RepositoryLocationNotFound { message }
    ... on UnauthorizedError { message }
    ... on PythonError { message }
  }
}
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except FileNotFoundError:
        return f"({path} does not exist)"


class DagsterDev:
    """`dagster dev -m ai_etl.definitions` on a free port in a process group of its own; stopped by `stop()`."""

    def __init__(self, project: Path, log: Path):
        self.project, self.log = project, log
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/graphql"
        self.home = Path(tempfile.mkdtemp(prefix="dagster_home_", dir=DATA))
        from ai_etl.cli import DAGSTER_YAML

        (self.home / "dagster.yaml").write_text(DAGSTER_YAML)
        self.proc: subprocess.Popen | None = None
        self.started = 0.0
        self.stop_s: float | None = None
        self.killed = False

    def start(self) -> None:
        command = [str(BIN / "dagster"), "dev", "-m", "ai_etl.definitions", "-p", str(self.port), "-h", "127.0.0.1"]
        with self.log.open("w") as out:
            self.started = time.perf_counter()
            self.proc = subprocess.Popen(command, cwd=self.project.parent.parent, env=child_env(self.project, DAGSTER_HOME=str(self.home)),
                                         stdout=out, stderr=subprocess.STDOUT, start_new_session=True)  # fmt: skip

    def graphql(self, query: str, variables: dict | None = None, timeout: float = 10) -> dict:
        body = json.dumps({"query": query, "variables": variables or {}}).encode()
        request = urllib.request.Request(self.url, data=body, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            answer = json.loads(response.read())
        if answer.get("errors"):
            raise RuntimeError(f"GraphQL errors: {answer['errors']}")
        return answer["data"]

    def _alive(self) -> None:
        if self.proc is not None and self.proc.poll() is not None:
            raise RuntimeError(f"dagster dev exited with {self.proc.returncode}; its log ends:\n{tail(self.log)}")

    def wait_for(self, check, what: str, timeout: float = START_TIMEOUT_S):
        """Poll until check() returns something truthy; connection errors while starting are expected."""
        deadline = time.perf_counter() + timeout
        while True:
            self._alive()
            try:
                value = check()
                if value:
                    return value
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                pass
            if time.perf_counter() > deadline:
                raise RuntimeError(f"timed out after {timeout:.0f} s waiting for {what}; the log ends:\n{tail(self.log)}")
            time.sleep(0.25)

    def loaded_location(self) -> dict | None:
        """The one location entry when it is LOADED (raises on a load error)."""
        data = self.graphql(WORKSPACE_QUERY)["workspaceOrError"]
        if data["__typename"] != "Workspace":
            raise RuntimeError(f"workspaceOrError: {data}")
        for entry in data["locationEntries"]:
            inner = entry.get("locationOrLoadError") or {}
            if inner.get("__typename") == "PythonError":
                raise RuntimeError(f"location {entry['name']} failed to load: {inner['message'][:2000]}")
            if entry["loadStatus"] == "LOADED" and inner.get("__typename") == "RepositoryLocation":
                return entry
        return None

    def asset_count(self) -> int:
        return len(self.graphql(ASSETS_QUERY, timeout=60)["assetNodes"])

    def reload(self, name: str) -> float:
        """Seconds of the reloadRepositoryLocation mutation (synchronous) until the location is LOADED again."""
        before = time.perf_counter()
        answer = self.graphql(RELOAD_MUTATION, {"name": name}, timeout=START_TIMEOUT_S)["reloadRepositoryLocation"]
        if answer["__typename"] != "WorkspaceLocationEntry":
            raise RuntimeError(f"reload of {name}: {answer}")
        inner = answer.get("locationOrLoadError") or {}
        if inner.get("__typename") == "PythonError":
            raise RuntimeError(f"reload of {name} failed: {inner['message'][:2000]}")
        if answer["loadStatus"] != "LOADED":
            self.wait_for(lambda: (entry := self.loaded_location()) and entry["name"] == name, f"{name} LOADED after reload")
        return time.perf_counter() - before

    def stop(self) -> None:
        """SIGTERM to the whole group, SIGKILL after STOP_GRACE_S; records how long the stop took."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            started = time.perf_counter()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=STOP_GRACE_S)
            except subprocess.TimeoutExpired:
                self.killed = True
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
            self.stop_s = time.perf_counter() - started
        with contextlib.suppress(ProcessLookupError):  # children that outlived the group leader
            os.killpg(self.proc.pid, signal.SIGKILL)
        shutil.rmtree(self.home, ignore_errors=True)

    def errors(self) -> list[str]:
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        return [line.strip()[:200] for line in text.splitlines() if " - ERROR - " in line or "Traceback" in line or "Error:" in line]


def measure_reload(project: Path, times: int) -> dict:
    log = DATA / f"dagster_dev_reload_{project.parent.parent.parent.name}.log"
    dev = DagsterDev(project, log)
    result: dict = {"log": str(log)}
    try:
        dev.start()
        entry = dev.wait_for(dev.loaded_location, "the location LOADED")
        result["start_loaded_s"] = time.perf_counter() - dev.started
        result["location"] = entry["name"]
        result["assets"] = dev.asset_count()
        result["reloads"] = [dev.reload(entry["name"]) for _ in range(times)]
        result["reload_s"] = statistics.median(result["reloads"])
        result["assets_after"] = dev.asset_count()
    except RuntimeError as err:
        result["error"] = str(err)
    finally:
        dev.stop()
    result |= {"stop_s": dev.stop_s, "killed": dev.killed, "errors": dev.errors()}
    return result


def _assets_or_error(dev: DagsterDev) -> int:
    """The number of asset nodes; raises when the location failed to load or loaded without assets."""
    count = dev.asset_count()
    if not count and dev.loaded_location():
        count = dev.asset_count()  # loaded between the two queries?
        if not count:
            raise RuntimeError(f"the location is LOADED but has no assets; the log ends:\n{tail(dev.log)}")
    return count


def demo_workspace(kind: str) -> Path:
    """A copy of the demo project (no .data) and dbt_project/ without target/ and logs/."""
    root = DATA / f"demo_{kind}" / "ws"
    if root.parent.exists():
        shutil.rmtree(root.parent)
    shutil.copytree(REPO / "projects" / "ecommerce", root / "projects" / "ecommerce", ignore=shutil.ignore_patterns(".data", "lake"))
    shutil.copytree(REPO / "dbt_project", root / "dbt_project", ignore=shutil.ignore_patterns("target", "logs"))
    return root / "projects" / "ecommerce"


def measure_dev_ready(kind: str) -> dict:
    project = demo_workspace(kind)
    result: dict = {"kind": kind}
    if kind == "prepared":
        result["prepare_s"], result["prepare_summary"] = run_prepare(project)
    log = DATA / f"dagster_dev_ready_{kind}.log"
    dev = DagsterDev(project, log)
    try:
        dev.start()
        result["assets"] = dev.wait_for(lambda: _assets_or_error(dev), "assetNodes non-empty", timeout=600)
        result["ready_s"] = time.perf_counter() - dev.started
    except RuntimeError as err:
        result["error"] = str(err)
    finally:
        dev.stop()
    result |= {"stop_s": dev.stop_s, "killed": dev.killed, "errors": dev.errors(), "log": str(log)}
    shutil.rmtree(project.parent.parent.parent, ignore_errors=True)
    return result


# ----------------------------------------------------------------------------- main


def fmt(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def med(values: list) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10,100,500,2000", help="comma-separated pipeline counts (default 10,100,500,2000)")
    parser.add_argument("--repeat", type=int, default=None, help="load processes per size (default 3; 1 at >= 1000 pipelines)")
    parser.add_argument("--fresh", action="store_true", help="rebuild and re-prepare every workspace")
    parser.add_argument("--no-snapshot", action="store_true", help="skip the repository snapshot in the load processes")
    parser.add_argument("--validate-size", type=int, default=500, help="size for `dagster definitions validate` (default 500)")
    parser.add_argument("--no-validate", action="store_true")
    parser.add_argument("--reload-size", type=int, default=500, help="size for the `dagster dev` reload (default 500)")
    parser.add_argument("--no-reload", action="store_true")
    parser.add_argument("--reloads", type=int, default=2, help="reloads to time (default 2; median reported)")
    parser.add_argument("--no-dev-ready", action="store_true", help="skip `dagster dev` readiness of the 1-pipeline demo")
    parser.add_argument("--dev-repeat", type=int, default=1, help="dagster dev starts per kind (cold, prepared); median")
    parser.add_argument("--_probe", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--_snapshot", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._probe:
        probe(args._probe, args._snapshot)
        return 0

    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    DATA.mkdir(parents=True, exist_ok=True)
    print(f"location_scale: sizes {sizes}; data under {DATA}; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores", flush=True)
    print(provenance(), flush=True)
    bench_started = time.time()

    rows: dict[int, dict] = {}
    projects: dict[int, Path] = {}
    for n in sizes:
        project, marker = prepared_workspace(n, args.fresh)
        projects[n] = project
        repeat = args.repeat or (1 if n >= 1000 else 3)
        runs = [run_probe(project, snapshot=not args.no_snapshot) for _ in range(repeat)]
        rows[n] = {key: med([r.get(key) for r in runs]) for key in ("import_s", "build_s", "load_s", "repo_s", "from_def_s", "snapshot_s", "peak_mb", "wall_s")}
        rows[n] |= {"runs": runs, "marker": marker, "prepare_s": marker["prepare_s"], "built_now": marker["built_now"]}
        first = runs[0]
        how = "prepared now" if marker["built_now"] else f"reused (prepared {marker.get('prepared_at') or 'earlier'})"
        print(f"  n={n}: {how}: {marker['summary']}", flush=True)
        print(f"  n={n}: {first['assets']} assets, {first['checks']} checks, {first['jobs']} jobs, {first['schedules']} schedules, "
              f"{first['sensors']} sensors; load_s {[round(r['load_s'], 2) for r in runs]}"
              + (f", snapshot_s {[round(r['snapshot_s'], 2) for r in runs]}" if not args.no_snapshot else "")
              + f", peak_mb {[round(r['peak_mb']) for r in runs]}; load average {os.getloadavg()[0]:.2f}", flush=True)  # fmt: skip
        if not all(r["manifest_fresh"] for r in runs):
            print(f"  warning: n={n}: the manifest was not fresh for the pipeline files (the load warned and read stale models)", flush=True)

    validate = None
    if not args.no_validate:
        n = args.validate_size
        project = projects.get(n) or prepared_workspace(n, args.fresh)[0]
        print(f"  validate at n={n}...", flush=True)
        validate = run_validate(project)
        print(f"  `dagster definitions validate` at n={n}: {validate[0]:.1f} s, exit {validate[1]}: {validate[2]}", flush=True)

    reload = None
    if not args.no_reload:
        n = args.reload_size
        project = projects.get(n) or prepared_workspace(n, args.fresh)[0]
        print(f"  dagster dev + reload at n={n}...", flush=True)
        reload = measure_reload(project, args.reloads)
        reload["n"] = n
        print(f"  dagster dev at n={n}: {json.dumps({k: v for k, v in reload.items() if k != 'errors'})}", flush=True)
        # what the code server does on each dev load, in one process: import + prepare (no-op) + build + snapshot
        reload["dev_probe"] = run_probe(project, snapshot=True, DAGSTER_IS_DEV_CLI="1")
        print(f"  n={n} load process as under dagster dev (prepares first): {json.dumps(reload['dev_probe'])}", flush=True)

    dev_ready: dict[str, list[dict]] = {}
    if not args.no_dev_ready:
        for kind in ("cold", "prepared"):
            for _ in range(args.dev_repeat):
                print(f"  dagster dev ready, demo project, {kind}...", flush=True)
                result = measure_dev_ready(kind)
                dev_ready.setdefault(kind, []).append(result)
                print(f"  dev ready {kind}: {json.dumps({k: v for k, v in result.items() if k != 'errors'})}", flush=True)

    # ------------------------------------------------------------------ report
    print()
    print("Code location load per size (fresh process per measurement; medians; seconds, MB)")
    cols = ["prepare_s", "import_s", "build_s", "load_s", "snapshot_s", "repo_s", "from_def_s", "peak_mb", "proc_wall_s"]
    header = f"{'pipelines':>9} " + " ".join(f"{c:>11}" for c in cols) + f" {'assets':>7} {'jobs':>6} {'runs':>4}"
    print(header)
    print("-" * len(header))
    for n, r in rows.items():
        prep = fmt(r["prepare_s"], 1) + ("" if r["built_now"] else "*")
        values = [r["import_s"], r["build_s"], r["load_s"], r["snapshot_s"], r["repo_s"], r["from_def_s"]]
        print(f"{n:>9} {prep:>11} " + " ".join(f"{fmt(v):>11}" for v in values) + f" {fmt(r['peak_mb'], 0):>11} {fmt(r['wall_s']):>11}"
              f" {r['runs'][0]['assets']:>7} {r['runs'][0]['jobs']:>6} {len(r['runs']):>4}")  # fmt: skip
    print("  * = prepare time recorded when the workspace was prepared (reused now); - = not recorded")
    print("  load_s = import_s + build_s; snapshot_s = repo_s (get_repository_def) + from_def_s (RepositorySnap.from_def);")
    print("  peak_mb = peak RSS of the load process; proc_wall_s = the whole probe process incl. interpreter start and exit")

    if len(rows) > 1:
        print()
        print("Growth between sizes: ratio (exponent = log(ratio)/log(size ratio); ~1 linear, ~2 quadratic)")
        metrics = ["prepare_s", "load_s", "build_s", "snapshot_s", "peak_mb"]
        print(f"{'sizes':>12} {'x size':>6} " + " ".join(f"{m:>17}" for m in metrics))
        ns = list(rows)
        for small, big in itertools.pairwise(ns):
            cells = []
            for metric in metrics:
                a, b = rows[small][metric], rows[big][metric]
                if a and b and a > 0:
                    cells.append(f"{b / a:>7.1f} (^{math.log(b / a) / math.log(big / small):.2f})")
                else:
                    cells.append("-")
            print(f"{f'{big}/{small}':>12} {big / small:>6.0f} " + " ".join(f"{c:>17}" for c in cells))
        print("  (import_s is constant; peak_mb includes ~the interpreter + libraries baseline, so its exponent understates)")

    print()
    if validate:
        print(f"validate: `dagster definitions validate -m ai_etl.definitions` at n={args.validate_size}: {validate[0]:.1f} s "
              f"(exit {validate[1]}; {validate[2]})")  # fmt: skip
    if reload:
        if "error" in reload:
            print(f"reload: n={reload['n']}: ERROR {reload['error'][:1500]}")
        else:
            print(f"reload: `dagster dev` at n={reload['n']}: location '{reload['location']}' LOADED {reload['start_loaded_s']:.1f} s "
                  f"after start ({reload['assets']} assets); reloadRepositoryLocation until LOADED again: "
                  f"{', '.join(f'{s:.1f}' for s in reload['reloads'])} s -> median {reload['reload_s']:.1f} s")  # fmt: skip
        stop = f"{reload['stop_s']:.1f} s" if reload["stop_s"] is not None else "-"
        print(f"  SIGTERM -> stopped in {stop}" + (" (needed SIGKILL)" if reload["killed"] else ""))
        dev_probe = reload["dev_probe"]
        print(f"  the same load in one process with DAGSTER_IS_DEV_CLI=1 (prepare runs first, a no-op on a prepared workspace): "
              f"import {dev_probe['import_s']:.1f} + prepare&build {dev_probe['build_s']:.1f} + snapshot {dev_probe['snapshot_s']:.1f} "
              f"= {dev_probe['import_s'] + dev_probe['build_s'] + dev_probe['snapshot_s']:.1f} s (build without prepare: "
              f"{fmt(rows.get(reload['n'], {}).get('build_s'), 1)} s)")  # fmt: skip
        if reload["errors"]:
            print(f"  errors in the dagster dev log ({reload['log']}): " + " | ".join(reload["errors"][:5]))
    for kind, results in dev_ready.items():
        ready = med([r.get("ready_s") for r in results])
        for r in results:
            if "error" in r:
                print(f"dev ready ({kind}): ERROR {r['error'][:1500]}")
        stops = ", ".join(fmt(r["stop_s"], 1) + (" (SIGKILL)" if r["killed"] else "") for r in results)
        extra = f"; ai-etl prepare before it took {fmt(med([r.get('prepare_s') for r in results]), 1)} s (not counted)" if kind == "prepared" else ""
        print(f"dev ready ({kind}): 1-pipeline demo, `dagster dev` start -> assetNodes non-empty: "
              f"{', '.join(fmt(r.get('ready_s'), 1) for r in results)} s -> median {fmt(ready, 1)} s ({results[0].get('assets', '-')} assets)"
              f"{extra}; SIGTERM stop {stops} s")  # fmt: skip
        for r in results:
            if r["errors"]:
                print(f"  errors in the dagster dev log ({r['log']}): " + " | ".join(r["errors"][:5]))

    print()
    targets = [("snapshot_s at 500", rows.get(500, {}).get("snapshot_s"), 15), ("snapshot_s at 2000", rows.get(2000, {}).get("snapshot_s"), 60),
               ("load_s at 2000", rows.get(2000, {}).get("load_s"), 20),
               ("reload_s at 500", reload.get("reload_s") if reload and reload.get("n") == 500 else None, 20),
               ("dev_ready_s cold (1 pipeline)", med([r.get("ready_s") for r in dev_ready.get("cold", [])]), 15),
               ("dev_ready_s prepared (1 pipeline)", med([r.get("ready_s") for r in dev_ready.get("prepared", [])]), 15)]  # fmt: skip
    print("Targets (issue 10; informational, this machine is noisy):")
    for label, value, limit in targets:
        verdict = "not measured" if value is None else ("within" if value <= limit else "OVER")
        print(f"  {label:<34} {fmt(value, 1):>7} s  target <= {limit} s  {verdict}")
    print()
    print(f"total bench time {time.time() - bench_started:.0f} s; load average now {os.getloadavg()[0]:.2f}")
    result = {
        "snapshot_s_500": rows.get(500, {}).get("snapshot_s"),
        "snapshot_s_2000": rows.get(2000, {}).get("snapshot_s"),
        "load_s_2000": rows.get(2000, {}).get("load_s"),
        "reload_s_500": reload.get("reload_s") if reload and reload.get("n") == 500 else None,
        "dev_ready_s": med([r.get("ready_s") for r in dev_ready.get("cold", [])]),
        "peak_mb_2000": rows.get(2000, {}).get("peak_mb"),
    }
    print("RESULT " + " ".join(f"{k}={fmt(v, 0 if k.startswith('peak') else 2)}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
