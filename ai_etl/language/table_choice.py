"""Which tables a request reads: the tables it mentions, the main (fact) table among them, the tables
reached through a verb ('customers who bought ...'), and related columns said beside them."""

from __future__ import annotations

import re

from ai_etl.agents.contracts import CatalogTable, GroupKey
from ai_etl.catalog.comments import said_forms
from ai_etl.catalog.joins import AmbiguousJoin, NoJoinPath, join_path
from ai_etl.language.acts import act_table
from ai_etl.language.durations import AFTER, BETWEEN
from ai_etl.language.events import table_acts
from ai_etl.language.grouping import GROUPING_VERBS
from ai_etl.language.measures import FUNCTIONS_SAID, MONEY_WORDS
from ai_etl.language.money import discount_column, less_discount
from ai_etl.language.phrasal_verbs import acts_said
from ai_etl.language.rankings import MONEY, count_commented, ranked_phrase
from ai_etl.language.ratios import flags_rated
from ai_etl.language.reading import (
    PEOPLE,
    PERSON_NAME,
    Mention,
    Parse,
    aliases_of,
    blank,
    column_of,
    columns_listed_after,
    consume,
    cut_short_for,
    is_numeric,
    kind_of,
    literal_owner,
    not_only_kinds_of,
    numeric_owner,
    people_table,
    person_name_parts,
    reachable,
    resolve_column,
    resolve_table,
    stamps_of_event,
)
from ai_etl.language.references import (
    labels_of_named_reference,
    link_tables,
    named_for_verb,
    reference_column,
    relating,
)
from ai_etl.language.request_text import (
    AUXILIARIES,
    DATA_NOUNS,
    FUNCTION_WORDS,
    LOAD_VERBS,
    column_aliases,
    command_verb_spans,
    singular,
    table_aliases,
)
from ai_etl.language.spoken import (
    is_noun,
    is_past_verb,
    lemma,
    spoken_words,
    table_prefix,
    verb_lemma,
)
from ai_etl.language.units import unit_owner
from ai_etl.language.value_conditions import table_of_said_values


# What a thing is said to be 'for' when it is on offer ('for sale', 'for hire'): no row of the sales or the hires.
OFFERED = {"sale", "hire"}


def table_mentions(p: Parse) -> list[Mention]:
    tokens = re.findall(r"[a-z0-9_]+", p.text)
    commands = _command_verbs(p.text)
    found: list[Mention] = []
    aliases: dict[str, tuple[str, int]] = {}
    for table in p.catalog.tables:
        for alias, strength in table_aliases(table.name, tuple(table.called)).items():
            if alias not in aliases or strength > aliases[alias][1]:
                aliases[alias] = (table.name, strength)
    part_owners: dict[str, set[str]] = {}
    for table in p.catalog.tables:
        for alias, strength in table_aliases(table.name, tuple(table.called)).items():
            if strength in (1, 2):
                part_owners.setdefault((alias, strength), set()).add(table.name)
    if people := people_table(p.catalog):  # 'which people ...': the one table of persons
        for word in PEOPLE:
            aliases.setdefault(word, (people, 2))
    i, ends = 0, {}
    while i < len(tokens):
        for size in (3, 2, 1):
            phrase = " ".join(tokens[i : i + size])
            if phrase in aliases and i not in commands:
                if i and tokens[i - 1] == "for" and phrase in OFFERED:
                    break  # 'everything still out on the rails for sale': on offer, no sale read
                table, strength = aliases[phrase]
                if strength == 1 and (short := cut_short_for(p.catalog, phrase)):
                    table, strength = short, 2  # 'subscribers' of `subs`, not of `cafe_accounts` ('account' ~ 'subscriber')
                if strength == 1 and _names_a_column(p, phrase):
                    break  # 'average rent': the rent columns (`mo_rent`), not `rent_payment` that 'rent' is a part of
                if strength in (1, 2) and len(owners := part_owners.get((phrase, strength), ())) > 1:
                    table = literal_owner(not_only_kinds_of(p.catalog, owners, phrase), phrase)
                    if table is None:
                        break  # 'order' is part of orders and order_items: not distinctive
                role = "plain" if _averaged_over(p, tokens, i, table) else _role(tokens, i)
                mention = Mention(table=table, start=i, strength=strength, role=role)
                if (
                    found
                    and ends.get(id(found[-1])) == i
                    and found[-1].role == mention.role == "plain"
                    and _compound(p, found[-1].table, phrase)
                    and not _clause_subject(tokens, found[-1].start, i, i + size)
                ):
                    found[-1].role = "modifier"  # 'the bike maintenance log': a log of bikes, the log is what is read
                found.append(mention)
                ends[id(mention)] = i + size
                i += size - 1
                break
        i += 1
    for mention, following in zip(found, found[1:]):
        if mention.role == following.role == "plain" and _value_of(p, tokens[mention.start : following.start], following.table):
            mention.role = "modifier"  # 'fault call-out visits': visits of the kind 'C = corrective (fault call-out)'
    return found


