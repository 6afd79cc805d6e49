package claim

import "testing"

// The tests in this file check review 27's leftover figures, entities and
// page furniture, and faults seen while using the page (session 33).

// TestLeftovers27OneUnit checks that a length of one is in the singular,
// "1 year" for "a one-year rate", while other lengths and a range from
// one keep the plural.
func TestLeftovers27OneUnit(t *testing.T) {
	checkFigures(t, []review13Case{
		{"one-year", "The bank cut the one-year fixed rate to 4.49%.", []string{"quantity: one-year = 1 | year", "percent: 4.49% = 4.49"}},
		{"1-day", "It had a 1-day window.", []string{"quantity: 1-day = 1 | day"}},
		{"two-year, as before", "The bank cut the two-year fixed rate to 4.49%.", []string{"quantity: two-year = 2 | years", "percent: 4.49% = 4.49"}},
		{"a range from one, as before", "The wait was 1-3 days.", []string{"quantity: 1-3 days = 1..3 | days"}},
		{"1 tonne, as before", "The plant made 1 tonne of steel.", []string{"quantity: 1 tonne = 1 | tonne"}},
	}, review22Units)
}
