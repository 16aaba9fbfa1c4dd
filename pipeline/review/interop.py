"""Label Studio and CSV export/import of annotation files.

Label Studio: one task per document, `data.text` the article; one prediction whose result holds, per
claim, a `labels` region AMOUNT (MEASURE for kind=measure) whose id is the claim_id, ACTOR/TIME/MEASURE
regions where those spans are in the text, `relation` items from the amount to them, and per-region
`textarea` results (from_name = the editable field: value, unit, qualifier, actor, time_from, …) on
the amount region. Rejected claims are not exported. Read back from Label Studio's JSON export (tasks
with `annotations`): a claim region whose fields changed is corrected; unchanged, it is accepted (if it
was unreviewed); a claim region deleted is rejected; a new AMOUNT/MEASURE region is an added claim.
Tasks without annotations change nothing, so export -> import leaves the files byte-for-byte as they were.

CSV: one claim per row (UTF-8 with BOM, for Excel). Read back: changed fields correct the claim, the
status column accepts or rejects it, a row without claim_id adds one. Every row is validated first;
errors name the row and field, and nothing is written when there is any.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.io import atomic_write_text, decode_bytes
from pipeline.review import store
from pipeline.review.edits import (
    FIELDS,
    EditError,
    Reviewer,
    accept,
    add_record,
    coerce,
    correct,
    get_field,
    new_claim,
    reject,
)
from pipeline.review.merge import sort_records, status_of
from pipeline.schema import STATUSES

AMOUNT_FIELDS = ("value", "unit", "qualifier", "per")
OTHER_FIELDS = ("actor", "actor_type", "time_from", "time_to", "measure")
LS_LABELS = {"amount": "AMOUNT", "actor": "ACTOR", "time": "TIME", "measure": "MEASURE"}

LABEL_CONFIG = """<View>
  <Labels name="label" toName="text">
    <Label value="AMOUNT" background="#ffe066"/>
    <Label value="ACTOR" background="#cfe2ff"/>
    <Label value="TIME" background="#d3f9d8"/>
    <Label value="MEASURE" background="#fcc2d7"/>
  </Labels>
  <Text name="text" value="$text"/>
  <Relations><Relation value="actor"/><Relation value="time"/><Relation value="measure"/></Relations>
  <View visibleWhen="region-selected" whenLabelValue="AMOUNT,MEASURE">
    <Choices name="kind" toName="text" perRegion="true"><Choice value="money"/><Choice value="quantity"/><Choice value="measure"/></Choices>
    <TextArea name="value" toName="text" perRegion="true" maxSubmissions="1" editable="true" placeholder="value"/>
    <TextArea name="unit" toName="text" perRegion="true" maxSubmissions="1" editable="true" placeholder="unit"/>
    <TextArea name="qualifier" toName="text" perRegion="true" maxSubmissions="1" editable="true" placeholder="qualifier"/>
    <TextArea name="per" toName="text" perRegion="true" maxSubmissions="1" editable="true" placeholder="per"/>
    <TextArea name="actor" toName="text" perRegion="true" maxSubmissions="1" editable="true" placeholder="actor"/>
    <TextArea name="actor_type" toName="text" perRegion="true" maxSubmissions="1" editable="true" placeholder="actor type"/>
    <TextArea name="time_from" toName="text" perRegion="true" maxSubmissions="1" editable="true" placeholder="from year"/>
    <TextArea name="time_to" toName="text" perRegion="true" maxSubmissions="1" editable="true" placeholder="to year"/>
    <TextArea name="measure" toName="text" perRegion="true" maxSubmissions="1" editable="true" placeholder="measure"/>
  </View>
</View>
"""


class ImportErrors(Exception):
    def __init__(self, errors: list[str]):
        super().__init__(f"{len(errors)} errors")
        self.errors = errors


@dataclass
class ImportReport:
    corrected: int = 0
    accepted: int = 0
    rejected: int = 0
    added: int = 0
    noted: int = 0
    files: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return (f"{self.accepted} accepted, {self.corrected} corrected, {self.rejected} rejected, {self.added} added, "
                f"{self.noted} notes; {len(self.files)} files changed")


def fmt(value) -> str:
    """A field value as text (what a form, a CSV cell or a Label Studio textarea shows)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return str(value)


def differs(record: dict, name: str, raw: str) -> bool:
    """Whether the text `raw` of a field means something else than the record's value (EditError if invalid)."""
    new = coerce(name, raw)
    old = get_field(record, name)
    if new in (None, "") and old in (None, ""):
        return False
    if isinstance(new, float) and isinstance(old, int | float) and not isinstance(old, bool):
        return float(old) != new
    return new != old


