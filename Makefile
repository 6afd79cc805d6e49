# claimlight: the two commands a newcomer needs are `make run` and `make test`.

.PHONY: run test build bench eval train

# Build the page into dist/ and serve it on 127.0.0.1.
run:
	go run ./cmd/build -serve

# Every test: vet, native, wasm in headless Chromium, end to end.
test:
	./scripts/test.sh

build:
	go run ./cmd/build

bench:
	go test -run '^$$' -bench . -benchmem ./...

SHARED ?= ../shared

eval:
	go run ./cmd/eval -data $(SHARED)/data

train:
	go run ./cmd/train -data $(SHARED)/data/claims
