"""Claim assembly, on short articles written for the tests."""

import json
from pathlib import Path

import jsonschema
import pytest

from pipeline.io import make_document
from tests.claims.helpers import amount_records

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "schema" / "claim.schema.json").read_text())


def claims(extractor, text, date=None, **meta):
    records = extractor.extract(make_document("t", text, {"date": date, **meta}))
    for r in records:
        jsonschema.validate(r, SCHEMA)
        for key in ("evidence", "amount", "actor", "time", "measure"):
            span = r.get(key)
            if span and span.get("start") is not None:
                assert text[span["start"]:span["end"]] == span["text"]
    return [r for r in records if r["kind"] != "measure"]


def test_explicit_actor_time_and_til_measure(extractor):
    (r,) = claims(extractor, "Regjeringen foreslår 300 millioner kroner til nye sykehjemsplasser i 2020.",
                  "2019-10-07")
    assert r["amount"]["value"] == 300e6 and r["amount"]["unit"] == "NOK"
    assert (r["actor"]["canonical"], r["actor"]["inherited"]) == ("Regjeringen Solberg", False)
    assert (r["time"]["from"], r["time"]["to"], r["time"]["inherited"]) == (2020, 2020, False)
    assert r["measure"]["text"] == "nye sykehjemsplasser" and r["measure"]["canonical"] == "sykehjemsplass"


def test_list_items_inherit_from_the_lead_in(extractor):
    text = ("I statsbudsjettet for 2022 foreslår regjeringen blant annet:\n\n"
            " • 40 millioner kroner til skolehelsetjenesten\n"
            " • 12,5 millioner kroner til leksehjelp\n")
    items = claims(extractor, text, "2021-10-12")
    assert [r["amount"]["value"] for r in items] == [40e6, 12.5e6]
    for r in items:
        assert r["actor"]["canonical"] == "Regjeringen Solberg" and r["actor"]["inherited"] is True
        assert r["actor"]["text"] == "regjeringen"
        assert (r["time"]["from"], r["time"]["to"], r["time"]["inherited"]) == (2022, 2022, True)
    assert [r["measure"]["text"] for r in items] == ["skolehelsetjenesten", "leksehjelp"]


def test_passive_inherits_actor_from_paragraph_and_measure_from_til(extractor):
    text = ("Regjeringen vil bruke mer på vei i 2019. 200 millioner kroner bevilges over samferdselsbudsjettet, "
            "og skal gå til å utbedre fylkesveier.")
    (r,) = claims(extractor, text, "2018-10-08")
    assert r["amount"]["value"] == 200e6
    assert (r["actor"]["canonical"], r["actor"]["inherited"]) == ("Regjeringen Solberg", True)
    assert r["time"]["from"] == 2019 and r["time"]["inherited"] is True
    assert "fylkesveier" in r["measure"]["text"] and r["measure"]["canonical"] == "fylkesvei"


def test_quote_vi_resolves_to_speakers_government(extractor):
    text = "– Vi setter av 2 milliarder kroner til havvind, sier næringsminister Jan Christian Vestre."
    (r,) = claims(extractor, text, "2022-05-01")
    assert r["actor"]["text"] == "Vi" and r["actor"]["canonical"] == "Regjeringen Støre"
    assert r["claimant"] == "Jan Christian Vestre"


def test_change_gives_two_records_sharing_a_change_id(extractor):
    text = "Tilskuddet til kollektivtrafikk økte fra 200 millioner kroner til 260 millioner kroner i 2017."
    a, b = claims(extractor, text, "2018-01-01", publisher="Høyre")
    assert a["change_id"] and a["change_id"] == b["change_id"]
    assert (a["amount"]["range"], b["amount"]["range"]) == ("from", "to")
    assert (b["time"]["from"], b["time"]["to"]) == (2017, 2017)
    assert (a["time"]["from"], a["time"]["to"]) == (2016, 2016)


