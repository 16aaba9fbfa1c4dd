"""Claim windows: the sentences where the claim stages read the statistical model's output.

The model's unit is the sentence: each one runs as its own Doc, so what the model says about a
sentence never depends on which other sentences it ran on. The cheap rule stages decide, before the
model runs, which sentences are windows:

- a sentence holding a money amount or another quantity (a claim is built on it: the model gives
  the lemma of counted nouns and of measure heads, and names);
- its *context*: the earlier sentences of its paragraph (an actor may be inherited from them), for
  a sentence inside a quote the sentence where its speaker is named (`– …, sier helse- og
  omsorgsminister Bent Høie`), and, for a list item, the lead-in above the list with the earlier
  sentences of the lead-in's paragraph;
- a sentence with a policy verb but no amount (a possible `measure` claim), as context: its actor
  must stand before the verb in the sentence itself, so only a name there makes it a window.

From a context sentence the claim stages need the model only for the persons and organisations it
names, which are capitalised: a context sentence without a capitalised word after its first word
(`NAME_HINT`) is not a window. An earlier sentence of the paragraph lends a claim only a political
actor, and the only political actor the model adds is a person named by two or more words, so
there the hint is two capitalised words in a row (`PERSON_HINT`). Measure heads there keep the rule
lemma.

The claim stages read model output only where `pipeline.offsets.reads_model` allows it: inside
windows. Running the model only there (the fast path) therefore gives exactly the records of running
it over every sentence (the naive path); windows decide how much of the model's knowledge the claims
use, never whether the two paths agree.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import numpy
import regex
from spacy.attrs import (
    DEP,
    ENT_ID,
    ENT_IOB,
    ENT_KB_ID,
    ENT_TYPE,
    HEAD,
    LEMMA,
    MORPH,
    NORM,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from pipeline.claims.measures import policy_verb_regex
from pipeline.document import context_of
from pipeline.layout import BULLET_LINE, SPEAKER_REACH, quote_frames, text_lines
from pipeline.offsets import (
    doc_text,
    in_order_and_apart,
    search_in,
    sentence_bounds,
    token_lengths,
    token_range,
    token_starts,
)
from pipeline.syntax import store_tree

# a capitalised word that is not the first word of the sentence: where a name can be
NAME_HINT = regex.compile(r"(?<=[\w,;:)»\"]\s+|\s[(«\"])\p{Lu}")
# two capitalised words in a row (name particles such as `de`, `van` between them): where a person's
# full name can be, the only political actor the model adds (a PER entity of two or more words)
PERSON_HINT = regex.compile(r"\p{Lu}[\w\-.]*\s+(?:\p{Ll}{1,3}\s+){0,2}\p{Lu}")


#: The token attributes a window's own Doc takes from the whole Doc.
SUB_DOC_ATTRS = [ORTH, NORM, DEP, SENT_START, ENT_IOB, ENT_TYPE, HEAD, ENT_KB_ID, ENT_ID, POS, MORPH, TAG, SPACY]


def sentences(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges [start, end) of the sentences of the document body: the model's units."""
    body = context_of(doc).body_start
    out = []
    for c_start, c_end in sentence_bounds(doc):
        if c_end <= body:
            continue
        found = token_range(doc, max(c_start, body), c_end)
        if found is not None and (not out or found[0] >= out[-1][1]):
            out.append(found)
    return out


def claim_windows(doc: Doc) -> list[tuple[int, int]]:
    """The sentences (token ranges) that are windows, in order."""
    units = sentences(doc)
    if not units:
        return []
    text = doc_text(doc)
    chars = window_chars(doc, units)
    lines = text_lines(text)
    paragraph = [lines.paragraph(c_start) for c_start, _ in chars]
    line_start = [lines.line(c_start)[0] for c_start, _ in chars]
    item = [bool(BULLET_LINE.match(text, ls)) for ls in line_start]
    starts = [c_start for c_start, _ in chars]
    quotes = quote_frames(text, context_of(doc).body_start)
    marks = sorted([m.start for m in (doc._.money or [])] + [m.start for m in (doc._.quantity or [])])
    policy = policy_verb_regex()

    chosen: set[int] = set()
    # quotes in text order and apart (as quote_frames gives them): the ones a sentence overlaps are
    # found by bisection; otherwise every quote is looked at
    q_ends = [q[1] for q in quotes]
    quotes_apart = in_order_and_apart(quotes)
    # how far each paragraph's walk back from a claim has already been taken (the walk always runs
    # back to the paragraph's first sentence, so what it covers is a prefix of the paragraph)
    walked: dict[int, int] = {}

    def add_context(j: int, hint: regex.Pattern = NAME_HINT, end: int | None = None) -> None:
        if hint.search(text, chars[j][0], chars[j][1] if end is None else end):
            chosen.add(j)

    def with_paragraph_context(k: int, claim: bool = True) -> None:
        if claim:
            chosen.add(k)
        else:
            add_context(k)
        if item[k]:
            return
        done = walked.get(paragraph[k], -1)  # an earlier walk from `done` covered the sentences before it
        j = k - 1
        while j >= 0 and j >= done and paragraph[j] == paragraph[k]:
            add_context(j, PERSON_HINT)  # an earlier sentence lends only a political actor
            j -= 1
        walked[paragraph[k]] = max(done, k)

    for k, (c_start, c_end) in enumerate(chars):
        m = bisect_left(marks, c_start)
        claim = m < len(marks) and marks[m] < c_end
        if claim:
            with_paragraph_context(k)
        else:
            verb = search_in(doc, policy, c_start, c_end)
            if verb is None:
                continue
            # a measure claim takes its actor from its own sentence, before the verb: nothing inherited
            add_context(k, end=verb.start())
        near = quotes[bisect_right(q_ends, c_start):] if quotes_apart else quotes
        for q_start, q_end, speaker_from in near:
            if quotes_apart and q_start >= c_end:
                break
            if speaker_from is not None and q_start < c_end and c_start < q_end:
                # a quote's speaker: the sentences where the name after `, sier` can start
                j = max(0, bisect_right(starts, speaker_from) - 1)
                while j < len(units) and chars[j][0] <= speaker_from + SPEAKER_REACH:
                    if chars[j][1] > speaker_from:
                        add_context(j)
                    j += 1
        if claim and item[k]:
            j = k - 1
            while j >= 0 and item[j]:
                j -= 1
            if j >= 0:
                with_paragraph_context(j, claim=False)  # the lead-in above the list
    return [units[k] for k in sorted(chosen)]


