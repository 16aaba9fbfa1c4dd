import pytest

from pipeline.lang.nouns import mend_stem, model_noun_lemma
from training.convert import Token
from training.noun_forms import noun_forms


def tok(form, lemma, tag="subst", feats="appell|ent|be"):
    return Token(form, lemma, tag, feats, "SUBJ", None, "O", True)


def test_the_table_keeps_inflected_common_nouns_with_their_most_frequent_lemma():
    sents = [[tok("avtalen", "avtale"), tok("avtalen", "avtale"), tok("avtalen", "avtal")],
             [tok("Oslo", "Oslo", feats="prop"), tok("kommer", "komme", tag="verb", feats="pres")]]
    assert noun_forms(sents) == {"avtalen": "avtale"}


def test_a_form_that_is_also_a_lemma_is_left_out():
    sents = [[tok("arbeider", "arbeid", feats="appell|fl|ub"), tok("arbeider", "arbeider", feats="appell|ent|ub"),
              tok("skolene", "skole", feats="appell|fl|be")]]
    assert noun_forms(sents) == {"skolene": "skole", "arbeider": "arbeider"}


@pytest.mark.parametrize("word, model, want", [
    ("bibliotekfilialen", "bibliotekfiliale", "bibliotekfilial"),
    ("sykehusavdelingen", "sykehusavdelinge", "sykehusavdeling"),
    ("skolen", "skole", "skole"),
])
def test_a_definite_the_model_cut_only_the_n_of_keeps_the_lemma_the_table_knows(word, model, want):
    assert model_noun_lemma(word, model) == want


@pytest.mark.parametrize("stem, want", [
    ("orkestr", "orkester"), ("teatr", "teater"), ("muse", "museum"), ("studi", "studium"), ("bistand", "bistand"),
])
def test_a_stem_that_lost_the_e_or_um_of_a_known_lemma_gets_it_back(stem, want):
    assert mend_stem(stem) == want
