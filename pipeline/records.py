"""Claim records (schema claim/1): typed dataclasses, their JSON form and stable ids."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field

from pipeline import __version__

SCHEMA = "claim/1"
PIPELINE_VERSION = f"nb-claims {__version__}"


def claim_id(doc_id: str, start: int, end: int, text: str) -> str:
    """Stable id: the same document, span and surface text give the same id on every run."""
    key = f"{doc_id}\x00{start}\x00{end}\x00{text}".encode()
    return hashlib.sha1(key).hexdigest()[:16]


@dataclass
class SpanRef:
    start: int | None
    end: int | None
    text: str | None


@dataclass
class AmountField:
    start: int
    end: int
    text: str
    value: float
    unit: str
    qualifier: str | None = None
    per: str | None = None
    range: str | None = None
    currency_inferred: bool = False


@dataclass
class ActorField:
    start: int | None
    end: int | None
    text: str | None
    canonical: str
    type: str
    inherited: bool = False


@dataclass
class TimeField:
    start: int | None
    end: int | None
    text: str | None
    from_: int | None
    to: int | None
    date: str | None = None
    inherited: bool = False

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "from": self.from_, "to": self.to,
                "date": self.date, "inherited": self.inherited}


@dataclass
class MeasureField:
    start: int
    end: int
    text: str
    canonical: str


@dataclass
class ClaimRecord:
    claim_id: str
    doc_id: str
    doc_date: str | None
    kind: str
    evidence: SpanRef
    amount: AmountField | None
    actor: ActorField | None
    time: TimeField | None
    measure: MeasureField | None
    change_id: str | None = None
    claimant: str | None = None
    confidence: float = 0.5
    pipeline_version: str = PIPELINE_VERSION
    extra: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "schema": SCHEMA,
            "claim_id": self.claim_id,
            "doc_id": self.doc_id,
            "doc_date": self.doc_date,
            "kind": self.kind,
            "evidence": asdict(self.evidence),
            "amount": asdict(self.amount) if self.amount else None,
            "actor": asdict(self.actor) if self.actor else None,
            "time": self.time.to_json() if self.time else None,
            "measure": asdict(self.measure) if self.measure else None,
            "change_id": self.change_id,
            "claimant": self.claimant,
            "confidence": round(self.confidence, 3),
            "pipeline_version": self.pipeline_version,
        }
