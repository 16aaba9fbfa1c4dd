import pytest

from pipeline.lang.nouns import noun_lemma


@pytest.mark.parametrize("word, lemma", [
    ("programmet", "program"), ("avtalen", "avtale"), ("bøker", "bok"),
    # the end of a compound, and after a hyphen
    ("integreringstilskuddet", "integreringstilskudd"), ("byvekstavtalene", "byvekstavtale"),
    ("Mongstad-prosjektene", "mongstad-prosjekt"),
])
def test_inflected_nouns_and_compounds_get_their_lemma(word, lemma):
    assert noun_lemma(word) == lemma


@pytest.mark.parametrize("word", ["kompetansesenter", "miljøarbeider"])
def test_lemmas_that_end_like_an_inflection_stand_for_themselves(word):
    assert noun_lemma(word) == word


@pytest.mark.parametrize("word", ["program", "xqzt", "og"])
def test_other_lemmas_and_unknown_words_get_none(word):
    assert noun_lemma(word) is None
