package claim

import "testing"

// The tests in this file check the fixes to review 15's items on dated
// rows, helpline lines, places and military units.

// TestReview15DatedRows checks that the rows of a dated list under a
// lead-in that ends in a colon are scored as claims, not held under the
// threshold as short headings (review 15, M1).
func TestReview15DatedRows(t *testing.T) {
	const rows = "Claims by date:\nNov 24 — ministry: 8 killed in Tel-Hamra\nNov 25 — ministry: 12 killed in Beit Sarouf"
	const colons = "Deaths by date:\nNov 24: 8 killed in Tel-Hamra\nNov 25: 12 killed in Beit Sarouf"
	tests := []review9ScoreCase{
		{name: "the lead-in", in: rows, want: []string{"lead-in to a table or list"}, cw: "no"},
		{name: "the first row", in: rows, sent: 1, not: []string{"short heading"}, cw: "yes", types: TypeQuantity},
		{name: "the second row", in: rows, sent: 2, not: []string{"short heading"}, cw: "yes", types: TypeQuantity},
		{name: "a colon after the date", in: colons, sent: 1, not: []string{"short heading"}, cw: "yes", types: TypeQuantity},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestReview15Helpline checks that a line pointing readers to advice or a
// helpline is page furniture under the threshold (review 15, M12).
func TestReview15Helpline(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "for advice", in: "For advice, visit the NHS website or call 111.", want: []string{"page furniture"}, cw: "no"},
		{name: "for more information", in: "For more information, call NHS 111 or visit nhs.uk.", want: []string{"page furniture"}, cw: "no"},
		{name: "a claim", in: "For advice on pensions, 40% of savers turn to their family.", not: []string{"page furniture"}, cw: "yes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}
