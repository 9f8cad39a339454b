"""`ai-etl metrics serve`: the Prometheus endpoint of a project's telemetry, over the workspace's Dagster instance."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from ai_etl.errors import UserError

if TYPE_CHECKING:
    import dagster as dg

    from ai_etl.project_files import ProjectFolder
    from ai_etl.telemetry.event_log import RunScope

DEFAULT_PORT = 9464  # Prometheus' registry of default ports lists 9464 for OpenTelemetry exporters; unused by Dagster


def project_scope(folder: ProjectFolder) -> RunScope:
    """The project's runs, each asset mapped to its pipeline from the pipeline files (no Dagster load)."""
    from ai_etl.resolved_pipeline import resolve_pipeline
    from ai_etl.telemetry.dagster_defs import telemetry_job_name
    from ai_etl.telemetry.event_log import RunScope

    owner = {key: name for name, pipeline in folder.pipelines.items() for key in resolve_pipeline(folder, pipeline).asset_keys()}
    return RunScope(folder.name, owner.get, own_jobs=(telemetry_job_name(folder.name),), own_asset_prefix=(folder.name, "ops"))


def serve_metrics(instance: dg.DagsterInstance, scope: RunScope, host: str, port: int):
    """Start the endpoint in a background thread -> (server, thread); port 0 picks a free one."""
    from prometheus_client import start_http_server
    from prometheus_client.registry import CollectorRegistry

    from ai_etl.telemetry.metrics import TelemetryCollector

    registry = CollectorRegistry(auto_describe=False)
    registry.register(TelemetryCollector(instance, scope))
    try:
        return start_http_server(port, addr=host, registry=registry)
    except OSError as err:
        raise UserError(f"Cannot serve metrics on {host}:{port} ({err.strerror or err}); choose another port with --port.") from None


def run_metrics(folder: ProjectFolder, args) -> int:
    import dagster as dg

    from ai_etl.cli import dagster_home

    if not 0 <= args.port <= 65535:
        raise UserError(f"--port {args.port} is not a TCP port (0-65535).")
    home = dagster_home(folder.root.parent.parent)
    os.environ.setdefault("DAGSTER_HOME", str(home))
    with dg.DagsterInstance.from_config(str(home)) as instance:
        server, thread = serve_metrics(instance, project_scope(folder), args.host, args.port)
        print(f"Serving the telemetry of project '{folder.name}' at http://{args.host}:{server.server_address[1]}/metrics "
              f"(Dagster instance {home}); Ctrl-C stops.", flush=True)  # fmt: skip
        try:
            thread.join()
        except KeyboardInterrupt:
            server.shutdown()
    return 0