def window_chars(doc: Doc, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if not ranges:
        return []
    idx, lengths = token_starts(doc), token_lengths(doc)  # read from the Doc's arrays: no Token objects
    return [(idx[s], idx[e - 1] + lengths[e - 1]) for s, e in ranges]


def sub_docs(doc: Doc, ranges: list[tuple[int, int]]) -> list[Doc]:
    """Each range as a Doc of its own with the words, spaces and token attributes of `doc`.

    What `Span.as_doc()` gives for a Doc without entities or a parse (the model has not run yet),
    without its cost: as_doc turns the whole Doc into an array on every call and averages vectors."""
    head = SUB_DOC_ATTRS
    array = doc.to_array(head)
    if doc.has_annotation("ENT_IOB") or doc.has_annotation("DEP"):
        return [doc[s:e].as_doc(array_head=head, array=array) for s, e in ranges]
    orth, spacy = head.index(ORTH), head.index(SPACY)
    strings = doc.vocab.strings
    subs = []
    for s, e in ranges:
        rows = array[s:e]
        sub = Doc(doc.vocab, words=[strings[int(o)] for o in rows[:, orth]], spaces=[bool(x) for x in rows[:, spacy]])
        sub.from_array(head, rows)
        subs.append(sub)
    return subs


def run_model(nlp, doc: Doc, ranges: list[tuple[int, int]], pipe_names: list[str]) -> None:
    """Run the model's components on each range as its own Doc and copy the results back."""
    run_model_many(nlp, [(doc, ranges)], pipe_names)


def run_model_many(nlp, jobs: list[tuple[Doc, list[tuple[int, int]]]], pipe_names: list[str]) -> None:
    """run_model for several Docs, the model's components piped once over all their ranges (fewer,
    fuller batches). Each range is still its own Doc, so the results are those of run_model."""
    jobs = [(doc, ranges) for doc, ranges in jobs if ranges]
    if not pipe_names or not jobs:
        return
    subs = [sub for doc, ranges in jobs for sub in sub_docs(doc, ranges)]
    for name in pipe_names:
        proc = nlp.get_pipe(name)
        subs = list(proc.pipe(subs)) if hasattr(proc, "pipe") else [proc(sub) for sub in subs]
    k = 0
    for doc, ranges in jobs:
        copy_back(doc, ranges, subs[k:k + len(ranges)])
        k += len(ranges)


def copy_back(doc: Doc, ranges: list[tuple[int, int]], subs: list[Doc]) -> None:
    """The model's lemmas, tags and entities of each range's Doc, copied into `doc`; its parse, where
    the model has a parser, kept beside it (pipeline.syntax)."""
    attrs = [LEMMA, POS, TAG]
    merged = doc.to_array(attrs)
    ents = []
    for (s, e), sub in zip(ranges, subs, strict=True):
        values = sub.to_array(attrs)
        rows = merged[s:e]
        rows[...] = numpy.where(values != 0, values, rows)  # a component that set nothing keeps the rule value
        for ent in sub.ents:
            ents.append(Span(doc, s + ent.start, s + ent.end, label=ent.label_))
    doc.from_array(attrs, merged)
    for (s, _e), sub in zip(ranges, subs, strict=True):
        if sub.has_annotation("DEP"):
            store_tree(doc, s, [t.head.i for t in sub], [t.dep_ for t in sub])
    if ents or any(sub.has_annotation("ENT_IOB") for sub in subs):
        doc.set_ents(ents, default="outside")


@Language.factory("claims_model", default_config={"components": [], "windows": True})
class ModelWindows:
    """Runs the statistical components (`components`: disabled in the pipeline, so spaCy never runs
    them over a whole Doc) on each claim window as a Doc of its own, and copies their lemmas, tags
    and entities back. `windows = false` runs them on every sentence instead (the naive path, same
    records). `pipe` runs them once over the windows of a whole batch of documents."""

    def __init__(self, nlp: Language, name: str, components: list[str], windows: bool):
        self.nlp = nlp
        self.name = name
        self.components = list(components)
        self.windows = windows

    def ranges(self, doc: Doc) -> list[tuple[int, int]]:
        windows = claim_windows(doc)
        doc.user_data["claim_windows"] = window_chars(doc, windows)
        return windows if self.windows else sentences(doc)

    def __call__(self, doc: Doc) -> Doc:
        if self.components:  # without a model (rules only) there is nothing to run, nor to read
            run_model(self.nlp, doc, self.ranges(doc), self.components)
        return doc

    def pipe(self, docs, batch_size: int = 128):
        if not self.components:
            yield from docs
            return
        for batch in minibatch(docs, batch_size):
            run_model_many(self.nlp, [(doc, self.ranges(doc)) for doc in batch], self.components)
            yield from batch
