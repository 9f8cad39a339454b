"""Acts said as verbs: 'the most borrowed books', 'patrons who borrowed more than 20 times', 'which
station was ridden from the most'. A database records an act as rows of a table named by its noun
(`loan`, `trip`, `rental`); a person says the verb. The request is read with the verb turned into the
table's noun ('the books with the most loans'), which the rest of the parser already understands.
"""

from __future__ import annotations

import re

from ai_etl.agents.contracts import Catalog, CatalogTable
from ai_etl.catalog.joins import belongs_to
from ai_etl.language.events import acts_kept, comment_acts, table_acts
from ai_etl.language.nominal_acts import act_of_noun
from ai_etl.language.reading import column_of, resolve_table, stamps_of_event
from ai_etl.language.request_text import TABLE_SUFFIXES, plural, singular
from ai_etl.language.spoken import is_past_verb, lemma, spoken_words, verb_lemma, word_classes

# Nouns of general business English for acts, and the verbs people use for them (not any schema's names).
ACTS: dict[str, tuple[str, ...]] = {
    "loan": ("borrow", "lend", "loan"), "borrowing": ("borrow",), "checkout": ("borrow", "check"),
    "trip": ("ride", "travel", "drive"), "ride": ("ride",), "journey": ("travel",),
    "rental": ("rent", "hire"), "hire": ("hire",),
    "order": ("order", "buy", "purchase"), "purchase": ("buy", "purchase"), "sale": ("sell", "buy"),
    "payment": ("pay",), "booking": ("book", "reserve"), "reservation": ("reserve", "book"),
    "visit": ("visit",), "flight": ("fly",), "shipment": ("ship", "send", "dispatch"), "delivery": ("deliver",),
    "review": ("review", "rate"), "rating": ("rate",), "enrollment": ("enroll", "enrol"), "registration": ("register",),
    "view": ("view", "watch"), "play": ("play", "listen"), "attendance": ("attend",), "citation": ("cite",),
    "donation": ("donate",), "subscription": ("subscribe",), "application": ("apply",), "transfer": ("transfer",),
    "repair": ("repair", "fix"), "maintenance": ("maintain", "service"), "admission": ("admit",),
    "prescription": ("prescribe",), "vote": ("vote",), "login": ("log",), "appointment": ("book", "visit"),
    "complaint": ("complain",), "claim": ("claim",), "refund": ("refund",), "return": ("return",), "read": ("read",),
    "reading": ("read",), "listen": ("listen",), "stream": ("stream",), "download": ("download",), "click": ("click",),
    "signup": ("sign",), "invoice": ("bill", "invoice", "charge"), "bill": ("bill", "charge"), "charge": ("charge",),
    "inspection": ("inspect",), "installation": ("install",), "withdrawal": ("withdraw",), "deposit": ("deposit",),
}  # fmt: skip


def act_verbs(table: str, head_only: bool = False) -> set[str]:
    """The verbs that say the act a table's rows record: `loan` -> borrow, lend, loan; by its head noun
    only (`order_items` records no ordering, its `orders` do)."""
    words = [w for w in spoken_words(table) if w not in TABLE_SUFFIXES] or spoken_words(table)  # `spry_rec`: sprays
    verbs = {verb for i, word in enumerate(words) for verb in ACTS.get(word) or _named_act(word, i == len(words) - 1) if not head_only or i == len(words) - 1}
    if len(words) == 2 and not head_only and (ACTS.get(words[1]) or act_of_noun(words[1])) and _named_act(words[0], True):
        verbs.add(words[0])  # 'pawn loans': a loan that is a pawning ('customers who have never pawned anything')
    return verbs


def _named_act(noun: str, head: bool) -> tuple[str, ...]:
    """The act a noun of a table's name is: a noun made from a verb ('inspection' -> inspect), or the head noun
    where it is a verb too ('spray' of `spry_rec`; not 'course' of `course_offerings`, a thing offered)."""
    if (verb := act_of_noun(noun)) is not None:
        return (verb,)
    return (noun,) if head and len(noun) > 3 and verb_lemma(noun) == noun and {"NOUN", "VERB"} <= set(word_classes(noun)) else ()


