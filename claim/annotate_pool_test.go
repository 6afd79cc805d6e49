package claim

import (
	"os"
	"path/filepath"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// TestAnnotateReusesNothingOfTheLastText checks that the spare annotator
// and the spell memo carry nothing from one text to the next: each text's
// spans are the same whatever was annotated before it.
func TestAnnotateReusesNothingOfTheLastText(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	if len(files) < 2 {
		t.Fatalf("only %d articles", len(files))
	}
	annotate := func(src []byte) []Span {
		toks := tokenize.Append(nil, src)
		return Annotate(src, toks, segment.Append(nil, src, toks))
	}
	// Two texts where a word seen in lower case in one would stop it
	// being a name in the other.
	texts := [][]byte{
		[]byte(`"We will win," Marsh said on Tuesday. Marsh added that the vote was close.`),
		[]byte("The marsh flooded in March, and the marsh birds left for good."),
		// A word in lower case that makes its capitalized form at the
		// start of a sentence an ordinary word: the memo must note it
		// again when it meets it in a new text.
		[]byte("Stone said the vote was close. The stone fell on the road by the mill."),
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, src)
	}
	var first [][]Span
	for _, src := range texts {
		atomic.StorePointer(&spareSpellMemo, nil) // a new memo: no word met before
		first = append(first, annotate(src))
	}
	// Again in reverse order, each after a different text than before,
	// with the memo of the texts before.
	for i := len(texts) - 1; i >= 0; i-- {
		if got := annotate(texts[i]); !slices.Equal(got, first[i]) {
			t.Errorf("text %d (%.30q): %d spans, %d the first time", i, texts[i], len(got), len(first[i]))
		}
		// Again, when the memo knows all its words.
		if got := annotate(texts[i]); !slices.Equal(got, first[i]) {
			t.Errorf("text %d (%.30q) again: %d spans, %d the first time", i, texts[i], len(got), len(first[i]))
		}
	}
}
