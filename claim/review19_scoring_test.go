package claim

import "testing"

// TestReview19ResultsTable checks that the placed lines of a results table,
// "1st Copper Lantern (Kieran Doyle) 100-1", are a list of figure lines,
// scored as such, not short headings, while its heading, a lone placed
// line, placed lines with no figure and a list without places stay as
// they were (review 19, M13).
func TestReview19ResultsTable(t *testing.T) {
	table := "Result\n1st Copper Lantern (Kieran Doyle) 100-1\n2nd Midnight Tariff (Jamie Corrigan) 7-2\n3rd Stormcastle (Ella Brennan) 16-1\n"
	for _, tt := range []review9ScoreCase{
		{name: "the heading, as before", in: table, want: []string{"short heading"}, cw: "no"},
		{name: "the winner", in: table, sent: 1, not: []string{"short heading"}, cw: "yes"},
		{name: "the second", in: table, sent: 2, not: []string{"short heading"}, cw: "yes"},
		{name: "the last row", in: table, sent: 3, not: []string{"short heading"}, cw: "yes"},
		{name: "a race of a championship", in: "1st Hamilton (Mercedes) 1:32:04.1\n2nd Verstappen (Red Bull) +2.3s\n", sent: 1, not: []string{"short heading"}},
		{name: "places with no figure, as before", in: "1st Copper Lantern\n2nd Midnight Tariff\nThe going was soft.", want: []string{"short heading"}, cw: "no"},
		{name: "a list without places, as before", in: "Turnout by ward\nMarlow Vale 24.8%\nSt Bede's 28.1%\nHollins Cross 19.6%", sent: 1, cw: "yes"},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview19SmallPrint checks that the small print of a betting advert,
// "18+ only.", is page furniture, alone, in a line of sentences or set
// apart by "|", that "T&Cs apply" and "BeGambleAware.org" on a line of
// their own are too, and that a sentence that states an age limit stays a
// claim (review 19, M15).
func TestReview19SmallPrint(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "18+ only", in: "18+ only.", want: []string{"page furniture"}, cw: "no"},
		{name: "in a line of notices", in: "Gamble responsibly. 18+ only. BeGambleAware.org", sent: 1, want: []string{"page furniture"}, cw: "no"},
		{name: "the site after it", in: "Gamble responsibly. 18+ only. BeGambleAware.org", sent: 2, cw: "no"},
		{name: "terms after a sentence", in: "New customers only. T&Cs apply.", sent: 1, cw: "no"},
		{name: "terms alone", in: "The favourite won.\nT&Cs apply\n", sent: 1, want: []string{"page furniture"}, cw: "no"},
		{name: "the site alone", in: "The favourite won.\nBeGambleAware.org\n", sent: 1, want: []string{"page furniture"}, cw: "no"},
		{name: "set apart by bars", in: "18+ only | T&Cs apply | BeGambleAware.org", want: []string{"page furniture"}, cw: "no"},
		{name: "an age limit stated, as before", in: "The film is rated 18+ only.", not: []string{"page furniture"}, cw: "yes"},
		{name: "a count, as before", in: "18 ran.", not: []string{"page furniture"}, cw: "yes"},
		{name: "18 and a figure, as before", in: "18+ customers staked £2 million.", not: []string{"page furniture"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview19ListTips checks that a numbered or bulleted tip that opens
// with an imperative, "1. Use a price tracker to see a product's
// history.", is advice, as the plain imperative is, while a tip with a
// fact clause after its comma, a tip with a figure, a pledge in a
// manifesto's list and a list item that states a fact stay as they were
// (review 19, M14).
func TestReview19ListTips(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "a numbered tip", in: "1. Use a price tracker to see a product's history.", want: []string{"exhortation"}, cw: "no"},
		{name: "the plain sentence, as before", in: "Use a price tracker to see a product's history.", cw: "no"},
		{name: "the next tip", in: "2. Compare prices before you buy.", want: []string{"exhortation"}, cw: "no"},
		{name: "a bulleted tip with a date", in: "- Take a meter reading on 31 December and submit it to your supplier.", want: []string{"exhortation"}, cw: "no"},
		{name: "a tip after the comma", in: "- Take a meter reading on 31 December and submit it to your supplier, so you are not charged January's rates for December's energy.",
			want: []string{"exhortation"}, cw: "no"},
		{name: "a fact clause", in: "3. Check the returns window, which many retailers extend to 31 January.", not: []string{"exhortation"}, cw: "yes"},
		{name: "a figure after a colon", in: "1. Check whether the deal was cheaper in the summer: 83% were.", not: []string{"exhortation"}, cw: "yes"},
		{name: "a sum in the tip", in: "- Ask about the Warm Home Discount, worth £150.", not: []string{"exhortation"}},
		{name: "a pledge, as before", in: "- Never introduce charges for seeing a doctor.", not: []string{"exhortation"}, cw: "yes"},
		{name: "a pledge with a figure, as before", in: "- Build 40 new community health hubs, one in every county.", not: []string{"exhortation"}, cw: "yes"},
		{name: "a fact in a list, as before", in: "- The deadline to backdate a claim is 21 December.", not: []string{"exhortation"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview19PlansNoun checks that a noun "plans" before "to" and its
// receiver, "offer payment plans to anyone struggling", is no
// prediction, while "plans to" before a bare verb stays one (review 19,
// M6).
func TestReview19PlansNoun(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "to anyone", in: "The regulator ordered suppliers to offer payment plans to anyone struggling.", not: []string{"prediction: plans to"}},
		{name: "to customers", in: "The bank offers savings plans to customers over 60.", not: []string{"prediction: plans to"}},
		{name: "to the", in: "Ministers plan to the last detail.", not: []string{"prediction: plan to"}},
		{name: "a verb, as before", in: "The firm plans to cut 200 jobs.", want: []string{"prediction: plans to"}, cw: "yes"},
		{name: "the noun before a verb, as before", in: "The council has plans to build 400 homes.", want: []string{"prediction: plans to"}, cw: "yes"},
		{name: "a verb in s, as before", in: "The club plans to focus on youth.", want: []string{"prediction: plans to"}},
		{name: "a verb in ss, as before", in: "The firm plans to discuss the bid.", want: []string{"prediction: plans to"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview19DocumentSignposts checks that a signpost to a part of a
// document with no figure, "Chapter 3 of the report sets out the
// delays.", stays under the threshold, while a part that finds a figure,
// a section of an Act that makes a rule and "Part of" a thing stay as
// they were (review 19, L6).
func TestReview19DocumentSignposts(t *testing.T) {
	const signpost = "a signpost to a part of a document"
	for _, tt := range []review9ScoreCase{
		{name: "a chapter", in: "Chapter 3 of the report sets out the delays.", want: []string{signpost}, cw: "no"},
		{name: "a section", in: "Section 4 of the report describes how the money was spent.", want: []string{signpost}, cw: "no"},
		{name: "an appendix", in: "Appendix 2 explains the method.", want: []string{signpost}, cw: "no"},
		{name: "a chapter's finding, as before", in: "Chapter 3 of the report finds costs rose by £4bn.", not: []string{signpost}, cw: "yes"},
		{name: "a section of an Act, as before", in: "Section 4 of the Act makes it an offence to drive without insurance.", not: []string{signpost}, cw: "yes"},
		{name: "part of a sum, as before", in: "Part of the funding covers staff costs.", not: []string{signpost}, cw: "yes"},
	} {
		t.Run(tt.name, tt.run)
	}
}
