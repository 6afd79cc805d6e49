package claim

import "testing"

// The tests in this file check misses left by session 31's fixers,
// cleared in its second late round of fixes.

// TestLate25bBareCompany checks that "The company said" after a sentence
// that opens with one unknown name doing a business's thing, "Corvane
// will cut 1,200 jobs.", is that name's, while a sentence that opens
// with a common word or a person names no one.
func TestLate25bBareCompany(t *testing.T) {
	checkReview9(t, []review9Case{
		{"will cut", "Corvane will cut 1,200 jobs. The company said it expected a charge of $95m.\n", "The company", "Corvane", false, "The company"},
		{"reported", "Brellix reported a loss of $40m. The firm said sales fell 8%.\n", "The firm", "Brellix", false, "The firm"},
		{"said after", "Corvane will cut 1,200 jobs. It expects a charge of $95m, the company said.\n", "It expects", "Corvane", false, "the company"},
		{"a common word, as before", "Sales will fall 1,200 units. The company said it expected a charge of $95m.\n", "The company", "", false, "The company"},
		{"no business verb, as before", "Corvane went home. The company said it expected a charge of $95m.\n", "The company", "", false, "The company"},
		{"a first name, as before", "Boris will cut 1,200 jobs. The company said it expected a charge of $95m.\n", "The company", "", false, "The company"},
	})
}
