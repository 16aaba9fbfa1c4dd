"""The import schemas: the fast check of a CSV row says what the JSON Schema says, messages name the
field and show the value on one line, and the files in schema/ are the generated ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.review.interop import validate
from pipeline.review.interop.csvfile import CSV_COLUMNS
from tests.reliability.trees import places, removed, replaced

ROOT = Path(__file__).resolve().parents[2]

CELL = st.one_of(st.text(max_size=8), st.sampled_from(["", " 2024 ", "money", "accepted ", "12", "approx", "doc1",
                                                       "a/b", "x" * 201, "n" * 10_001]))


@settings(max_examples=500, deadline=None)
@given(st.dictionaries(st.sampled_from([*CSV_COLUMNS, "extra"]), CELL, max_size=len(CSV_COLUMNS) + 1))
def test_the_fast_row_check_agrees_with_the_schema(row):
    assert validate.row_is_valid(row) == validate.ROW_VALIDATOR.is_valid(row)


TASK = {
    "data": {"doc_id": "doc1", "text": "Regjeringen foreslår 450 millioner kroner."},
    "annotations": [{"id": 1, "was_cancelled": False, "updated_at": "2026-11-24T12:00:00Z", "result": [
        {"id": "c1", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": 21, "end": 41, "text": "450 millioner kroner", "labels": ["AMOUNT"]}},
        {"id": "c1", "from_name": "kind", "to_name": "text", "type": "choices",
         "value": {"start": 21, "end": 41, "choices": ["money"]}},
        {"id": "c1", "from_name": "value", "to_name": "text", "type": "textarea",
         "value": {"start": 21, "end": 41, "text": ["450000000"]}},
        {"id": "c1:actor", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": 0, "end": 11, "text": "Regjeringen", "labels": ["ACTOR"]}},
        {"from_id": "c1", "to_id": "c1:actor", "type": "relation", "direction": "right", "labels": ["actor"]},
    ]}],
    "predictions": [],
}
JSON = st.recursive(st.none() | st.booleans() | st.integers(-(10**20), 10**20) | st.floats() | st.text(max_size=6)
                    | st.sampled_from(["labels", "relation", "AMOUNT", "c1", "value"]),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
                    max_leaves=8)


@st.composite
def mutated_tasks(draw):
    task = TASK
    for _ in range(draw(st.integers(0, 3))):
        spots = list(places(task))
        path, _ = spots[draw(st.integers(0, len(spots) - 1))]
        task = removed(task, path) if path and draw(st.booleans()) else replaced(task, path, draw(JSON))
    return task


@settings(max_examples=500, deadline=None)
@given(mutated_tasks())
def test_the_fast_task_check_agrees_with_the_schema(task):
    assert validate.task_is_valid(task) == validate.TASK_VALIDATOR.is_valid(task)


def test_the_sample_task_is_valid():
    assert validate.task_is_valid(TASK) and validate.TASK_VALIDATOR.is_valid(TASK)


REGION = ("annotations", 0, "result", 0)


@pytest.mark.parametrize("path, value", [
    ((*REGION, "value", "start"), 10**30),          # maximum
    ((*REGION, "value", "start"), -1),              # minimum
    ((*REGION, "value", "start"), 1.5),             # integer
    ((*REGION, "value", "labels"), []),             # minItems (labels regions)
    ((*REGION, "value", "labels"), ["PERSON"]),     # enum
    ((*REGION, "type"), "rating"),                  # enum
    ((*REGION, "from_name"), "comment"),            # enum
    ((*REGION, "value", "text"), "x" * 5_000_001),  # maxLength
    (("annotations", 0, "result", 2, "value", "text"), "450000000"),  # textarea text must be a list
    (("annotations", 0, "result", 4, "to_id"), None),                  # relation needs to_id
    (("data", "doc_id"), "../etc"),                 # pattern
    (("annotations", 0, "was_cancelled"), "no"),    # type
])
def test_each_keyword_is_checked_by_both(path, value):
    task = replaced(TASK, path, value)
    assert not validate.task_is_valid(task) and not validate.TASK_VALIDATOR.is_valid(task)


def test_messages_name_the_field_and_show_the_value_briefly():
    task = {"data": {"doc_id": 7, "text": "x"},
            "annotations": [{"result": [{"type": "labels", "id": "a", "from_name": "label",
                                         "value": {"start": float("inf"), "end": 10**40, "labels": ["AMOUNT"]}}]}]}
    assert validate.problems(validate.TASK_VALIDATOR, task) == [
        "annotations[0].result[0].value.end: a 41-digit number is out of range (0 to 5,000,000)",
        "annotations[0].result[0].value.start: a number beyond any float (1e400 or the like) is not a whole number",
        "data.doc_id: 7 is not text",
    ]
    assert validate.problems(validate.TASK_VALIDATOR, []) == ["a list is not an object"]
    assert validate.problems(validate.ROW_VALIDATOR, {"doc_id": "d", "note": "n" * 10_001}) == [
        "note: longer than 10,000 characters"]


def test_the_schema_files_are_the_generated_ones():
    """Run `make schema` after changing what an import accepts."""
    for name, schema in (("labelstudio-task", validate.TASK_SCHEMA), ("csv-row", validate.ROW_SCHEMA)):
        assert json.loads((ROOT / "schema" / f"{name}.schema.json").read_text(encoding="utf-8")) == schema
