# The command index. `make demo` and `make test` need only python3 (>= 3.11) and make:
# they install uv into .uv/, then the locked environment into .venv/.
PYTHON ?= python3
UV_VERSION := 0.13.9
UV := .uv/bin/uv
VENV := .venv
BIN := $(VENV)/bin
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := $(PYTHON)

.PHONY: demo test lint check format bench reliability clean

$(UV):
	$(PYTHON) -m venv .uv
	.uv/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.synced: $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen --quiet
	touch $@

demo: $(VENV)/.synced  ## crawl the bundled demo sources into data/demo.duckdb
	$(BIN)/tradewatch demo

test: lint  ## lint, type-check and run the whole test suite
	$(BIN)/pytest

lint: $(VENV)/.synced
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(VENV)/.synced  ## the benchmark suite (about 30 min, idle machine), tables in benchmarks/results.md
	$(BIN)/python benchmarks/suite.py

reliability: $(VENV)/.synced  ## the reliability suite at full counts, with its table of figures
	TRADEWATCH_KILL_TRIALS=24 TRADEWATCH_PROPERTY_EXAMPLES=3000 $(BIN)/pytest -q tests/reliability

format: $(VENV)/.synced
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf .venv .uv .mypy_cache .pytest_cache .ruff_cache