AVERAGE_WORDS = ("average", "avg", "mean")


def _averaged_over(p: Parse, tokens: list[str], i: int, table: str) -> bool:
    """'average miles per journey' where the miles are a journey's own: the journeys are the rows averaged over,
    not a group (one row per journey); 'average spend per customer' of the orders' amounts groups by customer."""
    if tokens[i - 1 : i] != ["per"]:
        return False
    before = tokens[max(0, i - 5) : i - 1]
    said = next((n for n in range(len(before) - 1, -1, -1) if before[n] in AVERAGE_WORDS), None)
    measure = before[said + 1 :] if said is not None else []
    found = p.catalog.table(table)
    return bool(measure) and any(column_of(found, " ".join(measure[k:])) for k in range(len(measure)))


def _value_of(p: Parse, words: list[str], table: str) -> bool:
    """Do the words say a value of a column of `table` ('fault call-out' of `visit_typ`)?"""
    said = " ".join(words)
    return any(re.sub(r"[\s_-]+", " ", form.lower()) == said for c in p.catalog.table(table).columns for form, _ in said_forms(c))


def _command_verbs(text: str) -> set[int]:
    """The token indexes of the command verbs (`command_verb_spans`)."""
    return {len(re.findall(r"[a-z0-9_]+", text[:start])) for start, _ in command_verb_spans(text)}


def _clause_subject(tokens: list[str], first: int, start: int, end: int) -> bool:
    """`starts_a_clause` over the mention's tokens: the first noun's last word, the words after the second."""
    said = tokens[first:start]
    return bool(said) and starts_a_clause(said[-1], tokens[end : end + 4])


CLAUSE_ADVERBS = {"still", "never", "already", "just", "not", "yet", "ever"}


def starts_a_clause(noun: str, following: list[str]) -> bool:
    """'the invoices customers still have not paid', 'the rooms guests booked': a plural noun, then another noun and
    its verb (`following`: the words after the second noun), is a clause about the first noun's rows with the second
    as its subject, not a compound."""
    after = [t for t in following if t not in CLAUSE_ADVERBS]
    return singular(noun) != noun and bool(after) and (after[0] in AUXILIARIES or is_past_verb(after[0]))


def _names_a_column(p: Parse, phrase: str) -> bool:
    """A word that is a part of a table's name but the whole of a number column's ('rent' of `monthly_rent`)."""
    return any((c := column_of(t, phrase)) and is_numeric(t.column(c).type) for t in p.catalog.tables)


def _compound(p: Parse, modifier: str, head: str) -> bool:
    """'bike maintenance log': a table's name before another's noun says whose rows these are; not where
    the words are a column of the first ('aircraft codes') or the second is a verb ('papers cite')."""
    from lemminflect import getAllLemmas

    table = resolve_table(p.catalog, head)
    return table != modifier and "NOUN" in getAllLemmas(head.split()[0]) and column_of(p.catalog.table(modifier), head) is None


def _role(tokens: list[str], i: int) -> str:
    before = tokens[max(0, i - 3) : i]
    if before[-1:] in (["distinct"], ["unique"], ["different"]):
        return "counted"
    if before[-1:] == ["by"] and len(before) > 1 and is_past_verb(before[-2]) and before[-2] not in GROUPING_VERBS:
        return "plain"  # 'references cited by publications': who did it, not a grouping
    if before[-1:] in (["per"], ["by"], ["each"]) or before[-2:] == ["for", "each"] or before[-2:-1] in (["per"], ["by"]) and before[-1] not in DATA_NOUNS and before[-1] not in ("the",):
        return "dimension"
    return "plain"


