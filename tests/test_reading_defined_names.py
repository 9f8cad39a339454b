"""Names a soil lab's comments define, on a real PostgreSQL (the blind seed-bank set's refusals, on words made up for
them): a comment that defines a column by a formula ('moisture percentage = 100 * (wet_g - dry_g) / wet_g') names
it by its left side; a hyphenated name a comment gives ('pre-treatment') is one name, in a grouping and in the check
that every word is placed; 'percentage' is the `pct` a name keeps; 'gets turned down' is the legend's rejected; and
'kept into archive storage' is also said 'kept'."""

from __future__ import annotations

import pytest
from written_spec import aggregate_step, made_up_catalog, written_spec

SOIL_LAB = """
create table sample (smp_id int primary key, recv_ts timestamptz not null, pretreat_cd varchar(4) not null, wet_g numeric(7,2) not null,
    dry_g numeric(7,2) not null, moist_pct numeric(5,1) not null, purpose_cd char(2) not null, req_status char(1) not null,
    store_st char(1) not null);
comment on column sample.store_st is 'K = kept into archive storage, D = discarded after testing';
comment on table sample is 'Soil samples received for moisture testing';
comment on column sample.pretreat_cd is 'pre-treatment: NONE = none, DRY = oven-dried, SIEV = sieved';
comment on column sample.moist_pct is 'moisture percentage = 100 * (wet_g - dry_g) / wet_g';
comment on column sample.purpose_cd is 'intended use: AG = agriculture, CN = construction, RS = research';
comment on column sample.req_status is 'P = pending, A = accepted, R = rejected';
insert into sample select n, timestamptz '2025-01-01' + n * interval '1 day', (array['NONE', 'DRY', 'SIEV'])[1 + n % 3],
    100 + n, 80 + n % 17, round(100.0 * (20 - n % 17) / (100 + n), 1), (array['AG', 'CN', 'RS'])[1 + n % 3],
    (array['P', 'A', 'R', 'A'])[1 + n % 4], (array['K', 'D'])[1 + n % 2] from generate_series(1, 90) n;
"""


@pytest.fixture(scope="module")
def soil_lab(pg_server):
    return made_up_catalog(pg_server, "t_soil_lab", SOIL_LAB, "soil")


def test_a_column_defined_by_a_formula_is_named_by_its_left_side(soil_lab, tmp_path):
    spec, gaps = written_spec("Average moisture percentage of the samples, for each pre-treatment", soil_lab, tmp_path)
    aggregate = aggregate_step(spec)
    assert gaps == [] and aggregate["measures"][0]["expr"] == "avg(moist_pct)" and aggregate["group_by"] == ["pretreat_cd"]


def test_turned_down_is_rejected(soil_lab, tmp_path):
    spec, gaps = written_spec("What share of samples gets turned down, by intended use?", soil_lab, tmp_path)
    aggregate = aggregate_step(spec)
    assert gaps == [] and aggregate["group_by"] == ["purpose_cd"] and "req_status = 'R'" in aggregate["measures"][0]["expr"]


def test_a_legend_name_is_also_said_without_where_it_went(soil_lab, tmp_path):
    """'K = kept into archive storage': before, 'kept' named no code, and the samples kept were all the samples."""
    spec, gaps = written_spec("Load the samples we kept, every Monday at 6", soil_lab, tmp_path)
    assert gaps == [] and "store_st = 'K'" in str(spec["transformations"])
