"""Words of an ETL request: normalization, and how table and column names are spoken.

The offline Planner reads requests in English and Russian; Russian is first put in English
(`ai_etl.language.russian`), so both languages share one grammar.
"""

from __future__ import annotations

import calendar
import functools
import itertools
import re

from ai_etl.language.schedule_text import ENGLISH_NUMBERS, MONTH_NAMES
from ai_etl.language.spoken import ABBREVIATIONS, abbreviations_of, is_participle, is_past_verb, own_abbreviations, synonyms, verb_forms, verb_lemma, word_classes, word_pieces

# Closed-class words (articles, pronouns, prepositions, auxiliaries) of English and Russian.
# the verbs that start a clause's verb phrase ('customers have not paid', 'which teams did ...')
AUXILIARIES = {"has", "have", "had", "is", "are", "was", "were", "does", "do", "did", "got", "gets", "can", "could", "will", "would", "should", "must"}
FUNCTION_WORDS = set(
    """a an the this that these those it its it's they them their theirs there here he she his her we us our you your
    i me my mine of in on at to into onto from for with within by as than then and or nor but also too both either against
    neither all any some each every one ones own same such other others another is are was were be been being am
    do does did done have has had having will would shall should can could may might must let lets please thanks
    thank kindly just only even still yet so very really actually about per via through across over under up down out off
    again further once whose whom what which who how where when why whether if else while during there's what's
    s t etc e.g i.e based using use used make sure also respectively currently presently anything something nothing
    anyone someone anybody somebody because among amongst upon
    в во на и с со по для из о об от до к ко у за а но же ли бы то это эти этот эта все всё всех их его её ее им
    мне нам нас вы ты он она они мы как что чтобы который которые которых где когда также тоже пожалуйста""".split()
)

CONTRACTIONS = {"can't": "can not", "won't": "will not", "shan't": "shall not", "i'd": "i would", "i'm": "i am",
                "i've": "i have", "i'll": "i will", "we'd": "we would", "we're": "we are", "we've": "we have",
                "they're": "they are", "it's": "it is", "let's": "let us", "what's": "what is", "who's": "who is", "that's": "that is", "there's": "there is", "here's": "here is", "where's": "where is",
                "gimme": "give me", "lemme": "let me", "wanna": "want to", "gonna": "going to", "gotta": "have to"}  # fmt: skip


LOAD_VERBS = "load|copy|move|sync|replicate|transfer|extract|ingest|export|import|get|pull|bring|refresh|push|mirror"  # a command's verb, its object the rows
# a command's verb whose object is the pipeline itself ('Create an ETL pipeline', 'set up a daily job'): no act of the rows
MAKING_VERBS = "create|build|make|set\\s+up|write|generate|produce|develop|implement|design|prepare|configure|schedule"
PIPELINE_NOUNS = r"(?:(?:etl|elt|data|batch|daily|hourly|weekly|monthly|nightly|new|simple|small|incremental)\s+)*(?:pipeline|job|dag|workflow|flow|process|sync|etl|elt|task|table|mart|report|dataset|view)s?"


def command_verb_spans(text: str) -> list[tuple[int, int]]:
    """Where a command's verb is said ('Load the spray records', '..., pull all our bins', 'Create an ETL pipeline to
    ...'): a verb, never the table a comment calls 'loads' nor an act of the rows ('create' is no `created_at`)."""
    said = re.finditer(rf"(?:^|[,.;:!?]|\b(?:please|and|then|also|just))\s*({LOAD_VERBS})\b(?=\s+(?:the|all|every|each|our|any|an?|my|their|new|today|yesterday)\b)", text)
    first = re.match(rf"\s*({LOAD_VERBS})\s+(?=[a-z])", text)  # the request's first word: 'load records of sprays' (a translation)
    making = re.finditer(rf"\b({MAKING_VERBS}|set\s+(?:me|us)\s+up)\s+(?:(?:me|us)\s+)?(?:(?:an?|the|one|our)\s+)?{PIPELINE_NOUNS}\b", text)  # ('set me up a table')
    working = re.finditer(r"\b((?:work|figure)\s+out|calculate|compute)\b(?=\s+(?:how|what|which|who|the|each|our)\b)", text)  # 'work out how much'
    return list(dict.fromkeys([m.span(1) for m in said] + ([first.span(1)] if first else []) + [m.span(1) for m in making] + [m.span(1) for m in working]))


def without_command_verbs(text: str) -> str:
    """The text with its command verbs blanked (same length): what it says of the rows."""
    for start, end in command_verb_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def expanded_contractions(text: str) -> str:
    """"aren't" -> 'are not', "I'd" -> 'i would' (lower-case text; typographic apostrophes too)."""
    text = text.replace("’", "'")
    text = re.sub(r"\b(?:" + "|".join(re.escape(c) for c in CONTRACTIONS) + r")(?!\w)", lambda m: CONTRACTIONS[m[0]], text)
    text = re.sub(r"\b(i|we|you|they|he|she|it|that|there|who)'(ve|re|ll|d|m)\b", lambda m: f"{m[1]} {_AUXILIARIES[m[2]]}", text)  # "they've had"
    text = re.sub(r"\b(\w+)n't\b", r"\1 not", text)
    return re.sub(  # 'which designers haven't we ordered from' -> 'which designers we have not ordered from': a question's
        r"\b(have|has|had|did|do|does)\s+not\s+(we|you|they|i|he|she)\b",  # order, the subject first
        lambda m: f"{m[2]} {m[1]} not".ljust(len(m[0])), text)


_AUXILIARIES = {"ve": "have", "re": "are", "ll": "will", "d": "would", "m": "am"}


def plain_wording(text: str) -> str:
    """A lower-case request (translated) in the plainer wording every reader and the coverage check read: contractions
    spelled out, get-passives as be-passives, 'nobody ever' as 'never', no do-support, numbers as numerals, ..."""
    from ai_etl.language.nominal_acts import with_awaited_as_not_yet, with_latest_act_as_noun

    spelled = with_exclusion_fronted(with_nobody_as_never(with_idioms_of_state(with_present_as_currently(with_be_passive(expanded_contractions(with_cubic_metres(british_spelling(with_percent_sign_as_word(without_greetings(text))))))))))
    spelled = with_date_of_our_act(with_later_as_after(with_coming_with_as_with(with_both_said_apart(with_elided_extreme_said(with_month_edges_of_a_range(without_verbs_of_position(with_dues_as_payable(without_on_our_books(with_ended_up_as_were(spelled))))))))))
    spelled = with_how_much_as_total(without_do_support(with_object_clauses_passive(with_single_thing_dropped(without_so_far_of_a_year(spelled)))))
    return with_plain_grouping(with_bounds_fronted(with_numerals(with_uncounted_as_excluded(with_awaited_as_not_yet(with_latest_act_as_noun(with_exclusion_particle_joined(spelled)))))))


def without_so_far_of_a_year(text: str) -> str:
    """'reported so far in 2026' -> 'reported in 2026': up to now within a year said is the part of it the data holds
    (positions kept)."""
    return re.sub(r"\bso\s+far\s+(?=(?:in|for|during|of)\s+(?:the\s+year\s+)?(?:19|20)\d\d\b)", lambda m: " " * len(m[0]), text)