def read_through_tables(p: Parse, mentions: list[Mention]) -> None:
    """The other tables the request relates the rows to, in the order said: as nouns after a relating
    word ('authors who have publications', 'who wrote papers in journals') or as the verb a link table
    is named for ('wrote': `writes`). The rows kept are those that have them, and conditions read after
    them are about them. A table named any other way ('for each business category') is not one."""
    named = [m.table for m in sorted(mentions, key=lambda m: m.start) if m.role in ("plain", "related")]
    verbs = {verb_lemma(w) for w in re.findall(r"[a-z]+", p.text) if relating(w)}
    main = p.catalog.table(p.intent.main_table) if p.intent.main_table else None
    verbs = {v for v in verbs if not (main and v and stamps_of_event(main, v))}  # 'getting the job fixed' of `ord.fixed_dt`: the
    # rows' own act, never a relation to the `fixing` visits
    named_for = [[t.name for t in p.catalog.tables if named_for_verb(t.name, verb)] for verb in verbs - {None}]
    related = [t.name for t in p.catalog.tables if [t.name] in named_for and t.name not in named and t.name != p.intent.main_table]  # 'incidents
    # logged' of `incident_log`: the rows' own act, never a `farrier_log`'s rows (a verb two tables are named for says neither)
    text = p.text  # without the values it names: 'the United States' relates nothing to a `state` table
    named_values = {n for t in p.catalog.tables for c in t.columns for names in c.value_names.values() for n in names if " " in n}  # 'vet assisted'
    for value in sorted({v.lower() for t in p.catalog.tables for c in t.columns for v in c.known_values()} | named_values, key=len, reverse=True):
        text = re.sub(rf"(?<![\w]){re.escape(value)}(?![\w])", lambda m: " " * len(m[0]), text)
    for table in dict.fromkeys(named):
        if table in (p.intent.main_table, p.intent.exclude_related):
            continue
        aliases = "|".join(re.escape(a) for a in sorted(aliases_of(p.catalog, table), key=len, reverse=True))
        for said in re.finditer(rf"\b(?:{aliases})\b", text):
            before = [w for w in re.findall(r"[a-z]+", text[: said.start()]) if w not in ("the", "a", "an", "any", "some")][-1:]
            if any(relating(w) for w in before) or (before and before[-1] in ("in", "at", "on") and related):
                related.append(table)
                break
    for table in dict.fromkeys(related):
        if table == p.intent.exclude_related:
            continue  # 'no maintenance logged': the log is of the rows left out (`maint_log` named for 'log'), never one kept
        try:
            hops = join_path(p.catalog, p.intent.main_table, table)
        except (NoJoinPath, AmbiguousJoin):
            continue
        if any(hop.fans_out and hop.table not in named and hop.table not in related and not _a_junction(p.catalog.table(hop.table)) for hop in hops[:-1]):
            continue  # 'the condition we found the roof in': never only the surveys that some quote (unsaid) names a roof of (a
            # junction, `writes` or `flight_fare`, is said with the tables it links: 'authors who published papers in journals')
        p.intent.through_tables.append(table)


def _a_junction(table: CatalogTable | None) -> bool:
    """A table of keys only (`writes`: aid, pid): its rows say nothing but that two rows go together."""
    return table is not None and all(c.name in table.primary_key or c.name in table.references for c in table.columns)


def _value_named_object(p: Parse) -> str | None:
    """The table of the rows a load's object names by a value at its end, after their owner's noun ('our members'
    catamarans', 'the class waiting lists': the boats of kind 'CT = catamaran', the enrolments 'on the waiting list'),
    when one table holds that value and the object ends in a plural."""
    said = re.search(rf"\b(?:{LOAD_VERBS}|put)\s+(?P<object>(?:[a-z_'’]+\s+){{1,4}}?[a-z_]+s)\b(?=\s+(?:into|to|in|every|each|on|at|from|for|daily|hourly|weekly|monthly|nightly)\b|\s*[,.;]|\s*$)", p.text)
    if not said or re.search(r"\b(?:who|that|which|whose|to)\s+(?:[a-z]+\s+){0,4}$", p.text[: said.start()]):
        return None  # ('patients who have not agreed to get our marketing emails': a verb of a clause, no command)
    words = [w.strip("'’") for w in said["object"].split()]
    if len(words) < 2:
        return None
    for size in (2, 1):
        tail = " ".join(words[-size:])
        forms = {tail, singular(tail)}
        holders = {t.name for t in p.catalog.tables for c in t.columns for form, _ in said_forms(c) if form.lower() in forms}
        if len(holders) == 1 and not resolve_table(p.catalog, tail):
            return holders.pop()
    return None


