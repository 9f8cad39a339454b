"""Conditions on counts and totals: 'customers with more than 5 orders', 'the number of orders per
customer', 'average rating below 3', values shared or repeated by more than one row."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import QUALIFIED, Catalog, Condition, GroupKey, MeasureIntent
from ai_etl.catalog.comments import said_forms, said_plural_pattern
from ai_etl.language.conditions import COMPARISONS, one_measured_number
from ai_etl.language.grouping import group_key
from ai_etl.language.reading import (
    Parse,
    aliases_of,
    blank,
    column_of,
    is_numeric,
    label_column,
    resolve_table,
)
from ai_etl.language.references import labels_of_named_reference, link_tables, linked_otherwise, reference_column, referring_tables
from ai_etl.language.request_text import FUNCTION_WORDS, singular, snake
from ai_etl.language.phrasal_verbs import acts_said, dated_acts
from ai_etl.language.acts import act_table
from ai_etl.language.undone_states import UNDONE, states_unsaid, which_count
from ai_etl.language.spoken import is_past_verb, lemma, spoken_words, verb_lemma
from ai_etl.language.events import AUXILIARIES, comment_acts, table_acts
from ai_etl.language.measures import money_in_referring_rows
from ai_etl.language.schedule_text import NUMBER, number_value


def read_count_per_subject(p: Parse) -> None:
    """'Which users have posted reviews ..., and how many reviews have they posted?': the counted rows
    (reviews) grouped by their reference to the subject (users, with its name), never one total."""
    if p.intent.main_table:
        return
    match = re.search(r"\b(?:which|what)\s+(?P<x>[a-z_]+)\b.*?\bhow\s+many\s+(?P<y>[a-z_]+(?:\s+[a-z_]+)?)", p.text)
    if not match:
        return
    subject = resolve_table(p.catalog, match["x"])
    words_ = match["y"].split()
    counted = next((t for n in range(len(words_), 0, -1) if (t := resolve_table(p.catalog, " ".join(words_[:n])))), None)
    if not subject or not counted or subject == counted:
        return
    reference = reference_column(p.catalog, counted, subject)
    if reference is None:
        return  # counted through a bridge: not read here
    p.intent.main_table = counted
    key = GroupKey(column=f"{counted}.{reference}")
    p.intent.group_by = [k for k in (key, *labels_of_named_reference(p, key, match["x"])) if k]


# 'how many times was each block sprayed', 'how many times did each member visit' (read 'each member visited')
TIMES_ACTED = re.compile(
    r"\bhow\s+many\s+times\s+(?:(?:was|were|has|have|had|did|does|do)\s+)?(?:each|every)\s+(?P<x>[a-z_]+(?:\s+[a-z_]+)?)\s+"
    r"(?:(?:was|were|has|have|had)\s+)?(?:been\s+|got\s+)?(?P<verb>[a-z]+)\b"
)


def read_times_acted(p: Parse) -> None:
    """'How many times was each block sprayed': the rows of the table that records the act (the spray records),
    counted per the subject they refer to; the subject's own rows are not what is counted."""
    if p.intent.main_table or not (match := TIMES_ACTED.search(p.text)):
        return
    words_ = match["x"].split()
    verb, end = match["verb"], match.end()
    if len(words_) == 2 and not resolve_table(p.catalog, match["x"]) and act_table(p.catalog, words_[1]):
        words_, verb, end = words_[:1], words_[1], match.end("x")  # 'each member visited (in 2025)': the subject, then its verb
    subject, acting = resolve_table(p.catalog, " ".join(words_)), act_table(p.catalog, verb)
    if not subject or not acting or acting == subject or (reference := reference_column(p.catalog, acting, subject)) is None:
        return
    p.intent.main_table = acting
    key = GroupKey(column=f"{acting}.{reference}")
    p.intent.group_by = [k for k in (key, *labels_of_named_reference(p, key, " ".join(words_))) if k]
    p.intent.measures = [MeasureIntent(function="count", name=snake(f"{acting}_count"))]
    blank(p, match.start(), end)


