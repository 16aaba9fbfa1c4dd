"""Claim records and articles built for the report's examples."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.schema import claim_id


def claim(doc_id: str, text: str, surface: str, value: float, *, unit: str = "NOK", actor: str | None = None,
          measure: str | None = None, year: int | None = None, date: str = "2023-10-06", claimant: str | None = None,
          kind: str = "money", per: str | None = None, range_: str | None = None, status: str | None = None) -> dict:
    """A record for the first appearance of `surface` in `text`, with the other spans found in it too."""
    start = text.index(surface)
    end = start + len(surface)
    sentence_start = text.rfind("\n", 0, start) + 1
    sentence_end = text.find("\n", end) if "\n" in text[end:] else len(text)

    def span(word):
        if word is None or word not in text:
            return None, None, None
        at = text.index(word)
        return at, at + len(word), word

    a_start, a_end, a_text = span(actor)
    m_start, m_end, m_text = span(measure)
    record = {
        "schema": "claim/1", "claim_id": claim_id(doc_id, start, end, surface), "doc_id": doc_id, "doc_date": date,
        "kind": kind, "evidence": {"start": sentence_start, "end": sentence_end,
                                   "text": text[sentence_start:sentence_end]},
        "amount": {"start": start, "end": end, "text": surface, "value": value, "unit": unit, "qualifier": None,
                   "per": per, "range": range_, "currency_inferred": False},
        "actor": None if actor is None else {"start": a_start, "end": a_end, "text": a_text, "canonical": actor,
                                             "type": "government", "inherited": a_start is None},
        "time": None if year is None else {"start": None, "end": None, "text": None, "from": year, "to": year,
                                           "date": None, "inherited": True},
        "measure": None if measure is None else {"start": m_start, "end": m_end, "text": m_text,
                                                 "canonical": measure},
        "change_id": None, "claimant": claimant, "confidence": 0.8, "pipeline_version": "test",
    }
    if status:
        record["review"] = {"status": status}
    return record


VEI_A = "Regjeringen bruker 700 millioner kroner på vei i 2024.\nHøyre vil bruke 2 milliarder kroner på skole."
VEI_B = "Kort nytt.\nRegjeringen bruker 700 millioner kroner på vei i 2024. Det skriver NTB."
SYKEHUS = "SV vil gi 30 millioner euro til sykehus. Hver pasient får 500 kroner."

ARTICLES = [
    {"id": "vei-a", "text": VEI_A, "date": "2023-10-06", "publisher": "Finansdepartementet", "title": "Mer til vei",
     "url": "https://example.org/vei-a"},
    {"id": "vei-b", "text": VEI_B, "date": "2023-10-09", "publisher": "NTB", "title": "Vei igjen"},
    {"id": "sykehus", "text": SYKEHUS, "date": "2024-03-01", "publisher": "NTB", "title": "Sykehus"},
    {"id": "tom", "text": "Ingen tall her.", "date": "2024-01-01", "publisher": "VG", "title": "Uten krav"},
]


def records() -> list[dict]:
    """Two articles state the same 700 million (one group), one states 2 billion; one has euros and a
    per-person amount; one has no claim."""
    return [
        claim("vei-a", VEI_A, "700 millioner kroner", 7e8, actor="Regjeringen Støre", measure="vei", year=2024,
              claimant="Regjeringen Støre"),
        claim("vei-a", VEI_A, "2 milliarder kroner", 2e9, actor="Høyre", measure="skole", year=2024,
              claimant="Høyre"),
        claim("vei-b", VEI_B, "700 millioner kroner", 7e8, actor="Regjeringen Støre", measure="vei", year=2024,
              date="2023-10-09", claimant="Regjeringen Støre"),
        claim("sykehus", SYKEHUS, "30 millioner euro", 3e7, unit="EUR", actor="Sosialistisk Venstreparti",
              measure="sykehus", year=2024, date="2024-03-01", claimant="Sosialistisk Venstreparti"),
        claim("sykehus", SYKEHUS, "500 kroner", 500, per="person", measure="pasient", date="2024-03-01"),
    ]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path
