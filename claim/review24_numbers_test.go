package claim

import "testing"

// The tests in this file check the figures of review 24's numbers and
// dates as review16Figures renders them: the span's kind, text and value.

// TestReview24BatchCode checks that a code of four digits and a capital,
// "2418B", is no sum of billions, while "24B", "$2.4B" and "2,418B" keep
// their scale (review 24, F10).
func TestReview24BatchCode(t *testing.T) {
	checkReview16(t, []review13Case{
		{"batch codes", "Batch codes: 2417A and 2418B", nil},
		{"a model", "The 2418B model was recalled.", nil},
		{"billions, as before", "The firm raised 24B last year.", []string{"quantity: 24B = 2.4e+10", "date: last year"}},
		{"dollars, as before", "It cost $2.4B.", []string{"money: $2.4B = 2.4e+09 $"}},
		{"grouped, as before", "Debt reached 2,418B.", []string{"quantity: 2,418B = 2.418e+12"}},
	})
}
