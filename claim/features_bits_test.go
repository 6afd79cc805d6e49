package claim

import (
	"strings"
	"testing"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// TestIndicatorBits checks that extract's indicator bits follow
// flagShapes and that the word flags, shifted, land on their indicators.
func TestIndicatorBits(t *testing.T) {
	for _, c := range []struct {
		bit   uint16
		shape string
	}{
		{hasNum, "num"}, {hasYear, "year"}, {hasPct, "percent"}, {hasCur, "currency"},
		{hasMag, "magnitude"}, {has1s, "first-singular"}, {has1p, "first-plural"},
		{has2, "second"}, {hasModal, "modal"}, {hasQuote, "quote"}, {hasNumUnit, "num+unit"},
	} {
		i := 0
		for c.bit>>i != 1 {
			i++
		}
		if flagShapes[i] != shapeHash(c.shape) {
			t.Errorf("bit %#x is flagShapes[%d], not %q", c.bit, i, c.shape)
		}
	}
	for _, c := range []struct{ flag, bit uint16 }{
		{flagMagnitude, hasMag}, {flagFirstSingular, has1s}, {flagFirstPlural, has1p},
		{flagSecond, has2}, {flagModal, hasModal},
	} {
		if c.flag<<hasFlagShift != c.bit {
			t.Errorf("word flag %#x shifts to %#x, want %#x", c.flag, c.flag<<hasFlagShift, c.bit)
		}
	}
	if len(flagShapes) != 11 {
		t.Errorf("flagShapes has %d shapes, the bits 11", len(flagShapes))
	}
}

// TestWordCountsOfExtract checks that the counts extract leaves for
// ruleFactor are those of the words, counted again, and that splitting
// new words drops them.
func TestWordCountsOfExtract(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"", "Sign up now!", "The company declined to comment on 3 cases.",
		"Unemployment fell 4.1 percent in 2019, and we will not raise taxes.",
		"“We did not respond to them,” she said in the 1990s.",
	} {
		src := []byte(text)
		toks := tokenize.Append(nil, src)
		f := m.featurizer()
		m.score(f, src, toks, segment.Sentence{Start: 0, End: int32(len(src)), Tok: 0, TokEnd: int32(len(toks))}, nil)
		if !f.counted {
			t.Fatalf("%q: extract left no counts", text)
		}
		got := f.counts
		f.counted = false
		if want := f.wordCounts(); got != want {
			t.Errorf("%q: extract counted %+v, the words %+v", text, got, want)
		}
		f.splitWords(src, toks, 0, int32(len(src)))
		if f.counted {
			t.Errorf("%q: counts kept after splitWords", text)
		}
		m.release(f)
	}
}

// boilerplate is boilerplatePhrases as lists of words.
var boilerplate = func() (ps [][]string) {
	for _, p := range strings.Split(boilerplatePhrases, "|") {
		ps = append(ps, strings.Split(p, " "))
	}
	return ps
}()

// TestBoilerplatePhrases checks that boilerplatePhrases separates its
// phrases by one "|" and their words by one space: no word is empty.
func TestBoilerplatePhrases(t *testing.T) {
	for _, p := range boilerplate {
		for _, w := range p {
			if w == "" {
				t.Errorf("phrase %q has an empty word", p)
			}
		}
	}
	if len(boilerplate) != len(boilerplateIDs) {
		t.Errorf("%d phrases, %d in boilerplateIDs", len(boilerplate), len(boilerplateIDs))
	}
}

// TestOpenerInfo checks that the words marked infoOpener are the first
// words of the boilerplate phrases.
func TestOpenerInfo(t *testing.T) {
	first := map[string]bool{}
	for _, p := range boilerplate {
		first[p[0]] = true
	}
	for _, w := range boilerplateVocab[1:] {
		if got := wordInfoTable.lookup([]byte(w)).info&infoOpener != 0; got != first[w] {
			t.Errorf("%q opens a phrase: %v, want %v", w, got, first[w])
		}
	}
}
