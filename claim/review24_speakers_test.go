package claim

import "testing"

// TestReview24EnglandAndWales checks that two places after a body's "for"
// or "of" are its one area, "the Crime Survey for England and Wales", and
// the body the source, not the place "Wales" (review 24, F1).
func TestReview24EnglandAndWales(t *testing.T) {
	checkReview9(t, []review9Case{
		{"the Crime Survey", "The increase came even as the Crime Survey for England and Wales estimated 9.4 million incidents of crime.\n",
			"The increase", "Crime Survey for England and Wales", false, "the Crime Survey for England and Wales"},
		{"the Law Society", "The Law Society of England and Wales said fees rose 4%.\n", "The Law", "Law Society of England and Wales", false, ""},
		{"one place, as before", "The Crime Survey for England said crime fell 4%.\n", "The Crime", "Crime Survey for England", false, ""},
	})
	checkEntities(t, "Crime fell 4% in England and Wales.\n", Org, "")
	checkEntities(t, "The Bank of England and Lloyds said rates rose.\n", Org, "The Bank of England")
}
