package claim

import "testing"

// The tests in this file check figures and dates from session 34's
// review 29b (an oil market report, a hurricane's landfall, an obituary,
// an Irish count and a market close).

// TestReview29bMillionBarrels checks that a glued "m" before the oil
// trade's units, "1.62m bpd", "3.2m bbl", "1.62m b/d", is millions with
// that unit, while a length, "a 15m wall", and "3.2m barrels" stay as
// they were (review 29b, F12).
func TestReview29bMillionBarrels(t *testing.T) {
	checkFigures(t, []review13Case{
		{"bpd", "Output rose to 1.62m bpd.", []string{"quantity: 1.62m bpd = 1.62e+06 | bpd"}},
		{"bbl", "Stocks rose 3.2m bbl to 24.6m bbl.", []string{"quantity: 3.2m bbl = 3.2e+06 | bbl", "quantity: 24.6m bbl = 2.46e+07 | bbl"}},
		{"b/d", "Output rose to 1.62m b/d in May.", []string{"quantity: 1.62m b/d = 1.62e+06 | b/d"}},
		{"boe", "It sold 2.1m boe.", []string{"quantity: 2.1m boe = 2.1e+06 | boe"}},
		{"barrels, as before", "Output was 3.2m barrels.", []string{"quantity: 3.2m barrels = 3.2e+06 | barrels"}},
		{"mb/d, as before", "Output was 1.62 mb/d.", []string{"quantity: 1.62 mb/d = 1.62 | mb/d"}},
		{"tonnes, as before", "Output rose 3.2m tonnes.", []string{"quantity: 3.2m tonnes = 3.2e+06 | tonnes"}},
		{"a length, as before", "A 15m wall fell.", []string{"quantity: 15m = 15 | m"}},
		{"bpd without m, as before", "Output was 450,000 bpd.", []string{"quantity: 450,000 bpd = 4.5e+05 | bpd"}},
	}, review22Units)
}

// TestReview29bChangeInWords checks that a change written in words
// before a level in digits, "fell by four to 461", is a change and a
// level, as "fell by 4 to 461" is, while a range of a change, "by four
// to 10", "by three to four hours", stays one span (review 29b, F16).
func TestReview29bChangeInWords(t *testing.T) {
	checkReview13(t, []review13Case{
		{"four to 461", "The number of active oil rigs fell by four to 461, Baker Hughes said.", []string{"quantity: four = 4", "quantity: 461 = 461"}},
		{"digits, as before", "The number of active oil rigs fell by 4 to 461.", []string{"quantity: 4 = 4", "quantity: 461 = 461"}},
		{"a small level, as before", "It rose by four to 10.", []string{"quantity: four to 10 = 4..10"}},
		{"hours, as before", "It cut sleep by three to four hours.", []string{"date: three to four hours"}},
	})
}

// TestReview29bYearSpan checks that years from one to a later one in
// the same century before 2000, "1971-99", are a date as "1964-71" is,
// while a count from a round hundred, "2000-50 homes", a code, "2001-95",
// and a count before its noun stay quantities (review 29b, F17).
func TestReview29bYearSpan(t *testing.T) {
	checkReview13(t, []review13Case{
		{"a CV row", "1971-99 Professor of laser physics, Imperial College London", []string{"date: 1971-99"}},
		{"from", "She taught there from 1971-99.", []string{"date: from 1971-99"}},
		{"seven years, as before", "She taught there from 1964-71.", []string{"date: from 1964-71"}},
		{"two spans", "It ran 1988-99 and 1990-95.", []string{"date: 1988-99 and 1990-95"}},
		{"a round hundred, as before", "They built 2000-50 homes.", []string{"quantity: 2000-50"}},
		{"a count, as before", "Between 1850-60 people came.", []string{"quantity: 1850-60 people"}},
		{"a code, as before", "The code was 2001-95.", []string{"quantity: 2001-95"}},
	})
}

