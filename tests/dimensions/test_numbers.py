import pytest

from pipeline.dimensions.numbers import parse_number, scale_of
from tests.conftest import examples


@pytest.mark.parametrize("text,value", examples("numbers.tsv"))
def test_numeral(text, value):
    assert parse_number(text) == pytest.approx(float(value))


@pytest.mark.parametrize("word,mult", [("tusen", 1e3), ("millioner", 1e6), ("mill.", 1e6), ("mill", 1e6),
                                       ("mrd.", 1e9), ("mrd", 1e9), ("milliarder", 1e9), ("billion", 1e12),
                                       ("MNOK", 1e6)])
def test_scale_words(word, mult):
    assert scale_of(word)[0] == mult


def test_not_a_number():
    assert parse_number("kroner") is None
    assert parse_number("treff") is None
