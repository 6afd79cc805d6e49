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

// TestReview21DatedCaption checks that a list's heading with its month in
// brackets, "Board paper figures (October 2026)", is a heading, as a
// caption with its unit is, while a line that states a figure before the
// bracket stays text (review 21, F24).
func TestReview21DatedCaption(t *testing.T) {
	tests := []struct {
		name, text string
		want       string
	}{
		{"a month", "Board paper figures (October 2026)\n- Bed occupancy: 97.3%\n",
			"0 heading   | Board paper figures (October 2026)\n1 list_item | - Bed occupancy: 97.3%\n"},
		{"a figure, as before", "Bed occupancy hit 97.3% (October 2026)\nThe trust said so.\n",
			"0 body      | Bed occupancy hit 97.3% (October 2026)\n1 body      | The trust said so.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSplit(t, tt.text, tt.want) })
	}
}
