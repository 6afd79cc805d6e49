package claimlight_test

import (
	"testing"

	"github.com/claimlight/claimlight"
)

// TestReview10ScaleDotEnds checks that the dot of "bln.", "mln.", "Mrd."
// or "Mio." after a number ends the sentence before a capitalised word,
// and keeps it going only when a currency or unit follows (review 10 R1).
func TestReview10ScaleDotEnds(t *testing.T) {
	tests := []struct {
		text string
		want int // sentences
	}{
		{"The deal is worth $2.3 bln. Shares rose 6% on Monday.", 2},
		{"Revenue was $32 bln. Net profit fell 4%.", 2},
		{"The bank lent 3.2 bln. Shares rose 2%.", 2},
		{"Der Umsatz stieg auf 3 Mio. Der Gewinn fiel um 4%.", 2},
		{"The bank lent 3.2 bln. It expects more.", 2},
		{"Turnover was 14,7 Mrd. Franken.", 1},
		{"The cost is 2 Mrd. Euro in total.", 1},
		{"Sie zahlte 5 Mio. Dollar.", 1},
		{"The plant costs 1.4 bln. zł in all.", 1},
		{"Output was 3 mln. tonnes last year.", 1},
	}
	for _, tt := range tests {
		if got := len(claimlight.Analyze([]byte(tt.text)).Sentences); got != tt.want {
			t.Errorf("%q: %d sentences, want %d", tt.text, got, tt.want)
		}
	}
}
