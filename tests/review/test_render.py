"""What the review pages show: highlight labels, cards, filter choices, the keyboard map."""

from __future__ import annotations

from pathlib import Path

from pipeline.io import make_document
from pipeline.review.render import KEYS, card, filter_options, segments

from .helpers import TEXT, FakeExtractor

ROOT = Path(__file__).resolve().parents[2]


def test_a_highlight_is_labelled_with_its_kind_where_it_ends():
    records = FakeExtractor().extract(make_document("d", TEXT))
    labelled = [(s.text, s.ends) for s in segments(TEXT, records) if s.ends]
    assert labelled == [("450 millioner kroner", "amount"), ("38 nye turnusstillinger", "amount"),
                        ("Over 1000 pasienter", "amount")]


def test_a_card_shows_the_amount_the_norwegian_way_and_the_confidence():
    (first, *_) = FakeExtractor().extract(make_document("d", TEXT))
    shown = card(first)
    assert (shown["amount_display"], shown["value"], shown["confidence"]) == ("450 mill. kr", "450 mill.", "0.90")
    assert shown["time_dates"] == {} and shown["compared_to"] is None
    assert card({**first, "confidence": 0.3})["low_confidence"] is True


def test_filter_choices_come_from_the_document():
    records = FakeExtractor().extract(make_document("d", TEXT))
    records[1]["actor"] = None
    assert filter_options(records) == {"kinds": ["money", "quantity"], "actors": ["Regjeringen Solberg"],
                                       "low_confidence": 0.6}


def test_the_readmes_show_the_keys_the_page_has():
    for readme in (ROOT / "README.md", ROOT / "pipeline" / "review" / "README.md"):
        text = readme.read_text(encoding="utf-8")
        for keys, what in KEYS:
            row = f'| {" / ".join("`" + k.strip() + "`" for k in keys.split("/"))} | {what} |'
            assert row in text, (readme.name, row)


def test_every_key_of_the_map_is_handled_by_the_page_script():
    script = (ROOT / "pipeline" / "review" / "static" / "review.js").read_text(encoding="utf-8")
    names = {"↓": "ArrowDown", "↑": "ArrowUp", "Esc": "Escape"}
    for keys, _ in KEYS:
        for key in (k.strip() for k in keys.split("/")):
            assert f'"{names.get(key, key)}"' in script, key
