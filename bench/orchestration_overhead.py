"""What Dagster adds to one run of the demo pipeline, and where that time goes.

    .venv/bin/pip install py-spy                      # only for the profile (--no-profile skips it)
    .venv/bin/python bench/orchestration_overhead.py                    # --repeat 3 --rows 10000
    .venv/bin/python bench/orchestration_overhead.py --repeat 5 --no-experiments --no-profile

Setup (not timed): an embedded PostgreSQL under bench/.data/orchestration_overhead/postgres with
the demo shop (`ai_etl.demo_data.generate(rows=--rows)`), a fresh copy of projects/ and
dbt_project/ (as tests/conftest.py's `workspace` fixture makes), a DAGSTER_HOME with the
dagster.yaml `ai-etl` writes, and the manifest prepared once: a fresh `python` prepares the
copied project as `ai-etl prepare` does (compile + `dbt parse`; loading a location only reads).
--monitoring-ab adds Dagster runs with and without the `anomalies` asset checks, alternating.

Measured side by side, alternating, --repeat times each:
  dagster  `dagster asset materialize -m ai_etl.definitions --select group:ecommerce__daily_sales`
           (AI_ETL_PROJECT, SHOP_DATABASE_URL, DAGSTER_HOME set), one process, wall time;
  direct   its parts run directly: (a) a fresh `python` that loads the raw table with
           `ai_etl.loading.load_from_postgres` (what the extract asset calls) into the project's
           chDB warehouse, then (b) `dbt build` as a subprocess with the product's args
           (--vars from DbtSetup.cli_args(), the resource's --target, --select fqn:*), its target path seeded with
           the prepared partial_parse.msgpack, so it partial-parses like a user's second run.
Then: a phase breakdown of both sides from the Dagster event log and dbt's JSON logs, component
costs measured in fresh processes (imports, definitions load, `dbt --version`, dagster-dbt's
adapter initialization, chDB engine start), experiments (--no-experiments skips them): the
Dagster side with bench-only monkeypatches (dagster-dbt's defaults restored; `dbt --version` and the
adapter init skipped; definitions built once; no interpreter teardown) and
`dbt build` with different partial-parse set-ups, and a py-spy profile of one Dagster run
(--no-profile skips it). The mart is checked against PostgreSQL at the end.

The last line is `RESULT overhead_ratio=<dagster median / direct median> dagster_s=<..> direct_s=<..>`.
A shared, noisy 2-core machine: compare within one run (ratios); nothing is asserted on times.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "bench" / ".data" / "orchestration_overhead"
BIN = Path(sys.executable).parent
PIPELINE = "daily_sales"
SELECTION = f"group:ecommerce__{PIPELINE}"
DB_NAME = "shop_overhead"
BUILD_DEFS = "import ai_etl.definitions as d; d.defs"  # defs may be built on import or on first access
# what `ai-etl prepare` does before a location loads (compile the pipeline files, dbt parse): loading only reads
PREPARE = "import os, pathlib; from ai_etl.definitions import build_definitions; build_definitions(pathlib.Path(os.environ['AI_ETL_PROJECT']), prepare=True)"


# =============================================================== child modes (fresh processes)


def child_dagster(patches: list[str], argv: list[str]) -> None:
    """`dagster <argv>` in this process after bench-only monkeypatches of dagster-dbt."""
    from dagster_dbt import DbtCliResource

    if "upstream_dbt" in patches:  # undo a product subclass's overrides: dagster-dbt's own per-run behaviour
        import ai_etl.dbt.cli_resource as dbt_models

        for cls in [c for c in vars(dbt_models).values() if isinstance(c, type) and issubclass(c, DbtCliResource)]:
            for attr in ("_cli_version", "_initialize_dbt_core_adapter"):
                if cls is not DbtCliResource and attr in vars(cls):
                    delattr(cls, attr)
    if "version" in patches:  # the resource runs `dbt --version` (a whole dbt start) once per process
        from importlib.metadata import version as dist_version

        from packaging import version

        installed = version.parse(dist_version("dbt-core"))
        DbtCliResource._cli_version = property(lambda self: installed)
    if "adapter" in patches:  # in-process adapter + macro load, used only for column metadata / row counts
        DbtCliResource._initialize_dbt_core_adapter = lambda self, args: None
    if "count_builds" in patches or "cache_defs" in patches:  # how often the run builds the definitions
        import atexit
        import functools

        import ai_etl.definitions as definitions

        original, calls = definitions.build_definitions, []

        def counted(project_dir):
            t0 = time.perf_counter()
            try:
                return original(project_dir)
            finally:
                calls.append(time.perf_counter() - t0)

        definitions.build_definitions = functools.cache(counted) if "cache_defs" in patches else counted
        atexit.register(lambda: print(f"BUILDS {len(calls)} {sum(calls):.3f}", file=sys.stderr, flush=True))
    if "no_anomaly_checks" in patches:  # the location without its `anomalies` asset checks (monitoring's cost to a run)
        import ai_etl.location as location

        location.anomaly_checks = lambda steps, pipelines: []
    if "lazy_aws" in patches:  # as if ai_etl.resources.files imported dagster_aws.s3 inside the S3 branch
        import types

        class S3Resource:  # stands in until the S3 path is used, then the real class is imported
            def __new__(cls, *args, **kwargs):
                sys.modules.pop("dagster_aws", None), sys.modules.pop("dagster_aws.s3", None)
                from dagster_aws.s3 import S3Resource as real

                return real(*args, **kwargs)

        package, module = types.ModuleType("dagster_aws"), types.ModuleType("dagster_aws.s3")
        package.__path__, module.S3Resource, package.s3 = [], S3Resource, module
        sys.modules.update({"dagster_aws": package, "dagster_aws.s3": module})
    sys.argv = ["dagster", *argv]
    from dagster._cli import main

    if "fast_exit" not in patches:
        sys.exit(main())
    # Skip interpreter finalization (tearing down dagster + dbt-core + polars... modules): flush, _exit.
    code = 0
    try:
        main()
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    import logging

    logging.shutdown()
    sys.stdout.flush(), sys.stderr.flush()
    os._exit(code)


def child_direct_load(project_dir: str) -> None:
    """The extract asset's work without Dagster: describe the source, load it into the raw table."""
    started = time.perf_counter()
    from psycopg import sql

    from ai_etl.assets.naming import raw_table_name
    from ai_etl.connections import project_warehouse, warehouse_url
    from ai_etl.loading import load_from_postgres
    from ai_etl.project_files import load_project
    from ai_etl.resources import ClickHouseResource, PostgresResource

    imported = time.perf_counter()
    folder = load_project(Path(project_dir))
    pipeline = folder.pipelines[PIPELINE]
    _, connector = project_warehouse(folder)
    warehouse = ClickHouseResource(url=warehouse_url(folder, connector), database=folder.project.warehouse_database(connector))
    source = PostgresResource(url=os.environ["SHOP_DATABASE_URL"])
    entity = pipeline.source.entity
    described = source.describe(entity)
    relation = sql.Identifier(described.schema_name, entity).as_string(None)
    database = folder.project.warehouse_database(connector)
    result = load_from_postgres(source, warehouse, described, relation, database, raw_table_name(pipeline, entity), pipeline.load)
    done = time.perf_counter()
    print("LOAD " + json.dumps({"import_s": imported - started, "work_s": done - imported, "load_s": result.seconds, "rows": result.rows}))