def test_publisher_is_last_resort_and_document_date_the_time(extractor):
    (r,) = claims(extractor, "Det ble satt av 48 millioner kroner til leksehjelp.", "2015-06-01", publisher="Venstre")
    assert (r["actor"]["canonical"], r["actor"]["inherited"], r["actor"]["start"]) == ("Venstre", True, None)
    assert (r["time"]["from"], r["time"]["inherited"]) == (2015, True)


def test_noun_modified_by_amount_is_the_measure(extractor):
    (r,) = claims(extractor, "Vi etablerer en ny tilskuddsordning på 50 millioner kroner.", "2019-01-01",
                  publisher="Høyre")
    assert r["measure"]["canonical"] == "tilskuddsordning"


def test_a_year_between_the_noun_and_its_amount_is_not_the_measure(extractor):
    (r,) = claims(extractor, "Partiet vil ha et kulturbudsjett i 2026 på 9 milliarder kroner.", "2025-09-01",
                  publisher="Venstre")
    assert r["measure"]["canonical"] == "kulturbudsjett"
    assert r["time"]["from"] == 2026


def test_an_amount_the_subject_comes_to_measures_the_subject(extractor):
    (r,) = claims(extractor, "Billettinntektene var i fjor på 3,1 milliarder kroner.", "2024-03-01",
                  publisher="Vy")
    assert r["measure"]["canonical"] == "billettinntekt"


def test_a_measure_the_party_got_through_is_a_measure_claim(extractor):
    records = extractor.extract(make_document(
        "t", "KrF har fått gjennomslag for en egen tilskuddsordning for sjømatkurs.", {"date": "2022-12-01"}))
    (r,) = records
    assert r["kind"] == "measure" and r["actor"]["canonical"] == "Kristelig Folkeparti"
    assert r["measure"]["canonical"] == "tilskuddsordning"


def test_the_one_given_money_is_not_the_actor(extractor):
    (r,) = claims(extractor, "– Vi vil gi kommunene 3 milliarder kroner mer, sier Per Olsen (SV).", "2024-10-01",
                  publisher="NTB")
    assert r["actor"]["canonical"] == "Sosialistisk Venstreparti"


def test_a_list_takes_the_political_actor_of_its_lead_in(extractor):
    text = "Regjeringen forutsetter at kommunene prioriterer dette:\n\n• 20 millioner kroner til skoleveier"
    (r,) = claims(extractor, text, "2024-10-01", publisher="NTB")
    assert (r["actor"]["canonical"], r["actor"]["inherited"]) == ("Regjeringen Støre", True)


def test_structure_counts_are_not_claims(extractor):
    assert claims(extractor, "Planen har fire hovedområder og tre målområder:", "2019-01-01") == []


def test_measure_claim_without_amount(extractor):
    records = extractor.extract(make_document("t", "Regjeringen har innført et knekkpunkt.", {"date": "2019-05-01"}))
    (r,) = records
    assert r["kind"] == "measure" and r["amount"] is None
    assert r["measure"]["canonical"] == "knekkpunkt" and r["actor"]["canonical"] == "Regjeringen Solberg"


def test_claim_ids_are_stable_and_output_deterministic(extractor):
    text = "Regjeringen gir 5 millioner kroner til idrett."
    first = extractor.extract(make_document("d", text, {"date": "2020-01-01"}))
    second = extractor.extract(make_document("d", text, {"date": "2020-01-01"}))
    assert json.dumps(first) == json.dumps(second)
    from pipeline.schema import claim_id

    assert first[0]["claim_id"] == claim_id("d", 16, 34, "5 millioner kroner")


def test_measure_canonical_skips_a_leading_adjective(extractor):
    (r,) = claims(extractor, "Det foreslås også 300 millioner kroner til økt vedlikehold av skolebygg.", "2023-10-06",
                  publisher="Kunnskapsdepartementet")
    assert r["measure"]["canonical"] == "vedlikehold"


