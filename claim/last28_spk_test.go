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

// TestLast28MakerModels checks that a car model after a maker whose name
// is also a person's or a place's, "Ford Puma", "Kia Sportage", "Vauxhall
// Corsa", is the maker, no person, while the names stay persons.
func TestLast28MakerModels(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"sales", "Ford Puma and Kia Sportage sales rose, and the Vauxhall Corsa Electric fell.", []string{"org: Ford", "org: Kia", "org: Vauxhall"}},
		{"after The", "The Kia Sportage was ahead of the Vauxhall Corsa.", []string{"org: Kia", "org: Vauxhall"}},
		{"persons, as before", "Kia Smith said so. Doug Ford agreed. Harrison Ford and Kia Nurse did too.", []string{"person: Kia Smith", "person: Doug Ford", "person: Harrison Ford", "person: Kia Nurse"}},
		{"a maker's full name, as before", "The Ford Motor Company said so.", []string{"org: Ford Motor Company"}},
		{"a listed maker, as before", "Nissan Qashqai sales rose.", []string{"org: Nissan"}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSpanStrings(t, tt.in, review20Entities, tt.want) })
	}
}
