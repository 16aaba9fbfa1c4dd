# Norwegian claim-extraction pipeline. `make help` lists the targets.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
CLAIMS := $(VENV)/bin/claims
SHARED ?= ../shared
export PYTHONHASHSEED := 0

.DEFAULT_GOAL := help

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml packages/nb_claims_sm/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]' -e packages/nb_claims_sm
	touch $@

setup: $(VENV)/.installed ## create .venv and install the package with dev extras (no network beyond PyPI)

run: setup ## run the main job on corpus/: a batch run into out/batch/ (incremental), plus out/claims.jsonl and out/mentions.jsonl
	@mkdir -p out
	$(CLAIMS) batch corpus/ --out out/batch
	$(CLAIMS) extract corpus/ -o out/claims.jsonl
	$(CLAIMS) mentions corpus/ > out/mentions.jsonl
	@echo "wrote out/batch/ ($$(cat out/batch/claims-*.jsonl | wc -l) claims), out/claims.jsonl ($$(wc -l < out/claims.jsonl) claims), out/mentions.jsonl ($$(wc -l < out/mentions.jsonl) mentions)"

eval: setup ## score claims on the seeds (../shared/gold) and the dev split of corpus/ (annotations/); fails below eval/*.thresholds
	@mkdir -p out
	@if [ -f $(SHARED)/gold/seeds.claims.jsonl ]; then \
	  $(CLAIMS) extract $(SHARED)/seeds -o out/seeds.claims.jsonl && \
	  $(CLAIMS) eval --gold $(SHARED)/gold/seeds.claims.jsonl --pred out/seeds.claims.jsonl \
	    $$(grep -v '^#' eval/seeds.thresholds | sed 's/^/--min /'); \
	else echo "no $(SHARED)/gold: seed evaluation skipped"; fi
	$(CLAIMS) extract corpus/ -o out/corpus.claims.jsonl
	$(CLAIMS) eval --gold annotations/ --pred out/corpus.claims.jsonl --meta corpus/meta.jsonl --split dev \
	  $$(grep -v '^#' eval/corpus.thresholds | sed 's/^/--min /')

eval-test: setup ## score the held-out test split of corpus/ once a piece of work is done; appends the row to eval/test-log.md
	@mkdir -p out
	$(CLAIMS) extract corpus/ -o out/corpus.claims.jsonl
	$(CLAIMS) eval --gold annotations/ --pred out/corpus.claims.jsonl --meta corpus/meta.jsonl --split test \
	  --log eval/test-log.md

background-model: setup ## train the background-count test on the dev split (pipeline/models/background_counts.json); prints its 5-fold CV by document
	$(PY) -m training.background_counts

noun-forms: setup ## rebuild pipeline/lang/noun_forms.tsv (noun forms -> lemmas for measure canonicals) from the treebank's train sentences in ../shared/norne
	$(PY) -m training.noun_forms

test: setup ## run the test suite (fails if no test ran)
	$(PY) -m pytest

schema: setup ## write schema/claim.schema.json from pipeline/schema.py (the one definition of a record) and the import schemas (labelstudio-task, csv-row)
	$(PY) -m pipeline.schema > schema/claim.schema.json
	$(PY) -c 'from pipeline.review.interop.validate import write_schemas; write_schemas("schema")'

lint: setup ## ruff
	$(VENV)/bin/ruff check pipeline tests

BENCH_WORDS ?= 2000000

bench: setup ## print figures: rules-only ratio to the bare tokenizer, us/word per stage, scaling, claims mentions words/s over NorNE, then claims batch (1/2 workers, naive baseline, peak RSS on BENCH_WORDS and 5x)
	$(PY) -m bench.mentions --norne $(SHARED)/norne/ndt/nob
	$(PY) -m bench.batch --norne $(SHARED)/norne/ndt/nob --words $(BENCH_WORDS)

stress: setup ## print reliability figures on hostile input (long: 1 GiB inputs, 20 kill trials, 1.2M-character document; docs/reliability.md)
	$(PY) -m bench.stress

clean: ## remove .venv and out/
	rm -rf $(VENV) out

-include training/model.mk
-include pipeline/review/review.mk
-include pipeline/report/report.mk

.PHONY: help setup run eval eval-test test schema lint bench stress clean
