package claim

import (
	"strings"
	"testing"
)

// TestReasonsReadable checks that the reasons the claims panel, the
// tooltips and the checklist print are in words a checker can act on
// (review ux20 C1): not "words: 'jobs'" beside "quantity: $210 million",
// nor "overall wording: …". The word with the largest weight is a reason
// only when no figure, date, prediction, comparison, cause, rule or hedge
// is, and then says what it is.
func TestReasonsReadable(t *testing.T) {
	tests := []struct {
		in   string
		want []string // reasons, in order
	}{
		// the figure says it; "'jobs'" beside it gave a checker nothing to do
		{"The merger would cut an estimated $210 million a year in costs and 900 jobs.", nil},
		{"Sales volumes rose 6% in the quarter.", []string{"quantity: 6%"}},
		// alone, the word says why the sentence scored
		{"ISIS controls the town.", []string{"wording typical of claims: 'ISIS'"}},
		{"The FBI opened an investigation into the deal.", []string{overallWording}},
	}
	for _, tt := range tests {
		src, sents, js := judgeText(tt.in)
		if len(js) != 1 {
			t.Fatalf("%q: %d sentences", tt.in, len(sents))
		}
		rs := js[0].Reasons
		for _, r := range rs {
			if strings.HasPrefix(r, "words:") || strings.HasPrefix(r, "overall wording") {
				t.Errorf("%q: reason %q is engine jargon", src, r)
			}
			if strings.HasPrefix(r, wordingReason) && len(rs) > 1 {
				for _, o := range rs {
					if o != r && strings.Contains(o, ": ") && !strings.HasPrefix(o, "attributed") {
						t.Errorf("%q: reasons %q: a word reason beside the span reason %q", src, rs, o)
					}
				}
			}
		}
		if tt.want != nil && strings.Join(rs, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: reasons %q, want %q", src, rs, tt.want)
		}
	}
	if !strings.Contains(overallWording, "no single word or figure") || strings.HasPrefix(overallWording, "overall wording") {
		t.Errorf("overallWording = %q", overallWording)
	}
}
