"""Definitions load time of one code location with 10, 100 and 500 pipeline files.

    .venv/bin/pip install pyinstrument                            # only for the profile (--no-profile)
    .venv/bin/python bench/location_scale.py                      # sizes 10,100,500; 3 loads each
    .venv/bin/python bench/location_scale.py --sizes 10,100 --repeat 5 --no-validate --no-profile
    (--no-snapshot, --no-experiments: skip the parts that take minutes at 500 pipelines; --keep)

For each size N the script writes a fresh workspace under bench/.data/location_scale/n<N>/ (a copy
of dbt_project/ without models or build output, and a project `scale` with N pipeline files shaped
like projects/ecommerce/pipelines/daily_sales.yaml: extract + staging + mart, each with its own
name, source table, filter, grouping and schedule). SHOP_DATABASE_URL points at a closed port, so a
definitions load that touched the source database would fail.

Per size:
  1. first load: a fresh `python` that imports `ai_etl.definitions` and takes its `defs` with
     AI_ETL_PROJECT set (builds the definitions of that project): compiles the N pipelines into
     dbt files and runs `dbt parse` (this is the preparation);
  2. prepared loads, --repeat times, each in a fresh `python`: the same import with the manifest
     fresh. `load_s` = imports + one `build_definitions` (what `dagster`/`dg` pay before they can
     do anything); the same process then also times resolving the asset graph
     (`defs.get_repository_def()`) and one pipeline job;
  3. one more fresh process that also builds the repository snapshot a code server, `dagster dev`
     and `dg check defs` build (`RepositorySnap.from_def`, which resolves every job);
  4. `dagster definitions validate -m ai_etl.definitions` (AI_ETL_PROJECT set), wall time.
At the largest size, bench-only variants (--no-experiments skips them) measure proposed fixes.
The phases of `build_definitions` are timed by wrapping the product's functions inside the probe
process (bench-only monkeypatching; the product code is not changed). Unless --no-profile, the
largest size is loaded once more under pyinstrument and the top costs are printed.

The last line is `RESULT load_s_10=<..> load_s_100=<..> load_s_500=<..>` (prepared-manifest medians).
Timings on a shared, noisy machine: compare sizes within one run; no time is asserted.
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
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "bench" / ".data" / "location_scale"
BIN = Path(sys.executable).parent
PROJECT = "scale"
UNREACHABLE_PG = "postgresql://nobody@127.0.0.1:9/nothing"  # discard port: a touch would fail

# (source table, key, filter template, group-by column, measures, accepted values)
SHAPES = [
    ("sales_transactions", "id", "status = 'completed' and amount > {k}", "transaction_date",
     ["sum(amount)", "count()"], {"status": ["completed", "failed", "refunded"]}),
    ("orders", "id", "amount > {k} and currency != 'XXX'", "region", ["sum(amount)", "uniqExact(customer_id)"],
     {"status": ["pending", "paid", "shipped", "cancelled", "refunded"]}),
    ("order_items", "id", "quantity > {k5} and unit_price > 0", "product_id", ["sum(quantity * unit_price)", "count()"], {}),
    ("customers", "id", "country != '' and id > {k}", "country", ["count()", "uniqExact(city)"], {}),
    ("products", "id", "active and price > {k}", "category", ["avg(price)", "count()"], {}),
    ("users", "id", "is_active and id > {k}", "country", ["count()", "min(signup_date)"], {}),
]


def pipeline_yaml(i: int) -> str:
    """Pipeline i: daily_sales' shape (filter + aggregate, key checks, schedule), distinct in every name."""
    table, key, condition, group_by, measures, accepted = SHAPES[i % len(SHAPES)]
    name = f"p{i:04d}_{table}"
    lines = [
        f"name: {name}",
        f"description: Pipeline {i} over {table}, filtered and aggregated per {group_by}.",
        "type: batch",
        "schedule:",
        f'  cron: "{i % 60} {i % 24} * * *"',
        "  timezone: UTC",
        "source:",
        "  type: postgres",
        "  connector: shop",
        f"  table: {table}",
        "target:",
        "  type: clickhouse",
        "  connector: warehouse",
        f"  table: m_{name}",
        "load:",
        "  mode: full_refresh",
        f"  key: [{key}]",
        "transformations:",
        "  - type: filter",
        f'    condition: "{condition.format(k=i, k5=i % 5)}"',
        "  - type: aggregate",
        f"    group_by: [{group_by}]",
        "    measures:",
        *[f"      - {{name: m{j}_{i}, expr: {expr!r}}}".replace("'", '"') for j, expr in enumerate(measures)],
    ]
    if accepted:
        lines += ["checks:", "  accepted_values:"]
        lines += [f"    {column}: [{', '.join(values)}]" for column, values in accepted.items()]
    lines += ["retries:", "  max_retries: 2", "  delay_s: 30", "owners: [data@example.com]", f"tags: {{domain: d{i % 7}}}"]
    return "\n".join(lines) + "\n"


