package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// testSources are the real page sources from the repo: the build must
// accept them as they are.
func testSources(t *testing.T) *sources {
	t.Helper()
	src, err := readSources(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return src
}

var (
	fakeWasm     = []byte("\x00asm\x01\x00\x00\x00 not really a module")
	fakeWasmExec = []byte("globalThis.Go = class { constructor() { this.importObject = {}; } run() {} };\n")
)

func TestBuildSite(t *testing.T) {
	dir := t.TempDir()
	report, err := buildSite(dir, testSources(t), fakeWasm, fakeWasmExec)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(report, "total") {
		t.Errorf("report lacks a total: %s", report)
	}
	names := map[string]string{}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".gz") {
			continue
		}
		if m := regexp.MustCompile(`^(\w+)\.[0-9a-f]{10}\.(js|css|wasm)$`).FindStringSubmatch(e.Name()); m != nil {
			names[m[1]+"."+m[2]] = e.Name()
		} else if e.Name() != "index.html" {
			t.Errorf("unexpected file %s", e.Name())
		}
		gz, err := os.ReadFile(filepath.Join(dir, e.Name()+".gz"))
		if err != nil {
			t.Errorf("no .gz beside %s", e.Name())
			continue
		}
		zr, err := gzip.NewReader(bytes.NewReader(gz))
		if err != nil {
			t.Fatal(err)
		}
		plain, _ := io.ReadAll(zr)
		orig, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		if !bytes.Equal(plain, orig) {
			t.Errorf("%s.gz does not hold %s", e.Name(), e.Name())
		}
	}
	for _, want := range []string{"app.js", "boot.js", "worker.js", "style.css", "claimlight.wasm"} {
		if names[want] == "" {
			t.Errorf("no hashed %s in %v", want, names)
		}
	}
	read := func(n string) string {
		b, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	idx := read("index.html")
	for _, ref := range []string{names["style.css"], names["app.js"], names["boot.js"]} {
		if !strings.Contains(idx, ref) {
			t.Errorf("index.html does not refer to %s", ref)
		}
	}
	if strings.Contains(idx, "web/") || strings.Contains(idx, markSample) {
		t.Errorf("index.html keeps a source path or the sample marker")
	}
	if !strings.Contains(idx, "€35 billion") {
		t.Errorf("index.html lacks the inlined sample article")
	}
	for _, n := range []string{"app.js", "boot.js"} {
		if !strings.Contains(read(names[n]), names["worker.js"]) {
			t.Errorf("%s does not start %s", n, names["worker.js"])
		}
	}
	if strings.Index(idx, names["boot.js"]) > strings.Index(idx, names["style.css"]) {
		t.Errorf("index.html runs boot.js after the style sheet, which it would then wait for")
	}
	worker := read(names["worker.js"])
	if !strings.HasPrefix(worker, "globalThis.Go=") || !strings.Contains(worker, names["claimlight.wasm"]) {
		t.Errorf("worker.js does not start with wasm_exec.js and load %s: %s", names["claimlight.wasm"], worker)
	}
	if got := read(names["claimlight.wasm"]); got != string(fakeWasm) {
		t.Errorf("the wasm was changed on the way")
	}
	if len(read(names["app.js"])) >= len(testSources(t).app) {
		t.Errorf("app.js was not minified")
	}
}

func TestBuildSingle(t *testing.T) {
	path := filepath.Join(t.TempDir(), "claimlight.html")
	if _, err := buildSingle(path, testSources(t), fakeWasm, fakeWasmExec); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	csp := regexp.MustCompile(`Content-Security-Policy" content="([^"]*)"`).FindStringSubmatch(page)
	if csp == nil {
		t.Fatal("no CSP")
	}
	// Every inline script and style that runs is allowed by its hash.
	for _, m := range regexp.MustCompile(`(?s)<(script|style)>(.*?)</(?:script|style)>`).FindAllStringSubmatch(page, -1) {
		if !strings.Contains(csp[1], cspHash([]byte(m[2]))) {
			t.Errorf("inline <%s> of %d bytes is not in the CSP %q", m[1], len(m[2]), csp[1])
		}
	}
	for _, want := range []string{"default-src 'none'", "'wasm-unsafe-eval'", "worker-src blob:"} {
		if !strings.Contains(csp[1], want) {
			t.Errorf("CSP %q lacks %s", csp[1], want)
		}
	}
	for _, gone := range []string{`src="web/`, `href="web/`, "'self'"} {
		if strings.Contains(page, gone) {
			t.Errorf("single file still has %s", gone)
		}
	}
	for _, want := range []string{`id="cl-worker-src"`, `id="cl-wasm"`, "AGFzbQEAAAA"} {
		if !strings.Contains(page, want) {
			t.Errorf("single file lacks %s", want)
		}
	}
}

