"""The time of a claim: stated, inherited, or the document's budget year; each case in two wordings."""

import pytest

from pipeline.extract import Extractor
from pipeline.io import make_document


@pytest.fixture(scope="module")
def extractor():
    return Extractor("blank")


def times(extractor, text, date, **meta):
    records = extractor.extract(make_document("t", text, {"date": date, **meta}))
    return [(r["amount"]["text"], r["time"]["from"], r["time"]["to"], r["time"]["basis"])
            for r in records if r["kind"] != "measure"]


@pytest.mark.parametrize("text, date, want", [
    ("Nytt fylkesbudsjett vedtatt\n\nFylkestinget vedtok 14. desember 2022 et budsjett på 3,1 milliarder "
     "kroner.", "2022-12-15", ("3,1 milliarder kroner", 2023, 2023, "budget-year")),
    ("Ny plan for rehabilitering\n\nHelseministeren la fram planen tirsdag 3. mars 2015, med 400 millioner "
     "kroner til rehabilitering.", "2015-03-04", ("400 millioner kroner", 2015, 2015, "document-date")),
])
def test_the_day_of_an_event_does_not_date_the_money(extractor, text, date, want):
    assert times(extractor, text, date)[0] == want


@pytest.mark.parametrize("text, date", [
    ("Skolen først\n\nProgrammet vårt for perioden 2021–2025 bygger på tre pilarer.\n\nVi vil:\n\n"
     "- bruke 500 millioner kroner på flere lærere", "2021-03-01"),
    ("Dette går vi til valg på\n\nHer er løftene våre for stortingsperioden 2021-2025.\n\n"
     "- 2 milliarder kroner til nye sykehjemsplasser", "2021-05-20"),
])
def test_a_programme_term_governs_its_document(extractor, text, date):
    (_, lo, hi, basis), = times(extractor, text, date)
    assert (lo, hi, basis) == (2021, 2025, "programme-period")


@pytest.mark.parametrize("title, text", [
    ("Kulturbudsjettet øker med 300 millioner", "Regjeringen vil bruke 300 millioner kroner mer på kultur."),
    ("Slik blir forsvarsbudsjettet", "Forsvaret får 2 milliarder kroner til nye fartøy."),
])
def test_a_compound_budget_word_in_the_autumn_means_next_year(extractor, title, text):
    (_, lo, hi, basis), = times(extractor, f"{title}\n\n{text}", "2019-10-08")
    assert (lo, hi, basis) == (2020, 2020, "budget-year")


@pytest.mark.parametrize("text, want", [
    ("Ordningen kom i 2017 og har siden gitt 80 millioner kroner til lokale lag.", (2017, None)),
    ("Fylket innførte ordningen i 2014. Siden har fylket brukt 200 millioner kroner på den.", (2014, None)),
    ("Ordningen kom i 2017 og gir 80 millioner kroner til lokale lag.", (2017, 2017)),
])
def test_har_siden_opens_the_period(extractor, text, want):
    assert times(extractor, text, "2020-02-01")[0][1:3] == want


@pytest.mark.parametrize("body, want", [
    ("Tilskuddet til leirskole økes fra 40 millioner til 55 millioner kroner.", [2020, 2021]),
    ("Bevilgningen til fengslene går opp fra 4,1 milliarder til 4,4 milliarder kroner.", [2020, 2021]),
    ("Tilskuddet økes fra 2 milliarder kroner i regjeringens forslag til 2,4 milliarder kroner.", [2021, 2021]),
])
def test_the_from_amount_of_a_budget_change_is_the_year_before(extractor, body, want):
    got = times(extractor, f"Statsbudsjettet 2021\n\n{body}", "2020-10-07")
    assert [lo for _, lo, _, _ in got] == want