def child_probe(name: str, project_dir: str) -> None:
    """One component cost, measured inside a fresh interpreter."""
    out: dict = {}
    if name == "defs":  # imports, then the module body: defs = build_definitions(AI_ETL_PROJECT, prepare=True)
        t0 = time.perf_counter()
        import dagster  # noqa: F401

        t1 = time.perf_counter()
        import ai_etl.dbt.cli_resource  # noqa: F401  (dagster_dbt -> dbt-core)
        import ai_etl.assets.extract  # noqa: F401
        import ai_etl.connections  # noqa: F401
        import ai_etl.dbt.project  # noqa: F401

        t2 = time.perf_counter()
        import ai_etl.definitions as definitions

        definitions.defs  # noqa: B018  (built on import or on first access, depending on the version)
        t3 = time.perf_counter()
        out = {"import_dagster_s": t1 - t0, "import_rest_s": t2 - t1, "build_s": t3 - t2, "total_s": t3 - t0}
    elif name == "aws":  # what the dagster_aws import (ai_etl.resources.files) adds once dagster is imported
        import dagster  # noqa: F401
        import polars  # noqa: F401

        t0 = time.perf_counter()
        import dagster_aws.s3  # noqa: F401

        out = {"import_dagster_aws_s": time.perf_counter() - t0}
    elif name == "adapter":  # dagster-dbt's DbtCliResource._initialize_dbt_core_adapter, as cli() calls it
        from ai_etl.dbt.cli_resource import dbt_resource
        from ai_etl.dbt.project import dbt_setup
        from ai_etl.project_files import load_project

        setup = dbt_setup(load_project(Path(project_dir)))
        resource = dbt_resource(setup)
        cwd = os.getcwd()
        os.chdir(setup.project_dir)
        t0 = time.perf_counter()
        resource._initialize_dbt_core_adapter(["build", *setup.cli_args(), "--target", setup.target])
        out = {"adapter_init_s": time.perf_counter() - t0}
        os.chdir(cwd)
    elif name == "chdb":  # the embedded ClickHouse engine: first open in a process, then a re-open
        import clickhouse_connect

        from ai_etl.connections import project_warehouse, warehouse_url
        from ai_etl.project_files import load_project

        folder = load_project(Path(project_dir))
        url = warehouse_url(folder, project_warehouse(folder)[1])
        times = []
        for _ in range(2):
            t0 = time.perf_counter()
            client = clickhouse_connect.get_client(dsn=url)
            client.query("SELECT 1")
            client.close()
            times.append(time.perf_counter() - t0)
        out = {"first_open_s": times[0], "reopen_s": times[1]}
    elif name == "dbtrunner":  # dbt build in-process (dbtRunner) in a process that already imported dagster_dbt
        t0 = time.perf_counter()
        import dagster_dbt  # noqa: F401  (the Dagster process has this, and so dbt-core, imported already)
        from dbt.cli.main import dbtRunner

        from ai_etl.dbt.project import dbt_setup
        from ai_etl.project_files import load_project

        setup = dbt_setup(load_project(Path(project_dir)))
        target = setup.target_path / "exp_runner"
        t1 = time.perf_counter()
        result = dbtRunner().invoke([
            "build", "--project-dir", str(setup.project_dir), "--profiles-dir", str(setup.project_dir),
            "--target-path", str(target), "--log-path", str(target), "--log-format-file", "json",
            *setup.cli_args(), "--target", setup.target, "--select", "fqn:*",
        ])  # fmt: skip
        out = {"imports_s": t1 - t0, "invoke_s": time.perf_counter() - t1, "success": bool(result.success)}
    elif name == "verify":  # the mart and the raw table as the last run left them
        import clickhouse_connect

        from ai_etl.connections import project_warehouse, warehouse_url
        from ai_etl.project_files import load_project

        folder = load_project(Path(project_dir))
        url = warehouse_url(folder, project_warehouse(folder)[1])
        client = clickhouse_connect.get_client(dsn=url)
        mart = client.query("SELECT transaction_date, toString(total_amount), transactions FROM ecommerce.daily_sales ORDER BY 1").result_rows
        raw = client.query(f"SELECT count() FROM ecommerce.raw_{PIPELINE}__sales_transactions").result_rows[0][0]
        client.close()
        out = {"mart": [[str(d), a, int(n)] for d, a, n in mart], "raw_rows": int(raw)}
    print("PROBE " + json.dumps(out))


