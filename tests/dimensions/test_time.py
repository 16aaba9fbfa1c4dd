import pytest

from tests.conftest import examples


def intval(cell):
    return None if cell is None else int(cell)


@pytest.mark.parametrize("row", examples("time.tsv"), ids=lambda r: r[1][:40])
def test_time_example(run_text, row):
    date, text, surface, lo, hi, iso, resolved = row
    found = run_text(text, date=date)._.time
    assert found, f"no time in {text!r}"
    t = found[0]
    assert (t.text, t.from_, t.to, t.date, t.resolved) == (surface, intval(lo), intval(hi), iso, resolved == "true")


@pytest.mark.parametrize("text", [r[0] for r in examples("not_time.tsv")])
def test_not_a_year(run_text, text):
    assert run_text(text, date="2020-01-01")._.time == []


def test_header_date_resolves_relative_time(run_text):
    doc = run_text(" date 2021-07 I fjor kom planen.")
    assert doc._.context.iso_date == "2021-07"
    (t,) = doc._.time
    assert (t.text, t.from_, t.to) == ("I fjor", 2020, 2020)
