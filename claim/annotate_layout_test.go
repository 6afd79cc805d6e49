package claim

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// TestAnnotateManyLineBreaks checks that hundreds of line breaks between
// paragraphs, which overflow the annotator's one-byte token offsets, change
// nothing but the offsets.
func TestAnnotateManyLineBreaks(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no articles")
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			wide := strings.ReplaceAll(string(text), "\n\n", "\n"+strings.Repeat(" \n", 300))
			if wide == string(text) {
				t.Skip("no blank lines")
			}
			want := describeSpans(annotateText(string(text)))
			got := describeSpans(annotateText(wide))
			if len(got) != len(want) {
				t.Fatalf("%d spans, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("span %d: %s, want %s", i, got[i], want[i])
				}
			}
		})
	}
}

// describeSpans renders each span as its kind, text and link.
func describeSpans(src []byte, _ []tokenize.Token, spans []Span) []string {
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = s.Kind.String() + " " + string(s.Text(src)) + " -> " + fmt.Sprint(s.Link)
	}
	return out
}

// TestAppendFieldsIsBytesFields checks appendFields against bytes.Fields.
func TestAppendFieldsIsBytesFields(t *testing.T) {
	for _, s := range []string{
		"", " ", "Mark Rutte", "  the \t NATO\nchief  ", "Secretary-General\u00a0Mark\u2003Rutte’s",
		"\xff bad \xfe", "a\u0085b\u2028c", "one two three four five six seven eight nine ten",
	} {
		var buf [8][]byte
		got := appendFields(buf[:0], []byte(s))
		want := bytes.Fields([]byte(s))
		if len(got) != len(want) {
			t.Errorf("%q: %q, want %q", s, got, want)
			continue
		}
		for i := range got {
			if !bytes.Equal(got[i], want[i]) || cap(got[i]) != cap(want[i]) {
				t.Errorf("%q: field %d %q (cap %d), want %q (cap %d)", s, i, got[i], cap(got[i]), want[i], cap(want[i]))
			}
		}
	}
}

// TestFurnitureIsRoleOf checks that furniture tells the positions whose
// sentence is page furniture as roleOf does, in texts with furniture and
// with wrapped lines that sentenceRuns joins.
func TestFurnitureIsRoleOf(t *testing.T) {
	texts := []string{
		"Advertisement\n\nThe bank raised rates by 0.5 points on Tuesday.\n\nShare this article\nFollow us\n\nPrices rose 3% in May.",
		"The minister said the plan would cost\n£2bn over five years, and\nwould start in 2026.\n\nAdvertisement\n\nRead more\n\nUnemployment fell.",
	}
	texts = withArticles(t, texts)
	furniture := 0
	for _, text := range texts {
		src := []byte(text)
		toks := tokenize.Append(nil, src)
		sents := segment.Append(nil, src, toks)
		a := newAnnotator(src, toks, sents)
		for i := range a.n {
			if got, want := a.furniture(i), a.roleOf(i) == segment.Furniture; got != want {
				t.Errorf("position %d %q: furniture = %v, roleOf %v", i, a.text(i), got, a.roleOf(i))
			}
			if a.furniture(i) {
				furniture++
			}
		}
		a.release()
	}
	if furniture == 0 {
		t.Error("no position of furniture: the test tests nothing")
	}
}

// TestQuoteKindsAdjacent checks what findQuotes relies on: CloseQuote is
// the kind after OpenQuote.
func TestQuoteKindsAdjacent(t *testing.T) {
	if tokenize.CloseQuote != tokenize.OpenQuote+1 {
		t.Errorf("CloseQuote is %d, OpenQuote %d", tokenize.CloseQuote, tokenize.OpenQuote)
	}
}

// TestSameIsOneSentenceRun checks same against its definition: both
// positions in range, in one run, and that run in a sentence; pairs in
// one block of 64 positions and across blocks, a long line of furniture
// (no sentence) included.
func TestSameIsOneSentenceRun(t *testing.T) {
	texts := []string{
		"Advertisement\n\nThe bank raised rates by 0.5 points on Tuesday.\n\nShare this article\nFollow us\n\nPrices rose 3% in May.",
		strings.Repeat("word ", 150) + "\n\n" + strings.Repeat("A short one. ", 40) + "\n\n" + strings.Repeat("Advertisement\n\n", 30),
	}
	texts = withArticles(t, texts)
	cross, yes, no := 0, 0, 0
	for _, text := range texts {
		src := []byte(text)
		toks := tokenize.Append(nil, src)
		sents := segment.Append(nil, src, toks)
		a := newAnnotator(src, toks, sents)
		for i := -2; i < a.n+2; i++ {
			for j := i - 150; j <= i+150; j++ {
				want := i >= 0 && j >= 0 && i < a.n && j < a.n && a.runOf(i) == a.runOf(j) && a.runSent[a.runOf(i)] >= 0
				if got := a.same(i, j); got != want {
					t.Fatalf("same(%d, %d) = %v, want %v", i, j, got, want)
				}
				if want {
					yes++
					if i>>6 != j>>6 {
						cross++
					}
				} else {
					no++
				}
			}
		}
		a.release()
	}
	if cross == 0 || yes == 0 || no == 0 {
		t.Errorf("same was true %d times (%d across blocks), false %d: the test misses a case", yes, cross, no)
	}
}

// withArticles returns texts followed by the text of each test article
// in testdata/articles.
func withArticles(t *testing.T, texts []string) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}
