"""Annotator actions as pure functions: every field edited, typed amounts read, time bounds kept
consistent, spans redrawn."""

from __future__ import annotations

import jsonschema
import pytest

from pipeline.review.edits import EditError, Reviewer, apply_action, correct, redraw, replace_record
from pipeline.review.merge import status_of
from pipeline.schema import json_schema

from .helpers import TEXT, record

ME = Reviewer("ann", "2026-11-24T12:00:00Z")


@pytest.fixture
def money():
    return record("d", TEXT, "450 millioner kroner", 450e6)


@pytest.fixture
def count():
    return record("d", TEXT, "38 nye turnusstillinger", 38, "turnusstilling", kind="quantity")


def with_time(rec: dict, **time) -> dict:
    start = TEXT.index("i 2021")
    return {**rec, "time": {"start": start, "end": start + 6, "text": "i 2021", "from": 2021, "to": 2021, "date": None,
                            "inherited": False, **time}}


@pytest.mark.parametrize(("typed", "value"), [
    ("10 mrd", 10e9), ("1.000.000", 1e6), ("1,5 milliarder", 1.5e9), ("kr 250 000", 250_000), ("1,1 mrd.", 1.1e9),
])
def test_a_typed_value_is_read_by_the_project_parser(money, typed, value):
    out = correct(money, {"value": typed}, ME)
    assert out["amount"]["value"] == value
    assert out["review"]["machine"] == {"amount.value": 450e6}


def test_a_currency_in_the_value_sets_unit_and_kind(count):
    out = correct(count, {"value": "250 000 dollar"}, ME)
    assert (out["kind"], out["amount"]["value"], out["amount"]["unit"]) == ("money", 250_000, "USD")
    assert out["review"]["machine"] == {"kind": "quantity", "amount.value": 38, "amount.unit": "turnusstilling"}


def test_a_currency_in_the_value_that_contradicts_a_changed_unit_is_an_error(money):
    with pytest.raises(EditError) as caught:
        correct(money, {"value": "kr 250 000", "unit": "EUR"}, ME)
    assert caught.value.field == "value"
    assert correct(money, {"value": "kr 250 000", "unit": "NOK"}, ME)["amount"]["unit"] == "NOK"


def test_per_actor_type_kind_and_measure_are_edited(money):
    out = correct(money, {"per": "year", "actor_type": "party", "kind": "money", "measure": "allmennlegetjenesten"}, ME)
    assert out["amount"]["per"] == "year" and out["actor"]["type"] == "party"
    assert out["measure"]["canonical"] == "allmennlegetjenesten"
    assert out["review"]["machine"] == {"amount.per": None, "actor.type": "government", "measure.canonical": None}
    with pytest.raises(EditError, match="kind"):
        correct(money, {"kind": "measure"}, ME)  # no measure span to make it a measure claim
    with pytest.raises(EditError) as caught:
        correct(money, {"per": "fortnight"}, ME)
    assert caught.value.field == "per"


def test_an_actor_type_without_an_actor_is_left_alone(money):
    out = correct(money, {"actor": "", "actor_type": "government"}, ME)
    assert out["actor"] is None
    assert correct({**money, "actor": None}, {"actor_type": ""}, ME)["actor"] is None


def test_time_years_dates_and_grain_are_edited(money):
    rec = with_time(money, grain="year", from_date="2021-01-01", to_date="2021-12-31")
    out = correct(rec, {"time_from_date": "2022-03-01", "time_to_date": "2023-12-31", "time_grain": "month"}, ME)
    time = out["time"]
    assert (time["from"], time["to"], time["from_date"], time["to_date"], time["grain"]) == \
        (2022, 2023, "2022-03-01", "2023-12-31", "month")  # the years follow the dates
    open_end = correct(rec, {"time_to_date": "", "time_to": ""}, ME)["time"]
    assert (open_end["to"], open_end["to_date"]) == (None, None)


@pytest.mark.parametrize(("fields", "field"), [
    ({"time_from": "2025"}, "time_to"),                      # starts after it ends
    ({"time_from_date": "2021-02-30"}, "time_from_date"),    # no such day
    ({"time_from_date": "1.3.2021"}, "time_from_date"),      # not ISO
    ({"time_grain": "decade"}, "time_grain"),
    ({"time_to": "2022"}, "time_to"),                        # not the year of to_date 2021-12-31
])
def test_time_bounds_that_disagree_are_refused(money, fields, field):
    rec = with_time(money, grain="year", from_date="2021-01-01", to_date="2021-12-31")
    with pytest.raises(EditError) as caught:
        correct(rec, fields, ME)
    assert caught.value.field == field


