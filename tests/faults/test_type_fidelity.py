"""Every PostgreSQL type the loader maps, in one generated table, loaded by the real loader into chDB
(both transfers) and compared value by value with what PostgreSQL itself holds.

Each value is compared as its type means it: ClickHouse's text of the value is cast back to the
PostgreSQL type and compared there (`IS NOT DISTINCT FROM`: numbers, floats incl. NaN/±Infinity,
dates, instants, uuids), text types against PostgreSQL's own text (char(n) as PostgreSQL compares
it, without its padding), bytea byte for byte, arrays element by element.
"""

from __future__ import annotations

import datetime as dt
import decimal
import os
import subprocess
import sys
import uuid

import psycopg
import pytest
from project_builder import make_project, materialize, pipeline, query
from psycopg import sql

from ai_etl.errors import UserError
from ai_etl.loading import load_from_postgres
from ai_etl.resources import ClickHouseResource, PostgresResource
from ai_etl.spec import Load

# column: (PostgreSQL type, how to compare, edge values as SQL literals); every column is NULL in the last row
COLUMNS: dict[str, tuple[str, str, list[str]]] = {
    "c_char": ("char(12)", "text", ["'BUILDING'", "'AUTOMOBILE  '", "' lead'", "''", "'a  b'"]),
    "c_varchar": ("varchar(5)", "text", ["'abc'", "'é€😀中'", "''", "'  '"]),
    "c_text": ("text", "text", [r"E'line1\nline2\r\n'", r"E'tab\there \x01\x1f\x7f'", "'ünïcödé 😀 中文 עברית'", "''", "'quote '' \"double\" \\ back'"]),
    "c_numeric": ("numeric(38,10)", "cast", ["'1234567890123456789012345678.0123456789'", "'-0.0000000001'", "'0'", "'-9999999999999999999999999999.9999999999'"]),
    "c_numeric_free": ("numeric", "cast", ["'12345678901234567890123456789012345678.12345678901234567890123456789012345678'",
                                          "'1e-38'", "'-1e37'", "'0.1'", "'3.14159265358979323846264338327950288'", "'-0'"]),
    "c_numeric_int": ("numeric(10)", "cast", ["'9999999999'", "'-9999999999'"]),
    "c_money": ("money", "cast", ["'12.34'", "'-92233720368547758.08'", "'92233720368547758.07'"]),
    "c_smallint": ("smallint", "cast", ["-32768", "32767", "0"]),
    "c_integer": ("integer", "cast", ["-2147483648", "2147483647"]),
    "c_bigint": ("bigint", "cast", ["-9223372036854775808", "9223372036854775807"]),
    "c_real": ("real", "cast", ["'NaN'", "'Infinity'", "'-Infinity'", "'1.17549435e-38'", "'3.4028235e38'", "'0.1'", "'-0'"]),
    "c_double": ("double precision", "cast", ["'NaN'", "'Infinity'", "'-Infinity'", "'2.2250738585072014e-308'", "'1.7976931348623157e308'", "'0.1'"]),
    "c_boolean": ("boolean", "cast", ["true", "false"]),
    "c_date": ("date", "cast", ["'1900-01-01'", "'2299-12-31'", "'2024-02-29'", "'1969-12-31'", "'1970-01-01'"]),
    "c_timestamp": ("timestamp", "cast", ["'1900-01-01 00:00:00'", "'2299-12-31 23:59:59.999999'", "'2024-03-10 02:30:00'",
                                           "'2024-11-03 01:30:00.000001'", "'1969-12-31 23:59:59.5'"]),
    "c_timestamp3": ("timestamp(3)", "cast", ["'2024-01-01 00:00:00.123'", "'1999-12-31 23:59:59.999'"]),
    # across both 2024 DST changes of America/New_York (the database's TimeZone): instants either side of the gap and the fold
    "c_timestamptz": ("timestamptz", "cast_utc", ["'2024-03-10 01:59:59.999999-05'", "'2024-03-10 03:00:00-04'", "'2024-11-03 01:30:00-04'",
                                                   "'2024-11-03 01:30:00-05'", "'1900-01-01 00:00:00+00'", "'2299-12-31 23:59:59.999999+00'"]),
    "c_time": ("time", "text", ["'00:00:00'", "'23:59:59.999999'", "'24:00:00'", "'12:34:56.5'"]),
    "c_timetz": ("timetz", "text", ["'12:00:00+05:30'", "'23:59:59-11'"]),
    "c_interval": ("interval", "text", ["'1 year 2 mons 3 days 04:05:06.789'", "'-1 day +02:00'", "'0'", "'178000000 years'", "'-00:00:00.000001'"]),
    "c_int_array": ("integer[]", "array", ["'{1,NULL,3}'", "'{}'", "'{-2147483648,2147483647}'", "'{NULL}'"]),
    "c_text_array": ("text[]", "array", ["'{\"a,b\",NULL,\"\",\"\\\"q\\\"\",é😀,\"x y\"}'", "'{}'"]),
    "c_char_array": ("char(4)[]", "array", ["'{ab,\"c d\",NULL}'"]),
    "c_numeric_array": ("numeric(12,2)[]", "array", ["'{1.50,NULL,-0.01}'"]),
    "c_timestamptz_array": ("timestamptz[]", "array", ["'{\"2024-11-03 01:30:00-04\",\"2024-11-03 01:30:00-05\",NULL}'"]),
    "c_bool_array": ("boolean[]", "array", ["'{true,false,NULL}'"]),
    "c_json": ("json", "text", ["'{\"b\": 1,  \"a\" : [1, null, \"é\\u0000\"]}'", "'[]'", "'null'", "'\"😀\"'"]),
    "c_jsonb": ("jsonb", "text", ["'{\"b\": {\"c\": [1, 2.50, null]}, \"a\": \"é😀\\n\"}'", "'null'", "'12345678901234567890.5'", "'[]'"]),
    "c_uuid": ("uuid", "cast", ["'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'", "'00000000-0000-0000-0000-000000000000'", "'ffffffff-ffff-ffff-ffff-ffffffffffff'"]),
    "c_bytea": ("bytea", "bytes", ["'\\x00ff00'", "'\\x'", "'\\x000000'", "decode(string_agg(lpad(to_hex(b), 2, '0'), ''), 'hex') from generate_series(0, 255) b"]),
    "c_enum": ("mood", "text", ["'sad'", "'happy'", "'ok'"]),
    "c_domain": ("positive_int", "cast", ["1", "2147483647"]),
    "c_inet": ("inet", "text", ["'192.168.0.1/24'", "'::1'", "'10.0.0.1'"]),
    "c_cidr": ("cidr", "text", ["'10.0.0.0/8'", "'2001:db8::/32'"]),
    "c_macaddr": ("macaddr", "text", ["'08:00:2b:01:02:03'"]),
}
ROWS = max(len(values) for _, _, values in COLUMNS.values()) + 1  # the last row: NULL everywhere, the key too
SETUP = """
set timezone = 'America/New_York';
create type mood as enum ('sad', 'ok', 'happy');
create domain positive_int as integer check (value > 0);
"""


