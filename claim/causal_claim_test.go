package claim

import "testing"

// TestCauseStated checks that a claim that something causes, does not
// cause, or raises the risk of something is check-worthy, with its own
// reason, as health and science checkers would want, though the debates
// the model learnt from hold few such claims; and that a question, a
// hypothetical, a negated belief or a claim with no named cause is left to
// the model.
func TestCauseStated(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "can cause", in: "Smoking can cause lung cancer.", want: []string{causeReason}, cw: "yes"},
		{name: "plural subject", in: "Mobile phone masts cause headaches.", want: []string{causeReason}, cw: "yes"},
		{name: "denied, quoted", in: "“The vaccine does not cause autism,” said Dr Helen Marsh.", want: []string{causeReason, "attributed to Helen Marsh"}, cw: "yes"},
		{name: "risk", in: "Eating eggs every day raises the risk of heart disease.", want: []string{causeReason}, cw: "yes"},
		{name: "passive", in: "The crash was caused by a worn bolt.", want: []string{causeReason}, cw: "yes"},
		{name: "question", in: "What causes inflation?", not: []string{causeReason}, cw: "no"},
		{name: "pronoun", in: "That caused the problem.", not: []string{causeReason}},
		{name: "hypothetical", in: "It would cause chaos.", not: []string{causeReason}},
		{name: "first person", in: "We think sugar causes obesity.", not: []string{causeReason}},
		{name: "cannot prove", in: "It cannot prove that aspirin caused the fall.", not: []string{causeReason}},
		{name: "a noun", in: "The cause of the fire is not yet known.", not: []string{causeReason}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestRecordClaimed checks that a superlative said to be a record ("on
// record", "since records began", "in the club's history") is
// check-worthy with its own reason, while praise ("the greatest country in
// history") and a record in the first person are left to the model.
func TestRecordClaimed(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "on record", in: "This was the hottest summer on record.", want: []string{recordReason}, cw: "yes"},
		{name: "since records began", in: "Crime is at its lowest level since records began.", want: []string{recordReason}, cw: "yes"},
		{name: "history", in: "It drew the biggest crowd in the club's history.", want: []string{recordReason}, cw: "yes"},
		{name: "ever recorded", in: "It was the wettest day ever recorded in the valley.", want: []string{recordReason}, cw: "yes"},
		{name: "praise", in: "America is the greatest country in history.", not: []string{recordReason}},
		{name: "first person", in: "We had our busiest year on record.", not: []string{recordReason}},
		{name: "a history of", in: "He has the longest service and a history of strict rulings.", not: []string{recordReason}},
		{name: "no superlative", in: "The figures are on record.", not: []string{recordReason}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}
