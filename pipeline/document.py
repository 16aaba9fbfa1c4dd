"""What the pipeline knows about a document besides its text: its date (`DocDate`, the one parser of
document dates every stage uses) and its context (id, date, publisher, author, title, genre, where
the body starts), kept on the Doc as `doc._.context`.

Some scraped documents start with a metadata line, e.g. " date 2021-07 Saken oppdateres.": its date
is taken as the document date (when metadata gives none) and the line's prefix is excluded from
extraction; offsets still count it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from pipeline.lang.data import mapping, word_list
from pipeline.offsets import doc_text

HEADER = re.compile(r"\A[ \t]*date[ \t]+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=\s)[ \t]*")


class DateError(ValueError):
    """A document date that cannot be read or does not exist (the message names the value)."""


@dataclass(frozen=True)
class DocDate:
    """A document date with its grain: a year, a month or a day.

    `anchor` is the one day that stands for it wherever a stage needs a day (the government in
    office, relative expressions): the day itself, the 15th of a month, 1 July of a year."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def grain(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    @property
    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}" if self.month else f"{self.year:04d}"

    @property
    def anchor(self) -> dt.date:
        return dt.date(self.year, self.month or 7, self.day or (15 if self.month else 1))

    def __str__(self) -> str:
        return self.iso


ISO_DATE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?)?)?")
NUMERIC_DMY = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})")
NUMERIC_YMD = re.compile(r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})")
WRITTEN = re.compile(r"(?:(?P<weekday>\w+),?\s+)?(?:(?P<d>\d{1,2})\.\s*)?(?P<month>\w+\.?)\s+(?P<y>\d{4})")
EARLIEST, LATEST = 1800, 2200


def parse_date(value: object) -> DocDate:
    """A document date in any form a newsroom writes it: ISO (`2023-10-06`, `2023-10`, `2023`, with a
    time of day after it), `06.10.2023`, `6.10.2023`, `2023/10/06`, `6. oktober 2023`,
    `fredag 6. oktober 2023`, `6. okt. 2023`, `oktober 2023`, `okt. 2023`. Anything else, and any
    date that does not exist, raises DateError: a bare number is a year only in four digits."""
    text = " ".join(str(value).split()) if isinstance(value, str | int) and not isinstance(value, bool) else None
    if not text:
        raise DateError(f"document date {value!r} is not a date")
    for pattern in (ISO_DATE, NUMERIC_DMY, NUMERIC_YMD):
        m = pattern.fullmatch(text)
        if m:
            return _checked(value, m.group("y"), m.group("m"), m.group("d"))
    m = WRITTEN.fullmatch(text.lower())
    if m and (m.group("weekday") is None or m.group("weekday") in word_list("weekdays.txt")):
        month = mapping("months.tsv").get(m.group("month")) or mapping("months.tsv").get(m.group("month") + ".")
        if month is not None:
            return _checked(value, m.group("y"), month, m.group("d"))
    raise DateError(f"document date {value!r} is not a date (write it as YYYY-MM-DD, DD.MM.YYYY or "
                    f"'6. oktober 2023')")


def _checked(value: object, year: str, month: str | None, day: str | None) -> DocDate:
    y, m, d = int(year), int(month) if month else None, int(day) if day else None
    if not EARLIEST <= y <= LATEST:
        raise DateError(f"document date {value!r}: year {y} is out of range")
    if m is not None and not 1 <= m <= 12:
        raise DateError(f"document date {value!r}: month {m} does not exist")
    if d is not None:
        try:
            dt.date(y, m, d)
        except ValueError:
            raise DateError(f"document date {value!r}: day {d} does not exist in {y}-{m:02d}") from None
    return DocDate(y, m, d)


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
    date: DocDate | None = None
    publisher: str | None = None
    author: str | None = None
    title: str | None = None
    genre: str | None = None
    body_start: int = 0
    url: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None

    @property
    def iso_date(self) -> str | None:
        return self.date.iso if self.date else None

    @property
    def day(self) -> dt.date | None:
        """The day that stands for the document date (DocDate.anchor)."""
        return self.date.anchor if self.date else None


#: What the stages write on the Doc: mentions, the quotes with their speakers and the writer's side
#: (pipeline.actors.sides.sides), the claim records.
EXTENSIONS = ("money", "quantity", "time", "actors", "measures", "quotes", "writer", "claims")


def register_extensions() -> None:
    if not Doc.has_extension("context"):
        Doc.set_extension("context", default=None)
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def context_of(doc: Doc) -> DocContext:
    """The Doc's context; a Doc that was given none gets the one its text implies (set_context)."""
    ctx = doc._.context
    if ctx is None:
        ctx = set_context(doc)._.context
    return ctx


def set_context(doc: Doc, doc_id: str | None = None, date: DocDate | str | None = None,
                publisher: str | None = None, author: str | None = None, title: str | None = None,
                genre: str | None = None, url: str | None = None) -> Doc:
    """Put a document's metadata on its Doc before the pipeline runs (the one way to do it):
    `nlp(set_context(nlp.make_doc(text), date="2023-10-06", publisher="Finansdepartementet"))`.
    A leading metadata line (" date 2021-07 ") gives the date when none is given, and the body
    starts after it. DateError when the date is no date."""
    register_extensions()
    header_date, body_start = parse_header(doc_text(doc))
    given = date if date is None or isinstance(date, DocDate) else parse_date(date)
    doc._.context = DocContext(
        doc_id=doc_id, date=given or (parse_date(header_date) if header_date else None), publisher=publisher,
        author=author, title=title, genre=genre, body_start=body_start, url=url,
    )
    return doc
