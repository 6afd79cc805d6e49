package claim

import (
	"testing"
)

// TestReview18DecadeSetting checks that a decade that qualifies the next
// word, "in 1950s Herefordshire", is a date span without the "in", while
// "in the 1950s" keeps its preposition (review 18, M6).
func TestReview18DecadeSetting(t *testing.T) {
	keep := map[Kind]bool{Date: true}
	tests := []struct {
		name, in string
		want     []string
	}{
		{"a setting", "Ambler plays Edie, a widowed apple farmer in 1950s Herefordshire who takes in a lodger with a past.", []string{"date: 1950s"}},
		{"a place", "She was born in 1950s London.", []string{"date: 1950s"}},
		{"the decade, as before", "He grew up in the 1950s.", []string{"date: in the 1950s"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, keep, tt.want)
		})
	}
}
