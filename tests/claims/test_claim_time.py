"""The time of a claim: stated, inherited, or the document's budget year; each case in two wordings."""

import pytest

from pipeline.io import make_document
from tests.claims.helpers import amount_records


def times(extractor, text, date, **meta):
    return [(r["amount"]["text"], r["time"]["from"], r["time"]["to"], r["time"]["basis"])
            for r in amount_records(extractor, text, date, **meta)]


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


@pytest.mark.parametrize("text", [
    "Budsjettforslaget for fylket\n\nSkyssen får 2 milliarder kroner, 150 millioner mer enn i saldert budsjett for 2020.",
    "Budsjettforslaget for fylket\n\nSkyssen får 2 milliarder kroner, en økning på 150 millioner kroner fra saldert "
    "budsjett 2020.",
])
def test_the_adopted_budget_is_a_comparison_base(extractor, text):
    got = times(extractor, text, "2020-10-07")
    assert got[0] == ("2 milliarder kroner", 2021, 2021, "budget-year")


@pytest.mark.parametrize("text", [
    "Etter at fylket i 2019 la ned to skoler, bruker kommunen 30 millioner kroner på skyss.",
    "Fordi staten i 2020 kuttet tilskuddet, må kommunen betale 4 millioner kroner selv.",
])
def test_a_time_in_a_subordinate_clause_does_not_date_the_amount(extractor, text):
    assert times(extractor, text, "2022-03-10")[0][1:3] == (2022, 2022)


@pytest.mark.parametrize("text, year", [
    ("Etter at regjeringen i 2021 kuttet tilskuddet med 30 millioner kroner, har fylket i år lagt inn 50 millioner "
     "kroner til bussene.", 2021),
    ("Fordi staten i 2020 trakk tilbake 12 millioner kroner, må kommunen i år betale 4 millioner kroner selv.", 2020),
])
def test_an_amount_inside_a_subordinate_clause_is_dated_by_that_clause(extractor, text, year):
    got = times(extractor, text, "2023-03-10")
    assert got[0][1:3] == (year, year) and got[1][1:3] == (2023, 2023)


@pytest.mark.parametrize("text", [
    "Etter at Venstre i fjor høst fikk gjennomslag for gratis ferje, har vi store forventninger. Vi krever 40 "
    "millioner kroner til nye hurtigbåter.",
    "Da fylket i 2019 vedtok planen, var det stor enighet. Nå setter vi av 12 millioner kroner til gang- og "
    "sykkelveier.",
])
def test_a_time_in_an_earlier_sentences_subordinate_clause_is_not_inherited(extractor, text):
    assert times(extractor, f"Budsjettforslaget\n\n{text}", "2022-10-10")[-1][1:3] == (2023, 2023)


@pytest.mark.parametrize("text, date, want", [
    ("Til klimafondet settes det av 3 milliarder kroner, en halv milliard mer enn i årets budsjett.",
     "2012-10-09", 2013),
    ("Samlet får kulturskolen 9 millioner kroner, en økning på 1 million fra årets budsjett.", "2014-11-20", 2015),
])
def test_this_years_budget_is_a_comparison_base_and_names_no_budget_year(extractor, text, date, want):
    got = times(extractor, f"Budsjettforslaget\n\n{text}", date)
    assert got[0][1:3] == (want, want)


def test_this_years_budget_dates_what_it_holds(extractor):
    text = "Lokalt\n\nKommunen satte i årets budsjett av 15 millioner kroner til ny vei."
    assert times(extractor, text, "2011-10-20")[0][1:3] == (2011, 2011)


@pytest.mark.parametrize("text", [
    "Kritikk av budsjettforslaget\n\nRegjeringen foreslo i oktober å gi 500 millioner kroner til flere politifolk.",
    "Kritikk av budsjettforslaget\n\nFor to uker siden la regjeringen fram budsjettet. Der settes det av 300 "
    "millioner kroner til veier.",
    "Kritikk av budsjettforslaget\n\nPå bystyremøtet i desember vil Venstre legge inn 4 millioner kroner til "
    "sykkelveier.",
])
def test_when_a_budget_was_proposed_does_not_date_its_money(extractor, text):
    assert times(extractor, text, "2019-11-01")[0][1:4] == (2020, 2020, "budget-year")


@pytest.mark.parametrize("text, year", [
    ("Skolene får 80 millioner kroner i år, mot 65 millioner kroner i 2021.", 2021),
    ("Tilskuddet blir 4 millioner kroner i år, mot 3,5 millioner kroner i fjor.", 2021),
])
def test_a_compared_amount_keeps_its_own_year(extractor, text, year):
    first, second = times(extractor, text, "2022-03-10")
    assert (first[1], second[1]) == (2022, year)


@pytest.mark.parametrize("body", [
    "Arbeidet med den nye brannstasjonen starter i andre halvår.\n\nDen koster 40 millioner kroner i andre halvår.",
    "Kommunen setter av 8 millioner kroner til nye lekeplasser i tredje kvartal.",
])
def test_a_half_or_quarter_already_begun_is_the_next_budget_years(extractor, body):
    text = f"Budsjett for neste år\n\nKommunestyret har vedtatt budsjettet.\n\n{body}"
    got = times(extractor, text, "2024-12-12", publisher="Hamar kommune")
    assert got[-1][1:3] == (2025, 2025)


