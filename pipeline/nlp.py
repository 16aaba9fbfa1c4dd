"""Builds the one spaCy pipeline every command uses.

`build_nlp()` loads the shipped model (pipeline/models/nb_claims_sm) when it is there, an installed
model by name or path when asked (`--model nb_core_news_sm`), or `spacy.blank("nb")`
(`--model blank`); then fixes the tokenizer for Norwegian news and adds our components.
Nothing is ever downloaded.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import pipeline.actors.finder  # noqa: F401  (registers factories)
import pipeline.actors.gazetteer  # noqa: F401  (claims_gazetteer, a component of the shipped model)
import pipeline.claims.assemble  # noqa: F401
import pipeline.claims.measures  # noqa: F401
import pipeline.dimensions.money  # noqa: F401
import pipeline.dimensions.quantity  # noqa: F401
import pipeline.dimensions.time  # noqa: F401
import pipeline.layout  # noqa: F401
from pipeline.document import DocContext, parse_date, register_extensions
from pipeline.io import Document
from pipeline.tokenizer import NewsTokenizer, customize_tokenizer

SHIPPED_MODEL = Path(__file__).parent / "models" / "nb_claims_sm"
#: Rule stages that run before the statistical model and decide where a claim can be.
PRE_MODEL = ("news_sentences", "claims_money", "claims_time", "claims_quantity")
#: Stages that run after the model.
POST_MODEL = ("claims_units", "claims_actors", "claims_measures", "claims_claims")
#: Stages whose output no claim record reads (`doc._.measures` is for `claims mentions` and for users
#: of the Doc): extracting records skips them.
MENTION_ONLY = ("claims_measures",)
MENTION_COMPONENTS = ("claims_money", "claims_time", "claims_quantity", "claims_units")
CLAIM_COMPONENTS = MENTION_COMPONENTS + ("claims_actors", "claims_measures", "claims_claims")
OURS = set(PRE_MODEL) | set(POST_MODEL)


def default_model() -> str:
    return str(SHIPPED_MODEL) if (SHIPPED_MODEL / "config.cfg").exists() else "blank"


def load_base(model: str | None) -> Language:
    name = model or default_model()
    if name == "blank":
        return spacy.blank("nb")
    try:
        return spacy.load(name, exclude=["senter"])
    except OSError as exc:
        raise SystemExit(f"cannot load model {name!r}: {exc}. Use --model blank for rules only.") from exc


def build_nlp(model: str | None = None, components: tuple[str, ...] = MENTION_COMPONENTS) -> Language:
    """The pipeline: our rule stages before the model's components, the claim stages after."""
    register_extensions()
    nlp = load_base(model)
    customize_tokenizer(nlp)
    nlp.tokenizer = NewsTokenizer(nlp.tokenizer)
    model_pipes = list(nlp.pipe_names)
    first = model_pipes[0] if model_pipes else None
    for name in ("news_sentences",) + tuple(c for c in components if c in PRE_MODEL):
        nlp.add_pipe(name, before=first) if first else nlp.add_pipe(name)
    for name in components:
        if name not in PRE_MODEL:
            nlp.add_pipe(name)
    return nlp


def model_pipe_names(nlp: Language) -> list[str]:
    """The statistical components (everything that is not one of our stages)."""
    return [name for name in nlp.pipe_names if name not in OURS]


def make_doc(nlp: Language, document: Document) -> Doc:
    """A tokenized Doc carrying the document's context, ready for nlp.pipe()."""
    doc = nlp.make_doc(document.text)
    doc.user_data["text"] = document.text  # what doc.text would join from its tokens (see doc_text)
    doc._.context = DocContext(
        doc_id=document.id, date=parse_date(document.date) if document.date else None, publisher=document.publisher, author=document.author,
        title=document.title, genre=document.genre, body_start=document.body_start,
    )
    return doc
