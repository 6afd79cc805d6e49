package claim

import (
	"testing"
)

// TestReview18DueToVerb checks that "due to" before a verb with its
// particle or its way, "was due to lift off at 14:32", "was due to fly to
// Brussels", is a schedule, not a cause, while "due to the strike" is still
// a cause (review 18, M1).
func TestReview18DueToVerb(t *testing.T) {
	keep := map[Kind]bool{Causal: true, Prediction: true}
	tests := []struct {
		name, in string
		want     []string
	}{
		{"lift off", "The lander was due to lift off at 14:32 GMT.", []string{"prediction: was due to"}},
		{"had been due to", "The lander had been due to lift off at 14:32 GMT.", []string{"prediction: been due to"}},
		{"in a relative clause", "The lander, which was due to lift off on Tuesday, was grounded.", []string{"prediction: was due to"}},
		{"fly to", "The minister was due to fly to Brussels on Tuesday.", []string{"prediction: was due to"}},
		{"fly home", "The team was due to fly home on Sunday.", []string{"prediction: was due to"}},
		{"appear, as before", "He was due to appear in court on Monday.", []string{"prediction: was due to"}},
		{"the strike, as before", "Flights were cancelled due to the strike.", []string{"causal: due to"}},
		{"fog, as before", "The flight was cancelled due to fog.", []string{"causal: due to"}},
		{"a helium leak, as before", "The launch was delayed due to a helium leak.", []string{"causal: due to"}},
		{"rising costs, as before", "The fall was due to rising costs.", []string{"causal: due to"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, keep, tt.want)
		})
	}
	for _, tt := range []review9ScoreCase{
		{name: "a schedule is no cause", in: "The lander was due to lift off at 14:32 GMT.", not: []string{"cause: due to"}, types: TypePrediction},
		{name: "a cause, as before", in: "Flights were cancelled due to the strike.", want: []string{"cause: due to"}, cw: "yes"},
	} {
		t.Run(tt.name, tt.run)
	}
}
