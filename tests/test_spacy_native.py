"""The shipped pipeline is a spaCy pipeline: in a fresh interpreter, with nothing of ours imported,
`spacy.load` gives it (factories through entry points) and `nlp(text)` gives the CLI's records."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.io import dumps
from pipeline.nlp import SHIPPED_MODEL

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = "2010-hod-samhandling"
TEXT = "Regjeringen foreslår 300 millioner kroner til nye sykehjemsplasser neste år, sier Kari Nordmann (Ap)."

FRESH = """
import json, sys
import spacy
assert not any(name == "pipeline" or name.startswith("pipeline.") for name in sys.modules)
nlp = spacy.load(sys.argv[1])
text, meta = sys.argv[2], json.loads(sys.argv[3])
if meta:
    from pipeline.document import set_context
    doc = nlp(set_context(nlp.make_doc(text), **meta))
else:
    doc = nlp(text)
groups = {name: [(s.start_char, s.end_char, s._.mention.text if s._.mention else s.text) for s in doc.spans[name]]
          for name in sorted(doc.spans)}
print(json.dumps({"claims": doc._.claims, "groups": groups}, ensure_ascii=False))
"""

pytestmark = pytest.mark.skipif(not (SHIPPED_MODEL / "config.cfg").exists(), reason="no shipped model")


def fresh(model: str, text: str, meta: dict) -> dict:
    done = subprocess.run([sys.executable, "-c", FRESH, model, text, json.dumps(meta)], cwd="/",
                          capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def cli(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8")
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("model", ["nb_claims_sm", str(SHIPPED_MODEL)])
def test_a_corpus_article_gives_the_pinned_records(model):
    meta = next(json.loads(line) for line in (ROOT / "corpus" / "meta.jsonl").read_text(encoding="utf-8").splitlines()
                if json.loads(line)["id"] == ARTICLE)
    text = (ROOT / "corpus" / f"{ARTICLE}.txt").read_text(encoding="utf-8")
    got = fresh(model, text, {"doc_id": ARTICLE, "date": meta["date"], "publisher": meta["publisher"],
                              "author": meta.get("author"), "title": meta.get("title"), "genre": meta.get("genre")})
    pinned = [line for line in (ROOT / "tests" / "snapshots" / "corpus.records.jsonl").read_text(encoding="utf-8")
              .splitlines() if json.loads(line)["doc_id"] == ARTICLE]
    assert pinned and [dumps(r) for r in got["claims"]] == pinned


def test_plain_text_gives_what_claims_extract_text_writes():
    got = fresh("nb_claims_sm", TEXT, {})
    assert "".join(dumps(r) + "\n" for r in got["claims"]) == cli("extract", "--text", TEXT, "--quiet")
    assert sorted(got["groups"]) == ["actor", "heading", "list_item", "measure", "money", "quantity", "quote", "time"]
    assert got["groups"]["money"] == [[21, 41, "300 millioner kroner"]]
    assert [TEXT[s:e] == t for s, e, t in got["groups"]["time"]] == [True]


def test_a_date_on_the_doc_gives_what_the_date_option_gives():
    got = fresh("nb_claims_sm", TEXT, {"date": "6. oktober 2023"})
    assert "".join(dumps(r) + "\n" for r in got["claims"]) == cli("extract", "--text", TEXT, "--date", "2023-10-06",
                                                                   "--quiet")
