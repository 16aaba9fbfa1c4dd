"""Claim windows: which sentences the model runs on, decided before it runs (pipeline.windows)."""

import pytest

from pipeline.extract import Extractor
from pipeline.io import Document
from pipeline.windows import claim_windows, window_chars


@pytest.fixture(scope="module")
def extractor():
    return Extractor("blank")


def window_texts(extractor, text: str) -> list[str]:
    """The windows the rule stages decide for a text (rules only: claim_windows itself)."""
    doc = extractor.process(Document(id="t", text=text, date="2021-10"))
    return [doc.text[s:e] for s, e in window_chars(doc, claim_windows(doc))]


def test_a_sentence_with_an_amount_is_a_window_its_neighbour_without_names_is_not(extractor):
    text = "Været var fint i helgen.\n\nKommunen får 30 millioner kroner til skolen. Det var ventet."
    assert window_texts(extractor, text) == ["Kommunen får 30 millioner kroner til skolen."]


def test_earlier_sentences_of_the_paragraph_with_a_name_are_context(extractor):
    text = "Ordfører Kari Nordmann var fornøyd. Hun vil bruke 30 millioner kroner på veier."
    assert window_texts(extractor, text) == [
        "Ordfører Kari Nordmann var fornøyd.",
        "Hun vil bruke 30 millioner kroner på veier.",
    ]


def test_a_paragraph_above_is_not_context(extractor):
    text = "Ordfører Kari Nordmann var fornøyd.\n\nHun vil bruke 30 millioner kroner på veier."
    assert window_texts(extractor, text) == ["Hun vil bruke 30 millioner kroner på veier."]


def test_the_rest_of_a_quote_line_holds_the_speaker(extractor):
    text = "– Vi setter av 50 millioner kroner. Det haster, sier statsråd Ola Hansen."
    assert window_texts(extractor, text) == [
        "– Vi setter av 50 millioner kroner.",
        "Det haster, sier statsråd Ola Hansen.",
    ]


def test_outside_a_quote_the_rest_of_the_line_is_not_context(extractor):
    text = "Kommunen setter av 50 millioner kroner. Det skjer etter krav fra Statens vegvesen."
    assert window_texts(extractor, text) == ["Kommunen setter av 50 millioner kroner."]


def test_only_the_sentence_naming_the_speaker_is_context_for_a_quote(extractor):
    text = ("– Vi setter av 50 millioner kroner. Det haster, sier kommunaldirektør Ola Hansen fra Bergen "
            "kommune til lokalavisen i går. Han møter Kari Nordmann i Oslo i morgen.")
    assert window_texts(extractor, text) == [
        "– Vi setter av 50 millioner kroner.",
        "Det haster, sier kommunaldirektør Ola Hansen fra Bergen kommune til lokalavisen i går.",
    ]


def test_an_earlier_sentence_is_context_only_when_it_can_name_a_person_in_full(extractor):
    text = "Møtet fant sted i Bergen. Hun vil bruke 30 millioner kroner på veier."
    assert window_texts(extractor, text) == ["Hun vil bruke 30 millioner kroner på veier."]
    text = "Det sa Charles de Gaulle. Han brukte 30 millioner kroner på veier."
    assert window_texts(extractor, text)[0] == "Det sa Charles de Gaulle."


def test_a_list_item_brings_its_lead_in(extractor):
    text = "Regjeringen Støre foreslår blant annet:\n• 102 millioner kroner til legevakt\n• mer ro i skolen"
    windows = window_texts(extractor, text)
    assert "Regjeringen Støre foreslår blant annet:" in windows
    assert any(w.startswith("• 102 millioner") for w in windows)
    assert not any("mer ro" in w for w in windows)


def test_a_policy_verb_without_an_amount_is_a_window_when_it_can_name_an_actor(extractor):
    text = "Partiet vil innføre gratis skolemat. Leder Kari Nordmann vil innføre leksefri skole."
    assert window_texts(extractor, text) == ["Leder Kari Nordmann vil innføre leksefri skole."]


def test_a_policy_verb_sentence_needs_the_name_before_its_verb(extractor):
    text = "Partiet vil innføre gratis skolemat i Oslo. Ingen fikk mer."
    assert window_texts(extractor, text) == []


def test_outside_windows_the_stages_read_no_model_output(extractor):
    from pipeline.offsets import reads_model

    doc = extractor.process(Document(id="t", text="Været var fint. Kommunen får 30 millioner kroner.", date="2021"))
    assert reads_model(doc, 0)  # rules only: no windows were decided, nothing restricts reading
    extractor.nlp.get_pipe("claims_model").ranges(doc)  # what claims_model decides before a model runs
    assert not reads_model(doc, 0)
    assert reads_model(doc, doc.text.index("Kommunen"))
    assert not reads_model(doc, len(doc.text) + 5)
