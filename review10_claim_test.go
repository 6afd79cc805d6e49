package claimlight_test

import (
	"strings"
	"testing"

	"github.com/claimlight/claimlight"
)

// spanKinds returns the spans of text as "kind:text", in order.
func spanKinds(text string) []string {
	d := claimlight.Analyze([]byte(text))
	out := make([]string, len(d.Spans))
	for i, sp := range d.Spans {
		out[i] = sp.Kind.String() + ":" + string(d.Src[sp.Start:sp.End])
	}
	return out
}

// TestReview10Pence checks that a number with "p" is a sum in pence only
// with money about it, and that a p-value is no sum (review 10 L1).
func TestReview10Pence(t *testing.T) {
	tests := []struct {
		text   string
		want   []string // spans that must be there
		unwant []string // spans that must not
	}{
		{"The camera records 1080p video.", nil, []string{"money:1080p", "quantity:1080p"}},
		{"Fuel duty will rise by 3p a litre tonight.", []string{"money:3p"}, nil},
		{"Shares fell 12p to 412p.", []string{"money:12p", "money:412p"}, nil},
		{"A loaf now costs 95p.", []string{"money:95p"}, nil},
		{"The fall was significant (p<0.001).", []string{"quantity:p<0.001"}, []string{"money:p<0.001"}},
		{"The gap was small, p = 0.03.", []string{"quantity:p = 0.03"}, []string{"money:p = 0.03"}},
	}
	for _, tt := range tests {
		got := spanKinds(tt.text)
		for _, w := range tt.want {
			if !contains(got, w) {
				t.Errorf("%q: spans %q, want %s", tt.text, got, w)
			}
		}
		for _, w := range tt.unwant {
			if contains(got, w) {
				t.Errorf("%q: spans %q, want no %s", tt.text, got, w)
			}
		}
	}
	// The model is told of a sum only where the annotator sees one: the
	// resolution scores as it did with any other number glued to letters.
	d := claimlight.Analyze([]byte("The camera records 1080p video."))
	for _, r := range d.Judgements[0].Reasons {
		if strings.Contains(r, "1080p") {
			t.Errorf("reasons %q name the resolution", d.Judgements[0].Reasons)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
