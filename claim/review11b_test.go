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

// TestReview11bLengths checks that a length of time written as one
// hyphenated word, "a five-year contract", is a duration, and that the
// term of a bond, "the 10-year note", neither is a date nor leads over
// the figure the sentence states.
func TestReview11bLengths(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "five-year", in: "He signed a five-year contract.", want: []string{"duration: five-year"}},
		{name: "5-year", in: "He signed a 5-year contract.", want: []string{"duration: 5-year"}},
		{name: "a bond's term", in: "the 10-year note rose 12 basis points.",
			want: []string{"quantity: 12 basis points"}, not: []string{"date: 10-year", "duration: 10-year", "quantity: 10-year"}},
		{name: "a term beside a duration", in: "It took 45 minutes to do a 10-minute trip.", want: []string{"duration: 45 minutes"}},
		{name: "an age", in: "A five-year-old boy died.", not: []string{"duration: five-year-old"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestReview11bCode checks that a call in code is no claim and its
// argument no quantity.
func TestReview11bCode(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "alert", in: "alert(1)", want: []string{"code, not a claim"}, not: []string{"quantity: 1"}, cw: "no"},
		{name: "javascript:", in: "javascript:alert(3)", want: []string{"code, not a claim"}, not: []string{"quantity: 3"}, cw: "no"},
		{name: "a subsection stays", in: "Under section 5(1) the fine is £40.", want: []string{"quantity: £40"}, cw: "yes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}
