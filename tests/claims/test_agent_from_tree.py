"""Who acts on an amount, read from a dependency tree (pipeline.claims.agent_from_tree), on
hand-written UD trees, so the rules are tested apart from what the shipped parser predicts."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.claims.agent_from_tree import NO_AGENT, agents_of_amount
from pipeline.syntax import tree_of
from tests.claims.test_from_tree import parsed


def offered(rows: str, amount: str, lemmas: dict[str, str] | None = None) -> list[tuple[str, bool]]:
    doc, text = parsed(rows)
    for token in doc:
        token.lemma_ = (lemmas or {}).get(token.text, token.lower_)
    start = text.index(amount)
    return [("NO_AGENT" if k == NO_AGENT else doc[k].text, receives)
            for k, receives in agents_of_amount(doc, tree_of(doc), (start, start + len(amount)))]


def test_the_subject_after_a_fronted_time():
    # "I mars vedtok bystyret 4 millioner til lekeplasser."
    rows = ("I/ADP/2/case mars/NOUN/3/obl vedtok/VERB/0/root bystyret/NOUN/3/nsubj 4/NUM/6/nummod "
            "millioner/NOUN/3/obj til/ADP/8/case lekeplasser/NOUN/6/nmod ./PUNCT/3/punct")
    assert offered(rows, "4 millioner") == [("bystyret", False)]


def test_the_av_agent_of_a_passive_and_never_its_passive_subject():
    # "Tilskuddet på 2 millioner ble vedtatt av fylkestinget."
    rows = ("Tilskuddet/NOUN/6/nsubj:pass på/ADP/4/case 2/NUM/4/nummod millioner/NOUN/1/nmod ble/AUX/6/aux:pass "
            "vedtatt/VERB/0/root av/ADP/8/case fylkestinget/NOUN/6/obl:agent ./PUNCT/6/punct")
    assert offered(rows, "2 millioner") == [("fylkestinget", False)]


def test_a_coordinated_verb_shares_the_first_verbs_subject():
    # "Regjeringen vil øke rammen og sette av 5 millioner til vedlikehold."
    rows = ("Regjeringen/NOUN/3/nsubj vil/AUX/3/aux øke/VERB/0/root rammen/NOUN/3/obj og/CCONJ/6/cc "
            "sette/VERB/3/conj av/ADP/6/compound:prt 5/NUM/9/nummod millioner/NOUN/6/obj til/ADP/11/case "
            "vedlikehold/NOUN/6/obl ./PUNCT/3/punct")
    assert offered(rows, "5 millioner") == [("Regjeringen", False)]


def test_an_infinitive_takes_the_subject_of_the_verb_it_completes():
    # "Partiet foreslår å bruke 2 milliarder på skolebygg."
    rows = ("Partiet/NOUN/2/nsubj foreslår/VERB/0/root å/PART/4/mark bruke/VERB/2/xcomp 2/NUM/6/nummod "
            "milliarder/NOUN/4/obj på/ADP/8/case skolebygg/NOUN/4/obl ./PUNCT/2/punct")
    assert offered(rows, "2 milliarder") == [("Partiet", False)]


def test_a_reported_clause_offers_its_own_subject_then_the_reporter():
    # "Frp anslår at ordningen vil koste 10 milliarder."
    rows = ("Frp/PROPN/2/nsubj anslår/VERB/0/root at/SCONJ/6/mark ordningen/NOUN/6/nsubj vil/AUX/6/aux "
            "koste/VERB/2/ccomp 10/NUM/8/nummod milliarder/NOUN/6/obj ./PUNCT/2/punct")
    assert offered(rows, "10 milliarder") == [("ordningen", False), ("Frp", False)]


def test_the_subject_of_a_receiving_verb_receives():
    # "Museet får 3 millioner kroner over statsbudsjettet."
    rows = ("Museet/NOUN/2/nsubj får/VERB/0/root 3/NUM/4/nummod millioner/NOUN/5/nmod kroner/NOUN/2/obj "
            "over/ADP/7/case statsbudsjettet/NOUN/2/obl ./PUNCT/2/punct")
    assert offered(rows, "3 millioner kroner", {"får": "få"}) == [("Museet", True)]


def test_getting_a_proposal_through_is_no_receiving():
    # "Venstre fikk gjennomslag for 300 millioner til klimatiltak."
    rows = ("Venstre/PROPN/2/nsubj fikk/VERB/0/root gjennomslag/NOUN/2/obj for/ADP/6/case 300/NUM/6/nummod "
            "millioner/NOUN/3/nmod til/ADP/8/case klimatiltak/NOUN/6/nmod ./PUNCT/2/punct")
    assert offered(rows, "300 millioner", {"fikk": "få"}) == [("Venstre", False)]


def test_a_copular_clause_is_headed_by_its_predicate():
    # "Bevilgningen til kulturhuset er på 5 millioner."
    rows = ("Bevilgningen/NOUN/7/nsubj til/ADP/3/case kulturhuset/NOUN/1/nmod er/AUX/7/cop på/ADP/7/case "
            "5/NUM/7/nummod millioner/NOUN/0/root ./PUNCT/7/punct")
    assert offered(rows, "5 millioner") == [("Bevilgningen", False)]


def test_nothing_where_the_amount_was_not_parsed():
    doc = Doc(parsed("Vi/PRON/2/nsubj gir/VERB/0/root 5/NUM/4/nummod millioner/NOUN/2/obj")[0].vocab,
              words=["Vi", "gir", "5", "millioner"])
    doc.user_data["tree"] = {"heads": [-1] * 4, "deps": [""] * 4}
    assert list(agents_of_amount(doc, tree_of(doc), (7, 18))) == []


def test_a_relative_clause_does_not_climb_to_the_clause_of_its_antecedent():
    # "Enova forvalter fondet, som i år får 2,7 milliarder kroner."
    rows = ("Enova/PROPN/2/nsubj forvalter/VERB/0/root fondet/NOUN/2/obj ,/PUNCT/8/punct som/PRON/8/nsubj "
            "i/ADP/7/case år/NOUN/8/obl får/VERB/3/acl:relcl 2,7/NUM/10/nummod milliarder/NOUN/11/nmod "
            "kroner/NOUN/8/obj ./PUNCT/2/punct")
    assert offered(rows, "2,7 milliarder kroner", {"får": "få"}) == [("som", True)]


def test_an_adverbial_passive_has_an_agent_no_word_names():
    # "Kommunen protesterer når tilskuddet kuttes med 2 millioner." (who protests does not cut)
    rows = ("Kommunen/NOUN/2/nsubj protesterer/VERB/0/root når/SCONJ/5/mark tilskuddet/NOUN/5/nsubj:pass "
            "kuttes/VERB/2/advcl med/ADP/8/case 2/NUM/8/nummod millioner/NOUN/5/obl ./PUNCT/2/punct")
    assert offered(rows, "2 millioner") == [("NO_AGENT", False)]


def test_a_reported_passive_hands_on_to_who_reports_it():
    # "Partiet krever at tilskuddet økes med 2 millioner." (a demand: the one demanding)
    rows = ("Partiet/NOUN/2/nsubj krever/VERB/0/root at/SCONJ/5/mark tilskuddet/NOUN/5/nsubj:pass "
            "økes/VERB/2/ccomp med/ADP/8/case 2/NUM/8/nummod millioner/NOUN/5/obl ./PUNCT/2/punct")
    assert offered(rows, "2 millioner") == [("Partiet", False)]


def test_who_is_glad_a_passive_happens_does_not_act_in_it():
    # "Laget er glad for at tilskuddet heves med 3 millioner." (a reaction, not a demand)
    rows = ("Laget/NOUN/3/nsubj er/AUX/3/cop glad/ADJ/0/root for/SCONJ/7/mark at/SCONJ/7/mark "
            "tilskuddet/NOUN/7/nsubj:pass heves/VERB/3/advcl med/ADP/10/case 3/NUM/10/nummod "
            "millioner/NOUN/7/obl ./PUNCT/3/punct")
    assert offered(rows, "3 millioner") == [("NO_AGENT", False)]


def test_who_reacts_to_a_passive_cut_does_not_act_in_it():
    # "Foreningen reagerer på at støtten kuttes med 40 millioner." (the parser's ccomp or advcl alike)
    rows = ("Foreningen/NOUN/2/nsubj reagerer/VERB/0/root på/ADP/6/mark at/SCONJ/6/mark støtten/NOUN/6/nsubj:pass "
            "kuttes/VERB/2/ccomp med/ADP/9/case 40/NUM/9/nummod millioner/NOUN/6/obl ./PUNCT/2/punct")
    assert offered(rows, "40 millioner", {"reagerer": "reagere"}) == [("NO_AGENT", False)]
