# make run: set up .venv and build the graph of seeds/ into output/
# make test: set up .venv with the test extras and run the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test bench screenshot clean

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
	$(BIN)/python benchmarks/query_latency.py
	$(BIN)/python benchmarks/export_speed.py
	$(BIN)/python benchmarks/view_speed.py

# the README's picture of the seed's graph, drawn by headless Chromium (Debian's chromium), from a
# fresh build of the seed (a plain `make run` keeps an article it has already built)
screenshot: $(BIN)/diplograph
	$(BIN)/diplograph build seeds --out output --rebuild
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,760 \
	  --virtual-time-budget=15000 --screenshot=docs/seed-graph.png "file://$(CURDIR)/output/graph.html"

clean:
	rm -rf output/store output/graph.ttl output/graph.html output/report.json
