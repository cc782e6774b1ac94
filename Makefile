# Dossier: `make run` opens the explorer on seeds/, `make test` runs every test.

SWIFT ?= swift
CORPUS ?= seeds
PACKAGES := libncurses-dev libsqlite3-dev tmux

.PHONY: run test build bench deps clean

run: build
	.build/release/dossier $(CORPUS)

build: deps
	$(SWIFT) build -c release --product dossier

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Installs the system packages Dossier needs when run as root; otherwise says what to install.
deps:
	@command -v $(SWIFT) >/dev/null || { echo "Dossier needs Swift 6.1 or later: https://www.swift.org/install/linux/" >&2; exit 1; }
	@if command -v dpkg-query >/dev/null; then \
	  missing=""; \
	  for package in $(PACKAGES); do \
	    dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "ok installed" || missing="$$missing $$package"; \
	  done; \
	  if [ -n "$$missing" ]; then \
	    if [ "$$(id -u)" = 0 ]; then \
	      echo "Installing$$missing"; \
	      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 1; \
	    else \
	      echo "Dossier needs these packages:$$missing. Install them with: sudo apt-get install$$missing" >&2; exit 1; \
	    fi; \
	  fi; \
	fi

clean:
	$(SWIFT) package clean
