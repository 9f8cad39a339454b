"""`ai-etl`: the product's command line. User mistakes print one sentence and exit 2, never a traceback."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
import warnings
from pathlib import Path

from ai_etl.errors import UserError

WORKSPACE_ROOT = Path(__file__).resolve().parent.parent
DAGSTER_YAML = """\
# Written by ai-etl (v2). Embedded chDB is single-process: steps that touch the warehouse share one
# pool slot across runs (pool "warehouse:<connector>"), so concurrent runs queue instead of failing.
concurrency:
  pools:
    default_limit: 1
# The daemon (`dagster dev`) fails runs that never start or hang while canceling, and frees the slots
# that ended runs still hold; runs whose process died are failed by ai_etl/dead_runs.py.
run_monitoring:
  enabled: true
  start_timeout_seconds: 180
  cancel_timeout_seconds: 180
  poll_interval_seconds: 30
  free_slots_after_run_end_seconds: 30
telemetry:
  enabled: false
# Evaluate each asset's FreshnessPolicy (derived from its pipeline's schedule) in the daemon.
freshness:
  enabled: true
"""


def _project_dir(args) -> Path:
    return Path(args.project or os.environ.get("AI_ETL_PROJECT") or WORKSPACE_ROOT / "projects" / "ecommerce").resolve()


def _folder(args):
    from ai_etl.project_files import load_project

    return load_project(_project_dir(args))


def dagster_home(root: Path) -> Path:
    """DAGSTER_HOME from the environment, or `.dagster_home/` of the workspace (SQLite storage)."""
    home = Path(os.environ.get("DAGSTER_HOME") or root / ".dagster_home").resolve()
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    # an older file ai-etl wrote (no run monitoring) is brought up to date; a user's own file is kept
    if not config.exists() or (config.read_text().startswith("# Written by ai-etl") and "run_monitoring" not in config.read_text()):
        config.write_text(DAGSTER_YAML)
    return home


def _embedded_servers(folder):
    from ai_etl.embedded_postgres import EmbeddedPostgres
    from ai_etl.spec import PostgresConnector

    for name, connector in folder.project.connectors.items():
        if isinstance(connector, PostgresConnector) and connector.embedded is not None:
            yield name, connector, EmbeddedPostgres(folder.resolve(connector.embedded.data_dir))


def _embedded_brokers(folder):
    from ai_etl.embedded_broker import EmbeddedBroker
    from ai_etl.spec import KafkaConnector

    for name, connector in folder.project.connectors.items():
        if isinstance(connector, KafkaConnector) and connector.embedded_broker is not None:
            embedded = connector.embedded_broker
            yield name, EmbeddedBroker(folder.resolve(embedded.data_dir), embedded.storage, embedded.s3_endpoint_url, embedded.s3_region)


# ------------------------------------------------------------------ commands


def cmd_db(args) -> int:
    folder = _folder(args)
    servers = list(_embedded_servers(folder))
    if not servers:
        print("This project has no embedded PostgreSQL connector.")
    for name, connector, server in servers:
        if args.action == "start":
            print(f"{name}: running at {server.start(connector.embedded.database)}")
        elif args.action == "stop":
            print(f"{name}: {'stopped' if server.stop() else 'was not running'}")
        else:
            port = server.port()
            print(f"{name}: " + (f"running on 127.0.0.1:{port}" if port else "stopped") + f" (data in {server.data_dir})")
    return 0


def cmd_broker(args) -> int:
    """The project's embedded Kafka brokers (tansu; in memory a restart loses their messages, on S3 it does not)."""
    folder = _folder(args)
    brokers = list(_embedded_brokers(folder))
    if not brokers:
        print("This project has no embedded Kafka connector (add one: `type: kafka` in project.yaml).")
    for name, broker in brokers:
        storage = (
            f"storage {broker.storage}: topics, messages and group offsets survive a restart"
            if broker.durable else "memory storage: stopping or restarting it loses its topics and messages"
        )  # fmt: skip
        if args.action == "start":
            state = broker.start()
            print(f"{name}: running at 127.0.0.1:{state.port} (pid {state.pid}; {storage})")
        elif args.action == "stop":
            gone = "its data stays in " + broker.storage if broker.durable else "its topics and messages are gone"
            print(f"{name}: {f'stopped ({gone})' if broker.stop() else 'was not running'}")
        else:
            state = broker.state()
            where = f"running on 127.0.0.1:{state.port} (pid {state.pid})" if state else "stopped"
            print(f"{name}: {where}; {storage} (state in {broker.data_dir})")
    return 0


