# The two commands of the README: `make serve` and `make test`. Both set everything up first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

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
	# Reports are tested as a person sees them: Chromium renders and prints, pdftoppm rasterises.
	command -v chromium >/dev/null && command -v pdftoppm >/dev/null || \
		($(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y \
		--no-install-recommends chromium poppler-utils)
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