@pytest.mark.parametrize("sentence", [
    "Til bredbånd foreslås det 300 millioner kroner, omtrent like mye som i år.",
    "Tilskuddet til frivilligsentraler blir 120 millioner kroner, det samme som i år.",
])
def test_what_an_amount_is_as_large_as_is_its_base_not_its_time(extractor, sentence):
    text = f"Statsbudsjettet for neste år\n\nRegjeringen la fram budsjettforslaget i dag.\n\n{sentence}"
    (_, lo, hi, _), = times(extractor, text, "2020-10-07", publisher="NTB")
    assert (lo, hi) == (2021, 2021)


@pytest.mark.parametrize("sentence", [
    "Bostøtten, ordningen som siden 2010 har hjulpet leietakere, får 50 millioner kroner mer i 2019.",
    "Ungdomsfondet, et tilskudd som i 2015 ble lagt ned, skal nå få 20 millioner kroner i 2019.",
])
def test_a_time_in_a_relative_clause_between_commas_does_not_date_the_amount(extractor, sentence):
    (_, lo, hi, _), = times(extractor, f"Budsjettet\n\n{sentence}", "2018-10-08", publisher="NTB")
    assert (lo, hi) == (2019, 2019)


@pytest.mark.parametrize("title", ["Økonomiplan 2024–2027 og budsjett 2024", "Handlingsprogram 2024–2027 med budsjettet for 2024",
                                   "Årsbudsjett 2024 med økonomiplan for 2024–2027"])
def test_a_heading_that_names_a_plan_and_its_budget_gives_the_budgets_year(extractor, title):
    text = f"{title}\n\nKommunestyret vedtok planen i går.\n\nSkolene får 40 millioner kroner til vedlikehold."
    (_, lo, hi, _), = times(extractor, text, "2023-12-15", publisher="Askøy kommune", genre="budget-document")
    assert (lo, hi) == (2024, 2024)


@pytest.mark.parametrize("sentence", [
    "Rammetilskuddet blir 400 millioner kroner, en økning på 12 millioner fra det opprinnelige 2016-budsjettet.",
    "Eiendomsskatten holdes på samme sats som i 2016 og gir 62 millioner kroner.",
])
def test_a_budget_or_rate_an_amount_is_measured_from_is_its_base(extractor, sentence):
    text = f"Budsjett 2017\n\nKommunestyret vedtok budsjettet.\n\n{sentence}"
    for _, lo, hi, _ in times(extractor, text, "2016-12-15", publisher="Moss kommune", genre="budget-document"):
        assert (lo, hi) == (2017, 2017)


@pytest.mark.parametrize("text, amount, years", [
    ("- Porsgrunn museum: 8,2 mill. kr i driftstilskudd (7,9 mill. i år)", "8,2 mill. kr", (2011, 2011)),
    ("Samferdsel\n\nPlanen gir 900 millioner kroner til gang- og sykkelveier, mer enn i forrige plan (2006–2015).",
     "900 millioner kroner", (2011, 2011)),
])
def test_a_time_in_brackets_about_another_amount_or_a_compared_plan_does_not_date_the_amount(extractor, text, amount,
                                                                                               years):
    document = make_document("t", f"Statsbudsjettet: kultur og vei\n\n{text}", {"date": "2010-10-05"})
    (record,) = [r for r in extractor.extract(document) if r.get("amount") and r["amount"]["text"] == amount]
    assert (record["time"]["from"], record["time"]["to"]) == years


@pytest.mark.parametrize("sentence, years", [
    ("Frp ville i fjor høst kutte 300 millioner kroner i utviklingssamarbeidet med landene i Afrika i sitt alternative "
     "statsbudsjett for 2019.", (2019, 2019)),
    ("Ap ville i fjor høst bruke 200 millioner kroner mer på lensmannskontorene i distriktene i sitt alternative "
     "budsjett for 2019.", (2019, 2019)),
])
def test_a_named_budget_year_wins_over_when_it_was_proposed(extractor, sentence, years):
    document = make_document("t", f"Budsjettkamp\n\n{sentence}", {"date": "2019-03-12"})
    (record,) = [r for r in extractor.extract(document) if r.get("amount")]
    assert (record["time"]["from"], record["time"]["to"]) == years


@pytest.mark.parametrize("sentence, amount, year", [
    ("Tilskuddet settes til 7,4 mrd. kroner, ned fra 8,1 mrd. i saldert budsjett 2016.", "8,1 mrd.", 2016),
    ("Rammen blir 2 milliarder kroner, opp fra 1,6 milliarder i vedtatt budsjett 2015.", "1,6 milliarder", 2015),
])
def test_a_compared_amount_takes_the_year_of_its_budget(extractor, sentence, amount, year):
    document = make_document("t", f"Statsbudsjettet\n\n{sentence}", {"date": "2016-10-06"})
    (record,) = [r for r in extractor.extract(document) if r.get("amount") and r["amount"]["text"] == amount]
    assert record["time"]["from"] == record["time"]["to"] == year


