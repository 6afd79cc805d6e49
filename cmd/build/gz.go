package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/claimlight/claimlight/internal/deflate"
)

// gzipBytes returns b gzip-compressed as small as the build knows how:
// internal/deflate's output when it decodes back to b with compress/gzip
// and is smaller than compress/gzip's best level, else the latter.
//
// internal/deflate takes seconds on the engine (about 8 s of CPU for its
// 3.2 MB), so outputs for inputs of gzCacheMin bytes or more are kept in
// the user's cache folder (os.UserCacheDir()/claimlight/gz), named by the
// SHA-256 of [deflate.Version] and the input; a cached file is used only
// after it decodes back to the input. Any trouble with the cache just
// means compressing again.
func gzipBytes(b []byte) []byte {
	var std bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&std, gzip.BestCompression)
	zw.Write(b)
	zw.Close()

	path := gzCachePath(b)
	if path != "" {
		if gz, err := os.ReadFile(path); err == nil && gzipHolds(gz, b) && len(gz) < std.Len() {
			now := time.Now()
			os.Chtimes(path, now, now) // marks it used, for pruning
			return gz
		}
	}
	gz := deflate.Gzip(b, deflate.Options{})
	if !gzipHolds(gz, b) || len(gz) >= std.Len() {
		return std.Bytes()
	}
	if path != "" {
		storeGzCache(path, gz)
	}
	return gz
}

// gzipHolds reports whether gz is exactly one gzip stream, which decodes
// to b.
func gzipHolds(gz, b []byte) bool {
	br := bytes.NewReader(gz) // an io.ByteReader: gzip reads no further than the stream
	zr, err := gzip.NewReader(br)
	if err != nil {
		return false
	}
	zr.Multistream(false)
	plain, err := io.ReadAll(zr)
	return err == nil && bytes.Equal(plain, b) && br.Len() == 0
}

// gzCacheMin is the smallest input whose compressed form is cached;
// smaller ones take well under a second to compress again.
const gzCacheMin = 64 << 10

// gzCacheKeep is how many cached files are kept, the most recently used.
const gzCacheKeep = 16

// gzCachePath returns the cache file for b, or "" when b is too small to
// cache or there is no cache folder.
func gzCachePath(b []byte) string {
	if len(b) < gzCacheMin {
		return ""
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	h := sha256.New()
	h.Write([]byte("claimlight internal/deflate " + deflate.Version + "\x00"))
	h.Write(b)
	return filepath.Join(dir, "claimlight", "gz", hex.EncodeToString(h.Sum(nil))+".gz")
}

// storeGzCache writes gz to path through a temporary file, so that a
// reader never sees half of it, then prunes the folder to the
// gzCacheKeep most recently used files.
func storeGzCache(path string, gz []byte) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return
	}
	f, err := os.CreateTemp(dir, "tmp-*")
	if err != nil {
		return
	}
	_, werr := f.Write(gz)
	cerr := f.Close()
	if werr != nil || cerr != nil || os.Rename(f.Name(), path) != nil {
		os.Remove(f.Name())
		return
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	type used struct {
		name string
		at   time.Time
	}
	var files []used
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			continue
		}
		if filepath.Ext(e.Name()) == ".gz" {
			files = append(files, used{e.Name(), info.ModTime()})
		} else if strings.HasPrefix(e.Name(), "tmp-") && time.Since(info.ModTime()) > time.Hour {
			os.Remove(filepath.Join(dir, e.Name())) // left by a build that was killed
		}
	}
	sort.Slice(files, func(i, j int) bool { return files[i].at.After(files[j].at) })
	for _, f := range files[min(len(files), gzCacheKeep):] {
		os.Remove(filepath.Join(dir, f.name))
	}
}