def read_count_threshold(p: Parse) -> None:
    """'customers with more than 5 orders', 'authors who wrote at least 3 papers', 'stores with 10 or more
    employees': the rows counted (orders) grouped by their reference to the subject (customers, with its
    name), the groups kept by the count. Only where the counted table refers to the subject directly."""
    if p.intent.main_table:
        return
    compared = "|".join(sorted(COMPARISONS, key=len, reverse=True))
    counted_words = r"(?P<counted>[a-z_]+(?:\s+[a-z_]+){0,2})"
    match = re.search(rf"\b(?P<cmp>{compared})\s+(?P<n>{NUMBER})\s+{counted_words}", p.text)  # ("10 or more" is "at least 10")
    if not match:
        return
    words_ = match["counted"].split()  # 'completed orders': the value stays in the text for its condition
    words_ = words_[: next((i for i, w in enumerate(words_) if w in FUNCTION_WORDS), len(words_))] or words_[:1]
    counted = next((t for j in range(len(words_), 0, -1) for i in range(j) if (t := resolve_table(p.catalog, " ".join(words_[i:j])))), None)
    # the head noun names what is counted: 'bait station checks' are checks, of bait stations
    before = re.findall(r"[a-z_]+", p.text[: match.start()])[-4:]  # 'customers (who have) placed', 'regions with'
    counted = counted or _rows_named_by_a_kind(p, words_, before)
    said = next((w for w in reversed(before) if resolve_table(p.catalog, w) or (counted and column_of(p.catalog.table(counted), w))), None)
    related = re.search(r"\b([a-z_]+)\s+(?:who|that|which)\s+(?:[a-z_]+\s+){0,3}$", p.text[: match.start()])
    if related and resolve_table(p.catalog, related[1]):
        said = related[1]  # 'learners who have enrolled in more than 3 courses': the learners, not the enrollments the verb names
    elif related and counted and (pair := re.search(r"\b([a-z_]+\s+[a-z_]+)\s+(?:who|that|which)\s+(?:[a-z_]+\s+){0,3}$", p.text[: match.start()])) and column_of(p.catalog.table(counted), pair[1]):
        said = pair[1]  # 'phone numbers that have placed more than 20 orders': a column of the orders, said in two words
    if not said or not counted:
        return
    subject = resolve_table(p.catalog, said)
    holder = counted
    if subject:  # another table: grouped by the counted rows' reference to it
        reference = reference_column(p.catalog, counted, subject)
        if reference and linked_otherwise(p, counted, subject, reference):
            reference = None  # 'members who started more than 12 races': the entries of each, not the races a member ran (`ood_id`)
        if reference is None and subject != counted:  # 'courses with more than 300 enrollments': each enrollment's
            bridges = [t.name for t in p.catalog.tables if t.name not in (counted, subject) and reference_column(p.catalog, counted, t.name) and reference_column(p.catalog, t.name, subject)]
            if len(bridges) == 1:  # offering's course, one course per enrollment along the references
                holder, reference = bridges[0], reference_column(p.catalog, bridges[0], subject)
    else:  # 'regions with more than 1000 orders': a column of the counted rows
        reference = column_of(p.catalog.table(counted), said)
    op = COMPARISONS[match["cmp"]]
    n = number_value(match["n"])
    clause = re.split(r"[,.;?!]", p.text[match.start() :])[0]  # 'more than five people assigned to them': the link the verb names
    links = link_tables(p.catalog, counted, subject, acts_said([*before, *re.findall(r"[a-z]+", clause)[:6]])) if subject and reference is None else []
    if len(links) == 1 and op in (">", ">=", "=") and n >= 1:  # 'papers with more than two authors': the link rows
        _count_through_link(p, match, said, links[0], subject, counted, op, n)  # of each paper, its distinct authors counted
        return
    if subject == counted or reference is None:
        return  # not counted (the words stay for coverage)
    if op in ("<", "<=") or n < 1:  # 'fewer than 2 albums' includes the artists with none: each subject row,
        _count_below(p, match, subject, counted, holder, op, n)  # its related rows counted, zero included
        return
    name = snake(f"{counted}_count")
    p.intent.main_table = counted
    table = p.catalog.table(counted)
    if (rated := column_of(table, match["counted"])) and table.column(rated).nullable and match["counted"] not in aliases_of(p.catalog, counted):
        p.intent.conditions.append(Condition(column=f"{counted}.{rated}", op="not_null"))  # 'at least 40 food ratings': rows that have one
    key = GroupKey(column=f"{holder}.{reference}")
    p.intent.group_by = [k for k in (key, *labels_of_named_reference(p, key, said)) if k]
    p.intent.measures = [MeasureIntent(function="count", name=name)]
    p.intent.having = [Condition(column=name, op=op, value=n)]
    if subject or table.column(reference).nullable:  # 'owners with more than 2 pets': pets with no owner are no owner's;
        p.intent.conditions.append(Condition(column=key.column, op="not_null"))  # 'phone numbers with ...': none is no number
    start, end = min(match.start("cmp"), match.start("n")), max(match.end("cmp"), match.end("n"))
    blank(p, start, end)


