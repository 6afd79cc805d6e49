package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// wasmGCFlags trade speed for download size, which has a budget (900 KB
// gzip for the whole site, TestSiteTransferBudget): no inlining anywhere
// (-l), 25 KB (gzip) off with the standard library and the runtime, about
// 35 KB more with claimlight's own packages. In V8 (node, the 100 KB news
// text, eight alternating rounds of 25 analyses on a shared machine,
// 2026-11-28) inlining bought less than the 15% that would pay for its
// bytes: against 39.0 ms (median of the rounds' fastest) and an 811 KB
// site, inlining in package claim alone (-gcflags=.../claim=) took
// 37.1 ms (5% less) for 51 KB more; that with access_wasm.go's accessors
// inlinable 33.4 ms (14%) for 77 KB (887 KB in all); claimlight's own
// packages 34.9 ms (10%) for 61 KB; everything 33.7 ms (14%) for 75 KB.
//
// The engine keeps its bounds and nil checks: an index out of range is a
// panic, which the bridge turns into a JavaScript Error and the page
// reports, rather than a read of whatever lies in the module's memory.
// From 2026-11-28 to the next session the build dropped them (-B and
// -d=disablenil in tokenize, segment, amount and claim) for 26 KB of the
// budget; packing the module's data (packData) freed 80 KB and the checks
// came back.
//
// Inlining on in the bridge (wasm) and the root package made the site 830
// bytes smaller (gzip, 892,892 to 892,083, 2026-11-29) but the engine
// 20-40% slower in Chromium (four alternating runs of `go run ./cmd/bench
// -sizes 100k -quick`: 53.1 and 73.0 ms without, 74.5 and 91.4 ms with),
// so no package is the exception; inlining on in the tokenizer, the
// amount parser, the sentence splitter or syscall/js made the site larger.
//
// cmd/bench builds with the same flags.
var wasmGCFlags = []string{"-gcflags=all=-l"}

// BuildWasm compiles the bridge in root/wasm to WebAssembly, trimmed
// (-trimpath, -ldflags=-s -w, wasmGCFlags), and returns the module's bytes
// with its loads' and stores' offsets folded (foldOffsets) and its data
// segments packed for compression (packData).
func BuildWasm(root string) ([]byte, error) {
	tmp, err := os.MkdirTemp("", "claimlight-wasm-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	out := filepath.Join(tmp, "claimlight.wasm")
	args := append([]string{"build", "-trimpath", "-ldflags=-s -w"}, wasmGCFlags...)
	cmd := exec.Command("go", append(args, "-o", out, "./wasm")...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	if msg, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("go build ./wasm: %v\n%s", err, msg)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		return nil, err
	}
	folded := foldOffsets(b)
	if len(folded) >= len(b) {
		return nil, fmt.Errorf("rewriting the module's code: foldOffsets read no function body it could shorten (an instruction it does not know, from a Go version with other code?)")
	}
	packed, tables := packData(folded)
	if !tables {
		return nil, fmt.Errorf("packing the module's data: the Go runtime's function table or its search table was not found (a Go version with another layout?)")
	}
	return packed, nil
}

// WasmExec returns wasm_exec.js from the Go toolchain that BuildWasm uses,
// the JavaScript half of the Go runtime for js/wasm.
func WasmExec() ([]byte, error) {
	msg, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return nil, fmt.Errorf("go env GOROOT: %v", err)
	}
	goroot := strings.TrimSpace(string(msg))
	for _, p := range []string{"lib/wasm/wasm_exec.js", "misc/wasm/wasm_exec.js"} {
		if b, err := os.ReadFile(filepath.Join(goroot, p)); err == nil {
			return b, nil
		}
	}
	return nil, fmt.Errorf("no wasm_exec.js under %s", goroot)
}