def provenance() -> str:
    """The product code measured: commit, and files changed since (another engineer edits in parallel)."""
    head = subprocess.run(["git", "-C", str(REPO), "log", "-1", "--format=%h %s"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--", "ai_etl", "plugins", "dbt_project", "projects", "pyproject.toml"],
                           capture_output=True, text=True).stdout.split("\n")  # fmt: skip
    changed = [line[3:] for line in dirty if line.strip()]
    return f"product at {head[:90]}" + (f"; uncommitted: {', '.join(changed)}" if changed else "; no uncommitted changes")


def make_workspace(n: int) -> Path:
    root = DATA / f"n{n}" / "ws"
    if root.parent.exists():
        shutil.rmtree(root.parent)
    shutil.copytree(REPO / "dbt_project", root / "dbt_project", ignore=shutil.ignore_patterns("target", "logs", "models"))
    (root / "dbt_project" / "models").mkdir()
    project = root / "projects" / PROJECT
    (project / "pipelines").mkdir(parents=True)
    text = (REPO / "projects" / "ecommerce" / "project.yaml").read_text()
    (project / "project.yaml").write_text(text.replace("name: ecommerce", f"name: {PROJECT}", 1))
    for i in range(n):
        (project / "pipelines" / f"p{i:04d}.yaml").write_text(pipeline_yaml(i))
    return project


def child_env(project: Path) -> dict:
    home = project.parent.parent / "dagster_home"
    home.mkdir(exist_ok=True)
    return {
        **os.environ,
        "AI_ETL_PROJECT": str(project),
        "SHOP_DATABASE_URL": UNREACHABLE_PG,
        "DAGSTER_HOME": str(home),
        "PYTHONWARNINGS": "ignore",
    }


# ---------------------------------------------------------------- the probe (child process)

PHASES = [  # (module, attribute, label): product functions build_definitions calls, wrapped with a timer
    ("ai_etl.project_files", "load_project", "read + validate YAML (load_project)"),
    ("ai_etl.dbt_manifest", "dbt_setup", "dbt_setup"),
    ("ai_etl.project_compiler", "compile_project", "compile pipelines -> dbt files (compile_project)"),
    ("ai_etl.dbt_manifest", "ensure_manifest", "ensure_manifest (fingerprint [+ parse])"),
    ("ai_etl.dbt_manifest", "DbtSetup.fingerprint", "  of which DbtSetup.fingerprint"),
    ("ai_etl.dbt_manifest", "parse", "  of which dbt parse"),
    ("ai_etl.assets.extract", "source_specs", "source specs"),
    ("ai_etl.assets.extract", "extract_assets", "extract assets (@asset x N)"),
    ("ai_etl.project_compiler", "has_models", "has_models (rglob *.sql)"),
    ("ai_etl.assets.dbt_models", "dbt_models_asset", "@dbt_assets from the manifest (dagster-dbt)"),
    ("ai_etl.assets.freshness", "freshness_checks", "freshness checks + sensor"),
    ("ai_etl.connections", "connector_resources", "resources"),
]


def _install_timers(totals: dict[str, float], counts: dict[str, int]) -> list[str]:
    """Wrap each phase function with a timer; returns the phases that were not found."""
    import functools
    import importlib

    missing = []
    for module_name, qualname, label in PHASES:
        try:
            owner = importlib.import_module(module_name)
            *classes, attr = qualname.split(".")
            for cls in classes:
                owner = getattr(owner, cls)
            original = getattr(owner, attr)
        except (ImportError, AttributeError):
            missing.append(label)
            continue

        def wrapper(*args, __original=original, __label=label, **kwargs):
            started = time.perf_counter()
            try:
                return __original(*args, **kwargs)
            finally:
                totals[__label] = totals.get(__label, 0.0) + time.perf_counter() - started
                counts[__label] = counts.get(__label, 0) + 1

        setattr(owner, attr, functools.wraps(original)(wrapper))
    return missing


VARIANTS = {  # bench-only experiments, applied inside the probe process before ai_etl.definitions is imported
    "fast_load": "yaml via libyaml (CSafeLoader) in load_project, schedule_interval cached per (cron, tz), dagster_aws imported lazily",
    "split_dbt": "one @dbt_assets per pipeline over that pipeline's slice of the manifest (instead of one for all pipelines)",
    "no_jobs": "no per-pipeline jobs and schedules (lower bound of their cost)",
}


def _apply_variants(variants: list[str]) -> None:
    import dagster as dg

    if "fast_load" in variants:
        import functools
        import types

        import yaml

        import ai_etl.assets.freshness as freshness

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        compose, load = yaml.compose, yaml.load
        yaml.safe_load = lambda stream: load(stream, Loader=loader)
        yaml.compose = lambda stream, Loader=loader: compose(stream, Loader=loader)
        freshness.schedule_interval = functools.lru_cache(maxsize=None)(freshness.schedule_interval)

        class S3Resource:  # the real dagster_aws is imported only when the S3 path is used
            def __new__(cls, *args, **kwargs):
                sys.modules.pop("dagster_aws", None), sys.modules.pop("dagster_aws.s3", None)
                from dagster_aws.s3 import S3Resource as real

                return real(*args, **kwargs)

        package, module = types.ModuleType("dagster_aws"), types.ModuleType("dagster_aws.s3")
        package.__path__, module.S3Resource, package.s3 = [], S3Resource, module
        sys.modules.update({"dagster_aws": package, "dagster_aws.s3": module})

    original_definitions = dg.Definitions

    def definitions(*, assets=(), jobs=(), schedules=(), **kwargs):
        flat = [a for item in assets for a in (item if isinstance(item, list) else [item])]
        if "no_jobs" in variants:
            jobs, schedules = [], []
        return original_definitions(assets=flat, jobs=jobs, schedules=schedules, **kwargs)

    dg.Definitions = definitions

    if "split_dbt" in variants:
        import ai_etl.assets.dbt_models as dbt_models

        def split_models_asset(project, setup, manifest_path, warehouse_key, pool):
            from collections import defaultdict

            from dagster_dbt import dbt_assets

            manifest = json.loads(Path(manifest_path).read_text())
            ids: dict[str, set[str]] = defaultdict(set)
            for unique_id, node in manifest["nodes"].items():
                fqn = node["fqn"]
                ids[fqn[1] if len(fqn) > 2 else "shared"].add(unique_id)
            for unique_id, source in manifest["sources"].items():
                ids[source["source_name"]].add(unique_id)
            assets = []
            for pipeline, keep in sorted(ids.items()):
                sub = {
                    **manifest,
                    "nodes": {k: v for k, v in manifest["nodes"].items() if k in keep},
                    "sources": {k: v for k, v in manifest["sources"].items() if k in keep},
                    "parent_map": {k: [p for p in v if p in keep] for k, v in manifest.get("parent_map", {}).items() if k in keep},
                    "child_map": {k: [c for c in v if c in keep] for k, v in manifest.get("child_map", {}).items() if k in keep},
                }

                @dbt_assets(
                    manifest=sub,
                    dagster_dbt_translator=dbt_models.ProjectDbtTranslator(project),
                    name=f"{project}_{pipeline}_dbt_models",
                    required_resource_keys={warehouse_key, dbt_models.DBT_RESOURCE_KEY},
                    pool=pool,
                )
                def _models(context):  # the body is not run by the benchmark
                    yield from ()

                assets.append(_models)
            return assets

        dbt_models.dbt_models_asset = split_models_asset


def probe(profile_out: str | None, snapshot: bool, variants: list[str]) -> None:
    """In a fresh interpreter: import the dependencies, then ai_etl.definitions (builds defs), then resolve."""
    started = time.perf_counter()
    profiler = None
    if profile_out:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.002)
        profiler.start()
    if variants:
        _apply_variants(variants)
    # The modules ai_etl.definitions imports, so that import time and build time separate.
    import dagster  # noqa: F401

    import ai_etl.assets.dbt_models  # noqa: F401
    import ai_etl.assets.extract  # noqa: F401
    import ai_etl.assets.freshness  # noqa: F401
    import ai_etl.connections  # noqa: F401
    import ai_etl.dbt_manifest  # noqa: F401
    import ai_etl.project_compiler  # noqa: F401
    import ai_etl.project_files  # noqa: F401

    imported = time.perf_counter()
    totals: dict[str, float] = {}
    counts: dict[str, int] = {}
    missing = _install_timers(totals, counts) if not profile_out else []
    before_build = time.perf_counter()
    import ai_etl.definitions as definitions

    defs = definitions.defs  # build_definitions(AI_ETL_PROJECT), on import or on first access (by version)
    built = time.perf_counter()
    repo = defs.get_repository_def()
    resolved = time.perf_counter()
    job_names = sorted(repo.job_names)
    pipeline_jobs = [name for name in job_names if not name.startswith("__")]
    if pipeline_jobs:
        repo.get_job(pipeline_jobs[0])
    one_job = time.perf_counter()
    result = {
        "import_s": imported - started,
        "build_s": built - before_build,
        "load_s": (imported - started) + (built - before_build),
        "resolve_s": resolved - built,
        "one_job_s": one_job - resolved if pipeline_jobs else None,
        "snapshot_s": None,
        "assets": len(list(repo.asset_graph.get_all_asset_keys())),
        "checks": len(list(repo.asset_graph.asset_check_keys)),
        "jobs": len(job_names),
        "phases": totals,
        "counts": counts,
        "missing": missing,
    }
    if snapshot:  # what a code server / `dagster dev` / `dg check defs` builds from the definitions
        from dagster._core.remote_representation.external_data import RepositorySnap

        RepositorySnap.from_def(repo)
        result["snapshot_s"] = time.perf_counter() - one_job
    if profiler is not None:
        profiler.stop()
        session = profiler.last_session
        Path(profile_out).with_suffix(".html").write_text(profiler.output_html())
        result["profile_text"] = profiler.output_text(unicode=False, color=False, show_all=False)
        result["profile_categories"] = _categories(session.root_frame())
    print("PROBE " + json.dumps(result))


