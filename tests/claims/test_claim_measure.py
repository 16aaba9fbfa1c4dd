"""What an amount is for: the measure phrase, in wordings and areas the corpus does not have."""

import pytest

from tests.claims.helpers import amount_records


def measure(extractor, text, date="2021-03-01"):
    m = amount_records(extractor, text, date)[0]["measure"]
    return m and m["text"]


@pytest.mark.parametrize("text, want", [
    ("Fylket vil bruke 40 millioner kroner de neste tre årene på nye busser.", "nye busser"),
    ("Venstre vil bruke 200 millioner kroner mer enn regjeringen på kollektivtrafikk.", "kollektivtrafikk"),
])
def test_the_phrase_after_an_amount_may_follow_a_time_or_a_comparison(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text", [
    "Kreftforeningen har beregnet at det trengs 300 millioner kroner årlig.",
    "Høyre vil sette av 2 milliarder kroner.",
])
def test_the_agent_is_never_the_measure(extractor, text):
    assert measure(extractor, text) not in ("Kreftforeningen", "Høyre")


@pytest.mark.parametrize("text, want", [
    ("Partiet vil øke stipendet til 3 000 kroner i måneden.", "øke stipendet"),
    ("- styrke bostøtten til 5 milliarder kroner", "styrke bostøtten"),
])
def test_the_object_of_a_verb_before_til_amount(extractor, text, want):
    """The verb and its object, as the seed gold writes "styrke allmennlegetjenesten"."""
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Det nye badeanlegget finansieres av fylket med 30 millioner kroner.", "Det nye badeanlegget"),
    ("Helsedirektoratet anslår at den nye ordningen vil koste 200 millioner kroner.", "den nye ordningen"),
    ("Kommunen varslet at skolebyggingen vil koste 80 millioner kroner.", "skolebyggingen"),
])
def test_the_subject_of_a_passive_or_of_a_reported_clause(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Bare til den nye brannstasjonen ble det satt av 90 millioner kroner.", "den nye brannstasjonen"),
    ("For å korte ned helsekøene bevilges det 700 millioner kroner.", "korte ned helsekøene"),
])
def test_a_purpose_put_first(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("I tillegg foreslår vi en ny ordning for leksehjelp. Den får 30 millioner kroner.", "leksehjelp"),
    ("Vi vil opprette et fond for lokale idrettslag. Til sammen koster dette 45 millioner kroner.", "idrettslag"),
])
def test_a_pronoun_takes_what_the_sentence_before_proposes(extractor, text, want):
    assert want in measure(extractor, text)


def test_both_ends_of_a_change_share_the_measure(extractor):
    records = amount_records(
        extractor, "Regjeringen har redusert Enovas ramme for elbiler fra 900 millioner i 2019 til 600 millioner kroner i år.",
        "2021-03-01")
    assert [r["measure"]["text"] for r in records] == ["Enovas ramme for elbiler"] * 2


@pytest.mark.parametrize("text, want", [
    # a unit placed `i`/`ved` somewhere: the unit with where it goes, as one phrase
    ("- 120 nye årsverk i barnevernet", "årsverk i barnevernet"),
    ("Kommunen oppretter to nye stillinger ved voksenopplæringen.", "stillinger ved voksenopplæringen"),
    ("Regjeringen vil ha 300 flere plasser i arbeidsrettet rehabilitering.", "plasser i arbeidsrettet rehabilitering"),
    # a unit `til` what it is for
    ("• 8 stillinger til etterforskning av økonomisk kriminalitet", "stillinger til etterforskning av økonomisk kriminalitet"),
    ("Bydelen får 3 årsverk til oppsøkende ungdomsarbeid.", "årsverk til oppsøkende ungdomsarbeid"),
    # a distance: the noun phrase it measures
    ("Fylket bygger 14 kilometer ny gang- og sykkelvei langs riksveien.", "ny gang- og sykkelvei langs riksveien"),
])
def test_a_count_of_a_generic_unit_is_for_the_phrase_after_it(extractor, text, want):
    assert measure(extractor, text) == want


def test_units_til_a_named_receiver_are_the_units(extractor):
    assert "Alta" not in measure(extractor, "Politidistriktet gir 4 stillinger til Alta.")


@pytest.mark.parametrize("text, want", [
    ("Bussene fraktet 2 millioner passasjerer, mens billettinntektene økte med 12 prosent.", "billettinntektene"),
    ("Rådmannen anslår at disse kostnadene vil øke med 3 millioner kroner.", "disse kostnadene"),
])
def test_the_subject_of_the_amounts_own_clause(extractor, text, want):
    stage = extractor.nlp.get_pipe("claims_claims")
    stage.background_counts = False  # what the measure is, whether or not the count is background
    try:
        records = amount_records(extractor, text, "2021-03-01")
    finally:
        stage.background_counts = True
    assert records[-1]["measure"]["text"] == want


@pytest.mark.parametrize("text", [
    "Budsjettforslaget fikk 24 stemmer i fylkestinget og ble vedtatt med 5 millioner kroner til ferjer.",
    "Lærerforbundet har 40 000 medlemmer og krever 300 millioner kroner til etterutdanning.",
    "Vi foreslår tre grep for å få flere lærere, blant dem 200 millioner kroner til stipend.",
])
def test_votes_members_and_a_plans_own_parts_are_no_claims(extractor, text):
    assert [r["amount"]["unit"] for r in amount_records(extractor, text, "2021-10-01")] == ["NOK"]


@pytest.mark.parametrize("item, label", [
    ("- flomsikring langs Gaula ved Støren: 14 mill. kroner", "flomsikring langs Gaula ved Støren"),
    ("• nye lesesaler på campus Gjøvik: om lag 8 millioner kroner", "nye lesesaler på campus Gjøvik"),
])
def test_a_list_items_label_is_the_measure_of_its_amount(extractor, item, label):
    text = f"Fylkets investeringer\n\nFylkestinget vedtok disse tiltakene:\n\n{item}"
    assert measure(extractor, text, "2022-10-06") == label


@pytest.mark.parametrize("table, want", [
    ("Driftsrammer (mill. kr)\n\nEnhet | 2024 | 2025\nPleie og omsorg | 402,1 | 415,6\n",
     [("402,1", "Pleie og omsorg", 2024), ("415,6", "Pleie og omsorg", 2025)]),
    ("Tabell 3 Netto ramme, mill. kr (budsjett 2023 → budsjett 2024)\nBarnevern: 55,0 → 58,3\n",
     [("55,0", "Barnevern", 2023), ("58,3", "Barnevern", 2024)]),
])
def test_a_table_rows_label_and_column_year_go_to_each_number(extractor, table, want):
    text = f"Budsjett for Nordby kommune\n\nKommunestyret vedtok budsjettet tirsdag.\n\n{table}"
    records = amount_records(extractor, text, "2023-12-12", genre="budget-document", publisher="Nordby kommune")
    assert [(r["amount"]["text"], r["measure"]["text"], r["time"]["from"]) for r in records] == want


@pytest.mark.parametrize("table, want", [
    ("Tabell 5 Investeringer i helse (mill. kr)\n\nProsjekt | 2024 | 2025–2027\nNytt helsehus | 20,0 | 180,0\n",
     [("20,0", (2024, 2024)), ("180,0", (2025, 2027))]),
    ("Tabell 2 Vei og vann (mill. kr)\n\nTiltak | 2024–2025 | 2026\nFlomvern i Elvegata | 9,5 | 2,0\n",
     [("9,5", (2024, 2025)), ("2,0", (2026, 2026))]),
])
def test_a_column_headed_by_a_span_of_years_dates_its_numbers_with_the_span(extractor, table, want):
    text = f"Budsjett for Nordby kommune\n\nKommunestyret vedtok budsjettet tirsdag.\n\n{table}"
    records = amount_records(extractor, text, "2023-12-12", genre="budget-document", publisher="Nordby kommune")
    assert [(r["amount"]["text"], (r["time"]["from"], r["time"]["to"])) for r in records] == want


@pytest.mark.parametrize("sentence, kind", [
    ("Vi gir 3 millioner kroner mer i driftstilskudd.", "driftstilskudd"),
    ("Samtidig kuttes det 20 millioner kroner i tannhelsetjenesten.", "tannhelsetjenesten"),
])
def test_the_kind_of_money_after_an_amount(extractor, sentence, kind):
    assert measure(extractor, f"Budsjettet\n\n{sentence}", "2022-10-06") == kind


def test_a_share_of_the_year_is_no_kind_of_money(extractor):
    assert measure(extractor, "Budsjettet\n\nDet koster 3 millioner kroner i året.", "2022-10-06") != "året"


def test_what_an_amount_is_earmarked_for(extractor):
    text = "Budsjettet\n\nAv potten er 40 millioner kroner øremerket rusomsorg i kommunene."
    assert measure(extractor, text, "2022-10-06") == "rusomsorg i kommunene"


@pytest.mark.parametrize("sentence", [
    "Bevilgningen har stått stille på 246 000 kroner i mange år.",
    "Tilskuddet ville i dag ligget på 320 000 kroner.",
])
def test_with_the_model_a_measure_names_a_thing_never_only_a_verb(model_extractor, sentence):
    for record in amount_records(model_extractor, f"Rettshjelp\n\n{sentence}", "2022-10-06"):
        assert (record["measure"] or {}).get("text") not in ("stått stille", "ligget")


@pytest.mark.parametrize("second", ["Ordningen vil koste 200 millioner kroner fra 2026.",
                                    "Prosjektet får ytterligere 30 millioner kroner neste år.",
                                    "Prislappen for fylket blir 12 millioner kroner i 2026.",
                                    "Regningen for kommunen blir 8 millioner kroner i året."])
def test_a_generic_noun_takes_the_canonical_of_the_measure_it_refers_to(extractor, second):
    text = f"Leksehjelp\n\nKommunen setter av 50 millioner kroner til leksehjelp i skolene. {second}"
    records = amount_records(extractor, text, "2025-03-01")
    first, then = records[0]["measure"], records[1]["measure"]
    assert then["text"].split()[0] in second and then["canonical"] == first["canonical"]


@pytest.mark.parametrize("text", [
    "IMDi ber kommunen bosette 35 flyktninger neste år.\n\nRådmannen foreslår i budsjettet at vi sier ja til 20.",
    "Politiet får 12 nye stillinger i Agder. Politimesteren hadde bedt om minst 30.",
])
def test_a_count_whose_noun_is_left_out_is_of_what_the_count_before_counted(extractor, text):
    first, then = amount_records(extractor, text, "2024-10-08")
    assert then["measure"] == first["measure"]


@pytest.mark.parametrize("sentence, want", [
    ("Fylkene fikk henholdsvis 2,1 og 3,4 millioner kroner i skjønnsmidler.", "skjønnsmidler"),
    ("Partiene ville bruke henholdsvis 40 og 65 millioner kroner på gang- og sykkelveier.", "gang- og sykkelveier"),
])
def test_the_first_of_two_amounts_given_respectively_is_for_what_the_second_is(extractor, sentence, want):
    records = amount_records(extractor, f"Fordelingen\n\n{sentence}", "2024-03-01")
    assert [r["measure"]["text"] for r in records] == [want, want]


@pytest.mark.parametrize("second, want", [
    ("Vi vil også bruke 5 millioner kroner på et tilskudd til idrettslag i distriktene.", "tilskudd"),
    ("I tillegg settes 3 millioner kroner av til en ordning med gratis kollektivkort for lærlinger.", "ordning"),
    ("Dessuten går 2 millioner kroner til et slikt prosjekt i Vardø.", "leksehjelp"),
])
def test_a_generic_noun_after_an_indefinite_article_names_a_new_thing(extractor, second, want):
    text = f"Leksehjelp\n\nKommunen setter av 50 millioner kroner til leksehjelp i skolene. {second}"
    assert amount_records(extractor, text, "2025-03-01")[1]["measure"]["canonical"] == want


@pytest.mark.parametrize("sentence, want", [
    ("Lillehammer kommune får neste år 2 millioner kroner fra fylket til nye lekeplasser.", "nye lekeplasser"),
    ("Bergen kommune har i år fått 4 millioner kroner fra staten til nye sykkelveier.", "nye sykkelveier"),
])
def test_a_body_that_opens_the_sentence_is_not_what_the_money_is_for(extractor, sentence, want):
    assert measure(extractor, f"Tilskudd\n\n{sentence}", "2022-05-01") == want


@pytest.mark.parametrize("sentence", [
    "I fjor bodde 2 300 studenter i kommunen, viser tall fra Statistisk sentralbyrå.",
    "SSB venter en lønnsvekst på 4 prosent neste år.",
])
def test_a_figure_of_the_statistics_office_is_background(extractor, sentence):
    assert amount_records(extractor, f"Bakgrunn\n\n{sentence}", "2022-05-01") == []


def test_a_policy_in_a_sentence_that_cites_the_statistics_office_is_still_a_claim(extractor):
    text = "Bakgrunn\n\nKommunen bevilger 3 millioner kroner til leksehjelp etter tall fra SSB om lavinntekt."
    assert [r["amount"]["text"] for r in amount_records(extractor, text, "2022-05-01")] == ["3 millioner kroner"]


@pytest.mark.parametrize("sentence, amount, want", [
    ("Regjeringen foreslår 4,2 milliarder kroner til barnehager, en økning på 300 millioner kroner.",
     "300 millioner kroner", "barnehager"),
    ("Fylket bruker 85 millioner kroner på ferjedrift, et kutt på nesten 6 millioner fra i fjor.",
     "nesten 6 millioner", "ferjedrift"),
])
def test_a_change_in_apposition_is_of_the_amount_before_it(extractor, sentence, amount, want):
    records = amount_records(extractor, f"Budsjettet\n\n{sentence}", "2019-10-08")
    (record,) = [r for r in records if r["amount"]["text"] == amount]
    assert record["measure"]["text"] == want


@pytest.mark.parametrize("sentence, want", [
    ("Det vil gi kommunen om lag 12 millioner kroner i økte inntekter.", "inntekter"),
    ("Det gir fylket 4 millioner kroner i økte innbetalinger.", "innbetalinger"),
])
def test_a_word_in_i_is_never_cut_when_a_verb_form_before_it_is(extractor, sentence, want):
    (record,) = amount_records(extractor, f"Avgifter\n\n{sentence}", "2016-10-03")
    assert record["measure"]["text"] == want


@pytest.mark.parametrize("sentence, want", [
    ("Tilskuddet til leirskoler foreslås økt med 12 millioner kroner.", "Tilskuddet til leirskoler"),
    ("Driftstilskuddet til musikkorps foreslås hevet med 3 millioner kroner neste år.", "Driftstilskuddet til musikkorps"),
])
def test_the_subject_of_a_passive_change_is_the_measure(extractor, sentence, want):
    (record,) = amount_records(extractor, f"Budsjettet\n\n{sentence}", "2014-10-08")
    assert record["measure"]["text"] == want


@pytest.mark.parametrize("sentence", [
    "Kommunen har selv satt av 95 millioner i økonomiplanen.",
    "Partiet vil bruke 400 millioner kroner mer enn regjeringen.",
])
def test_a_body_that_acts_is_never_the_measure(extractor, sentence):
    (record,) = amount_records(extractor, f"Budsjettet\n\n{sentence}", "2014-10-08")
    assert (record["measure"] or {}).get("text") not in ("Kommunen", "Partiet")


@pytest.mark.parametrize("phrase, want", [
    ("et fullt utbygd sikringsprogram", "sikringsprogram"),
    ("Direktoratets samlede budsjett", "budsjett"),
    ("tilskudd til leirskoler", "tilskudd"),
    ("mer trening og øving i Heimevernet", "trening"),
    ("kommunale akuttplasser i Oslo", "akuttplass"),
    ("å styrke politiet", "politi"),
    ("husleien i kommunale boliger", "husleie"),
    ("den økte barnehagestøtten", "barnehagestøtte"),
    ("utvidelsen av hallen", "utvidelse"),
])
def test_the_canonical_is_the_head_of_the_phrase(phrase, want):
    from pipeline.claims.measures import head_lemma

    assert head_lemma(phrase) == want


@pytest.mark.parametrize("phrase, want", [
    # inflected heads, also as the end of a compound (lang/noun_forms.tsv)
    ("byvekstavtalene", "byvekstavtale"),
    ("et nytt kompetansesenter i Alta", "kompetansesenter"),
    ("flere polititjenestemenn", "polititjenestemann"),
    ("flere helsesøstre", "helsesøster"),
    ("satsen for barnetrygd", "sats"),
])
def test_the_canonical_of_an_inflected_head_is_its_lemma(phrase, want):
    from pipeline.claims.measures import head_lemma

    assert head_lemma(phrase) == want


@pytest.mark.parametrize("word, is_verb", [
    ("styrker", True), ("reduseres", True), ("økte", True), ("vedtatt", True), ("innført", True),
    ("satsene", False), ("økningen", False), ("økonomi", False), ("styrkingen", False),
])
def test_a_policy_verb_as_a_verb_is_no_noun_of_its_stem(word, is_verb):
    from pipeline.claims.measures import policy_verb_form_regex, policy_verb_regex

    assert policy_verb_regex().fullmatch(word) is not None
    assert (policy_verb_form_regex().fullmatch(word) is not None) == is_verb


@pytest.mark.parametrize("sentence, want", [
    # the verb whose object an amount changes is a verb, not a noun that starts like one ("satsene")
    ("Partiet vil sette ned satsen til 2 promille og fjerne eiendomsskatten på hytter.", "satsen"),
    ("Fylket vil redusere satsene med 10 prosent for barn under 12 år.", "satsene"),
])
def test_what_a_verb_changes_is_not_a_term_later_in_the_sentence(extractor, sentence, want):
    assert want in measure(extractor, f"Budsjettet\n\n{sentence}", "2019-10-08")


