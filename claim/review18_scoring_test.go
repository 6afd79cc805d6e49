package claim

import (
	"slices"
	"testing"
)

// TestReview18YearLedRows checks that a table's row led by a bare year or a
// financial year, "2025 | 84,200 | 67%", is scored as a row led by a region
// or a month and year is, while a figure with no words and no table stays
// too short to be a claim (review 18, H4).
func TestReview18YearLedRows(t *testing.T) {
	byYear := "Year | Applications | Grant rate\n2025 | 84,200 | 67%\n2026 | 91,700 | 61%\n"
	for _, tt := range []review9ScoreCase{
		{name: "the header", in: byYear, want: []string{"table header"}, cw: "no"},
		{name: "a year", in: byYear, sent: 1, want: []string{"quantity: 67%"}, cw: "yes"},
		{name: "the next year", in: byYear, sent: 2, want: []string{"quantity: 61%"}, cw: "yes"},
		{name: "a financial year", in: "Year | Applications | Grant rate\n2024-25 | 84,200 | 67%\n", sent: 1, want: []string{"quantity: 67%"}, cw: "yes"},
		{name: "a year and a colon", in: "Year | Applications | Grant rate\n2025: | 84,200 | 67%\n", sent: 1, cw: "yes"},
		{name: "a row with no header", in: "2025 | 84,200 | 67% | 118,300", cw: "yes"},
		{name: "a region, as before", in: "Region | Applications | Grant rate\nLondon | 84,200 | 67%\n", sent: 1, cw: "yes"},
		{name: "a month and year, as before", in: "Year | Applications | Grant rate\nMarch 2025 | 84,200 | 67%\n", sent: 1, cw: "yes"},
		{name: "two years alone, as before", in: "2025 | 2026", cw: "no"},
		{name: "a phone number, as before", in: "(541) 555-0199", want: []string{"too short to be a claim"}, cw: "no"},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview18ExhortationFacts checks that an imperative opening does not
// hide a figure or a date given in a clause after its comma, "Don't miss
// the Bolhão market, reopened in 2022 after a restoration that cost €22
// million.", while calls to action stay exhortations (review 18, M9).
func TestReview18ExhortationFacts(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "a participle clause", in: "Don’t miss the Bolhão market, reopened in 2022 after a four-year restoration that cost €22 million.",
			want: []string{"quantity: €22 million"}, not: []string{"exhortation"}, cw: "yes"},
		{name: "a relative clause", in: "Visit the Bolhão market, which reopened in 2022 after a restoration that cost €22 million.",
			not: []string{"exhortation"}, cw: "yes"},
		{name: "a count", in: "Don’t miss the museum, which holds 40,000 works.", not: []string{"exhortation"}, cw: "yes"},
		{name: "built in", in: "Try the cathedral, built in 1110.", not: []string{"exhortation"}},
		{name: "the statement, as before", in: "The Bolhão market reopened in 2022 after a four-year restoration that cost €22 million.", cw: "yes"},
		{name: "no clause, as before", in: "Don’t miss the Bolhão market.", want: []string{"exhortation"}, cw: "no"},
		{name: "an offer after the comma, as before", in: "Sign up now, and save 20% on your first box.", want: []string{"exhortation"}, cw: "no"},
		{name: "a clause with no figure, as before", in: "Visit the market, which is lovely.", want: []string{"exhortation"}, cw: "no"},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview18TitlesAndBoxLines checks that a travel title with a count and
// a colon, a film's certificate line and a fact box's label line with no
// figure stay under the threshold, while a box line with its figure and a
// line whose colon leads to a date stay as they were (review 18, M7).
func TestReview18TitlesAndBoxLines(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "48 hours in a city", in: "48 hours in Porto: port cellars, tiles and the best custard tart in town\nBy Jamie Castellanos\n",
			want: []string{"short heading"}, cw: "no"},
		{name: "36 hours in a city, over text", in: "36 hours in Lisbon\nLisbon is a city of hills. It has 540,000 people.\n", want: []string{"short heading"}, cw: "no"},
		{name: "the best 10 things, over text", in: "The best 10 things to do in Porto\nPorto is a city of bridges.\n", want: []string{"short heading"}, cw: "no"},
		{name: "a certificate and a running time", in: "Certificate 15, 2h 14m.", want: []string{"page furniture"}, cw: "no"},
		{name: "after the release line", in: "The Glass Orchard is in cinemas from Friday. Certificate 15, 2h 14m.", sent: 1, want: []string{"page furniture"}, cw: "no"},
		{name: "a box line with no figure", in: "Rocket: Vanguard Heavy (Aurelia Space Systems)", want: []string{"short heading"}, cw: "no"},
		{name: "a box line with its figure, as before", in: "Lander mass: 1,900 kg (fuelled)", want: []string{"quantity: 1,900 kg"}, cw: "yes"},
		{name: "a box line with a date, as before", in: "- Applies from: 1 January 2028", not: []string{"short heading"}, cw: "yes"},
		{name: "a headline with a claim, as before", in: "Storm Ilse: amber warnings, rail cancellations and ferry disruption as gales hit the north", not: []string{"short heading"}},
		{name: "a speaker's broken turn, as before", in: "CASTELL: Because of the strikes, which your party—", not: []string{"short heading"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview18ListEntries checks that a bestseller list's entry, "1. The
// Salt Road – Maeve Tierney (Harbour, £20)", is not lifted by its price and
// that "J.K. Adebayo" is a person, while a list item with a figure before
// its bracket, and a sentence about the book, stay as they were (review 18,
// M8).
func TestReview18ListEntries(t *testing.T) {
	list := "The week’s bestsellers\n1. The Salt Road – Maeve Tierney (Harbour, £20)\n2. Small Hours – J.K. Adebayo (Fenwick, £16.99)\n"
	for _, tt := range []review9ScoreCase{
		{name: "the first entry", in: list, sent: 1, want: []string{"a list's entry, not a claim"}, cw: "no"},
		{name: "the second entry", in: list, sent: 2, want: []string{"a list's entry, not a claim"}, cw: "no"},
		{name: "an entry alone", in: "1. The Salt Road – Maeve Tierney (Harbour, £20)", cw: "no"},
		{name: "a hyphen is left to the model", in: "- Unemployment fell - the ONS said (Office for National Statistics, March)", not: []string{"a list's entry, not a claim"}},
		{name: "a figure before the bracket, as before", in: "- Sales rose 12% – the best week since 2019 (Nielsen, £20m)", not: []string{"a list's entry, not a claim"}, cw: "yes"},
		{name: "a sentence about the book, as before", in: "The Salt Road by Maeve Tierney (Harbour, £20) is out now.", cw: "yes"},
	} {
		t.Run(tt.name, tt.run)
	}
	keep := map[Kind]bool{Person: true}
	for _, in := range []string{"2. Small Hours – J.K. Adebayo (Fenwick, £16.99)", "The novel is by J.K. Adebayo, who lives in Leeds."} {
		src, _, spans := annotateText(in)
		if got := spanStrings(src, spans, keep); !slices.Contains(got, "person: J.K. Adebayo") {
			t.Errorf("%q: persons %q, want J.K. Adebayo", in, got)
		}
	}
	src, _, spans := annotateText(`"That is not the way to rein in spending in Washington, D.C. That's one of our differences."`)
	if got := spanStrings(src, spans, keep); len(got) > 0 {
		t.Errorf("persons %q, want none (D.C. is a place)", got)
	}
}
