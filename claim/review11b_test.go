package claim

import "testing"

// TestReview11bHedgeAlone checks that a hedge, with no figure, named
// source or word of weight beside it, does not make a sentence
// check-worthy, and that a named source or a figure keeps it so.
func TestReview11bHedgeAlone(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "a hedge alone", in: "They said we could not win in Harlow Vale.", want: []string{hedgedReason}, cw: "no"},
		{name: "a named source", in: "Analysts said the deal may reassure investors.", not: []string{hedgedReason}, cw: "yes"},
		{name: "a figure", in: "They said we could lose 20 seats in Harlow Vale.", not: []string{hedgedReason}, cw: "yes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestReview11bPledge checks that an adverb and a comma between "will"
// and its verb keep the prediction whole.
func TestReview11bPledge(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "never, ever", in: "We will never, ever privatise the NHS.", want: []string{"prediction: will never, ever privatise"}},
		{name: "will ever", in: "No nation will ever have a veto over us.", want: []string{"prediction: will ever have"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}
