"""Builds the one spaCy pipeline every command uses.

The shipped model (pipeline/models/nb_claims_sm) is the whole pipeline already: its config lists the
rule stages and the trained components, so `spacy.load` gives it with nothing imported first (the
factories are found through the `spacy_factories` entry points). `build_nlp` loads it, or completes
another model (`--model nb_core_news_sm`) or a blank `nb` (`--model blank`) with the same stages.
Nothing is ever downloaded.

The stages, in order: `claims_context` (document metadata on the Doc), `news_sentences`,
`claims_money`, `claims_time`, `claims_quantity`; `claims_model`, which runs the statistical
components (disabled in the pipeline, so spaCy never runs them over the whole Doc) on the claim
windows only (pipeline.windows); then `claims_units`, `claims_actors`, `claims_measures`,
`claims_claims`.
"""

from __future__ import annotations

from pathlib import Path

import spacy
import srsly
from spacy.language import Language
from spacy.tokens import Doc

import pipeline.actors.finder  # noqa: F401  (registers the factories when the package is not installed)
import pipeline.actors.gazetteer  # noqa: F401
import pipeline.claims.assemble  # noqa: F401
import pipeline.claims.measures  # noqa: F401
import pipeline.dimensions.money  # noqa: F401
import pipeline.dimensions.quantity  # noqa: F401
import pipeline.dimensions.time  # noqa: F401
import pipeline.layout  # noqa: F401
import pipeline.windows  # noqa: F401
from pipeline.component import register_span_extensions
from pipeline.document import set_context
from pipeline.io import MAX_CHARS, Document
from pipeline.tokenizer import NewsTokenizer, customize_tokenizer

SHIPPED_MODEL = Path(__file__).parent / "models" / "nb_claims_sm"
#: Rule stages that run before the statistical model and decide where a claim can be.
BEFORE_MODEL = ("claims_context", "news_sentences", "claims_money", "claims_time", "claims_quantity")
#: Stages that run after the model.
AFTER_MODEL = ("claims_units", "claims_actors", "claims_measures", "claims_claims")
#: Stages whose output no claim record reads (`doc._.measures` is for `claims mentions` and for users
#: of the Doc): extracting records skips them.
MENTION_ONLY = ("claims_measures",)
MENTION_COMPONENTS = ("claims_money", "claims_time", "claims_quantity", "claims_units")
CLAIM_COMPONENTS = MENTION_COMPONENTS + ("claims_actors", "claims_measures", "claims_claims")
OURS = frozenset(BEFORE_MODEL + AFTER_MODEL + ("claims_model",))
DESCRIPTION = (
    "nb-claims: claim extraction for Norwegian Bokmål news. Rule stages (document context, sentences, money, "
    "time, quantity; units, actors, measures, claim records) around trained components (tok2vec, UPOS "
    "morphologizer, trainable lemmatizer, senter, NER with NorNE's 9 labels, claims_gazetteer, a UD "
    "dependency parser with its own tok2vec) that claims_model runs on the claim windows only (the senter "
    "excepted: the layout rules decide sentences). Trained on NorNE/NDT Bokmål, no pretrained vectors. "
    "Needs the nb-claims package installed (its factories are found through entry points)."
)
#: Trained components that never run in the claim pipeline: our sentence rules decide sentences (the
#: parser runs on the claim windows, and its trees are kept beside the Doc: pipeline.syntax).
NOT_RUN = ("senter",)


def default_model() -> str:
    return str(SHIPPED_MODEL) if (SHIPPED_MODEL / "config.cfg").exists() else "blank"


class ModelNotFound(OSError):
    """A model name that is neither `blank`, an installed package nor a model folder (the command line
    says so in one line, exit 2)."""


def load_base(model: str | None) -> Language:
    name = model or default_model()
    if name == "blank":
        return spacy.blank("nb", config={"nlp": {"tokenizer": {"@tokenizers": "claims.news_tokenizer.v1"}}})
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(f"cannot load model {name!r}: {exc}. Use --model blank for rules only.") from None


