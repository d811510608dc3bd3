# Set-up on Debian/Ubuntu is two commands: `make demo` and `make test`.
# Both install what is missing (system packages through apt, Python packages into .venv).
PYTHON ?= python3
VENV   ?= .venv
OUT    ?= output
SAMPLE ?= samples/harbour-ferry.txt
BIN    := $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
APT_PACKAGES := espeak-ng ffmpeg python3-venv
# Only `make test` needs a browser: the web page is tested in a real headless Chromium.
TEST_APT_PACKAGES := chromium

.PHONY: install system-packages test-packages demo test bench clean

install: system-packages $(VENV)/.installed

system-packages:
	@missing=""; \
	command -v espeak-ng >/dev/null 2>&1 || missing="$$missing espeak-ng"; \
	command -v ffmpeg >/dev/null 2>&1 || missing="$$missing ffmpeg"; \
	$(PYTHON) -c 'import ensurepip' >/dev/null 2>&1 || missing="$$missing python3-venv"; \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null 2>&1; then \
	    echo "installing system packages:$$missing"; \
	    $(SUDO) apt-get update -qq && \
	    $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES) >/dev/null; \
	  else \
	    echo "please install$$missing with your package manager (see README.md)"; exit 1; \
	  fi; \
	fi
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "narrator needs Python 3.11 or newer: run make with PYTHON=python3.11 (or newer)"; exit 1; }

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $@

demo: install
	$(BIN)/narrator add $(SAMPLE) --out $(OUT)
	@echo
	@echo "Episode MP3s: $(OUT)/episodes/"
	@echo "Podcast feed: $(OUT)/feed.xml"

test-packages:
	@if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then \
	  if command -v apt-get >/dev/null 2>&1; then \
	    echo "installing test packages: $(TEST_APT_PACKAGES)"; \
	    $(SUDO) apt-get update -qq && \
	    $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(TEST_APT_PACKAGES) >/dev/null || \
	      echo "could not install chromium: the browser test of the web page will be skipped"; \
	  else \
	    echo "no chromium: the browser test of the web page will be skipped (see README.md)"; \
	  fi; \
	fi

test: install test-packages
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
