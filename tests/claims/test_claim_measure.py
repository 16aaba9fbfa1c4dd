"""What an amount is for: the measure phrase, in wordings and areas the corpus does not have."""

import pytest

from pipeline.extract import Extractor
from pipeline.io import make_document


@pytest.fixture(scope="module")
def extractor():
    return Extractor("blank")


def measure(extractor, text, date="2021-03-01"):
    records = [r for r in extractor.extract(make_document("t", text, {"date": date})) if r["kind"] != "measure"]
    m = records[0]["measure"]
    return m and m["text"]


@pytest.mark.parametrize("text, want", [
    ("Fylket vil bruke 40 millioner kroner de neste tre årene på nye busser.", "nye busser"),
    ("Venstre vil bruke 200 millioner kroner mer enn regjeringen på kollektivtrafikk.", "kollektivtrafikk"),
])
def test_the_phrase_after_an_amount_may_follow_a_time_or_a_comparison(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text", [
    "Kreftforeningen har beregnet at det trengs 300 millioner kroner årlig.",
    "Høyre vil sette av 2 milliarder kroner.",
])
def test_the_agent_is_never_the_measure(extractor, text):
    assert measure(extractor, text) not in ("Kreftforeningen", "Høyre")


@pytest.mark.parametrize("text, want", [
    ("Partiet vil øke stipendet til 3 000 kroner i måneden.", "øke stipendet"),
    ("- styrke bostøtten til 5 milliarder kroner", "styrke bostøtten"),
])
def test_the_object_of_a_verb_before_til_amount(extractor, text, want):
    """The verb and its object, as the seed gold writes "styrke allmennlegetjenesten"."""
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Det nye badeanlegget finansieres av fylket med 30 millioner kroner.", "Det nye badeanlegget"),
    ("Helsedirektoratet anslår at den nye ordningen vil koste 200 millioner kroner.", "den nye ordningen"),
    ("Kommunen varslet at skolebyggingen vil koste 80 millioner kroner.", "skolebyggingen"),
])
def test_the_subject_of_a_passive_or_of_a_reported_clause(extractor, text, want):
    assert measure(extractor, text) == want
