"""What the pipeline knows about a document besides its text: its context (id, date, publisher,
author, title, genre, where the body starts), kept on the Doc as `doc._.context`.

Some scraped documents start with a metadata line, e.g. " date 2021-07 Saken oppdateres.": its date
is taken as the document date (when metadata gives none) and the line's prefix is excluded from
extraction; offsets still count it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

HEADER = re.compile(r"\A[ \t]*date[ \t]+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=\s)[ \t]*")


def parse_header(text: str) -> tuple[str | None, int]:
    """(date, body_start): the date of a leading " date YYYY[-MM[-DD]] " marker and where the body begins."""
    match = HEADER.match(text)
    if not match:
        return None, 0
    return match.group(1), match.end()


@dataclass
class DocContext:
    """What the pipeline knows about a document besides its text."""

    doc_id: str | None = None
    date: str | None = None
    publisher: str | None = None
    author: str | None = None
    title: str | None = None
    genre: str | None = None
    body_start: int = 0
    extra: dict = field(default_factory=dict)

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date and self.date[:4].isdigit() else None


EXTENSIONS = ("money", "quantity", "time", "actors", "measures", "claims")


def register_extensions() -> None:
    if not Doc.has_extension("context"):
        Doc.set_extension("context", default=None)
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def context_of(doc: Doc) -> DocContext:
    ctx = doc._.context
    if ctx is None:
        ctx = DocContext()
        doc._.context = ctx
    return ctx