def cmd_demo_data(args) -> int:
    from ai_etl.connections import postgres_resource
    from ai_etl.demo_data import generate

    folder = _folder(args)
    connector = folder.project.connector(args.connector)
    resource = postgres_resource(folder, connector).process_config_and_initialize()
    started = time.perf_counter()
    with resource.connect() as conn:
        sizes = generate(conn, rows=args.rows, seed=args.seed)
    counts = ", ".join(f"{table} {n:,}" for table, n in sizes.model_dump().items())
    print(f"Generated `{args.connector}` (seed {args.seed}) in {time.perf_counter() - started:.1f} s: {counts}.")
    return 0


def cmd_prepare(args) -> int:
    """Compile pipeline files to dbt files, parse dbt, record edits: what loading the location reads."""
    from ai_etl.prepare import prepare_project

    report = prepare_project(_folder(args), force_parse=getattr(args, "force", False))
    print(f"prepared {report.summary()}")
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


def _prepare_quietly(args) -> None:
    """After a command wrote files: what the location reads must follow (it never writes itself)."""
    from ai_etl.prepare import prepare_project

    prepare_project(_folder(args))


def cmd_validate(args) -> int:
    """Files, environment, then every pipeline against the real source schema (one line per problem)."""
    from ai_etl.connections import missing_secrets
    from ai_etl.validation import project_faults, validate_project

    folder = _folder(args)
    if args.pipeline:
        folder.pipeline(args.pipeline)  # a broken or unknown pipeline: its own error
    secrets = missing_secrets(folder)
    if secrets:
        raise UserError(secrets[0])
    # every file the code location would leave out, then every good pipeline against the source
    problems: list = project_faults(folder, [args.pipeline] if args.pipeline else None)
    if not args.offline:
        problems += validate_project(folder, [args.pipeline] if args.pipeline else None)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if problems:
        return 2
    checked = "files only" if args.offline else "against the source schema"
    if args.pipeline:
        print(f"Pipeline '{args.pipeline}' of project '{folder.name}' is valid ({checked}).")
    else:
        print(f"Project '{folder.name}' is valid ({checked}): {len(folder.pipelines)} pipeline(s), {len(folder.project.connectors)} connector(s).")
    return 0


def materialize(folder, pipeline: str):
    """One pipeline's run of the project job, in this process, on the workspace's Dagster instance."""
    import dagster as dg

    from ai_etl.pipeline_runs import launch_pipeline_run

    home = dagster_home(folder.root.parent.parent)
    os.environ.update(AI_ETL_PROJECT=str(folder.root), DAGSTER_HOME=str(home))  # for step processes too
    with dg.DagsterInstance.from_config(str(home)) as instance:
        return launch_pipeline_run(instance, folder.name, pipeline)


def cmd_materialize(args) -> int:
    from ai_etl.prepare import prepare_project

    folder = _folder(args)
    if args.pipeline:
        folder.pipeline(args.pipeline)  # a broken or unknown pipeline: its own error, before any work
    prepared = prepare_project(folder, just_read=True)  # what the location reads must follow the files (it never writes itself)
    broken = {**folder.broken, **prepared.unparsable}  # the unparsable: models dbt skips (a hand edit it cannot parse)
    for warning in prepared.warnings:  # regenerated files, models that lack what their pipeline asks for
        if warning not in broken.values():
            print(f"warning: {warning}", file=sys.stderr)
    if args.pipeline in prepared.unparsable:
        raise UserError(prepared.unparsable[args.pipeline])
    names = [args.pipeline] if args.pipeline else [name for name in folder.pipelines if name not in broken]
    for name in names:
        folder.pipeline(name)
        started = time.perf_counter()
        with contextlib.redirect_stdout(sys.stderr):  # dbt's progress (dagster-dbt echoes it on stdout) is a diagnostic
            outcome = materialize(folder, name)
        if outcome.interrupted:  # the load's thread may still be inside chDB: leave without waiting for it
            print(f"error: stopped: run {outcome.run_id[:8]} of pipeline {name} was interrupted; its tables keep their previous content.", file=sys.stderr, flush=True)
            sys.stdout.flush()
            os._exit(130)
        if not outcome.success:
            raise UserError(f"Materializing pipeline {name} failed (run {outcome.run_id[:8]}): {outcome.error}")
        print(f"Materialized pipeline {name} in {time.perf_counter() - started:.1f} s.")
    if not args.pipeline and broken:  # every other pipeline ran; the broken ones could not
        for why in broken.values():
            print(f"error: {why}", file=sys.stderr)
        return 2
    return 0