# ======================================================================== the benchmark


class Bench:
    def __init__(self, args):
        self.args = args
        self.run_dir = DATA / "run"
        self.ws = self.run_dir / "ws"
        self.project = self.ws / "projects" / "ecommerce"
        self.home = self.run_dir / "dagster_home"
        self.pg = None
        self.url = ""

    # ---------------------------------------------------------------- setup
    def setup(self) -> None:
        import psycopg

        from ai_etl.cli import DAGSTER_YAML
        from ai_etl.demo_data import generate
        from ai_etl.embedded_postgres import EmbeddedPostgres

        DATA.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        self.pg = EmbeddedPostgres(DATA / "postgres")
        self.url = self.pg.start(DB_NAME)
        with psycopg.connect(self.url, autocommit=True) as conn:
            sizes = generate(conn, rows=self.args.rows)
            self.expected = [
                [str(d), str(a), int(n)]
                for d, a, n in conn.execute(
                    "select transaction_date, sum(amount), count(*) from sales_transactions "
                    "where status = 'completed' and amount > 0 group by 1 order by 1"
                ).fetchall()
            ]
            self.source_rows = conn.execute("select count(*) from sales_transactions").fetchone()[0]
        print(f"setup: embedded PostgreSQL {self.url}, demo data {sizes} ({time.perf_counter() - started:.1f} s)", flush=True)

        if self.run_dir.exists():
            shutil.rmtree(self.run_dir)
        shutil.copytree(REPO / "projects", self.ws / "projects", ignore=shutil.ignore_patterns(".data", "lake"))
        shutil.copytree(REPO / "dbt_project", self.ws / "dbt_project", ignore=shutil.ignore_patterns("target", "logs"))
        self.home.mkdir(parents=True)
        (self.home / "dagster.yaml").write_text(DAGSTER_YAML)

        from ai_etl.dbt.project import dbt_executable, dbt_setup
        from ai_etl.project_files import load_project

        self.setup_ = dbt_setup(load_project(self.project))
        self.dbt = dbt_executable()
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", PREPARE], env=self.env(), capture_output=True, text=True, cwd=REPO)
        if done.returncode != 0:
            raise SystemExit(f"preparing the manifest failed:\n{done.stderr[-3000:]}")
        self.prepare_s = time.perf_counter() - started
        prepared = self.setup_.target_path / "partial_parse.msgpack"
        print(f"setup: manifest prepared (compile + dbt parse, as `ai-etl prepare`) in {self.prepare_s:.1f} s: "
              f"{self.setup_.manifest_path} (+ {prepared.name}: {prepared.exists()})", flush=True)
        self.direct_target = self.setup_.target_path / "direct"
        self.seed(self.direct_target)

    def seed(self, target: Path) -> None:
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        shutil.copy(self.setup_.target_path / "partial_parse.msgpack", target / "partial_parse.msgpack")

    def env(self, **extra) -> dict:
        return {
            **os.environ,
            "AI_ETL_PROJECT": str(self.project),
            "SHOP_DATABASE_URL": self.url,
            "DAGSTER_HOME": str(self.home),
            "PYTHONWARNINGS": "ignore",
            **extra,
        }

    def stop(self) -> None:
        if self.pg is not None:
            self.pg.stop()

    # ------------------------------------------------------------ one side
    def dagster_run(self, patches: list[str] | None = None) -> dict:
        argv = ["asset", "materialize", "-m", "ai_etl.definitions", "--select", SELECTION]
        if patches is None:
            command = [str(BIN / "dagster"), *argv]
        else:
            command = [sys.executable, __file__, "--_dagster", ",".join(patches), *argv]
        launched = time.time()
        done = subprocess.run(command, env=self.env(), capture_output=True, text=True, cwd=REPO)
        ended = time.time()
        if done.returncode != 0:
            raise SystemExit(f"dagster materialize failed:\n{done.stderr[-4000:]}")
        builds = next((line.split()[1:] for line in done.stderr.splitlines() if line.startswith("BUILDS ")), None)
        return {"launch": launched, "exit": ended, "wall": ended - launched, "builds": builds}

    def dbt_build(self, target: Path, extra: list[str] = ()) -> dict:
        command = [
            self.dbt, "build", "--project-dir", str(self.setup_.project_dir), "--profiles-dir", str(self.setup_.project_dir),
            "--target-path", str(target), "--log-path", str(target), "--log-format-file", "json",
            *self.product_args(), "--select", "fqn:*", *extra,
        ]  # fmt: skip
        env = {**os.environ, "DBT_SEND_ANONYMOUS_USAGE_STATS": "false", "DO_NOT_TRACK": "1"}
        launched = time.time()
        done = subprocess.run(command, env=env, capture_output=True, text=True, cwd=self.setup_.project_dir)
        ended = time.time()
        if done.returncode != 0:
            raise SystemExit(f"dbt build failed:\n{done.stdout[-3000:]}")
        return {"launch": launched, "exit": ended, "wall": ended - launched, "log": target / "dbt.log"}

    def product_args(self) -> list[str]:
        """What the dbt step passes: DbtSetup.cli_args() (--vars) and the resource's --target."""
        args = list(self.setup_.cli_args())
        return args if "--target" in args else [*args, "--target", self.setup_.target]

    def direct_run(self) -> dict:
        launched = time.time()
        done = subprocess.run([sys.executable, __file__, "--_direct-load", str(self.project)], env=self.env(), capture_output=True, text=True, cwd=REPO)
        loaded = time.time()
        if done.returncode != 0:
            raise SystemExit(f"direct load failed:\n{done.stderr[-3000:]}")
        load = json.loads(next(line for line in done.stdout.splitlines() if line.startswith("LOAD ")).removeprefix("LOAD "))
        dbt = self.dbt_build(self.direct_target)
        return {"launch": launched, "exit": dbt["exit"], "wall": dbt["exit"] - launched, "load_wall": loaded - launched, "load": load, "dbt": dbt}

    def probe(self, name: str) -> dict:
        done = subprocess.run([sys.executable, __file__, "--_probe", name, str(self.project)], env=self.env(), capture_output=True, text=True, cwd=REPO)
        if done.returncode != 0:
            raise SystemExit(f"probe {name} failed:\n{done.stderr[-3000:]}")
        return json.loads(next(line for line in done.stdout.splitlines() if line.startswith("PROBE ")).removeprefix("PROBE "))

    def timed(self, command: list[str]) -> float:
        started = time.perf_counter()
        subprocess.run(command, env=self.env(), capture_output=True, text=True, cwd=REPO, check=True)
        return time.perf_counter() - started


