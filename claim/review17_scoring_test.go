package claim

import (
	"slices"
	"testing"
)

// TestReview17CausesNoun checks that "causes" as a noun after a kind of
// cause, "natural causes", "all causes", "cardiovascular causes", makes
// no causal span and no claim about cause and effect, while the verb still
// does (review 17, M2).
func TestReview17CausesNoun(t *testing.T) {
	keep := map[Kind]bool{Causal: true}
	tests := []struct {
		name, in string
		want     []string
	}{
		{"natural causes", "He died of natural causes at home.", nil},
		{"all causes", "Deaths from all causes fell by 8%.", nil},
		{"cardiovascular causes", `"Deaths from cardiovascular causes fell, but the confidence interval crosses one," Rahimi said.`, nil},
		{"other causes", "Deaths from other causes rose.", nil},
		{"root causes, as before", "The root causes of the crisis were debated.", nil},
		{"the verb, as before", "Smoking causes lung cancer.", []string{"causal: causes"}},
		{"the verb after of and a noun", "The use of tobacco causes cancer.", []string{"causal: causes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, keep, tt.want)
		})
	}
	for _, tt := range []review9ScoreCase{
		{name: "natural causes is not lifted", in: "He died of natural causes at home.", not: []string{causeReason}, cw: "no"},
		{name: "all causes gives its figure", in: "Deaths from all causes fell by 8%.", want: []string{"quantity: 8%"}, not: []string{causeReason}, cw: "yes"},
		{name: "the verb is lifted, as before", in: "Smoking causes lung cancer.", want: []string{causeReason}, cw: "yes"},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview17TableHeaderUnit checks that a table's header row whose last
// column notes its unit or interval in brackets, "Hazard ratio (95% CI)",
// is still a table header, while its rows of figures stay claims (review
// 17, M5).
func TestReview17TableHeaderUnit(t *testing.T) {
	table := "Endpoint | Veranthe | Placebo | Hazard ratio (95% CI)\nCV death | 7.1% | 7.9% | 0.89 (0.76-1.05)\n"
	for _, tt := range []review9ScoreCase{
		{name: "95% CI in the header", in: table, want: []string{"table header"}, cw: "no"},
		{name: "its row", in: table, sent: 1, want: []string{"quantity: 7.1%"}, cw: "yes"},
		{name: "relative risk", in: "Outcome | Drug | Placebo | Relative risk (95% CI)\nDeath | 7.1% | 7.9% | 0.89 (0.76-1.05)\n",
			want: []string{"table header"}, cw: "no"},
		{name: "no unit, as before", in: "Endpoint | Veranthe | Placebo | Hazard ratio\nCV death | 7.1% | 7.9% | 0.89\n",
			want: []string{"table header"}, cw: "no"},
		{name: "a percent sign, as before", in: "Region | Average price | Annual change (%)\nWales | £205,610 | -0.6\n",
			want: []string{"table header"}, cw: "no"},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview17NoFigureGiven checks that "did not give a figure" and its
// like are news boilerplate, as "did not say" is (review 17, M9).
func TestReview17NoFigureGiven(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "a figure", in: "It did not give a figure.", want: []string{"news boilerplate"}, cw: "no"},
		{name: "the company", in: "The company did not give a figure.", want: []string{"news boilerplate"}, cw: "no"},
		{name: "details", in: "The ministry did not give details of the plan.", want: []string{"news boilerplate"}, cw: "no"},
		{name: "a breakdown", in: "It did not give a breakdown.", want: []string{"news boilerplate"}, cw: "no"},
		{name: "a timeline", in: "It did not give a timeline for the cuts.", want: []string{"news boilerplate"}, cw: "no"},
		{name: "a figure after but", in: "The company did not give a figure, but said costs rose 10%.", not: []string{"news boilerplate"}, cw: "yes"},
		{name: "a source left out after a claim", in: "He claimed traffic on the B6387 had already risen by a third since 2019, though he did not give a source.",
			not: []string{"news boilerplate"}, cw: "yes"},
		{name: "declined to comment, as before", in: "The company declined to comment.", want: []string{"news boilerplate"}, cw: "no"},
		{name: "did not say, as before", in: "It did not say how many jobs would go.", want: []string{"news boilerplate"}, cw: "no"},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview17RuleStarts checks that a rule's start date with "will", "The
// ban will take effect on 1 January 2028.", gives a rule span over the rule
// and its start and is check-worthy as the present tense is, while a
// forecast of a figure and a rule's start with no date stay as they were
// (review 17, M6).
func TestReview17RuleStarts(t *testing.T) {
	keep := map[Kind]bool{Rule: true, Prediction: true}
	tests := []struct {
		name, in string
		want     []string
	}{
		{"will apply", "The directive will apply from 1 January 2028.", []string{"rule: directive will apply"}},
		{"will take effect", "The ban will take effect on 1 January 2028.", []string{"rule: ban will take effect"}},
		{"will come into force", "The law will come into force in 2028.", []string{"rule: law will come into force"}},
		{"regulation, a rule of its own", "The regulation will enter into force 20 days after its publication.", []string{"rule: regulation", "rule: will enter into force"}},
		{"a forecast, as before", "The tax will rise to 20% from 1 January 2028.", []string{"prediction: will rise"}},
		{"not yet, as before", "The ban will not take effect until 2029.", []string{"prediction: will not take"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, keep, tt.want)
		})
	}
	for _, tt := range []review9ScoreCase{
		{name: "will apply is a claim", in: "The directive will apply from 1 January 2028.", want: []string{ruleStartReason}, cw: "yes", types: TypeRule},
		{name: "will take effect is a claim", in: "The ban will take effect on 1 January 2028.", want: []string{"date: on 1 January 2028"}, cw: "yes", types: TypeRule},
		{name: "will come into force is a claim", in: "The law will come into force in 2028.", cw: "yes"},
		{name: "the present tense, as before", in: "The ban takes effect on 1 January 2028.", cw: "yes"},
		{name: "said by the Commission, as before", in: "The ban will take effect on 1 January 2028, the Commission said.", cw: "yes"},
		{name: "no date, no lift", in: "The rules will apply to all firms.", not: []string{ruleStartReason}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview17LifeDates checks that a name with its life dates, alone on a
// line under an obituary's headline, is a short heading that keeps its
// date span, and that a table's caption with a unit in brackets is still
// one (review 17, L6).
func TestReview17LifeDates(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "brackets", in: "Obituary\n\nMargit Halvorsen (1938-2026)\n\nMargit Halvorsen has died. She was 87.\n", sent: 1,
			want: []string{"short heading"}, cw: "no"},
		{name: "a comma, as before", in: "Obituary\n\nMargit Halvorsen, 1938-2026\n\nMargit Halvorsen has died. She was 87.\n", sent: 1,
			want: []string{"short heading"}, cw: "no"},
		{name: "a caption, as before", in: "Costings (£ billion per year, by 2029-30)\nPolicy | 2026-27 | 2029-30\n", want: []string{"table caption"}, cw: "no"},
	} {
		t.Run(tt.name, tt.run)
	}
	src, _, spans := annotateText("Obituary\n\nMargit Halvorsen (1938-2026)\n\nMargit Halvorsen has died.\n")
	if got := spanStrings(src, spans, map[Kind]bool{Date: true}); !slices.Equal(got, []string{"date: 1938-2026"}) {
		t.Errorf("dates %q, want the life dates", got)
	}
}

// TestReview17MostAsMajority checks that "most" before an adjective and a
// plural noun, with no "the" or possessive before it, means the greater
// part and is no superlative, while "the most …", "our most …" and "most
// …" after a comma or "and" still are (review 17, L2).
func TestReview17MostAsMajority(t *testing.T) {
	keep := map[Kind]bool{Comparison: true}
	tests := []struct {
		name, in string
		want     []string
	}{
		{"most insured patients", "Corvalis said it expected most insured patients to pay $35 a month or less.", nil},
		{"at the start", "Most advanced chips are manufactured in Taiwan.", nil},
		{"most patients, as before", "Most patients pay $35 a month.", nil},
		{"the most, as before", "The most vulnerable patients pay more.", []string{"comparison: most vulnerable"}},
		{"our most, as before", "It would involve our most advanced computers.", []string{"comparison: most advanced"}},
		{"after a comma, as before", "We've put in the toughest, most crippling sanctions ever.", []string{"comparison: toughest", "comparison: most crippling"}},
		{"no noun after, as before", "It is most expensive in London.", []string{"comparison: most expensive"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, keep, tt.want)
		})
	}
}
