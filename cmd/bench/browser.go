package main

import (
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

//go:embed page/bench.html page/bench.js
var pageFS embed.FS

// findChrome returns the Chromium binary to drive: path when given, else
// the real binary behind Debian's wrapper script, else the first browser on
// PATH.
func findChrome(path string) (string, error) {
	if path != "" {
		return path, nil
	}
	if exists("/usr/lib/chromium/chromium") {
		return "/usr/lib/chromium/chromium", nil
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("bench: no Chromium found; on Debian/Ubuntu run `apt-get install -y chromium` as root, or pass -chrome PATH")
}

// newBrowser starts one headless Chromium with the flags known to behave on
// a closed network (see /work/shared/BROWSER.md).
func newBrowser(ctx context.Context, execPath string) (context.Context, context.CancelFunc) {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(execPath),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	return bctx, func() { cancelBrowser(); cancelAlloc() }
}

// browserVersion reports the product string, e.g. "Chrome/156.0.7000.0".
func browserVersion(ctx context.Context) (string, error) {
	var product string
	err := chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		_, p, _, _, _, err := browser.GetVersion().Do(ctx)
		product = p
		return err
	}))
	return product, err
}

// eval evaluates a JavaScript expression, awaiting it when it is a promise,
// and decodes its JSON value into out, within timeout.
func eval(ctx context.Context, timeout time.Duration, expr string, out any) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var raw json.RawMessage
	err := chromedp.Run(ctx, chromedp.Evaluate(expr, &raw, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
		return p.WithAwaitPromise(true)
	}))
	if err != nil {
		return fmt.Errorf("bench: evaluating %.80s: %w", expr, err)
	}
	if out == nil || len(raw) == 0 {
		return nil
	}
	return json.Unmarshal(raw, out)
}

// jsString quotes s for use inside a JavaScript expression.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// benchServer serves the benchmark driver page, the engines and the texts
// on 127.0.0.1.
func benchServer(eng *engineBuild, peers *peerScripts, texts map[string][]byte) *httptest.Server {
	mux := http.NewServeMux()
	serveEmbedded := func(name, ctype string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			b, _ := pageFS.ReadFile(name)
			w.Header().Set("Content-Type", ctype)
			w.Write(b)
		}
	}
	serveFile := func(path string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) { http.ServeFile(w, r, path) }
	}
	mux.HandleFunc("/{$}", serveEmbedded("page/bench.html", "text/html; charset=utf-8"))
	mux.HandleFunc("/bench.js", serveEmbedded("page/bench.js", "text/javascript; charset=utf-8"))
	mux.HandleFunc("/engine/claimlight.wasm", serveFile(eng.Wasm))
	mux.HandleFunc("/engine/wasm_exec.js", serveFile(eng.WasmExec))
	if eng.Named != "" {
		mux.HandleFunc("/engine/claimlight-named.wasm", serveFile(eng.Named))
	}
	mux.HandleFunc("/peers/compromise.js", serveFile(peers.Compromise))
	mux.HandleFunc("/peers/wink.js", serveFile(peers.Wink))
	mux.HandleFunc("/text/{key}", func(w http.ResponseWriter, r *http.Request) {
		b, ok := texts[r.PathValue("key")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write(b)
	})
	return httptest.NewServer(mux)
}

// mustJSON encodes v, which must be encodable, as a JavaScript literal.
func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}