def test_a_record_without_dates_gets_years_only(money):
    out = correct(with_time(money), {"time_from": "2020"}, ME)
    assert out["time"]["from"] == 2020 and "from_date" not in out["time"]


def test_redraw_a_span(money):
    start = TEXT.index("Kommunene")
    out = redraw(money, "actor", start - 1, start + len("Kommunene") + 1, TEXT, ME)  # white space trimmed
    assert (out["actor"]["start"], out["actor"]["end"], out["actor"]["text"]) == (start, start + 9, "Kommunene")
    assert out["actor"]["inherited"] is False and out["actor"]["canonical"] == "Regjeringen Solberg"
    assert out["claim_id"] == money["claim_id"]  # a re-run does not bring the machine's version back as new
    assert status_of(out) == "corrected"
    assert out["review"]["machine"] == {"actor.start": None, "actor.end": None, "actor.text": None}


def test_redraw_creates_a_missing_part_named_as_the_text_reads(money):
    start = TEXT.index("allmennlegetjenesten")
    out = redraw(money, "measure", start, start + len("allmennlegetjenesten"), TEXT, ME)
    assert out["measure"]["canonical"] == "allmennlegetjenesten"
    with pytest.raises(EditError):
        redraw(money, "measure", 10, 5, TEXT, ME)
    with pytest.raises(EditError):
        redraw(money, "claimant", 0, 5, TEXT, ME)


def test_accept_saves_the_fields_shown(money):
    records = [money]
    out = apply_action(records, money["claim_id"], "accept", {"value": "451 mill."}, ME)
    assert status_of(out[0]) == "corrected" and out[0]["amount"]["value"] == 451e6
    assert status_of(apply_action(records, money["claim_id"], "accept", {}, ME)[0]) == "accepted"
    span = {"part": "time", "start": TEXT.index("i 2021"), "end": TEXT.index("i 2021") + 6}
    assert apply_action(records, money["claim_id"], "span", None, ME, span=span, text=TEXT)[0]["time"]["text"] == "i 2021"


def test_replace_record_puts_back_or_removes(money, count):
    assert replace_record([money, count], count["claim_id"], None) == [money]
    changed = {**count, "confidence": 0.1}
    assert replace_record([money, count], count["claim_id"], changed) == [money, changed]


def with_comparison(rec: dict, **time) -> dict:
    """`rec` compared to 400 millioner kroner i 2020 (`time` overrides the compared time's keys)."""
    return {**rec, "compared_to": {
        "time": {"start": None, "end": None, "text": "i fjor", "from": 2020, "to": 2020, "grain": "year",
                 "from_date": "2020-01-01", "to_date": "2020-12-31", "date": None, "inherited": False,
                 "inferred": False, "basis": None, **time},
        "amount": {"start": 0, "end": 11, "text": "Regjeringen", "value": 4e8, "unit": "NOK"}}}


def test_the_compared_year_and_amount_are_edited(money):
    out = correct(with_comparison(money, from_date=None, to_date=None),
                  {"compared_time_from": "2019", "compared_time_to": "2019", "compared_value": "1,2 mrd",
                   "compared_unit": "EUR"}, ME)
    other = out["compared_to"]
    assert (other["time"]["from"], other["time"]["to"], other["amount"]["value"], other["amount"]["unit"]) == \
        (2019, 2019, 1.2e9, "EUR")
    assert out["review"]["machine"] == {"compared_to.time.from": 2020, "compared_to.time.to": 2020,
                                        "compared_to.amount.value": 4e8, "compared_to.amount.unit": "NOK"}
    assert out["amount"] == money["amount"] and status_of(out) == "corrected"


def test_compared_dates_set_their_years_and_a_typed_currency_sets_the_compared_unit(money):
    out = correct(with_comparison(money), {"compared_time_from_date": "2018-07-01",
                                           "compared_value": "250 000 dollar"}, ME)
    other = out["compared_to"]
    assert (other["time"]["from"], other["time"]["from_date"]) == (2018, "2018-07-01")
    assert (other["amount"]["value"], other["amount"]["unit"]) == (250_000, "USD")
    assert out["kind"] == "money" and out["amount"]["unit"] == "NOK"  # the claim's own amount is not touched


