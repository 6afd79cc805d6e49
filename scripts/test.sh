#!/usr/bin/env bash
# Runs every test claimlight has: go vet, the native tests, the Go tests
# compiled to wasm inside headless Chromium, and the end-to-end browser tests.
# Installs Chromium when it is missing. Any failure exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

step() { printf '\n== %s\n' "$*"; }

step "checking for Chromium"
if ! command -v chromium >/dev/null 2>&1; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		echo "Chromium is missing; installing it with apt-get (about a minute)"
		apt-get update -qq
		apt-get install -y -qq chromium chromium-driver >/dev/null
	else
		echo "claimlight's browser tests need Chromium on PATH as 'chromium'." >&2
		echo "Install it (Debian/Ubuntu: sudo apt-get install chromium) and run again." >&2
		exit 1
	fi
fi
chromium --version 2>/dev/null | tail -n 1

step "building the wasmbrowsertest runner (go.mod tool)"
mkdir -p .bin
GOOS= GOARCH= go build -o .bin/go_js_wasm_exec github.com/agnivade/wasmbrowsertest

step "go vet"
go vet ./...
GOOS=js GOARCH=wasm go vet ./wasm/... ./offsets/...

step "native tests"
go test -count=1 ./...

step "Go tests compiled to wasm, in headless Chromium"
# wasmbrowsertest passes the whole environment into the page; keep it small.
wasm_pkgs=$(GOOS=js GOARCH=wasm go list -f '{{if or .TestGoFiles .XTestGoFiles}}{{.ImportPath}}{{end}}' ./wasm/... ./offsets/...)
env -i PATH="$root/.bin:$PATH" HOME="$HOME" GOCACHE="$(go env GOCACHE)" \
	GOMODCACHE="$(go env GOMODCACHE)" GOPROXY="$(go env GOPROXY)" GOFLAGS=-mod=mod \
	GOOS=js GOARCH=wasm go test -count=1 -timeout 300s $wasm_pkgs

if [ -d e2e ] && ls e2e/*_test.go >/dev/null 2>&1; then
	step "end-to-end tests against the built page and extension"
	go test -count=1 -timeout 600s -tags e2e ./e2e/...
fi

printf '\nall tests passed\n'