def editable_fields(record: dict) -> tuple[str, ...]:
    return (AMOUNT_FIELDS if record.get("amount") else ()) + OTHER_FIELDS


def anchor_of(record: dict) -> tuple[str, dict] | None:
    for name in ("amount", "measure"):
        span = record.get(name)
        if isinstance(span, dict) and isinstance(span.get("start"), int) and isinstance(span.get("end"), int):
            return name, span
    return None


# ---------------------------------------------------------------- export


def labelstudio_task(doc_id: str, text: str, sidecar: dict, records: list[dict]) -> dict:
    results: list[dict] = []
    for record in records:
        if status_of(record) == "rejected":
            continue
        anchor = anchor_of(record)
        if anchor is None:
            continue
        name, span = anchor
        cid = record["claim_id"]
        region = {"start": span["start"], "end": span["end"], "text": span["text"]}
        results.append({"id": cid, "from_name": "label", "to_name": "text", "type": "labels",
                        "value": {**region, "labels": [LS_LABELS[name]]}})
        results.append({"id": cid, "from_name": "kind", "to_name": "text", "type": "choices",
                        "value": {**region, "choices": [record.get("kind", "")]}})
        for fname in editable_fields(record):
            results.append({"id": cid, "from_name": fname, "to_name": "text", "type": "textarea",
                            "value": {**region, "text": [fmt(get_field(record, fname))]}})
        for other in ("actor", "time", "measure"):
            span2 = record.get(other)
            if other == name or not isinstance(span2, dict) or not isinstance(span2.get("start"), int):
                continue
            rid = f"{cid}:{other}"
            results.append({"id": rid, "from_name": "label", "to_name": "text", "type": "labels",
                            "value": {"start": span2["start"], "end": span2["end"], "text": span2["text"],
                                      "labels": [LS_LABELS[other]]}})
            results.append({"from_id": cid, "to_id": rid, "type": "relation", "direction": "right", "labels": [other]})
    return {"data": {"text": text, "doc_id": doc_id, "title": sidecar.get("title"),
                     "text_sha256": store.text_sha256(text)},
            "predictions": [{"model_version": "claims", "result": results}]}


def csv_row(record: dict) -> dict:
    anchor = anchor_of(record)
    span = anchor[1] if anchor else {}
    review = record.get("review") or {}
    row = {"doc_id": record.get("doc_id", ""), "claim_id": record.get("claim_id", ""), "status": status_of(record),
           "kind": record.get("kind", ""), "anchor_start": fmt(span.get("start")), "anchor_end": fmt(span.get("end")),
           "anchor_text": span.get("text") or ""}
    for name in AMOUNT_FIELDS + OTHER_FIELDS:
        row[name] = fmt(get_field(record, name))
    row.update({"evidence": (record.get("evidence") or {}).get("text") or "", "annotator": review.get("annotator") or "",
                "reviewed_at": review.get("reviewed_at") or "", "note": review.get("note") or "",
                "stale": "true" if review.get("stale") else ""})
    return row


CSV_COLUMNS = ("doc_id", "claim_id", "status", "kind", "anchor_start", "anchor_end", "anchor_text") + AMOUNT_FIELDS \
    + OTHER_FIELDS + ("evidence", "annotator", "reviewed_at", "note", "stale")


def export(fmt_name: str, folder: Path, out: Path) -> int:
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
        writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        for doc_id in store.list_doc_ids(folder):
            for record in store.read_records(folder, doc_id):
                writer.writerow(csv_row(record))
                count += 1
        atomic_write_text(out, "\ufeff" + buf.getvalue())
    else:
        raise ValueError(f"unknown format {fmt_name!r}")
    return count


# ---------------------------------------------------------------- import


class Changes:
    """Records per document as an import changes them (loaded lazily), with the errors found."""

    def __init__(self, folder: Path, who: Reviewer):
        self.folder = folder
        self.who = who
        self.docs: dict[str, list[dict]] = {}
        self.originals: dict[str, str] = {}
        self.errors: list[str] = []
        self.report = ImportReport()

    def records(self, doc_id: str) -> list[dict] | None:
        if doc_id not in self.docs:
            if not store.valid_doc_id(doc_id) or doc_id not in store.list_doc_ids(self.folder):
                return None
            content = store.read_content(self.folder, doc_id)
            try:
                self.docs[doc_id] = store.parse(content)
            except store.BadFile as exc:
                raise ImportErrors([*self.errors, f"{doc_id}.jsonl: {exc}"]) from None
            self.originals[doc_id] = content
        return self.docs[doc_id]

    def replace(self, doc_id: str, record: dict) -> None:
        self.docs[doc_id] = [record if r["claim_id"] == record["claim_id"] else r for r in self.docs[doc_id]]

    def write(self) -> ImportReport:
        for doc_id, records in self.docs.items():
            content = store.serialise(sort_records(records))
            if content != self.originals[doc_id]:
                store.write_records(self.folder, doc_id, sort_records(records))
                self.report.files.append(doc_id)
        return self.report