@pytest.mark.parametrize(("fields", "field"), [
    ({"compared_time_from": "2021"}, "compared_time_to"),                    # starts after it ends
    ({"compared_time_to": "tjue"}, "compared_time_to"),
    ({"compared_time_from_date": "2020-13-01"}, "compared_time_from_date"),
    ({"compared_time_to_date": "31.12.2020"}, "compared_time_to_date"),
    ({"compared_time_to": "2021"}, "compared_time_to"),                      # not the year of to_date
    ({"compared_time_from_date": "2019-01-01", "compared_time_from": "2018"}, "compared_time_from"),
    ({"compared_value": "mange"}, "compared_value"),
    ({"compared_value": ""}, "compared_value"),
    ({"compared_value": "kr 5", "compared_unit": "EUR"}, "compared_value"),  # the value names another unit
    ({"compared_to": "remove"}, "compared_to"),
])
def test_compared_values_that_are_bad_or_disagree_are_refused(money, fields, field):
    with pytest.raises(EditError) as caught:
        correct(with_comparison(money), fields, ME)
    assert caught.value.field == field


def test_a_comparison_is_cleared_as_a_whole_and_the_machine_one_is_kept(money):
    rec = with_comparison(money)
    edited = correct(rec, {"compared_time_to": "2021", "compared_time_to_date": "2021-12-31"}, ME)
    cleared = correct(edited, {"compared_to": "clear", "compared_value": "9"}, ME)
    assert cleared["compared_to"] is None
    assert cleared["review"]["machine"] == {"compared_to": rec["compared_to"]}  # the machine's, not the edited one
    assert correct(rec, {"compared_to": None}, ME)["compared_to"] is None
    assert correct(rec, {"compared_to": "keep"}, ME)["compared_to"] == rec["compared_to"]


COMPARED = "Regjeringen foreslår 450 millioner kroner i år, mot 400 millioner kroner i fjor.\n"


def test_a_missing_comparison_is_added_from_typed_years_and_value():
    """Typed years add a compared time, a typed value a compared amount whose span is where the
    evidence states it (never the claim's own amount); review.machine keeps the machine's null."""
    money = record("d", COMPARED, "450 millioner kroner", 450e6)
    assert correct(money, {"compared_time_from": ""}, ME).get("compared_to") is None  # nothing typed: no change
    out = correct(money, {"compared_time_from": "2020", "compared_time_to": "2020", "compared_value": "400 mill."}, ME)
    time, amount = out["compared_to"]["time"], out["compared_to"]["amount"]
    assert (time["from"], time["to"], time["text"], time["inferred"], time["basis"]) == (2020, 2020, None, False, None)
    assert (amount["text"], amount["value"], amount["unit"]) == ("400 millioner kroner", 4e8, "NOK")
    assert COMPARED[amount["start"]:amount["end"]] == amount["text"]
    assert out["review"]["machine"] == {"compared_to": None} and status_of(out) == "corrected"
    jsonschema.validate(out, json_schema())
    # the same value typed as the text states it, with a unit; the time alone; the amount alone
    typed = correct(money, {"compared_time_to": "2020", "compared_value": "400 millioner",
                            "compared_unit": "EUR"}, ME)["compared_to"]
    assert (typed["time"]["to"], typed["amount"]["unit"]) == (2020, "EUR")
    assert correct(money, {"compared_time_from": "2019"}, ME)["compared_to"]["amount"] is None
    assert correct(money, {"compared_value": "400 millioner"}, ME)["compared_to"]["time"] is None
    # cleared again: the record is the machine's
    back = correct(out, {"compared_to": "clear"}, ME)
    assert back["compared_to"] is None and back["review"]["machine"] is None and status_of(back) == "accepted"


def test_a_missing_compared_part_is_added_beside_the_other():
    money = record("d", COMPARED, "450 millioner kroner", 450e6)
    only_amount = correct(money, {"compared_value": "400 millioner kroner"}, ME)
    machine_like = {**only_amount, "review": None}  # as if the machine had found the amount alone
    out = correct(machine_like, {"compared_time_from": "2020", "compared_time_to": "2020"}, ME)
    assert out["compared_to"]["time"]["from"] == 2020 and out["compared_to"]["amount"] == only_amount["compared_to"]["amount"]
    assert out["review"]["machine"] == {"compared_to.time": None}
    cleared = correct(out, {"compared_to": "clear"}, ME)
    assert cleared["review"]["machine"] == {"compared_to": only_amount["compared_to"]}  # the machine's, without the added time


