import pytest

from pipeline.dimensions.money import column_head
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


@pytest.mark.parametrize("text, want", [
    ("Driftsbudsjett 2020\n\nNye tiltak (beløp i 1 000 kroner)\nFlere lærere i grunnskolen: 3 200\n"
     "Leirskole for 7. trinn: 450\n\nRådmannen anbefaler tiltakene.", [(3_200_000, "3 200"), (450_000, "450")]),
    ("Tabell 4 Investeringer 2025 (mill. kr)\nNy brannstasjon på Moa\t42,5\nOppgradering av kaianlegget  8\n",
     [(42_500_000, "42,5"), (8_000_000, "8")]),
    ("Rammer per sektor (mill. kr):\nKultur og idrett: 84,2\nBarnehager: 310,0\n",
     [(84_200_000, "84,2"), (310_000_000, "310,0")]),
    ("Investeringer i planperioden (statlige midler, mill. kr):\nNy bru over Glomma: 1 150 (2026–2029)\n"
     "- Gang- og sykkelvei langs fv. 22: 95 (2027)\n", [(1_150_000_000, "1 150"), (95_000_000, "95")]),
    ("Driftsrammer (mill. kr)\n\nEnhet | 2024 | 2025\nPleie og omsorg | 402,1 | 415,6\n",
     [(402_100_000, "402,1"), (415_600_000, "415,6")]),
    # a head of a span of years, and the unit as a column head
    ("Tabell 2 Investeringer i skolebygg (mill. kr)\n\nProsjekt | 2026 | 2027–2029\nNye Lia skole | 12,5 | 140,0\n",
     [(12_500_000, "12,5"), (140_000_000, "140,0")]),
    ("Slik finansieres brua:\n\nKilde | mill. kr\nBompenger | 310,0\nStatlige midler | 95,5\n",
     [(310_000_000, "310,0"), (95_500_000, "95,5")]),
    ("Kulturhuset\n\nPost | 1 000 kr\nScenetekniske anlegg | 4 800\n", [(4_800_000, "4 800")]),
])
def test_a_tables_unit_note_scales_its_bare_numbers(run_text, text, want):
    money = run_text(text)._.money
    assert [(m.value, m.text) for m in money] == want
    assert all(m.currency == "NOK" and m.currency_inferred for m in money)


def test_an_arrow_in_a_table_row_joins_a_change(run_text):
    text = "Tabell 3 Netto ramme, mill. kr (budsjett 2023 → budsjett 2024)\nBarnevern: 55,0 → 58,3\n"
    assert [(m.value, m.range) for m in run_text(text)._.money] == [(55e6, "from"), (58.3e6, "to")]


@pytest.mark.parametrize("text, cell, head", [
    ("Driftsrammer (mill. kr)\n\nEnhet | 2024 | 2025\nPleie og omsorg | 402,1 | 415,6\n", "415,6", "2025"),
    ("Driftsrammer (mill. kr)\n\nEnhet | 2024 | 2025\nPleie og omsorg | 402,1 | 415,6\n", "402,1", "2024"),
    ("Tabell 3 Netto ramme, mill. kr (budsjett 2023 → budsjett 2024)\nBarnevern: 55,0 → 58,3\n", "55,0", "2023"),
    ("Tabell 3 Netto ramme, mill. kr (budsjett 2023 → budsjett 2024)\nBarnevern: 55,0 → 58,3\n", "58,3", "2024"),
    ("Tildelinger (mill. kr)\nSkoler: 12,0\n", "12,0", None),
    # column heads that name their year with a word
    ("Driftsrammer (mill. kr)\n\nTjeneste | Regnskap 2022 | Budsjett 2023\nPsykisk helse | 88,1 | 91,4\n", "91,4",
     "2023"),
    ("Driftsrammer (mill. kr)\n\nSektor | Vedtatt 2019 | Forslag 2020\nKultur | 31,0 | 29,5\n", "31,0", "2019"),
    # a column headed by a span of years
    ("Investeringer (mill. kr)\n\nProsjekt | 2026 | 2027–2029\nNye Lia skole | 12,5 | 140,0\n", "140,0", "2027–2029"),
    ("Investeringer (mill. kr)\n\nTiltak | 2019–2020 | 2021\nFlomvern | 8,0 | 3,5\n", "8,0", "2019–2020"),
])
def test_a_table_cell_takes_the_year_heading_its_column(text, cell, head):
    start = text.index(cell)
    span = column_head(text, start, start + len(cell))
    assert (text[span[0]:span[1]] if span else None) == head