@pytest.mark.parametrize("lead, date", [
    ("I vårt alternative budsjett, som legges fram i oktober, foreslår vi:", "2019-09-10"),
    ("Regjeringen, som la fram forslaget sitt 7. oktober, foreslår blant annet:", "2019-10-08"),
])
def test_a_time_in_a_lead_ins_subordinate_clause_does_not_date_its_items(extractor, lead, date):
    text = f"Budsjett\n\n{lead}\n- 50 millioner kroner til nye sykkelveier\n- 30 millioner kroner til skolebøker"
    got = times(extractor, text, date, genre="news", publisher="NTB")
    assert [(a, f, t) for a, f, t, _ in got] == [("50 millioner kroner", 2020, 2020), ("30 millioner kroner", 2020, 2020)]


@pytest.mark.parametrize("sentence, date, want", [
    ("I budsjettforliket i fjor høst fikk KrF 80 millioner kroner til rusomsorg.", "2019-03-01", 2019),
    ("Høsten 2016 la SV inn 200 millioner kroner til skolemat i sitt alternative budsjett.", "2017-05-10", 2017),
    ("Budsjettet gir høgskolen rom for 300 nye studenter høsten 2019.", "2018-10-08", 2019),
])
def test_a_past_autumns_budget_is_for_the_year_after_it(extractor, sentence, date, want):
    got = times(extractor, f"Budsjett\n\n{sentence}", date, genre="news", publisher="NTB")
    assert (got[0][1], got[0][2]) == (want, want)


@pytest.mark.parametrize("text, date, want", [
    ("Regjeringen øker rammen med 300 millioner kroner, regnet fra det som ble saldert for 2019.", "2019-10-07", 2020),
    ("Tilskuddet til kor kuttes med 5 millioner kroner sammenlignet med budsjettet for inneværende år.",
     "2018-10-08", 2019),
    ("Fylkestinget vil ha endringer før budsjettet vedtas i desember. Vi foreslår:\n- 10 millioner kroner til ferjer",
     "2016-10-20", 2017),
    ("Statsbudsjettet gir museet 4 millioner kroner, en økning på 200 000 kroner fra 2021.", "2021-10-12", 2022),
    ("Forsvaret får 3 milliarder kroner over nivået i 2019.", "2019-10-07", 2020),
    ("Barnevernet får 150 millioner kroner utover nivået fra 2016.", "2016-10-06", 2017),
    ("Da budsjettforslaget kom i oktober, satte regjeringen av 40 millioner kroner til skolehelsetjenesten.",
     "2015-11-10", 2016),
    ("I oktober la fylkesrådet opp til å kutte 25 millioner kroner i kollektivtrafikken.", "2019-11-20", 2020),
    ("Veksten på 2 milliarder kroner følger planen Stortinget sluttet seg til i juni 2020.", "2020-10-07", 2021),
])
def test_a_compared_budget_or_the_date_of_a_decision_is_not_the_claims_time(extractor, text, date, want):
    got = times(extractor, f"Statsbudsjettet\n\n{text}", date, genre="news", publisher="NTB")
    assert (got[0][1], got[0][2]) == (want, want)


@pytest.mark.parametrize("title, sentence, date, want", [
    ("Statsbudsjettet", "Regjeringen vil bruke 300 millioner kroner på nye jordmorstillinger i løpet av tre år.",
     "2021-10-12", (2022, 2024)),
    ("Budsjett 2019", "Fylket setter av 40 millioner kroner over to år til nye bybusser.", "2018-11-20", (2019, 2020)),
    ("Revidert budsjett", "Regjeringen vil bruke 300 millioner kroner på nye jordmorstillinger i løpet av tre år.",
     "2021-05-11", (2021, 2023)),
    ("Budsjett 2023", "Fylket gir 6 millioner kroner, fordelt på tre år, til nye fagskoleplasser.", "2022-11-15",
     (2023, 2025)),
    # a count of years after a plain `i`, one year too
    ("Statsbudsjettet", "Regjeringen gir Norsk Tipping 12 millioner kroner i fire år til spilleavhengige.",
     "2016-10-06", (2017, 2020)),
    ("Budsjett 2025", "Idrettsrådet får 9 millioner kroner i fem år til nye kunstgressbaner.",
     "2024-11-26", (2025, 2029)),
    ("Statsbudsjettet", "Prøveordningen med gratis kjernetid får 15 millioner kroner i ett år.", "2019-10-08",
     (2020, 2020)),
])
def test_a_span_of_years_in_an_autumn_budget_counts_from_the_budget_year(extractor, title, sentence, date, want):
    got = times(extractor, f"{title}\n\n{sentence}", date, genre="news", publisher="NTB")
    assert (got[0][1], got[0][2]) == want


@pytest.mark.parametrize("sentence, date, want", [
    ("Kommunen har brukt 4 millioner kroner i tre år på leksehjelp.", "2022-11-15", (2020, 2022)),
    ("Ordningen har gitt 600 bønder 20 000 kroner hver i fem år.", "2018-10-09", (2014, 2018)),
])
def test_a_span_of_years_in_the_past_tense_ends_now_in_an_autumn_budget(extractor, sentence, date, want):
    got = times(extractor, f"Budsjett {int(date[:4]) + 1}\n\n{sentence}", date, genre="news", publisher="NTB")
    assert (got[0][1], got[0][2]) == want


