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

// TestReview23QuartersRunning checks that "three quarters running",
// "three quarters straight", "two quarters in a row" are a period of
// quarters, a date as "for the last three quarters" was, not the fraction 0.75, while
// "three quarters of voters" and "Nearly three quarters said" stay
// fractions (review 23, F8).
func TestReview23QuartersRunning(t *testing.T) {
	checkReview16(t, []review13Case{
		{"running", "“Margins have been under pressure for three quarters running,” said Hannah Cole, an analyst.", []string{"date: for three quarters"}},
		{"in a row", "It shrank for two quarters in a row.", []string{"date: for two quarters"}},
		{"straight", "Sales fell three quarters straight.", []string{"date: three quarters"}},
		{"consecutive, as before", "Sales fell for three consecutive quarters.", []string{"quantity: three consecutive quarters = 3"}},
		{"accounts for, as before", "Exports account for three quarters.", []string{"quantity: three quarters = 0.75"}},
		{"the last three quarters, as before", "Growth slowed for the last three quarters.", []string{"date: for the last three quarters"}},
		{"of, as before", "Three quarters of voters agreed.", []string{"quantity: Three quarters of = 0.75"}},
		{"a share, as before", "Nearly three quarters said they would.", []string{"quantity: Nearly three quarters = 0.75"}},
		{"for a share, as before", "Three quarters voted for it.", []string{"quantity: Three quarters = 0.75"}},
	})
}
