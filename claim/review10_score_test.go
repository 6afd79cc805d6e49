package claim

import "testing"

// TestReview10SentenceAdverbs checks that "If anything,", "If so," and
// "If not," open an asserted claim, not a condition, and that "If true,"
// and "If confirmed," hedge the claim instead of halving its score.
func TestReview10SentenceAdverbs(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "if anything", in: "If anything, the tax burden rose last year.", not: []string{hypotheticalReason}, cw: "yes"},
		{name: "if so", in: "If so, debt rose by £20bn last year.", not: []string{hypotheticalReason}, cw: "yes"},
		{name: "if not", in: "If not, debt rose by £20bn last year.", not: []string{hypotheticalReason}, cw: "yes"},
		{name: "if true is a hedge", in: "If true, that means 40,000 people lost their jobs.",
			want: []string{"hedged: If true"}, not: []string{hypotheticalReason}, cw: "yes"},
		{name: "if confirmed", in: "If confirmed, it would be the largest fall since 1990.", not: []string{hypotheticalReason}, cw: "yes"},
		{name: "a condition is still one", in: "If inflation fell to 2%, mortgage rates would drop.", want: []string{hypotheticalReason}},
		{name: "if so in a condition", in: "If so many people leave, rents will fall.", want: []string{hypotheticalReason}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}