@pytest.mark.parametrize("lead, want", [
    ("Kommunestyret gjorde disse endringene i rådmannens forslag:", 2018),  # the proposal's figure for 2018
    ("Rådmannen foreslår blant annet:", 2017),  # today's level
])
def test_the_from_amount_of_an_amended_proposal_is_of_the_same_year(extractor, lead, want):
    text = (f"Budsjett 2018 for Ringsaker\n\nKommunestyret vedtok budsjettet tirsdag. {lead}\n"
            "- Tilskuddet til kulturskolen økes fra 2,1 til 2,6 millioner kroner\n")
    records = amount_records(extractor, text, "2017-12-12", genre="news", publisher="Ringsaker Blad")
    assert [(r["amount"]["text"], r["time"]["from"]) for r in records] == [("2,1", want), ("2,6 millioner kroner", 2018)]


@pytest.mark.parametrize("sentence, want", [
    ("Siden regjeringen tiltrådte høsten 2013, har den økt politibudsjettet med 3 milliarder kroner.", 2013),
    ("Fylket har, siden ordningen kom på plass i 2019, delt ut 40 millioner kroner til lekeplasser.", 2019),
])
def test_a_time_in_a_since_clause_opens_the_period(extractor, sentence, want):
    got = times(extractor, f"Politikk\n\n{sentence}", "2017-03-01", genre="news", publisher="NTB")
    assert (got[0][1], got[0][2]) == (want, None)


@pytest.mark.parametrize("sentence", [
    "Fylkestinget bevilger 12 millioner kroner til nye ferger, som ble bestilt i mars 2017.",
    "Kommunen setter av 4 millioner kroner til flomsikring i sentrum, der elva gikk over sine bredder i 2015.",
])
def test_a_time_in_a_clause_that_closes_the_sentence_after_the_amount_does_not_date_it(extractor, sentence):
    text = f"Budsjett 2020\n\n{sentence}"
    assert [(f, t) for _, f, t, _ in times(extractor, text, "2019-12-10")] == [(2020, 2020)]


@pytest.mark.parametrize("sentence", [
    "Frie inntekter er anslått til 880 millioner kroner, mot 850 millioner kroner i opprinnelig budsjett 2019.",
    "Tilskuddet økes med 40 millioner kroner sammenlignet med revidert budsjett for 2019.",
])
def test_the_budget_of_a_compared_amount_or_a_revised_budget_is_a_comparison_base(extractor, sentence):
    text = f"Budsjettet for neste år\n\nKommunestyret skal behandle forslaget. {sentence}"
    (amount, lo, hi, _), *_ = times(extractor, text, "2019-10-15", publisher="Fjuken")
    assert (lo, hi) == (2020, 2020)


@pytest.mark.parametrize("sentence", [
    "Da budsjettforslaget kom i oktober, satte regjeringen av 2,1 milliarder kroner til nødhjelp.",
    "Fylket ba om 40 millioner kroner til rassikring da søknaden ble sendt i mars.",
])
def test_a_time_in_a_da_clause_that_does_not_hold_the_amount_does_not_date_it(extractor, sentence):
    (_, lo, hi, _), = times(extractor, f"Statsbudsjettet 2016\n\n{sentence}", "2015-11-10", publisher="NTB")
    assert (lo, hi) == (2016, 2016)


@pytest.mark.parametrize("text", [
    "Budsjett 2020\n\nLeksehjelpen ble lagt ned i fjor. Det vil koste 4 millioner kroner å starte den opp igjen.",
    "Budsjett 2020\n\nI 2017 stengte fylket tannklinikken på Hitra. Vi skal bruke 6 millioner kroner på en ny klinikk.",
    # the years up to now are past too
    "Budsjett 2020\n\nKøen til barnevernet har vokst de siste årene. Vi vil ansette 3 nye saksbehandlere.",
    "Budsjett 2020\n\nHittil har ingen fått støtte. Vi skal sette av 2 millioner kroner til et nytt fond.",
])
def test_a_past_year_of_the_sentence_before_does_not_date_a_future(extractor, text):
    (_, lo, hi, _), = times(extractor, text, "2019-11-20", publisher="Fosna-Folket")
    assert (lo, hi) == (2020, 2020)


@pytest.mark.parametrize("sentence", [
    "Fylket bruker 8 millioner kroner på å beholde bussrutene som ble innført i 2018.",
    "Av potten går 20 millioner kroner til å videreføre plassene som ble opprettet etter forliket i fjor.",
])
def test_a_time_in_a_past_relative_clause_after_a_noun_does_not_date_the_amount(extractor, sentence):
    (_, lo, hi, _), = times(extractor, f"Budsjett 2020\n\n{sentence}", "2019-11-20", publisher="Fosna-Folket")
    assert (lo, hi) == (2020, 2020)


@pytest.mark.parametrize("sentence", [
    "Vi ber Stortinget sette av 200 millioner kroner til bostøtten, slik at taket kan justeres for første gang siden 2009.",
    "Vi vil bruke 12 millioner kroner på ny hall, slik at byggingen kan starte før sommeren 2021.",
])
def test_a_time_in_a_slik_at_clause_does_not_date_the_amount(extractor, sentence):
    (_, lo, hi, _), = times(extractor, f"Budsjett 2020\n\n{sentence}", "2019-11-20", publisher="Fosna-Folket")
    assert (lo, hi) == (2020, 2020)