def _rows_named_by_a_kind(p: Parse, words_: list[str], before: list[str]) -> str | None:
    """'brides who have had more than 4 fittings' where an appointment's legend says 'T = fitting': the one table
    referring to a table said just before whose codes name the counted noun (the code itself is read as a value)."""
    subjects = {t for w in before if (t := resolve_table(p.catalog, w))}
    found = {
        table.name
        for subject in subjects
        for table in referring_tables(p.catalog, subject)
        for column in table.columns
        for form, _ in said_forms(column)
        if len(form) >= 3 and re.fullmatch(said_plural_pattern(form.lower()), words_[-1])
    }
    return found.pop() if len(found) == 1 else None


KEPT_BY_MEASURE = re.compile(
    r"\b(?:with|having|that\s+have|which\s+have|who\s+have|that\s+had|which\s+had|who\s+had)\s+(?:a\s+total\s+of\s+)?"
    rf"(?P<cmp>{'|'.join(sorted(COMPARISONS, key=len, reverse=True))})\s+(?P<n>{NUMBER})(?:\s+(?P<them>of\s+(?:them|those|these))\b|\s+(?P<noun>[a-z_]+))?"
)


def read_groups_kept_by_measure(p: Parse) -> None:
    """'count boardings per card type and keep only the types with more than 500': the groups kept by the one
    measure already read. What follows the number, if anything, must name what the measure counts or adds up
    ('with more than 500 boardings', '... 500 times'); another noun is another reading (left to the others)."""
    if not p.intent.group_by or len(p.intent.measures) != 1 or p.intent.having:
        return
    match = KEPT_BY_MEASURE.search(p.text)
    if match is None:
        return
    measure = p.intent.measures[0]
    noun = match["noun"]
    if noun and noun not in ("times", "time") and not _names_measure(p, measure, noun):
        return
    end = match.end() if noun or match["them"] else match.end("n")
    p.intent.having = [Condition(column=measure.name or measure.function, op=COMPARISONS[match["cmp"]], value=number_value(match["n"]))]
    blank(p, match.start("cmp"), end)


def _names_measure(p: Parse, measure: MeasureIntent, noun: str) -> bool:
    """Does `noun` say what the measure is of: a word of its name, its column, or the rows it counts?"""
    words = {noun, singular(noun)}
    said = set((measure.name or "").split("_"))
    if measure.column:
        table, column = measure.column.split(".")
        said |= set(column.split("_")) | {*spoken_words(column)}
        return bool(words & said) or resolve_table(p.catalog, noun) == table and measure.function in ("count", "count_distinct")
    return bool(words & said) or (measure.function == "count" and resolve_table(p.catalog, noun) == p.intent.main_table)


def _count_through_link(p: Parse, match: re.Match, said: str, link: str, subject: str, counted: str, op: str, n: int) -> None:
    """The subjects whose link rows name more than n distinct counted rows (a paper's authors in `writes`)."""
    name = snake(f"{counted}_count")
    p.intent.main_table = link
    key = GroupKey(column=f"{link}.{reference_column(p.catalog, link, subject)}")
    p.intent.group_by = [k for k in (key, *labels_of_named_reference(p, key, said)) if k]
    p.intent.measures = [MeasureIntent(function="count_distinct", column=f"{link}.{reference_column(p.catalog, link, counted)}", name=name)]
    p.intent.having = [Condition(column=name, op=op, value=n)]
    p.intent.conditions.append(Condition(column=key.column, op="not_null"))
    blank(p, min(match.start("cmp"), match.start("n")), max(match.end("cmp"), match.end("n")))
    words_ = match["counted"].split()  # 'members (assigned)': counted in the link rows, never a table passed through;
    kinds = {(c.name, code, said.span()) for c in p.catalog.table(counted).columns for form, code in said_forms(c) if " " in form and (said := re.search(rf"\b{re.escape(form.lower())}s?\b", match["counted"]))}
    if len(kinds) == 1:  # 'guided trips' of 'G = guided trip': the trips of that kind, the noun said with it
        (column, code, (start, end)), = kinds
        p.intent.conditions.append(Condition(column=f"{counted}.{column}", op="=", value=code))
        blank(p, match.start("counted") + start, match.start("counted") + end)
        return
    for i, j in ((i, j) for j in range(len(words_), 0, -1) for i in range(j - 1, -1, -1)):  # 'Sunday series races', 'guided
        if resolve_table(p.catalog, " ".join(words_[i:j])) == counted:  # trips': the races, the series left to say which
            start = match.start("counted") + len(" ".join(words_[:i])) + (1 if i else 0)
            blank(p, start, start + len(" ".join(words_[i:j])))
            return
    blank(p, match.start("counted"), match.end("counted"))