def complete(nlp: Language, components: tuple[str, ...] = CLAIM_COMPONENTS) -> Language:
    """Our stages around the components of a statistical pipeline (in place). The trained components
    are disabled and named in `claims_model`, which runs them on the claim windows. A pipeline that
    has our stages already (the shipped model) is left as it is."""
    register_span_extensions()
    if "claims_model" in nlp.component_names:
        return nlp
    if not isinstance(nlp.tokenizer, NewsTokenizer):
        customize_tokenizer(nlp.tokenizer, nlp.Defaults)
        nlp.tokenizer = NewsTokenizer(nlp.tokenizer)
    trained = [name for name in nlp.pipe_names if name not in NOT_RUN]
    first = nlp.pipe_names[0] if nlp.pipe_names else None
    before = [n for n in BEFORE_MODEL if n in ("claims_context", "news_sentences") or n in components]
    for name in before:
        nlp.add_pipe(name, before=first) if first else nlp.add_pipe(name)
    nlp.add_pipe("claims_model", config={"components": trained}, before=first) if first else \
        nlp.add_pipe("claims_model", config={"components": trained})
    for name in nlp.pipe_names:
        if name not in OURS:
            nlp.disable_pipe(name)
    for name in AFTER_MODEL:
        if name in components:
            nlp.add_pipe(name)
    return nlp


def build_nlp(model: str | None = None, components: tuple[str, ...] = MENTION_COMPONENTS) -> Language:
    """The pipeline: the shipped model as it is, or `model` completed with our stages. It takes
    documents up to the readers' limit (io.MAX_CHARS): the trained components see only windows."""
    nlp = load_base(model)
    nlp.max_length = max(nlp.max_length, MAX_CHARS)
    if "claims_model" in nlp.component_names:
        register_span_extensions()
        for name in set(CLAIM_COMPONENTS) - set(components):
            if name in nlp.pipe_names:
                nlp.disable_pipe(name)
        return nlp
    return complete(nlp, components)


def make_doc(nlp: Language, document: Document) -> Doc:
    """A tokenized Doc carrying the document's context, ready for nlp() or nlp.pipe()."""
    doc = nlp.make_doc(document.text)
    doc.user_data["text"] = document.text  # what doc.text would join from its tokens (see doc_text)
    return set_context(doc, doc_id=document.id, date=document.date, publisher=document.publisher,
                       author=document.author, title=document.title, genre=document.genre, url=document.url)


def load_trained(path: str | Path = SHIPPED_MODEL) -> Language:
    """A saved pipeline with its trained components enabled and run over whole Docs, our stages
    left out: the model as spaCy's scorers and the training scripts see it."""
    config = spacy.util.load_config(Path(path) / "config.cfg")
    names = [name for name in config["nlp"]["pipeline"] if name not in OURS]
    return spacy.load(path, enable=names, config={"nlp": {"disabled": []}})


def write_claim_pipeline(path: str | Path) -> Language:
    """Rewrite the config and meta of a saved trained pipeline so that `spacy.load(path)` gives the
    whole claim pipeline (weights untouched); returns the pipeline as loaded from there."""
    path = Path(path)
    config = spacy.util.load_config(path / "config.cfg")
    ours = [name for name in config["nlp"]["pipeline"] if name in OURS]
    nlp = complete(spacy.load(path, exclude=ours, config={"nlp": {"disabled": []}}))
    config = nlp.config.copy()
    config["nlp"]["tokenizer"] = {"@tokenizers": "claims.news_tokenizer.v1"}
    config.to_disk(path / "config.cfg")
    meta = srsly.read_json(path / "meta.json")
    meta.update(pipeline=nlp.pipe_names, components=nlp.component_names, disabled=nlp.disabled,
                description=DESCRIPTION)
    srsly.write_json(path / "meta.json", meta)
    return spacy.load(path)