@pytest.mark.parametrize("text", [
    "Budsjett 2020\n\nSatsen har stått stille siden 2012. Vi vil heve den til 1 500 kroner.",
    "Budsjett 2020\n\nTilskuddet er ikke justert siden 2015. Fylket skal øke det med 3 millioner kroner.",
])
def test_an_open_period_since_a_past_year_does_not_date_a_future(extractor, text):
    (_, lo, hi, _), = times(extractor, text, "2019-11-20", publisher="Fosna-Folket")
    assert (lo, hi) == (2020, 2020)


@pytest.mark.parametrize("sentence, want", [
    ("Etter at regjeringen i 2016 kuttet FN-støtten med 250 millioner kroner, måtte flere prosjekter legges ned.", 2016),
    ("Da fylket i 2014 flyttet 40 millioner kroner fra veiene, ble vedlikeholdet utsatt.", 2014),
])
def test_a_clause_ending_right_after_its_amount_is_dated_by_its_own_time(extractor, sentence, want):
    (_, lo, hi, _), = times(extractor, f"Bistand og veier\n\n{sentence}", "2018-10-15", publisher="Ny Tid")
    assert (lo, hi) == (want, want)


@pytest.mark.parametrize("lead, date, first, last", [
    ("I bystyreperioden 2019–2023 vil vi:", "2019-03-01", 2019, 2023),
    ("I stortingsperioden 2021–2025 skal vi:", "2021-03-01", 2021, 2025),
])
def test_the_from_amount_of_a_change_under_a_period_is_todays_level(extractor, lead, date, first, last):
    text = f"Vårt program\n\n{lead}\n\n• øke tilskuddet til frivilligsentraler fra 2 til 5 millioner kroner i året"
    got = [(lo, hi) for _, lo, hi, _ in times(extractor, text, date, publisher="Venstre", genre="party-page")]
    assert got == [(first, first), (first, last)]


@pytest.mark.parametrize("sentence", [
    "I budsjettforliket i november fikk KrF gjennomslag for 100 millioner kroner til rusomsorg.",
    "I budsjettforhandlingene i desember sikret Venstre 40 millioner kroner til sykkelveier.",
])
def test_the_month_of_a_budget_deal_dates_the_deal_not_the_money(extractor, sentence):
    records = amount_records(extractor, f"Budsjettforliket\n\n{sentence}", "2019-12-20", publisher="NTB")
    assert records and all((r["time"] or {}).get("grain") != "month" for r in records)


@pytest.mark.parametrize("text, date", [
    ("Regjeringen vil bruke 420 millioner kroner på nye kaserner, viser budsjettforslaget fra torsdag.", "2011-10-07"),
    ("Ifølge statsbudsjettet fra tirsdag får fylket 90 millioner kroner til rassikring.", "2019-10-10"),
])
def test_the_day_a_paper_comes_from_does_not_date_the_money(extractor, text, date):
    got = times(extractor, f"Statsbudsjettet\n\n{text}", date)
    assert got[0][1:3] == (int(date[:4]) + 1, int(date[:4]) + 1)


@pytest.mark.parametrize("text", [
    "Regjeringen gir 410 millioner kroner til riksveien, men i dette tempoet står vegen ferdig først i 2035.",
    "Kommunen setter av 12 millioner kroner til skolebygg, men behovet vil være dobbelt så stort i 2030.",
])
def test_a_time_in_a_contrasting_men_clause_does_not_date_the_amount(extractor, text):
    assert times(extractor, f"Statsbudsjettet\n\n{text}", "2010-10-12")[0][1:3] == (2011, 2011)


@pytest.mark.parametrize("text", [
    "SSB: Stor mangel i 2035\n\nStatistisk sentralbyrå har beregnet at det kan mangle 28 000 sykepleiere i 2035. "
    "Forbundet krever blant annet:\n\n- 500 millioner kroner til videreutdanning",
    "Flere eldre\n\nIfølge SSB vil antallet over 80 år doble seg innen 2040. Vi foreslår derfor 40 millioner kroner "
    "til hjemmetjenesten.",
])
def test_a_statistics_office_lends_no_time(extractor, text):
    got = times(extractor, f"Statsbudsjettet\n\n{text}", "2019-10-08")
    assert got[-1][1:3] == (2020, 2020)


@pytest.mark.parametrize("text, want", [
    ("Regjeringen har økt tilskuddet med 80 millioner kroner siden ordningen ble innført i 2014.", 2014),
    ("Fylket har brukt 30 millioner kroner på ladepunkter siden planen ble vedtatt i fjor.", 2021),
])
def test_a_siden_clause_after_the_amount_opens_its_period(extractor, text, want):
    assert times(extractor, f"Status\n\n{text}", "2022-05-10")[0][1:3] == (want, None)


@pytest.mark.parametrize("text, date, want", [
    ("Fra 1. januar 2020 heves satsen for skyss fra 1 200 til 1 500 kroner.", "2019-12-10", (2019, 2019)),
    ("Fra 1. august økes egenandelen i SFO fra 2 900 til 3 100 kroner i måneden.", "2023-03-15", (2023, 2023)),
    ("Tilskuddet til tolking har økt fra 30 til 45 millioner kroner siden 2017.", "2021-05-02", (2017, 2017)),
])
def test_the_from_amount_of_a_change_with_a_start_is_the_level_before_it(extractor, text, date, want):
    first = times(extractor, "Nye satser\n\n" + text, date)[0]
    assert first[1:3] == want


