"""The Python Coder's transforms: checked with ast before they run, then run with restricted builtins."""

import textwrap

import polars as pl
import pytest

from ai_etl.errors import UserError
from ai_etl.python_sandbox import (
    PythonTransformProblem,
    _execute,
    check_transform_code,
    run_transform,
)

GOOD = textwrap.dedent('''\
    """Split messy contact strings into name, email and age."""
    import re

    import polars as pl

    AGE = re.compile(r"age\\s*=\\s*(\\d+)")
    NAME_PATTERN = r"^\\s*([^<]+?)\\s*<"


    def _clean_email(column: str) -> pl.Expr:
        return pl.col(column).str.extract(r"<([^>]+)>", 1).str.strip_chars().str.to_lowercase()


    def transform(frames: dict[str, pl.DataFrame]) -> pl.DataFrame:
        raw = frames["contacts"]
        return raw.select(
            pl.col("raw").str.extract(NAME_PATTERN, 1).str.to_titlecase().alias("name"),
            _clean_email("raw").alias("email"),
            pl.col("raw").str.extract(AGE.pattern, 1).cast(pl.Int64).alias("age"),
        ).filter(pl.col("email").is_not_null())
''')

CONTACTS = pl.DataFrame(
    {
        "raw": [
            "  alice SMITH <ALICE@Example.COM> ; age=34 ",
            "Bob Jones<bob@y.org>;age = 7",
            "no email here; age=50",
        ]
    }
)


def _wrap(body: str) -> str:
    """A valid module whose transform body is `body` (indented), so only `body` can break a rule."""
    return "import polars as pl\n\n\ndef transform(frames):\n" + textwrap.indent(textwrap.dedent(body), "    ")


def _lines(code: str) -> set[int]:
    return {problem.line for problem in check_transform_code(code)}


def test_good_transform_passes_the_check_and_parses_messy_strings():
    assert check_transform_code(GOOD) == []
    result = run_transform(GOOD, {"contacts": CONTACTS})
    assert result.to_dicts() == [
        {"name": "Alice Smith", "email": "alice@example.com", "age": 34},
        {"name": "Bob Jones", "email": "bob@y.org", "age": 7},
    ]
    assert result.schema == pl.Schema({"name": pl.String, "email": pl.String, "age": pl.Int64})


def test_run_transform_does_not_change_the_callers_frames():
    code = _wrap("""\
        df = frames["t"]
        df.insert_column(1, pl.lit(1).alias("extra"))
        frames["t"] = None
        return df
    """)
    frames = {"t": pl.DataFrame({"a": [1, 2]})}
    assert run_transform(code, frames).columns == ["a", "extra"]
    assert frames["t"].columns == ["a"]


# Each case: code, the line the problem must be reported on, and a word the message must contain.
FORBIDDEN = {
    "import os": ("import polars as pl\nimport os\n\n\ndef transform(frames):\n    return frames['t']\n", 2, "'os'"),
    "from subprocess import run": (
        "import polars as pl\n\nfrom subprocess import run\n\n\ndef transform(frames):\n    return frames['t']\n",
        3,
        "subprocess",
    ),
    "import os inside the function": (_wrap("x = 1\nimport os\nreturn frames['t']\n"), 6, "'os'"),
    "open()": (_wrap("text = open('/etc/passwd').read()\nreturn frames['t']\n"), 5, "'open'"),
    "eval": (_wrap("x = 1\nreturn eval('frames')\n"), 6, "'eval'"),
    "__import__('os')": (_wrap("os = __import__('os')\nreturn frames['t']\n"), 5, "__import__"),
    "x.__class__.__subclasses__": (_wrap("x = ()\nsubs = x.__class__.__subclasses__()\nreturn frames['t']\n"), 6, "dunder"),
    "pl.read_csv": (_wrap("return pl.read_csv('/tmp/x.csv')\n"), 5, "I/O"),
    "df.write_parquet": (_wrap("df = frames['t']\ndf.write_parquet('/tmp/x.parquet')\nreturn df\n"), 6, "I/O"),
    "pl.scan_parquet": (_wrap("x = 1\ny = 2\nreturn pl.scan_parquet('/tmp/x').collect()\n"), 7, "I/O"),
    "read_csv referenced, not called": (_wrap("reader = pl.read_csv\nreturn reader('/tmp/x.csv')\n"), 5, "I/O"),
    "from polars import read_csv": (
        "import polars as pl\nfrom polars import read_csv\n\n\ndef transform(frames):\n    return frames['t']\n",
        2,
        "read_csv",
    ),
    "getattr(pl, 'read_csv')": (_wrap("reader = getattr(pl, 'read_csv')\nreturn reader('/tmp/x.csv')\n"), 5, "'getattr'"),
    "pl.sql": (_wrap("return pl.sql('select * from read_csv(\\'/etc/passwd\\')').collect()\n"), 5, "SQL"),
    "pl.os, a module reached through polars": (_wrap("pl.os.system('id')\nreturn frames['t']\n"), 5, "is the module 'os'"),
    "typing.sys": ("import typing\n\n\ndef transform(frames):\n    return typing.sys.modules\n", 5, "is the module 'sys'"),
    "module passed around": ("import re\n\n\ndef transform(frames):\n    m = re\n    return frames['t']\n", 5, "may only be used"),
    "private attribute": (_wrap("return frames['t']._df\n"), 5, "private"),
    "generator frame": (_wrap("g = (x for x in [1])\nreturn g.gi_frame\n"), 6, "frame"),
    "print is not an available builtin": (_wrap("print(frames)\nreturn frames['t']\n"), 5, "print"),
    "class definition": (
        "import polars as pl\n\n\nclass Row:\n    pass\n\n\ndef transform(frames):\n    return frames['t']\n",
        4,
        "Class",
    ),
    "global": (_wrap("global X\nreturn frames['t']\n"), 5, "global"),
    "top-level side effect": (
        "import polars as pl\n\n\ndef helper():\n    return 1\n\n\nX = helper()\n\n\ndef transform(frames):\n    return frames['t']\n",
        8,
        "constant",
    ),
    "missing transform": ("import polars as pl\n\n\ndef convert(frames):\n    return frames['t']\n", 1, "no top-level"),
    "two parameters": ("import polars as pl\n\n\ndef transform(frames, extra):\n    return frames['t']\n", 4, "exactly one positional"),
    "syntax error": ("import polars as pl\n\n\ndef transform(frames):\n    return frames['t'\n", 5, "not valid Python"),
}


