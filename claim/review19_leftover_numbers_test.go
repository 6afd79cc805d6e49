package claim

import (
	"testing"
)

// The tests in this file check review 19's leftover numbers, as
// review16Figures renders them: race times, winning margins and distances
// (M12), odds in results and headlines (H4), a deal's old and new price
// (L4), and betting small print (M15).

// TestReview19RaceMargins checks that a race time written with glued
// minutes and seconds is one quantity, that a winning margin ("a neck",
// "three-quarters of a length", "a length and a half") is a quantity where
// "by", "beaten" or "back" shows it is one (review 19, M12).
func TestReview19RaceMargins(t *testing.T) {
	checkReview16(t, []review13Case{
		{"Nmin N.Nsec", "He took the race in a time of 6min 38.4sec.", []string{"quantity: 6min 38.4sec = 6"}},
		{"Nm N.Ns", "He clocked 1m 38.2s for the mile.", []string{"quantity: 1m 38.2s = 1"}},
		{"N min N sec, as before", "He ran 4 min 12 sec.", []string{"quantity: 4 min 12 sec = 4"}},
		{"three-quarters of a length", "He won by three-quarters of a length.", []string{"quantity: three-quarters of a length = 0.75"}},
		{"half a length", "He won by half a length.", []string{"quantity: half a length = 0.5"}},
		{"a list of margins", "Distances: 3/4 length, a neck, 6 lengths.", []string{"quantity: 3/4 length = 0.75", "quantity: a neck", "quantity: 6 lengths = 6"}},
		{"beaten a neck", "He was beaten a neck.", []string{"quantity: a neck"}},
		{"a short head", "He won by a short head.", []string{"quantity: a short head"}},
		{"a nose", "He won by a nose.", []string{"quantity: a nose"}},
		{"a neck back", "Stormcastle was a neck back in third.", []string{"quantity: a neck"}},
		{"a length and a half", "He won by a length and a half.", []string{"quantity: a length and a half = 1.5"}},
		{"lengths, as before", "He won by 6 lengths.", []string{"quantity: 6 lengths = 6"}},
		{"furlongs, as before", "He led two furlongs out.", []string{"quantity: two furlongs = 2"}},
		{"a head teacher", "The school is led by a head teacher.", nil},
		{"a head of department", "The plan was backed by a head of department.", nil},
		{"a broken neck", "He broke his neck in a fall.", nil},
		{"metres, as before", "Waves reached 15m.", []string{"quantity: 15m = 15"}},
		{"millions, as before", "The club paid £1m for him.", []string{"money: £1m = 1e+06 £"}},
	})
}

// TestReview19MoreOdds checks the prices review 19 found left without a
// value: last on a results row after the jockey, beside a "morning line",
// in a headline after a race's name, and "even money" in two words, while
// scores and votes stay as they were (review 19, H4).
func TestReview19MoreOdds(t *testing.T) {
	checkReview16(t, []review13Case{
		{"a results row", "Result\n1st Copper Lantern (Kieran Doyle) 100-1\n2nd Harbour Signal (Amy Ross) 11/4", []string{"quantity: 100-1 = 100", "quantity: 11/4 = 2.75"}},
		{"the morning line", "Harbour Signal (5-2 on the morning line, then 7-2) drifted.", []string{"quantity: 5-2 = 2.5", "quantity: 7-2 = 3.5"}},
		{"a headline", "Copper Lantern lands Gold Cup at 100-1", []string{"quantity: 100-1 = 100"}},
		{"won at even money", "Silver Almanac won at even money.", []string{"quantity: even money = 1"}},
		{"the even money favourite", "The even money favourite won.", []string{"quantity: even money = 1"}},
		{"evens, as before", "Silver Almanac won at evens.", []string{"quantity: evens = 1"}},
		{"a football score, as before", "Rovers won 3-1 at home.", []string{"quantity: 3-1"}},
		{"a vote, as before", "MPs voted 7-2 against the plan.", []string{"quantity: 7-2"}},
		{"a scorer's row", "The score at half-time (Smith) 2-1", []string{"quantity: 2-1"}},
		{"even money as a phrase", "Even money can't buy happiness.", nil},
		{"even as an adverb", "Prices rose even more.", nil},
	})
}

// TestReview19MoreSmallPrint checks that "Over-18s only." on a line of its
// own is page furniture, and that "T&Cs apply." and "BeGambleAware.org"
// are too after another sentence on their line, while sentences that
// start with the same words and state more stay claims or plain text
// (review 19, M15).
func TestReview19MoreSmallPrint(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "over-18s only", in: "Over-18s only.", want: []string{"page furniture"}, cw: "no"},
		{name: "terms after a sentence", in: "Gamble responsibly. T&Cs apply.", sent: 1, want: []string{"page furniture"}, cw: "no"},
		{name: "the site after a sentence", in: "Bet responsibly. BeGambleAware.org", sent: 1, want: []string{"page furniture"}, cw: "no"},
		{name: "a notice line", in: "18+ only. T&Cs apply. BeGambleAware.org", sent: 2, want: []string{"page furniture"}, cw: "no"},
		{name: "a share of voters", in: "Over-18s make up 40% of voters.", not: []string{"page furniture"}, cw: "yes"},
		{name: "terms with a date", in: "T&Cs apply to all offers from 1 May.", not: []string{"page furniture"}},
	} {
		t.Run(tt.name, tt.run)
	}
}