# Asides that say why or when the owner wants the table, never what it holds: 'so the Monday repair crew know what to look at',
# 'when the trustees ask', 'after we've locked up', 'obviously'
ASIDES = re.compile(
    r"[,;:\s-]+so\s+(?:that\s+)?(?:the|our|we|they|i|he|she|you)\b[^.;!?]*?\b(?:know|knows|see|sees|check|checks|plan|plans|look|use|uses|chase|chases|read|print|understand|prepare)\b[^.;!?]*"
    r"|\s*\bwhen\s+(?:the|our|my)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:ask|asks|want|wants|need|needs)(?:\s+(?:for\s+)?it|\s+me|\s+us)?\b"
    r"|\s*\b(?:after|once)\s+(?:we|we've|we\s+have|i've|i\s+have)\s+(?:locked|closed|shut|packed|cleared)\s+(?:up|down)\b"
    r"|\s*\b(?:obviously|naturally)\b"  # (never 'of course': 'percentage of course bookings')
)


def without_greetings(text: str) -> str:
    """A request sent as a message: '(email) Hi, can you set up ... Thanks, Dave (Operations)' -> 'can you set up ...':
    the greeting and the sign-off after the last sentence say nothing of the pipeline, nor do its asides (`ASIDES`)."""
    text = ASIDES.sub("", text)
    text = re.sub(r"^\s*\((?:e-?mail|slack|message|note|text)\)\s*", "", text)
    text = re.sub(r"^\s*(?:hi|hiya|hello|hey|howdy|dear|(?:good\s+)?(?:morning|afternoon|evening))(?:\s+(?:there|all|team|folks))?\s*[,!.:;-]+\s*", "", text)
    return re.sub(
        r"(?<=[.!?])\s*(?:many\s+thanks|thanks(?:\s+(?:a\s+lot|again|in\s+advance))?|thank\s+you|cheers|(?:kind\s+|best\s+)?regards|best(?:\s+wishes)?)\b"
        r"(?:[\s,!.:;()&'-]+[a-z]+){0,6}[\s,!.:;()&'-]*$",
        "",
        text,
    )


def with_percent_sign_as_word(text: str) -> str:
    """'what % of subscriptions': the sign said for the word, where no number comes before it ('15 %' is a number)."""
    return re.sub(r"\b([a-z]+)\s+%(?=[\s?.,!;:]|$)", r"\1 percentage", text)


def with_dues_as_payable(text: str) -> str:
    """'the tracks we have to pay royalties on' -> 'the tracks with royalties payable': what must be paid is payable (the
    word legends use: 'Y = royalties payable')."""
    return re.sub(
        r"\b(?:that\s+|which\s+)?(?:we|you|i)\s+(?:still\s+)?(?:have|need|must)\s+(?:to\s+)?pay\s+(?P<what>(?!(?:the|a|an|it|them|on|for|in|by)\b)[a-z]+)(?:\s+(?:on|for))?\b",
        lambda m: f"with {m['what']} payable", text,
    )


def with_ended_up_as_were(text: str) -> str:
    """'the parties that ended up being cancelled' -> 'the parties that were cancelled': how it turned out is the state."""
    text = re.sub(r"\b(?:ended|wound)\s+up\s+as\s+(?:an?\s+)?(?=[a-z])", "were ", text)  # 'the matches that ended up as walkovers'
    return re.sub(
        r"\b(?:ended|end|ends|wound)\s+up\s+(?:being\s+|getting\s+)?(?=([a-z]+)\b)",
        lambda m: "were " if is_participle(m[1]) else m[0],
        text,
    )  # ('ended up being kept', 'sold', 'paid': any participle; 'ended up late' stays)


def without_on_our_books(text: str) -> str:
    """'the patients on our books': those we have, every row (the idiom, as 'on file'); nothing about books. 'their full details',
    'the full list': every column, every row, as 'their details' says."""
    text = re.sub(r"\bfull\s+(?=(?:details|detail|list|record|records|info|information)\b)", "", text)
    return re.sub(r"(?<=[a-z]s)\s+on\s+(?:our|the|my)\s+books\b", "", text)


def without_verbs_of_position(text: str) -> str:
    """'still sitting in the workshop' -> 'still in the workshop': a verb of where a thing is ('sitting', 'lying',
    'parked') says no act; the place is the state ('NULL = still in the workshop'), as the waiting is of 'stuck waiting'."""
    text = re.sub(r"\b(still|currently|now)\s+(?:sitting|lying|stuck|parked)\s+(?=(?:in|at|on)\s+(?:the|a|an|our|their)\b)", r"\1 ", text)  # ('trees
    # still standing in each ward': standing is the state)
    return re.sub(r"\b(?:sitting|stuck|left)\s+(?=(?:waiting|awaiting)\b)", "", text)  # 'jobs stuck waiting on parts': the waiting is the state


# 'from the start of March through the end of August 2025': the months the range runs from and to, whole
_MONTH_RANGE_EDGES = re.compile(
    rf"\b(?P<lead>from|between)\s+(?:the\s+)?(?:(?:start|beginning)\s+of\s+)?(?P<first>{MONTH_NAMES})\b\s*"
    rf"(?P<to>through|thru|to|until|till|and|up\s+to)\s+(?:the\s+)?(?:end\s+of\s+)?(?P<last>{MONTH_NAMES})\b"
)


def with_month_edges_of_a_range(text: str) -> str:
    """'from the start of March through the end of August 2025' -> 'from march through august 2025': a range from the
    start of one month to the end of another is the range of those months (read whole, both ends kept)."""
    return _MONTH_RANGE_EDGES.sub(lambda m: f"{m['lead']} {m['first']} {m['to']} {m['last']}", text)


def with_single_thing_dropped(text: str) -> str:
    """'never sold a single unit' -> 'never sold': an act said of any one thing at all."""
    return re.sub(r"\b(never|not)\s+([a-z]+)\s+(?:a|one|any)\s+(?:single\s+)?(?:unit|item|thing|piece)\b", r"\1 \2", text)


# Verbs whose final l British English doubles before -ed and -ing ('canceled' is 'cancelled'): the legends say either.
_DOUBLED_L = "cancel|travel|label|model|fuel|refuel|signal|total|level|channel|counsel|dial|equal|marshal|pedal|tunnel|shovel|funnel|enrol"


def british_spelling(text: str) -> str:
    """'canceled', 'traveling' -> 'cancelled', 'travelling': one spelling for the readers and the legends' names."""
    return re.sub(rf"\b({_DOUBLED_L})(ed|ing|er|ers)\b", r"\1l\2", text)


_CLAUSE_ENDS = r"(?=\s*(?:$|[,.;:?!)]|(?:and|or|but|in|on|at|during|before|after|since|between|from|for|last|this|every|each|yesterday|today)\b))"


def with_object_clauses_passive(text: str) -> str:
    """'the appointments that the customer called off' -> 'the appointments that were called off by the customer': a relative
    clause whose subject is said by a noun, of rows that are the verb's object, in the passive the readers of states read."""

    def passive(m: re.Match) -> str:
        return f"{m['rel']} were {m['verb']}{m['particle'] or ''} by {m['det']} {m['noun']}" if is_past_verb(m["verb"]) else m[0]

    said = rf"\b(?P<rel>that|which)\s+(?P<det>the|our|a|an|their|its)\s+(?P<noun>[a-z]+)\s+(?P<verb>[a-z]+)(?P<particle>\s+(?:off|out|up|back|down|away))?{_CLAUSE_ENDS}"
    return re.sub(said, passive, text)


