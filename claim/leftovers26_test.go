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

// TestLeftovers26PraiseNoSweep checks that a word of praise before experts
// or studies ("The best experts say …", "Excellent research shows …") is
// not read as a sweeping claim about evidence, while "every", "all" and
// "no" before them still are.
func TestLeftovers26PraiseNoSweep(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "the best experts", in: "The best experts say the vaccine is safe.", not: []string{sweepingReason}},
		{name: "excellent research", in: "Excellent research shows the scheme works.", not: []string{sweepingReason}},
		{name: "all the best experts, as before", in: "All the best experts say the vaccine is safe.", want: []string{sweepingReason}, cw: "yes"},
		{name: "no economist, as before", in: "No economist believes the figures.", want: []string{sweepingReason}, cw: "yes"},
		{name: "every serious study, as before", in: "Every serious study says so.", want: []string{sweepingReason}, cw: "yes"},
	} {
		t.Run(tt.name, tt.run)
	}
}
