package claim

import "testing"

// The tests in this file check review 27's and 28's leftover figures,
// dates and entities (session 34).

// TestLeftovers28ChangeNoun checks that the bare numbers of a change
// from one count to another take the count noun of the sentence's
// subject as their unit, "Cases rose from 9 to 42", while a number with
// its own noun, a change of something that is not counted and a bare
// number elsewhere have none.
func TestLeftovers28ChangeNoun(t *testing.T) {
	checkFigures(t, []review13Case{
		{"cases", "Cases rose from 9 to 42 in three weeks.", []string{"quantity: 9 = 9 | cases", "quantity: 42 = 42 | cases"}},
		{"deaths", "Deaths fell from 120 to 85.", []string{"quantity: 120 = 120 | deaths", "quantity: 85 = 85 | deaths"}},
		{"measles cases", "Measles cases rose from 1,200 to 1,450.", []string{"quantity: 1,200 = 1200 | cases", "quantity: 1,450 = 1450 | cases"}},
		{"units, as before", "Sales rose 7.4% to 153,672 units.", []string{"percent: 7.4% = 7.4", "quantity: 153,672 units = 1.537e+05 | "}},
		{"not a count, as before", "The index rose from 9 to 42.", []string{"quantity: 9 = 9 | ", "quantity: 42 = 42 | "}},
		{"a bare number, as before", "Cases rose to 42.", []string{"quantity: 42 = 42 | "}},
	}, review22Units)
}

// TestLeftovers28PlanNames checks that a retirement plan named after its
// section of the tax code, "401(k)", "401k", "403(b)", is no quantity,
// while thousands written with a "k" and other bracketed sections keep
// their figures.
func TestLeftovers28PlanNames(t *testing.T) {
	checkReview13(t, []review13Case{
		{"401K", "He put money into his 401K.", nil},
		{"401(k)", "He put $5,000 into a 401(k) account.", []string{"money: $5,000 = 5000"}},
		{"401k plan", "Her 401k plan lost 12%.", []string{"percent: 12% = 12"}},
		{"403(b)", "Teachers save in 403(b) plans.", nil},
		{"thousands with a k, as before", "The house sold for $401k.", []string{"money: $401k = 4.01e+05"}},
		{"a count of k, as before", "The bike has 12k miles on it.", []string{"quantity: 12k miles = 1.2e+04"}},
	})
}

// TestLeftovers28TimesFrom checks that a comparison by a multiple starts
// at the multiplier, "three times the rate", "2.5 times as likely", while
// "twice the average" and a run after an ordinal stay as they were.
func TestLeftovers28TimesFrom(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The rate is three times the rate in France.", "three times the rate"},
		{"Profit was $1.9bn, three times the level of a year earlier.", "three times the level"},
		{"Smokers are 2.5 times as likely to fall ill.", "2.5 times as likely"},
		{"It is two and a half times the poverty rate.", "two and a half times the poverty rate"},
		{"It is twice the national average.", "twice the national average"},
		{"It fell for a fourth consecutive quarter.", "fourth consecutive quarter"},
	} {
		got := lastOfKind(tc.text, Comparison)
		if got != tc.want {
			t.Errorf("comparison of %q = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestLeftovers28YTD checks that "YTD" after a capitalised word is no part
// of a person's name, "Sales YTD were up 4%", while a name stays a name.
func TestLeftovers28YTD(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Sales YTD were up 4%.", ""},
		{"Revenue YTD rose 3%.", ""},
		{"Sarah Jones said sales rose 4%.", "Sarah Jones"},
	} {
		got := lastOfKind(tc.text, Person)
		if got != tc.want {
			t.Errorf("person in %q = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestLeftovers28InThis checks that "in" before "this evening" is no
// part of the date, as before "last year", while "in" before a month or
// a year stays in it.
func TestLeftovers28InThis(t *testing.T) {
	checkReview13(t, []review13Case{
		{"in this evening", "Millions will be tuning in this evening to watch.", []string{"quantity: Millions", "date: this evening"}},
		{"in this year", "Prices rose 3% in this year alone.", []string{"percent: 3% = 3", "date: this year"}},
		{"in a month, as before", "It opened in June.", []string{"date: in June"}},
		{"in a year, as before", "It opened in 2024.", []string{"date: in 2024"}},
		{"this evening alone, as before", "He will speak this evening.", []string{"date: this evening"}},
	})
}
