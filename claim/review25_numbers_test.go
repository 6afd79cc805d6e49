package claim

import "testing"

// The tests in this file check the figures of review 25's numbers and
// dates as review16Figures renders them: the span's kind, text and value.

// TestReview25AgeNoun checks that a count before an age noun, "246,300
// 18-year-olds", counts them, with a place's code between, while a year
// before one stays a date (review 25, F12).
func TestReview25AgeNoun(t *testing.T) {
	checkReview16(t, []review13Case{
		{"a count", "Officials said 246,300 18-year-olds had been accepted.", []string{"quantity: 246,300 18-year-olds = 2.463e+05"}},
		{"with UK", "Ucas said 246,300 UK 18-year-olds had been accepted.", []string{"quantity: 246,300 UK 18-year-olds = 2.463e+05"}},
		{"a bound", "About 500 18-year-olds applied.", []string{"quantity: About 500 18-year-olds = 500"}},
		{"a word, as before", "Two 10-year-olds were hurt.", []string{"quantity: Two 10-year-olds = 2"}},
		{"students, as before", "Ucas said 246,300 UK students had been accepted.", []string{"quantity: 246,300 UK students = 2.463e+05"}},
		{"a year, as before", "In 2019 18-year-olds could vote.", []string{"date: In 2019"}},
	})
}

// TestReview25WindDirection checks that a wind's range after a capitalised
// direction, as the weather service writes it, "North 15 to 25 mph", keeps
// its lower bound, while a name and its number stay no count (review 25,
// F13).
func TestReview25WindDirection(t *testing.T) {
	checkReview16(t, []review13Case{
		{"a wind", "Winds North 15 to 25 mph are expected.", []string{"quantity: 15 to 25 mph = 15..25"}},
		{"a forecast line", "* WIND...North 15 to 25 mph with gusts up to 45 mph.", []string{"quantity: 15 to 25 mph = 15..25", "quantity: up to 45 mph = 45"}},
		{"lower case, as before", "Winds will be north 15 to 25 mph.", []string{"quantity: 15 to 25 mph = 15..25"}},
		{"a name, as before", "He rode the North 15 home.", nil},
		{"a plane, as before", "Boeing 737 orders fell.", nil},
	})
}

// TestReview25YearPeriod checks that a period of years written short,
// "2027-30", is a date, as "2025-26" and "2027-2030" are, while a pair of
// numbers that is no run of years stays as it was (review 25, F14).
func TestReview25YearPeriod(t *testing.T) {
	checkReview16(t, []review13Case{
		{"a settlement", "The settlement covers 2027-30.", []string{"date: 2027-30"}},
		{"a round", "The round for 2024-27 ended.", []string{"date: for 2024-27"}},
		{"a financial year, as before", "It was set in 2025-26.", []string{"date: in 2025-26"}},
		{"in full, as before", "It runs over 2027-2030.", []string{"date: over 2027-2030"}},
		{"too long a run", "The code was 2001-95.", []string{"quantity: 2001-95"}},
	})
}

// TestReview25FractionMile checks that a distance written as a fraction
// of a mile, "a quarter mile", "half a mile", is a quantity of miles,
// while "a quarter" and "half" of other things stay as they were (review
// 25, F15).
func TestReview25FractionMile(t *testing.T) {
	checkReview16(t, []review13Case{
		{"a quarter mile", "Spot fires are up to a quarter mile ahead.", []string{"quantity: up to a quarter mile = 0.25"}},
		{"half a mile", "The embers travelled half a mile.", []string{"quantity: half a mile = 0.5"}},
		{"half a million, as before", "It cost half a million.", []string{"quantity: half a million = 5e+05"}},
		{"a quarter of, as before", "A quarter of voters agreed.", []string{"quantity: A quarter of = 0.25"}},
		{"a third party, as before", "A third party was hired.", nil},
	})
	checkQuantityUnits(t, []quantityUnitCase{
		{"The embers travelled half a mile.", "mile"},
		{"Spot fires are up to a quarter mile ahead.", "mile"},
		{"It costs £3 a mile.", ""},
	})
}

// TestReview25GluedQuarter checks that a quarter glued to its fiscal year,
// as Indian copy writes it, "Q2FY26", is a date, as "Q2 FY26" and "FY25"
// are, while a code of the same letters stays no date (review 25, F16).
func TestReview25GluedQuarter(t *testing.T) {
	checkReview16(t, []review13Case{
		{"two quarters", "India’s GDP grew 7.1% in Q2FY26, compared with 8.2% in Q2FY25.", []string{"percent: 7.1% = 7.1", "date: in Q2FY26", "percent: 8.2% = 8.2", "date: in Q2FY25"}},
		{"a half", "Sales rose in H1FY2026.", []string{"date: in H1FY2026"}},
		{"apart, as before", "Sales rose in Q2 FY26.", []string{"date: in Q2 FY26"}},
		{"a year, as before", "Sales rose in FY25.", []string{"date: in FY25"}},
		{"a code", "The Q7FY26 unit failed.", nil},
	})
}