# 'which of our builders haven't asked us for a quote': a question's subject, then a negated act
KIND_DENIED = re.compile(r"\b(?:which|what)\s+(?:of\s+)?(?:our\s+|the\s+)?(?P<kind>[a-z][a-z_-]*)\s+(?:(?:have|has|had|did|do|does)\s+(?:not|never)|never)\b")


def _kind_that_never_did(p: Parse, mentioned: set[str]) -> str | None:
    """The one table a negated question's subject names by a kind of its rows ('builders' of 'B = builder or contractor'),
    when every table the request names refers to it (the quotes of customers): the rows of that kind are asked about, not
    the rows they have none of."""
    said = KIND_DENIED.search(p.text)
    if said is None or resolve_table(p.catalog, said["kind"]) or not mentioned:
        return None
    holder = _value_holder(p, said["kind"], legends=True)
    if holder is None or holder in mentioned or not all(reference_column(p.catalog, t, holder) for t in mentioned):
        return None
    return holder


def _table_of_counted_value(p: Parse) -> str | None:
    """The one table holding the value a count or a load names as its object ('count the no-shows', 'how many
    cancellations', 'load all the infants travelling on our bookings'... when 'no-show' is a status of
    reservations, 'I = infant' a kind of booked passenger), when the value names no table. A load's object
    must be a plural noun: 'load the cancelled bookings' loads bookings."""
    counted = re.search(r"\b(?:count|number\s+of|how\s+many)\s+(?:the\s+|all\s+)?([a-z][a-z_-]*)(?:\s+([a-z][a-z_-]*))?", p.text)
    loaded = re.search(rf"\b(?:{LOAD_VERBS})\s+(?:(?:all|every|each|the|our|of|list|full|whole)\s+)*([a-z][a-z_-]*)\b(?:\s+([a-z_]+))?", p.text)  # 'the list of hygienists'
    if loaded and loaded[2] and loaded[2].endswith("s") and loaded[2] not in FUNCTION_WORDS and is_noun(singular(loaded[2])):
        loaded = None  # 'load the cancelled bookings': an adjective before the rows' noun
    match = counted or (loaded if loaded and singular(loaded[1]) != loaded[1] and is_noun(singular(loaded[1])) else None)
    if not counted and (owned := _value_named_object(p)):
        return owned  # 'put our members' catamarans into ClickHouse', 'pull the class waiting lists'
    if not match or resolve_table(p.catalog, match[1]):
        return None
    if counted and counted[2] and not resolve_table(p.catalog, counted[2]) and (pair := _value_holder(p, f"{counted[1]} {counted[2]}", legends=True)):
        return pair  # 'how many initial assessments did each clinic do' of 'I = initial assessment': the appointments
    return _value_holder(p, match[1], legends=not counted)


def _value_holder(p: Parse, noun: str, legends: bool) -> str | None:
    """The one table with a column holding the value a noun names ('no-shows' of 'no-show'), or, with `legends`, a
    name its legend gives a code ('N = no-show')."""
    said = {form.replace(" ", "_") for form in (noun, singular(noun), noun.replace("-", "_"), singular(noun).replace("-", "_"))}
    holders = {t.name for t in p.catalog.tables for c in t.columns for v in c.known_values() if str(v).lower().replace(" ", "_") in said}
    if legends:  # a load's object may be a name the column's legend gives a code
        holders |= {t.name for t in p.catalog.tables for c in t.columns for form, _ in said_forms(c) if form.lower().replace(" ", "_") in said}
    return holders.pop() if len(holders) == 1 else None


