"""Every dev-set request's written spec, and what changed between two versions of the reading code: the check a
reading change gets before it is committed (a change that makes one set better must not make another's specs
wrong). Reads no warehouse and runs no dbt: catalogs are read once from the dev sets' embedded PostgreSQL
(`bench/devsets.py` loads them) and cached; specs are written as `ai-etl generate` writes them, with coverage.

    .venv/bin/python bench/spec_diff.py dump specs_after.json [set ...]      # code of the working tree
    PYTHONPATH=<worktree of the commit before> .venv/bin/python bench/spec_diff.py dump specs_before.json --catalogs <dir>
    .venv/bin/python bench/spec_diff.py compare specs_before.json specs_after.json

`compare` prints the count of specs written (no coverage gap) on each side and each case LOST, NEW or CHANGED;
every NEW or CHANGED spec is to be checked against the case's reference by hand or by `bench/devsets.py <set>`.
Catalogs are cached per code version (`--catalogs`, default bench/.data/spec_diff/catalogs): the catalog reader
is code too (legends, abbreviations).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "bench"))


def _catalogs(names: list[str], folder: Path) -> None:
    """Each set's catalog, read once from its database (loaded by `devsets.load`) into `folder`."""
    import devsets

    from ai_etl.agents.schema_analyst import read_catalog
    from ai_etl.embedded_postgres import EmbeddedPostgres
    from ai_etl.resources import PostgresResource

    folder.mkdir(parents=True, exist_ok=True)
    server = None
    for name in names:
        cache = folder / f"{name}.json"
        if cache.exists():
            continue
        server = server or EmbeddedPostgres(devsets.DATA / "pg")
        devsets.load(server, name)
        cache.write_text(read_catalog(PostgresResource(url=server.start(name)), name).model_dump_json())


def _specs(args: tuple[str, str]) -> dict[str, dict]:
    """{set:case: {spec, gaps} or {error}} of one set."""
    name, folder = args
    from written_spec import written_spec

    from ai_etl.agents.contracts import Catalog

    catalog = Catalog.model_validate_json((Path(folder) / f"{name}.json").read_text())
    cases = yaml.safe_load((REPO / "bench" / "devsets" / f"{name}.yaml").read_text())
    cases = cases.get("cases", cases) if isinstance(cases, dict) else cases
    found = {}
    with tempfile.TemporaryDirectory() as scratch:
        for case in cases:
            try:
                spec, gaps = written_spec(case["request"], catalog, Path(tempfile.mkdtemp(dir=scratch)))
                kept = {k: spec.get(k) for k in ("source", "transformations", "schedule", "load")}
                found[f"{name}:{case['id']}"] = {"spec": json.dumps(kept, sort_keys=True, default=str), "gaps": [g.phrase for g in gaps]}
            except Exception as error:  # a refusal is a result too
                found[f"{name}:{case['id']}"] = {"error": str(error)[:300]}
    return found


def dump(out: Path, names: list[str], folder: Path, workers: int) -> None:
    import devsets

    names = names or devsets.set_names()
    _catalogs(names, folder)
    found: dict[str, dict] = {}
    with ProcessPoolExecutor(workers) as pool:
        for part in pool.map(_specs, [(name, str(folder)) for name in names]):
            found.update(part)
    out.write_text(json.dumps(found, indent=0))
    print(f"{len(found)} requests, {sum(_written(r) for r in found.values())} specs written -> {out}")


def _written(result: dict) -> bool:
    return bool(result.get("spec")) and not result.get("gaps")


def compare(before: dict[str, dict], after: dict[str, dict]) -> None:
    print(f"written {sum(map(_written, before.values()))} -> {sum(map(_written, after.values()))} (of {len(before)} -> {len(after)} requests)")
    for key in sorted(before.keys() | after.keys()):
        was, now = before.get(key, {}), after.get(key, {})
        if _written(was) and not _written(now):
            print(f"LOST     {key}: {now.get('gaps') or now.get('error', '')}")
        elif _written(now) and not _written(was):
            print(f"NEW      {key}")
        elif _written(was) and _written(now) and was["spec"] != now["spec"]:
            print(f"CHANGED  {key}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("sets", nargs="*")
    dumping.add_argument("--catalogs", type=Path, default=REPO / "bench" / ".data" / "spec_diff" / "catalogs")
    dumping.add_argument("--workers", type=int, default=2)
    comparing = commands.add_parser("compare")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.sets, args.catalogs, args.workers)
    else:
        compare(json.loads(args.before.read_text()), json.loads(args.after.read_text()))


if __name__ == "__main__":
    main()
