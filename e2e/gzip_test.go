//go:build e2e

package e2e

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"mime"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestSiteGzipInBrowser serves every file of the built site as its .gz
// (Content-Encoding: gzip), which cmd/build writes with internal/deflate:
// Chromium must decode each one to the file's exact bytes, and the page
// must work from them.
func TestSiteGzipInBrowser(t *testing.T) {
	dir := filepath.Join(siteDist(t), "site")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{} // file name -> SHA-256 of its bytes
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".gz") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		want[e.Name()] = hex.EncodeToString(sum[:])
		if strings.HasSuffix(e.Name(), ".wasm") {
			// The engine's .gz is internal/deflate's, not the fallback.
			gz, _ := os.ReadFile(filepath.Join(dir, e.Name()+".gz"))
			var std bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&std, gzip.BestCompression)
			zw.Write(b)
			zw.Close()
			if len(gz) >= std.Len() {
				t.Errorf("%s.gz is %d bytes, compress/gzip's %d: not internal/deflate's", e.Name(), len(gz), std.Len())
			}
		}
	}

	// check.html, the test's own page (no CSP), fetches every file and
	// hashes what the browser decoded.
	const check = `<!doctype html><script>
async function hashes(names) {
	const out = {};
	for (const n of names) {
		const r = await fetch(n, {cache: 'no-store'});
		const d = await crypto.subtle.digest('SHA-256', await r.arrayBuffer());
		out[n] = [...new Uint8Array(d)].map(b => b.toString(16).padStart(2, '0')).join('');
	}
	return out;
}
</script>`
	var mu sync.Mutex
	servedGz := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := path.Base(path.Clean("/" + r.URL.Path))
		if r.URL.Path == "/" {
			name = "index.html"
		}
		if name == "check.html" {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(check))
			return
		}
		if _, ok := want[name]; !ok || !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			http.NotFound(w, r)
			return
		}
		gz, err := os.ReadFile(filepath.Join(dir, name+".gz"))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		ctype := mime.TypeByExtension(path.Ext(name))
		if ctype == "" {
			ctype = "application/octet-stream"
		}
		w.Header().Set("Content-Type", ctype)
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Cache-Control", "no-store")
		w.Write(gz)
		mu.Lock()
		servedGz[name]++
		mu.Unlock()
	}))
	defer srv.Close()

	p := newTab(t)
	p.run(chromedp.Navigate(srv.URL + "/check.html"))
	names := make([]string, 0, len(want))
	for n := range want {
		names = append(names, n)
	}
	slices.Sort(names)
	list, _ := json.Marshal(names)
	var got map[string]string
	p.eval(`hashes(`+string(list)+`)`, &got)
	for n, h := range want {
		if got[n] != h {
			t.Errorf("%s: Chromium decoded SHA-256 %s, the file is %s", n, got[n], h)
		}
	}

	p.open(srv.URL + "/")
	p.loadSample()
	checkSampleHighlights(t, p)
	mu.Lock()
	defer mu.Unlock()
	for n := range want {
		if servedGz[n] == 0 {
			t.Errorf("%s was never served gzip-encoded", n)
		}
	}
}