def read_main_table(p: Parse, mentions: list[Mention]) -> None:
    if p.intent.main_table:
        return
    plain = [m for m in mentions if m.role == "plain"]
    counted = {m.table for m in mentions if m.role == "counted"}
    if counted and not plain:  # 'distinct customers per order status': the table that refers to them
        for m in mentions:
            table = p.catalog.table(m.table)
            if m.role != "counted" and any(ref.split(".")[0] in counted for ref in table.references.values()):
                p.intent.main_table = m.table
                return
    ranked = ranked_phrase(p.text)
    ranked_table = None
    if ranked:  # 'the most papers': papers; 'the highest total price paid': the table with that number
        words_ = ranked[3].split()
        phrases = [" ".join(words_[:n]) for n in range(len(words_), 0, -1)] + [" ".join(words_[-n:]) for n in range(len(words_) - 1, 0, -1)]
        ranked_table = next((t for phrase in phrases if (t := resolve_table(p.catalog, phrase) or numeric_owner(p.catalog, phrase))), None)  # 'cancelled orders'
        ranked_table = ranked_table or unit_owner(p.catalog.tables, [w for w in words_ if w not in ("total", "average", "avg", "mean")])  # 'hours listened'
        if ranked_table is None and words_[0] in MONEY_WORDS:  # 'the most revenue from completed orders': the orders
            after = re.findall(r"[a-z_]+", re.split(r"[,.;?!]", p.text[ranked.start(3) :])[0])[1:6]
            windows = [" ".join(after[i : i + n]) for i in range(len(after)) for n in (2, 1)]  # 'sale lines' before 'sale'
            acted = next((t for w in after[:2] if is_past_verb(w) and (t := act_table(p.catalog, w))), None)  # 'by amount invoiced': the invoices
            ranked_table = next((t for w in windows if (t := resolve_table(p.catalog, w))), None) or acted or _fact_table(p, [m.table for m in mentions])
        if ranked_table is None and (valued := _value_holder(p, words_[0], legends=True)):
            ranked_table = valued  # 'which lesson type has the most no-shows': the bookings that are no-shows
        if words_[0] == "times":  # 'which artist performed the most times': the rows of the table named for the verb
            verbs = {verb_lemma(w) for w in re.findall(r"[a-z]+", p.text[ranked.end(1) : ranked.start(2)])} - {None}
            named = [t.name for t in p.catalog.tables if any(named_for_verb(t.name, v) for v in verbs)]
            ranked_table = named[0] if len(named) == 1 else None
    if ranked_table and (key_table := next((t for w in ranked[1].split() if (t := resolve_table(p.catalog, w))), None)):
        linked = link_tables(p.catalog, ranked_table, key_table)
        if len(linked) > 1 and not reference_column(p.catalog, ranked_table, key_table):  # 'which member has been signed up
            verbs = acts_said(re.findall(r"[a-z]+", p.text[ranked.start(1) : ranked.start(2)]))  # for the most workshops'
            named = link_tables(p.catalog, ranked_table, key_table, verbs)
            ranked_table = named[0] if len(named) == 1 else ranked_table  # the sign-ups
    if ranked_table and ranked_table != resolve_table(p.catalog, ranked[1].split()[-1]):
        p.intent.main_table = ranked_table  # 'which conference published the most papers': papers are what is counted
        return
    if kind_asked := _kind_that_never_did(p, {m.table for m in mentions}):  # 'which of our builders haven't asked for a quote':
        p.intent.main_table = kind_asked  # the customers of that kind, none of whose quotes is of 2026
        return
    if counted_value := _table_of_counted_value(p):  # 'count the no-shows per hotel': the reservations that are
        p.intent.main_table = counted_value  # no-shows are counted, not the hotels
        return
    if len(rated := {flag.split(".")[0] for _, flag in flags_rated(p, list(p.catalog.tables))}) == 1:
        p.intent.main_table = rated.pop()  # 'pass rate per department': the rows that pass or not are what is measured
        return
    if plain and _money_of_those_named(p, plain[0].table):
        return
    if plain:
        p.intent.main_table = next((m.table for m in plain if not _modifies_the_next(p, m, plain)), plain[0].table)
        return
    if re.search(r"\b(revenue|sales|turnover|spend|spent)\b", p.text) and (fact := _fact_table(p, [m.table for m in mentions])):
        p.intent.main_table = fact
        return
    measured = _tables_with_measure_columns(p)
    if measured:
        p.intent.main_table = measured[0]
        return
    if mentions:
        p.intent.main_table = mentions[0].table
        return
    if owner := unit_owner(list(p.catalog.tables), re.findall(r"[a-z]+", p.text)):  # 'tonnes hauled per month': the
        p.intent.main_table = owner  # hauls, whose `net_t` is kept in tonnes
        return
    if owner := _owner_of_distinctive_column(p):
        p.intent.main_table = owner
        return
    if holder := table_of_said_values(p):  # 'gold and platinum loyalty members'
        p.intent.main_table = holder
        return
    if re.match(r"\s*who\b", p.text) and (people := people_table(p.catalog)):  # 'who joined in 2022?': the people
        p.intent.main_table = people
        return
    if table := _table_of_the_act_said(p):  # 'copy over the hired gear': the rows of `hire`
        p.intent.main_table = table
        return
    if table := _table_of_money_taken(p):  # 'how much did we take in 2026': the money received
        p.intent.main_table = table
        return
    if table := _table_counting(p):  # 'how many blades have we ground': the runs whose `blade_cnt` is the 'Number of blades ground'
        p.intent.main_table = table
        return
    _unknown_noun(p)


