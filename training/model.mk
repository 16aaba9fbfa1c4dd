# Our own Bokmål spaCy pipeline (issue 8): trained on NorNE/NDT in $(SHARED)/norne, shipped in
# pipeline/models/nb_claims_sm. Included by the top-level Makefile (PY, SHARED come from there).
NORNE      ?= $(SHARED)/norne
CORPUS     := training/corpus
MODEL_OUT  := training/output/model
SHIPPED    := pipeline/models/nb_claims_sm

$(CORPUS)/train.spacy: training/convert.py
	$(PY) training/convert.py --norne $(NORNE) --out $(CORPUS)

model: setup $(CORPUS)/train.spacy ## convert NorNE/NDT (../shared/norne) and train + ship the spaCy model (~1 h, 1 core)
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $(PY) -m spacy train training/config.cfg --output $(MODEL_OUT) \
	  --paths.train $(CORPUS)/train.spacy --paths.dev $(CORPUS)/dev.spacy
	$(PY) training/evaluate.py $(MODEL_OUT)/model-best --json $(MODEL_OUT)/scores.json
	$(PY) training/package.py $(MODEL_OUT)/model-best $(SHIPPED) --scores $(MODEL_OUT)/scores.json

model-eval: setup $(CORPUS)/train.spacy ## score the shipped model on UD dev/test (gold tokens): NER, UPOS, lemma, words/s, size
	$(PY) training/evaluate.py $(SHIPPED)

.PHONY: model model-eval
