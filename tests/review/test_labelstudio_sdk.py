"""Label Studio's own SDK (label-studio-sdk, its LabelInterface) reads the labelling config that
`claims export --format labelstudio` writes, and checks each exported task against it: the object's
data variable is in `data`, and every region of every prediction names a control of the config, has the
control's type and value shape, and uses only the labels and choices the config offers; every relation
joins two regions that are there. A task broken on purpose fails the same check."""

from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from label_studio_sdk.label_interface import LabelInterface

from pipeline.io import make_document
from pipeline.review import store
from pipeline.review.commands import annotate_document
from pipeline.review.edits import Reviewer, add_record, apply_action, new_claim
from pipeline.review.interop import export
from pipeline.review.interop.labelstudio import CHOICE_FIELDS, LABEL_CONFIG, TEXT_FIELDS

from .helpers import TEXT, FakeExtractor, corpus_copy

ME = Reviewer("ann", "2026-11-24T12:00:00Z")


def sdk_problems(interface: LabelInterface, task: dict) -> list[str]:
    """What Label Studio's SDK finds wrong with one task; empty when the task is valid for the config.
    (LabelInterface.validate_task of SDK 2.1.2 calls validate_prediction without the prediction, so the
    task's data and each prediction are checked here one by one.)"""
    found = [f"data.{obj.value_name}: missing" for obj in interface.objects
             if obj.value_is_variable and task["data"].get(obj.value_name) is None]
    relations = relation_values(interface.config)
    for n, prediction in enumerate(task["predictions"]):
        for problem in interface.validate_prediction(prediction, return_errors=True):
            # a relation's problems come as one list
            found.extend(f"predictions[{n}]: {p}" for p in (problem if isinstance(problem, list) else [problem]))
        # the SDK does not read <Relations> (it has no name); its <Relation> values are the labels a relation may carry
        found.extend(f"predictions[{n}]: relation label {label!r} is not in <Relations>"
                     for item in prediction["result"] if item.get("type") == "relation"
                     for label in item.get("labels") or [] if label not in relations)
    return found


def relation_values(config: str) -> set[str]:
    return {rel.get("value") for rel in ET.fromstring(config).iter("Relation")}


def exported(folder: Path, tmp_path: Path) -> tuple[LabelInterface, list[dict]]:
    """The export of `folder`, and the SDK's reading of the labelling config written beside it."""
    out = tmp_path / "ls.json"
    export("labelstudio", folder, out)
    config = Path(f"{out}.label_config.xml").read_text(encoding="utf-8")
    return LabelInterface(config), json.loads(out.read_text(encoding="utf-8"))


def result_kinds(tasks: list[dict]) -> set[tuple[str, str]]:
    """(type, label or control) of every result item: what the export exercised."""
    kinds = set()
    for task in tasks:
        for item in task["predictions"][0]["result"]:
            if item["type"] == "labels":
                kinds.add(("labels", item["value"]["labels"][0]))
            elif item["type"] == "relation":
                kinds.add(("relation", item["labels"][0]))
            else:
                kinds.add((item["type"], item["from_name"]))
    return kinds


@pytest.fixture
def reviewed(tmp_path):
    """A small folder with every kind of review: a claim edited (fields, choices, actor and time spans
    redrawn), one rejected, an amount and a measure added, and an untouched document."""
    folder = tmp_path / "ann"
    annotate_document(make_document("doc1", TEXT), FakeExtractor(), folder)
    annotate_document(make_document("doc2", "Kommunene får 38 nye turnusstillinger.\n"), FakeExtractor(), folder)
    records = store.read_records(folder, "doc1")
    first, second = records[0]["claim_id"], records[1]["claim_id"]
    fields = {"value": 451e6, "actor": "Høyre", "actor_type": "party", "qualifier": "approx", "per": "year",
              "time_from": "2021"}
    records = apply_action(records, first, "save", fields, ME)
    for part, surface in (("actor", "Regjeringen"), ("time", "2021")):
        start = TEXT.index(surface)
        span = {"part": part, "start": start, "end": start + len(surface)}
        records = apply_action(records, first, "span", None, ME, span=span, text=TEXT)
    records = apply_action(records, second, "reject", None, ME, note="not a claim")
    for surface, added in (("12 sykehus", {"value": "12", "unit": "sykehus"}),
                           ("allmennlegetjenesten", {"kind": "measure", "measure": "allmennlegetjeneste"})):
        start = TEXT.index(surface)
        records = add_record(records, new_claim("doc1", TEXT, start, start + len(surface), added, ME))
    store.write_records(folder, "doc1", records)
    return folder


