package claim

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimlight/claimlight/segment"
)

// TestAppendCleanSpaceIsFieldsJoined checks appendCleanSpace against
// strings.Fields joined by one space, on texts of words, ASCII and Unicode
// white space and invalid bytes.
func TestAppendCleanSpaceIsFieldsJoined(t *testing.T) {
	pieces := []string{"a", "Bc", " ", "  ", "\t", "\n", "\r\n", "\v", "\u00a0", "\u2003", "\u0085", "é", "\xff", "\xe2\x80", "—", "x.y"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 5000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		in := b.String()
		want := "pre:" + strings.Join(strings.Fields(in), " ")
		clean := len(in) > 0 && in[0] != ' ' && in[len(in)-1] != ' ' && !strings.ContainsAny(in, "\n\r\t") && !strings.Contains(in, "  ")
		if clean {
			want = "pre:" + in
		}
		if got := string(appendCleanSpace([]byte("pre:"), []byte(in))); got != want {
			t.Fatalf("%q: %q, want %q", in, got, want)
		}
	}
}

// TestCleanSpace checks cleanSpace on texts that do not end in a space.
func TestCleanSpace(t *testing.T) {
	for in, want := range map[string]bool{
		"": true, "a": true, "a b c": true, " a": true, "a\u00a0b": true, "\xff x": true,
		"a  b": false, "a\tb": false, "a\nb": false, "a\r\nb": false, "  a": false, "a b  c": false,
	} {
		if got := cleanSpace([]byte(in)); got != want {
			t.Errorf("cleanSpace(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestEveryClaimHasAReason checks that every check-worthy sentence of the
// test articles and the sample article says why, with spans and without,
// and that a sentence whose score comes from no span or strong word gets
// the overall-wording reason.
func TestEveryClaimHasAReason(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	sample, err := os.ReadFile(filepath.Join("..", "web", "sample.txt"))
	if err != nil {
		t.Fatal(err)
	}
	texts := withArticles(t, []string{"The FBI opened an investigation into the deal.", string(sample)})
	for i, text := range texts {
		src, toks, spans := annotateText(text)
		sents := segment.Append(nil, src, toks)
		for _, sp := range [][]Span{spans, nil} {
			for k, j := range m.Judge(src, toks, sents, sp) {
				if j.CheckWorthy && len(j.Reasons) == 0 {
					t.Errorf("text %d, sentence %q: check-worthy with no reason", i, sents[k].Text(src))
				}
			}
		}
		if i == 0 {
			j := m.Judge(src, toks, sents, spans)[0]
			if !j.CheckWorthy || len(j.Reasons) != 1 || j.Reasons[0] != overallWording {
				t.Errorf("%q: %+v, want check-worthy for its overall wording", text, j)
			}
		}
	}
}

// TestDurationText checks which date spans durationText takes for a length
// of time, whose reason says "duration:" and not "date:".
func TestDurationText(t *testing.T) {
	for in, want := range map[string]bool{
		"for six years and four months": true, "seven years": true, "45 minutes": true, "for 38 years": true,
		"several months": true, "a decade": true, "in two years": true, "within a decade": true,
		"for at least eight weeks": true, "in four years": true, "in four\n  years": true, "over ten years": true, "less than five years": true,
		"about 1 hour 15 minutes": true, "more than a month": true,
		"Three weeks ago": false, "in June last year": false, "the past two years": false, "in two years' time": false,
		"over the next five years": false, "in 2024": false, "at least 5%": false,
		"about 14,000 vehicles a day": false, "2 million people over five years": false, "$500 a week": false, "three and a half years": true, "a total of 8 years": true,
		"for 2024": false, "2019": false, "": false,
	} {
		if got := durationText([]byte(in)); got != want {
			t.Errorf("durationText(%q) = %v, want %v", in, got, want)
		}
	}
}
