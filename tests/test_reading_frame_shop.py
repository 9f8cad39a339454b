"""A bicycle frame shop made up for these tests, on a real PostgreSQL: what its comments say is read as its owner
means it. A legend after a colon names its first code too; a legend's codes are never read as the countries they
spell; a noun before 'work on the frame itself' is no state; 'drum operators' names no 'drum'; 'the frames we had
to scrap' are the scrapped ones; 'hours of welding per jig' is a total in hours; the subject the schema names
('the inspectors have not released') is accounted for; a value's first word is no table of its own ('claim
follow-up repairs'); and a yes/no column is said in either spelling ('canceled')."""

from __future__ import annotations

import pytest
from written_spec import filters, made_up_catalog, written_spec

from ai_etl.catalog.comments import said_forms

FRAME_SHOP = """
create table jig (jig_id int primary key, jig_cd text not null,
    jig_typ char(1) not null);
comment on column jig.jig_typ is 'A = alignment jig, W = welding jig';
create table welder (wld_id int primary key, wld_nm text not null, team_cd char(2) not null);
comment on column welder.team_cd is 'RB = robot cell, JG = jig bench (jig operators), MN = manual bench';
create table frame (frame_id int primary key, frame_no text not null, jig_id int not null references jig,
    welder_id int references welder, coat_cd char(2) not null, stat_cd char(1) not null, weld_s numeric(8,1) not null,
    wt_g int not null, built_dt date not null);
comment on column frame.welder_id is 'jig operator who welded it (welder.wld_id); NULL = robot cell';
comment on column frame.coat_cd is 'how the frame was coated: PE = powder-coated, AL = anodised, BR = brushed, NL = no lacquer';
comment on column frame.stat_cd is 'P = in production, F = finished, S = scrapped';
comment on column frame.weld_s is 'welding time, seconds';
create table claim (claim_id int primary key, frame_id int not null references frame, filed_dt date not null);
comment on table claim is 'Warranty claims customers filed';
create table repair (rep_id int primary key, frame_id int not null references frame, opened_dt date not null,
    closed_dt date, part_no text, rep_typ char(1) not null, labour_h numeric(5,1) not null, is_cancelled boolean not null);
comment on column repair.closed_dt is 'NULL = job still open';
comment on column repair.part_no is 'part replaced; NULL = work on the frame itself';
comment on column repair.rep_typ is 'C = claim follow-up, I = in-house';
create table rep_part (rep_id int not null references repair, line_no int not null, part_no text not null,
    line_stat char(1) not null, primary key (rep_id, line_no));
comment on column rep_part.line_stat is 'U = used, X = cancelled';
create table qa_hold (hold_id int primary key, frame_id int not null references frame, held_at timestamptz not null,
    released_at timestamptz);
comment on table qa_hold is 'Frames the inspectors held back at final check';
comment on column qa_hold.released_at is 'NULL = not released yet';
insert into jig select n, 'J' || n, (array['A', 'W'])[1 + n % 2] from generate_series(1, 6) n;
insert into welder select n, 'Welder ' || n, (array['RB', 'JG', 'MN'])[1 + n % 3] from generate_series(1, 9) n;
insert into frame select n, 'F' || n, 1 + n % 6, case when n % 5 = 0 then null else 1 + n % 9 end,
    (array['PE', 'AL', 'BR', 'NL'])[1 + n % 4], (array['P', 'F', 'F', 'S'])[1 + n % 4], 600 + n * 7, 1500 + n,
    date '2025-01-01' + n * 3 from generate_series(1, 120) n;
insert into claim select n, n * 3, date '2025-03-01' + n from generate_series(1, 30) n;
insert into repair select n, n * 2, date '2024-06-01' + n * 9, case when n % 4 = 0 then null else date '2024-06-05' + n * 9 end,
    case when n % 3 = 0 then null else 'P' || n end, (array['C', 'I'])[1 + n % 2], 1 + n % 7, n % 9 = 0 from generate_series(1, 50) n;
insert into rep_part select n, 1, 'P' || n, (array['U', 'X'])[1 + n % 2] from generate_series(1, 50) n;
insert into qa_hold select n, n * 4, timestamptz '2025-05-01' + n * interval '1 day',
    case when n % 3 = 0 then null else timestamptz '2025-05-02' + n * interval '1 day' end from generate_series(1, 25) n;
"""


@pytest.fixture(scope="module")
def frame_shop(pg_server):
    return made_up_catalog(pg_server, "t_frame_shop", FRAME_SHOP, "frames")


