package claim

import "testing"

// TestReview23Closure checks that a forecast closure with its day or
// month, "The libraries at Fenby, Marsh Lane and Oldcastle would shut at
// the end of June." (0.110), is a claim with the reason "date of a
// closure", while opening hours, a closure with no date and the first
// person stay as they were (review 23, F16).
func TestReview23Closure(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "the review's sentence", in: "The libraries at Fenby, Marsh Lane and Oldcastle would shut at the end of June.", want: []string{closeReason}, cw: "yes"},
		{name: "will close on", in: "The libraries will close on 30 June.", want: []string{closeReason}, cw: "yes"},
		{name: "would close in", in: "The branch would close in March 2027.", want: []string{closeReason}, cw: "yes"},
		{name: "is set to close, as before", in: "The factory is set to close by 2027.", cw: "yes"},
		{name: "another clause's date, as before", in: "Schools will close early, and the transit authority will run extra trains every six minutes.", not: []string{closeReason}},
		{name: "opening hours, as before", in: "The shop will close at 5pm today.", not: []string{closeReason}, cw: "no"},
		{name: "today, as before", in: "The shop will close today.", not: []string{closeReason}, cw: "no"},
		{name: "p.m., as before", in: "Polls will close at 7 p.m. local time.", not: []string{closeReason}},
		{name: "no date, as before", in: "The libraries would shut.", not: []string{closeReason}, cw: "no"},
		{name: "the first person, as before", in: "We will close the libraries in June.", not: []string{closeReason}},
	} {
		t.Run(tt.name, tt.run)
	}
}
