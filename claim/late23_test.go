package claim

import "testing"

// The tests in this file check faults of a UX pass cleared late in
// session 30.

// TestLate23DescriptorTitle checks that a role word before a name,
// "Supporter Karen Doyle", "Volunteer …", "Donor …", is left out of the
// speaker's name, as "Parent Mark Hennessy"'s is, while a name that only
// begins with such a word stays as before: "Fan" is left out, as "Fan Bingbing" is a name.
func TestLate23DescriptorTitle(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Supporter", "Supporter Karen Doyle, whose father died at the hospice, said: \u201cIt is the least I can do.\u201d\n", "Supporter", "Karen Doyle", true, ""},
		{"Volunteer", "Volunteer Sam Reid said it was worth it.\n", "Volunteer", "Sam Reid", false, ""},
		{"Donor", "Donor Alan Hume said it was the least he could do.\n", "Donor", "Alan Hume", false, ""},
		{"Shopper", "Shopper Lucy Bell said prices were up.\n", "Shopper", "Lucy Bell", false, ""},
		{"Parent, as before", "Parent Mark Hennessy said the change had been obvious.\n", "Parent", "Mark Hennessy", false, ""},
		{"a name Fan, as before", "Fan Bingbing said it was fine.\n", "Fan", "Fan Bingbing", false, ""},
		{"the supporter, as before", "The supporter said it was fine.\n", "The supporter", "", false, "The supporter"},
	})
}

// TestLate23BreakdownRow checks that a label before a colon whose rest is
// a bare figure, a breakdown row "Inpatient care: 41%", is no speaker,
// while a body's toll "Health ministry: 38 dead" and a transcript's
// "Smith: I disagree." stay speakers (late UX fault 1).
func TestLate23BreakdownRow(t *testing.T) {
	const rows = "The charity spent \u00a34.2m last year.\n\nWhere the money went\nInpatient care: 41%\nCare at home: 29%\nFundraising: 9%\n\nThe rest went on support.\n"
	const tolls = "Deaths so far:\nHealth ministry: 38 dead in Tel-Hamra\nGovernment: 14 militants killed\n"
	tests := []review9ScoreCase{
		{name: "a row", in: rows, sent: 2, not: []string{"attributed to Inpatient care"}, cw: "yes", types: TypeQuantity},
		{name: "a body's toll, as before", in: tolls, sent: 1, want: []string{"attributed to Health ministry"}, cw: "yes"},
		{name: "a government's toll, as before", in: tolls, sent: 2, want: []string{"attributed to Government"}, cw: "yes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
	const talk = "Smith: I disagree.\nJones: It went up 41%.\nSmith: It did not.\nJones: It did.\n"
	checkReview9(t, []review9Case{
		{"a transcript, as before", talk, "Smith: I", "Smith", false, ""},
		{"a transcript's figure, as before", talk, "Jones: It went", "Jones", false, ""},
	})
}

// TestLate23PayGroup checks that "the lowest paid", "the highest paid",
// "the worst off" and "the best off", a group of people, are no
// comparison, while "the lowest paid staff" and "the lowest rate" stay
// one (late UX fault 3).
func TestLate23PayGroup(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "the lowest paid", in: "Swissport said the offer was worth 6.2% to the lowest paid.", not: []string{"comparison: the lowest"}, cw: "yes"},
		{name: "the lowest paid once", in: "Swissport said the offer was worth 6.2% to the lowest paid once a new shift allowance was included.", not: []string{"comparison: the lowest"}, cw: "yes"},
		{name: "the highest paid", in: "The rise helped the highest paid most.", not: []string{"comparison: the highest"}},
		{name: "the worst off", in: "The cut hit the worst off hardest.", not: []string{"comparison: worst"}},
		{name: "the best off", in: "The pay rise went to the best off.", not: []string{"comparison: best"}},
		{name: "the lowest paid staff, as before", in: "The lowest paid staff got 6%.", want: []string{"comparison: The lowest"}, cw: "yes"},
		{name: "the lowest rate, as before", in: "Inflation fell to the lowest rate in 30 years.", want: []string{"comparison: the lowest"}, cw: "yes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestLate23PlusMoney checks that a plus sign before a currency sign is
// kept in the figure, "+£252" as "+45p", its value positive, while one
// glued to a word is not, and a minus stays as before (late UX fault 4).
func TestLate23PlusMoney(t *testing.T) {
	checkReview16(t, []review13Case{
		{"a table row", "Leeds–Manchester annual | £5,472 | +£252", []string{"money: £5,472 = 5472 £", "money: +£252 = 252 £"}},
		{"in a sentence", "Fares rose +£252 this year.", []string{"money: +£252 = 252 £", "date: this year"}},
		{"pence, as before", "York–Leeds weekly | £61.20 | +45p", []string{"money: £61.20 = 61.2 £", "money: +45p = 0.45 £"}},
		{"a minus, as before", "Change: -£252 on the year.", []string{"money: -£252 = -252 £"}},
		{"glued to a word", "Total a+£3 on the year.", []string{"money: £3 = 3 £"}},
	})
}
