"""End-to-end checks for dbt-chdb: dbt-clickhouse running on an on-disk chDB folder."""

import os
import subprocess
import sys
from pathlib import Path

import clickhouse_connect
from dbt.cli.main import dbtRunner

from dbt.adapters.chdb import ChdbCredentials

PROFILE = """\
chdb_test:
  target: embedded
  outputs:
    embedded:
      type: chdb
      path: {path}
      schema: analytics
      threads: 1
      custom_settings: {{join_use_nulls: 1}}
"""

FILES = {
    "dbt_project.yml": "name: chdb_test\nversion: '1.0'\nconfig-version: 2\nprofile: chdb_test\n"
    "flags:\n  send_anonymous_usage_stats: false\n",
    "seeds/customers.csv": "id,name\n1,alice\n2,bob\n",
    "seeds/orders.csv": "order_id,customer_id,amount\n10,1,5.5\n11,1,7.0\n12,9,1.0\n",
    # LEFT JOIN: order 12 has no customer -> name must be NULL (join_use_nulls), not ''.
    "models/order_names.sql": "{{ config(materialized='table', order_by='order_id') }}\n"
    "select o.order_id, c.name from {{ ref('orders') }} o\n"
    "left join {{ ref('customers') }} c on c.id = o.customer_id\n",
    "models/orders_inc.sql": "{{ config(materialized='incremental', unique_key='order_id', "
    "order_by='order_id') }}\nselect order_id, amount from {{ ref('orders') }}\n"
    "{% if is_incremental() %}where order_id > (select max(order_id) - 1 from {{ this }}){% endif %}\n",
    "models/schema.yml": "version: 2\nmodels:\n  - name: orders_inc\n    columns:\n"
    "      - name: order_id\n        data_tests: [not_null, unique]\n",
}


def make_project(tmp_path: Path) -> tuple[Path, Path]:
    project, warehouse = tmp_path / "project", tmp_path / "warehouse"
    for name, text in FILES.items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text(text)
    (project / "profiles.yml").write_text(PROFILE.format(path=warehouse))
    return project, warehouse


def build_args(project: Path) -> list[str]:
    return ["build", "--project-dir", str(project), "--profiles-dir", str(project)]


def test_relative_path_is_made_absolute():
    creds = ChdbCredentials.from_dict({"path": "rel/wh", "schema": "s"})
    assert creds.path == os.path.realpath("rel/wh")


def test_build_twice_in_process_then_read_back(tmp_path):
    project, warehouse = make_project(tmp_path)
    for _ in range(2):  # the second run takes the incremental path and reopens the same folder
        res = dbtRunner().invoke(build_args(project))
        assert res.success, res.exception
        assert {str(r.status) for r in res.result} <= {"success", "pass"}

    # dbt closed its clients when the invocation ended; our own client must be closed too.
    client = clickhouse_connect.get_client(dsn=f"chdb://{warehouse}")
    try:
        inc = client.query("select order_id, amount from analytics.orders_inc order by 1")
        names = client.query("select order_id, name from analytics.order_names order by 1")
    finally:
        client.close()
    assert inc.result_rows == [(10, 5.5), (11, 7.0), (12, 1.0)]
    assert names.result_rows == [(10, "alice"), (11, "alice"), (12, None)]


def test_failing_test_fails_in_process_and_cli(tmp_path):
    # A new folder in the same process only opens if the previous test closed every client.
    project, _ = make_project(tmp_path)
    (project / "tests").mkdir()
    (project / "tests/no_orphans.sql").write_text(
        "select * from {{ ref('order_names') }} where name is null"
    )
    res = dbtRunner().invoke(build_args(project))
    assert not res.success and "fail" in {str(r.status) for r in res.result}

    # The CLI (another process) can open the folder now that this process released it.
    dbt = Path(sys.executable).with_name("dbt")
    proc = subprocess.run([dbt, *build_args(project)], capture_output=True, text=True)
    assert proc.returncode == 1, proc.stdout[-2000:]
    assert "FAIL 1 no_orphans" in proc.stdout
