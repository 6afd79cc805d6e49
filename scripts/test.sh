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

failed=()
# run NAME CMD...: runs one stage, remembers a failure, and goes on, so one
# run shows every broken stage.
run() {
	local name=$1
	shift
	step "$name"
	if ! "$@"; then
		failed+=("$name")
	fi
}

vet() {
	go vet ./... &&
		go vet -tags e2e ./e2e/... &&
		GOOS=js GOARCH=wasm go vet ./wasm/... ./offsets/...
}
run "go vet" vet

run "native tests" go test -count=1 ./...

# wasmbrowsertest passes the whole environment into the page, and fails past
# about 8 KB of it: run with a small one.
wasm_tests() {
	local pkgs
	pkgs=$(GOOS=js GOARCH=wasm go list -f '{{if or .TestGoFiles .XTestGoFiles}}{{.ImportPath}}{{end}}' ./wasm/... ./offsets/...)
	[ -n "$pkgs" ] || { echo "no wasm test packages found" >&2; return 1; }
	env -i PATH="$root/.bin:$PATH" HOME="$HOME" GOCACHE="$(go env GOCACHE)" \
		GOMODCACHE="$(go env GOMODCACHE)" GOPROXY="$(go env GOPROXY)" \
		GOOS=js GOARCH=wasm go test -count=1 -timeout 300s $pkgs
}
run "Go tests compiled to wasm, in headless Chromium" wasm_tests

run "end-to-end tests: the built page and extension in headless Chromium" \
	go test -count=1 -timeout 600s -tags e2e ./e2e/...

if [ ${#failed[@]} -gt 0 ]; then
	printf '\nFAILED stages:\n' >&2
	printf '  - %s\n' "${failed[@]}" >&2
	exit 1
fi
printf '\nall tests passed\n'
