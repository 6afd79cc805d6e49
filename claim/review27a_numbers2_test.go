package claim

import "testing"

// The tests in this file check more of review 27a's figures and dates
// (rankings, shipping, a flood live page, ballot measures).

// TestReview27aThisMorning checks that "this morning", "this afternoon" and
// "this evening" are dates, and "last night", as "this week" and "Sunday
// morning" are, while "the last night of the tour" stays no date (review
// 27a, F14).
func TestReview27aThisMorning(t *testing.T) {
	checkReview13(t, []review13Case{
		{"this morning", "Around 600 homes were without power this morning.", []string{"quantity: Around 600 homes = 600", "date: this morning"}},
		{"this afternoon", "Around 600 homes were without power this afternoon.", []string{"quantity: Around 600 homes = 600", "date: this afternoon"}},
		{"this evening", "The river will peak this evening.", []string{"date: this evening"}},
		{"this week, as before", "The river will peak this week.", []string{"date: this week"}},
		{"last night, as before", "The river peaked last night.", []string{"date: last night"}},
		{"the last night of a tour", "The last night of the tour sold 900 tickets.", []string{"quantity: 900 tickets = 900"}},
		{"the last night of", "It was the last night of the tour.", nil},
		{"this night", "Thanks to all who made this night possible.", nil},
		{"Sunday morning, as before", "The river peaked on Sunday morning.", []string{"date: on Sunday morning"}},
	})
}

// TestReview27aUntilAtLeast checks that "until at least 2pm" is one date
// with its "until", as "until 2pm" is (review 27a, F19).
func TestReview27aUntilAtLeast(t *testing.T) {
	checkReview13(t, []review13Case{
		{"until at least", "No trains would run until at least 2pm.", []string{"date: until at least 2pm"}},
		{"until, as before", "No trains would run until 2pm.", []string{"date: until 2pm"}},
		{"at least, as before", "It lasted at least 3 hours.", []string{"date: at least 3 hours"}},
		{"for at least, as before", "It will run for at least 3 hours.", []string{"date: at least 3 hours"}},
		{"until a year, as before", "It will run until 2027.", []string{"date: until 2027"}},
		{"a year after until at least (leftovers 27)", "It will run until at least 2027.", []string{"date: until at least 2027"}},
	})
}
