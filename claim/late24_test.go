package claim

import "testing"

// The tests in this file check misses left by session 30's fixers,
// cleared in its third round of late fixes.

// TestLate24Kelvin checks that a glued K after a number of four or more
// digits with no currency sign is kelvin, "6500K" as 6500, while "£6.5K",
// "$500K" and "a 10K run" keep the K as thousands.
func TestLate24Kelvin(t *testing.T) {
	checkReview16(t, []review13Case{
		{"6500K", "The lamp has a colour temperature of 6500K.", []string{"quantity: 6500K = 6500"}},
		{"£6.5K, as before", "It cost £6.5K in total.", []string{"money: £6.5K = 6500 £"}},
		{"$500K, as before", "He was paid $500K last year.", []string{"money: $500K = 5e+05 $", "date: last year"}},
		{"a 10K run, as before", "She ran a 10K race.", []string{"quantity: 10K = 1e+04"}},
		{"$1500K, a sign", "He was paid $1500K.", []string{"money: $1500K = 1.5e+06 $"}},
	})
}

// TestLate24AccordingToWhich checks that "according to Which?" names the
// consumer body Which?, as "Consumer group Which? said" does.
func TestLate24AccordingToWhich(t *testing.T) {
	checkReview9(t, []review9Case{
		{"according to Which?", "According to Which?, prices rose 5% last year.\n", "According", "Which?", false, "Which?"},
		{"mid-sentence", "Prices rose 5% last year, according to Which?.\n", "Prices", "Which?", false, "Which?"},
		{"Consumer group Which? said, as before", "Consumer group Which? said the fall was small.\n", "Consumer", "Which?", false, "Which?"},
	})
}

// TestLate24Rating checks that a rating after its label, "Verdict: 4/5",
// "Score: 8/10", is a quantity span with the value the slash reads, the
// share of the top mark (as "4.5 out of 5" reads 0.9), while a slash's
// figure with no rating's label stays as before.
func TestLate24Rating(t *testing.T) {
	checkReview16(t, []review13Case{
		{"Verdict: 4/5", "Verdict: 4/5.", []string{"quantity: 4/5 = 0.8"}},
		{"Rating: 4.5/5", "Rating: 4.5/5.", []string{"quantity: 4.5/5 = 0.9"}},
		{"Score: 8/10", "Score: 8/10.", []string{"quantity: 8/10 = 0.8"}},
		{"out of, as before", "Rating: 4.5 out of 5.", []string{"quantity: 4.5 out of 5 = 0.9"}},
		{"a date, as before", "The date: 4/5/2024.", []string{"date: 4/5/2024"}},
		{"no rating's label", "Deadline: 4/5.", nil},
	})
}

// TestLate24ShopName checks that a shop named by its owner's name with
// its "’s", "Marlow’s, which runs 40 stores, said", is the organisation
// "Marlow’s" and the speaker by that name, while a person's possessive
// before a noun stays as before.
func TestLate24ShopName(t *testing.T) {
	checkReview9(t, []review9Case{
		{"which runs", "Marlow\u2019s, which runs 40 stores, said sales fell 3%.\n", "Marlow", "Marlow\u2019s", false, "Marlow\u2019s"},
		{"which sold", "Marlow\u2019s, which sold the granola in 86 shops, said it had put up notices.\n", "Marlow", "Marlow\u2019s", false, "Marlow\u2019s"},
		{"a listed name, as before", "Sainsbury\u2019s, which runs 600 stores, said sales fell 3%.\n", "Sainsbury", "Sainsbury\u2019s", false, "Sainsbury\u2019s"},
	})
	keep := map[Kind]bool{Person: true, Org: true, Place: true}
	checkSpanStrings(t, "Marlow\u2019s, which runs 40 stores, said sales fell 3%.\n", keep, []string{"org: Marlow\u2019s"})
	checkSpanStrings(t, "Sarah\u2019s brother said it was late.\n", keep, nil)
}
