"""Codes explained in the schema's comments, on a real PostgreSQL (a made-up kennel club: `dog.reg_cd`
holds 'CH', 'RG', 'XX' and its comment says what they mean): a request says 'champion dogs', never
`reg_cd = 'CH'`."""

from __future__ import annotations

import pytest
from written_spec import written_spec

from ai_etl.agents.contracts import CatalogColumn, CatalogTable
from ai_etl.agents.schema_analyst import read_catalog
from ai_etl.catalog.comments import null_names, value_names, with_act_participles

KENNEL_CLUB = """
create table dog (dog_id int primary key, call_name text, reg_cd char(2) not null, born_on date);
comment on column dog.reg_cd is 'CH = champion, RG = registered (pedigree), XX = struck off; see the rule book';
comment on column dog.born_on is 'day of birth, as the breeder reported it';
insert into dog select n, 'dog ' || n, (array['CH', 'RG', 'XX'])[1 + n % 3], date '2020-01-01' + n from generate_series(1, 30) n;
"""


@pytest.fixture
def kennel(scratch_db):
    with scratch_db.connect() as conn:
        conn.execute(KENNEL_CLUB)
        conn.commit()
    return read_catalog(scratch_db, "kennel")


def test_a_comment_names_the_codes_its_column_holds(kennel):
    column = kennel.table("dog").column("reg_cd")
    assert column.comment.startswith("CH = champion")
    assert column.value_names == {"CH": ["champion", "championed"], "RG": ["registered", "pedigree"], "XX": ["struck off"]}  # (a verb's participle too)
    assert kennel.table("dog").column("born_on").value_names == {}  # prose names nothing


@pytest.mark.parametrize(("request_text", "code"), [("Load the champion dogs", "CH"), ("dogs that were struck off, daily at 5", "XX"), ("pedigree dogs", "RG")])
def test_a_code_is_said_by_the_name_its_comment_gives_it(kennel, tmp_path, request_text, code):
    spec, gaps = written_spec(request_text, kennel, tmp_path)
    assert next(t["condition"] for t in spec["transformations"] if t["type"] == "filter") == f"reg_cd = '{code}'" and gaps == []


def test_only_codes_the_column_holds_are_named():
    assert value_names("A = actual, E = estimated, Q = queued", ["A", "E"]) == {"A": ["actual"], "E": ["estimated"]}
    assert value_names("OP: open (unpaid); PD: paid", ["OP", "PD"]) == {"OP": ["open", "unpaid"], "PD": ["paid"]}
    assert value_names("E = electricity (rate per kWh)", ["E"]) == {"E": ["electricity"]}  # a longer bracket explains
    assert value_names("ELEC_SMART, ELEC_ANLG (analog electricity)", ["ELEC_SMART", "ELEC_ANLG"]) == {"ELEC_ANLG": ["analog electricity"]}
    assert value_names("the state of the order", ["new", "paid"]) == {}


def test_a_preposition_said_once_before_slashed_names_is_said_of_each():
    """'D = in diagnosis / repair' is 'in repair'. Before: 'repair', so 'the repair tickets' kept only the tickets in repair
    (the phone repair set, reported valid)."""
    assert value_names("N = new; D = in diagnosis / repair; R = repaired", ["N", "D", "R"])["D"] == ["in diagnosis", "in repair"]
    assert value_names("3 = sympathy / funeral", ["3"]) == {"3": ["sympathy", "funeral"]}


def test_a_state_cut_short_never_ends_on_still():
    """'NULL = device still in the shop': before, the state 'device still', read as 'device', kept the tickets whose device
    was never handed back wherever a request said 'devices'."""
    assert "device still" not in null_names("NULL = device still in the shop")
    assert null_names("NULL = lapsed for non-payment") == ["lapsed for non-payment", "lapsed"]


def test_rows_said_without_a_code_keep_the_others(kennel, tmp_path):
    """'leaving out the struck off ones', 'not champion': the code named is excluded (`!=`), not kept."""
    for request_text, condition in [("Load the dogs, leaving out the struck off ones", "reg_cd != 'XX'"), ("dogs that are not champion", "reg_cd != 'CH'")]:
        spec, gaps = written_spec(request_text, kennel, tmp_path)
        assert next(t["condition"] for t in spec["transformations"] if t["type"] == "filter") == condition and gaps == []


def test_an_act_that_is_a_state_of_the_rows_is_not_wording(tmp_path):
    """'leaving out voided vouchers' where a voucher's state can be 'void': which rows, so a spec that
    keeps them all does not cover it (it was read as wording about what happened: every voucher averaged)."""
    from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable

    vouchers = Catalog(connector="v", tables=[CatalogTable(name="voucher", primary_key=["voucher_id"], columns=[
        CatalogColumn(name="voucher_id", type="integer"), CatalogColumn(name="face_value", type="numeric"),
        CatalogColumn(name="shop", type="text", values=["north", "south"]), CatalogColumn(name="state", type="text", values=["live", "void"])])])  # fmt: skip
    _, gaps = written_spec("Average face value per shop, leaving out voided vouchers", vouchers, tmp_path)
    assert len(gaps) == 1 and gaps[0].phrase.endswith("voided")  # ('leaving out' is read as 'excluding')