THRESHOLD_FUNCTIONS = {"average": "avg", "avg": "avg", "mean": "avg", "total": "sum", "combined": "sum",
                       "maximum": "max", "highest": "max", "minimum": "min", "lowest": "min"}  # fmt: skip


def read_measure_threshold(p: Parse) -> None:
    """'hotels with an average review score under 7', 'customers whose total order amount exceeds 1000':
    a measure of the rows that refer to the subject, grouped by that reference, the groups kept by it."""
    if p.intent.main_table:
        return
    compared = "|".join(sorted(COMPARISONS, key=len, reverse=True))
    functions = "|".join(THRESHOLD_FUNCTIONS)
    match = re.search(
        rf"\b(?P<subject>[a-z_]+)\s+(?:(?:that|which|who)\s+)?(?:have|has|had|with|whose)\s+(?:an?\s+|the\s+)?(?P<fn>{functions})\s+"
        rf"(?P<col>[a-z_]+(?:\s+[a-z_]+)?)\s+(?:is\s+|of\s+)?(?P<cmp>{compared})\s+\$?(?P<n>-?\d+(?:\.\d+)?)\b",
        p.text,
    )
    if match is None:
        _read_money_threshold(p, compared)
        return
    subject = resolve_table(p.catalog, match["subject"])
    if subject is None:
        return
    found = []
    for table in p.catalog.tables:
        reference = reference_column(p.catalog, table.name, subject) if table.name != subject else None
        if reference is None:
            continue
        words_ = match["col"].split()
        column = column_of(table, match["col"])
        if column is None and len(words_) == 2 and resolve_table(p.catalog, words_[0]) == table.name:
            column = column_of(table, words_[1])  # 'review score': the reviews' score
        if column and is_numeric(table.column(column).type):
            found.append((table.name, reference, column))
    if len(found) != 1:
        return  # no measured rows, or two tables that could be meant: left to coverage
    rows, reference, column = found[0]
    function = THRESHOLD_FUNCTIONS[match["fn"]]
    name = f"{function}_{column}"
    p.intent.main_table = rows
    key = GroupKey(column=f"{rows}.{reference}")
    p.intent.group_by = [k for k in (key, *labels_of_named_reference(p, key, match["subject"])) if k]
    p.intent.measures = [MeasureIntent(function=function, column=f"{rows}.{column}", name=name)]
    p.intent.having = [Condition(column=name, op=COMPARISONS[match["cmp"]], value=float(match["n"]) if "." in match["n"] else int(match["n"]))]
    blank(p, match.start("fn"), match.end())


def _count_below(p: Parse, match: re.Match, subject: str | None, counted: str, holder: str, op: str, n: int) -> None:
    identifier = p.catalog.table(counted).identifier
    if not subject or holder != counted or not identifier:
        return  # a column of the counted rows, a count through a bridge, or rows with no key to count: not read
    main = p.catalog.table(subject)
    key = main.identifier or (main.primary_key[0] if main.primary_key else None)
    if key is None:
        return
    name = snake(f"{counted}_count")
    p.intent.main_table = subject
    label = label_column(main)
    p.intent.group_by = [GroupKey(column=f"{subject}.{c}") for c in dict.fromkeys([key, label]) if c]
    p.intent.measures = [MeasureIntent(function="count_distinct", column=f"{counted}.{identifier}", name=name)]
    p.intent.having = [Condition(column=name, op=op, value=n)]
    p.intent.keep_unmatched = True
    start, end = min(match.start("cmp"), match.start("n")), max(match.end("cmp"), match.end("n"))
    blank(p, start, end)


SAME = re.compile(
    r"\b(?:have|has|had|having|with|share|shares|sharing)\s+the\s+same\s+(?P<col>[a-z_]+(?:\s+[a-z_]+)?)(?!\s+as\b)"
    r"(?:\s+(?:in|within|per|for)\s+(?:each|every|the\s+same|a|one)\s+(?P<scope>[a-z_]+))?"
)


def read_same_values(p: Parse) -> None:
    """'restaurants that have the same name in each city', 'customers sharing the same email': the rows'
    values that occur more than once (within each scope said), with how many rows share each one.
    'the same domain as Martin' is another question (not read here)."""
    match = SAME.search(p.text)
    main = p.catalog.table(p.intent.main_table)
    if not match or p.intent.group_by or p.intent.measures:
        return
    words_ = match["col"].split()
    column = column_of(main, match["col"]) or column_of(main, words_[0])
    scope = group_key(p, match["scope"], each=True) if match["scope"] else None
    if column is None or (match["scope"] and scope is None):
        return
    name = snake(f"{main.name}_count")
    p.intent.group_by = [GroupKey(column=f"{main.name}.{column}"), *([scope] if scope else [])]
    p.intent.measures = [MeasureIntent(function="count", name=name)]
    p.intent.having = [Condition(column=name, op=">", value=1)]
    end = match.end() if match["scope"] or column_of(main, match["col"]) else match.start("col") + len(words_[0])
    blank(p, match.start(), end)