# ====================================================================== log analysis


def dbt_invocations(log: Path) -> list[list[dict]]:
    """dbt's JSON log file -> one list of events per invocation (ts as epoch seconds)."""
    if not log.exists():
        return []
    by_id: dict[str, list[dict]] = {}
    for line in log.read_text(errors="replace").splitlines():
        if not line.startswith("{"):
            continue
        try:
            info = json.loads(line)["info"]
        except (ValueError, KeyError):
            continue
        ts = datetime.fromisoformat(info["ts"].replace("Z", "+00:00")).timestamp()
        by_id.setdefault(info["invocation_id"], []).append({"name": info["name"], "ts": ts, "msg": info.get("msg", "")})
    return list(by_id.values())


def dbt_phases(events: list[dict]) -> dict:
    first = lambda name: next((e["ts"] for e in events if e["name"] == name), None)  # noqa: E731
    start, registered = events[0]["ts"], first("AdapterRegistered")
    found, finished, completed = first("FoundStats"), first("FinishedRunningStats"), first("CommandCompleted")
    messages = " ".join(e["msg"] for e in events if "arsing" in e["msg"] or "parse" in e["msg"])
    if "Unable to do partial parsing" in messages or "Starting full parse" in messages:
        mode = "full re-parse"
    elif "Partial parsing enabled" in messages:
        mode = "partial parse"
    else:
        mode = "?"
    opening = next((i for i, e in enumerate(events) if e["name"] == "NewConnectionOpening"), None)
    chdb = events[opening + 1]["ts"] - events[opening]["ts"] if opening is not None and opening + 1 < len(events) else None
    phases = {
        "start": start,
        "end": completed or events[-1]["ts"],
        "mode": mode,
        "startup_to_adapter_s": (registered - start) if registered else None,
        "parse_s": (found - registered) if found and registered else None,
        "execute_s": (finished - found) if finished and found else None,
        "chdb_first_query_s": chdb,
        "artifacts_s": (completed - finished) if completed and finished else None,
    }
    return phases


def invocation_between(log: Path, start: float, end: float) -> list[dict] | None:
    for events in dbt_invocations(log):
        if start - 1 <= events[0]["ts"] <= end:
            return events
    return None


