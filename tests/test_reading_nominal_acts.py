"""Acts said as nouns ('failures', 'cancellations', 'withdrawals', 'attendance'), over the schemas made up for
the inclusion and phrasal-verb tests (a bakery's orders coded 'X = cancelled', a conference's RSVPs coded
'A = attended, W = withdrawn'): the noun is the rows whose code names the act. Before, each such noun was
left unplaced. A noun that names something else with the word after it ('cancellation rate') is not read so."""

from __future__ import annotations

import pytest
from test_reading_inclusions import BAKERY
from test_reading_phrasal_codes import ATTENDED
from written_spec import filters, written_spec

from ai_etl.language.nominal_acts import act_nouns


@pytest.mark.parametrize(
    ("verb", "nouns"),
    [("fail", {"failure"}), ("cancel", {"cancellation", "cancelation"}), ("attend", {"attendance"}), ("complete", {"completion"}),
     ("approve", {"approval"}), ("terminate", {"termination"}), ("pass", set()), ("refund", set())],
)  # fmt: skip
def test_the_nouns_of_an_act_are_derived_words_the_lexicon_knows(verb, nouns):
    assert act_nouns(verb) == nouns


@pytest.mark.parametrize(
    ("catalog", "request_text", "condition", "table"),
    [
        (BAKERY, "Number of cancellations per cafe", "order_st = 'X'", "whs_order"),
        (BAKERY, "Cafes with more than 3 cancellations", "isNotNull(cafe_id) and order_st = 'X' and whs_order_count > 3", "whs_order"),
        (ATTENDED, "Number of withdrawals per talk", "outcome_cd = 'W'", "guest_rsvp"),
        (ATTENDED, "Total attendance per talk", "outcome_cd = 'A'", "guest_rsvp"),
        (ATTENDED, "Load the withdrawals", "outcome_cd = 'W'", "guest_rsvp"),
    ],
)
def test_an_act_said_as_a_noun_is_the_rows_coded_for_it(tmp_path, catalog, request_text, condition, table):
    spec, gaps = written_spec(request_text, catalog, tmp_path)
    assert gaps == [] and filters(spec) == condition and spec["source"]["table"] == table, (spec, gaps)


def test_a_noun_naming_something_else_is_not_the_act(tmp_path):
    spec, gaps = written_spec("Cancellation rate per cafe", BAKERY, tmp_path)
    assert gaps or "order_st = 'X'" not in filters(spec)
