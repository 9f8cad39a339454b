"""The load methods the benchmark compares; each runs in a fresh worker process of its own.

Every method is a *setup* function `(job) -> load`: setup does the imports and the metadata
look-ups that are not part of a load; `load()` is what is timed, from opening the fresh chDB
folder to closing it. After the timed part the worker records its peak memory, then counts and
sums the loaded table in chDB for the parent process to compare with PostgreSQL.
"""

from __future__ import annotations

import os
import resource
import shutil
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict

from bench_datasets import Dataset

REPO = Path(__file__).resolve().parent.parent
WAREHOUSE_DB = "bench"
PROJECT = "bench"
SOURCE_URL_ENV = "BENCH_SHOP_URL"
BATCH_ROWS = 100_000  # rows per insert for the Python-side methods
GB = 1e9


class Job(BaseModel):
    """What one worker process does; written as JSON by the parent."""

    model_config = ConfigDict(frozen=True)

    method: str
    dataset: Dataset
    workdir: str  # fresh, empty: the chDB folder (and the product's workspace) go here
    limit_rows: int | None = None  # only the naive method honours it
    result_path: str


class WorkerResult(BaseModel):
    method: str
    dataset: str
    rows_loaded: int
    checksum: Decimal
    seconds: float
    peak_mem_gb: float  # ru_maxrss of the process + of its largest child (RUSAGE_CHILDREN)
    children_mem_gb: float  # the RUSAGE_CHILDREN part alone
    base_mem_gb: float  # resident memory after imports and setup, before the load
    note: str = ""


class Loaded(BaseModel):
    """What a load reports back: where the rows went and a note for the report."""

    table: str  # database.table in chDB
    note: str = ""


Load = Callable[[], Loaded]


# ------------------------------------------------------------------ helpers


def _chdb_path(job: Job) -> Path:
    return Path(job.workdir) / "warehouse"


def _open_chdb(job: Job):
    import clickhouse_connect

    return clickhouse_connect.get_client(dsn=f"chdb://{_chdb_path(job)}")


def _target_table(job: Job) -> str:
    """Where the non-product methods load (the product's table comes from its materialization)."""
    return job.dataset.table


def _qualified(job: Job) -> str:
    from ai_etl.resources.clickhouse import quote_ident

    return f"{quote_ident(WAREHOUSE_DB)}.{quote_ident(_target_table(job))}"


def _pg_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _create_target(client, job: Job, source) -> None:
    from ai_etl.loading import create_table_sql

    client.command(f"CREATE DATABASE IF NOT EXISTS {WAREHOUSE_DB}")
    client.command(create_table_sql(WAREHOUSE_DB, _target_table(job), source))


def _describe(job: Job):
    from ai_etl.resources.postgres import PostgresResource

    return PostgresResource(url=job.dataset.pg_url).describe(job.dataset.table)


def _select_all(source, limit: int | None = None) -> str:
    columns = ", ".join(_pg_ident(c.name) for c in source.columns)
    return f"select {columns} from {_pg_ident(source.schema_name)}.{_pg_ident(source.name)}" + (
        f" limit {int(limit)}" if limit is not None else ""
    )


def _preload_modules_that_spawn() -> None:
    """Import croniter and dagster (its vendored croniter) first, while this process is still small.

    Importing croniter runs `file -b <python>` through `platform.architecture()`. A child started by
    vfork + exec inherits the parent's memory high-water mark as its own ru_maxrss, so had chDB's
    0.4 GB library been loaded already, that short `file` process would add a phantom 0.2-0.5 GB to
    RUSAGE_CHILDREN. Imported here first, the phantom stays under 0.05 GB (see `children_mem_gb`).
    """
    import croniter  # noqa: F401
    import dagster  # noqa: F401


def _import_engines() -> None:
    """Imports every method pays for outside the timed part (chDB's engine library is large)."""
    import chdb  # noqa: F401
    import clickhouse_connect  # noqa: F401
    import pyarrow  # noqa: F401


# ------------------------------------------------------------------ methods