CATEGORIES = [  # (label, predicate on a pyinstrument frame); time counted once per category (outermost match)
    ("python imports (all modules)", lambda f: f.function == "_find_and_load"),
    ("ai_etl: read + validate YAML (load_project)", lambda f: f.function == "load_project"),
    ("  yaml parsing (compose + safe_load)", lambda f: f.function in ("compose", "safe_load") and "yaml" in f.file_path),
    ("  pydantic model_validate", lambda f: f.function == "model_validate"),
    ("ai_etl: compile_project (codegen + sync files)", lambda f: f.function == "compile_project"),
    ("  compile_pipeline (codegen, yaml.safe_dump)", lambda f: f.function == "compile_pipeline"),
    ("  sync_generated (read/compare/hash files, FileLock)", lambda f: f.function == "sync_generated"),
    ("ai_etl: ensure_manifest (fingerprint: read+hash every model file)", lambda f: f.function == "ensure_manifest"),
    ("ai_etl: extract_assets (@asset per pipeline)", lambda f: f.function == "extract_assets"),
    ("ai_etl: pipeline_job_and_schedule (define_asset_job + ScheduleDefinition)", lambda f: f.function == "pipeline_job_and_schedule"),
    ("ai_etl: has_models (rglob)", lambda f: f.function == "has_models"),
    ("dagster-dbt: @dbt_assets total (dbt_models_asset)", lambda f: f.function == "dbt_models_asset"),
    ("  manifest.json read + json parse", lambda f: f.function in ("read_manifest_path", "validate_manifest") or (f.function == "loads" and "json" in f.file_path)),
    ("  translator get_asset_spec (ours + dagster-dbt)", lambda f: f.function == "get_asset_spec"),
    ("  dbt selection on the manifest graph (select_unique_ids / networkx)", lambda f: "select_unique_ids" in f.function or "get_dbt_resource_names" in f.function or f.function == "build_dbt_specs"),
    ("ai_etl: freshness_checks (croniter x60 per pipeline + build checks)", lambda f: f.function == "freshness_checks"),
    ("  croniter schedule_interval", lambda f: f.function == "schedule_interval"),
    ("dg.Definitions(...) construct", lambda f: f.function == "__init__" and f.file_path.endswith("definitions_class.py")),
    ("resolve: Definitions.get_repository_def (asset graph)", lambda f: f.function == "get_repository_def"),
    ("resolve: one pipeline job (repo.get_job)", lambda f: f.function == "get_job"),
]


