# portray: how to build, run, test, benchmark and measure it.
SHELL   := /bin/bash
GO      ?= go
BIN     := bin/portray
EVAL    ?= ../shared/eval
SEED    ?= ../shared/seed

.PHONY: build run test bench eval fmt clean

build:
	$(GO) build -o $(BIN) ./cmd/portray

## run: analyse the bundled sample articles into out/
run: build
	./$(BIN) batch -o out --people testdata/people.yaml testdata/articles

## test: formatting, vet, and every test with the race detector
test:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) test -race ./...

## bench: Go benchmarks, then the whole batch against reference VADER (NLTK)
## on the same folder of articles, in one run
BENCHDIR ?= $(if $(wildcard $(EVAL)/polnear/dev/text),$(EVAL)/polnear/dev/text,testdata/articles)
bench: build
	$(GO) test -run '^$$' -bench . -benchmem ./...
	@echo "== portray batch (whole pipeline) on $(BENCHDIR)"
	@bytes=$$(cat $(BENCHDIR)/* 2>/dev/null | wc -c); start=$$(date +%s.%N); \
	./$(BIN) batch -o $$(mktemp -d) $(BENCHDIR) >/dev/null; end=$$(date +%s.%N); \
	awk -v b=$$bytes -v s=$$start -v e=$$end 'BEGIN { printf "MB %.2f sec %.2f MB/s %.3f\n", b/1e6, e-s, b/1e6/(e-s) }'
	@py=$$(for p in python3 /usr/bin/python3; do $$p -c 'import nltk' 2>/dev/null && echo $$p && break; done); \
	if [ -n "$$py" ] && [ -f $(EVAL)/vader_lexicon.txt ]; then \
		echo "== reference VADER (NLTK), tone only, on $(BENCHDIR)"; \
		$$py $(EVAL)/scripts/vader_speed.py $(BENCHDIR) $(EVAL)/vader_lexicon.txt; \
	else echo "(reference VADER skipped: needs python3-nltk (apt-get install python3-nltk) and $(EVAL))"; fi

## eval: accuracy on the labelled data in $(EVAL) (not part of the project)
eval: build
	@tmp=$$(mktemp -d); mkdir $$tmp/seed; cp $(SEED)/alaska-summit.txt $$tmp/seed/; \
	./$(BIN) batch -o $$tmp/seed-out $$tmp/seed >/dev/null; \
	echo "== seed article"; python3 $(EVAL)/scripts/evaluate.py seed $(SEED)/alaska-summit.quotes.tsv $$tmp/seed-out/quotes.csv; \
	./$(BIN) batch -o $$tmp/pn $(EVAL)/polnear/dev/text >/dev/null; \
	echo "== polnear dev"; python3 $(EVAL)/scripts/evaluate.py polnear $(EVAL)/polnear/dev $$tmp/pn/quotes.csv; \
	echo "== nyt"; python3 $(EVAL)/scripts/evaluate.py nyt $(EVAL)/nyt/snippets.tsv ./$(BIN); \
	echo "== newsmtsc dev-rw"; python3 $(EVAL)/scripts/evaluate.py newsmtsc $(EVAL)/newsmtsc/dev-rw.jsonl ./$(BIN); \
	echo "== persent random_test"; python3 $(EVAL)/scripts/evaluate.py persent $(EVAL)/persent/random_test.csv ./$(BIN); \
	rm -rf $$tmp

fmt:
	gofmt -w .

clean:
	rm -rf bin
	find out -mindepth 1 ! -name .gitkeep -delete

## train: fit the tone model from $(EVAL) (NYT snippets and NewsMTSC train,
## both MIT) into analyze/tone/weights.json, bit for bit the shipped one;
## prints in-sample, 5-fold cross-validated and NewsMTSC dev figures
.PHONY: train
train:
	$(GO) run ./cmd/portray-train --data $(EVAL) --cv --dev -o analyze/tone/weights.json
