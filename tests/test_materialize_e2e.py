"""`dagster asset materialize -m ai_etl.definitions` of the demo pipeline, in a subprocess, on the real engines."""

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import clickhouse_connect
import dagster as dg

BIN = Path(sys.executable).parent


def _materialize(workspace: Path, shop_url: str, home: Path) -> subprocess.CompletedProcess:
    home.mkdir(exist_ok=True)
    env = {
        **os.environ,
        "AI_ETL_PROJECT": str(workspace / "projects" / "ecommerce"),
        "SHOP_DATABASE_URL": shop_url,
        "DAGSTER_HOME": str(home),
    }
    # as CI does: prepare (compile + dbt parse), then Dagster's own command, which only reads
    prepared = subprocess.run([str(BIN / "ai-etl"), "prepare"], env=env, capture_output=True, text=True)
    if prepared.returncode != 0:
        return prepared
    return subprocess.run(
        [str(BIN / "dagster"), "asset", "materialize", "-m", "ai_etl.definitions", "--select", "group:ecommerce__daily_sales"],
        env=env, capture_output=True, text=True,
    )  # fmt: skip


def _mart_rows(workspace: Path) -> list[tuple]:
    client = clickhouse_connect.get_client(dsn=f"chdb://{workspace / 'projects' / 'ecommerce' / '.data' / 'warehouse'}")
    try:
        return client.query("SELECT transaction_date, total_amount, transactions FROM ecommerce.daily_sales ORDER BY 1").result_rows
    finally:
        client.close()


def test_demo_pipeline_mart_equals_the_aggregate_in_postgres(workspace, shop, shop_url, tmp_path):
    done = _materialize(workspace, shop_url, tmp_path / "dagster_home")
    assert done.returncode == 0, done.stderr[-3000:]
    with shop.connect() as conn:
        expected = conn.execute(
            "select transaction_date, sum(amount), count(*) from sales_transactions "
            "where status = 'completed' and amount > 0 group by 1 order by 1"
        ).fetchall()
    got = _mart_rows(workspace)
    assert len(got) == len(expected) > 300
    assert [(d, Decimal(a), n) for d, a, n in got] == [(d, a, n) for d, a, n in expected]

    instance = dg.DagsterInstance.from_config(str(tmp_path / "dagster_home"))
    mart = instance.get_latest_materialization_event(dg.AssetKey(["ecommerce", "marts", "daily_sales"]))
    raw = instance.get_latest_materialization_event(dg.AssetKey(["ecommerce", "raw", "daily_sales__sales_transactions"]))
    assert mart.asset_materialization.metadata["dagster/row_count"].value == len(expected)
    with shop.connect() as conn:
        assert raw.asset_materialization.metadata["dagster/row_count"].value == conn.execute("select count(*) from sales_transactions").fetchone()[0]


def test_failing_dbt_test_becomes_a_failed_asset_check(workspace, shop_url, tmp_path):
    spec = workspace / "projects/ecommerce/pipelines/daily_sales.yaml"
    spec.write_text(spec.read_text().replace("status: [completed, failed, refunded]", "status: [completed, failed]"))
    done = _materialize(workspace, shop_url, tmp_path / "dagster_home")
    assert done.returncode != 0

    instance = dg.DagsterInstance.from_config(str(tmp_path / "dagster_home"))
    check = dg.AssetCheckKey(
        dg.AssetKey(["ecommerce", "staging", "stg_daily_sales__sales_transactions"]),
        "accepted_values_stg_daily_sales__sales_transactions_status__completed__failed",
    )
    [record] = instance.event_log_storage.get_asset_check_execution_history(check, limit=1)
    assert record.status.value == "FAILED"
