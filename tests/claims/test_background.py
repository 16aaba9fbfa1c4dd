"""Counts that describe the situation are no claims (pipeline/claims/background.py): the learned test
drops them, keeps counts a measure acts on, and never touches money or one end of a change; of money, only
what a stock was or is is dropped."""

import pytest

from pipeline.claims import background
from pipeline.claims.background import count_features, is_background
from tests.claims.helpers import amount_records

BACKGROUND = [
    "Rundt 1 800 fiskefartøy leverer i dag fangst til anleggene i Finnmark.",
    "Om lag 18 prosent av innbyggerne i kommunen er over 67 år.",
    "Belegget ved sykehjemmet lå i fjor på over 98 prosent.",
]
CLAIMS = [
    ("Kommunen skal opprette 25 nye barnehageplasser på Fana neste år.", "25 nye barnehageplasser"),
    ("Regjeringen vil ansette 300 nye politifolk i 2025.", "300 nye politifolk"),
    ("Fylket kutter 40 stillinger i den videregående skolen.", "40 stillinger"),
    ("Høyre vil øke andelen til 60 prosent innen 2027.", "60 prosent"),
]


def amounts(extractor, text):
    return [r["amount"]["text"] for r in amount_records(extractor, f"Budsjettet\n\n{text}", "2024-10-10")]


@pytest.mark.parametrize("text", BACKGROUND)
def test_a_count_that_describes_the_situation_is_no_claim(extractor, text):
    assert amounts(extractor, text) == []


@pytest.mark.parametrize("text", BACKGROUND)
def test_the_component_keeps_background_counts_when_told_to(text):
    from pipeline.extract import Extractor

    extractor = Extractor("blank")
    extractor.nlp.get_pipe("claims_claims").background_counts = False
    assert len(amounts(extractor, text)) == 1


@pytest.mark.parametrize("text, amount", CLAIMS)
def test_a_count_a_measure_acts_on_stays(extractor, text, amount):
    assert amounts(extractor, text) == [amount]


def record(kind="quantity", change_id=None):
    text = "Budsjettet\n\nRundt 1 800 fiskefartøy leverer i dag fangst."
    start = text.index("Rundt")
    return text, {"kind": kind, "change_id": change_id,
                  "amount": {"start": start, "end": start + 23, "text": text[start:start + 23], "unit": "fiskefartøy",
                             "qualifier": "approx"},
                  "evidence": {"start": start, "end": len(text), "text": text[start:]},
                  "measure": None, "actor": None, "time": {"inherited": True}}


def test_features_name_the_unit_what_the_record_found_and_the_words_around():
    text, rec = record()
    features = count_features(text, rec)
    assert {"u=fiskefartøy", "q=approx", "m=none", "act=none", "time=inh", "aw=rundt", "a=leverer", "idag=1",
            "item=0"} <= set(features)
    assert not [f for f in features if f.startswith("b=")]  # the count opens its sentence


def test_money_and_the_ends_of_a_change_are_never_background_for_the_learned_test():
    text, rec = record()
    assert is_background(text, rec)
    assert not is_background(text, {**rec, "kind": "money"})
    assert not is_background(text, {**rec, "change_id": "abc"})


def test_without_a_weights_file_nothing_is_background(monkeypatch, tmp_path):
    monkeypatch.setattr(background, "WEIGHTS", tmp_path / "none.json")
    background.model.cache_clear()
    try:
        text, rec = record()
        assert not is_background(text, rec)
    finally:
        background.model.cache_clear()


@pytest.mark.parametrize("text", [
    "Ved utgangen av 2023 var lånegjelden til kommunen 640 millioner kroner.",
    "Næringsfondet er på om lag 12 millioner kroner i dag.",
    "I 2022 hadde helseforetaket et underskudd på 64 millioner kroner.",
])
def test_what_a_stock_of_money_was_or_is_is_no_claim(extractor, text):
    assert amounts(extractor, text) == []


@pytest.mark.parametrize("text", [
    "Lånegjelden ventes å øke til 700 millioner kroner ved utgangen av 2027.",
    "Kommunen setter av 5 millioner kroner til næringsfondet, som i fjor var tomt.",
])
def test_a_stock_ahead_or_money_put_into_one_stays_a_claim(extractor, text):
    assert len(amounts(extractor, text)) == 1
