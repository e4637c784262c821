# make serve: set up and run the gateway on the embedded default engine.
# make test:  set up and run lint, types, the default suite and the marked slow and prometheus suites (what CI runs).
VENV ?= .venv
STAMP := $(VENV)/.elson-installed

.PHONY: setup serve test lint test-slow ci-tools
setup: $(STAMP)

$(STAMP): pyproject.toml scripts/setup.sh
	bash scripts/setup.sh $(VENV)
	touch $@

serve: setup
	$(VENV)/bin/elson serve

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy service tools training eval deploy cli.py clikit.py

ci-tools:
	bash scripts/ci_tools.sh

# The marked heavier suites (the real SmolLM2, ~3 min; a real Prometheus scraping a real gateway, ~35 s) fit CI's
# time, so they run too. The deploy tests must not skip for a missing promtool or kubectl here.
test: export ELSON_REQUIRE_DEPLOY_TOOLS = 1
test: lint ci-tools
	$(VENV)/bin/pytest -q
	$(VENV)/bin/pytest -q -m slow
	$(VENV)/bin/pytest -q -m prometheus

test-slow: setup
	$(VENV)/bin/pytest -q -m slow
