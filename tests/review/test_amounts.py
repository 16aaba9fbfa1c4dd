"""Amounts as annotators type and read them: the project's parsers read them, the Norwegian way writes them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.dimensions.numbers import parse_value
from pipeline.review.amounts import Reading, format_amount, format_number, read_amount, suggest_amount


@pytest.mark.parametrize(("typed", "reading"), [
    ("10 mrd", Reading(10e9)),
    ("1.000.000", Reading(1e6)),
    ("1,5 milliarder", Reading(1.5e9)),
    ("kr 250 000", Reading(250_000, "NOK", "money")),
    ("1,1 mrd. kr", Reading(1.1e9, "NOK", "money")),
    ("250 000 dollar", Reading(250_000, "USD", "money")),
    ("ca. 500 mill. kroner", Reading(500e6, "NOK", "money", "approx")),
    ("12 sykehus", Reading(12, "sykehus", "quantity")),
    ("1100000000.0", Reading(1.1e9)),
    ("  38 ", Reading(38)),
])
def test_what_an_annotator_types_is_read_by_the_project_parsers(typed, reading):
    assert read_amount(typed) == reading


@pytest.mark.parametrize("typed", ["", "mange", "1 og 2 kroner", "38 og 40"])
def test_no_amount_or_more_than_one_is_none(typed):
    assert read_amount(typed) is None


def test_a_selection_proposes_its_first_amount():
    assert suggest_amount("Regjeringen foreslår 450 millioner kroner til") == Reading(450e6, "NOK", "money")
    assert suggest_amount("og 12 sykehus bygges") == Reading(12, "sykehus", "quantity")
    assert suggest_amount("Regjeringen") is None


@pytest.mark.parametrize(("value", "unit", "shown"), [
    (1.1e9, "NOK", "1,1 mrd. kr"),
    (250_000, "NOK", "250 000 kr"),
    (450e6, "NOK", "450 mill. kr"),
    (1_234_567_891, "NOK", "1 234 567 891 kr"),
    (1_234_500_000, "NOK", "1 234 500 000 kr"),
    (2.5e12, "USD", "2 500 mrd. USD"),
    (38, "turnusstilling", "38 turnusstilling"),
    (12.5, "%", "12,5 %"),
    (None, "NOK", ""),
])
def test_amounts_are_written_the_norwegian_way(value, unit, shown):
    assert format_amount(value, unit) == shown


@given(st.one_of(st.integers(-10**15, 10**15),
                 st.decimals(-10**9, 10**9, places=3, allow_nan=False, allow_infinity=False)))
def test_what_format_number_writes_parse_value_reads_back(number):
    value = float(number)
    assert parse_value(format_number(value)) == value
