from __future__ import annotations

from pathlib import Path

import pytest

collect_ignore: list[str] = []

EXAMPLES = Path(__file__).parent / "examples"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def examples(name: str) -> list[list[str]]:
    """Rows of an example table (tests/examples/<name>), comments skipped; "-" cells become None."""
    rows = []
    for line in (EXAMPLES / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([None if cell == "-" else cell for cell in line.split("\t")])
    return rows


@pytest.fixture(scope="session")
def nlp_blank():
    from pipeline.nlp import build_nlp

    return build_nlp("blank")


@pytest.fixture(scope="session")
def run_text(nlp_blank):
    from pipeline.io import make_document
    from pipeline.nlp import make_doc

    def run(text: str, date: str | None = None, doc_id: str = "t"):
        return nlp_blank(make_doc(nlp_blank, make_document(doc_id, text, {"date": date})))

    return run


@pytest.fixture
def linked_folder(tmp_path):
    """A folder `in` with one article `a.txt` and a link `b.txt` to an article outside it."""
    outside = tmp_path / "outside.txt"
    outside.write_text("Fylket får 2 millioner kroner.", encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Kommunen får 5 millioner kroner.", encoding="utf-8")
    (folder / "b.txt").symlink_to(outside)
    return folder
