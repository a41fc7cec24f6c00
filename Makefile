# Two commands after cloning: `make demo` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
# Extras to install: `make test EXTRAS=dev,spark` also tests the Spark path.
EXTRAS ?= dev

.PHONY: setup demo test lint format bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[$(EXTRAS)]'
	touch $@

demo: setup
	$(BIN)/dyadscope demo

# pytest exits 5 when it collects nothing; that is a failure of the suite's layout, not a pass,
# so it is reported as such (exit 1) instead of silently landing a run with no tests.
test: setup
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/pytest -q -p no:cacheprovider; rc=$$?; \
	  if [ $$rc -eq 5 ]; then echo "no tests collected"; exit 1; fi; exit $$rc

lint: setup
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts

format: setup
	$(BIN)/ruff format src tests bench scripts
	$(BIN)/ruff check --fix src tests bench scripts

bench: setup
	$(BIN)/python bench/accuracy.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
