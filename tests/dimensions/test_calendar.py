import datetime as dt

import pytest

from pipeline.dimensions import calendar as cal

D = dt.date


@pytest.mark.parametrize("interval, want", [
    (cal.year(2021), (D(2021, 1, 1), D(2021, 12, 31))),
    (cal.quarter(2024, 1), (D(2024, 1, 1), D(2024, 3, 31))),
    (cal.quarter(2024, 4), (D(2024, 10, 1), D(2024, 12, 31))),
    (cal.half(2023, 2), (D(2023, 7, 1), D(2023, 12, 31))),
    (cal.month(2024, 2), (D(2024, 2, 1), D(2024, 2, 29))),
    (cal.season(2020, "høst"), (D(2020, 9, 1), D(2020, 11, 30))),
    (cal.season(2024, "vinter"), (D(2023, 12, 1), D(2024, 2, 29))),
    (cal.school_year(2023), (D(2023, 8, 1), D(2024, 6, 30))),
    (cal.iso_week(2024, 12), (D(2024, 3, 18), D(2024, 3, 24))),
    (cal.week_of(D(2026, 12, 5)), (D(2026, 11, 30), D(2026, 12, 6))),
])
def test_interval(interval, want):
    assert interval == want


def test_a_year_without_week_53_has_none():
    assert cal.iso_week(2023, 53) is None
    assert cal.iso_week(2020, 53) == (D(2020, 12, 28), D(2021, 1, 3))


@pytest.mark.parametrize("prep, want", [
    (None, (D(2027, 1, 1), D(2027, 12, 31))),
    ("fra", (D(2027, 1, 1), None)),
    ("siden", (D(2027, 1, 1), None)),
    ("etter", (D(2028, 1, 1), None)),
    ("innen", (None, D(2027, 12, 31))),
    ("fram  til", (None, D(2027, 12, 31))),
    ("før", (None, D(2026, 12, 31))),
])
def test_a_preposition_opens_or_closes_the_interval(prep, want):
    assert cal.bounded(cal.year(2027), prep) == want


def test_months_run_into_the_next_year():
    assert cal.months(2023, 12, 3) == (D(2023, 12, 1), D(2024, 2, 29))
    assert cal.shift_month(2024, 1, -1) == (2023, 12)