def test_a_table_ends_at_its_first_line_without_a_number(run_text):
    text = ("Tall i millioner kroner\nVeier og gater: 120\nMerknad: se kapittel 4 for detaljer\n"
            "Fellesutgifter: 300\n")
    assert [m.text for m in run_text(text)._.money] == ["120"]


def test_bare_numbers_without_a_unit_note_are_no_money(run_text):
    assert run_text("Antall skoler\nBarneskoler: 45\nUngdomsskoler: 12\n")._.money == []


@pytest.mark.parametrize("text", [
    "Budsjett 2025\n\n- 1,2 mrd. kroner til Norges vassdrags- og energidirektorat\n- 300 mill. kroner til havvind",
    "Økningen er 40 prosent sammenlignet med 2023\n– 40 millioner kroner til nye bybusser\n– 15 millioner til innfartsparkering",
])
def test_a_bullet_dash_after_a_line_break_joins_no_range(run_text, text):
    money = run_text(text, date="2024-10-07")._.money
    assert all(m.range is None for m in money)
    assert not any(m.text in ("2025", "2023") for m in money)


@pytest.mark.parametrize("text, want", [
    ("Forsvaret får 40 milliarder kroner. Det er 1,1 milliarder høyere enn i år.", (1.1e9, "1,1 milliarder")),
    ("Kommunen setter av 4,5 millioner kroner til klima. Det er 2 millioner mindre enn i fjor.", (2e6, "2 millioner")),
])
def test_a_bare_difference_after_money_is_money(run_text, text, want):
    money = run_text(text)._.money
    assert (money[-1].value, money[-1].text) == want and money[-1].currency_inferred


def test_a_bare_amount_before_a_comparative_counts_nothing(run_text):
    assert run_text("Det er 1,1 milliarder høyere enn i fjor.")._.quantity == []


@pytest.mark.parametrize("declaration", ["Tall i 1000 kroner der ikke annet er oppgitt.",
                                         "Alle beløp er i hele tusen kroner.",
                                         "Beløpene er oppgitt i 1 000 kr."])
def test_a_declared_unit_makes_bare_numbers_in_money_slots_money(run_text, declaration):
    text = (f"Økonomiplan for oppvekst\n\n{declaration} Rammen til skolefritidsordningen økes med 2 300, "
            "til 14 800. Antallet barn i SFO har økt fra 410 til 455. Leirskolen koster 320 i 2024 og 350 "
            "årlig fra 2025. Skolen har 28 lærere, og 12 prosent av elevene får spesialundervisning.\n\n"
            "- Kulturskolen: 1 150, som er 90 mer enn i år")
    got = [(m.text, m.value) for m in run_text(text)._.money]
    assert got == [("2 300", 2_300_000), ("14 800", 14_800_000), ("320", 320_000), ("350", 350_000),
                   ("1 150", 1_150_000), ("90", 90_000)]
    assert all(m.currency_inferred for m in run_text(text)._.money)


def test_a_bracketed_table_note_declares_nothing_for_the_prose(run_text):
    text = ("Tiltak\n\nDriftstiltak (tall i 1 000 kr)\n\nTannhelse: 2 400\n\nTjenesten økes med 300 i neste "
            "periode.")
    assert [m.text for m in run_text(text)._.money] == ["2 400"]


@pytest.mark.parametrize("items, want", [
    ("- Vardø: 4,2 millioner kroner\n- Vadsø: 3,1 millioner\n- Båtsfjord: 2,5 millioner",
     ["4,2 millioner kroner", "3,1 millioner", "2,5 millioner"]),
    ("• Operaen: 1,5 millioner\n• Teateret: 900 000 kroner", ["1,5 millioner", "900 000 kroner"]),
])
def test_a_bare_million_on_a_list_item_shares_its_neighbours_kroner(run_text, items, want):
    assert [m.text for m in run_text(f"Fordelingen\n\nSlik fordeles pengene:\n{items}\n")._.money] == want


def test_a_count_on_a_list_item_stays_a_count(run_text):
    text = "Fakta\n\n- 2,4 millioner innbyggere\n- 3 millioner kroner til veier\n"
    assert [m.text for m in run_text(text)._.money] == ["3 millioner kroner"]