def apply_edits(changes: Changes, doc_id: str, record: dict, edits: dict, target: str | None, note: str | None,
                where: str) -> None:
    """Bring one record to what the imported row/region says (target status, field edits, note)."""
    who = changes.who
    current = status_of(record)
    note_changed = note is not None and (note or None) != (record.get("review") or {}).get("note")
    new = record
    if target == "rejected":
        if current != "rejected":
            new = reject(record, who, note if note_changed else None)
            changes.report.rejected += 1
    elif edits:
        new = correct(record, edits, who, note if note_changed else None)
        changes.report.corrected += 1
    elif target == "accepted" and current in ("unreviewed", "rejected"):
        new = accept(record, who, note if note_changed else None)
        changes.report.accepted += 1
    elif target in (None, current) or (target == "accepted" and current in ("corrected", "added")):
        pass
    else:
        changes.errors.append(f"{where}: status: cannot change {current!r} to {target!r} without a changed field")
        return
    if note_changed and new is record:
        new = {**record, "review": {**(record.get("review") or {}), "note": note or None}}
        changes.report.noted += 1
    if new is not record:
        changes.replace(doc_id, new)


def field_edits(record: dict, values: dict[str, str], where: str, errors: list[str]) -> dict:
    edits = {}
    for name, raw in values.items():
        if name not in FIELDS or name == "kind" or raw is None:
            continue
        if name in AMOUNT_FIELDS and not record.get("amount"):
            if raw.strip():
                errors.append(f"{where}: {name}: this claim has no amount")
            continue
        try:
            if differs(record, name, raw):
                edits[name] = raw
        except EditError as exc:
            errors.append(f"{where}: {exc.field}: {exc.message}")
    return edits