@pytest.mark.parametrize("phrase, want", [
    # a lexicon term names the measure where it is the head ...
    ("riksvei 36 gjennom Telemark", "riksvei"),
    ("Pleie og omsorg", "pleie og omsorg"),
    ("Netto driftsresultat for 2024", "netto driftsresultat"),
    ("nye sykehjemsplasser i Moss", "sykehjemsplass"),
    # ... not where it only says what the head is done to, or is a longer word's start
    ("vedlikehold av fylkesveiene", "vedlikehold"),
    ("sykkelveier langs riksveiene", "sykkelvei"),
    ("rassikring av riksveiene i Sogn", "rassikring"),
    # a head that names only money, or carrying something out, gives way to the term after it
    ("bevilgningen til Enova", "enova"),
    ("gjennomføring av opptrappingsplanen", "opptrappingsplan"),
    ("utbygging av bredbånd i Lårdal", "bredbånd"),
    ("tilskuddet per sykehjemsplass", "tilskudd"),
])
def test_a_lexicon_term_is_the_canonical_where_it_is_the_head(phrase, want):
    from pipeline.claims.measures import canonical_for

    assert canonical_for(phrase, 0, len(phrase))[0] == want


@pytest.mark.parametrize("phrase, want", [
    # a modifier that names the kind stays, in the form that agrees with the head's lemma ...
    ("den økonomiske sosialhjelpen", "økonomisk sosialhjelp"),
    ("flere kommunale utleieboliger i Moss", "kommunal utleiebolig"),
    ("regionale miljøtilskudd i Rogaland", "regionalt miljøtilskudd"),
    ("et forebyggende team", "forebyggende team"),
    # ... one that only describes it goes
    ("nye utleieboliger", "utleiebolig"),
    ("den økte innsatsen", "innsats"),
    # a word cut short for the head
    ("gang- og sykkelveier langs E18", "gang- og sykkelvei"),
    ("pleie- og omsorgstjenestene i Vardø", "pleie- og omsorgstjeneste"),
])
def test_the_canonical_keeps_what_names_the_kind(phrase, want):
    from pipeline.claims.measures import canonical_for

    assert canonical_for(phrase, 0, len(phrase))[0] == want


@pytest.mark.parametrize("sentence, want", [
    ("Ifølge kommunens egne anslag vil den nye brannstasjonen koste om lag 90 millioner kroner.",
     "den nye brannstasjonen"),
    ("I revidert budsjett får barnevernstjenestene i kommunene 120 millioner kroner ekstra.",
     "barnevernstjenestene i kommunene"),
])
def test_a_subject_after_its_verb_is_the_measure(extractor, sentence, want):
    (record,) = amount_records(extractor, f"Budsjettet\n\n{sentence}", "2019-05-14")
    assert record["measure"]["text"] == want


def test_the_subject_of_foreslas_satt_til_is_the_measure(extractor):
    (record,) = amount_records(extractor, "Budsjettet\n\nRammen for vedlikehold foreslås satt til 140 millioner kroner.",
                               "2019-10-07")
    assert record["measure"]["text"] == "Rammen for vedlikehold"


@pytest.mark.parametrize("sentence, want", [
    ("Vi foreslår å legge ned den gamle brannstasjonen, som ifølge rådmannen vil koste 14 millioner kroner å "
     "ruste opp.", "den gamle brannstasjonen"),
    ("Partiet vil gjeninnføre gratis ferje til Ytre Sula, noe som koster rundt 3 millioner kroner i året.",
     "gratis ferje til Ytre Sula"),
])
def test_what_a_relative_clause_prices_is_the_measure(extractor, sentence, want):
    (record,) = amount_records(extractor, f"Budsjettet\n\n{sentence}", "2019-10-07")
    assert record["measure"]["text"] == want


@pytest.mark.parametrize("sentence, want", [
    ("Til utbedring av rv. 13 ved Skjervet settes det av 45 millioner kroner.", "utbedring av rv. 13 ved Skjervet"),
    ("Til gang- og sykkelvei langs fv. 44 på Bryne bevilges 30 millioner kroner.",
     "gang- og sykkelvei langs fv. 44 på Bryne"),
])
def test_a_fronted_purpose_may_hold_an_abbreviation_with_a_number(extractor, sentence, want):
    (record,) = amount_records(extractor, f"Budsjettet\n\n{sentence}", "2019-10-07")
    assert record["measure"]["text"] == want


@pytest.mark.parametrize("sentence, amount, want", [
    ("Regjeringen foreslår 3,2 milliarder kroner til barnehager, mot 2,9 milliarder i år.", "2,9 milliarder",
     "barnehager"),
    ("- øke Husbankens låneramme med 5 milliarder kroner, til 25 milliarder årlig", "25 milliarder",
     "øke Husbankens låneramme"),
    ("Ordningen tilføres mellom 150 og 200 millioner kroner ekstra hvert år.", "200 millioner kroner", "Ordningen"),
])
def test_a_compared_or_second_amount_is_of_the_same_thing(extractor, sentence, amount, want):
    records = amount_records(extractor, f"Budsjettet\n\n{sentence}", "2019-10-07")
    (record,) = [r for r in records if r["amount"]["text"] == amount]
    assert record["measure"]["text"] == want


@pytest.mark.parametrize("text, want", [
    ("Et prøveprosjekt med nattåpne legevakter etableres i Finnmark. Det vil koste om lag 25 millioner kroner.",
     "Et prøveprosjekt med nattåpne legevakter"),
    ("Leksehjelpen utvides til alle trinn. Dette koster 18 millioner kroner i året.", "Leksehjelpen"),
    ("Gratis kjernetid i barnehagen innføres for familier med lav inntekt. Til dette settes det av 90 millioner "
     "kroner.", "Gratis kjernetid i barnehagen"),
])
def test_a_pronoun_refers_to_the_subject_of_the_sentence_before(extractor, text, want):
    assert measure(extractor, f"Budsjettet\n\n{text}", "2022-10-06") == want


@pytest.mark.parametrize("sentence", [
    "Staten dekker 90 prosent av prisen over 70 øre, og prislappen for ordningen anslås til om lag 4,9 milliarder kroner.",
    "Ordningen dekker 40 prosent av utgiftene, og den koster 300 millioner kroner i år.",
])
def test_a_sum_or_a_percentage_is_never_a_measure(extractor, sentence):
    for record in amount_records(extractor, f"Strøm\n\n{sentence}", "2023-10-06"):
        measure = (record["measure"] or {}).get("text") or ""
        assert "prosent" not in measure and "kroner" not in measure and "milliarder" not in measure


@pytest.mark.parametrize("sentence, count, want", [
    ("Kommunen foreslår å bruke 46 millioner kroner på 24 nye utleieboliger de neste to årene.",
     "24 nye utleieboliger", "utleieboliger"),
    ("Fylket vil bruke 12 millioner kroner på 30 nye lærlingplasser i år.", "30 nye lærlingplasser", "lærlingplasser"),
])
def test_a_count_whose_phrase_is_money_is_of_its_own_noun(model_extractor, sentence, count, want):
    records = amount_records(model_extractor, f"Budsjett\n\n{sentence}", "2020-10-08")
    assert [(r["measure"] or {}).get("text") for r in records if r["amount"]["text"] == count] == [want]


@pytest.mark.parametrize("sentence, want", [
    ("Kulturområdet har en netto driftsramme på 96,4 mill. kr.", "netto driftsramme"),
    ("Helseområdet har en netto driftsramme på 45 millioner kroner.", "netto driftsramme"),
])
def test_with_the_model_a_phrase_after_a_determiner_names_a_thing(model_extractor, sentence, want):
    assert measure(model_extractor, f"Budsjett 2021\n\n{sentence}", "2020-11-20") == want


@pytest.mark.parametrize("publisher, sentence", [
    ("Avisa Nordland", "– Vi ansetter rundt 20 nye politibetjenter i år, sier politimesteren til Avisa Nordland."),
    ("Bergens Tidende", "– Vi ansetter 12 nye sykepleiere i år, sier direktøren til Bergens Tidende."),
])
def test_the_publisher_a_quote_is_given_to_is_no_measure(extractor, publisher, sentence):
    records = amount_records(extractor, f"Politi\n\n{sentence}", "2024-03-01", publisher=publisher)
    assert [(r["measure"] or {}).get("text") for r in records] != [publisher]


@pytest.mark.parametrize("text, want", [
    ("Leirskolen blir gratis for alle elever. Tilskuddet økes med 30 millioner kroner.", "leirskole"),
    ("Skolefrukten utvides til alle trinn. Tilskuddet økes med 12 millioner kroner.", "skolefrukt"),
])
def test_a_generic_grant_takes_the_canonical_of_what_the_sentence_before_names(extractor, text, want):
    m = amount_records(extractor, f"Budsjett\n\n{text}", "2020-10-08")[0]["measure"]
    assert (m["text"], m["canonical"]) == ("Tilskuddet", want)


@pytest.mark.parametrize("sentence, want", [
    ("For å ta imot dem må kommunen investere mellom 40 og 60 millioner kroner i vann og avløp.", "vann og avløp"),
    ("Fylket må bruke mellom 12 og 15 millioner kroner på nye ferjekaier.", "nye ferjekaier"),
])
def test_both_bounds_of_a_range_are_of_one_thing(model_extractor, sentence, want):
    records = amount_records(model_extractor, f"Budsjett\n\n{sentence}", "2020-10-08")
    assert [(r["measure"] or {}).get("text") for r in records] == [want, want]


@pytest.mark.parametrize("sentence, want", [
    ("Kommunen får 12 millioner kroner som kompensasjon for tapte skatteinntekter.",
     "kompensasjon for tapte skatteinntekter"),
    ("Hvert lag får 20 000 kroner som driftstilskudd i år.", "driftstilskudd"),
])
def test_what_an_amount_is_paid_as_is_its_measure(extractor, sentence, want):
    assert measure(extractor, f"Budsjett\n\n{sentence}", "2022-10-06") == want


@pytest.mark.parametrize("sentence", [
    "Staten gir i år 11 millioner kroner ekstra til Fjell.",
    "Regjeringen sender 40 millioner kroner til Finnmark.",
])
def test_a_place_is_never_the_measure(extractor, sentence):
    assert measure(extractor, f"Budsjett\n\n{sentence}", "2021-10-13") not in ("Fjell", "Finnmark")


@pytest.mark.parametrize("sentence, want", [
    ("Samskipnaden søker tilskudd til 400 nye studentboliger i Tromsø.", "studentboliger"),
    ("Fylket gir tilskudd til 25 nye hurtigladere langs riksveiene neste år.", "hurtigladere"),
    ("Med pengene kan kommunen kjøpe 14 flere ambulanser.", "ambulanser"),
])
def test_a_count_of_new_things_is_of_its_own_noun(extractor, sentence, want):
    """`N nye X`, `N flere X`: what the money buys is X (people counted are not: "400 flere elever")."""
    records = amount_records(extractor, sentence, "2019-10-08")
    assert [(r["measure"] or {}).get("text") for r in records] == [want]


@pytest.mark.parametrize("sentence, want", [
    ("Fiskarlaget krevde en ramme på 400 millioner kroner i forhandlingene.", "ramme"),
    ("Fylkestinget vedtok et budsjett på 9,4 milliarder kroner.", "budsjett"),
])
def test_a_budget_frame_an_amount_measures_is_its_measure(model_extractor, sentence, want):
    """`en ramme på X`, `et budsjett på X`: where nothing more precise is said, the frame is the measure."""
    (record,) = amount_records(model_extractor, sentence, "2016-05-10")
    assert want in ((record["measure"] or {}).get("text") or "")


@pytest.mark.parametrize("sentence, want", [
    ("Studentene får 11 måneders studiestøtte fra høsten.", "studiestøtte"),
    ("Foreldrene får tre ukers ekstra permisjon fra 1. juli.", "ekstra permisjon"),
])
def test_a_counted_duration_is_of_the_noun_it_qualifies(model_extractor, sentence, want):
    (record,) = amount_records(model_extractor, sentence, "2020-10-08")
    assert (record["measure"] or {}).get("text") == want


def test_a_compound_in_tjenesten_keeps_its_e_in_the_canonical(model_extractor):
    (record,) = amount_records(model_extractor, "Kommunen styrker hjemmetjenesten med 12 millioner kroner.",
                               "2020-10-08")
    assert record["measure"]["canonical"] == "hjemmetjeneste"


@pytest.mark.parametrize("sentence, want", [
    # posts placed in a service are counted as posts ...
    ("Kommunen oppretter 12 nye årsverk i hjemmetjenesten.", ("årsverk i hjemmetjenesten", "årsverk")),
    ("Fylket får fire nye stillinger i tannhelsetjenesten fra mars.", ("stillinger i tannhelsetjenesten", "stilling")),
    # ... places in something as places of that kind
    ("Universitetet får 30 nye plasser i sykepleie.", ("plasser i sykepleie", "sykepleie")),
])
def test_a_counted_unit_placed_in_a_service_keeps_its_own_canonical_unless_a_slot(extractor, sentence, want):
    (record,) = amount_records(extractor, sentence, "2020-10-08")
    assert (record["measure"]["text"], record["measure"]["canonical"]) == want


@pytest.mark.parametrize("sentence, amount, want", [
    ("Stipendet for lærlinger økes med 800 kroner, og bokstipendet for fagskolestudenter heves med 1 200 kroner.",
     "1 200 kroner", "bokstipendet for fagskolestudenter"),
    ("Beredskapsfondet styrkes med 15 millioner kroner, og tilskuddet til frivillige redningskorps økes med "
     "4 millioner kroner.", "4 millioner kroner", "tilskuddet til frivillige redningskorps"),
])
def test_a_main_clause_after_comma_og_has_its_own_subject(extractor, sentence, amount, want):
    records = amount_records(extractor, f"Budsjettet\n\n{sentence}", "2019-10-08")
    assert [r["measure"]["text"] for r in records if r["amount"]["text"] == amount] == [want]


@pytest.mark.parametrize("sentence, want", [
    ("Bondelaget reagerer når investeringsstøtten foreslås redusert med 90 millioner kroner.", "investeringsstøtten"),
    ("Dersom pendlerfradraget kuttes med 400 millioner kroner, rammes mange i distriktene.", "pendlerfradraget"),
])
def test_the_subject_of_a_subordinate_clause_is_what_its_change_is_of(extractor, sentence, want):
    assert measure(extractor, f"Budsjettet\n\n{sentence}", "2018-10-08") == want


@pytest.mark.parametrize("sentence, want", [
    ("Fylket vil heve satsen for skoleskyss med 500 kroner i måneden.", "satsen for skoleskyss"),
    ("Regjeringen vil halvere egenandelen for tannregulering med 90 millioner kroner.",
     "egenandelen for tannregulering"),
])
def test_heve_and_halvere_change_their_object(extractor, sentence, want):
    """The object, with or without its verb ("styrke allmennlegetjenesten" in the seed gold)."""
    assert measure(extractor, f"Budsjettet\n\n{sentence}", "2018-10-08").endswith(want)


@pytest.mark.parametrize("sentence, want", [
    # whom it costs between the verb and the amount
    ("Ifølge rådmannen vil utvidelsen koste skattebetalerne i Bodø 30 millioner kroner.", "utvidelsen"),
    ("Etter departementets anslag vil ordningen koste staten om lag 2 milliarder kroner i året.", "ordningen"),
    # a subject dated by "fra" a year, in a reported clause
    ("Forbundet har regnet ut at kravet fra 2030 vil koste fiskerne 80 millioner kroner.", "kravet"),
])
def test_what_costs_someone_an_amount_is_the_measure(extractor, sentence, want):
    assert measure(extractor, f"Budsjettet\n\n{sentence}", "2019-10-08") == want


@pytest.mark.parametrize("sentence, want", [
    ("Utbedringen av fergekaia anslås å koste om lag 40 millioner kroner.", "Utbedringen av fergekaia"),
    ("Det nye brannstasjonsbygget beregnes å koste 85 millioner kroner.", "Det nye brannstasjonsbygget"),
])
def test_the_subject_of_an_estimate_is_what_it_prices(extractor, sentence, want):
    assert measure(extractor, f"Budsjettet\n\n{sentence}", "2018-10-08") == want


@pytest.mark.parametrize("sentence, want", [
    ("Med påplussingen blir den årlige rammen for ordningen 60 millioner kroner.", "den årlige rammen for ordningen"),
    ("Etter forliket var det samlede tilskuddet 14 millioner kroner.", "det samlede tilskuddet"),
])
def test_a_definite_subject_after_a_copula_is_the_measure(extractor, sentence, want):
    assert measure(extractor, f"Budsjettet\n\n{sentence}", "2018-10-08") == want


@pytest.mark.parametrize("sentence, want", [
    ("Staten overfører 220 millioner kroner i skjønnstilskudd til fylkene i nord.", "skjønnstilskudd"),
    ("Departementet gir 35 millioner kroner i driftsstøtte til lokale frivilligsentraler.",
     "lokale frivilligsentraler"),
])
def test_a_til_phrase_after_the_kind_of_money_names_the_measure_unless_it_names_a_receiver(extractor, sentence, want):
    assert measure(extractor, f"Budsjettet\n\n{sentence}", "2018-10-08") == want


@pytest.mark.parametrize("sentence, want", [
    ("Fylkestinget vil selv legge på 15 millioner kroner til skoleskyss.", "skoleskyss"),
    ("Venstre vil i stedet plusse på 20 millioner til sykkelveier.", "sykkelveier"),
])
def test_a_verbs_particle_pa_modifies_no_noun(extractor, sentence, want):
    assert measure(extractor, f"Budsjettet\n\n{sentence}", "2018-10-08").startswith(want)