REPEATED = re.compile(
    r"\b(?:(?:each|every|any|the|all)\s+)?(?P<cols>[a-z_]+(?:\s+(?:and\s+)?[a-z_]+){0,3}?)\s+(?:that|which)\s+(?:appears?|occurs?|shows?\s+up|is\s+used|are\s+used)\s+"
    r"(?:more\s+than\s+once|more\s+than\s+one\s+time|twice\s+or\s+more|at\s+least\s+twice|multiple\s+times)"
)


def read_repeated_values(p: Parse) -> None:
    """'each first and last name that appears more than once': the values (of one or more columns) held by
    more than one row, with how many rows hold each."""
    match = REPEATED.search(p.text)
    main = p.catalog.table(p.intent.main_table)
    if not match or p.intent.group_by or p.intent.measures:
        return
    words_ = match["cols"].split()
    if "and" in words_:  # 'first and last name': each modifier with the shared head
        phrases = [f"{modifier} {words_[-1]}" for modifier in words_[:-1] if modifier != "and"]
    else:
        phrases = [match["cols"]]
    columns = [column_of(main, phrase) for phrase in dict.fromkeys(phrases)]
    if not columns or None in columns:
        return
    name = snake(f"{main.name}_count")
    p.intent.group_by = [GroupKey(column=f"{main.name}.{c}") for c in dict.fromkeys(columns)]
    p.intent.measures = [MeasureIntent(function="count", name=name)]
    p.intent.having = [Condition(column=name, op=">", value=1)]
    blank(p, match.start(), match.end())


# 'including contractors with none so far', 'even those with no orders', 'shows with none should show 0'
ZERO_GROUPS = re.compile(
    r"\b(?:including|incl|include|even|also\s+(?:show\w*|list\w*|includ\w*))\s+(?:the\s+)?[a-z_]+\s+(?:(?:with|without)\s+|(?:that|who|which)\s+(?:[a-z]+\s+){0,3}?)"
    r"(?:none|nobody|no\s+[a-z_]+|zero|0|nothing|any)(?:\s+(?:so\s+far|yet|at\s+all|(?:on|in)\s+(?:it|them)))?"  # ('even one with nobody on it')
    r"|\b(?:including|incl|include|even|also\s+(?:show\w*|list\w*|includ\w*))\s+(?:the\s+)?[a-z_]+\s+(?:that|who|which)\s+(?:have\s+|has\s+|had\s+)?never\s+"
    r"(?:been\s+)?[a-z]+(?:\s+(?:one|any|anything|them|it|(?:a|an)\s+[a-z_]+))?\b"  # 'including cars that have never had one'
    r"|\b(?:showing|show|with)\s+(?:a\s+)?(?:0|zero)\s+(?:for|where)\s+(?:those|the\s+ones|[a-z_]+)\s+(?:with|without|that\s+have)\s+(?:none|no\s+[a-z_]+)\b"
    r"|\b(?:0|zero)\s+(?:if|when)\s+(?:none|there\s+(?:are|is|were)\s+none)\b"
    r"|\beven\s+(?:if|when|where|though)\s+(?:we|they|you|i|it|he|she|there|the\s+[a-z_]+)\s+(?:[a-z']+\s+){0,3}?(?:nothing|none|nobody|no\s+[a-z_]+|zero|0)\b"  # 'even if we bought nothing'
    r"|\b(?:show|shows|shown|showing|appear|appears|listed|come\s+up|counted)\s+(?:up\s+)?(?:as\s+|with\s+(?:a\s+)?)?(?:0|zero)\b(?!\s*%)"  # 'should show 0', 'shown as zero'
    r"|\b(?:show|list|keep|include)\s+(?:the\s+)?[a-z_]+\s+(?:(?:that|who|which)\s+(?:have|has|had)\s+|with\s+)(?:no\s+[a-z_]+|none|nothing)(?:\s+(?:so\s+far|yet))?\s+(?:as\s+well|too)\b"
)  # ('show the leagues that have no teams yet as well')


