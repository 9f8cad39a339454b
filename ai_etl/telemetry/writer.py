"""One telemetry run: open the warehouse, read the event log on from the stored cursor, append, close."""

from __future__ import annotations

import dagster as dg
from pydantic import BaseModel

from ai_etl.resources.clickhouse import ClickHouseResource, quote_ident
from ai_etl.telemetry.event_log import RunScope, newest_run_end, read_finished_runs
from ai_etl.telemetry.marts import MART_VIEWS, create_mart_views
from ai_etl.telemetry.tables import append_batch, ensure_ops_tables, ops_database, read_cursor, reset_cursor, table_counts, write_cursor


class TelemetryReport(BaseModel):
    database: str
    runs_read: int = 0
    added: dict[str, int] = {}
    rows: dict[str, int] = {}
    cursor: int = 0
    restarted: bool = False

    def summary(self) -> str:
        added = ", ".join(f"{n} {k}" for k, n in self.added.items() if n) or "nothing new"
        restart = " (the instance is new to it: read from the start)" if self.restarted else ""
        return f"{self.database}: {self.runs_read} run(s) recorded, added {added}; event log read up to {self.cursor}{restart}"


def record_telemetry(instance: dg.DagsterInstance, warehouse: ClickHouseResource, scope: RunScope, batch_runs: int = 200, max_batches: int = 50) -> TelemetryReport:
    database = ops_database(scope.project)
    report = TelemetryReport(database=database)
    with warehouse.get_client() as client:
        ensure_ops_tables(client, database)
        create_mart_views(client, database)
        after = read_cursor(client, database)
        if after > newest_run_end(instance):
            reset_cursor(client, database)
            after, report.restarted = 0, True
        for _ in range(max_batches):
            batch = read_finished_runs(instance, scope, after, limit=batch_runs)
            for table, added in append_batch(client, database, batch).items():
                report.added[table] = report.added.get(table, 0) + added
            report.runs_read += len(batch.runs)
            if batch.cursor == after:
                break
            write_cursor(client, database, batch.cursor)
            after = batch.cursor
        report.cursor = after
        report.rows = table_counts(client, database)
        for mart in MART_VIEWS:
            report.rows[mart.name] = int(client.command(f"SELECT count() FROM {quote_ident(database)}.{quote_ident(mart.name)}"))
    return report
