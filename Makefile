# Dossier: `make run` opens the explorer on seeds/, `make test` runs every test.

SWIFT ?= swift
CORPUS ?= seeds
PACKAGES := libncurses-dev libsqlite3-dev tmux
# The real-news corpus the benchmark uses, and where its 50-fold copy is built.
BBC ?= ../shared/corpora/bbc-news
BIG ?= /tmp/dossier-bench-50x

.PHONY: run test build bench bench-copy eval fuzz deps clean

run: build
	.build/release/dossier $(CORPUS)

build: deps
	$(SWIFT) build -c release --product dossier

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Benchmarks are never part of `make test`: they print figures and do not fail on them.
bench: build
	@if [ -d "$(BBC)" ]; then \
	  $(MAKE) --no-print-directory bench-copy && \
	  .build/release/dossier bench --corpus seeds --corpus "$(BBC)" --corpus "$(BIG)"; \
	else \
	  echo "The bbc-news corpus is not at $(BBC), so it and its 50x copy are left out (set BBC=DIR)."; \
	  .build/release/dossier bench --corpus seeds; \
	fi

# Date tagging scored on the TIMEX3 fixtures and the annotated BBC articles (dev tuned, heldout
# measured only), entity
# extraction on every annotated BBC set (tuned on bbc-dev, bbc-dev2 and bbc-dev3; bbc-test and
# bbc-heldout held out, measured only). A set not annotated yet is named and skipped.
# Cross-references are scored on the judged claim pairs (dev tuned, heldout measured only).
eval: build
	@for split in dev heldout; do \
	  echo "== timex $$split"; .build/release/dossier eval-timex --gold Tests/DossierIndexTests/Fixtures/timex/$$split || exit 1; \
	done
	@if [ -d "$(BBC)" ]; then \
	  for split in bbc-dev bbc-heldout; do \
	    echo "== timex $$split"; \
	    if ls Tests/Evaluation/timex/$$split/*.json >/dev/null 2>&1; then \
	      .build/release/dossier eval-timex --gold Tests/Evaluation/timex/$$split --corpus "$(BBC)" || exit 1; \
	    else echo "(not annotated yet)"; fi; \
	  done; \
	fi
	@if [ -d "$(BBC)" ]; then \
	  for split in bbc-dev bbc-dev2 bbc-dev3 bbc-test bbc-heldout; do \
	    echo "== $$split"; \
	    if ls Tests/Evaluation/entities/$$split/*.json >/dev/null 2>&1; then \
	      .build/release/dossier eval-entities --gold Tests/Evaluation/entities/$$split --corpus "$(BBC)" || exit 1; \
	    else echo "(not annotated yet)"; fi; \
	  done; \
	else \
	  echo "The bbc-news corpus is not at $(BBC); set BBC=DIR." >&2; exit 1; \
	fi
	@for split in dev heldout; do \
	  echo "== xrefs $$split"; .build/release/dossier eval-xrefs --gold Tests/Evaluation/xrefs/$$split.json --corpus "$(BBC)" --quiet || exit 1; \
	done

# libFuzzer on the query parser and the TOML readers, FUZZ_SECONDS each (never part of `make test`);
# Swift's backtracer is off so that libFuzzer catches a crash and writes its input.
# The seeds in Fuzz/Corpus are kept in the repository; what a run finds goes to $(FUZZ_WORK).
FUZZ_SECONDS ?= 60
FUZZ_WORK ?= /tmp/dossier-fuzz
FUZZ_TARGETS := query settings keys theme
fuzz: deps
	DOSSIER_FUZZ=1 $(SWIFT) build --scratch-path .build-fuzz --product dossier-fuzz -Xswiftc -sanitize=fuzzer
	@for target in $(FUZZ_TARGETS); do \
	  echo "== fuzzing $$target for $(FUZZ_SECONDS) s"; \
	  mkdir -p "$(FUZZ_WORK)/$$target" "$(FUZZ_WORK)/crashes" && \
	  SWIFT_BACKTRACE=enable=no DOSSIER_FUZZ_TARGET=$$target .build-fuzz/debug/dossier-fuzz "$(FUZZ_WORK)/$$target" Fuzz/Corpus/$$target \
	    -max_total_time=$(FUZZ_SECONDS) -timeout=10 -max_len=4096 -artifact_prefix="$(FUZZ_WORK)/crashes/$$target-" \
	    -print_final_stats=1 > "$(FUZZ_WORK)/$$target.log" 2>&1; status=$$?; \
	  grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb)" "$(FUZZ_WORK)/$$target.log"; \
	  if [ $$status != 0 ]; then tail -40 "$(FUZZ_WORK)/$$target.log"; exit 1; fi; \
	done

# Fifty copies of bbc-news under new file names, made once.
bench-copy:
	@if [ ! -f "$(BIG)/.complete" ]; then \
	  echo "Copying $(BBC) 50 times into $(BIG)..."; \
	  rm -rf "$(BIG)" && mkdir -p "$(BIG)" || exit 1; \
	  for copy in $$(seq -w 1 50); do \
	    mkdir -p "$(BIG)/copy-$$copy" && \
	    (cd "$(BBC)" && tar cf - --exclude='*/.*' .) | \
	      tar xf - -C "$(BIG)/copy-$$copy" --transform="s|\([^/.]\)\(\.[A-Za-z0-9]*\)$$|\1-$$copy\2|" || exit 1; \
	  done; \
	  touch "$(BIG)/.complete"; \
	fi

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
