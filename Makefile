# CoachApp — the commands a new user, a maintainer and CI run.
# `make run` and `make test` create .venv themselves when it is missing or stale.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO   ?= $(CURDIR)/.demo
export QT_QPA_PLATFORM ?= offscreen

.PHONY: venv run test lint fmt bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

## run: set up, make a demo store with demo data, and show what the app can do so far
run: venv
	QT_QPA_PLATFORM= $(BIN)/python -m coachapp.demo --participants 300 --data-dir $(DEMO) --if-missing
	QT_QPA_PLATFORM= $(BIN)/python -m coachapp --data-dir $(DEMO) --passphrase-file $(DEMO)/DEMO-PASSWORD.txt --search mar

## test: lint, type-check and run every test headless
test: venv lint
	$(BIN)/python -m pytest

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy coachapp sync server

fmt: venv
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## bench: benchmarks; each prints one JSON document
bench: venv
	$(BIN)/python -m bench.store
	@$(BIN)/python -c "import gunicorn" 2>/dev/null || $(BIN)/python -m pip install --quiet -e '.[server]'
	$(BIN)/python -m bench.server_load
	$(BIN)/python -m bench.sync

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache $(DEMO)
