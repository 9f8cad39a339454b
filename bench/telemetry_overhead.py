"""What telemetry adds to a pipeline run: the definitions it adds to each load of the code location.

    PYTHONPATH=. .venv/bin/python bench/telemetry_overhead.py <workspace>/projects/ecommerce [--repeat 8]

Telemetry reads Dagster's event log afterwards, in its own run (`ai_etl/telemetry/`): a pipeline run
does no extra step and writes nothing more; its process only loads the location, which now also
builds the telemetry asset, job and sensor. Measured here, alternating: build the project's
definitions and their repository snapshot with them, and with them replaced by one trivial asset,
job and sensor. The project must be a copy (it is prepared once). Compare `added_s` with a run's
wall time (bench/orchestration_overhead.py). Last line: `RESULT load_with_s=.. load_without_s=.. added_s=..`.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import dagster as dg
from dagster._core.remote_representation.external_data import RepositorySnap

import ai_etl.location as location
from ai_etl.definitions import build_definitions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("project", type=Path, help="a copy of a project folder (projects/<name> of a copied workspace)")
    parser.add_argument("--repeat", type=int, default=8)
    args = parser.parse_args()
    build_definitions(args.project.resolve(), prepare=True)
    real = (location.telemetry_assets, location.telemetry_job, location.telemetry_sensor)

    @dg.asset(name="placeholder")
    def placeholder() -> None:
        return None

    trivial = (
        lambda *_: placeholder,
        lambda project: dg.define_asset_job(f"{project}_placeholder", selection=dg.AssetSelection.assets("placeholder")),
        lambda project, job: dg.SensorDefinition(name=f"{project}_placeholder_sensor", evaluation_fn=lambda _: None, job=job),
    )
    times: dict[str, list[float]] = {"with": [], "without": []}
    for _ in range(args.repeat):
        for side, parts in (("with", real), ("without", trivial)):
            location.telemetry_assets, location.telemetry_job, location.telemetry_sensor = parts
            started = time.perf_counter()
            defs = build_definitions(args.project.resolve(), prepare=False)
            RepositorySnap.from_def(defs.get_repository_def())
            times[side].append(time.perf_counter() - started)
    with_s, without_s = statistics.median(times["with"]), statistics.median(times["without"])
    print(f"RESULT load_with_s={with_s:.3f} load_without_s={without_s:.3f} added_s={with_s - without_s:.3f}")


if __name__ == "__main__":
    main()