def with_exclusion_fronted(text: str) -> str:
    """', cancelled orders excluded' -> ', excluding cancelled orders': an exclusion said after what it leaves out, as a
    clause of its own (after a comma or a bracket), read where exclusions said first are."""
    return re.sub(
        r"(?P<lead>[,;(]\s*)(?P<rows>[a-z][a-z_-]*(?:\s+[a-z][a-z_-]*){0,2})\s+(?:excluded|left\s+out|not\s+included|ignored)\b",
        lambda m: f"{m['lead']}excluding {m['rows']}",
        text,
    )


# nouns of money received, whatever the business ('membership fees', 'interest', 'takings')
MONEY_NOUNS = "fees|fee|money|revenue|income|rent|rents|sales|takings|charges|payments|interest|deposits|deposit|tips|commission|donations"


def with_how_much_as_total(text: str) -> str:
    """'how much milk each cow gave' -> 'total milk each cow gave': the amount of a thing each of some rows made, summed
    per each of them."""
    from ai_etl.language.spoken import is_past_verb

    def said(match: re.Match) -> str:
        return f"total {match['thing']} " if is_past_verb(match["verb"]) else match[0]

    text = re.sub(r"\bhow\s+much\s+(?P<thing>[a-z]+)\s+(?=(?:each|every)\s+[a-z]+\s+(?P<verb>[a-z]+)\b)", said, text)
    text = re.sub(  # 'how much ticket money did each performance of Peter Pan bring in' -> 'the total ticket amount for each
        r"\bhow\s+much\s+(?P<thing>[a-z]+)\s+money\s+(?:(?:did|does|do|has|have)\s+)?(?P<each>each|every)\s+(?P<who>[a-z_-]+(?:\s+(?!bring|take|make|earn)[a-z_-]+){0,4}?)"
        r"\s+(?:bring|brought|take|took|make|made|earn|earned)(?:\s+in)?\b",  # performance of peter pan': the money of the rows named
        lambda m: f"the total {m['thing']} amount for {m['each']} {m['who']}", text,  # (by the thing) of each
    )
    text = re.sub(  # 'how much money came in from payments', '... they brought in': what the rows are worth, summed (not where the
        r"\bhow\s+much\s+money\b(?!\s+(?:(?:did|do|does|have|has)\s+)?(?:we|they|you|i|customers|people)\b)", "the total amount", text
    )  # act said of who paid picks the amount: 'how much money did we invoice', `acts.with_acts_named`)
    text = re.sub(  # 'how much did we take in membership fees' -> 'the total membership fees': money said by its name, summed
        r"\bhow\s+much\s+(?:(?:did|do|does|have|has|had)\s+)?(?:we|they|you|i)\s+(?:take|taken|took|make|made|earn|earned|collect|collected|receive|received|get|got|bring|brought)"
        rf"(?:\s+in)?\s+(?P<thing>(?:[a-z][a-z_-]*\s+){{0,3}}(?:{MONEY_NOUNS}))\b",
        lambda m: f"the total {m['thing']}", text,
    )
    who = r"(?P<who>we|they|you|i|(?:the|our)\s+[a-z_-]+(?:\s+[a-z_-]+)?)\b"
    took = r"(?:take|taken|took|earn|earned|bring\s+in|brought\s+in|turn\s+over|turned\s+over)\b"
    whose = lambda m: "the total amount" + (f" of {m['who']}" if m["who"] not in ("we", "they", "you", "i") else "")  # noqa: E731
    text = re.sub(rf"\bwhat\s+(?:(?:did|do|does|has|have|had)\s+)?{who}\s+{took}", whose, text)  # 'what did the shop take in August'
    text = re.sub(rf"\bthe\s+total\s+(?:amount\s+)?(?:that\s+)?{who}\s+(?:{took}|made\b)", whose, text)  # 'the total we took by card'
    text = re.sub(rf"\bhow\s+much\s+(?:(?:did|do|does|has|have|had)\s+)?{who}\s+(?:{took}|make\b|made\b)(?!\s+(?:it|them|this|that)\b)", whose, text)  # 'how much we made'
    text = re.sub(  # '... and what they've cost us in total' -> '... and the total cost in total': what the rows cost, summed
        r"\bwhat\s+(?:(?:did|do|does)\s+)?(?:they|those|these)\s+(?:(?:have|had)\s+|'ve\s+)?(?:cost|costs)\b(?:\s+(?:us|them|me|you))?", "the total cost", text
    )
    return re.sub(  # 'how much did conservation cost us' -> 'the total cost of conservation': what the rows cost, summed
        r"\bhow\s+much\s+(?:did|does|do|has|have|had)\s+(?P<what>[a-z][a-z_-]*(?:\s+[a-z][a-z_-]*){0,5}?)\s+costs?(?:\s+(?:us|them|me|you))?\b",
        lambda m: f"the total cost of {m['what']}", text,
    )


_EXTREME = r"smallest|biggest|largest|lowest|highest|cheapest|dearest|earliest|latest|oldest|newest|longest|shortest|minimum|maximum"
# 'the smallest grant we got and what was the biggest?': the second extreme asked again without its noun (', and the smallest?'
# is read as a function said last, `measures`)
ELIDED_EXTREME = re.compile(
    rf"\bthe\s+(?P<first>{_EXTREME})\s+(?P<rest>[a-z][^.?!;]*?)\band\s+what\s+(?:was|is|were)\s+the\s+(?P<second>{_EXTREME})(?:\s+one)?(?=\s*(?:[?.!,;]|$))"
)


def with_elided_extreme_said(text: str) -> str:
    """'what was the smallest grant we got and what was the biggest?' -> '... the smallest grant we got and the biggest grant?':
    the noun phrase of the first extreme ('the biggest single payment we've ever received') is the second's too."""
    from ai_etl.language.spoken import is_noun

    def said(m: re.Match) -> str:
        run = list(itertools.takewhile(lambda w: w not in FUNCTION_WORDS and w.isalpha(), m["rest"].split()[:3]))
        nouns = [i for i, w in enumerate(run) if is_noun(w)]
        return f"the {m['first']} {m['rest']}and the {m['second']} {' '.join(run[: nouns[-1] + 1])}" if nouns else m[0]

    return ELIDED_EXTREME.sub(said, text)


def with_both_said_apart(text: str) -> str:
    """'jobs that have both a quote and an invoice' -> '... have a quote and have an invoice': each thing said to be
    there, read as the presence it is (not a list of one column's values)."""
    return re.sub(
        r"\b(?P<verb>have|has|had|having|with)\s+both\s+(?P<first>(?:a|an|the)\s+[a-z_-]+(?:\s+[a-z_-]+)?)\s+and\s+(?P<second>(?:a|an|the)\s+[a-z_-]+)",
        lambda m: f"{m['verb']} {m['first']} and {m['verb']} {m['second']}", text,
    )


def with_coming_with_as_with(text: str) -> str:
    """'treatments that come with a withdrawal period' -> 'treatments with ...': having said as coming with (positions
    kept: padded)."""
    return re.sub(r"\b(?:that|which)\s+(?:comes?|came)\s+with\b", lambda m: "with".ljust(len(m[0])), text)


