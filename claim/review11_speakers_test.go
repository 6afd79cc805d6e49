package claim

import "testing"

// A reporting verb that needs "that" or a quotation elsewhere makes its
// subject the speaker before a clause with its own verb, before "found no"
// and a noun, and after a comma with its source after it; an object alone
// is not speech.
func TestBareReportingCues(t *testing.T) {
	checkReview9(t, []review9Case{
		{"confirmed", "Brenner confirmed the club had spent £400m.\n", "Brenner", "Brenner", false, ""},
		{"revealed", "Brenner revealed the club had spent £400m.\n", "Brenner", "Brenner", false, ""},
		{"admitted", "Brenner admitted the club had spent £400m.\n", "Brenner", "Brenner", false, ""},
		{"noted", "Brenner noted the club had spent £400m.\n", "Brenner", "Brenner", false, ""},
		{"suggested", "Brenner suggested the club had spent £400m.\n", "Brenner", "Brenner", false, ""},
		{"found", "Brenner found the club had spent £400m.\n", "Brenner", "Brenner", false, ""},
		{"showed", "Brenner showed the club had spent £400m.\n", "Brenner", "Brenner", false, ""},
		{"an object is not a clause", "Brenner confirmed the move for £40m.\n", "Brenner", "", false, ""},
		{"an agency reported", "Reuters reported Kestrel had bid €80m.\n", "Reuters", "Reuters", false, ""},
		{"a channel reports", "Sky Sports reports Kestrel have bid €80m.\n", "Sky Sports", "Sky Sports", false, ""},
		{"a paper reports", "Marca reports Kestrel have bid €80m.\n", "Marca", "Marca", false, ""},
		{"reports at the end", "Kestrel have bid €80m, reports Marca.\n", "Kestrel", "Marca", false, ""},
		{"found no link", "Researchers found no link between mobile phones and brain tumours.\n", "Researchers", "", false, "Researchers"},
		{"found no evidence", "Researchers found no evidence that masks cut infections by 20%.\n", "Researchers", "", false, "Researchers"},
	})
	tests := []review9ScoreCase{
		{name: "the reason names the source", in: "Brenner confirmed the club had spent £400m.", want: []string{"attributed to Brenner"}},
		{name: "and the paper at the end", in: "Kestrel have bid €80m, reports Marca.", want: []string{"attributed to Marca"}},
		{name: "a finding of none", in: "Researchers found no link between mobile phones and brain tumours.", want: []string{"attributed to Researchers"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}
