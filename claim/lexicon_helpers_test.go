package claim

import (
	"strings"
	"testing"
)

// TestStringHelpers checks countByte against the strings function it
// stands in for (internal/strs tests the helpers this package shares).
func TestStringHelpers(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a  b ", "new york|paris", "é|\xff|"} {
		for _, c := range []byte{' ', '|'} {
			if got, want := countByte(s, c), strings.Count(s, string(c)); got != want {
				t.Errorf("countByte(%q, %q) = %d, want %d", s, c, got, want)
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
