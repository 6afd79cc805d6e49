package claimlight_test

import (
	"testing"

	"github.com/claimlight/claimlight"
	"github.com/claimlight/claimlight/claim"
)

// TestReview29bCentsBesidePence checks that cents keep the dollar when
// the text's only other money is a price in pence, "132.4p a litre",
// while pounds in words or with a sign still leave them none (review
// 29b, F18; the rest of the review's figures are in
// claim/review29b_num_test.go).
func TestReview29bCentsBesidePence(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The premium narrowed to 81 cents. The average price of unleaded in the UK was 132.4p a litre on Sunday.", "$"},
		{"The premium narrowed to 81 cents. A pint was 12 pence.", "$"},
		{"The premium narrowed to 81 cents.", "$"},
		{"The premium narrowed to 81 cents. It cost 12 pounds.", ""},
		{"The premium narrowed to 81 cents. It cost £12.", ""},
	}
	for _, tt := range tests {
		d := claimlight.Analyze([]byte(tt.text))
		got := "no span"
		for i, s := range d.Spans {
			if string(s.Text(d.Src)) == "81 cents" && s.Kind == claim.Money {
				got = d.SpanCurrency(i)
			}
		}
		if got != tt.want {
			t.Errorf("currency of 81 cents in %q = %q, want %q", tt.text, got, tt.want)
		}
	}
}
