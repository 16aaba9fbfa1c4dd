"""What every rule stage shares as a spaCy component: a class registered with a factory, `__call__`
and `pipe`, and the span group it writes its mentions to.

Each stage keeps its typed mentions (pipeline.schema) on the Doc (`doc._.money`, `doc._.time` …, what
later stages read) and shows them to spaCy users as a span group of the same name: `doc.spans["money"]`
holds one Span per mention over the tokens it touches, and `span._.mention` is the typed mention with
its exact character offsets (a mention may start or end inside a token, so the Span can be wider).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from pipeline.document import context_of, register_extensions

#: span group -> the Doc extension holding its typed mentions
GROUPS = {"money": "money", "quantity": "quantity", "time": "time", "actor": "actors", "measure": "measures"}


def mention_of(span: Span):
    """The typed mention behind a Span of one of the GROUPS (its id is the mention's index); None for
    a span of another group (the layout's headings, list items and quotes)."""
    if span.label_ not in GROUPS:
        return None
    mentions = getattr(span.doc._, GROUPS[span.label_]) or []
    return mentions[int(span.id_)]


def register_span_extensions() -> None:
    register_extensions()
    if not Span.has_extension("mention"):
        Span.set_extension("mention", getter=mention_of)


def write_group(doc: Doc, group: str) -> None:
    """doc.spans[group]: a Span over the tokens of each mention of the group's extension."""
    spans = []
    for i, mention in enumerate(getattr(doc._, GROUPS[group]) or []):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            spans.append(Span(doc, span.start, span.end, label=group, span_id=str(i)))
    doc.spans[group] = SpanGroup(doc, name=group, spans=spans)


class RuleComponent:
    """A rule stage: `__call__(doc)` sets its results on the Doc; `pipe` maps it over a stream."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        register_span_extensions()

    def __call__(self, doc: Doc) -> Doc:
        raise NotImplementedError

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory("claims_context")
class ContextStage(RuleComponent):
    """The document's metadata on the Doc (`doc._.context`): what set_context gave it, else what its
    text implies (a leading " date 2021-07 " line)."""

    def __call__(self, doc: Doc) -> Doc:
        context_of(doc)
        return doc