@pytest.mark.parametrize("text", [
    "Kommunene får 85 000 kroner for hver elev i mottaksklasse, utbetalt over tre år.",
    "Staten gir et tilskudd på 120 000 kroner per ny lærling, fordelt over to år.",
])
def test_a_rate_paid_out_over_years_is_this_years_rate(extractor, text):
    assert times(extractor, "Nye satser\n\n" + text, "2016-03-10")[0][1:3] == (2016, 2016)


def test_a_sum_spread_over_years_keeps_its_years(extractor):
    got = times(extractor, "Ny skole\n\nTil dette settes det av 68 millioner kroner fordelt over to år.", "2016-03-10")
    assert got[0][1:3] == (2016, 2017)


@pytest.mark.parametrize("text", [
    "Til tilskudd til lokale museer foreslår departementet 40 millioner kroner, uendret fra i år.",
    "Rammen for ordningen blir 12 millioner kroner, på samme nivå som i år.",
])
def test_an_amount_unchanged_from_this_year_is_the_budget_years(extractor, text):
    got = times(extractor, "Statsbudsjettet\n\n" + text, "2018-10-08")
    assert got[0][1:3] == (2019, 2019)


def test_a_change_compared_with_last_years_change_is_this_claims_year(extractor):
    text = ("Statsbudsjettet\n\nRegjeringen foreslår å øke tilskuddet til sykkelveier med 80 millioner kroner, "
            "mot en økning på 120 millioner i fjor.")
    got = times(extractor, text, "2018-10-08")
    assert [(a, f) for a, f, _, _ in got] == [("80 millioner kroner", 2019), ("120 millioner", 2017)]


@pytest.mark.parametrize("text", [
    "Regjeringen la i forrige uke fram et statsbudsjett med 90 millioner kroner til nye fengselsplasser.",
    "Partiet legger i november fram et alternativt budsjett med 90 millioner kroner til nye fengselsplasser.",
])
def test_the_month_a_budget_is_laid_out_does_not_date_its_money(extractor, text):
    got = times(extractor, "Statsbudsjettet\n\n" + text, "2018-10-12")
    assert got[0][1:3] == (2019, 2019)


def test_a_rate_whose_grant_is_stepped_up_over_years_is_the_budget_years(extractor):
    text = ("Statsbudsjettet\n\nHver ny plass finansieres med 85 000 kroner i året, og bevilgningen trappes opp over "
            "fire år.")
    assert times(extractor, text, "2018-10-12")[0][1:3] == (2019, 2019)


@pytest.mark.parametrize("text", [
    "Skolene får en ramme på 310 millioner kroner, mot 298 millioner i det opprinnelige budsjettet for inneværende år.",
    "Til fylkesvei 714 settes det av 60 millioner kroner, dobbelt så mye som de 30 millionene veien fikk i år.",
])
def test_the_year_of_a_compared_budget_or_clause_does_not_date_the_claim(extractor, text):
    got = times(extractor, "Budsjettet for neste år\n\nRådmannen la fram budsjettforslaget. " + text, "2021-11-02")
    assert got[0][1:3] == (2022, 2022)


@pytest.mark.parametrize("sentence", [
    "Skatteinntektene er anslått til 412 millioner kroner, hele 6 millioner over opprinnelig budsjett 2024.",
    "Driftsutgiftene til helse blir 96 millioner kroner, 2 millioner under vedtatt budsjett 2024.",
    "Kulturrådet får 1,1 milliarder kroner, omtrent likt med nivået i år.",
    "Tilskuddet til frivilligheten holdes på 30 millioner kroner, på nivå med i fjor.",
    "Rammetilskuddet øker med 3,1 prosent fra anslaget for 2024.",
    "Skatteinngangen ventes å stige med 12 millioner kroner fra nivået i 2024.",
])
def test_an_amount_over_under_or_level_with_a_budget_or_year_takes_the_budget_year(extractor, sentence):
    text = f"Budsjett 2025\n\nKommunedirektøren har lagt fram forslaget. {sentence}"
    got = times(extractor, text, "2024-10-20", publisher="Namdalsposten")
    assert {(lo, hi) for _, lo, hi, _ in got} == {(2025, 2025)}


@pytest.mark.parametrize("sentence", [
    "Bystyret behandler forslaget i desember.",
    "Fylkestinget vedtar budsjettet i november.",
])
def test_the_month_a_council_deals_with_the_budget_does_not_date_its_money(extractor, sentence):
    text = f"Budsjett 2025\n\n{sentence} Kulturskolen får 4 millioner kroner mer."
    got = times(extractor, text, "2024-10-20", publisher="Namdalsposten")
    assert [(lo, hi) for _, lo, hi, _ in got] == [(2025, 2025)]