def create_source(conn: psycopg.Connection) -> None:
    """The table `fidelity`: `n` numbers the rows, `id` is the (nullable) key, one column per type."""
    conn.execute(SETUP)
    columns = ", ".join(f"{name} {pg_type}" for name, (pg_type, _, _) in COLUMNS.items())
    conn.execute(f"create table fidelity (n int not null, id int, {columns})")
    for n in range(ROWS):
        values = []
        for _, (pg_type, _, literals) in COLUMNS.items():
            literal = literals[n] if n < len(literals) and n < ROWS - 1 else "null"
            values.append(f"(select {literal})::{pg_type}" if " from " in literal else f"({literal})::{pg_type}")
        key = "null" if n == ROWS - 1 else str(n * 10)
        conn.execute(f"insert into fidelity values ({n}, {key}, {', '.join(values)})")


@pytest.fixture(scope="module")
def source(pg_server) -> PostgresResource:
    url = pg_server.start("postgres")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("drop database if exists t_type_fidelity")
    url = pg_server.start("t_type_fidelity")
    with psycopg.connect(url, autocommit=True) as conn:
        # every session of this database, the loader's included, prints instants in New York time
        conn.execute("alter database t_type_fidelity set timezone = 'America/New_York'")
        create_source(conn)
    return PostgresResource(url=url)