def test_measure_claim_from_the_verbs_object(extractor):
    records = extractor.extract(make_document("t", "– Vi har innført et krav om fordypning for alle lærere, sier kunnskapsminister Torbjørn Røe Isaksen.",
                                              {"date": "2016-10-06"}))
    (r,) = [r for r in records if r["kind"] == "measure"]
    assert r["measure"]["text"].startswith("et krav om fordypning")
    assert r["measure"]["canonical"] == "krav"


def test_anaphoric_sentence_shares_the_measure_before_it(extractor):
    text = ("Det ble satt av 40 millioner kroner til en ny leksehjelpsordning. "
            "Fylkene bidrar med 10 millioner kroner. Til sammen blir dette 50 millioner kroner.")
    records = claims(extractor, text, "2019-01-01", publisher="Høyre")
    assert [r["amount"]["value"] for r in records] == [40e6, 10e6, 50e6]
    assert records[2]["measure"] == records[1]["measure"] or records[2]["measure"] == records[0]["measure"]
    assert records[2]["measure"] is not None


@pytest.mark.parametrize("text, measure", [
    ("Utbyggingen av fiber i indre Sogn koster 38 millioner kroner. Staten betaler 60 prosent.", "utbygging"),
    ("Bystyret vedtok 6 millioner kroner til drift av nattbussen i sentrum. Neste år ventes 7,5 millioner kroner.",
     "drift"),
    ("Sametinget gir 3 millioner kroner til et nytt språksenter i Kautokeino. Resten, om lag 1,2 millioner "
     "kroner, må kommunen dekke.", "språksenter"),
])
def test_an_amount_with_no_measure_of_its_own_continues_the_paragraphs_last(extractor, text, measure):
    first, second = claims(extractor, text, "2024-03-01")
    assert first["measure"]["canonical"].startswith(measure[:8])
    assert second["measure"] == first["measure"]


@pytest.mark.parametrize("text", [
    "Norges forskningsråd har tildelt 1,4 milliarder kroner til 131 nye forskerprosjekter i årets utlysning.",
    "Fylkeskommunen planlegger å bruke inntil 12 millioner kroner neste år.",
    "Kommunen planlegger å bruke mellom 8 og 10 millioner kroner i året på sentrumsplanen fram mot 2030.",
])
def test_a_lexicon_term_in_an_acting_body_or_a_verb_is_no_measure(extractor, text):
    for record in claims(extractor, text, "2024-03-01"):
        measure = record["measure"]
        assert measure is None or measure["canonical"] not in ("plan", "forskning")


@pytest.mark.parametrize("text, measure", [
    ("Fylket gir et driftstilskudd på 800 000 kroner for å holde museet i Vardø åpent om vinteren.", "museet"),
    ("Kommunen får et kompetansetilskudd på 300 000 kroner fra Helsedirektoratet for å lære opp flere "
     "helsefagarbeidere.", "helsefagarbeidere"),
    ("Bydelen har fått et tilskudd på 1,2 millioner kroner for å starte en ny fritidsklubb.", "fritidsklubb"),
])
def test_a_grants_for_a_clause_is_what_it_is_for(extractor, text, measure):
    (record,) = claims(extractor, text, "2024-03-01")
    assert measure in record["measure"]["text"]


def test_a_new_paragraph_does_not_continue_the_measure_before_it(extractor):
    text = "Bystyret vedtok 6 millioner kroner til drift av nattbussen i sentrum.\n\nNeste år ventes 7,5 millioner kroner."
    first, second = claims(extractor, text, "2024-03-01")
    assert first["measure"] is not None and second["measure"] is None


@pytest.mark.parametrize("text, date", [
    ("Tilskuddet blir 1,5 milliarder kroner, mot 1,2 milliarder i 2022.", "2022-10-06"),
    ("Fylket bruker 80 millioner kroner på ferjer neste år, mot 64 millioner i 2023.", "2023-10-20"),
])
def test_a_compared_amount_is_not_compared_with_its_own_year(extractor, text, date):
    first, second = claims(extractor, text, date)
    assert first["compared_to"]["time"]["text"] == second["time"]["text"]
    assert second["compared_to"] is None