@pytest.mark.parametrize("text, want", [
    ("Lånegjelden ventes å øke fra 610 millioner kroner ved utgangen av 2019 til 780 millioner kroner ved utgangen "
     "av 2023.", [(2019, 2019), (2023, 2023)]),
    ("Disposisjonsfondet vil være på 45 millioner kroner ved slutten av 2027.", [(2027, 2027)]),
])
def test_the_end_of_a_year_dates_a_level(extractor, text, want):
    records = amount_records(extractor, f"Økonomiplan 2020–2023\n\n{text}", "2019-11-20")
    assert [(r["time"]["from"], r["time"]["to"]) for r in records] == want


@pytest.mark.parametrize("text", [
    "I dag bruker fylket 45 millioner kroner i året på skoleskyss.",
    "Kommunen betaler i dag rundt 2 300 kroner per elev for leirskole.",
])
def test_i_dag_dates_the_level_its_sentence_tells(extractor, text):
    records = amount_records(extractor, f"Budsjett 2026\n\nVi foreslår endringer.\n\n{text}", "2025-11-10")
    assert [(r["time"]["from"], r["time"]["to"]) for r in records] == [(2025, 2025)]


def test_i_dag_is_the_day_of_an_event_when_the_sentence_presents_something(extractor):
    text = "Statsbudsjettet\n\nRegjeringen la i dag fram 300 millioner kroner til nye fengselsplasser."
    records = amount_records(extractor, text, "2025-10-06")
    assert [(r["time"]["from"], r["time"]["to"]) for r in records] == [(2026, 2026)]


def test_i_dag_is_lent_to_no_later_sentence(extractor):
    text = ("Budsjett 2026\n\nKommunen bruker i dag 12 millioner kroner på vedlikehold.\n\n"
            "Vi vil øke dette til 20 millioner kroner.")
    records = amount_records(extractor, text, "2025-11-10")
    assert [(r["time"]["from"], r["time"]["to"]) for r in records] == [(2025, 2025), (2026, 2026)]


@pytest.mark.parametrize("sentence, want", [
    ("Kommunen oppretter to nye stillinger i barnevernet fra nyttår.", (2024, None)),
    ("Etter nyttår får bibliotekene 3 millioner kroner ekstra til utvidet åpningstid.", (2024, None)),
])
def test_new_year_starts_the_period_of_the_money(extractor, sentence, want):
    (_, lo, hi, _), = times(extractor, f"Nyheter\n\n{sentence}", "2023-09-20", publisher="NTB")
    assert (lo, hi) == want



@pytest.mark.parametrize("header, prose, want", [
    # a table's header row dates its columns, not the prose after the table
    ("Område | Budsjett 2023 | Budsjett 2024", "Rådmannen foreslår 3 nye stillinger i barnevernet.", (2024, 2024)),
    ("Tjeneste | Regnskap 2022 | Budsjett 2023 | Budsjett 2024", "Kulturskolen får 400 000 kroner mer til nye elever.",
     (2024, 2024)),
])
def test_a_table_header_row_does_not_date_the_prose_after_it(extractor, header, prose, want):
    text = (f"Budsjett 2024 – kapittel 3: Oppvekst\n\nTabell 1 Netto driftsramme (1000 kr)\n\n{header}\n"
            f"Skole | 120 000 | 125 000\n\n{prose}\n")
    got = amount_records(extractor, text, "2023-11-10", genre="budget-document", publisher="Vik kommune")
    t = got[-1]["time"]
    assert (t["from"], t["to"]) == want


@pytest.mark.parametrize("title, text, date, want", [
    ("Vårt budsjett for 2025", "Køene på legevakta har vokst i år. Vi setter av 4 millioner kroner til flere "
     "leger på kveldstid.", "2024-11-20", (2025, 2025)),
    ("Alternativt budsjett 2022", "Søkertallet til kulturskolen har doblet seg i år. Vi bruker 1,5 millioner "
     "kroner på flere lærere i kulturskolen.", "2021-11-15", (2022, 2022)),
])
def test_a_time_that_dates_what_happened_is_not_lent_to_the_budgets_proposal(extractor, title, text, date, want):
    got = times(extractor, f"{title}\n\n{text}", date, genre="party-page", publisher="Lokallaget", title=title)
    assert got[-1][1:3] == want


@pytest.mark.parametrize("title, sentence, want", [
    ("Budsjett 2024 og økonomiplan 2024–2027", "Kommunen skal bygge 16 nye omsorgsboliger i perioden.", (2024, 2027)),
    ("Handlingsprogram 2019–2022 med budsjett 2019", "Til sammen investeres 800 millioner kroner i skolebygg for "
     "hele perioden.", (2019, 2022)),
])
def test_the_period_is_the_plan_period_the_title_names(extractor, title, sentence, want):
    got = times(extractor, f"{title}\n\n{sentence}", "2018-12-12", genre="budget-document", publisher="Kommunen",
                title=title)
    assert got[-1][1:3] == want


def test_a_heading_for_the_period_does_not_date_what_follows_with_the_plan_period(extractor):
    title = "Budsjett 2013 og økonomiplan 2013–2016"
    text = f"{title}\n\nMål for perioden\n\nKommunen bygger åtte nye omsorgsboliger."
    got = times(extractor, text, "2012-12-12", genre="budget-document", publisher="Kommunen", title=title)
    assert got[-1][1:3] == (2013, 2013)


