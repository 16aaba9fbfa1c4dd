import pytest

from pipeline.dimensions.quantity import find_quantities, lemma_of
from tests.conftest import examples


@pytest.mark.parametrize("row", examples("quantity.tsv"), ids=lambda r: r[0][:40])
def test_quantity_example(run_text, row):
    text, surface, value, unit, qualifier = row
    found = run_text(text)._.quantity
    assert found, f"no quantity in {text!r}"
    q = found[0]
    assert (q.text, q.value, q.unit, q.qualifier) == (surface, pytest.approx(float(value)), unit, qualifier)


@pytest.mark.parametrize("plural,lemma", [("pasienter", "pasient"), ("pasientene", "pasient"),
                                          ("turnusstillinger", "turnusstilling"), ("lærere", "lærer"),
                                          ("legekontorer", "legekontor"), ("Alis-avtaler", "alis-avtale"),
                                          ("sykehjemsplasser", "sykehjemsplass"), ("tiltak", "tiltak"),
                                          ("eldreminister", "eldreminister"), ("partileder", "partileder"),
                                          ("sykepleiere", "sykepleier"), ("medlemmer", "medlem"),
                                          ("programmene", "program"), ("stemmer", "stemme"),
                                          ("lånerammene", "låneramme"), ("sykehjemmene", "sykehjem")])
def test_lemma_rules(plural, lemma):
    assert lemma_of(plural) == lemma


def test_money_is_not_a_quantity(run_text):
    assert run_text("Det koster 1600 kroner.")._.quantity == []


def test_vague_counts_are_not_quantities(run_text):
    assert run_text("Flere hundre tusen nordmenn mangler fastlege.")._.quantity == []


def test_ordinal_list_numbers_are_not_counts(run_text):
    assert run_text("Målene:\n 1. Trygg karrierevei\n 2. God kvalitet")._.quantity == []


@pytest.mark.parametrize("text", ["De to partiene ble enige om budsjettet.", "Ni av ti sier ja til forslaget.",
                                  "De to nye skolene åpner i august.", "Det kom ett nytt sykehus.",
                                  "Fylket fikk 2 millioner sammenlignet med i fjor.",
                                  "Tusen takk for innsatsen i år.", "Hun gikk i mål 2,1 bak vinneren.",
                                  "Tilskuddet til beitebrukere i region 6 økes.", "Bussene i sone 3 går oftere."])
def test_not_counts(run_text, text):
    """A small number word after a determiner or before a verb, an article, a number that names a
    region or zone, or a bare amount followed by a word that is not what it counts, is no quantity."""
    assert run_text(text)._.quantity == []


@pytest.mark.parametrize("text", ["Fra 2016 innfører fylket en ny takstsone.", "Tobakksloven av 1973 gjelder fortsatt.",
                                  "Siden 2009 betaler pendlerne mer.",
                                  "I budsjettforslaget for 2020 prioriterer byrådet flere lærere.",
                                  "Saken kommer før budsjettarbeidet for 2027 starter."])
def test_a_year_after_its_preposition_counts_nothing(run_text, text):
    assert run_text(text)._.quantity == []


def test_a_year_like_count_without_a_preposition_still_counts(run_text):
    assert [q.unit for q in run_text("Kommunen gir 2000 elever gratis frukt.")._.quantity] == ["elev"]


@pytest.mark.parametrize("text", [
    "Antall tiltak: 4\nNye stillinger i barnevernet kommer i tillegg.",
    "Rehabilitering av svømmehallen, trinn 2: 18,5\nNy kunstgressbane på Gulset: 6,0",
])
def test_a_count_takes_no_noun_from_the_next_line(run_text, text):
    assert [q for q in run_text(text)._.quantity if "\n" in q.text] == []


@pytest.mark.parametrize("text", [
    "Fylket bruker tre ganger så mye på rassikring som før.",
    "De fire siste årene har tilskuddet stått stille.",
    "Det gjelder de ti største kommunene i landet.",
])
def test_a_multiplier_or_an_ordinal_after_a_number_counts_nothing(run_text, text):
    assert run_text(text)._.quantity == []


