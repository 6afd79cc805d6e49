package claim

import "testing"

// TestReview11FigureQuestions checks that a question which takes a
// claim with a figure as given ("Did you know that …", "Isn't it true
// that …", "a party that let bills rise by 54%") is judged on that
// claim, and that a question set aside as one still names its figures.
func TestReview11FigureQuestions(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "did you know that", in: "Did you know that 7.4 million people are waiting for treatment?",
			want: []string{"quantity: 7.4 million people", askedClaimReason}, not: []string{"question"}, cw: "yes"},
		{name: "did you know", in: "Did you know 7.4 million people are waiting for treatment?",
			want: []string{"quantity: 7.4 million people", askedClaimReason}, cw: "yes"},
		{name: "isn't it true that", in: "Isn't it true that crime has risen 20% since 2019?",
			want: []string{"quantity: 20%", askedClaimReason}, not: []string{"question"}, cw: "yes"},
		{name: "is it not the case that", in: "Is it not the case that crime has risen 20% since 2019?",
			want: []string{"quantity: 20%", askedClaimReason}, cw: "yes"},
		{name: "a party that", in: "How can a party that let energy bills rise by 54% in a single year lecture us?",
			want: []string{"quantity: 54%", askedClaimReason}, not: []string{"question"}, cw: "yes"},
		{name: "an open question", in: "Is that too much to ask?", want: []string{"question"}, cw: "no"},
		{name: "a figure before that", in: "Why did they waste the £11 billion that was set aside?", not: []string{askedClaimReason}},
		{name: "a question about a figure names it", in: "How much of the £2bn went to consultants?",
			want: []string{"quantity: £2bn", "question"}, cw: "no"},
		{name: "a question about a rise names it", in: "Who doubled the waiting lists?",
			want: []string{"quantity: doubled", "question"}, cw: "no"},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestReview11Versus checks that "v" or "vs" between two numbers is read
// as versus, not as a unit or a noun the first number counts.
func TestReview11Versus(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "v", in: "The average BMI was 27.9 v 26.1 in the control group.",
			want: []string{"quantity: 27.9"}, not: []string{"quantity: 27.9 v"}, cw: "yes"},
		{name: "vs", in: "They scored 3 vs 2 in the final.", want: []string{"quantity: 3"}, not: []string{"quantity: 3 vs"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestReview11HyphenatedSuperlatives checks that a superlative joined to
// a participle ("highest-paid", "most-watched"), "club-record",
// "all-time" and "record-breaking" are comparisons a reason names, and
// that a tenure's label ("longest-serving") is not.
func TestReview11HyphenatedSuperlatives(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "highest-paid", in: "He is the highest-paid player in the league.", want: []string{"comparison: highest-paid"}},
		{name: "best-selling", in: "It was the best-selling car in Britain last year.", want: []string{"comparison: best-selling"}},
		{name: "most-watched", in: "It was the most-watched show in Britain last year.", want: []string{"comparison: most-watched"}},
		{name: "worst-performing", in: "It was the worst-performing fund in Britain last year.", want: []string{"comparison: worst-performing"}},
		{name: "club-record", in: "Kestrel agreed a club-record fee of €80m.", want: []string{"comparison: club-record"}, cw: "yes"},
		{name: "all-time", in: "Shares hit an all-time high on Monday.", want: []string{"comparison: all-time"}},
		{name: "record-breaking", in: "It was a record-breaking run for the club.", want: []string{"comparison: record-breaking"}},
		{name: "longest-serving", in: "Among the longest-serving night workers, 40% were ill.",
			want: []string{"quantity: 40%"}, not: []string{"comparison: longest-serving"}},
		{name: "longest-running", in: "It is the longest-running show on the channel by 20 years.", not: []string{"comparison: longest-running"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}
