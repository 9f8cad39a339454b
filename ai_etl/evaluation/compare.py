"""Step 5 of the evaluation rules: does the final table hold the rows the reference query returns?

Columns are matched by their values, not their names (a generated pipeline may call `sum(amount)`
`total_amount`), each expected column by a distinct table column, and rows are compared as
multisets. Values are compared after normalizing (README): numbers within 0.005 absolute or 1e-9
relative, timestamps as UTC to the second, a midnight timestamp equal to its date, text exactly,
NULL equal to NULL only.

Tolerance makes equality non-transitive, so rows cannot simply be hashed. Instead every numeric
column is cut into clusters (runs of sorted values closer than any tolerance could bridge): rows
that are equal within tolerance always have equal cluster ids, so comparing multisets of cluster
ids is exact whenever every cluster is "tight" (all its values within tolerance of each other), and
only rows of loose clusters need a real tolerance matching.
"""

from __future__ import annotations

import datetime as dt
import math
import numbers
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Sequence
from decimal import Decimal
from typing import Any

import psycopg
from pydantic import BaseModel, Field

from ai_etl.errors import ConnectorError, UserError

ABS_TOL = 0.005
REL_TOL = 1e-9
# float rounding of the difference itself (|a - b| of two decimals near 1e6 errs by ~1e-10)
_SLACK = 1e-9
MAX_TRIES = 1000  # column assignments tried before giving up
MAX_EDGE_CHECKS = 2_000_000  # row-pair comparisons spent on tolerance matching

# normalized value: (kind, payload); kinds sort first, so a sorted column groups kinds together
_NULL, _NUM, _NAN, _TIME, _TEXT, _OTHER = range(6)
Norm = tuple[int, Any]
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
_SECOND = dt.timedelta(seconds=1)


class Comparison(BaseModel):
    """The verdict of one table against one reference query."""

    ok: bool
    message: str = Field(description="One sentence: what matched, or what differs.")
    mapping: dict[str, str] = Field(
        default_factory=dict,
        description="Expected column -> table column, on success. A repeated or empty expected "
        "name is keyed as `name#N` (N = its 1-based position).",
    )
    positions: list[int] = Field(
        default_factory=list, description="On success, the 0-based table column of each expected column."
    )


# ------------------------------------------------------------------ values


