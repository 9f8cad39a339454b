"""Metamorphic checks of understanding on the demo shop: rewordings of one request give the same
spec; changing one anchor (a value, a weekday, a grain, a number) changes it."""

import pytest
from project_builder import make_project

from ai_etl.agents.orchestrator import GenerateOptions, generate
from ai_etl.errors import UserError
from ai_etl.project_files import load_project

FAST = GenerateOptions(dry_run=False, use_cache=False, max_cycles=0)


@pytest.fixture(scope="module")
def shop_project(tmp_path_factory, shop_url):
    import os

    os.environ["SHOP_DATABASE_URL"] = shop_url
    return load_project(make_project(tmp_path_factory.mktemp("meta"), "meta", []))


def meaning(request: str, folder) -> tuple:
    """What a spec does, without the names it picked: source, steps, load, schedule."""
    spec = generate(request, folder, options=FAST).spec
    steps = [step.model_dump(mode="json", exclude={"name"}) for step in spec.transformations]
    for step in steps:
        for measure in step.get("measures", []):
            measure.pop("name", None)
    return (spec.source.model_dump(mode="json"), steps, spec.load.mode, spec.schedule.cron if spec.schedule else None)


REWORDINGS = [
    ["Count orders per status", "Number of orders by status", "How many orders are there per status?", "For each status, count the orders",
     "Количество заказов по статусу"],
    ["Load customers from Germany every Friday at 6 AM", "Every Friday at 06:00, load the customers from Germany",
     "Load German customers weekly on Friday at 6 AM"],
    ["Average order amount per currency for orders created in 2024", "For orders created in 2024, the average amount of an order per currency"],
    ["Customers with more than 5 orders", "Which customers have placed more than 5 orders?", "customers that have over 5 orders"],
    ["Percentage of orders per region", "the percentage of orders in each region", "What percentage of orders by region?"],
]  # fmt: skip


@pytest.mark.parametrize("group", REWORDINGS, ids=lambda g: g[0][:30])
def test_rewordings_give_the_same_spec_or_a_refusal_never_another_pipeline(shop_project, group):
    """A rewording the parser does not fully read may be refused (naming the phrase: 'German' is
    not yet read as Germany), but it must never become a different pipeline."""
    first = meaning(group[0], shop_project)
    refused = []
    for other in group[1:]:
        try:
            assert meaning(other, shop_project) == first, other
        except UserError as refusal:
            assert "could not place '" in str(refusal), str(refusal)
            refused.append(other)
    assert len(refused) <= 1, refused


ANCHORS = [
    ("Completed orders per region", "Refunded orders per region"),
    ("Load customers from Germany every Friday at 6 AM", "Load customers from Germany every Monday at 6 AM"),
    ("Number of orders per day", "Number of orders per month"),
    ("Orders with an amount above 100", "Orders with an amount above 500"),
    ("Average order amount per currency for orders created in 2024", "Average order amount per currency for orders created in 2023"),
    ("Which region has the most completed orders?", "Which region has the fewest completed orders?"),
    ("Customers with more than 5 orders", "Customers with at least 5 orders"),
    ("Customers with more than 5 orders", "Customers with more than 5 refunded orders"),
    ("Percentage of orders per region", "Share of orders per region"),
]


@pytest.mark.parametrize(("one", "changed"), ANCHORS, ids=lambda r: r[:30])
def test_changing_one_anchor_changes_the_spec(shop_project, one, changed):
    try:
        assert meaning(one, shop_project) != meaning(changed, shop_project)
    except UserError as refused:  # a refusal of either is also not the same pipeline; it must name a phrase
        assert "'" in str(refused)
