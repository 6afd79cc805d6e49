package claimlight_test

import (
	"testing"

	"github.com/claimlight/claimlight"
	"github.com/claimlight/claimlight/claim"
)

// TestReview20Cents checks that cents with no currency named beside them
// are the dollar's, and that a sum in bitcoin, which has no cents, does
// not take their currency away, while cents beside pounds, or beside
// dollars and euros both, still have none (review 20, F18).
func TestReview20Cents(t *testing.T) {
	tests := []struct{ text, span, want string }{
		{"Dogecoin jumped 9% to 31 cents.", "31 cents", "$"},
		{"Whales bought 3,100 BTC. Dogecoin jumped 9% to 31 cents.", "31 cents", "$"},
		{"Bitcoin rose to $97,450, and whales bought 3,100 BTC. Dogecoin jumped 9% to 31 cents.", "31 cents", "$"},
		{"It cost 22 cents then; now it is €1.10.", "22 cents", "€"},
		{"It was £2 here and 94 cents there.", "94 cents", ""},
		{"It was $2 here, 94 cents there and €3 in Paris.", "94 cents", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := claimlight.Analyze([]byte(tt.text))
			got := "no span"
			for i, s := range d.Spans {
				if string(s.Text(d.Src)) == tt.span && s.Kind == claim.Money {
					got = d.SpanCurrency(i)
				}
			}
			if got != tt.want {
				t.Errorf("currency of %q in %q = %q, want %q", tt.span, tt.text, got, tt.want)
			}
		})
	}
}
