"""`make stress`: the long versions of the reliability checks (issue 19), each printed as one line: what
was done, the figures (wall time, peak RSS of the process), the target and whether it was met.

- linear time: rules-only records on money-dense text (corpus paragraphs that hold amounts) of 200k and
  400k characters; a 1.2M-character document through `claims extract` with the shipped model;
- bounded resources: a .jsonl.gz whose second line expands to 1 GiB (the gzip bomb) between two good
  documents; 1 GiB of gzipped blank lines; a 1 GiB and a 256 MiB CSV import; a 256 MiB Label Studio
  export; the review server's body limits;
- writes: a user's files in `batch --out`; `claims import` killed at random (20 trials); the review
  server while another process holds the folder lock;
- bad input: every command on files that are not what it expects (no traceback).

The short versions run in `make test` (tests/reliability/), several of them through the helpers here.
Generated files live in a temporary folder (TMPDIR) and are removed at the end.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
ANNOTATIONS = REPO / "annotations"
GOOD = [{"id": "good-before", "text": "Regjeringen foreslår 450 millioner kroner til skolen i 2024.", "date": "2023-10-06"},
        {"id": "good-after", "text": "Kommunen får 38 nye lærere og 12 millioner kroner i 2024.", "date": "2023-10-06"}]
MIB = 1 << 20


# ---------------------------------------------------------------------------------------------
# running a command and measuring it
# ---------------------------------------------------------------------------------------------
@dataclass
class Run:
    returncode: int
    seconds: float
    rss_mb: float
    stdout: str
    stderr: str


#: Runs a command and prints its exit status and peak RSS (KiB). A process started straight from this
#: one would report this one's RSS as its own peak (Linux counts the memory a child had before its exec),
#: so a small interpreter in between starts it: its own few MB are all that can be added.
LAUNCHER = """
import os, sys
pid = os.posix_spawn(sys.argv[1], sys.argv[1:], os.environ)
_, status, usage = os.wait4(pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss, file=sys.stderr)
"""


def claims(*argv, cwd: Path = REPO) -> Run:
    """`claims ARGV` in a fresh process: exit status, wall time and the process's peak RSS."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-S", "-c", LAUNCHER, sys.executable, "-m", "pipeline", *map(str, argv)],
                       cwd=cwd, stdout=out, stderr=err, check=False)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
        stderr, _, last = stderr.rstrip("\n").rpartition("\n")
        code, rss = last.split() if " " in last else (last or "-1", "0")
        return Run(int(code), seconds, int(rss) / 1024, out.read().decode("utf-8", "replace"), stderr)


def report(name: str, figures: str, target: str, met: bool) -> bool:
    print(f"{'ok  ' if met else 'FAIL'} {name}: {figures} (target: {target})", flush=True)
    return met


