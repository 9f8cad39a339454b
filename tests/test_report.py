"""`ai-etl report` on the real engines: pipeline runs (one failing) and a reflect run recorded by the
telemetry job into `<project>_ops` of embedded chDB, then the report opened in headless Chromium
(Debian's /usr/bin/chromium via Playwright): every chart drawn, no console error, no request
leaving file://. Screenshots are saved under the test's tmp_path (their paths are printed)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import dagster as dg
import pytest
from conftest import run_cli
from project_builder import make_project, pipeline, query, shop_database
from test_browser import CHROMIUM, CHROMIUM_ARGS

from ai_etl.definitions import build_definitions
from ai_etl.pipeline_runs import execute_pipeline
from ai_etl.telemetry.dagster_defs import telemetry_job_name

TOTALS = [{"type": "aggregate", "group_by": ["status"], "measures": [{"name": "revenue", "expr": "sum(amount)"}]}]
BROKEN = [{"type": "filter", "condition": "statuss = 'completed'"}]
CHARTS = ("volume", "duration", "failures", "cost", "anomalies")

needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing (CI installs it: apt-get install -y chromium)")


@pytest.fixture(scope="module")
def recorded(tmp_path_factory, shop_url):
    """`totals` run twice, `paid` failing once and reflected on, all recorded by the telemetry job."""
    from ai_etl.repair.dagster_defs import failure_from_run

    tmp_path = tmp_path_factory.mktemp("recorded")
    with shop_database(shop_url):
        project = make_project(tmp_path, "rep", [pipeline("totals", {"table": "orders"}, "totals", transformations=TOTALS),
                                                pipeline("paid", {"table": "orders"}, "paid", transformations=BROKEN)])  # fmt: skip
        defs = build_definitions(project, prepare=True)
        (tmp_path / "dagster_home").mkdir()
        with dg.instance_for_test(temp_dir=str(tmp_path / "dagster_home")) as instance:
            for _ in range(2):
                assert execute_pipeline(defs, "rep", "totals", instance=instance).success
            failed = execute_pipeline(defs, "rep", "paid", instance=instance, raise_on_error=False)
            failure = failure_from_run(instance, instance.get_run_by_id(failed.run_id), project, "paid")
            config = {"ops": {"diagnose_and_propose": {"config": {"failure_json": failure.model_dump_json()}}}}
            assert defs.resolve_job_def("reflect").execute_in_process(run_config=config, instance=instance, tags={"ai_etl/failed_run": failed.run_id}).success
            assert defs.resolve_job_def(telemetry_job_name("rep")).execute_in_process(instance=instance).success
    # an anomaly check's finding, as the anomaly checks record them (their own branch writes these)
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
    query(project, f"INSERT INTO rep_ops.checks VALUES (1, 'r1', 'rep', 'totals', 'rep/marts/totals', 'row_count_anomaly', false, 'WARN', '{now}')")
    return project


def open_in_chromium(html: Path, screenshot: Path, wait_for: str) -> dict:
    """The file in headless Chromium: console errors, page errors, requests outside file://, and a screenshot."""
    from playwright.sync_api import sync_playwright

    seen = {"console_errors": [], "page_errors": [], "outside": []}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1300, "height": 900})
            page.set_default_timeout(60_000)
            page.on("console", lambda message: message.type == "error" and seen["console_errors"].append(message.text))
            page.on("pageerror", lambda error: seen["page_errors"].append(str(error)))
            page.on("request", lambda request: request.url.startswith(("file://", "data:", "blob:")) or seen["outside"].append(request.url))
            page.goto(html.as_uri())
            page.wait_for_function(wait_for)
            seen["svgs"] = page.evaluate("() => Object.fromEntries([...document.querySelectorAll('[id^=chart-]')].map(d => [d.id, d.querySelectorAll('svg.main-svg').length]))")
            seen["traces"] = page.evaluate("() => Object.fromEntries([...document.querySelectorAll('[id^=chart-]')].map(d => [d.id, d.querySelectorAll('g.trace').length]))")
            seen["text"] = page.locator("body").inner_text()
            page.screenshot(path=str(screenshot), full_page=True)
            print(f"screenshot: {screenshot}")
        finally:
            browser.close()
    return seen


@needs_chromium
def test_the_report_draws_every_chart_offline_in_chromium(recorded, tmp_path):
    out = tmp_path / "report.html"
    done = run_cli("report", "--project", str(recorded), "--out", str(out), "--days", "7")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Wrote {out}: 2 pipeline(s), 3 run(s)")
    html = out.read_text()
    assert "cdn" not in html.lower().split("<body>")[1] and "<script src=" not in html  # plotly.js inlined, nothing fetched
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # written atomically: no temporary file left

    seen = open_in_chromium(out, tmp_path / "report.png", f"() => {len(CHARTS)} <= document.querySelectorAll('[id^=chart-] svg.main-svg').length")
    assert not seen["console_errors"] and not seen["page_errors"], seen
    assert not seen["outside"], seen["outside"]
    assert all(seen["svgs"].get(f"chart-{c}", 0) >= 1 for c in CHARTS), seen["svgs"]
    assert all(seen["traces"][f"chart-{c}"] >= 1 for c in CHARTS), seen["traces"]
    assert seen["traces"]["chart-duration"] == 2  # one line per pipeline
    text = seen["text"]
    assert "totals" in text and "paid" in text and "reflect" in text  # the summary and the reflect run's model calls
    assert (tmp_path / "report.png").stat().st_size > 20_000


@needs_chromium
def test_a_project_without_telemetry_gets_a_report_that_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("SHOP_DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none")
    project = make_project(tmp_path / "ws", "quiet", [pipeline("totals", {"table": "orders"}, "totals", transformations=TOTALS)])
    out = tmp_path / "empty.html"
    done = run_cli("report", "--project", str(project), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "no telemetry recorded for project 'quiet'" in done.stdout
    seen = open_in_chromium(out, tmp_path / "empty.png", "() => document.getElementById('empty') !== null")
    assert not seen["console_errors"] and not seen["page_errors"] and not seen["outside"], seen
    assert "No telemetry was recorded for project quiet" in seen["text"] and "quiet_ops_telemetry" in seen["text"]


def test_bad_options_are_one_sentence_and_write_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("SHOP_DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none")
    project = make_project(tmp_path / "ws", "quiet", [pipeline("totals", {"table": "orders"}, "totals", transformations=TOTALS)])
    days = run_cli("report", "--project", str(project), "--out", str(tmp_path / "r.html"), "--days", "0")
    assert days.returncode == 2 and days.stderr == "error: --days 0 is not a number of days from 1 to 3660.\n"
    folder = run_cli("report", "--project", str(project), "--out", str(tmp_path / "missing" / "r.html"))
    assert folder.returncode == 2 and folder.stderr.startswith("error: Cannot write") and folder.stderr.count("\n") == 1
    assert not (tmp_path / "r.html").exists() and not (tmp_path / "missing").exists()