@pytest.mark.parametrize("sentence, want", [
    ("Et kutt på 300 millioner kroner i barnehagetilskuddet vil ramme private barnehager.", "barnehagetilskuddet"),
    ("Partiet foreslår en økning på 45 millioner kroner i lærlingtilskuddet.", "lærlingtilskuddet"),
])
def test_what_a_change_noun_changes_is_its_i_phrase(extractor, sentence, want):
    assert measure(extractor, f"Budsjettet\n\n{sentence}", "2018-10-08") == want


@pytest.mark.parametrize("sentence, want", [
    ("Fylket får 90 millioner. Av dette er 25 millioner tiltenkt skolebibliotekene.", "skolebibliotekene"),
    ("Potten er på 60 millioner. Av disse er 8 millioner reservert ungdomsklubbene.", "ungdomsklubbene"),
])
def test_a_bare_amount_earmarked_for_something_is_money_for_it(extractor, sentence, want):
    records = amount_records(extractor, f"Budsjettet\n\n{sentence}", "2018-10-08")
    second = [r for r in records if r["amount"]["text"] in ("25 millioner", "8 millioner")]
    assert [(r["kind"], r["measure"]["text"]) for r in second] == [("money", want)]


@pytest.mark.parametrize("sentence", [
    "Sjøfartsdirektoratet får en bevilgning på 48 millioner kroner neste år.",
    "Kystverket fikk en økning på 12 millioner kroner.",
])
def test_a_phrase_that_ends_in_pa_is_no_subject_after_far(extractor, sentence):
    assert not (measure(extractor, f"Budsjettet\n\n{sentence}", "2018-10-08") or "").endswith(" på")


@pytest.mark.parametrize("text, want", [
    ("Regjeringen vil videreføre den særskilte ryddeaksjonen for fritidsbåtvrak. Den får 6 millioner kroner neste år.",
     "den særskilte ryddeaksjonen for fritidsbåtvrak"),
    ("Fylkestinget vil styrke leirskoletilbudet. Det får 2 millioner kroner ekstra.", "leirskoletilbudet"),
])
def test_a_pronoun_takes_the_definite_object_of_the_sentence_before(extractor, text, want):
    assert measure(extractor, f"Budsjettet\n\n{text}", "2022-10-06") == want


@pytest.mark.parametrize("sentence, want", [
    ("Fylkestinget vil prioritere rehabilitering av 40 kommunale boliger.", "rehabilitering"),
    ("Kommunen planlegger innkjøp av 12 elbusser.", "innkjøp"),
    ("Kommunen planlegger innkjøp av 12 nye elbusser.", "elbusser"),
    ("Staten gir investeringstilskudd til 200 nye sykehjemsplasser.", "investeringstilskudd"),
    ("Fylket gir driftsstøtte til 15 lokale museer.", "driftsstøtte"),
])
def test_a_count_is_of_the_act_or_the_kind_of_money_it_complements(extractor, sentence, want):
    assert measure(extractor, f"Budsjettet\n\n{sentence}", "2018-10-08") == want


@pytest.mark.parametrize("sentence", [
    "Vi har søkt Husbanken om 15 millioner kroner i startlån til høsten.",
    "Kommunen bruker 4 millioner kroner i vår og 2 millioner kroner til sommeren.",
])
def test_a_word_of_a_time_is_never_the_measure(extractor, sentence):
    records = amount_records(extractor, f"Budsjettet\n\n{sentence}", "2018-03-08")
    assert not {(r["measure"] or {}).get("text") for r in records} & {"høsten", "sommeren"}


@pytest.mark.parametrize("sentence", [
    "Sykehuset får 410 millioner kroner, mot 380 millioner kroner i opprinnelig budsjett.",
    "Rammen blir 12 millioner kroner, mot 9 millioner kroner i det vedtatte budsjettet for i år.",
])
def test_the_budget_a_compared_amount_stands_in_is_no_kind_of_money(extractor, sentence):
    records = amount_records(extractor, f"Budsjettet\n\n{sentence}", "2018-10-08")
    assert not {(r["measure"] or {}).get("text") for r in records} & {"opprinnelig budsjett", "det vedtatte budsjettet for i år"}


@pytest.mark.parametrize("sentence", [
    "Tilskuddet til skogplanting økes til 1 500 kroner for hvert dekar som plantes.",
    "Kommunen gir 3 000 kroner for hver elev som begynner på kulturskolen.",
])
def test_what_each_unit_gets_after_an_amount_is_not_the_measure(model_extractor, sentence):
    records = amount_records(model_extractor, f"Budsjettet\n\n{sentence}", "2018-10-08")
    assert not any(((r["measure"] or {}).get("text") or "").startswith(("hver", "hvert")) for r in records)


@pytest.mark.parametrize("sentence, want", [
    ("- utvide tannhelsetilbudet til alle under 25 år, en reform som koster 400 millioner kroner i året",
     "utvide tannhelsetilbudet til alle under 25 år"),
    ("- gjøre kollektivtrafikken gratis for pensjonister, et tiltak som koster 60 millioner kroner",
     "gjøre kollektivtrafikken gratis for pensjonister"),
])
def test_what_a_noun_and_relative_clause_prices_is_the_measure(extractor, sentence, want):
    text = f"Vårt program\n\nVi vil blant annet:\n\n{sentence}"
    assert measure(extractor, text, "2021-03-01") == want


@pytest.mark.parametrize("sentence, want", [
    ("Vi krever et løft på 6 000 kroner i året i barnetrygden for de yngste.", "barnetrygden for de yngste"),
    ("Budsjettet har et kutt på 9 millioner kroner innen kultur og idrett.", "kultur og idrett"),
])
def test_a_change_nouns_complement_may_follow_a_rate_or_innen(extractor, sentence, want):
    assert measure(extractor, f"Budsjettet\n\n{sentence}", "2018-10-08") == want


@pytest.mark.parametrize("sentence, want", [
    ("Kulturskolen får en økning på 800 000 kroner.", "Kulturskolen"),
    ("Leirskoletilbudet fikk et kutt på 2 millioner kroner.", "Leirskoletilbudet"),
])
def test_what_gets_a_change_is_what_changes(extractor, sentence, want):
    assert measure(extractor, f"Budsjettet\n\n{sentence}", "2018-10-08") == want


@pytest.mark.parametrize("sentence", [
    "Tiltaket gir rom for 150 lærlingplasser på landsbasis.",
    "Pengene rekker til 100 avtaler på landsbasis.",
])
def test_landsbasis_is_never_the_measure(extractor, sentence):
    assert measure(extractor, f"Budsjettet\n\n{sentence}", "2018-10-08") != "landsbasis"


@pytest.mark.parametrize("text, canonical", [
    ("Kommunen opprettet et klimafond i fjor. Fondet får 15 millioner kroner hvert år.", "klimafond"),
    ("Tannklinikken på Sola skulle legges ned. Klinikken videreføres med 1,2 millioner kroner.", "tannklinikk"),
])
def test_a_one_word_measure_takes_the_canonical_of_the_compound_it_heads(extractor, text, canonical):
    (record,) = amount_records(extractor, f"Budsjettet\n\n{text}", "2022-10-06")
    assert record["measure"]["canonical"] == canonical


@pytest.mark.parametrize("sentence, want", [
    ("Fylket skar vedlikeholdsbudsjettet ned med 30 millioner kroner.", "vedlikeholdsbudsjettet"),
    ("Rammetilskuddet løftes med 2 milliarder kroner.", "Rammetilskuddet"),
])
def test_skjaere_ned_and_loeftes_change_their_object(extractor, sentence, want):
    assert measure(extractor, f"Budsjettet\n\n{sentence}", "2018-10-08").endswith(want)


@pytest.mark.parametrize("sentence, want", [
    ("Vi krever at Stortinget legger 200 millioner kroner ekstra inn i politiets driftsbudsjett.",
     "politiets driftsbudsjett"),
    ("Kommunen vil bruke 12 millioner kroner av fondsmidlene på en ny svømmehall.", "en ny svømmehall"),
])
def test_inn_i_and_a_source_before_pa_lead_to_the_measure(extractor, sentence, want):
    assert measure(extractor, f"Budsjettet\n\n{sentence}", "2018-10-08") == want



@pytest.mark.parametrize("sentence, want", [
    ("Samtidig foreslås den humanitære bistanden redusert fra 5,1 til 4,6 milliarder kroner.", "den humanitære bistanden"),
    ("I tillegg foreslås det statlige tilskuddet økt med 30 millioner kroner.", "det statlige tilskuddet"),
    ("Samlet foreslås bevilgningen til Sjøfartsdirektoratet redusert til 410 millioner kroner.",
     "bevilgningen til Sjøfartsdirektoratet"),
    ("Dermed foreslås rammen for fornybar energi økt med 200 millioner kroner.", "rammen for fornybar energi"),
    ("Derfor foreslås driftstilskuddet kuttet med 4 millioner kroner.", "driftstilskuddet"),
])
def test_the_subject_after_foreslas_of_a_change_is_the_measure(extractor, sentence, want):
    records = amount_records(extractor, f"Budsjettet\n\n{sentence}", "2018-10-08")
    assert {r["measure"]["text"] for r in records} == {want}


@pytest.mark.parametrize("sentence, want", [
    ("Den gjeldende satsen for bostøtte foreslås økt med 200 kroner.", "Den gjeldende satsen for bostøtte"),
    ("Det eksisterende tilskuddet til leirskoler heves med 3 millioner kroner.",
     "Det eksisterende tilskuddet til leirskoler"),
    ("Dermed stiger fylkets vedlikeholdsbudsjett med 40 millioner kroner.", "fylkets vedlikeholdsbudsjett"),
    ("Samtidig synker driftstilskuddet til museene med 5 millioner kroner.", "driftstilskuddet til museene"),
    ("I revidert budsjett får barnevernet til sammen 300 millioner kroner.", "barnevernet"),
    ("Neste år får leirskoleordningen totalt 40 millioner kroner.", "leirskoleordningen"),
])
def test_what_grows_or_gets_the_money_is_the_measure(extractor, sentence, want):
    assert measure(extractor, f"Budsjettet\n\n{sentence}", "2018-10-08") == want


@pytest.mark.parametrize("sentence, first", [
    ("Fylket bruker 40 millioner kroner på skolebøker, 5 millioner mer enn i fjor.", "skolebøker"),
    ("Regjeringen gir 2,3 milliarder kroner til fornybar energi, som er om lag 300 millioner mindre enn i år.",
     "fornybar energi"),
])
def test_a_difference_in_apposition_is_of_the_same_measure(extractor, sentence, first):
    records = amount_records(extractor, f"Budsjettet\n\n{sentence}", "2018-10-08")
    assert [r["measure"]["text"] for r in records] == [first, first]


@pytest.mark.parametrize("sentence, want", [
    ("Lærlingbedriftene får til sammen 90 millioner kroner i lærlingtilskudd.", "lærlingtilskudd"),
    ("Fosterforeldrene kan få 4 000 kroner i ekstra godtgjørelse.", "ekstra godtgjørelse"),
    ("Høyre varsler at bostøtten får 300 millioner kroner mer i partiets alternative budsjett.", "bostøtten"),
])
def test_what_a_receiver_gets_is_the_kind_of_money_named_after_the_amount(extractor, sentence, want):
    assert measure(extractor, f"Budsjettet\n\n{sentence}", "2018-10-08") == want


@pytest.mark.parametrize("text", [
    "Kommunen har 23 grunnskoler og rundt 6 800 elever.",
    "Forbundet organiserer om lag 1 400 produsenter over hele landet.",
    "Fra Tromsø til Alta er det over 400 kilometer.",
    "Hjemmetjenesten mangler minst 15 årsverk allerede.",
    "I fylket bor om lag 5 000 studenter i kommunale boliger.",
])
def test_a_count_that_says_how_things_are_is_no_claim(extractor, text):
    assert amount_records(extractor, f"Budsjettet\n\n{text}", "2019-10-08") == []


@pytest.mark.parametrize("text, want", [
    ("Kommunen har satt av penger til 300 nye studieplasser.", ["300 nye studieplasser"]),
    ("Forsvaret får 40 milliarder kroner. Det er 1,1 milliarder høyere enn i år.",
     ["40 milliarder kroner", "1,1 milliarder"]),
    ("IMDi har bedt kommunen om bosetting av 30 flyktninger.", ["30 flyktninger"]),
])
def test_a_count_with_a_change_an_act_or_a_scale_stays_a_claim(extractor, text, want):
    assert [r["amount"]["text"] for r in amount_records(extractor, f"Budsjettet\n\n{text}", "2019-10-08")] == want


@pytest.mark.parametrize("sentence, want", [
    ("Ordningen får 20 millioner kroner i avtaleåret.", "Ordningen"),
    ("Leirskolen får 2 millioner kroner i skoleåret 2024/2025.", "Leirskolen"),
    ("Ordningen får 150 millioner kroner i budsjettforslaget.", "Ordningen"),
])
def test_a_year_or_a_budget_after_the_amount_is_no_kind_of_money(extractor, sentence, want):
    assert measure(extractor, f"Budsjettet\n\n{sentence}", "2018-10-08") == want


def test_the_investment_budget_an_amount_is_placed_in_is_no_kind_of_money(extractor):
    text = "Budsjettet\n\nKommunen vil bygge 20 nye sykehjemsplasser. Til dette avsettes 60 millioner kroner i " \
           "investeringsbudsjettet."
    assert measure(extractor, text, "2018-10-08") != "investeringsbudsjettet"


@pytest.mark.parametrize("sentence, want", [
    ("Kommunen etablerer et næringsfond med en ramme på 10 millioner kroner.", "næringsfond"),
    ("Partiet foreslår en lånegaranti for unge bønder med en samlet ramme på 300 millioner kroner.",
     "lånegaranti for unge bønder"),
    ("Forbundet ber om et tilskudd til lesesirkler med en årlig ramme på mellom 5 og 8 millioner kroner.",
     "tilskudd til lesesirkler"),
])
def test_a_scheme_with_a_frame_is_the_measure_of_the_frames_amount(extractor, sentence, want):
    assert measure(extractor, f"Budsjettet\n\n{sentence}", "2018-10-08") == want


def test_a_pronoun_takes_the_subject_before_even_where_it_names_a_body(extractor):
    text = "Budsjettet\n\nSykkelsatsingen i kommunene videreføres. Den får 45 millioner kroner, like mye som i år."
    assert measure(extractor, text, "2018-10-08") == "Sykkelsatsingen i kommunene"


@pytest.mark.parametrize("sentence, want", [
    ("Resten av økningen, 15 millioner kroner, går til gang- og sykkelvei langs E6.", "gang- og sykkelvei langs E6"),
    ("Halvparten av potten, 20 millioner kroner, skal gå til lærere i småskolen.", "lærere i småskolen"),
])
def test_a_share_of_money_named_before_is_not_the_measure(extractor, sentence, want):
    assert measure(extractor, f"Budsjettet\n\n{sentence}", "2018-10-08") == want


@pytest.mark.parametrize("text, want", [
    ("Driftsbudsjettet for 2023 er på 45 millioner kroner.", "Driftsbudsjettet"),
    ("Vedlikeholdsbudsjettet i 2019 ble 12 millioner kroner.", "Vedlikeholdsbudsjettet"),
    ("Kulturbudsjettet for 2024–2025 ligger på 9 millioner kroner.", "Kulturbudsjettet"),
])
def test_a_budget_dated_by_its_year_is_the_subjects_measure(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Tilskuddsrammen for 2022 er 40 millioner kroner.", "Tilskuddsrammen"),
    ("Leirskoletilbudet i 2018 kostet 600 000 kroner.", "Leirskoletilbudet"),
])
def test_a_year_after_the_subject_dates_it_and_is_not_part_of_it(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text", [
    "Vi foreslår 30 millioner kroner til leksehjelp, mot regjeringens 10 millioner.",
    "Fylket bruker 80 millioner kroner til leksehjelp, mer enn fjorårets 65 millioner.",
    "Partiet setter av 15 millioner kroner til leksehjelp, mot Høyres bare 5 millioner.",
])
def test_an_owners_amount_compared_with_is_of_the_same_thing(extractor, text):
    records = amount_records(extractor, text, "2021-03-01")
    assert [r["measure"] and r["measure"]["text"] for r in records] == ["leksehjelp", "leksehjelp"]
    assert records[0]["compared_to"]["amount"]["text"] == records[1]["amount"]["text"]