def test_a_measure_phrase_ends_before_a_time(extractor):
    """"til nye sykehjemsplasser neste år": the time is not part of the measure (two wordings)."""
    for text, measure in [("Regjeringen foreslår 300 millioner kroner til nye sykehjemsplasser neste år.",
                           "nye sykehjemsplasser"),
                          ("Fylket setter av 40 millioner kroner til rassikring i 2025.", "rassikring")]:
        (record,) = claims(extractor, text, date="2023-10-06")
        assert record["measure"]["text"] == measure


@pytest.mark.parametrize("text, date, base, claim_year", [
    ("Fylket bruker 40 millioner kroner på skoleskyss neste år, 5 millioner mer enn i år.", "2022-11-02",
     (2022, 2022), 2023),
    ("Politiet får 900 millioner kroner i 2025, en økning fra 2019-nivå.", "2024-10-07", (2019, 2019), 2025),
    ("Kulturrådet får 120 millioner kroner i 2016 sammenlignet med saldert budsjett 2015.", "2015-10-07",
     (2015, 2015), 2016),
    ("Skolene får 310 millioner kroner i 2024, en økning på 6 millioner fra opprinnelig budsjett 2023.", "2023-11-20",
     (2023, 2023), 2024),
    ("Barnevernet får 48 millioner kroner i 2021 sammenlignet med justert budsjett 2020.", "2020-12-03",
     (2020, 2020), 2021),
    ("Kommunen får 212 millioner kroner i frie inntekter i 2025 sammenlignet med anslag på regnskap for 2024.",
     "2024-10-09", (2024, 2024), 2025),
])
def test_comparison_base_goes_to_compared_to_not_the_time(extractor, text, date, base, claim_year):
    r = claims(extractor, text, date)[0]
    assert (r["time"]["from"], r["time"]["to"]) == (claim_year, claim_year)
    compared = r["compared_to"]["time"]
    assert (compared["from"], compared["to"]) == base
    assert text[compared["start"]:compared["end"]] == compared["text"]


def test_compared_amount_after_mot(extractor):
    text = "Kommunen setter av 12 millioner kroner til veilys i 2024, mot 8 millioner kroner i 2023."
    first = claims(extractor, text, "2023-12-01")[0]
    assert first["compared_to"]["amount"]["value"] == 8e6
    assert (first["compared_to"]["time"]["from"], first["time"]["from"]) == (2023, 2024)


def test_no_comparison_no_compared_to(extractor):
    (r,) = claims(extractor, "Regjeringen foreslår 300 millioner kroner til nye sykehjemsplasser i 2020.",
                  "2019-10-07")
    assert r["compared_to"] is None


@pytest.mark.parametrize("text, want", [
    ("Politiet skal ha to polititjenestepersoner per 1 000 innbyggere innen 2020, og det krever 400 nye "
     "stillinger.", ["400 nye stillinger"]),
    ("Målet er én sykepleier pr. 20 beboere, og kommunen setter av 12 millioner kroner til det.",
     ["12 millioner kroner"]),
])
def test_the_base_of_a_rate_is_no_claim(extractor, text, want):
    records = extractor.extract(make_document("t", f"Bemanning\n\n{text}", {"date": "2018-03-01"}))
    assert [r["amount"]["text"] for r in records if r["kind"] != "measure"] == want


@pytest.mark.parametrize("text", [
    "Regjeringen har lagt fram en klimaplan på 28 sider.",
    "Av de 400 millionene regjeringen la inn i fjor, er bare halvparten brukt.",
    "Kommunen har fått 30 millioner til skolebygg, men de 30 millionene rekker ikke langt.",
])
def test_pages_and_money_referred_back_to_are_no_counts(extractor, text):
    records = extractor.extract(make_document("t", f"Budsjettet\n\n{text}", {"date": "2021-10-12"}))
    assert [r["amount"]["text"] for r in records if r["kind"] == "quantity"] == []