def product(job: Job, transfer: str | None = None) -> Load:
    """The product's extract asset, materialized through Dagster as users get it."""
    workspace = write_workspace(job, transfer)
    os.environ[SOURCE_URL_ENV] = job.dataset.pg_url
    # ai_etl.definitions builds its default project at import: point it at this workspace, not at
    # projects/ecommerce (whose dbt parse would run in a child process and count in our memory).
    os.environ["AI_ETL_PROJECT"] = str(workspace)
    import dagster as dg

    from ai_etl.definitions import build_definitions
    from ai_etl.resources.clickhouse import quote_ident

    _import_engines()

    defs = build_definitions(workspace, prepare=True)
    job_def = defs.resolve_implicit_global_asset_job_def()
    key = dg.AssetKey([PROJECT, "raw", job.dataset.table])
    if key not in job_def.asset_layer.asset_graph.materializable_asset_keys:
        known = sorted(k.to_user_string() for k in job_def.asset_layer.asset_graph.materializable_asset_keys)
        raise RuntimeError(f"no asset {key.to_user_string()} in the product's definitions (it has: {known})")

    table_name = defs.resolve_assets_def(key).specs_by_key[key].metadata["dagster/table_name"]
    database, table = str(getattr(table_name, "value", table_name)).split(".", 1)

    def load() -> Loaded:
        started = time.perf_counter()
        result = job_def.execute_in_process(asset_selection=[key], instance=dg.DagsterInstance.ephemeral())
        run_seconds = time.perf_counter() - started
        if not result.success:
            raise RuntimeError("the Dagster run failed")
        [event] = [e for e in result.get_asset_materialization_events() if e.asset_key == key]
        metadata = event.materialization.metadata
        inside = metadata["duration_s"].value
        return Loaded(
            table=f"{quote_ident(database)}.{quote_ident(table)}",
            note=f"load {inside:.2f} s inside the asset + Dagster run {run_seconds - inside:.2f} s; "
            f"transfer {metadata['transfer'].value}",
        )

    return load


def product_arrow(job: Job) -> Load:
    """The product with `load: {transfer: arrow}` (its path for a ClickHouse server)."""
    return product(job, transfer="arrow")


def ceiling(job: Job) -> Load:
    """ClickHouse pulls from PostgreSQL itself: INSERT ... SELECT * FROM postgresql(...)."""
    _import_engines()
    from ai_etl.resources.clickhouse import ClickHouseResource
    from ai_etl.resources.postgres import PostgresResource

    source = _describe(job)
    function = ClickHouseResource.postgres_table_function(
        PostgresResource(url=job.dataset.pg_url).address(), job.dataset.table, source.schema_name
    )

    def load() -> Loaded:
        client = _open_chdb(job)
        try:
            _create_target(client, job, source)
            client.command(f"INSERT INTO {_qualified(job)} SELECT * FROM {function}")
        finally:
            client.close()
        return Loaded(table=_qualified(job), note="INSERT ... SELECT * FROM postgresql(table)")

    return load


def adbc(job: Job) -> Load:
    """ADBC (PostgreSQL binary COPY -> Arrow) batches -> client.insert_arrow."""
    _import_engines()
    import adbc_driver_postgresql.dbapi as adbc_pg

    from ai_etl.resources.postgres import _decode_numerics  # numeric arrives as opaque text

    source = _describe(job)

    def load() -> Loaded:
        client = _open_chdb(job)
        batches = 0
        try:
            _create_target(client, job, source)
            with adbc_pg.connect(job.dataset.pg_url) as conn, conn.cursor() as cursor:
                cursor.execute(_select_all(source))
                for batch in cursor.fetch_record_batch():
                    if batch.num_rows:
                        client.insert_arrow(_target_table(job), _decode_numerics(batch), database=WAREHOUSE_DB)
                        batches += 1
        finally:
            client.close()
        return Loaded(table=_qualified(job), note=f"{batches} Arrow batches (ADBC's default size)")

    return load


def connectorx(job: Job) -> Load:
    """ConnectorX streaming Arrow batches -> client.insert_arrow."""
    _import_engines()
    import connectorx as cx

    source = _describe(job)

    def load() -> Loaded:
        client = _open_chdb(job)
        batches = 0
        try:
            _create_target(client, job, source)
            reader = cx.read_sql(job.dataset.pg_url, _select_all(source), return_type="arrow_stream", batch_size=BATCH_ROWS)
            for batch in reader:
                if batch.num_rows:
                    client.insert_arrow(_target_table(job), batch, database=WAREHOUSE_DB)
                    batches += 1
        finally:
            client.close()
        return Loaded(table=_qualified(job), note=f"{batches} Arrow batches of <= {BATCH_ROWS:,} rows")

    return load


