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


def value_of(run_text, date, text, surface):
    found = [t for t in run_text(text, date=date)._.time if t.text == surface]
    assert found, f"{surface!r} not read as a time in {text!r}"
    t = found[0]
    return (t.grain, t.from_date, t.to_date) if t.resolved else (None, None, None)


def expected(grain, lo, hi):
    return (grain, lo, hi) if (lo or hi) else (None, None, None)


@pytest.mark.parametrize("row", examples("time_values.tsv"), ids=lambda r: f"{r[0]} {r[2]}")
def test_time_value(run_text, row):
    """The example corpus of docs/time-values.md: grain and inclusive ISO bounds."""
    date, text, surface, grain, lo, hi = row
    assert value_of(run_text, date, text, surface) == expected(grain, lo, hi)


@pytest.mark.parametrize("text, surface, years", [
    ("Fylket brukte 3 millioner kroner på gang- og sykkelveier i 2019 og 2020.", "i 2019 og 2020", (2019, 2020)),
    ("Kommunen har brukt 12 millioner på skolebygg i fjor og i år.", "i fjor og i år", (2017, 2018)),
])
def test_two_following_years_joined_by_og_are_one_period(run_text, text, surface, years):
    (t,) = run_text(text, date="2018-10-08")._.time
    assert (t.text, t.from_, t.to) == (surface, *years)


def test_a_line_break_ends_the_clause_whose_tense_places_a_month(run_text):
    """A list item under a line in the past ("det foreslåtte kuttet") speaks of the coming August."""
    text = "– 4 millioner til å reversere det foreslåtte kuttet\n– 12 nye lærlinger fra august"
    (t,) = [t for t in run_text(text, date="2016-12-15")._.time if "august" in t.text]
    assert (t.from_date, t.to_date) == ("2017-08-01", None)


@pytest.mark.parametrize("text, surface, years", [
    ("Budsjett 2017 og økonomiplan 2017–2020\n\nTil skolebygg settes det av 40 millioner kroner i "
     "økonomiplanperioden.", "i økonomiplanperioden", (2017, 2020)),
    ("Nasjonal transportplan 2025–2036 er lagt fram\n\nRiksveiene får 4 milliarder mer i planperioden.",
     "i planperioden", (2025, 2036)),
])
def test_a_plan_period_is_the_one_the_title_names(run_text, text, surface, years):
    (t,) = [t for t in run_text(text, date="2016-12-01")._.time if t.text == surface]
    assert (t.from_, t.to, t.resolved) == (*years, True)


def test_a_plan_period_no_title_names_stays_unresolved(run_text):
    doc = run_text("Ny skole\n\nKommunen setter av 40 millioner kroner i økonomiplanperioden.", date="2016-12-01")
    (t,) = [t for t in doc._.time if t.text == "i økonomiplanperioden"]
    assert not t.resolved
