package claim

import (
	"slices"
	"testing"
)

// TestReview8Speakers checks the speaker spans and names the eighth review
// found wrong.
func TestReview8Speakers(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"a body, a post and the person who holds it",
			`"It will track close to the coast," said Met Office chief meteorologist Dr Alun Prothero.`,
			[]string{"Met Office chief meteorologist Dr Alun Prothero = Alun Prothero"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := speakerNames(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("speakers %q, want %q", got, tt.want)
			}
		})
	}
}
