#!/usr/bin/env bash
# Train several spaCy configs at once on the lent GPU machine (the `run` device tool), stop each
# after SECONDS, score every model-best on UD dev/test (gold tokens, no speed) and pack the results
# into $OUT: logs.tgz (training logs + score tables of every run, summary.tsv) and the KEEP best
# model-best folders by dev NER F, each as <name>.tgz (split into 15 MB parts when larger).
#
#   training/gpu_train.sh SECONDS CFG [CFG ...]
#
# The machine has no network: spaCy and its needs travel as .gpu/site.tgz (git-excluded; carry it
# with training/corpus), which this script unpacks into /tmp/site. Build it here with:
#   pip download --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
#     --platform manylinux_2_28_x86_64 --platform manylinux2014_x86_64 --platform manylinux_2_17_x86_64 \
#     -d .gpu/wheels spacy==3.8.18 thinc==8.3.14 blis cymem preshed murmurhash srsly catalogue wasabi \
#     weasel confection spacy-legacy spacy-loggers pydantic pydantic-core annotated-types \
#     typing-inspection smart-open cloudpathlib        (versions as in .venv: pip list)
#   unzip each wheel into .gpu/site, strip --strip-debug the .so files, drop tests/ and the
#   spacy/lang folders other than nb and xx (≈ 23 MB packed), add .gpu/site/sitecustomize.py
#   aliasing cupyx.scatter_add to cupy.add.at where CuPy lacks it, then tar czf .gpu/site.tgz site.
# Status: smoke-tested only in its CPU fallback on the 2-core workstation (NO_SITE=1, PATH with
# .venv/bin first); the session that wrote it was lent no GPU machine, so the GPU path is untested.
# Without a working GPU (spacy.require_gpu or a GPU update step fails) it trains on CPU, one
# thread per run. Env: KEEP (models returned, default 3), OUT (default /tmp/gpu_out),
# INIT_FROM (a .tgz of a model-best folder unpacked to /tmp/init for configs that source it).
set -u
T=${1:?usage: gpu_train.sh SECONDS CFG...}; shift
OUT=${OUT:-/tmp/gpu_out}; KEEP=${KEEP:-3}; RUNS=/tmp/runs
mkdir -p "$OUT" "$RUNS"
start=$(date +%s)
if [ -z "${NO_SITE:-}" ] && [ -f .gpu/site.tgz ]; then
  tar xzf .gpu/site.tgz -C /tmp && export PYTHONPATH=/tmp/site${PYTHONPATH:+:$PYTHONPATH}
fi
if [ -n "${INIT_FROM:-}" ]; then mkdir -p /tmp/init && tar xzf "$INIT_FROM" -C /tmp/init; fi
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONUNBUFFERED=1
nvidia-smi -L 2>&1 | head -2

GPU=-1
if python3 - <<'EOF'
import spacy, thinc
from thinc.api import get_current_ops
from spacy.tokens import DocBin
from spacy.training import Example
from spacy.util import load_config, load_model_from_config
spacy.require_gpu(0)
print("spacy", spacy.__version__, "thinc", thinc.__version__, "ops", type(get_current_ops()).__name__)
nlp = load_model_from_config(load_config("training/config.cfg"), auto_fill=True)
gold = list(DocBin().from_disk("training/corpus/dev.spacy").get_docs(nlp.vocab))[:40]
exs = [Example(nlp.make_doc(g.text), g) for g in gold]
opt = nlp.initialize(lambda: exs)
for _ in range(3):
    losses = nlp.update(exs, sgd=opt)
print("gpu update ok", {k: round(float(v), 1) for k, v in losses.items()})
EOF
then GPU=0; else echo "GPU check failed: training on CPU"; fi
echo "setup took $(( $(date +%s) - start )) s; gpu-id $GPU"

for cfg in "$@"; do
  name=$(basename "$cfg" .cfg)
  timeout -s INT "$T" python3 -m spacy train "$cfg" --gpu-id "$GPU" --output "$RUNS/$name" \
    --paths.train training/corpus/train.spacy --paths.dev training/corpus/dev.spacy \
    > "$RUNS/$name.log" 2>&1 &
done
wait
echo "training done at $(( $(date +%s) - start )) s"

for cfg in "$@"; do
  name=$(basename "$cfg" .cfg)
  if [ -f "$RUNS/$name/model-best/meta.json" ]; then
    python3 training/evaluate.py "$RUNS/$name/model-best" --no-speed --json "$RUNS/$name.json" \
      > "$RUNS/$name.eval" 2>&1 &
  fi
done
wait
echo "scoring done at $(( $(date +%s) - start )) s"

python3 - "$RUNS" "$@" > "$RUNS/summary.tsv" <<'EOF'
import json, re, sys
from pathlib import Path
runs = Path(sys.argv[1])
print("name\tsteps\tbest_step\tdev_ents_f\ttest_ents_f\tdev_upos\tdev_lemma")
for cfg in sys.argv[2:]:
    name = Path(cfg).stem
    log = (runs / f"{name}.log").read_text(errors="replace") if (runs / f"{name}.log").exists() else ""
    rows = [l.split() for l in log.splitlines() if re.match(r"^\s*\d+\s+\d+\s+[\d.]+", l)]
    steps = rows[-1][1] if rows else "0"
    best = max(rows, key=lambda r: float(r[-1]))[1] if rows else "-"
    s = json.loads((runs / f"{name}.json").read_text()) if (runs / f"{name}.json").exists() else {}
    g = lambda split, key: s.get(split, {}).get(key, "-")
    print(f"{name}\t{steps}\t{best}\t{g('dev','ents_f')}\t{g('test','ents_f')}\t{g('dev','pos_acc')}\t{g('dev','lemma_acc')}")
EOF
cat "$RUNS/summary.tsv"
for cfg in "$@"; do name=$(basename "$cfg" .cfg); echo "== $name"; tail -n 4 "$RUNS/$name.log"; done
tar czf "$OUT/logs.tgz" -C "$RUNS" --exclude='*/model-*' .

# the KEEP best by dev NER F, within 7 files and 60 MB
files=1; total=$(stat -c %s "$OUT/logs.tgz")
for name in $(tail -n +2 "$RUNS/summary.tsv" | awk -F'\t' '$4 != "-"' | sort -t$'\t' -k4,4gr | head -n "$KEEP" | cut -f1); do
  tar czf "/tmp/$name.tgz" -C "$RUNS/$name" model-best
  size=$(stat -c %s "/tmp/$name.tgz"); parts=$(( (size + 15000000 - 1) / 15000000 ))
  if [ $(( files + parts )) -le 8 ] && [ $(( total + size )) -le 60000000 ]; then
    if [ "$parts" -gt 1 ]; then split -b 15000000 -d "/tmp/$name.tgz" "$OUT/$name.tgz.part"; else cp "/tmp/$name.tgz" "$OUT/"; fi
    files=$(( files + parts )); total=$(( total + size ))
  fi
done
ls -la "$OUT"
echo "all done at $(( $(date +%s) - start )) s"