@pytest.mark.parametrize("title, sentence, date, want", [
    ("Budsjett 2024 og økonomiplan", "Rammen til kultur og idrett øker med 1,5 millioner kroner fra 2023.",
     "2023-11-20", (2024, 2024)),
    ("Statsbudsjettet 2020", "Regjeringen øker tilskuddet til museene i fylket med 12 prosent fra i år.",
     "2019-10-08", (2020, 2020)),
])
def test_a_change_counted_from_this_year_is_the_budget_years(extractor, title, sentence, date, want):
    got = times(extractor, f"{title}\n\n{sentence}", date, genre="budget-document", publisher="Kommunen",
                title=title)
    assert got[-1][1:3] == want


OPENING = ("Barna i Molde står i kø for kulturskolen, og mange familier har gitt opp å få plass. Lærerne gjør en "
           "stor innsats, men lokalene er slitne og for små, og det har de vært lenge. Foreldre forteller om "
           "ventelister på flere år for piano og fiolin. Korpsene sliter med å rekruttere, og mange unge slutter "
           "når de begynner på ungdomsskolen. Kommunen har ikke fulgt opp planen fra 2015, og tilbudet har stått "
           "stille. Slik kan vi ikke ha det i en by som vil være en kulturby. Det er på tide å ta kulturskolen "
           "på alvor, og det handler om vilje mer enn om penger. ")


@pytest.mark.parametrize("sentence, genre, date, want", [
    # a sentence that names next year's budget by its kind is for next year in the budget season, wherever
    # it stands
    ("Vi vil i vårt alternative budsjett bruke 40 millioner kroner på kulturskolen.", "op-ed", "2022-11-05",
     ("40 millioner kroner", 2023, 2023, "budget-year")),
    ("I Høyres alternative budsjett ligger det 12 millioner kroner til nye instrumenter.", "party-page",
     "2021-10-20", ("12 millioner kroner", 2022, 2022, "budget-year")),
    ("I regjeringens forslag til statsbudsjett får kulturskolene 30 millioner kroner mer.", "news", "2018-10-09",
     ("30 millioner kroner", 2019, 2019, "budget-year")),
])
def test_a_budget_named_by_its_kind_in_the_budget_season_is_for_next_year(extractor, sentence, genre, date, want):
    text = f"Kulturskolen må styrkes\n\n{OPENING}\n\n{sentence}"
    assert times(extractor, text, date, genre=genre)[0] == want


def test_an_alternative_budget_in_spring_is_not_moved_to_next_year(extractor):  # (nor a financial plan: below)
    text = f"Kulturskolen må styrkes\n\n{OPENING}\n\nI vårt alternative budsjett bruker vi 25 millioner kroner mer."
    assert times(extractor, text, "2022-05-20", genre="party-page")[0][1:3] == (2022, 2022)


def test_a_financial_plan_named_in_the_budget_season_keeps_its_own_time(extractor):
    text = (f"Kulturskolen må styrkes\n\n{OPENING}\n\n{OPENING}\n\nI økonomiplanen er det satt av 8 millioner "
            "kroner til nytt kulturhus.")
    assert times(extractor, text, "2022-11-05", genre="news")[0][1:] == (2022, 2022, "document-date")


@pytest.mark.parametrize("text", [
    "Ny bru over fjorden kan stå klar i 2026\n\nDen nye brua vil koste 1,4 milliarder kroner, har Statens vegvesen "
    "beregnet.",
    "Den nye ungdomsskolen åpner høsten 2025\n\nSkolen er kostnadsberegnet til 310 millioner kroner.",
])
def test_a_title_that_dates_an_opening_lends_no_year_to_the_money(extractor, text):
    assert times(extractor, text, "2020-06-17", genre="news")[0][1:] == (2020, 2020, "document-date")


def test_a_title_that_names_a_budget_year_still_lends_it(extractor):
    text = "Budsjett 2021: Ny skole i sentrum\n\nSkolen får 310 millioner kroner."
    assert times(extractor, text, "2020-12-10", genre="news")[0][1:3] == (2021, 2021)


@pytest.mark.parametrize("sentence", [
    "Ifølge Husbanken ble det i fjor gitt startlån til 9 400 husstander, det laveste tallet siden 2015.",
    "I fjor ble det tatt opp 1 200 nye lærlinger i fylket, det høyeste antallet siden 2010.",
])
def test_siden_after_a_superlative_is_no_time_of_the_claim(extractor, sentence):
    got = times(extractor, f"Boligpolitikk\n\n{sentence}", "2025-03-10")
    assert got[0][1:3] == (2024, 2024)


@pytest.mark.parametrize("text", [
    "Statsbudsjettet 2025: Politiet i fylket\n\nI år får politidistriktet 1,9 milliarder kroner. Rammen blir "
    "2 milliarder, bare 100 millioner mer enn i år.",
    "Budsjett 2025: Kulturskolen\n\nI år bruker kommunen 12 millioner kroner på kulturskolen. Rådmannen vil bruke "
    "13 millioner, 1 million mer enn i år.",
])
def test_an_amount_compared_with_this_year_does_not_inherit_this_year(extractor, text):
    got = times(extractor, text, "2024-10-10")
    assert got[0][1:3] == (2024, 2024) and all(t[1:3] == (2025, 2025) for t in got[1:])
