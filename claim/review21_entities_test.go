package claim

import "testing"

// review21Entities runs tests of the people, organisations and places
// that the given texts hold.
func review21Entities(t *testing.T, tests []struct {
	name, in string
	want     []string
}) {
	t.Helper()
	keep := map[Kind]bool{Person: true, Org: true, Place: true}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, keep, tt.want)
		})
	}
}

// TestReview21TownOfABuilding checks that a building named for its town,
// "Hartmoor Leisure Centre", does not make every later "Hartmoor" an
// organisation, while a company named for its first word still does
// (review 21, F29).
func TestReview21TownOfABuilding(t *testing.T) {
	review21Entities(t, []struct {
		name, in string
		want     []string
	}{
		{"a leisure centre", "Counting staff at Hartmoor Leisure Centre sort ballot papers.\nHartmoor is one of 14 councils in the region.",
			[]string{"org: Hartmoor Leisure Centre"}},
		{"a crown court", "He appeared at Kelbrook Crown Court. Kelbrook has two courts.", []string{"org: Kelbrook Crown Court"}},
		{"a company, as before", "Helix Semiconductor said sales rose. Helix shares fell 3%.", []string{"org: Helix Semiconductor", "org: Helix"}},
	})
}

// TestReview21CompanyDescriptor checks that a name after "portal",
// "website" or "app", "the property portal Homefinder said", is a
// company's, not a person's (review 21, F31).
func TestReview21CompanyDescriptor(t *testing.T) {
	review21Entities(t, []struct {
		name, in string
		want     []string
	}{
		{"a portal", "The property portal Homefinder said the average asking price was £368,740.", []string{"org: Homefinder"}},
		{"an app", "The app Roomly said bookings rose 9%.", []string{"org: Roomly"}},
		{"a person, as before", "The economist Homefinder said prices rose.", []string{"person: Homefinder"}},
	})
}

// TestReview21CountryBody checks that a body named for its country and
// then its trade, "UK Finance", is one organisation, not the place "UK",
// as "Statistics Sweden" is (review 21, F32).
func TestReview21CountryBody(t *testing.T) {
	review21Entities(t, []struct {
		name, in string
		want     []string
	}{
		{"UK Finance", "The number of first-time buyers rose 9% to 341,000, UK Finance said.", []string{"org: UK Finance"}},
		{"UK Sport", "UK Sport cut funding by 20%.", []string{"org: UK Sport"}},
		{"Statistics Sweden, as before", "Statistics Sweden said prices rose.", []string{"org: Statistics Sweden"}},
		{"Reform UK, as before", "Reform UK won 12 seats.", []string{"org: Reform UK"}},
		{"the UK, as before", "Finance ministers in the UK met.", []string{"place: UK"}},
	})
}

// TestReview21Coalition checks that a coalition of parties, "a
// Conservative-Lib Dem coalition", is no person (review 21, F33).
func TestReview21Coalition(t *testing.T) {
	review21Entities(t, []struct {
		name, in string
		want     []string
	}{
		{"a coalition", "It took control from a Conservative-Lib Dem coalition.", nil},
		{"a Lib Dem before a name, as before", "Lib Dem Jane Kerr won.", []string{"person: Jane Kerr"}},
	})
}

// TestReview21NationalSide checks that a country before "captain",
// "coach" and the like, or before "need" and a target, names its side,
// an organisation, while the country elsewhere stays a place (review 21,
// F30).
func TestReview21NationalSide(t *testing.T) {
	review21Entities(t, []struct {
		name, in string
		want     []string
	}{
		{"a captain", "England captain Jos Buttler won the toss.", []string{"org: England", "person: Jos Buttler"}},
		{"a coach", "Australia coach Andrew McDonald said the side would recover.", []string{"org: Australia", "person: Andrew McDonald"}},
		{"a target", "Australia need 74 from 30 balls.", []string{"org: Australia"}},
		{"a flight, as before", "Flights to Australia need 24 hours.", []string{"place: Australia"}},
		{"homes, as before", "England needs 300,000 homes a year.", []string{"place: England"}},
		{"a move, as before", "He moved to England in 2010.", []string{"place: England"}},
	})
}
