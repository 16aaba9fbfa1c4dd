"""The report's figures, as examples (pipeline.report.aggregate)."""

from __future__ import annotations

from pipeline.report import aggregate as agg

from .helpers import claim, records


def test_a_claim_repeated_in_two_articles_is_summed_once():
    prepared = agg.prepare(records())
    assert [t for t in agg.totals(agg.summed(prepared), agg.actor_of)] == [
        agg.Total("Høyre", 2e9, 1), agg.Total("Regjeringen Støre", 7e8, 1)]
    groups = agg.repeated_groups(prepared)
    assert len(groups) == 1 and groups[0].doc_ids == ["vei-a", "vei-b"]  # the earliest article first
    assert groups[0].first["summable"] and not groups[0].records[1]["summable"]


def test_money_per_claimant_side():
    assert agg.money_by_side(agg.prepare(records())) == [
        agg.Total("government", 7e8, 1), agg.Total("opposition", 2e9, 1), agg.Total("other", 0.0, 0)]


def test_money_per_year_fills_the_years_between():
    text = "A 1 krone B 2 kroner"
    prepared = agg.prepare([claim("a", text, "1 krone", 1, year=2020, claimant="Høyre", date="2020-05-01"),
                            claim("a", text, "2 kroner", 2, year=2022, claimant="Regjeringen Støre")])
    years = agg.money_by_year(prepared)
    assert years.categories == ["2020", "2021", "2022"]
    assert years.values["2020"]["government"] == 1  # Høyre led the government in May 2020
    assert years.values["2021"] == {"government": 0, "opposition": 0, "other": 0}
    assert years.values["2022"]["government"] == 2


def test_money_per_measure_stacked_by_side():
    measures = agg.money_by_measure(agg.prepare(records()))
    assert measures.categories == ["skole", "vei"]
    assert measures.values["skole"] == {"government": 0.0, "opposition": 2e9, "other": 0.0}


def test_claims_per_publisher_count_every_claim_by_kind():
    publishers = {"vei-a": "Finansdepartementet", "vei-b": "NTB", "sykehus": "NTB"}
    counts = agg.claims_per_publisher(agg.prepare(records()), publishers)
    assert counts.categories == ["NTB", "Finansdepartementet"]
    assert counts.values["NTB"]["money"] == 3 and counts.values["Finansdepartementet"]["money"] == 2


def test_the_largest_claims_count_a_group_once():
    largest = agg.largest(agg.prepare(records()))
    assert [(r["doc_id"], r["amount"]["value"]) for r in largest] == [("vei-a", 2e9), ("vei-a", 7e8)]


def test_what_the_sums_leave_out_is_counted():
    text = "mellom 1 og 2 kroner, 3 kroner, 4 kroner"
    extra = [claim("x", text, "1", 1, range_="from", year=2024),
             claim("x", text, "3 kroner", 3),  # no year
             {**claim("x", text, "4 kroner", 4, year=2024), "time": {"from": 2024, "to": 2027}}]
    left = agg.left_out(agg.prepare(records() + extra))
    assert left.other_currencies == {"EUR": 3e7}
    assert (left.repeats, left.ranges, left.per_unit) == (1, 1, 1)
    assert (left.no_year, left.no_year_value, left.several_years, left.several_years_value) == (1, 3, 1, 4)


def test_rejected_claims_are_left_out():
    rejected = claim("vei-a", "Høyre vil bruke 2 milliarder kroner.", "2 milliarder kroner", 2e9, status="rejected")
    assert agg.prepare([rejected]) == []


def test_money_per_policy_area_of_the_article():
    areas = {"vei-a": "transport", "vei-b": "transport"}  # sykehus has no area: left out
    by_area = agg.money_by_area(agg.prepare(records()), areas)
    assert by_area.categories == ["transport"]
    assert by_area.values["transport"] == {"government": 7e8, "opposition": 2e9, "other": 0.0}
