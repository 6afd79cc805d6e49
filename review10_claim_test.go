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
		{"Fuel duty will rise by 3p a litre tonight.", []string{"money:3p a litre"}, nil},
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

// TestReview10CauseAndShare checks that a denied cause is no causal span
// and that "two of five districts" is one share, not two counts (review
// 10 L2).
func TestReview10CauseAndShare(t *testing.T) {
	tests := []struct {
		text   string
		want   []string // spans that must be there
		unwant []string // spans that must not
	}{
		{"Officers find more knives because they look harder, not because there are more of them.",
			[]string{"causal:because"}, []string{"causal:not because"}},
		{"Violent crime rose in two of five districts.",
			[]string{"quantity:two of five districts"}, []string{"quantity:two", "quantity:five districts"}},
		{"Seven of 10 voters backed the plan.", []string{"quantity:Seven of 10 voters"}, nil},
		// One of a group is a member of it, no share.
		{"He was one of 12 people who voted against it.", []string{"quantity:12 people"}, []string{"quantity:one of 12"}},
		{"Tens of thousands of people marched.", []string{"quantity:Tens of thousands of"}, nil},
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
	d := claimlight.Analyze([]byte("Violent crime rose in two of five districts."))
	for i := range d.Spans {
		if lo, _, ok := d.SpanValue(i); ok && lo != 0.4 {
			t.Errorf("two of five districts: value %v, want 0.4", lo)
		}
	}
}
