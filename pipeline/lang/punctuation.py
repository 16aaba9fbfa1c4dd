"""Punctuation of Norwegian news text: what the tokenizer adds to spaCy's `nb` rules, and the marks of list items."""

import re

#: Split a year range "2020–2024" / "2020-2024" into three tokens; "2021-budsjettet" stays whole.
YEAR_RANGE_INFIX = r"(?<=\b(?:19|20)\d\d)[–—-](?=(?:19|20)\d\d\b)"

#: Characters that mark a bullet item when they start a line.
BULLETS = "•·▪‣◦*-–—"

#: A line that opens a list item: indentation, a bullet or an item number (`1.`, `2)`), whitespace.
LIST_ITEM = rf"[ \t]*(?:[{re.escape(BULLETS)}]|\d{{1,2}}[.)])\s"
#: The marks before the first word of a list item (indentation, bullets, an item number).
LIST_MARKS = rf"[ \t{re.escape(BULLETS)}]*(?:\d{{1,2}}[.)]\s*)?"
