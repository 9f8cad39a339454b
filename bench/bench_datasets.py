"""Source data of bench/load_throughput.py in an embedded PostgreSQL, prepared once and reused.

Everything lives under bench/.data/load_throughput/ (gitignored).

- `orders` of the demo shop (`ai_etl.demo_data.generate`), one database per size: `shop_<rows>`.
- TPC-H `lineitem` from `tpchgen-cli` (CSV, loaded with COPY), one database per scale: `tpch_sf<scale>`.

A database is reused only when it carries the `_bench_ready` marker table, which is written last;
an interrupted preparation is redone from scratch on the next run.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import psycopg
from pydantic import BaseModel, ConfigDict

from ai_etl.demo_data import generate
from ai_etl.embedded_postgres import EmbeddedPostgres

DATA_DIR = Path(__file__).resolve().parent / ".data" / "load_throughput"  # other benchmarks share .data/
PG_DATA_DIR = DATA_DIR / "postgres"
TPCH_DIR = DATA_DIR / "tpch"
READY_MARKER = "_bench_ready"

LINEITEM_DDL = """
create table lineitem (
  l_orderkey      bigint        not null,
  l_partkey       bigint        not null,
  l_suppkey       bigint        not null,
  l_linenumber    integer       not null,
  l_quantity      numeric(15,2) not null,
  l_extendedprice numeric(15,2) not null,
  l_discount      numeric(15,2) not null,
  l_tax           numeric(15,2) not null,
  l_returnflag    char(1)       not null,
  l_linestatus    char(1)       not null,
  l_shipdate      date          not null,
  l_commitdate    date          not null,
  l_receiptdate   date          not null,
  l_shipinstruct  char(25)      not null,
  l_shipmode      char(10)      not null,
  l_comment       varchar(44)   not null
)
"""


class Dataset(BaseModel):
    """One source table and what a correct load of it must reproduce."""

    model_config = ConfigDict(frozen=True)

    name: str  # orders | lineitem
    label: str  # human description for the report
    pg_url: str
    table: str
    sum_column: str  # a numeric column whose sum must survive the load exactly
    rows: int
    checksum: Decimal


class Expected(BaseModel):
    model_config = ConfigDict(frozen=True)

    rows: int
    checksum: Decimal


class PostgresServer:
    """The embedded server under DATA_DIR/postgres; stopped on exit only if this run started it."""

    def __init__(self, data_dir: Path = PG_DATA_DIR):
        self.server = EmbeddedPostgres(data_dir)
        self._started_here = False

    def __enter__(self) -> PostgresServer:
        self._started_here = self.server.port() is None
        self.server.start("postgres")
        return self

    def __exit__(self, *exc) -> None:
        if self._started_here:
            self.server.stop()

    def database_url(self, database: str) -> str:
        return self.server.start(database)


def _is_ready(url: str) -> bool:
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute("select to_regclass(%s) is not null", (READY_MARKER,)).fetchone()[0]


def _mark_ready(conn: psycopg.Connection) -> None:
    conn.execute(f"create table if not exists {READY_MARKER} (prepared_at timestamptz default now())")
    conn.execute(f"insert into {READY_MARKER} default values")


def _log(message: str) -> None:
    print(f"[prepare] {message}", flush=True)


def _scale_tag(scale: float) -> str:
    return f"{scale:g}".replace(".", "_")


def prepare_orders(server: PostgresServer, rows: int) -> Dataset:
    url = server.database_url(f"shop_{rows}")
    if not _is_ready(url):
        _log(f"generating the demo shop with {rows:,} orders (once; reused by later runs)")
        started = time.perf_counter()
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"drop table if exists {READY_MARKER}")
            generate(conn, rows=rows, seed=42)
            # set hint bits and visibility now, so no method pays for the first scan after a bulk load
            conn.execute("vacuum (freeze, analyze) orders")
            _mark_ready(conn)
        _log(f"demo shop ready in {time.perf_counter() - started:.0f} s")
    return _describe_dataset("orders", "demo shop orders (ai_etl.demo_data, seed 42)", url, "orders", "amount")


def tpchgen_executable() -> str:
    beside = Path(sys.executable).parent / "tpchgen-cli"
    found = str(beside) if beside.exists() else shutil.which("tpchgen-cli")
    if not found:
        raise SystemExit("tpchgen-cli is not installed; run: .venv/bin/pip install -r bench/requirements.txt")
    return found


def prepare_lineitem(server: PostgresServer, scale: float) -> Dataset:
    url = server.database_url(f"tpch_sf{_scale_tag(scale)}")
    if not _is_ready(url):
        _log(f"generating TPC-H lineitem at scale {scale:g} with tpchgen-cli and COPYing it in (once)")
        started = time.perf_counter()
        folder = TPCH_DIR / f"sf{_scale_tag(scale)}"
        csv = folder / "lineitem.csv"
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [tpchgen_executable(), "csv", "-s", f"{scale:g}", "--tables", "lineitem", "-o", str(folder),
             "--overwrite", "--quiet"],
            check=True,
        )  # fmt: skip
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"drop table if exists {READY_MARKER}")
            conn.execute("drop table if exists lineitem")
            conn.execute(LINEITEM_DDL)
            with conn.cursor() as cursor, cursor.copy("copy lineitem from stdin (format csv, header true)") as copy:
                with csv.open("rb") as source:
                    while chunk := source.read(4 << 20):
                        copy.write(chunk)
            conn.execute("alter table lineitem add primary key (l_orderkey, l_linenumber)")
            conn.execute("vacuum (freeze, analyze) lineitem")
            _mark_ready(conn)
        csv.unlink()  # PostgreSQL now holds the data; the CSV is only a by-product
        _log(f"lineitem ready in {time.perf_counter() - started:.0f} s")
    return _describe_dataset(
        "lineitem", f"TPC-H SF{scale:g} lineitem (tpchgen-cli)", url, "lineitem", "l_extendedprice"
    )


def _describe_dataset(name: str, label: str, url: str, table: str, sum_column: str) -> Dataset:
    """Count and checksum the table (this scan also warms the cache before any method runs)."""
    expected = expected_load(url, table, sum_column, limit=None)
    return Dataset(
        name=name, label=label, pg_url=url, table=table, sum_column=sum_column,
        rows=expected.rows, checksum=expected.checksum,
    )  # fmt: skip


def expected_load(url: str, table: str, sum_column: str, limit: int | None) -> Expected:
    """Count and sum of the whole table, or of the first `limit` rows of a sequential scan.

    With `synchronize_seqscans = off` a sequential scan always starts at the first block, so
    `select ... limit N` returns the same rows here as in the naive method's cursor.
    """
    limit_sql = f" limit {int(limit)}" if limit is not None else ""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("set synchronize_seqscans = off")
        rows, total = conn.execute(
            f'select count(*), coalesce(sum("{sum_column}"), 0) from (select "{sum_column}" from "{table}"{limit_sql}) s'
        ).fetchone()
    return Expected(rows=rows, checksum=Decimal(total))
