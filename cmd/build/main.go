// Command build turns claimlight's sources into the page people open.
//
//	go run ./cmd/build [-out dist] [-serve] [-addr 127.0.0.1:8080]
//
// It compiles the engine to WebAssembly (GOOS=js GOARCH=wasm, -trimpath,
// -ldflags=-s -w, no inlining but in the bridge and the root package: see wasmGCFlags), copies wasm_exec.js from the same Go toolchain, minifies
// HTML, CSS and JavaScript, and writes:
//
//	OUT/site/            the page with content-hashed asset names and a .gz
//	                     beside every file, ready for any static host
//	OUT/claimlight.html  one self-contained file (scripts, styles and the
//	                     engine inlined) that works opened from disk
//
// The .gz files come from internal/deflate, a zopfli-style encoder that
// writes them about 6% smaller than compress/gzip's best level; each is
// checked by decoding it, and the output for a large input is kept in the
// user's cache folder (claimlight/gz), so only the first build after the
// engine changes pays the 10-20 s it takes.
//
// With -serve it then serves OUT/site on 127.0.0.1, gzip-encoded where the
// browser accepts it, and prints the URL.
package main

import (
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
)

// buildExtension, when set, builds the browser extension into outDir from
// the engine (wasm), the matching wasm_exec.js and the project's root
// folder. It is the seam for the extension build: a separate file in this
// package sets it from an init function.
var buildExtension func(outDir string, wasm, wasmExec []byte, root string) error

func main() {
	out := flag.String("out", "dist", "output folder")
	serve := flag.Bool("serve", false, "serve OUT/site on 127.0.0.1 after building")
	addr := flag.String("addr", "127.0.0.1:8080", "address for -serve (port 0 picks a free one)")
	flag.BoolVar(&keepFuncNames, "names", false, "keep the engine's function names and the layout of their arguments, for stack traces that name functions and print their arguments (about 31 KB more to download)")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("build: ")

	root, err := findRoot()
	if err != nil {
		log.Fatal(err)
	}
	outDir, err := filepath.Abs(*out)
	if err != nil {
		log.Fatal(err)
	}
	report, err := Build(root, outDir)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(report)
	if *serve {
		if err := Serve(filepath.Join(outDir, "site"), *addr); err != nil {
			log.Fatal(err)
		}
	}
}

// Build builds everything into outDir from the sources under root and
// returns a short report of what it wrote.
func Build(root, outDir string) (string, error) {
	wasm, err := BuildWasm(root)
	if err != nil {
		return "", err
	}
	wasmExec, err := WasmExec()
	if err != nil {
		return "", err
	}
	src, err := readSources(root)
	if err != nil {
		return "", err
	}
	if err := os.RemoveAll(filepath.Join(outDir, "site")); err != nil {
		return "", err
	}
	site, err := buildSite(filepath.Join(outDir, "site"), src, wasm, wasmExec)
	if err != nil {
		return "", fmt.Errorf("site: %w", err)
	}
	single, err := buildSingle(filepath.Join(outDir, "claimlight.html"), src, wasm, wasmExec)
	if err != nil {
		return "", fmt.Errorf("single file: %w", err)
	}
	report := site + single
	if buildExtension != nil {
		dir := filepath.Join(outDir, "extension")
		if err := buildExtension(dir, wasm, wasmExec, root); err != nil {
			return "", fmt.Errorf("extension: %w", err)
		}
		report += "extension: " + dir + "\n"
	}
	return report, nil
}

// findRoot returns the module root: the nearest folder at or above the
// working directory that holds claimlight's go.mod.
func findRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			if _, err := os.Stat(filepath.Join(dir, "claimlight.go")); err == nil {
				return dir, nil
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("run me inside the claimlight module")
		}
		dir = parent
	}
}