def _serial_catalog():
    from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable

    return Catalog(connector="serials", tables=[
        CatalogTable(name="book", primary_key=["book_id"], identifier="book_id", columns=[
            CatalogColumn(name="book_id", type="integer"), CatalogColumn(name="title", type="text")]),
        CatalogTable(name="chapter", primary_key=["chapter_id"], identifier="chapter_id", references={"book_id": "book.book_id"}, columns=[
            CatalogColumn(name="chapter_id", type="integer"), CatalogColumn(name="book_id", type="integer", nullable=False),
            CatalogColumn(name="state_cd", type="character(1)", values=["R", "W"], value_names={"R": ["released"], "W": ["withdrawn"]}),
            CatalogColumn(name="released_at", type="timestamp")]),
    ])  # fmt: skip


def test_a_state_the_comment_names_beats_the_time_of_the_act(tmp_path):
    """'released chapters' where `state_cd` 'R = released': the state (withdrawn chapters keep their
    `released_at`), also inside 'the latest released chapter of every book'."""
    spec, gaps = written_spec("released chapters", _serial_catalog(), tmp_path)
    assert [t["condition"] for t in spec["transformations"] if t["type"] == "filter"] == ["state_cd = 'R'"] and gaps == []
    spec, gaps = written_spec("the latest released chapter of every book", _serial_catalog(), tmp_path)
    steps = spec["transformations"]
    assert [t["condition"] for t in steps if t["type"] == "filter"] == ["state_cd = 'R'"] and gaps == []
    assert "order by released_at desc, chapter_id desc limit 1 by book_id" in steps[-1]["sql"]


def test_an_act_said_a_number_of_times_is_a_count_of_its_rows(tmp_path):
    from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable

    catalog = Catalog(connector="lets", tables=[
        CatalogTable(name="tenant", primary_key=["tenant_id"], identifier="tenant_id", columns=[CatalogColumn(name="tenant_id", type="integer")]),
        CatalogTable(name="complaint", primary_key=["complaint_id"], identifier="complaint_id", references={"tenant_id": "tenant.tenant_id"},
                     columns=[CatalogColumn(name="complaint_id", type="integer"), CatalogColumn(name="tenant_id", type="integer")]),
    ])  # fmt: skip
    spec, gaps = written_spec("Tenants that have complained more than 3 times", catalog, tmp_path)
    assert "complaint_count > 3" in str(spec["transformations"]) and gaps == []


def test_a_code_named_by_a_verb_is_said_by_its_participle_unless_a_date_records_that_act():
    """'V = void' is said 'voided invoices'; 'O = open' is not said 'opened' where `opened_dt` records the opening
    ('orders opened in 2025' are not the orders still open)."""
    status = CatalogColumn(name="stat_cd", type="character(1)", values=["O", "V", "P"], comment="O = open, V = void, P = paid")
    status.value_names = value_names(status.comment, status.values)
    opened = CatalogColumn(name="opened_dt", type="date", comment="date the order was opened")
    table = CatalogTable(name="ord", columns=[status, opened])
    with_act_participles(table)
    assert status.value_names == {"O": ["open"], "V": ["void", "voided"], "P": ["paid"]}
    without_date = CatalogTable(name="ord", columns=[CatalogColumn(name="stat_cd", type="character(1)", values=["O"], value_names={"O": ["open"]})])
    with_act_participles(without_date)
    assert without_date.columns[0].value_names == {"O": ["open", "opened"]}


def test_a_bracket_several_codes_share_names_none_of_them():
    """'(cats)' after two vaccines says what they are for: before, 'all the cats' read as those vaccinations too, and a
    request for the cats (`spcs_cd = 'CAT'`) tied between two tables and was refused."""
    legend = "L4 = leptospirosis (dogs), KC = kennel cough (dogs), FCV = cat flu (cats), FELV = feline leukaemia (cats), RHD = myxomatosis (rabbits)"
    found = value_names(legend, ["L4", "KC", "FCV", "FELV", "RHD"])
    assert found == {"L4": ["leptospirosis"], "KC": ["kennel cough"], "FCV": ["cat flu"], "FELV": ["feline leukaemia"], "RHD": ["myxomatosis", "rabbits"]}
    assert value_names("O = open (unpaid), P = paid (settled)", ["O", "P"]) == {"O": ["open", "unpaid"], "P": ["paid", "settled"]}


def test_a_place_said_with_a_longer_note_still_names_the_code():
    """'D = on the door on the night' is said 'on the door' and 'door'; 'O = online through the web shop' 'online' and 'web
    shop'. Before, the first named nothing (six words) and the other only 'online'. A place after another name is no name
    of its own ('voided at the counter' names no 'counter', 'still in the fleet' no 'fleet', 'cash at the pay machine' and
    'card at the pay machine' no 'pay machine')."""
    names = value_names("Where sold: O = online through the web shop, P = phone, D = on the door on the night, S = sold in the shop", ["O", "P", "D", "S"])
    assert names["D"] == ["on the door", "door"]
    assert names["O"] == ["online", "web shop"]
    assert "shop" not in names["S"]
    assert value_names("K = card at the pay machine, C = cash at the pay machine, X = voided at the counter", ["K", "C", "X"]) == {"X": ["voided at the counter", "voided"]}
    assert null_names("NULL = still in the fleet") == ["still in the fleet"]