def load(source: PostgresResource, warehouse: ClickHouseResource, transfer: str, table: str = "fidelity", **load) -> None:
    described = source.describe(table)
    relation = sql.Identifier("public", table).as_string(None)
    load_from_postgres(source, warehouse, described, relation, "fid", table, Load(transfer=transfer, **load), order_by=["id"])


@pytest.fixture(scope="module", params=["pull", "arrow"])
def loaded(request, source, tmp_path_factory) -> tuple[str, ClickHouseResource]:
    warehouse = ClickHouseResource(url=f"chdb://{tmp_path_factory.mktemp('warehouse')}", database="fid")
    load(source, warehouse, request.param)
    return request.param, warehouse


def rows(warehouse: ClickHouseResource, query: str) -> list[tuple]:
    with warehouse.get_client() as client:
        return [tuple(row) for row in client.query(query).result_rows]


def ch_values(warehouse: ClickHouseResource, column: str, how: str) -> dict[int, object]:
    expression = {"bytes": f"hex({column})", "array": column, "text": column}.get(how, f"toString({column})")
    return dict(rows(warehouse, f"SELECT n, {expression} FROM fid.fidelity ORDER BY n"))


@pytest.mark.parametrize("column", list(COLUMNS))
def test_each_type_lands_as_postgresql_has_it(loaded, source, column):
    transfer, warehouse = loaded
    pg_type, how, _ = COLUMNS[column]
    got = ch_values(warehouse, column, how)
    assert sorted(got) == list(range(ROWS)), f"{pg_type}: rows lost or added"
    with source.connect() as conn:
        for n, value in got.items():
            where = f"{pg_type} ({transfer}), row {n}: ClickHouse has {value!r}"
            if how in ("cast", "cast_utc"):
                text = value + "+00" if how == "cast_utc" and value is not None else value
                same, original = conn.execute(
                    f"select %s::{pg_type} is not distinct from {column}, {column}::text from fidelity where n = %s", (text, n)
                ).fetchone()
                assert same, f"{where}, PostgreSQL has {original!r}"
            elif how == "text":
                (original,) = conn.execute(f"select {column}::text from fidelity where n = %s", (n,)).fetchone()
                assert value == original, f"{where}, PostgreSQL has {original!r}"
            elif how == "bytes":
                (original,) = conn.execute(f"select upper(encode({column}, 'hex')) from fidelity where n = %s", (n,)).fetchone()
                assert value == original or (original is None and value is None), f"{where}, PostgreSQL has {original!r}"
            else:
                (original,) = conn.execute(f"select {column} from fidelity where n = %s", (n,)).fetchone()
                # ClickHouse arrays cannot be NULL: a NULL array is [] (documented); NULL elements are kept
                assert value == [_plain(e) for e in original or []], f"{where}, PostgreSQL has {original!r}"


def _plain(element):
    """A psycopg array element as clickhouse-connect returns it: instants as naive UTC, char(n) as PostgreSQL compares it."""
    if isinstance(element, dt.datetime) and element.tzinfo is not None:
        return element.astimezone(dt.UTC).replace(tzinfo=None)
    if isinstance(element, str):
        return element.rstrip(" ")
    return element


