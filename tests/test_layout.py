"""The layout of a text (pipeline.layout): headings, list items, quotes and paragraphs, as span groups
and as the sentence facts the claim stages read."""

import pytest

from pipeline.layout import document_sentences

TEXT = (
    "Statsbudsjettet 2025\n\n"
    "Regjeringen foreslår blant annet:\n"
    "- 40 millioner kroner til nye lærere\n"
    "• 12 millioner kroner til skolebibliotek\n\n"
    "«Dette er et løft for skolen», sier kunnskapsminister Kari Nordmann.\n"
)


def test_headings_items_and_quotes_are_span_groups(run_text):
    doc = run_text(TEXT, date="2024-10-07")
    # a heading is a line that is one sentence without closing punctuation: a list's lead-in too
    assert [s.text for s in doc.spans["heading"]] == ["Statsbudsjettet 2025", "Regjeringen foreslår blant annet:"]
    assert [s.text for s in doc.spans["list_item"]] == ["- 40 millioner kroner til nye lærere",
                                                        "• 12 millioner kroner til skolebibliotek"]
    assert [s.text for s in doc.spans["quote"]] == ["«Dette er et løft for skolen»"]


def test_sentences_know_their_paragraph_and_line(run_text):
    doc = run_text(TEXT, date="2024-10-07")
    sentences = document_sentences(doc)
    lead, first, second = sentences[1], sentences[2], sentences[3]
    assert lead.text.endswith(":") and not lead.is_item and lead.paragraph == first.paragraph == second.paragraph
    assert first.is_item and first.on_item_line and first.line_start == TEXT.index("- 40")
    assert sentences[0].is_heading and sentences[0].paragraph == 0
    assert document_sentences(doc) is sentences  # computed once


def test_a_numbered_item_and_an_indented_one(run_text):
    doc = run_text("Tiltak:\n1. Flere lærere\n  2) Nye bøker\n", date="2024")
    assert [s.text for s in doc.spans["list_item"]] == ["1. Flere lærere", "2) Nye bøker"]


@pytest.mark.parametrize("text, want", [
    ("Budsjettet til tannhelse er 412,6 mill. kr. Det er mer enn i fjor.",
     ["Budsjettet til tannhelse er 412,6 mill. kr.", "Det er mer enn i fjor."]),
    ("Rammen blir 2,3 mrd. Regjeringen kaller det et løft.", ["Rammen blir 2,3 mrd.", "Regjeringen kaller det et løft."]),
    ("Prisen er 45 kr. for voksne og 20 mill. kroner totalt.", ["Prisen er 45 kr. for voksne og 20 mill. kroner totalt."]),
])
def test_an_abbreviation_that_closes_a_sentence_ends_it_before_a_capital(run_text, text, want):
    doc = run_text(f"Tittel\n\n{text}")
    assert [s.text for s in document_sentences(doc) if not s.is_heading] == want


def test_a_quote_without_a_speech_verb_takes_the_speaker_the_next_paragraph_opens_with():
    from pipeline.layout import quote_frames

    text = "Tittel\n\n– Vi vil ha mer til skolen.\n\nDet sier ordfører Kari Lunde.\n\n– Dette er bra.\n\nHun er fornøyd."
    frames = quote_frames(text, 0)
    assert [(text[a:b], text[c:c + 8] if c is not None else None) for a, b, c in frames] == [
        ("– Vi vil ha mer til skolen.", "ordfører"), ("– Dette er bra.", None)]