@pytest.mark.parametrize("text, want", [
    ("Reformen alene vil koste 3 milliarder kroner.", "Reformen"),
    ("Utbyggingen dermed koster 40 millioner kroner mer.", "Utbyggingen"),
])
def test_an_adverb_after_the_subject_is_not_part_of_the_measure(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("lead, want", [
    ("Følgende idrettslag mottar driftsstøtte:", "driftsstøtte"),
    ("Skjønnsmidler til et utvalg kommuner (tall i millioner kroner):", "Skjønnsmidler"),
    # who gets most of it, with a year or "i år"
    ("Disse lagene får mest i aktivitetsmidler for 2024:", "aktivitetsmidler"),
    ("Blant klubbene fikk disse mest av KOMP-tilskuddet i år:", "KOMP-tilskuddet"),
    # how it is shared out
    ("Slik er potten for 2022 fordelt mellom lagene:", "potten"),
    ("Slik blir kulturmidlene fordelt på foreningene:", "kulturmidlene"),
])
def test_items_that_name_only_who_gets_it_take_the_lead_ins_measure(extractor, lead, want):
    text = f"Fordelingen\n\n{lead}\n- Vefsn IL: 1,2 millioner kroner\n- Mosjøen Turn: 800 000 kroner\n"
    got = [r["measure"] and r["measure"]["text"] for r in amount_records(extractor, text, "2022-03-01")]
    assert got == [want, want]


@pytest.mark.parametrize("text, want", [
    ("Regjeringen øker tilskuddet til rassikring med 300 millioner kroner. Nordland fylkeskommune får 70 millioner "
     "kroner av økningen.", "økningen"),
    ("Kommunen setter av 2 millioner kroner til lekeplasser i år. Bydelen Ila får 400 000 kroner av de nye "
     "midlene, opplyser kommunen.", "de nye midlene"),
])
def test_a_receivers_share_of_a_sum_named_before_is_of_what_the_sum_is_for(extractor, text, want):
    sum_, share = amount_records(extractor, text, "2021-10-12")
    assert (share["measure"]["text"], share["measure"]["canonical"]) == (want, sum_["measure"]["canonical"])


@pytest.mark.parametrize("lead, items, want", [
    ("Rammene for 2025 (mill. kr):", "• Barnehager: 112,4\n• Pleie og omsorg: 203,9\n",
     ["Barnehager", "Pleie og omsorg"]),
    ("Driftsrammer for 2019 (tall i 1000 kroner):", "- Vann og avløp: 14 500\n- Kirkelig fellesråd: 6 200\n",
     ["Vann og avløp", "Kirkelig fellesråd"]),
])
def test_items_under_a_frame_lead_in_are_the_budget_lines_their_labels_name(extractor, lead, items, want):
    text = f"Budsjett\n\nKommunestyret vedtok budsjettet.\n\n{lead}\n{items}"
    got = [r["measure"] and r["measure"]["text"] for r in amount_records(extractor, text, "2018-12-14")]
    assert got == want


def test_receivers_under_a_frame_lead_in_take_the_frame(extractor):
    text = "Skjønn\n\nRammene for 2025 (mill. kr):\n• Vinje kommune: 1,2\n• Tinn kommune: 0,9\n"
    got = [r["measure"] and r["measure"]["canonical"] for r in amount_records(extractor, text, "2024-12-14")]
    assert got == ["ramme", "ramme"]


@pytest.mark.parametrize("text, want", [
    ("Fylket innfører et nytt tilskudd på 4 millioner kroner til sykkelparkering ved skolene.",
     "sykkelparkering ved skolene"),
    ("Departementet gir en startbevilgning på 30 millioner kroner til et nytt vaksinesenter.", "et nytt vaksinesenter"),
    ("Kommunen får et integreringstilskudd på 800 000 kroner til kommunen for hver flyktning.", "integreringstilskudd"),
])
def test_a_bare_grant_word_before_the_amount_gives_way_to_what_it_is_for(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Fylket bruker 2,4 millioner kroner på å ansette tre nye miljøterapeuter.", "miljøterapeuter"),
    ("- 900 000 kroner for å opprette to nye lærlingplasser i kommunen", "lærlingplasser"),
])
def test_a_verb_before_a_count_gives_its_noun_as_the_money_s_measure(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text", [
    "Høyre foreslo 25 millioner kroner til flere jordmødre, mens Venstre ville bruke 35 millioner.",
    "Kommunen legger inn 2 millioner kroner til flere jordmødre, mens fylket bidrar med 1,5 millioner.",
])
def test_a_contrasting_clause_that_leaves_the_purpose_out_shares_it(extractor, text):
    got = [r["measure"] and r["measure"]["text"] for r in amount_records(extractor, text, "2021-03-01")]
    assert got == ["flere jordmødre", "flere jordmødre"]


@pytest.mark.parametrize("text, want", [
    ("Bydelen bruker 2 millioner kroner fra egen kasse på leksehjelp.", "leksehjelp"),
    ("Det er satt av 30 millioner kroner til ordningen, 5 millioner over årets nivå.", "ordningen"),
])
def test_a_source_of_money_or_a_level_between_amount_and_purpose(extractor, text, want):
    assert [r["measure"] and r["measure"]["text"] for r in amount_records(extractor, text, "2021-03-01")][-1] == want


@pytest.mark.parametrize("text, want", [
    ("Vi vil også sikre gratis skolemat i ungdomsskolen. Det koster om lag 90 millioner kroner i året.",
     "gratis skolemat i ungdomsskolen"),
    ("Partiet vil beholde nattbussen til Lillestrøm. Det vil koste 6 millioner kroner.", "nattbussen til Lillestrøm"),
    # a modal and its verb before a noun that starts like a policy verb ("satsene", "tiltakene")
    ("Vi vil løfte satsene for bostøtte i Gjøvik. Dette koster 2 millioner kroner.", "satsene for bostøtte i Gjøvik"),
    ("Kommunen skal pusse opp bygget ved torget. Det vil koste 4 millioner kroner.", "bygget ved torget"),
])
def test_it_costs_prices_what_the_sentence_before_wants(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Regjeringen vil gi Heimevernet 300 millioner kroner ekstra neste år.", "Heimevernet"),
    ("Vi ga barnevernet i kommunene 2 milliarder kroner mer enn regjeringen.", "barnevernet i kommunene"),
])
def test_who_is_given_money_with_no_purpose_is_the_measure(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text", [
    "Vi vil fjerne bompengene, noe som gir bilistene 2 milliarder kroner tilbake.",
    "Den nye modellen gir Stange 4 millioner kroner mer.",
])
def test_a_relative_giver_or_a_place_given_money_is_no_measure(extractor, text):
    assert measure(extractor, text) not in ("bilistene", "Stange")


def measures(extractor, text, date="2021-03-01"):
    return [(r["amount"]["text"], r["measure"] and r["measure"]["text"]) for r in amount_records(extractor, text, date)]


@pytest.mark.parametrize("text, want", [
    ("Kommunen regner med et vertskommunetilskudd på mellom 12 og 14 millioner kroner.", "vertskommunetilskudd"),
    ("Fylket har inngått en ny driftsavtale på mellom 40 og 45 millioner kroner i året.", "driftsavtale"),
])
def test_both_bounds_of_a_range_after_a_noun_have_that_noun_as_measure(extractor, text, want):
    got = measures(extractor, f"Budsjettet\n\n{text}")
    assert [m.split()[-1] for _, m in got] == [want, want]


@pytest.mark.parametrize("text, want", [
    ("Den nye brannstasjonen har en kostnadsramme på 85 millioner kroner.", "Den nye brannstasjonen"),
    ("Et nytt sykehjem med 60 plasser har en prislapp på 300 millioner kroner, ifølge rådmannen.", "Et nytt sykehjem"),
    ("Ifølge Statsbygg vil det nye tinghuset få en kostnad på 410 millioner kroner.", "det nye tinghuset"),
])
def test_what_has_a_cost_price_or_frame_is_the_measure(extractor, text, want):
    got = measures(extractor, f"Budsjettet\n\n{text}")
    assert got[-1][1] == want


@pytest.mark.parametrize("text, want", [
    ("Fylkeskommunen bygger 40 nye pendlerparkeringer langs E6 og 15 langs riksvei 3.", "pendlerparkeringer"),
    ("Boligstiftelsen vil sette opp 60 omsorgsboliger på Hamar og 25 i Løten.", "omsorgsboliger"),
])
def test_a_count_whose_noun_is_left_out_shares_its_siblings_measure_and_a_place_is_no_measure(extractor, text, want):
    assert [m for _, m in measures(extractor, f"Budsjettet\n\n{text}")] == [want, want]


@pytest.mark.parametrize("text, want", [
    ("Brøytekontrakten får 12 millioner kroner i Valdres neste vinter.", "Brøytekontrakten"),
    ("Leksehjelpen får 900 000 kroner i Sandnes i år.", "Leksehjelpen"),
])
def test_a_place_after_i_is_no_kind_of_money_the_subject_gets(extractor, text, want):
    assert measure(extractor, f"Budsjettet\n\n{text}") == want


@pytest.mark.parametrize("text", [
    "Regjeringen har opprettet en tilskuddsordning for nye fiskemottak. Kommunene kan søke om inntil 3 millioner "
    "kroner fra ordningen.",
    "Fylket har satt av 50 millioner kroner til frivillige lag. I år får Rauma om lag 800 000 kroner av potten.",
])
def test_the_scheme_an_amount_comes_out_of_is_its_measure(extractor, text):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] in ("ordningen", "potten")


def test_a_purpose_after_the_scheme_an_amount_comes_out_of_wins(extractor):
    text = "Budsjettet\n\nKommunen søker om 4 millioner kroner fra ordningen for å bygge nye gapahuker."
    assert measures(extractor, text)[-1][1] == "bygge nye gapahuker"


@pytest.mark.parametrize("text, want", [
    ("Norsk Folkehjelp får 300 millioner kroner neste år.", "Norsk Folkehjelp"),
    ("Helse Nord får 1,2 milliarder kroner neste år.", "Helse Nord"),
    ("Kriminalomsorgen får 5,1 milliarder kroner neste år.", "Kriminalomsorgen"),
])
def test_with_no_purpose_the_body_that_gets_the_money_is_its_measure(extractor, text, want):
    assert measure(extractor, f"Statsbudsjettet\n\n{text}", "2019-10-08") == want


def test_a_purpose_after_what_a_body_gets_wins_over_the_body(extractor):
    text = "Statsbudsjettet\n\nKriminalomsorgen får 40 millioner kroner til nye soningsplasser."
    assert measure(extractor, text, "2019-10-08") == "nye soningsplasser"


