package claim

import "testing"

// The tests in this file check figures left by session 33's reviews 28a
// and 28b, cleared in its second late round of fixes.

// TestLate28bRankNo checks that a rank after "No", "the world No 3", "a
// career-high No 6", "at No 1", is a quantity, while Downing Street's
// "No 10" and a bus's "No 36" stay as they were (review 28b, F9).
func TestLate28bRankNo(t *testing.T) {
	checkReview13(t, []review13Case{
		{"world", "The Spaniard, the world No 3, had lost.", []string{"quantity: No 3 = 3"}},
		{"career-high", "Okafor will rise to a career-high No 6 in the rankings on Monday.", []string{"quantity: No 6 = 6", "date: on Monday"}},
		{"at", "Valdes stays at No 3 after the final.", []string{"quantity: No 3 = 3"}},
		{"No.", "She is the world No. 1.", []string{"quantity: No. 1 = 1"}},
		{"Downing Street, as before", "He lives at No. 10 Downing Street.", nil},
		{"at No 10, as before", "A meeting at No 10 was held.", nil},
		{"a bus, as before", "The No 36 bus was late.", nil},
	})
}

// TestLate28bPackWeight checks that a pack's weight after a capitalised
// product word, "Cheese 400g", is a quantity with its unit, while a model
// number after a name stays no figure (review 28b, F13).
func TestLate28bPackWeight(t *testing.T) {
	checkReview13(t, []review13Case{
		{"cheese", "Cheese 400g costs £3.20.", []string{"quantity: 400g = 400", "money: £3.20 = 3.2"}},
		{"a row", "Cheddar 400g | £3.20 | £3.45 | +7.8%", []string{"quantity: 400g = 400", "money: £3.20 = 3.2", "money: £3.45 = 3.45", "percent: +7.8% = 7.8"}},
		{"a lower-case pack, as before", "A pack of cheese 400g costs £3.20.", []string{"quantity: 400g = 400", "money: £3.20 = 3.2"}},
		{"a model, as before", "The Boeing 737 orders rose.", nil},
		{"a phone, as before", "The Pixel 8 sold well.", nil},
	})
}

// TestLate28bDotTime checks that a UK time written with a dot before its
// zone, "06.00 BST", is a time, as "0600 BST" is, while "18.30" with no
// zone stays a number (review 28b, F20).
func TestLate28bDotTime(t *testing.T) {
	checkReview13(t, []review13Case{
		{"BST", "The store opens at 06.00 BST on Tuesday.", []string{"date: 06.00 BST", "date: on Tuesday"}},
		{"one digit", "The talks end at 9.30 GMT.", []string{"date: 9.30 GMT"}},
		{"a dateline", "Tuesday 21 October 2026 06.00 BST", []string{"date: Tuesday 21 October 2026", "date: 06.00 BST"}},
		{"no zone, as before", "The index closed at 18.30 on Friday.", []string{"quantity: 18.30 = 18.3", "date: on Friday"}},
		{"no hour, as before", "Shares were 25.70 EST.", nil},
		{"0600, as before", "The store opens at 0600 BST on Tuesday.", []string{"date: 0600 BST", "date: on Tuesday"}},
	})
}

// TestLate28bCircaYear checks that a year after "circa", "built circa
// 1900", is a date as "c. 1955" is, while a count after it, "circa 2000
// people", and a length, "circa 20 years", stay quantities.
func TestLate28bCircaYear(t *testing.T) {
	checkReview13(t, []review13Case{
		{"circa", "It was built circa 1900.", []string{"date: circa 1900"}},
		{"in commas", "The house, built circa 1900, sold.", []string{"date: circa 1900"}},
		{"c., as before", "The painting, c. 1962, sold for $4m.", []string{"date: c. 1962", "money: $4m = 4e+06"}},
		{"a count, as before", "They hired circa 2000 staff.", []string{"quantity: circa 2000 staff = 2000"}},
		{"a length, as before", "It lasted circa 20 years.", []string{"quantity: circa 20 years = 20"}},
		{"an era, as before", "It dates from circa 950 AD.", []string{"date: from circa 950 AD"}},
	})
}

// TestLate28bCountdownYTD checks that a countdown with its unit glued
// on, "T-97s", is a date as "T-10 minutes" is, and that "YTD" is one as
// "year to date" is, while a tank's "T-72" stays no figure.
func TestLate28bCountdownYTD(t *testing.T) {
	checkReview13(t, []review13Case{
		{"T-97s", "The launch is at T-97s.", []string{"date: T-97s"}},
		{"T-2h", "Loss of signal (T-2h).", []string{"date: T-2h"}},
		{"T-10 minutes, as before", "Abort at T-10 minutes.", []string{"date: T-10 minutes"}},
		{"a tank, as before", "It was a T-72 tank.", nil},
		{"YTD", "YTD sales rose 4%.", []string{"date: YTD", "percent: 4% = 4"}},
		{"YTD after", "The fund is up 12% YTD.", []string{"percent: 12% = 12", "date: YTD"}},
		{"year to date, as before", "Shares are up 5% year to date.", []string{"percent: 5% = 5", "date: year to date"}},
	})
}

// TestLate28bOnceADay checks that "once a day" is a rate, a quantity of
// one, as "twice a day" is one of two, while "once" as a conjunction
// and "once a year ago" give none (review 28b, F21).
func TestLate28bOnceADay(t *testing.T) {
	checkReview13(t, []review13Case{
		{"dose", "Torvenza is taken as two 200mg tablets once a day.", []string{"quantity: two = 2", "quantity: 200mg = 200", "quantity: once a day = 1"}},
		{"a week", "He ate once a week.", []string{"quantity: once a week = 1"}},
		{"twice, as before", "Take it twice a day.", []string{"quantity: twice a day = 2"}},
		{"a conjunction, as before", "Once a deal is done, we go.", nil},
		{"ago, as before", "It was once a year ago.", []string{"date: a year ago"}},
	})
}

// TestLate28bRoseFrom checks that "rose from X to Y" has a comparison
// span, as "up from" has, so two bare counts read as a change, while
// "rose from his chair" has none (review 28a, F12).
func TestLate28bRoseFrom(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "cases", in: "Cases rose from 9 to 42 in three weeks, according to the UKHSA.", want: []string{"comparison: rose from"}, cw: "yes"},
		{name: "money", in: "Prices fell from £4 to £3.", want: []string{"comparison: fell from"}},
		{name: "a chair, as before", in: "He rose from his chair.", not: []string{"comparison: rose from"}},
	} {
		t.Run(tt.name, tt.run)
	}
}
