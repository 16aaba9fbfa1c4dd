"""Language knowledge as data files a linguist can edit; this module only loads them (cached)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

import regex

HERE = Path(__file__).parent


def _lines(name: str) -> list[str]:
    out = []
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].rstrip() if not line.lstrip().startswith("#") else ""
        if line.strip():
            out.append(line)
    return out


@cache
def word_list(name: str) -> frozenset[str]:
    """A one-word-per-line file as a set (lowercase)."""
    return frozenset(line.strip().lower() for line in _lines(name))


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated file as rows of stripped cells (comments and blank lines skipped)."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in _lines(name))


@cache
def mapping(name: str) -> dict[str, str]:
    """First column -> second column of a TSV (keys lowercase)."""
    return {row[0].lower(): row[1] for row in table(name)}


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first (so a longer phrase wins over its prefix), each
    escaped with any whitespace inside allowed ("legger til", "statlig tilskudd")."""
    return "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