@pytest.mark.parametrize("text, want", [
    ("Hver ladestasjon koster mellom 400 000 og 700 000 kroner å bygge.", "Hver ladestasjon"),
    ("Hvert prosjekt kan få inntil 2 millioner kroner.", "Hvert prosjekt"),
])
def test_each_of_a_thing_is_the_measure_of_what_it_costs_or_gets(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


def test_each_year_is_no_measure(model_extractor):
    assert measures(model_extractor, "Budsjettet\n\nHvert år får kommunen 4 millioner kroner.")[-1][1] != "Hvert år"


@pytest.mark.parametrize("text, want", [
    ("Det vil koste 40 millioner kroner i året å drive de nye plassene.", "drive de nye plassene"),
    ("Forbundet har regnet ut at det trengs 2 milliarder kroner å fjerne vedlikeholdsetterslepet.",
     "fjerne vedlikeholdsetterslepet"),
])
def test_what_a_cost_is_for_may_follow_it_as_an_infinitive(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


@pytest.mark.parametrize("text, want", [
    ("Samtidig får tilskuddet til nærmiljøanlegg et kutt på 15 millioner kroner.", "tilskuddet til nærmiljøanlegg"),
    ("Neste år får kulturskolen en økning på 2 millioner kroner.", "kulturskolen"),
])
def test_what_gets_a_change_after_a_fronted_word_is_the_measure(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


@pytest.mark.parametrize("text, want", [
    ("Etter vedtaket blir bevilgningen til skolefrokosten 9 millioner kroner.", "skolefrokosten"),
    ("Til sammen er prislappen for den nye idrettshallen 45 millioner kroner.", "den nye idrettshallen"),
])
def test_a_frame_or_price_of_something_after_a_copula_names_the_measure(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


@pytest.mark.parametrize("text, want", [
    ("I det nye forslaget er forsvarsbudsjettet på 71 milliarder kroner.", "forsvarsbudsjettet"),
    ("Etter fire år koster ordningen oss om lag 600 millioner kroner i året.", "ordningen"),
    ("For fylket utgjør tapet rundt 35 millioner kroner.", "tapet"),
    ("Til sammen koster reformene våre 2 milliarder kroner.", "reformene"),
    ("I Bodø er bostøtterammen for i år på 12 millioner kroner.", "bostøtterammen"),
    # a fronted source that ends with its abbreviation in brackets
    ("Ifølge Norges vassdrags- og energidirektorat (NVE) er sikringsbudsjettet i år på 300 millioner kroner.",
     "sikringsbudsjettet"),
    ("Etter beregninger fra Kommunenes Sentralforbund (KS) koster reformen kommunene 1,2 milliarder kroner.",
     "reformen"),
])
def test_a_definite_subject_after_a_fronted_word_and_a_copula_or_cost_verb_is_the_measure(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


def test_a_cost_after_a_copula_names_no_measure(extractor):
    assert measures(extractor, "Budsjettet\n\nTotalt er kostnaden 300 millioner kroner.")[-1][1] != "kostnaden"


@pytest.mark.parametrize("text, want", [
    ("Direktoratet mener at kulturbudsjettet samlet vokser med 1,1 milliarder kroner.", "kulturbudsjettet"),
    ("I tillegg foreslås barnetillegget ved uføretrygd økt fra 7 200 kroner til 7 800 kroner.",
     "barnetillegget ved uføretrygd"),
])
def test_a_subject_before_an_adverb_or_with_ved_is_the_measure(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


@pytest.mark.parametrize("text, want", [
    ("Vi foreslår et tilskudd på 80 millioner kroner til digitalisering av lokale kinoer.",
     "digitalisering av lokale kinoer"),
    ("Fylket setter av en pott på 4 millioner kroner til skolehager.", "skolehager"),
    ("Partiet vil gi et påslag på 300 millioner kroner til tannhelse for eldre.", "tannhelse for eldre"),
])
def test_a_grant_pot_or_top_up_with_a_purpose_after_it_is_measured_by_the_purpose(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


@pytest.mark.parametrize("text, want", [
    ("Kommunen skal ta imot 60 flyktninger neste år, tolv færre enn i år.", "flyktninger"),
    ("Universitetet får 250 nye studieplasser, 40 flere enn i fjor.", "studieplasser"),
])
def test_a_count_difference_after_a_comma_counts_what_the_count_before_it_counts(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}", "2018-10-08")[-1][1] == want


@pytest.mark.parametrize("text, want", [
    ("Universitetet må kutte 30 millioner kroner i administrasjonen.", "administrasjonen"),
    ("Fylket skar i fjor 8 millioner kroner i kollektivtilbudet på kveldstid.", "kollektivtilbudet på kveldstid"),
    ("Regjeringen vil spare 400 millioner kroner i sykelønnsordningen.", "sykelønnsordningen"),
])
def test_what_a_cut_is_made_in_is_the_measure(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


def test_a_lemma_the_model_cuts_to_a_double_m_keeps_its_e(model_extractor):
    records = amount_records(model_extractor, "Budsjettet\n\nVedtaket kutter 9 millioner kroner i barnehagenes "
                             "driftsrammer.", "2021-03-01")
    assert records[-1]["measure"]["canonical"] == "driftsramme"


@pytest.mark.parametrize("text, want", [
    ("I budsjettet styrkes barnevernet med 120 millioner kroner.", "barnevernet"),
    ("Samtidig øker driftstilskuddet med 4 millioner kroner fra i år.", "driftstilskuddet"),
    ("Neste år reduseres vedlikeholdsbudsjettet med 30 millioner kroner.", "vedlikeholdsbudsjettet"),
])
def test_a_subject_after_a_fronted_word_and_a_verb_of_change_is_the_measure(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


@pytest.mark.parametrize("text, want", [
    ("Kommunen skal bygge en ny brannstasjon, som er kostnadsberegnet til 60 millioner kroner.", "en ny brannstasjon"),
    ("Fylket vil ruste opp kaia i Florø, noe som er anslått til 15 millioner kroner.", "kaia i Florø"),
])
def test_a_relative_clause_that_estimates_a_cost_prices_what_stands_before_it(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


@pytest.mark.parametrize("text, want", [
    ("Vegvesenet har anslått at en ny gang- og sykkelbru vil koste 45 millioner kroner.", "en ny gang- og sykkelbru"),
    ("Rådmannen regner med at et nytt kjøkken på sykehjemmet koster 6 millioner kroner.",
     "et nytt kjøkken på sykehjemmet"),
])
def test_a_reported_subject_may_open_with_an_article(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


@pytest.mark.parametrize("text, want", [
    ("Vårt alternative budsjett gir barnevernet 300 millioner kroner mer enn regjeringens.", "barnevernet"),
    ("Budsjettforslaget gir Kystverket 90 millioner kroner i økt driftsramme.", "driftsramme"),
])
def test_what_a_budget_as_subject_gives_is_its_indirect_object_or_the_kind(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


def test_an_offer_that_gives_money_is_itself_the_measure(extractor):
    text = "Tilbudet gir melkebøndene 12 000 kroner mer i inntekt neste år."
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] != "melkebøndene"


def test_a_purpose_after_what_a_body_gets_is_the_measure(extractor):
    text = "Mo Industripark får 60 millioner kroner fra Enova for å bygge et nytt renseanlegg."
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == "bygge et nytt renseanlegg"


@pytest.mark.parametrize("text, want", [
    # named by its own noun, or what a scheme has given; a generic noun that only refers back gives way
    # to the noun of a count it is to give (below)
    ("Tilbudet gir 30 nye studieplasser i sykepleie.", "Tilbudet"),
    ("Fondet har gitt 45 nye gründerbedrifter siden 2019.", "Fondet"),
    ("Ordningen har gitt 120 nye utleieboliger siden 2018.", "Ordningen"),
    ("Programmet gir 40 nye lærlingplasser i offentlig sektor.", "lærlingplasser"),
])
def test_what_yields_a_count_is_its_measure(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}", "2021-10-01")[-1][1] == want


def test_a_body_that_gives_a_count_is_not_its_measure(extractor):
    assert measures(extractor, "Budsjettet\n\nKommunen gir 40 barn gratis plass i kulturskolen.")[-1][1] != "Kommunen"


@pytest.mark.parametrize("text, want", [
    ("Nettselskapet skal investere 300 millioner kroner årlig i nye transformatorstasjoner.",
     "nye transformatorstasjoner"),
    ("Fondet investerte i fjor 25 millioner dollar i vindkraft i Kenya.", "vindkraft i Kenya"),
])
def test_what_an_investment_is_made_in_is_the_measure(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


@pytest.mark.parametrize("text, want", [
    ("Barnevernet skal få 400 millioner kroner mer, og av dem skal 100 millioner gå til nye fosterhjem.", "Barnevernet"),
    ("Fylket setter av 15 millioner kroner, men det rekker ikke til nye busser på kveldstid.", None),
])
def test_a_til_phrase_in_another_clause_is_not_the_amounts_measure(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[0][1] == want


def test_a_clause_that_goes_on_about_the_same_money_may_name_its_purpose(extractor):
    text = "Kommunen bruker 20 millioner kroner, og pengene går til et nytt renseanlegg."
    assert measures(extractor, f"Budsjettet\n\n{text}")[0][1] == "et nytt renseanlegg"


@pytest.mark.parametrize("text, want", [
    ("Skolen regner med et kompensasjonstilskudd fra Utdanningsdirektoratet på 2 millioner kroner.",
     "kompensasjonstilskudd"),
    ("Prosjektet får et lån fra Husbanken på 40 millioner kroner.", "lån"),
])
def test_a_grant_named_with_its_source_before_pa_is_the_measure_not_the_source(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


@pytest.mark.parametrize("text, want", [
    ("Reformen har en helårsvirkning på 40 millioner kroner.", "Reformen"),
    ("Ordningen får en helårsvirkning på 12 millioner kroner fra 2026.", "Ordningen"),
])
def test_what_has_a_full_year_effect_is_the_measure(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


def test_the_projects_own_lemma_wins_over_the_models(model_extractor):
    records = amount_records(model_extractor, "Budsjettet\n\nTiltaket koster 3 millioner kroner.", "2021-03-01")
    assert records[-1]["measure"]["canonical"] == "tiltak"


@pytest.mark.parametrize("text, want", [
    ("Fylket setter av 12 millioner kroner til 40 nye plasser i tilrettelagt arbeid.", "tilrettelagt arbeid"),
    ("- to nye årsverk ved barnevernstjenesten, til en kostnad av 1,6 millioner kroner", "barnevernstjenesten"),
])
def test_money_whose_own_phrase_is_a_count_takes_what_the_count_is_for(extractor, text, want):
    got = [m for a, m in measures(extractor, f"Budsjettet\n\n{text}") if "kroner" in a]
    assert len(got) == 1 and got[0].endswith(want)


@pytest.mark.parametrize("text, want", [
    ("Bystyret har derfor vedtatt innsparinger på til sammen 7,2 millioner kroner.", "innsparinger"),
    ("Fylket planlegger investeringer på totalt 1,3 milliarder kroner i perioden.", "investeringer"),
    ("Staten gir et ekstra skjønnstilskudd på i alt 18 millioner kroner.", "ekstra skjønnstilskudd"),
])
def test_a_total_between_pa_and_the_amount_keeps_the_noun_it_modifies(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


@pytest.mark.parametrize("text, want", [
    ("- ny brannstasjon på Moa, anslått til mellom 80 og 95 millioner kroner", ["ny brannstasjon på Moa"] * 2),
    ("- gang- og sykkelvei langs fylkesvei 44, beregnet til 14 millioner kroner", ["gang- og sykkelvei langs fylkesvei 44"]),
    ("Partiet krever gratis skolemat for alle elever, til en kostnad av 900 millioner kroner.",
     ["gratis skolemat for alle elever"]),
])
def test_a_cost_put_after_a_comma_without_som_prices_the_phrase_before_it(extractor, text, want):
    assert [m for _, m in measures(extractor, f"Budsjettet\n\n{text}")] == want


@pytest.mark.parametrize("text, want", [
    ("Kommunen setter av 1,2 millioner kroner til nye læremidler, tilsvarende om lag 900 kroner per elev.",
     ["nye læremidler", "nye læremidler"]),
    ("Fylket bruker 6 millioner kroner på økt bemanning i tannhelsetjenesten, tilsvarende seks årsverk.",
     ["bemanning i tannhelsetjenesten"] * 2),
])
def test_an_equivalent_amount_is_of_the_same_thing(extractor, text, want):
    assert [m for _, m in measures(extractor, f"Budsjettet\n\n{text}")] == want


@pytest.mark.parametrize("text, want", [
    ("Ifølge Utdanningsdirektoratet vil et gratis skolemåltid for alle elever på ungdomstrinnet koste 1,9 milliarder "
     "kroner i året.", "et gratis skolemåltid for alle elever på ungdomstrinnet"),
    ("Etter vegvesenets anslag vil en ny tunnel under Bømlafjorden ved Stord og Fitjar koste 3 milliarder kroner.",
     "en ny tunnel under Bømlafjorden ved Stord og Fitjar"),
])
def test_a_long_subject_between_a_modal_and_koste_is_the_measure(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


@pytest.mark.parametrize("text, want", [
    ("- legge ned nattruta til Hareid, som sparer fylket for 3 millioner kroner i året", "legge ned nattruta til Hareid"),
    ("Rådmannen vil slå sammen de tre skolekontorene, noe som vil spare om lag 1,8 millioner kroner.",
     "de tre skolekontorene"),
    ("Vi foreslår en ansettelsesstopp i sentraladministrasjonen, som sparer 9 millioner kroner.",
     "en ansettelsesstopp i sentraladministrasjonen"),
])
def test_a_relative_clause_that_saves_money_prices_what_stands_before_its_comma(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


def test_the_kind_of_money_may_open_with_an_abbreviation(extractor):
    got = measures(extractor, "Budsjettet\n\nStatsforvalteren i Agder har fordelt 3 millioner kroner i NAV-midler.")
    assert got[0][1] == "NAV-midler"


def test_a_purpose_after_the_next_amount_is_that_amounts(extractor):
    text = "Budsjettet\n\nDirektoratet har fordelt 4 millioner kroner i RMP-midler og 2 millioner kroner til skogplanting."
    assert [m for _, m in measures(extractor, text)] == ["RMP-midler", "skogplanting"]


@pytest.mark.parametrize("lead, want", [
    ("Kommunene med størst tildeling av skjønnsmidler er:", "skjønnsmidler"),
    ("Fylkene med størst andel av rassikringsmidlene er:", "rassikringsmidlene"),
])
def test_an_allocation_lead_in_names_what_its_items_get(extractor, lead, want):
    text = f"Fordeling\n\nStatsforvalteren har fordelt pengene.\n\n{lead}\n• Vinje: 1 200 000 kroner\n• Tinn: 900 000 kroner"
    assert [m for _, m in measures(extractor, text)][-2:] == [want, want]


def test_allocation_items_under_a_lead_in_that_names_nothing_get_what_was_shared_out(extractor):
    text = ("Fordeling\n\nStatsforvalteren har fordelt 9 millioner kroner i tilskudd til leksehjelp.\n\n"
            "Disse kommunene får mest:\n- Skien: 2,1 millioner kroner\n- Porsgrunn: 1,6 millioner kroner")
    assert [m for _, m in measures(extractor, text)] == ["leksehjelp"] * 3


@pytest.mark.parametrize("text, want", [
    ("I budsjettmøtet plusset bystyret på 6 millioner kroner til snørydding.", "snørydding"),
    ("I sitt alternative budsjett plusser partiet på 300 millioner kroner til fastlegeordningen.", "fastlegeordningen"),
])
def test_plusse_pa_with_an_inverted_subject_is_a_particle(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


@pytest.mark.parametrize("text, want", [
    ("• et statlig bidrag på 40 millioner kroner til etterisolering av skolebygg", "etterisolering av skolebygg"),
    ("Regjeringen foreslår et norsk bidrag på 8 millioner euro til FNs matvareprogram.", "FNs matvareprogram"),
    ("Fylkeskommunen gir et tilskudd på 4 millioner kroner til Bondelagets rekrutteringsprogram.",
     "Bondelagets rekrutteringsprogram"),
    ("Norge gir et tilskudd på 20 millioner dollar til UNICEFs skoleprogram i Sudan.", "UNICEFs skoleprogram i Sudan"),
    ("– et påslag på 200 millioner kroner for fylkesveiene utover regjeringens forslag", "fylkesveiene"),
])
def test_a_contribution_or_top_up_on_an_amount_is_measured_by_its_purpose(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


def test_for_each_unit_after_a_grant_is_no_purpose(extractor):
    text = "Budsjettet\n\nRegjeringen foreslår et engangstilskudd på 50 000 kroner for hver bosatt flyktning."
    assert measures(extractor, text)[-1][1] == "engangstilskudd"


@pytest.mark.parametrize("text, want", [
    ("Universitetet i Agder får 14 millioner kroner ekstra neste år, som skal gå til nye laboratorier.",
     "nye laboratorier"),
    ("Bergen brannvesen får 6 millioner kroner mer, og pengene skal i hovedsak brukes til å kjøpe ny stigebil.",
     "ny stigebil"),
    ("Fylkene får til sammen 90 millioner kroner, og mesteparten av midlene skal gå til rassikring.", "rassikring"),
    ("I tillegg får Kolumbus 8 millioner kroner i år, som skal brukes til nattbusser.", "nattbusser"),
])
def test_money_a_body_gets_is_for_what_the_sentence_later_says_it_goes_to(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


@pytest.mark.parametrize("text, want", [
    ("Statsforvalteren i Vestland har fordelt 5,2 millioner kroner i RMP-tilskudd til kommunene i fylket.",
     "RMP-tilskudd"),
    ("Statsforvalteren i Nordland har tildelt Vefsn 1,1 millioner kroner i skjønnsmidler for 2024, blant annet til "
     "digitalisering.", "skjønnsmidler"),
    ("Statsforvalteren i Agder har tildelt Åmli 300 000 kroner i skjønnsmidler for 2023 til leksehjelp.", "leksehjelp"),
])
def test_money_shared_out_is_of_its_kind_unless_a_til_right_after_says_what_for(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


@pytest.mark.parametrize("text, want", [
    ("Regjeringen foreslår 90 millioner kroner i rassikringsmidler til Nordland neste år.", "rassikringsmidler"),
    ("Staten gir 14 millioner kroner i skjønnstilskudd til kommunene i Troms.", "skjønnstilskudd"),
])
def test_the_kind_of_money_wins_over_the_receiver_its_til_names(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


def test_the_kind_is_no_budget_word(extractor):
    text = "Budsjettet\n\nPartiet vil legge inn 25 millioner kroner i budsjettet til Troms politidistrikt."
    assert measures(extractor, text)[-1][1] != "budsjettet"


@pytest.mark.parametrize("text, want", [
    ("Vi vil bruke mer av kraftfondet, som ved utgangen av 2024 ventes å være på 60 millioner kroner.", "mer av kraftfondet"),
    ("Rådmannen vil tappe havnefondet, som i dag er på 12 millioner kroner.", "havnefondet"),
])
def test_a_relative_clause_that_says_what_something_comes_to_prices_it(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


@pytest.mark.parametrize("text, want", [
    ("Tilskuddet til leksehjelp foreslås økt med 40 millioner kroner på landsbasis.", "Tilskuddet til leksehjelp"),
    ("Regjeringen øker rammen til rassikring til 1,2 milliarder kroner på årsbasis.", "rammen til rassikring"),
])
def test_an_adverbial_pa_after_the_amount_names_no_measure(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


@pytest.mark.parametrize("text, want", [
    ("Fylket øker bevilgningen til skoleskyss med 5 millioner kroner for å gi flere elever gratis buss.",
     "bevilgningen til skoleskyss"),
    ("Kommunen styrker barnevernet med 3 millioner kroner for å korte ned saksbehandlingstiden.", "barnevernet"),
])
def test_what_a_verb_increases_wins_over_the_purpose_after_the_amount(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


@pytest.mark.parametrize("text, want", [
    ("Vi vil gi 300 millioner kroner ekstra til kommunene, øremerket for å styrke barnevernet.", "styrke barnevernet"),
    ("Partiet setter av 80 millioner kroner til fylkene for å ruste opp fylkesveiene.", "ruste opp fylkesveiene"),
])
def test_money_to_plural_receivers_is_for_the_purpose_later_in_the_sentence(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


def test_money_shared_out_to_a_named_receiver_is_of_what_was_shared(extractor):
    text = ("Budsjettet\n\nHelse Vest får 200 millioner kroner i økt basisramme. Av dette har Helse Vest RHF fordelt "
            "om lag 40 millioner til Helse Førde.")
    assert [m for _, m in measures(extractor, text)] == ["basisramme", "basisramme"]


@pytest.mark.parametrize("text, want", [
    ("Ifølge Norad gikk 2,3 milliarder kroner av klimabudsjettet i fjor gjennom frivillige organisasjoner.",
     "klimabudsjettet"),
    ("Bystyret reverserte 1,5 millioner kroner av innsparingen.", "innsparingen"),
])
def test_an_amount_that_is_part_of_something_is_measured_by_it(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


@pytest.mark.parametrize("text", [
    "Staten dekker 75 prosent av kostnaden.",
    "Vi vil bruke 40 millioner av disse pengene.",
])
def test_a_share_or_a_pronoun_after_av_is_no_part_measure(extractor, text):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] not in ("kostnaden", "disse pengene")


@pytest.mark.parametrize("text, want", [
    ("Tiltak i budsjettet:\n- utvidet åpningstid ved biblioteket, 0,6 millioner kroner", "utvidet åpningstid ved biblioteket"),
    ("Investeringer:\n• rehabilitering av Lunde skole, 42 millioner kroner", "rehabilitering av Lunde skole"),
])
def test_a_list_items_label_before_its_comma_and_amount_is_the_measure(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


@pytest.mark.parametrize("text, want", [
    ("Kommunen vil bygge ny flerbrukshall på Sortland, som får 80 millioner kroner i økonomiplanen.",
     "ny flerbrukshall på Sortland"),
    ("Vi vil prioritere nytt sykehjem på Kvaløya, som fikk 45 millioner kroner i fjor.", "nytt sykehjem på Kvaløya"),
])
def test_a_relative_clause_that_gets_money_prices_what_stands_before_its_comma(extractor, text, want):
    assert measures(extractor, f"Budsjettet\n\n{text}")[-1][1] == want


@pytest.mark.parametrize("text, want", [
    ("Stortingsrepresentant Kari Lund (Sp) fra Troms sier partiet vil sette av 80 millioner kroner til flomvern.",
     "flomvern"),
    ("Fylkesordføreren sier det slik: – Vi vil gi skolene 6 millioner kroner ekstra øremerket leirskole.",
     "leirskole"),
    ("Ordføreren sier at den nye svømmehallen vil koste 140 millioner kroner.", "den nye svømmehallen"),
])
def test_the_speaker_is_no_part_of_the_subject_of_what_is_said(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Det nye sykehjemmet skal ha 48 langtidsplasser.", "langtidsplasser"),
    ("Den nye ungdomsskolen får 600 elevplasser og en flerbrukshall.", "elevplasser"),
])
def test_what_a_building_or_scheme_will_have_is_the_counted_noun(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Fylket vil bruke rundt 6 millioner kroner av de statlige klimamidlene på nye ladepunkter.", "nye ladepunkter"),
    ("Vi vil i år bruke 2 millioner kroner av de statlige skjønnsmidlene på vedlikehold av skolene.",
     "vedlikehold av skolene"),
    ("Regjeringen har så langt utbetalt 4,1 milliarder kroner av potten.", "potten"),
])
def test_a_part_of_a_whole_is_for_what_it_is_spent_on_else_the_whole(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Eiendomsskatten på næringseiendom holdes på 5 promille neste år.", "Eiendomsskatten på næringseiendom"),
    ("Prisen for en time i kulturskolen holdes på 250 kroner.", "Prisen for en time i kulturskolen"),
])
def test_what_is_held_at_a_level_is_the_subject(extractor, text, want):
    assert measure(extractor, text) == want


def test_a_measure_phrase_ends_in_no_function_word():
    from pipeline.claims.measures import trim_trailing

    for phrase, want in [("stridsvogner allerede", "stridsvogner"), ("mer til drift enn", "mer til drift"),
                         ("skolene våre", "skolene"), ("flom- og skredsikring når", "flom- og skredsikring"),
                         ("nye ferjer", "nye ferjer")]:
        assert phrase[:trim_trailing(phrase, 0, len(phrase))] == want


@pytest.mark.parametrize("text, want", [
    ("Husbanken har gitt et lån på 90 millioner kroner til det nye omsorgssenteret.", "det nye omsorgssenteret"),
    ("Styret vedtok en kostnadsramme på 310 millioner kroner for ombyggingen av akuttmottaket.",
     "ombyggingen av akuttmottaket"),
    ("Direktoratet får en totalramme på 45 millioner kroner til nye digitale læremidler.", "nye digitale læremidler"),
])
def test_a_loan_or_frame_is_for_what_its_til_or_for_phrase_names(extractor, text, want):
    assert measure(extractor, text) == want


def test_a_frames_for_phrase_that_is_a_time_names_no_purpose(extractor):
    assert measure(extractor, "Oppgjøret gir en totalramme på 1,2 milliarder kroner for avtaleåret 2014–2015.") \
        == "totalramme"


@pytest.mark.parametrize("text", [
    "Budsjett 2013\n\nRådmannen foreslår at satsen holdes uendret i resten av planperioden.",
    "Budsjett 2020\n\nKommunedirektøren vil prioritere vedlikehold i økonomiplanperioden.",
])
def test_a_time_is_never_the_measure_of_a_claim_without_an_amount(extractor, text):
    from pipeline.io import make_document

    records = extractor.extract(make_document("t", text, {"date": "2012-11-20", "publisher": "Loppa kommune"}))
    for r in records:
        if r["kind"] == "measure" and r["time"] and r["time"]["start"] is not None:
            assert (r["measure"]["start"], r["measure"]["end"]) != (r["time"]["start"], r["time"]["end"])
            assert "perioden" not in r["measure"]["text"]


@pytest.mark.parametrize("text, never", [
    ("Fordi strømprisen har steget, er driftsbudsjettet for svømmehallen 2 millioner kroner høyere enn i fjor.",
     "Fordi strømprisen"),
    ("Uten nye inntekter blir underskuddet i barnevernet 4 millioner kroner.", "Uten nye inntekter"),
    ("Forsker Kari Dahl har regnet ut at det vil koste 400 millioner kroner.", "Forsker Kari Dahl"),
    ("Økonomene i banken anslår at det vil koste 3 milliarder kroner.", "Økonomene i banken"),
])
def test_a_subordinate_clause_or_the_one_who_reports_is_no_measure(extractor, text, never):
    assert measure(extractor, text) != never


@pytest.mark.parametrize("items, want", [
    ("• Tromsø brannstasjon: 4 årsverk\n• Harstad brannstasjon: 2 årsverk", ["årsverk", "årsverk"]),
    ("- Vardø sykehjem: 6 korttidsplasser\n- Båtsfjord sykehjem: 3 korttidsplasser", ["korttidsplasser"] * 2),
    ("• Barnevernet: 2 årsverk\n• Ungdomsklubben: 1 stilling", ["årsverk", "stilling"]),
])
def test_a_count_after_a_label_naming_who_gets_it_is_of_its_own_noun(extractor, items, want):
    text = f"Fordeling\n\nDet blir flere ansatte i år. Slik blir fordelingen:\n{items}"
    got = [r["measure"] and r["measure"]["text"] for r in amount_records(extractor, text, "2022-02-01")]
    assert got == want


@pytest.mark.parametrize("text, want", [
    ("Fylket oppretter et eget næringsfond for Nord-Gudbrandsdal, med en samlet ramme på 20 millioner kroner.",
     "næringsfond for Nord-Gudbrandsdal"),
    ("Bompengeinnkrevingen videreføres med en sats på 25 kroner per passering.", "Bompengeinnkrevingen"),
    ("Vi vil beholde formuesskatten med en skattesats på 0,7 prosent.", "beholde formuesskatten"),
])
def test_a_frame_or_rate_is_of_the_scheme_or_tax_that_has_it(extractor, text, want):
    assert measure(extractor, text).endswith(want)


@pytest.mark.parametrize("sentence", [
    "Bystyret vedtok en samlet netto driftsramme på 980 millioner kroner.",
    "Fylkesrådet foreslår en samlet investeringsramme på 1,2 milliarder kroner.",
])
def test_with_the_model_a_frame_compound_is_a_noun_not_a_verb(model_extractor, sentence):
    records = amount_records(model_extractor, f"Budsjettet\n\n{sentence}", "2023-12-01")
    assert "ramme" in (records[0]["measure"] or {}).get("text", "")


@pytest.mark.parametrize("text, want", [
    ("Fra 1. januar går egenandelen for fysioterapi opp med 50 kroner.", "egenandelen for fysioterapi"),
    ("Fra høsten skal foreldrebetalingen i SFO ligge 20 prosent under dagens nivå.", "foreldrebetalingen i SFO"),
    ("Med det nye oppgjøret går tilskuddet per ammeku opp med bare 300 kroner.", "tilskuddet per ammeku"),
])
def test_an_inverted_subject_after_a_fronted_time_is_the_measure(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("before, then, want", [
    ("Bystyret har vedtatt å bygge en ny svømmehall på Åsen.", "Prislappen er 210 millioner kroner.", "svømmehall"),
    ("Fylket skal kjøpe inn nye hurtigbåter til sambandet.", "Regningen blir om lag 90 millioner kroner.",
     "hurtigbåt"),
])
def test_a_generic_noun_opening_a_paragraph_is_what_the_paragraph_before_proposed(extractor, before, then, want):
    text = f"Nytt tilbud\n\nDet har vært debatt i lang tid. {before}\n\n{then}"
    (record,) = amount_records(extractor, text, "2023-05-02")
    assert record["measure"]["canonical"] == want


@pytest.mark.parametrize("text", [
    "Med den nye strukturen mister Sjøforsvaret 45 årsverk i Vest-Agder.",
    "Neste år får Tolletaten 12 nye stillinger på Svinesund.",
])
def test_a_count_followed_by_where_it_is_is_of_its_own_noun(extractor, text):
    assert measure(extractor, text) in ("årsverk", "stillinger")


@pytest.mark.parametrize("text, want", [
    ("Sykehuset bruker 12 millioner kroner av egne midler på nye operasjonsstuer.", "nye operasjonsstuer"),
    ("Bystyret vil ta 5 millioner kroner fra kommunens eget fond til gatelys i Sentrum.", "gatelys i Sentrum"),
    ("Neste år får Nordland Teater 41 millioner kroner fra staten i driftstilskudd.", "driftstilskudd"),
])
def test_where_the_money_comes_from_stands_between_the_amount_and_its_purpose(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Brannvesenet på Stord mangler en ny stigebil etter at den gamle ble kondemnert i fjor. Den koster om lag "
     "9 millioner kroner.", "ny stigebil"),
    ("Biblioteket i Sogndal trenger nytt heisanlegg. Det er beregnet å koste 1,2 millioner kroner.",
     "nytt heisanlegg"),
])
def test_a_pronoun_that_prices_the_thing_the_sentence_before_introduced(extractor, text, want):
    assert measure(extractor, text) == want


def test_a_thing_in_a_place_is_not_what_the_pronoun_prices(extractor):
    text = ("Planene for ny flerbrukshall har ligget i en skuff i ti år. Det vil koste om lag 60 millioner kroner "
            "å bygge den.")
    assert measure(extractor, text) != "skuff i ti år"


@pytest.mark.parametrize("text", [
    "Vi øker tilskuddet til leirskoler fra 2 millioner kroner, som byrådet foreslår, til 3 millioner kroner.",
    "Vi senker egenandelen for tannhelse fra 400 kroner, som fylkesrådet foreslår, til 250 kroner.",
])
def test_the_verb_of_a_relative_clause_is_no_measure_of_the_change(extractor, text):
    got = measures(extractor, text)
    assert got[1][1] is not None and "foreslår" not in got[1][1]


@pytest.mark.parametrize("text, word", [
    ("Av økningen får Agder politidistrikt om lag 30 millioner kroner, viser fordelingen.", "politidistrikt"),
    ("I fordelingen får Sykehuset Innlandet 12 millioner kroner, ifølge foretaket.", "Sykehuset"),
])
def test_a_lexicon_word_inside_a_longer_name_only_says_who(extractor, text, word):
    assert word not in (measure(extractor, text) or "")


@pytest.mark.parametrize("text, want", [
    ("Helseforetaket må finne 75 millioner kroner i innsparinger neste år for å unngå underskudd.", "innsparinger"),
    ("Forsvaret må ta ut 300 millioner kroner i innsparinger fra neste år for å finansiere nye fregatter.",
     "innsparinger"),
    # a `til` purpose right after the kind of money is what it is for
    ("Kommunen bruker 2 millioner kroner i skjønnsmidler til opprydding etter flommen.", "opprydding etter flommen"),
])
def test_a_kind_of_money_after_the_amount_beats_a_later_purpose_clause(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    # the kind's source between it and the purpose
    ("Biblioteket fikk 300 000 kroner i prosjektmidler fra Nasjonalbiblioteket til et leseombud.", "et leseombud"),
    ("Kommunen har fått 2 millioner kroner i skjønnsmidler fra Statsforvalteren i Innlandet til digital "
     "hjemmeoppfølging.", "digital hjemmeoppfølging"),
    # a hyphenated kind is a kind too
    ("Fylket har tildelt 4 millioner kroner i RMP-midler for å hindre avrenning.", "RMP-midler"),
    ("Kommunen må finne 12 millioner kroner i IKT-innsparinger for å gå i balanse.", "IKT-innsparinger"),
])
def test_a_kind_of_money_may_have_a_source_or_a_hyphen(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Statsforvalteren har fordelt 1,4 millioner kroner i skjønnsmidler.", "skjønnsmidler"),
    ("Direktoratet tildelte i fjor 800 000 kroner i arrangørstøtte.", "arrangørstøtte"),
])
def test_who_shares_money_out_is_not_what_it_is_for(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Statsforvalteren har fordelt 5 millioner kroner i SMIL-midler.", "smil-midler"),
    ("Kommunen deler ut 300 000 kroner i kulturmidler i år.", "kulturmidler"),
])
def test_money_named_in_the_plural_only_keeps_its_plural_as_canonical(extractor, text, want):
    records = amount_records(extractor, text, "2023-10-05")
    assert want in [r["measure"]["canonical"] for r in records if r["measure"]]


@pytest.mark.parametrize("text, want", [
    # the fund or frame the money comes out of, between the amount and what it is for
    ("Fylkesutvalget har satt av 3 millioner kroner av det regionale næringsfondet til reiselivsprosjekter i "
     "Nordfjord.", "reiselivsprosjekter i Nordfjord"),
    ("Skolen har prioritert 400 000 kroner av sin egen driftsramme til nye lærebøker.", "nye lærebøker"),
    ("Universitetet bruker 20 millioner kroner av egne avsatte midler på et nytt laboratorium.", "et nytt laboratorium"),
])
def test_the_fund_an_amount_comes_out_of_is_passed_over(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    # a `til` after the kind that opens a time or a share for each is no purpose
    ("Borettslaget har søkt kommunen om 2 millioner kroner i energitilskudd til våren.", "energitilskudd"),
    ("Partiet vil gi 25 000 kroner i etableringstilskudd til hver lege som flytter til kommunen.",
     "etableringstilskudd"),
])
def test_a_time_or_each_receiver_after_the_kind_is_no_purpose(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    # the grant or scheme an amount is paid through
    ("Staten dekker inntil 50 prosent av kostnaden gjennom tilskuddsordningen, og resten lånes.",
     "tilskuddsordningen"),
    ("Kulturrådet betaler om lag 30 prosent gjennom prosjektstøtte, og fylket tar resten.", "prosjektstøtte"),
])
def test_the_grant_an_amount_is_paid_through(extractor, text, want):
    assert measure(extractor, text) == want


ITEM_LEADS = "Dette vil vi gjøre neste år:\n\n"


@pytest.mark.parametrize("item, want", [
    # a list item that names no purpose is about the noun phrase it opens with, past a verb or a change
    ("• et fond for gründere med 8 millioner kroner årlig", "et fond for gründere"),
    ("• rehabilitere svømmehallen på Ås for 12 millioner kroner", "svømmehallen på Ås"),
    ("• kjøpe inn nye turnapparater til idrettshallen, til 300 000 kroner", "turnapparater til idrettshallen"),
    ("• innføre 30 prosent rabatt på periodekort for studenter", "rabatt på periodekort for studenter"),
    ("• en ny ambulansebåt i Vesterålen til om lag 14 millioner kroner", "ambulansebåt i Vesterålen"),
])
def test_an_item_is_about_the_phrase_it_opens_with(extractor, item, want):
    text = ITEM_LEADS + "• 4 millioner kroner til flere lærere i barnehagen\n" + item + "\n"
    last = amount_records(extractor, text, "2021-03-01")[-1]["measure"]
    assert last is not None and want in last["text"]


def opening(text: str, amount: str) -> str | None:
    from pipeline.claims.measures import item_opening

    a = text.index(amount)
    found = item_opening(text, (0, len(text)), (a, a + len(amount)), [(a, a + len(amount))], [])
    return found and text[found[0]:found[1]]


def test_an_item_opening_with_a_change_is_about_what_changes():
    assert opening("• en dobling av strøingen av gang- og sykkelveier, 2 millioner kroner", "2 millioner kroner") \
        == "strøingen av gang- og sykkelveier"
    assert opening("– reduksjon i foreldrebetalingen i SFO: 1,1 millioner", "1,1 millioner") == "foreldrebetalingen i SFO"


def test_an_item_that_opens_with_its_amount_and_names_nothing_has_no_opening():
    assert opening("• 10 øre mer per liter fra 1. juli", "10 øre") is None


@pytest.mark.parametrize("text", [
    "Skolen skal etter planen stå ferdig høsten 2027.",  # as planned
    "Med de planlagte investeringene øker lånegjelden.",  # a participle
    "Kommunen har startet planleggingen av en ny brannstasjon.",  # a verb's noun
    "I planperioden går driftsresultatet ned.",  # a period
])
def test_a_word_a_lexicon_stem_only_starts_is_no_measure_of_that_stem(text):
    from pipeline.claims.measures import find_lexicon_measures

    assert [m.canonical for m in find_lexicon_measures(text, 0, len(text)) if m.canonical == "plan"] == []


def test_the_lexicon_still_reads_the_noun_itself():
    from pipeline.claims.measures import find_lexicon_measures

    text = "Planen for nye sykkelveier og planene for skolene"
    assert [m.canonical for m in find_lexicon_measures(text, 0, len(text))] == ["plan", "plan"]


@pytest.mark.parametrize("text, want", [
    # the subject after the cost verb of a fronted clause; a road's name is no number
    ("Ifølge fylkeskommunen vil en utbedring av Fv17 ved Dyrstad koste rundt 50 millioner kroner.",
     "en utbedring av Fv17 ved Dyrstad"),
    ("Etter direktoratets regnestykke koster de nye legestillingene om lag 9 millioner kroner i året.",
     "de nye legestillingene"),
    ("Ifølge et notat fra rådmannen koster et nytt ventilasjonsanlegg for hallen 4 millioner kroner.",
     "et nytt ventilasjonsanlegg for hallen"),
])
def test_a_cost_after_a_fronted_clause_is_its_subject(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    # what an estimate puts at the amount, past "kostnaden for"
    ("Helseforetaket har anslått kostnaden for et nytt akuttmottak til 300 millioner kroner.", "et nytt akuttmottak"),
    ("Kulturetaten har beregnet vedlikeholdsbehovet i kulturhusene til om lag 60 millioner kroner.",
     "vedlikeholdsbehovet i kulturhusene"),
])
def test_what_an_estimate_puts_at_the_amount(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    # a body in the genitive owns the subject; the apposition explaining it is no measure
    ("Fylkets frie inntekter, det vil si skatt og rammetilskudd, er anslått til 3,2 milliarder kroner.",
     "Fylkets frie inntekter"),
    ("Sykehusets driftsinntekter, det vil si basisramme og aktivitetsinntekter, er beregnet til 2,4 milliarder "
     "kroner.", "Sykehusets driftsinntekter"),
])
def test_a_subject_a_body_owns_is_the_measure(extractor, text, want):
    assert measure(extractor, "Budsjettet\n\n" + text) == want


def test_a_budget_a_body_owns_carries_the_money_and_is_not_what_it_is_for(extractor):
    text = "Budsjettet\n\nHøyres alternative budsjett ville flyttet 5 millioner kroner fra administrasjonen til nye lærere."
    assert measure(extractor, text) != "Høyres alternative budsjett"


@pytest.mark.parametrize("text", [
    "Hovedtall\n\n• Pleie og omsorg: 4,5 millioner kroner\n",
    "Partiet vil:\n\n• doble støtten til leirskoler, og det koster 3 millioner kroner\n",
])
def test_a_measure_span_ends_with_no_punctuation(extractor, text):
    got = measure(extractor, text)
    assert got and got[-1] not in ",;: "


@pytest.mark.parametrize("text, want", [
    # what the people a count is of get
    ("Med den nye ordningen kan om lag 400 flere studenter få stipend til utenlandsopphold.",
     "stipend til utenlandsopphold"),
    ("Partiet vil at minst 300 flere innsatte hvert år skal få tilbud om arbeidstrening.", "arbeidstrening"),
    ("Fylket vil gi 200 nye lærlinger en lærlingbonus.", "lærlingbonus"),
    # people named by a compound of a beneficiary noun, and households
    ("Med ordningen kan om lag 300 førstegangskjøpere få startlån i år.", "startlån"),
    ("Tiltaket gjør at 2 000 flere husholdninger kan få bostøtte.", "bostøtte"),
])
def test_a_count_of_people_is_for_what_they_get(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Vårt budsjett\n\n• 40 millioner kroner slik at flere ungdomsskoler får miljøterapeut\n", "miljøterapeut"),
    ("Vårt budsjett\n\n• 12 millioner kroner, slik at alle pensjonister kan få gratis trygghetsalarm\n",
     "gratis trygghetsalarm"),
])
def test_an_amount_is_for_what_a_slik_at_clause_after_it_says_someone_gets(extractor, text, want):
    assert measure(extractor, text) == want


def test_people_who_get_only_a_bare_offer_get_what_the_sentence_named_before(extractor):
    got = measures(extractor, "Vi øker tilskuddet til leirskoler, slik at 900 flere elever får tilbud.")
    assert got and got[-1][1] != "tilbud"


@pytest.mark.parametrize("text, want", [
    # what a superlative subject is: "Det største prosjektet er …"
    ("Det dyreste tiltaket er et nytt biogassanlegg ved renseanlegget, som koster 60 millioner kroner.",
     "et nytt biogassanlegg ved renseanlegget"),
    ("Den største satsingen i budsjettet er gratis kjernetid i barnehagen, med 12 millioner kroner.",
     "gratis kjernetid i barnehagen"),
])
def test_a_superlative_subject_is_what_it_is(extractor, text, want):
    assert measure(extractor, text) == want


def test_an_estimate_is_of_what_it_puts_a_cost_on_not_of_who_made_it(extractor):
    text = "Et uavhengig konsulentfirma har beregnet kostnaden for hele utbyggingen til 2,1 milliarder kroner."
    assert measure(extractor, text) == "hele utbyggingen"


@pytest.mark.parametrize("text, want", [
    # a generic noun refers to what the sentence before introduces, across a paragraph break too
    ("Idrettsrådet ønsker seg en ny kunstgressbane på Vik.\n\nPrislappen er 6 millioner kroner.", "kunstgressbane"),
    ("Bydelen vil opprette et eget mottak for unge rusbrukere. Regningen blir 3,5 millioner kroner i året.", "mottak"),
])
def test_a_generic_noun_takes_the_canonical_of_what_the_sentence_before_introduces(extractor, text, want):
    m = amount_records(extractor, "Budsjettet\n\n" + text, "2021-03-01")[0]["measure"]
    assert m is not None and m["canonical"] == want


@pytest.mark.parametrize("text, want", [
    # a colon that opens a clause of its own: its subject is the measure, not the words before the colon
    ("For pendlerne er det én endring som betyr mest: Bompengesatsen i ringen senkes fra 45 til 38 kroner.",
     "Bompengesatsen i ringen"),
    ("Kommunestyret gjorde ett vedtak som vil merkes i mange hjem: Foreldrebetalingen i SFO reduseres fra 3 100 til "
     "2 600 kroner i måneden.", "Foreldrebetalingen i SFO"),
])
def test_the_subject_of_a_clause_after_a_colon_is_the_measure(extractor, text, want):
    records = amount_records(extractor, "Budsjettet\n\n" + text, "2021-03-01")
    assert records and all(r["measure"] and r["measure"]["text"] == want for r in records)


@pytest.mark.parametrize("text", [
    # "tilsvarer" is a verb, never part of a measure
    "Bydelen må spare 4 millioner kroner. Innsparingen tilsvarer om lag seks sykepleierårsverk.",
    "Vi kutter i administrasjonen. Kuttet tilsvarer fem årsverk.",
])
def test_a_verb_of_equivalence_is_no_measure(extractor, text):
    records = amount_records(extractor, "Budsjettet\n\n" + text, "2021-03-01")
    assert records and not any(r["measure"] and "tilsvar" in r["measure"]["text"] for r in records)


@pytest.mark.parametrize("text, amount, want", [
    # "herav" (of this) opens the sentence; it names nothing
    ("Kommunen styrker hjemmetjenesten med 4 millioner kroner. Herav er 2,1 millioner satt av til to nye årsverk "
     "fra 1. mars.", "2,1 millioner", "årsverk"),
    ("Fylket bruker 20 millioner kroner på skolene. Herav skal 5 millioner kroner brukes til nye lærebøker.",
     "5 millioner kroner", "nye lærebøker"),
])
def test_herav_is_no_measure(extractor, text, amount, want):
    records = amount_records(extractor, "Budsjettet\n\n" + text, "2021-03-01")
    got = {r["amount"]["text"]: r["measure"] and r["measure"]["text"] for r in records}
    assert got[amount] == want


@pytest.mark.parametrize("text, want", [
    # a budget, proposal or sector sets a frame; the frame is the measure, not the budget
    ("Budsjettforslaget har en samlet driftsramme på 840 millioner kroner.", "samlet driftsramme"),
    ("Sektor for helse og omsorg har en netto driftsramme på 512 millioner kroner i 2026.", "netto driftsramme"),
    # a project that has a cost frame is its own measure
    ("Prosjektet har en kostnadsramme på 6 milliarder kroner.", "Prosjektet"),
])
def test_a_budget_that_has_a_frame_gives_way_to_the_frame(extractor, text, want):
    assert measure(extractor, "Budsjettet\n\n" + text) == want


@pytest.mark.parametrize("text, want", [
    # a subject that only refers back gives way to the kind of money named after the amount
    ("Kommunen har søkt om penger til ny flerbrukshall. Prosjektet forutsetter 12 millioner kroner i spillemidler "
     "fra staten.", "spillemidler fra staten"),
    ("Fylket har hevet billettprisene. Økningen gir om lag 9 millioner kroner i økte billettinntekter neste år.",
     "billettinntekter"),
    # a verb of covering ends the subject
    ("Fylket har en ordning for ladepunkter. Ordningen dekker inntil 30 prosent av kostnadene.", "Ordningen"),
    ("Regjeringen styrker tilskuddet til rassikring. Tilskuddet dekker 80 prosent av kostnaden.", "Tilskuddet"),
])
def test_a_generic_subject_gives_way_to_the_kind_of_money_and_ends_before_its_verb(extractor, text, want):
    assert measure(extractor, "Budsjettet\n\n" + text) == want


@pytest.mark.parametrize("text, want", [
    # a cut in what a body spends itself is of that spending; the phrase ends where a second clause begins
    ("Budsjettet for Bodø kommune er lagt fram. Høyre vil kutte 6 millioner kroner i kommunens bruk av vikarbyråer.",
     "kommunens bruk av vikarbyråer"),
    ("Fylkestinget i Vestland behandler budsjettet i desember. Vi kutter 4 millioner kroner i fylkeskommunens "
     "reiseutgifter og bruker pengene på skolene.", "fylkeskommunens reiseutgifter"),
])
def test_a_cut_in_a_bodys_own_spending_is_of_that_spending(extractor, text, want):
    assert measure(extractor, "Budsjettet\n\n" + text) == want


@pytest.mark.parametrize("text, want", [
    # a scheme named by a generic noun that gives or holds a count of things: the count is of its own noun
    ("Fylket har vedtatt et løft for eldreomsorgen. Satsingen skal gi 14 nye sykepleierstillinger fra høsten.",
     "sykepleierstillinger"),
    ("Kommunen styrker barnevernet. Tiltaket gir 6 nye årsverk i barnevernstjenesten fra mars.", "årsverk"),
    ("Fylket har et nytt klimaprogram. Programmet skal gi 120 nye ladepunkter langs fylkesveiene.", "ladepunkter"),
    # not where it gives people something: what they get is the scheme
    ("Kommunen innfører gratis skolemat. Ordningen skal gi om lag 300 elever et varmt måltid hver dag.", "Ordningen"),
])
def test_a_scheme_that_gives_a_count_of_things_is_the_count(extractor, text, want):
    assert measure(extractor, "Budsjettet\n\n" + text) == want


@pytest.mark.parametrize("text, want", [
    # a cost noun is what the sentence before proposes, not a measure of its own
    ("Helseforetaket vil bygge et nytt pasienthotell i Molde sentrum. Kostnaden er anslått til 95 millioner "
     "kroner.", "pasienthotell"),
    ("Fylkeskommunen planlegger en ny kai for hurtigbåten på Husøy. Utgiftene er beregnet til 14 millioner kroner.",
     "kai"),
])
def test_a_cost_noun_takes_the_canonical_of_what_costs(extractor, text, want):
    m = amount_records(extractor, "Budsjettet\n\n" + text, "2021-03-01")[0]["measure"]
    assert m is not None and m["canonical"] == want


@pytest.mark.parametrize("text, want", [
    # a saving or top-up is of what gives or gets it, not the saving itself
    ("Sammenslåingen av de to legekontorene gir en innsparing på 800 000 kroner.",
     "Sammenslåingen av de to legekontorene"),
    ("Vedlikeholdet av kirkene får et påslag på 3 millioner kroner neste år.", "Vedlikeholdet av kirkene"),
])
def test_a_saving_or_top_up_is_of_what_gives_or_gets_it(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    # a pronoun prices what the sentence before does after a modal, or names as its subject past "Ifølge …"
    ("Kommunen skal bytte ut gatelysene langs fylkesveien. Det koster 2 millioner kroner.", "gatelysene"),
    ("Innfartsparkeringen ved Ski stasjon er ikke med i forslaget. Ifølge Bane NOR vil den koste 30 millioner "
     "kroner.", "Innfartsparkeringen ved Ski stasjon"),
])
def test_a_pronoun_prices_what_the_sentence_before_is_about(extractor, text, want):
    m = amount_records(extractor, "Budsjettet\n\n" + text, "2021-03-01")[0]["measure"]
    assert m is not None and want in m["text"]


@pytest.mark.parametrize("text, want", [
    # a sentence that only restates the amount before it, across a paragraph break, is of the same thing
    ("Fylket gir 2 millioner kroner til skoleskyss i Valdres.\n\nDet er 300 000 kroner mer enn i fjor.", "skoleskyss"),
    ("Regjeringen vil øke bostøtten med 400 millioner kroner.\n\nDette tilsvarer 1 200 kroner i året for en familie.",
     "bostøtte"),
])
def test_a_restated_amount_after_a_paragraph_break_is_of_the_same_thing(extractor, text, want):
    got = amount_records(extractor, "Budsjettet\n\n" + text, "2021-03-01")
    assert got[-1]["measure"] is not None and want in got[-1]["measure"]["canonical"]


@pytest.mark.parametrize("text, want", [
    # a kind of money with the words that qualify it, before whom it goes to
    ("Departementet har fordelt 80 millioner kroner i ekstraordinært vedlikeholdstilskudd til kommuner i Nordland.",
     "ekstraordinært vedlikeholdstilskudd"),
    ("Fylket fikk i fjor 3 millioner kroner i ekstra skjønnsmidler fra staten for å dekke flomskadene.",
     "ekstra skjønnsmidler"),
])
def test_a_qualified_kind_of_money_before_its_receiver_is_the_measure(extractor, text, want):
    assert measure(extractor, text) == want


def test_plain_state_funds_for_a_project_are_for_the_project(extractor):
    assert measure(extractor, "Regjeringen vil bruke 2 milliarder kroner i statlige midler til Rogfast.") != "statlige midler"


@pytest.mark.parametrize("text, want", [
    # a grant or loan to a named receiver: its `for å` clause says what it is for
    ("Helse Vest gir et lån på 50 millioner kroner til Helse Førde for å bygge et nytt akuttmottak i Lærdal.",
     "bygge et nytt akuttmottak i Lærdal"),
    ("Kommunen gir et tilskudd på 2 millioner kroner til Ål Idrettslag for å rehabilitere kunstgressbanen.",
     "rehabilitere kunstgressbanen"),
])
def test_a_grant_to_a_receiver_is_for_its_for_clause(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    # a total between `med` and the amount: what is changed by it
    ("Rådmannen foreslår å øke parkeringsavgiftene med til sammen 12 prosent.", "parkeringsavgiftene"),
    ("Fylket vil styrke skoleskyssen med totalt 4 millioner kroner.", "skoleskyssen"),
])
def test_a_total_between_med_and_the_amount(extractor, text, want):
    assert want in measure(extractor, text)


def measure_texts(extractor, text, date="2021-03-01"):
    return [r["measure"] and r["measure"]["text"] for r in amount_records(extractor, text, date)]


@pytest.mark.parametrize("text, want", [
    # a place that gets the money (subject or after a fronted verb) says who gets it: what it gets follows
    ("Neste år får Hamar 3 millioner kroner i skjønnsmidler.", "skjønnsmidler"),
    ("I 2022 fikk Finnmark 12 millioner kroner til rassikring.", "rassikring"),
    ("Bodø får 800 000 kroner av det statlige tilskuddet i år.", "det statlige tilskuddet"),
])
def test_a_place_that_gets_money_is_not_what_it_is_for(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Sandefjord fikk 2,3 millioner kroner fra Klimasats til ladepunkter.", "ladepunkter"),
    ("Vardø har fått 1,1 millioner kroner fra Havbruksfondet.", "Havbruksfondet"),
    ("Alta har fått 2 millioner kroner fra Klimasats.", "Klimasats"),
])
def test_a_named_fund_the_money_comes_from(extractor, text, want):
    assert measure(extractor, text) == want


def test_a_body_the_money_comes_from_is_no_fund(extractor):
    assert measure(extractor, "Skolen fikk 50 000 kroner fra Nordland fylkeskommune.") != "Nordland"


@pytest.mark.parametrize("text, want", [
    ("Staten dekker 60 prosent av kostnadene ved den nye fergekaia i Hareid.", "den nye fergekaia i Hareid"),
    ("Fylket betaler 70 prosent av utgiftene til skoleskyss for elever i videregående.",
     "skoleskyss for elever i videregående"),
])
def test_a_share_of_the_costs_of_something(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    # a fronted adverbial puts the subject after the finite verb; a split verb's particle ends it
    ("I 2023 ble tilskuddet til frivilligsentralene redusert med 15 prosent.", "tilskuddet til frivilligsentralene"),
    ("Fra nyttår går egenandelen for fysioterapi opp fra 300 til 350 kroner.", "egenandelen for fysioterapi"),
    ("Ifølge Statistisk sentralbyrå har kostnaden for barnehageplassene økt med 8 prosent.",
     "kostnaden for barnehageplassene"),
    ("For å dekke underskuddet ble budsjettet til kulturhuset kuttet med 2 millioner kroner.",
     "budsjettet til kulturhuset"),
])
def test_the_subject_after_a_fronted_adverbial_is_what_changes(extractor, text, want):
    assert measure(extractor, text) == want


def test_the_opener_of_a_sentence_is_no_fronted_adverbial(extractor):
    text = "Rektor er glad for at kommunen i budsjettet har økt rammen til skolen med 4 prosent."
    assert "glad" not in (measure(extractor, text) or "")


@pytest.mark.parametrize("text, want", [
    ("Kommunens lånegjeld ventes å øke fra 1,2 milliarder kroner ved utgangen av året til om lag 1,5 milliarder "
     "kroner i 2028.", "Kommunens lånegjeld"),
    ("Styret foreslår at lånerammen for Lånekassen økes med 4 milliarder kroner, til 80 milliarder kroner.",
     "lånerammen for Lånekassen"),
])
def test_the_other_end_of_a_change_is_not_what_it_is_for(extractor, text, want):
    assert measure_texts(extractor, text) == [want, want]


@pytest.mark.parametrize("text, amount, then", [
    ("Fylket foreslår at rammen for skoleskyss økes med 3 millioner kroner, til 45 millioner kroner.",
     "3 millioner kroner", "45 millioner kroner"),
    ("Partiet vil heve satsen med 500 kroner, til 4 000 kroner.", "500 kroner", "4 000 kroner"),
])
def test_a_til_before_the_next_amount_names_no_purpose(text, amount, then):
    """Read to the next amount only, `til` has nothing after it; the next amount is no purpose."""
    from pipeline.claims.measures import phrase_for_amount

    a, b = text.index(amount), text.index(then)
    found = phrase_for_amount(text, (0, len(text)), (a, a + len(amount)), [(b, b + len(then))])
    assert found is None or then not in text[found[0]:found[1]]


@pytest.mark.parametrize("text, want", [
    ("I handlingsprogrammet er det lagt inn investeringer på til sammen 300 millioner kroner.", "investeringer"),
    ("For 2025 er det satt av driftsmidler på 4 millioner kroner.", "driftsmidler"),
])
def test_a_noun_after_a_particle_verb_is_modified_by_the_amount(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Staten tilbød i fjor en samlet ramme på 180 millioner kroner.", "ramme"),
    ("Departementet har gitt direktoratet en ramme på 40 millioner kroner.", "ramme"),
])
def test_a_frame_that_says_nothing_of_what_it_frames(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Universitetet har fått en driftsramme på 2,1 milliarder kroner for neste år.", "driftsramme"),
    ("Ifølge direktoratet er skoleskysstilskuddet i år på 9 000 kroner for hver elev.", "skoleskysstilskuddet"),
])
def test_the_noun_the_amount_modifies_past_a_time(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Universitetet har inngått kontrakter for til sammen 40 millioner kroner.", "kontrakter"),
    ("Lånekassen ga i fjor nye studielån for 30 milliarder kroner.", "studielån"),
    ("Fylket vedtok investeringer for 800 millioner kroner.", "investeringer"),
])
def test_what_an_amount_after_for_is_the_value_of(extractor, text, want):
    assert measure(extractor, text) == want


def test_a_verbs_for_is_no_value_of_a_noun_before_it(extractor):
    assert measure(extractor, "Kommunen skal pusse opp svømmehallen for 12 millioner kroner.") != "svømmehallen for"


@pytest.mark.parametrize("text, want", [
    ("Departementet har satt rammen for tilskuddet til 60 millioner kroner.", "rammen for tilskuddet"),
    ("Fra nyttår settes egenandelen ned til 200 kroner.", "egenandelen"),
])
def test_what_is_set_to_an_amount(extractor, text, want):
    assert measure(extractor, text) == want


def test_what_is_set_aside_is_no_object_of_setting(extractor):
    assert measure(extractor, "Fylket har satt av 4 millioner kroner til nye ladestasjoner.") == "nye ladestasjoner"


@pytest.mark.parametrize("text, want", [
    ("Regjeringen plusser på barnetrygden med 300 kroner i måneden.", "barnetrygden"),
    ("Fylkestinget plusset på vedlikeholdsbudsjettet med 15 millioner kroner.", "vedlikeholdsbudsjettet"),
])
def test_what_is_topped_up(extractor, text, want):
    assert want in measure(extractor, text)


@pytest.mark.parametrize("text, want", [
    ("Staten refunderer 80 prosent av reiseutgiftene.", "reiseutgiftene"),
    ("Hvert år trekkes 0,7 prosent av driftsbevilgningene.", "driftsbevilgningene"),
])
def test_a_share_of_a_named_cost_or_grant(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Elektrifiseringen av fergene skal kutte utslippene med 5 000 tonn CO2 i året.", "Elektrifiseringen av fergene"),
    ("Ombyggingen av skolene ventes å redusere energibruken med 30 prosent.", "Ombyggingen av skolene"),
])
def test_what_cuts_emissions_is_the_measure_not_the_emissions(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text", [
    "Målet er å kutte klimagassutslippene med 55 prosent innen 2030.",
    "Sverige skal kutte utslippene med 63 prosent innen 2030.",
])
def test_a_goal_or_a_country_is_not_what_cuts_emissions(extractor, text):
    assert not {"Målet", "Sverige"} & set(measure_texts(extractor, text))


@pytest.mark.parametrize("pot, lead", [
    ("Potten til skolefrukt er på 900 000 kroner i 2022.", "De største tildelingene er budsjettert slik:"),
    ("Fylket har 2 millioner kroner til trafikksikring i år.", "Fordelingen ser slik ut:"),
])
def test_items_to_receivers_under_an_allocation_lead_in_get_the_pots_measure(extractor, pot, lead):
    text = f"Tildeling\n\n{pot} {lead}\n• Vang idrettslag: 400 000 kroner\n• Løten skolekorps: 300 000 kroner\n"
    got = measure_texts(extractor, text, "2022-03-01")
    assert got[-2:] == [got[0], got[0]] and got[0] is not None


@pytest.mark.parametrize("text, bad", [
    ("Vil vi ha flere lærere, må kommunen bruke 5 millioner kroner mer.", "Vil vi ha flere lærere"),
    ("Får vi flere elever, vil skolen trenge en ramme på 2 millioner kroner.", "Får vi flere elever"),
])
def test_a_condition_that_opens_with_its_verb_is_no_subject(extractor, text, bad):
    assert measure(extractor, text) != bad


@pytest.mark.parametrize("text, want", [
    ("Fylket betalte ut 4 millioner kroner i etableringstilskudd til unge fiskere i fjor.", "etableringstilskudd"),
    ("Kommunen gir 600 000 kroner i aktivitetsstøtte til idrettslagene i bygda.", "aktivitetsstøtte"),
    ("Staten ga 90 millioner kroner i krisetilskudd til næringslivet i Nord-Troms.", "krisetilskudd"),
])
def test_a_kind_of_money_to_people_or_a_sector_is_the_measure(extractor, text, want):
    assert measure(extractor, text) == want


def test_a_kind_of_money_for_a_thing_is_for_the_thing(extractor):
    assert measure(extractor, "Fylket gir 2 millioner kroner i tilskudd til nye ladestasjoner.") == "nye ladestasjoner"


@pytest.mark.parametrize("text, want", [
    ("I 2024 tar bydelen inn 60 nye deltakere i jobbprogrammet.", "deltakere i jobbprogrammet"),
    ("Partiet vil ha 200 flere elever i den kulturelle skolesekken.", "elever i den kulturelle skolesekken"),
    ("Målet er 500 nye soldater i Heimevernet.", "soldater i Heimevernet"),
])
def test_a_count_with_what_it_is_counted_in(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text", [
    "Kommunen bosatte 30 nye flyktninger i Levanger.",    # a place
    "I fjor tok skolen inn 25 nye elever i gjennomsnitt.",  # no place at all
])
def test_a_count_in_a_place_or_on_average_is_the_count(extractor, text):
    assert measure(extractor, text) in ("flyktninger", "elever")


@pytest.mark.parametrize("text, want", [
    ("• skolebiblioteket i Solvang stenges, som gir en innsparing på 400 000 kroner", "skolebiblioteket i Solvang stenges"),
    ("Departementet regner med at bompengene gir økte inntekter på 80 millioner kroner.", "bompengene"),
    ("• halvere moms på frukt, noe som vil gi et provenytap på 3 milliarder kroner", "halvere moms på frukt"),
])
def test_what_gives_a_saving_or_a_loss_is_the_measure(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Kommunedirektøren foreslår en netto driftsramme for barnehagene på 210 millioner kroner.", "driftsramme for barnehagene"),
    ("Partiet vil ha et aktivitetskort for ungdom på 2 000 kroner i året.", "aktivitetskort for ungdom"),
])
def test_a_noun_for_someone_before_pa_amount_is_the_noun_with_whom(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Fylket oppretter en støtteordning på 3 millioner kroner til lokale matprodusenter.", "lokale matprodusenter"),
    ("Regjeringen lanserer en satsing på 200 millioner kroner til digital kompetanse i skolen.",
     "digital kompetanse i skolen"),
])
def test_a_scheme_or_a_drive_on_an_amount_is_for_its_til_phrase(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Det opprettes en ny støtteordning på 20 millioner kroner til unge bønder i fjellbygdene.", "støtteordning"),
    ("Fylket innfører et tilskudd på 5 000 kroner til lærlinger som tar fagbrev.", "tilskudd"),
])
def test_a_grant_til_people_keeps_its_kind(extractor, text, want):
    assert want in measure(extractor, text)


@pytest.mark.parametrize("text, want", [
    ("• ansette 12 nye sykepleiere, slik at ventetiden går ned", "sykepleiere"),
    ("Vi vil rekruttere 30 flere lærere for å styrke realfagene.", "lærere"),
])
def test_the_people_hired_are_the_measure(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Fylket bygger 8 nye kilometer med rekkverk langs fylkesvei 17.", "rekkverk langs fylkesvei 17"),
    ("• 20 kilometer med ny belysning på skoleveiene", "ny belysning på skoleveiene"),
])
def test_a_distance_with_what_it_is_of(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Ifølge direktoratet koster en ny ambulansebåt i dag om lag 40 millioner kroner.", "en ny ambulansebåt"),
    ("Etter kommunens anslag koster full utskifting av vannledningene rundt 300 millioner kroner.",
     "full utskifting av vannledningene"),
])
def test_the_subject_after_a_fronted_adverbial_and_a_cost_verb(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Kommunedirektøren foreslår et kutt på 2 millioner kroner i budsjettet for barnevernet.", "barnevernet"),
    ("• en økning på 400 000 kroner i rammen til biblioteket", "biblioteket"),
])
def test_a_change_in_the_frame_or_budget_for_something_is_for_that(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    # the second end of "fra A til B" after a verb and its object takes the same object
    ("Fylkesutvalget vil øke tilskuddet til kulturskolene fra 2 til 3 millioner kroner.",
     ["øke tilskuddet til kulturskolene", "øke tilskuddet til kulturskolene"]),
    # a clause after ", og" has a subject of its own, capitalised or not
    ("Enova får 2 milliarder kroner, og Klimasats-ordningen reduseres fra 200 til 100 millioner kroner.",
     ["Enova", "Klimasats-ordningen", "Klimasats-ordningen"]),
    # an adverb between the verb and the amount is no object
    ("Husleien øker dermed fra 6 000 til 6 500 kroner.", ["Husleien", "Husleien"]),
])
def test_both_ends_of_a_change_in_several_clauses(extractor, text, want):
    assert measure_texts(extractor, text) == want