def normalize(value: Any) -> Norm:
    """The comparable form of one value from psycopg or clickhouse-connect."""
    if value is None:
        return (_NULL, 0)
    if isinstance(value, bool):  # ClickHouse UInt8 flags come back as 0/1
        return (_NUM, float(value))
    if isinstance(value, (Decimal, numbers.Real)):
        try:
            number = float(value)
        except (ValueError, OverflowError):
            return (_OTHER, str(value))
        return (_NAN, 0) if math.isnan(number) else (_NUM, number)
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            value = value.replace(tzinfo=dt.UTC)  # naive timestamps are UTC
        return (_TIME, (value - _EPOCH) // _SECOND)  # floor: truncates microseconds
    if isinstance(value, dt.date):  # a date is its midnight
        return (_TIME, (value.toordinal() - _EPOCH_ORDINAL) * 86400)
    if isinstance(value, dt.time) and value.tzinfo is None:  # a time of day, loaded as PostgreSQL's text of it ('09:30:00', '09:30:00.5')
        text = value.isoformat()
        return (_TEXT, text.rstrip("0") if "." in text else text)
    if isinstance(value, str):
        return (_TEXT, value)
    return (_OTHER, str(value))


def _close_numbers(a: float, b: float) -> bool:
    if a == b:
        return True
    diff = abs(a - b)
    return diff <= ABS_TOL + _SLACK or diff <= REL_TOL * max(abs(a), abs(b)) + _SLACK


def values_equal(a: Norm, b: Norm) -> bool:
    """Equality of two normalized values under the README's tolerance."""
    if a[0] != b[0]:
        return False
    return _close_numbers(a[1], b[1]) if a[0] == _NUM else a[1] == b[1]


def _linked(lower: float, upper: float) -> bool:
    """Whether two neighbouring sorted numbers may lie between a pair of equal values.

    If a ~ b, every gap between consecutive values in [a, b] is at most |a - b|, and (for
    same-sign values) at most REL_TOL/(1 - REL_TOL) times the larger magnitude of that gap's
    ends; mixed-sign pairs can only be equal within ABS_TOL. 2*REL_TOL covers both.
    """
    gap = upper - lower
    return gap <= max(ABS_TOL, 2 * REL_TOL * max(abs(lower), abs(upper))) + _SLACK


# ----------------------------------------------------------------- columns


def _match_count(a: list[Norm], b: list[Norm], stop_at_miss: bool = False) -> int:
    """Largest number of values of sorted `a` paired with equal values of sorted `b`.

    On a line, a threshold relation whose window moves monotonically with the value, the greedy
    two-pointer pairing is maximal.
    """
    i = j = matched = 0
    while i < len(a) and j < len(b):
        if values_equal(a[i], b[j]):
            matched, i, j = matched + 1, i + 1, j + 1
        else:
            if stop_at_miss:
                return matched
            if a[i] < b[j]:
                i += 1
            else:
                j += 1
    return matched


def _same_multiset(a: list[Norm], b: list[Norm]) -> bool:
    return len(a) == len(b) and (a == b or _match_count(a, b, stop_at_miss=True) == len(a))


def _cluster_keys(a: list[Norm], b: list[Norm]) -> tuple[list[Hashable], list[Hashable], bool]:
    """Hashable keys for the values of an (expected, table) column pair, and whether they are exact.

    Numbers become the id of their cluster over both columns, other values stay themselves. Equal
    values always get equal keys; with tight clusters, equal keys also mean equal values.
    """
    numbers_ = sorted({v[1] for v in a if v[0] == _NUM} | {v[1] for v in b if v[0] == _NUM})
    if not numbers_:
        return list(a), list(b), True
    cluster: dict[float, int] = {}
    tight = True
    cid, first, previous = -1, numbers_[0], None
    for x in numbers_:
        if previous is None or not _linked(previous, x):
            if previous is not None and not _close_numbers(first, previous):
                tight = False
            cid, first = cid + 1, x
        cluster[x] = cid
        previous = x
    if not _close_numbers(first, previous):
        tight = False

    def key(v: Norm) -> Hashable:
        return (_NUM, cluster[v[1]]) if v[0] == _NUM else v

    return [key(v) for v in a], [key(v) for v in b], tight


# -------------------------------------------------------------------- rows


class _Budget:
    """Work allowed for one comparison (passed around, never global)."""

    def __init__(self, tries: int, edge_checks: int) -> None:
        self.tries = tries
        self.edge_checks = edge_checks


def _perfect_matching(n: int, adjacent: Callable[[int], list[int]]) -> bool:
    """Whether every left node 0..n-1 can be paired with a distinct right node (augmenting paths)."""
    match_left: list[int] = [-1] * n
    match_right: dict[int, int] = {}
    neighbours = [adjacent(u) for u in range(n)]
    for root in range(n):
        previous: dict[int, int] = {}  # right node -> left node it was reached from
        frontier, found = [root], -1
        while frontier and found < 0:
            next_frontier = []
            for u in frontier:
                for v in neighbours[u]:
                    if v in previous:
                        continue
                    previous[v] = u
                    if v not in match_right:
                        found = v
                        break
                    next_frontier.append(match_right[v])
                if found >= 0:
                    break
            frontier = next_frontier
        if found < 0:
            return False
        v = found
        while True:  # flip the path back to the root
            u = previous[v]
            earlier = match_left[u]
            match_left[u], match_right[v] = v, u
            if u == root:
                break
            v = earlier
    return True


def _tolerant_group_match(
    expected: list[tuple[Norm, ...]], actual: list[tuple[Norm, ...]], budget: _Budget
) -> bool | None:
    """Whether two equally long row lists are equal as multisets under tolerance; None if too costly."""
    if len(expected) == 1:
        return all(map(values_equal, expected[0], actual[0]))
    expected, actual = sorted(expected), sorted(actual)
    if all(all(map(values_equal, e, a)) for e, a in zip(expected, actual)):
        return True
    budget.edge_checks -= len(expected) * len(actual)
    if budget.edge_checks < 0:
        return None
    return _perfect_matching(
        len(expected),
        lambda u: [v for v, row in enumerate(actual) if all(map(values_equal, expected[u], row))],
    )


# ------------------------------------------------------------------ compare


def compare_rows(
    expected_columns: list[str],
    expected_rows: Sequence[Sequence[Any]],
    actual_columns: list[str],
    actual_rows: Sequence[Sequence[Any]],
    *,
    max_tries: int = MAX_TRIES,
) -> Comparison:
    """Apply the README's step 5: same row count, each expected column held by a distinct table
    column, and the rows equal as multisets. Columns are handled by position, since reference
    queries repeat names (`sum`, `count`, `?column?`)."""
    n = len(expected_rows)
    if len(actual_rows) != n:
        return _fail(f"expected {_count(n, 'row')}, the table has {len(actual_rows)}")
    n_exp, n_act = len(expected_columns), len(actual_columns)
    if n_act < n_exp:
        return _fail(f"expected {_count(n_exp, 'column')}, the table has only {n_act}")

    exp_cols = [[normalize(row[i]) for row in expected_rows] for i in range(n_exp)]
    act_cols = [[normalize(row[j]) for row in actual_rows] for j in range(n_act)]
    exp_sorted = [sorted(c) for c in exp_cols]
    act_sorted = [sorted(c) for c in act_cols]

    def preference(i: int) -> list[int]:
        # same name first: when two table columns hold the same values, keep the obvious pairing
        name = expected_columns[i].casefold()
        return sorted(range(n_act), key=lambda j: (actual_columns[j].casefold() != name, j))

    candidates = [[j for j in preference(i) if _same_multiset(exp_sorted[i], act_sorted[j])] for i in range(n_exp)]

    missing = [i for i in range(n_exp) if not candidates[i]]
    if missing:
        return _fail(_no_column_message(missing, expected_columns, actual_columns, exp_sorted, act_sorted))

    first_assignment, violators = _distinct_assignment(candidates)
    if first_assignment is None:
        expected_set, actual_set = violators
        return _fail(
            f"expected columns {_names(expected_set, expected_columns)} need distinct table columns, "
            f"but only {_join([f'`{actual_columns[j]}`' for j in actual_set])} "
            f"{'holds' if len(actual_set) == 1 else 'hold'} their values"
        )

    keys: dict[tuple[int, int], tuple[list[Hashable], list[Hashable], bool]] = {}

    def pair_keys(i: int, j: int) -> tuple[list[Hashable], list[Hashable], bool]:
        if (i, j) not in keys:
            keys[(i, j)] = _cluster_keys(exp_cols[i], act_cols[j])
        return keys[(i, j)]

    def key_counters(pairs: list[tuple[int, int]]) -> tuple[Counter, Counter, list[tuple]]:
        parts = [pair_keys(i, j) for i, j in pairs]
        exp_keys = list(zip(*(p[0] for p in parts))) if parts else [()] * n
        act_keys = list(zip(*(p[1] for p in parts))) if parts else [()] * n
        return Counter(exp_keys), Counter(act_keys), exp_keys

    budget = _Budget(max_tries, MAX_EDGE_CHECKS)
    undecided = False

    def rows_match(assignment: list[int]) -> bool | None:
        pairs = list(enumerate(assignment))
        exp_count, act_count, exp_keys = key_counters(pairs)
        if exp_count != act_count:
            return False
        loose = [(i, j) for i, j in pairs if not pair_keys(i, j)[2]]
        if not loose:
            return True
        # equal keys on every column; tolerance-match the loose columns within each key group
        act_keys = list(zip(*(pair_keys(i, j)[1] for i, j in pairs)))
        exp_groups: dict[tuple, list[int]] = defaultdict(list)
        act_groups: dict[tuple, list[int]] = defaultdict(list)
        for r, k in enumerate(exp_keys):
            exp_groups[k].append(r)
        for r, k in enumerate(act_keys):
            act_groups[k].append(r)
        verdict: bool | None = True
        for k, exp_members in exp_groups.items():
            result = _tolerant_group_match(
                [tuple(exp_cols[i][r] for i, _ in loose) for r in exp_members],
                [tuple(act_cols[j][r] for _, j in loose) for r in act_groups[k]],
                budget,
            )
            if result is False:
                return False
            if result is None:
                verdict = None
        return verdict

    order = sorted(range(n_exp), key=lambda i: (len(candidates[i]), i))
    assignment: list[int] = [-1] * n_exp
    used: set[int] = set()

    def search(depth: int) -> bool:
        nonlocal undecided
        if depth == n_exp:
            result = rows_match(assignment)
            undecided = undecided or result is None
            return result is True
        i = order[depth]
        free = [j for j in candidates[i] if j not in used]
        for j in free:
            budget.tries -= 1
            if budget.tries < 0:
                return False
            assignment[i] = j
            # with a choice to make, prune early: the columns chosen so far must already agree
            if len(free) > 1 and depth > 0 and depth + 1 < n_exp:
                exp_count, act_count, _ = key_counters([(x, assignment[x]) for x in order[: depth + 1]])
                if exp_count != act_count:
                    continue
            used.add(j)
            if search(depth + 1):
                return True
            used.discard(j)
        assignment[i] = -1
        return False

    if search(0):
        return Comparison(
            ok=True,
            message=f"{_count(n, 'row')} and {_count(n_exp, 'column')} match",
            mapping=_mapping(expected_columns, actual_columns, assignment),
            positions=list(assignment),
        )
    if budget.tries < 0 or undecided:
        return _fail(
            "columns match one by one, but no pairing of them was shown to match row for row "
            f"within {max_tries} tries (values too ambiguous to decide)"
        )
    return _fail(_row_mismatch_message(first_assignment, key_counters, expected_rows))


# ---------------------------------------------------------------- messages


def _fail(message: str) -> Comparison:
    return Comparison(ok=False, message=message)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _names(indexes: Sequence[int], columns: list[str]) -> str:
    return _join([f"{i + 1} `{columns[i]}`" for i in sorted(indexes)])


def _mapping(expected_columns: list[str], actual_columns: list[str], assignment: list[int]) -> dict[str, str]:
    counts = Counter(expected_columns)
    return {
        (name if counts[name] == 1 and name else f"{name}#{i + 1}"): actual_columns[j]
        for i, (name, j) in enumerate(zip(expected_columns, assignment))
    }


def _no_column_message(
    missing: list[int],
    expected_columns: list[str],
    actual_columns: list[str],
    exp_sorted: list[list[Norm]],
    act_sorted: list[list[Norm]],
) -> str:
    i = missing[0]
    n = len(exp_sorted[i])
    name = expected_columns[i].casefold()
    differ, _, j = min(
        (n - _match_count(exp_sorted[i], act_sorted[j]), actual_columns[j].casefold() != name, j)
        for j in range(len(actual_columns))
    )
    closest = f"closest: `{actual_columns[j]}`, {differ} of {_count(n, 'row')} differ"
    message = f"no column of the table holds the values of expected column {i + 1} `{expected_columns[i]}` ({closest})"
    if len(missing) > 1:
        message += f", nor of {_count(len(missing) - 1, 'other expected column')}"
    return message


def _distinct_assignment(candidates: list[list[int]]) -> tuple[list[int] | None, tuple[list[int], list[int]]]:
    """A distinct table column per expected column (preferring earlier candidates), or a Hall
    violator: expected columns whose candidates, together, are fewer than they are."""
    owner: dict[int, int] = {}  # table column -> expected column

    def augment(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(candidates)):
        if not augment(i, set()):
            expected_set, actual_set, queue = {i}, set(), [i]
            while queue:
                for j in candidates[queue.pop()]:
                    if j not in actual_set:
                        actual_set.add(j)
                        if owner[j] not in expected_set:  # every reachable column is owned
                            expected_set.add(owner[j])
                            queue.append(owner[j])
            return None, (sorted(expected_set), sorted(actual_set))
    assignment = [-1] * len(candidates)
    for j, i in owner.items():
        assignment[i] = j
    return assignment, ([], [])


def _row_mismatch_message(
    assignment: list[int],
    key_counters: Callable[[list[tuple[int, int]]], tuple[Counter, Counter, list[tuple]]],
    expected_rows: Sequence[Sequence[Any]],
) -> str:
    exp_count, act_count, exp_keys = key_counters(list(enumerate(assignment)))
    missing = exp_count - act_count
    message = "columns match one by one but not row for row"
    if missing:
        example = next(r for r, k in enumerate(exp_keys) if k in missing)
        message += (
            f": {sum(missing.values())} of {_count(len(expected_rows), 'expected row')} "
            f"have no equal row in the table, e.g. {_show_row(expected_rows[example])}"
        )
    return message


def _show_row(row: Sequence[Any]) -> str:
    def show(v: Any) -> str:
        if v is None:
            return "NULL"
        if isinstance(v, (dt.date, Decimal)):
            return str(v)
        return repr(v)

    text = "(" + ", ".join(show(v) for v in row) + ")"
    return text if len(text) <= 160 else text[:157] + "...)"


# ------------------------------------------------------------------ engines


def fetch_expected(conninfo: str, sql: str) -> tuple[list[str], list[tuple]]:
    """The reference rows: `rows_sql` run in a read-only transaction, timestamps in UTC."""
    try:
        conn = psycopg.connect(conninfo, connect_timeout=10)
    except psycopg.OperationalError as err:
        reason = str(err).strip().splitlines()[-1] if str(err).strip() else type(err).__name__
        raise ConnectorError(f"Cannot connect to the source PostgreSQL database ({reason}).") from None
    with conn:
        conn.read_only = True  # the case file's SQL must never change the source
        try:
            with conn.cursor() as cursor:
                cursor.execute("SET TIME ZONE 'UTC'")
                cursor.execute(sql)
                if cursor.description is None:
                    raise UserError("The reference query returns no rows result; `rows_sql` must be a SELECT.")
                columns = [c.name for c in cursor.description]
                rows = cursor.fetchall()
        except psycopg.Error as err:
            first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
            raise UserError(f"The reference query fails in PostgreSQL: {first}.") from None
        finally:
            conn.rollback()
    return columns, rows


def fetch_actual(client: Any, database: str, table: str) -> tuple[list[str], list[tuple]]:
    """Every row of the pipeline's final table (clickhouse-connect client, embedded or server)."""
    # imported here: the resources package loads Dagster, which pure comparisons do not need
    from clickhouse_connect.driver.exceptions import ClickHouseError

    from ai_etl.resources.clickhouse import quote_ident

    try:
        result = client.query(f"SELECT * FROM {quote_ident(database)}.{quote_ident(table)}")
    except (ClickHouseError, OSError) as err:  # chDB reports through clickhouse-connect's classes too
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise UserError(f"The table {database}.{table} cannot be read in ClickHouse: {first}.") from None
    columns = list(result.column_names)
    if not columns:  # chDB names no columns for an empty result: read them from the table itself
        described = client.query(f"DESCRIBE TABLE {quote_ident(database)}.{quote_ident(table)}")
        columns = [row[0] for row in described.result_rows]
    return columns, [tuple(row) for row in result.result_rows]
