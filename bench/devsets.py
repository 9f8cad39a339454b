"""Dev sets on schemas made up here (bench/devsets/<name>.sql + <name>.yaml): understanding measured
on databases the parser was not written for, beside the shop set and the outside sets.
A set without <name>.sql whose yaml header has a line `# database: defog-data <db>` takes its database
from the dump defog_data/<db>/<db>.sql of the PyPI package defog-data 0.1.1 (downloaded once into
bench/.data/defog-data, as ../shared/eval/outside/setup.sh does; the dumps stay out of the repository).

    .venv/bin/python bench/devsets.py [name ...]      # default: every set in bench/devsets/

Each set's SQL is loaded into its own database of an embedded PostgreSQL under bench/.data/devsets,
a scratch project reads it (one PostgreSQL connector named after the set, an embedded warehouse),
and `ai-etl eval --json` scores the cases by the rules of ../shared/eval/README.md. Prints a line
per case, a table per set and `RESULT cases=<n> passed=<n> confidently_wrong=<n> refused=<n>`.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import psycopg

REPO = Path(__file__).resolve().parent.parent
SETS = REPO / "bench" / "devsets"
DATA = REPO / "bench" / ".data" / "devsets"
DEFOG = REPO / "bench" / ".data" / "defog-data"
DEFOG_VERSION = "0.1.1"
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


def defog_database(name: str) -> str | None:
    """`<db>` of a `# database: defog-data <db>` line in the header comments of the set's yaml, if any."""
    path = SETS / f"{name}.yaml"
    for line in path.read_text().splitlines() if path.exists() else []:
        if not line.startswith("#"):
            break
        if m := re.fullmatch(r"#\s*database:\s*defog-data\s+(\w+)\s*", line):
            return m.group(1)
    return None


def defog_dump(db: str) -> Path:
    """defog_data/<db>/<db>.sql of the defog-data wheel, downloaded and extracted once (cached)."""
    dump = DEFOG / "defog_data" / db / f"{db}.sql"
    if not dump.exists():
        DEFOG.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "--no-deps", f"defog-data=={DEFOG_VERSION}", "-d", str(DEFOG)],
            check=True,
        )  # fmt: skip
        subprocess.run([sys.executable, "-m", "zipfile", "-e", str(DEFOG / f"defog_data-{DEFOG_VERSION}-py3-none-any.whl"), str(DEFOG)], check=True)
    if not dump.exists():
        raise SystemExit(f"defog-data {DEFOG_VERSION} has no database {db!r} ({dump} missing)")
    return dump


def load_dump(url: str, dump: Path) -> None:
    """A pg_dump text file (COPY ... FROM stdin blocks) into the database at url, with psql as setup.sh does."""
    from embedded_postgres._commands import POSTGRES_BIN_PATH

    psql = [str(POSTGRES_BIN_PATH / "psql"), "-q", "-X", "-v", "ON_ERROR_STOP=1", url]
    for args in (["-f", str(dump)], ["-c", "analyze"]):
        done = subprocess.run(psql + args, capture_output=True, text=True, check=False)
        if done.returncode:
            raise SystemExit(f"loading {dump} failed: {done.stderr.strip()[-800:]}")


def set_names() -> list[str]:
    """Every set in bench/devsets/: those with their own SQL and those on a defog-data database."""
    return sorted({p.stem for p in SETS.glob("*.sql")} | {p.stem for p in SETS.glob("*.yaml") if defog_database(p.stem)})


def load(server: EmbeddedPostgres, name: str) -> Path:
    """The set's database, (re)loaded from its SQL, and a scratch project reading it."""
    url = server.start("postgres")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'drop database if exists "{name}"')
    sql = SETS / f"{name}.sql"
    if not sql.exists() and (db := defog_database(name)):
        load_dump(server.start(name), defog_dump(db))
    else:
        with psycopg.connect(server.start(name)) as conn:
            conn.execute(sql.read_text())
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
    names = args.names or set_names()
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