@pytest.mark.parametrize("sentence, want", [
    ("Vi bruker 2,5 millioner kroner av kraftfondet neste år.", "kraftfondet"),
    ("Partiet vil ta 3 millioner kroner fra salg av aksjer i kraftselskapet.", "salg av aksjer i kraftselskapet"),
    ("Fylket tar 10 millioner kroner fra eget næringsfond.", "eget næringsfond"),
])
def test_the_fund_or_sale_a_budget_takes_money_from_is_the_measure(extractor, sentence, want):
    assert measure(extractor, f"Finansiering\n\n{sentence}") == want


@pytest.mark.parametrize("sentence, want", [
    ("Kommunestyret sa ja til mottak av 12 enslige mindreårige.", "mottak"),
    ("Høgskolen får penger til opptak av 25 sykepleierstudenter i Alta.", "opptak"),
])
def test_a_count_taken_in_is_measured_by_the_taking_in(extractor, sentence, want):
    assert measure(extractor, f"Mottak\n\n{sentence}") == want


@pytest.mark.parametrize("sentence, want", [
    ("Etter forliket fikk bibliotekene til sammen 90 millioner kroner.", "bibliotekene"),
    ("I år mottar museene i fylket til sammen 14 millioner kroner.", "museene i fylket"),
])
def test_what_gets_money_after_a_fronted_verb_and_an_adverb_of_sum_is_the_measure(extractor, sentence, want):
    assert measure(extractor, f"Budsjett\n\n{sentence}") == want


