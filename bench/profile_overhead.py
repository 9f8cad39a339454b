"""What the profile metadata adds to a materialization of a pipeline's target table.

A 1M-row table shaped like the demo's orders (ids, a nullable column, low-cardinality text, decimals,
timestamps) in embedded chDB: the median time of `profile_metadata` (the query the extract and dbt
steps run after a load), of opening the warehouse once more (the extract step's extra open), and of
copying the table with INSERT ... SELECT (a lower bound on loading it, for scale).

    PYTHONPATH=. .venv/bin/python bench/profile_overhead.py [--rows 1000000]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time

import clickhouse_connect

from ai_etl.monitoring.asset_profile import profile_metadata


def median_ms(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        dsn = f"chdb://{folder}/warehouse"
        client = clickhouse_connect.get_client(dsn=dsn)
        client.command("CREATE DATABASE shop")
        client.command(
            "CREATE TABLE shop.orders (id Int64, customer_id Int64, status String, amount Decimal(12, 2), currency String, region String, "
            "coupon Nullable(String), created_at DateTime64(6, 'UTC'), updated_at DateTime64(6, 'UTC')) ENGINE = MergeTree ORDER BY id"
        )
        client.command(
            f"INSERT INTO shop.orders SELECT number, number % 20000, ['completed','pending','cancelled','refunded'][number % 4 + 1], "
            "(number % 100000) / 100, 'EUR', ['EU','US','APAC'][number % 3 + 1], if(number % 7 = 0, concat('C', toString(number % 500)), NULL), "
            f"toDateTime64('2025-01-01', 6, 'UTC') + number, toDateTime64('2025-01-01', 6, 'UTC') + number FROM numbers({args.rows})"
        )
        client.command("CREATE TABLE shop.copy AS shop.orders")

        def copy() -> None:
            client.command("TRUNCATE TABLE shop.copy")
            client.command("INSERT INTO shop.copy SELECT * FROM shop.orders")

        load_ms = median_ms(copy, args.repeat)
        warnings: list[str] = []
        profile_ms = median_ms(lambda: profile_metadata(client, "shop", "copy", warnings.append, rows=args.rows), args.repeat)
        entries = len(profile_metadata(client, "shop", "copy", warnings.append, rows=args.rows))
        client.close()

        def reopen() -> None:
            clickhouse_connect.get_client(dsn=dsn).close()

        open_ms = median_ms(reopen, args.repeat)
    assert not warnings, warnings
    print(f"{args.rows:,} rows, 9 columns: profile metadata {profile_ms:.0f} ms ({entries} entries), reopening the warehouse {open_ms:.0f} ms, "
          f"copying the table (INSERT ... SELECT) {load_ms:.0f} ms (medians of {args.repeat})")  # fmt: skip
    print(f"RESULT profile_ms={profile_ms:.0f} reopen_ms={open_ms:.0f} copy_ms={load_ms:.0f}")


if __name__ == "__main__":
    main()
