package claim

import (
	"strings"
	"testing"
)

// review28Spans checks the spans of the kinds in keep for each case
// {name, input, "kind: text; kind: text"}.
func review28Spans(t *testing.T, keep map[Kind]bool, cases [][3]string) {
	t.Helper()
	for _, c := range cases {
		t.Run(c[0], func(t *testing.T) {
			var want []string
			if c[2] != "" {
				want = strings.Split(c[2], "; ")
			}
			checkSpanStrings(t, c[1], keep, want)
		})
	}
}

// TestReview28NoCause checks that a vote's result, a system that "was
// triggered" and a cause one cannot yet say are no causal claims, while
// "was the result of" and "was triggered by" stay causes (review 28a,
// F18, F22).
func TestReview28NoCause(t *testing.T) {
	review28Spans(t, map[Kind]bool{Causal: true}, [][3]string{
		{"result of the vote", "The result of the vote was 78% to 22%.", ""},
		{"announce the result", "The union will announce the result of its ballot on Friday.", ""},
		{"was triggered", "Video showed the rocket tumbling before its flight termination system was triggered.", ""},
		{"say what caused", "“It is too early to say what caused it,” she said.", ""},
		{"was the result of, as before", "The deficit is the result of excessive government spending.", "causal: the result of"},
		{"is largely the result of, as before", "The fall is largely the result of higher rates.", "causal: the result of"},
		{"as a result of, as before", "Prices rose as a result of the strike.", "causal: as a result of"},
		{"triggered by, as before", "The alarm was triggered by smoke.", "causal: triggered by"},
		{"triggered a fall, as before", "The news triggered a fall in shares.", "causal: triggered"},
		{"caused, as before", "The storm caused the outage.", "causal: caused"},
		{"what caused it was, as before", "Investigators found the fire caused it.", "causal: caused"},
	})
}

// TestReview28GoingTo checks that "is going to someone" is a move and
// no forecast, while "is going to rise" stays one (review 28b, F27).
func TestReview28GoingTo(t *testing.T) {
	review28Spans(t, map[Kind]bool{Prediction: true}, [][3]string{
		{"to someone", "The studio said she was “delighted the painting is going to someone who loves it”.", ""},
		{"to a place", "The trophy is going to Paris.", ""},
		{"a forecast, as before", "Inflation is going to rise.", "prediction: is going to"},
	})
}

// TestReview28MandateRequires checks that "The ZEV mandate requires" and
// "the directive requires" are rules, as "The law requires" is (review
// 28a, F20).
func TestReview28MandateRequires(t *testing.T) {
	review28Spans(t, map[Kind]bool{Rule: true}, [][3]string{
		{"mandate", "The ZEV mandate requires 28% of each maker’s sales to be zero-emission this year.", "rule: mandate requires"},
		{"directive", "The directive requires member states to act.", "rule: directive requires"},
		{"law, as before", "The law requires firms to publish pay gaps.", "rule: The law requires"},
		{"a mandate won, no rule", "The party won a mandate to govern.", ""},
	})
}

// TestReview28TimelineRows checks that the rows of a timeline are read
// alike whether their time has seconds or not: a timed event, no short
// heading (review 28a, F23).
func TestReview28TimelineRows(t *testing.T) {
	const tl = "Timeline (UTC)\n\n14:32 — Lift-off from Pad 2\n\n14:33:10 — Max Q\n"
	for _, tt := range []review9ScoreCase{
		{name: "caption, as before", in: tl, sent: 0, want: []string{"table caption"}},
		{name: "minutes", in: tl, sent: 1, not: []string{"short heading"}},
		{name: "seconds, as before", in: tl, sent: 2, not: []string{"short heading"}},
		{name: "no time, as before", in: "Schedule\n\nLift-off from Pad 2\n\nThe rocket flew.\n", sent: 1, want: []string{"short heading"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview28CaptionSource checks that a table's caption with its period
// and its source's initials in brackets is a caption, not a dated claim,
// while a line with a figure stays one (review 28a, F21).
func TestReview28CaptionSource(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "year to", in: "Operator performance, year to September 2026 (ORR)", want: []string{"table caption"}, cw: "no"},
		{name: "a figure, as before", in: "Sales fell 5%, the lowest since 2020 (ONS)", not: []string{"table caption"}, cw: "yes"},
		{name: "no source", in: "Operator performance, year to September 2026 (see below)", not: []string{"table caption"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview28AuctionEstimate checks that an auction's estimate, "with an
// estimate in excess of $90m", "a pre-sale estimate", "estimated at
// $40m-$60m", is a published figure and no hedge, while "is estimated at
// $5bn" and "an estimated 5,000" stay hedges (review 28b, F23).
func TestReview28AuctionEstimate(t *testing.T) {
	review28Spans(t, map[Kind]bool{Hedge: true}, [][3]string{
		{"an estimate", "It had been offered with an estimate in excess of $90m.", ""},
		{"pre-sale", "The sale made $412.7m, against a pre-sale estimate of $390m to $540m.", ""},
		{"estimated at a range", "It was led by a work estimated at $40m-$60m.", ""},
		{"estimated at one sum, as before", "The damage is estimated at $5bn.", "hedge: estimated"},
		{"an estimated, as before", "An estimated 5,000 people came.", "hedge: An estimated"},
	})
}

// TestReview28MoreThan checks that "more Americans than" and "more
// common" are comparisons, while "more than 5%" stays a figure (review
// 28b, F24).
func TestReview28MoreThan(t *testing.T) {
	review28Spans(t, map[Kind]bool{Comparison: true}, [][3]string{
		{"more nouns than", "Lung cancer kills more Americans than any other cancer.", "comparison: more Americans than"},
		{"more common", "The mutation is more common in people who have never smoked.", "comparison: more common"},
		{"negated", "It is not more common in women.", "comparison: not more common"},
		{"a figure, as before", "He earns more than 5% of them.", ""},
	})
}