@pytest.mark.parametrize("text, want", [
    ("Kommunen vil gi gratis leksehjelp til 300 elever på ungdomstrinnet.", "gratis leksehjelp"),
    ("Ordningen gir rentefri lånegaranti til rundt 1 200 unge førstegangskjøpere.", "rentefri lånegaranti"),
])
def test_what_a_verb_of_giving_gives_a_count_of_people_is_the_measure(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Fylket regner med at omleggingen sparer om lag 3 millioner kroner i året.", "omleggingen"),
    ("Rådmannen skriver at bibliotektjenesten trenger 4 millioner kroner mer.", "bibliotektjenesten"),
])
def test_a_reported_subject_ends_before_a_verb_the_verb_list_does_not_know(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("phrase, want", [
    ("E39 Rogfast", "e39"),
    ("ny E18 Langangen–Rugtvedt", "e18"),
    ("rv. 9 Setesdal", "rv. 9"),
    ("Fv. 710 Ingdalen–Valset", "fv. 710"),
])
def test_a_named_stretch_of_road_is_canonically_its_road(phrase, want):
    from pipeline.claims.measures import canonical_for

    assert canonical_for(phrase, 0, len(phrase))[0] == want


@pytest.mark.parametrize("text, want", [
    ("Rassikringen av fylkesvei 17 ved Kvalvika er ikke med i forslaget. Prosjektet er beregnet å koste 1,2 milliarder "
     "kroner.", "rassikring"),
    ("Utbedringen av rv. 9 gjennom Valle ble utsatt i fjor. Prosjektet er anslått til 300 millioner kroner.",
     "utbedring"),
])
def test_a_generic_subject_refers_to_a_subject_that_names_a_road_by_its_number(extractor, text, want):
    record = amount_records(extractor, text, "2024-10-08")[0]
    assert record["measure"]["canonical"] == want


@pytest.mark.parametrize("text, want", [
    ("Fra neste år innfører staten en egenandel for kommunene dersom en elev trenger et ekstra skoleår. Satsen er "
     "anslått til 2 000 kroner per elev.", "egenandel"),
    ("Fylket oppretter et reisefond for lærlinger hvis en bedrift ligger langt fra skolen. Ordningen får 3 millioner "
     "kroner.", "reisefond"),
])
def test_a_generic_subject_refers_to_the_new_thing_of_the_main_clause_before(extractor, text, want):
    record = amount_records(extractor, text, "2024-10-08")[0]
    assert record["measure"]["canonical"] == want


@pytest.mark.parametrize("text, amount", [
    ("St. Olavs hospital bygger ut på Orkdal. Kommunen har allerede vedtatt å bruke 9 millioner kroner på ny "
     "rundkjøring og 60 parkeringsplasser ved sykehuset.", "60 parkeringsplasser"),
    ("Nordland politidistrikt fikk 40 millioner kroner til reformen. Av dette ble bare 2 millioner kroner brukt i "
     "Lofoten, viser tall jeg har fått fra politidistriktet.", "2 millioner kroner"),
    ("Sykehuset Innlandet skal bygge nytt. Det er ikke verdig, og derfor går vi inn med 140 millioner kroner av "
     "sykehusets egne midler i 2025.", "140 millioner kroner"),
])
def test_a_body_a_generic_noun_names_as_a_place_a_source_or_an_owner_is_no_measure(extractor, text, amount):
    record = next(r for r in amount_records(extractor, text, "2023-10-10") if r["amount"]["text"] == amount)
    assert record["measure"] is None or record["measure"]["text"] not in ("sykehuset", "politidistriktet", "sykehusets")


@pytest.mark.parametrize("text, want", [
    ("Samtidig foreslås 9 millioner kroner brukt på nytt tak på svømmehallen.", "nytt tak på svømmehallen"),
    ("Fylkestinget vil se 40 millioner kroner lagt inn på vedlikehold av fylkesveiene.", "vedlikehold av fylkesveiene"),
])
def test_a_participle_between_an_amount_and_what_it_goes_to(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Direktoratet anslår at potten neste år blir på 1,6 milliarder kroner.", ("potten", "pott")),
    ("Regjeringen foreslår at sykehusene neste år skal få 1,2 milliarder kroner mer.", ("sykehusene", "sykehus")),
])
def test_a_measure_never_runs_on_into_a_time(extractor, text, want):
    measure = amount_records(extractor, text, "2022-10-07")[0]["measure"]
    assert (measure["text"], measure["canonical"]) == want


