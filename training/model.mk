# Our own Bokmål spaCy pipeline (issue 8): trained on NorNE/NDT in $(SHARED)/norne, shipped in
# pipeline/models/nb_claims_sm. Included by the top-level Makefile (PY, SHARED come from there).
# How it was trained and what each experiment gave: training/MODEL_CARD.md. CI never retrains.
NORNE      ?= $(SHARED)/norne
CORPUS     := training/corpus
MODEL_OUT  := training/output/model
SHIPPED    := pipeline/models/nb_claims_sm
# spaCy --gpu-id: -1 = CPU (how the shipped model was trained, one thread); GPU=0 needs cupy for
# your CUDA (e.g. pip install cupy-cuda12x) and gives a model that differs in detail (float order).
GPU        ?= -1
ONE_THREAD := OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
TRAIN_ARGS  = --gpu-id $(GPU) --paths.train $(CORPUS)/train.spacy --paths.dev $(CORPUS)/dev.spacy

$(CORPUS)/train.spacy: training/convert.py
	$(PY) training/convert.py --norne $(NORNE) --out $(CORPUS)

# Two stages: training/config.cfg from scratch (12,000 steps, ~1 h on 1 core), then
# training/config_finetune.cfg continues that model-best with averaged weights (every component
# sourced; training/callbacks.py restores the lemmatizer's label table that spaCy 3.8 drops on load).
model: setup $(CORPUS)/train.spacy ## convert NorNE/NDT (../shared/norne) and train + ship the spaCy model (~1.5 h, 1 core; GPU=0 for a GPU)
	$(ONE_THREAD) $(PY) -m spacy train training/config.cfg --output $(MODEL_OUT)/base $(TRAIN_ARGS)
	$(ONE_THREAD) $(PY) -m spacy train training/config_finetune.cfg --code training/callbacks.py \
	  --output $(MODEL_OUT)/finetune --paths.source $(MODEL_OUT)/base/model-best $(TRAIN_ARGS)
	$(PY) training/evaluate.py $(MODEL_OUT)/finetune/model-best --json $(MODEL_OUT)/scores.json
	$(PY) training/package.py $(MODEL_OUT)/finetune/model-best $(SHIPPED) --scores $(MODEL_OUT)/scores.json

model-eval: setup $(CORPUS)/train.spacy ## score the shipped model on UD dev/test (gold tokens): NER, UPOS, lemma, words/s, size
	$(PY) training/evaluate.py $(SHIPPED)

.PHONY: model model-eval