def with_later_as_after(text: str) -> str:
    """'delivered later than the date we promised' -> 'delivered after ...', 'earlier than' -> 'before' (not 'no later
    than', a bound that keeps the day itself). Positions kept: padded to the phrase's length."""
    words = {"later": "after", "sooner": "before", "earlier": "before"}
    return re.sub(r"(?<!\bno\s)\b(later|sooner|earlier)\s+than\b", lambda m: words[m[1]].ljust(len(m[0])), text)


def with_date_of_our_act(text: str) -> str:
    """'the date we promised' -> 'the promised date': a date named by the act a pronoun did, said as the participle
    before it, where the readers of column comparisons look ('after the promised date'). Positions kept."""
    from ai_etl.language.spoken import is_past_verb

    def said(match: re.Match) -> str:
        return f"the {match[3]} {match[1]}".ljust(len(match[0])) if is_past_verb(match[3]) else match[0]

    return re.sub(r"\bthe\s+(date|day|time)\s+(?:that\s+)?(we|they|you|i)\s+([a-z]+ed)\b", said, text)


def with_cubic_metres(text: str) -> str:
    """'cubic metres of logs' -> 'm3 of logs': one unit word, not the length 'metres' (positions kept: padded)."""
    return re.sub(r"\bcubic\s+met(?:re|er)s?\b", lambda m: "m3".ljust(len(m[0])), text)


def with_present_as_currently(text: str) -> str:
    """'on display right now', 'at the moment' -> 'currently': the rows' state now, one word every reader knows
    as wording (positions kept: padded to the phrase's length)."""
    return re.sub(r"\b(?:right\s+now|at\s+the\s+moment|at\s+present|as\s+of\s+(?:now|today))\b", lambda m: "currently".ljust(len(m[0])), text)


def with_idioms_of_state(text: str) -> str:
    """'the batches that are still on the go' -> '... still going', 'the MOTs that came back as a fail' -> '... were a fail':
    the idiom in the words a legend or a missing value's note says ('NULL = batch still going'), positions kept."""
    text = re.sub(r"\bon\s+the\s+go\b", lambda m: "going".ljust(len(m[0])), text)
    text = re.sub(  # 'the dye lots we've marked as seconds', 'jobs flagged as urgent': those that are
        r"\b(?:(?:that|which)\s+)?(?:(?:we|they|you|i)(?:'ve|\s+have|\s+had)?\s+)?(?:marked|flagged|tagged|classed|classified|labelled|labeled)\s+as\b(?!\s+(?:soon|well|much|many|long)\b)",
        lambda m: "that were".ljust(len(m[0])) if len(m[0]) >= 9 else m[0], text,
    )  # fmt: skip
    return re.sub(r"\b(?:came|come|comes)\s+back\s+as\b", lambda m: "were".ljust(len(m[0])), text)  # 'MOTs that came back as a fail': were


def with_nobody_as_never(text: str) -> str:
    """'faults nobody ever opened a work order for' -> 'faults never opened a work order for': an act no one did is
    one the rows never had; 'never once used', 'not once used' -> 'never used' (positions kept: the words are padded to
    their length)."""
    text = re.sub(r"\b(?:nobody|no\s+one|no-one)\s+(?:(?:has|have|had)\s+)?(?:ever\s+)?", lambda m: "never".ljust(len(m[0]) - 1) + " ", text)
    text = re.sub(r"\b(?:never\s+(?:once|ever)|not\s+(?:even\s+)?once)\s+", lambda m: "never".ljust(len(m[0]) - 1) + " ", text)
    return re.sub(r"\b(never|not)\s+(?:actually|really|even)\s+", lambda m: m[1].ljust(len(m[0]) - 1) + " ", text)  # 'never actually booked',
    # 'has not really paid': the emphasis says no act of its own


def with_be_passive(text: str) -> str:
    """'applications that got denied' -> 'that were denied': the get-passive read as the be-passive it means."""
    from ai_etl.language.spoken import is_past_verb

    forms = {"got": "were", "gotten": "been", "get": "are", "gets": "is", "getting": "being"}
    text = re.sub(r"\b(got|gotten|gets|get|getting)(\s+)([a-z]+)\b", lambda m: forms[m[1]] + m[2] + m[3] if is_past_verb(m[3]) else m[0], text)
    # 'invoices that have not been paid (yet)' -> 'that are not paid': the state the perfect leaves the rows in
    return re.sub(r"\b(?:have|has|had)\s+not\s+(?:yet\s+)?been\s+([a-z]+)\b", lambda m: f"are not {m[1]}" if is_past_verb(m[1]) else m[0], text)


def without_do_support(text: str) -> str:
    """'how many lots did we sell' -> 'how many lots we sold': a question's do-support read as the plain past
    tense it asks about, so 'sold' meets the state a legend names ('S = sold'); 'we had to scrap' is what we scrapped.
    Pronoun subjects, and 'each X'."""
    from lemminflect import getInflection

    def past(match: re.Match) -> str:
        forms = getInflection(match[2], "VBD")
        return f"{match[1]} {forms[0]}" if forms and match[2] not in ("not", "never", "n't") else match[0]

    def adverb_first(match: re.Match) -> str:  # 'did we actually take' -> 'actually did we take' (then 'we took')
        classes = word_classes(match[2])
        return f"{match[2]} did {match[1]} " if "ADV" in classes and "VERB" not in classes and match[2] not in ("not", "never") else match[0]

    text = re.sub(r"\bdid\s+(we|they|you|i)\s+([a-z]+)\s+(?=[a-z])", adverb_first, text)
    text = re.sub(r"\bdid\s+(we|they|you|i)\s+([a-z]+)\b", past, text)
    text = re.sub(r"\b(we|they|you|i)\s+had\s+to\s+([a-z]+)\b", past, text)  # 'the batches we had to scrap': the ones we scrapped
    return re.sub(rf"\bdid\s+((?:each|every)(?:\s+of\s+(?:the|our|their))?(?:\s+[a-z_]+){{1,2}}?)\s+([a-z]+)\b(?=\s*(?:$|[?.,;!]|(?:{_AFTER_A_VERB})\b))", past_verb, text)


_AFTER_A_VERB = "in|on|during|per|by|last|this|since|between|from|to|at|over|for|altogether|overall|so|up|out|off|back|down|away|each|every"  # (a particle: "turn down")


def past_verb(match: re.Match) -> str:
    """'did each tanker haul' -> 'each tanker hauled': the do-supported verb of each of a group (its key), where the
    word after the group is a verb in its base form ('did the night shift print' stays: a pronoun or 'each' only)."""
    from lemminflect import getAllLemmas, getInflection

    forms = getInflection(match[2], "VBD")
    base = match[2] in getAllLemmas(match[2]).get("VERB", ())  # 'haul', not 'hauls'
    return f"{match[1]} {forms[0]}" if forms and base and match[2] not in ("not", "never") else match[0]


def with_exclusion_particle_joined(text: str) -> str:
    """'leave the cancelled tickets out' -> 'leave out the cancelled tickets': the particle next to its verb,
    where the readers of exclusions look for it."""
    return re.sub(r"\b(leave|leaving|leaves|left|keep|keeping|keeps|kept)\s+((?:(?!out\b)[a-z_'-]+\s+){1,4}?)out\b(?!\s+of\b)", r"\1 out \2", text)


