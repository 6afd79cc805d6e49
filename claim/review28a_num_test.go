package claim

import "testing"

// The tests in this file check review 28a's numbers and dates (F8-F17):
// each case's figures as review28aFigures renders them.

// review28aFigures is review13Figures with the unit Unit reads after a
// quantity's line: "quantity: 750kN = 750 [kN]".
func review28aFigures(text string) []string {
	return figureLines(text, func(src []byte, s Span) string {
		if u := Unit(src, s); u != "" {
			return " [" + u + "]"
		}
		return ""
	})
}

// TestReview28aThrust checks that kilonewtons and pounds-force are units
// glued or apart, "750kN", "750 kN", "190,000 lbf" (review 28a, F8).
func TestReview28aThrust(t *testing.T) {
	checkFigures(t, []review13Case{
		{"glued kN", "The first stage has six engines producing 750kN of thrust at sea level.", []string{"quantity: six engines = 6", "quantity: 750kN = 750 [kN]"}},
		{"kN apart", "The engine produces 750 kN of thrust.", []string{"quantity: 750 kN = 750 [kN]"}},
		{"lbf", "The engine makes 190,000 lbf of thrust.", []string{"quantity: 190,000 lbf = 1.9e+05 [lbf]"}},
		{"MN stays millions, as before", "It produces 1.7MN of thrust.", []string{"quantity: 1.7MN = 1.7e+06"}},
		{"kW as before", "The motor makes 150kW.", []string{"quantity: 150kW = 150 [kW]"}},
	}, review28aFigures)
}

// TestReview28aMissionTime checks that a mission's elapsed time, "T+97
// seconds" and "T+97s", is one time-point date with its "T+", while a
// plain duration and a "+" apart from a "T" stay as they were (review 28a,
// F9).
func TestReview28aMissionTime(t *testing.T) {
	checkFigures(t, []review13Case{
		{"T+97 seconds", "Telemetry was lost at T+97 seconds.", []string{"date: T+97 seconds"}},
		{"T+97s", "Contact ended at T+97s.", []string{"date: T+97s"}},
		{"T+2 minutes", "The fairing separated at T+2 minutes.", []string{"date: T+2 minutes"}},
		{"a plain duration, as before", "It lasted 97 seconds.", []string{"date: 97 seconds"}},
		{"a group's label, as before", "Group T+5 rose.", []string{"quantity: 5 = 5"}},
	}, review28aFigures)
}

// TestReview28aWithinOne checks that "within one minute" is a length of
// time as "within 1 minute" is, while "one" that counts no time and "one
// day" without "within" stay as they were (review 28a, F10).
func TestReview28aWithinOne(t *testing.T) {
	checkFigures(t, []review13Case{
		{"within one minute", "Trains must arrive within one minute.", []string{"date: within one minute"}},
		{"within one hour", "The fire was put out within one hour.", []string{"date: within one hour"}},
		{"within 1 minute, as before", "Trains must arrive within 1 minute.", []string{"date: within 1 minute"}},
		{"within one vote, as before", "He came within one vote of winning.", nil},
		{"within one of, as before", "Within one of the towns, it rained.", nil},
	}, review28aFigures)
}

// TestReview28aYearToDate checks that "Year to date" and "year-to-date"
// are a date, the period of the figure, while "the year to December"
// stays as it was (review 28a, F11).
func TestReview28aYearToDate(t *testing.T) {
	checkFigures(t, []review13Case{
		{"Year to date", "Year to date, electric cars account for 20.4% of registrations.", []string{"date: Year to date", "percent: 20.4% = 20.4"}},
		{"in the year to date", "In the year to date, sales rose 5%.", []string{"date: In the year to date", "percent: 5% = 5"}},
		{"year-to-date", "Year-to-date sales rose 5%.", []string{"date: Year-to-date", "percent: 5% = 5"}},
		{"the year to a month, as before", "The year to December saw 5% growth.", []string{"date: The year to December", "percent: 5% = 5"}},
	}, review28aFigures)
}

// TestReview28aSpelledDuration checks that a length of time with its
// number in words names its unit, "less than two minutes", as "about 18
// months" does, while a rate's "a day" and "per day" name none (review
// 28a, F16).
func TestReview28aSpelledDuration(t *testing.T) {
	checkFigures(t, []review13Case{
		{"less than two minutes", "The rocket broke apart less than two minutes after launch.", []string{"quantity: less than two minutes = 2 [minutes]"}},
		{"about 18 months, as before", "It took about 18 months.", []string{"quantity: about 18 months = 18 [months]"}},
		{"a rate, no unit", "It handled three an hour.", []string{"quantity: three an hour = 3"}},
		{"per day, no unit", "The plant treats 612 megalitres per day.", []string{"quantity: 612 megalitres per day = 612"}},
	}, review28aFigures)
}

// TestReview28aDayCount checks that "on 96 days" counts days, a quantity,
// while "on 3 March", "up 5% on 12 months earlier" and a show's name stay
// as they were (review 28a, F14).
func TestReview28aDayCount(t *testing.T) {
	checkFigures(t, []review13Case{
		{"on 96 days", "The train was more than 15 minutes late on 96 days last year.", []string{"quantity: more than 15 minutes = 15 [minutes]", "quantity: 96 days = 96 [days]", "date: last year"}},
		{"on eight years", "It is a verdict on eight years of failed policies.", []string{"quantity: eight years = 8 [years]"}},
		{"on a date, as before", "He was fined on 3 March.", []string{"date: on 3 March"}},
		{"the base of a change, as before", "It was up 5% on 12 months earlier.", []string{"percent: 5% = 5", "date: on 12 months earlier"}},
		{"a show's name, no count", "He was on 60 Minutes last week.", []string{"date: last week"}},
	}, review28aFigures)
}

// TestReview28aAges checks that an age after "aged" or "age" is counted in
// years, while a wage and a figure elsewhere name no unit (review 28a,
// F15).
func TestReview28aAges(t *testing.T) {
	checkFigures(t, []review13Case{
		{"aged under five", "Most of those affected are children aged under five.", []string{"quantity: Most of", "quantity: under five = 5 [years]"}},
		{"by age two", "Uptake of the first dose by age two fell to 88.9%.", []string{"quantity: two = 2 [years]", "percent: 88.9% = 88.9"}},
		{"aged 5 to 11", "Children aged 5 to 11 were offered it.", []string{"quantity: 5 to 11 = 5..11 [years]"}},
		{"not a wage", "The average wage rose by 5,000 this year.", []string{"quantity: 5,000 = 5000", "date: this year"}},
	}, review28aFigures)
}

// TestReview28aNameEndingInS checks that a count runs over a name that
// ends in "s" to the plural noun it qualifies, "nine Fenris engines",
// while a plural with a capital alone stays as it was (review 28a, F17).
func TestReview28aNameEndingInS(t *testing.T) {
	checkFigures(t, []review13Case{
		{"nine Fenris engines", "The first stage has nine Fenris engines.", []string{"quantity: nine Fenris engines = 9"}},
		{"nine Merlin engines, as before", "The rocket has nine Merlin engines.", []string{"quantity: nine Merlin engines = 9"}},
		{"Americans, as before", "Two Americans died.", []string{"quantity: Two Americans = 2"}},
	}, review28aFigures)
}
