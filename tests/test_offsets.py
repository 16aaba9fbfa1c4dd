"""Offsets and lookups shared by the stages (pipeline.offsets)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.claims.measures import policy_verb_regex
from pipeline.nlp import build_nlp
from pipeline.offsets import search_in, token_range

NLP = build_nlp("blank", components=())
WORDS = ["øke", "økes", "styrke", "innføre", "gjeninnføre", "bevilge", "skolen", "vil", "ikke", " ", "  ", "\n",
         ".", ",", "-", "Regjeringen", "øker", "innføres.", "styrkes-", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30), st.data())
def test_search_in_gives_the_search_of_the_range(parts, data):
    text = "".join(parts)
    doc = NLP.make_doc(text)
    pattern = policy_verb_regex()
    for _ in range(5):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        got = search_in(doc, pattern, start, end)
        want = pattern.search(text, start, end)
        assert (got and got.span()) == (want and want.span())


def test_search_in_with_a_match_that_straddles_the_range():
    doc = NLP.make_doc("Vi vil gjeninnføre ordningen.")
    pattern = policy_verb_regex()
    assert search_in(doc, pattern, 0, 29).group() == "gjeninnføre"
    assert search_in(doc, pattern, 10, 29) is None is pattern.search(doc.text, 10, 29)  # inside a word
    assert search_in(doc, pattern, 7, 12) is None is pattern.search(doc.text, 7, 12)  # cut short: no verb
    assert search_in(doc, pattern, 7, 19).group() == "gjeninnføre"


@pytest.mark.parametrize("start,end,expected", [(0, 6, (0, 1)), (11, 22, (2, 4)), (3, 13, (0, 3))])
def test_token_range_covers_partial_tokens(start, end, expected):
    doc = NLP.make_doc("Staten gir 5 millioner til et senter.")
    assert token_range(doc, start, end) == expected