@pytest.mark.parametrize("text, want", [
    ("Staten gir tilskudd til 1 000 nye studentboliger, mot 800 i årets budsjett.",
     [("1 000 nye studentboliger", "studentbolig"), ("800", "studentbolig")]),
    ("Kommunen vil bosette 30 flyktninger neste år, mot 18 i år.", [("30 flyktninger", "flyktning"), ("18", "flyktning")]),
    ("Fylket kjøper 12 nye el-busser, mot 2020.", [("12 nye el-busser", "el-buss")]),
    ("Skolen får 14 nye lærlingplasser, sammenlignet med 9 i fjor.",
     [("14 nye lærlingplasser", "lærlingplass"), ("9", "lærlingplass")]),
    ("Bydelen tar imot 60 nye elever, sammenliknet med 45 året før.", [("60 nye elever", "elev"), ("45", "elev")]),
    # the count it goes down or up from
    ("Sykehuset har nå 28 døgnplasser, ned fra 34 i fjor.", [("28 døgnplasser", "døgnplass"), ("34", "døgnplass")]),
    ("Linja får 40 avganger i døgnet, opp fra 32.", [("40 avganger", "avgang"), ("32", "avgang")]),
    # the same count for another year
    ("Fylket tar inn 80 nye lærlinger i år og 95 neste år.", [("80 nye lærlinger", "lærling"), ("95", "lærling")]),
    ("Byen bygger 60 nye omsorgsboliger i 2027 og ytterligere 40 i 2028.",
     [("60 nye omsorgsboliger", "omsorgsbolig"), ("40", "omsorgsbolig")]),
    # a part of it, after "hvorav"
    ("Staten finansierer 900 nye barnehageplasser, hvorav 120 i Tromsø.",
     [("900 nye barnehageplasser", "barnehageplass"), ("120", "barnehageplass")]),
])
def test_a_bare_number_beside_a_count_is_counted_in_its_unit(run_text, text, want):
    assert [(q.text, q.unit) for q in run_text(text)._.quantity] == want


@pytest.mark.parametrize("text, want", [
    ("Vestfold får om lag 30 av lærerstillingene.", [("om lag 30", "lærerstilling")]),
    ("Fylket krever at minst tolv av de nye kontrollørene plasseres i Nord-Troms.", [("minst tolv", "kontrollør")]),
    ("Hittil har kommunen fått 40 av dem.", []),
])
def test_a_number_of_a_definite_plural_after_av_counts_it(text, want):
    assert [(q.text, q.unit) for q in find_quantities(text, 0, len(text))] == want


@pytest.mark.parametrize("text, want", [
    ("Av de nye plassene går 60 av plassene til Bodø og 25 til Harstad.", [("60", "plass"), ("25", "plass")]),
    ("Midlene gir 120 nye lærlingplasser:\n- 70 i helsefag\n- 50 i byggfag",
     [("120 nye lærlingplasser", "lærlingplass"), ("70", "lærlingplass"), ("50", "lærlingplass")]),
    ("Vegvesenet setter opp 30 nye fartskameraer langs E18 og 12 langs riksvei 7.",
     [("30 nye fartskameraer", "fartskamera"), ("12", "fartskamera")]),
    ("Kommunen setter ut 200 nye benker i parken og 80 rundt skolene.", [("200 nye benker", "benk"), ("80", "benk")]),
    ("Staten bygger 20 nye rasteplasser på E16 og 8 på fylkesvei 51.", [("20 nye rasteplasser", "rasteplass"), ("8", "rasteplass")]),
])
def test_a_count_shared_out_leaves_its_noun_out(text, want):
    assert [(q.text, q.unit) for q in find_quantities(text, 0, len(text))] == want


@pytest.mark.parametrize("text, want", [
    ("Politiet trenger mellom 300 og 400 nye årsverk.", [("300", "årsverk", "from"), ("400 nye årsverk", "årsverk", "to")]),
    ("Fylket vil ansette 10–12 nye miljøarbeidere.", [("10", "miljøarbeider", "from"), ("12 nye miljøarbeidere", "miljøarbeider", "to")]),
    ("Kvoten økes fra 2 000 til 3 000 overføringsflyktninger.",
     [("2 000", "overføringsflyktning", "from"), ("3 000 overføringsflyktninger", "overføringsflyktning", "to")]),
    ("I 2019–2021 ble det ansatt 40 nye lærere.", [("40 nye lærere", "lærer", None)]),
    # a first bound in words
    ("Legevakten går fra to til tre sykepleiere på natt.",
     [("to", "sykepleier", "from"), ("tre sykepleiere", "sykepleier", "to")]),
    ("Kommunen skal kjøpe mellom fire og seks nye omsorgsboliger.",
     [("fire", "omsorgsbolig", "from"), ("seks nye omsorgsboliger", "omsorgsbolig", "to")]),
    # a share changes the same way
    ("Regjeringen vil øke grunnrenteskatten fra 37 til 45 prosent.", [("37", "%", "from"), ("45 prosent", "%", "to")]),
    ("Egenandelen skal ligge mellom 20 og 30 prosent.", [("20", "%", "from"), ("30 prosent", "%", "to")]),
])
def test_the_first_bound_of_a_range_of_counts_is_counted_in_the_seconds_noun(text, want):
    assert [(q.text, q.unit, q.range) for q in find_quantities(text, 0, len(text))] == want


