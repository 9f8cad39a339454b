"""The source as a graph of references, and the joins that connect a request's tables.

Tables are nodes and each reference (declared or inferred, `CatalogTable.references`) an edge,
walked in both directions: along it a join keeps one row per row (many-to-one), against it a
row meets every row that refers to it (one-to-many: the join "fans out"). The joins of a request
are the shortest path between its tables, as in ATHENA's Steiner-tree interpretation. When two
different shortest paths exist and exactly one of them runs along references only, that one is the
function people mean ("the hotel of a reservation" is its room's hotel, not the hotels its reviews
name), and from the other end the one path only against them ("a hotel's reservations" are those of
its rooms). Where every shortest path goes against a reference and along another (a job's consent applications,
then their property), the one longer path only along references (or only against them) is meant: the job's quote's
roof's property. Otherwise a path through rows that refer to both ends (a link table: the bookings of a member
and a class) is meant before one through a parent both ends share (the member's club and every class it
holds). Else the schema does not say which the person meant, and that is an ambiguity to report, never a
path to pick.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import product

import networkx as nx

from ai_etl.agents.contracts import Catalog

MAX_HOPS = 3  # a longer chain of joins is not a reading anyone would sign off without saying it
MAX_CHAIN = 5  # unless it is the one way and only along references: an invoice's job's quote's enquiry's customer


@dataclass(frozen=True)
class Hop:
    """One join: `table` joined on `left` (a `table.column` of the rows so far) = `table.right`."""

    table: str
    left: str
    right: str
    fans_out: bool  # against a reference: each row so far meets many rows of `table`

    def describe(self) -> str:
        return f"{self.left} = {self.table}.{self.right}"


class NoJoinPath(Exception):
    """The tables are not connected, or only through more than MAX_HOPS joins."""


class AmbiguousJoin(Exception):
    def __init__(self, start: str, goal: str, paths: list[list[Hop]]):
        self.paths = paths
        readings = "; or ".join(" then ".join(h.describe() for h in path) for path in paths[:3])
        super().__init__(f"'{start}' and '{goal}' are linked in more than one way ({readings}); say which.")


def reference_graph(catalog: Catalog) -> nx.MultiGraph:
    graph = nx.MultiGraph()
    graph.add_nodes_from(t.name for t in catalog.tables)
    for table in catalog.tables:
        for column, ref in table.references.items():
            target, target_column = ref.split(".", 1)
            if catalog.table(target) is not None and target != table.name:
                one_to_one = table.primary_key == [column]  # `trip_op.trip_id`: each parent row meets at most one
                graph.add_edge(table.name, target, key=f"{table.name}.{column}", child=table.name, column=column, parent=target, key_column=target_column, one_to_one=one_to_one)
    return graph


def _hops(graph: nx.MultiGraph, here: str, there: str) -> list[Hop]:
    hops = []
    for edge in graph.get_edge_data(here, there).values():
        if edge["child"] == here:  # along the reference: many-to-one
            hops.append(Hop(table=there, left=f"{here}.{edge['column']}", right=edge["key_column"], fans_out=False))
        else:
            hops.append(Hop(table=there, left=f"{here}.{edge['key_column']}", right=edge["column"], fans_out=not edge["one_to_one"]))
    return hops


def join_path(catalog: Catalog, start: str, goal: str) -> list[Hop]:
    """The joins from `start` to `goal`: the one shortest path, else NoJoinPath / AmbiguousJoin."""
    graph = reference_graph(catalog)
    try:
        tables = list(nx.all_shortest_paths(graph, start, goal))
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        raise NoJoinPath(f"'{goal}' is not linked to '{start}' by a key") from None
    paths = [list(hops) for path in tables for hops in product(*(_hops(graph, a, b) for a, b in zip(path, path[1:])))]
    if len(tables[0]) - 1 > MAX_HOPS and not (len(tables[0]) - 1 <= MAX_CHAIN and len(paths) == 1 and not any(h.fans_out for h in paths[0])):
        raise NoJoinPath(f"'{goal}' is linked to '{start}' only through {len(tables[0]) - 2} other tables")
    if not any(len({h.fans_out for h in path}) == 1 for path in paths) and (one_way := _the_one_way_round(graph, start, goal)):
        return one_way  # a job's village: its quote's roof's property's, never that of the consent applications naming it
    for one_way in ([path for path in paths if not any(h.fans_out for h in path)], [path for path in paths if all(h.fans_out for h in path)]):
        if len(paths) > 1 and len(one_way) == 1:  # only along references is there one `goal` row per `start` row ("the
            return one_way[0]  # hotel of a booking"); only against them, the rows that lead to it ("a hotel's bookings")
    one = paths[0]
    if len(paths) == 1 and len(one) == 1 and (other := stood_in_for(catalog, start, one[0].left.split(".", 1)[1], graph)):
        raise AmbiguousJoin(start, goal, [one, other])  # a ride's `stand_in_id`, or its route's `leader_id`
    if len(paths) == 1 and len(one) > 1 and len({h.fans_out for h in one}) == 1 and len(others := _one_way_paths(graph, start, goal, one[0].fans_out)) > 1:
        if all(other == one or _round_one_end(one, other) for other in others):
            return one  # a claim's client: its booking's own `client_id`, not that of the quote the booking came from
        raise AmbiguousJoin(start, goal, others)  # an offer's department: its approver's, or its role's (a longer way)
    plain = [path for path in paths if all(hop.fans_out or named_as_its_key(catalog, *hop.left.split(".", 1)) for hop in path)]
    if len(paths) > 1 and len(plain) == 1 and all(_a_side_role(catalog, path) for path in paths if path is not plain[0]):
        return plain[0]  # an enrolment's course: its `course_id`, not the `to_course_id` 'course they moved to (status T only)'
    linked = [path for path in paths if not through_a_shared_parent(path)]
    if len(paths) > 1 and len(linked) == 1:  # 'members and the classes they booked': through the bookings that refer
        return linked[0]  # to both, never every class of the club a member belongs to
    if len(paths) > 1:
        raise AmbiguousJoin(start, goal, paths)
    return paths[0]


def _the_one_way_round(graph: nx.MultiGraph, start: str, goal: str) -> list[Hop] | None:
    """Where every shortest way goes both against a reference and along one (a job's rows in `lbc`, then their
    property), the one longer way within MAX_HOPS that goes only along references (a job's quote's roof's property:
    one row per job) or only against them (a property's roofs' quotes' jobs) is what 'the X of a Y' means: the
    shorter way meets the rows of a side record that happens to name both, some or many per row. Two such longer
    ways of one length are two meanings: AmbiguousJoin."""
    ways = [way for fans_out in (False, True) if (way := _one_way_paths(graph, start, goal, fans_out))]
    if len(ways) != 1:
        return None
    shortest = [way for way in ways[0] if len(way) == len(ways[0][0])]
    if len(shortest) > 1:  # its quote's roof's property, or its quote's survey's: the schema does not say they agree
        raise AmbiguousJoin(start, goal, shortest)
    return shortest[0]


def _round_one_end(one: list[Hop], other: list[Hop]) -> bool:
    """Is `other` a longer way that shares all of `one` but one hop at an end: from a claim, its booking, then the quote
    the booking came from, then that quote's client (the booking's own `client_id` is meant); from a repair, its tenancy,
    then that tenancy's property, then its landlord (the repair's own `prop_id` is meant); and the same walked back.
    Either way the row meets its own reference to the table the two ways share."""
    if len(other) <= len(one):
        return False
    shared_start = next((i for i, (a, b) in enumerate(zip(one, other)) if a != b), len(one))
    shared_end = next((i for i, (a, b) in enumerate(zip(reversed(one), reversed(other))) if a != b), len(one))
    return len(one) - 1 in (shared_start, shared_end)


def _one_way_paths(graph: nx.MultiGraph, start: str, goal: str, fans_out: bool) -> list[list[Hop]]:
    """Every way within MAX_HOPS joins only along references (one `goal` row per `start` row), or only against
    them, shortest first: two of them are two meanings of 'the goal of a start row' (or of 'its start rows')."""
    found = []
    for tables in nx.all_simple_paths(graph, start, goal, cutoff=MAX_HOPS):
        for hops in product(*(_hops(graph, a, b) for a, b in zip(tables, tables[1:]))):
            if all(h.fans_out == fans_out for h in hops):
                found.append(list(hops))
    return sorted(found, key=len)


def stood_in_for(catalog: Catalog, table: str, column: str, graph: nx.MultiGraph | None = None) -> list[Hop] | None:
    """The other way, along references, from `table` to what its `column` refers to, when the column may be empty, its
    comment speaks of the table that way goes through, and that way ends in a column named otherwise (a lesson's
    `cover_teacher_id` 'empty = the course's own teacher', beside its course's `teacher_id`): the row's own one stands in
    for its parent's, so which one 'the teacher' of a row means is not said. (A ticket's `agt_id` 'NULL = not assigned
    yet' is the ticket's agent, never its team's lead.) `graph`: the catalog's `reference_graph`, when the caller has it."""
    found = catalog.table(table)
    ref = found.references.get(column) if found else None
    if ref is None or not found.column(column).nullable:
        return None
    comment = (found.column(column).comment or "").lower()
    if not comment:
        return None  # (nothing says what an empty one means: the row's own reference, the only one it has)
    for other in _one_way_paths(graph if graph is not None else reference_graph(catalog), table, ref.split(".")[0], False):
        through = other[0].table.lower()
        named = {through, through.removesuffix("s"), through.removesuffix("es")}
        if len(other) > 1 and other[-1].left.split(".", 1)[1] != column and any(re.search(rf"\b{re.escape(n)}", comment) for n in named if len(n) > 2):
            return other
    return None


def _a_side_role(catalog: Catalog, path: list[Hop]) -> bool:
    """Does the path go along a side role (`side_role`)?"""
    return any(not hop.fans_out and side_role(catalog, *hop.left.split(".", 1)) for hop in path)


def named_as_its_key(catalog: Catalog, table: str, column: str) -> bool:
    """A reference named as the key it refers to (`enrolments.course_id` -> `course.course_id`)."""
    found = catalog.table(table)
    ref = found.references.get(column) if found else None
    return ref is not None and column == ref.split(".", 1)[1]


def side_role(catalog: Catalog, table: str, column: str) -> bool:
    """A reference that may be empty and is named otherwise than the key it refers to (`to_course_id` 'course they moved
    to', beside the enrolment's own `course_id`): a role some rows have, never the one every row has."""
    found = catalog.table(table)
    return column in (found.references if found else {}) and not named_as_its_key(catalog, table, column) and found.column(column).nullable


def through_a_shared_parent(path: list[Hop]) -> bool:
    """Up a reference and later down another (a member's club, then every class of that club): rows related
    only by sharing a parent, each row meeting all of the other side's under it."""
    went_up = False
    for hop in path:
        if hop.fans_out and went_up:
            return True
        went_up = went_up or not hop.fans_out
    return False


def belongs_to(catalog: Catalog, table: str, owner: str) -> bool:
    """Each row of `table` belongs to one row of `owner`: a path only along references (a delivery's
    trip's vehicle's depot), so joining it repeats no row."""
    if table == owner:
        return False
    try:
        return not any(hop.fans_out for hop in join_path(catalog, table, owner))
    except (NoJoinPath, AmbiguousJoin):
        return False


def extends(catalog: Catalog, table: str, parent: str) -> bool:
    """Is `table` one-to-one with `parent`, its key a reference to it (`trip_op.trip_id` -> `tt_trip`): a row of
    it says more about one parent row (what happened on the trip), so its values describe the parent's rows."""
    found = catalog.table(table)
    if found is None or len(found.primary_key) != 1:
        return False
    return found.references.get(found.primary_key[0], "").split(".")[0] == parent


def distances(catalog: Catalog, start: str, cutoff: int = 2) -> dict[str, int]:
    """Tables within `cutoff` joins of `start` (itself at 0), nearest first."""
    found = nx.single_source_shortest_path_length(reference_graph(catalog), start, cutoff=cutoff)
    return dict(sorted(found.items(), key=lambda item: (item[1], item[0])))