def test_char_n_compares_as_in_postgresql(loaded, source):
    """`= 'BUILDING'` on a char(12) column finds the row in ClickHouse as it does in PostgreSQL."""
    _, warehouse = loaded
    with source.connect() as conn:
        expected = conn.execute("select n from fidelity where c_char = 'BUILDING' or c_char = 'AUTOMOBILE' order by n").fetchall()
    with warehouse.get_client() as client:
        found = client.query("SELECT n FROM fid.fidelity WHERE c_char = 'BUILDING' OR c_char = 'AUTOMOBILE' ORDER BY n").result_rows
    assert [tuple(r) for r in found] == [tuple(r) for r in expected] == [(0,), (1,)]


def test_a_query_source_loads_as_the_table_does(loaded, source):
    """The same columns through a query source (types from the query's description: short names,
    an enum's oid) give the same ClickHouse table, types and values."""
    transfer, warehouse = loaded
    query = "select * from fidelity"
    described = source.describe_query(query, "fidelity_q")
    load_from_postgres(source, warehouse, described, f"({query}) as q", "fid", "fidelity_q", Load(transfer=transfer), order_by=["id"])
    # a query says nothing about NOT NULL: `n` is Nullable there
    types = "SELECT name, replaceRegexpOne(type, '^Nullable\\((.*)\\)$', '\\1') FROM system.columns WHERE database = 'fid' AND table = '{}' ORDER BY position"
    assert rows(warehouse, types.format("fidelity_q")) == rows(warehouse, types.format("fidelity"))
    differ = "SELECT count() FROM (SELECT * FROM fid.{} EXCEPT SELECT * FROM fid.{})"
    assert rows(warehouse, differ.format("fidelity", "fidelity_q")) == rows(warehouse, differ.format("fidelity_q", "fidelity")) == [(0,)]


def test_generated_dbt_models_build_on_every_type(source, tmp_path, monkeypatch):
    """A pipeline over the fidelity table with a filter: Dagster loads it, dbt builds its staging and
    mart models on every type, and the mart's `c_char = 'BUILDING'` keeps the row PostgreSQL would."""
    monkeypatch.setenv("SHOP_DATABASE_URL", source.conninfo())
    spec = pipeline("buildings", {"table": "fidelity"}, "buildings", transformations=[{"type": "filter", "condition": "c_char = 'BUILDING'"}])
    project = make_project(tmp_path, "fid", [spec])
    assert materialize(project).success
    assert query(project, "SELECT n, c_char, c_numeric_free, c_int_array FROM fid.buildings") == [
        (0, "BUILDING", decimal.Decimal("12345678901234567890123456789012345678.12345678901234567890123456789012345678"), [1, None, 3])
    ]
    # the raw table, the staging view and the mart: the same columns and types
    tables = query(project, "SELECT database, name FROM system.tables WHERE name LIKE '%buildings%' AND NOT startsWith(name, '.')")
    types = "SELECT name, type FROM system.columns WHERE database = '{}' AND table = '{}' ORDER BY name"
    columns = [query(project, types.format(database, name)) for database, name in tables]
    assert len(tables) == 3 and len(columns[0]) == len(COLUMNS) + 2 and columns[0] == columns[1] == columns[2], tables


def test_a_null_key_loads_as_null(loaded):
    _, warehouse = loaded
    with warehouse.get_client() as client:
        assert client.query("SELECT n FROM fid.fidelity WHERE id IS NULL").result_rows == [(ROWS - 1,)]
        assert client.query("SELECT count() FROM fid.fidelity WHERE id = 0").result_rows == [(1,)]


def test_column_types_are_the_documented_ones(loaded):
    _, warehouse = loaded
    with warehouse.get_client() as client:
        types = dict(client.query("SELECT name, type FROM system.columns WHERE database = 'fid' AND table = 'fidelity'").result_rows)
    assert types["c_numeric"] == "Nullable(Decimal(38, 10))"
    assert types["c_numeric_free"] == "Nullable(Decimal(76, 38))"
    assert types["c_money"] == "Nullable(Decimal(19, 2))"
    assert types["c_timestamptz"] == types["c_timestamp"] == "Nullable(DateTime64(6, 'UTC'))"
    assert types["c_int_array"] == "Array(Nullable(Int32))"
    assert types["c_domain"] == "Nullable(Int32)" and types["c_enum"] == "Nullable(String)"
    assert types["id"] == "Nullable(Int32)"


