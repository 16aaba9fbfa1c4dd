"""Label Studio: one task per document, `data.text` the article; one prediction whose result holds, per
claim, a `labels` region AMOUNT (MEASURE for kind=measure) whose id is the claim_id, ACTOR/TIME/MEASURE
regions where those spans are in the text, `relation` items from the amount to them, and per-region
`textarea` results (from_name = the editable field: value, unit, qualifier, actor, time_from, …) on
the amount region. Rejected claims are not exported. Read back from Label Studio's JSON export (tasks
with `annotations`): a claim region whose fields changed is corrected; unchanged, it is accepted (if it
was unreviewed); a claim region deleted is rejected; a new AMOUNT/MEASURE region is an added claim.
Tasks without annotations change nothing, so export -> import leaves the files byte-for-byte as they were.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.io import MAX_CHARS
from pipeline.review import store
from pipeline.review.edits import (
    EditError,
    add_record,
    get_field,
    new_claim,
)
from pipeline.review.interop.common import Changes, anchor_of, apply_edits, editable_fields, field_edits, fmt
from pipeline.review.interop.stream import StreamError, detect_encoding, json_elements
from pipeline.review.interop.validate import TASK_VALIDATOR, problems, task_is_valid
from pipeline.review.merge import status_of
from pipeline.schema import ACTOR_TYPES, KINDS, PERS, PIPELINE_VERSION, QUALIFIERS, time_value_cells

LS_LABELS = {"amount": "AMOUNT", "actor": "ACTOR", "time": "TIME", "measure": "MEASURE"}

#: Fields with a closed vocabulary (pipeline.schema): chosen from labels, not typed.
CHOICE_FIELDS = {"qualifier": QUALIFIERS, "per": PERS, "actor_type": ACTOR_TYPES}
TEXT_FIELDS = ("value", "unit", "actor", "time_from", "time_to", "measure")


def _choices(name: str, values) -> str:
    options = "".join(f'<Choice value="{v}"/>' for v in values if v)
    return f'    <Choices name="{name}" toName="text" perRegion="true" showInline="true">{options}</Choices>\n'


def _textarea(name: str) -> str:
    return (f'    <TextArea name="{name}" toName="text" perRegion="true" maxSubmissions="1" editable="true" '
            f'placeholder="{name.replace("_", " ")}"/>\n')


LABEL_CONFIG = (
    '<View>\n'
    '  <Labels name="label" toName="text">\n'
    '    <Label value="AMOUNT" background="#ffe066"/>\n'
    '    <Label value="ACTOR" background="#cfe2ff"/>\n'
    '    <Label value="TIME" background="#d3f9d8"/>\n'
    '    <Label value="MEASURE" background="#fcc2d7"/>\n'
    '  </Labels>\n'
    '  <View style="white-space: pre-wrap"><Text name="text" value="$text"/></View>\n'
    '  <Relations><Relation value="actor"/><Relation value="time"/><Relation value="measure"/></Relations>\n'
    '  <View visibleWhen="region-selected" whenLabelValue="AMOUNT,MEASURE">\n'
    + _choices("kind", KINDS)
    + "".join(_textarea(name) for name in TEXT_FIELDS)
    + "".join(_choices(name, values) for name, values in CHOICE_FIELDS.items())
    + '  </View>\n'
    '</View>\n'
)


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
            value = get_field(record, fname)
            if fname in CHOICE_FIELDS:
                if value:
                    results.append({"id": cid, "from_name": fname, "to_name": "text", "type": "choices",
                                    "value": {**region, "choices": [value]}})
                continue
            results.append({"id": cid, "from_name": fname, "to_name": "text", "type": "textarea",
                            "value": {**region, "text": [fmt(value)]}})
        for other in ("actor", "time", "measure"):
            span2 = record.get(other)
            if other == name or not isinstance(span2, dict) or not isinstance(span2.get("start"), int):
                continue
            rid = f"{cid}:{other}"
            results.append({"id": rid, "from_name": "label", "to_name": "text", "type": "labels",
                            "value": {"start": span2["start"], "end": span2["end"], "text": span2["text"],
                                      "labels": [LS_LABELS[other]]}})
            results.append({"from_id": cid, "to_id": rid, "type": "relation", "direction": "right", "labels": [other]})
    # read-only: each claim's time value and comparison, which the labelling regions do not hold
    values = [{"claim_id": r["claim_id"], **{k: v for k, v in time_value_cells(r).items() if v is not None}}
              for r in records if r.get("claim_id") and status_of(r) != "rejected"]
    return {"data": {"text": text, "doc_id": doc_id, "title": sidecar.get("title"),
                     "text_sha256": store.text_sha256(text), "time_values": values},
            "predictions": [{"model_version": PIPELINE_VERSION, "score": score_of(records), "result": results}]}


def score_of(records: list[dict]) -> float:
    """The prediction's score: the mean confidence of the document's claims (0 when it has none)."""
    scores = [r["confidence"] for r in records if isinstance(r.get("confidence"), int | float)]
    return round(sum(scores) / len(scores), 3) if scores else 0.0


def latest_annotation(task: dict) -> dict | None:
    annotations = [a for a in task.get("annotations") or [] if isinstance(a, dict) and not a.get("was_cancelled")]
    if not annotations:
        return None
    return max(enumerate(annotations), key=lambda ia: (str(ia[1].get("updated_at") or ia[1].get("created_at") or ""),
                                                      ia[0]))[1]


#: The longest task read: a document's text (6 characters a character at most in JSON, as \\uXXXX) and its regions.
MAX_TASK_CHARS = 6 * MAX_CHARS + 1_000_000


def import_labelstudio(path: Path, changes: Changes) -> None:
    """The tasks of a Label Studio JSON export, read one at a time (memory holds one task, whatever the
    size of the export); each is checked against TASK_SCHEMA (interop/validate.py) before it is applied."""
    try:
        encoding, warning = detect_encoding(path)
        if warning:
            changes.report.warnings.append(f"{path}: {warning}")
        with open(path, encoding=encoding) as fh:
            for n, task in json_elements(fh, MAX_TASK_CHARS):
                import_task(task, f"{path}: task {n}", changes)
                if changes.full:
                    changes.errors.append(f"{path}: stopped reading at task {n} after {len(changes.errors):,} errors")
                    return
    except StreamError as exc:
        changes.errors.append(f"{path}: {exc}")
    except OSError as exc:
        changes.errors.append(f"{path}: cannot read: {exc.strerror or exc}")


def import_task(task, where: str, changes: Changes) -> None:
    if not task_is_valid(task):
        changes.errors.extend(f"{where}: {problem}" for problem in problems(TASK_VALIDATOR, task))
        return
    data = task["data"]
    annotation = latest_annotation(task)
    if annotation is None:
        return  # predictions only: nothing was reviewed
    doc_id = data["doc_id"]
    where = f"{where} ({doc_id})"
    records = changes.records(doc_id)
    if records is None:
        changes.errors.append(f"{where}: data.doc_id: no annotation file for {doc_id!r}")
        return
    text = (store.read_sidecar(changes.folder, doc_id) or {}).get("text")
    if data["text"] != text:
        changes.errors.append(f"{where}: data.text: differs from the article text of {doc_id}; offsets would be wrong")
        return
    import_annotation(annotation["result"], doc_id, text, where, changes)


def import_annotation(result: list, doc_id: str, text: str, where: str, changes: Changes) -> None:
    anchors: dict[str, dict] = {}
    values: dict[str, dict[str, str]] = {}
    # the ACTOR/TIME/MEASURE regions of a claim (exported as "<claim_id>:<field>", or drawn by the
    # annotator and linked from its amount by a relation) belong to that claim: they are no claims
    parts = {str(item.get("to_id")) for item in result if isinstance(item, dict) and item.get("type") == "relation"}
    for item in result:
        if not isinstance(item, dict) or "id" not in item:
            continue
        value = item.get("value") or {}
        rid = str(item["id"])
        if item.get("type") == "labels" and ":" not in rid and rid not in parts:
            if set(value.get("labels") or []) & {"AMOUNT", "MEASURE"}:
                anchors[rid] = value
            else:  # an ACTOR or TIME region drawn and linked to no claim: said, not dropped silently
                changes.report.warnings.append(f"{where}: region {rid} ({'/'.join(value['labels'])}) is linked to no "
                                               "claim and is ignored (link it from its amount with a relation)")
        elif item.get("type") == "textarea":
            texts = value.get("text") or [""]
            values.setdefault(rid, {})[item.get("from_name", "")] = str(texts[-1] if texts else "")
        elif item.get("type") == "choices" and (item.get("from_name") == "kind" or item.get("from_name") in CHOICE_FIELDS):
            values.setdefault(rid, {})[item["from_name"]] = str((value.get("choices") or [""])[0])
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
