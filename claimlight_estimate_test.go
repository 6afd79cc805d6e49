package claimlight

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimlight/claimlight/tokenize"
)

// TestTokenEstimateHoldsTheTokens checks that the token slice Analyze
// allocates is rarely outgrown, and not much larger than it needs, on the
// news texts in the repository.
func TestTokenEstimateHoldsTheTokens(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("claim", "testdata", "articles", "*.txt"))
	golden, _ := filepath.Glob(filepath.Join("claim", "testdata", "golden", "*.txt"))
	files = append(append(files, golden...), filepath.Join("web", "sample.txt"))
	if len(files) < 3 {
		t.Fatalf("only %d texts", len(files))
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		n := len(tokenize.Append(nil, src))
		est := tokenEstimate(src)
		if est < n || est > n+n/5+16 {
			t.Errorf("%s: estimate %d for %d tokens", f, est, n)
		}
	}
	for _, s := range []string{"", "a", "“—”", "\xff\xfe", "U.S. 1,234.5%"} {
		if n, est := len(tokenize.Append(nil, []byte(s))), tokenEstimate([]byte(s)); est < n {
			t.Errorf("%q: estimate %d for %d tokens", s, est, n)
		}
	}
}
