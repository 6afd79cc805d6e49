package claim

import (
	"slices"
	"strings"
	"testing"
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
