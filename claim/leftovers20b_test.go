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

// TestLeftovers20bRivalCompany checks that a name after the descriptor
// "Rival" or "rival", before "said" and the body's own "its", is an
// organisation, and that a rival person, a name with no "its" and a
// film's title stay as they were.
func TestLeftovers20bRivalCompany(t *testing.T) {
	for _, tt := range []struct {
		text string
		kind Kind
		want string
	}{
		{"Rival Dunmore Home said last month that its like-for-like sales fell 2%.\n", Org, "Dunmore Home"},
		{"Rival Dunmore Home said last month that its like-for-like sales fell 2%.\n", Person, ""},
		{"Its rival Dunmore Home said its sales fell 2%.\n", Org, "Dunmore Home"},
		{"Rival Dunmore Home said its sales fell 2%.\n", Org, "Dunmore Home"},
		{"Rival Jane Smith said she would win.\n", Person, "Jane Smith"},
		{"His rival Martin Cole said the plan had failed.\n", Person, "Martin Cole"},
		{"The Long Road Home: How One Town Rebuilt After the Flood\n", Person, ""},
	} {
		checkEntities(t, tt.text, tt.kind, tt.want)
	}
}

// TestLeftovers20bCouldNotPast checks that "could not" before a verb of a
// past inability ("could not produce", "could not explain") is no hedge,
// while "could not" of a possibility ("we could not win") and "could not
// be ruled out" stay hedged.
func TestLeftovers20bCouldNotPast(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "statements he could not produce", in: "The jury saw bank statements Pell could not produce.", not: []string{"hedged: could"}},
		{name: "he could not explain", in: "He could not explain the payments of £40,000.", not: []string{"hedged: could"}},
		{name: "an addiction he could not control", in: "He stole £40,000 to feed an addiction he could not control.", not: []string{"hedged: could"}},
		{name: "could not be reached", in: "Smith, who earns £40,000, could not be reached for comment.", not: []string{"hedged: could"}},
		{name: "could not win, as before", in: "They said we could not win in Harlow Vale.", want: []string{hedgedReason}},
		{name: "could not be ruled out, as before", in: "A rise of 2% could not be ruled out.", want: []string{"hedged: could not be ruled out"}},
		{name: "could face, as before", in: "He could face 10 years in prison.", want: []string{"hedged: could"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestLeftovers20bYearHeader checks that a table's header row whose
// cells give only years and labels, "Year to 31 January | 2026 | 2025 |
// Change", is a table header, as one with no digits is, while rows that
// give figures, and a row led by its year, stay claims.
func TestLeftovers20bYearHeader(t *testing.T) {
	const table = "Year to 31 January | 2026 | 2025 | Change\nRevenue | £2,410m | £2,270m | +6.2%\nBasic EPS | 28.7p | 30.1p | -4.7%\n"
	for _, tt := range []review9ScoreCase{
		{name: "the header row of years", in: table, want: []string{"table header"}, cw: "no"},
		{name: "years alone, as before", in: "Region | 2024 | 2025\nNorth | 4,100 | 4,300\n", cw: "no"},
		{name: "a row of figures, as before", in: table, sent: 1, not: []string{"table header"}, cw: "yes"},
		{name: "a row led by its year, as before", in: "Year | Homes sold | Share\n2025 | 84,200 | 67%\n", sent: 1, not: []string{"table header"}, cw: "yes"},
		{name: "a label-only header, as before", in: "Band | Annual charge | Increase\nA | £1,200 | 5%\n", want: []string{"table header"}},
	} {
		t.Run(tt.name, tt.run)
	}
}
