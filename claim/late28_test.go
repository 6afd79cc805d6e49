package claim

import "testing"

// The tests in this file check misses left by session 33's reviews 28a
// and 28b, cleared in its late round of fixes.

// TestLate28SideEffects checks that a drug's most common side effects,
// "The most common side effects were fatigue, nausea and rash.", with
// or without their rates, are a trial's findings to check, while side
// effects that might come stay with the model (review 28b, F22).
func TestLate28SideEffects(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "list", in: "The most common side effects were diarrhoea, rash and raised liver enzymes.", want: []string{sideEffectsReason}, cw: "yes"},
		{name: "are", in: "The most common side effects are fatigue, nausea and headache.", want: []string{sideEffectsReason}, cw: "yes"},
		{name: "rates, as before", in: "The most common side effects were fatigue (23%), nausea (18%) and rash (12%).", cw: "yes"},
		{name: "may, as before", in: "The most common side effects may be mild.", not: []string{sideEffectsReason}},
		{name: "other common, as before", in: "The most common complaint was noise.", not: []string{sideEffectsReason}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestLate28ExposureSites checks that the rows of a list of exposure
// sites, a place, a day and its hours, read alike as dated facts, not
// short headings, and that the list's lead-in with "the following" is
// one, while a short heading stays one (review 28a, F19).
func TestLate28ExposureSites(t *testing.T) {
	const list = "Exposure sites\n\nAnyone who was at the following places at these times may have been exposed:\n\n" +
		"Calderbridge Leisure Centre swimming pool, Saturday 8 November, 9am to 12pm\n\n" +
		"Northfield Medical Practice waiting room, Tuesday 11 November, 2.15pm to 4.30pm\n\n" +
		"Calderbridge General Hospital A&E, Thursday 13 November, 6pm to 11.30pm\n\n" +
		"The No 36 bus between Northfield and the town centre, Friday 14 November, 8am to 9am\n"
	for _, tt := range []review9ScoreCase{
		{name: "heading, as before", in: list, sent: 0, want: []string{"short heading"}, cw: "no"},
		{name: "lead-in", in: list, sent: 1, want: []string{"lead-in to a table or list"}, cw: "no"},
		{name: "pool", in: list, sent: 2, not: []string{"short heading"}, cw: "yes"},
		{name: "practice", in: list, sent: 3, not: []string{"short heading"}, cw: "yes"},
		{name: "A&E", in: list, sent: 4, not: []string{"short heading"}, cw: "yes"},
		{name: "bus, as before", in: list, sent: 5, cw: "yes"},
		{name: "a long line with a colon, as before", in: "The council said it would publish the list of the places where the outbreak began within days:\n\nThe pool was shut.\n", not: []string{"lead-in to a table or list"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestLate28DatelineStaysOut checks that a dateline with an update time,
// three date spans at its end, is no exposure site's row (see
// TestLate28ExposureSites).
func TestLate28DatelineStaysOut(t *testing.T) {
	checkLate27Flags(t, []struct {
		text string
		want bool
	}{
		{"17:32, Tue, Oct 20, 2026 | UPDATED: 18:05, Tue, Oct 20, 2026\n\nThe council met.\n", false},
	})
}

// TestLate28BrandName checks that "will be sold by X under the brand name
// Y", the terms of a drug's approval, is no forecast, while "will be sold"
// with no brand name stays one (review 28b, F25).
func TestLate28BrandName(t *testing.T) {
	review28Spans(t, map[Kind]bool{Prediction: true}, [][3]string{
		{"brand name", "The drug, sotrelinib, will be sold by Halden Therapeutics under the brand name Torvenza.", ""},
		{"marketed", "It will be marketed under the brand name Torvenza.", ""},
		{"no brand, as before", "The drug will be sold in shops.", "prediction: will be"},
		{"sold out, as before", "Tickets will be sold out by Friday, the brand said.", "prediction: will be"},
	})
	checkLate27Flags(t, []struct {
		text string
		want bool
	}{
		{"The drug, sotrelinib, will be sold by Halden Therapeutics under the brand name Torvenza.\n", true},
	})
}

// TestLate28FixedPhrase checks that a "words" reason quotes no part of a
// fixed phrase, 'press' of "press conference", 'cell lung' of "non-small
// cell lung cancer", nor a noun with the adverb after it, 'coffee
// altogether' (review 28b, F26).
func TestLate28FixedPhrase(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "press", in: "Speaking at her press conference, Okafor said the injury had not decided the match.", not: []string{wordingReason + "press'"}},
		{name: "cell lung", in: "It is approved for adults with non-small cell lung cancer.", not: []string{wordingReason + "cell lung'"}},
		{name: "altogether", in: "Harwood said she had stopped buying branded cereal and coffee altogether.", not: []string{wordingReason + "coffee altogether'"}},
		{name: "other words, as before", in: "It's a part of the Social Security system.", want: []string{wordingReason + "Social Security'"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestLate28TwiceTheAverage checks that a multiple of a benchmark, "more
// than twice the national average", "three times the rate of
// inflation", is a comparison and keeps its quantity, while "twice a
// day" and "twice the following year" stay counts (review 28a, F13).
func TestLate28TwiceTheAverage(t *testing.T) {
	keep := map[Kind]bool{Comparison: true, Quantity: true}
	review28Spans(t, keep, [][3]string{
		{"more than twice", "Cancellations ran at 4.8%, more than twice the national average of 2.3%.", "quantity: more than twice; comparison: twice the national average"},
		{"about twice", "Europe is heating at about twice the global average rate.", "quantity: about twice; comparison: twice the global average rate"},
		{"three times", "Drug prices rose at three times the rate of inflation.", "comparison: three times the rate; quantity: three times"}, // from the multiplier (session 34)
		{"a day, as before", "He ate twice a day.", "quantity: twice a day"},
		{"the following year, as before", "He won it twice the following year.", "quantity: twice"},
		{"as likely, as before", "People are twice as likely to die.", "comparison: twice as likely; quantity: twice"},
	})
}
