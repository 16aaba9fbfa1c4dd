"""The import schemas: the fast check of a CSV row says what the JSON Schema says, messages name the
field and show the value on one line, and the files in schema/ are the generated ones."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.review.interop import validate
from pipeline.review.interop.csvfile import CSV_COLUMNS

ROOT = Path(__file__).resolve().parents[2]

CELL = st.one_of(st.text(max_size=8), st.sampled_from(["", " 2024 ", "money", "accepted ", "12", "approx", "doc1",
                                                       "a/b", "x" * 201, "n" * 10_001]))


@settings(max_examples=500, deadline=None)
@given(st.dictionaries(st.sampled_from([*CSV_COLUMNS, "extra"]), CELL, max_size=len(CSV_COLUMNS) + 1))
def test_the_fast_row_check_agrees_with_the_schema(row):
    assert validate.row_is_valid(row) == validate.ROW_VALIDATOR.is_valid(row)


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
