package claim

import "testing"

// TestReview14OpenQuestions checks that a body's silence on a question,
// "did not say/disclose/specify who/how/whether …", is right-of-reply
// boilerplate as "did not respond" is, while "did not disclose" before
// an object stays a claim (review 14, M8).
func TestReview14OpenQuestions(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "who", in: "It did not say who had signed the card.", want: []string{"news boilerplate"}, cw: "no"},
		{name: "how many", in: "The company did not say how many customers were affected.", want: []string{"news boilerplate"}, cw: "no"},
		{name: "when", in: "The minister did not specify when the 40 new hospitals would open.", want: []string{"news boilerplate"}, cw: "no"},
		{name: "whether", in: "The bank did not disclose whether it had paid a ransom.", want: []string{"news boilerplate"}, cw: "no"},
		{name: "an object", in: "The company did not disclose the breach for three years.", not: []string{"news boilerplate"}, cw: "yes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestReview14HarmDenied checks that a short claim that nobody or nothing
// was harmed, as a breach or crash story makes it, is check-worthy as
// "Nobody was killed." is, with that as its reason and not "overall
// wording: no single word or figure stands out", while "He was not
// elected." is not (review 14, M10).
func TestReview14HarmDenied(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "nobody injured", in: "Nobody was injured.", want: []string{harmReason}, not: []string{overallWording}, cw: "yes"},
		{name: "no one hurt", in: "No one was hurt.", want: []string{harmReason}, not: []string{overallWording}, cw: "yes"},
		{name: "no data stolen", in: "No customer data was stolen.", want: []string{harmReason}, not: []string{overallWording}, cw: "yes"},
		{name: "not affected", in: "Passwords were not affected.", want: []string{harmReason}, not: []string{overallWording}, cw: "yes"},
		{name: "not disrupted", in: "Mobile and broadband services were not disrupted.", want: []string{harmReason}, not: []string{overallWording}, cw: "yes"},
		{name: "no fatalities", in: "There were no fatalities.", want: []string{harmReason}, not: []string{overallWording}, cw: "yes"},
		{name: "no casualties reported", in: "Police said there were no casualties.", want: []string{harmReason}, cw: "yes"},
		{name: "no fatalities in a longer claim", in: "The airline has had no fatalities since 1998.", not: []string{harmReason}},
		{name: "nobody killed", in: "Nobody was killed.", want: []string{harmReason}, not: []string{overallWording}, cw: "yes"},
		{name: "not elected", in: "He was not elected.", not: []string{harmReason}, cw: "no"},
		{name: "a decision", in: "No decision was reached.", not: []string{harmReason}, cw: "no"},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}