def test_a_declared_unit_reads_list_closings_and_group_spaced_thousands_but_no_votes_or_dates(run_text):
    text = ("Vedtatt budsjett\n\nKommunestyret vedtok budsjettet med 17 mot 10 stemmer. Alle beløp i 1000 kroner "
            "hvis ikke annet står.\n\n• Det opprettes to stillinger i PPT, 1 250 årlig.\n"
            "• Gratis leksehjelp innføres fra 1. august 2024, 420.\n"
            "• Innsparingskravet økes fra 1 500 til 2 000.\n\nSøkertallet har falt fra 312 til 280.")
    got = [(m.text, m.value) for m in run_text(text)._.money]
    assert got == [("1 250", 1_250_000), ("420", 420_000), ("1 500", 1_500_000), ("2 000", 2_000_000)]


@pytest.mark.parametrize("text, want", [
    ("Fylket bruker 4,2 milliarder kroner på veier neste år, mot 3,6 milliarder i år.",
     ["4,2 milliarder kroner", "3,6 milliarder"]),
    ("Sykehuset får 300 millioner kroner ekstra. Hele 120 millioner av dette går til nye senger.",
     ["300 millioner kroner", "120 millioner"]),
])
def test_a_bare_amount_compared_with_or_carved_out_of_money_is_money(run_text, text, want):
    assert [m.text for m in run_text(text)._.money] == want


def test_a_bare_count_after_mot_with_no_money_before_is_no_money(run_text):
    assert run_text("Kommunen har 3,1 millioner besøkende, mot 2,8 millioner i fjor.")._.money == []


@pytest.mark.parametrize("text, want", [
    ("Staten gir 20 millioner kroner til nye ferjer i Bodø og 15 til Narvik.",
     [("20 millioner kroner", 20e6), ("15", 15e6)]),
    ("Vi vil sette av 4,5 milliarder kroner årlig til vedlikehold av fylkesveier, og 1,5 til nye gang- og sykkelveier.",
     [("4,5 milliarder kroner", 4.5e9), ("1,5", 1.5e9)]),
    ("Av potten går 300 000 kroner til korps, 200 000 til teatergrupper og 150 000 til kor.",
     [("300 000 kroner", 3e5), ("200 000", 2e5), ("150 000", 1.5e5)]),
])
def test_a_bare_number_sharing_out_more_of_the_money_borrows_its_unit(run_text, text, want):
    assert [(m.text, m.value) for m in run_text(text)._.money] == want


@pytest.mark.parametrize("text", [
    "Regjeringen gir 40 millioner kroner til politiet, og 3 av 4 politidistrikter får mer.",
    "Kommunen bruker 12 millioner kroner på skolebygg i 2025 og 2026 på nye barnehager.",
])
def test_a_bare_number_after_money_that_shares_out_nothing_is_no_money(run_text, text):
    assert len(run_text(text)._.money) == 1


@pytest.mark.parametrize("text, bare", [
    ("Idrettsrådet fikk 2 millioner kroner fra kommunen i fjor. I år håper rådet på rundt 3 millioner.",
     "rundt 3 millioner"),
    ("Utbyggingen er beregnet til 1,2 milliarder kroner. Bystyret hadde på forhånd sett for seg 900 millioner.",
     "900 millioner"),
])
def test_a_bare_million_is_money_where_its_paragraph_speaks_of_kroner(run_text, text, bare):
    assert [m.text for m in run_text(text)._.money][-1] == bare


@pytest.mark.parametrize("text", [
    "Krigen har drevet folk på flukt. Over 6 millioner har forlatt landet, ifølge FN.",
    "Appen ble lansert i fjor.\n\nNå har nær 2 millioner lastet den ned.",
])
def test_a_bare_million_of_people_is_no_money_without_kroner_in_its_paragraph(run_text, text):
    assert run_text(text)._.money == []


@pytest.mark.parametrize("text, want", [
    ("Narvik og Harstad får henholdsvis 6 og 4 millioner kroner til nye kaier.",
     [("6", 6e6, None), ("4 millioner kroner", 4e6, None)]),
    ("Lagene fikk henholdsvis 250 000 og 180 000 kroner i driftsstøtte.",
     [("250 000", 2.5e5, None), ("180 000 kroner", 1.8e5, None)]),
])
def test_two_amounts_given_respectively_share_a_unit_without_making_a_range(run_text, text, want):
    assert [(m.text, m.value, m.range) for m in run_text(text)._.money] == want
