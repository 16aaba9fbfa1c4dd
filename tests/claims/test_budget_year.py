"""The budget year: the year a claim's money is for when its text does not say (examples written for
this test, in several policy areas and genres)."""

import pytest

from pipeline.claims.budget_year import budget_kind, budget_year
from pipeline.document import parse_date


def year(title, text, date):
    found = budget_year(title, text, 0, parse_date(date) if date else None, [])
    return (found.year, found.basis) if found else None


@pytest.mark.parametrize("title,text,date,expected", [
    # a budget proposal published in the autumn is about next year
    ("Flere politifolk i distriktene", "Regjeringen legger i dag fram forslag til statsbudsjett.", "2023-10-06",
     (2024, "budget-year")),
    ("Bygdene får mer til veg", "I budsjettforslaget prioriteres fylkesveiene.", "2019-10-07", (2020, "budget-year")),
    ("Budsjettforlik i havn", "Partiene ble enige natt til søndag.", "2022-11-27", (2023, "budget-year")),
    ("Bystyret vedtok budsjettet", "Skolene slipper kutt.", "2023-12-14", (2024, "budget-year")),
    # the government proposing for next year, in the autumn, with no word for a budget
    ("Tannhelse for eldre", "Likevel foreslår regjeringen å fryse tannhelsetilskuddet også neste år.", "2018-10-12",
     (2019, "budget-year")),
    ("For lite til veiene", "Solberg-regjeringens forslag for neste år gir fylkesveiene 200 millioner.", "2016-10-20",
     (2017, "budget-year")),
    ("Regjeringen foreslår kutt", "Regjeringen foreslår å kutte i tilskuddet neste år.", "2018-04-12",
     (2018, "document-date")),
    # a writer's `vi` proposing for next year in the autumn (a ministry's release, a party's page)
    ("Styrker beredskapen", "– Derfor foreslår vi å bruke 420 millioner kroner mer på sivil beredskap neste år, sier "
     "statsråden.", "2023-10-06", (2024, "budget-year")),
    ("Mer til kulturskolen", "I vårt program foreslår vi gratis kulturskole for alle førsteklassinger fra neste år.",
     "2021-11-02", (2022, "budget-year")),
    # a date's point inside the sentence ends no sentence
    ("Høyere grense for fri rettshjelp", "Regjeringen foreslår å heve grensen fra 1. juli neste år.", "2023-10-06",
     (2024, "budget-year")),
    ("Mer til barnevernet", "Regjeringen vil i sitt forslag gi kommunene 300 millioner fra 1. august neste år.",
     "2019-10-08", (2020, "budget-year")),
    # a revised budget is about the year it is published
    ("Revidert nasjonalbudsjett: mer til flomsikring", "Regjeringen foreslår i dag …", "2024-05-14",
     (2024, "revised-budget")),
    ("Krisehjelp til turistnæringen", "I revidert budsjett legges det inn 400 millioner.", "2021-05-11",
     (2021, "revised-budget")),
    # an amendment in the autumn is to next year's proposal, in spring to this year's budget
    ("Asylkostnadene tas fra bistanden", "Tilleggsproposisjonen flytter penger fra nødhjelp.", "2015-11-06",
     (2016, "budget-year")),
    ("Ny regjering, nye prioriteringer", "I tilleggsproposisjonen kutter regjeringen i sykkelveier.", "2013-11-08",
     (2014, "budget-year")),
    ("Ekstra penger til flomrammede kommuner", "En tilleggsproposisjon gir 300 millioner til gjenoppbygging.",
     "2023-03-20", (2023, "revised-budget")),
    # a year the document names for its budget wins
    ("Venstres alternative budsjett for 2026", "Vi prioriterer skolen.", "2025-11-03", (2026, "budget-named")),
    ("2025-budsjettet til Frogn kommune", "Budsjettet ble vedtatt.", "2024-12-12", (2025, "budget-named")),
    # otherwise the document's own year
    ("Statsbudsjettet sett fra Finnmark", "Debatten fortsetter.", "2022-03-02", (2022, "document-date")),
    ("Nye tall fra SSB", "Ledigheten falt i oktober.", "2021-10-29", (2021, "document-date")),
    ("Forslag til statsbudsjett", "Ingen dato.", "2021", (2021, "document-date")),
    ("Forslag til statsbudsjett", "Ingen dato.", None, None),
])
def test_budget_year(title, text, date, expected):
    assert year(title, text, date) == expected