# ---------------------------------------------------------------------------------------------
# generated inputs
# ---------------------------------------------------------------------------------------------
def money_paragraphs() -> list[str]:
    """The corpus's paragraphs that hold an amount."""
    paragraphs = []
    for path in sorted(CORPUS.glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            if re.search(r"\d.*(kroner|millioner|milliarder|prosent)", paragraph):
                paragraphs.append(paragraph.strip())
    return paragraphs


def money_dense_text(chars: int) -> str:
    """Money-dense text of exactly `chars` characters: the corpus's amount paragraphs, repeated."""
    unit = "\n\n".join(money_paragraphs()) + "\n\n"
    return (unit * (chars // len(unit) + 1))[:chars]


def write_gzip_jsonl(path: Path, middle, level: int = 6) -> None:
    """A .jsonl.gz of the good document, then what `middle(fh)` writes, then the other good document."""
    with gzip.open(path, "wb", compresslevel=level) as fh:
        fh.write((json.dumps(GOOD[0], ensure_ascii=False) + "\n").encode())
        middle(fh)
        fh.write((json.dumps(GOOD[1], ensure_ascii=False) + "\n").encode())


def write_gzip_bomb(path: Path, line_bytes: int) -> None:
    """The gzip bomb: a line of `line_bytes` (a document of x's) between two good documents."""
    def huge_line(fh):
        fh.write(b'{"id": "bomb", "text": "')
        block = b"x" * MIB
        for _ in range(line_bytes // MIB):
            fh.write(block)
        fh.write(b"x" * (line_bytes % MIB) + b'"}\n')
    write_gzip_jsonl(path, huge_line, level=9)


def write_blank_lines(path: Path, total: int) -> None:
    def blanks(fh):
        block = b"\n" * MIB
        for _ in range(total // MIB):
            fh.write(block)
    write_gzip_jsonl(path, blanks)


def annotation_copy(folder: Path) -> Path:
    shutil.copytree(ANNOTATIONS, folder, ignore=shutil.ignore_patterns(".lock", ".*"))
    return folder


def folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.startswith(".")}


def exported_csv_rows(folder: Path) -> tuple[list[str], list[dict]]:
    from pipeline.review.interop import export

    out = folder.parent / "export.csv"
    export("csv", folder, out)
    reader = csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";")
    rows = list(reader)
    out.unlink()
    return list(reader.fieldnames), rows


def write_csv(path: Path, columns: list[str], rows: list[dict], size: int | None = None) -> None:
    """The rows as a CSV (as exported); repeated until the file is `size` bytes, when given."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, delimiter=";", lineterminator="\r\n")
    writer.writerows(rows)
    body = buf.getvalue().encode("utf-8")
    with open(path, "wb") as fh:
        fh.write(("\ufeff" + ";".join(columns) + "\r\n").encode("utf-8"))
        written = 0
        while True:
            fh.write(body)
            written += len(body)
            if size is None or written >= size:
                break


def labelstudio_submission(folder: Path, path: Path, size: int) -> None:
    """The Label Studio tasks of `folder`, each submitted as predicted, repeated until `size` bytes."""
    from pipeline.review.interop import export

    export("labelstudio", folder, path)
    tasks = json.loads(path.read_text(encoding="utf-8"))
    for task in tasks:
        task["annotations"] = [{"id": 1, "result": task["predictions"][0]["result"]}]
    body = ",\n".join(json.dumps(task, ensure_ascii=False) for task in tasks).encode("utf-8")
    with open(path, "wb") as fh:
        fh.write(b"[\n")
        written = 0
        while True:
            fh.write(body)
            written += len(body)
            if written >= size:
                break
            fh.write(b",\n")
        fh.write(b"\n]\n")


# ---------------------------------------------------------------------------------------------
# kill -9 during claims import
# ---------------------------------------------------------------------------------------------
@dataclass
class ImportCase:
    """An annotation folder, a CSV that changes every document in it, and the folder before and after."""
    folder: Path
    csv: Path
    before: dict[str, bytes]
    after: dict[str, bytes]


def import_case(root: Path) -> ImportCase:
    from pipeline.review.interop import import_

    folder = annotation_copy(root / "annotations")
    columns, rows = exported_csv_rows(folder)
    for n, row in enumerate(rows):
        row["note"] = f"checked ({n})"
    path = root / "notes.csv"
    write_csv(path, columns, rows)
    clean = shutil.copytree(folder, root / "clean")
    import_("csv", path, clean, annotator="stress")
    after = folder_state(clean)
    shutil.rmtree(clean)
    return ImportCase(folder, path, folder_state(folder), after)


def writing(folder: Path) -> bool:
    """Whether an import has begun to write: a temp, staged or journal file is there."""
    return any(p.name.startswith(".") and p.name != ".lock" for p in folder.iterdir())


def kill_import_once(case: ImportCase, delay: float) -> str:
    """Start `claims import`, SIGKILL it `delay` seconds after it begins to write, let the next tool to take
    the lock recover, and say which state the folder is in: before, after, or between (a half import)."""
    from pipeline.review import store

    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "import", "--format", "csv", str(case.csv),
                             "--annotations", str(case.folder), "--annotator", "stress"], cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while proc.poll() is None and not writing(case.folder):
        time.sleep(0.0005)
    time.sleep(delay)
    finished = proc.poll() is not None
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with store.locked(case.folder):  # what the review server, annotate or the next import does first
        pass
    state = folder_state(case.folder)
    outcome = "before" if state == case.before else "after" if state == case.after else "between"
    for name, content in case.before.items():  # back to the start for the next trial
        (case.folder / name).write_bytes(content)
    return f"{outcome} (finished)" if finished else outcome


def write_window(case: ImportCase) -> float:
    """Seconds an import spends writing: from its first temp file to the last staged file or journal
    gone (a clean run, then the folder put back)."""
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "import", "--format", "csv", str(case.csv),
                             "--annotations", str(case.folder)], cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while proc.poll() is None and not writing(case.folder):
        time.sleep(0.0005)
    started = time.perf_counter()
    while writing(case.folder):
        time.sleep(0.0005)
    window = time.perf_counter() - started
    proc.wait()
    for name, content in case.before.items():
        (case.folder / name).write_bytes(content)
    return max(window, 0.01)


def kill_import_trials(root: Path, trials: int, seed: int = 19) -> list[str]:
    """`trials` imports killed at random moments while they write; the state each one left."""
    case = import_case(root)
    window = write_window(case)
    rng = random.Random(seed)
    # every other kill lands in the last fifth of the writing, where the journal is written and the
    # staged files replace the old ones (the staging before it takes most of the time)
    return [kill_import_once(case, rng.uniform(0 if n % 2 == 0 else 0.8 * window, window)) for n in range(trials)]


# ---------------------------------------------------------------------------------------------
# bad input: every command, no traceback
# ---------------------------------------------------------------------------------------------
#: Command lines that give each command input it cannot use; {r} is the folder of write_bad_files.
BAD_COMMANDS = [
    ["extract", "--model", "blank", "{r}/a.txt", "-o", "{r}/ann"],
    ["extract", "--model", "blank", "{r}/nowhere.txt", "{r}/binary.txt", "{r}/empty", "{r}/truncated.jsonl.gz",
     "{r}/lines.jsonl"],
    ["extract", "--model", "no-such-model", "{r}/a.txt"],
    ["extract", "--model", "blank", "--meta", "{r}/nowhere.jsonl", "{r}/a.txt"],
    ["extract", "--model", "blank", "--date", "not-a-date", "{r}/a.txt"],
    ["mentions", "--model", "blank", "{r}/lines.jsonl", "{r}/binary.txt"],
    ["batch", "--model", "blank", "{r}/a.txt", "--out", "{r}/a.txt"],
    ["batch", "--model", "blank", "--workers", "1", "--quiet", "{r}/lines.jsonl", "--out", "{r}/batch-out"],
    ["annotate", "--model", "blank", "{r}/a.txt", "--annotations", "{r}/a.txt"],
    ["eval", "--gold", "{r}/gold.jsonl", "--pred", "{r}/a.txt"],
    ["eval", "--gold", "{r}/ann", "--pred", "{r}/binary.txt"],
    ["export", "--format", "csv", "--annotations", "{r}/nowhere", "-o", "{r}/x.csv"],
    ["export", "--format", "xlsx", "--annotations", "{r}/ann", "-o", "{r}/empty"],
    ["import", "--format", "labelstudio", "{r}/ls.json", "--annotations", "{r}/ann"],
    ["import", "--format", "labelstudio", "{r}/binary.txt", "--annotations", "{r}/ann"],
    ["import", "--format", "csv", "{r}/bad.csv", "--annotations", "{r}/ann"],
    ["import", "--format", "csv", "{r}/bad.csv", "--annotations", "{r}/nowhere"],
    ["review", "--annotations", "{r}/a.txt"],
    ["report", "{r}/empty", "-o", "{r}/report.html"],
    ["report", "{r}/gold.jsonl", "-o", "{r}/report.html"],
    ["report", "--model", "blank", "{r}/binary.txt", "-o", "{r}/report.html"],
]


def write_bad_files(root: Path) -> None:
    """The files BAD_COMMANDS name: text that is binary, a cut .gz, JSONL lines of every wrong kind …"""
    root.mkdir(parents=True, exist_ok=True)
    (root / "a.txt").write_text("Kommunen får 5 millioner kroner.", encoding="utf-8")
    (root / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (root / "empty").mkdir(exist_ok=True)
    (root / "ann").mkdir(exist_ok=True)
    (root / "truncated.jsonl.gz").write_bytes(gzip.compress(b'{"id": "x", "text": "hei"}\n' * 50)[:40])
    (root / "lines.jsonl").write_text('{"id": "ok", "text": "Hei."}\n{oops\n[1]\n{"id": [1], "text": "x"}\n'
                                      '{"id": "d", "text": "x", "date": "not-a-date"}\n{"id": "n", "text": "x", "date": NaN}\n'
                                      '{"id": "s", "text": "\\ud800"}\n' + "[" * 100_000 + "\n", encoding="utf-8")
    (root / "gold.jsonl").write_text('{"claim_id": "x"\n', encoding="utf-8")
    (root / "ls.json").write_text('[{"data": {"doc_id": 5, "text": null}, "annotations": [{"result": null}]}]',
                                  encoding="utf-8")
    (root / "bad.csv").write_text("doc_id;claim_id;status\r\n../x;1e400;maybe\r\n", encoding="utf-8")


def bad_inputs(root: Path) -> list[list[str]]:
    """BAD_COMMANDS with their files written under `root`."""
    write_bad_files(root)
    return [[arg.replace("{r}", str(root)) for arg in argv] for argv in BAD_COMMANDS]


# ---------------------------------------------------------------------------------------------
# the review server, for real: uvicorn in its own process
# ---------------------------------------------------------------------------------------------
LOCK_HOLDER = """
import sys
from pipeline.review import store
with store.locked(sys.argv[1]):
    print("locked", flush=True)
    sys.stdin.read()
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def review_server_checks(root: Path) -> bool:
    import httpx

    folder = annotation_copy(root / "review")
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "pipeline", "review", "--annotations", str(folder), "--port",
                               str(port)], cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    holder = None
    ok = True
    try:
        base = f"http://127.0.0.1:{port}"
        client = httpx.Client(base_url=base, timeout=30)
        for _ in range(200):
            try:
                client.get("/")
                break
            except httpx.TransportError:
                time.sleep(0.1)
        doc_id = sorted(p.name[:-6] for p in folder.glob("*.jsonl"))[0]
        doc = client.get(f"/api/docs/{doc_id}").json()
        claim = doc["records"][0]["claim_id"]
        url = f"/api/docs/{doc_id}/claims/{claim}"
        accept = {"action": "accept", "version": doc["claim_versions"][claim]}
        before = folder_state(folder)

        big = client.post(url, content=b'{"note": "' + b"n" * (20 * MIB) + b'"}',
                          headers={"Content-Type": "application/json"})
        deep = client.post(url, content=b'{"a": ' * 100_000 + b"1" + b"}" * 100_000,
                           headers={"Content-Type": "application/json"})
        ok &= report("review API, 20 MB body and 100,000-deep JSON",
                     f"{big.status_code} and {deep.status_code}, files unchanged: {folder_state(folder) == before}",
                     "413 and 400, nothing saved", (big.status_code, deep.status_code) == (413, 400)
                     and folder_state(folder) == before)

        holder = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(folder)], cwd=REPO, stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, text=True)
        holder.stdout.readline()
        writes, reads = [], []
        for _ in range(10):
            started = time.perf_counter()
            response = client.post(url, json=accept)
            writes.append((response.status_code, time.perf_counter() - started))
            for path in ("/", f"/docs/{doc_id}", f"/api/docs/{doc_id}"):
                started = time.perf_counter()
                response = client.get(path)
                reads.append((response.status_code, time.perf_counter() - started))
        slowest = max(seconds for _, seconds in writes + reads)
        ok &= report("review server while another process holds the folder lock",
                     f"10 saves: {sorted({code for code, _ in writes})}, 30 reads: {sorted({code for code, _ in reads})}, "
                     f"slowest answer {slowest:.2f} s",
                     "saves 503, reads 200, every answer within 1 s",
                     {code for code, _ in writes} == {503} and {code for code, _ in reads} == {200} and slowest < 1.0)
        holder.stdin.close()
        holder.wait(timeout=10)
        saved = client.post(url, json=accept)
        ok &= report("review server once the lock is free", f"save {saved.status_code}", "200",
                     saved.status_code == 200)
    finally:
        if holder is not None and holder.poll() is None:
            holder.kill()
        server.terminate()
        server.wait(timeout=10)
    return ok