def act_table(catalog: Catalog, word: str) -> str | None:
    """The one table whose rows record the act a verb form says ('borrowed' -> `loan`), if one does:
    by its head noun, else by any word of its name (`maintenance_log` for 'serviced'), else by the names
    its comment calls it ('prescribed' -> `rx`, 'Prescriptions: ...'), else by what the comment of a reference of its
    says of the row referred to ('sold' -> `ord`, whose `frm_id` is the 'frame sold from stock')."""
    verb = verb_lemma(word) or lemma(word)
    named = [[(t.name, t.name) for t in catalog.tables], [(t.name, name.replace(" ", "_")) for t in catalog.tables for name in t.called]]
    for names in named:
        for head_only in (True, False):
            found = list(dict.fromkeys(table for table, name in names if verb in act_verbs(name, head_only)))
            if found:
                return found[0] if len(found) == 1 else None
    referring = [t.name for t in catalog.tables if any(verb_lemma(w) == verb for c in t.columns if c.name in t.references for w in re.findall(r"[a-z]+", (c.comment or "").lower()))]
    return referring[0] if len(referring) == 1 else None  # `ord.frm_id` 'frame sold from stock': orders record the selling


def _amount_named_for(catalog: Catalog, verb: str) -> str | None:
    """The one money column of the schema whose name says the act ('invoiced': `inv_amt_usd`, the invoice value)."""
    from ai_etl.language.money import amounts

    act = verb_lemma(verb) or verb
    named = [c.name for t in catalog.tables for c in amounts(t) if act in spoken_words(c.name)]
    said = [c.name for t in catalog.tables for c in amounts(t) if act in comment_acts(c) and c.name not in named]  # ('Amount paid, before
    # VAT' of a disbursement: another money of the act, so `amt_paid` alone is not it)
    return named[0] if len(named) == 1 and not said else None


def _act(catalog: Catalog, word: str, subject: str | None) -> str | None:
    """The noun to say instead of a past verb form of an act ('borrowed' -> 'loans'), when the act's
    rows refer to the subject's (a loan to its patron, through its copy to its book): 'items were sold'
    says nothing of a table of sales that does not refer to them."""
    table = act_table(catalog, word) if is_past_verb(word) else None
    if table is None or not _refers_to(catalog, table, subject):
        return None
    own = catalog.table(resolve_table(catalog, subject) or "") if subject else None
    if own is not None and own.name != table and stamps_of_event(own, verb_lemma(word) or word):
        return None  # 'invoices that got paid after their due date' of `inv.paid_dt`: the rows' own act, dated, never 'had payments'
    return _rows_said(table)


def _rows_said(table: str) -> str:
    """A table's rows said as a plural noun: `loan` -> 'loans', `donations` -> 'donations'."""
    said = table.replace("_", " ")
    return said if singular(said) != said else plural(said)


def _refers_to(catalog: Catalog, act: str, subject: str | None) -> bool:
    """Whether each row of `act` belongs to one row of the table `subject` names, along references."""
    target = resolve_table(catalog, subject) if subject else None
    if target is None and subject:  # 'which author': the table whose column it is (`book.author_name`)
        owners = [t.name for t in catalog.tables if column_of(t, subject)]
        target = owners[0] if len(owners) == 1 else None
    return target is not None and belongs_to(catalog, act, target)


# verbs of money coming in, whoever it comes from: 'how much (money) they brought in / made / took'
EARNING = {"bring", "make", "take", "earn", "generate", "raise", "gross", "net"}


# verbs of money a payer hands over: 'how much did listeners donate', 'how much did each patient pay us'
PAYING = {"pay", "donate", "give", "spend", "contribute", "tip"}
PAYER_SAID = re.compile(
    r"\bhow\s+much\s+(?:money\s+)?(?:(?P<aux>did|do|does|have|has|had)\s+)?(?P<who>(?:(?:the|our|each|every|all)\s+)?[a-z_-]+(?:\s+[a-z_-]+){0,2}?)"
    r"\s+(?:actually\s+|really\s+|ever\s+)?(?P<verb>[a-z]+)\b(?:\s+(?:us|me|them)\b)?"
)


