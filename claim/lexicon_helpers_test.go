package claim

import (
	"bytes"
	"strings"
	"testing"
)

// TestStringHelpers checks countByte, nextField and containsString against
// the strings and bytes functions they stand in for.
func TestStringHelpers(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a  b ", "new york|paris", "é|\xff|"} {
		for _, c := range []byte{' ', '|'} {
			if got, want := countByte(s, c), strings.Count(s, string(c)); got != want {
				t.Errorf("countByte(%q, %q) = %d, want %d", s, c, got, want)
			}
			before, after, _ := strings.Cut(s, string(c))
			if b, a := nextField(s, c); b != before || a != after {
				t.Errorf("nextField(%q, %q) = %q, %q; want %q, %q", s, c, b, a, before, after)
			}
		}
		for _, sub := range []string{"", " ", "b", "york", "\xff", s, s + "x"} {
			if got, want := containsString([]byte(s), sub), bytes.Contains([]byte(s), []byte(sub)); got != want {
				t.Errorf("containsString(%q, %q) = %v, want %v", s, sub, got, want)
			}
		}
	}
}

// TestWordTextsStartWithConsts checks that wordTexts, loaded from
// lexWordTexts, starts with the words of wordConsts.
func TestWordTextsStartWithConsts(t *testing.T) {
	if len(wordTexts) < len(wordConsts) {
		t.Fatalf("%d word texts, fewer than the %d constants: run go generate ./claim", len(wordTexts), len(wordConsts))
	}
	for id, w := range wordConsts {
		if wordTexts[id] != w {
			t.Errorf("wordTexts[%d] = %q, want %q: run go generate ./claim", id, wordTexts[id], w)
		}
	}
}
