"""Claim assembly (component `claims_claims`): one record per amount in a claim-bearing sentence,
linking actor, time and measure, and inheriting what the sentence lacks.

Inheritance, in order: a list item from its lead-in (the sentence ending in `:` above the list);
a quote from its speaker's side; a sentence from earlier sentences of its paragraph; a time from
the nearest heading above that names one (`Statsbudsjettet 2021:`); finally the document's
publisher/author side and its date. Inherited fields carry `inherited: true`.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import regex
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.actors import (
    Actor,
    document_day,
    government_on,
    lexicon,
    quote_spans,
    side_of,
    writer_side,
)
from pipeline.lexicon import word_list
from pipeline.measures import (
    canonical_for,
    find_lexicon_measures,
    phrase_end,
    phrase_for_amount,
    policy_verb_regex,
)
from pipeline.mentions import (
    Money,
    Quantity,
    Time,
    context_of,
    doc_text,
    register_extensions,
    search_in,
    sentence_bounds,
)
from pipeline.records import (
    ActorField,
    AmountField,
    ClaimRecord,
    MeasureField,
    SpanRef,
    TimeField,
    claim_id,
)

#: Whitespace as str.strip() sees it (`re`'s whitespace is str.isspace()).
LEADING_SPACE = re.compile(r"\s*")
BULLET_LINE = regex.compile(r"[ \t]*(?:[•·▪‣◦*\-–—]|\d{1,2}[.)])\s")
SPEECH = regex.compile(r"(?:sier|sa|mener|uttaler|forteller|skriver|ifølge)\s+(?:[\w-]+\s+){0,4}$", regex.IGNORECASE)
#: A subject that receives ("Kommunene får 200 millioner") is not the one who grants.
RECEIVES_AFTER = regex.compile(r"\s+(?:får|fikk|mottar|mottok|tildeles|tilføres|(?:skal|vil|kan)\s+få|har\s+fått)\b",
                               regex.IGNORECASE)
COMPARISON = regex.compile(r"\b(?:enn|nå|færre|flere)\b", regex.IGNORECASE)
EVENT_TIME = regex.compile(r"(?i:i\s+dag)|\d{1,2}\.\d{1,2}\.\d{4}")
BUDGET_TIME = regex.compile(r"(?i:budsjett|RNB)")
#: After a policy verb: adverbials to skip, then an object opened by a determiner or an adjective.
OBJECT_START = regex.compile(r"\s+(?:(?:også|allerede|derfor|nå|i\s+sin\s+tid|i\s+år|blant\s+annet|bl\.a\.|"
                             r"samtidig|dessuten|ned|inn|fram|frem)\s+)*(?=(?:en|et|ei|nye?|egne?t?|flere|"
                             r"gratis|nasjonale?|statlige?|midlertidige?)\s)", regex.IGNORECASE)
#: A sentence that points back at the one before ("Til sammen blir dette …") shares its measure.
ANAPHOR = regex.compile(r"^(?:[\w]+\s+){0,3}?(?:dette|disse|det|til\s+sammen|totalt|samlet)\b", regex.IGNORECASE)
POLITICAL = {"government", "party", "ministry", "person"}
_FOLLOWING = regex.compile(r"følgende\s+$", regex.IGNORECASE)
_LAST_WORD = regex.compile(r"[\w][\w\-]*$")
_TIL = regex.compile(r"\btil\b", regex.IGNORECASE)
#: An actor after one of these (or in a list after one) is an object, not the agent: "i dialog med KS".
OBJECT_BEFORE = regex.compile(r"\b(?:med|til|for|fra|hos|mellom|mot|blant|overfor|ved|i|om)\s+"
                              r"(?:[\w\-]+(?:\s+[\w\-]+){0,3}(?:,\s*|\s+og\s+))*$", regex.IGNORECASE)
#: The object of a giving or strengthening verb receives ("å gi sykehusene 4 milliarder", "styrke politiet").
GIVEN_TO = regex.compile(r"\b(?:gi|gir|ga|gav|gitt|gis|styrke|styrker|styrket|tilføre|tilfører|tilførte|"
                         r"kompensere|kompenserer|kompenserte)\s+(?:de|det|den|alle)?\s*$", regex.IGNORECASE)
SINCE_POWER = regex.compile(r"\b[Ss]iden\s+(?P<who>[^,.]{1,60}?)\s+(?:fikk|tok|overtok|kom)\s+"
                            r"(?:regjeringsmakt\w*|makt\w*|over|til\s+makten)")


class _ByStart:
    """Items with a `.start`: those that start in [lo, hi), in list order, by bisection."""

    def __init__(self, items: list):
        self.items = items
        self.order = sorted(range(len(items)), key=lambda k: items[k].start)
        self.starts = [items[k].start for k in self.order]
        self.sorted = all(k == i for i, k in enumerate(self.order))

    def between(self, lo: int, hi: int) -> list:
        ks = self.order[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]
        return [self.items[k] for k in (ks if self.sorted else sorted(ks))]


def _apart(spans) -> bool:
    """Whether spans (start, end, …) are in text order and do not overlap: then the one holding an
    offset is found by bisection."""
    return all(s[0] <= s[1] for s in spans) and all(spans[i][1] <= spans[i + 1][0] for i in range(len(spans) - 1))


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    line_start: int
    is_item: bool
    on_item_line: bool
    is_heading: bool
    paragraph: int


def analyse_sentences(text: str, bounds: list[tuple[int, int]]) -> list[Sentence]:
    paragraphs = [m.start() for m in regex.finditer(r"\n[ \t]*\n", text)]
    # lines and paragraphs by bisection, and a line's stripped extent without copying the line (a
    # document of one long line has many sentences on it)
    newlines = [m.start() for m in re.finditer("\n", text)]
    out = []
    for start, end in bounds:
        k = bisect_left(newlines, start)
        line_start = newlines[k - 1] + 1 if k else 0
        k = bisect_left(newlines, end)
        line_end = newlines[k] if k < len(newlines) else len(text)
        on_item_line = bool(BULLET_LINE.match(text, line_start, line_end))
        strip_start = LEADING_SPACE.match(text, line_start, line_end).end()
        is_item = on_item_line and start <= strip_start + 3
        strip_end = line_end
        while strip_end > strip_start and text[strip_end - 1].isspace():
            strip_end -= 1
        sentence = text[start:end].strip()
        whole_line = strip_end - strip_start == len(sentence) and text[strip_start:strip_end] == sentence
        is_heading = whole_line and not is_item and strip_end - strip_start < 120 and (
            not text[strip_start:strip_end].endswith((".", "!", "?", "»", '"')))
        para = bisect_left(paragraphs, start)
        out.append(Sentence(start, end, text[start:end], line_start, is_item, on_item_line, is_heading, para))
    return out


def is_structure_count(unit: str, structure: frozenset[str]) -> bool:
    """`tre målområder`, `fire hovedelementer`: counts of a plan's own parts (compounds included)."""
    if unit.startswith("hoved"):
        return True
    return any(unit == n or (len(n) > 3 and unit.endswith((n, n.rstrip("e")))) for n in structure)


