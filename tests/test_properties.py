"""Property tests: amounts written the Norwegian way parse back; no input breaks extraction or offsets."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SCALES = [("", 1), ("tusen", 1e3), ("millioner", 1e6), ("million", 1e6), ("mill.", 1e6), ("mill", 1e6),
          ("milliarder", 1e9), ("milliard", 1e9), ("mrd.", 1e9), ("mrd", 1e9), ("billioner", 1e12)]
POST_CURRENCIES = [("kroner", "NOK"), ("kr", "NOK"), ("kr.", "NOK"), ("norske kroner", "NOK"), ("NOK", "NOK"),
                   ("euro", "EUR"), ("EUR", "EUR"), ("dollar", "USD"), ("svenske kroner", "SEK"),
                   ("danske kroner", "DKK"), ("pund", "GBP")]
PRE_CURRENCIES = [("kr", "NOK"), ("NOK", "NOK"), ("€", "EUR"), ("$", "USD"), ("£", "GBP")]
SEPARATORS = [".", " ", "\u00a0", ""]


def render_integer(n: int, sep: str) -> str:
    digits = str(n)
    if not sep or len(digits) <= 3:
        return digits
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return sep.join(groups)


@st.composite
def amounts(draw):
    integer = draw(st.integers(min_value=0, max_value=99_999_999))
    decimals = draw(st.sampled_from(["", "5", "25", "75"]))
    sep = draw(st.sampled_from(SEPARATORS))
    number = render_integer(integer, sep) + ("," + decimals if decimals else "")
    value = float(f"{integer}.{decimals}" if decimals else integer)
    scale, mult = draw(st.sampled_from(SCALES))
    placement = draw(st.sampled_from(["post", "pre", "none"]))
    if placement == "none" and not scale:
        placement = "post"
    if placement == "post":
        currency, code = draw(st.sampled_from(POST_CURRENCIES))
        text = " ".join(p for p in (number, scale, currency) if p)
    elif placement == "pre":
        currency, code = draw(st.sampled_from(PRE_CURRENCIES))
        text = f"{currency} " + " ".join(p for p in (number, scale) if p)
    else:
        code = "NOK"
        text = f"{number} {scale}"
    return text, value * mult, code


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(amounts())
def test_rendered_amount_parses_back(run_text, amount):
    text, value, code = amount
    sentence = f"Regjeringen bevilger {text} til skolen."
    doc = run_text(sentence)
    found = [m for m in doc._.money if m.start >= len("Regjeringen bevilger ")]
    assert found, sentence
    m = found[0]
    assert m.value == pytest.approx(value, rel=1e-9, abs=1e-6), sentence
    assert m.currency == code
    assert sentence[m.start:m.end] == m.text


WORDS = ["1,6", "milliarder", "kroner", "kr.", "mill.", "i", "2021", ".", "fra", "til", "mellom", "og", "over",
         "om lag", "\n", " • ", "– Vi", "2020–2024", "1. mai", "i fjor", "de neste årene", "48.000", "5\u00a0000",
         "pasienter", "flere", "prosent", "øre", "€", "$", "Ap/Sp", " date 2021-07 ", "årlig", "per år", "(", ")",
         "for ni måneder siden", "tjuefem", "halvannen", "1.1.2022", "desember", "høsten", ":", "RNB"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), max_size=40),
       st.sampled_from([None, "2021-07", "2020-10-07", "2019"]))
def test_offsets_always_match(run_text, parts, date):
    text = " ".join(parts)
    doc = run_text(text, date=date)
    assert doc.text == text
    for mention in (doc._.money or []) + (doc._.quantity or []) + (doc._.time or []):
        assert 0 <= mention.start <= mention.end <= len(text)
        assert text[mention.start:mention.end] == mention.text


@pytest.fixture(scope="module")
def claim_extractor():
    from pipeline.extract import Extractor

    return Extractor("blank")


CLAIM_WORDS = WORDS + ["Regjeringen", "regjeringen", "foreslår", "bevilger", "vi", "Vi", "sier", "Bent Høie", "(H)",
                       "helse- og omsorgsminister", "Høyre-regjeringen", "til å styrke", "knekkpunkt", "Alis-avtaler",
                       "på", "med", "• 10 millioner kroner til", ":\n", "\n\n", "Statsbudsjettet 2021:", "settes av"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.sampled_from(CLAIM_WORDS), st.text(max_size=6)), max_size=50),
       st.sampled_from([None, "2021-07", "2020-10-07"]), st.sampled_from([None, "Høyre", "Finansdepartementet", "NTB"]))
def test_claim_spans_always_match(claim_extractor, parts, date, publisher):
    from pipeline.io import make_document

    text = " ".join(parts)
    doc = claim_extractor.process(make_document("p", text, {"date": date, "publisher": publisher}))
    for mention in (doc._.actors or []) + (doc._.measures or []):
        assert text[mention.start:mention.end] == mention.text
    for record in doc._.claims:
        for key in ("evidence", "amount", "actor", "time", "measure"):
            span = record[key]
            if span and span.get("start") is not None:
                assert text[span["start"]:span["end"]] == span["text"], (key, record)
