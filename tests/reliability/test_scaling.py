"""Linear time, counted rather than timed: the Python lines run to extract money-dense text four times
as long grow about four times (a stage that rescans from the start, or checks every span already
taken for each new one, grows sixteen times). Timings at 200k/400k/1.2M characters: `make stress`."""

from __future__ import annotations

import sys

import pytest

from bench.stress import money_dense_text
from pipeline.io import make_document


@pytest.fixture(scope="module")
def extractor():
    from pipeline.extract import Extractor

    extractor = Extractor("blank")
    extractor.extract(make_document("warm", money_dense_text(5_000), {"date": "2023-10-06"}))
    return extractor


def lines_run(extractor, chars: int) -> int:
    count = 0

    def trace(frame, event, arg):
        nonlocal count
        count += 1
        return trace

    document = make_document("scale", money_dense_text(chars), {"date": "2023-10-06"})
    sys.settrace(trace)
    try:
        extractor.extract(document)
    finally:
        sys.settrace(None)
    return count


def test_four_times_the_text_costs_about_four_times_the_work(extractor):
    small, large = lines_run(extractor, 10_000), lines_run(extractor, 40_000)
    assert large / small < 4.6, (small, large)
