package deflate

import (
	"bytes"
	"path/filepath"
	"slices"
	"testing"
)

// TestStableSize checks that inputs differing by a few bytes compress to
// sizes differing by little. It is a guard, not a reproduction: on Go
// source the old top-down split was stable too (spread 6 bytes); its
// swings (up to 1.4 KB) showed on the site's WebAssembly engine, which is
// too large for a unit test. The bottom-up split gives 13 bytes here.
func TestStableSize(t *testing.T) {
	if testing.Short() {
		t.Skip("compresses 300 KB four times")
	}
	files := repoFiles(t)
	var names []string
	for n := range files {
		if filepath.Ext(n) == ".go" && len(files[n]) < 200000 {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	var base []byte
	for _, n := range names {
		base = append(base, files[n]...)
		if len(base) >= 300000 {
			break
		}
	}
	if len(base) < 300000 {
		t.Skipf("only %d bytes of Go source", len(base))
	}
	edit := []byte("\t// an extra line\n")
	var sizes []int
	for _, at := range []int{-1, len(base) / 4, len(base) / 2, len(base) * 3 / 4} {
		b := base
		if at >= 0 {
			at += bytes.IndexByte(base[at:], '\n') + 1
			b = slices.Concat(base[:at], edit, base[at:])
		}
		sizes = append(sizes, len(roundTrip(t, b, Options{})))
	}
	lo, hi := slices.Min(sizes), slices.Max(sizes)
	t.Logf("%d bytes and three edits of it: %v", len(base), sizes)
	if hi-lo > 60 {
		t.Errorf("sizes %v: spread %d bytes, want at most 60", sizes, hi-lo)
	}
}