def _categories(root) -> dict[str, float]:
    totals = {label: 0.0 for label, _ in CATEGORIES}

    def walk(frame, active: frozenset) -> None:
        now = set(active)
        for label, predicate in CATEGORIES:
            try:
                hit = predicate(frame)
            except Exception:
                hit = False
            if hit and label not in active:
                totals[label] += frame.time
                now.add(label)
        for child in frame.children:
            walk(child, frozenset(now))

    walk(root, frozenset())
    return totals


def run_probe(project: Path, profile_out: Path | None = None, snapshot: bool = False, variants: list[str] = ()) -> dict:
    command = [sys.executable, __file__, "--_probe"] + (["--_profile-out", str(profile_out)] if profile_out else [])
    command += (["--_snapshot"] if snapshot else []) + (["--_variants", ",".join(variants)] if variants else [])
    started = time.perf_counter()
    done = subprocess.run(command, env=child_env(project), capture_output=True, text=True, cwd=REPO)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"probe failed for {project}:\n{done.stderr[-4000:]}")
    line = next(line for line in done.stdout.splitlines() if line.startswith("PROBE "))
    result = json.loads(line.removeprefix("PROBE "))
    result["wall_s"] = wall
    return result


def run_validate(project: Path) -> tuple[float, int, str]:
    command = [str(BIN / "dagster"), "definitions", "validate", "-m", "ai_etl.definitions"]
    started = time.perf_counter()
    done = subprocess.run(command, env=child_env(project), capture_output=True, text=True, cwd=REPO)
    tail = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()][-1:] or [""]
    return time.perf_counter() - started, done.returncode, tail[0][-160:]


