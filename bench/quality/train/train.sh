#!/bin/sh
# Trains the name tagger from ../shared/corpus/conll2003-en/train.txt and writes its weights to
# src/core/suggest/tagger_model.bin (the next build compiles them in). Offline; about a minute on 2 cores.
# Extra arguments go to train_tagger (--epochs, --min-weight, --errors FILE ...).
set -eu
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
CORPUS=${GLOSSA_CORPUS:-$ROOT/../shared/corpus}
BUILD=$ROOT/build/quality-train
cmake -S "$ROOT/bench/quality/train" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" -j2 >/dev/null
"$BUILD/train_tagger" --conll "$CORPUS/conll2003-en/train.txt" --out "$ROOT/src/core/suggest/tagger_model.bin" "$@"
