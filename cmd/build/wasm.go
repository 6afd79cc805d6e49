package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// wasmGCFlags trade speed and safety checks for download size, which has
// a budget (900 KB gzip for the whole site, TestSiteTransferBudget):
//
//   - no inlining anywhere (-l): 25 KB (gzip) off with the standard
//     library and the runtime, 9 KB more with claimlight's own packages;
//     the engine's analysis measured about 3% slower in V8 for the first,
//     and for the second the worker's analysis of 1,000 words took
//     10.7-13.2 ms against 8.8-9.5 ms with the annotator inlined in two
//     alternating pairs of cmd/bench -page runs, 6.5-12.2 against
//     6.1-10.3 in two more (a busy machine): the price of the budget,
//     until 5 KB are found elsewhere;
//   - no bounds checks (-B) in the engine's packages (tokenize, segment,
//     amount, claim): 9 KB off for the tokenizer and the splitter, 1.8 KB
//     for the amount parser, 11.5 KB for the annotator and the scorer.
//     Every test and fuzz target runs them with bounds checks on,
//     natively and in the browser (go test builds without these flags):
//     tokenize FuzzAppend and FuzzFastPathsAgree, segment FuzzAppend,
//     amount FuzzParse, claim FuzzAnnotate and FuzzJudge, and every
//     prefix of the test articles (TestAnnotatePrefixes). The bridge
//     (wasm, offsets) keeps its checks, so a span out of range still
//     panics there and reaches the page as an Error, and the engine runs
//     in its own worker, which the page restarts if it dies;
//   - no nil checks (-d=disablenil) in the same packages, for the same
//     reasons: 4 KB off (gzip). Go's WebAssembly code tests a pointer
//     before its first use in a function and calls runtime.sigpanic when
//     it is nil, at some 300 places in the engine. The tests and fuzz
//     targets above run with the checks on; the Go code that tests a
//     pointer itself ("if p == nil") is compiled as written.
//
// cmd/bench builds with the same flags.
var wasmGCFlags = []string{"-gcflags=all=-l",
	"-gcflags=github.com/claimlight/claimlight/tokenize=-l -B -d=disablenil", "-gcflags=github.com/claimlight/claimlight/segment=-l -B -d=disablenil",
	"-gcflags=github.com/claimlight/claimlight/amount=-l -B -d=disablenil", "-gcflags=github.com/claimlight/claimlight/claim=-l -B -d=disablenil"}

// BuildWasm compiles the bridge in root/wasm to WebAssembly, trimmed
// (-trimpath, -ldflags=-s -w, wasmGCFlags), and returns the module's bytes
// with its data segments packed for compression (packData).
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
	return packData(b), nil
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
