# CoachApp — the commands a new user, a maintainer and CI run.
# `make run` and `make test` create .venv themselves when it is missing or stale.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO   ?= $(CURDIR)/.demo
export QT_QPA_PLATFORM ?= offscreen

.PHONY: venv run screenshots test lint fmt bench clean translations translations-update prove prove-quick

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

# Translations: the .ts files are the source (committed); the .qm files the app loads are
# built from them here, never committed. Only finished (reviewed) translations are shipped.
TS := $(wildcard resources/translations/coachapp_*.ts)
QM := $(TS:.ts=.qm)

## translations: compile resources/translations/*.ts to the .qm files the app loads
translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -nounfinished -silent $< -qm $@

## translations-update: gather new and changed strings from ui/ into the .ts files (Spanish:
## every string; English: only the plural forms, "%n change(s)" → "1 change" / "3 changes").
## Then translate what came in new: tests/ui/test_translation.py fails while an English plural,
## or a Spanish string of the screens promised in Spanish, is unfinished.
translations-update: venv
	$(BIN)/pyside6-lupdate -extensions py -locations relative -no-obsolete \
		-disable-heuristic sametext -disable-heuristic similartext \
		-target-language es_419 ui -ts resources/translations/coachapp_es.ts
	$(BIN)/pyside6-lupdate -extensions py -locations relative -no-obsolete -pluralonly \
		-target-language en_US ui -ts resources/translations/coachapp_en.ts

## run: set up, start a demo sync server on 127.0.0.1 with 300 demo families, open the window
## (the demo password is printed once and kept in .demo/DEMO-PASSWORD.txt); closing the
## window or Ctrl+C stops the server
run: venv translations
	QT_QPA_PLATFORM= $(BIN)/python -m ui.demo_run --dir $(DEMO) --families 300

## screenshots: render each main screen offscreen with demo data to docs/screenshots/*.png
screenshots: venv translations
	$(BIN)/python -m tests.ui.screenshots --out docs/screenshots

## test: lint, type-check and run every test headless
test: venv translations lint
	$(BIN)/python -m pytest

## prove: the proof suite at the issue's full size (crashes, faults, bad input, privacy, access,
## TLS, lock): prints a table of figures and writes prove-report.json (docs/reliability.md)
prove: venv translations
	$(BIN)/python -m pytest prove -p no:cacheprovider -o timeout=3600 --prove-size=full

## prove-quick: the same checks with fewer trials, as CI runs them (under 5 minutes)
prove-quick: venv translations
	$(BIN)/python -m pytest prove -p no:cacheprovider -o timeout=900 --prove-size=quick

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
	$(BIN)/python -m bench.reports
	@$(BIN)/python -c "import gunicorn" 2>/dev/null || $(BIN)/python -m pip install --quiet -e '.[server]'
	$(BIN)/python -m bench.server_load
	$(BIN)/python -m bench.sync
	$(BIN)/python -m bench.ui

# Installers (installer/README.md). The bundle is rebuilt only when a file it is made of changed.
PACKAGE_VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"$$/\1/p' coachapp/__init__.py)
BUNDLE          := build/dist/coachapp
DEB             := dist/coachapp_$(PACKAGE_VERSION)_amd64.deb
BUNDLE_SOURCES  := $(shell find coachapp ui sync resources -type f -not -path '*/__pycache__/*' 2>/dev/null) \
                   installer/coachapp.spec installer/config.toml.template pyproject.toml
DEB_SOURCES     := $(filter-out installer/linux/check-deb.sh,$(wildcard installer/linux/*)) installer/config.toml.template

.PHONY: package package-tools package-check

package-tools: venv
	@$(BIN)/python -c "import PyInstaller" 2>/dev/null || $(BIN)/python -m pip install --quiet -e '.[package]'

$(BUNDLE)/coachapp: $(BUNDLE_SOURCES) $(QM) | package-tools
	rm -rf $(BUNDLE)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath build/dist --workpath build/pyinstaller installer/coachapp.spec
	@touch $@

$(DEB): $(BUNDLE)/coachapp $(DEB_SOURCES) resources/icons/coachapp.svg resources/icons/coachapp.png
	installer/linux/build-deb.sh --bundle $(BUNDLE) --version $(PACKAGE_VERSION) --out dist

## package: the one-folder app (build/dist/coachapp), the .deb (dist/), and the Windows
## installer definition checked by building it with wixl (installer/deps.sh installs wixl)
package: $(DEB)
	installer/windows/check-wxs.sh $(BUNDLE) $(PACKAGE_VERSION) build/wxs-check/coachapp-syntax-check.msi
	@du -sk $(BUNDLE) | awk '{ printf "package: bundle %s: %.1f MB unpacked\n", "$(BUNDLE)", $$1 / 1024 }'
	@stat -c %s $(DEB) | awk '{ printf "package: %s: %.1f MB\n", "$(DEB)", $$1 / 1048576 }'

## package-check: package, then as root install the .deb silently with a preset server, run
## --selftest and --version, upgrade, remove and purge it; timings in build/package-check.json
package-check: package
	installer/linux/check-deb.sh $(DEB) $(BUNDLE) $(PACKAGE_VERSION) $(BIN)/python

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache $(DEMO)
	rm -rf build dist
