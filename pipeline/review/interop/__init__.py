"""Label Studio and CSV export/import of annotation files, and an XLSX export: `export` and `import_`
pick the format (pipeline.review.interop.labelstudio, .csvfile, .xlsx)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from pipeline.io import atomic_write_text
from pipeline.review import store
from pipeline.review.edits import Reviewer
from pipeline.review.interop.common import Changes, ImportErrors, ImportReport, analyst_records
from pipeline.review.interop.csvfile import CSV_COLUMNS, csv_row, import_csv
from pipeline.review.interop.labelstudio import LABEL_CONFIG, import_labelstudio, labelstudio_task
from pipeline.review.interop.xlsx import write_xlsx

__all__ = ["ImportErrors", "ImportReport", "export", "import_"]


def export(fmt_name: str, folder: Path, out: Path, delimiter: str = ";") -> int:
    """Write the export; returns the number of claims in it."""
    count = 0
    if fmt_name == "labelstudio":
        tasks = []
        for doc_id in store.list_doc_ids(folder):
            sidecar = store.read_sidecar(folder, doc_id) or {}
            if not isinstance(sidecar.get("text"), str):
                continue  # Label Studio needs the text; run `claims annotate` first
            task = labelstudio_task(doc_id, sidecar["text"], sidecar, store.read_records(folder, doc_id))
            count += sum(1 for r in task["predictions"][0]["result"] if r["type"] == "labels" and ":" not in r["id"])
            tasks.append(task)
        atomic_write_text(out, json.dumps(tasks, ensure_ascii=False, indent=1) + "\n")
        atomic_write_text(Path(f"{out}.label_config.xml"), LABEL_CONFIG)
    elif fmt_name == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, delimiter=delimiter, lineterminator="\r\n")
        writer.writeheader()
        for _, records in analyst_records(folder):
            for record in records:
                writer.writerow(csv_row(record))
                count += 1
        atomic_write_text(out, "\ufeff" + buf.getvalue())
    elif fmt_name == "xlsx":
        count = write_xlsx(folder, out)
    else:
        raise ValueError(f"unknown format {fmt_name!r}")
    return count


def import_(fmt_name: str, path: Path, folder: Path, annotator: str | None = None) -> ImportReport:
    """Apply the corrections in `path` to the annotation files (all or nothing: ImportErrors lists every
    problem and nothing is written)."""
    changes = Changes(Path(folder), Reviewer(annotator))
    with store.locked(folder):
        if fmt_name == "csv":
            import_csv(path, changes)
        elif fmt_name == "labelstudio":
            import_labelstudio(path, changes)
        else:
            raise ValueError(f"unknown format {fmt_name!r}")
        if changes.errors:
            raise ImportErrors(changes.errors)
        return changes.write()
