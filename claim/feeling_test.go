package claim

import "testing"

// TestFeelingOnly checks that a feeling on its own, "Housing advocates
// said they were disappointed.", is no claim to check, whatever topic
// words the model weighs in it, while a feeling with a figure, a date or
// a clause after it keeps its score (README, review 27's leftovers).
func TestFeelingOnly(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "disappointed", in: "Housing advocates said they were disappointed.", want: []string{feelingReason}, cw: "no"},
		{name: "angry", in: "Residents said they were angry.", want: []string{feelingReason}, cw: "no"},
		{name: "by the news", in: "The family said they were devastated by the news.", want: []string{feelingReason}, cw: "no"},
		{name: "let down", in: "Teachers said they felt let down.", want: []string{feelingReason}, cw: "no"},
		{name: "by the decision", in: "The union said it was deeply disappointed by the decision.", want: []string{feelingReason}, cw: "no"},
		{name: "a label's number", in: "Housing advocates said they were disappointed by the Proposition 4 result.", want: []string{feelingReason}, cw: "no"},
		{name: "in quotation marks", in: "Cllr. Nick Mannion, leader of Cheshire East Council, said the authority was “deeply disappointed”.", want: []string{feelingReason}, cw: "no"},
		{name: "proud of", in: "Head teacher Dr. Sarah Okafor said she was “incredibly proud” of staff and pupils.", want: []string{feelingReason}, cw: "no"},
		{name: "of before it", in: "The people of this country are furious.", want: []string{feelingReason}, cw: "no"},
		{name: "fragment, as before", in: "Fans were delighted.", cw: "no"},
		{name: "a clause after it, as before", in: "Residents said they were angry that rents rose 12% this year.", not: []string{feelingReason}, cw: "yes"},
		{name: "a poll's figure, as before", in: "73% of voters said they were worried about prices.", not: []string{feelingReason}, cw: "yes"},
		{name: "about a noun, not judged", in: "Farmers said they were worried about the new water rules.", not: []string{feelingReason}},
		{name: "a date, not judged", in: "Residents said in March 2025 they were angry.", not: []string{feelingReason}},
		{name: "as far as, not judged", in: "As far as the budget is concerned, we agree.", not: []string{feelingReason}},
		{name: "as far as at the end, not judged", in: "Also as far as religion is concerned.", not: []string{feelingReason}},
		{name: "a forecast after it, not judged", in: "UK Athletics said it was “deeply disappointed” and would review its support for the athlete.", not: []string{feelingReason}},
		{name: "a count in the phrase, not judged", in: "The club said it was devastated by the loss of 40 jobs.", not: []string{feelingReason}},
		{name: "quotation marks before it", in: "“ “ “ down.", not: []string{feelingReason}},
		{name: "down, as before", in: "Residents said prices were down.", not: []string{feelingReason}},
		{name: "no feeling, as before", in: "Shares were flat.", not: []string{feelingReason}, cw: "no"},
	} {
		t.Run(tt.name, tt.run)
	}
}