# ---------------------------------------------------------------------------------------------
# the checks
# ---------------------------------------------------------------------------------------------
def check_scaling(root: Path) -> bool:
    from pipeline.extract import Extractor
    from pipeline.io import make_document

    extractor = Extractor("blank")
    extractor.extract(make_document("warm", money_dense_text(5_000), {"date": "2023-10-06"}))
    best = {}
    for _ in range(2):  # best of two, the sizes taken in turn
        for size in (200_000, 400_000):
            document = make_document("scale", money_dense_text(size), {"date": "2023-10-06"})
            started = time.perf_counter()
            extractor.extract(document)
            best[size] = min(best.get(size, float("inf")), time.perf_counter() - started)
    ratio = best[400_000] / best[200_000]
    ok = report("money-dense text, rules only, 200k vs 400k characters",
                f"{best[200_000]:.1f} s / {best[400_000]:.1f} s, ratio {ratio:.2f}", "ratio <= 2.5", ratio <= 2.5)

    path = root / "long.txt"
    path.write_text(money_dense_text(1_200_000), encoding="utf-8")
    run = claims("extract", path, "--date", "2023-10-06", "-o", root / "long.jsonl")
    records = len((root / "long.jsonl").read_text(encoding="utf-8").splitlines()) if run.returncode == 0 else 0
    ok &= report("a 1,200,000-character document, shipped model", f"exit {run.returncode}, {records:,} records, "
                 f"{run.seconds:.0f} s, peak RSS {run.rss_mb:,.0f} MB", "extracted", run.returncode == 0 and records > 0)
    return ok


