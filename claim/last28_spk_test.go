package claim

import "testing"

// The tests in this file check speaker and entity misses cleared in
// session 33's last round of fixes.

// TestLast28TwoBodiesSaid checks that two known bodies joined by "and"
// before "said" make one speaker named with both, as two unknown ones did
// ("Westpac and ASB said"), while a list's earlier body, or one after a
// verb or a preposition, stays out of it.
func TestLast28TwoBodiesSaid(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Barclays and HSBC", "Barclays and HSBC said rates would rise.\n", "Barclays", "Barclays and HSBC", false, "Barclays and HSBC"},
		{"after a date", "On Monday Barclays and HSBC said rates would rise.\n", "On", "Barclays and HSBC", false, "Barclays and HSBC"},
		{"with the", "The Treasury and the Bank of England said rates would rise.\n", "The", "Treasury and the Bank of England", false, "The Treasury and the Bank of England"},
		{"Westpac and ASB, as before", "Westpac and ASB said rates would rise.\n", "Westpac", "Westpac and ASB", false, "Westpac and ASB"},
		{"two persons, as before", "Anna Berg and Tom Hale said rates would rise.\n", "Anna", "Anna Berg and Tom Hale", false, "Anna Berg and Tom Hale"},
		{"after a preposition", "He sold shares in Barclays and HSBC said it would buy them.\n", "He", "HSBC", false, "HSBC"},
		{"a body alone, as before", "HSBC said rates would rise.\n", "HSBC", "HSBC", false, "HSBC"},
	})
}
