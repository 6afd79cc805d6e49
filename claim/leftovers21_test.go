package claim

import "testing"

// The tests in this file check faults left from review 20 and earlier
// ones (the README's known misses), cleared in session 29.

// TestLeftovers21ByHalf checks that "by half" after a verb of change is a
// share of 0.5, as "by a fifth" is 0.2, while a half of something, a
// time and "half" as a noun's modifier stay as they were.
func TestLeftovers21ByHalf(t *testing.T) {
	checkReview16(t, []review13Case{
		{"cut by half", "Sales were cut by half last year.", []string{"quantity: half = 0.5", "date: last year"}},
		{"fell by half in", "Profits fell by half in 2024.", []string{"quantity: half = 0.5", "date: in 2024"}},
		{"by half.", "The backlog was reduced by half.", []string{"quantity: half = 0.5"}},
		{"down by half,", "Visits are down by half, the survey found.", []string{"quantity: half = 0.5"}},
		{"by a fifth, as before", "Sales were cut by a fifth in 2024.", []string{"quantity: a fifth = 0.2", "date: in 2024"}},
		{"half of, as before", "Half of the staff left.", []string{"quantity: Half of = 0.5"}},
		{"by half past, as before", "The shop shuts by half past six.", []string{"date: past six"}},
		{"by half-time", "They led by two goals by half-time.", []string{"quantity: two goals = 2"}},
	})
}