def with_uncounted_as_excluded(text: str) -> str:
    """'(cancelled orders do not count)', 'no-shows are not counted', 'not counting cancelled ones', 'do not count
    the refunded ones', 'ignoring voided invoices', 'voided ones ignored' -> 'excluding ...': rows said not to count,
    read where the readers of exclusions look."""
    text = re.sub(r"\b(?:not|without)\s+counting\b", "excluding", text)
    # 'ignoring voided invoices', 'ignore cancelled ones', 'disregarding test accounts', 'forget the voided ones', 'skip
    # proposals not reviewed' ('ignoring case' is no rows)
    text = re.sub(
        r"\b(?<!\ba\s)(?<!\bthe\s)(?<!\beach\s)(?<!\bper\s)(?<!\bour\s)(?<!\bevery\s)"  # ('hired a skip': the noun)
        r"(?:ignoring|ignore|disregarding|disregard|omitting|omit|forget(?:ting)?(?:\s+about)?|skip(?:ping)?)\s+(?!(?:the\s+)?(?:letter\s+)?(?:upper\s*|lower\s*)?case\b|(?:any\s+)?(?:spaces|whitespace|punctuation|accents|capitali[sz]ation)\b)",
        "excluding ", text,
    )  # fmt: skip
    text = re.sub(r"(^|[(.;:!?]\s*|,\s*)(?:do|please\s+do)\s+not\s+(?:count|include)\b(?!\s+(?:as|towards?|against)\b)", r"\1excluding", text)
    text = re.sub(  # 'voided invoices ignored', 'test accounts are to be omitted': one clause's rows
        r"(?P<at>^|[(.;:!?]\s*|,\s*)(?!(?:how|what|which|who|why|when|where|i|we|you|they)\b)(?P<rows>(?:[a-z_'-]+\s+)+?)(?:(?:are|is|should\s+be|must\s+be)\s+)?(?:to\s+be\s+)?(?:ignored|omitted|disregarded)(?=\s*(?:[).;:!?,]|$))",
        lambda m: f"{m['at']}excluding {m['rows']}".rstrip(), text,
    )  # fmt: skip
    said = r"(?!(?:how|what|which|who|why|when|where|i|we|you|they)\b)(?P<rows>(?:[a-z_'-]+(?:\s*,\s*(?=[a-z_'\s,-]*?\b(?:and|or)\s)|\s+))+?)"  # (a comma
    # within a list that ends in 'and' / 'or': 'cancelled, refunded and voided orders'; never 'all time, cancelled orders')
    return re.sub(
        rf"(?P<at>^|[(.;:!?]\s*|,\s*){said}(?:(?:do|does|did|should|will|must)\s+not\s+(?:count|be\s+counted|be\s+included)|(?:are|is)\s+not\s+(?:counted|included))\b(?!\s+(?:as|towards?|against)\b)",
        lambda m: m[0] if RELATIVE.search(m["rows"]) else f"{m['at']}excluding {m['rows']}".rstrip(),
        text,
    )  # ('the stock checks where the mechanic did not count the float' is an act of the rows: no rows said not to count)


RELATIVE = re.compile(r"\b(?:where|that|which|who|whose|when|load|copy|pull|bring)\b")


SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
SMALL_NUMBERS = {"a": 1, "an": 1, **ENGLISH_NUMBERS}


def with_numerals(text: str) -> str:
    """Large numbers as digits: '10,000' -> '10000', 'a hundred thousand' -> '100000', '2.5 million' ->
    '2500000', '100k' -> '100000' (a comparison reads digits; 'hundreds of' stays words); an amount in any
    currency as one in dollars ('£500', '€20', '500 ₽' -> '$500'): the column says the currency, not the request."""
    text = re.sub(r"[£€¥₽]\s*(?=\d)", "$", text)
    text = re.sub(r"(?<![\w$])(?<!\bin\s)(\d+(?:[.,]\d+)*)\s*(?:[£€¥₽]|(?:usd|eur|gbp|chf|cad|aud|rub|dollars?|euros?|bucks)\b)", r"$\1", text, flags=re.I)
    text = re.sub(r"\b(?:usd|eur|gbp|chf|cad|aud|rub)\s*(?=\d)", "$", text, flags=re.I)
    text = re.sub(r"\b\d{1,3}(?:,\d{3})+\b", lambda m: m[0].replace(",", ""), text)
    text = re.sub(r"\b(\d+(?:\.\d+)?)k\b", lambda m: _digits(float(m[1]) * 1_000), text)
    count = "|".join(SMALL_NUMBERS)
    scale = "|".join(SCALES)

    def spoken(m: re.Match) -> str:
        value = float(m[1]) if m[1][0].isdigit() else SMALL_NUMBERS[m[1]]
        for word in (m[2], m[3]):
            value *= SCALES[word] if word else 1
        return _digits(value)

    text = re.sub(rf"\b(\d+(?:\.\d+)?|{count})\s+({scale})\b(?:\s+({scale})\b)?", spoken, text)
    return _COMPARED_NUMBER_WORD.sub(lambda m: f"{m[1]} {ENGLISH_NUMBERS[m[2]]}", text)


# 'more than ten bowlers' compares with 10 ('at least one paper' says there is one: no number of a column)
_COMPARED_NUMBER_WORD = re.compile(
    r"\b(more than|fewer than|less than|at least|at most|no more than|no fewer than|over|under|above|below|exactly)\s+"
    rf"({'|'.join(sorted(set(ENGLISH_NUMBERS) - {'one'}, key=len, reverse=True))})\b(?!\s+(?:times|of)\b)"
)


_UPWARD = {"more", "higher", "greater", "above", "over", "bigger", "larger", "longer"}
_DOWNWARD = {"less", "fewer", "lower", "below", "under", "smaller", "shorter"}


def with_bounds_fronted(text: str) -> str:
    """'500 litres or more', '3 or more visits', '0.5% abv or higher' -> 'at least 500 litres', 'at least 3 visits',
    'at least 0.5% abv': an inclusive bound said after its number, said before it as every comparison is read ('came in
    at 6% or higher' -> 'came in at least 6%')"""
    count = "|".join(n for n in SMALL_NUMBERS if n not in ("a", "an"))
    bound = "|".join(sorted(_UPWARD | _DOWNWARD))

    def fronted(m: re.Match) -> str:
        return f"{'at least' if m['dir'] in _UPWARD else 'at most'} {m['n']}{m['words']}"

    said = rf"(?<![\w.])(?:at\s+)?(?P<n>\$?\d+(?:\.\d+)?%?|(?:{count})\b)(?P<words>(?:\s+(?!or\b)[a-z%]+){{0,2}})\s+or\s+(?P<dir>{bound})\b(?!\s+than\b)"
    return re.sub(said, fronted, text)


NOT_ADJECTIVES = {"of", "the", "a", "an", "and", "or", "with", "for", "in", "on", "to", "by", "all", "any", "some", "number",
                  "count", "total", "many", "much", "their", "its", "each", "every", "per", "from", "than"}  # fmt: skip