def dagster_timeline(instance, run_id: str, run: dict, dbt_log: Path) -> dict:
    """Phases of one `dagster asset materialize` from its event log and dbt's log."""
    entries = instance.all_logs(run_id)
    kind = lambda e: e.dagster_event.event_type_value if e.dagster_event else None  # noqa: E731
    first_ts = min(e.timestamp for e in entries)
    at = lambda k, step=None: next((e.timestamp for e in entries if kind(e) == k and (step is None or e.step_key == step)), None)  # noqa: E731
    steps = []
    for e in entries:
        if kind(e) == "STEP_START":
            steps.append(e.step_key)
    msg_at = lambda prefix: next((e.timestamp for e in entries if (e.user_message or "").startswith(prefix)), None)  # noqa: E731
    extract = next(s for s in steps if "__extract__" in s or "raw" in s)  # `<project>__extract__<warehouse>[__retries_...]`
    dbt_step = next(s for s in steps if s.endswith("__dbt") or "__dbt__" in s or s.endswith("_dbt_models"))  # `<project>__dbt`
    others = [s for s in steps if s not in (extract, dbt_step)]
    load_s = None
    for e in entries:
        if kind(e) == "ASSET_MATERIALIZATION" and e.step_key == extract:
            value = e.dagster_event.event_specific_data.materialization.metadata.get("duration_s")
            load_s = getattr(value, "value", value)
    run_start = at("RUN_START") or at("PIPELINE_START")  # stored under the legacy PIPELINE_* names
    run_end = at("RUN_SUCCESS") or at("PIPELINE_SUCCESS") or at("RUN_FAILURE") or at("PIPELINE_FAILURE")
    x_start, x_end = at("STEP_START", extract), at("STEP_SUCCESS", extract)
    d_start, d_end = at("STEP_START", dbt_step), at("STEP_SUCCESS", dbt_step) or at("STEP_FAILURE", dbt_step)
    cmd, cmd_done = msg_at("Running dbt command"), msg_at("Finished dbt command")
    events = invocation_between(dbt_log, cmd or d_start, d_end)
    dbt = dbt_phases(events) if events else {}
    other_steps = sum((at("STEP_SUCCESS", s) or 0) - (at("STEP_START", s) or 0) for s in others)
    out = {
        "launch -> run created (CLI imports, definitions load, instance)": first_ts - run["launch"],
        "run created -> RUN_START": run_start - first_ts,
        "RUN_START -> first step start (resources, log capture)": x_start - run_start,
        "extract step (STEP_START -> STEP_SUCCESS)": x_end - x_start,
        "  of which load_from_postgres (metadata duration_s)": load_s,
        "extract end -> dbt step start": d_start - x_end,
        "dbt step start -> `Running dbt command` (dbt --version, adapter init)": (cmd - d_start) if cmd else None,
        "`Running dbt command` -> dbt's first log line (python + dbt imports)": (dbt["start"] - cmd) if dbt and cmd else None,
        "dbt: start -> adapter registered": dbt.get("startup_to_adapter_s"),
        "dbt: parse (adapter registered -> Found N models)": dbt.get("parse_s"),
        "dbt: execute 8 nodes (incl. chDB engine start)": dbt.get("execute_s"),
        "dbt: artifacts (run_results, manifest)": dbt.get("artifacts_s"),
        "dbt CommandCompleted -> `Finished dbt command` (exit, dagster-dbt)": (cmd_done - dbt["end"]) if dbt and cmd_done else None,
        "`Finished dbt command` -> dbt step end (row counts in chDB, events)": (d_end - cmd_done) if cmd_done else None,
        f"other steps ({len(others)}: freshness check)": other_steps,
        "gaps between steps and up to RUN_SUCCESS": (run_end - d_end) - other_steps,
        "RUN_SUCCESS -> process exit": run["exit"] - run_end,
    }
    out["_mode"] = dbt.get("mode", "?")
    out["_dbt_chdb_first_query_s"] = dbt.get("chdb_first_query_s")
    return out


def direct_timeline(run: dict) -> dict:
    events = invocation_between(run["dbt"]["log"], run["dbt"]["launch"], run["dbt"]["exit"])
    dbt = dbt_phases(events) if events else {}
    load = run["load"]
    out = {
        "load process: launch -> exit": run["load_wall"],
        "  of which imports": load["import_s"],
        "  of which load_from_postgres (incl. chDB engine start)": load["load_s"],
        "dbt launch -> dbt's first log line (python + dbt imports)": (dbt["start"] - run["dbt"]["launch"]) if dbt else None,
        "dbt: start -> adapter registered": dbt.get("startup_to_adapter_s"),
        "dbt: parse (adapter registered -> Found N models)": dbt.get("parse_s"),
        "dbt: execute 8 nodes (incl. chDB engine start)": dbt.get("execute_s"),
        "dbt: artifacts (run_results, manifest)": dbt.get("artifacts_s"),
        "dbt CommandCompleted -> process exit": (run["dbt"]["exit"] - dbt["end"]) if dbt else None,
    }
    out["_mode"] = dbt.get("mode", "?")
    return out


def med(values) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def fmt(value, width: int = 7) -> str:
    return f"{'-':>{width}}" if value is None else f"{value:>{width}.2f}"


def print_phases(title: str, timelines: list[dict]) -> None:
    print(title)
    keys = [k for k in timelines[0] if not k.startswith("_")]
    for key in keys:
        values = [t.get(key) for t in timelines]
        print(f"  {key:<78} {fmt(med(values))}   " + " ".join(fmt(v, 6) for v in values))
    print(f"  {'dbt parse mode per rep':<78} {'':>7}   " + ", ".join(t["_mode"] for t in timelines))


# ==================================================================== py-spy profile

SPY_RULES = [  # ordered: the first rule matching any frame of a main-thread sample names it
    ("dagster-dbt: `dbt --version` subprocess (DbtCliResource._cli_version)", ("_cli_version",)),
    ("dagster-dbt: adapter init, ManifestLoader.load_macros", ("load_macros",)),
    ("dagster-dbt: adapter init, rest (dbt imports, profile, register_adapter)", ("_initialize_dbt_core_adapter",)),
    ("dbt build subprocess: waiting on its stdout (DbtCliInvocation stream)", ("_stream_stdout",)),
    ("definitions load: build_definitions", ("build_definitions",)),
    ("definitions load: imports (dagster_dbt, dbt-core, dagster_aws, polars...)", ("load_python_module",)),
    ("imports: dagster CLI start-up, lazy imports during the run", ("_find_and_load",)),
    ("dagster-dbt: other (selection on the manifest graph, events, run_results)", ("dagster_dbt/",)),
    ("ai_etl: row counts and mart profiles after dbt (chDB open + queries)", ("_row_counts_and_profiles",)),
    ("ai_etl: extract, load_from_postgres (chDB engine start + load)", ("load_from_postgres",)),
    ("ai_etl: extract, rest (describe source, ...)", ("_extract (",)),
    ("dagster: instance (sqlite storage) create", ("create_instance_from", "DagsterInstance.get")),
    ("dagster: event log writes (store_event)", ("store_event", "handle_new_event")),
    ("dagster: compute log capture", ("compute_log", "capture_logs", "redirect_to_file")),
    ("dagster: run + plan creation", ("create_run", "create_execution_plan", "ExecutionPlan.build")),
    ("no Python frame (interpreter start-up and shut-down)", ("\x00",)),
    ("dagster: other", ("",)),
]


