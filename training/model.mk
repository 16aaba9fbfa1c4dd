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

# Dependency parser experiments (training/parser/README.md): every shipped component sourced and frozen,
# only a new parser trains; assemble.py adds it to a copy of the shipped model under training/output/parser/
# (never into $(SHIPPED)) and checks that lemmas, POS, sentences and entities stay exactly the shipped ones.
# `make parser` scores UD dev only (choose on dev); `make parser-test` scores dev and test, speed and size.
PARSER_EXP ?= p02_own_cnn
PARSER_OUT := training/output/parser
PARSER_NLP := $(PARSER_OUT)/nb_claims_sm_$(PARSER_EXP)

parser: setup $(CORPUS)/train.spacy ## train parser experiment PARSER_EXP (training/parser/$(PARSER_EXP).cfg) on the frozen shipped model, 1 thread; score on UD dev (never ships)
	$(ONE_THREAD) nice -n 10 $(PY) -m spacy train training/parser/$(PARSER_EXP).cfg --code training/callbacks.py \
	  --output $(PARSER_OUT)/$(PARSER_EXP) $(TRAIN_ARGS)
	$(ONE_THREAD) $(PY) training/parser/assemble.py $(PARSER_OUT)/$(PARSER_EXP)/model-best $(PARSER_NLP)
	$(PY) training/evaluate.py $(PARSER_NLP) --splits dev --no-speed

parser-test: setup $(CORPUS)/train.spacy ## score the assembled parser pipeline of PARSER_EXP on UD dev and test: LAS/UAS, NER, POS, lemma, words/s, size
	$(PY) training/evaluate.py $(PARSER_NLP) --json $(PARSER_NLP).scores.json

.PHONY: model model-eval parser parser-test
