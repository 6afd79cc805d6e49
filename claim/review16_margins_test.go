package claim

import (
	"testing"
)

// TestReview16Margins checks that a poll's margin written with a sign,
// "±3 points" or "+/- 3 points", keeps the sign in its span and states the
// margin's size, as "plus or minus 3 points" keeps its words (review 16,
// M1).
func TestReview16Margins(t *testing.T) {
	checkReview16(t, []review13Case{
		{"± before points", "The poll had a margin of error of ±3 points.", []string{"quantity: ±3 points = 3"}},
		{"+/- and a space", "The poll had a margin of error of +/- 3 points.", []string{"quantity: +/- 3 points = 3"}},
		{"+/- glued", "The poll had a margin of error of +/-3 points.", []string{"quantity: +/-3 points = 3"}},
		{"± before percentage points", "The poll had a margin of error of ±3 percentage points.", []string{"percent: ±3 percentage points = 3"}},
		{"± before %", "The poll had a margin of error of ±3%.", []string{"percent: ±3% = 3"}},
		{"plus or minus, as before", "The poll had a margin of error of plus or minus 3 points.", []string{"quantity: plus or minus 3 points = 3"}},
		{"a plus sign, as before", "Turnout rose +3 points.", []string{"quantity: +3 points = 3"}},
		{"+/- with no number", "The range was +/- x.", nil},
	})
}

// TestReview16LikelyVoters checks that "likely voters", a poll's term for
// the voters it counts, is no hedge, while "likely" elsewhere still is
// one (review 16, M1).
func TestReview16LikelyVoters(t *testing.T) {
	keep := map[Kind]bool{Hedge: true}
	tests := []struct {
		name, in string
		want     []string
	}{
		{"likely voters", "The poll of 1,104 likely voters was taken in October.", nil},
		{"likely voter", "The likely voter model favours Okoye.", nil},
		{"registered voters, as before", "The poll of 1,104 registered voters was taken in October.", nil},
		{"likely alone is a hedge", "Okoye likely won 51% of the vote.", []string{"hedge: likely"}},
		{"very likely, as before", "It is very likely that turnout will pass 60%.", []string{"hedge: very likely"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, keep, tt.want)
		})
	}
	tt := review9ScoreCase{name: "no hedged reason", in: "The poll of 1,104 likely voters had a margin of error of ±3 points.",
		want: []string{"quantity: 1,104 likely voters"}, not: []string{"hedged: likely"}, cw: "yes"}
	t.Run(tt.name, tt.run)
}

// TestReview16FractionOfPoint checks that "half a percentage point" and "a
// quarter of a percentage point" are percentages of 0.5 and 0.25 points
// over the whole phrase, and "half a point" a quantity of 0.5 (review 16,
// M3).
func TestReview16FractionOfPoint(t *testing.T) {
	checkReview16(t, []review13Case{
		{"half a percentage point", "She has promised to cut the sales tax by half a percentage point.",
			[]string{"percent: half a percentage point = 0.5"}},
		{"a quarter of a percentage point", "She has promised to cut the sales tax by a quarter of a percentage point.",
			[]string{"percent: a quarter of a percentage point = 0.25"}},
		{"three quarters of a percentage point", "The rate rose by three quarters of a percentage point.",
			[]string{"percent: three quarters of a percentage point = 0.75"}},
		{"half a percent", "Prices rose by half a percent.", []string{"percent: half a percent = 0.5"}},
		{"half a point", "She has promised to cut the sales tax by half a point.", []string{"quantity: half a point = 0.5"}},
		{"0.5 percentage points, as before", "She has promised to cut the sales tax by 0.5 percentage points.",
			[]string{"percent: 0.5 percentage points = 0.5"}},
		{"half a million, as before", "The city has half a million people.", []string{"quantity: half a million people = 5e+05"}},
		{"half of, as before", "Half of the voters stayed home.", []string{"quantity: Half of = 0.5"}},
	})
}
