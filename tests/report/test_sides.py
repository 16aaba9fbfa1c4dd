"""Which side a claimant speaks for on the article's date (pipeline.report.sides)."""

from pipeline.report.sides import side_of


def test_governments_and_ministries_are_the_government():
    assert side_of("Regjeringen Støre", "2023-10-06") == "government"
    assert side_of("Finansdepartementet", None) == "government"


def test_a_party_is_government_or_opposition_by_the_date():
    assert side_of("Høyre", "2020-05") == "government"  # Solberg's government
    assert side_of("Høyre", "2023-10-06") == "opposition"
    assert side_of("Arbeiderpartiet", "2023") == "government"


def test_a_person_takes_the_side_of_their_party():
    assert side_of("Jonas Gahr Støre", "2023-10-06") == "government"
    assert side_of("Erna Solberg", "2023-10-06") == "opposition"


def test_others_and_unknown_dates_are_other():
    assert side_of("KS", "2023-10-06") == "other"
    assert side_of("Ola Nordmann", "2023-10-06") == "other"
    assert side_of("Høyre", None) == "other"
    assert side_of(None, "2023-10-06") == "other"