def money_of_a_payer(catalog: Catalog, match: re.Match) -> tuple[str, str | None] | None:
    """(what is summed, the payer said as a group or as the rows it names, None where it only says who pays) of 'how much did
    WHO pay/donate/give': the amount of the rows recording the act (`donation`) or the one amount named for it (`price_paid`).
    None where the verb is no payment, the subject a pronoun (`how_much` reads those), or no one amount is found."""
    if verb_lemma(match["verb"]) not in PAYING or match["who"] in ("we", "they", "you", "i", "customers", "people"):
        return None
    table = act_table(catalog, match["verb"])
    summed = f"the total amount of {_rows_said(table)}" if table else (f"the total {column}" if (column := _amount_named_for(catalog, match["verb"])) else None)
    if summed is None:
        return None
    words = match["who"].split()
    if words[0] in ("each", "every"):
        return summed, f"per {' '.join(words[1:])}"
    who = " ".join(w for w in words if w not in ("the", "our", "all"))
    named = resolve_table(catalog, who)
    if named is None and not any(column_of(t, who) for t in catalog.tables) or (table and named == table):
        return summed, None  # 'listeners', 'passengers' of their own bookings: who pays, no rows chosen
    return summed, f"of {match['who']}"


def payer_spans(text: str, catalog: Catalog) -> list[tuple[int, int]]:
    """Where a request says only who pays ('how much did listeners donate'): nothing for a pipeline to choose."""
    return [(m.start("aux") if m["aux"] else m.start("who"), m.end("who")) for m in PAYER_SAID.finditer(text) if (found := money_of_a_payer(catalog, m)) and found[1] is None]


