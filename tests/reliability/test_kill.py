"""kill -9 at a random moment: `claims import` leaves the folder as it was before or after, never a
half-applied import; `claims annotate` leaves every file old or new. A few trials here; `make stress`
runs 20 of the import (bench/stress.py)."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time

from bench.stress import kill_import_trials
from pipeline.io import make_document
from pipeline.review import store
from pipeline.review.commands import annotate_document
from pipeline.review.edits import Reviewer, apply_action
from tests.review.helpers import TEXT, FakeExtractor

from .conftest import ROOT

ME = Reviewer("ann", "2026-11-24T12:00:00Z")


def test_an_import_killed_at_random_leaves_the_folder_before_or_after(tmp_path):
    outcomes = kill_import_trials(tmp_path, trials=3, seed=7)
    assert all(outcome.split()[0] in ("before", "after") for outcome in outcomes), outcomes

KILL_LOOP = """
import sys
from pathlib import Path
from pipeline.io import make_document
from pipeline.review.commands import annotate_document
from tests.review.helpers import FakeExtractor
texts = [sys.argv[2], sys.argv[3]]
folder = Path(sys.argv[1])
n = 0
while True:
    for i in range(4):
        annotate_document(make_document(f"doc{i}", texts[n % 2]), FakeExtractor(), folder)
    n += 1
    print(n, flush=True)
"""


def test_killing_annotate_at_any_moment_leaves_every_file_old_or_new(tmp_path):
    text_a, text_b = TEXT, "Ny ingress.\n" + TEXT
    expected: dict[str, set[str]] = {}
    for name, text in (("a", text_a), ("b", text_b)):  # the two states each file may be in
        folder = tmp_path / name
        for i in range(4):
            seed = make_document(f"doc{i}", text_a)
            annotate_document(seed, FakeExtractor(), folder)
            records = store.read_records(folder, f"doc{i}")
            store.write_records(folder, f"doc{i}", apply_action(records, records[0]["claim_id"], "accept", None, ME))
            annotate_document(make_document(f"doc{i}", text), FakeExtractor(), folder)
            for path in folder.glob(f"doc{i}.*"):
                expected.setdefault(path.name, set()).add(path.read_text(encoding="utf-8"))
    live = tmp_path / "live"
    shutil.copytree(tmp_path / "a", live)
    rng = random.Random(5)
    for _ in range(4):
        proc = subprocess.Popen([sys.executable, "-c", KILL_LOOP, str(live), text_a, text_b], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        proc.stdout.readline()  # it has done a round: imports are over, writes are under way
        time.sleep(rng.uniform(0.0, 0.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        for path in live.iterdir():
            if path.name.endswith(".tmp") or path.name == ".lock":
                continue  # a temp file a killed writer left behind is never read
            assert path.read_text(encoding="utf-8") in expected[path.name], path.name