@pytest.mark.parametrize("transfer", ["pull", "arrow"])
def test_the_loaders_time_zone_does_not_change_instants(source, tmp_path, transfer):
    """The same load from a process whose own time zone (TZ, for the engine) and PostgreSQL session
    time zone (PGTZ) are neither UTC nor the database's gives the same instants and wall times."""
    here = ClickHouseResource(url=f"chdb://{tmp_path / 'here'}", database="fid")
    load(source, here, transfer)
    elsewhere = tmp_path / "elsewhere"
    code = (
        "import sys; from ai_etl.resources import ClickHouseResource, PostgresResource; "
        "from test_type_fidelity import load; "
        f"load(PostgresResource(url=sys.argv[1]), ClickHouseResource(url='chdb://{elsewhere}', database='fid'), '{transfer}')"
    )
    env = {**os.environ, "TZ": "Pacific/Chatham", "PGTZ": "Asia/Kathmandu", "PYTHONPATH": os.pathsep.join(sys.path)}
    subprocess.run([sys.executable, "-c", code, source.conninfo()], check=True, env=env, cwd=os.path.dirname(__file__))
    there = ClickHouseResource(url=f"chdb://{elsewhere}", database="fid")
    columns = "n, toString(c_timestamptz), toString(c_timestamp), toString(c_timestamp3), toString(c_date), c_timestamptz_array"
    expected, got = (rows(warehouse, f"SELECT {columns} FROM fid.fidelity ORDER BY n") for warehouse in (here, there))
    assert got == expected
    assert expected[2][1] == "2024-11-03 05:30:00.000000" and expected[3][1] == "2024-11-03 06:30:00.000000"


# ----------------------------------------------------- values ClickHouse cannot hold


@pytest.mark.parametrize(
    ("pg_type", "value", "words"),
    [
        ("numeric", "'1e100'", "holds 1000000000"),
        ("numeric", "'1e-40'", "holds 0.0000000000000000000000000000000000000001, which Decimal(76, 38) cannot hold (NaN, infinite, 38+ digits before the point or more than 38 after)"),
        ("numeric", "'NaN'", "holds NaN, which Decimal(76, 38)"),
        ("numeric", "'-Infinity'", "holds -Infinity, which Decimal(76, 38)"),
        ("numeric(10,2)", "'NaN'", "holds NaN, which Decimal(10, 2) cannot hold (NaN)"),
        ("date", "'infinity'", "holds infinity, outside ClickHouse's Date32 range 1900-01-01..2299-12-31; cast it in a query source (e.g. least(col, date '2299-12-31'))."),
        ("date", "'0099-01-01'", "holds 0099-01-01, outside ClickHouse's Date32 range"),
        ("timestamp with time zone", "'-infinity'", "holds -infinity, outside ClickHouse's DateTime64 range 1900-01-01..2299-12-31"),
        ("timestamp without time zone", "'3000-01-01'", "holds 3000-01-01 00:00:00, outside ClickHouse's DateTime64 range"),
        ("integer[]", "'{{1,2},{3,4}}'", "holds {{1,2},{3,4}}, an array of more than one dimension"),
    ],
)
@pytest.mark.parametrize("transfer", ["pull", "arrow"])
def test_a_value_clickhouse_cannot_hold_stops_the_load_naming_the_column(scratch_db, warehouse, transfer, pg_type, value, words):
    """Not a clamped, rounded or zeroed value: one sentence naming the table, column, type and the
    value, and what to do; the target keeps what it had."""
    with scratch_db.connect() as conn:
        conn.execute(f"create table odd (id int primary key, v {pg_type}); insert into odd values (1, null), (2, {value})")
    with pytest.raises(UserError) as raised:
        load(scratch_db, warehouse, transfer, "odd")
    message = str(raised.value)
    assert message.startswith(f"column 'v' of odd ({pg_type}) holds "), message
    assert words in message and "; cast it in a query source (e.g. " in message and message.endswith(").") and "\n" not in message
    with warehouse.get_client() as client:
        assert not client.command("EXISTS TABLE fid.odd")
        assert client.query("SELECT count() FROM system.tables WHERE database = 'fid'").result_rows == [(0,)]


