package claim

import (
	"slices"
	"testing"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// The tests in this file check the figures, dates and sentence breaks of
// review 27a's numbers (transfer news, rankings, ballot measures, shipping,
// a flood live page).

// TestReview27aTEU checks that a container count in TEU, the shipping
// trade's unit, keeps its unit, after a number or after its scale, while a
// scale with no unit and a plain count stay as they were (review 27a, F9).
func TestReview27aTEU(t *testing.T) {
	checkFigures(t, []review13Case{
		{"at the end", "The ship can carry 24,000 TEU.", []string{"quantity: 24,000 TEU = 2.4e+04 | TEU"}},
		{"before a name", "The 24,000 TEU Maren Astra sailed.", []string{"quantity: 24,000 TEU = 2.4e+04 | TEU"}},
		{"after a scale", "The port handled 3.8 million TEU last year.", []string{"quantity: 3.8 million TEU = 3.8e+06 | TEU"}},
		{"and a count", "The ship carries 24,000 TEU and 300 crew.", []string{"quantity: 24,000 TEU = 2.4e+04 | TEU", "quantity: 300 crew = 300 | "}},
		{"a scale's letter, as before", "It has 3 million C shares.", []string{"quantity: 3 million C = 3e+06 | "}},
		{"a scale and a unit word, as before", "Output was 2 million tonnes.", []string{"quantity: 2 million tonnes = 2e+06 | tonnes"}},
		{"a count, as before", "The ship carries 24,000 containers.", []string{"quantity: 24,000 containers = 2.4e+04 | "}},
	}, review22Units)
}

// TestReview27aProp checks that "Prop.", a US ballot proposition, goes
// before its number in one sentence, with no count of the number, while a
// lower-case "prop." still ends one (review 27a, F34).
func TestReview27aProp(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Voters rejected Prop. 4 by 2,100 votes.", []string{"Voters rejected Prop. 4 by 2,100 votes."}},
		{"Prop. 4 failed narrowly, and Prop. 5 passed.", []string{"Prop. 4 failed narrowly, and Prop. 5 passed."}},
		{"Measure J passes; Prop. 4 falls short", []string{"Measure J passes; Prop. 4 falls short"}},
		{"It was a prop. 4 men came.", []string{"It was a prop.", "4 men came."}},
	} {
		src := []byte(tc.text)
		var got []string
		for _, s := range segment.Append(nil, src, tokenize.Append(nil, src)) {
			got = append(got, string(src[s.Start:s.End]))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: sentences %q, want %q", tc.text, got, tc.want)
		}
	}
	checkReview16(t, []review13Case{
		{"no count", "Voters rejected Prop. 4 by 2,100 votes.", []string{"quantity: 2,100 votes = 2100"}},
	})
}

// TestReview27aVoteShares checks that a vote's two shares after "failed"
// or "passed" are two percents, as after "lost" and "won", not a range of
// one (review 27a, F11).
func TestReview27aVoteShares(t *testing.T) {
	checkReview16(t, []review13Case{
		{"failed", "The measure failed 48% to 52%.", []string{"percent: 48% = 48", "percent: 52% = 52"}},
		{"failed, decimals", "Proposition 4, the housing bond, failed 48.6% to 51.4%.", []string{"percent: 48.6% = 48.6", "percent: 51.4% = 51.4"}},
		{"passed", "The measure passed 52% to 48%.", []string{"percent: 52% = 52", "percent: 48% = 48"}},
		{"lost, as before", "The measure lost 48.6% to 51.4%.", []string{"percent: 48.6% = 48.6", "percent: 51.4% = 51.4"}},
		{"a range, as before", "Support is 48% to 52%.", []string{"percent: 48% to 52% = 48..52"}},
	})
}

// TestReview27aEndOfMay checks that "the end of May" and "the start of
// May" are dates, as "the end of March" is, while "May" the surname after
// "the end of" stays no date (review 27a, F13).
func TestReview27aEndOfMay(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Work will finish by the end of May.", "by the end of May"},
		{"Work finished at the start of May.", "at the start of May"},
		{"Work will finish by the end of March.", "by the end of March"},
		{"The rise of May surprised him.", ""},
	} {
		got := lastOfKind(tc.text, Date)
		if got != tc.want {
			t.Errorf("%q: date %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestReview27aRiseAddsPence checks that pence after "the rise adds" are a
// sum, as after "the levy adds", while a screen's "1080p" stays no sum
// (review 27a, F15).
func TestReview27aRiseAddsPence(t *testing.T) {
	checkReview16(t, []review13Case{
		{"the rise adds", "The rise adds 20p.", []string{"money: 20p = 0.2 £"}},
		{"a pair", "The rise adds about 7p a pair, according to Harbourline.", []string{"money: about 7p a pair = 0.07 £"}},
		{"the levy, as before", "The levy adds 20p.", []string{"money: 20p = 0.2 £"}},
		{"a screen's lines", "Streaming quality will rise to 1080p.", nil},
	})
}
