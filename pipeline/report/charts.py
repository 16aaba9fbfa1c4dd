"""The report's charts, drawn with matplotlib (its object API, no global pyplot state) and written as
SVG to inline in the page: text stays text (svg.fonttype none), ids come from a salt per chart (stable
output, no clash between the charts of one page), no date in the metadata."""

from __future__ import annotations

import io
from collections.abc import Callable

from pipeline.report.aggregate import Stacked, Total
from pipeline.report.formatting import number, scale_for, shorten

#: Colours of the claimant sides and the claim kinds (also used by the page's legend)
COLOURS = {"government": "#2b6cb0", "opposition": "#dd6b20", "other": "#a0aec0",
           "money": "#2f855a", "quantity": "#6b46c1", "measure": "#b7791f"}
BAR = "#2b6cb0"
WIDTH = 7.2  # inches (at 72 pt an inch: 518 px wide in the page before scaling)


def axis_formatter(largest: float, unit: str) -> tuple[Callable[[float, int], str], str]:
    divisor, suffix = scale_for(largest)
    label = " ".join(w for w in (suffix, unit) if w)
    return (lambda value, _pos: number(value / divisor, 1)), label


def to_svg(figure, name: str, label: str) -> str:
    """The figure as an inline <svg> element (no XML declaration or doctype)."""
    import matplotlib

    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": f"nb-claims-{name}"}):
        figure.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]
    return svg.replace("<svg ", f'<svg role="img" aria-label="{escape_attribute(label)}" ', 1)


def escape_attribute(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def new_figure(rows: int, horizontal: bool):
    from matplotlib.figure import Figure

    height = max(2.0, 0.32 * rows + 1.0) if horizontal else 3.4
    figure = Figure(figsize=(WIDTH, height))
    axes = figure.add_subplot()
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    return figure, axes


def bars(totals: list[Total], name: str, label: str, unit: str = "kr") -> str | None:
    """Horizontal bars, largest on top; None without data."""
    from matplotlib.ticker import FuncFormatter

    if not totals:
        return None
    figure, axes = new_figure(len(totals), horizontal=True)
    labels = [shorten(t.label) for t in totals][::-1]
    values = [t.value for t in totals][::-1]
    axes.barh(labels, values, color=BAR)
    formatter, axis_label = axis_formatter(max(values), unit)
    axes.xaxis.set_major_formatter(FuncFormatter(formatter))
    axes.set_xlabel(axis_label)
    axes.grid(axis="x", color="#e2e8f0")
    axes.set_axisbelow(True)
    return to_svg(figure, name, label)


def stacked_bars(data: Stacked, name: str, label: str, unit: str = "kr", horizontal: bool = True,
                 counts: bool = False) -> str | None:
    """Bars of data.categories split into data.stacks, with a legend; None without data."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    if not data.categories:
        return None
    figure, axes = new_figure(len(data.categories), horizontal)
    categories = data.categories[::-1] if horizontal else data.categories
    labels = [shorten(c) for c in categories]
    base = [0.0] * len(categories)
    for stack in data.stacks:
        values = [data.values[c][stack] for c in categories]
        if not any(values):
            continue
        if horizontal:
            axes.barh(labels, values, left=base, color=COLOURS.get(stack), label=stack)
        else:
            axes.bar(labels, values, bottom=base, color=COLOURS.get(stack), label=stack)
        base = [b + v for b, v in zip(base, values, strict=True)]
    value_axis = axes.xaxis if horizontal else axes.yaxis
    if counts:
        value_axis.set_major_locator(MaxNLocator(integer=True))
        (axes.set_xlabel if horizontal else axes.set_ylabel)("claims")
    else:
        formatter, axis_label = axis_formatter(max(base), unit)
        value_axis.set_major_formatter(FuncFormatter(formatter))
        (axes.set_xlabel if horizontal else axes.set_ylabel)(axis_label)
    if not horizontal and len(categories) > 8:
        axes.tick_params(axis="x", labelrotation=45)
    axes.grid(axis="x" if horizontal else "y", color="#e2e8f0")
    axes.set_axisbelow(True)
    axes.legend(frameon=False, loc="lower right" if horizontal else "upper left")
    return to_svg(figure, name, label)
