package claim

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// mayStartNumeric passes over positions where no date or amount starts,
// for speed; it must be kept in step with the rules. With every position
// tried, the test articles and the benchmark texts get the same spans.
func TestNumericFilterDropsNoSpan(t *testing.T) {
	var files []string
	for _, dir := range []string{filepath.Join("testdata", "articles"), filepath.Join("..", "cmd", "bench", "testdata")} {
		fs, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, fs...)
	}
	if len(files) == 0 {
		t.Fatal("no texts")
	}
	defer func() { numericFilter = true }()
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		toks := tokenize.Append(nil, src)
		sents := segment.Append(nil, src, toks)
		numericFilter = true
		filtered := Annotate(src, toks, sents)
		numericFilter = false
		all := Annotate(src, toks, sents)
		if !slices.Equal(filtered, all) {
			t.Errorf("%s: the filter changes the spans (%d with it, %d without)", f, len(filtered), len(all))
		}
	}
}
