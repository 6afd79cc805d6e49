package claim

import (
	"strings"
	"testing"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// TestLexes checks that positions marks in lexes each position lexical
// would look at, and no other: one of the word classes of a pattern or a
// phrase, with tbTail, "under" or "Act".
func TestLexes(t *testing.T) {
	texts := withArticles(t, []string{
		"", "Prices rose faster than wages, the fastest-growing rise in four consecutive quarters.",
		"Under the Renters’ Rights Act, landlords must not raise rents more than once a year; smoking causes cancer.",
	})
	total := 0
	for _, text := range texts {
		src := []byte(text)
		toks := tokenize.Append(nil, src)
		a := newAnnotator(src, toks, segment.Append(nil, src, toks))
		for i, p := range a.pos {
			want := flagSets[p.cls]&(wSuperlative|wMultiplier|wPhrase) != 0 || a.tbits[i]&tbTail != 0 || p.wid == wdUnder || p.wid == wdAct
			if got := a.lexes[i>>6]>>(i&63)&1 != 0; got != want {
				t.Errorf("%.40q: position %d %q marked %v, want %v", text, i, a.text(i), got, want)
			}
			if want {
				total++
			}
		}
		for i := len(a.pos); i < len(a.lexes)*64; i++ {
			if a.lexes[i>>6]>>(i&63)&1 != 0 {
				t.Errorf("%.40q: position %d past the last marked", text, i)
			}
		}
		a.release()
	}
	if total == 0 {
		t.Error("no position marked: the test tests nothing")
	}
}

// TestListGates checks the length and letter tests that the rules make
// before looking a word up in a list: every word of the list passes them.
func TestListGates(t *testing.T) {
	for _, w := range strings.Fields(industryNouns) {
		if len(w) < 4 || industryEnds&(1<<(w[len(w)-1]&31)) == 0 {
			t.Errorf("industry noun %q: institutionBefore would pass it over (see industryEnds)", w)
		}
	}
	for _, w := range strings.Fields(clubFirsts) {
		if len(w) != 4 && len(w)|1 != 9 {
			t.Errorf("club first name %q: classifyRun would pass it over (4, 8 or 9 bytes)", w)
		}
	}
}