def test_a_noun_before_what_it_is_done_on_is_no_state(frame_shop, tmp_path):
    """'NULL = work on the frame itself' had made 'work' the state 'no part replaced': the repairs absent in 2025 were
    narrowed to those, and an inner join to repairs contradicted the anti join (a confidently wrong table)."""
    spec, gaps = written_spec("Frames that had no repair work logged at all in 2025", frame_shop, tmp_path)
    joins = [t for t in spec["transformations"] if t["type"] == "join"]
    assert [j["how"] for j in joins] == ["anti"] and "part_no" not in str(spec) and "2025" in joins[0]["where"]
    assert [g.phrase for g in gaps] == ["work"]  # ('repair work': a word for the repairs not known yet, so asked about)
    spec, gaps = written_spec("Frames that had no repair logged at all in 2025", frame_shop, tmp_path)
    assert gaps == [] and [t["how"] for t in spec["transformations"] if t["type"] == "join"] == ["anti"]


def test_a_legend_after_a_colon_names_its_first_code(frame_shop, tmp_path):
    spec, gaps = written_spec("Load the powder-coated frames", frame_shop, tmp_path)
    assert gaps == [] and filters(spec) == "coat_cd = 'PE'"


def test_a_legend_codes_are_not_the_countries_they_spell(frame_shop, tmp_path):
    """'BR = brushed' is no Brazil: before, 'from Brazil' kept the brushed frames."""
    assert "brazil" not in {form.lower() for form, _ in said_forms(frame_shop.table("frame").column("coat_cd"))}
    spec, gaps = written_spec("Load the frames from Brazil", frame_shop, tmp_path)
    assert "BR" not in str(spec) or any("brazil" in g.phrase for g in gaps)


def test_a_noun_before_the_rows_noun_of_a_code_is_no_name_of_it(frame_shop):
    """'JG = jig bench (jig operators)' of the welders (the frames' 'jig operator'): 'jig' alone names the jigs."""
    forms = {form.lower() for form, _ in said_forms(frame_shop.table("welder").column("team_cd"))}
    assert "jig operators" in forms and "jig" not in forms


def test_what_we_had_to_do_is_what_we_did(frame_shop, tmp_path):
    spec, gaps = written_spec("Load the frames we had to scrap into the warehouse every day at 6am", frame_shop, tmp_path)
    assert gaps == [] and filters(spec) == "stat_cd = 'S'"


def test_hours_of_an_amount_per_group_are_its_total_in_hours(frame_shop, tmp_path):
    spec, gaps = written_spec("Hours of welding per jig in 2025", frame_shop, tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert gaps == [] and aggregate["measures"][0]["expr"] == "sum(toDecimal128(weld_s, 9)) / 3600"
    assert aggregate["group_by"][0] == "jig_jig_id" and filters(spec) == "toYear(built_dt) = 2025"


def test_a_column_kept_in_hours_is_named_without_its_unit(frame_shop, tmp_path):
    spec, gaps = written_spec("Average labour per repair type", frame_shop, tmp_path)
    aggregate = next(t for t in spec["transformations"] if t["type"] == "aggregate")
    assert gaps == [] and aggregate["measures"][0]["expr"] == "avg(labour_h)" and aggregate["group_by"] == ["rep_typ"]


def test_the_subject_the_schema_names_of_a_state_not_reached_is_accounted_for(frame_shop, tmp_path):
    spec, gaps = written_spec("Every 10 minutes, sync the holds the inspectors haven't released yet", frame_shop, tmp_path)
    assert gaps == [] and filters(spec) == "released_at is null"


def test_the_first_word_of_a_value_is_no_table_of_its_own(frame_shop, tmp_path):
    """'claim follow-up repairs': the repairs of the kind 'C = claim follow-up', not the warranty claims."""
    spec, gaps = written_spec("Load the claim follow-up repairs every Monday at 7", frame_shop, tmp_path)
    assert gaps == [] and spec["source"]["table"] == "repair" and filters(spec) == "rep_typ = 'C'"


def test_a_yes_no_column_is_said_in_either_spelling(frame_shop, tmp_path):
    """'canceled' is the repairs' own `is_cancelled`, never also their parts' 'X = cancelled'."""
    spec, gaps = written_spec("Load the repairs we canceled", frame_shop, tmp_path)
    assert gaps == [] and filters(spec) == "is_cancelled"
