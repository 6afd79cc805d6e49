package claim

import "testing"

// The tests in this file check the figures of review 28b's numbers, dates
// and splitting: the span's kind, text and value.

// TestReview28UpFrom checks that "up from £5.25 to £6.10" is a change
// between two prices, each with its value, as "rose from" is, while a
// range a figure had before, "$3.40 to $3.50, up from $3.25 to $3.35", and
// a shared scale stay one span (review 28b, F8).
func TestReview28UpFrom(t *testing.T) {
	checkReview16(t, []review13Case{
		{"up from, money", "The biggest rise was for a jar of instant coffee, up from £5.25 to £6.10.", []string{"money: £5.25 = 5.25 £", "money: £6.10 = 6.1 £"}},
		{"up from, a count", "Completions are up from 1,050 to 2,603 homes a year.", []string{"quantity: 1,050 = 1050", "quantity: 2,603 homes a year = 2603"}},
		{"down from, percent", "Prices were down from 40% to 30%.", []string{"percent: 40% = 40", "percent: 30% = 30"}},
		{"rose from, as before", "Coffee rose from £5.25 to £6.10.", []string{"money: £5.25 = 5.25 £", "money: £6.10 = 6.1 £"}},
		{"an old range, as before", "It raised it to $3.40 to $3.50, up from $3.25 to $3.35.", []string{"money: $3.40 to $3.50 = 3.4..3.5 $", "money: $3.25 to $3.35 = 3.25..3.35 $"}},
		{"a shared scale, as before", "Sales are up from 2 to 3 million.", []string{"quantity: 2 to 3 million = 2e+06..3e+06"}},
	})
}
