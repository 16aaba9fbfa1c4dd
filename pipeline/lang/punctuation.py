"""Punctuation rules added to spaCy's `nb` tokenizer for news text."""

#: Split a year range "2020–2024" / "2020-2024" into three tokens; "2021-budsjettet" stays whole.
YEAR_RANGE_INFIX = r"(?<=\b(?:19|20)\d\d)[–—-](?=(?:19|20)\d\d\b)"

#: Characters that mark a bullet item when they start a line.
BULLETS = "•·▪‣◦*-–—"
