"""The metadata line some scraped documents start with, e.g. " date 2021-07 Saken oppdateres."

The date is taken as the document date (when metadata gives none) and the line's prefix is excluded
from extraction; offsets still count it.
"""

from __future__ import annotations

import re

HEADER = re.compile(r"\A[ \t]*date[ \t]+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=\s)[ \t]*")


def parse_header(text: str) -> tuple[str | None, int]:
    """(date, body_start): the date of a leading " date YYYY[-MM[-DD]] " marker and where the body begins."""
    match = HEADER.match(text)
    if not match:
        return None, 0
    return match.group(1), match.end()
