package strs

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// TestHelpers checks Cut, CountByte, Contains, HasDigit and TrimSpace
// against the strings and bytes functions they stand in for, on valid and
// invalid UTF-8.
func TestHelpers(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", "a b", " a  b ", "new york|paris", "é|\xff|",
		"I'm", "It’s", "’", "\xe2\x80", "\xe2’", "\xe2\x80\x99'", "a\x80\x99’", "ab’c'd",
		"no apostrophe", "\xff\xfe", "x\xe2\x80\xe2\x80\x99", "2 hours ago", "an hour ago", "ééé 9",
		"\t\n x \r\n", "\u00a0Method:\u2003", "\u0085", "\xe2\u2003", "\u2003\xe2", "\xc2 \x85", "\n\v\f\r\u3000",
	} {
		if got, want := HasDigit([]byte(s)), bytes.ContainsAny([]byte(s), "0123456789"); got != want {
			t.Errorf("HasDigit(%q) = %v, want %v", s, got, want)
		}
		if got, want := TrimSpace([]byte(s)), bytes.TrimSpace([]byte(s)); string(got) != string(want) {
			t.Errorf("TrimSpace(%q) = %q, want %q", s, got, want)
		}
		for _, c := range []byte{' ', '|'} {
			before, after, _ := strings.Cut(s, string(c))
			if b, a := Cut(s, c); b != before || a != after {
				t.Errorf("Cut(%q, %q) = %q, %q; want %q, %q", s, c, b, a, before, after)
			}
		}
		for _, c := range []byte{' ', '|'} {
			if got, want := CountByte([]byte(s), c), bytes.Count([]byte(s), []byte{c}); got != want {
				t.Errorf("CountByte([]byte(%q), %q) = %d, want %d", s, c, got, want)
			}
		}
		for _, sub := range []string{"", " ", "b", "york", "ago", "’", "\x80", "\xff", s, s + "x"} {
			if got, want := Contains([]byte(s), sub), bytes.Contains([]byte(s), []byte(sub)); got != want {
				t.Errorf("Contains(%q, %q) = %v, want %v", s, sub, got, want)
			}
		}
	}
}

func FuzzContains(f *testing.F) {
	f.Add([]byte("($1 = 11.0560 Swedish crowns)"), " = ")
	f.Fuzz(func(t *testing.T, b []byte, sub string) {
		if Contains(b, sub) != bytes.Contains(b, []byte(sub)) {
			t.Errorf("Contains(%q, %q) differs from bytes.Contains", b, sub)
		}
	})
}

func FuzzTrimSpace(f *testing.F) {
	f.Add([]byte("\u00a0 Method:\u2003\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := TrimSpace(b), bytes.TrimSpace(b); string(got) != string(want) {
			t.Errorf("TrimSpace(%q) = %q, want %q", b, got, want)
		}
	})
}

// TestSearch checks Search against slices.BinarySearch.
func TestSearch(t *testing.T) {
	lists := [][]int32{nil, {5}, {1, 3}, {1, 3, 3, 7}, {-4, 0, 2, 9, 11, 30}}
	for _, s := range lists {
		for x := int32(-6); x <= 32; x++ {
			i, found := Search(s, x)
			wi, wfound := slices.BinarySearch(s, x)
			if i != wi || found != wfound {
				t.Errorf("Search(%v, %d) = %d, %v; want %d, %v", s, x, i, found, wi, wfound)
			}
		}
	}
}