def _table_counting(p: Parse) -> str | None:
    """'how many blades have we ground', where no table is the blades: the one table with a number its comment says is the
    number of them."""
    said = re.search(r"\b(?:how\s+many|number\s+of)\s+([a-z]+)", p.text)
    if said is None or resolve_table(p.catalog, said[1]):
        return None
    found = [t.name for t in p.catalog.tables if count_commented(t, said[1])]
    return found[0] if len(found) == 1 else None


# what a table's comment says its rows' money was: taken in ('Money received for jobs', 'Payments collected at the till')
MONEY_TAKEN = {"receive", "take", "collect", "earn", "pay"}


def _table_of_money_taken(p: Parse) -> str | None:
    """'how much did we take in 2026' (read 'the total amount'), where no table is named: the one table whose comment
    says each row is money taken in and that keeps an amount of it."""
    if not re.search(r"\bthe\s+total\s+amount\b", p.text):
        return None
    found = [
        t.name for t in p.catalog.tables
        if table_acts(t) & MONEY_TAKEN and re.search(r"\b(?:money|payments?|takings|receipts?|income)\b", (t.comment or "").lower())
        and any(is_numeric(c.type) and set(spoken_words(c.name)) & set(MONEY) for c in t.columns)
    ]  # fmt: skip
    return found[0] if len(found) == 1 else None


def _modifies_the_next(p: Parse, mention: Mention, plain: list[Mention]) -> bool:
    """'customer tunings': a table's noun right before the noun of rows that refer to it says whose rows they are; the
    rows are the second."""
    following = next((m for m in plain if m.start == mention.start + 1), None)
    if following is None or following.table == mention.table:
        return False
    try:
        return not any(hop.fans_out for hop in join_path(p.catalog, following.table, mention.table))
    except (NoJoinPath, AmbiguousJoin):
        return False


def _money_of_those_named(p: Parse, named: str) -> bool:
    """'customers and their total revenue', 'which customers have the most revenue': rows that have no money
    of their own (a customer) are measured by the money of the rows that refer to them (their orders), one
    group per customer. Only where no other grouping is said."""
    groups = [resolve_table(p.catalog, m[1]) for m in re.finditer(r"\b(?:per|by|each|every)\s+([a-z_]+)", p.text)]
    if not re.search(r"\b(revenue|sales|turnover|spend|spending|spent)\b", p.text) or any(g != named for g in groups):
        return False  # ('total spent on fuel for each van' is one group per van too)
    table = p.catalog.table(named)
    prefix = table_prefix([c.name for c in table.columns])
    if any(is_numeric(c.type) and set(MONEY) & set(spoken_words(c.name, prefix)) for c in table.columns):
        return False  # its own money: not this reading
    fact = _fact_table(p, [named])
    reference = reference_column(p.catalog, fact, named) if fact else None
    if reference is None:
        return False
    p.intent.main_table = fact
    key = GroupKey(column=f"{fact}.{reference}")
    p.intent.group_by = [k for k in (key, *labels_of_named_reference(p, key, named)) if k]
    return True