# ----------------------------------------------------------------------------- main


def fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10,100,500", help="comma-separated pipeline counts (default 10,100,500)")
    parser.add_argument("--repeat", type=int, default=3, help="prepared loads per size (default 3; median reported)")
    parser.add_argument("--no-snapshot", action="store_true", help="skip the repository snapshot (minutes at 500 pipelines)")
    parser.add_argument("--snapshot-max", type=int, default=None, help="snapshot only sizes up to this many pipelines (experiments still do)")
    parser.add_argument("--no-validate", action="store_true", help="skip `dagster definitions validate` (minutes at 500)")
    parser.add_argument("--no-experiments", action="store_true", help="skip the bench-only variants at the largest size")
    parser.add_argument("--no-profile", action="store_true", help="skip the pyinstrument profile of the largest size")
    parser.add_argument("--keep", action="store_true", help="keep the workspaces under bench/.data/location_scale/")
    parser.add_argument("--_probe", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--_profile-out", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--_snapshot", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--_variants", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._probe:
        probe(args._profile_out, args._snapshot, [v for v in args._variants.split(",") if v])
        return 0

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    DATA.mkdir(parents=True, exist_ok=True)
    print(f"location_scale: sizes {sizes}, {args.repeat} prepared loads each; data under {DATA}; "
          f"load average {os.getloadavg()[0]:.2f} (2 cores)", flush=True)
    print(provenance(), flush=True)
    bench_started = time.time()
    rows: dict[int, dict] = {}
    parse_label = "  of which dbt parse"
    for n in sizes:
        project = make_workspace(n)
        first = run_probe(project)
        if not first["counts"].get(parse_label):
            print(f"  warning: n={n}: the first load did not run dbt parse", flush=True)
        loads = []
        for _ in range(args.repeat):
            result = run_probe(project)
            if result["counts"].get(parse_label):
                print(f"  warning: n={n}: a prepared load re-parsed (manifest not fresh)", flush=True)
            loads.append(result)
        wanted = not args.no_snapshot and (args.snapshot_max is None or n <= args.snapshot_max)
        snapshot = run_probe(project, snapshot=True) if wanted else None
        validate = run_validate(project) if not args.no_validate else None
        med = lambda key: statistics.median(r[key] for r in loads)  # noqa: E731
        rows[n] = {
            "first": first,
            "loads": loads,
            "validate": validate,
            "load_s": med("load_s"),
            "load_min": min(r["load_s"] for r in loads),
            "load_max": max(r["load_s"] for r in loads),
            "import_s": med("import_s"),
            "build_s": med("build_s"),
            "resolve_s": med("resolve_s"),
            "one_job_s": med("one_job_s") if loads[0]["one_job_s"] is not None else None,
            "snapshot_s": snapshot["snapshot_s"] if snapshot else None,
            "wall_s": med("wall_s"),
            "phases": {label: statistics.median(r["phases"].get(label, 0.0) for r in loads) for _, _, label in PHASES},
        }
        r = rows[n]
        print(
            f"  n={n}: first load {first['load_s']:.1f} s (parse {first['phases'].get(parse_label, 0):.1f} s); "
            f"prepared load median {r['load_s']:.2f} s over {[round(x['load_s'], 2) for x in loads]}; "
            f"{first['assets']} assets, {first['checks']} checks, {first['jobs']} jobs"
            + (f"; snapshot {r['snapshot_s']:.1f} s" if snapshot else "")
            + (f"; validate {validate[0]:.1f} s (exit {validate[1]})" if validate else ""),
            flush=True,
        )
        if first["missing"]:
            print(f"  note: phases not found in the product (renamed?): {first['missing']}", flush=True)

    print()
    print("Definitions load, prepared manifest (median of fresh processes; seconds)")
    header = (f"{'pipelines':>9} {'load_s':>7} {'min':>6} {'max':>6} {'imports':>7} {'build':>6} {'resolve':>7} {'1 job':>6} "
              f"{'snapshot':>8} {'proc wall':>9} {'first load':>10} {'1st parse':>9} {'validate':>8}")
    print(header)
    print("-" * len(header))
    for n, r in rows.items():
        first = r["first"]
        print(
            f"{n:>9} {r['load_s']:>7.2f} {r['load_min']:>6.2f} {r['load_max']:>6.2f} {r['import_s']:>7.2f} {r['build_s']:>6.2f} "
            f"{r['resolve_s']:>7.2f} {fmt(r['one_job_s']):>6} {fmt(r['snapshot_s']):>8} {r['wall_s']:>9.2f} {first['load_s']:>10.2f} "
            f"{first['phases'].get(parse_label, 0):>9.2f} {fmt(r['validate'][0] if r['validate'] else None):>8}"
        )
    print("  load_s = imports + one build_definitions (the RESULT); resolve = defs.get_repository_def();")
    print("  1 job = resolving one pipeline job (repo.get_job); snapshot = RepositorySnap.from_def, which resolves every job")
    print("  (what a code server, `dagster dev` and `dg check defs` build; one fresh process per size);")
    print("  proc wall = the whole fresh `python` of a prepared load (incl. resolve + 1 job and interpreter exit);")
    print("  first load = load_s of the first process (compile + dbt parse); validate = `dagster definitions validate` wall.")
    print()
    print("build_definitions phases, prepared manifest (median seconds; timers wrapped around the product's functions)")
    labels = [label for _, _, label in PHASES]
    print(f"{'phase':<52}" + "".join(f"{'n=' + str(n):>9}" for n in rows))
    for label in labels:
        print(f"{label:<52}" + "".join(f"{rows[n]['phases'][label]:>9.3f}" for n in rows))
    rest = {n: r["build_s"] - sum(v for k, v in r["phases"].items() if not k.startswith("  ")) for n, r in rows.items()}
    print(f"{'rest (jobs/schedules, dg.Definitions, module import)':<52}" + "".join(f"{rest[n]:>9.3f}" for n in rows))
    print(f"{'build_definitions total':<52}" + "".join(f"{rows[n]['build_s']:>9.3f}" for n in rows))
    print()
    print("first load (compile + dbt parse) phases (seconds)")
    for label in labels:
        print(f"{label:<52}" + "".join(f"{rows[n]['first']['phases'].get(label, 0.0):>9.3f}" for n in rows))

    if rows and not args.no_experiments:
        n = max(rows)
        project = DATA / f"n{n}" / "ws" / "projects" / PROJECT
        base = rows[n]
        print()
        print(f"EXPERIMENTS at n={n} (bench-only monkeypatches inside the probe process; product code unchanged)")
        for name, what in VARIANTS.items():
            print(f"  {name}: {what}")
        print(f"  {'variant':<12} {'load_s':>7} {'imports':>7} {'build':>6} {'resolve':>7} {'1 job':>6} {'snapshot':>8}   per-phase change vs baseline")
        print(f"  {'baseline':<12} {base['load_s']:>7.2f} {base['import_s']:>7.2f} {base['build_s']:>6.2f} {base['resolve_s']:>7.2f} "
              f"{fmt(base['one_job_s']):>6} {fmt(base['snapshot_s']):>8}")
        for name in VARIANTS:
            runs = [run_probe(project, snapshot=(name != "fast_load" and not args.no_snapshot), variants=[name])
                    for _ in range(args.repeat if name == "fast_load" else 1)]
            m = lambda key: med_opt([r[key] for r in runs])  # noqa: E731
            phases = {label: statistics.median(r["phases"].get(label, 0.0) for r in runs) for label in labels}
            changes = ", ".join(f"{label.strip()} {phases[label] - base['phases'][label]:+.2f}"
                                for label in labels if abs(phases[label] - base["phases"][label]) >= 0.2)
            print(f"  {name:<12} {m('load_s'):>7.2f} {m('import_s'):>7.2f} {m('build_s'):>6.2f} {m('resolve_s'):>7.2f} "
                  f"{fmt(m('one_job_s')):>6} {fmt(m('snapshot_s')):>8}   {changes} ({len(runs)} run(s); {runs[0]['jobs']} jobs)", flush=True)

    try:
        import pyinstrument  # noqa: F401
    except ImportError:
        if not args.no_profile:
            print("\npyinstrument is not installed (.venv/bin/pip install pyinstrument): profile skipped")
        args.no_profile = True
    if not args.no_profile and rows:
        n = max(rows)
        project = DATA / f"n{n}" / "ws" / "projects" / PROJECT
        out = DATA / f"profile_n{n}"
        prof = run_probe(project, profile_out=out)
        print()
        print(f"pyinstrument profile of one prepared load, n={n} (imports + build + resolve + 1 job = "
              f"{prof['import_s'] + prof['build_s'] + prof['resolve_s'] + (prof['one_job_s'] or 0):.2f} s under the profiler; "
              f"html: {out.with_suffix('.html')})")
        for label, seconds in prof["profile_categories"].items():
            print(f"  {seconds:7.2f} s  {label}")
        text = prof["profile_text"].splitlines()
        print()
        print(f"pyinstrument call tree (first 120 lines of {len(text)}):")
        for line in text[:120]:
            print("  " + line)

    if not args.keep:
        for n in rows:
            shutil.rmtree(DATA / f"n{n}", ignore_errors=True)
    print()
    print(f"total bench time {time.time() - bench_started:.0f} s; load average now {os.getloadavg()[0]:.2f}")
    print("RESULT " + " ".join(f"load_s_{n}={rows[n]['load_s']:.2f}" for n in rows))
    return 0


def med_opt(values: list) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


if __name__ == "__main__":
    sys.exit(main())
