"""claim_group and summable, as examples (pipeline.claims.groups)."""

from __future__ import annotations

from pipeline.claims.groups import claim_group, countable, mark_summable


def record(doc_id="a", start=0, value=5e8, unit="NOK", actor="Regjeringen Støre", measure="vei",
           year=2024, date="2023-10-06", kind="money", **amount) -> dict:
    return {"claim_id": f"{doc_id}-{start}", "doc_id": doc_id, "doc_date": date, "kind": kind,
            "amount": {"start": start, "end": start + 5, "text": "x", "value": value, "unit": unit,
                       "qualifier": None, "per": None, "range": None, **amount},
            "actor": {"canonical": actor} if actor else None,
            "time": {"from": year, "to": year} if year else None,
            "measure": {"canonical": measure} if measure else None}


def test_the_same_statement_in_two_articles_shares_a_group():
    assert claim_group(record("a")) == claim_group(record("b", start=90, date="2023-10-07"))
    # names are compared without case or extra spaces
    assert claim_group(record("a")) == claim_group(record("b", actor="regjeringen  Støre", measure="Vei"))


def test_another_amount_measure_time_or_actor_is_another_group():
    base = claim_group(record())
    assert base != claim_group(record(value=6e8))
    assert base != claim_group(record(unit="EUR"))
    assert base != claim_group(record(measure="jernbane"))
    assert base != claim_group(record(year=2025))
    assert base != claim_group(record(actor="Høyre"))
    assert base != claim_group(record(per="year"))


def test_no_group_without_an_actor_or_a_measure():
    assert claim_group(record(actor=None)) is None
    assert claim_group(record(measure=None)) is None
    assert claim_group({"kind": "measure", "amount": None, "actor": {"canonical": "Høyre"},
                        "measure": {"canonical": "vei"}}) is None


def test_ranges_per_unit_amounts_shares_comparisons_and_rejections_are_not_summed():
    assert countable(record())
    assert countable(record(kind="quantity", unit="lærer", value=300))
    assert not countable(record(range="from"))
    assert not countable(record(per="person"))
    assert not countable(record(kind="quantity", unit="%", value=3))
    assert not countable({**record(), "compared_to": {"value": 4e8}})
    assert not countable({**record(), "review": {"status": "rejected"}})
    assert not countable({"kind": "measure", "amount": None})


def test_a_repeated_group_counts_once_the_earliest_article():
    later = record("later", date="2023-11-01")
    earlier = record("earlier", date="2023-10-01")
    undated = record("undated", date=None)
    other = record("other", measure="jernbane")
    marked = {r["doc_id"]: r for r in mark_summable([later, undated, earlier, other])}
    assert [marked[d]["summable"] for d in ("earlier", "later", "undated", "other")] == [True, False, False, True]
    assert marked["earlier"]["claim_group"] == marked["later"]["claim_group"] == marked["undated"]["claim_group"]


def test_within_one_document_the_first_mention_counts():
    lead, body = record("a", start=10), record("a", start=400)
    marked = mark_summable([body, lead])
    assert [(r["amount"]["start"], r["summable"]) for r in marked] == [(400, False), (10, True)]


def test_a_record_that_cannot_be_summed_does_not_take_its_groups_place():
    rejected = {**record("a", date="2020-01-01"), "review": {"status": "rejected"}}
    kept = record("b", date="2023-01-01")
    marked = mark_summable([rejected, kept])
    assert [r["summable"] for r in marked] == [False, True]


def test_the_input_is_not_changed():
    original = record()
    mark_summable([original])
    assert "summable" not in original and "claim_group" not in original


def test_records_of_the_pipeline_carry_the_fields():
    from pipeline.extract import Extractor
    from pipeline.io import Document

    extractor = Extractor("blank")
    text = ("Regjeringen vil bruke 500 millioner kroner på vei i 2024. Regjeringen vil bruke 500 millioner "
            "kroner på vei i 2024, gjentar de. Det gir 3 prosent mer.")
    records = extractor.extract(Document("d", text, date="2023-10-06", publisher="NTB", title="Vei",
                                         url="https://example.org/vei"))
    money = [r for r in records if r["kind"] == "money"]
    assert {(r["publisher"], r["title"], r["url"]) for r in records} == {("NTB", "Vei", "https://example.org/vei")}
    assert len(money) == 2 and money[0]["claim_group"] == money[1]["claim_group"] is not None
    assert [r["summable"] for r in money] == [True, False]