def test_a_revised_budget_wins_over_a_budget_named_in_passing():
    assert budget_kind("Revidert nasjonalbudsjett: endringer i statsbudsjettet for i år") == "revised"
    assert budget_kind("Statsbudsjettet: kommunene får mer") == "proposal"
    assert budget_kind("Kommunen åpner ny skole") is None


def test_records_show_the_basis():
    from pipeline.extract import Extractor
    from pipeline.io import Document

    document = Document(id="kd", text="Regjeringen vil bruke 300 millioner kroner på flere lærere.", date="2023-10-06",
                        title="Statsbudsjettet: Flere lærere i skolen", publisher="Kunnskapsdepartementet")
    (record,) = Extractor("blank").extract(document)
    assert record["time"]["from"] == record["time"]["to"] == 2024
    assert record["time"]["inferred"] is True and record["time"]["basis"] == "budget-year"
    assert record["time"]["start"] is None  # no span: the year is not in the text


@pytest.mark.parametrize("text,amount,year", [
    ("Regjeringen foreslår 300 millioner kroner til vedlikehold, 40 millioner mer enn i fjor.", "40 millioner", 2024),
    ("Fylket bruker 12 millioner kroner på ferjer, en økning på 2 millioner kroner sammenlignet med i år.", "2 millioner kroner",
     2024),
    ("Bevilgningen til politiet øker med 5 prosent i forhold til 2023.", "5 prosent", 2024),
    ("Tilskuddet er 80 millioner kroner høyere enn saldert budsjett 2023.", "80 millioner kroner", 2024),
    ("Kulturskolene får 80 millioner kroner, en økning på 12 millioner fra i år.", "12 millioner", 2024),
    ("Kommunene får 2 milliarder kroner mer enn de fikk i år.", "2 milliarder kroner", 2024),
    ("Fylkene får 40 millioner kroner, mot de 25 millionene regjeringen foreslo i fjor.", "40 millioner kroner", 2024),
])
def test_a_comparison_base_is_not_the_claims_time(text, amount, year):
    """In an October budget press release: the base is compared with, the money is for the budget year."""
    from pipeline.extract import Extractor
    from pipeline.io import Document

    document = Document(id="c", text=text, date="2023-10-06", title="Statsbudsjettet 2024",
                        publisher="Finansdepartementet")
    records = {r["amount"]["text"]: r for r in Extractor("blank").extract(document)}
    assert records[amount]["time"]["from"] == records[amount]["time"]["to"] == year


@pytest.mark.parametrize("text, amount, time", [
    ("Satsen økes med 500 kroner fra 1. juli.", "500 kroner", "fra 1. juli"),
    ("Kommunene fikk mer enn 16 milliarder kroner i fjor.", "mer enn 16 milliarder kroner", "i fjor"),
])
def test_a_start_or_an_amounts_own_year_is_no_comparison_base(text, amount, time):
    from pipeline.extract import Extractor
    from pipeline.io import Document

    records = {r["amount"]["text"]: r for r in Extractor("blank").extract(Document(id="c", text=text, date="2023-10-06"))}
    assert records[amount]["time"]["text"] == time


def test_a_time_that_is_not_a_comparison_stays():
    from pipeline.extract import Extractor
    from pipeline.io import Document

    document = Document(id="c", text="Kommunen fikk 30 millioner kroner i fjor.", date="2023-10-06")
    (record,) = Extractor("blank").extract(document)
    assert (record["time"]["text"], record["time"]["from"]) == ("i fjor", 2022)


@pytest.mark.parametrize("title, opening, later, want", [
    ("Sykehusene trenger mer", "Helseministeren la fram statsbudsjettet i oktober. Regjeringen vil bruke 2 "
     "milliarder kroner mer på sykehusene.", "I statsbudsjettet for 2019 var økningen større.", 2023),
    ("Kutt i kulturskolen", "Rådmannen la fram sitt forslag i forrige uke, og kulturskolen må kutte i "
     "budsjettet.", "Allerede i 2020-budsjettet ble tilbudet redusert.", 2023),
])
def test_a_budget_named_far_into_the_text_does_not_name_the_documents(title, opening, later, want):
    """A budget the text looks back at, after its opening, is not the one it is about."""
    from pipeline.dimensions.time import find_times

    text = opening + " " + "Det er bekymringsfullt. " * 30 + later
    found = budget_year(title, text, 0, parse_date("2022-10-20"), find_times(text, 0, len(text), "2022-10-20"))
    assert (found.year, found.basis) == (want, "budget-year")


