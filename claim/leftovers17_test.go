package claim

import "testing"

// The tests in this file check misses left over from reviews 16 and 17,
// as a user sees them: the figure's span, the speaker's name, and the
// score on the right side of the threshold.

// TestLeftovers17RatePerMillionTokens checks that a price per million
// tokens keeps the noun after its modifier, "$0.60 per million input
// tokens", as "$2 per million tokens" does.
func TestLeftovers17RatePerMillionTokens(t *testing.T) {
	checkReview16(t, []review13Case{
		{"input tokens", "The model costs $0.60 per million input tokens.", []string{"money: $0.60 per million input tokens = 0.6 $"}},
		{"output tokens", "Output costs $2.40 per million output tokens.", []string{"money: $2.40 per million output tokens = 2.4 $"}},
		{"tokens, as before", "The model costs $2 per million tokens.", []string{"money: $2 per million tokens = 2 $"}},
		{"people, as before", "The rate was 38.6 cases per 100,000 people.", []string{"quantity: 38.6 cases per 100,000 people = 38.6"}},
		{"adults, as before", "The rate was 4 per million adults.", []string{"quantity: 4 per million adults = 4"}},
		{"an hour, as before", "It costs $15 per hour.", []string{"money: $15 per hour = 15 $"}},
		{"parts per million, as before", "The level reached 427 parts per million.", []string{"quantity: 427 parts per million = 427"}},
	})
}