def read_zero_groups(p: Parse) -> None:
    """'How many work orders each contractor has been assigned, including contractors with none': every row of
    the group's table, its related rows counted (zero included, a left join), not only the groups that have
    rows. Read where the count is of the rows read grouped by their reference to the group's table; a condition on
    the counted rows narrows the rows joined ('including tuners who have completed none')."""
    said = ZERO_GROUPS.search(p.text)
    counted = p.catalog.table(p.intent.main_table)
    if not said or not p.intent.group_by or [m.function for m in p.intent.measures] not in (["count"], []):
        return
    reference = p.intent.group_by[0].column.split(".")
    target = counted.references.get(reference[1]) if reference[0] == counted.name else None
    if target is None or counted.identifier is None:
        return
    subject = p.catalog.table(target.split(".")[0])
    keys = [GroupKey(column=target), *(k for k in p.intent.group_by[1:] if k.column.split(".")[0] == subject.name)]
    if len(keys) != len(p.intent.group_by):
        return  # another grouping besides the group's own columns: not read
    p.intent.main_table = subject.name
    p.intent.related_tables = list(dict.fromkeys([*p.intent.related_tables, counted.name]))
    p.intent.group_by = keys
    name = p.intent.measures[0].name if p.intent.measures else snake(f"{counted.name}_count")
    p.intent.measures = [MeasureIntent(function="count_distinct", column=f"{counted.name}.{counted.identifier}", name=name)]
    p.intent.keep_unmatched = True
    blank(p, said.start(), said.end())


SPENDING = (
    r"spent|spend|spends|paid|pay|pays|donated|contributed|(?:were|was|got)\s+(?:charged|invoiced|billed)|(?:have|has|had)\s+(?:spent|paid|donated)"
    r"|(?:we|i)\s+(?:have\s+|had\s+)?(?:invoiced|billed|charged)"  # 'the advertisers we invoiced more than $500': money they owe us
)


def _read_money_threshold(p: Parse, compared: str) -> None:
    """'growers who spent more than $5000 on machinery bookings': the money of the rows that refer to the
    subject (the rows said after 'on', else the one table of them with an amount), summed per subject and kept
    above the amount."""
    match = re.search(
        rf"\b(?P<subject>[a-z_]+)\s+(?:(?:that|which|who)\s+)?(?:{SPENDING})\s+(?:in\s+total\s+)?(?P<cmp>{compared})\s+\$?(?P<n>\d+(?:\.\d+)?)\b"
        r"(?=\s*(?:$|[,.;?!)]|(?:on|for|in|and|during|at|this|last|across|over|with)\b))"  # not '3 times', '5 nights'
        rf"(?:\s+(?:in\s+total\s+)?(?:on|for)\s+(?:the\s+|their\s+)?(?P<rows>[a-z_]+(?:\s+[a-z_]+)?))?",
        p.text,
    )
    subject = resolve_table(p.catalog, match["subject"]) if match else None
    if subject is None:
        return
    said = [t for words in ([match["rows"], match["rows"].split()[-1]] if match["rows"] else []) if (t := resolve_table(p.catalog, words))]
    candidates = said[:1] or [t.name for t in p.catalog.tables if t.name != subject]
    found = [(t, reference, money) for t in candidates if t != subject and (reference := reference_column(p.catalog, t, subject))
             and (money := one_measured_number(p.catalog.table(t), money=True)) and not money_in_referring_rows(p.catalog, t)]  # fmt: skip
    # (never a sale's one charge, its postage, where its lines hold what was spent)
    if len(found) != 1:
        return  # no rows with money, or several: left to coverage
    rows, reference, money = found[0]
    name = f"sum_{money.split('.')[1]}"
    p.intent.main_table = rows
    key = GroupKey(column=f"{rows}.{reference}")
    p.intent.group_by = [k for k in (key, *labels_of_named_reference(p, key, match["subject"])) if k]
    p.intent.measures = [MeasureIntent(function="sum", column=money, name=name)]
    p.intent.having = [Condition(column=name, op=COMPARISONS[match["cmp"]], value=float(match["n"]) if "." in match["n"] else int(match["n"]))]
    blank(p, match.start("cmp"), match.end("n"))


TIMES_WORDS = {"once": 1, "twice": 2, "thrice": 3}