def with_plain_grouping(text: str) -> str:
    """'how does X vary across different categories', 'differ by continent', 'change over the years':
    X by category, by continent, by year; 'the count plus the total' lists two things. And 'positive reviews (rating > 3)': the adjective a
    parenthesis defines says nothing more than the condition in it."""
    text = re.sub(
        r"\b(?:vary|varies|differ|differs|change|changes|evolve|evolves)\s+(?:across|by|between|among|over|for|with)\s+(?:the\s+)?(?:different\s+|various\s+)?",
        "by ", text,
    )  # fmt: skip
    text = re.sub(r"\btop[\s-]*(\d+)\b", r"top \1", text)  # 'top-10', 'Топ-10'
    text = with_most_asked_as_top(text)
    text = re.sub(r"\b(?:sitting|standing|lying)\s+(?=(?:un[a-z]+|empty|idle|vacant|outstanding|overdue|open|pending)\b)", "", text)  # 'barrels
    # sitting empty': barrels that are empty; 'invoices still sitting outstanding': outstanding ones
    text = re.sub(r"\bbreak(?:s|ing)?\s+down\s+", "", text)  # 'break down orders by status': orders by status
    text = re.sub(r"\b(?:broken|split)\s+(?:down|out)\s+(?=by\b|per\b)", "", text)  # 'payments, broken down by method'
    text = re.sub(r"\b(?:ended|end|ends|ending|wound|wind|winds)\s+up\s+(?=[a-z]+(?:ed|en)\b)", "were ", text)  # 'ended up cancelled'
    # 'what percentage of each show's subscriptions were cancelled': of the subscriptions per show, those that were
    text = re.sub(r"\b(percentage|percent|share|proportion|fraction)\s+of\s+each\s+([a-z_]+)['’]s?\s+([a-z_]+)\b", r"\1 of \3 per \2 that", text)
    text = re.sub(r"\b(bring|brought|copy|copied|move|moved|send|sent|ship|carry|pull|push)\s+over\b", r"\1", text)  # 'bring over the tenants': no comparison
    text = re.sub(r"\binside\s+(?=each\b|every\b)", "in ", text)  # 'inside each region'
    text = re.sub(r"\b((?:each|every|per)\s+(?:day|week|month|quarter))\s+(?=(?:19|20)\d{2}\b)", r"\1 of ", text)  # 'each month 2025'
    text = re.sub(r"\b(date|day|time|week|month)\s+(?:each|every)\s+(?=[a-z]+\s+(?:was|were|got|is|are)\s+[a-z]+(?:ed|en|id|nt)\b)", r"\1 the ", text)  # 'by
    # the date each fee was paid': which date, no group per fee
    text = re.sub(EACH_OF_THE_YEARS, _per_year_of_the_span, text) if re.search(r"\bhow\s+(?:many|much)\b|\b(?:number|total|count|average|sum)\b", text) else text
    text = re.sub(r"\bhead[\s-]?counts?\b", "number of people", text)  # 'headcount per office': the people counted
    text = re.sub(r"\bplus\s+(?=(?:the|their|its|also|a|an)\b)", "and ", text)  # 'the number of orders plus the total amount'
    defined = r"\b(?P<adj>[a-z]+)\s+(?P<rest>[a-z]+\s*\((?=[^()]*(?:[<>=]|\b(?:above|below|over|under)\b)[^()]*\)))"
    return re.sub(defined, lambda m: m[0] if m["adj"] in NOT_ADJECTIVES else m["rest"], text)


# 'in each of 2024, 2025 and 2026': a number per year, over those years (asked of a count or an amount only: 'which customers
# had a job in each of 2024, 2025 and 2026' asks for those in all three)
EACH_OF_THE_YEARS = re.compile(r"\b(?:in|for|during)\s+each\s+of\s+(?:the\s+years\s+)?((?:(?:19|20)\d{2}\s*,\s*)*(?:19|20)\d{2}),?\s+and\s+((?:19|20)\d{2})\b")


def _per_year_of_the_span(match: re.Match) -> str:
    years = [int(y) for y in re.findall(r"\d{4}", match[1])] + [int(match[2])]
    if years != list(range(years[0], years[0] + len(years))):
        return match[0]  # ('each of 2019 and 2024': two years apart, no span)
    return f"per year between {years[0]} and {years[-1]}"


_MONEY_ACTS = r"paid|spent|billed|invoiced|charged"
# 'which days are busiest? For each weekday, give me how many': every group is asked, the busiest one read from the list
EACH_GROUP_ASKED = re.compile(r"\b(?:for|in)\s+(?:each|every)\s+[a-z]+\b(?!\s+(?:of\s+)?(?:19|20)\d{2}\b)")


def with_most_asked_as_top(text: str) -> str:
    """'which 10 parts have we sold the most of, by quantity' -> 'the top 10 parts by quantity sold'; 'the 5 clients who
    have paid us the most money (in total)' -> 'the top 5 clients by total amount paid': a ranking asked as a question or
    a clause, said as the ranking every reader reads."""
    text = re.sub(
        r"\b(?:which|what)\s+(\d+)\s+([a-z_]+(?:\s+[a-z_]+)?)\s+(?:have|has|had|did|do)\s+(?:we|they|you)\s+([a-z]+)\s+the\s+most(?:\s+of)?\s*,?\s+by\s+([a-z_]+(?:\s+[a-z_]+)?)(?=\s*(?:$|[?.!,;]))",
        lambda m: f"the top {m[1]} {m[2]} by {m[4]} {m[3]}" if is_past_verb(m[3]) else m[0], text,
    )
    text = re.sub(
        rf"\b(?:the\s+)?(\d+)\s+([a-z_]+)\s+(?:who|that|which)\s+(?:have\s+|has\s+)?({_MONEY_ACTS})\s+(?:us\s+)?the\s+most(?:\s+money)?(?:\s+in\s+total)?\b",
        r"the top \1 \2 by total amount \3", text,
    )
    # 'the busiest day of the week for tee bookings', 'which weekdays are busiest for lessons': the one with the most of them
    group, rows = r"(?P<group>(?:[a-z]+\s+){0,3}?[a-z]+)", r"\s+for\s+(?=(?:our\s+|the\s+)?[a-z_-]+)"
    for said in (
        rf"\b(?:(?:what|which)\s+(?:is|was|are|were)\s+)?(?:the|our)\s+(?P<adj>busiest|quietest)\s+{group}{rows}",
        rf"\b(?:^|(?<=[:;,.]\s))(?P<adj>busiest|quietest)\s+{group}{rows}",
        rf"\bwhich\s+{group}\s+(?:is|are|was|were)\s+(?:the\s+)?(?P<adj>busiest|quietest){rows}",
    ):
        text = re.sub(said, lambda m: m[0] if EACH_GROUP_ASKED.search(m.string, m.end()) else f"which {m['group']} had the {'most' if m['adj'] == 'busiest' else 'fewest'} ", text)
    # 'our five biggest customers by the value of their work', 'the 5 busiest translators in 2025, going by the words they
    # delivered': a ranking said by an adjective and what it goes by, as 'top N ... by'
    count = "|".join(["\\d+", *(w for w in SMALL_NUMBERS if w not in ("a", "an"))])
    ranked = re.sub(
        rf"\b({count})\s+(?:biggest|best|largest|busiest|leading|highest|most\s+valuable|(?:best|highest|biggest|top)[\s-](?:paying|spending|selling|earning))\s+"
        r"(?=[a-z_]+(?:\s+[a-z_]+)?(?:\s+(?:in|during|of|for)\s+\S+)?\s*,?\s+(?:by|going\s+by|based\s+on|ranked\s+by|judged\s+by|in\s+terms\s+of)\b)",
        r"top \1 ", text,
    )
    return re.sub(rf"(\btop\s+(?:{count})\s+[^,.;?!]*?),?\s+(?:going\s+by|based\s+on|ranked\s+by|judged\s+by)\b", r"\1 by", ranked) if ranked != text else text


