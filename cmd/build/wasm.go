package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// BuildWasm compiles the bridge in root/wasm to WebAssembly, trimmed
// (-trimpath, -ldflags=-s -w), and returns the module's bytes.
func BuildWasm(root string) ([]byte, error) {
	tmp, err := os.MkdirTemp("", "claimlight-wasm-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	out := filepath.Join(tmp, "claimlight.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, "./wasm")
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
