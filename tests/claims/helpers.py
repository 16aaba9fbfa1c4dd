"""Claim records of a short text written for a test."""

from pipeline.io import make_document


def amount_records(extractor, text: str, date: str | None = None, **meta) -> list[dict]:
    """The money and quantity records of a text (measure-only claims left out)."""
    records = extractor.extract(make_document("t", text, {"date": date, **meta}))
    return [r for r in records if r["kind"] != "measure"]
