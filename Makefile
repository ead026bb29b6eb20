# The two commands of the README: `make serve` and `make test`. Both set everything up first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install serve test lint bench fixtures clean

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

test: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check matcher tests benchmarks
	$(BIN)/hadolint Dockerfile

bench: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python benchmarks/core.py

fixtures: $(STAMP)
	$(BIN)/python -m matcher.simulate fixtures --seed 7 --creators 5000 --out fixtures/

clean:
	rm -rf $(VENV) indexes/fixtures indexes/embedding-cache.sqlite*
