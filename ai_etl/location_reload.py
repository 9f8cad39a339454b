"""Reload a code location in the Dagster webserver(s) that serve this instance, wherever they listen.

After the agents write a pipeline, the webserver must reload the location or the new assets never
appear. The webserver is found, in order, from: an explicit URL (the job's config), the
AI_ETL_WEBSERVER_URL environment variable (a deployment where the webserver is another host), or
the webserver processes on this machine that use the same Dagster instance (DAGSTER_HOME), at the
port they actually listen on — so `dagster dev -p 3333` is found as well as the default 3000.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import BaseModel

WEBSERVER_URL_ENV = "AI_ETL_WEBSERVER_URL"
_WEBSERVER_MARKERS = ("dagster_webserver", "dagster-webserver")


class ReloadOutcome(BaseModel):
    """What happened to one reload: `ok` only when the webserver reported the location LOADED."""

    location: str
    webservers: list[str] = []
    ok: bool = False
    message: str

    def how_to_reload(self) -> str:
        return (
            f"reload the code location '{self.location}' in the Dagster UI (Deployment -> Code locations -> Reload), "
            f"or set {WEBSERVER_URL_ENV}=http://<host>:<port> so ai-etl can reload it"
        )


def webserver_urls(instance_root: str | Path | None, explicit: str | None = None) -> list[str]:
    """Base URLs of the webservers to reload: the explicit one, else $AI_ETL_WEBSERVER_URL, else local ones."""
    chosen = explicit or os.environ.get(WEBSERVER_URL_ENV)
    if chosen:
        return [_normalized(chosen)]
    return local_webservers(instance_root)


def local_webservers(instance_root: str | Path | None) -> list[str]:
    """Webserver processes of this machine on the same instance, by the TCP port each listens on."""
    import psutil

    root = str(Path(instance_root).resolve()) if instance_root else None
    found: list[str] = []
    for process in psutil.process_iter(["cmdline"]):
        try:
            cmdline = " ".join(process.info["cmdline"] or [])
            if not any(marker in cmdline for marker in _WEBSERVER_MARKERS) or not _same_instance(process, cmdline, root):
                continue
            for conn in process.net_connections(kind="tcp"):
                if conn.status == psutil.CONN_LISTEN:
                    host = conn.laddr.ip if conn.laddr.ip not in ("0.0.0.0", "::") else "127.0.0.1"
                    found.append(f"http://{'[' + host + ']' if ':' in host else host}:{conn.laddr.port}")
        except (psutil.Error, OSError):
            continue
    return sorted(set(found))


def _same_instance(process, cmdline: str, root: str | None) -> bool:
    """`dagster dev` passes the instance in its command line; a plain webserver reads DAGSTER_HOME."""
    if root is None:
        return True
    if root in cmdline:
        return True
    home = process.environ().get("DAGSTER_HOME")
    return home is not None and str(Path(home).resolve()) == root


def reload_location(location: str, instance_root: str | Path | None, explicit: str | None = None) -> ReloadOutcome:
    """Ask each webserver to reload `location`; never raises (a failed reload is reported, not fatal)."""
    from dagster_graphql import DagsterGraphQLClient, DagsterGraphQLClientError, ReloadRepositoryLocationStatus

    urls = webserver_urls(instance_root, explicit)
    if not urls:
        return ReloadOutcome(location=location, message="no running Dagster webserver on this instance was found")
    problems = []
    for url in urls:
        parts = urlsplit(url)
        try:
            client = DagsterGraphQLClient(parts.hostname or "127.0.0.1", port_number=parts.port, use_https=parts.scheme == "https", timeout=300)
            info = client.reload_repository_location(location)
        except (DagsterGraphQLClientError, OSError, ValueError) as err:
            problems.append(f"{url}: {err}")
            continue
        if info.status != ReloadRepositoryLocationStatus.SUCCESS:
            problems.append(f"{url}: {info.failure_type}: {info.message}")
    if problems:
        return ReloadOutcome(location=location, webservers=urls, message="; ".join(problems))
    return ReloadOutcome(location=location, webservers=urls, ok=True, message=f"reloaded through {', '.join(urls)}")


def _normalized(url: str) -> str:
    """'host:3000' and 'http://host:3000/' both mean http://host:3000."""
    url = url.strip().rstrip("/")
    return url if "://" in url else f"http://{url}"
