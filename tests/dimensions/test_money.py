import pytest

from tests.conftest import examples


def flag(cell):
    return None if cell is None else cell == "true"


def check_money(run_text, row):
    text, surface, value, currency, inferred, qualifier, per, rng = row[:8]
    doc = run_text(text)
    assert doc._.money, f"no money found in {text!r}"
    m = doc._.money[0]
    assert m.text == surface
    assert m.value == pytest.approx(float(value))
    assert m.currency == currency
    assert m.currency_inferred is flag(inferred)
    assert m.qualifier == qualifier
    assert m.per == per
    assert m.range == rng


@pytest.mark.parametrize("row", examples("money.tsv") + examples("money_values.tsv"), ids=lambda r: r[0][:40])
def test_money_example(run_text, row):
    check_money(run_text, row)



@pytest.mark.parametrize("text", [r[0] for r in examples("not_money.tsv")])
def test_not_money(run_text, text):
    assert run_text(text)._.money == []


def test_range_borrows_scale_and_currency(run_text):
    doc = run_text("Pakken blir på mellom 200 og 300 millioner kroner.")
    assert [(m.value, m.range) for m in doc._.money] == [(200e6, "from"), (300e6, "to")]


def test_change_gives_two_amounts(run_text):
    doc = run_text("Tilskuddet gikk fra 13,9 millioner kroner til 64 millioner kroner i 2019.")
    assert [(m.value, m.range) for m in doc._.money] == [(13.9e6, "from"), (64e6, "to")]


def test_year_is_not_money(run_text):
    assert run_text("I 2021 ble budsjettet vedtatt.")._.money == []