def read_times_threshold(p: Parse) -> None:
    """'animals brought in as an emergency more than once', 'customers who ordered at least three times': the rows of
    the one table that refers to the subject and that the request describes (a value of theirs said: 'EMG =
    emergency'; or the act they record: 'ordered'), counted per subject and kept by the count."""
    if p.intent.main_table:
        return
    compared = "|".join(sorted(COMPARISONS, key=len, reverse=True))
    times = rf"(?P<n>once|twice|thrice|(?:{NUMBER})\s+times)"
    match = re.search(rf"\b(?P<cmp>{compared})\s+{times}\b", p.text)
    if not match:
        return
    before = re.findall(r"[a-z_]+", p.text[: match.start()])
    subject = next((t for w in before if (t := resolve_table(p.catalog, w))), None)
    if subject is None:
        return
    said = p.text[: match.start()]
    described = [t.name for t in referring_tables(p.catalog, subject) if _describes(said, t) or any(act_table(p.catalog, w) == t.name for w in before if is_past_verb(w))]
    op = COMPARISONS[match["cmp"]]
    n = TIMES_WORDS.get(match["n"]) or number_value(match["n"].split()[0])
    if len(described) != 1 or op in ("<", "<=") or n < 1:
        return  # which rows are counted is not said (or the subjects with none would be wanted too)
    counted = described[0]
    kept = {c.name for c in p.catalog.table(counted).columns if _describes(p.text, p.catalog.table(counted), only=c)}
    if state := states_unsaid(p.catalog.table(counted), kept):  # 'brought in more than once': not the cancelled visits
        p.intent.refusal = which_count(p.catalog.table(counted), state, f"Counting how many times ('{match[0]}')")
        return
    key = GroupKey(column=f"{counted}.{reference_column(p.catalog, counted, subject)}")
    name = snake(f"{counted}_count")
    p.intent.main_table = counted
    said_subject = next((w for w in before if resolve_table(p.catalog, w) == subject), subject)  # 'which animals'
    p.intent.group_by = [k for k in (key, *labels_of_named_reference(p, key, said_subject)) if k]
    p.intent.measures = [MeasureIntent(function="count", name=name)]
    p.intent.having = [Condition(column=name, op=op, value=n)]
    p.intent.conditions.append(Condition(column=key.column, op="not_null"))
    blank(p, match.start(), match.end())


def _describes(text: str, table, only=None) -> bool:
    """Does the request say a value of one of the table's columns (of `only`, if given): 'as an emergency', 'EMG = emergency'?"""
    columns = [only] if only else table.columns
    return any(len(form) > 3 and re.search(rf"(?<!\w){said_plural_pattern(form.lower())}(?!\w)", text) for c in columns for form, _ in said_forms(c))


# 'every driver in every race counts once': what one counted row is, said of the things it joins
COUNTED_UNIT = re.compile(
    r"\(?\s*\b(?:each|every|any)\s+(?P<x>[a-z_-]+)\s+(?:in|on|at|of|for)\s+(?:each|every|a|any)\s+(?P<y>[a-z_-]+)\s+"
    r"(?:counts|count|is\s+counted)\s+(?:once|as\s+one|one\s+time|separately)\b\s*\)?"
)


def counted_unit_spans(text: str, catalog: Catalog, table: str | None) -> list[tuple[int, int]]:
    """The spans that say what each counted row of `table` is ('how many race entries (every driver in every race counts
    once)'): only where its rows refer to both things said, so each row is one of them in one of the others."""
    found = catalog.table(table) if table else None
    if found is None:
        return []
    parents = [catalog.table(ref.split(".")[0]) for ref in found.references.values()]
    return [m.span() for m in COUNTED_UNIT.finditer(text) if _names_a_parent(catalog, m["x"], parents) and _names_a_parent(catalog, m["y"], parents)]


def _names_a_parent(catalog: Catalog, word: str, parents: list) -> bool:
    """Does `word` name one of `parents` or rows of a kind one of them keeps ('race' of `sess_type` 'R = race')?"""
    named = resolve_table(catalog, word)
    noun = singular(word)
    return any(t is not None and (t.name == named or any(form.lower() == noun for c in t.columns for form, _ in said_forms(c))) for t in parents)


def read_counted_unit(p: Parse) -> None:
    """'(every driver in every race counts once)': what a counted row is, no group of drivers nor of races."""
    for start, end in counted_unit_spans(p.text, p.catalog, p.intent.main_table):
        blank(p, start, end)


# Verbs that say the counted rows happened: 'how many courses each teacher has had', 'which guides ran the most tours'
HAPPENED_SAID = re.compile(r"\b(?:(?:has|have|'ve)\s+(?:[a-z]+\s+){0,3}?had|ran|held|taught|took\s+place|went\s+ahead)\b")


CALLED_OFF = {"cancelled", "canceled", "cancel", "void", "voided", "abandoned", "scrapped"}  # rows whose event never took place