@pytest.mark.parametrize(("fields", "field", "message"), [
    ({"compared_value": "250 mill."}, "compared_value", "not in the claim's evidence"),
    ({"compared_value": "450 millioner kroner"}, "compared_value", "not in the claim's evidence"),  # its own amount
    ({"compared_unit": "EUR"}, "compared_unit", "no compared amount"),
    ({"compared_time_from": "2021", "compared_time_to": "2020"}, "compared_time_to", "ends"),
])
def test_an_added_comparison_must_be_in_the_text_and_agree(fields, field, message):
    money = record("d", COMPARED, "450 millioner kroner", 450e6)
    with pytest.raises(EditError, match=message) as caught:
        correct(money, fields, ME)
    assert caught.value.field == field


def test_inferred_and_basis_are_edited_and_kept_in_agreement(money):
    inferred = with_time(money, start=None, end=None, text=None, inherited=True, inferred=True, basis="budget-year")
    out = correct(inferred, {"time_basis": "document-date"}, ME)
    assert (out["time"]["inferred"], out["time"]["basis"]) == (True, "document-date")
    assert out["review"]["machine"] == {"time.basis": "budget-year"}
    unticked = correct(inferred, {"time_inferred": "false"}, ME)  # the basis goes with it
    assert (unticked["time"]["inferred"], unticked["time"]["basis"]) == (False, None)
    assert unticked["review"]["machine"] == {"time.inferred": True, "time.basis": "budget-year"}
    ticked = correct(with_time(money), {"time_basis": "budget-named"}, ME)  # a basis chosen: inferred
    assert (ticked["time"]["inferred"], ticked["time"]["basis"]) == (True, "budget-named")
    assert correct(with_time(money), {"time_inferred": True}, ME)["time"].get("basis") is None  # no basis is allowed
    assert correct(inferred, {"time_inferred": "true"}, ME)["review"]["machine"] is None  # unchanged
    for edited in (out, unticked, ticked):
        jsonschema.validate(edited, json_schema())


@pytest.mark.parametrize(("fields", "field", "message"), [
    ({"time_basis": "guess"}, "time_basis", "is not one of budget-named, programme-period"),
    ({"time_inferred": "maybe"}, "time_inferred", "not true or false"),
    ({"time_inferred": "false", "time_basis": "budget-year"}, "time_basis", "not inferred"),  # a basis, no inference
])
def test_bad_or_disagreeing_inferred_and_basis_are_refused(money, fields, field, message):
    with pytest.raises(EditError, match=message) as caught:
        correct(with_time(money, inferred=True, basis="document-date"), fields, ME)
    assert caught.value.field == field


def test_a_time_set_by_hand_is_stored_as_not_inferred(money):
    """Years typed for a claim without a time make one that is not inferred; typed over an inferred
    year they are stored with inferred false in the same save."""
    made = correct(money, {"time_from": "2022", "time_to": "2022"}, ME)["time"]
    assert (made["from"], made["inferred"], made["basis"]) == (2022, False, None)
    inferred = with_time(money, start=None, end=None, text=None, inherited=True, inferred=True, basis="budget-year")
    out = correct(inferred, {"time_from": "2022", "time_to": "2022", "time_inferred": "false"}, ME)
    assert (out["time"]["from"], out["time"]["to"], out["time"]["inferred"], out["time"]["basis"]) == \
        (2022, 2022, False, None)
    jsonschema.validate(out, json_schema())
    assert correct(money, {"time_inferred": "false", "time_basis": ""}, ME)["time"] is None  # no time: no change
    with pytest.raises(EditError, match="no time") as caught:
        correct(money, {"time_inferred": "true"}, ME)
    assert caught.value.field == "time_inferred"


def test_edited_and_cleared_comparisons_stay_valid_claim_records(money):
    rec = with_comparison(money)
    for fields in ({"compared_time_from_date": "2019-01-01", "compared_value": "3 mill.", "compared_unit": "EUR"},
                   {"compared_to": "clear"}):
        jsonschema.validate(correct(rec, fields, ME), json_schema())