def cmd_demo(args) -> int:
    """The main job on embedded defaults: database up, demo data, dbt parse, materialize, show the mart."""
    from ai_etl.connections import clickhouse_resource, project_warehouse

    args.connector = "shop"
    cmd_db(argparse.Namespace(project=args.project, action="start"))
    cmd_demo_data(args)
    cmd_prepare(argparse.Namespace(project=args.project, force=False))
    args.pipeline = "daily_sales"
    cmd_materialize(args)
    folder = _folder(args)
    warehouse = clickhouse_resource(folder, project_warehouse(folder)[1]).process_config_and_initialize()
    table = f"{warehouse.database}.{folder.pipelines['daily_sales'].target.table}"
    with warehouse.get_client() as client:
        total, rows = client.query(f"SELECT count(), sum(total_amount) FROM {table}").result_rows[0]
        sample = client.query(f"SELECT * FROM {table} ORDER BY transaction_date LIMIT 3").result_rows
    print(f"\n{table}: {total:,} days, total {rows:,}. First rows:")
    for row in sample:
        print("   ", *row)
    home = dagster_home(WORKSPACE_ROOT)
    print(
        "\nNext:\n"
        f"  DAGSTER_HOME={home} .venv/bin/dagster dev      # then open http://127.0.0.1:3000/asset-groups\n"
        "  the asset graph shows source -> raw -> staging -> mart, with dbt tests as checks.\n"
        "  .venv/bin/ai-etl db stop                        # stop the embedded PostgreSQL when done"
    )
    return 0


def cmd_generate(args) -> int:
    """plan -> ground -> write -> validate -> reflect; summary; confirm; write."""
    from ai_etl.agents.generate_command import run_generate

    return run_generate(_folder(args), args.request, yes=args.yes, as_json=args.json, max_cycles=args.max_cycles, use_cache=not args.no_cache)


def cmd_ask(args) -> int:
    from ai_etl.ask import run_ask

    return run_ask(_folder(args), args.question, as_json=args.json, limit=args.limit, save=args.save)


def cmd_cache(args) -> int:
    from ai_etl.cache.commands import run_cache

    return run_cache(_folder(args), args)


def cmd_eval(args) -> int:
    from ai_etl.evaluation.runner import run_eval_command

    return run_eval_command(_folder(args), Path(args.cases), as_json=args.json, only=args.case)


def cmd_artifacts(args) -> int:
    from ai_etl.artifacts.commands import run_artifacts

    return run_artifacts(_folder(args), args)


def cmd_cdc(args) -> int:
    from ai_etl.cdc.commands import run_cdc

    return run_cdc(_folder(args), args)


def cmd_metrics(args) -> int:
    from ai_etl.telemetry.commands import run_metrics

    return run_metrics(_folder(args), args)


def cmd_profile(args) -> int:
    from ai_etl.monitoring.profile_command import run_profile

    return run_profile(_folder(args), args)


