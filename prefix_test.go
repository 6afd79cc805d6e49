package claimlight_test

import (
	"strings"
	"testing"

	"github.com/claimlight/claimlight"
)

func TestPrefixEnd(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string // the prefix; "" for all of in
	}{
		{"One.\n\nTwo.\n\nThree.", 2, "One.\n\n"},
		{"One.\n\nTwo.\n\nThree.", 5, "One.\n\nTwo.\n\n"},
		{"One.\n \t\n\n  Two.", 0, "One.\n \t\n\n  "},
		// No blank line: a line that ends a sentence.
		{"A line that\nruns on. Then\nends.\nNext one.", 0, "A line that\nruns on. Then\nends.\n"},
		{"He said: “Yes.”\nShe said no.", 0, "He said: “Yes.”\n"},
		{"Rates rose by 6.1% in\nApril 2024.", 3, ""},
		{"No break at all.", 0, ""},
		{"", 10, ""},
		{"Short.\n\nText.", 100, ""},
	} {
		end := claimlight.PrefixEnd([]byte(c.in), c.n)
		want := c.want
		if want == "" {
			want = c.in
		}
		if got := c.in[:end]; got != want {
			t.Errorf("PrefixEnd(%q, %d) = %q, want %q", c.in, c.n, got, want)
		}
	}
}

// The paragraphs of a prefix are analysed as they are in the whole text:
// the page paints a long paste's first screen from its prefix's analysis,
// then the whole text's, and the reader must see no highlight change.
func TestPrefixAnalysisAgrees(t *testing.T) {
	src := sampleArticle(t)
	full := claimlight.Analyze(src)
	for _, n := range []int{1200, 2000, 3000} {
		end := claimlight.PrefixEnd(src, n)
		if end >= len(src) {
			t.Fatalf("the sample has no paragraph break after byte %d", n)
		}
		pre := claimlight.Analyze(src[:end])
		for i, s := range pre.Sentences {
			if s != full.Sentences[i] {
				t.Fatalf("n=%d: sentence %d is %q in the prefix, %q in the whole", n, i, src[s.Start:s.End], src[full.Sentences[i].Start:full.Sentences[i].End])
			}
			a, b := pre.Judgements[i], full.Judgements[i]
			if a.CheckWorthy != b.CheckWorthy || a.Score-b.Score > 0.01 || b.Score-a.Score > 0.01 || strings.Join(a.Reasons, "|") != strings.Join(b.Reasons, "|") {
				t.Errorf("n=%d: %q scores %.3f %q in the prefix, %.3f %q in the whole", n, src[s.Start:s.End], a.Score, a.Reasons, b.Score, b.Reasons)
			}
		}
		var want []string
		for i, sp := range full.Spans {
			if int(sp.End) <= end {
				want = append(want, spanKey(full, i))
			}
		}
		var got []string
		for i := range pre.Spans {
			got = append(got, spanKey(pre, i))
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("n=%d: the prefix's spans differ from the whole's:\n%s\nwant\n%s", n, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

func spanKey(d *claimlight.Document, i int) string {
	s := d.Spans[i]
	return s.Kind.String() + " " + string(d.Src[s.Start:s.End]) + " → " + d.SpeakerName(i)
}
