"""The fault and bad-input suite on the embedded stack, as one figure (issue 12).

Runs bench/process_faults.py (killed runs, signals, a stopped or cut-off source, a locked or full
warehouse: `faults`, `survived`, `stuck_runs`, `lost_rows`, `duplicated_rows`) and bench/input_faults.py
(the bad-input catalogue and the concurrent-writer incremental check: `bad_inputs`, `clear_errors`,
`lost_rows`, `duplicated_rows`), each in its own process with its tables shown as they print, then
merges their RESULT lines (lost and duplicated rows add up):

    RESULT faults=N survived=N lost_rows=N duplicated_rows=N stuck_runs=N bad_inputs=N clear_errors=N

    .venv/bin/python bench/faults.py [arguments for input_faults.py, e.g. --runs 15]
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
KEYS = ["faults", "survived", "lost_rows", "duplicated_rows", "stuck_runs", "bad_inputs", "clear_errors"]
ADDED = {"lost_rows", "duplicated_rows"}  # both parts report them: the suite's figure is the sum


def run_part(script: Path, args: list[str]) -> tuple[dict[str, int] | None, int]:
    """Run one bench script, echoing its output; its RESULT line as numbers (None when it printed none)."""
    if not script.exists():
        print(f"\n{script.relative_to(BENCH.parent)} is missing: its figures are not in the RESULT line below.")
        return None, 0
    print(f"\n=== {script.relative_to(BENCH.parent)} {' '.join(args)}".rstrip(), flush=True)
    process = subprocess.Popen([sys.executable, str(script), *args], stdout=subprocess.PIPE, text=True, cwd=BENCH.parent)
    result = None
    for line in process.stdout:
        print(line, end="", flush=True)
        if line.startswith("RESULT "):
            result = {key: int(value) for key, value in re.findall(r"(\w+)=(-?\d+)", line)}
    code = process.wait()
    if result is None:
        print(f"{script.name} exited {code} without a RESULT line.")
    return result, code


def merge(parts: list[dict[str, int]]) -> dict[str, int]:
    merged: dict[str, int] = {}
    for part in parts:
        for key, value in part.items():
            merged[key] = merged.get(key, 0) + value if key in ADDED else value
    return merged


def main() -> int:
    process, process_code = run_part(BENCH / "process_faults.py", [])
    inputs, inputs_code = run_part(BENCH / "input_faults.py", sys.argv[1:])
    merged = merge([part for part in (process, inputs) if part])
    print("\n" + "RESULT " + " ".join(f"{key}={merged.get(key, 0)}" for key in KEYS))
    if process is None or inputs is None:
        missing = [name for name, part in (("process_faults", process), ("input_faults", inputs)) if part is None]
        print(f"(no figures from {', '.join(missing)}: their keys above are 0 because nothing was measured)")
    return 1 if process_code or inputs_code or inputs is None else 0


if __name__ == "__main__":
    sys.exit(main())
