"""Records and mentions pinned byte for byte: a change of structure must not change what the
pipeline writes. `UPDATE_SNAPSHOTS=1 pytest tests/test_snapshot.py` rewrites the pins after a
change of behaviour that was meant (say which in the commit message).

The corpus is the project's own text and is pinned as written; records of the seeds (../shared)
hold their sentences, so they are pinned as one sha256 per record line, never as text.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SHARED

ROOT = Path(__file__).resolve().parents[1]
PINS = Path(__file__).parent / "snapshots"
UPDATE = os.environ.get("UPDATE_SNAPSHOTS") == "1"
#: the corpus documents the pins cover (articles added later are not pinned here)
PINNED_CORPUS = PINS / "corpus.ids"


def claims(*args: str, cwd: Path = ROOT) -> str:
    done = subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True,
                          text=True, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    return done.stdout


def pinned_inputs(tmp_path: Path) -> str:
    """A folder holding the pinned corpus articles and their metadata lines."""
    ids = PINNED_CORPUS.read_text(encoding="utf-8").split()
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc_id in ids:
        (folder / f"{doc_id}.txt").write_bytes((ROOT / "corpus" / f"{doc_id}.txt").read_bytes())
    meta = [line for line in (ROOT / "corpus" / "meta.jsonl").read_text(encoding="utf-8").splitlines()
            if any(f'"id": "{doc_id}"' in line for doc_id in ids)]
    (folder / "meta.jsonl").write_text("\n".join(meta) + "\n", encoding="utf-8")
    return str(folder)


def check(name: str, got: str) -> None:
    pin = PINS / name
    if UPDATE:
        pin.write_text(got, encoding="utf-8")
    want = pin.read_text(encoding="utf-8")
    if got != want:
        got_lines, want_lines = got.splitlines(), want.splitlines()
        first = next((i for i, (a, b) in enumerate(zip(got_lines, want_lines, strict=False)) if a != b),
                     min(len(got_lines), len(want_lines)))
        pytest.fail(f"{name}: output differs from the pin at line {first + 1} "
                    f"({len(got_lines)} lines now, {len(want_lines)} pinned)")


def hashed(jsonl: str) -> str:
    return "".join(hashlib.sha256(line.encode()).hexdigest() + "\n" for line in jsonl.splitlines())


def test_corpus_records_with_the_shipped_model(tmp_path):
    out = tmp_path / "r.jsonl"
    claims("extract", pinned_inputs(tmp_path), "-o", str(out), "--quiet")
    check("corpus.records.jsonl", out.read_text(encoding="utf-8"))


def test_corpus_records_rules_only(tmp_path):
    out = tmp_path / "r.jsonl"
    claims("extract", pinned_inputs(tmp_path), "--model", "blank", "-o", str(out), "--quiet")
    check("corpus.records.blank.jsonl", out.read_text(encoding="utf-8"))


def test_corpus_mentions_rules_only(tmp_path):
    check("corpus.mentions.blank.jsonl", claims("mentions", pinned_inputs(tmp_path), "--model", "blank"))


@pytest.mark.skipif(not (SHARED / "seeds").exists(), reason="../shared/seeds is not beside the checkout")
def test_seed_records_with_the_shipped_model(tmp_path):
    out = tmp_path / "r.jsonl"
    claims("extract", str(SHARED / "seeds"), "-o", str(out), "--quiet")
    check("seeds.records.sha256", hashed(out.read_text(encoding="utf-8")))
