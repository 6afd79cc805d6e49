package claim

import "testing"

// TestLate29PersonOfFirm checks that "X of Y & Co. said" is a person
// of a firm, not one firm's name (review 29b, F10).
func TestLate29PersonOfFirm(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Tom Ashdown of Wexley & Co.", "Tom Ashdown of Wexley & Co. said the index would rise.\n", "Tom", "Tom Ashdown", false, ""},
		{"no full stop", "Tom Ashdown of Wexley & Co said the index would rise.\n", "Tom", "Tom Ashdown", false, ""},
		{"no ampersand, as before", "Hanna Lindqvist of Norsk Capital said the index would rise.\n", "Hanna", "Hanna Lindqvist", false, ""},
		{"a firm alone, as before", "Wexley & Co. said the index would rise.\n", "Wexley", "Wexley & Co.", false, ""},
		{"a bank of a place, as before", "Royal Bank of Scotland & Co. said profits rose.\n", "Royal", "Royal Bank of Scotland & Co.", false, ""},
	})
	checkEntities(t, "Tom Ashdown of Wexley & Co. said the index would rise.\n", Org, "Wexley & Co.")
	checkEntities(t, "Tom Ashdown of Wexley & Co. said the index would rise.\n", Person, "Tom Ashdown")
	checkEntities(t, "Shares in Marks & Spencer rose.\n", Org, "Marks & Spencer")
	checkEntities(t, "Royal Bank of Scotland & Co. said profits rose.\n", Person, "")
}