// TestReview25NounModifier checks that a count goes on over a plural
// used as a modifier, "40 arts organisations", and over an adjective and
// a noun before "as of", "25,202 public charging stations as of June",
// to the noun it counts, while a count before a verb's object stays short
// (review 25, F17).
func TestReview25NounModifier(t *testing.T) {
	checkReview16(t, []review13Case{
		{"arts", "More than 40 arts organisations will lose their funding.", []string{"quantity: More than 40 arts organisations = 40"}},
		{"as of", "India had 25,202 public charging stations as of June 2026.", []string{"quantity: 25,202 public charging stations = 2.52e+04", "date: June 2026"}},
		{"sports", "The town has 12 sports clubs.", []string{"quantity: 12 sports clubs = 12"}},
		{"no date, as before", "India had 25,202 public charging stations.", []string{"quantity: 25,202 public charging stations = 2.52e+04"}},
		{"chargers, as before", "It had 72,000 public chargers.", []string{"quantity: 72,000 public chargers = 7.2e+04"}},
		{"a verb, as before", "A 7.1 quake kills at least 62.", []string{"quantity: 7.1 quake = 7.1", "quantity: at least 62 = 62"}},
	})
}

// TestReview25EnergyUnit checks that an energy unit spelled out,
// "gigawatt-hours", or followed by "a year" keeps its unit, with the rate's
// words, while a count a year and a unit alone stay as they were (review
// 25, F18).
func TestReview25EnergyUnit(t *testing.T) {
	checkQuantityUnits(t, []quantityUnitCase{
		{"The plant is planned to produce 20 gigawatt-hours of batteries a year.", "gigawatt-hours"},
		{"It used 5 kilowatt-hours.", "kilowatt-hours"},
		{"It will produce 20 GWh a year.", "GWh a year"},
		{"It exports 2.6 million tonnes a year.", "tonnes a year"},
		{"It will make 8 GWh.", "GWh"},
		{"It hired 20 people a year.", ""},
		{"It ran 2 hours.", ""},
	})
}

// TestReview25DayTimeRange checks that a range of weekdays, "Tuesday–
// Sunday", and of hours, "10am–5pm", are one date each, and that a
// weekday after an hour, "through 8 p.m. Wednesday", is the hour's,
// while a weekday in the next clause and a dash setting off a phrase stay
// apart (review 25, F19).
func TestReview25DayTimeRange(t *testing.T) {
	checkReview16(t, []review13Case{
		{"opening hours", "Open Tuesday–Sunday, 10am–5pm; Thursdays until 9pm.", []string{"date: Tuesday–Sunday", "date: 10am–5pm", "date: until 9pm"}},
		{"a warning", "The service has extended a warning through 8 p.m. Wednesday.", []string{"date: through 8 p.m. Wednesday"}},
		{"spaced", "Open 9am - 5pm daily.", []string{"date: 9am - 5pm"}},
		{"a new clause, as before", "He arrived at 3pm, Tuesday was dull.", []string{"date: 3pm", "date: Tuesday"}},
		{"an em dash, as before", "It ran 1pm—2pm.", []string{"date: 1pm", "date: 2pm"}},
		{"Super Tuesday, as before", "Super Tuesday is here.", nil},
	})
}

// TestReview25FirstPhase checks that "the first" of a sequence, "The
// first phase", "the first tranche", is no comparison, while "the first
// choice" and "the first bank to fail" stay one (review 25, F20).
func TestReview25FirstPhase(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The first phase, worth Rs 2,100 crore, is scheduled to begin production by 15th August 2028.", false},
		{"The first tranche was paid.", false},
		{"The first stage ends in May.", false},
		{"The state is the first choice for EV makers.", true},
		{"It was the first bank to fail.", true},
	} {
		_, _, spans := annotateText(tc.text)
		got := false
		for _, s := range spans {
			got = got || s.Kind == Comparison
		}
		if got != tc.want {
			t.Errorf("comparison in %q = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// quantityUnitCase is a text and the unit of its last quantity span, ""
// for none.
type quantityUnitCase struct{ text, unit string }

// checkQuantityUnits fails t for each case whose text's last quantity
// span has another unit.
func checkQuantityUnits(t *testing.T, tests []quantityUnitCase) {
	t.Helper()
	for _, tc := range tests {
		src, _, spans := annotateText(tc.text)
		got := ""
		for _, s := range spans {
			if s.Kind == Quantity {
				got = Unit(src, s)
			}
		}
		if got != tc.unit {
			t.Errorf("unit of %q = %q, want %q", tc.text, got, tc.unit)
		}
	}
}