def test_with_no_date_a_budget_named_further_on_is_the_best_guess():
    from pipeline.dimensions.time import find_times

    text = "Kommunene får mer til barnevern. " + "Det er bra. " * 60 + "Pengene kommer i revidert nasjonalbudsjett 2022."
    found = budget_year("Mer til barnevernet", text, 0, None, find_times(text, 0, len(text), None))
    assert (found.year, found.basis) == (2022, "budget-named")


@pytest.mark.parametrize("opening, want", [
    ("Staten og Bondelaget ble enige i natt. Rammen blir 1,2 milliarder kroner for avtaleåret 2016/2017.", (2016, 2017)),
    ("Jordbruksoppgjøret er i havn, og avtalen gjelder for avtaleåret 1. juli 2021–30. juni 2022.", (2021, 2022)),
    ("Oikos er skuffet. Det settes av 142 millioner kroner til økologisk landbruk i avtaleåret 2012/2013.", (2012, 2013)),
    ("Gartnerne er fornøyde med oppgjøret, som gir grøntsektoren et løft i avtaleåret.", (2014, 2015)),
])
def test_the_farm_agreements_year_governs_its_report(opening, want):
    from pipeline.dimensions.time import find_times

    date = f"{want[0]}-05-18"
    found = budget_year("Enighet i jordbruksoppgjøret", opening, 0, parse_date(date),
                        find_times(opening, 0, len(opening), date))
    assert (found.year, found.last, found.basis) == (*want, "budget-named")


@pytest.mark.parametrize("genre,text,expected", [
    # on a party page, the period its promises are for, at most a term long
    ("party-page", "Her er våre viktigste løfter for perioden 2023–2027.", (2023, "programme-period", 2027)),
    ("party-page", "Dette vil Senterpartiet gjøre for bygdene i perioden 2019-2023.", (2019, "programme-period", 2023)),
    # a plan period of another kind, or a long one, is no programme's term
    ("party-page", "Kommunedirektøren vil låne 2 milliarder i økonomiplanperioden 2025–2028.", (2024, "document-date", None)),
    ("party-page", "Vi vil bruke 20 milliarder på Forsvaret i perioden 2025–2036.", (2024, "document-date", None)),
    # a newspaper's period is the period of what it reports, not of the document
    ("news", "Fylket vil bruke 40 millioner på gang- og sykkelveier i perioden 2024–2027.", (2024, "document-date", None)),
])
def test_a_party_page_promises_for_the_period_it_names(genre, text, expected):
    found = budget_year("Våre løfter", text, 0, parse_date("2024-08-20"), [], genre)
    assert (found.year, found.basis, found.last) == expected


@pytest.mark.parametrize("text, date, expected", [
    # before an election, a party page that speaks of "perioden" promises for the coming term
    ("Dette vil vi gjøre i perioden: bygge flere sykehjemsplasser.", "2019-08-15", (2019, "programme-period", 2023)),
    ("I neste periode vil Senterpartiet satse på bygdene.", "2025-06-01", (2025, "programme-period", 2029)),
    # after the election, or in a year with none, or with no word of a term, the document's year
    ("Dette vil vi gjøre i perioden: bygge flere sykehjemsplasser.", "2019-11-15", (2019, "document-date", None)),
    ("Dette vil vi gjøre i perioden: bygge flere sykehjemsplasser.", "2020-08-15", (2020, "document-date", None)),
    ("Vi vil bygge flere sykehjemsplasser.", "2019-08-15", (2019, "document-date", None)),
])
def test_a_party_page_before_an_election_promises_for_the_coming_term(text, date, expected):
    found = budget_year("Våre løfter", text, 0, parse_date(date), [], "party-page")
    assert (found.year, found.basis, found.last) == expected