@pytest.mark.parametrize("phrase, want", [
    ("nye sjøkabler ut til øyene", "sjøkabel"),
    ("fylkesveiene hvert år", "fylkesvei"),
    ("nye elsykler inn i ordningen", "elsykkel"),
])
def test_a_particle_or_a_time_after_the_head_is_not_the_head(phrase, want):
    from pipeline.claims.measures import canonical_for

    assert canonical_for(phrase, 0, len(phrase))[0] == want


@pytest.mark.parametrize("phrase, want", [
    ("det meste av oljefyringen", "oljefyring"),
    ("deler av utdanningen i Kongsvinger", "utdanning"),
    ("halvparten av de nye stillingene", "stilling"),
])
def test_a_part_of_something_is_canonically_what_it_is_part_of(phrase, want):
    from pipeline.claims.measures import canonical_for

    assert canonical_for(phrase, 0, len(phrase))[0] == want


@pytest.mark.parametrize("text, want", [
    ("Fylkestinget vedtok et mål om 2 TWh vindkraft på land innen 2035.", "vindkraft"),
    ("• Minst 15 kilometer turstier skal merkes og gruses i løpet av planperioden.", "turstier"),
    ("Kommunen beholder satsen på dagens nivå på 3 promille.", None),
])
def test_a_unit_of_measure_is_no_measure_but_what_it_measures_after_it_is(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text, want", [
    ("Statsråden sier reformen koster om lag 900 millioner kroner det første året.", "reformen"),
    ("Ordføreren mener utbyggingen av havna vil koste minst 80 millioner kroner.", "utbyggingen av havna"),
])
def test_the_subject_of_a_clause_reported_without_at_is_what_it_costs(extractor, text, want):
    assert measure(extractor, text) == want


@pytest.mark.parametrize("text", [
    "Rådmann Kari Lunde vil spare 2 millioner kroner ved å stenge biblioteket om sommeren.",
    "Fylkesordfører Aud Hove har foreslått 12 millioner kroner.",
    "Politimester Ida Melbo Øystese har brukt 40 millioner kroner.",
])
def test_a_titled_agent_is_never_the_measure(model_extractor, text):
    m = amount_records(model_extractor, text, "2019-12-11")[0]["measure"]
    assert m is None or not m["text"].startswith(text.split()[0])


@pytest.mark.parametrize("text, want", [
    ("Regjeringen foreslår å redusere bevilgningen til skogvern med 230 millioner kroner.", "skogvern"),
    ("Fylket øker støtten til leksehjelp med 2 millioner kroner.", "leksehjelp"),
    ("Bystyret vil øke rammen til kulturskolen med 1,5 millioner kroner.", "kulturskole"),
])
def test_the_canonical_of_money_for_something_is_what_it_is_for(extractor, text, want):
    records = amount_records(extractor, text, "2023-10-05")
    assert records[0]["measure"]["canonical"] == want


@pytest.mark.parametrize("text, want", [
    ("De største prosjektene er ny ungdomsskole i sentrum (280 millioner kroner) og et nytt sykehjem "
     "(190 millioner kroner).", ["ny ungdomsskole i sentrum", "et nytt sykehjem"]),
    ("Budsjettet prioriterer en ny brannstasjon (45 millioner kroner) og nye gatelys (om lag 8 millioner kroner).",
     ["en ny brannstasjon", "nye gatelys"]),
    ("Vi stryker parkeringshuset på Lund (40 mill. kr) fra investeringsplanen.", ["parkeringshuset på Lund"]),
])
def test_an_amount_alone_in_brackets_prices_the_noun_phrase_before_it(extractor, text, want):
    records = amount_records(extractor, text, "2023-11-02")
    assert [r["measure"]["text"] for r in records if r["kind"] == "money"] == want


@pytest.mark.parametrize("text, want", [
    ("Fylket bruker 1,4 milliarder kroner på den nye brua over Sunndalsfjorden.", "bru"),
    ("Kommunen vil bruke 2 millioner kroner på den nye satsinga for ungdom.", "satsing"),
    ("Staten gir 20 millioner kroner til lokale media i distriktene.", "medium"),
])
def test_a_feminine_definite_in_a_gives_its_lemma(extractor, text, want):
    assert amount_records(extractor, text, "2023-10-05")[0]["measure"]["canonical"] == want


@pytest.mark.parametrize("text, want", [
    ("Der foreslås politiet tilført 24,6 milliarder kroner neste år.", "politiet"),
    ("I statsbudsjettet foreslås Kriminalomsorgen tildelt 300 millioner kroner mer.", "Kriminalomsorgen"),
    ("Samtidig foreslås kulturskolene gitt 40 millioner kroner ekstra.", "kulturskolene"),
])
def test_the_body_a_proposed_passive_gives_to_is_what_the_money_is_for(extractor, text, want):
    assert measure(extractor, text, "2023-10-06") == want


@pytest.mark.parametrize("text, want", [
    ("Departementet beregnet at tunnelen ville koste 2 milliarder kroner.", "tunnelen"),
    ("Rådmannen regnet med at den nye skolen skulle koste 90 millioner kroner.", "den nye skolen"),
])
def test_a_past_modal_ends_the_subject_of_a_reported_cost(extractor, text, want):
    assert measure(extractor, text, "2022-10-06") == want


@pytest.mark.parametrize("text, want", [
    ("Fylket gir 3 millioner kroner til orkestrene i regionen.", "orkester"),
    ("Kommunen vil bruke 2 millioner kroner på teatret i sentrum.", "teater"),
    ("Staten gir 40 millioner kroner til museene i Nord-Norge.", "museum"),
])
def test_a_definite_that_drops_the_lemmas_e_or_um_gives_the_lemma(extractor, text, want):
    assert amount_records(extractor, text, "2023-10-05")[0]["measure"]["canonical"] == want


@pytest.mark.parametrize("text, want", [
    ("Partiet vil sette av 5 millioner kroner til skolebussene når budsjettet behandles.", "skolebuss"),
    ("Vi foreslår 2 millioner kroner til gatelys dersom fylket betaler resten.", "gatelys"),
])
def test_a_clause_after_the_measure_is_not_its_head(extractor, text, want):
    assert amount_records(extractor, text, "2023-10-05")[0]["measure"]["canonical"] == want



@pytest.mark.parametrize("text, want", [
    ("Derfor øker vi bevilgningen til leirskole til 40 millioner kroner neste år.", "bevilgningen til leirskole"),
    ("I budsjettet dobler vi tilskuddet til fritidsklubbene med 3 millioner kroner.", "tilskuddet til fritidsklubbene"),
])
def test_a_subject_pronoun_after_a_fronted_verb_is_not_part_of_the_measure(extractor, text, want):
    assert measure(extractor, text, "2023-10-06") == want
