from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.nlp import build_nlp


@cache
def blank_nlp():
    return build_nlp("blank", components=())


def tokens(nlp, text):
    doc = nlp.make_doc(text)
    assert doc.text == text
    return [t.text for t in doc if not t.is_space]


def sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


@pytest.mark.parametrize("text,expected", [
    ("i 2021.", ["i", "2021", "."]),
    ("i 2021. Vi", ["i", "2021", ".", "Vi"]),
    ("fra 1. mai", ["fra", "1.", "mai"]),
    ("den 17. mai", ["den", "17.", "mai"]),
    ("1,6 mill. kr. til", ["1,6", "mill.", "kr.", "til"]),
    ("2 mrd. ca. 3", ["2", "mrd.", "ca.", "3"]),
    ("bl.a. f.eks. nr. jf. o.l.", ["bl.a.", "f.eks.", "nr.", "jf.", "o.l."]),
    ("48.000 og 13,9", ["48.000", "og", "13,9"]),
    ("5 000 kroner", ["5 000", "kroner"]),
    ("5\u00a0000 kroner", ["5\u00a0000", "kroner"]),
    ("Ap/Sp", ["Ap", "/", "Sp"]),
    ("Helse- og omsorgsdepartementet", ["Helse-", "og", "omsorgsdepartementet"]),
    ("2020–2024", ["2020", "–", "2024"]),
    ("i 2021-budsjettet", ["i", "2021-budsjettet"]),
    ("1.1.2022", ["1.1.2022"]),
])
def test_tokens(nlp_blank, text, expected):
    assert tokens(nlp_blank, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Det skjedde i 2021. Vi fortsetter.", ["Det skjedde i 2021.", "Vi fortsetter."]),
    ("Det koster 2 mill. kr. i året. Ja.", ["Det koster 2 mill. kr. i året.", "Ja."]),
    ("Dette kom bl.a. fra KS. Ja.", ["Dette kom bl.a. fra KS.", "Ja."]),
    ("Den 17. mai er fin.", ["Den 17. mai er fin."]),
    ("Statsbudsjettet 2021:\n\nFastlegeordningen styrkes\n\nRegjeringen foreslår mer.",
     ["Statsbudsjettet 2021:", "Fastlegeordningen styrkes", "Regjeringen foreslår mer."]),
    ("Vi gir:\n • 10 millioner til A\n - 5 millioner til B\n * 3 millioner til C\n 1. Trygg vei",
     ["Vi gir:", "• 10 millioner til A", "- 5 millioner til B", "* 3 millioner til C", "1. Trygg vei"]),
    ("Han var klar. – Vi trenger mer, sier han.", ["Han var klar.", "– Vi trenger mer, sier han."]),
])
def test_sentences(nlp_blank, text, expected):
    assert sentences(nlp_blank, text) == expected


def test_header_line_is_document_date_and_not_extracted(run_text):
    text = " date 2021-07 2019 var et godt år med 2 millioner kroner."
    doc = run_text(text)
    assert doc._.context.iso_date == "2021-07"
    assert doc._.context.body_start == len(" date 2021-07 ")
    assert all(m.start >= doc._.context.body_start for m in doc._.time + doc._.money)
    assert [m.text for m in doc._.money] == ["2 millioner kroner"]


@pytest.mark.parametrize("text,expected", [
    ("Fra 1 000 til 12 345 678. Så 2021.", ["Fra", "1 000", "til", "12 345 678", ".", "Så", "2021", "."]),
    ("1. mai og 2. juni 2021.\n3. punkt", ["1.", "mai", "og", "2.", "juni", "2021", ".", "3.", "punkt"]),
])
def test_repairs_several_in_one_text(nlp_blank, text, expected):
    assert tokens(nlp_blank, text) == expected


@given(st.lists(st.sampled_from(["1", "12", "123", "000", "2021.", "5.", " ", "\u00a0", "\n", ".", ",5", "mai",
                                 "kr", "Vi", "-", "٣"]), max_size=30))
def test_repaired_tokens_keep_the_text(parts):
    nlp = blank_nlp()
    text = "".join(parts)
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert all(doc.text[t.idx:t.idx + len(t)] == t.text for t in doc)
