"""A table that holds two kinds of rows its comment names ('Reviews and complaints guests left after a stay'), over a
guest house made up for these tests: 'complaints' are the rows with a complaint (`cmpl_cd` 'NULL = no complaint'),
'each type' of them is that code, and a type the rows do not keep is asked about, never taken from the stay."""

from __future__ import annotations

import pytest
from written_spec import filters, made_up_catalog, written_spec

from ai_etl.catalog.comments import comment_names

GUEST_HOUSE = """
create table stay (stay_id int primary key, rate_typ char(1) not null, chk_in date not null);
comment on column stay.rate_typ is 'rate type: F = flexible, N = non-refundable';
create table fb (fb_id int primary key, stay_id int not null references stay, stars int, cmpl_cd char(1), left_ts timestamp not null);
comment on table fb is 'Reviews and complaints guests left after a stay';
comment on column fb.stars is 'review stars 1-5; NULL = no review';
comment on column fb.cmpl_cd is 'complaint: N = noise, C = cleanliness, S = staff; NULL = no complaint';
insert into stay select n, (array['F', 'N'])[1 + n % 2], date '2025-01-01' + n from generate_series(1, 200) n;
insert into fb select n, n, case when n % 3 > 0 then 1 + n % 5 end, (array[null, 'N', 'C', null, 'S'])[1 + n % 5],
    timestamp '2024-12-20' + n * interval '1 day' from generate_series(1, 200) n;
"""


@pytest.fixture(scope="module")
def guest_house(pg_server):
    return made_up_catalog(pg_server, "t_guest_house", GUEST_HOUSE, "guest_house")


@pytest.mark.parametrize(
    "comment, names",
    [
        ("Reviews and complaints guests left after a stay", ["reviews", "complaints"]),
        ("Orders customers placed online", ["orders"]),
        ("Goods receipts posted by the warehouse", ["goods receipts", "receipts"]),
    ],
)
def test_a_relative_clause_without_that_ends_the_name(comment, names):
    """Before: 'complaints guests left after' was the second name, so 'complaints' named no table."""
    assert comment_names(comment) == names


def test_the_kind_named_is_the_rows_with_it_and_its_type_is_their_code(guest_house, tmp_path):
    """Before: refused ('complaints' named no table); read naively, every review would count and 'type' would be the
    stay's rate type."""
    spec, gaps = written_spec("How many complaints of each type did we get in 2025?", guest_house, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "fb"
    assert filters(spec) == "isNotNull(cmpl_cd) and toYear(left_ts) = 2025"
    assert next(t for t in spec["transformations"] if t["type"] == "aggregate")["group_by"] == ["cmpl_cd"]


def test_a_value_of_the_kind_said_is_the_condition(guest_house, tmp_path):
    spec, gaps = written_spec("Complaints about cleanliness", guest_house, tmp_path)
    assert gaps == [] and filters(spec) == "cmpl_cd = 'C'"


def test_a_type_the_rows_do_not_keep_is_asked_about(pg_server, tmp_path):
    """Complaints kept as free text have no type; the stay's `rate_typ` is another table's kind, never theirs."""
    schema = GUEST_HOUSE.replace("cmpl_cd char(1)", "cmpl_txt text").replace("fb.cmpl_cd is 'complaint: N = noise, C = cleanliness, S = staff; NULL", "fb.cmpl_txt is 'complaint as written; NULL")
    catalog = made_up_catalog(pg_server, "t_guest_house_text", schema.replace("(array[null, 'N', 'C', null, 'S'])[1 + n % 5]", "'too loud'"), "guest_house")
    with pytest.raises(Exception, match="keeps no type of its own"):
        written_spec("How many complaints of each type did we get in 2025?", catalog, tmp_path)


def test_the_name_of_a_table_of_kinds_is_the_rows_kind(tmp_path):
    """'reviews for each category' where categories are rows of their own (`category.category_name` of the business
    reviewed): their kind, read through the business, never refused as another thing's kind (as `rate_typ` is)."""
    from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable

    catalog = Catalog(connector="reviews", tables=[
        CatalogTable(name="business", primary_key=["business_id"], columns=[
            CatalogColumn(name="business_id", type="text", nullable=False), CatalogColumn(name="name", type="text")]),
        CatalogTable(name="category", primary_key=["id"], references={"business_id": "business.business_id"}, columns=[
            CatalogColumn(name="id", type="integer", nullable=False), CatalogColumn(name="business_id", type="text"),
            CatalogColumn(name="category_name", type="text")]),
        CatalogTable(name="review", primary_key=["rid"], references={"business_id": "business.business_id"}, columns=[
            CatalogColumn(name="rid", type="integer", nullable=False), CatalogColumn(name="business_id", type="text"),
            CatalogColumn(name="rating", type="numeric")]),
    ])  # fmt: skip
    spec, gaps = written_spec("Number of reviews for each category", catalog, tmp_path)
    assert gaps == [] and "category_name" in str(next(t for t in spec["transformations"] if t["type"] == "aggregate")["group_by"])
