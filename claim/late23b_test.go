package claim

import "testing"

// The tests in this file check misses left by session 30's fixers,
// cleared late in the session.

// TestLate23bFanName checks that "Fan" before a full name of two words
// is a role left out of the speaker's name, "Fan Paul Kerr" as "Paul
// Kerr", while "Fan Bingbing", a given name, stays whole.
func TestLate23bFanName(t *testing.T) {
	checkReview9(t, []review9Case{
		{"a fan", "Fan Paul Kerr said it was bad.\n", "Fan", "Paul Kerr", false, ""},
		{"a name Fan, as before", "Fan Bingbing said it was fine.\n", "Fan", "Fan Bingbing", false, ""},
	})
}

// TestLate23bTookSpan checks that "took an hour and a half" and "lasted
// a week" are spans of time, as "for an hour and a half" is, while "a
// year" with no lead word stays none.
func TestLate23bTookSpan(t *testing.T) {
	checkReview16(t, []review13Case{
		{"took", "It took an hour and a half.", []string{"date: an hour and a half"}},
		{"lasted", "The strike lasted a week.", []string{"date: a week"}},
		{"for, as before", "It lasted for an hour and a half.", []string{"date: an hour and a half"}},
		{"a year alone, as before", "A year is long.", nil},
	})
}

// TestLate23bClosureDate checks that a closure whose verb follows the
// prediction, "will be closed on Monday", "is set to close by 2027", is
// dated as "would shut at the end of June" is, while a clock time stays
// no closure's date.
func TestLate23bClosureDate(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "will be closed", in: "The library will be closed on Monday.", want: []string{"date of a closure"}, cw: "yes"},
		{name: "is set to close", in: "The library is set to close by 2027.", want: []string{"date of a closure"}, cw: "yes"},
		{name: "would shut, as before", in: "The libraries at Fenby, Marsh Lane and Oldcastle would shut at the end of June.", want: []string{"date of a closure"}, cw: "yes"},
		{name: "a clock time, as before", in: "The shop will be closed at 5pm today.", not: []string{"date of a closure"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestLate23bTransferRows checks that every row of a deadline-day list,
// "- Asante: Lyon to Northbridge, undisclosed", is flagged as the row with
// a fee is, with the reason "a transfer", while a label's line with no
// bullet and a row with no "Club to Club" are left as before (rv23 F21).
func TestLate23bTransferRows(t *testing.T) {
	const list = "Deadline day so far:\n- Hartley: Elmfield to Castleton, \u00a345m\n- Asante: Lyon to Northbridge, undisclosed\n- Duarte: Rovers to Castlebridge, loan\n- Ward: Rovers to Westport, free\n"
	tests := []review9ScoreCase{
		{name: "a fee", in: list, sent: 1, want: []string{"a transfer"}, cw: "yes"},
		{name: "undisclosed", in: list, sent: 2, want: []string{"a transfer"}, not: []string{"short heading"}, cw: "yes"},
		{name: "a loan", in: list, sent: 3, want: []string{"a transfer"}, cw: "yes"},
		{name: "free", in: list, sent: 4, want: []string{"a transfer"}, cw: "yes"},
		{name: "the lead-in, as before", in: list, sent: 0, not: []string{"a transfer"}, cw: "no"},
		{name: "no Club to Club", in: "Squad news:\n- Asante: out injured\n- Ward: fit again\n", sent: 1, not: []string{"a transfer"}},
		{name: "no bullet", in: "Asante: Lyon to Northbridge\n", not: []string{"a transfer"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestLate23bDecisionDate checks that a body's dated vote or decision,
// "Full council will vote on 25 February.", "The plan will be
// considered by the cabinet on 10 February.", is check-worthy with the
// reason "date of a decision", while one with no body stays as before.
func TestLate23bDecisionDate(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "considered by the cabinet", in: "The plan will be considered by the cabinet on 10 February.", want: []string{"date of a decision"}, cw: "yes"},
		{name: "full council", in: "Full council will vote on 25 February.", want: []string{"date of a decision"}, cw: "yes"},
		{name: "both together", in: "The budget will be considered by the cabinet on 10 February. Full council will then vote on 25 February.", sent: 1, want: []string{"date of a decision"}, cw: "yes"},
		{name: "no body", in: "We will decide on Monday.", not: []string{"date of a decision"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}
