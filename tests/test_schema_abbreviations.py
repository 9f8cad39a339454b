"""A schema's own abbreviations, read from its own comments, on a real PostgreSQL (a made-up grain elevator:
`frt_chg` is the 'freight charge' its comment says, `insp_flg` the 'inspection' of a legend, `grwr_id` the
grower of the table it refers to): a request says 'freight charge' and 'growers', never `frt_chg`; and a
table is said by the several words its comment calls it ('scale tickets')."""

from __future__ import annotations

import pytest
from written_spec import written_spec

from ai_etl.agents.contracts import Catalog, CatalogColumn, CatalogTable
from ai_etl.agents.schema_analyst import read_catalog
from ai_etl.catalog.abbreviations import identifier_abbreviations
from ai_etl.language.spoken import reading_abbreviations, spoken_words

ELEVATOR = """
create table grower (grwr_id int primary key, grwr_nm text not null, cnty text not null);
comment on table grower is 'Farms that deliver grain to us';
create table load_tkt (tkt_id int primary key, grwr_id int not null references grower, rcvd_on date not null,
    net_bu numeric(10,1) not null, frt_chg numeric(8,2) not null, insp_flg boolean not null, mstr_pct numeric(4,1));
comment on table load_tkt is 'Scale tickets, one per truckload received';
comment on column load_tkt.frt_chg is 'freight charge billed to the grower, USD';
comment on column load_tkt.insp_flg is 'true = held for inspection';
comment on column load_tkt.mstr_pct is 'moisture at intake, percent';
insert into grower select n, 'Farm ' || n, (array['Adams', 'Brown', 'Clay'])[1 + n % 3] from generate_series(1, 9) n;
insert into load_tkt select n, 1 + n % 9, date '2025-08-01' + n % 60, 800 + n, 40 + n % 17, n % 6 = 0, 12 + n % 5
    from generate_series(1, 120) n;
"""


@pytest.fixture
def elevator(scratch_db):
    with scratch_db.connect() as conn:
        conn.execute(ELEVATOR)
        conn.commit()
    return read_catalog(scratch_db, "elevator")


def test_an_abbreviation_is_read_from_the_schemas_own_words(elevator):
    expanded = identifier_abbreviations(elevator)
    assert expanded["frt_chg"] == {"frt": "freight", "chg": "charge"}
    assert expanded["insp_flg"] == {"insp": "inspection"}
    assert expanded["mstr_pct"] == {"mstr": "moisture"}
    assert expanded["grwr_id"] == {"grwr": "grower"}  # the table it refers to says it
    with reading_abbreviations(expanded):
        assert spoken_words("frt_chg") == ("freight", "charge")
    assert spoken_words("frt_chg") == ("frt", "chg")  # only while that schema is read


def test_an_abbreviation_two_words_read_alike_is_left_alone():
    """'comm' is the 'commercial' and the 'commission' of the comments: which one is no guess to make."""
    catalog = Catalog(
        connector="x",
        tables=[
            CatalogTable(
                name="agent",
                columns=[
                    CatalogColumn(name="agent_id", type="integer"),
                    CatalogColumn(name="comm_rate", type="numeric", comment="paid on commercial and on commission sales"),
                ],
            )
        ],
    )
    assert "comm_rate" not in identifier_abbreviations(catalog)


def test_a_column_name_two_tables_share_is_read_where_one_table_spells_it_out(tmp_path):
    """A plant-hire desk: `svc_lvl.pri` is the 'priority' its table's comment says ('response targets per priority');
    `job.pri` says nothing of it, and the schema's other words starting 'pri' ('price', 'printed') read alike. Before:
    the one table's reading was dropped because the other had none, and 'per priority' was left unplaced."""
    catalog = Catalog(
        connector="hire",
        tables=[
            CatalogTable(name="svc_lvl", primary_key=["lvl_id"], comment="Service levels: response targets per priority", columns=[
                CatalogColumn(name="lvl_id", type="integer"), CatalogColumn(name="pri", type="smallint", comment="1 = same day, 2 = next day")]),
            CatalogTable(name="job", primary_key=["job_id"], comment="Breakdown jobs", columns=[
                CatalogColumn(name="job_id", type="integer"), CatalogColumn(name="pri", type="smallint", comment="1 = same day, 2 = next day"),
                CatalogColumn(name="cost_gbp", type="numeric(8,2)", comment="price quoted, as printed on the job sheet")]),
        ],
    )  # fmt: skip
    assert identifier_abbreviations(catalog)["pri"] == {"pri": "priority"}
    spec, gaps = written_spec("Average cost of breakdown jobs per priority", catalog, tmp_path)
    assert gaps == [] and spec["transformations"][-1]["group_by"] == ["pri"]


def test_a_column_name_two_tables_read_differently_is_read_by_neither():
    """`grd` is the 'grade' of one table's comment and the 'guard' of another's: which one is no guess to make."""
    catalog = Catalog(
        connector="x",
        tables=[
            CatalogTable(name="crop", comment="Crops by grade", columns=[CatalogColumn(name="grd", type="text")]),
            CatalogTable(name="gate", comment="Gates and the guard on duty", columns=[CatalogColumn(name="grd", type="text")]),
            CatalogTable(name="misc", columns=[CatalogColumn(name="grd", type="text")]),
        ],
    )
    assert "grd" not in identifier_abbreviations(catalog)