def spy_report(raw: Path, rate: int) -> list[str]:
    lines: list[str] = []
    per_rule: Counter = Counter()
    procs: dict[str, str] = {}
    proc_threads: Counter = Counter()
    main_pid = None
    for line in raw.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        frames, n = stack.split(";"), int(count)
        proc_frames = [f for f in frames if f.startswith("process ")]
        thread_frames = [f for f in frames if f.startswith("thread ")]
        leaf_proc = proc_frames[-1].split(":")[0] if proc_frames else "?"
        for f in proc_frames:
            procs.setdefault(f.split(":")[0], f.split(":", 1)[1][:150])
        if main_pid is None and proc_frames:
            main_pid = proc_frames[0].split(":")[0]
        is_main_thread = bool(thread_frames) and "MainThread" in thread_frames[-1]
        proc_threads[(leaf_proc, thread_frames[-1] if thread_frames else "")] += n
        if leaf_proc != main_pid or not is_main_thread:
            continue
        python_frames = [f for f in frames if not f.startswith(("process ", "thread "))]
        for label, needles in SPY_RULES:
            if not python_frames:
                if label.startswith("no Python frame"):
                    per_rule[label] += n
                    break
                continue
            if any(needle in frame for frame in python_frames for needle in needles):
                per_rule[label] += n
                break
    total = sum(per_rule.values())
    lines.append(f"main thread of the `dagster asset materialize` process: {total / rate:.1f} s sampled (wall, idle included)")
    for label, _ in SPY_RULES:
        if per_rule[label]:
            lines.append(f"  {per_rule[label] / rate:7.2f} s  {100 * per_rule[label] / total:5.1f} %  {label}")
    lifetime: Counter = Counter()
    for (pid, _), n in proc_threads.items():
        lifetime[pid] = max(lifetime[pid], n)
    lines.append("processes of the run (lifetime = samples of their longest-lived thread):")
    for pid, n in lifetime.most_common():
        lines.append(f"  {n / rate:7.2f} s  {pid}: {procs.get(pid, '?')}")
    return lines


# ============================================================================== main


