# Two entry points for a fresh machine: `make run` (reports for the bundled examples) and
# `make test` (installs the development extras and runs the whole test suite).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test test-long lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

# The rule set comes from claimcheck.toml; the last lines printed are the run in one line and
# the page to open.
run: $(VENV)/.installed
	$(BIN)/claimcheck run examples/articles

test: $(VENV)/.installed
	$(BIN)/python -m pytest

# The long property job: 10,000 random and mutated articles per property.
test-long: $(VENV)/.installed
	HYPOTHESIS_PROFILE=long $(BIN)/python -m pytest tests/properties -q

# ruff (with function size limits), dead code (vulture) and the import contracts between the
# pipeline's packages (import-linter; contracts in pyproject.toml).
lint: $(VENV)/.installed
	$(BIN)/ruff check src flows tests benchmarks tools vulture_whitelist.py
	$(BIN)/ruff format --check src flows tests benchmarks tools vulture_whitelist.py
	$(BIN)/vulture
	$(BIN)/lint-imports
	$(BIN)/python benchmarks/check_eval_overlap.py

clean:
	rm -rf $(VENV) .claimcheck reports/*/