@pytest.mark.parametrize(("code", "line", "word"), FORBIDDEN.values(), ids=FORBIDDEN.keys())
def test_forbidden_code_is_reported_on_its_line(code, line, word):
    problems = check_transform_code(code)
    assert problems, "the check let forbidden code through"
    assert all(isinstance(problem, PythonTransformProblem) for problem in problems)
    on_line = [problem.message for problem in problems if problem.line == line]
    assert on_line, f"no problem on line {line}: {problems}"
    assert any(word in message for message in on_line), on_line


HELPERS = textwrap.dedent("""\
    import re
    import polars as pl
    import polars.selectors as cs
    from collections import namedtuple

    PAT = re.compile(r"\\d+", re.I)
    DTYPE = pl.Datetime("us")
    Pair = namedtuple("Pair", "a b")


    def transform(frames):
        p = Pair(1, 2)._replace(a=3)
        match p:
            case (a, b):
                pass
        return frames["t"].select(cs.numeric()).with_columns(pl.lit(a + b).alias("s"))
""")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (_wrap("id = 1\ntype = 'x'\nreturn frames['t'].with_columns(pl.lit(id).alias(type))\n"), {"a": 1, "x": 1}),
        (HELPERS, {"a": 1, "s": 5}),
    ],
    ids=["shadowed builtin names", "constants, namedtuple, selectors, match"],
)
def test_ordinary_code_is_not_flagged_and_runs(code, expected):
    assert check_transform_code(code) == []
    result = run_transform(code, {"t": pl.DataFrame({"a": [1], "b": ["x"]})})
    assert result.drop("b", strict=False).to_dicts() == [expected]


def test_missing_transform_and_two_parameters_messages_say_what_is_allowed():
    (missing,) = check_transform_code("X = 1\n")
    assert "def transform(frames)" in missing.message
    (two,) = check_transform_code(FORBIDDEN["two parameters"][0])
    assert "def transform(frames)" in two.message


def test_run_transform_refuses_bad_code_without_running_it(tmp_path):
    marker = tmp_path / "ran"
    code = _wrap(f"open({str(marker)!r}, 'w').write('x')\nreturn frames['t']\n")
    with pytest.raises(UserError, match=r"refused at line 5: 'open' is not allowed"):
        run_transform(code, {"t": pl.DataFrame({"a": [1]})})
    assert not marker.exists()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("return frames['t'].to_dicts()\n", "transform returned list; it must return a polars DataFrame"),
        ("return frames['t'].lazy()\n", "returned a LazyFrame; call .collect()"),
    ],
)
def test_run_transform_raises_on_non_dataframe_result(body, message):
    with pytest.raises(UserError, match=message):
        run_transform(_wrap(body), {"t": pl.DataFrame({"a": [1]})})


def test_errors_inside_the_transform_become_user_errors_with_the_line():
    code = _wrap("x = 1\nreturn frames['missing']\n")
    with pytest.raises(UserError, match=r"failed at line 6: KeyError"):
        run_transform(code, {"t": pl.DataFrame({"a": [1]})})


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("open('/etc/passwd')\n", "NameError: name 'open' is not defined"),
        ("eval('1')\n", "NameError: name 'eval' is not defined"),
        ("print('x')\n", "NameError: name 'print' is not defined"),
        ("import os\n", "import of 'os' is not allowed"),
        ("from polars import read_csv\n", "'read_csv' may not be imported from 'polars'"),
        ("class Row:\n    pass\n", "__build_class__ not found"),
    ],
)
def test_restricted_builtins_hold_even_when_the_check_is_bypassed(tmp_path, body, message):
    """_execute skips the static check: the namespace alone must stop these."""
    code = _wrap(body + "return frames['t']\n")
    assert check_transform_code(code), "the static check should also catch this"
    with pytest.raises(UserError, match=message):
        _execute(code, {"t": pl.DataFrame({"a": [1]})})


def test_allowed_imports_work_at_run_time():
    code = (
        "import polars as pl\nimport polars.selectors as cs\nfrom datetime import date\n\n\n"
        "def transform(frames):\n    import json\n"
        "    return frames['t'].select(cs.numeric()).with_columns(pl.lit(json.dumps(date(2024, 1, 2).isoformat())).alias('d'))\n"
    )
    assert check_transform_code(code) == []
    assert run_transform(code, {"t": pl.DataFrame({"a": [1], "b": ["x"]})}).to_dicts() == [{"a": 1, "d": '"2024-01-02"'}]
