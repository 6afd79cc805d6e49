package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
)

// engineBuild is the claimlight engine as the page ships it.
type engineBuild struct {
	Wasm     string // path of the .wasm file
	WasmExec string // path of wasm_exec.js from the toolchain that built Wasm
	Site     string // root of the built site (holds index.html); "" when not built
	How      string // the command that produced it, for the report
	Named    string // path of the same engine built with function names (-ldflags=-w, no -s), for profiles; "" if not built
}

// buildNamed builds ./wasm under src with its function-name section kept,
// so that a V8 profile shows Go function names; the code is the same as the
// shipped build's.
func buildNamed(ctx context.Context, src, dir string) (string, error) {
	out := filepath.Join(dir, "claimlight-named.wasm")
	cmd := exec.CommandContext(ctx, "go", wasmBuildArgs("-ldflags=-w", out)...)
	cmd.Dir = src
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("bench: building ./wasm with names: %w", err)
	}
	return out, nil
}

// buildEngine builds the site with the project's own build command into dir
// (`go run ./cmd/build -out dir`), and finds the wasm inside it. When the
// repository has no cmd/build yet it builds ./wasm alone and there is no
// site to drive.
func buildEngine(ctx context.Context, root, dir string, logf func(string, ...any)) (*engineBuild, error) {
	goroot := runtime.GOROOT()
	if out, err := exec.CommandContext(ctx, "go", "env", "GOROOT").Output(); err == nil {
		goroot = strings.TrimSpace(string(out))
	}
	b := &engineBuild{WasmExec: filepath.Join(goroot, "lib", "wasm", "wasm_exec.js")}
	if exists(filepath.Join(root, "cmd", "build")) && hasGoFiles(filepath.Join(root, "cmd", "build")) {
		b.How = "go run ./cmd/build -out TMP"
		logf("%s", b.How)
		if err := run(ctx, root, "go", "run", "./cmd/build", "-out", dir); err != nil {
			fmt.Fprintf(os.Stderr, "%v; falling back to building ./wasm alone\n", err)
			return buildWasmOnly(ctx, root, dir, b, "cmd/build failed")
		}
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			switch {
			case d.IsDir():
			case strings.HasSuffix(path, ".wasm") && b.Wasm == "":
				b.Wasm = path
			case d.Name() == "index.html" && b.Site == "":
				b.Site = filepath.Dir(path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if b.Wasm == "" {
			return nil, fmt.Errorf("bench: no .wasm file under %s after %s", dir, b.How)
		}
		return b, nil
	}
	return buildWasmOnly(ctx, root, dir, b, "no cmd/build yet")
}

// wasmGCFlags are cmd/build's: no inlining.
var wasmGCFlags = []string{"-gcflags=all=-l"}

// wasmBuildArgs returns the arguments of go that build ./wasm into out
// with cmd/build's flags and the linker flags ldflags.
func wasmBuildArgs(ldflags, out string) []string {
	args := append([]string{"build", "-trimpath", ldflags}, wasmGCFlags...)
	return append(args, "-o", out, "./wasm")
}

// buildWasmOnly builds ./wasm alone into dir, when the site cannot be built.
func buildWasmOnly(ctx context.Context, root, dir string, b *engineBuild, why string) (*engineBuild, error) {
	b.Site = ""
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	b.Wasm = filepath.Join(dir, "claimlight.wasm")
	b.How = "GOOS=js GOARCH=wasm go build -trimpath -ldflags='-s -w' " + strings.Join(wasmGCFlags, " ") + " ./wasm (" + why + ")"
	logf("%s", b.How)
	cmd := exec.CommandContext(ctx, "go", wasmBuildArgs("-ldflags=-s -w", b.Wasm)...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("bench: building ./wasm: %w", err)
	}
	return b, nil
}

func hasGoFiles(dir string) bool {
	m, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	return len(m) > 0
}

// fileSize is a shipped file's size raw and gzipped.
type fileSize struct {
	Raw, Gzip int64 // bytes
}

// sizeOf measures path; gzip is computed here at the best compression level.
func sizeOf(path string) (fileSize, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return fileSize{}, err
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
	return fileSize{Raw: int64(len(b)), Gzip: int64(buf.Len())}, nil
}

// repoRoot walks up from the working directory to the directory holding go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if exists(filepath.Join(dir, "go.mod")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("bench: no go.mod above the working directory; run from the claimlight repository")
		}
		dir = parent
	}
}

// exportRevision writes a clean copy of the repository at rev into dir with
// `git archive`, leaving the working tree and the index alone.
func exportRevision(ctx context.Context, root, rev, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	archive := exec.CommandContext(ctx, "git", "archive", "--format=tar", rev)
	archive.Dir = root
	tar := exec.CommandContext(ctx, "tar", "-x", "-C", dir)
	pipe, err := archive.StdoutPipe()
	if err != nil {
		return err
	}
	tar.Stdin = pipe
	archive.Stderr, tar.Stderr = os.Stderr, os.Stderr
	if err := tar.Start(); err != nil {
		return err
	}
	if err := archive.Run(); err != nil {
		return fmt.Errorf("bench: git archive %s: %w", rev, err)
	}
	if err := tar.Wait(); err != nil {
		return fmt.Errorf("bench: extracting %s: %w", rev, err)
	}
	return nil
}
