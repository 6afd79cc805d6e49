package claim

import "testing"

// The tests in this file check faults left from reviews 25 and 26 (the
// README's known misses), cleared in session 32.

// TestLeftovers26ShortLabel checks that a written question's label no
// longer than "To ask His " ("Asked by Al", "Asked by Jo") is a heading as
// a longer one is, while a sentence opening "Asked by" that states a claim
// stays as before.
func TestLeftovers26ShortLabel(t *testing.T) {
	const label = "short heading"
	for _, tt := range []review9ScoreCase{
		{name: "Asked by Al", in: "Asked by Al", want: []string{label}, cw: "no"},
		{name: "Asked on 3", in: "Asked on 3", want: []string{label}, cw: "no"},
		{name: "Asked by Jo Li, as before", in: "Asked by Jo Li", want: []string{label}, cw: "no"},
		{name: "asked by reporters, as before", in: "Asked by reporters, she said 40 people died.", not: []string{label}, cw: "yes"},
	} {
		t.Run(tt.name, tt.run)
	}
}
