package claim

import "testing"

// TestReview11Circa checks that "c." (circa) before an amount is a hedge
// inside the amount, as "ca." is.
func TestReview11Circa(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "circa before pounds", in: "The club paid c. £40m for him in 2023.",
			want: []string{"quantity: c. £40m", "hedged: c."}, cw: "yes"},
		{name: "circa before a percent", in: "The fee was c. 40% of the total.",
			want: []string{"hedged: c."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}
