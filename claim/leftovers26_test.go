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

// TestLeftovers26CalledFor checks that "called for", a demand, does not
// lift a sentence on its own ("Campaigners called for a ban.", 0.378, whose
// only reason was "wording typical of claims: 'called'"), while a demand
// with a figure or a rule in it, or a sentence lifted by another word,
// stays as before.
func TestLeftovers26CalledFor(t *testing.T) {
	const demand = "a demand, not a claim"
	for _, tt := range []review9ScoreCase{
		{name: "campaigners called for a ban", in: "Campaigners called for a ban.", want: []string{demand}, cw: "no"},
		{name: "he called for calm", in: "Residents called for calm after the storm.", not: []string{"wording typical of claims: 'called'"}},
		{name: "with a figure, as before", in: "Campaigners called for a ban on the 40 sites.", not: []string{demand}, cw: "yes"},
		{name: "called for $5 trillion, as before", in: "Governor Romney's called for $5 trillion of tax cuts.", not: []string{demand}, cw: "yes"},
		{name: "called it, as before", in: "She called the plan a disaster.", not: []string{demand}},
	} {
		t.Run(tt.name, tt.run)
	}
}