def check_gzip(root: Path) -> bool:
    bomb = root / "bomb.jsonl.gz"
    write_gzip_bomb(bomb, 1 << 30)
    run = claims("extract", "--model", "blank", bomb, "-o", root / "bomb.jsonl")
    extracted = {json.loads(line)["doc_id"] for line in (root / "bomb.jsonl").read_text().splitlines()} \
        if (root / "bomb.jsonl").exists() else set()
    named = f"{bomb}:2" in run.stderr
    ok = report(f"gzip bomb ({bomb.stat().st_size / MIB:.1f} MB file, a 1 GiB line) between two good documents",
                f"{run.seconds:.1f} s, peak RSS {run.rss_mb:,.0f} MB, line named: {named}, "
                f"good documents extracted: {sorted(extracted)}",
                "under 10 s and 500 MB, named, both good documents extracted",
                run.seconds < 10 and run.rss_mb < 500 and named and extracted == {"good-before", "good-after"})
    bomb.unlink()

    blanks = root / "blank.jsonl.gz"
    write_blank_lines(blanks, 1 << 30)
    run = claims("extract", "--model", "blank", blanks, "-o", root / "blank.jsonl")
    extracted = {json.loads(line)["doc_id"] for line in (root / "blank.jsonl").read_text().splitlines()} \
        if (root / "blank.jsonl").exists() else set()
    ok &= report("1 GiB of gzipped blank lines between two good documents",
                 f"{run.seconds:.1f} s, peak RSS {run.rss_mb:,.0f} MB, extracted: {sorted(extracted)}",
                 "under 30 s (was about 5 minutes), both documents extracted",
                 run.seconds < 30 and extracted == {"good-before", "good-after"})
    blanks.unlink()
    return ok


