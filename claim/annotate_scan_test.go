package claim

import (
	"slices"
	"testing"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// The annotator's loops over the line starts, the cue words and the
// quotation marks take them from lists positions made, where a pass over
// all positions would look for them: these tests check the lists.

// TestLineStarts checks that positions lists as line starts the positions
// with shLineStart, in order: the first one, and the first after each run
// of line breaks, blank lines and leading breaks included.
func TestLineStarts(t *testing.T) {
	texts := []string{
		"", "\n\n", "One line.", "\n\nAfter two breaks.\nA line.\n\n\nA paragraph.\n",
		"The minister said the plan would cost\n£2bn over five years, and\nwould start in 2026.\n\nAdvertisement",
	}
	texts = withArticles(t, texts)
	for _, text := range texts {
		src := []byte(text)
		toks := tokenize.Append(nil, src)
		a := newAnnotator(src, toks, segment.Append(nil, src, toks))
		var want []int32
		for i := range a.n {
			if a.pos[i].sh&shLineStart != 0 {
				want = append(want, int32(i))
			}
		}
		if !slices.Equal(a.lineStarts, want) {
			t.Errorf("%.40q: line starts %v, want %v", text, a.lineStarts, want)
		}
		a.release()
	}
}

// TestCueWords checks that positions lists as cue words each "according",
// each "words", each "polled" and "surveyed", each reporting cue (a verb
// of a count, "recorded", included) and each verb of belief, in order.
func TestCueWords(t *testing.T) {
	checkListedPositions(t, "cue words", []string{
		"", "“We will,” she said, according to the minutes.",
		"In the words of the report, prices “rose”. Officials told Reuters the words were chosen with care, he added.",
		"Police believe the fire was set. Health officials fear a second wave.",
		"Analysts polled by Norcap expected a loss; of 800 adults surveyed, 41% agreed.",
	}, func(a *annotator) []int32 { return a.cueWords }, func(p posInfo) bool {
		return p.wid == wdAccording || p.wid == wdWords || p.wid == wdPolled || p.wid == wdSurveyed || flagSets[p.cls]&(wCue|wBareCue) != 0 || beliefWord(p.wid)
	})
}

// TestQuoteMarks checks that positions lists as quotation marks each
// OpenQuote and CloseQuote, in order.
func TestQuoteMarks(t *testing.T) {
	checkListedPositions(t, "quotation marks", []string{
		"", "“We will,” she said. 'Yes,' he said, \"no\" — ‘maybe’.", "No quotes here.",
	}, func(a *annotator) []int32 { return a.quoteMarks }, func(p posInfo) bool {
		return p.kind == tokenize.OpenQuote || p.kind == tokenize.CloseQuote
	})
}

// checkListedPositions checks, on texts and the test articles, that the
// list positions made (got) holds, in order, every position that is
// wanted, and that at least one is.
func checkListedPositions(t *testing.T, what string, texts []string, got func(*annotator) []int32, wanted func(posInfo) bool) {
	t.Helper()
	texts = withArticles(t, texts)
	total := 0
	for _, text := range texts {
		src := []byte(text)
		toks := tokenize.Append(nil, src)
		a := newAnnotator(src, toks, segment.Append(nil, src, toks))
		var want []int32
		for i, p := range a.pos {
			if wanted(p) {
				want = append(want, int32(i))
			}
		}
		if !slices.Equal(got(a), want) {
			t.Errorf("%.40q: %s %v, want %v", text, what, got(a), want)
		}
		total += len(want)
		a.release()
	}
	if total == 0 {
		t.Errorf("no %s: the test tests nothing", what)
	}
}