@pytest.mark.parametrize("text, want", [
    ("Bodø har om lag 53 000 innbyggere. Kommunen bruker 30 millioner kroner på nye svømmehaller.",
     ["30 millioner kroner"]),
    ("Hæren har rundt 5 000 ansatte, og regjeringen vil bruke 2 milliarder kroner på nye stridsvogner.",
     ["2 milliarder kroner"]),
    ("Over 100 000 nordmenn står uten fastlege, og regjeringen setter av 300 millioner kroner til flere "
     "fastleger.", ["Over 100 000 nordmenn", "300 millioner kroner"]),
    ("Tiltaket vil gi 20 000 mennesker tilgang til rent vann.", ["20 000 mennesker"]),
    ("Kommunen ansetter 40 flere ansatte i hjemmetjenesten.", ["40 flere ansatte"]),
    ("Over 6 000 biler passerer krysset hver dag. Fylket bruker 40 millioner kroner på en ny rundkjøring.",
     ["40 millioner kroner"]),
    ("Kommunen har 4 200 elever. Skolene får 12 millioner kroner mer neste år.", ["12 millioner kroner"]),
    ("Tiltaket skal hjelpe 2 000 barn med leksene.", ["2 000 barn"]),
    ("Siden reformen har over 79 000 flere personer fått fastlege.", ["over 79 000 flere personer"]),
])
def test_a_count_that_only_describes_a_population_is_no_claim(extractor, text, want):
    got = [r["amount"]["text"] for r in amount_records(extractor, f"Budsjett\n\n{text}", "2021-10-12")]
    assert got == want


@pytest.mark.parametrize("text, want", [
    ("Arbeidsledigheten i Troms var 2,4 prosent i mars. Fylket bruker 12 millioner kroner på kurs for ledige.",
     ["12 millioner kroner"]),
    ("Andelen elbiler i nybilsalget er nå 80 prosent, viser tall fra OFV.", []),
    ("Regjeringen vil øke bostøttesatsen med 5 prosent neste år.", ["5 prosent"]),
    ("Tilskuddet kan dekke inntil 50 prosent av kostnadene ved nye ladepunkter.", ["inntil 50 prosent"]),
    ("Utslippene fra veitrafikken har økt med 6 prosent siden 1990.", []),
    ("Søkertallet til høgskolen økte med 12 prosent i år.", []),
    ("CO2-avgiften på utslipp fra veitrafikk økes med 15 prosent.", ["15 prosent"]),
    ("Folketallet i Alta har økt med 4 prosent siden 2015.", []),
    ("Leieprisene i Tromsø har steget med nesten 30 prosent på seks år.", []),
    ("Strømregningen for en vanlig familie vokste med 40 prosent de siste to årene.", []),
    ("Regjeringen har økt bostøtten med 10 prosent siden 2021.", ["10 prosent"]),
    ("Den forventede renten på 4,5 prosent gjør lånene dyre.", []),
])
def test_a_percentage_that_describes_society_is_no_claim(extractor, text, want):
    got = [r["amount"]["text"] for r in amount_records(extractor, f"Budsjett\n\n{text}", "2021-10-12")]
    assert got == want


@pytest.mark.parametrize("text", ["Budsjettet er delt inn i seks rammeområder.", "Strategien har fire klimamål."])
def test_a_plans_parts_named_in_a_compound_are_no_claims(extractor, text):
    assert claims(extractor, text, "2019-01-01") == []


@pytest.mark.parametrize("text, unit", [
    ("Kommunen bygger 40 nye ladepunkter ved skolene.", "ladepunkt"),
    ("Fylket regulerer tre nye boligområder på Sørlandet.", "boligområde"),
])
def test_a_thing_named_by_a_compound_of_a_structure_word_is_counted(extractor, text, unit):
    got = claims(extractor, text, "2019-01-01")
    assert [c["amount"]["unit"] for c in got] == [unit]