// TestReview29bPressure checks that a pressure in millibars or
// hectopascals, "941 millibars", "941 hPa", "941 mbar", has its unit, as
// "941 mb" has (review 29b, F13).
func TestReview29bPressure(t *testing.T) {
	checkFigures(t, []review13Case{
		{"millibars", "The storm’s central pressure was 941 millibars at landfall.", []string{"quantity: 941 millibars = 941 | millibars"}},
		{"hPa", "The pressure was 941 hPa.", []string{"quantity: 941 hPa = 941 | hPa"}},
		{"mbar", "The pressure was 941 mbar.", []string{"quantity: 941 mbar = 941 | mbar"}},
		{"mb, as before", "The pressure was 941 mb.", []string{"quantity: 941 mb = 941 | mb"}},
	}, review22Units)
}

// TestReview29bPenceCells checks that a price in pence in a table's row
// with a change in per cent, "Haverhill Group | 412p | -11.0%", is money,
// as "closed at 412p" is, while a screen's "1080p" in a row stays no
// figure (review 29b, F15).
func TestReview29bPenceCells(t *testing.T) {
	checkReview13(t, []review13Case{
		{"a risers row", "Haverhill Group | 412p | -11.0%", []string{"money: 412p = 4.12", "percent: -11.0% = -11"}},
		{"thousands", "Brightwater Utilities | 1,102.5p | +1.9%", []string{"money: 1,102.5p = 11.03", "percent: +1.9% = 1.9"}},
		{"tabs", "Auralis Mining\t2,846p\t+3.8%", []string{"money: 2,846p = 28.46", "percent: +3.8% = 3.8"}},
		{"prose, as before", "Haverhill shares closed at 412p.", []string{"money: 412p = 4.12"}},
		{"a screen, as before", "Phone X | 1080p | 12%", []string{"percent: 12% = 12"}},
		{"no change column, as before", "Phone X | 412p | 60Hz", []string{"quantity: 60Hz = 60"}},
	})
}

// TestReview29bAdvisoryUnits checks that a speed in an advisory's
// capitals, "220 KM/H", keeps its "/H", and that "AT" or "OR" in capitals
// before a number is no name with a label ("AT 12 MPH"), while lower
// case and a model number stay as they were (review 29b, F14).
func TestReview29bAdvisoryUnits(t *testing.T) {
	checkFigures(t, []review13Case{
		{"winds", "MAXIMUM SUSTAINED WINDS...140 MPH...220 KM/H", []string{"quantity: 140 MPH = 140 | MPH", "quantity: 220 KM/H = 220 | KM/H"}},
		{"movement", "PRESENT MOVEMENT...NNW OR 340 DEGREES AT 12 MPH...19 KM/H", []string{"quantity: 12 MPH = 12 | MPH", "quantity: 19 KM/H = 19 | KM/H"}},
		{"lower case, as before", "Winds were 140 mph (220 km/h).", []string{"quantity: 140 mph = 140 | mph", "quantity: 220 km/h = 220 | km/h"}},
		{"a model, as before", "The Boeing 737 orders rose.", nil},
	}, review22Units)
}

// TestReview29bOnMonth checks that "on" before a month alone, "decide on
// August output", stays out of the date, while "on July 6", "on
// Monday" and a transcript's "on May fifteenth" keep it (review 29b, F19).
func TestReview29bOnMonth(t *testing.T) {
	checkReview13(t, []review13Case{
		{"decide on", "OPEC+ will next meet on July 6 to decide on August output.", []string{"date: on July 6", "date: August"}},
		{"a day, as before", "They met on 6 July.", []string{"date: on 6 July"}},
		{"a weekday, as before", "It opened on Monday.", []string{"date: on Monday"}},
		{"a day in words, as before", "He said on May fifteenth that it flew.", []string{"date: on May"}},
		{"the day, as before", "We will win on November the second.", []string{"date: on November"}},
		{"decided on", "The board decided on May figures.", []string{"date: May"}},
	})
}

// TestReview29bCategoryTo checks that a storm's category before "to",
// "from a Category 1 to a Category 4", is a rating as the one after it
// is, while an ambulance call's "Category 2 response times" stays no
// figure (review 29b, F21).
func TestReview29bCategoryTo(t *testing.T) {
	checkReview13(t, []review13Case{
		{"from to", "Delphine strengthened from a Category 1 to a Category 4 in 24 hours.", []string{"quantity: Category 1 = 1", "quantity: Category 4 = 4", "date: in 24 hours"}},
		{"a call, as before", "Category 2 response times rose.", nil},
	})
}