def import_csv(path: Path, changes: Changes) -> None:
    """Rows of a CSV as exported, or as a spreadsheet saved it again: UTF-8 with or without BOM (cp1252
    tolerated), comma or semicolon separated (Excel in a Norwegian locale writes semicolons)."""
    try:
        content, _ = decode_bytes(Path(path).read_bytes())
    except OSError as exc:
        changes.errors.append(f"{path}: cannot read: {exc}")
        return
    header = content.split("\n", 1)[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    reader = csv.DictReader(io.StringIO(content, newline=""), delimiter=delimiter)
    missing = {"doc_id", "claim_id", "status"} - set(reader.fieldnames or ())
    if missing:
        changes.errors.append(f"{path}: missing columns: {', '.join(sorted(missing))}")
        return
    for row in reader:
        import_csv_row(row, f"row {reader.line_num}", changes)


def import_csv_row(row: dict, where: str, changes: Changes) -> None:
    errors = changes.errors
    doc_id = (row.get("doc_id") or "").strip()
    records = changes.records(doc_id)
    if records is None:
        errors.append(f"{where}: doc_id: no annotation file for {doc_id!r}")
        return
    status = (row.get("status") or "").strip() or None
    if status is not None and status not in STATUSES:
        errors.append(f"{where}: status: {status!r} is not one of {', '.join(STATUSES)}")
        return
    values = {name: row[name] for name in AMOUNT_FIELDS + OTHER_FIELDS if name in row}
    note = row.get("note")
    claim_id = (row.get("claim_id") or "").strip()
    if not claim_id:
        add_from_row(row, where, doc_id, values, note, changes)
        return
    record = next((r for r in records if r.get("claim_id") == claim_id), None)
    if record is None:
        errors.append(f"{where}: claim_id: no claim {claim_id!r} in {doc_id}")
        return
    before = len(errors)
    edits = field_edits(record, values, where, errors)
    if len(errors) == before:
        apply_edits(changes, doc_id, record, edits, status, note, where)


def add_from_row(row: dict, where: str, doc_id: str, values: dict, note: str | None, changes: Changes) -> None:
    errors = changes.errors
    text = (store.read_sidecar(changes.folder, doc_id) or {}).get("text")
    if not isinstance(text, str):
        errors.append(f"{where}: doc_id: no article text for {doc_id} (run claims annotate)")
        return
    try:
        start, end = int(row.get("anchor_start") or ""), int(row.get("anchor_end") or "")
    except ValueError:
        errors.append(f"{where}: anchor_start: a new claim needs anchor_start and anchor_end (offsets)")
        return
    if not (0 <= start < end <= len(text)) or text[start:end] != (row.get("anchor_text") or text[start:end]):
        errors.append(f"{where}: anchor_text: does not match the article text at {start}-{end}")
        return
    fields = {k: v for k, v in values.items() if v not in (None, "")}
    fields["kind"] = (row.get("kind") or "quantity").strip()
    try:
        record = new_claim(doc_id, text, start, end, fields, changes.who, note=note)
        changes.docs[doc_id] = add_record(changes.docs[doc_id], record)
    except EditError as exc:
        errors.append(f"{where}: {exc.field}: {exc.message}")
        return
    changes.report.added += 1


def latest_annotation(task: dict) -> dict | None:
    annotations = [a for a in task.get("annotations") or [] if isinstance(a, dict) and not a.get("was_cancelled")]
    if not annotations:
        return None
    return max(enumerate(annotations), key=lambda ia: (str(ia[1].get("updated_at") or ia[1].get("created_at") or ""),
                                                      ia[0]))[1]


def import_labelstudio(path: Path, changes: Changes) -> None:
    try:
        tasks = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        changes.errors.append(f"{path}: not a Label Studio JSON export: {exc}")
        return
    if isinstance(tasks, dict):
        tasks = [tasks]
    for n, task in enumerate(tasks if isinstance(tasks, list) else [], 1):
        where = f"task {n}"
        data = task.get("data") if isinstance(task, dict) else None
        if not isinstance(data, dict):
            changes.errors.append(f"{where}: no data")
            continue
        annotation = latest_annotation(task)
        if annotation is None:
            continue  # predictions only: nothing was reviewed
        doc_id = str(data.get("doc_id") or "")
        records = changes.records(doc_id)
        if records is None:
            changes.errors.append(f"{where}: data.doc_id: no annotation file for {doc_id!r}")
            continue
        text = (store.read_sidecar(changes.folder, doc_id) or {}).get("text")
        if data.get("text") != text:
            changes.errors.append(f"{where}: data.text: differs from the article text of {doc_id}; offsets would be wrong")
            continue
        import_annotation(annotation.get("result") or [], doc_id, text, where, changes)


def import_annotation(result: list, doc_id: str, text: str, where: str, changes: Changes) -> None:
    anchors: dict[str, dict] = {}
    values: dict[str, dict[str, str]] = {}
    for item in result:
        if not isinstance(item, dict) or "id" not in item:
            continue
        value = item.get("value") or {}
        rid = str(item["id"])
        if item.get("type") == "labels" and set(value.get("labels") or []) & {"AMOUNT", "MEASURE"}:
            anchors[rid] = value
        elif item.get("type") == "textarea":
            texts = value.get("text") or [""]
            values.setdefault(rid, {})[item.get("from_name", "")] = str(texts[-1] if texts else "")
        elif item.get("type") == "choices" and item.get("from_name") == "kind":
            values.setdefault(rid, {})["kind"] = str((value.get("choices") or [""])[0])
    records = {r["claim_id"]: r for r in changes.docs[doc_id]}
    seen = set(anchors)
    for rid, region in anchors.items():
        here = f"{where}: region {rid}"
        record = records.get(rid)
        anchor = anchor_of(record) if record else None
        same_span = anchor is not None and (anchor[1]["start"], anchor[1]["end"]) == (region.get("start"), region.get("end"))
        if record is not None and same_span:
            before = len(changes.errors)
            edits = field_edits(record, values.get(rid, {}), here, changes.errors)
            if len(changes.errors) == before:
                apply_edits(changes, doc_id, record, edits, "accepted", None, here)
            continue
        fields = {k: v for k, v in values.get(rid, {}).items() if v != ""}
        label = (region.get("labels") or ["AMOUNT"])[0]
        fields["kind"] = "measure" if label == "MEASURE" else (fields.get("kind") or "quantity")
        if fields["kind"] == "measure" and label == "AMOUNT":
            fields["kind"] = "quantity"
        try:
            new = new_claim(doc_id, text, int(region.get("start")), int(region.get("end")), fields, changes.who)
            changes.docs[doc_id] = add_record(changes.docs[doc_id], new)
            changes.report.added += 1
            seen.add(new["claim_id"])
        except (EditError, TypeError, ValueError) as exc:
            changes.errors.append(f"{here}: {getattr(exc, 'field', 'value')}: {getattr(exc, 'message', exc)}")
    for record in list(changes.docs[doc_id]):
        if status_of(record) != "rejected" and anchor_of(record) and record["claim_id"] not in seen \
                and record["claim_id"] in records:
            apply_edits(changes, doc_id, record, {}, "rejected", None, f"{where}: claim {record['claim_id']}")


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
