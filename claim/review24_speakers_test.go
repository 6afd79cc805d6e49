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

// TestReview24TradeThenCountry checks that a body named for its trade and
// then its country, "Energy UK", is one organisation and the speaker even
// when its first word is met in lower case before ("the energy crisis"),
// not the place "UK" (review 24, F2).
func TestReview24TradeThenCountry(t *testing.T) {
	const concha = "\u201cBills remain around 50% higher than they were before the energy crisis,\u201d said Rocio Concha, its director of policy.\n"
	checkReview9(t, []review9Case{
		{"after a quote", concha + "Energy UK, the trade body, said standing charges were rising to pay for network upgrades.\n", "Energy UK", "Energy UK", false, ""},
		{"Sport England", "The sport grew.\nSport England said 40% of adults were active.\n", "Sport England", "Sport England", false, ""},
		{"alone, as before", "Energy UK, the trade body, said standing charges were rising.\n", "Energy UK", "Energy UK", false, ""},
	})
	checkEntities(t, "The rural economy grew.\nRural England lost 3% of its jobs.\n", Place, "England")
	checkEntities(t, "Today UK inflation rose 3%.\n", Place, "UK")
	checkEntities(t, "In the south prices rose.\nSouth Wales lost jobs.\n", Place, "South Wales")
}
