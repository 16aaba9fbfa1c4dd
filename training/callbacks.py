"""spaCy callbacks for continuing training from a saved pipeline (`--code training/callbacks.py`).

spaCy 3.8's trainable_lemmatizer does not rebuild its tree→label table when it is loaded from disk
(``EditTreeLemmatizer.from_disk`` restores ``cfg["labels"]`` and the trees but leaves
``tree2label`` empty), so a sourced lemmatizer maps every gold lemma to label 0 while it trains and
its accuracy collapses (0.97 → 0.54 within 500 steps). ``nb_claims.restore_tree2label.v1`` rebuilds
the table after initialization; use it as ``[initialize.after_init]`` in configs that source
components from a trained model.
"""

from __future__ import annotations

import spacy

import pipeline.actors.gazetteer  # noqa: F401  (registers claims_gazetteer: the shipped model can be the source)


@spacy.registry.callbacks("nb_claims.restore_tree2label.v1")
def restore_tree2label():
    def after_init(nlp):
        for _name, pipe in nlp.components:  # sourced pipes are disabled while init runs
            table = getattr(pipe, "tree2label", None)
            if table is not None and not table:
                for label, tree in enumerate(pipe.labels):
                    table[tree] = label
        return nlp

    return after_init