def check_imports(root: Path) -> bool:
    folder = annotation_copy(root / "imports")
    columns, rows = exported_csv_rows(folder)
    before = folder_state(folder)
    ok = True
    for size, expect in ((256 * MIB, "clean"), (1 << 30, "refused")):
        path = root / "big.csv"
        write_csv(path, columns, rows, size)
        run = claims("import", "--format", "csv", path, "--annotations", folder)
        outcome = "clean, 0 files changed" if run.returncode == 0 and "0 files changed" in run.stderr else \
            run.stderr.strip().splitlines()[0][:150] if run.stderr.strip() else f"exit {run.returncode}"
        ok &= report(f"CSV import of {path.stat().st_size / MIB:,.0f} MiB ({expect})",
                     f"{run.seconds:.0f} s, peak RSS {run.rss_mb:,.0f} MB; {outcome}",
                     "peak RSS under 500 MB, nothing written",
                     run.rss_mb < 500 and folder_state(folder) == before
                     and (run.returncode == 0 if expect == "clean" else run.returncode == 1))
        path.unlink()
    path = root / "big-ls.json"
    labelstudio_submission(folder, path, 256 * MIB)
    run = claims("import", "--format", "labelstudio", path, "--annotations", folder)
    ok &= report(f"Label Studio import of {path.stat().st_size / MIB:,.0f} MiB (the corpus submitted unchanged, repeated)",
                 f"exit {run.returncode}, {run.seconds:.0f} s, peak RSS {run.rss_mb:,.0f} MB",
                 "peak RSS under 500 MB, nothing changed",
                 run.returncode == 0 and run.rss_mb < 500 and folder_state(folder) == before)
    path.unlink()
    return ok


