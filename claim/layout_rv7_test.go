package claim

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// TestPageLayoutSpans checks the spans of text laid out for print: a PDF's
// footnote markers, words hyphenated across a line break, and the like.
// Each input lists every span of the kinds named in want, in order.
func TestPageLayoutSpans(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
		none []Kind
	}{
		{"footnote markers glued to a stop are no quantities",
			"The real-terms increase was closer to 7%.15 Around half went on pipes. It fell to 676 homes.12 Bills rise if plans are approved in full.17",
			[]string{"percent: 7%", "quantity: 676 homes"}, nil},
		{"a footnote marker glued to a range of years is no quantity",
			"It will cost £6bn over the period 2025-2050.16 Without it, we\nexpect a deficit of 310 Ml/d by 2040.",
			[]string{"money: £6bn", "date: 2025-2050", "quantity: 310 Ml/d", "date: by 2040"}, nil},
		{"coordinates with minutes are quantities (since session 28)",
			"The lake lies at 61°12′N 9°48′E, and the wreck at 61.2°N, 9.8°E or 33°51′35″S. It was 30°C and 12° colder.",
			[]string{"quantity: 61°12′N", "quantity: 9°48′E", "quantity: 61.2°N", "quantity: 9.8°E", "quantity: 33°51′35″S", "quantity: 30°C", "quantity: 12°"}, nil},
		{"a word hyphenated across a line break is not counted in half",
			"Total leakage across the six regional compa-\nnies fell to 612 megalitres per day (Ml/d) in\n2023-24, a reduction of 9.4 per cent on the\n2019-20 baseline, and we have three compa-\nnies left and four cus-\ntomers.",
			[]string{"quantity: six regional", "quantity: 612 megalitres per day", "date: in\n2023-24", "percent: 9.4 per cent", "date: 2019-20", "quantity: three", "quantity: four"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, _, spans := annotateText(tt.in)
			// The numeric kinds are always compared, so that a span
			// too many shows.
			keep := map[Kind]bool{Quantity: true, Money: true, Percent: true, Date: true}
			for _, w := range tt.want {
				if k, ok := KindByName(w[:strings.IndexByte(w, ':')]); ok {
					keep[k] = true
				}
			}
			got := spanStrings(src, spans, keep)
			if !slices.Equal(got, tt.want) {
				t.Errorf("spans:\n got %q\nwant %q", got, tt.want)
			}
			for _, s := range spans {
				if slices.Contains(tt.none, s.Kind) {
					t.Errorf("unwanted %s span %q", s.Kind, s.Text(src))
				}
			}
		})
	}
}

// judgeText runs every stage on text and returns its sentences and their
// judgements.
func judgeText(text string) ([]byte, []segment.Sentence, []Judgement) {
	src := []byte(text)
	toks := tokenize.Append(nil, src)
	sents := segment.Append(nil, src, toks)
	return src, sents, Judge(src, toks, sents, Annotate(src, toks, sents))
}

// TestWikiMaintenanceTags checks that a wiki maintenance tag glued to a
// sentence ("[who?]", "[citation needed]") neither makes it a question nor
// lends it its words, and that it makes the sentence check-worthy with
// the reason "source flags this: ...".
func TestWikiMaintenanceTags(t *testing.T) {
	tests := []struct {
		in   string
		flag string // the first reason
	}{
		{"The marathon is the most scenic marathon in Scandinavia.[who?]", "source flags this: who?"},
		{"The last full freeze was in the winter of 1941.[citation needed] It is deep.", "source flags this: citation needed"},
		{"The decline was caused by minnows.[14][dubious – discuss]", "source flags this: dubious – discuss"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, _, js := judgeText(tt.in)
			j := js[0]
			if !j.CheckWorthy || len(j.Reasons) == 0 || j.Reasons[0] != tt.flag {
				t.Fatalf("got checkworthy=%v reasons %q, want first reason %q", j.CheckWorthy, j.Reasons, tt.flag)
			}
			for _, r := range j.Reasons {
				if r == "question" || strings.Contains(r, "citation'") || strings.Contains(r, "who'") {
					t.Errorf("reason %q comes from the tag", r)
				}
			}
		})
	}
}

// TestReasonsCiteSpansInTheirSentence checks, over the texts of a review
// in testdata/review (the seventh review's court report, PDF page, social
// thread, earnings call, encyclopedia page and election night story; the
// twentieth's sentencing story, company results, weather warning,
// football live text and crypto market story), that
// every reason that quotes a span ("quantity: 9.4 per cent", "date: in
// 2023-24") quotes one of that kind that lies wholly inside the sentence,
// so that a reader who picks the reason finds it highlighted there.
func TestReasonsCiteSpansInTheirSentence(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "review", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no review texts")
	}
	for _, file := range files {
		text, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(file), func(t *testing.T) {
			src := text
			toks := tokenize.Append(nil, src)
			sents := segment.Append(nil, src, toks)
			spans := Annotate(src, toks, sents)
			for i, j := range Judge(src, toks, sents, spans) {
				s := sents[i]
				for _, r := range j.Reasons {
					var kinds []Kind
					for _, sr := range spanReasons {
						if sr.label != "" && strings.HasPrefix(r, sr.label) {
							kinds = append(kinds, sr.kind)
						}
					}
					if len(kinds) == 0 {
						continue
					}
					cited := r[strings.IndexByte(r, ' ')+1:]
					found := false
					for _, sp := range spans {
						want := string(appendShortened(nil, sp.Text(src)))
						if ms, me := measureBefore(src, sp.Start); ms < me && sp.Kind == Quantity {
							want = string(src[ms:me]) + " " + want // "quantity: hazard ratio 0.82"
						}
						if slices.Contains(kinds, sp.Kind) && sp.Start >= s.Start && sp.End <= s.End && want == cited {
							found = true
							break
						}
					}
					if !found {
						t.Errorf("sentence %d %q: reason %q cites no span inside it", i, s.Text(src), r)
					}
				}
			}
		})
	}
}

// TestReasonsSkipSpansRunningOn checks that a span that starts in a
// sentence and ends in the next is cited by neither.
func TestReasonsSkipSpansRunningOn(t *testing.T) {
	src := []byte("Leakage fell 9.4 per cent in\n2023-24 to 612 Ml/d, the lowest level on record.")
	toks := tokenize.Append(nil, src)
	cut := int32(strings.IndexByte(string(src), '\n'))
	var sents []segment.Sentence
	for i, tk := range toks {
		if tk.Start == cut {
			sents = []segment.Sentence{{Start: 0, End: cut, Tok: 0, TokEnd: int32(i)},
				{Start: cut + 1, End: int32(len(src)), Tok: int32(i + 1), TokEnd: int32(len(toks)), Para: 1}}
		}
	}
	in := strings.Index(string(src), "in\n")
	spans := []Span{
		{Start: 13, End: 25, Kind: Percent, Link: -1},
		{Start: int32(in), End: cut + 8, Kind: Date, Link: -1},
	}
	for i, j := range Judge(src, toks, sents, spans) {
		for _, r := range j.Reasons {
			if strings.HasPrefix(r, "date: ") {
				t.Errorf("sentence %d: reason %q cites a span that runs on", i, r)
			}
		}
	}
}
