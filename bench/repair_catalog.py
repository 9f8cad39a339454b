"""The failure catalog: break a working generated pipeline, let the repair loop propose, apply, re-run.

For each kind of failure a fresh source database (demo data) and project are made; a pipeline is
generated from a request by the agents and materialized; the failure is injected (in the source,
or as a hand edit); the run fails (the pipeline's retries are set to 0 so that it fails at once); the reflect logic runs on that failure (as the reflect job
would); an accepted proposal is applied and the pipeline runs again; its final table is compared
with what PostgreSQL computes.

    .venv/bin/python bench/repair_catalog.py [--only KIND ...]

Ends with `RESULT repair_rate=... infra_proposals=... lost_edits=...` (repair_rate over the
code/data failures; infra_proposals = proposals made for infrastructure failures; lost_edits =
engineer edits missing from the artifact history or overwritten without a version).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


@dataclass
class Scenario:
    kind: str
    request: str
    inject: Callable  # (conn, project_dir) -> None
    expected_sql: str  # rows the repaired pipeline must hold
    infrastructure: bool = False


def _sql(*statements):
    def inject(conn, _project):
        for statement in statements:
            conn.execute(statement)

    return inject


def _hand_edit_syntax_error(_conn, project: Path):
    mart = next((project.parent.parent / "dbt_project" / "models" / project.name).rglob("marts/*.sql"))
    text = mart.read_text()
    text = "-- reviewed: totals per region for the finance dashboard\n" + text  # a good edit...
    text = text.replace("group by 1", "group by 1,")  # ...and a broken one
    mart.write_text(text)


def _unreachable(_conn, _project):
    os.environ["SHOP_DATABASE_URL"] = "postgresql://postgres@127.0.0.1:9/shop"  # nothing listens on port 9


SCENARIOS = [
    Scenario("column_renamed", "Total amount of completed orders per region", _sql("alter table orders rename column amount to total_amount"),
             "select region, sum(total_amount) from orders where status = 'completed' group by region"),
    Scenario("column_type_changed", "Total amount of completed orders per region",
             _sql("alter table orders alter column amount type text using amount::text"),
             "select region, sum(amount::numeric) from orders where status = 'completed' group by region"),
    Scenario("duplicates_break_unique", "Load completed orders",
             _sql("alter table orders drop constraint orders_pkey cascade", "insert into orders select * from orders where id <= 25"),
             "select distinct on (id) * from orders where status = 'completed' order by id, updated_at desc"),
    Scenario("hand_edit_syntax_error", "Total amount of completed orders per region", _hand_edit_syntax_error,
             "select region, sum(amount) from orders where status = 'completed' group by region"),
    Scenario("table_renamed", "Total amount of completed orders per region", _sql("alter table orders rename to orders_v2"),
             "select region, sum(amount) from orders_v2 where status = 'completed' group by region"),
    Scenario("transform_column_dropped", "Completed orders in EUR", _sql("alter table orders drop column currency"),
             "select * from orders where status = 'completed'"),
    Scenario("source_unreachable", "Total amount of completed orders per region", _unreachable, "", infrastructure=True),
]  # fmt: skip


@dataclass
class Outcome:
    kind: str
    failed: bool
    diagnosis: str
    proposals: int
    repaired: bool
    lost_edits: int
    seconds: float
    note: str


def run_scenario(scenario: Scenario, base_url: str, workdir: Path) -> Outcome:
    import dagster as dg
    import psycopg
    from project_builder import make_project

    from ai_etl.agents.orchestrator import generate, write_files
    from ai_etl.artifacts.working_copy import accept, store_for, sync
    from ai_etl.definitions import build_definitions
    from ai_etl.demo_data import generate as demo
    from ai_etl.evaluation.runner import compare_with_source
    from ai_etl.pipeline_runs import execute_pipeline
    from ai_etl.project_files import load_project
    from ai_etl.repair.diagnosis import RunFailure, root_error
    from ai_etl.repair.reflect import previous_schema_from_instance, reflect_on_failure

    started = time.perf_counter()
    laps: dict[str, float] = {}

    def lap(name: str, since=[started]) -> None:  # noqa: B006 - a running clock
        now = time.perf_counter()
        laps[name] = round(now - since[0], 1)
        since[0] = now

    database = f"repair_{scenario.kind}"
    with psycopg.connect(base_url, autocommit=True) as conn:
        conn.execute(f'drop database if exists "{database}" with (force)')
        conn.execute(f'create database "{database}"')
    url = base_url.rsplit("/", 1)[0] + f"/{database}"
    with psycopg.connect(url, autocommit=True) as conn:
        demo(conn, rows=2_000, seed=7)
    os.environ["SHOP_DATABASE_URL"] = url
    os.environ["AI_ETL_USER"] = "dana@example.com"
    project = make_project(workdir / scenario.kind, "rep", [])
    folder = load_project(project)
    lap("setup")
    result = generate(scenario.request, folder)
    write_files(result, folder)
    name = result.pipeline
    spec_file = project / "pipelines" / f"{name}.yaml"  # retries off: a failure surfaces at once, not after 90 s of back-off
    spec_file.write_text(spec_file.read_text() + "retries: {max_retries: 0}\n")
    instance = dg.DagsterInstance.ephemeral()

    def run() -> dg.ExecuteInProcessResult:
        defs = build_definitions(project, prepare=True)
        quiet = {"loggers": {"console": {"config": {"log_level": "ERROR"}}}}
        return execute_pipeline(defs, folder.name, name, instance=instance, raise_on_error=False, run_config=quiet)

    lap("generate")
    assert run().success, f"{scenario.kind}: the generated pipeline did not run before the injection"
    lap("first_run")
    with psycopg.connect(url, autocommit=True) as conn:
        scenario.inject(conn, project)
    broken = run()
    lap("broken_run")
    if broken.success:
        return Outcome(scenario.kind, False, "-", 0, False, 0, time.perf_counter() - started, "the injection did not make the run fail")
    failure_event = next(e for e in broken.all_events if e.is_step_failure)
    error_class, message = root_error(failure_event.step_failure_data.error)
    folder = load_project(project)
    store = store_for(folder)
    sync(folder, store)
    tail = "\n".join(e.message or "" for e in broken.all_events if e.step_key == failure_event.step_key)[-2000:]
    failure = RunFailure(
        run_id=broken.run_id, project=folder.name, pipeline=name, step_key=failure_event.step_key, error_class=error_class,
        message=message, log_tail=tail, artifact_versions={v.path: v.number for v in store.versions(status="active")},
    )  # fmt: skip
    engineer_before = [v for v in store.versions() if v.author.startswith("engineer:") and v.status in ("active", "superseded")]
    outcome = reflect_on_failure(folder, failure, previous_schema_from_instance(instance, folder, name))
    lap("reflect")
    proposals = len(outcome.proposal_ids)
    repaired, note = False, outcome.explanation
    if outcome.proposal_ids and not scenario.infrastructure:
        for version_id in outcome.proposal_ids:
            accept(load_project(project), store, version_id)
        again = run()
        if again.success:
            comparison = compare_with_source(load_project(project), name, scenario.expected_sql)
            repaired, note = comparison.ok, f"{outcome.explanation} | rows: {comparison.message}"
        else:
            bad = next(e for e in again.all_events if e.is_step_failure)
            note = f"{outcome.explanation} | re-run failed: {bad.step_failure_data.error.message.splitlines()[0][:200]}"
    lap("apply_rerun")
    history = {v.content for v in store.versions()}
    note = f"{note} | " + " ".join(f"{k}={v}" for k, v in laps.items())
    lost = sum(1 for v in engineer_before if v.content not in history)
    return Outcome(scenario.kind, True, outcome.diagnosis.kind, proposals, repaired, lost, time.perf_counter() - started, note)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="failure kinds to run")
    args = parser.parse_args()
    from ai_etl.embedded_postgres import EmbeddedPostgres

    workdir = Path(tempfile.mkdtemp(prefix="ai-etl-repair-"))
    server = EmbeddedPostgres(workdir / "pg")
    base_url = server.start("postgres")
    outcomes = []
    try:
        for scenario in SCENARIOS:
            if args.only and scenario.kind not in args.only:
                continue
            outcomes.append(run_scenario(scenario, base_url, workdir))
            o = outcomes[-1]
            print(f"{o.kind:<26} failed={o.failed!s:<5} {o.diagnosis:<14} proposals={o.proposals} repaired={o.repaired!s:<5} lost_edits={o.lost_edits} {o.seconds:5.1f}s  {o.note[:160]}", flush=True)
    finally:
        server.stop()
    code_data = [o for o, s in zip(outcomes, [s for s in SCENARIOS if not args.only or s.kind in args.only]) if not s.infrastructure]
    infra = [o for o, s in zip(outcomes, [s for s in SCENARIOS if not args.only or s.kind in args.only]) if s.infrastructure]
    rate = sum(o.repaired for o in code_data) / len(code_data) if code_data else 0.0
    print(f"RESULT repair_rate={rate:.2f} infra_proposals={sum(o.proposals for o in infra)} lost_edits={sum(o.lost_edits for o in outcomes)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