def _digits(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def without_article(phrase: str) -> str:
    """'the patient' -> 'patient': a legend's name for a code may open with an article, which no table's name has."""
    return re.sub(r"^(?:the|an?)\s+", "", phrase)


def singular(word: str) -> str:
    """English singular, good enough for table and column names."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ses") and (known := _noun_lemma(word.rsplit(" ", 1)[-1])):
        return word[: word.rfind(" ") + 1] + known  # 'courses' -> 'course', 'addresses' -> 'address'
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    if word.isalpha() and (irregular := _irregular_plural_of(word)):
        return irregular  # 'children' -> 'child', 'mice' -> 'mouse'
    return word


@functools.cache
def _irregular_plural_of(word: str) -> str | None:
    """The singular of an irregular English plural ('children', 'men', 'criteria'); None for a word
    the lexicon also knows as a singular ('staff', 'media', 'data')."""
    from lemminflect import getAllLemmas

    found = getAllLemmas(word).get("NOUN") or ()
    return found[0].lower() if found and word not in found else None


@functools.cache
def _irregular_plural(word: str) -> str | None:
    """The lexicon's plural of a noun whose plural is not made with -s ('children', 'mice', 'criteria', 'wolves')."""
    from lemminflect import getInflection

    forms = getInflection(word, "NNS")
    first = forms[0].lower() if forms else word
    return first if first != word and (not first.endswith("s") or first.endswith("ves")) else None


@functools.cache
def _noun_lemma(word: str) -> str | None:
    """The dictionary's singular of an English noun; None for words the lexicon does not know."""
    from lemminflect import getAllLemmas

    found = getAllLemmas(word).get("NOUN")
    return found[0].lower() if found else None


def plural(word: str) -> str:
    head = word.rsplit(" ", 1)[-1]
    if head.isalpha() and (irregular := _irregular_plural(head)):
        return word[: len(word) - len(head)] + irregular  # 'child' -> 'children', 'staff member' stays regular
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9_]+", text.lower())


def snake(text: str) -> str:
    """'line total' -> 'line_total' (an identifier, never empty)."""
    name = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    return name if name and not name[0].isdigit() else f"c_{name}"


# Nouns of a visit or job that the act done in it names ('tuning visits' are tunings, 'sweep appointments' sweeps).
EVENT_NOUNS = {"visit", "job", "appointment", "session", "call", "callout", "booking"}


# Words that name a kind of data but not a table; they say "the table you mean" (customer data).
DATA_NOUNS = {"data", "records", "rows", "table", "tables", "information", "info", "dataset", "details", "figures", "stats", "statistics"}


# Words a table's name ends with that say how it is kept, not what a row is: `play_event` rows are plays.
TABLE_SUFFIXES = {"dim", "fact", "tbl", "table", "log", "logs", "data", "info", "details", "detail", "history", "list", "master",
                  "record", "records", "entry", "entries", "event", "events", "stats", "lookup", "ref", "map", "mapping", "xref", "hdr", "header", "headers",
                  "mst", "mstr"}  # fmt: skip


def table_aliases(table: str, called: tuple[str, ...] = ()) -> dict[str, int]:
    """Phrases that name `table`, with a strength: 3 = its name, 2 = its head noun, a synonym of its name or a
    name its comment calls it by (`called`: 'apartment buildings', 'buildings'), 1 = another part of it or a
    synonym of a part."""
    aliases = _table_aliases(table, called, own_abbreviations(table))
    marker, _, rest = table.partition("_")
    if marker in TABLE_MARKERS and rest:  # `tbl_tee_bkg` is said 'tee bookings', as `tee_bkg` would be
        aliases = {**{a: s for a, s in _table_aliases(rest, (), own_abbreviations(table)).items() if s == 3}, **aliases}
    return aliases


TABLE_MARKERS = {"tbl", "tb", "table", "dim", "fact"}  # a prefix that says the name is a table's, no word of it


@functools.cache
def _table_aliases(table: str, called: tuple[str, ...], own: tuple[tuple[str, str], ...]) -> dict[str, int]:
    expanded = {**ABBREVIATIONS, **dict(own)}
    spaced = table.replace("_", " ")
    aliases = {table: 3, spaced: 3, singular(spaced): 3, plural(spaced): 3}
    for name in called:
        for said in (name, singular(name), plural(singular(name))):
            aliases.setdefault(said, 2)
            if "-" in said:  # 'call-outs' is said 'callouts' and 'call outs' too
                aliases.setdefault(said.replace("-", ""), 2)
                aliases.setdefault(said.replace("-", " "), 2)
        if len(words_ := singular(name).split()) > 1:  # 'late cancellation fees' of 'Late cancellation charges': the head's synonym
            for word in synonyms(words_[-1]) - {words_[-1]}:
                aliases.setdefault(" ".join([*words_[:-1], word]), 2)
                aliases.setdefault(plural(" ".join([*words_[:-1], word])), 2)
        if len(words_) == 2 and words_[1] in EVENT_NOUNS and words_[0].endswith("ing") and verb_lemma(words_[0]):
            aliases.setdefault(plural(words_[0]), 2)  # 'tuning visits' are tunings: the act is the row (never 'prints' of 'print jobs')
    parts = table.split("_")
    if len(parts) == 1 and len(pieces := word_pieces(table, tuple(expanded.keys() - ABBREVIATIONS.keys()))) > 1 and any(piece in expanded for piece in pieces):
        spelled = " ".join(expanded.get(piece, piece) for piece in pieces)  # `chkin` is the check-ins
        for said in (spelled, spelled.replace(" ", "-")):
            aliases.update({said: 3, plural(said): 3})
    if any(part in expanded for part in parts):  # `maint_log` is the maintenance log
        spelled = " ".join(expanded.get(part, part) for part in parts)
        aliases.update({spelled: 3, plural(spelled): 3})
        parts = [*parts, *(expanded[part] for part in parts if part in expanded)]
    if len(parts) > 1:  # the head noun names the table before a word qualifying it: `podcast_show` is a show, `show_review` not
        named = [p for p in table.split("_") if p not in TABLE_SUFFIXES] or table.split("_")
        head = {named[-1], expanded.get(named[-1], named[-1])}
        for part in parts:
            if is_past_verb(part) and "NOUN" not in word_classes(part):
                continue  # `gf_paid` is named by no 'paid': 'the tabs members haven't paid' are no green fees
            if part in FUNCTION_WORDS:
                continue  # `buy_in` is no 'in': 'bring in the titles' names the titles
            strength = 2 if part in head else 1
            for said in (part, singular(part), plural(singular(part))):
                aliases.setdefault(said, strength)
        if len(named) > 1 and (doing := verb_forms(named[0], "VBG")):  # `bind_run` is a binding run
            said = " ".join([doing[0], *named[1:]])
            aliases.update({said: 3, plural(said): 3})
        if (acts := verb_forms(named[-1], "VBG")) and len(named) > 1:  # `meter_read` rows are "readings"
            aliases.setdefault(f"{acts[0]}s", 2)
            aliases.setdefault(acts[0], 2)  # 'the latest reading'

    # a table is also called by the words of its name's synonym groups ('papers' for `publication`,
    # 'payments' for `sales_transactions`, 'clients' for `customers`)
    for part in [singular(spaced), *(singular(part) for part in parts if len(parts) > 1)]:
        strength = 2 if part == singular(spaced) else 1  # a synonym of the whole name before one of a part
        for word in synonyms(part) - {part}:
            aliases.setdefault(word, strength)
            aliases.setdefault(plural(word), strength)
    return aliases


