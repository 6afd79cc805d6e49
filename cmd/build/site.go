package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
)

// sources are the page's hand-written files, as read from the repo.
type sources struct {
	index  []byte // index.html
	app    []byte // web/app.js
	boot   []byte // web/boot.js
	worker []byte // web/worker.js
	style  []byte // web/style.css
	sample []byte // web/sample.txt, inlined into the page
}

func readSources(root string) (*sources, error) {
	s := &sources{}
	for _, f := range []struct {
		path string
		dst  *[]byte
	}{
		{"index.html", &s.index}, {"web/app.js", &s.app}, {"web/boot.js", &s.boot}, {"web/worker.js", &s.worker},
		{"web/style.css", &s.style}, {"web/sample.txt", &s.sample},
	} {
		b, err := os.ReadFile(filepath.Join(root, f.path))
		if err != nil {
			return nil, err
		}
		*f.dst = b
	}
	return s, nil
}

// The literal names by which the sources refer to each other; the build
// rewrites them and fails when one is missing, so they cannot drift apart.
const (
	refWasm    = "'claimlight.wasm'"
	refWorker  = "'web/worker.js'"
	refStyle   = `href="web/style.css"`
	refApp     = `src="web/app.js"`
	refBoot    = `src="web/boot.js"`
	markSample = "@@SAMPLE@@"
)

// newMinifier returns a minifier for everything the page ships.
func newMinifier() *minify.M {
	m := minify.New()
	m.AddFunc("text/css", css.Minify)
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true})
	m.AddFunc("image/svg+xml", svg.Minify)
	m.AddFuncRegexp(regexp.MustCompile(`^(application|text)/(x-)?(java|ecma)script$`), js.Minify)
	m.AddFunc("module", js.Minify)
	m.AddFuncRegexp(regexp.MustCompile(`[/+]json$`), json.Minify)
	return m
}

func minifyAs(m *minify.M, mediatype string, b []byte) ([]byte, error) {
	out, err := m.Bytes(mediatype, bytes.Clone(b)) // the lexers may write to their input
	if err != nil {
		return nil, fmt.Errorf("minify %s: %w", mediatype, err)
	}
	return out, nil
}

// replaceOnce replaces the single occurrence of old in b.
func replaceOnce(b []byte, old, new, what string) ([]byte, error) {
	if n := bytes.Count(b, []byte(old)); n != 1 {
		return nil, fmt.Errorf("%s: found %s %d times, want once", what, old, n)
	}
	return bytes.Replace(b, []byte(old), []byte(new), 1), nil
}

// hashedName turns "app.js" into "app.0123456789.js" after b's SHA-256.
func hashedName(name string, b []byte) string {
	sum := sha256.Sum256(b)
	ext := filepath.Ext(name)
	return strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:5]) + ext
}

// checkRawText makes sure b can sit inside a <script> data block unchanged.
func checkRawText(b []byte, what string) error {
	low := bytes.ToLower(b)
	if bytes.Contains(low, []byte("</script")) || bytes.Contains(low, []byte("<!--")) {
		return fmt.Errorf("%s contains </script or <!--, which cannot be inlined", what)
	}
	return nil
}

// page minifies index.html and inlines the sample article.
func page(m *minify.M, src *sources) ([]byte, error) {
	if err := checkRawText(src.sample, "web/sample.txt"); err != nil {
		return nil, err
	}
	idx, err := minifyAs(m, "text/html", src.index)
	if err != nil {
		return nil, err
	}
	return replaceOnce(idx, markSample, string(src.sample), "index.html")
}

// workerSource returns the worker's script as the builds ship it:
// wasm_exec.js, then web/worker.js with refWasm replaced by wasmRef (when
// it is not empty), both minified. One script saves the worker a second
// fetch, one after the other, before it can start fetching the engine.
func workerSource(m *minify.M, src *sources, wasmExec []byte, wasmRef string) ([]byte, error) {
	execMin, err := minifyAs(m, "application/javascript", wasmExec)
	if err != nil {
		return nil, err
	}
	worker := src.worker
	if wasmRef != "" {
		if worker, err = replaceOnce(worker, refWasm, wasmRef, "web/worker.js"); err != nil {
			return nil, err
		}
	}
	if worker, err = minifyAs(m, "application/javascript", worker); err != nil {
		return nil, err
	}
	return append(append(execMin, ";\n"...), worker...), nil
}

