"""The one definition of what the pipeline writes: mention types, claim records (schema claim/1),
their JSON form and stable ids.

Every mention and every span of a record carries character (code point) offsets into the original
document text and its surface text, with ``text == document[start:end]`` always.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field

from pipeline import __version__

SCHEMA = "claim/1"
PIPELINE_VERSION = f"nb-claims {__version__}"


# --- mentions: what the stages find -----------------------------------------------------------

@dataclass
class Mention:
    type: str
    start: int
    end: int
    text: str

    def to_json(self, doc_id: str | None = None) -> dict:
        out = {"doc_id": doc_id} if doc_id is not None else {}
        data = asdict(self)
        out.update({"type": data.pop("type"), "start": data.pop("start"), "end": data.pop("end"),
                    "text": data.pop("text")})
        out.update({("from" if k == "from_" else k): v for k, v in data.items()})
        return out


@dataclass
class Money(Mention):
    value: float = 0.0
    currency: str = "NOK"
    currency_inferred: bool = False
    qualifier: str | None = None
    per: str | None = None
    range: str | None = None


@dataclass
class Quantity(Mention):
    value: float = 0.0
    unit: str = ""
    qualifier: str | None = None
    per: str | None = None
    range: str | None = None


@dataclass
class Time(Mention):
    from_: int | None = None
    to: int | None = None
    date: str | None = None
    resolved: bool = True
    relative: bool = False


@dataclass
class Actor(Mention):
    canonical: str = ""
    actor_type: str = ""
    party: str | None = None
    ministry: str | None = None
    #: For `vi`/`vår`/`oss`: whose side the writer or speaker speaks for (else None).
    pronoun: bool = False


@dataclass
class Measure(Mention):
    canonical: str = ""
    in_lexicon: bool = False


# --- claim records ------------------------------------------------------------------------------

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
