package claim

import "testing"

// The tests in this file check review 29a's numbers, dates, scoring and
// splitting (F12-F23, F30).

// TestReview29aYearEvent checks that a year before a capitalised event,
// "the 2036 Games", and after "as recently as" is a date, while a count
// of games and an approximate count stay quantities (review 29a, F12).
func TestReview29aYearEvent(t *testing.T) {
	checkFigures(t, []review13Case{
		{"Games", "The city will spend A$48m trying to win the 2036 Games.", []string{"money: A$48m = 4.8e+07", "date: 2036"}},
		{"as recently as", "The race was worth £250,000 as recently as 2019.", []string{"money: £250,000 = 2.5e+05", "date: as recently as 2019"}},
		{"games, as before", "The club has played 2036 games.", []string{"quantity: 2036 games = 2036"}},
		{"the games, as before", "They sold the 2000 games in a week.", []string{"quantity: 2000 games = 2000"}},
		{"as many as, as before", "As many as 2019 people came.", []string{"quantity: As many as 2019 people = 2019"}},
		{"as early as, as before", "It could open as early as 2028.", []string{"date: as early as 2028"}},
	}, review28aFigures)
}
