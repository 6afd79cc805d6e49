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
// each "words", each "polled" and "surveyed" and each reporting cue, in
// order.
func TestCueWords(t *testing.T) {
	texts := []string{
		"", "“We will,” she said, according to the minutes.",
		"In the words of the report, prices “rose”. Officials told Reuters the words were chosen with care, he added.",
	}
	texts = withArticles(t, texts)
	cues := 0
	for _, text := range texts {
		src := []byte(text)
		toks := tokenize.Append(nil, src)
		a := newAnnotator(src, toks, segment.Append(nil, src, toks))
		var want []int32
		for i, p := range a.pos {
			if p.wid == wdAccording || p.wid == wdWords || p.wid == wdPolled || p.wid == wdSurveyed || flagSets[p.cls]&wCue != 0 {
				want = append(want, int32(i))
			}
		}
		if !slices.Equal(a.cueWords, want) {
			t.Errorf("%.40q: cue words %v, want %v", text, a.cueWords, want)
		}
		cues += len(want)
		a.release()
	}
	if cues == 0 {
		t.Error("no cue word: the test tests nothing")
	}
}

// TestQuoteMarks checks that positions lists as quotation marks each
// OpenQuote and CloseQuote, in order.
func TestQuoteMarks(t *testing.T) {
	texts := []string{"", "“We will,” she said. 'Yes,' he said, \"no\" — ‘maybe’.", "No quotes here."}
	texts = withArticles(t, texts)
	marks := 0
	for _, text := range texts {
		src := []byte(text)
		toks := tokenize.Append(nil, src)
		a := newAnnotator(src, toks, segment.Append(nil, src, toks))
		var want []int32
		for i, p := range a.pos {
			if p.kind == tokenize.OpenQuote || p.kind == tokenize.CloseQuote {
				want = append(want, int32(i))
			}
		}
		if !slices.Equal(a.quoteMarks, want) {
			t.Errorf("%.40q: quotation marks %v, want %v", text, a.quoteMarks, want)
		}
		marks += len(want)
		a.release()
	}
	if marks == 0 {
		t.Error("no quotation mark: the test tests nothing")
	}
}
