"""Whether a clause speaks of the past or of a future (pipeline.dimensions.tense)."""

import pytest

from pipeline.dimensions.tense import past_tense, speaks_of_future


@pytest.mark.parametrize("sentence, want", [
    ("Det vil koste 4 millioner kroner å starte den opp igjen.", True),
    ("Kommunen skal bygge ny skole.", True),
    ("Leksehjelpen ble lagt ned i fjor.", False),
    ("Fylket har kuttet 2 millioner kroner.", False),
])
def test_a_sentence_that_names_a_future(sentence, want):
    assert speaks_of_future(sentence) is want


@pytest.mark.parametrize("sentence, time, want", [
    ("Budsjettet ble vedtatt i mars.", "i mars", True),
    ("Ordningen starter i mars.", "i mars", False),
    ("Kommunen har kuttet tilskuddet i mars.", "i mars", True),
    ("Kommunen skal kutte tilskuddet i mars.", "i mars", False),
    ("Rådmannen har foreslått å heve satsen fra januar.", "fra januar", False),
    ("Styret vedtok å innføre ordningen i august.", "i august", False),
    ("Styret innførte ordningen i august etter å ha ventet lenge.", "i august", True),
    ("Engangsstønaden foreslås økt fra januar.", "fra januar", False),
    # a clause of its own after a comma and og/men keeps its own tense
    ("Fylket har satt av penger til ferjene, og Hitra får to nye avganger fra april.", "fra april", False),
    ("Styret foreslo å åpne et nytt dagsenter fra oktober, men forslaget ble nedstemt.", "fra oktober", False),
    ("Dagsenteret åpnet i oktober, og brukerne er fornøyde.", "i oktober", True),
    # the main clause after a fronted subordinate one keeps its own tense
    ("Fordi søkertallet steg i fjor, tar høgskolen opp 30 flere studenter fra august.", "fra august", False),
    ("Da nattbussen ble lagt ned, kan kommunen starte en bestillingsrute fra mars.", "fra mars", False),
    # "landet" after a preposition is the country, not the past of "lande"
    ("Dette gir oss mulighet til å ansette åtte nye rådgivere rundt om i landet fra høsten.", "fra høsten", False),
    ("Hele landet får flere ladepunkter fra januar.", "fra januar", False),
])
def test_the_past_tense_of_a_times_clause(sentence, time, want):
    start = sentence.index(time)
    assert past_tense(sentence, start, start + len(time)) is want