@pytest.mark.parametrize("text", [
    "For Lyngen, med sine om lag 2 900 innbyggere, betyr kuttet mye.",
    "Fylket med sine 240 000 innbyggere får ikke flere ambulanser.",
])
def test_the_people_a_place_has_are_no_claim(extractor, text):
    assert [c["amount"]["text"] for c in claims(extractor, text, "2019-01-01") if c["kind"] == "quantity"] == []


@pytest.mark.parametrize("text, want", [
    ("Ordningen gjelder kommuner med færre enn 3 000 innbyggere og gir 500 000 kroner hver.", ["500 000 kroner"]),
    ("Sykehuset er lokalsykehus for rundt 90 000 innbyggere og får 40 millioner kroner til nye senger.",
     ["40 millioner kroner"]),
    ("Byen har fått 1 200 nye innbyggere siden 2018, og kommunen bygger en skole til 300 millioner kroner.",
     ["300 millioner kroner"]),
    ("Et nytt fjøs for 40 kyr koster gjerne 12 millioner kroner.", ["12 millioner kroner"]),
    ("I kommunen står 1 500 innbyggere uten fastlege.", ["1 500 innbyggere"]),
])
def test_a_count_of_inhabitants_or_cows_only_tells_a_size(extractor, text, want):
    got = [r["amount"]["text"] for r in amount_records(extractor, f"Budsjett\n\n{text}", "2021-10-12")]
    assert got == want


@pytest.mark.parametrize("text, want", [
    ("Kraftprisen i Midt-Norge var i snitt 40 øre per kilowattime i fjor.", []),
    ("En hybel i Trondheim koster gjerne 6 500 kroner i måneden.", []),
    ("Spotprisen har i perioder ligget på over 3 kroner per kilowattime.", []),
    ("Strømstøtten dekker 90 prosent av prisen over 70 øre per kilowattime.", ["90 prosent", "over 70 øre"]),
])
def test_a_market_price_told_as_how_things_are_is_no_claim(extractor, text, want):
    got = [r["amount"]["text"] for r in amount_records(extractor, f"Strøm og bolig\n\n{text}", "2022-10-12")]
    assert got == want


@pytest.mark.parametrize("sentence", [
    "I 2016 kom det over 2 000 asylsøkere til kommunen.",
    "I fjor ble det registrert 340 innbrudd i sentrum.",
])
def test_a_count_of_what_happened_in_a_past_year_is_no_claim(extractor, sentence):
    records = amount_records(extractor, f"Bakgrunn\n\n{sentence}", "2017-09-01")
    assert records == []


def test_a_count_a_measure_made_in_a_past_year_stays(extractor):
    records = amount_records(extractor, "Bakgrunn\n\nI fjor åpnet kommunen 40 nye sykehjemsplasser.", "2017-09-01")
    assert [r["amount"]["text"] for r in records] == ["40 nye sykehjemsplasser"]


@pytest.mark.parametrize("text, body", [
    ("Fylket gir 30 millioner til skolebygg\n\nFylkestinget vedtok tirsdag 29,6 millioner kroner til nye skolebygg.",
     "29,6 millioner kroner"),
    ("Over 200 millioner til nye sykehjem\n\nRegjeringen foreslår 214 millioner kroner til sykehjem i fylket.",
     "214 millioner kroner"),
])
def test_a_heading_that_rounds_an_amount_of_the_body_is_no_record(extractor, text, body):
    assert [r["amount"]["text"] for r in amount_records(extractor, text, "2024-10-08")] == [body]


def test_a_heading_far_from_the_bodys_amount_is_a_record_of_its_own(extractor):
    text = "Kommunen får 50 millioner\n\nI tillegg settes det av 35 millioner kroner til veier."
    assert len(amount_records(extractor, text, "2024-10-08")) == 2
