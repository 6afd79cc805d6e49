package claim

import "testing"

// TestReview25GluedAmpersand checks that a short firm's name glued
// together by "&" before a reporting verb, "PG&E said", is one
// organisation and the speaker, and "The utility" after it stands for
// it, while "R&D" and "the S&L crisis" stay no one (review 25, F1).
func TestReview25GluedAmpersand(t *testing.T) {
	const pge = "PG&E said it had cut power to about 12,700 customers in Shasta and Tehama counties. The utility said the shutoffs could last until Thursday.\n"
	checkReview9(t, []review9Case{
		{"PG&E said", pge, "PG&E", "PG&E", false, "PG&E"},
		{"The utility", pge, "The utility", "PG&E", false, ""},
		{"AT&T said", "AT&T said it had cut 4,000 jobs.\n", "AT&T", "AT&T", false, ""},
		{"M&S said", "M&S said sales rose 4%.\n", "M&S", "M&S", false, ""},
		{"P&O said", "P&O said it had cut 800 jobs.\n", "P&O", "P&O", false, ""},
		{"Marks & Spencer, as before", "Marks & Spencer said sales rose 4%.\n", "Marks", "Marks & Spencer", false, ""},
		{"R&D, as before", "R&D fell 4%.\n", "R&D", "", false, ""},
	})
	checkEntities(t, "M&S said sales rose 4%.\n", Org, "M&S")
	checkEntities(t, "M&S said sales rose 4%.\n", Person, "")
	checkEntities(t, "R&D spending rose 4%.\n", Org, "")
	checkEntities(t, "We don't have the S&L crisis anymore.\n", Org, "")
}
