"""nb_claims_sm: the claim pipeline of nb-claims for Norwegian Bokmål, as spaCy loads a package."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.util import load_model_from_path


def model_path() -> Path:
    import pipeline

    return Path(pipeline.__file__).parent / "models" / "nb_claims_sm"


def load(**overrides) -> Language:
    """What `spacy.load("nb_claims_sm", ...)` calls (overrides: vocab, disable, enable, exclude, config)."""
    return load_model_from_path(model_path(), **overrides)
