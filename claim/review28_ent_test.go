package claim

import "testing"

// TestReview28BodyWords checks that a name ending in a word of a body's,
// "Cooperation", "Nursery", "Primary", "Trains", is an organisation, not
// a person, and that a school's name ends there (review 28a, F24, F26,
// F28).
func TestReview28BodyWords(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"Cooperation", "The mission carried three satellites for the Nordic Meteorological Cooperation.", []string{"org: the Nordic Meteorological Cooperation"}},
		{"schools", "It has since been linked to Greenbank Nursery, St Aidan’s Catholic Primary and Moor Top Infant School.", []string{"org: Greenbank Nursery", "org: St Aidan’s Catholic Primary", "org: Moor Top Infant School"}},
		{"Trains", "Westcountry Trains | 70.5% | 2.0% | 86.8%", []string{"org: Westcountry Trains"}},
		{"trains, as before", "Trains from Leeds were cancelled.", []string{"place: Leeds"}},
		{"primary care, as before", "Primary care costs rose in Leeds.", []string{"place: Leeds"}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSpanStrings(t, tt.in, review20Entities, tt.want) })
	}
}

// TestReview28Addresses checks that the street and the town of a court
// list's address, "of Meadow Way, Little Sutton,", are places, not
// persons, nor the paper's masthead's organisation (review 28b, F29).
func TestReview28Addresses(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"masthead town", "Hexford & District Gazette\n\nDaniel Okoro, 34, of Mill Lane, Hexford, admitted drink-driving on May 3.", []string{"org: Hexford & District Gazette", "person: Daniel Okoro", "place: Mill Lane", "place: Hexford"}},
		{"street and town", "Ellen Pryce, 58, of Meadow Way, Little Sutton, admitted failing to send her child to school.", []string{"person: Ellen Pryce", "place: Meadow Way", "place: Little Sutton"}},
		{"a country, as before", "The president, of Iran, Ahmadinejad, says so.", []string{"place: Iran"}},
		{"a city, as before", "In the city of Marlow, Measure M, a proposal, passed.", []string{"place: Marlow"}},
		{"a firm, as before", "Ben Ruiz, of Wedbush, said shares rose.", []string{"person: Ben Ruiz"}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSpanStrings(t, tt.in, review20Entities, tt.want) })
	}
}

// TestReview28Brands checks that the big grocers, a market researcher,
// carmakers and a few places and venues are known: "Tesco said" is an
// organisation's, "the Norwegian Sea" a place, "Melbourne Park" whole
// (review 28b F28, F32; 28a F30).
func TestReview28Brands(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"Tesco", "Tesco said prices would fall.", []string{"org: Tesco"}},
		{"Aldi", "Aldi grew sales by 6.3% and now holds 10.4% of the market.", []string{"org: Aldi"}},
		{"Kantar", "Kantar said shoppers spent £13.2bn at the tills.", []string{"org: Kantar"}},
		{"Asda’s", "Sainsbury’s held 15.1%, while Asda’s share fell.", []string{"org: Sainsbury’s", "org: Asda’s"}},
		{"makers", "BYD alone sold more cars than Audi last month.", []string{"org: BYD", "org: Audi"}},
		{"seas", "Debris fell into the North Sea. Debris fell into the Norwegian Sea near Trondheim.", []string{"place: North Sea", "place: Norwegian Sea", "place: Trondheim"}},
		{"venue", "The match finished at Melbourne Park after midnight.", []string{"place: Melbourne Park"}},
		{"Melbourne, as before", "The match finished in Melbourne after midnight.", []string{"place: Melbourne"}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSpanStrings(t, tt.in, review20Entities, tt.want) })
	}
}

// TestReview28Models checks that a car model after its maker's known
// name is no person: "Tesla Model Y", "Nissan Qashqai" (review 28a F25).
func TestReview28Models(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"rows", "1. Tesla Model Y 3,654\n\n2. Nissan Qashqai 2,700\n\n3. BYD Seal U 2,900", []string{"org: Tesla", "org: Nissan", "org: BYD"}},
		{"two bodies, as before", "He worked with the Senate Republicans.", []string{"org: Senate", "org: Republicans"}},
		{"a person after a body, as before", "Nissan Brown said no.", []string{"org: Nissan", "person: Brown"}},
		{"a station, as before", "BBC Radio Harbour said so.", []string{"org: BBC Radio Harbour"}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSpanStrings(t, tt.in, review20Entities, tt.want) })
	}
}

// TestReview28Schemes checks that a compensation scheme, "Delay Repay",
// names no one (review 28a, F27).
func TestReview28Schemes(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"Delay Repay", "Passengers can claim through Delay Repay if their train is 15 minutes late.", nil},
		{"a person, as before", "Delia Rayne said passengers can claim if their train is late.", []string{"person: Delia Rayne"}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSpanStrings(t, tt.in, review20Entities, tt.want) })
	}
}

// TestReview28Descriptors checks that a descriptor, "The Nigerian-born
// Briton", names no one (review 28b, F31).
func TestReview28Descriptors(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"Briton", "The Nigerian-born Briton saved three break points at 4-3.", nil},
		{"a person, as before", "Adaeze Okafor saved three break points at 4-3.", []string{"person: Adaeze Okafor"}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSpanStrings(t, tt.in, review20Entities, tt.want) })
	}
}

// TestReview28Artworks checks that a work's title before its year in
// brackets names no one, while a person's dates after a name leave the
// person (review 28b, F30).
func TestReview28Artworks(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"brackets", "3. Aline Bauer, Untitled (Blue Figure) (1971) — $24.9m", []string{"person: Aline Bauer"}},
		{"quoted", "“Swimming Pool at Noon” (1962) achieved a hammer price of $105m.", nil},
		{"after a", "5. Ruth Hollis, Study for a Pool (1961) — $9.8m", []string{"person: Ruth Hollis"}},
		{"a person's dates, as before", "The painter Ruth Hollis (1934-2020) was there.", []string{"person: Ruth Hollis"}},
		{"a share, as before", "Ruth Fenwick won, ahead of Jonathan Pryce on 1,194 (32.4%).", []string{"person: Ruth Fenwick", "person: Jonathan Pryce"}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSpanStrings(t, tt.in, review20Entities, tt.want) })
	}
}

// TestReview28SaintShortName checks that a hospital's short name after
// "outside", "St Brannock’s", is the organisation, while a town named for
// a saint stays a place (review 28a, F29).
func TestReview28SaintShortName(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"hospital", "Nurses picketed St Brannock’s Hospital in Exeter. On the picket line outside St Brannock’s, staff nurse Kemi Adeyinka said she had worked 60 hours last week.", []string{"org: St Brannock’s Hospital", "place: Exeter", "org: St Brannock’s", "person: Kemi Adeyinka"}},
		{"a town, as before", "They met outside St Albans.", []string{"place: St Albans"}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSpanStrings(t, tt.in, review20Entities, tt.want) })
	}
}