@pytest.mark.parametrize(("pg_type", "setup"), [("compound", "create type compound as (a int, b text)"), ("bytea[]", "")])
def test_an_unmapped_type_is_one_sentence_naming_table_column_and_type(scratch_db, warehouse, pg_type, setup):
    with scratch_db.connect() as conn:
        if setup:
            conn.execute(setup)
        conn.execute(f"create table odd (id int primary key, v {pg_type})")
    with pytest.raises(UserError) as raised:
        load(scratch_db, warehouse, "pull", "odd")
    assert str(raised.value) == (
        f"Column 'v' of odd has PostgreSQL type '{pg_type}', which has no ClickHouse mapping; "
        "cast it in a query source (e.g. col::text or to_json(col)::text)."
    )


# ------------------------------------------------------------ incremental across DST


@pytest.mark.parametrize("cursor_type", ["timestamptz", "timestamp"])
@pytest.mark.parametrize("transfer", ["pull", "arrow"])
@pytest.mark.parametrize("key", [[], ["id"]])
def test_incremental_over_a_dst_change_loads_every_row_once(scratch_db, warehouse, transfer, cursor_type, key):
    """A cursor in New York time across the November fold (01:00-02:00 happens twice): each run
    reads from the stored maximum on; rows at the boundary, rows written later with the boundary's
    value and rows of the second 01:30 are each loaded exactly once."""
    with scratch_db.connect() as conn:
        conn.execute("set timezone = 'America/New_York'")
        conn.execute(f"create table ev (id int primary key, updated_at {cursor_type} not null, v text)")
        conn.execute("insert into ev values (1, '2024-11-03 00:59:59-04', 'a'), (2, '2024-11-03 01:30:00-04', 'b'), (3, '2024-11-03 01:30:00-04', 'c')")
    runs = [
        "insert into ev values (4, '2024-11-03 01:30:00-04', 'boundary, later'), (5, '2024-11-03 01:30:00-05', 'second 01:30')",
        "insert into ev values (6, '2024-11-03 01:59:59.999999-05', 'd'), (7, '2024-11-03 02:00:00-05', 'e')",
        "",
    ]
    mode = {"mode": "incremental", "cursor": "updated_at", "key": key}
    load(scratch_db, warehouse, transfer, "ev", **mode)
    for statement in runs:
        if statement:
            with scratch_db.connect() as conn:
                conn.execute("set timezone = 'America/New_York'")
                conn.execute(statement)
        load(scratch_db, warehouse, transfer, "ev", **mode)
        with scratch_db.connect() as conn:
            expected = conn.execute("select id, v from ev order by id").fetchall()
        with warehouse.get_client() as client:
            final = " FINAL" if key else ""
            got = client.query(f"SELECT id, v FROM fid.ev{final} ORDER BY id").result_rows
        assert [tuple(r) for r in got] == [tuple(r) for r in expected]
    assert len(expected) == 7


def test_uuid_and_decimal_values_are_python_equal(loaded, source):
    """The same rows read through both drivers: clickhouse-connect's Python values equal psycopg's."""
    _, warehouse = loaded
    with source.connect() as conn:
        expected = conn.execute("select n, c_uuid, c_numeric, c_numeric_free from fidelity order by n").fetchall()
    with warehouse.get_client() as client:
        got = client.query("SELECT n, c_uuid, c_numeric, c_numeric_free FROM fid.fidelity ORDER BY n").result_rows
    assert [tuple(r) for r in got] == [tuple(r) for r in expected]
    assert isinstance(got[0][1], uuid.UUID) and isinstance(got[0][2], decimal.Decimal)