def cmd_report(args) -> int:
    from ai_etl.monitoring.report_command import run_report

    return run_report(_folder(args), args)


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="ai-etl", description=__doc__)
    commands = main.add_subparsers(dest="command", required=True)

    def command(name: str, handler, help_text: str, aliases: list[str] = ()) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text, aliases=list(aliases))
        sub.add_argument("--project", help="project folder (default: $AI_ETL_PROJECT or projects/ecommerce)")
        sub.set_defaults(handler=handler)
        return sub

    db = command("db", cmd_db, "Start, stop or show the project's embedded PostgreSQL servers.")
    db.add_argument("action", choices=["start", "stop", "status"])
    broker = command("broker", cmd_broker, "Start, stop or show the project's embedded Kafka broker (in memory a restart loses its data; on S3 it does not).")
    broker.add_argument("action", choices=["start", "stop", "status"])
    data = command("demo-data", cmd_demo_data, "Fill a PostgreSQL connector with the deterministic demo shop data.")
    data.add_argument("--rows", type=int, default=10_000, help="rows in `orders` (other tables scale with it)")
    data.add_argument("--seed", type=int, default=42)
    data.add_argument("--connector", default="shop")
    prep = command(
        "prepare", cmd_prepare,
        "Compile pipeline files to dbt files, parse dbt and record hand edits (loading the location only reads what this writes).",
        aliases=["dbt-parse"],
    )  # fmt: skip
    prep.add_argument("--force", action="store_true", help="parse even when the manifest is fresh")
    validate = command("validate", cmd_validate, "Check project and pipeline files, the environment, and every column against the source.")
    validate.add_argument("--pipeline", help="one pipeline (default: all)")
    validate.add_argument("--offline", action="store_true", help="check files and environment only, not the source")
    mat = command("materialize", cmd_materialize, "Materialize pipelines: one run of the project job per pipeline, tagged with it (as its schedule runs it).")
    mat.add_argument("--pipeline", help="one pipeline (default: all)")
    gen = command("generate", cmd_generate, "Turn a plain-language request into a validated pipeline (spec + dbt models + tests).")
    gen.add_argument("request", help='e.g. "Load customer data from PostgreSQL to ClickHouse daily at 2 AM"')
    gen.add_argument("--yes", action="store_true", help="write without asking")
    gen.add_argument("--json", action="store_true", help="print the result as JSON (writes only with --yes)")
    gen.add_argument("--max-cycles", type=int, default=2, help="Reflector rounds when validation fails (default 2)")
    gen.add_argument("--no-cache", action="store_true", help="ask the models even for a verified repeat or paraphrase")
    ask = command("ask", cmd_ask, "Answer a question as a table, read-only: the reading, the SQL and the rows (no answer rather than a wrong one).")
    ask.add_argument("question", help='e.g. "Which region had the most revenue from completed orders?"')
    ask.add_argument("--save", action="store_true", help="also write the pipeline into the project")
    ask.add_argument("--json", action="store_true")
    ask.add_argument("--limit", type=int, default=50, help="rows to print (default 50)")
    cache = command("cache", cmd_cache, "The semantic cache of generations: stats, clear, or lookup a request (no model is called).")
    cache.add_argument("action", choices=["stats", "clear", "lookup"])
    cache.add_argument("request", nargs="?", help="lookup: the request to probe")
    cache.add_argument("--json", action="store_true")
    ev = command("eval", cmd_eval, "Score the agents on a case file by the rules of shared/eval/README.md.")
    ev.add_argument("cases", help="a cases YAML file, e.g. ../shared/eval/requests.yaml")
    ev.add_argument("--json", action="store_true")
    ev.add_argument("--case", action="append", help="run only this case id (repeatable)")
    art = command("artifacts", cmd_artifacts, "Versions of generated and hand-edited files: list, show, diff, accept, reject, rollback.")
    art.add_argument("action", choices=["list", "show", "diff", "accept", "reject", "rollback"])
    art.add_argument("version", nargs="?", type=int, help="a version id (show, diff, accept, reject)")
    art.add_argument("--path", help="one artifact, relative to the workspace (list, rollback)")
    art.add_argument("--status", choices=["active", "proposed", "rejected", "superseded"])
    art.add_argument("--all", action="store_true", help="list every version, not only active and proposed")
    art.add_argument("--against", type=int, help="diff against this version instead of the parent")
    art.add_argument("--number", type=int, help="rollback: the version number to restore")
    art.add_argument("--reason", help="reject: why")
    cdc = command("cdc", cmd_cdc, "Change data capture: each cdc pipeline's replication slot (lag, retained WAL), or drop one's slot and publication.")
    cdc.add_argument("action", choices=["status", "drop"])
    cdc.add_argument("pipeline", nargs="?", help="drop: the cdc pipeline whose slot and publication to remove")
    cdc.add_argument("--json", action="store_true", help="status: print JSON")
    metrics = command("metrics", cmd_metrics, "Serve the project's telemetry (runs, rows, checks, model calls and cost, cache, repairs) as a Prometheus endpoint.")
    metrics.add_argument("action", choices=["serve"])
    metrics.add_argument("--port", type=int, default=9464, help="TCP port (default 9464; 0 picks a free one)")
    metrics.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    profile = command("profile", cmd_profile, "Profile a pipeline's target table(s) or database.table in ClickHouse: per column type, nulls, distinct, min/max, top values.")
    profile.add_argument("target", help="a pipeline name (its target tables) or database.table")
    profile.add_argument("--json", action="store_true", help="print the profile as JSON")
    report = command("report", cmd_report, "Write a self-contained HTML report of the project's telemetry: volume, duration, failures, LLM cost, anomalies per pipeline over time.")
    report.add_argument("--out", default="report.html", help="the HTML file to write (default report.html)")
    report.add_argument("--days", type=int, default=30, help="days of history to show (default 30)")
    demo = command("demo", cmd_demo, "Run the demo pipeline end to end on the embedded defaults.")
    demo.add_argument("--rows", type=int, default=10_000)
    demo.add_argument("--seed", type=int, default=42)
    return main


def main(argv: list[str] | None = None) -> int:
    warnings.filterwarnings("ignore", module="platformdirs")
    args = parser().parse_args(argv)
    try:
        return args.handler(args)
    except UserError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
