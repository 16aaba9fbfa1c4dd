from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "corpus"


def doc_text(n: int) -> str:
    return (f"Regjeringen foreslår å bruke {n + 10} millioner kroner på skolen i 2024.\n\n"
            f"Kommunen får {n + 3} nye lærere. Det er fint vær i dag.")


def write_txt(folder: Path, count: int, start: int = 0) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    for n in range(start, start + count):
        doc_id = f"doc{n:04d}"
        (folder / f"{doc_id}.txt").write_text(doc_text(n), encoding="utf-8")
        ids.append(doc_id)
    return ids


def shard_records(out: Path) -> list[dict]:
    """Every record in every shard file, in shard order (what a naive reader of the folder sees)."""
    records = []
    for path in sorted(out.glob("claims-*.jsonl")):
        records += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return records


def shard_text(out: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(out.glob("claims-*.jsonl")))


def errors(out: Path) -> list[dict]:
    path = out / "errors.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture
def batch(capsys):
    """Run `claims batch ...` in-process; returns (exit code, summary line)."""
    from pipeline.cli import main

    def run(*args: str) -> tuple[int, str]:
        code = main(["batch", *map(str, args), "--model", "blank", "--quiet", "--workers", "1"])
        err = capsys.readouterr().err
        lines = [line for line in err.splitlines() if line.startswith("claims batch:")]
        return code, lines[-1] if lines else err

    return run