def test_label_studio_accepts_the_labelling_config():
    interface = LabelInterface(LABEL_CONFIG)
    interface.validate()  # raises on a config Label Studio would refuse
    assert {c.name for c in interface.controls} == {"label", "kind", *TEXT_FIELDS, *CHOICE_FIELDS}
    assert interface.get_control("label").labels == ["AMOUNT", "ACTOR", "TIME", "MEASURE"]


def test_every_task_of_the_corpus_export_is_valid(tmp_path):
    interface, tasks = exported(corpus_copy(tmp_path), tmp_path)
    assert len(tasks) == len(store.list_doc_ids(tmp_path / "annotations"))
    # the corpus has every region, choice, text field and relation the export writes
    assert {("labels", "AMOUNT"), ("labels", "MEASURE"), ("labels", "ACTOR"), ("labels", "TIME"),
            ("relation", "actor"), ("relation", "time"), ("relation", "measure"), ("choices", "kind"),
            ("choices", "qualifier"), ("choices", "per"), ("choices", "actor_type"),
            *(("textarea", name) for name in TEXT_FIELDS)} <= result_kinds(tasks)
    assert {task["data"]["doc_id"]: sdk_problems(interface, task) for task in tasks} \
        == {task["data"]["doc_id"]: [] for task in tasks}


def test_every_task_of_a_reviewed_folder_is_valid(reviewed, tmp_path):
    interface, tasks = exported(reviewed, tmp_path)
    assert [task["data"]["doc_id"] for task in tasks] == ["doc1", "doc2"]
    assert {("labels", "MEASURE"), ("labels", "ACTOR"), ("labels", "TIME"), ("relation", "actor"),
            ("relation", "time"), ("choices", "qualifier"), ("choices", "per")} <= result_kinds(tasks)
    for task in tasks:
        assert sdk_problems(interface, task) == []


def item(result: list[dict], type_: str, from_name: str = "label") -> dict:
    return next(r for r in result if r["type"] == type_ and r.get("from_name", "label") == from_name)


def set_label(result):
    item(result, "labels")["value"]["labels"] = ["BELØP"]


def set_kind(result):
    item(result, "choices", "kind")["value"]["choices"] = ["penger"]


def set_qualifier(result):
    item(result, "choices", "qualifier")["value"]["choices"] = ["about"]


def unknown_control(result):
    item(result, "textarea", "unit")["from_name"] = "currency"


def textarea_as_string(result):
    item(result, "textarea", "value")["value"]["text"] = "451000000"


def kind_as_textarea(result):
    item(result, "choices", "kind")["type"] = "textarea"


def dangling_relation(result):
    item(result, "relation", "label")["to_id"] = "no-such-region"


def relation_label(result):
    item(result, "relation", "label")["labels"] = ["claimant"]


BREAKS = {
    "a region labelled outside the config": (set_label, "Invalid value for control 'label'"),
    "a kind not among the choices": (set_kind, "Invalid value for control 'kind'"),
    "a qualifier not among the choices": (set_qualifier, "Invalid value for control 'qualifier'"),
    "a control the config lacks": (unknown_control, "'from_name' 'currency' not found"),
    "a textarea value that is no list": (textarea_as_string, "Invalid value for control 'value'"),
    "a region of the wrong type": (kind_as_textarea, "Type 'textarea' does not match expected type 'choices'"),
    "a relation to no region": (dangling_relation, "'to_id' 'no-such-region' not found"),
    "a relation label outside <Relations>": (relation_label, "relation label 'claimant'"),
}


@pytest.mark.parametrize("name", BREAKS)
def test_a_broken_task_is_rejected(reviewed, tmp_path, name):
    interface, tasks = exported(reviewed, tmp_path)
    task = copy.deepcopy(next(t for t in tasks if t["data"]["doc_id"] == "doc1"))
    assert sdk_problems(interface, task) == []
    brk, message = BREAKS[name]
    brk(task["predictions"][0]["result"])
    problems = sdk_problems(interface, task)
    assert any(message in p for p in problems), problems


def test_a_task_without_its_text_is_rejected(reviewed, tmp_path):
    interface, tasks = exported(reviewed, tmp_path)
    del tasks[0]["data"]["text"]
    assert sdk_problems(interface, tasks[0]) == ["data.text: missing"]
