package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Peer library versions, pinned so that runs on different days compare.
const (
	compromiseVersion = "14.17.0"
	winkNLPVersion    = "2.4.0"
	winkModelVersion  = "1.8.1"
	esbuildVersion    = "0.28.2"
)

// peerScripts are the browser builds of the peer libraries, ready to serve.
type peerScripts struct {
	Compromise string // path of compromise's browser build (builds/compromise.js)
	Wink       string // path of an esbuild IIFE of wink-nlp and its web model
}

// winkEntry is bundled by esbuild into one IIFE that sets two globals.
const winkEntry = `import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
globalThis.winkNLP = winkNLP;
globalThis.winkModel = model;
`

// installPeers installs the pinned peers with npm into dir (created if
// needed; never committed) and bundles wink-nlp. A stamp file lets later runs
// skip npm when the versions have not changed.
func installPeers(ctx context.Context, dir string, logf func(string, ...any)) (*peerScripts, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	specs := []string{
		"compromise@" + compromiseVersion,
		"wink-nlp@" + winkNLPVersion,
		"wink-eng-lite-web-model@" + winkModelVersion,
		"esbuild@" + esbuildVersion,
	}
	stamp := strings.Join(specs, " ") + "\n"
	stampPath := filepath.Join(dir, "bench-peers.stamp")
	p := &peerScripts{
		Compromise: filepath.Join(dir, "node_modules", "compromise", "builds", "compromise.js"),
		Wink:       filepath.Join(dir, "wink.iife.js"),
	}
	if old, err := os.ReadFile(stampPath); err == nil && string(old) == stamp && exists(p.Compromise) && exists(p.Wink) {
		return p, nil
	}
	if _, err := exec.LookPath("npm"); err != nil {
		return nil, fmt.Errorf("bench: npm not found on PATH; install Node.js 18+ (apt-get install nodejs npm)")
	}
	if err := os.WriteFile(filepath.Join(dir, "package.json"), []byte(`{"private": true, "description": "claimlight benchmark peers, not shipped"}`+"\n"), 0o644); err != nil {
		return nil, err
	}
	logf("npm install %s", strings.Join(specs, " "))
	args := append([]string{"install", "--no-audit", "--no-fund", "--no-save", "--loglevel=error"}, specs...)
	if err := run(ctx, dir, "npm", args...); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "wink-entry.js"), []byte(winkEntry), 0o644); err != nil {
		return nil, err
	}
	esbuild := filepath.Join(dir, "node_modules", ".bin", "esbuild")
	if err := run(ctx, dir, esbuild, "wink-entry.js", "--bundle", "--format=iife", "--minify",
		"--log-level=error", "--outfile="+p.Wink); err != nil {
		return nil, err
	}
	if !exists(p.Compromise) {
		return nil, fmt.Errorf("bench: %s missing after npm install", p.Compromise)
	}
	return p, os.WriteFile(stampPath, []byte(stamp), 0o644)
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// run runs a command in dir, passing its output through to stderr.
func run(ctx context.Context, dir, name string, args ...string) error {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Stdout = os.Stderr
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("bench: %s %s: %w", name, strings.Join(args, " "), err)
	}
	return nil
}
