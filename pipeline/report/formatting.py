"""Numbers as a Norwegian reader writes them: `1,5 mrd. kr`, `450 mill. kr`, `12 500 kr`."""

from __future__ import annotations

#: (threshold, divisor, suffix) from the largest down
SCALES = ((1e9, 1e9, "mrd."), (1e6, 1e6, "mill."), (0, 1, ""))
NBSP = "\u00a0"


def scale_for(value: float) -> tuple[float, str]:
    """The divisor and word that suit a value (or the largest of a chart's values)."""
    for threshold, divisor, suffix in SCALES:
        if abs(value) >= threshold:
            return divisor, suffix
    return 1, ""


def number(value: float, decimals: int = 1) -> str:
    """`1 234,5`: a no-break space between thousands, a decimal comma, no trailing ,0."""
    text = f"{value:,.{decimals}f}".replace(",", NBSP).replace(".", ",")
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


def amount(value: float, unit: str | None = "NOK") -> str:
    """A value with its scale and unit: `1,5 mrd. kr`, `450 mill. kr`, `300 lærer`."""
    divisor, suffix = scale_for(value)
    words = [number(value / divisor, 2 if divisor > 1 else 0)]
    if suffix:
        words.append(suffix)
    if unit:
        words.append("kr" if unit == "NOK" else unit)
    return NBSP.join(words)


def shorten(label: str, width: int = 42) -> str:
    return label if len(label) <= width else label[: width - 1].rstrip() + "…"