def _fact_table(p: Parse, dimensions: list[str]) -> str | None:
    """'Revenue per product category': the table with money (an amount, total or revenue, `amt` too) that refers to the
    dimension's table and holds most of the columns the request names."""
    words_ = set(re.findall(r"[a-z_]+", p.text))
    best: tuple[int, str] | None = None
    for table in p.catalog.tables:
        names = {c.name for c in table.columns}
        prefix = table_prefix(list(names))
        prices = [c.name for c in table.columns if is_numeric(c.type) and "price" in spoken_words(c.name, prefix)]
        priced_lines = discount_column(table) and len(prices) == 1 and less_discount(f"{table.name}.{prices[0]}", table, "")
        amounts = {c.name for c in table.columns if is_numeric(c.type) and set(spoken_words(c.name, prefix)[-1:]) & {"amount", "total", "revenue"}}
        if not (amounts or ({"quantity", "qty"} & names and {"unit_price", "price"} & names) or priced_lines):
            continue  # (a table of priced lines with discounts is where sales are: TPC-H's lineitem)
        refers = {ref.split(".")[0] for ref in table.references.values()}
        valued = any(form.lower() in words_ for c in table.columns for form, _ in said_forms(c) if " " not in form)  # 'spent on fuel'
        score = 2 * len(refers & set(dimensions)) + len(names & words_) + valued
        if best is None or score > best[0]:
            best = (score, table.name)
    return best[1] if best else None


def _owner_of_distinctive_column(p: Parse) -> str | None:
    """'Revenue per currency': the one table with a column named in the request."""
    text_words = set(re.findall(r"[a-z_]+", p.text))
    owners: dict[str, set[str]] = {}
    for table in p.catalog.tables:
        for column in table.columns:
            owners.setdefault(column.name, set()).add(table.name)
    for table in p.catalog.tables:
        for column in table.columns:
            if len(owners[column.name]) == 1 and (
                any(alias in text_words for alias in column_aliases(column.name)[:1] + [column.name + "s"])
                or ("_" in column.name and any(re.search(rf"\b{re.escape(alias)}\b", p.text) for alias in column_aliases(column.name)[1:3]))
            ):  # 'hire dates' says `hire_date`
                return table.name
    said: dict[str, int] = {}  # 'for each return flag and line status': the one table whose columns are said by their words
    for table in p.catalog.tables:
        prefix = table_prefix([c.name for c in table.columns])
        for column in table.columns:
            words_ = spoken_words(column.name, prefix)
            if len(words_) > 1 and re.search(rf"\b{re.escape(' '.join(words_))}(?:s|es)?\b", p.text):
                said[table.name] = said.get(table.name, 0) + 1
    ranked = sorted(said.items(), key=lambda item: -item[1])
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def _table_of_the_act_said(p: Parse) -> str | None:
    """'copy over the hired gear': a thing no table names, said as what one act was done to, where one table records
    that act (`hire`): the rows of that table."""
    match = re.search(rf"\b(?:{LOAD_VERBS})\s+(?:(?:over|in|across|all|the|only|our|my|every|each|any)\s+)*([a-z]+)\s+([a-z_]+)", p.text)
    if match is None or not is_past_verb(match[1]) or resolve_table(p.catalog, match[2]) or resolve_table(p.catalog, match[1]):
        return None
    return act_table(p.catalog, match[1])


def _unknown_noun(p: Parse) -> None:
    """'Load invoices from PostgreSQL': a noun in the object position that names no table."""
    verbs = f"(?:{LOAD_VERBS})"
    # the words before the noun: determiners and modifiers with digits ('the 3-bedroom apartments')
    match = re.search(rf"\b{verbs}\s+(?:(?:all|the|only|our|my|every|each|any|[\w-]*\d[\w-]*)\s+)*([a-z_]\w*)(?:\s+([a-z_]\w*))?", p.text)
    if match:
        noun = match[1]
        if noun in DATA_NOUNS or noun in FUNCTION_WORDS or noun in ("everything", "stuff"):
            return  # 'copy every ...', 'get me ...': no noun named there
        if noun not in ("postgres", "postgresql", "clickhouse"):
            p.intent.unknown_tables.append(noun)


