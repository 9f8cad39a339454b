"""Start-up cost of one `ai-etl` command: wall time of a fresh process and what it imports.

    .venv/bin/python bench/cli_startup.py                     # 5 timed runs of each command
    .venv/bin/python bench/cli_startup.py --repeat 11 --project projects/ecommerce

Commands, each run as a user runs it (`.venv/bin/ai-etl <args>` from the repository root, the demo
project projects/ecommerce unless --project): `artifacts list`, `cache stats`, `validate`,
`generate --help`, `--help`, and `python -c pass` as the floor (interpreter and site start-up).
One untimed warm-up run of each comes first (the first `artifacts list` of a fresh clone records
the working copy in the store; .pyc files get written); then --repeat rounds, each round running
every command once in turn, so a noisy neighbour slows all commands alike.

The imports are taken from one more fresh process per command that is not timed: `python -c` runs
`ai_etl.cli.main()` with the same arguments and prints, at exit, how many modules `sys.modules`
holds and which of the heavy packages (dagster, dbt, litellm, chromadb, and for the record
onnxruntime, polars, pyarrow, sqlalchemy, clickhouse_connect, psycopg, sqlglot) were imported.
`-X importtime` on that command shows who pulled them:

    .venv/bin/python -X importtime -m ai_etl.cli artifacts list 2> /tmp/imp.txt; sort -t'|' -k2 -rn /tmp/imp.txt | head

`validate` checks the project against its source database: with the demo PostgreSQL stopped or
empty it ends with exit code 2 after the same imports (the rc column says so); its time then
includes the failed connection.

The table has the median and minimum wall time in seconds and `x floor` = median / the median of
`python -c pass`. The last line is
`RESULT artifacts_list_s=<..> cache_stats_s=<..> validate_s=<..> generate_help_s=<..>` (medians).
A shared, noisy machine: compare commands within one run (the `x floor` ratios); no time is asserted
(tests/test_cli_imports.py checks the imports instead).
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
HEAVY = ("dagster", "dbt", "litellm", "chromadb")
ALSO = ("onnxruntime", "polars", "pyarrow", "sqlalchemy", "clickhouse_connect", "psycopg", "sqlglot")
COMMANDS = {  # RESULT key -> arguments of `ai-etl` (None: `python -c pass`)
    "artifacts_list": ["artifacts", "list"],
    "cache_stats": ["cache", "stats"],
    "validate": ["validate"],
    "generate_help": ["generate", "--help"],
    "help": ["--help"],
    "floor": None,
}
MARK = "@@cli_startup@@ "
# Runs the CLI as the console script does and reports sys.modules at exit, whatever the exit.
# sys.path[0] of `python -c` is the working directory; the console script has its bin/ there instead.
PROBE = f"""
import sys
del sys.path[0]
sys.argv = ["ai-etl", *sys.argv[1:]]
try:
    from ai_etl.cli import main
    code = main()
except SystemExit as exit_:
    code = exit_.code
finally:
    roots = sorted({{name.partition(".")[0] for name in sys.modules}} & set({HEAVY + ALSO!r}))
    sys.stdout.flush()
    print({MARK!r} + repr((len(sys.modules), roots)), flush=True)
"""


def command_line(args: list[str] | None) -> list[str]:
    return [str(BIN / "python"), "-c", "pass"] if args is None else [str(BIN / "ai-etl"), *args]


def timed(args: list[str] | None, env: dict) -> tuple[float, int]:
    started = time.perf_counter()
    done = subprocess.run(command_line(args), cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started, done.returncode


def imported(args: list[str] | None, env: dict) -> tuple[int, list[str]]:
    command = [str(BIN / "python"), "-c", PROBE, *args] if args is not None else [str(BIN / "python"), "-c", f"import sys; print({MARK!r} + repr((len(sys.modules), [])))"]
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
    lines = [line for line in done.stdout.splitlines() if line.startswith(MARK)]
    if not lines:
        raise SystemExit(f"probe of {args} printed no report (rc {done.returncode}): {done.stderr[-800:]}")
    count, roots = ast.literal_eval(lines[-1][len(MARK):])
    return count, roots


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each command (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed runs of each command first (default 1)")
    parser.add_argument("--project", default=str(REPO / "projects" / "ecommerce"), help="AI_ETL_PROJECT for the commands")
    options = parser.parse_args()
    if not (BIN / "ai-etl").exists():
        raise SystemExit(f"{BIN / 'ai-etl'} is missing: run `make install` and use .venv/bin/python")
    env = {**os.environ, "AI_ETL_PROJECT": str(Path(options.project).resolve())}

    for _ in range(options.warmup):
        for args in COMMANDS.values():
            timed(args, env)
    times: dict[str, list[float]] = {key: [] for key in COMMANDS}
    codes: dict[str, set[int]] = {key: set() for key in COMMANDS}
    for _ in range(options.repeat):
        for key, args in COMMANDS.items():
            seconds, code = timed(args, env)
            times[key].append(seconds)
            codes[key].add(code)
    modules = {key: imported(args, env) for key, args in COMMANDS.items()}

    floor = statistics.median(times["floor"])
    header = f"{'command':<22} {'median s':>9} {'min s':>7} {'x floor':>8} {'modules':>8}  " + " ".join(f"{h:<8}" for h in HEAVY) + f" {'rc':<4} also imported"
    print(f"{options.repeat} runs each, project {env['AI_ETL_PROJECT']}, {sys.version.split()[0]}")
    print(header)
    print("-" * len(header))
    for key, args in COMMANDS.items():
        median = statistics.median(times[key])
        count, roots = modules[key]
        label = "python -c pass" if args is None else " ".join(args)
        flags = " ".join(f"{'yes' if h in roots else 'no':<8}" for h in HEAVY)
        rc = ",".join(str(c) for c in sorted(codes[key]))
        also = ", ".join(r for r in roots if r in ALSO) or "-"
        print(f"{label:<22} {median:>9.2f} {min(times[key]):>7.2f} {median / floor:>8.1f} {count:>8}  {flags} {rc:<4} {also}")
    result = " ".join(f"{key}_s={statistics.median(times[key]):.2f}" for key in ("artifacts_list", "cache_stats", "validate", "generate_help"))
    print(json.dumps({key: [round(t, 3) for t in values] for key, values in times.items()}))
    print(f"RESULT {result}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