// buildSite writes the multi-file site into dir and returns a report line
// per file with its size and gzip size.
func buildSite(dir string, src *sources, wasm, wasmExec []byte) (string, error) {
	m := newMinifier()
	files := map[string][]byte{}

	wasmName := hashedName("claimlight.wasm", wasm)
	files[wasmName] = wasm

	worker, err := workerSource(m, src, wasmExec, "'"+wasmName+"'")
	if err != nil {
		return "", err
	}
	workerName := hashedName("worker.js", worker)
	files[workerName] = worker

	// Both app.js and boot.js name the worker: boot.js starts it, app.js
	// restarts it.
	var app, boot []byte
	for _, f := range []struct {
		name string
		src  []byte
		dst  *[]byte
	}{{"app.js", src.app, &app}, {"boot.js", src.boot, &boot}} {
		b, err := replaceOnce(f.src, refWorker, "'"+workerName+"'", "web/"+f.name)
		if err != nil {
			return "", err
		}
		if b, err = minifyAs(m, "application/javascript", b); err != nil {
			return "", err
		}
		*f.dst = b
	}
	appName := hashedName("app.js", app)
	files[appName] = app
	bootName := hashedName("boot.js", boot)
	files[bootName] = boot

	style, err := minifyAs(m, "text/css", src.style)
	if err != nil {
		return "", err
	}
	styleName := hashedName("style.css", style)
	files[styleName] = style

	idx, err := page(m, src)
	if err != nil {
		return "", err
	}
	if idx, err = replaceOnce(idx, refStyle, `href="`+styleName+`"`, "index.html"); err != nil {
		return "", err
	}
	if idx, err = replaceOnce(idx, refApp, `src="`+appName+`"`, "index.html"); err != nil {
		return "", err
	}
	if idx, err = replaceOnce(idx, refBoot, `src="`+bootName+`"`, "index.html"); err != nil {
		return "", err
	}
	files["index.html"] = idx

	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	var report strings.Builder
	var total, totalGz int
	for _, n := range names {
		b := files[n]
		gz := gzipBytes(b)
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			return "", err
		}
		if err := os.WriteFile(filepath.Join(dir, n+".gz"), gz, 0o644); err != nil {
			return "", err
		}
		total += len(b)
		totalGz += len(gz)
		fmt.Fprintf(&report, "  %-28s %9d bytes  %8d gzip\n", n, len(b), len(gz))
	}
	return fmt.Sprintf("site: %s\n%s  %-28s %9d bytes  %8d gzip\n", dir, report.String(), "total", total, totalGz), nil
}

var (
	reCSP       = regexp.MustCompile(`(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")`)
	reStyleLink = regexp.MustCompile(`<link[^>]*` + regexp.QuoteMeta(refStyle) + `[^>]*>`)
	reAppScript = regexp.MustCompile(`<script[^>]*` + regexp.QuoteMeta(refApp) + `[^>]*></script>`)
	reBootTag   = regexp.MustCompile(`<script[^>]*` + regexp.QuoteMeta(refBoot) + `[^>]*></script>`)
)

// buildSingle writes one HTML file that needs nothing else: the style and
// the page script inline (allowed by their hashes in the CSP), the worker's
// source and the engine (base64) in data blocks that the page script turns
// into a Blob URL worker. It has no boot.js: the worker's source comes
// after the body, so app.js starts the worker.
func buildSingle(path string, src *sources, wasm, wasmExec []byte) (string, error) {
	m := newMinifier()
	workerSrc, err := workerSource(m, src, wasmExec, "")
	if err != nil {
		return "", err
	}
	if err := checkRawText(workerSrc, "worker source"); err != nil {
		return "", err
	}
	app, err := minifyAs(m, "application/javascript", src.app)
	if err != nil {
		return "", err
	}
	if err := checkRawText(app, "web/app.js"); err != nil {
		return "", err
	}
	style, err := minifyAs(m, "text/css", src.style)
	if err != nil {
		return "", err
	}
	if bytes.Contains(bytes.ToLower(style), []byte("</style")) {
		return "", fmt.Errorf("web/style.css contains </style")
	}
	idx, err := page(m, src)
	if err != nil {
		return "", err
	}

	csp := "default-src 'none'; script-src " + cspHash(app) + " 'wasm-unsafe-eval'; worker-src blob:; " +
		"style-src " + cspHash(style) + "; img-src data:; base-uri 'none'; form-action 'none'"
	if n := len(reCSP.FindAllIndex(idx, -1)); n != 1 {
		return "", fmt.Errorf("index.html: %d CSP meta tags, want 1", n)
	}
	idx = reCSP.ReplaceAll(idx, []byte("${1}"+csp+"${2}"))
	if idx, err = replaceRegexpOnce(idx, reBootTag, nil, "index.html boot script"); err != nil {
		return "", err
	}
	styleTag := append(append([]byte("<style>"), style...), "</style>"...)
	if idx, err = replaceRegexpOnce(idx, reStyleLink, styleTag, "index.html style link"); err != nil {
		return "", err
	}
	var scripts bytes.Buffer
	scripts.WriteString(`<script type="text/plain" id="cl-worker-src">`)
	scripts.Write(workerSrc)
	scripts.WriteString(`</script><script type="application/octet-stream" id="cl-wasm">`)
	scripts.WriteString(base64.StdEncoding.EncodeToString(wasm))
	scripts.WriteString(`</script><script>`)
	scripts.Write(app)
	scripts.WriteString(`</script>`)
	if idx, err = replaceRegexpOnce(idx, reAppScript, scripts.Bytes(), "index.html app script"); err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return "", err
	}
	if err := os.WriteFile(path, idx, 0o644); err != nil {
		return "", err
	}
	return fmt.Sprintf("single file: %s  %d bytes  %d gzip\n", path, len(idx), len(gzipBytes(idx))), nil
}

func replaceRegexpOnce(b []byte, re *regexp.Regexp, repl []byte, what string) ([]byte, error) {
	loc := re.FindAllIndex(b, -1)
	if len(loc) != 1 {
		return nil, fmt.Errorf("%s: found %d times, want once", what, len(loc))
	}
	out := make([]byte, 0, len(b)+len(repl))
	out = append(out, b[:loc[0][0]]...)
	out = append(out, repl...)
	return append(out, b[loc[0][1]:]...), nil
}

// cspHash is the CSP source expression allowing an inline element whose
// content is b.
func cspHash(b []byte) string {
	sum := sha256.Sum256(b)
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}
