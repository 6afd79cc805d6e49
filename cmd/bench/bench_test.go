package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestMedian(t *testing.T) {
	for _, tc := range []struct {
		in   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{5}, 5},
		{[]float64{3, 1, 2}, 2},
		{[]float64{4, 1, 3, 2}, 2.5},
		{[]float64{9, 1, 1, 1, 100}, 1},
	} {
		in := append([]float64(nil), tc.in...)
		if got := median(tc.in); got != tc.want {
			t.Errorf("median(%v) = %v, want %v", tc.in, got, tc.want)
		}
		for i := range in {
			if in[i] != tc.in[i] {
				t.Errorf("median modified its input: %v", tc.in)
			}
		}
	}
}

func TestBySize(t *testing.T) {
	paras := [][]byte{[]byte("aaaa"), []byte("bb"), []byte("cccccc")}
	for _, tc := range []struct {
		limit int
		want  string
	}{
		{1, "aaaa"}, // at least one paragraph
		{4, "aaaa"},
		{8, "aaaa\n\nbb"},
		{16, "aaaa\n\nbb\n\ncccccc"},
		{21, "aaaa\n\nbb\n\ncccccc"},
		{22, "aaaa\n\nbb\n\ncccccc\n\naaaa"},
	} {
		if got := string(bySize(paras, tc.limit)); got != tc.want {
			t.Errorf("bySize(%d) = %q, want %q", tc.limit, got, tc.want)
		}
	}
}

func TestByWords(t *testing.T) {
	paras := [][]byte{[]byte("one two three"), []byte("four five")}
	got := byWords(paras, 6)
	if want := "one two three\n\nfour five\n\none two three"; string(got) != want {
		t.Errorf("byWords = %q, want %q", got, want)
	}
	if n := countWords(got); n != 8 {
		t.Errorf("countWords = %d, want 8", n)
	}
}

func TestArticlesLoad(t *testing.T) {
	paras, err := loadParagraphs()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paras {
		if bytes.Contains(p, []byte("\n\n")) || len(bytes.TrimSpace(p)) != len(p) {
			t.Errorf("paragraph not trimmed or split: %q", p)
		}
	}
	if b := bySize(paras, 1_000_000); len(b) > 1_000_000 || len(b) < 990_000 {
		t.Errorf("1m text is %d bytes", len(b))
	}
}

func TestMarkdown(t *testing.T) {
	rep := &report{Date: "d", Machine: "m", Browser: "b", Go: "g", Build: "x", Command: "c"}
	rep.Results = []*taskResult{
		{Engine: "claimlight", Kind: "full", Label: "cl full", Text: "10k", Bytes: 10_000, Words: 1500, Times: []float64{2, 1, 3}, Warm: 3, Sentences: 90, Items: 40},
		{Engine: "wink", Kind: "full", Label: "wink full", Text: "10k", Bytes: 10_000, Words: 1500, Times: []float64{8}, Warm: 0, Sentences: 93},
		{Engine: "compromise", Kind: "segment", Label: "comp sent", Text: "10k", Bytes: 10_000, Words: 1500, Times: []float64{80}, Warm: 1, Sentences: 90},
	}
	var sb strings.Builder
	rep.writeMarkdown(&sb)
	out := sb.String()
	for _, want := range []string{
		"| 10k (10 KiB) | cl full | 3 | 2.00 | 5.00 | 750 k | 1 (ref.) | 90 | 40 |",
		"| 10k (10 KiB) | wink full | 1 (no warm-up) | 8.00 | 1.25 | 188 k | 4.00× | 93 | – |",
		"| 10k (10 KiB) | comp sent | 1 | 80.0 | 0.125 | 18.8 k | – | 90 | – |",
		"vs wink (target ≥ 5×): 10k: 4.00× — MISSED",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

func TestDemangle(t *testing.T) {
	for in, want := range map[string]string{
		"github.com_claimlight_claimlight_claim.__featurizer_.charGrams": "claim.(*featurizer).charGrams",
		"github.com_claimlight_claimlight_tokenize.lexWord":              "tokenize.lexWord",
		"internal_runtime_maps.__Map_.getWithoutKeySmallFastStr":         "internal/runtime/maps.(*Map).getWithoutKeySmallFastStr",
		"runtime.mapaccess1_faststr":                                     "runtime.mapaccess1_faststr",
		"encode":                                                         "encode",
	} {
		if got := demangle(in); got != want {
			t.Errorf("demangle(%q) = %q, want %q", in, got, want)
		}
		if got, want := goPackage(demangle(in), "wasm://wasm/abc"), strings.SplitN(want, ".", 2)[0]; got != want && in != "encode" {
			t.Errorf("goPackage(%q) = %q, want %q", demangle(in), got, want)
		}
	}
}