class Assembler:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc_text(doc)
        self.ctx = context_of(doc)
        self.day = document_day(self.ctx.date)
        self.sentences = analyse_sentences(self.text, [b for b in sentence_bounds(doc) if b[1] > self.ctx.body_start])
        self.money: list[Money] = list(doc._.money or [])
        self.quantities: list[Quantity] = list(doc._.quantity or [])
        self.times: list[Time] = list(doc._.time or [])
        self.actors: list[Actor] = list(doc._.actors or [])
        self.quotes = quote_spans(self.text, self.ctx.body_start, self.actors)
        self.writer = writer_side(doc, self.actors)
        self._actor_memo: dict[int, tuple[Actor | None, bool]] = {}
        self._time_memo: dict[int, tuple[Time | None, bool]] = {}
        # lookups by bisection instead of scans over every sentence, actor, time or quote
        self._actors = _ByStart(self.actors)
        self._times = _ByStart(self.times)
        self._quantities = _ByStart(self.quantities)
        self._person_ends = {a.end for a in self.actors if a.actor_type == "person"}
        self._person_starts = {a.start for a in self.actors if a.actor_type == "person"}
        self._starts = [s.start for s in self.sentences]
        self._apart = _apart([(s.start, s.end) for s in self.sentences])
        self._quote_starts = [q[0] for q in self.quotes]
        self._quotes_apart = _apart(self.quotes)
        self._candidates: dict[tuple[int, int], list[Actor]] = {}
        self._times_in: dict[tuple[int, int], list[Time]] = {}
        self._earlier_actor: dict[int, int | None] = {}
        self._earlier_time: dict[int, int | None] = {}
        self._dated_headings: list[int] | None = None
        self._document_time: list[Time | None] = []
        self._amounts: list | None = None
        self._blockers: list[tuple[int, int]] | None = None
        self._blocker_starts: list[int] = []
        self._blocker_longest = 0

    # --- sentence lookups -----------------------------------------------------------------------
    def sentence_index(self, offset: int) -> int | None:
        if self._apart:
            i = bisect_right(self._starts, offset) - 1
            return i if i >= 0 and offset < self.sentences[i].end else None
        for i, s in enumerate(self.sentences):
            if s.start <= offset < s.end:
                return i
        return None

    def lead_in(self, i: int) -> int | None:
        """The sentence ending in ':' above a list item (over the other items of the list)."""
        j = i - 1
        while j >= 0 and self.sentences[j].on_item_line:
            j -= 1
        if j >= 0 and self.sentences[j].text.rstrip().endswith(":"):
            return j
        return None

    def in_quote(self, offset: int):
        if self._quotes_apart:
            i = bisect_right(self._quote_starts, offset) - 1
            return self.quotes[i] if i >= 0 and offset < self.quotes[i][1] else None
        return next((q for q in self.quotes if q[0] <= offset < q[1]), None)

    # --- actors ---------------------------------------------------------------------------------
    def candidate_actors(self, s: Sentence, exclude: tuple[int, int] | None = None) -> list[Actor]:
        if not exclude:
            key = (s.start, s.end)
            if key not in self._candidates:
                self._candidates[key] = self._candidate_actors(s, None)
            return list(self._candidates[key])
        return self._candidate_actors(s, exclude)

    def _candidate_actors(self, s: Sentence, exclude: tuple[int, int] | None) -> list[Actor]:
        out = []
        for a in self._actors.between(s.start, s.end):
            if exclude and exclude[0] <= a.start < exclude[1]:
                continue
            if a.text.endswith("s") and not a.canonical.endswith("s") and not a.pronoun and a.actor_type != "person":
                continue  # a genitive ("Kommunal- og moderniseringsdepartementets budsjett") owns, it does not act
            if a.actor_type == "person" and SPEECH.search(self.text[max(s.start, a.start - 60):a.start]):
                continue  # the speaker of a quote is its claimant, not its agent
            if not a.pronoun and (OBJECT_BEFORE.search(self.text[max(s.start, a.start - 80):a.start])
                                  or GIVEN_TO.search(self.text[max(s.start, a.start - 30):a.start])):
                continue
            if a.actor_type in ("public_body", "organisation", "place") and RECEIVES_AFTER.match(self.text, a.end):
                continue
            if a.actor_type == "party" and self.text[a.start - 1:a.start] == "(" and \
                    any(a.start - d in self._person_ends for d in range(4)):
                continue  # "Bent Høie (H)": the marker belongs to the person
            if a.actor_type == "ministry" and self.text[a.end:a.end + 1] == " " and \
                    a.end + 1 in self._person_starts:
                continue  # "helse- og omsorgsminister Bent Høie": the person is the actor
            out.append(a)
        return out

    def pick_actor(self, candidates: list[Actor], anchor: int) -> Actor | None:
        if not candidates:
            return None
        before = [a for a in candidates if a.start < anchor]
        pool = before or candidates
        strong = [a for a in pool if a.actor_type != "organisation"] or pool
        return strong[-1] if before else strong[0]

    def sentence_actor(self, i: int, anchor: int | None = None, exclude=None) -> tuple[Actor | None, bool]:
        """(actor, inherited) for sentence i."""
        s = self.sentences[i]
        explicit = self.pick_actor(self.candidate_actors(s, exclude), s.end if anchor is None else anchor)
        if explicit is not None:
            return explicit, False
        return self._inherit(self._actor_memo, i, anchor, self.inherited_actor)

    @staticmethod
    def _inherit(memo: dict, i: int, anchor: int | None, compute):
        """What sentence i inherits; memoized per sentence when no amount anchors the lookup."""
        if anchor is None and i in memo:
            return memo[i]
        result = compute(i)
        if anchor is None:
            memo[i] = result
        return result

    def earlier_in_paragraph(self, i: int):
        """The sentences before i in its paragraph, nearest first (none for a list item)."""
        s = self.sentences[i]
        if s.on_item_line:
            return
        for j in range(i - 1, -1, -1):
            other = self.sentences[j]
            if other.paragraph != s.paragraph or other.is_heading:
                return
            yield other

    def inherited_actor(self, i: int) -> tuple[Actor | None, bool]:
        s = self.sentences[i]
        if s.is_item:
            lead = self.lead_in(i)
            if lead is not None:
                # the lead-in's political actor speaks for the list ("Regjeringen forutsetter at
                # kommunene bruker …:"), else whoever the lead-in's own claim would take
                political = [a for a in self.candidate_actors(self.sentences[lead]) if a.actor_type in POLITICAL]
                actor = political[0] if political else self.sentence_actor(lead)[0]
                if actor is not None:
                    return actor, True
        quote = self.in_quote(s.start)
        if quote is not None and quote[2] is not None:
            side = side_of(quote[2], self.day, self.actors)
            if side:
                return Actor("actor", quote[2].start, quote[2].end, quote[2].text, canonical=side[0],
                             actor_type=side[1]), True
        j = self._nearest_earlier(i, self._earlier_actor, lambda j: self._political(j) is not None)
        if j is not None:
            return self._political(j), True
        if self.writer:
            return Actor("actor", -1, -1, "", canonical=self.writer[0], actor_type=self.writer[1]), True
        return None, True

    def _political(self, j: int) -> Actor | None:
        """The political actor an earlier sentence lends (see inherited_actor)."""
        earlier = self.sentences[j]
        political = [a for a in self.candidate_actors(earlier) if a.actor_type in POLITICAL]
        return self.pick_actor(political, earlier.end)

    def _nearest_earlier(self, i: int, memo: dict[int, int | None], has) -> int | None:
        """The first sentence earlier_in_paragraph(i) yields for which has(j) holds, or None. `memo`
        holds, per sentence j already walked, the answer of a walk that reaches j (the walk from j
        down, j included): walks back from later sentences of a paragraph stop where an earlier
        walk went, so each sentence is looked at once."""
        s = self.sentences[i]
        if s.on_item_line:
            return None
        walked = []
        found = None
        j = i - 1
        while j >= 0:
            other = self.sentences[j]
            if other.paragraph != s.paragraph or other.is_heading:
                break
            if j in memo:  # a walk from a later sentence of this paragraph went on from j
                found = memo[j]
                break
            walked.append(j)
            if has(j):
                found = j
                break
            j -= 1
        for k in walked:
            memo[k] = found
        return found

    # --- time -----------------------------------------------------------------------------------
    def times_in(self, s: Sentence) -> list[Time]:
        """Times that can date an amount: `i dag` and datelines (`08.10.2014`) date the text, not the money."""
        key = (s.start, s.end)
        if key not in self._times_in:
            self._times_in[key] = [t for t in self._times.between(s.start, s.end)
                                   if t.resolved and not EVENT_TIME.fullmatch(t.text)]
        return list(self._times_in[key])

    def since_power(self, s: Sentence) -> Time | None:
        m = SINCE_POWER.search(self.text, s.start, s.end)
        if not m:
            return None
        parties = {a.canonical for a in self.actors if m.start("who") <= a.start < m.end("who") and a.actor_type == "party"}
        govs = [g for g in lexicon().governments if parties and parties <= set(g.parties)
                and (self.day is None or g.start <= self.day)]
        if not govs:
            return None
        g = govs[-1]
        return Time("time", m.start(), m.end(), m.group(0), g.start.year, None)

    def sentence_time(self, i: int, anchor: int | None = None) -> tuple[Time | None, bool]:
        s = self.sentences[i]
        found = self.times_in(s)
        if found:
            if anchor is None:
                return found[0], False
            return min(found, key=lambda t: (abs(t.start - anchor), t.start)), False
        since = self.since_power(s)
        if since is not None:
            return since, False
        return self._inherit(self._time_memo, i, anchor, self.inherited_time)

    def inherited_time(self, i: int) -> tuple[Time | None, bool]:
        s = self.sentences[i]
        if s.is_item:
            lead = self.lead_in(i)
            if lead is not None:
                t, _ = self.sentence_time(lead)
                if t is not None:
                    return t, True
        j = self._nearest_earlier(i, self._earlier_time, lambda j: bool(self.times_in(self.sentences[j])))
        if j is not None:
            return self.times_in(self.sentences[j])[-1], True
        # the nearest heading above that names a period
        if self._dated_headings is None:
            self._dated_headings = [j for j, h in enumerate(self.sentences) if h.is_heading and self._period(h)]
        k = bisect_left(self._dated_headings, i) - 1
        if k >= 0:
            return self._period(self.sentences[self._dated_headings[k]])[0], True
        if self.document_time is not None:
            return self.document_time, True
        return None, True

    def _period(self, h: Sentence) -> list[Time]:
        return [t for t in self.times_in(h) if t.from_ is not None and t.to is not None]

    @property
    def document_time(self) -> Time | None:
        """The year a document is about: its first budget year (`statsbudsjettet for 2020`), else its date."""
        if not self._document_time:
            self._document_time.append(self._find_document_time())
        return self._document_time[0]

    def _find_document_time(self) -> Time | None:
        for t in self.times:
            if BUDGET_TIME.search(t.text) and t.from_ is not None and t.from_ == t.to and t.start >= self.ctx.body_start:
                return Time("time", -1, -1, "", t.from_, t.to)
        if self.ctx.year is not None:
            return Time("time", -1, -1, "", self.ctx.year, self.ctx.year)
        return None

    # --- assembling -----------------------------------------------------------------------------
    def amounts(self) -> list[Money | Quantity]:
        if self._amounts is None:
            self._amounts = self._find_amounts()
        return list(self._amounts)

    def _find_amounts(self) -> list[Money | Quantity]:
        out = []
        structure = word_list("structure_nouns.txt")
        for q in self.quantities:
            if is_structure_count(q.unit, structure):
                continue
            if _FOLLOWING.search(self.text[max(0, q.start - 12):q.start]):
                continue
            out.append(q)
        out.extend(self.money)
        out.sort(key=lambda m: m.start)
        return out

    def repeats_body(self, amount, s: Sentence) -> bool:
        """A heading that only repeats an amount of the body is not a record of its own."""
        if not s.is_heading:
            return False
        unit = getattr(amount, "currency", None) or getattr(amount, "unit", None)
        for other in self.amounts():
            if other is amount or other.start < s.end:
                continue
            other_unit = getattr(other, "currency", None) or getattr(other, "unit", None)
            if other.value == amount.value and other_unit == unit:
                return True
        return False

    def counted_noun(self, amount: Quantity) -> MeasureField | None:
        m = _LAST_WORD.search(amount.text)
        if not m or amount.unit in ("%", "prosentpoeng", "person"):
            return None
        start = amount.start + m.start()
        return MeasureField(start, amount.end, m.group(0), amount.unit)

    def measure_of(self, amount, s: Sentence, blockers) -> tuple[MeasureField | None, str | None]:
        if isinstance(amount, Quantity):
            noun = self.counted_noun(amount)
            if noun is not None and find_lexicon_measures(self.text, noun.start, noun.end):
                return noun, "counted"
        found = phrase_for_amount(self.text, (s.start, s.end), (amount.start, amount.end), self._near(blockers, s))
        if found:
            start, end, rule = found
            canonical, _ = canonical_for(self.text, start, end, self.doc)
            return MeasureField(start, end, self.text[start:end], canonical), rule
        if isinstance(amount, Quantity) and amount.unit == "person":
            m = regex.match(r"\s+(?:flere|færre)?\s*(?:som\s+)?(?P<p>[^,.]+?)(?=\s+enn\b|[,.]|$)",
                            self.text[amount.end:s.end])
            if m and m.group("p").strip():
                start = amount.end + m.start("p")
                end = amount.end + m.end("p")
                canonical, _ = canonical_for(self.text, start, end, self.doc)
                return MeasureField(start, end, self.text[start:end], canonical), "clause"
        lex = [m for m in find_lexicon_measures(self.text, s.start, s.end)
               if not (amount.start <= m.start < amount.end)]
        if lex:
            best = min(lex, key=lambda m: abs(m.start - amount.start))
            return MeasureField(best.start, best.end, best.text, best.canonical), "lexicon"
        if isinstance(amount, Money):
            qs = self._quantities.between(s.start, s.end)
            if qs:
                q = qs[0]
                return MeasureField(q.start, q.end, q.text, q.unit), "quantity"
        if isinstance(amount, Quantity):
            noun = self.counted_noun(amount)
            if noun is not None:
                return noun, "counted"
        return None, None

    def _near(self, blockers: list[tuple[int, int]], s: Sentence) -> list[tuple[int, int]]:
        """The blockers phrase_for_amount can use for an amount in sentence s: those that start before
        its end and end after its start (it reads no other; the order of what it reads does not
        matter). Found by bisection when blockers are records()' own, in text order."""
        if blockers is not self._blockers or not blockers:
            return blockers
        starts, longest = self._blocker_starts, self._blocker_longest
        # a blocker that starts at or before s.start - longest ends by s.start
        near = blockers[bisect_right(starts, s.start - longest):bisect_left(starts, s.end)]
        return [b for b in near if b[1] > s.start]

    def actor_field(self, actor: Actor | None, inherited: bool) -> ActorField | None:
        if actor is None:
            return None
        if actor.start < 0:
            return ActorField(None, None, None, actor.canonical, actor.actor_type, True)
        return ActorField(actor.start, actor.end, self.text[actor.start:actor.end], actor.canonical,
                          actor.actor_type, inherited)

    def time_field(self, t: Time | None, inherited: bool) -> TimeField | None:
        if t is None:
            return None
        if t.start < 0:
            return TimeField(None, None, None, t.from_, t.to, None, True)
        return TimeField(t.start, t.end, self.text[t.start:t.end], t.from_, t.to, t.date, inherited)

    def records(self) -> list[ClaimRecord]:
        ctx = self.ctx
        doc_id = ctx.doc_id or "doc"
        amounts = self.amounts()
        blockers = [(a.start, a.end) for a in amounts]
        self._blockers, self._blocker_starts = blockers, [b[0] for b in blockers]
        self._blocker_longest = max((b[1] - b[0] for b in blockers), default=0)
        records: list[ClaimRecord] = []
        last_measure: dict[int, MeasureField] = {}
        change_partner: dict[int, int] = {}
        for k in range(len(amounts) - 1):
            a, b = amounts[k], amounts[k + 1]
            if isinstance(a, Money) and isinstance(b, Money) and a.range == "from" and b.range == "to" \
                    and _TIL.search(self.text[a.end:b.start]):
                change_partner[k] = k + 1
        for k, amount in enumerate(amounts):
            i = self.sentence_index(amount.start)
            if i is None:
                continue
            s = self.sentences[i]
            if self.repeats_body(amount, s):
                continue
            measure, rule = self.measure_of(amount, s, blockers)
            if measure is None and ANAPHOR.search(s.text) and last_measure.get(s.paragraph):
                measure, rule = last_measure[s.paragraph], "anaphor"  # "Til sammen blir dette 60 millioner"
            if measure is not None:
                last_measure[s.paragraph] = measure
            exclude = (measure.start, measure.end) if measure and rule in ("after", "later") else None
            actor, actor_inh = self.sentence_actor(i, amount.start, exclude)
            t, t_inh = self.sentence_time(i, amount.end)
            if t is not None and not t_inh:
                t = self.adjust_time(t, amount, s, k, amounts, change_partner)
            is_money = isinstance(amount, Money)
            unit = amount.currency if is_money else amount.unit
            quote = self.in_quote(amount.start)
            if quote is not None and quote[2] is not None:
                claimant = quote[2].canonical
            else:
                claimant = self.writer[0] if self.writer else None
            record = ClaimRecord(
                claim_id=claim_id(doc_id, amount.start, amount.end, amount.text),
                doc_id=doc_id, doc_date=ctx.date, kind="money" if is_money else "quantity",
                evidence=SpanRef(s.start, s.end, s.text),
                amount=AmountField(amount.start, amount.end, amount.text, amount.value, unit, amount.qualifier,
                                   amount.per, amount.range, bool(getattr(amount, "currency_inferred", False))),
                actor=self.actor_field(actor, actor_inh),
                time=self.time_field(t, t_inh),
                measure=measure,
                claimant=claimant,
                confidence=self.confidence(actor, actor_inh, t, t_inh, rule, amount),
            )
            records.append(record)
        by_amount = {r.amount.start: r for r in records if r.amount}
        for k, partner in change_partner.items():
            a, b = by_amount.get(amounts[k].start), by_amount.get(amounts[partner].start)
            if a and b:
                cid = hashlib.sha1(f"{a.claim_id}:{b.claim_id}".encode()).hexdigest()[:12]
                a.change_id = b.change_id = cid
        records.extend(self.measure_claims({r.evidence.start for r in records}))
        records.sort(key=lambda r: ((r.amount or r.measure).start, r.claim_id))
        return records

    def adjust_time(self, t: Time, amount, s: Sentence, k: int, amounts, change_partner) -> Time:
        """Change pairs and comparisons read a time differently from a plain amount."""
        if k in change_partner and t.start >= amounts[change_partner[k]].end and t.from_ is not None \
                and t.from_ == t.to:
            return Time("time", t.start, t.end, t.text, t.from_ - 1, t.from_ - 1, t.date)
        if regex.match(r"for\s", t.text, regex.IGNORECASE) and t.text.lower().endswith("siden") \
                and COMPARISON.search(s.text) and self.ctx.year is not None:
            return Time("time", t.start, t.end, t.text, t.from_, self.ctx.year, t.date)
        return t

    def measure_claims(self, taken: set[int]) -> list[ClaimRecord]:
        """Sentences with an actor, a policy verb and a measure but no amount: the measure is a lexicon
        measure after the verb, else the verb's object (`Vi har innført et krav om fordypning`)."""
        out = []
        for i, s in enumerate(self.sentences):
            if s.start in taken or s.start < self.ctx.body_start:
                continue
            verb = search_in(self.doc, policy_verb_regex(), s.start, s.end)
            if not verb:
                continue
            actors = [a for a in self.candidate_actors(s) if a.start < verb.start()]
            if not actors:
                continue
            measure = self.object_measure(verb.end(), s)
            if measure is None:
                continue
            t, t_inh = self.sentence_time(i)
            doc_id = self.ctx.doc_id or "doc"
            out.append(ClaimRecord(
                claim_id=claim_id(doc_id, measure.start, measure.end, measure.text), doc_id=doc_id,
                doc_date=self.ctx.date, kind="measure", evidence=SpanRef(s.start, s.end, s.text), amount=None,
                actor=self.actor_field(actors[-1], False), time=self.time_field(t, t_inh), measure=measure,
                claimant=self.writer[0] if self.writer else None, confidence=0.5,
            ))
        return out

    def object_measure(self, start: int, s: Sentence) -> MeasureField | None:
        lexical = find_lexicon_measures(self.text, start, s.end)
        m = OBJECT_START.match(self.text, start, s.end)
        if m:
            end = phrase_end(self.text, m.end(), s.end, [])
            if end - m.end() >= 4 and not (lexical and lexical[0].start >= end):
                canonical, _ = canonical_for(self.text, m.end(), end, self.doc)
                return MeasureField(m.end(), end, self.text[m.end():end], canonical)
        if lexical:
            hit = lexical[0]
            return MeasureField(hit.start, hit.end, hit.text, hit.canonical)
        return None

    @staticmethod
    def confidence(actor, actor_inh, t, t_inh, rule, amount) -> float:
        score = 0.35
        if actor is not None:
            score += 0.1 if actor_inh else 0.2
        if t is not None:
            score += 0.05 if t_inh else 0.1
        if rule in ("after", "modified", "with", "til_x_er"):
            score += 0.2
        elif rule:
            score += 0.1
        if isinstance(amount, Money) and not amount.currency_inferred:
            score += 0.1
        return min(score, 0.99)


@Language.factory("claims_claims")
def make_claims(nlp: Language, name: str):
    register_extensions()

    def claims_component(doc: Doc) -> Doc:
        doc._.claims = Assembler(doc).records()
        return doc

    return claims_component


__all__ = ["Assembler", "analyse_sentences", "government_on"]
