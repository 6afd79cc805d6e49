package claimlight

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimlight/claimlight/tokenize"
)

// TestTokenEstimateHoldsTheTokens checks that the token slice Analyze
// allocates is rarely outgrown, and not much larger than it needs, on the
// news texts in the repository. The golden files, span listings full of
// offsets such as "704-718" and escapes such as "\u202f", are not news
// text: the estimate must hold their tokens, but may run more than a fifth
// over (election.txt's listing, 22%).
func TestTokenEstimateHoldsTheTokens(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("claim", "testdata", "articles", "*.txt"))
	golden, _ := filepath.Glob(filepath.Join("claim", "testdata", "golden", "*.txt"))
	news := len(files)
	files = append(append(files, filepath.Join("web", "sample.txt")), golden...)
	if news < 3 {
		t.Fatalf("only %d texts", news)
	}
	for k, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		n := len(tokenize.Append(nil, src))
		est := tokenEstimate(src)
		if est < n || k <= news && est > n+n/5+16 {
			t.Errorf("%s: estimate %d for %d tokens", f, est, n)
		}
	}
	for _, s := range []string{"", "a", "“—”", "\xff\xfe", "U.S. 1,234.5%"} {
		if n, est := len(tokenize.Append(nil, []byte(s))), tokenEstimate([]byte(s)); est < n {
			t.Errorf("%q: estimate %d for %d tokens", s, est, n)
		}
	}
}

// TestTokenEstimateSkipsContinuationBytes checks tokenEstimate against a
// count that skips the continuation bytes of multi-byte characters and
// compares each other byte with the one before them: the same count on
// valid UTF-8.
func TestTokenEstimateSkipsContinuationBytes(t *testing.T) {
	count := func(src []byte) int {
		n, prev := 0, uint8(byteOther)
		for _, c := range src {
			k := byteClass[c]
			if k == byteCont {
				continue
			}
			if k != prev || k == byteOther {
				n++
			}
			prev = k
		}
		return n + n/64 + 16
	}
	pieces := []string{"a", "Z9", " ", "\t", ".", "é", "€", "😀", "漢字", "\n", "--", "ab cd"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		var b []byte
		for range r.IntN(60) {
			b = append(b, pieces[r.IntN(len(pieces))]...)
		}
		if got, want := tokenEstimate(b), count(b); got != want {
			t.Fatalf("%q: %d, want %d", b, got, want)
		}
	}
}

// TestTokenEstimateByWordsIsByTable checks that counting eight bytes at a
// time gives the count of the byte table (countStarts) on
// any bytes, invalid UTF-8 included, at every offset of a word.
func TestTokenEstimateByWordsIsByTable(t *testing.T) {
	bytes := []byte("aZ09 \t.-,é€\x80\xbf\xc0\xff\x00\x1f\x7f@[`{/:\n")
	r := rand.New(rand.NewPCG(5, 6))
	for range 5000 {
		b := make([]byte, r.IntN(70))
		for i := range b {
			if r.IntN(4) == 0 {
				b[i] = byte(r.IntN(256))
			} else {
				b[i] = bytes[r.IntN(len(bytes))]
			}
		}
		n := countStarts(b, byteOther)
		if got, want := tokenEstimate(b), n+n/64+16; got != want {
			t.Fatalf("%q: %d, want %d", b, got, want)
		}
	}
	for c := range 256 {
		for d := range 256 {
			b := []byte{'a', 'b', 'c', 'd', 'e', 'f', 'g', byte(c), byte(d), ' ', 'x'}
			n := countStarts(b, byteOther)
			if got, want := tokenEstimate(b), n+n/64+16; got != want {
				t.Fatalf("%q: %d, want %d", b, got, want)
			}
		}
	}
}
