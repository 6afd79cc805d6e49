package claim

import "testing"

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