def test_a_common_abbreviation_is_read_as_the_schemas_own_comment_spells_it():
    """`inv` is usually an invoice; where the table's own comment says 'String inverters', and the alarms that refer
    to it say 'inverters', it is the inverter, in the key of every table that shares it."""
    catalog = Catalog(connector="x", tables=[
        CatalogTable(name="inv_mst", comment="String inverters installed at the parks", primary_key=["inv_id"],
                     columns=[CatalogColumn(name="inv_id", type="integer"), CatalogColumn(name="rated_kw", type="numeric")]),
        CatalogTable(name="alarm", comment="Alarms raised by the inverters", references={"inv_id": "inv_mst.inv_id"},
                     columns=[CatalogColumn(name="alarm_id", type="integer"), CatalogColumn(name="inv_id", type="integer")]),
        CatalogTable(name="bill", comment="Invoices sent to the grid operator",
                     columns=[CatalogColumn(name="inv_no", type="text", comment="invoice number")]),
    ])  # fmt: skip
    expanded = identifier_abbreviations(catalog)
    assert expanded["inv_mst"] == {"inv": "inverter"} and expanded["inv_id"] == {"inv": "inverter"}
    assert "inv_no" not in expanded  # its own comment says the usual word


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Average freight charge per grower", "avg(frt_chg)"),
        ("Total freight charge by month, refreshed nightly", "sum(frt_chg)"),
        ("Highest moisture of the scale tickets", "max(mstr_pct)"),
    ],
)
def test_a_request_says_the_words_an_abbreviation_stands_for(elevator, tmp_path, request_text, expected):
    """Before, 'freight charge' and 'moisture' were placed nowhere and each request was refused; 'the average freight
    charge per grower' is of the tickets that refer to a grower (the charge was carried as a column of the growers)."""
    spec, gaps = written_spec(request_text, elevator, tmp_path)
    assert gaps == [] and expected in str(spec["transformations"])


CLINIC = Catalog(
    connector="clinic",
    tables=[
        CatalogTable(
            name="pt_visit",
            primary_key=["visit_id"],
            comment="Physical therapy (PT) visits",
            columns=[
                CatalogColumn(name="visit_id", type="integer"),
                CatalogColumn(name="bu_cd", type="text", values=["R", "W"], comment="business unit: R = retail, W = wholesale"),
                CatalogColumn(name="is_new", type="boolean", comment="true = initial evaluation"),
                CatalogColumn(name="visit_dt", type="date"),
            ],
        )
    ],
)


def test_an_acronym_a_comment_defines_and_initials_of_a_columns_own_comment_are_spelled_out():
    expanded = identifier_abbreviations(CLINIC)
    assert expanded["pt_visit"] == {"pt": "physical therapy"} and expanded["bu_cd"] == {"bu": "business unit"}
    assert "is_new" not in expanded  # 'is' is no 'initial evaluation'


@pytest.mark.parametrize("request_text", ["Number of physical therapy visits per business unit", "PT visits by business unit"])
def test_a_request_says_what_an_acronym_stands_for_or_the_acronym(tmp_path, request_text):
    spec, gaps = written_spec(request_text, CLINIC, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "pt_visit" and "bu_cd" in str(spec["transformations"])


@pytest.mark.parametrize(
    ("request_text", "condition"),
    [
        ("Load the scale tickets held for inspection", "insp_flg"),
        ("Load the scale tickets, leaving out those held for inspection", "not insp_flg"),
        ("scale tickets except the inspection ones", "not insp_flg"),
    ],
)
def test_an_abbreviated_yes_no_column_is_said_by_its_word_and_negated(elevator, tmp_path, request_text, condition):
    """`insp_flg` is 'inspection' (its `_flg` names it a flag); 'leaving out' before it keeps the others
    (before, the flag was not read, or read as yes)."""
    spec, gaps = written_spec(request_text, elevator, tmp_path)
    assert gaps == [] and [t["condition"] for t in spec["transformations"] if t["type"] == "filter"] == [condition]


def test_pax_is_the_travel_trades_passengers(tmp_path):
    """A coach firm's `trip_pax` rows are its passengers: 'trips with 40 or more passengers' counts them."""
    catalog = Catalog(
        connector="coach",
        tables=[
            CatalogTable(name="trip", primary_key=["trip_id"], columns=[CatalogColumn(name="trip_id", type="integer")]),
            CatalogTable(name="trip_pax", primary_key=["pax_id"], references={"trip_id": "trip.trip_id"}, columns=[
                CatalogColumn(name="pax_id", type="integer"), CatalogColumn(name="trip_id", type="integer")]),
        ],
    )  # fmt: skip
    spec, gaps = written_spec("Load the trips that have 40 or more passengers on them", catalog, tmp_path)
    assert spec["source"]["table"] == "trip_pax" and {"type": "filter", "condition": "trip_pax_count >= 40"} in spec["transformations"] and gaps == []
