# Gongkai Kiosk. `make` lists the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
GONGKAI := $(VENV)/bin/gongkai
DEMO_DB := demo/demo.db

.PHONY: help setup demo test lint bench deb clean county docs

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-8s %s\n", $$1, $$2}'

setup: ## install Debian packages and the .venv (done by demo and test too)
	@installer/setup-dev.sh

$(DEMO_DB): | setup
	@mkdir -p $(dir $(DEMO_DB))
	$(GONGKAI) demo --db $(DEMO_DB)

demo: setup $(DEMO_DB) ## open the kiosk on a demo township (under Xvfb when there is no screen)
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		$(GONGKAI) run --db $(DEMO_DB) $(RUN_ARGS); \
	else \
		echo "No screen: opening the kiosk under Xvfb"; \
		QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24" $(GONGKAI) run --db $(DEMO_DB) $(RUN_ARGS); \
	fi

county: setup ## a demo county service: demo township published, console account county / demo-county-2026
	$(GONGKAI) county demo --root demo/county --port $(or $(PORT),8080) $(COUNTY_ARGS)

test: setup ## run the whole test suite
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

lint: setup ## ruff and the import-layer contracts
	$(VENV)/bin/ruff check kiosk ui sync county gongkai tests
	$(VENV)/bin/lint-imports

bench: setup ## the full benchmark, JSON on stdout
	$(GONGKAI) bench

deb: setup ## build dist/gongkai-kiosk_VERSION_amd64.deb for kiosks (installer/build-deb.sh)
	@installer/build-deb.sh

docs: setup ## redraw docs/architecture.svg from the import graph (needs Debian graphviz)
	PYTHONPATH=$(CURDIR) $(PY) docs/architecture_graph.py docs/architecture.dot
	dot -Tsvg docs/architecture.dot -o docs/architecture.svg

clean: ## remove the demo database and build output
	rm -rf demo build dist *.egg-info