def check_batch_out(root: Path) -> bool:
    out = root / "batch-out"
    out.mkdir()
    (out / "claims-00007.jsonl").write_text("mine\n")
    (out / "claims-12.parquet").write_text("mine too\n")
    run = claims("batch", "--model", "blank", "--quiet", CORPUS, "--out", out)
    kept = (out / "claims-00007.jsonl").read_text() == "mine\n" and (out / "claims-12.parquet").read_text() == "mine too\n"
    return report("claims batch --out holding a user's claims-00007.jsonl and claims-12.parquet",
                  f"exit {run.returncode}, files kept: {kept}", "exit 2, both kept", run.returncode == 2 and kept)


def check_kills(root: Path, trials: int) -> bool:
    outcomes = kill_import_trials(root, trials)
    counts = {name: sum(1 for o in outcomes if o.split()[0] == name) for name in ("before", "after", "between")}
    finished = sum(1 for o in outcomes if "finished" in o)
    return report(f"claims import killed at random ({trials} trials, 41 documents changed each)",
                  f"before {counts['before']}, after {counts['after']} ({finished} had finished), "
                  f"between {counts['between']}", "between 0", counts["between"] == 0)


def check_bad_input(root: Path) -> bool:
    tracebacks = []
    for argv in bad_inputs(root):
        run = claims(*argv)
        if "Traceback" in run.stderr or run.returncode not in (1, 2):
            tracebacks.append(f"{' '.join(argv[:2])} -> exit {run.returncode}")
    cases = len(bad_inputs(root))
    return report(f"every command on bad input ({cases} command lines)", f"{len(tracebacks)} with a traceback or "
                  f"exit 0{': ' + '; '.join(tracebacks) if tracebacks else ''}", "none", not tracebacks)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=20, help="claims import kill trials (default 20)")
    parser.add_argument("--only", help="comma-separated: scaling, gzip, imports, review, batch, kills, bad-input")
    args = parser.parse_args(argv)
    checks = {"scaling": check_scaling, "gzip": check_gzip, "imports": check_imports, "review": review_server_checks,
              "batch": check_batch_out, "kills": lambda root: check_kills(root, args.kills),
              "bad-input": check_bad_input}
    chosen = args.only.split(",") if args.only else list(checks)
    ok = True
    with tempfile.TemporaryDirectory(prefix="stress-") as tmp:
        for name in chosen:
            folder = Path(tmp) / name
            folder.mkdir()
            ok &= checks[name](folder)
            shutil.rmtree(folder, ignore_errors=True)
    print("stress: all targets met" if ok else "stress: some targets were NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
