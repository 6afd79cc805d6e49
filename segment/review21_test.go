package segment

import "testing"

// TestReview21LiveAsItHappened checks that a live page's "LIVE — as it
// happened" is one line of page furniture, not a dateline "LIVE —" and a
// sentence "as it happened", while a place's dateline stays one (review
// 21, F22).
func TestReview21LiveAsItHappened(t *testing.T) {
	tests := []struct {
		name, text string
		want       string
	}{
		{"LIVE —", "LIVE — as it happened\n", "0 furniture | LIVE — as it happened\n"},
		{"Live -", "Live - as it happened\n", "0 furniture | Live - as it happened\n"},
		{"alone", "As it happened\n", "0 furniture | As it happened\n"},
		{"a place, as before", "BERLIN — The government said 4,000 jobs would go.\n",
			"0 dateline  | BERLIN —\n0 body      | The government said 4,000 jobs would go.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSplit(t, tt.text, tt.want) })
	}
}
