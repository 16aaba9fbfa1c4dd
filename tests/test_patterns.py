"""Every case-insensitive pattern of the pipeline that asks for a lower- or upper-case letter scopes the
case back in (`(?-i:\\p{Ll})`): under IGNORECASE `\\p{Ll}` also matches "Trøndelag"."""

import importlib
import pkgutil

import regex

import pipeline


def pipeline_patterns():
    for info in pkgutil.walk_packages(pipeline.__path__, "pipeline."):
        if info.name.endswith("__main__") or info.name.startswith(("pipeline.review", "pipeline.batch", "pipeline.report")):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, regex.Pattern) and value.flags & regex.IGNORECASE:
                yield f"{info.name}.{name}", value.pattern


def unscoped_case_classes(pattern: str) -> list[int]:
    """Offsets of `\\p{Ll}`/`\\p{Lu}` outside any `(?-i:…)` group."""
    stack, out, i = [], [], 0
    while i < len(pattern):
        if pattern[i] == "\\":
            if pattern.startswith(("\\p{Ll}", "\\p{Lu}"), i) and not any(stack):
                out.append(i)
            i += 2
            continue
        if pattern[i] == "(":
            stack.append(pattern.startswith("(?-i:", i) or (bool(stack) and stack[-1]))
        elif pattern[i] == ")" and stack:
            stack.pop()
        i += 1
    return out


def test_the_scanner_finds_an_unscoped_class():
    assert unscoped_case_classes(r"i\s+(?=\p{Ll})") == [7]
    assert unscoped_case_classes(r"i\s+(?=(?-i:\p{Ll}))") == []


def test_no_case_insensitive_pattern_asks_for_a_case_it_cannot_see():
    found = [name for name, pattern in pipeline_patterns() if unscoped_case_classes(pattern)]
    assert found == []
