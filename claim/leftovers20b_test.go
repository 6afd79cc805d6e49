package claim

import "testing"

// The tests in this file check faults left from review 20, cleared in
// session 28.

// TestLeftovers20bFerryLine checks that a shipping company named "X Line"
// or "X Ferries" is a speaker and an organisation, also at the end of a
// bullet with no full stop, and that a tube or railway line with no cue
// stays unmarked.
func TestLeftovers20bFerryLine(t *testing.T) {
	checkReview9(t, []review9Case{
		{"bullet, X Line says", "• Ferries: some sailings from Holyhead cancelled on Sunday, Stena Line says\n", "•", "Stena Line", false, "Stena Line"},
		{"X Line said, sentence", "Some sailings were cancelled on Sunday, Stena Line said.\n", "Some", "Stena Line", false, ""},
		{"X Line says first", "Stena Line says some sailings were cancelled.\n", "Stena", "Stena Line", false, ""},
		{"X Ferries said", "Flights were cancelled, Blue Ferries said.\n", "Flights", "Blue Ferries", false, ""},
		{"X Airlines, as before", "Flights were cancelled, Blue Airlines said.\n", "Flights", "Blue Airlines", false, ""},
	})
	checkEntities(t, "Sailings were cancelled, Stena Line said.\n", Org, "Stena Line")
	checkEntities(t, "Sailings were cancelled, Blue Ferries said.\n", Org, "Blue Ferries")
	checkEntities(t, "Sailings were cancelled, Blue Ferries said.\n", Person, "")
}
