# make run: set up .venv and build the graph of seeds/ into output/
# make test: set up .venv with the test extras and run the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test bench clean

$(BIN)/diplograph: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(BIN)/diplograph

run: $(BIN)/diplograph
	$(BIN)/diplograph build seeds --out output

test: $(BIN)/diplograph
	$(BIN)/python -m pytest

bench: $(BIN)/diplograph
	$(BIN)/python benchmarks/build_throughput.py

clean:
	rm -rf output/store output/graph.ttl output/graph.html output/report.json