def provenance() -> str:
    """The product code measured: commit, and files changed since (another engineer edits in parallel)."""
    head = subprocess.run(["git", "-C", str(REPO), "log", "-1", "--format=%h %s"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--", "ai_etl", "plugins", "dbt_project", "projects", "pyproject.toml"],
                           capture_output=True, text=True).stdout.split("\n")  # fmt: skip
    changed = [line[3:] for line in dirty if line.strip()]
    return f"product at {head[:90]}" + (f"; uncommitted: {', '.join(changed)}" if changed else "; no uncommitted changes")


def alternate(n: int, variants: list[str]) -> list[str]:
    """Round-robin with the order rotated every round (ABC, BCA, CAB...) against drift."""
    order = []
    for i in range(n):
        k = i % len(variants)
        order += variants[k:] + variants[:k]
    return order


def summary_row(name: str, values: list[float]) -> str:
    return f"{name:<44} {statistics.median(values):>8.2f} {min(values):>7.2f} {max(values):>7.2f}   " + " ".join(f"{v:.2f}" for v in values)


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--_dagster":
        child_dagster([p for p in sys.argv[2].split(",") if p], sys.argv[3:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each side, alternating (default 3; medians)")
    parser.add_argument("--rows", type=int, default=10_000, help="demo data size: orders / sales_transactions rows (default 10000)")
    parser.add_argument("--no-experiments", action="store_true", help="skip the monkeypatched Dagster runs and the dbt parse experiments")
    parser.add_argument("--no-profile", action="store_true", help="skip the py-spy profile of one Dagster run")
    parser.add_argument("--keep", action="store_true", help="keep the workspace (bench/.data/orchestration_overhead/run)")
    parser.add_argument("--monitoring-ab", action="store_true", help="also: runs with and without the anomaly asset checks, alternating (monitoring's cost)")
    parser.add_argument("--_direct-load", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--_probe", nargs=2, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._direct_load:
        child_direct_load(args._direct_load)
        return 0
    if args._probe:
        child_probe(*args._probe)
        return 0

    started = time.time()
    print(f"orchestration_overhead: --repeat {args.repeat} --rows {args.rows}; load average {os.getloadavg()[0]:.2f} (2 cores)", flush=True)
    print(provenance(), flush=True)
    bench = Bench(args)
    try:
        bench.setup()
        return run(bench, args, started)
    finally:
        bench.stop()
        if not args.keep:
            shutil.rmtree(bench.run_dir, ignore_errors=True)


def run(bench: Bench, args, started: float) -> int:
    import dagster as dg

    instance = dg.DagsterInstance.from_config(str(bench.home))
    run_log = bench.setup_.target_path / "run" / "dbt.log"

    # ------------------------------------------------------------ side by side
    results: dict[str, list[dict]] = {"dagster": [], "direct": []}
    for i, side in enumerate(alternate(args.repeat, ["dagster", "direct"])):
        if side == "dagster":
            run = bench.dagster_run()
            run["run_id"] = instance.get_runs(limit=1)[0].run_id
        else:
            run = bench.direct_run()
        results[side].append(run)
        print(f"  rep {len(results[side])} {side:<8} {run['wall']:6.2f} s", flush=True)

    dagster_times = [r["wall"] for r in results["dagster"]]
    direct_times = [r["wall"] for r in results["direct"]]
    dagster_timelines = [dagster_timeline(instance, r["run_id"], r, run_log) for r in results["dagster"]]
    direct_timelines = [direct_timeline(r) for r in results["direct"]]

    print()
    print(f"{'side':<44} {'median s':>8} {'min':>7} {'max':>7}   per rep")
    print("-" * 90)
    print(summary_row("dagster asset materialize (one process)", dagster_times))
    print(summary_row("direct: load process + dbt build", direct_times))
    print(summary_row("  direct (a) load process", [r["load_wall"] for r in results["direct"]]))
    print(summary_row("  direct (b) dbt build", [r["dbt"]["wall"] for r in results["direct"]]))
    ratio = statistics.median(dagster_times) / statistics.median(direct_times)
    print(f"overhead ratio {ratio:.2f} (target <= 2.00); Dagster adds {statistics.median(dagster_times) - statistics.median(direct_times):.1f} s per run")

    monitoring = ""
    if args.monitoring_ab:  # the same wrapper both ways, so only the checks differ
        print()
        print("MONITORING A/B (alternating; the anomaly asset checks run after each materialization)")
        ab: dict[str, list[float]] = {"with checks": [], "without checks": []}
        for name in alternate(args.repeat, list(ab)):
            patches = ["count_builds"] + (["no_anomaly_checks"] if name == "without checks" else [])
            ab[name].append(bench.dagster_run(patches)["wall"])
            print(f"  rep {len(ab[name])} {name:<15} {ab[name][-1]:6.2f} s", flush=True)
        for name, values in ab.items():
            print(summary_row(f"dagster run, {name}", values))
        added = statistics.median(ab["with checks"]) / statistics.median(ab["without checks"]) - 1
        print(f"monitoring adds {100 * added:+.1f}% to a run (target <= 3%)")
        monitoring = f" monitoring_overhead_pct={100 * added:.1f}"

    print()
    print("WHERE THE TIME GOES (medians, then per rep; seconds)")
    print_phases("dagster side (event log + dbt's JSON log):", dagster_timelines)
    print_phases("direct side (process clocks + dbt's JSON log):", direct_timelines)

    # ---------------------------------------------------------- component costs
    print()
    print("component costs, each in fresh processes (median of --repeat):")
    comp: dict[str, list[float]] = {}
    for _ in range(args.repeat):
        comp.setdefault("python -c pass (interpreter start)", []).append(bench.timed([sys.executable, "-c", "pass"]))
        defs = bench.probe("defs")
        comp.setdefault("import dagster", []).append(defs["import_dagster_s"])
        comp.setdefault("import the rest of ai_etl.definitions' modules (dagster_dbt, dbt-core, dagster_aws...)", []).append(defs["import_rest_s"])
        comp.setdefault("build_definitions (prepared manifest: compile check, fingerprint, @dbt_assets)", []).append(defs["build_s"])
        comp.setdefault("= imports + definitions, in-process total", []).append(defs["total_s"])
        comp.setdefault(f"`python -c '{BUILD_DEFS}'` wall", []).append(bench.timed([sys.executable, "-c", BUILD_DEFS]))
        comp.setdefault("  of which dagster_aws.s3 import (ai_etl.resources.files; after dagster)", []).append(bench.probe("aws")["import_dagster_aws_s"])
        comp.setdefault("`dbt --version` wall (dagster-dbt runs it once per process)", []).append(bench.timed([bench.dbt, "--version"]))
        comp.setdefault("DbtCliResource._initialize_dbt_core_adapter (in-process, after imports)", []).append(bench.probe("adapter")["adapter_init_s"])
        chdb = bench.probe("chdb")
        comp.setdefault("chDB engine: first open + SELECT 1 in a process", []).append(chdb["first_open_s"])
        comp.setdefault("chDB engine: re-open in the same process", []).append(chdb["reopen_s"])
    for key, values in comp.items():
        print(f"  {key:<92} {statistics.median(values):6.2f}   " + " ".join(f"{v:.2f}" for v in values))

    # ------------------------------------------------------------- experiments
    if not args.no_experiments:
        print()
        print("EXPERIMENTS (bench-only; alternating, --repeat runs each; medians)")
        variants = {
            "E0 baseline: the product as it is (same wrapper)": ["count_builds"],
            "U  dagster-dbt defaults restored (`dbt --version` + adapter init)": ["count_builds", "upstream_dbt"],
            "E1 skip `dbt --version` and the adapter init (no-op if done)": ["count_builds", "version", "adapter"],
            "E2 E1 + definitions built once per process (+ lazy dagster_aws)": ["version", "adapter", "lazy_aws", "cache_defs"],
            "E3 E2 + os._exit after the CLI returns (no interpreter teardown)": ["version", "adapter", "lazy_aws", "cache_defs", "fast_exit"],
        }
        times: dict[str, list[float]] = {name: [] for name in variants}
        lines: dict[str, list[dict]] = {name: [] for name in variants}
        builds: dict[str, str] = {}
        for name in alternate(args.repeat, list(variants)):
            run = bench.dagster_run(variants[name])
            times[name].append(run["wall"])
            if run["builds"]:
                builds[name] = f"{run['builds'][0]} builds, {float(run['builds'][1]):.2f} s"
            lines[name].append(dagster_timeline(instance, instance.get_runs(limit=1)[0].run_id, run, run_log))
            print(f"  {name:<64} {times[name][-1]:6.2f} s  ({lines[name][-1]['_mode']})", flush=True)
        base = statistics.median(times["E0 baseline: the product as it is (same wrapper)"])
        direct_m = statistics.median(direct_times)
        keys = {
            "launch -> run created (CLI imports, definitions load, instance)": "to run",
            "dbt step start -> `Running dbt command` (dbt --version, adapter init)": "pre-dbt",
            "`Running dbt command` -> dbt's first log line (python + dbt imports)": "dbt boot",
            "dbt: parse (adapter registered -> Found N models)": "dbt parse",
            "RUN_SUCCESS -> process exit": "exit",
        }
        print(f"  {'dagster variant (medians, s)':<64} {'wall':>6} {'saves':>6} {'/direct':>7} " + " ".join(f"{v:>9}" for v in keys.values()))
        for name, values in times.items():
            m = statistics.median(values)
            phases = " ".join(fmt(med(t.get(k) for t in lines[name]), 9) for k in keys)
            print(f"  {name:<64} {m:6.2f} {base - m:6.2f} {m / direct_m:7.2f} {phases}   {builds.get(name, '')}")
        print("  (builds: calls of build_definitions in the run's process and their total time, last run of the variant)")

        dbt_variants = {
            "D1 prepared msgpack copied into the target (= direct side)": "seeded",
            "D2 empty target dir (what the first Dagster run after a parse gets)": "empty",
            "D3 empty target + --partial-parse-file-path <prepared msgpack>": "file_path",
            "D4 D1 + --no-partial-parse-file-diff (skip the file diff)": "no_diff",
            "D5 D1 + --no-partial-parse (forces a full parse)": "no_partial",
        }
        dbt_times: dict[str, list[float]] = {name: [] for name in dbt_variants}
        dbt_modes: dict[str, list[str]] = {name: [] for name in dbt_variants}
        for name in alternate(args.repeat, list(dbt_variants)):
            kind = dbt_variants[name]
            target = bench.setup_.target_path / f"exp_{kind}"
            prepared = bench.setup_.target_path / "partial_parse.msgpack"
            if kind == "empty" or kind == "file_path":
                shutil.rmtree(target, ignore_errors=True)
                target.mkdir(parents=True)
            else:
                bench.seed(target)
            extra = {
                "file_path": ["--partial-parse-file-path", str(prepared)],
                "no_diff": ["--no-partial-parse-file-diff"],
                "no_partial": ["--no-partial-parse"],
            }.get(kind, [])
            r = bench.dbt_build(target, extra)
            events = invocation_between(r["log"], r["launch"], r["exit"])
            phases = dbt_phases(events) if events else {}
            dbt_times[name].append(r["wall"])
            dbt_modes[name].append(f"{phases.get('mode', '?')} {fmt(phases.get('parse_s'), 4)}s")
            print(f"  {name:<72} {r['wall']:6.2f} s  ({dbt_modes[name][-1]})", flush=True)
        runner = "D6 dbtRunner().invoke in a process that imported dagster_dbt (invoke only)"
        dbt_times[runner], dbt_modes[runner] = [], []
        for _ in range(args.repeat):
            bench.seed(bench.setup_.target_path / "exp_runner")
            started_at = time.time()
            got = bench.probe("dbtrunner")
            events = invocation_between(bench.setup_.target_path / "exp_runner" / "dbt.log", started_at, time.time())
            phases = dbt_phases(events) if events else {}
            dbt_times[runner].append(got["invoke_s"])
            dbt_modes[runner].append(f"{phases.get('mode', '?')} {fmt(phases.get('parse_s'), 4)}s, ok={got['success']}")
            print(f"  {runner:<72} {got['invoke_s']:6.2f} s  ({dbt_modes[runner][-1]})", flush=True)
        base = statistics.median(dbt_times["D1 prepared msgpack copied into the target (= direct side)"])
        print(f"  {'dbt build variant':<72} {'median':>7} {'vs D1':>7}   parse per rep")
        for name, values in dbt_times.items():
            m = statistics.median(values)
            print(f"  {name:<72} {m:7.2f} {m - base:+7.2f}   " + "; ".join(dbt_modes[name]))

    # ---------------------------------------------------------------- profile
    if not args.no_profile:
        print()
        spy = shutil.which("py-spy") or str(BIN / "py-spy")
        if not Path(spy).exists():
            print("py-spy not installed (.venv/bin/pip install py-spy): profile skipped")
        else:
            rate = 50
            raw = DATA / "pyspy_dagster.txt"
            command = [spy, "record", "-o", str(raw), "-f", "raw", "-r", str(rate), "--subprocesses", "--idle", "--threads", "--",
                       str(BIN / "dagster"), "asset", "materialize", "-m", "ai_etl.definitions", "--select", SELECTION]  # fmt: skip
            t0 = time.perf_counter()
            done = subprocess.run(command, env=bench.env(), capture_output=True, text=True, cwd=REPO)
            wall = time.perf_counter() - t0
            print(f"PY-SPY PROFILE of one Dagster run ({wall:.1f} s under py-spy at {rate} Hz, exit {done.returncode}; raw stacks: {raw})")
            if raw.exists():
                for line in spy_report(raw, rate):
                    print("  " + line)

    # ------------------------------------------------------------------ verify
    from decimal import Decimal

    got = bench.probe("verify")
    same = lambda rows: [(d, Decimal(a), n) for d, a, n in rows]  # noqa: E731
    mart_ok = same(got["mart"]) == same(bench.expected)
    ok = mart_ok and got["raw_rows"] == bench.source_rows
    print()
    print(f"verified: mart {len(got['mart'])} rows {'==' if mart_ok else '!='} the aggregate in PostgreSQL; "
          f"raw {got['raw_rows']} rows {'==' if got['raw_rows'] == bench.source_rows else '!='} source {bench.source_rows}")
    print(f"total bench time {time.time() - started:.0f} s; load average now {os.getloadavg()[0]:.2f}")
    print()
    print(f"RESULT overhead_ratio={ratio:.2f} dagster_s={statistics.median(dagster_times):.2f} direct_s={statistics.median(direct_times):.2f}{monitoring}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