def _tables_with_measure_columns(p: Parse) -> list[str]:
    """The tables with a number the request names, by its aliases or the noun of its kind ('fees': `fee_amt`)."""
    hits = []
    words_ = {lemma(w) for w in re.findall(r"[a-z_]+", p.text)}
    for table in p.catalog.tables:
        prefix = table_prefix([c.name for c in table.columns])
        named = {c.name for c in table.columns if kind_of(c.name, prefix) in words_}  # 'fees' of a `fee_amt`
        for column in table.columns:
            if column.name in ("id",) or column.name.endswith("_id"):
                continue
            mentioned = column.name in named or any(re.search(rf"\b{re.escape(alias)}\b", p.text) for alias in column_aliases(column.name))
            if mentioned and is_numeric(column.type):
                hits.append(table.name)
                break
    return hits


def read_related_columns(p: Parse, mentions: list[Mention]) -> None:
    """'together with the customer email', 'including the product name'."""
    pattern = r"\b(?:with|including|plus|and|along with|together with|adding)\s+(?:the\s+|their\s+|its\s+)?([a-z_]+)\s+([a-z_]+)"
    for match in re.finditer(pattern, p.text):
        table = resolve_table(p.catalog, match[1])
        if not table or table == p.intent.main_table:
            continue
        column = column_of(p.catalog.table(table), match[2])
        if column:  # 'the customer's name' of first and last names: both of them
            parts = person_name_parts(p.catalog.table(table)) if match[2] in ("name", "names") and PERSON_NAME.search(column) else []
            p.intent.extra_columns += [f"{table}.{c}" for c in parts or [column]]
            for m in mentions:
                if m.table == table:
                    m.role = "related"
            more, end = columns_listed_after(p.text, match.end(), p.catalog.table(table))
            p.intent.extra_columns += [f"{table}.{other}" for other in more]
            blank(p, match.start(), end)
    spans_of_time = [m.span() for pattern in (BETWEEN, AFTER) for m in pattern.finditer(p.text)]
    for table_name in reachable(p):  # 'the highest point in each state': `highlow.highest_point`, said in full
        table = p.catalog.table(table_name)
        prefix = table_prefix([c.name for c in table.columns])
        for column in table.columns:
            said = spoken_words(column.name, prefix)
            if len(said) < 2 or column.name in table.references or f"{table_name}.{column.name}" in p.intent.extra_columns or column.type == "boolean":
                continue  # ('locations that have parking': a yes/no said selects rows, `value_conditions`)
            match = _said_in_full(p.text, said)
            if match and re.search(r"\b(?:which|what|per|by|each|every)\s+(?:the\s+)?$", p.text[: match.start()]):
                continue  # 'which room type has the most ...', 'per room type': a key, read with its groups
            if match and re.search(rf"\b(?:{'|'.join(FUNCTIONS_SAID.values())})\s+(?:of\s+)?(?:the\s+|their\s+|its\s+|all\s+)?$", p.text[: match.start()]):
                continue  # 'the average account balance per nation': a measure, read with the measures
            if match and any(s <= match.start() < e for s, e in spans_of_time):
                continue  # 'days from the order date to the ship date': an end of the time measured, read with the measures
            if match and not (resolve_column(p, match[0]) or "").startswith(f"{p.intent.main_table}."):
                p.intent.extra_columns.append(f"{table_name}.{column.name}")
                consume(p, match)


def _said_in_full(text: str, lemmas: tuple[str, ...]) -> re.Match | None:
    """Where the words of `lemmas` are said in a row, in any inflection ('highest point' says
    `high point`), not as a grouping ('per ...', 'by ...')."""
    tokens = list(re.finditer(r"[a-z_]+", text))
    for i in range(len(tokens) - len(lemmas) + 1):
        if all(lemma(tokens[i + k][0]) == word for k, word in enumerate(lemmas)):
            if any(t[0] in ("per", "by", "each", "every") for t in tokens[max(0, i - 2) : i]):
                continue  # 'per album release year' is a grouping, not a column to carry
            return re.compile(r".+", re.S).match(text, tokens[i].start(), tokens[i + len(lemmas) - 1].end())
    return None
