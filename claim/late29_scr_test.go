package claim

import "testing"

// TestLate29TableCaption checks that a line with no stop before a table's
// rows, "Top risers and fallers (FTSE 100)", is the table's caption, as
// "Operator performance, year to September 2026 (ORR)" is (review 29b,
// F29), while a line with a figure or a stop stays a sentence.
func TestLate29TableCaption(t *testing.T) {
	const rows = "\n\nCompany | Close | Change\nAuralis Mining | 2,846p | +3.8%\n"
	for _, tt := range []review9ScoreCase{
		{name: "before a table", in: "Markets fell.\n\nTop risers and fallers (FTSE 100)" + rows, sent: 1, want: []string{"table caption"}, cw: "no"},
		{name: "ORR, as before", in: "Operator performance, year to September 2026 (ORR)", want: []string{"table caption"}, cw: "no"},
		{name: "a figure", in: "Markets fell.\n\nShares in Auralis rose 5% (FTSE 100)" + rows, sent: 1, not: []string{"table caption"}},
		{name: "no table", in: "Markets fell.\n\nTop risers and fallers (FTSE 100)\n\nShares rose on Monday.\n", sent: 1, not: []string{"table caption"}},
		{name: "a stop", in: "Markets fell.\n\nShares in Auralis rose (FTSE 100)." + rows, sent: 1, not: []string{"table caption"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestLate29Expected checks that a forecast told in the past, "He said he
// expected the index to end the year above 8,500", and a coming event
// that "is expected" at a time or a place, "A decision is expected in
// March", are predictions, while the forecast an outcome missed, "had
// expected", and "than expected", "as expected", "is expected of" are not
// (review 29b, F27).
func TestLate29Expected(t *testing.T) {
	review28Spans(t, map[Kind]bool{Prediction: true}, [][3]string{
		{"expected the index to", "He said he expected the index to end the year above 8,500.", "prediction: expected"},
		{"analysts expected", "Analysts expected profits to rise.", "prediction: expected"},
		{"is expected in", "A decision is expected in March.", "prediction: is expected"},
		{"is expected between", "A storm surge of up to 12ft is expected between Grand Isle and the river.", "prediction: is expected"},
		{"are expected later", "More storms are expected later this week.", "prediction: are expected"},
		{"had expected", "Analysts had expected the index to rise.", ""},
		{"had expected a figure", "Analysts had expected $54.9 billion.", ""},
		{"never expected", "She never expected the book to sell.", ""},
		{"than expected", "Profits rose faster than expected in March.", ""},
		{"as expected", "As expected, the bank held rates in March.", ""},
		{"expected of", "Much is expected of the new manager.", ""},
		{"is expected.", "A fall is expected.", ""},
		{"was expected", "The result was expected by analysts.", ""},
		{"expected on arrival, as before", "Payment is expected on arrival.", ""},
		{"expected on Friday, as before", "A ruling is expected on Friday.", "prediction: expected on"},
		{"is expected to, as before", "The index is expected to rise to 8,500.", "prediction: is expected to"},
		{"expects, as before", "The IEA expects supply to rise.", "prediction: expects"},
	})
}

// TestLate29SetPhrases checks that set phrases give no misleading type:
// an election's "first count" is a stage, not a first; "I won't lie to
// you" is no forecast; "the highest floor" is a height, not a rank
// (review 29b, F28), while real firsts, highs and forecasts stay.
func TestLate29SetPhrases(t *testing.T) {
	review28Spans(t, map[Kind]bool{Prediction: true, Comparison: true}, [][3]string{
		{"first count", "“I was a bit nervous after the first count, I won’t lie to you,” he said.", ""},
		{"The first count", "The first count showed Ms Byrne ahead.", ""},
		{"highest floor", "Residents should get to the highest floor they can.", ""},
		{"lowest floor", "Water reached the lowest floor of the hospital.", ""},
		{"the first woman, as before", "She was the first woman to win the seat.", "comparison: the first"},
		{"the highest level, as before", "Prices are at the highest level since 2008.", "comparison: the highest"},
		{"won't fall, as before", "Prices won't fall this year.", "prediction: won't fall"},
		{"will lie, as before", "The ship will lie at anchor until Friday.", "prediction: will lie"},
	})
}

// TestLate29Entities checks four entity faults of review 29 (29a F28,
// F29; 29b F35): "Owners" kept in a person, a bloodstock sale's sponsor as
// a person, a "Follow X on Facebook" line's org and an honour's "Fellow
// of", and their near misses.
func TestLate29Entities(t *testing.T) {
	review28Spans(t, map[Kind]bool{Person: true, Org: true}, [][3]string{
		{"Owners", "Owners Harriet and Simon Lisle bought Lord Ashbury for €38,000 at the Goffs Land Rover sale.", "person: Simon Lisle; person: Lord Ashbury; org: Goffs; org: Land Rover"},
		{"Owner, a title", "Owner Tom Lisle said the horse was well.", "person: Owner Tom Lisle"},
		{"Jaguar Land Rover", "Sales at Jaguar Land Rover fell.", "org: Jaguar Land Rover"},
		{"Follow on Facebook", "Follow Racing on Facebook", "org: Facebook"},
		{"Panel on Climate Change, as before", "The Intergovernmental Panel on Climate Change said so.", "org: Intergovernmental Panel on Climate Change"},
		{"Fellow of", "She was elected a Fellow of the Royal Society in 1979.", "org: the Royal Society"},
		{"Bank of England, as before", "The Bank of England raised rates.", "org: The Bank of England"},
	})
}
