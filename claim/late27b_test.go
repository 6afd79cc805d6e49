package claim

import (
	"testing"

	"github.com/claimlight/claimlight/amount"
)

// TestLate27bRanks checks that an ordinal rank after "to", "ranked",
// "joint" or "placed" is a quantity with its ordinal's value, apart from
// the change in places before it, and that days of the month, centuries
// and streets stay as they were (review 27a, F10).
func TestLate27bRanks(t *testing.T) {
	keep := map[Kind]bool{Quantity: true, Date: true}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Aldmoor University has risen 12 places to 48th in the table.", []string{"quantity: 12 places", "quantity: 48th"}},
		{"Aldmoor rose 12 places to 48th in the table.", []string{"quantity: 12 places", "quantity: 48th"}},
		{"Kingsreach University fell nine places to joint 101st.", []string{"quantity: nine places", "quantity: 101st"}},
		{"Thornbury dropped out, falling to 112th.", []string{"quantity: 112th"}},
		{"She was ranked 3rd in the world.", []string{"quantity: 3rd"}},
		{"Aldmoor was placed 61st.", []string{"quantity: 61st"}},
		// as before
		{"It opened on the 3rd of May.", []string{"date: on the 3rd of May"}},
		{"In the 21st century rents rose.", []string{"date: In the 21st century"}},
		{"The festival runs from May 1st to 3rd.", []string{"date: from May 1st"}},
		{"The shop moved to 5th Avenue last year.", []string{"date: last year"}},
	} {
		checkSpanStrings(t, tc.text, keep, tc.want)
	}
	if lo, hi, ok := amount.ParseRange([]byte("48th")); !ok || lo != 48 || hi != 48 {
		t.Errorf("value of 48th = %v-%v %v, want 48", lo, hi, ok)
	}
}

// TestLate27bDayRange checks that a dash range before a time unit is a
// quantity of that unit with its range value, "adding 10-14 days" (review
// 27a, F12), and that a rate's "a day" is no "days".
func TestLate27bDayRange(t *testing.T) {
	keep := map[Kind]bool{Quantity: true, Date: true}
	checkSpanStrings(t, "Ships are adding 10-14 days to a typical voyage.", keep, []string{"quantity: 10-14 days"})
	checkSpanStrings(t, "They took 2-3 weeks.", keep, []string{"quantity: 2-3 weeks"})
	checkQuantityUnits(t, []quantityUnitCase{
		{"Ships are adding 10-14 days to a typical voyage.", "days"},
		{"It took 3-4 hours.", "hours"},
		{"They signed a 15-year deal.", "years"},
		{"The city uses 50 million gallons a day.", "gallons a day"}, // the rate, not "days" (review 28b, F12)
		{"Shipping costs rose 10-14% this year.", ""},
	})
	if lo, hi, ok := amount.ParseRange([]byte("10-14 days")); !ok || lo != 10 || hi != 14 {
		t.Errorf("value of 10-14 days = %v-%v %v, want 10 to 14", lo, hi, ok)
	}
}