@pytest.fixture(scope="module")
def with_model():
    """The shipped pipeline, model included: its lemmas refine the units of counts."""
    from pipeline.extract import Extractor

    return Extractor()


@pytest.mark.parametrize("text, unit", [
    ("Fylket vil bygge 45 nye barneskoler innen 2030.", "barneskole"),
    ("Helseforetaket åpner 16 nye døgnplasser i psykiatrien.", "døgnplass"),
    ("Kommunen vil kjøpe 4 nye ambulansebiler neste år.", "ambulansebil"),
])
def test_the_model_does_not_override_a_compound_whose_last_part_is_an_exception(with_model, text, unit):
    from pipeline.io import make_document

    doc = with_model.process(make_document("t", text, {"date": "2023-10-05"}))
    assert [q.unit for q in doc._.quantity] == [unit]


@pytest.mark.parametrize("text, want", [
    # bare numbers later in the clause of "antallet X" count X
    ("Tollvesenet vil øke antallet kontroller på grensen fra 12 til 20 i helgene.",
     [("12", "kontroll", "from"), ("20", "kontroll", "to")]),
    ("Fylket reduserer antallet ferjeavganger med 30 i uken.", [("30", "ferjeavgang", None)]),
    ("Kommunen vil øke antall sykehjemsplasser fra åtte til tolv.",
     [("åtte", "sykehjemsplass", "from"), ("tolv", "sykehjemsplass", "to")]),
    # a number with its own unit is that unit's
    ("Antallet ansatte økte med 3 prosent.", [("3 prosent", "%", None)]),
])
def test_bare_numbers_count_what_antallet_names(text, want):
    assert [(q.text, q.unit, q.range) for q in find_quantities(text, 0, len(text))] == want


@pytest.mark.parametrize("text, want", [
    # a number of "dem"/"disse" counts what the count before it counts
    ("Staten finansierer 1 200 nye barnehageplasser i år. Om lag 90 av dem havner i Trondheim.",
     [("1 200 nye barnehageplasser", "barnehageplass"), ("Om lag 90", "barnehageplass")]),
    ("Politidirektoratet fordeler 350 nye politistillinger. Av disse går 80 til Oslo politidistrikt.",
     [("350 nye politistillinger", "politistilling"), ("80", "politistilling")]),
    ("Fylket får 40 nye lærlingplasser neste år. Av dem går 12 til Tana.",
     [("40 nye lærlingplasser", "lærlingplass"), ("12", "lærlingplass")]),
    ("Nav skal ansette 300 nye veiledere. Av dem kommer 25 allerede i vår, de fleste i Bergen.",
     [("300 nye veiledere", "veileder"), ("25", "veileder")]),
    # no number, no count
    ("Vi har 30 barn i kø. Mange av dem venter lenge.", [("30 barn", "barn")]),
])
def test_a_number_of_them_counts_what_the_count_before_counts(text, want):
    assert [(q.text, q.unit) for q in find_quantities(text, 0, len(text))] == want


@pytest.mark.parametrize("text, want", [
    ("Fylket vil legge ned tre av de elleve tannklinikkene i innlandet.", ("tre", "tannklinikk")),
    ("Vi vil ruste opp om lag 30 av de eldre omsorgsboligene på Nes.", ("om lag 30", "omsorgsbolig")),
    ("Direktoratet kutter 200 av de midlertidige tiltaksplassene.", ("200", "tiltaksplass")),
])
def test_a_number_of_the_nouns_after_av_de_counts_them_past_adjectives_and_numbers(text, want):
    assert (lambda q: (q.text, q.unit))(find_quantities(text, 0, len(text))[0]) == want


def test_one_of_the_biggest_is_no_count():
    text = "Kommunen har en av de største havnene i landet."
    assert find_quantities(text, 0, len(text)) == []


@pytest.mark.parametrize("text, want", [
    ("IMDi ber Eidsvoll ta imot 40 flyktninger neste år. Formannskapet vil bare si ja til 25.",
     [("40 flyktninger", "flyktning"), ("25", "flyktning")]),
    ("Skolen fikk 6 nye lærerstillinger i år, men rektor hadde bedt om minst 10.",
     [("6 nye lærerstillinger", "lærerstilling"), ("minst 10", "lærerstilling")]),
    ("Staten vil gi tilskudd til 500 nye sykehjemsplasser. Bergen søkte om 120 i fjor.",
     [("500 nye sykehjemsplasser", "sykehjemsplass"), ("120", "sykehjemsplass")]),
    # nothing counted before: no count
    ("Kommunen ber om 30 i løpet av året.", []),
])
def test_a_bare_number_a_verb_takes_counts_what_was_counted_before(text, want):
    assert [(q.text, q.unit) for q in find_quantities(text, 0, len(text))] == want