def with_acts_named(text: str, catalog: Catalog) -> str:
    """The request with acts said as verbs turned into the nouns of their tables."""

    def most(match: re.Match) -> str:  # 'the 5 most borrowed books' -> 'the 5 books with the most loans'
        act = _act(catalog, match["verb"], match["noun"])
        count = f"{match['n']} " if match["n"] else ""
        return f"{match['the'] or ''}{count}{match['noun']} with the most {act}" if act else match[0]

    def passive_most(match: re.Match) -> str:  # 'which author was borrowed the most' -> 'which author has the most loans'
        act = _act(catalog, match["verb"], match["noun"]) or _act(catalog, match["verb"], match["noun"].split()[0])
        return f"{match['which']} {match['noun']} has the most {act}" if act else match[0]

    def times(match: re.Match) -> str:  # 'patrons who have borrowed more than 20 times' -> 'patrons with more than 20 loans'
        act = _act(catalog, match["verb"], match["noun"])
        return f"{match['noun']} with {match['cmp']} {match['n']} {act}" if act else match[0]

    def had(match: re.Match) -> str:  # 'bikes that were ridden', 'patrons who borrowed something' -> '... had loans'
        act = _act(catalog, match["verb"], match["noun"])
        return f"{match['noun']} {match['rel'] or ''}had {act}" if act else match[0]

    def how_much(match: re.Match) -> str:  # 'how much did we bill' -> 'the total amount of invoices'
        act = verb_lemma(match["verb"]) or match["verb"]
        if match["particle"]:  # 'how much have we paid out': the one table whose rows record that act ('Money we paid out ...'), else unread
            found = [t.name for t in catalog.tables if act + match["particle"].strip() in table_acts(t)]
            table = found[0] if len(found) == 1 else None
            return f"the total amount of {_rows_said(table)}{match['particle']}" if table else match[0]
        table = act_table(catalog, match["verb"])
        if table is None and verb_lemma(match["verb"]) in EARNING and not _amount_named_for(catalog, match["verb"]):
            return "the total amount"  # 'how much money they brought in': what the rows are worth
        if table is None:  # 'how much did we invoice' with no invoices table: the one amount named for it (`inv_amt_usd`)
            return f"the total {column}" if (column := _amount_named_for(catalog, match["verb"])) else match[0]
        from ai_etl.language.money import CURRENCIES, WORTH, amounts

        # ('how much did we invoice' of `inv.total`: that column, never another table's `amt` nor `amt_paid`, the money of another
        # act; named only where its name says nothing but worth: `amt_due` would say a date)
        worth = [c for c in amounts(catalog.table(table)) if not ({verb_lemma(w) for w in spoken_words(c.name) if w not in WORTH} | comment_acts(c)) - {None, act}]
        plain = len(worth) == 1 and set(spoken_words(worth[0].name)) <= WORTH | CURRENCIES and worth[0].name != "amount"
        return f"the total {worth[0].name} of {_rows_said(table)}" if plain else f"the total amount of {_rows_said(table)}"

    def paid(match: re.Match) -> str:  # 'how much did listeners donate' -> 'the total amount of donations'
        found = money_of_a_payer(catalog, match)
        return match[0] if found is None else " ".join(part for part in found if part)

    text = PAYER_SAID.sub(paid, text)
    text = re.sub(r"\bhow\s+much\s+(?:money\s+)?(?:(?:did|do|does|have|has)\s+)?(?:we|they|you|i|customers|people)(?:\s+(?:have|has|had)|'ve)?\s+(?P<verb>[a-z]+)\b(?P<particle>\s+(?:out|back|off|up)\b)?", how_much, text)
    # ('top 5 owners by how much we've invoiced them': the auxiliary after its subject)
    text = re.sub(r"\b(?P<the>the\s+)?(?:(?P<n>\d+)\s+)?most\s+(?:often\s+|frequently\s+)?(?P<verb>[a-z]+)\s+(?P<noun>[a-z_]+)", most, text)
    text = re.sub(r"\b(?P<which>which|what)\s+(?P<noun>[a-z_]+(?:\s+[a-z_]+)?)\s+(?:was|were|got|has\s+been|have\s+been)\s+(?P<verb>[a-z]+)\s+(?:the\s+)?most\b(?:\s+(?:often|times))?", passive_most, text)
    comparison = r"more\s+than|at\s+least|fewer\s+than|less\s+than|at\s+most|over|exactly"
    text = re.sub(rf"\b(?P<noun>[a-z_]+)\s+(?:(?:who|that|which)\s+)?(?:(?:have|has|had)\s+)?(?P<verb>[a-z]+)\s+(?P<cmp>{comparison})\s+(?P<n>\d+)\s+times\b", times, text)
    text = re.sub(r"\b(?P<noun>[a-z_]+)\s+(?P<rel>(?:who|that|which)\s+)?(?:were|was|have\s+been|has\s+been|had\s+been|got)\s+(?P<verb>[a-z]+)\b(?!\s+by\b)", had, text)
    return re.sub(r"\b(?P<noun>[a-z_]+)\s+(?P<rel>(?:who|that|which)\s+)?(?P<verb>[a-z]+)\s+(?:something|anything)\b", had, text)


def acts_kept_of(catalog: Catalog, table: CatalogTable) -> dict[str, set[str]]:
    """column -> the acts it alone records of the rows (`events.acts_kept`: `referred_by`, 'who recommended the school to
    this one; NULL = found us on their own' -> {'recommend'}); never an act the rows themselves are ('booked' of bookings)
    nor one another table's rows are ('the last day the pilot flew', where flights are rows of their own)."""
    rows_acts = {act for t in catalog.tables for act in table_acts(t) | act_verbs(t.name)}
    said = {c.name: {verb_lemma(w) or w for w in [*re.findall(r"[a-z]+", (c.comment or "").lower()), *spoken_words(c.name)]} for c in table.columns}
    recorded = {column.name: acts_kept(column) - rows_acts for column in table.columns}
    return {
        name: {act for act in acts if not any(act.split()[0] in words for other, words in said.items() if other != name)}
        for name, acts in recorded.items()
    }  # (an act another column says too, 'set' of `set_on` beside `setter_id`, is no state of one of them)

