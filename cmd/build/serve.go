package main

import (
	"fmt"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
)

// Serve serves the built site in dir on addr, which must be a loopback
// address, and prints its URL. It returns only on error.
func Serve(dir, addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return err
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return fmt.Errorf("-addr %s: serve on a loopback address only", addr)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	fmt.Printf("serving %s at http://%s/\n", dir, ln.Addr())
	return http.Serve(ln, SiteHandler(dir))
}

// hashedAsset matches the content-hashed names buildSite writes.
var hashedAsset = regexp.MustCompile(`\.[0-9a-f]{10}\.[a-z]+$`)

// SiteHandler serves the files of dir: the precompressed .gz beside a file
// when the request accepts gzip, with the file's own content type; hashed
// assets cached for good, index.html revalidated.
func SiteHandler(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := path.Clean("/" + r.URL.Path)
		if name == "/" {
			name = "/index.html"
		}
		if strings.HasSuffix(name, ".gz") {
			http.NotFound(w, r)
			return
		}
		file := filepath.Join(dir, filepath.FromSlash(name))
		info, err := os.Stat(file)
		if err != nil || info.IsDir() {
			http.NotFound(w, r)
			return
		}
		ctype := mime.TypeByExtension(filepath.Ext(file))
		if ctype == "" {
			ctype = "application/octet-stream"
		}
		h := w.Header()
		h.Set("Content-Type", ctype)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		// The page's own policy is in its <meta>; this adds what a meta cannot.
		h.Set("Content-Security-Policy", "frame-ancestors 'none'")
		h.Set("Vary", "Accept-Encoding")
		if hashedAsset.MatchString(name) {
			h.Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			h.Set("Cache-Control", "no-cache")
		}
		if acceptsGzip(r) {
			if f, err := os.Open(file + ".gz"); err == nil {
				defer f.Close()
				if gi, err := f.Stat(); err == nil {
					h.Set("Content-Encoding", "gzip")
					http.ServeContent(w, r, "", gi.ModTime(), f)
					return
				}
			}
		}
		f, err := os.Open(file)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		http.ServeContent(w, r, "", info.ModTime(), f)
	})
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, q, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.TrimSpace(enc) == "gzip" && strings.ReplaceAll(strings.TrimSpace(q), " ", "") != "q=0" {
			return true
		}
	}
	return false
}
