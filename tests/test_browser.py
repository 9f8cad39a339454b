"""The Dagster UI in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright):
after one materialization of the demo pipeline, the asset graph shows its assets and edges, and the
mart's asset page shows its lineage and its dbt tests as passed checks. Screenshots go to the
test's tmp_path (their paths are printed)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from dagster_dev import DagsterDev, dagster_dev_on_a_copy

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]  # fmt: skip
UI_TIMEOUT_MS = 60_000  # a busy 2-core machine renders the first page slowly

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing (CI installs it: apt-get install -y chromium)")

SOURCE, RAW = "shop__sales_transactions", "daily_sales__sales_transactions"
STAGING, MART = "stg_daily_sales__sales_transactions", "daily_sales"
MART_CHECK = "unique_daily_sales_transaction_date"


@pytest.fixture(scope="module")
def dev(tmp_path_factory, shop_url):
    with dagster_dev_on_a_copy(tmp_path_factory.mktemp("browser"), shop_url) as running:
        yield running


@pytest.fixture(scope="module")
def materialized(dev: DagsterDev) -> dict:
    """daily_sales materialized once (source -> raw -> staging -> mart, dbt tests run as checks)."""
    return dev.run_pipeline("daily_sales")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1600, "height": 1000})
    context.set_default_timeout(UI_TIMEOUT_MS)
    page = context.new_page()
    yield page
    context.close()


def skip_community_dialog(page, appear_ms: float = 0) -> None:
    """A first visit shows "Join the Dagster community" shortly after the page renders: click "Skip"."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    dialog = page.get_by_text("Join the Dagster community").first
    try:
        dialog.wait_for(state="visible", timeout=max(appear_ms, 1))
    except PlaywrightTimeout:
        return
    page.get_by_role("button", name="Skip").first.click()
    dialog.wait_for(state="hidden")


def open_ui(page, dev: DagsterDev, path: str, ready_text: str):
    """Go to `path` and wait until `ready_text` shows; the community dialog is skipped if it opens."""
    first_visit = page.url == "about:blank"
    page.goto(f"{dev.url}{path}")
    page.get_by_text(ready_text, exact=True).filter(visible=True).first.wait_for(state="visible")
    skip_community_dialog(page, appear_ms=3000 if first_visit else 0)
    return page


def screenshot(page, tmp_path: Path, name: str) -> Path:
    skip_community_dialog(page)
    path = tmp_path / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    print(f"screenshot: {path}")
    return path


def visible_text(page) -> str:
    return page.locator("body").inner_text()


def graph_edges(page):
    """The lineage edges of an asset graph: SVG paths that end in an arrow."""
    return page.locator("svg path[marker-end]")


def test_asset_graph_shows_the_pipeline_assets_and_their_edges(page, dev: DagsterDev, materialized, tmp_path):
    open_ui(page, dev, "/locations/ecommerce/asset-groups/ecommerce__daily_sales/lineage", RAW)
    for name in (SOURCE, RAW, MART):
        page.get_by_text(name, exact=True).filter(visible=True).first.wait_for(state="visible")
    # long names are shortened in the node ("stg_daily_…__sales_transactions"); the full name is the node's link
    page.locator(f"a[href*='/assets/ecommerce/staging/{STAGING}']").first.wait_for(state="attached")
    page.get_by_text(re.compile(r"^stg_daily_")).filter(visible=True).first.wait_for(state="visible")
    # source -> raw -> staging -> mart: at least three edges drawn
    page.wait_for_function("() => document.querySelectorAll('svg path[marker-end]').length >= 3")
    assert graph_edges(page).count() >= 3
    # the run's results on the nodes: materialized, and every dbt test passed (4 on staging, 1 on the mart)
    page.get_by_text("4 / 4 Passed", exact=True).filter(visible=True).first.wait_for(state="visible")
    page.get_by_text("1 / 1 Passed", exact=True).filter(visible=True).first.wait_for(state="visible")
    text = visible_text(page)
    assert "Never materialized" not in text, "the graph should show the materialization of daily_sales"
    screenshot(page, tmp_path, "asset_group_lineage")


def test_mart_asset_page_shows_its_lineage_and_passed_dbt_checks(page, dev: DagsterDev, materialized, tmp_path):
    mart_page = "/assets/ecommerce/marts/daily_sales"

    open_ui(page, dev, mart_page, "Upstream assets")
    page.get_by_text("Upstream assets", exact=True).filter(visible=True).first.wait_for(state="visible")
    page.locator(f"a[href*='/assets/ecommerce/staging/{STAGING}']").filter(visible=True).first.wait_for(state="visible")
    screenshot(page, tmp_path, "mart_overview")

    open_ui(page, dev, f"{mart_page}?view=lineage", MART)
    page.get_by_text(re.compile(r"^stg_daily_")).filter(visible=True).first.wait_for(state="visible")
    page.wait_for_function("() => document.querySelectorAll('svg path[marker-end]').length >= 1")
    assert graph_edges(page).count() >= 1
    screenshot(page, tmp_path, "mart_lineage")

    open_ui(page, dev, f"{mart_page}?view=checks", "anomalies")  # every pipeline table has an `anomalies` check too
    page.get_by_text(re.compile(r"^unique_daily_s")).filter(visible=True).first.click()  # the list shortens long names
    page.get_by_text(MART_CHECK, exact=True).filter(visible=True).first.wait_for(state="visible")
    page.get_by_text("Passed", exact=True).filter(visible=True).first.wait_for(state="visible")
    text = visible_text(page)
    assert MART_CHECK in text and "Not Evaluated" not in text and "Failed" not in text, text[:3000]
    screenshot(page, tmp_path, "mart_checks")
