"""The JSON Schema of a record is generated from pipeline.schema; the file is kept current."""

import json
from pathlib import Path

import jsonschema

from pipeline.schema import SCHEMA, ClaimRecord, SpanRef, claim_id, json_schema

ROOT = Path(__file__).resolve().parents[1]


def test_the_schema_file_is_the_generated_one():
    """Run `make schema` after changing a record type."""
    assert json.loads((ROOT / "schema" / "claim.schema.json").read_text(encoding="utf-8")) == json_schema()


def test_a_record_of_the_dataclasses_is_valid():
    record = ClaimRecord(claim_id=claim_id("d", 0, 4, "5 kr"), doc_id="d", doc_date="2023-10", kind="measure",
                         evidence=SpanRef(0, 10, "Vi innfører"), amount=None, actor=None, time=None, measure=None)
    jsonschema.validate(record.to_json(), json_schema())
    assert record.to_json()["schema"] == SCHEMA


def test_vocabularies_are_enforced():
    record = ClaimRecord(claim_id="x", doc_id="d", doc_date=None, kind="opinion", evidence=SpanRef(0, 1, "x"),
                         amount=None, actor=None, time=None, measure=None).to_json()
    assert not jsonschema.Draft202012Validator(json_schema()).is_valid(record)
