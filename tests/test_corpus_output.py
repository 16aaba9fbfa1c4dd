"""Properties of the claim records of the whole bundled corpus (corpus/): what a measure never is."""

from pathlib import Path

import pytest

from pipeline.claims.assemble import FINITE_LEAD
from pipeline.claims.measures import DETERMINERS
from pipeline.lang.data import word_list

ROOT = Path(__file__).resolve().parents[1]
PRONOUNS = {"det", "dette", "den", "denne", "disse", "de", "dem", "han", "hun", "vi", "oss", "jeg", "dere", "seg"}


@pytest.fixture(scope="module")
def records():
    from pipeline.extract import Extractor
    from pipeline.io import InputError, read_inputs

    extractor = Extractor()
    out = []
    for document in read_inputs([str(ROOT / "corpus")]):
        assert not isinstance(document, InputError), document
        out.extend(extractor.extract(document))
    assert len(out) > 500
    return out


def test_no_measure_is_a_pronoun_determiner_verb_or_time(records):
    past = word_list("past_tense.txt")
    bad = []
    for r in records:
        m = r.get("measure")
        if not m:
            continue
        words = m["text"].lower().split()
        if len(words) == 1 and (words[0] in PRONOUNS or words[0] in DETERMINERS):
            bad.append(("pronoun or determiner", m["text"]))
        if (len(words) == 1 and words[0] in past) or FINITE_LEAD.match(m["text"]):
            bad.append(("verb", m["text"]))
        t = r.get("time") or {}
        if t.get("start") is not None and (t["start"], t["end"]) == (m["start"], m["end"]):
            bad.append(("time", m["text"]))
    assert bad == []


def test_no_measure_holds_a_sum_or_a_percentage(records):
    sums = {}
    for r in records:
        a = r.get("amount")
        if a and (r["kind"] == "money" or a.get("unit") == "%"):
            sums.setdefault(r["doc_id"], []).append((a["start"], a["end"]))
    bad = [(r["doc_id"], r["measure"]["text"]) for r in records if r.get("measure")
           and any(s < r["measure"]["end"] and r["measure"]["start"] < e for s, e in sums.get(r["doc_id"], []))]
    assert bad == []


def test_no_actor_name_runs_over_a_line_break(records):
    bad = [(r["doc_id"], r["actor"]["canonical"]) for r in records
           if r.get("actor") and "\n" in (r["actor"].get("canonical") or "")]
    assert bad == []