def naive(job: Job) -> Load:
    """psycopg server-side cursor, fetchmany -> client.insert of lists of tuples (one insert context)."""
    _import_engines()
    import psycopg

    source = _describe(job)
    columns = [c.name for c in source.columns]

    def load() -> Loaded:
        client = _open_chdb(job)
        try:
            _create_target(client, job, source)
            context = client.create_insert_context(_target_table(job), columns, database=WAREHOUSE_DB)
            with psycopg.connect(job.dataset.pg_url) as conn:
                conn.execute("set synchronize_seqscans = off")  # the same first rows as the parent's check
                with conn.cursor(name="bench_naive") as cursor:
                    cursor.itersize = BATCH_ROWS
                    cursor.execute(_select_all(source, job.limit_rows))
                    while rows := cursor.fetchmany(BATCH_ROWS):
                        context.data = rows
                        client.insert(context=context)
        finally:
            client.close()
        return Loaded(table=_qualified(job), note=f"fetchmany + insert of {BATCH_ROWS:,}-row batches")

    return load


METHODS: dict[str, Callable[[Job], Load]] = {
    "ceiling": ceiling,
    "product": product,
    "product-arrow": product_arrow,
    "adbc": adbc,
    "connectorx": connectorx,
    "naive": naive,
}


# ------------------------------------------------------------------ product workspace


def write_workspace(job: Job, transfer: str | None) -> Path:
    """A workspace folder as users have it: projects/bench/{project.yaml,pipelines/} + dbt_project/.

    Returns the project folder. The pipeline file follows projects/ecommerce/pipelines/daily_sales.yaml,
    as an on-demand pipeline without transformations (so there are no dbt models to run).
    """
    root = Path(job.workdir) / "workspace"
    project_dir = root / "projects" / PROJECT
    (project_dir / "pipelines").mkdir(parents=True)
    table = job.dataset.table
    project = {
        "name": PROJECT,
        "description": "Load-throughput benchmark.",
        "timezone": "UTC",
        "connectors": {
            "shop": {"type": "postgres", "url_env": SOURCE_URL_ENV},
            "warehouse": {"type": "clickhouse", "url": f"chdb://{_chdb_path(job)}", "database": WAREHOUSE_DB},
        },
    }
    load: dict = {"mode": "full_refresh"}
    if transfer:
        load["transfer"] = transfer
    pipeline = {
        "name": f"load_{table}",
        "description": f"{table} copied as is (benchmark).",
        "type": "on_demand",
        "source": {"type": "postgres", "connector": "shop", "table": table},
        "target": {"type": "clickhouse", "connector": "warehouse", "table": table},
        "load": load,
        "retries": {"max_retries": 0, "delay_s": 0},  # a failed load must fail the benchmark, not retry
        "owners": ["bench@example.com"],
        "tags": {"domain": "bench"},
    }
    (project_dir / "project.yaml").write_text(yaml.safe_dump(project, sort_keys=False))
    (project_dir / "pipelines" / f"load_{table}.yaml").write_text(yaml.safe_dump(pipeline, sort_keys=False))
    dbt = root / "dbt_project"
    dbt.mkdir()
    for name in ("dbt_project.yml", "profiles.yml"):
        shutil.copy2(REPO / "dbt_project" / name, dbt / name)
    shutil.copytree(REPO / "dbt_project" / "macros", dbt / "macros")
    return project_dir


# ------------------------------------------------------------------ worker


def _rss_gb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / GB


def _peak_gb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest waited-for child; ru_maxrss is in KiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / GB
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024 / GB
    return own, children


def _count_and_sum(job: Job, table: str) -> tuple[int, Decimal]:
    from ai_etl.resources.clickhouse import quote_ident

    client = _open_chdb(job)
    try:
        rows, total = client.query(
            f"SELECT count(), toString(sum({quote_ident(job.dataset.sum_column)})) FROM {table}"
        ).result_rows[0]
    finally:
        client.close()
    return int(rows), Decimal(total)


def run_job(job: Job) -> WorkerResult:
    _preload_modules_that_spawn()
    load = METHODS[job.method](job)
    base = _rss_gb()
    started = time.perf_counter()
    loaded = load()
    seconds = time.perf_counter() - started
    own, children = _peak_gb()
    rows, checksum = _count_and_sum(job, loaded.table)
    return WorkerResult(
        method=job.method, dataset=job.dataset.name, rows_loaded=rows, checksum=checksum,
        seconds=seconds, peak_mem_gb=own + children, children_mem_gb=children, base_mem_gb=base, note=loaded.note,
    )  # fmt: skip