func TestReplaceOnce(t *testing.T) {
	if _, err := replaceOnce([]byte("a 'x' 'x'"), "'x'", "y", "t"); err == nil {
		t.Error("two occurrences accepted")
	}
	if _, err := replaceOnce([]byte("a"), "'x'", "y", "t"); err == nil {
		t.Error("no occurrence accepted")
	}
	if err := checkRawText([]byte("a</SCRIPT>"), "t"); err == nil {
		t.Error("</SCRIPT> accepted inline")
	}
}

func TestSiteHandler(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"index.html":                 "<!doctype html><p>hi",
		"app.0123456789.js":          "console.log(1)",
		"claimlight.abcdefabcd.wasm": "\x00asm",
	}
	for n, body := range files {
		os.WriteFile(filepath.Join(dir, n), []byte(body), 0o644)
		os.WriteFile(filepath.Join(dir, n+".gz"), gzipBytes([]byte(body)), 0o644)
	}
	srv := httptest.NewServer(SiteHandler(dir))
	defer srv.Close()
	tr := &http.Transport{DisableCompression: true}
	get := func(path, enc string) *http.Response {
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		if enc != "" {
			req.Header.Set("Accept-Encoding", enc)
		}
		resp, err := tr.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { resp.Body.Close() })
		return resp
	}
	tests := []struct {
		path, enc, ctype, cenc, cache string
		status                        int
	}{
		{"/", "gzip, br", "text/html; charset=utf-8", "gzip", "no-cache", 200},
		{"/", "", "text/html; charset=utf-8", "", "no-cache", 200},
		{"/app.0123456789.js", "gzip", "text/javascript; charset=utf-8", "gzip", "immutable", 200},
		{"/claimlight.abcdefabcd.wasm", "gzip;q=0", "application/wasm", "", "immutable", 200},
		{"/claimlight.abcdefabcd.wasm", "gzip", "application/wasm", "gzip", "immutable", 200},
		{"/index.html.gz", "gzip", "", "", "", 404},
		{"/../site_test.go", "", "", "", "", 404},
		{"/missing.js", "gzip", "", "", "", 404},
	}
	for _, tt := range tests {
		resp := get(tt.path, tt.enc)
		if resp.StatusCode != tt.status {
			t.Errorf("GET %s: status %d, want %d", tt.path, resp.StatusCode, tt.status)
			continue
		}
		if tt.status != 200 {
			continue
		}
		if got := resp.Header.Get("Content-Type"); got != tt.ctype {
			t.Errorf("GET %s: Content-Type %q, want %q", tt.path, got, tt.ctype)
		}
		if got := resp.Header.Get("Content-Encoding"); got != tt.cenc {
			t.Errorf("GET %s (Accept-Encoding %q): Content-Encoding %q, want %q", tt.path, tt.enc, got, tt.cenc)
		}
		if got := resp.Header.Get("Content-Security-Policy"); got != "frame-ancestors 'none'" {
			t.Errorf("GET %s: Content-Security-Policy %q", tt.path, got)
		}
		if got := resp.Header.Get("Cache-Control"); !strings.Contains(got, tt.cache) {
			t.Errorf("GET %s: Cache-Control %q, want %s", tt.path, got, tt.cache)
		}
		body, _ := io.ReadAll(resp.Body)
		if tt.cenc == "gzip" {
			zr, err := gzip.NewReader(bytes.NewReader(body))
			if err != nil {
				t.Fatalf("GET %s: %v", tt.path, err)
			}
			body, _ = io.ReadAll(zr)
		}
		name := strings.TrimPrefix(tt.path, "/")
		if name == "" {
			name = "index.html"
		}
		if string(body) != files[name] {
			t.Errorf("GET %s: body %q", tt.path, body)
		}
	}
}

func TestServeLoopbackOnly(t *testing.T) {
	if err := Serve(t.TempDir(), "0.0.0.0:0"); err == nil || !strings.Contains(err.Error(), "loopback") {
		t.Errorf("Serve on 0.0.0.0 gave %v", err)
	}
}
