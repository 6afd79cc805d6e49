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

// TestReview11bTally checks that "X in Y" is a share only of a word
// number, of 1, or before a counted noun, and that a season's tally, "11
// in 14 this term", is two counts.
func TestReview11bTally(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "a tally", in: "He has 11 in 14 this term.", want: []string{"quantity: 11"}, not: []string{"quantity: 11 in 14"}},
		{name: "one in seven", in: "One in seven people are poor.", want: []string{"quantity: One in seven"}},
		{name: "1 in 20", in: "About 1 in 20 had it.", want: []string{"quantity: About 1 in 20"}},
		{name: "a counted noun", in: "3 in 10 adults smoke.", want: []string{"quantity: 3 in 10"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestReview11bNumberDetails checks a rate written with a slash, "£250k/week",
// and that a figure inside a comparison, "twice as likely", is one reason.
func TestReview11bNumberDetails(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "a slash rate", in: "He earns £250k/week.", want: []string{"quantity: £250k/week"}},
		{name: "a slash rate of pounds", in: "He earns £13/hour.", want: []string{"quantity: £13/hour"}},
		{name: "per week", in: "He earns £300k per week.", want: []string{"quantity: £300k per week"}},
		{name: "twice as likely", in: "Night workers were twice as likely to develop it.",
			want: []string{"comparison: twice as likely"}, not: []string{"quantity: twice"}},
		{name: "twice after another comparison", in: "It costs more than any loan, and we imported twice as much electricity as a year earlier.",
			want: []string{"quantity: twice"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}
