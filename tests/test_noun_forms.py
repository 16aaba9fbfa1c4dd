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
