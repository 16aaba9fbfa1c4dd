"""Word lists read from the data files of this folder, by what the stages use them for."""

from __future__ import annotations

from functools import cache

from pipeline.lang.data import alternation, table


@cache
def speech_verbs(kind: str) -> tuple[str, ...]:
    """The speech verbs of speech_verbs.tsv marked `yes` in column `kind` ("quote" or "person")."""
    column = {"quote": 1, "person": 2}[kind]
    return tuple(row[0].lower() for row in table("speech_verbs.tsv") if row[column] == "yes")


@cache
def speech_verb_pattern() -> str:
    """A regex alternation of the verbs that attribute a quote (`legger til`: any whitespace inside)."""
    return f"(?:{alternation(speech_verbs('quote'))})"