def refuse_undone_rows_counted(p: Parse) -> None:
    """A count of rows said to have happened, over a table whose status says some were undone ('X = cancelled (not enough
    students)') with no state said: the cancelled ones did not happen, yet they are rows; which count is asked."""
    if p.intent.refusal or not any(m.function == "count" and not m.column for m in p.intent.measures):
        return
    main = p.catalog.table(p.intent.main_table)
    said = (happened[0] if (happened := HAPPENED_SAID.search(p.normalized)) else None) or _act_done_to_the_rows(p, main)
    if said is None:
        return
    kept = {c.column.split(".")[1] for c in p.intent.conditions if c.column.startswith(f"{main.name}.")}
    if any(set(spoken_words(k)) & UNDONE for k in kept):
        return  # 'not cancelled' read as `cancel_dt is null`
    state = states_unsaid(main, kept)
    if state and set(re.findall(r"[a-z]+", " ".join(n for names in state.value_names.values() for n in names).lower())) & CALLED_OFF:
        p.intent.refusal = which_count(main, state, f"Counting the {main.name} ('{said}')")  # (a complaint 'R = refunded' was
        # still had; a course 'X = cancelled' never ran)


# an act said of rows counted: 'pulled the most trains', 'drove more than 50 trains', 'how many journeys did each bus cover'
_HOW_MANY = r"(?:the\s+most|the\s+fewest|(?:more|fewer|less)\s+than\s+\d+|over\s+\d+|under\s+\d+|at\s+least\s+\d+|\d+\s+or\s+more|\d+)"
ACT_ON_COUNTED = re.compile(rf"\b(?P<verb>[a-z]+)\s+(?:{_HOW_MANY}\s+)?(?:of\s+)?(?:the\s+|our\s+|their\s+)?(?P<noun>[a-z_]+)\b"
                            rf"|\bhow\s+many\s+(?P<noun2>[a-z_]+)\s+(?:did|have|has)\s+(?:[a-z]+\s+){{0,3}}?(?P<verb2>[a-z]+)\b")  # fmt: skip
# verbs of making a record of something asked for ('placed', 'booked', 'took' an order): done though it was called off later
RECORDING_ACTS = {"place", "make", "book", "order", "take", "create", "raise", "open", "log", "file", "submit", "register", "enter",
                  "record", "request", "receive", "get", "send", "issue", "buy", "purchase", "sell", "reserve", "schedule", "plan",
                  "arrange", "add", "put", "set"}  # fmt: skip


def _act_done_to_the_rows(p: Parse, main) -> str | None:
    """An act said of the rows counted, one their table records in none of its words ('engines that pulled the most
    trains' of trains 'rostered'): something the rows did or had done to them, which a cancelled row never did. An act
    of making the record ('placed', 'booked') is every row's, cancelled or not."""
    recorded = table_acts(main) | {a for c in main.columns for a in comment_acts(c)} | dated_acts(main) | RECORDING_ACTS | AUXILIARIES
    states = {w for c in main.columns for names in c.value_names.values() for name in names for w in re.findall(r"[a-z]+", name.lower())}
    for said in ACT_ON_COUNTED.finditer(p.text):
        verb, noun = (said["verb"], said["noun"]) if said["verb"] else (said["verb2"], said["noun2"])
        act = verb_lemma(verb) if is_past_verb(verb) or said["verb2"] else None
        if act and verb not in states and act not in recorded and resolve_table(p.catalog, noun) == main.name:
            return " ".join(said[0].split())
    return None


def refuse_undone_rows_summed(p: Parse) -> None:
    """Money summed ('sales by month', 'takings per category') over rows that belong to rows a status says may be called
    off ('X = cancelled' of the web orders their lines are on), with no state said: the cancelled orders' lines took no
    money, yet they are rows; which ones count is asked, never guessed."""
    if p.intent.refusal:
        return
    kept = {c.column for c in p.intent.conditions}
    for measure in (m for m in p.intent.measures if m.function == "sum" and m.name == "revenue"):
        for table in dict.fromkeys(q.split(".")[0] for q in QUALIFIED.findall(measure.column or "")):
            found = p.catalog.table(table)
            parents = (p.catalog.table(ref.split(".")[0]) for column, ref in found.references.items() if not found.column(column).nullable)
            owners = [found, *(t for t in parents if _parts_of(found.name, t.name))]
            for owner in owners:
                state = states_unsaid(owner, {c.split(".")[1] for c in kept if c.startswith(f"{owner.name}.")})
                if state and set(re.findall(r"[a-z]+", " ".join(n for names in state.value_names.values() for n in names).lower())) & CALLED_OFF:
                    p.intent.refusal = which_count(owner, state, f"The sum of `{measure.column}`")
                    return


def _parts_of(child: str, parent: str) -> bool:
    """Are `child`'s rows the parts of a `parent` row, named after it (`order_line` of `ws_order`, `chandlery` lines of
    `chandlery_orders`) or as lines or items? A member's sessions or a job's materials are their own events: a cancelled
    membership or job does not undo them."""
    own, whole = {lemma(w) for w in spoken_words(child)}, {lemma(w) for w in spoken_words(parent)}
    return bool(own & whole) or bool(own & {"line", "item", "detail"})

