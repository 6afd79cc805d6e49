package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// wasmGCFlags turn inlining off in the standard library and the Go
// runtime but not in claimlight's own packages: the download is 25 KB
// (gzip) smaller, and the engine's analysis in V8 measured about 3%
// slower (node, 63 KB of news text, alternating builds), where turning it
// off everywhere would cost 25%. cmd/bench builds with the same flags.
var wasmGCFlags = []string{"-gcflags=all=-l", "-gcflags=github.com/claimlight/claimlight/...="}

// BuildWasm compiles the bridge in root/wasm to WebAssembly, trimmed
// (-trimpath, -ldflags=-s -w, wasmGCFlags), and returns the module's bytes.
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
	return os.ReadFile(out)
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
