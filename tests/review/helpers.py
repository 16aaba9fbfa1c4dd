"""Small builders for claim records and a fake extractor (the real one is pipeline.extract.Extractor)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from pipeline.schema import claim_id as claim_id_for

TEXT = (
    "Regjeringen foreslår 450 millioner kroner til allmennlegetjenesten i 2021.\n"
    "Kommunene får 38 nye turnusstillinger.\n"
    "Over 1000 pasienter venter, og 12 sykehus bygges.\n"
)


def record(doc_id: str, text: str, surface: str, value: float = 1.0, unit: str = "NOK", occurrence: int = 0,
           kind: str = "money") -> dict:
    """A machine record for the `occurrence`-th appearance of `surface` in `text`."""
    starts = [m.start() for m in re.finditer(re.escape(surface), text)]
    start = starts[occurrence]
    end = start + len(surface)
    ev_start = text.rfind("\n", 0, start) + 1
    ev_end = text.find("\n", end)
    ev_end = len(text) if ev_end < 0 else ev_end
    return {
        "schema": "claim/1", "claim_id": claim_id_for(doc_id, start, end, surface), "doc_id": doc_id,
        "doc_date": "2021-01-01", "kind": kind,
        "evidence": {"start": ev_start, "end": ev_end, "text": text[ev_start:ev_end]},
        "amount": {"start": start, "end": end, "text": surface, "value": value, "unit": unit, "qualifier": None,
                   "per": None, "range": None, "currency_inferred": False},
        "actor": {"start": None, "end": None, "text": None, "canonical": "Regjeringen Solberg", "type": "government",
                  "inherited": True},
        "time": None, "measure": None, "change_id": None, "claimant": None, "confidence": 0.9,
        "pipeline_version": "test",
    }


def default_records(doc_id: str, text: str) -> list[dict]:
    """The three amounts of TEXT, those of them that are in `text`."""
    wanted = [("450 millioner kroner", 450e6, "NOK", "money"), ("38 nye turnusstillinger", 38, "turnusstilling", "quantity"),
              ("Over 1000 pasienter", 1000, "pasient", "quantity")]
    return [record(doc_id, text, surface, value, unit, kind=kind) for surface, value, unit, kind in wanted
            if surface in text]


class FakeExtractor:
    """`.extract(doc)` like pipeline.extract.Extractor, from a function of (doc_id, text) or fixed records."""

    def __init__(self, make=default_records):
        self.make = make
        self.calls = 0

    def extract(self, doc) -> list[dict]:
        self.calls += 1
        if doc.text.startswith("BOOM"):
            raise RuntimeError("extractor crashed")
        return self.make(doc.id, doc.text)


def corpus_copy(tmp_path: Path) -> Path:
    """A copy of the bundled annotations/ folder under tmp_path, for tests that import into it."""
    root = Path(__file__).resolve().parents[2]
    folder = tmp_path / "annotations"
    shutil.copytree(root / "annotations", folder, ignore=shutil.ignore_patterns(".lock", ".*.tmp"))
    return folder
