"""Measures read from a dependency tree (pipeline.claims.from_tree), on hand-written UD trees, so the
rules are tested apart from what the shipped parser happens to predict."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from pipeline.claims.from_tree import measure_from_tree
from pipeline.syntax import store_tree, tree_of

NLP = spacy.blank("nb")


def parsed(rows: str) -> tuple[Doc, str]:
    """A Doc from `word/POS/head/dep` rows (head: 1-based, 0 for the root), with its tree stored."""
    words, pos, heads, deps = [], [], [], []
    for row in rows.split():
        word, tag, head, dep = row.rsplit("/", 3)
        words.append(word.replace("_", " "))
        pos.append(tag)
        heads.append(int(head) - 1 if int(head) else len(heads))
        deps.append(dep)
    spaces = [not (k + 1 < len(words) and words[k + 1] in ".,") for k in range(len(words))]
    doc = Doc(NLP.vocab, words=words, spaces=spaces, pos=pos)
    store_tree(doc, 0, heads, deps)
    return doc, doc.text


def measure(rows: str, amount: str, avoid: tuple[str, ...] = (), bodies: tuple[str, ...] = ()):
    doc, text = parsed(rows)
    start = text.index(amount)
    spans = [(text.index(a), text.index(a) + len(a)) for a in avoid]
    body_spans = [(text.index(b), text.index(b) + len(b)) for b in bodies]
    found = measure_from_tree(doc, tree_of(doc), (start, start + len(amount)), [], spans, body_spans)
    return None if found is None else (text[found[0]:found[1]], found[2])


def test_purpose_of_the_amount_itself():
    # "Fylket setter av 40 millioner kroner til nye gang- og sykkelveier."
    rows = ("Fylket/NOUN/2/nsubj setter/VERB/0/root av/ADP/2/compound:prt 40/NUM/5/nummod millioner/NOUN/6/nmod "
            "kroner/NOUN/2/obj til/ADP/10/case nye/ADJ/10/amod gang-_og_sykkel/NOUN/10/compound "
            "veier/NOUN/6/nmod ./PUNCT/2/punct")
    assert measure(rows, "40 millioner kroner") == ("nye gang- og sykkel veier", "tree_purpose")


def test_purpose_of_the_verb_in_any_word_order():
    # "Til flomsikring bruker kommunen 12 millioner."
    rows = ("Til/ADP/2/case flomsikring/NOUN/3/obl bruker/VERB/0/root kommunen/NOUN/3/nsubj "
            "12/NUM/6/nummod millioner/NOUN/3/obj ./PUNCT/3/punct")
    assert measure(rows, "12 millioner", bodies=("kommunen",)) == ("flomsikring", "tree_purpose")


def test_purpose_clause_keeps_its_verb_and_object():
    # "Vi øker rammen med 300 millioner for å korte ned ventetidene."
    rows = ("Vi/PRON/2/nsubj øker/VERB/0/root rammen/NOUN/2/obj med/ADP/6/case 300/NUM/6/nummod "
            "millioner/NOUN/2/obl for/ADP/9/mark å/PART/9/mark korte/VERB/2/advcl ned/ADP/9/compound:prt "
            "ventetidene/NOUN/9/obj ./PUNCT/2/punct")
    assert measure(rows, "300 millioner") == ("korte ned ventetidene", "tree_purpose")


def test_subject_of_a_cost_verb():
    # "Ombyggingen av brannstasjonen koster 85 millioner kroner."
    rows = ("Ombyggingen/NOUN/4/nsubj av/ADP/3/case brannstasjonen/NOUN/1/nmod koster/VERB/0/root "
            "85/NUM/6/nummod millioner/NOUN/7/nmod kroner/NOUN/4/obj ./PUNCT/4/punct")
    assert measure(rows, "85 millioner kroner") == ("Ombyggingen av brannstasjonen", "tree_subject")


def test_subject_that_is_an_actor_is_not_the_measure():
    # "Norge gir 60 millioner dollar." (a place that gives)
    rows = "Norge/PROPN/2/nsubj gir/VERB/0/root 60/NUM/4/nummod millioner/NOUN/5/nmod dollar/NOUN/2/obj ./PUNCT/2/punct"
    assert measure(rows, "60 millioner dollar", bodies=("Norge",)) is None


def test_noun_modified_by_the_amount():
    # "Regjeringen lanserer en søknadspott på 25 millioner."
    rows = ("Regjeringen/NOUN/2/nsubj lanserer/VERB/0/root en/DET/4/det søknadspott/NOUN/2/obj på/ADP/7/case "
            "25/NUM/7/nummod millioner/NOUN/4/nmod ./PUNCT/2/punct")
    assert measure(rows, "25 millioner", avoid=("Regjeringen",)) == ("søknadspott", "tree_modified")


def test_a_relative_clause_and_a_time_end_the_phrase():
    # "Staten gir 5 millioner til et senter som åpner i 2026."
    rows = ("Staten/NOUN/2/nsubj gir/VERB/0/root 5/NUM/4/nummod millioner/NOUN/2/obj til/ADP/7/case et/DET/7/det "
            "senter/NOUN/4/nmod som/PRON/9/nsubj åpner/VERB/7/acl:relcl i/ADP/11/case 2026/NUM/9/obl ./PUNCT/2/punct")
    assert measure(rows, "5 millioner") == ("et senter", "tree_purpose")


def test_a_pronoun_is_never_the_measure():
    # "Dette koster 4 millioner."
    rows = "Dette/PRON/2/nsubj koster/VERB/0/root 4/NUM/4/nummod millioner/NOUN/2/obj ./PUNCT/2/punct"
    assert measure(rows, "4 millioner") is None


def test_no_tree_no_measure():
    doc = NLP("Staten gir 5 millioner til et senter.")
    assert tree_of(doc) is None



def lemmatized(rows: str, lemmas: dict[str, str]) -> tuple[Doc, str]:
    doc, text = parsed(rows)
    for token in doc:
        token.lemma_ = lemmas.get(token.text, token.lower_)
    return doc, text


def changed(rows: str, amount: str, lemmas: dict[str, str]):
    doc, text = lemmatized(rows, lemmas)
    start = text.index(amount)
    found = measure_from_tree(doc, tree_of(doc), (start, start + len(amount)), [], [])
    return None if found is None else (text[found[0]:found[1]], found[2])


def test_the_object_of_a_changing_verb_is_what_changes():
    # "Regjeringen vil øke tilskuddet til frivilligsentralene med 20 millioner."
    rows = ("Regjeringen/NOUN/3/nsubj vil/AUX/3/aux øke/VERB/0/root tilskuddet/NOUN/3/obj til/ADP/6/case "
            "frivilligsentralene/NOUN/4/nmod med/ADP/9/case 20/NUM/9/nummod millioner/NOUN/3/obl ./PUNCT/3/punct")
    assert changed(rows, "20 millioner", {"øke": "øke"}) == ("tilskuddet til frivilligsentralene", "tree_changed")


def test_the_passive_subject_of_a_change_from_one_level_to_another():
    # "Rammen for lærerløftet økes fra 300 til 450 millioner."
    rows = ("Rammen/NOUN/4/nsubj:pass for/ADP/3/case lærerløftet/NOUN/1/nmod økes/VERB/0/root fra/ADP/6/case "
            "300/NUM/4/obl til/ADP/9/case 450/NUM/9/nummod millioner/NOUN/4/obl ./PUNCT/4/punct")
    assert changed(rows, "450 millioner", {"økes": "øke"}) == ("Rammen for lærerløftet", "tree_changed")


def test_a_verb_that_changes_nothing_has_no_changed_object():
    # "Fylket kjøper busser med 20 millioner i tilskudd."
    rows = ("Fylket/NOUN/2/nsubj kjøper/VERB/0/root busser/NOUN/2/obj med/ADP/6/case 20/NUM/6/nummod "
            "millioner/NOUN/2/obl i/ADP/8/case tilskudd/NOUN/6/nmod ./PUNCT/2/punct")
    assert changed(rows, "20 millioner", {"kjøper": "kjøpe"}) != ("busser", "tree_changed")


def test_a_change_hung_on_the_object_noun_is_still_of_that_object():
    # "Partiet vil heve grunntilskuddet for frukt med 4 millioner." (the parser hangs "med 4 millioner"
    # on the nearest noun, not on the verb)
    rows = ("Partiet/NOUN/3/nsubj vil/AUX/3/aux heve/VERB/0/root grunntilskuddet/NOUN/3/obj for/ADP/6/case "
            "frukt/NOUN/4/nmod med/ADP/9/case 4/NUM/9/nummod millioner/NOUN/6/nmod ./PUNCT/3/punct")
    assert changed(rows, "4 millioner", {"heve": "heve"}) == ("grunntilskuddet for frukt", "tree_changed")


def test_a_med_amount_on_a_noun_no_changing_verb_governs_is_no_change():
    # "Fylket kjøper busser med 20 millioner i tilskudd." with "med 20 millioner" hung on "busser"
    rows = ("Fylket/NOUN/2/nsubj kjøper/VERB/0/root busser/NOUN/2/obj med/ADP/6/case 20/NUM/6/nummod "
            "millioner/NOUN/3/nmod ./PUNCT/2/punct")
    assert changed(rows, "20 millioner", {"kjøper": "kjøpe"}) is None


def test_a_body_as_genitive_of_the_changed_object_stays_in_it():
    # "Regjeringen vil styrke politiets bevilgning med 200 millioner."
    rows = ("Regjeringen/NOUN/3/nsubj vil/AUX/3/aux styrke/VERB/0/root politiets/NOUN/5/nmod "
            "bevilgning/NOUN/3/obj med/ADP/8/case 200/NUM/8/nummod millioner/NOUN/3/obl ./PUNCT/3/punct")
    doc, text = lemmatized(rows, {"styrke": "styrke"})
    start = text.index("200 millioner")
    body = (text.index("politiets"), text.index("politiets") + len("politiets"))
    found = measure_from_tree(doc, tree_of(doc), (start, start + len("200 millioner")), [], [], [body])
    assert found is not None and text[found[0]:found[1]] == "politiets bevilgning"


def test_a_long_compound_the_tagger_calls_a_pronoun_is_still_a_noun():
    # "Samtidig kuttes skogsveitilskuddet med 12 millioner."
    rows = ("Samtidig/ADV/2/advmod kuttes/VERB/0/root skogsveitilskuddet/PRON/2/nsubj:pass med/ADP/6/case "
            "12/NUM/6/nummod millioner/NOUN/2/obl ./PUNCT/2/punct")
    assert changed(rows, "12 millioner", {"kuttes": "kutte"}) == ("skogsveitilskuddet", "tree_changed")


def test_what_the_tagger_misses_as_a_noun_is_still_one():
    from pipeline.claims.from_tree import is_nominal

    doc = Doc(NLP.vocab, words=["særtillegget", "skogsveitilskuddet", "opprettet", "dette", "omfattende", "Kultur"],
              pos=["ADJ", "PRON", "ADJ", "PRON", "ADJ", "PROPN"])
    assert [is_nominal(t) for t in doc] == [True, True, False, False, False, True]


def test_a_long_verb_whose_lemma_ends_in_a_consonant_is_a_noun():
    """A Bokmål verb's lemma ends in a vowel; the tagger's 'verb' Integreringstilskuddet has lemma
    integreringstilskudd."""
    from pipeline.claims.from_tree import is_nominal

    doc = Doc(NLP.vocab, words=["Barnehagetilskuddet", "Drosjeløyvet", "prisjusteres", "bevilget", "økes"],
              pos=["VERB", "VERB", "VERB", "VERB", "VERB"],
              lemmas=["barnehagetilskudd", "drosjeløyve", "prisjustere", "bevilge", "øke"])
    assert [is_nominal(t) for t in doc] == [True, False, False, False, False]


def test_a_long_definite_noun_the_tagger_reads_as_an_adverb_is_a_noun():
    """"Samtidig får friluftslivet 15 millioner": the tagger's adverb has a noun's lemma; real adverbs keep
    their form as lemma ("dessuten", "fullstendig")."""
    from pipeline.claims.from_tree import is_nominal

    doc = Doc(NLP.vocab, words=["friluftslivet", "kulturhuset", "fullstendig", "opprinnelig", "etterpå"],
              pos=["ADV", "ADV", "ADV", "ADV", "ADV"],
              lemmas=["friluftsliv", "kulturhus", "fullstendig", "opprinnelig", "etterpå"])
    assert [is_nominal(t) for t in doc] == [True, True, False, False, False]


def test_a_money_noun_the_tagger_reads_as_a_verb_with_a_vowel_lemma_is_a_noun():
    """The tagger's lemma for a mis-read compound may end in a vowel ("integreringstilskudde"); its head
    is still a money noun no verb form ends in."""
    from pipeline.claims.from_tree import is_nominal

    doc = Doc(NLP.vocab, words=["skoleskysstilskuddet", "kompetansemidlene", "omstillingsstøtten", "ramme"],
              pos=["VERB", "VERB", "VERB", "VERB"],
              lemmas=["skoleskysstilskudde", "kompetansemidle", "omstillingsstøtte", "ramme"])
    assert [is_nominal(t) for t in doc] == [True, True, True, False]


def test_the_subject_of_an_intransitive_change_is_what_changes():
    # "Husleietilskuddet stiger med 8 prosent." / "Driftstilskuddet til fritidsklubbene øker med 2 millioner."
    rows = ("Husleietilskuddet/NOUN/2/nsubj stiger/VERB/0/root med/ADP/5/case 8/NUM/5/nummod "
            "prosent/NOUN/2/obl ./PUNCT/2/punct")
    assert changed(rows, "8 prosent", {"stiger": "stige"}) == ("Husleietilskuddet", "tree_changed")
    rows = ("Driftstilskuddet/NOUN/4/nsubj til/ADP/3/case fritidsklubbene/NOUN/1/nmod øker/VERB/0/root "
            "med/ADP/7/case 2/NUM/7/nummod millioner/NOUN/4/obl ./PUNCT/4/punct")
    assert changed(rows, "2 millioner", {"øker": "øke"}) == ("Driftstilskuddet til fritidsklubbene", "tree_changed")


def test_what_a_causative_lets_change():
    # "Partiet vil la lånerammen for studentboliger øke med 40 millioner."
    rows = ("Partiet/NOUN/3/nsubj vil/AUX/3/aux la/VERB/0/root lånerammen/NOUN/3/obj for/ADP/6/case "
            "studentboliger/NOUN/4/nmod øke/VERB/3/xcomp med/ADP/10/case 40/NUM/10/nummod millioner/NOUN/7/obl "
            "./PUNCT/3/punct")
    assert changed(rows, "40 millioner", {"la": "la", "øke": "øke"}) == ("lånerammen for studentboliger",
                                                                      "tree_changed")


def test_a_body_after_the_head_of_the_phrase_only_says_whose():
    # "Rammetilskuddet til kommunene økes med 900 millioner." (kommunene is a named body)
    rows = ("Rammetilskuddet/NOUN/4/nsubj:pass til/ADP/3/case kommunene/NOUN/1/nmod økes/VERB/0/root "
            "med/ADP/7/case 900/NUM/7/nummod millioner/NOUN/4/obl ./PUNCT/4/punct")
    doc, text = lemmatized(rows, {"økes": "øke"})
    start = text.index("900 millioner")
    body = (text.index("kommunene"), text.index("kommunene") + len("kommunene"))
    found = measure_from_tree(doc, tree_of(doc), (start, start + len("900 millioner")), [], [], [body])
    assert found is not None and text[found[0]:found[1]] == "Rammetilskuddet til kommunene"
    # "Kommunene i Agder får 900 millioner." the body is the phrase's head: no measure
    rows = ("Kommunene/NOUN/4/nsubj i/ADP/3/case Agder/PROPN/1/nmod får/VERB/0/root 900/NUM/6/nummod "
            "millioner/NOUN/4/obj ./PUNCT/4/punct")
    doc, text = lemmatized(rows, {"får": "få"})
    start = text.index("900 millioner")
    found = measure_from_tree(doc, tree_of(doc), (start, start + len("900 millioner")), [], [],
                              [(0, len("Kommunene i Agder"))])
    assert found is None


def test_the_subject_of_a_copula_whose_complement_is_the_amount():
    # "Han anslår at overføringene til bibliotekene blir 45 millioner neste år."
    rows = ("Han/PRON/2/nsubj anslår/VERB/0/root at/SCONJ/7/mark overføringene/NOUN/7/nsubj til/ADP/6/case "
            "bibliotekene/NOUN/4/nmod blir/VERB/2/ccomp 45/NUM/9/nummod millioner/NOUN/7/xcomp neste/DET/11/det "
            "år/NOUN/7/obl ./PUNCT/2/punct")
    assert changed(rows, "45 millioner", {"blir": "bli", "anslår": "anslå"}) == (
        "overføringene til bibliotekene", "tree_subject")
    # "Vi kaller det et løft på 45 millioner": a verb that is no copula says nothing of its subject
    rows = ("Han/PRON/2/nsubj kaller/VERB/0/root ordningen/NOUN/2/obj 45/NUM/5/nummod millioner/NOUN/2/xcomp "
            "./PUNCT/2/punct")
    assert changed(rows, "45 millioner", {"kaller": "kalle"}) is None


def test_the_relative_pronoun_stands_for_the_noun_its_clause_hangs_on():
    # "Fylket la ned nattbussen, som kostet 6 millioner i året."
    rows = ("Fylket/NOUN/2/nsubj la/VERB/0/root ned/ADP/2/compound:prt nattbussen/NOUN/2/obj ,/PUNCT/4/punct "
            "som/PRON/7/nsubj kostet/VERB/4/acl:relcl 6/NUM/9/nummod millioner/NOUN/7/obj ./PUNCT/2/punct")
    assert changed(rows, "6 millioner", {"kostet": "koste"}) == ("nattbussen", "tree_subject")
    # "Vi vil bygge et nytt anlegg for kunstgress, som er beregnet til 14 millioner." (hung on the
    # nearest noun by the parser; after a comma it says something of the whole phrase)
    rows = ("Vi/PRON/3/nsubj vil/AUX/3/aux bygge/VERB/0/root et/DET/6/det nytt/ADJ/6/amod anlegg/NOUN/3/obj "
            "for/ADP/8/case kunstgress/NOUN/6/nmod ,/PUNCT/8/punct som/PRON/12/nsubj er/AUX/12/aux "
            "beregnet/VERB/8/acl:relcl til/ADP/15/case 14/NUM/15/nummod millioner/NOUN/12/obl ./PUNCT/3/punct")
    assert changed(rows, "14 millioner", {"beregnet": "beregne"}) == ("et nytt anlegg for kunstgress",
                                                                       "tree_subject")


def test_a_pronoun_subject_of_the_second_clause_is_the_object_of_the_first():
    # "Vi oppretter et krisefond for bønder, og det får 30 millioner."
    rows = ("Vi/PRON/2/nsubj oppretter/VERB/0/root et/DET/4/det krisefond/NOUN/2/obj for/ADP/6/case "
            "bønder/NOUN/4/nmod ,/PUNCT/2/punct og/CCONJ/10/cc det/PRON/10/nsubj får/VERB/2/conj 30/NUM/12/nummod "
            "millioner/NOUN/10/obj ./PUNCT/2/punct")
    assert changed(rows, "30 millioner", {"får": "få"}) == ("et krisefond for bønder", "tree_subject")
    # "Vi kutter i administrasjonen, og det gir 30 millioner": no object before, no antecedent
    rows = ("Vi/PRON/2/nsubj kutter/VERB/0/root i/ADP/4/case administrasjonen/NOUN/2/obl ,/PUNCT/2/punct "
            "og/CCONJ/8/cc det/PRON/8/nsubj gir/VERB/2/conj 30/NUM/10/nummod millioner/NOUN/8/obj ./PUNCT/2/punct")
    assert changed(rows, "30 millioner", {"gir": "gi"}) is None


def test_a_range_reads_the_relations_of_its_first_bound():
    # "Bompengene økes med mellom 10 og 15 prosent." ("15 prosent" hangs on the first bound)
    rows = ("Bompengene/NOUN/2/nsubj:pass økes/VERB/0/root med/ADP/4/case 10/NUM/2/obl og/CCONJ/6/cc "
            "15/NUM/4/conj prosent/NOUN/6/nmod ./PUNCT/2/punct")
    assert changed(rows, "15 prosent", {"økes": "øke"}) == ("Bompengene", "tree_changed")


def test_a_subordinate_clause_says_when_not_what_for():
    # "Det vil koste 9 millioner når alle stillingene er på plass."
    rows = ("Det/PRON/3/expl vil/AUX/3/aux koste/VERB/0/root 9/NUM/5/nummod millioner/NOUN/3/obj "
            "når/SCONJ/11/mark alle/DET/8/det stillingene/NOUN/11/nsubj er/AUX/11/cop på/ADP/11/case "
            "plass/NOUN/3/advcl ./PUNCT/3/punct")
    assert changed(rows, "9 millioner", {"koste": "koste"}) is None


def test_an_estimate_names_what_its_cost_noun_is_of():
    # "Vegvesenet anslår kostnaden for den nye brua til 300 millioner." (til-amount hung on the object's noun)
    rows = ("Vegvesenet/NOUN/2/nsubj anslår/VERB/0/root kostnaden/NOUN/2/obj for/ADP/7/case den/DET/7/det "
            "nye/ADJ/7/amod brua/NOUN/3/nmod til/ADP/10/case 300/NUM/10/nummod millioner/NOUN/7/nmod ./PUNCT/2/punct")
    doc, text = parsed(rows)
    doc[1].lemma_ = "anslå"
    start = text.index("300 millioner")
    found = measure_from_tree(doc, tree_of(doc), (start, start + len("300 millioner")), [], [(0, 10)], [])
    assert (text[found[0]:found[1]], found[2]) == ("den nye brua", "tree_estimated")


def test_an_estimate_of_a_thing_itself_names_the_thing():
    # "Fylket har beregnet ombyggingen av skolen til 45 millioner."
    rows = ("Fylket/NOUN/3/nsubj har/AUX/3/aux beregnet/VERB/0/root ombyggingen/NOUN/3/obj av/ADP/6/case "
            "skolen/NOUN/4/nmod til/ADP/9/case 45/NUM/9/nummod millioner/NOUN/6/nmod ./PUNCT/3/punct")
    doc, text = parsed(rows)
    doc[2].lemma_ = "beregne"
    start = text.index("45 millioner")
    found = measure_from_tree(doc, tree_of(doc), (start, start + len("45 millioner")), [], [(0, 6)], [])
    assert (text[found[0]:found[1]], found[2]) == ("ombyggingen av skolen", "tree_estimated")


def test_the_subject_of_an_amount_as_predicate():
    # "Driftstilskuddet til museet blir 4 millioner kroner."
    rows = ("Driftstilskuddet/NOUN/7/nsubj til/ADP/3/case museet/NOUN/1/nmod blir/AUX/7/cop 4/NUM/6/nummod "
            "millioner/NOUN/7/nmod kroner/NOUN/0/root ./PUNCT/7/punct")
    assert changed(rows, "4 millioner kroner", {"blir": "bli"}) == ("Driftstilskuddet til museet", "tree_copula")


def test_the_subject_of_an_adjective_the_amount_complements():
    # "Samlet er forsvarsavtalen verdt 2 milliarder kroner."
    rows = ("Samlet/ADJ/4/nsubj er/AUX/4/cop forsvarsavtalen/NOUN/4/nsubj verdt/ADJ/0/root 2/NUM/6/nummod "
            "milliarder/NOUN/7/nmod kroner/NOUN/4/obj ./PUNCT/4/punct")
    assert changed(rows, "2 milliarder kroner", {"er": "være"}) == ("forsvarsavtalen", "tree_copula")


def test_a_cost_noun_as_subject_gives_what_it_is_the_cost_of():
    # "Prisen på den nye ferja er på 300 millioner kroner."
    rows = ("Prisen/NOUN/10/nsubj på/ADP/5/case den/DET/5/det nye/ADJ/5/amod ferja/NOUN/1/nmod er/AUX/10/cop "
            "på/ADP/10/case 300/NUM/9/nummod millioner/NOUN/10/nmod kroner/NOUN/0/root ./PUNCT/10/punct")
    assert changed(rows, "300 millioner kroner", {"er": "være"}) == ("den nye ferja", "tree_copula")


def test_a_count_as_predicate_is_left_to_its_counted_noun():
    # "Skolen blir på 400 elever." (what the school has, not what the count is for)
    rows = "Skolen/NOUN/5/nsubj blir/AUX/5/cop på/ADP/5/case 400/NUM/5/nummod elever/NOUN/0/root ./PUNCT/5/punct"
    doc, text = lemmatized(rows, {"blir": "bli"})
    start = text.index("400 elever")
    assert measure_from_tree(doc, tree_of(doc), (start, start + 10), [], [], money=False) is None


def test_a_for_complement_of_a_count_says_for_whom_not_what():
    # "Kommunen oppretter 10 plasser for eldre med demens."
    rows = ("Kommunen/NOUN/2/nsubj oppretter/VERB/0/root 10/NUM/4/nummod plasser/NOUN/2/obj for/ADP/6/case "
            "eldre/NOUN/4/nmod med/ADP/8/case demens/NOUN/6/nmod ./PUNCT/2/punct")
    doc, text = parsed(rows)
    start = text.index("10 plasser")
    assert measure_from_tree(doc, tree_of(doc), (start, start + 10), [], [], money=False) is None


def test_a_for_noun_of_a_changing_verb_says_for_whom_not_what_changes():
    # "Barnetrygden øker med 1 000 kroner for de yngste barna."
    rows = ("Barnetrygden/NOUN/2/nsubj øker/VERB/0/root med/ADP/5/case 1_000/NUM/5/nummod kroner/NOUN/2/obl "
            "for/ADP/9/case de/DET/9/det yngste/ADJ/9/amod barna/NOUN/2/obl ./PUNCT/2/punct")
    assert changed(rows, "1 000 kroner", {"øker": "øke"}) == ("Barnetrygden", "tree_changed")


def test_a_for_noun_after_a_loan_is_no_purpose():
    # "Kommunen tar opp 20 millioner kroner i lån for videre utlån."
    rows = ("Kommunen/NOUN/2/nsubj tar/VERB/0/root opp/ADP/2/compound:prt 20/NUM/5/nummod millioner/NOUN/6/nmod "
            "kroner/NOUN/2/obj i/ADP/8/case lån/NOUN/6/nmod for/ADP/11/case videre/ADJ/11/amod utlån/NOUN/2/obl "
            "./PUNCT/2/punct")
    assert measure(rows, "20 millioner kroner", bodies=("Kommunen",)) is None



def test_a_bullet_the_parser_made_the_subjects_head_gives_the_noun_under_it():
    # "• Det nye svømmeanlegget får 12 millioner kroner." (the bullet heads the subject)
    rows = ("•/NOUN/5/nsubj Det/DET/4/det nye/ADJ/4/amod svømmeanlegget/NOUN/1/nmod får/VERB/0/root "
            "12/NUM/7/nummod millioner/NOUN/8/nmod kroner/NOUN/5/obj ./PUNCT/5/punct")
    assert measure(rows, "12 millioner kroner") == ("Det nye svømmeanlegget", "tree_subject")


def test_a_bullet_alone_is_no_subject():
    # "• Kuttes med 3 millioner kroner." (a bullet tagged as a noun, nothing under it)
    rows = ("•/NOUN/2/nsubj:pass Kuttes/VERB/0/root med/ADP/5/case 3/NUM/5/nummod millioner/NOUN/6/nmod "
            "kroner/NOUN/2/obl ./PUNCT/2/punct")
    assert measure(rows, "3 millioner kroner") is None
