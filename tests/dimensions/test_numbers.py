import pytest

from pipeline.dimensions.numbers import parse_number, parse_value, scale_of
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


@pytest.mark.parametrize("text,value", [
    ("1 100 000 000", 1.1e9), ("1.000.000", 1e6), ("1,1 mrd", 1.1e9), ("10 mrd.", 1e10), ("10 mrd", 1e10),
    ("halvannen million", 1.5e6), ("0.5", 0.5), ("1100000000.0", 1.1e9), ("2,5", 2.5), ("tre hundre", 300.0),
    ("12\u00a0millioner", 1.2e7), ("0.095", 0.095), ("0,095", 0.095), ("1.234", 1234.0),
])
def test_values_as_reviewers_write_them(text, value):
    assert parse_value(text) == value


@pytest.mark.parametrize("text", ["", "abc", "nan", "inf", "10 mrd mrd", "mrd"])
def test_no_value(text):
    assert parse_value(text) is None


def test_the_review_app_reads_values_with_the_same_parser():
    from pipeline.review.edits import EditError, coerce

    assert coerce("value", "10 mrd") == 1e10 and coerce("value", "1.000.000") == 1e6
    with pytest.raises(EditError):
        coerce("value", "ti kroner og litt")
