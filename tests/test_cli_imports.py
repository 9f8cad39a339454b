"""Commands that need no Dagster, dbt, litellm or chromadb do not import them (issue 10: start-up time).

Each command runs in a fresh interpreter, as the `ai-etl` console script runs it, on a copy of the
demo project without `.data/` (a fresh clone); at exit the probe prints which of the heavy packages
`sys.modules` holds. No time is asserted: bench/cli_startup.py measures the wall time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

HEAVY = ("dagster", "dbt", "litellm", "chromadb")
# sys.path[0] of `python -c` is the working directory; the console script has its bin/ there instead.
PROBE = f"""
import json, sys
del sys.path[0]
sys.argv = ["ai-etl", *sys.argv[1:]]
try:
    from ai_etl.cli import main
    code = main()
except SystemExit as exit_:
    code = exit_.code
sys.stdout.flush()
heavy = sorted({{name.partition(".")[0] for name in sys.modules}} & set({HEAVY!r}))
print("@@probe@@ " + json.dumps({{"code": code, "heavy": heavy}}))
"""


def imported_by(*args: str, cwd) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("AI_ETL_ARTIFACTS_URL", "AI_ETL_CHROMA_URL", "AI_ETL_PROJECT")}
    env["AI_ETL_USER"] = "dana@example.com"  # sync's author without asking git
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, cwd=cwd)
    reports = [line for line in done.stdout.splitlines() if line.startswith("@@probe@@ ")]
    assert reports, f"the probe printed no report (exit {done.returncode}): {done.stderr[-2000:]}"
    return {**json.loads(reports[-1].removeprefix("@@probe@@ ")), "stdout": done.stdout, "stderr": done.stderr}


@pytest.mark.parametrize(
    "args",
    [
        ["artifacts", "list"],
        ["cache", "stats"],
        ["cdc", "status"],
        ["--help"],
        ["generate", "--help"],
    ],
    ids=" ".join,
)
def test_light_commands_import_no_heavy_package(workspace, args):
    project = workspace / "projects" / "ecommerce"
    assert not (project / ".data").exists()
    options = ["--project", str(project)] if args[-1] != "--help" else []
    found = imported_by(*args, *options, cwd=workspace)
    assert found["code"] == 0, found["stderr"][-2000:]
    assert found["heavy"] == [], f"`ai-etl {' '.join(args)}` imported {found['heavy']}"
    assert not (project / ".data" / "postgres").exists(), "a light command started the embedded PostgreSQL"


def test_artifacts_list_and_cache_stats_work_on_a_fresh_project(workspace):
    """The probe above runs the real commands: they record and list versions, report empty stats."""
    project = str(workspace / "projects" / "ecommerce")
    listed = imported_by("artifacts", "list", "--project", project, cwd=workspace)
    assert listed["code"] == 0, listed["stderr"][-2000:]
    assert "projects/ecommerce/pipelines/daily_sales.yaml@v1" in listed["stdout"]
    stats = imported_by("cache", "stats", "--json", "--project", project, cwd=workspace)
    assert stats["code"] == 0, stats["stderr"][-2000:]
    assert json.loads(stats["stdout"].splitlines()[0])["entries"] == 0
