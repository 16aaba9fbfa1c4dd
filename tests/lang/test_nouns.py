import pytest

from pipeline.lang.nouns import mend_stem, model_noun_lemma, noun_lemma


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


@pytest.mark.parametrize("word, model, want", [
    # a definite form the model leaves as it is goes to the suffix rules
    ("sivilforsvaret", "sivilforsvaret", None),
    ("engangsstønaden", "engangsstønaden", None),
    # a plural in -er of which the model cut only the r
    ("innsparinger", "innsparinge", "innsparing"),
    ("ambulansestasjoner", "ambulansestasjone", "ambulansestasjon"),
    # … or of a noun the table knows without the e, and not with it
    ("stipender", "stipende", "stipend"),
    ("kompetansestipender", "kompetansestipende", "kompetansestipend"),
    # what it gets right stays
    ("hybridferjer", "hybridferje", "hybridferje"),
])
def test_the_models_noun_lemma_is_mended_where_plainly_wrong(word, model, want):
    assert model_noun_lemma(word, model) == want


@pytest.mark.parametrize("stem, want", [("ramm", "ramme"), ("sykehjemm", "sykehjem"), ("budsjett", "budsjett")])
def test_a_stem_that_cannot_be_a_lemma_is_mended(stem, want):
    assert mend_stem(stem) == want
