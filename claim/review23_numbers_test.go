package claim

import "testing"

// The tests in this file check the figures of review 23's numbers and
// dates as review16Figures renders them: the span's kind, text and value.

// TestReview23PenceCharges checks that a sum in pence beside "charges",
// "Parking charges will rise by 20p an hour", is money, as it was beside
// "fares", while a number with a glued "p" and no money about it stays no
// sum (review 23, F7).
func TestReview23PenceCharges(t *testing.T) {
	checkReview16(t, []review13Case{
		{"charges, a rate", "Parking charges will rise by 20p an hour in council car parks.", []string{"money: 20p an hour = 0.2 £"}},
		{"charges", "Parking charges will rise by 20p.", []string{"money: 20p = 0.2 £"}},
		{"costs, as before", "Parking costs 20p an hour.", []string{"money: 20p an hour = 0.2 £"}},
		{"a screen, as before", "The camera records 1080p video.", nil},
	})
}
