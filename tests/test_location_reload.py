"""A reload that cannot happen is reported with what to do, never raised (the happy path, a real
`dagster dev` found on its own port, is tests/test_dagster_ui.py's generate_pipeline test)."""

import socket

from ai_etl.location_reload import WEBSERVER_URL_ENV, local_webservers, reload_location, webserver_urls


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_no_webserver_on_this_instance_is_reported_with_how_to_reload(tmp_path, monkeypatch):
    monkeypatch.delenv(WEBSERVER_URL_ENV, raising=False)
    assert local_webservers(tmp_path / "an_instance_nobody_serves") == []
    outcome = reload_location("ecommerce", tmp_path / "an_instance_nobody_serves")
    assert not outcome.ok and "no running Dagster webserver" in outcome.message
    assert "Reload" in outcome.how_to_reload() and WEBSERVER_URL_ENV in outcome.how_to_reload()


def test_an_unreachable_configured_webserver_is_a_failed_reload_not_an_exception(tmp_path, monkeypatch):
    url = f"http://127.0.0.1:{closed_port()}"
    monkeypatch.setenv(WEBSERVER_URL_ENV, url)
    assert webserver_urls(tmp_path) == [url]
    outcome = reload_location("ecommerce", tmp_path)
    assert not outcome.ok and outcome.webservers == [url] and url in outcome.message


def test_an_explicit_url_wins_and_is_normalized(tmp_path, monkeypatch):
    monkeypatch.setenv(WEBSERVER_URL_ENV, "http://elsewhere:3000")
    assert webserver_urls(tmp_path, explicit="dagster-web:3333/") == ["http://dagster-web:3333"]
