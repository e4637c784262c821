# make serve: set up and run the gateway on the embedded default engine.
# make test:  set up and run lint, types, the default suite and the marked slow suite (what CI runs).
VENV ?= .venv
STAMP := $(VENV)/.elson-installed

.PHONY: setup serve test lint test-slow
setup: $(STAMP)

$(STAMP): pyproject.toml scripts/setup.sh
	bash scripts/setup.sh $(VENV)
	touch $@

serve: setup
	$(VENV)/bin/elson serve

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy service tools training cli.py

# The marked heavier suite (the real SmolLM2, ~1 min with its one-time conversion) fits CI's time, so it runs too.
test: lint
	$(VENV)/bin/pytest -q
	$(VENV)/bin/pytest -q -m slow

test-slow: setup
	$(VENV)/bin/pytest -q -m slow