# `first_name` is not "the first": words that qualify a person's or thing's name rather than name a thing
NAME_MODIFIERS = {"first", "last", "full", "middle", "given", "family", "display", "nick", "user", "file", "short", "long", "legal"}


# Units a column name may end in: the name without them is what people call the quantity.
UNITS = {
    "minutes", "minute", "mins", "min", "seconds", "secs", "sec", "s", "hours", "hrs", "hr", "h", "days", "ms", "km", "kms", "m", "cm",
    "mm", "mi", "miles", "meters", "metres", "kg", "kgs", "g", "lbs", "lb", "tons", "usd", "eur", "gbp", "cents",
    "pct", "percent", "bytes", "kb", "mb", "gb", "sqkm", "sqm", "liters", "litres", "celsius", "fahrenheit", "ha", "hectare", "hectares", "acre", "acres",
    "mg", "mcg", "ml", "l", "gal", "oz", "ft", "sqft", "yd", "m2", "m3", "kw", "kwh", "mwh", "wh", "w", "hz", "mph", "kmh",
    "litre", "liter", "millilitre", "milliliter", "hectolitre", "hectoliter", "gallon", "tonne", "ton", "kilogram", "gram",
    "pound", "metre", "meter", "kilometre", "kilometer", "mile",  # the lemmas of spoken names (`vol_l` is a volume, in litres)
}  # fmt: skip


def column_aliases(column: str) -> list[str]:
    """'unit_price' -> ['unit_price', 'unit price', 'unit prices']; 'is_active' -> [..., 'active']."""
    spaced = column.replace("_", " ")
    names = [column, spaced, plural(spaced)]
    for prefix in ("is_", "has_"):
        if column.startswith(prefix):
            names.append(column[len(prefix) :].replace("_", " "))
    words_ = column.split("_")
    head = " ".join(words_[:-1])
    if len(words_) > 1 and "name" in (words_[-1], abbreviations_of(column).get(words_[-1])) and head and words_[-2] not in NAME_MODIFIERS:
        names += [head, plural(head)]  # `country_name` is what people call "the country", `drug_nm` "the drug"
    if len(words_) == 2 and all(w.isalpha() for w in words_) and words_[1] not in UNITS:  # `food_type` is "the type of food"
        names += [f"{words_[1]} of {words_[0]}", f"{words_[1]} of {plural(words_[0])}", f"{plural(words_[1])} of {words_[0]}"]
    if len(words_) > 1 and words_[-1] in UNITS:  # `delay_minutes` is "the delay", `distance_km` "the distance"
        measured = " ".join(words_[:-1])
        names += [measured, plural(measured)]
    for kind, said in COMPOUND_NAMES.items():  # `email` is "the email address", `phone` "the phone number"
        if words_[-1] == kind:
            names += [f"{spaced} {said}", plural(f"{spaced} {said}")]
    return names


# What people add to the name of a kind of contact detail ('email address', 'phone number').
COMPOUND_NAMES = {"email": "address", "mail": "address", "phone": "number", "telephone": "number", "mobile": "number", "zip": "code", "postal": "code"}



def holds_weekday_names(values: list[str]) -> bool:
    """A column whose values are names of days of the week ('Monday', 'tue', ...): what 'each day of the week' groups by;
    never names that mention one ('Monday Mixed 25/26', a league)."""
    days = {d.lower() for d in (*calendar.day_name, *calendar.day_abbr)} | {"tues", "weds", "thur", "thurs"}
    named = [v for v in values if v.strip().lower().rstrip(".") in days]
    return len({v.strip().lower()[:3] for v in named}) >= 3 and len(named) == len(values)


# Verbs that state a quantity of their subject ('tickets that cost more than 280'): the words of the columns
# that hold it, in the order the verb means them (English, no schema's names).
VERB_QUANTITIES = {
    "cost": ("price", "cost", "fee", "fare", "amount"), "weigh": ("weight",), "last": ("duration", "length"),
    "earn": ("salary", "income", "earnings", "revenue"), "pay": ("salary", "pay", "wage", "income"),
    "score": ("score", "rating"), "measure": ("size", "length", "area"), "carry": ("payload", "capacity", "load"),
    "hold": ("capacity",), "seat": ("seats", "capacity"), "sleep": ("capacity", "beds"), "travel": ("distance",),
    "run": ("duration", "distance"), "take": ("duration",),
}  # fmt: skip


def verb_quantities(word: str) -> tuple[str, ...]:
    """The quantities a verb states ('costs', 'weighing', 'paid' -> price, weight, salary), from its lemma."""
    from ai_etl.language.spoken import verb_lemma

    return VERB_QUANTITIES.get(word) or VERB_QUANTITIES.get(verb_lemma(word) or "", ())


# Units said in words and the suffixes a column name writes them with ('area_sqm' is in square metres).
SPOKEN_UNITS = {
    r"square\s+met(?:re|er)s?|sq\.?\s*m|m2": ("sqm", "m2"), r"square\s+kilomet(?:re|er)s?|sq\.?\s*km|km2": ("sqkm", "km2"),
    r"square\s+(?:feet|foot)|sq\.?\s*ft": ("sqft",), r"kilomet(?:re|er)s?": ("km",), r"met(?:re|er)s?": ("m",),
    r"kilograms?|kilos?": ("kg",), r"minutes?": ("min", "mins", "minutes"), r"hours?": ("h", "hrs", "hours"),
}  # fmt: skip


def with_unit_suffixes(text: str, column_names: list[str]) -> str:
    """'per square metre' -> 'per sqm' where a column is written in that unit (`area_sqm`), so the
    words name the column that holds the quantity."""
    for said, suffixes in SPOKEN_UNITS.items():
        used = next((s for s in sorted(suffixes, key=len, reverse=True) if any(name.split("_")[-1] == s for name in column_names)), None)
        if used:  # the suffix the schema writes ('hours' stays 'hours' where a column is `hours`)
            text = re.sub(rf"\b(?:{said})\b", used, text)
    return text


def without_nightly_adjective(text: str, columns: list[str]) -> str:
    """'the nightly base rate' is a price per night, not a schedule: the adjective goes, as the schedule
    reading ignores it ('nightly at 1am', 'refresh it nightly' stay), unless a column is named with it
    (`nightly_fee`)."""

    def drop(match: re.Match) -> str:
        return match[0] if f"nightly_{match[1]}" in columns else ""

    return re.sub(r"\bnightly\s+(?!(?:at|on|in|from|to|and|or|by|utc)\b)(?=([a-z]+))", drop, text)


# words that join clauses; a name list or a column phrase ends at one
STOP = {
    "for", "from", "with", "in", "to", "into", "where", "only", "loaded", "load", "run", "every", "and", "then",
    "refreshed", "updated", "daily", "hourly", "weekly", "monthly", "on", "at", "of", "the", "a", "an", "i",
    "using", "as", "that", "which", "who", "keeping", "calculating", "computing", "counting", "summing",
}  # fmt: skip
