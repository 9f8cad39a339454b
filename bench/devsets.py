"""Dev sets on schemas made up here (bench/devsets/<name>.sql + <name>.yaml): understanding measured
on databases the parser was not written for, beside the shop set and the outside sets.

    .venv/bin/python bench/devsets.py [name ...]      # default: every set in bench/devsets/

Each set's SQL is loaded into its own database of an embedded PostgreSQL under bench/.data/devsets,
a scratch project reads it (one PostgreSQL connector named after the set, an embedded warehouse),
and `ai-etl eval --json` scores the cases by the rules of ../shared/eval/README.md. Prints a line
per case, a table per set and `RESULT cases=<n> passed=<n> confidently_wrong=<n> refused=<n>`.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

import psycopg

REPO = Path(__file__).resolve().parent.parent
SETS = REPO / "bench" / "devsets"
DATA = REPO / "bench" / ".data" / "devsets"
sys.path.insert(0, str(REPO))

from ai_etl.embedded_postgres import EmbeddedPostgres  # noqa: E402

PROJECT_YAML = """# dev set '{name}' (bench/devsets.py): made-up schema in the embedded PostgreSQL of bench/.data/devsets/pg.
name: dev_{name}
timezone: UTC
connectors:
  {name}:
    type: postgres
    embedded: {{data_dir: {pg}, database: {name}}}
  warehouse:
    type: clickhouse
    url: chdb://.data/warehouse
    database: dev_{name}
team:
  - {{name: Data Platform, email: data@example.com, role: owner}}
"""


def server_dir(server: EmbeddedPostgres) -> str:
    return str(DATA / "pg")


def load(server: EmbeddedPostgres, name: str) -> Path:
    """The set's database, (re)loaded from its SQL, and a scratch project reading it."""
    url = server.start("postgres")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'drop database if exists "{name}"')
    with psycopg.connect(server.start(name)) as conn:
        conn.execute((SETS / f"{name}.sql").read_text())
    workspace = DATA / "ws"  # projects/ beside dbt_project/, as in a checkout
    if not (workspace / "dbt_project").exists():
        shutil.copytree(REPO / "dbt_project", workspace / "dbt_project", ignore=shutil.ignore_patterns("target", "logs", "models"))
        (workspace / "dbt_project" / "models").mkdir()
    project = workspace / "projects" / f"dev_{name}"
    (project / "pipelines").mkdir(parents=True, exist_ok=True)
    (project / "project.yaml").write_text(PROJECT_YAML.format(name=name, pg=server_dir(server)))
    return project


def evaluate(name: str, project: Path) -> dict:
    done = subprocess.run(
        [str(REPO / ".venv" / "bin" / "ai-etl"), "eval", str(SETS / f"{name}.yaml"), "--project", str(project), "--json"],
        capture_output=True, text=True, cwd=REPO,
    )  # fmt: skip
    try:
        return json.loads(done.stdout[done.stdout.index("{") :])
    except ValueError:
        raise SystemExit(f"ai-etl eval failed for {name} (exit {done.returncode}): {done.stderr.strip()[-800:]}") from None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="sets to run (default: all in bench/devsets/)")
    args = parser.parse_args()
    names = args.names or sorted(p.stem for p in SETS.glob("*.sql"))
    DATA.mkdir(parents=True, exist_ok=True)
    server = EmbeddedPostgres(DATA / "pg")
    totals = {"cases": 0, "passed": 0, "confidently_wrong": 0, "refused": 0}
    rows = []
    try:
        for name in names:
            result = evaluate(name, load(server, name))
            for case in result["cases"]:
                mark = "PASS" if case["passed"] else "WRONG" if case["confidently_wrong"] else "FAIL"
                print(f"  {name}: {mark} {case['id']} [{case['step']}] {(case['message'] or '')[:200]}")
            counts = {"cases": result["total"]} | {k: int(result[k]) for k in ("passed", "confidently_wrong", "refused")}
            rows.append((name, counts))
            totals = {k: totals[k] + counts[k] for k in totals}
    finally:
        server.stop()
    print(f"\n{'set':<16}{'cases':>7}{'passed':>8}{'wrong':>7}{'refused':>9}")
    for name, c in rows:
        print(f"{name:<16}{c['cases']:>7}{c['passed']:>8}{c['confidently_wrong']:>7}{c['refused']:>9}")
    print(" ".join(["RESULT"] + [f"{k}={v}" for k, v in totals.items()]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
