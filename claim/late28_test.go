package claim

import "testing"

// The tests in this file check misses left by session 33's reviews 28a
// and 28b, cleared in its late round of fixes.

// TestLate28SideEffects checks that a drug's most common side effects,
// "The most common side effects were fatigue, nausea and rash.", with
// or without their rates, are a trial's findings to check, while side
// effects that might come stay with the model (review 28b, F22).
func TestLate28SideEffects(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "list", in: "The most common side effects were diarrhoea, rash and raised liver enzymes.", want: []string{sideEffectsReason}, cw: "yes"},
		{name: "are", in: "The most common side effects are fatigue, nausea and headache.", want: []string{sideEffectsReason}, cw: "yes"},
		{name: "adverse events", in: "The most common adverse events were nausea and vomiting.", want: []string{sideEffectsReason}, cw: "yes"},
		{name: "rates, as before", in: "The most common side effects were fatigue (23%), nausea (18%) and rash (12%).", cw: "yes"},
		{name: "may, as before", in: "The most common side effects may be mild.", not: []string{sideEffectsReason}},
		{name: "other common, as before", in: "The most common complaint was noise.", not: []string{sideEffectsReason}},
	} {
		t.Run(tt.name, tt.run)
	}
}
