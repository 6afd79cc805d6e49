package main

import (
	"bytes"
	"compress/gzip"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

func stdGzipLen(b []byte) int {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
	return buf.Len()
}

// useTempCache points os.UserCacheDir at a fresh folder and returns the
// folder gzipBytes caches in.
func useTempCache(t *testing.T) string {
	dir := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", dir) // Linux and the BSDs
	t.Setenv("HOME", dir)           // macOS
	t.Setenv("LocalAppData", dir)   // Windows
	got, err := os.UserCacheDir()
	if err != nil {
		t.Skip("no user cache folder on this system:", err)
	}
	return filepath.Join(got, "claimlight", "gz")
}

func TestGzipBytesSmallerAndValid(t *testing.T) {
	useTempCache(t)
	src := testSources(t)
	for name, b := range map[string][]byte{"app.js": src.app, "style.css": src.style, "index.html": src.index, "empty": nil} {
		gz := gzipBytes(b)
		if !gzipHolds(gz, b) {
			t.Fatalf("%s: output does not decode to the input", name)
		}
		if std := stdGzipLen(b); len(gz) > std || (len(b) > 1000 && len(gz) >= std) {
			t.Errorf("%s: %d bytes, compress/gzip %d", name, len(gz), std)
		}
	}
}

func TestGzipBytesCache(t *testing.T) {
	dir := useTempCache(t)
	// Text large enough to be cached: the repo's sources, repeated with
	// some noise so that it is not trivially compressible.
	src := testSources(t)
	rng := rand.New(rand.NewPCG(3, 3))
	var b []byte
	for len(b) < gzCacheMin+1000 {
		b = append(b, src.app...)
		b = append(b, byte(rng.Uint32()), byte(rng.Uint32()))
	}
	first := gzipBytes(b)
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("%d files in the cache folder, want 1", len(entries))
	}
	path := filepath.Join(dir, entries[0].Name())
	if cached, _ := os.ReadFile(path); !bytes.Equal(cached, first) {
		t.Fatal("the cached file is not the output")
	}
	if again := gzipBytes(b); !bytes.Equal(again, first) {
		t.Error("the second call did not return the cached output")
	}
	// A damaged cache file is not used, and is replaced.
	damaged := bytes.Clone(first)
	damaged[len(damaged)/2] ^= 0xff
	os.WriteFile(path, damaged, 0o644)
	if got := gzipBytes(b); !gzipHolds(got, b) {
		t.Fatal("a damaged cache file came back")
	}
	if cached, _ := os.ReadFile(path); !bytes.Equal(cached, first) {
		t.Error("the damaged cache file was not replaced")
	}
	// Valid gzip of other bytes is not used either.
	other := gzipBytes(append(bytes.Clone(b), 'x'))
	os.WriteFile(path, other, 0o644)
	if got := gzipBytes(b); !gzipHolds(got, b) {
		t.Fatal("another input's output came back")
	}
}

func TestGzipHolds(t *testing.T) {
	b := []byte("claimlight claimlight claimlight")
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	gz := buf.Bytes()
	if !gzipHolds(gz, b) {
		t.Fatal("a plain gzip stream was refused")
	}
	for name, bad := range map[string][]byte{
		"truncated":     gz[:len(gz)-1],
		"trailing byte": append(bytes.Clone(gz), 0),
		"two streams":   append(bytes.Clone(gz), gz...),
		"not gzip":      b,
	} {
		if gzipHolds(bad, b) {
			t.Errorf("%s: accepted", name)
		}
	}
	if gzipHolds(gz, b[1:]) {
		t.Error("accepted for other bytes")
	}
}
